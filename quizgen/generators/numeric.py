"""Numeric distractors for a single figure (a percentage, an age, a size or a cut-off).

The rule (docs/card-rules.md, M6): the key's figure is replaced by "round" figures of the
same scale (a grid per unit), the nearest on each side of the key, how many below drawn
from the question's id (``figures_below``: the key's place varies; a key that is no round
figure takes figures like it instead, ``_like_key``), keeping everything else
the key writes (qualifier, unit: "~90%", ">50 years"). A candidate is kept only when it
differs by at least ``MARGIN`` (relative) from the key and from every figure already kept,
and is not a figure the article states for the same subject (M3). Percentages stay within
0–100.
A range ("7-18") or a value with several figures gets no numeric distractors: moving one end
of a range can give a sub-range that is also right. A bounded key ("less than 5%", "larger
than ___ mm") takes figures from one side only, the side that is wrong (``safe_side``).
A bounded age ("older than 40") is asked as the article's cut-off, among ages on either side
(``near_stated_age`` refuses an age the article states for the subject).
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Callable, Iterable, Sequence, Set
from typing import Literal

from quizgen.model import Fact
from quizgen.normalize import numbers_in, same_name

__all__ = [
    "MARGIN",
    "SHARE_POINTS",
    "Bound",
    "Interval",
    "Side",
    "age_interval",
    "bound_is_stated",
    "bound_of",
    "bound_start",
    "figure_distractors",
    "figures_below",
    "figures_stated",
    "is_range",
    "near_stated_age",
    "one_figure",
    "rate_denominator",
    "safe_side",
]

MARGIN = 0.2  # options differ by at least 20 % of the larger one

_PERCENT_GRID = (1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90, 95, 99)
_YEARS_GRID = (1, 2, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_RANGE = re.compile(r"\d\s*(?:-|–|—|to)\s*[-−]?\d")

Bound = Literal["upper", "lower"]
Side = Literal["below", "above"]
_UPPER_WORDS = (
    r"<|≤|less than|fewer than|smaller than|shorter than|lower than|younger than|under|below"
    r"|up to|at most|not more than|no more than|not exceeding|(?:not|never) exceed"
    r"|narrower than|thinner than|shallower than|lighter than|earlier than|sooner than"
    # "no wider than 3 mm", "not larger than 2 cm": a negated comparative bounds from above
    r"|(?:not|no)\s(?:wider|broader|thicker|deeper|larger|bigger|longer|taller|greater|higher)"
    r"\sthan"
)
_LOWER_WORDS = (
    r">|≥|more than|greater than|larger than|longer than|higher than|older than|over|above"
    r"|at least|exceeding|exceeds?|in excess of|beyond"
    r"|wider than|broader than|thicker than|deeper than|bigger than|taller than"
    r"|heavier than|later than"
)
_UPPER = re.compile(_UPPER_WORDS)
# A bound right before the figure (after the key's own qualifier such as "about").
# The bound words and what may stand between them and the figure ("the age of", "about").
_BOUND_WORDS = (
    rf"({_UPPER_WORDS}|{_LOWER_WORDS})(?:\s+(?:the\s+)?age\s+of)?\s*"
    r"(?:(?:about|approximately|around|roughly|~)\s*)?$"
)
_BOUND_AT_END = re.compile(rf"(?<![\w-]){_BOUND_WORDS}", re.IGNORECASE)


def bound_start(text: str) -> int | None:
    """Where the bound ``text`` ends with begins ("… older than the age of " → at "older"),
    or None when ``text`` ends with no bound."""
    match = _BOUND_AT_END.search(text)
    return match.start() if match else None


def bound_of(text: str) -> Bound | None:
    """The bound ``text`` ends with ("less than", ">", "older than", "up to" …), or None."""
    match = _BOUND_AT_END.search(text)
    if match is None:
        return None
    return "upper" if _UPPER.fullmatch(match.group(1).lower()) else "lower"


# A bound after a copula or a measuring verb states what the subject is ("lesions are usually
# smaller than 4 cm"), as a share does; a bound after a noun names a group ("lesions larger
# than 5 mm are symptomatic").
_STATED_BOUND = re.compile(
    # "A normal duct should not exceed 6 mm": a modal's limit is stated of the subject too
    r"\b(?:is|are|was|were|be|been|being|measures?|measuring|measured|remains?|should|must|"
    r"does|do|will)\s+"
    r"(?:(?:usually|typically|generally|often|mostly|commonly|normally|rarely|seldom|"
    rf"almost\s+always|nearly\s+always|always)\s+)?{_BOUND_WORDS}",
    re.IGNORECASE,
)


def bound_is_stated(text: str) -> bool:
    """Whether the bound ``text`` ends with is said of the subject ("are usually smaller
    than"), not a group it names ("lesions smaller than"): see ``safe_side``."""
    return _STATED_BOUND.search(text) is not None


def safe_side(bound: Bound, of_share: bool) -> Side:
    """The side of a bounded key whose figures are wrong, not merely weaker.

    A bounded share states the share: "less than 5 % of cases" makes "less than 10 %" right
    too, so distractors lie below (above for "more than"); so does a bound stated of the
    subject ("lesions are usually smaller than 4 cm": "smaller than 5 cm" is right too, so
    pass ``of_share=True`` when ``bound_is_stated``). A bounded cut-off or age names a
    group: "lesions larger than 5 mm are symptomatic" makes "larger than 7 mm" right too
    (those lesions are larger than 5 mm), so distractors lie below (above for "younger than").
    """
    if of_share:
        return "below" if bound == "upper" else "above"
    return "below" if bound == "lower" else "above"


# "1 in 500", "one in 2,600", "1 in 6,000-10,000": a rate whose figure is its denominator;
# "___ in 500" would ask the "1", which tells nothing, among "0.5" and "1.5" (M5).
_ONE_IN = re.compile(
    r"(?<![\d.,])(?:1|one)\s+in\s+(?P<n>\d[\d,]*(?:\.\d+)?(?:\s?[-–]\s?\d[\d,]*)?)(?![\d.])",
    re.I,
)


def rate_denominator(value: str) -> str:
    """The denominator of a "1 in N" rate the value states ("500" of "about 1 in 500"), or
    "" when it states none."""
    match = _ONE_IN.search(value)
    return match.group("n").rstrip(",") if match else ""


def is_range(value: str) -> bool:
    """Whether the value states a range of two figures ("20 to 40 HU", "-20 – -140 HU")."""
    return _RANGE.search(value) is not None


def one_figure(value: str) -> float | None:
    """The value's only figure, or None for a range or a value with several figures."""
    if _RANGE.search(value):
        return None
    numbers = numbers_in(value)
    return numbers[0] if len(numbers) == 1 else None


_AGE_WORD = re.compile(r"\b(?:years?|yrs?|y/o|age)\b", re.I)


def _grid(value: str, key: float) -> tuple[float, ...]:
    """The round figures of the key's scale."""
    if "%" in value or "percent" in value.lower():
        return _PERCENT_GRID
    if _AGE_WORD.search(value):
        return _YEARS_GRID
    # Sizes, scores, counts: the same steps scaled to the key's order of magnitude.
    scale = 10 ** math.floor(math.log10(key)) if key > 0 else 1
    return tuple(step * scale / 10 for step in (*_PERCENT_GRID, 150, 200, 300))


# A key that is no round figure ("up to 24 %") among round ones ("5 %, 10 %, 15 %") is the
# odd one out, a cue a test-wise student learns (M5): such a key takes figures in
# proportion to it, written to its own precision, none of them round ("11 %, 14 %, 19 %").
# Round is as a reader sees it: one significant digit ("3", "0.2", "800"), a last
# significant digit of five ("15", "2.5") or a whole ten ("120"); "24", "61", "1.48" are
# not. The figures such a key takes are never round by the last two (a "9" beside "24" is
# no cue; a "10" is).
_PROPORTIONS = (
    *(0.2, 0.25, 0.3, 0.33, 0.4, 0.45, 0.5, 0.55, 0.6, 0.67, 0.75, 0.8),
    *(1.25, 1.33, 1.5, 1.67, 1.75, 2, 2.5, 3, 4),
)


def _significant(figure: float) -> str:
    return f"{figure:.6g}".replace(".", "").lstrip("0").rstrip("0")


def _ends_round(figure: float) -> bool:
    """A last significant digit of five or a whole ten: "15", "2.5", "120", "10"."""
    return _significant(figure).endswith("5") or (figure.is_integer() and figure % 10 == 0)


def _is_round(figure: float) -> bool:
    return len(_significant(figure)) <= 1 or _ends_round(figure)


def _like_key(key: float, decimals: int, *, ages: bool, share: bool) -> tuple[float, ...]:
    """Figures in proportion to ``key`` at its number of ``decimals``, less round ones (and
    no age of 100 or more); a share also leaves out what is in proportion to what the key
    leaves out ("86 %" leaves out 14 %: "96 %", "72 %"), as near the whole shares are told
    apart by that (``_apart_near_whole``)."""
    figures = {round(key * p, decimals) for p in _PROPORTIONS}
    if share:
        figures |= {round(100 - (100 - key) * p, decimals) for p in _PROPORTIONS}
    return tuple(
        sorted(f for f in figures if f > 0 and not _ends_round(f) and not (ages and f >= 100))
    )


def _decimals(value: str) -> int:
    match = _FIGURE.search(value)
    digits = match.group().partition(".")[2] if match else ""
    return len(digits)


def _apart(first: float, second: float, *, shares: bool = False) -> bool:
    """Whether two figures are clearly different: ``MARGIN`` of the larger apart; two shares
    also when the parts they leave out are (``_apart_near_whole``)."""
    if abs(first - second) >= MARGIN * max(abs(first), abs(second)) and first != second:
        return True
    return shares and _apart_near_whole(first, second)


SHARE_POINTS = 8  # near 100 %, shares are told apart by what they leave out, by this much


def _apart_near_whole(first: float, second: float) -> bool:
    """ "85 %" and "95 %" are 10 points apart but leave out 15 % and 5 %: clearly different
    claims. Without this no figure lies 20 % above a share of 80 % or more within 100 %, and
    such keys were always the last option (M6)."""
    gap = abs(first - second)
    return gap >= SHARE_POINTS and gap >= 0.5 * max(100 - first, 100 - second)


def _format(number: float) -> str:
    return f"{number:g}"


def figures_stated(fact: Fact, others: Iterable[Fact]) -> tuple[list[str], list[str]]:
    """(values near which no distractor may lie, values no distractor may equal) for
    ``fact``: of the same kind, article and subject, what is stated for the same item or in
    the same sentence may be a right answer too (M3), so nothing comes near it; a figure
    stated for something else is only never offered as such (a figure of another item is
    wrong here, and keeping clear of all of them left keys like "86%" with "10%, 15%")."""
    near: list[str] = []
    equal: list[str] = []
    for other in others:
        if other.kind is not fact.kind or other.subject.lower() != fact.subject.lower():
            continue
        same_item = bool(other.item and fact.item and same_name(other.item, fact.item))
        same_sentence = other.statement == fact.statement and not (other.item and fact.item)
        (near if same_item or same_sentence or other.id == fact.id else equal).append(other.value)
    return near, equal


def figure_distractors(
    value: str,
    stated: Iterable[str],
    count: int = 4,
    *,
    side: Side | None = None,
    elsewhere: Iterable[str] = (),
    place: str | None = None,
    refuse: Callable[[float], bool] | None = None,
) -> tuple[str, ...]:
    """Up to ``count`` distractors for ``value`` by the rule above ("" tuple when none).

    Args:
        value: the key as written ("approximately 90%", ">50 years").
        stated: values stated for the same item: no distractor lies near one.
        count: how many to return at most.
        side: "below" or "above": only figures on that side of the key (a bound's other
            side would be right too: see ``safe_side``).
        elsewhere: values the article states for other items: never offered as such.
        place: the question's id. With it, how many figures go below the key is drawn
            from the id among the counts both sides can fill (the nearest valid figures
            on each side), so the key's position among the sorted options varies (M6:
            nearest-first alone put "120 mmHg" below 150, 200, 250, as 100 is too near it
            and 50 far on the log scale) and a rebuild keeps it. None: the nearest
            ``count`` whichever side they lie on.
        refuse: figures that are right too for another reason (``near_stated_age``).
    """
    key = one_figure(value)
    if key is None or key <= 0:
        return ()
    taken = [n for text in stated for n in numbers_in(text)]
    equal = {n for text in elsewhere for n in numbers_in(text)}
    round_grid = _grid(value, key)
    lower, upper = _both_sides(
        value, key, grid=round_grid, taken=taken, equal=equal, count=count, refuse=refuse
    )
    if not _is_round(key):
        alike = _like_key(
            key,
            _decimals(value),
            ages=_AGE_WORD.search(value) is not None,
            share=round_grid is _PERCENT_GRID,
        )
        like_lower, like_upper = _both_sides(
            value, key, grid=alike, taken=taken, equal=equal, count=count, refuse=refuse
        )
        # each side takes figures like the key's unless they are fewer than its round ones
        if len(like_lower) >= min(count, len(lower)):
            lower = like_lower
        if len(like_upper) >= min(count, len(upper)):
            upper = like_upper
    if side == "below":
        upper = []
    elif side == "above":
        lower = []
    if place is None:
        by_distance = sorted([*lower, *upper], key=lambda g: (abs(math.log(g / key)), g))
        kept = by_distance[:count]
    else:
        n_lower = figures_below(place, len(lower), len(upper), count)
        kept = [*lower[:n_lower], *upper[: count - n_lower]]
    match = _FIGURE.search(value)
    assert match is not None  # one_figure found a number
    before, after = value[: match.start()], value[match.end() :]
    return tuple(before + _format(f) + _agree(f, after) for f in sorted(kept))


# A unit counted in words agrees with its figure: "5 years" gives "1 year", not "1 years".
_COUNTED_UNIT = re.compile(r"(\s+)(year|month|week|day|hour|minute|decade)(s?)\b", re.I)


def _agree(number: float, after: str) -> str:
    """``after`` (what follows the figure) with a counted unit in the number ``number`` takes."""
    unit = _COUNTED_UNIT.match(after)
    if unit is None:
        return after
    plural = "" if number == 1 else "s"
    return unit.group(1) + unit.group(2) + plural + after[unit.end() :]


def _both_sides(
    value: str,
    key: float,
    *,
    grid: Sequence[float],
    taken: Sequence[float],
    equal: Set[float],
    count: int,
    refuse: Callable[[float], bool] | None,
) -> tuple[list[float], list[float]]:
    """The valid figures of ``grid`` below and above the key, nearest first."""
    if refuse is not None:
        equal = equal | {g for g in grid if refuse(g)}
    percent = "%" in value
    below = (g for g in grid if g < key and (not percent or g > 0))
    above = (g for g in grid if g > key and (not percent or g < 100))
    return (
        _nearest_valid(below, key, taken, equal, count, shares=percent),
        _nearest_valid(above, key, taken, equal, count, shares=percent),
    )


def figures_below(question_id: str, lower: int, upper: int, count: int) -> int:
    """How many of a question's ``count`` figures go below its key, given that ``lower``
    figures are valid below and ``upper`` above: drawn from the question's id among the
    counts both sides can fill, so the key takes every position the grid allows equally
    often over many questions (a key of 90 % has none above: always last)."""
    fewest = max(0, count - upper)
    most = min(count, lower)
    if most < fewest:  # too few on both sides: every valid figure is kept
        return lower
    return min(max(zlib.crc32(question_id.encode()) % (count + 1), fewest), most)


def _nearest_valid(
    grid: Iterable[float],
    key: float,
    taken: Sequence[float],
    equal: Set[float],
    count: int,
    *,
    shares: bool = False,
) -> list[float]:
    """Up to ``count`` figures of one side of the key, nearest first, each ``MARGIN`` apart
    from the key, from each other and from every figure ``taken``, none in ``equal``.
    (Figures on opposite sides of the key are apart whenever each is apart from the key.)"""
    kept: list[float] = []
    for figure in sorted(grid, key=lambda g: (abs(math.log(g / key)), g)):
        if not _apart(figure, key, shares=shares) or not all(
            _apart(figure, k, shares=shares) for k in kept
        ):
            continue
        # near a stated figure by the plain margin: it may be right too (M3 asks the same)
        if any(not _apart(figure, t) for t in taken) or figure in equal:
            continue  # too close to a figure the article states for this item
        kept.append(figure)
        if len(kept) == count:
            break
    return kept


# An age as the span of years it covers: "older than 40" → (40, inf), "20–30 years" → (20, 30),
# "60 years" → (60, 60).
Interval = tuple[float, float]


def age_interval(value: str, before: str = "") -> Interval | None:
    """The years ``value`` covers, its bound read from the value or from the words
    ``before`` it in its sentence; None when it holds no figure."""
    numbers = numbers_in(value)
    if not numbers:
        return None
    if _RANGE.search(value) and len(numbers) >= 2:
        return (min(numbers[:2]), max(numbers[:2]))
    figure = _FIGURE.search(value)
    assert figure is not None
    bound = bound_of(before + value[: figure.start()])
    if bound == "lower":
        return (numbers[0], math.inf)
    if bound == "upper":
        return (0.0, numbers[0])
    return (numbers[0], numbers[0])


def near_stated_age(figure: float, stated: Iterable[Interval]) -> bool:
    """Whether an age offered as a cut-off is right too, or reads so (M3): it lies within
    ``MARGIN`` of an age the article states for the subject (the end of a group, "older than
    40"; a peak, "at 15 years"; the ends of a range) or inside a stated range ("20–30
    years"). The key's own age is among ``stated``: a figure near it is no clear distractor."""
    for low, high in stated:
        ends = [end for end in (low, high) if 0 < end < math.inf]
        if any(not _apart(figure, end) for end in ends):
            return True
        if low > 0 and high < math.inf and low <= figure <= high:
            return True
    return False
