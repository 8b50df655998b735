"""Classes named in a run just before the classes' own noun, after a verb that describes or
sorts the subject: "they are described as primary, post-primary (reactivation) and miliary
patterns", "usually classified as cavitary or nodular forms". The noun after the run
("patterns", "forms") is what makes the run classes; a member may carry a short alias in
brackets ("post-primary (reactivation)"), kept with it. And classes a sentence recognises
by a criterion, then names in brackets at its end: "Molecular subtypes are now recognised by
the dominant gene expressed (ABC1, DEF2 and GHI3)". Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["described_run", "recognised_in_brackets"]

# One member: a lower-case word or two, with an optional alias of a few words in brackets.
_MEMBER = r"[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30})?(?:\s\([A-Za-z][\w -]{1,30}\))?"
_RUN = rf"(?P<run>{_MEMBER}(?:,\s{_MEMBER}){{0,4}},?\s(?:and|or)\s{_MEMBER})"
_CLASS_NOUN = r"(?:sub)?(?:types|forms|groups|variants|categories|grades|patterns|phenotypes)"
_DESCRIBED_RUN = re.compile(
    r"\b(?:described|classified|categori[sz]ed|characteri[sz]ed|recogni[sz]ed|grouped)\sas\s"
    rf"(?:either\s)?{_RUN}\s{_CLASS_NOUN}(?![\w-])",
    re.I,
)
# Sizes and degrees alone ("small and large forms") range a measure: no classes.
_DEGREE = re.compile(
    r"^(?:small|large|big|medium|mild|moderate|severe|minor|major|low|high|short|long)$", re.I
)
_SEPARATOR = re.compile(r",\s(?:and\s|or\s)?|,?\s(?:and|or)\s(?![^()]*\))")


def described_run(text: str) -> list[str]:
    """The classes a "described as A, B and C patterns" run names in ``text`` (each with its
    bracketed alias), or [] when there is no such run of two or more."""
    found: list[str] = []
    for match in _DESCRIBED_RUN.finditer(text):
        members = [m.strip() for m in _SEPARATOR.split(match["run"]) if m.strip()]
        if len(members) >= 2 and not all(_DEGREE.match(m) for m in members):
            found += members
    return found


# "Molecular subtypes are now recognised according to … (A, B and C).": the sentence opens on
# the classes' noun and a verb of recognising, and ends on the bracketed classes.
_RECOGNISED_BRACKETED = re.compile(
    r"^(?:[A-Z][a-z]{2,20}\s)?(?:[a-z]{3,20}\s)?(?:sub)?(?:types|subtypes|variants|forms|"
    r"groups|patterns|phenotypes|categories)\s(?:are|have\sbeen)\s(?:now\s|currently\s|also\s)?"
    r"(?:recogni[sz]ed|defined|distinguished|described|identified)\b[^()]{0,120}"
    r"\((?P<run>[^()]{3,120})\)\s?\.?$"
)
MAX_MEMBER_WORDS = 4
MAX_MEMBERS = 8


def recognised_in_brackets(text: str) -> list[str]:
    """The classes "… subtypes are recognised by … (A, B and C)." names in its closing
    brackets, or [] when the brackets hold no run of two to eight short names."""
    match = _RECOGNISED_BRACKETED.match(text)
    if match is None or re.match(r"(?:e\.g\.|i\.e\.|see\b|for\sexample\b)", match["run"]):
        return []
    members = [m.strip() for m in _SEPARATOR.split(match["run"]) if m.strip()]
    if not 2 <= len(members) <= MAX_MEMBERS or any(
        len(m.split()) > MAX_MEMBER_WORDS or "%" in m for m in members
    ):
        return []
    return members
