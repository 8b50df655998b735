"""Last checks on a cut-off's subject: a quantifier or a cut-off inside the subject names no
owner of its own."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import same_name
from quizgen.extractors.cutoff_shapes import DIGIT

__all__ = ["owned_cutoff"]

# "Almost all cysts are midline. Most measure less than 2 cm": the quantifier says how many
# of the article's lesions, not which thing the figure belongs to.
_QUANTIFIER = re.compile(
    r"^(?:(?:almost|nearly|virtually|practically)\s)?(?:all|most|many|some|few|several|"
    r"the\smajority\sof|a\sminority\sof|the\svast\smajority\sof|a\sfew)\b\s?(?:of\s)?"
    r"(?:the\s|these\s|those\s)?",
    re.I,
)
_BRACKET = re.compile(r"\s*\([^()]{0,60}\)")


def owned_cutoff(subject: str, measure: str, title: str) -> tuple[str, str]:
    """(subject, measure) once a subject that names no owner is given back to the article:
    a quantified phrase ("Almost all cysts") is the article's lesions; a subject that holds
    a cut-off ("Small tumours (under 2 cm)") is a subgroup another figure drew, not whose
    this figure is."""
    if subject == title:
        return subject, measure
    quantified = _QUANTIFIER.match(subject)
    if quantified and quantified.end() > 0:
        rest = subject[quantified.end() :].strip()
        words = rest.split()
        title_head = title.rsplit(maxsplit=1)[-1] if title.split() else title
        if not words or same_name(rest, title) or same_name(words[-1], title_head):
            return title, measure
        return rest, measure
    if any(DIGIT.search(b) for b in _BRACKET.findall(subject)):
        return title, measure
    return subject, measure
