"""A test blanked where the sentence only says how often or when it is used.

"[MRI] is seldom used", "[CT] is often performed when the presentation is non-specific",
"[Catheter angiography] is reserved for symptomatic lesions", "[MRI] is increasingly used
because it avoids ionising radiation": the blank is the test the sentence opens on, and
what follows says only that it is used, how often or in whom. Most tests are used sometimes,
in someone, so the blank has no one answer (C3). The sentence is kept when it says what the
test is used to do ("is used to assess narrowing of the optic canals": which test does that
is a fact) or names the test's role ("is widely used as the first-line test").
"""

from __future__ import annotations

import re

from quizgen.extractors.statement_keys import KeyTerm

__all__ = ["only_used_modality"]

_ADVERB = (
    r"(?:not|also|now|still|often|usually|mainly|mostly|chiefly|largely|only|rarely|seldom|"
    r"sometimes|increasingly|routinely|frequently|generally|typically|occasionally|widely|"
    r"commonly|then|normally)"
)
# "is (not routinely) used / performed / needed / reserved …" right after the test.
_USED = re.compile(
    rf"\s(?:is|are)\s(?:{_ADVERB}\s){{0,3}}(?:used|performed|obtained|reserved|needed|required|"
    r"employed|undertaken)\b(?P<rest>[^;:]{0,300})",
    re.I,
)
# What the test is used to do, or the role it has: the fact a card can ask.
_PURPOSE_OR_ROLE = re.compile(
    r"^\s(?:(?:chiefly|mainly|mostly|primarily|largely|only)\s)?(?:to|in\sorder\sto)\s\w"
    r"|\b(?:first[- ]line|initial|reference|gold\sstandard|standard|of\schoice|primary|"
    r"preferred|principal|definitive|mainstay|workhorse)\b"
    # "PET-CT is used for staging and surveillance": what it is used for
    r"|^\s(?:(?:chiefly|mainly|mostly|primarily|largely|only)\s)?for\s(?:the\s)?(?:staging|"
    r"surveillance|follow-up|screening|problem-solving|(?:surgical\s|treatment\s)?planning|"
    r"characteri[sz]ation|guidance|local\sstaging)\b",
    re.I,
)


def only_used_modality(terms: list[KeyTerm], sentence: str) -> bool:
    """Whether the one blank is the test the sentence opens on and the sentence only says
    that (how often, when, in whom) it is used."""
    if len(terms) != 1 or terms[0].type not in {"modality", "technique"}:
        return False
    if sentence[: terms[0].start].strip().lower() not in {"", "the"}:
        return False
    used = _USED.match(sentence, terms[0].end)
    return used is not None and not _PURPOSE_OR_ROLE.search(used.group("rest"))
