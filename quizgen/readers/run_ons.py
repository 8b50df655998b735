"""Labelled lines that a text extraction ran together: "stage I: gas in the lumen stage II:
gas in the wall stage III: …" was a list of one class to a line; the lines are the labels'
own again when every further label repeats the first one's class word ("stage") with a code.
"""

from __future__ import annotations

import re

__all__ = ["split_coded_lines", "split_glued_entries"]

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


# A bare class code as a label ("IIa:", "B:", "3b:"): only a run of three or more such codes
# opening the line is taken for lost line breaks, never one code inside prose.
_BARE_CODE_LABEL = re.compile(r"(?:^|\s)(?:[IVX]{1,4}[a-d]?|[A-E][0-9]?|[0-9][a-d]?):\s")
# A label and its short quantity: "parotid gland: ~60%", "small: less than 2 cm",
# "sublingual gland: rare". A line that is nothing but three or more of these was a list of
# shares or sizes whose line breaks were lost; the quantity ends each entry.
_QUANTITY = (
    r"(?:(?:~|≈|<|>|≤|≥|about|approximately|around|roughly|nearly|up to|under|over|"
    r"less than|more than|fewer than|greater than)\s?)?"
    r"\d{1,4}(?:\.\d{1,3})?(?:\s?(?:-|–|to)\s?\d{1,4}(?:\.\d{1,3})?)?\s?(?:%|cm|mm)"
    r"|(?:very |extremely )?(?:rare|uncommon|common)"
)
# Words of a closed set that label grades, sizes, positions or order ("minimal: … moderate:
# … severe: …", "central: … lateral: … circumferential: …", "medially: …"): a run of three or
# more of them as the labels, the first opening the line, marks where each entry starts,
# however free its description.
_SCALE_WORDS = (
    "minimal|mild|moderate|marked|severe|low|intermediate|high|small|medium|large|giant|"
    "early|late|advanced|partial|complete|focal|diffuse|acute|subacute|chronic|"
    "central|peripheral|lateral|medial|circumferential|anterior|posterior|superior|inferior|"
    "proximal|distal|anteriorly|posteriorly|medially|laterally|superiorly|inferiorly|"
    "primary|secondary|tertiary"
)
_SCALE_LABEL = re.compile(rf"(?:^|\s)(?:{_SCALE_WORDS}):\s", re.I)
_QUANTIFIED_ENTRY = re.compile(rf"(?P<label>[^:;.]{{1,80}}?):\s(?:{_QUANTITY})(?=\s|$)", re.I)
_MIN_GLUED_ENTRIES = 3


def split_glued_entries(line: str) -> list[str]:
    """The entries of a list a text extraction ran into one line, when where each ends is
    certain: every label is a bare class code ("IIa: … IIb: … IIc: …"), every label is a word
    of one closed scale ("mild: … moderate: … severe: …"), or every entry is a label and a
    quantity ("parotid gland: ~60% minor salivary glands: ~30% …"). Any other line is
    returned whole (a run of free-text entries cannot be cut back apart)."""
    stripped = line.strip()
    if stripped.count(": ") < _MIN_GLUED_ENTRIES or ";" in stripped:
        return [line]
    return (
        _labelled_entries(stripped, _BARE_CODE_LABEL)
        or _labelled_entries(stripped, _SCALE_LABEL)
        or _quantified_entries(stripped)
        or [line]
    )


def _labelled_entries(line: str, label: re.Pattern[str]) -> list[str]:
    """The entries when every colon of the line ends a ``label`` and the first opens it."""
    starts = [match.start() for match in label.finditer(line)]
    if len(starts) < _MIN_GLUED_ENTRIES or starts[0] != 0 or line.count(": ") != len(starts):
        return []
    ends = [*starts[1:], len(line)]
    return [line[start:end].strip() for start, end in zip(starts, ends, strict=True)]


def _quantified_entries(line: str) -> list[str]:
    entries: list[str] = []
    position = 0
    while position < len(line):
        entry = _QUANTIFIED_ENTRY.match(line, position)
        if entry is None:
            return []
        entries.append(entry.group(0).strip())
        position = entry.end()
        while position < len(line) and line[position] == " ":
            position += 1
    return entries  # one per colon, so three or more (see split_glued_entries)
