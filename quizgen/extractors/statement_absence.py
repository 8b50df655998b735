"""The blank of a sentence that states an absence: "There is no [specific treatment] for …".

"There is no proven antiviral therapy", "There are no reports of malignant behaviour": what
the sentence teaches is that the thing is lacking, so the blank is the negated noun phrase
with its "no" (the card's answer "no specific treatment", not "treatment", which would read
as if some treatment were the fact). The phrase runs to the first comma, clause word or
preposition other than "of" ("no normal brain parenchyma [within the nidus]"): what follows
says where or for what, and is the card's clue.
"""

from __future__ import annotations

import re

__all__ = ["absence_term"]

# (a preposition other than "of" ends the phrase; "or"/"and" inside it join its heads:
# "no reports of malignant behaviour or metastasis")
_ABSENCE = re.compile(
    r"^There\s(?:is|are|was|were)\s(?P<term>no\s(?:[\w-]+\s){0,5}?[\w-]+)"
    r"(?=\s?[,;.:(]|\s(?:for|in|within|on|at|between|to|from|with|after|before|during|"
    r"unless|although|though|because|but|whereas|while|despite)\b)"
)
# "There is no need to …", "There is no doubt that …", "There is no more than …": no thing
# lacking.
_NOTHING_LACKING = re.compile(
    r"^no\s(?:need|reason|doubt|way|point|role|consensus|agreement|more|less|longer|further)\b"
)


# "There is no treatment that dissolves the crystals": what is lacking is told by a clause,
# so the phrase has no short answer (and says what no therapy of any disease does).
_RELATIVE = re.compile(r"\s(?:that|which|who|whose)\s")


# A second main clause after the absence ("There is no cure, and management is supportive"):
# the sentence holds two facts, and the later clause's own terms are read as they were.
_SECOND_CLAUSE = re.compile(
    r"(?:,\s(?:and|but|so|while|whereas)|;)\s[\w-]+(?:\s[\w-]+){0,4}\s"
    r"(?:is|are|was|were|has|have|may|can|should|remains?)\b"
)


# What follows the phrase must say what or where the thing is lacking: "There is no proven
# antibiotic regimen." or "There is no X in most cases." blanks the whole claim and leaves a
# card "There is [...]." that any answer fits (C1). Words of frequency or emphasis are no clue.
_NO_CLUE_WORDS = frozenset(
    {
        "most",
        "many",
        "some",
        "several",
        "cases",
        "patients",
        "instances",
        "usually",
        "often",
        "typically",
        "generally",
        "always",
        "currently",
        "still",
        "itself",
        "themselves",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
    }
)


def _has_clue(rest: str) -> bool:
    words = re.findall(r"[A-Za-z][\w-]{3,}", rest)
    return any(word.lower() not in _NO_CLUE_WORDS for word in words)


def absence_term(sentence: str) -> tuple[str, int] | None:
    """The negated noun phrase of "There is/are no X …" and where it starts, or None."""
    found = _ABSENCE.match(sentence)
    if found is None:
        return None
    term = found.group("term")
    if _NOTHING_LACKING.match(term) or _RELATIVE.search(term):
        return None
    if _SECOND_CLAUSE.search(sentence, found.end("term")):
        return None
    if not _has_clue(sentence[found.end("term") :]):
        return None
    return term, found.start("term")
