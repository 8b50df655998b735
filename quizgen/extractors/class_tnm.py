"""The clauses of a sentence that states TNM categories one after another: "T1 tumours are
confined to the cords, T2 tumours extend to the supraglottis, and T3 tumours cause
fixation" is three clauses, split where a comma (and "and") comes before the next
category; and the verbs a category's clause may say what it holds with ("extend",
"invade", "breach" besides "is" and "involves"). Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["TNM_VERB", "tnm_clauses"]

# A semicolon, or a comma or colon before the next category and its noun or verb.
_BREAK = re.compile(
    r";\s(?:and\s)?|(?:,\s(?:and\s)?|:\s)(?=[TNM](?:[0-4][a-d]?|is)\s(?:disease|tumou?rs?|[a-z]+s)\b)"
)
# What a category's clause says it holds: a copula or a verb dropped from the value
# ("T2 involves the muscle"), or a verb of reaching kept in it ("T2 tumours extend to …").
TNM_VERB = (
    r"(?:(?:is|are|involves?|denotes|indicates|means|includes|describes|refers\sto|"
    r"is\sdefined\sas)\s|(?=(?:invade|extend|breach|reach|infiltrate|penetrate|cause|encase)"
    r"(?:s|es)?\s))"
)


def tnm_clauses(sentence: str) -> list[str]:
    """``sentence`` cut into the clauses each TNM category opens (one when it opens none)."""
    return [part.strip() for part in _BREAK.split(sentence) if part.strip()]
