"""Classes a sentence names after its classes' noun and a colon (or "are"), one to each
part between semicolons, each with its gloss after a comma or in brackets: "Three patterns
are described: lacy (fine septa), the commonest; nodular, with solid foci; and cystic (a
single locule)", "Growth forms are plaque-like, with a broad base; polypoid, on a stalk; and
infiltrative". The semicolons are what make the parts classes with a description each, not
one list of findings. Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["semicolon_classes"]

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# The classes' noun, perhaps counted, then a comment and a colon, or "are" at once.
_INTRO = re.compile(
    r"\b(?:(?P<count>two|three|four|five|six|[2-6])\s)?(?:[\w-]+\s){0,3}?"
    r"(?:sub)?(?:types|forms|variants|patterns|grades|stages|phases|categories)\b"
    r"(?:[^:;.]{0,80}?:\s|\sare\s)",
    re.I,
)
_PART_BREAK = re.compile(r";\s(?:and\s|or\s)?")
MAX_NAME_WORDS = 4
MAX_ALIAS_WORDS = 2
# A class's name: lower-case words, no figure ("pagetoid", "diffuse infiltrating").
_NAME = re.compile(r"^[a-z][\w-]{2,30}(?:\s[a-z][\w-]{1,30}){0,3}$")
# A part that opens on a determiner or holds a verb is a clause ("the mass is …"), no name.
# A sentence adverb opens a comment, not a class ("; however, the pattern …").
_CLAUSE = re.compile(
    r"^(?:the|a|an|this|these|its|their|it|they|however|therefore|thus|hence|moreover|"
    r"furthermore|although|though|but|whereas|while|also|overall|importantly|notably)\b"
    r"|\b(?:is|are|was|were|has|have|may|can)\b"
)
# "about 23%": how common the class is, not what it is.
_SHARE_ONLY = re.compile(r"^(?:about|around|approximately|roughly|~)?\s?[\d.–-]+\s?%$")
_BRACKET = re.compile(r"^(?P<name>[^()]+?)\s\((?P<inner>[^()]{1,120})\)(?P<rest>.*)$")


def _name_and_gloss(part: str) -> tuple[str, str]:
    """("cystic", "a single locule; …") from one part, or ("", "") when it opens on no
    short name."""
    # a comma inside brackets is the bracket's: "cystic (lucent, with a rim), about 21%"
    masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m[0]), part)
    cut = masked.find(", ")
    head, comma, rest = (part[:cut], ", ", part[cut + 2 :]) if cut >= 0 else (part, "", "")
    bracket = _BRACKET.match(head)
    name, gloss = head.strip(), rest.strip() if comma else ""
    if bracket is not None:
        inner = bracket["inner"].strip()
        if len(inner.split()) <= MAX_ALIAS_WORDS:  # an alias stays with the name
            name = f"{bracket['name'].strip()} ({inner})"
            check = bracket["name"].strip()
        else:
            name, check = bracket["name"].strip(), bracket["name"].strip()
            gloss = "; ".join(g for g in (inner, gloss) if g)
    else:
        check = name
    if not _NAME.match(check) or _CLAUSE.search(check) or len(check.split()) > MAX_NAME_WORDS:
        return "", ""
    return name, "" if _SHARE_ONLY.match(gloss) else gloss


def semicolon_classes(text: str) -> list[tuple[str, str]]:
    """Each (class, gloss) a sentence names in semicolon-separated parts after its classes'
    noun; [] unless two or more parts each open on a short name (as many as a count says)."""
    intro = _INTRO.search(text)
    if intro is None or ";" not in text[intro.end() :]:
        return []
    parts = _PART_BREAK.split(text[intro.end() :].strip().rstrip("."))
    found = [_name_and_gloss(part.strip()) for part in parts]
    if len(found) < 2 or not all(name for name, _ in found):
        return []
    count = (intro["count"] or "").lower()
    expected = int(count) if count.isdigit() else _COUNTS.get(count, 0)
    if expected and expected != len(found):
        return []
    return found
