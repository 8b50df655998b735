"""The presenting complaint of a case page: "Two-day history of worsening sore throat, severe
pain on swallowing and a muffled voice." under a "Presentation" heading names what the
patient presented with, the features of the case's diagnosis (the page's subject).

A case page writes its presentation as a note, without a verb, opening on how long or how
suddenly it began; those openings are the shape read here. A sentence with a subject and a
verb ("On arrival he was febrile") or a negation ("No stridor") is left to other readers.
"""

from __future__ import annotations

import re

__all__ = ["presenting_complaints"]

# The heading of a case page's history: "Presentation", "Clinical presentation", "History".
_PRESENTATION_HEADING = re.compile(
    r"^(?:clinical\s+)?(?:presentation|history|presenting\s+(?:complaint|history))$", re.I
)
_NUMBER = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"
)
_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
# "Two-day history of", "A 3-week history of", "Two days of", "Three months of",
# "Sudden onset of", "Sudden severe …" (the adjective of onset stays out of the member).
_OPENING = re.compile(
    rf"^(?:(?:an?\s+)?{_NUMBER}[-\s]{_UNIT}\s+(?:history\s+)?of"
    rf"|{_NUMBER}\s+{_UNIT}\s+of"
    r"|(?:sudden|acute|abrupt|gradual|insidious)(?:\s+|-)onset\s+of"
    r"|(?:sudden|abrupt)(?=\s+(?:severe|sharp|intense|crushing|tearing)\s))\s+",
    re.I,
)
# "A 58-year-old woman with diabetes presented with three days of fever …": one patient
# (a case's, not "Patients present with …", which the relation readers own) presented with.
_PATIENT_PRESENTED = re.compile(
    r"^(?:an?|this|the)\s+(?:[\w-]{1,20}\s+){0,3}?(?:man|woman|boy|girl|male|female|infant|"
    r"neonate|child|patient|baby)\b[^.;:]{0,120}?\s(?:presented|presents|was\s+admitted)\s+with\s+"
    rf"(?:an?\s+)?(?:{_NUMBER}[-\s]{_UNIT}\s+(?:history\s+)?of\s+)?",
    re.I,
)
# Where the complaint ends and the story goes on: a time, a cause or a comment after it, or
# a clause of its own (", and had become drowsy").
_STORY = re.compile(
    r"\s(?:after|following|since|before|while|during|that|which|who|when)\s"
    r"|,\s*(?:worse|better|worsening|relieved|exacerbated|aggravated|eased)\b"
    r"|,\s*and\s+(?:had|has|was|were|is|then|later|subsequently)\b"
    r"|\s\d{1,3}\s+(?:hours?|days?|weeks?)\s",
    re.I,
)
# A verb of its own in a piece: a clause about the patient, not a complaint.
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|did|does|became|developed)\b", re.I)
# A piece of adjectives only before a comma that describes the next member ("constant, sharp pain").
_ADJECTIVE = re.compile(
    r"^(?:[a-z]{3,20}(?:ant|ent|al|ic|ous|ive|ful|less)|sharp|dull|mild|severe|worsening|"
    r"sudden|gradual|recurrent|episodic|colicky)$",
    re.I,
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,80}\)")
_ARTICLE = re.compile(r"^(?:a|an|the|some)\s+", re.I)
# "two episodes of vomiting": how often, not what
_EPISODES = re.compile(r"^(?:[a-z]{2,10}\s+)?(?:episodes?|bouts?|attacks?)\s+of\s+", re.I)
# "progressive left-sided hearing loss", "recent unsteadiness": the side and the recency
# are this patient's, not the diagnosis's ("right upper quadrant pain" names a place, kept).
_PATIENTS_OWN = re.compile(
    r"\b(?:left|right)[-\s]sided\s|^(?P<with>with\s+)?(?:recent|new)\s", re.I
)
_NEGATED = re.compile(r"^(?:no|not|without|denies|nil)\b", re.I)
MAX_MEMBERS = 6
MAX_MEMBER_WORDS = 10


def presenting_complaints(heading: str, sentence: str) -> list[str]:
    """The complaints a case page's presentation note names ([] when the sentence is not one
    under a presentation heading)."""
    if not _PRESENTATION_HEADING.match(heading.strip()):
        return []
    opening = _OPENING.match(sentence) or _PATIENT_PRESENTED.match(sentence)
    if opening is None:
        return []
    rest = _PARENTHESES.sub("", sentence[opening.end() :]).rstrip(" .")
    story = _STORY.search(rest)
    # ", with nausea and vomiting" after the story: more complaints, the story cut out
    with_more = (
        re.search(r",\s*with\s+(?P<more>[^,;.]{3,120})$", rest[story.start() :]) if story else None
    )
    complaints = rest[: story.start()] if story else rest
    if with_more:
        complaints = f"{complaints}, {with_more.group('more')}"
    members = _members(complaints)
    if not members or len(members) > MAX_MEMBERS:
        return []
    return members


def _members(text: str) -> list[str]:
    """The complaints of a run "A, B and C"; a lone adjective before a comma or "and"
    describes the next piece ("constant, sharp pain", "retrosternal and epigastric pain")."""
    # "a lump in the testis with a dragging sensation": "with" adds a complaint
    parts = re.split(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+with\s+)", text)
    members: list[str] = []
    pending = ""
    for index in range(0, len(parts), 2):
        piece = _ARTICLE.sub("", parts[index].strip())
        if not piece:
            continue
        separator = parts[index + 1] if index + 1 < len(parts) else ""
        if separator and all(_ADJECTIVE.match(word) for word in piece.split()):
            pending = f"{pending}{piece}{separator}"
            continue
        member = _PATIENTS_OWN.sub(r"\g<with>", f"{pending}{_EPISODES.sub('', piece)}")
        pending = ""
        if _NEGATED.match(member) or any(ch.isdigit() for ch in member):
            continue
        if _FINITE_VERB.search(member):
            return []
        if len(member.split()) > MAX_MEMBER_WORDS:
            return []
        members.append(member)
    return members
