"""Labelled lines that a text extraction ran together: "stage I: gas in the lumen stage II:
gas in the wall stage III: …" was a list of one class to a line; the lines are the labels'
own again when every further label repeats the first one's class word ("stage") with a code.
"""

from __future__ import annotations

import re

__all__ = ["split_coded_lines"]

_CODE = r"(?:[0-9]{1,2}[a-c]?|[IVX]{1,5}[a-c]?|[A-E])"
# The first line's label: a class word and a code ("stage I:", "grade 2:", "type B:").
_CODED_START = re.compile(
    rf"^(?P<word>stage|grade|type|class|category|group|phase|level|tier)\s{_CODE}\s?:\s", re.I
)


def split_coded_lines(line: str) -> list[str]:
    """The labelled lines a run-on line holds, or the line itself when it opens on no coded
    class label or no further label of the same class word follows."""
    start = _CODED_START.match(line)
    if start is None:
        return [line]
    label = rf"(?i:{re.escape(start['word'])})\s{_CODE}\s?:\s"
    pieces = [piece.strip() for piece in re.split(rf"\s+(?={label})", line)]
    # a label with nothing after it is no line that lost its break
    if len(pieces) < 2 or any(re.fullmatch(rf"{label}?\S{{0,2}}", p) for p in pieces):
        return [line]
    return pieces
