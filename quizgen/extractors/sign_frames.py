"""Sentences framed by a sign they name: "In the S sign, a central nodule is surrounded by …"
describes the sign, so its clause's subject is part of the look, not what the look indicates."""

from __future__ import annotations

import re

__all__ = ["describes_the_sign"]

# "In the target sign, …", "…; in the so-called "crescent" sign, …": the sign opens its
# clause as a setting, and the clause that follows describes what the sign looks like.
_IN_THE_SIGN = re.compile(r"(?:^|[;:]\s{1,3})\W{0,2}in\s+the\s+(?:so-called\s+)?[\"“]?$", re.I)
_THEN_COMMA = re.compile(r"^[\"”]?\s{0,2},")


def describes_the_sign(before: str, after: str) -> bool:
    """Whether the clause around a sign named between ``before`` and ``after`` opens on
    "In the S sign," and so describes the sign rather than naming what it is a sign of."""
    return bool(_IN_THE_SIGN.search(before)) and bool(_THEN_COMMA.match(after))
