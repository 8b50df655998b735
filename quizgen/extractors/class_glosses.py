"""A class's name and the gloss a comma sets after it in one list entry: "short-segment
disease, confined to the rectum" (the class "short-segment disease"), "late form, usually
after the second decade". Read by the list extractor when an entry of a class list is too
long to be a class's name. Grammar only: a short name, a comma, then a participle or an
adverb of frequency that opens a description, never a further member.
"""

from __future__ import annotations

import re

__all__ = ["glossed_class", "split_class_gloss"]

MAX_NAME_WORDS = 6
# What opens a gloss: a past participle or an "-ing" form ("confined to", "extending
# into"), or an adverb or preposition of description ("usually with", "without").
_GLOSS_OPENING = re.compile(
    r"^(?:(?:usually|often|typically|mostly|sometimes|commonly|rarely|classically)\s)?"
    # "including A and B" names members of the class, not what it is
    r"(?!including\s|excluding\s)(?:[a-z]{3,20}(?:ed|ing)|with|without)\s",
)
# What a removed share leaves behind: "confined to the rectum: about" (of "…: about 75%").
_DANGLING = re.compile(
    r"\s?[:;,]\s?(?:(?:about|around|approximately|roughly|nearly|up\sto)\s?)?$", re.I
)
# A comma inside brackets belongs to the bracket: "aganglionosis (A, B), sometimes …".
_BRACKETED = re.compile(r"\([^()]{0,80}\)")


def split_class_gloss(entry: str) -> tuple[str, str]:
    """("short-segment disease", "confined to the rectum") from "short-segment disease,
    confined to the rectum"; ("", "") when the entry is no short name and a gloss."""
    masked = _BRACKETED.sub(lambda m: "_" * len(m[0]), entry)
    comma = masked.find(", ")
    if comma <= 0:
        return "", ""
    name, gloss = entry[:comma].strip(), entry[comma + 2 :].strip()
    if len(name.split()) > MAX_NAME_WORDS or not _GLOSS_OPENING.match(gloss):
        return "", ""
    return name, _DANGLING.sub("", gloss)


def glossed_class(name: str, detail: str) -> tuple[str, str]:
    """A class list entry's name and detail, with a gloss moved from a name too long to be a
    class's into the detail's front; both as given otherwise."""
    if len(name.split()) <= MAX_NAME_WORDS:
        return name, detail
    short, gloss = split_class_gloss(name)
    if not short:
        return name, detail
    return short, f"{gloss}; {detail}" if detail else gloss
