"""What a sentence about normal anatomy is about: the normal structure, not the page's title.

"On T2-weighted images the normal endometrium is a thin bright stripe", "The normal
pancreatic duct measures up to 3 mm": what the page teaches here is the normal structure
(the yardstick its disease is measured against), not a finding of the disease; a card that
gave the title as its topic would teach the normal value as the disease's.
"""

from __future__ import annotations

import re

__all__ = ["normal_subject"]

# An optional setting ("On T2-weighted images", "In adults,"), then "the normal <structure>"
# as the subject of a verb of being, measuring or lying ("In the normal infant the rectum is
# …" sets a scene: no determiner inside the name).
_NORMAL_SUBJECT = re.compile(
    r"^(?:(?:On|In|At)\s(?:[\w-]+\s){1,4}?)?(?:[Tt]he\s)?(?P<name>[Nn]ormal(?:\s(?!(?:the|a|an|of|in|on|at)\s)[\w-]+){1,4}?)"
    r"\s(?:is|are|measures?|lies|lie|has|have|appears?|runs?)\b"
)


def normal_subject(sentence: str) -> str:
    """The normal structure a sentence describes ("normal endometrium"), or ""."""
    found = _NORMAL_SUBJECT.match(sentence)
    return "n" + found.group("name")[1:] if found else ""
