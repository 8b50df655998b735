"""A list entry whose label names what its cut-off bounds before the figure: "cyst 3 cm or
more: aspiration", "lordosis greater than 50° in an adolescent: bracing".

The label's lead words are the measure when they name one ("wall thickness"), the size of
the article's own lesion when they name it ("cyst" under "Renal cyst"), the size of another
part for a length ("lymph node" → "lymph node size") and the measured state itself for any
other unit ("kyphosis" in degrees). A group after the figure ("in an adolescent") stays with
the measure; the entry's text is what the cut-off means. A lead with a figure ("T2
tumour") or a clause word ("patients who have a cyst") is no lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_shapes import CUTOFF, LENGTH, STOP, Cutoff, Names, Text, is_measure

__all__ = ["led_label", "led_label_cutoffs"]

_LEAD_WORD = re.compile(r"[A-Za-z][A-Za-z-]{1,25}\s")
_GROUP = re.compile(r"(?:in|for|among)\s[\w -]{1,30}", re.I)
# Words a noun phrase naming a measured thing does not hold: clause words, pronouns.
_CLAUSE_WORD = re.compile(
    r"\b(?:who|which|that|whose|when|if|with|without|has|have|having|patients?|it|they)\b",
    re.I,
)


def _lead_and_figure(label: str) -> tuple[str, re.Match[str]] | None:
    """The label's lead words (one to four) and the cut-off right after them."""
    at = 0
    for _ in range(4):
        word = _LEAD_WORD.match(label, at)
        if word is None:
            return None
        at = word.end()
        figure = CUTOFF.match(label, at)
        if figure is not None:
            return label[: word.end()].strip(), figure
    return None


def led_label(label: str) -> bool:
    """Whether a list entry's head ("polyp 10 mm or more") is a led cut-off label."""
    found = _lead_and_figure(label)
    return (
        found is not None
        and _plain_lead(found[0])
        and _bounds(found[1])
        and _grouped(label[found[1].end() :])
    )


def _plain_lead(phrase: str) -> bool:
    """Whether lead words name a thing: no clause word, no stop word at either end ("…
    thickness of 12 mm" is a phrase the sentence readers read whole)."""
    words = phrase.lower().split()
    return not _CLAUSE_WORD.search(phrase) and words[-1] not in STOP and words[0] not in STOP


def _bounds(figure: re.Match[str]) -> bool:
    return bool(figure.group("cmp")) or " or " in figure.group(0)


def _grouped(rest: str) -> bool:
    return not rest.strip() or _GROUP.fullmatch(rest.strip()) is not None


def led_label_cutoffs(t: Text, names: Names) -> Iterator[Cutoff]:
    """The cut-off a list entry's label holds after its lead words, meaning the entry."""
    found = _lead_and_figure(t.label) if t.listed else None
    if found is None:
        return
    phrase, figure = found
    words = phrase.lower().split()
    if not _plain_lead(phrase):
        return
    if not _bounds(figure) or not _grouped(t.label[figure.end() :]):
        return  # a bare figure or range in a label bounds nothing
    rest = t.label[figure.end() :].strip()
    unit = figure.group("unit") or figure.group("unit2") or ""
    if not unit or unit == "%":
        return
    if is_measure(phrase):
        measure = phrase.lower()
    elif LENGTH.match(unit):
        measure = "size" if words[-1].rstrip("s") in names.own else f"{phrase.lower()} size"
    else:
        measure = phrase.lower()
    meaning = re.split(r"[;(]", t.text)[0].strip().rstrip(".,")
    if meaning:
        yield Cutoff(f"{measure} {rest}".strip(), figure.group(0).strip(), meaning)
