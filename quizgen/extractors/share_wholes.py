"""The whole a share opens on as its owner: "only about 10-15% of gallstones contain enough
calcium to be radio-opaque" is a fact about gallstones, not about the page's condition
(choledocholithiasis), when the whole names another thing than the page's subject."""

from __future__ import annotations

import re

from quizgen.normalize import stem_prefixes

__all__ = ["other_whole"]

# People, generic heads and events are no owner: their share is the page's condition's.
_NO_OWNER = re.compile(
    r"\b(?:patients|people|persons|individuals|children|adults|infants|neonates|women|men|"
    r"boys|girls|survivors|carriers|relatives|cases|deaths|lesions|tumou?rs|masses|nodules|"
    r"abnormalities|findings|series|studies|reports|presentations|episodes|admissions|"
    r"examinations|scans|those|ones)$",
    re.I,
)
# The opening of a whole that points back or counts ("these tumours", "all").
_POINTER = re.compile(r"^(?:these|those|such|affected|the|all|both)\b", re.I)
# "N% of gallstones contain …": the share opens its clause and a verb follows the whole.
_VERB = re.compile(
    r"\s(?:are|is|were|was|have|has|had|contain|contains|show|shows|become|becomes|remain|"
    r"remains|arise|arises|occur|occurs|develop|develops|lie|lies|cause|causes|pass|passes|"
    r"will|may|can)\b",
    re.I,
)


def other_whole(before: str, after: str, group: str, names: tuple[str, ...]) -> str:
    """The whole a share opening its clause counts, when it is a plural noun phrase that
    names another thing than the page's subject (no word stem shared with any of its
    ``names``); "" otherwise."""
    if not group or _POINTER.match(group) or _NO_OWNER.search(group):
        return ""
    words = group.split()
    if not 1 <= len(words) <= 3 or not words[-1].lower().endswith("s"):
        return ""
    # the share opens its clause: nothing but a qualifier before it since a clause break
    clause = re.split(r"[:;]\s|,\s|\.\s", before)[-1].strip().lower()
    if clause not in {
        "",
        "only",
        "about",
        "around",
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "up to",
        "over",
        "more than",
        "less than",
        "fewer than",
        "only about",
        "only around",
        "some",
        "perhaps",
    }:
        return ""
    if not re.match(rf"^\s?of\s(?:all\s)?{re.escape(group)}(?=\s)", after, re.I):
        return ""
    rest = after.split(group, 1)[-1] if group in after else ""
    if not _VERB.match(rest):
        return ""
    own = set().union(*(stem_prefixes(n) for n in names)) if names else set()
    return "" if stem_prefixes(group) & own else group
