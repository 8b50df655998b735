"""A sentence that introduces a list but first names a modality's role ("CT is the
first-line investigation and best demonstrates bone involvement:") read as that claim.

Only the words before the colon are read: the list after it is the list extractors'. An
introduction whose clause is left open ("The findings are:", "CT shows:", "Causes include
the following:") says nothing until its list, so it stays off. So do introductions of
another shape, though whole ("The Graf classification divides hips into four types:",
"Lesions are classified by cyst size:"): measured on the development corpus (session 28),
readers and annotators take the list for the fact, and two in three such statements were
wrong; a modality's role is a fact of its own.
"""

from __future__ import annotations

import re

from quizgen.extractors.vocabulary import MODALITIES

__all__ = ["closed_intro"]

# A citation number before the colon ("… favours large joints 1:", "… into five types 2:");
# after a label's word ("grade 2:", "the Gartland type 3:") it may be either, so the
# sentence stays off.
_CITATION = re.compile(r"(?<=[a-z)])\s\d{1,2}:$")
_LABEL_WORD = re.compile(r"\b(?:grade|stage|class|group|level|phase|zone|type|score)$", re.I)
# A last word that leaves the clause open: a verb that takes the list as its object or
# complement, a function word, or a pointer to what follows.
_OPEN_WORDS = frozenset(
    {
        *("is", "are", "was", "were", "be", "been", "include", "includes", "included"),
        *("including", "show", "shows", "shown", "demonstrate", "demonstrates", "comprise"),
        *("comprises", "contain", "contains", "involve", "involves", "consist", "consists"),
        *("follow", "follows", "following", "reveal", "reveals", "display", "displays"),
        *("list", "lists", "listed", "namely", "e.g.", "i.e.", "example", "instance"),
        *("particularly", "especially", "notably", "mainly", "chiefly", "typically"),
        *("usually", "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by"),
        *("from", "into", "and", "or", "as", "than", "like", "between", "these", "those"),
        *("such", "below", "here", "there", "consider", "considered", "see", "seen"),
    }
)
# The role a sentence opening on a modality gives it ("MRI is the most sensitive technique").
_ROLE = re.compile(
    r"^[^,;]{0,40}?\s(?:is|are|remains?)\s(?:\w+\s)?(?:the\s)?(?:first-line|of\schoice|"
    r"gold\sstandard|reference\sstandard|most\s(?:sensitive|specific|accurate)|preferred|"
    r"cornerstone|primary\s(?:imaging\s)?(?:modality|investigation|technique))\b",
    re.I,
)
# Words anywhere that point to the list for the clause's meaning.
_POINTS_AHEAD = re.compile(
    r"\b(?:the following|as follows|these|below|listed|include[sd]?|including)\b", re.I
)


def closed_intro(sentence: str) -> str:
    """``sentence`` with its final colon read as a full stop when the clause before it is
    whole and names a modality's role; otherwise ``sentence`` unchanged (so the colon keeps
    it off)."""
    text = sentence.rstrip()
    if not text.endswith(":"):
        return sentence
    cited = _CITATION.search(text)
    if cited is not None:
        if _LABEL_WORD.search(text, 0, cited.start()):
            return sentence
        text = text[: cited.start()] + ":"
    body = text[:-1].rstrip()
    words = body.split()
    if not words or words[-1].lower() in _OPEN_WORDS or _POINTS_AHEAD.search(body):
        return sentence
    lead = body[4:] if body[:4].lower() == "the " else body
    if MODALITIES.match(lead) is None or not _ROLE.match(body):
        return sentence
    return body + "."
