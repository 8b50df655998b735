"""Whose relation a prose reader found, when the words before its verb show the sentence has
moved on to another subject: "The stroma is active, and oestrogen production may lead to
hyperplasia" (the hyperplasia is what the oestrogen leads to, not the stroma); "The true
prevalence is unknown, and X is a recognised cause of Y" (X, not the prevalence, is the
cause)."""

from __future__ import annotations

import re

__all__ = ["last_coordinate_subject", "participle_owner", "second_subject_before"]

# Words that open the second clause yet name the first one's subject or its patients: "and
# it", "and patients typically", "and in rare cases" (a setting, no subject).
_SAME_OWNER = (
    r"(?:it|they|this|these|its|their|there|patients|children|adults|infants|women|men|some|"
    r"most|many|others|a\s+minority|the\s+majority|in|on|at|with|without|after|before|during|"
    r"when|if|as|once|by|then|so|also|occasionally|rarely|sometimes|often)\b"
)
_AUXILIARY = (
    r"(?:may|can|could|might|will|would|is|are|was|were|has|have|had|been|be|often|usually|"
    r"typically|commonly|frequently|sometimes|eventually|also|then|rarely|occasionally|later|"
    r"ultimately|in\s+turn)"
)
# ", but a significant minority arise in …": a share of the subject's cases
_SHARE = (
    r"(?:an?\s)?(?:[\w-]+\s)?(?:minority|majority|proportion|fraction|number|third|quarter|half)\b"
)
# ", and oestrogen production may ": a coordinate clause's own noun phrase (up to four
# words), then only auxiliaries and adverbs, right before the relation's verb.
_SECOND_SUBJECT = re.compile(
    rf",\s(?:and|but|whereas|while)\s(?!{_SAME_OWNER}|{_AUXILIARY}\b|{_SHARE})(?:(?:the|an?)\s)?"
    rf"[A-Za-z][\w'-]{{1,30}}(?:\s(?!{_AUXILIARY}\b)[a-z][\w'-]{{1,30}}){{0,3}}\s"
    rf"(?:{_AUXILIARY}\s){{0,3}}$",
    re.I,
)


def second_subject_before(before: str) -> bool:
    """Whether ``before`` (a clause up to a relation's verb) ends in a coordinate clause that
    opens on a noun phrase of its own, which then owns the relation."""
    return bool(_SECOND_SUBJECT.search(before))


# "is unknown, and ": a finite verb, then a comma and a conjunction that opens a new clause.
_FINISHED_CLAUSE = re.compile(
    r"^.{0,200}?\s(?:is|are|was|were|has|have|had|remains?|varies|vary)\s[^;]{0,200}?"
    r",\s(?:and|but|whereas|while)\s",
    re.I,
)


def last_coordinate_subject(run: str) -> str:
    """The noun phrase ``run`` ends on when a finished clause comes before it ("The true
    prevalence is unknown, and nutcracker syndrome" → "nutcracker syndrome"); else ``run``."""
    finished = _FINISHED_CLAUSE.search(run)
    if finished is None:
        return run
    return run[finished.end() :].strip()


# "CAA-related inflammation, presenting with …": a bare noun phrase (no verb) and a comma,
# right before a participle's relation.
_PARTICIPLE_OWNER = re.compile(
    # ("Most, presenting with …", "Patients, …": the subject's own cases or patients)
    r"^(?!(?:patients|children|adults|infants|women|men|people|most|many|some|others|few|"
    r"it|they|these|those)\b)(?P<owner>[A-Za-z][\w'/-]{1,30}(?:\s(?!(?:is|are|was|were|has|have|may|can)\b)"
    r"[\w'/()-]{1,30}){0,5}),\s(?:(?:often|usually|typically|classically|sometimes)\s)?$",
    re.I,
)
_PARTICIPLE = re.compile(
    r"^(?:presenting|associated|caused|linked|complicated|occurring|arising|resulting)\b", re.I
)


def participle_owner(before: str, verb: str) -> str:
    """The noun phrase a participle's relation hangs on when a sentence (or a list entry) is
    only that noun phrase and the participle: "CAA-related inflammation, presenting with
    headaches" gives the headaches to the inflammation; else ""."""
    if not _PARTICIPLE.match(verb.strip()):
        return ""
    owner = _PARTICIPLE_OWNER.match(before)
    return owner["owner"] if owner else ""
