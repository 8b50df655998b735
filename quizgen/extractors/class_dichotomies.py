"""The two forms a sentence says a condition takes, by the pairs of words medicine divides
conditions with: "Infarction may be primary (idiopathic) or secondary to torsion or
adhesions", "The deformity is either congenital or acquired". Each form is a class; what the
sentence says of it (a bracketed gloss, "secondary to …") is its definition. A closed list of
pairs, the same in every organ, so "unilateral or bilateral" (a distribution) divides nothing;
the division is the sentence subject's, so the subject must be the condition (see
``from_dichotomies``), not "Pain may be acute or chronic".
"""

from __future__ import annotations

import re

__all__ = ["dichotomy_classes"]

_PAIRS = {
    "primary": "secondary",
    "idiopathic": "secondary",
    "congenital": "acquired",
    "acute": "chronic",
    "hereditary": "sporadic",
    "familial": "sporadic",
}
_FIRST = "|".join(_PAIRS)
_SECOND = "|".join(sorted(set(_PAIRS.values())))
_DICHOTOMY = re.compile(
    r"\b(?:is|are|may\sbe|can\sbe|might\sbe)\s(?:either\s|broadly\s|classically\s)?"
    rf"(?P<first>{_FIRST})(?:\s\((?P<first_gloss>[^()]{{2,40}})\))?,?\s(?:or|and)\s"
    rf"(?P<second>{_SECOND})(?:\s\((?P<second_gloss>[^()]{{2,40}})\))?"
    r"(?P<rest>\s(?:to|due\sto)\s[^;:.()]{2,120})?(?=\s?[.;,]|$)",
    re.I,
)


_RELATIVE = re.compile(r"\b(?:which|that|who|whose)\b[^,;]*$", re.I)

# "Bridges may be described as complete, where …, or incomplete, where …", "Deformities may be
# symmetric or asymmetric": a word and its negation by prefix divide a thing in two as well,
# each form with what its "where …" clause says of it.
_GLOSS = r"(?:,\s(?:where|in\swhich|when|with)\s(?P<{name}>[^,;()]{{3,120}}))?"
_NEGATED_PAIR = re.compile(
    # ("classified as either A or non-A", "described as either …" are the class-shape readers')
    r"\b(?:is|are|may\sbe|can\sbe|might\sbe)\s(?:described\sas\s)?"
    rf"(?P<first>[a-z]{{4,20}}){_GLOSS.format(name='first_gloss')},?\s(?:or|and)\s"
    r"(?P<second>(?:a|an|in|un|non-?|im|ir|dis)(?P=first))"
    rf"{_GLOSS.format(name='second_gloss')}(?=\s?[.;,]|$)",
    re.I,
)


def dichotomy_classes(text: str) -> list[tuple[str, str]]:
    """The (form, definition) pairs of a sentence that divides its subject in two, or []."""
    match = _DICHOTOMY.search(text)
    if match is None:
        return _negated_pair(text)
    if _RELATIVE.search(text[: match.start()]):
        return []  # "arising in another lesion which may be primary or …": that lesion's
    first, second = match.group("first").lower(), match.group("second").lower()
    if _PAIRS[first] != second:
        return []  # "acute or acquired": no pair of one division
    rest = (match.group("rest") or "").strip()
    second_gloss = match.group("second_gloss") or (f"{second} {rest}" if rest else "")
    return [(first, match.group("first_gloss") or ""), (second, second_gloss)]


def _negated_pair(text: str) -> list[tuple[str, str]]:
    """The two forms of "complete, where …, or incomplete, where …", each with its gloss."""
    match = _NEGATED_PAIR.search(text)
    if match is None or _RELATIVE.search(text[: match.start()]):
        return []
    glosses = [(match.group(g) or "").strip(" .") for g in ("first_gloss", "second_gloss")]
    return [(match.group("first").lower(), glosses[0]), (match.group("second").lower(), glosses[1])]
