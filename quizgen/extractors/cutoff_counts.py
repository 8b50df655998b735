"""Counts ("three or more nodules"), typical ranges and spectroscopy peaks as cut-offs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_meanings import meaning_after
from quizgen.extractors.cutoff_measures import DIMENSION_NOUN
from quizgen.extractors.cutoff_shapes import NUMBER, STOP, Cutoff, Text

__all__ = [
    "COUNT_WORD",
    "count_cutoffs",
    "peak_cutoffs",
    "typical_ranges",
]


_PEAK = re.compile(
    rf"(?P<what>(?:[A-Za-z][\w-]{{1,20}}\s){{0,2}}?)(?:doublet\s|inverted\s)?"
    rf"(?:peak|resonance)s?\s(?:at|of)\s(?P<value>{NUMBER}(?:\s{{0,2}}(?:-|–|and)\s{{0,2}}"
    rf"{NUMBER})?\s{{0,2}}ppm)",
    re.I,
)


_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# Things counted by a criterion: a plural noun written after the count ("five per field" names
# no counted thing: left out); never people, cases or time, which other extractors read.
_NOT_COUNTED = frozenset(
    (
        *("patients", "cases", "people", "persons", "women", "men", "children", "adults"),
        *("years", "months", "weeks", "days", "hours", "minutes", "times", "decades"),
        *("percent", "studies", "series", "reports", "authors", "points"),
    )
)
COUNT_WORD = re.compile(
    r"\b(?:fewer|more|less|least|most)\b.{0,12}\b(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\sor\s(?:more|fewer|less)\b",
    re.I,
)
_COUNT = re.compile(
    r"(?:(?P<cmp>fewer than|more than|less than|at least|at most|no more than|over|under)\s"
    rf"(?P<n>{_NUMBER_WORDS})|(?P<n2>{_NUMBER_WORDS})\s(?P<after>or (?:more|fewer|less)))"
    r"(?:\s(?P<noun>(?:[a-z][\w-]{1,20}\s){0,2}?[a-z][\w-]{1,20}s\b"
    # where they are counted changes the criterion: "in each kidney" is not "in total"
    r"(?:\s(?:in|per|on)\s(?:total|(?:each|both|either|one|a|the)\s[a-z-]{2,20}))?))",
    re.I,
)


def count_cutoffs(t: Text) -> Iterator[Cutoff]:
    """ "three or more cysts in each kidney are diagnostic": a count criterion, with what it
    means (else nothing)."""
    for match in _COUNT.finditer(t.text):
        noun = (match.group("noun") or "").lower()
        if noun.split()[-1] in _NOT_COUNTED or noun.split()[0] in STOP:
            continue
        measure = f"number of {noun}"
        meaning = meaning_after(t.text[match.end() :], t.text[: match.start()])
        if meaning and meaning != "typical":
            yield Cutoff(measure, _count_value(match), meaning)


def _count_value(match: re.Match[str]) -> str:
    if match.group("n2"):
        return f"{match.group('n2')} {match.group('after')}".lower()
    return f"{match.group('cmp')} {match.group('n')}".lower()


# "typically measures 3-5 cm in diameter", "are usually 2-4 cm": a typical size as a range
# (a distance "3-5 cm from the verge" is no size).
_TYPICAL_RANGE = re.compile(
    r"\b(?:usually|typically|generally|commonly|often|mostly|normally|"
    # "Most measure 5-25 mm", "the majority being between 1 and 3 cm"
    r"(?<![\w,] )most(?=\smeasure)|the\smajority\s(?:being|are|measure))\s(?:measur(?:e|es|ing)\s)?"
    r"(?:(?:about|approximately|around|between)\s)?"
    r"(?P<value>\d{1,4}(?:\.\d{1,2})?\s{0,2}(?:-|–|to|and)\s{0,2}\d{1,4}(?:\.\d{1,2})?\s{0,2}"
    r"(?:mm|cm))\b(?!\s(?:from|away|below|above|distal|proximal|beyond|of|deep|in\sfrom)\b)"
    r"(?:\s(?P<dim>long|wide|thick|deep|tall|across|in\s(?:diameter|length|size|thickness|"
    r"width|depth|height)\b))?"
    # "cysts grow slowly (typically 1-5 cm per year)": a rate of growth, not a size
    r"(?P<rate>\s{1,2}(?:per|a)\s{1,2}(?:year|month|week|day)\b|\s{0,2}/\s{0,2}(?:year|yr|month)\b)?",
    re.I,
)


def typical_ranges(t: Text) -> Iterator[Cutoff]:
    for match in _TYPICAL_RANGE.finditer(t.text):
        if ":" in t.text[: match.start()]:
            continue  # "honeycombing: cystic airspaces, typically 3-10 mm": the label's size
        dim = (match.group("dim") or "").lower()
        measure = DIMENSION_NOUN.get(dim, dim.removeprefix("in ")) or "size"
        if match.group("rate"):
            measure = "growth rate"
            yield Cutoff(measure, f"{match.group('value')}{match.group('rate')}", "typical")
            continue
        yield Cutoff(measure, match.group("value"), "typical")


def peak_cutoffs(text: str) -> Iterator[Cutoff]:
    if "ppm" not in text:
        return
    for match in _PEAK.finditer(text):
        what = match.group("what").strip()
        what = re.sub(r"^(?:an?|the|shows?|with)\s", "", what, flags=re.I).strip()
        if what:
            yield Cutoff(f"{what} peak", match.group("value"), "MR spectroscopy")
