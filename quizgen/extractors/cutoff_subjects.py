"""Last checks on a cut-off's subject: a quantifier, a demonstrative or a cut-off inside the
subject names no owner of its own."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import same_name
from quizgen.extractors.cutoff_owners import BARE_KIND
from quizgen.extractors.cutoff_shapes import DIGIT
from quizgen.extractors.text import QUANTIFIER_LEAD

__all__ = ["owned_cutoff"]

# "Almost all cysts are midline. Most measure less than 2 cm": the quantifier says how many
# of the article's lesions, not which thing the figure belongs to.
_QUANTIFIER = re.compile(rf"^{QUANTIFIER_LEAD}", re.I)
# "These cysts usually measure …", "Such cysts rarely exceed …": the noun after the
# demonstrative or quantifier is what the sentence measures.
_OPENING = re.compile(
    rf"^(?:(?:these|those|such|this|that)\s|{QUANTIFIER_LEAD})"
    r"(?P<np>(?:[a-z][\w-]{1,25}\s){0,2}?[a-z][\w-]{1,25})\s"
    r"(?:usually\s|typically\s|often\s|rarely\s|generally\s|commonly\s)?"
    r"(?:is|are|measures?|exceeds?|reach(?:es)?|range|ranges|may|can|tend)\b",
    re.I,
)
_DEMONSTRATIVE = re.compile(r"^(?:these|those|such|this|that)\s", re.I)
_BRACKET = re.compile(r"\s*\([^()]{0,60}\)")


def _head(phrase: str) -> str:
    word = phrase.rsplit(maxsplit=1)[-1].lower() if phrase.split() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _opening_noun(subject: str, text: str, title: str) -> str:
    """The subject once a sentence opening on "These cysts …" or "Most tumours …" is read:
    the earlier subject when that has the noun's head; else the article's for a
    demonstrative (an earlier "Secondary infection" owns no "These cysts"), a bare "lesions"
    or the article's own lesion; else the quantified noun itself."""
    opening = _OPENING.match(text)
    if opening is None:
        return subject
    np = opening.group("np")
    head = _head(np)
    if _head(subject) == head:
        return subject  # "Daughter cysts may form. Such cysts rarely exceed 5 cm."
    if _DEMONSTRATIVE.match(text) or head == _head(title) or BARE_KIND.match(np):
        return title
    return np  # "Most adenomas measure …": the adenomas named


def owned_cutoff(subject: str, measure: str, title: str, text: str = "") -> tuple[str, str]:
    """(subject, measure) once a subject that names no owner is given back to the article:
    a quantified phrase ("Almost all cysts") is the article's lesions; a subject that holds
    a cut-off ("Small tumours (under 2 cm)") is a subgroup another figure drew, not whose
    this figure is; a demonstrative is no part of a measure ("Such cyst size")."""
    measure = _DEMONSTRATIVE.sub("", measure)
    if subject == title:
        return subject, measure
    subject = _opening_noun(subject, text, title)
    quantified = _QUANTIFIER.match(subject)
    if quantified and quantified.end() > 0:
        rest = subject[quantified.end() :].strip()
        words = rest.split()
        if not words or BARE_KIND.match(rest) or same_name(rest, title):
            return title, measure
        return (title if _head(rest) == _head(title) else rest), measure
    if any(DIGIT.search(b) for b in _BRACKET.findall(subject)):
        return title, measure
    return subject, measure
