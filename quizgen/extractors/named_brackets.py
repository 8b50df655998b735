"""Eponymous findings named in brackets after the finding they name: "a left supraclavicular
node (Virchow node)", "smooth radiating folds (Hampton line)". The bracket says the words are
a name, so any noun of a finding may end it; a name of a method, a scale or a disease may not."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["bracketed_eponyms"]

# One to three capitalised words (an eponym, perhaps hyphenated or possessive), then a noun
# of a finding, alone in brackets after a word of the sentence. Not "line", "sector",
# "pouch", "plane": an eponym's landmark is anatomy ("the intercondylar roof (Blumensaat
# line)"), nor a method, an organism or a theory.
_BRACKETED_EPONYM = re.compile(
    r"(?<=[a-z])\s\((?:the\s)?(?P<name>(?:[A-Z][a-zà-öø-ÿ'’]{2,20}(?:-[A-Z][a-zà-öø-ÿ'’]{2,20})?"
    r"(?:'s|’s)?\s){1,3}(?:nodes?|nodules?|shelf|fingers|arcs|spots|foci|focus|bodies|body|"
    r"lesions?|abscess|deformity|rings?|streaks|sequestrum|humps?|notch|phenomenon))\)"
)


def bracketed_eponyms(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each eponymous finding named alone in brackets."""
    if "(" not in text:
        return
    for match in _BRACKETED_EPONYM.finditer(text):
        yield match.group("name"), match.start("name"), match.end("name")
