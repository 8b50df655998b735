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


def dichotomy_classes(text: str) -> list[tuple[str, str]]:
    """The (form, definition) pairs of a sentence that divides its subject in two, or []."""
    match = _DICHOTOMY.search(text)
    if match is None or _RELATIVE.search(text[: match.start()]):
        return []  # "arising in another lesion which may be primary or …": that lesion's
    first, second = match.group("first").lower(), match.group("second").lower()
    if _PAIRS[first] != second:
        return []  # "acute or acquired": no pair of one division
    rest = (match.group("rest") or "").strip()
    second_gloss = match.group("second_gloss") or (f"{second} {rest}" if rest else "")
    return [(first, match.group("first_gloss") or ""), (second, second_gloss)]
