"""Questions on shares of a whole (a frequency list: "breast 22 %, lung 15 %, …").

"Which primary gives 22 %?", "what share do lung primaries give?" (the list's other figures,
M6) and "which is the most common?" (only where the top share is unique and larger than what
the list leaves unnamed). A catch-all ("others") closes the list and is never asked; a figure
two items share has two right answers (M3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quizgen.generators.mcq import Candidate, draw, refused
from quizgen.generators.wording import is_plural, stem
from quizgen.model import ArticleFacts, Fact
from quizgen.normalize import EntitySet, is_catch_all, normalize_answer, numbers_in

__all__ = ["frequency_candidates"]

_NUMERIC_MARGIN = 0.2  # M6: options differ by at least 20 % relative
_WHOLE = 100.0
# Figures that are rates of each item, not its share of a whole.
_RATE = re.compile(
    r"\b(?:risk|rates?|recurrence|survival|mortality|sensitivity|specificity|accuracy|"
    r"incidence|prevalence|response)\b",
    re.I,
)


def _numeric_pool(answer: str, values: Sequence[str]) -> list[str]:
    """Other figures of the same list, each clearly apart from the key and one another."""
    (key,) = numbers_in(answer)[:1] or (0.0,)
    # A range key ("~1-2%") is right for every figure inside it ("~1.5%"), with the margin.
    low, high = min(numbers_in(answer) or [key]), max(numbers_in(answer) or [key])
    kept: list[float] = []
    chosen: list[str] = []
    for value in values:
        numbers = numbers_in(value)
        if len(numbers) != 1 or not 0 <= numbers[0] <= 100:
            continue
        number = numbers[0]
        if low * (1 - _NUMERIC_MARGIN) <= number <= high * (1 + _NUMERIC_MARGIN):
            continue
        if all(
            abs(number - other) > _NUMERIC_MARGIN * max(number, other) for other in (key, *kept)
        ):
            kept.append(number)
            chosen.append(value)
    return chosen


def _share(fact: Fact) -> float | None:
    numbers = numbers_in(fact.value)
    return numbers[0] if len(numbers) == 1 else None


def _most_common(entry: ArticleFacts, members: list[Fact]) -> Candidate | None:
    """ "Which compartment holds most?": only when the top share is unique and larger than
    everything the list leaves unnamed ("others: 24%" may hide a larger single part)."""
    asked = [f for f in members if not is_catch_all(f.item)]
    shares = [_share(f) for f in asked]
    if len(asked) < 3 or any(s is None for s in shares):
        return None
    if any(_RATE.search(f"{f.statement} {f.source.text}") for f in members):
        return None  # rates per item ("recurrence 9%"), not parts of one whole
    ranked = sorted(zip(shares, asked, strict=True), key=lambda pair: -(pair[0] or 0.0))
    (top, fact), (second, _) = ranked[0], ranked[1]
    assert top is not None  # checked above
    assert second is not None
    unnamed = max(_WHOLE - sum(s for s in shares if s is not None), 0.0)
    if top <= second or top <= unnamed:
        return None
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            _frequency_wording("frequency_most", fact.group),
            title=entry.title,
            group=fact.group,
        ),
        fact.item,
        tuple(f.item for _, f in ranked[1:]),
        False,
        "most",
    )


def frequency_candidates(entry: ArticleFacts, members: list[Fact]) -> Iterator[Candidate]:
    asked = [f for f in members if not is_catch_all(f.item)]
    for fact in members:
        if is_catch_all(fact.item):
            yield refused(entry, fact, "item", f"{fact.item!r} closes the list: shown, never asked")
    for fact in asked:
        items = [f.item for f in asked if f is not fact]
        twin = next(
            (
                f.item
                for f in asked
                if f is not fact and normalize_answer(f.value) == normalize_answer(fact.value)
            ),
            "",
        )
        if twin:
            yield refused(
                entry, fact, "item", f"{twin} also accounts for {fact.value}: two right answers"
            )
        else:
            yield Candidate(
                entry,
                fact,
                stem(
                    "mcq",
                    _frequency_wording("frequency_item", fact.group),
                    title=entry.title,
                    group=fact.group,
                    value=fact.value,
                ),
                fact.item,
                draw([items], EntitySet([fact.item]), limit=len(items)),
                False,
                "item",
            )
        figures = _numeric_pool(fact.value, [f.value for f in members if f is not fact])
        yield Candidate(
            entry,
            fact,
            stem(
                "mcq",
                _frequency_wording("frequency_value", fact.group),
                title=entry.title,
                group=fact.group,
                item=fact.item,
            ),
            fact.value,
            tuple(figures),
            True,
            "value",
        )
    most = _most_common(entry, members)
    if most is not None:
        yield most


def _frequency_wording(name: str, group: str) -> str:
    """The stem for a list whose name is a plural noun ("primaries", "growth patterns"), or
    the one that shows the name as a heading ("location", "non-contrast")."""
    return name if is_plural(group) else f"{name}_heading"
