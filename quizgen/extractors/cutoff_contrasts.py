"""A later figure of a contrast that names no measure takes the measure of the cut-off before
it: "A half-time of more than 90 minutes is abnormal, less than 60 minutes is normal and
60-90 minutes is borderline"; "… indicates hypertrophy, whereas 2-3 mm is borderline".

The figure must be in the same unit as the cut-off before it, stand at the head of its own
clause (after a comma, a semicolon, "and", "or", "whereas", "while" or "but") and be said to
mean something; the cut-off before it must have a meaning of its own.
"""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_meanings import meaning_after
from quizgen.extractors.cutoff_shapes import NUMBER, Cutoff

__all__ = ["contrasted_measure", "contrasted_ranges"]

_GAP = re.compile(
    r"^[^.;:()]{0,100}?(?:,|;|\s(?:and|or|whereas|while|but))\s{1,2}"
    r"(?:(?:whereas|while|but)\s{1,2})?(?:(?:an?|the)\s)?"
    r"(?:(?:values?|figures?|readings?|measurements?)\s(?:of\s)?)?$",
    re.I,
)
# What a contrasted figure must be said to mean: a copula or a verb of judgement after it.
_JUDGED = re.compile(
    r"^\s{0,2}(?:is|are)\s(?:(?:regarded|considered|taken|accepted)\sas\s)?[a-z]|"
    r"^\s{0,2}(?:indicates?|suggests?|favou?rs?|excludes?|makes?)\s",
    re.I,
)


def contrasted_measure(gap: str, after: str, previous: Cutoff | None, unit: str) -> str:
    """The measure of the cut-off before a bare figure, when ``gap`` (the words between them)
    and ``after`` (the words after the figure) make the figure a contrast of it; else ""."""
    if previous is None or not previous.measure or not unit or not previous.meaning:
        return ""
    if not re.search(rf"(?<![A-Za-z]){re.escape(unit)}(?![A-Za-z])", previous.value):
        return ""
    if not _GAP.match(gap) or not _JUDGED.match(after):
        return ""
    return previous.measure


# A bare range with its unit: "60-90 minutes", "2–3 mm", "10 to 16°".
_RANGE = re.compile(
    rf"(?<![\d.,–-])(?P<value>{NUMBER}\s{{0,2}}(?:-|–|to)\s{{0,2}}{NUMBER}\s{{0,2}}"
    r"(?P<unit>[A-Za-zµ°][A-Za-z/²]{0,7}|°))(?![\w²])"
)


def contrasted_ranges(text: str, found: list[Cutoff]) -> list[Cutoff]:
    """Bare ranges of a contrast ("… is normal and 60-90 minutes is borderline"): each
    takes the measure of the nearest cut-off before it, when :func:`contrasted_measure`
    would give it one."""
    placed = sorted(
        ((text.find(c.value), c) for c in found if c.meaning and text.find(c.value) >= 0),
        key=lambda pair: pair[0],
    )
    ranges: list[Cutoff] = []
    for match in _RANGE.finditer(text):
        before = [(at, c) for at, c in placed if at + len(c.value) <= match.start()]
        if not before:
            continue
        at, previous = before[-1]
        gap, after = text[at + len(previous.value) : match.start()], text[match.end() :]
        measure = contrasted_measure(gap, after, previous, match.group("unit"))
        meaning = meaning_after(after, text[: match.start()]) if measure else ""
        if meaning and all(c.value != match.group("value") for c in found):
            ranges.append(Cutoff(measure, match.group("value"), meaning))
    return ranges
