"""Tables in any of the three forms: one typed ``Table``, and one rule that turns it into the
list blocks the extractors already read.

Each reader parses its own form (HTML ``<table>``, a markdown pipe table, a plain-text page's
tab-separated or space-aligned rows) into a ``Table``; ``table_entries`` then writes every
body row as one list entry, so a classification, a differential, a frequency breakdown or a
signal table reads as the list an author could have written instead:

- "<first cell>: <cell>; <cell>" ("CE1: unilocular cyst", "femur: 40%", "T1: hypointense",
  "CE1: type I; unilocular cyst; active"): the row in the page's own words, as the gold
  quotes of a table row and a card's source line read it; the column names go once into
  the intro line instead ("WHO-IWGE and Gharbi classifications (WHO-IWGE, Gharbi, stage):").
  Measured: with each cell labelled by its header ("Gharbi type I; stage active") the rows'
  facts were the same but four of seven no longer matched their sentence;
- columns that are sequences or modalities ("T1 | T2 | CT"): the first cell as a parent with
  one "T2: hyperintense" child per column, the shape of a lesion's signal list; a table
  whose first column holds the sequences is read turned round, each lesion a row;
- a table that compares the things atop its columns ("Feature | osteoid osteoma |
  osteoblastoma", rows "size", "site"): turned round, one entry per compared thing, each
  cell named by its feature ("osteoblastoma: size >2 cm; site spine"); its rows are no
  differentials or classes.

A caption becomes the intro line of the list ("WHO classification:"), so the extractors find
the relation a list holds (classes, causes, differentials) as they do for a written list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.model import ListItem
from quizgen.readers.cleanup import clean_inline
from quizgen.readers.metadata import LABEL as PAGE_DATA_LABEL

__all__ = [
    "Table",
    "caption_text",
    "first_row_is_header",
    "is_caption_line",
    "make_table",
    "table_entries",
]


@dataclass(frozen=True, slots=True)
class Table:
    """A table as its reader found it: cleaned cell texts, every row as wide as the header.

    ``header`` is () when the table has no header row; ``notes`` are footnotes and
    full-width remarks below the rows.
    """

    caption: str = ""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TableEntries:
    """What a table adds to an article: an intro line ("" for none), its list, its notes."""

    intro: str
    items: tuple[ListItem, ...]
    notes: tuple[str, ...]


# Cells that say "nothing here".
_EMPTY_CELL = re.compile(r"^(?:[-–—/.]|n/?a)?$", re.I)  # "none" says something: kept
# "Table 1:", "Table 2.", "Table 3 -" before a caption's words.
_TABLE_LABEL = re.compile(r"^(?:\*\*|__)?table\s+\d{1,3}[a-z]?\s*[:.–—-]?\s*(?:\*\*|__)?\s*", re.I)
# Column headers naming an MRI sequence or an imaging modality: what the appearance
# extractor reads as the label of a "T2: hyperintense" line (tests check that it does).
_ONE_SEQUENCE = (
    r"(?:T1(?:\s*C\s*\+|[- ]?weighted|WI)?|T2(?:[- ]?weighted|WI)?|FLAIR|T2 FLAIR|STIR|DWI|ADC|"
    r"SWI|GRE|T2\*|CT|NECT|CECT|non[- ]contrast CT|contrast[- ]enhanced CT|US|ultrasound|"
    r"(?:plain )?radiographs?|x-ray|PET|PET[- /]CT|scintigraphy|bone scan)"
    # the contrast agent in brackets: "T1 C+ (Gd)"
    r"(?:\s?\((?:Gd|gadolinium)\))?"
)
# one sequence, or two read together ("DWI/ADC", "SWI/GRE"): a row label all the same
_SEQUENCE_HEADER = re.compile(rf"^{_ONE_SEQUENCE}(?:\s?/\s?{_ONE_SEQUENCE})?$", re.I)
# The corner cell of a table that compares the things named atop its columns, feature by
# feature down its rows ("Feature | osteoid osteoma | osteoblastoma"): a closed list.
_FEATURE_CORNER = re.compile(
    r"^(?:(?:imaging|clinical|radiological|distinguishing|key|typical)\s+)?"
    r"(?:features?|characteristics?|findings?|parameters?|criteri(?:on|a)|properties|property|"
    r"aspects?|signs?|variables?)$",
    re.I,
)
# A figure in a cell ("40%", "2 cm", "12"), not a digit of a name ("T1", "5-year survival"):
# a header names a column, it does not hold a figure.
_NUMBER = re.compile(r"(?<![\w.-])\d{1,9}(?:[.,]\d{1,9})?(?![\w-])")
MIN_COLUMNS = 2


# A caption line: "Table 1: WHO grades", "**Table 2.** Causes", "Table 3 - Sites"; not a
# sentence about a table ("Table 1 summarises the grades").
_CAPTION_LINE = re.compile(
    r"^\s{0,3}(?:\*\*|__)?table\s+\d{1,3}[a-z]?\s*(?:\*\*|__)?\s*[:.–—-]", re.I
)
MAX_CAPTION_WORDS = 20


def is_caption_line(text: str) -> bool:
    """Whether a line is a table's caption ("Table 1: WHO grades")."""
    return bool(_CAPTION_LINE.match(text)) and len(text.split()) <= MAX_CAPTION_WORDS


def caption_text(text: str) -> str:
    """A caption, cleaned, without its "Table 1:" label (taken off first: the cleaning would
    read its number for a citation) and final stop: "**Table 1.** WHO grades." →
    "WHO grades"."""
    return clean_inline(_TABLE_LABEL.sub("", text.strip())).rstrip(" .:").strip()


def first_row_is_header(cells: Sequence[str]) -> bool:
    """Whether a table's first row (in a form that does not mark it) names the columns: no
    cell of it holds a number ("Site | Frequency" names them; "femur | 40%" is data)."""
    return any(cells) and not any(_NUMBER.search(cell) for cell in cells[1:])


def make_table(
    rows: Sequence[Sequence[str]],
    *,
    header: Sequence[str] = (),
    caption: str = "",
    notes: Sequence[str] = (),
) -> Table | None:
    """A Table of rows padded to one width; None when it is not a table of data: fewer than
    two columns, no row with two cells filled, or the page's own data ("DOI | 10.…",
    "Citation | …", "rID | 1234"), which is no article text."""
    width = max((len(r) for r in (*rows, header)), default=0)
    if width < MIN_COLUMNS:
        return None
    body = tuple(_padded(row, width) for row in rows if any(cell.strip() for cell in row))
    if not any(sum(_filled(c) for c in row) >= 2 for row in body):
        return None
    labels = [row[0] for row in body]
    if sum(bool(PAGE_DATA_LABEL.match(f"{label}:")) for label in labels) * 2 >= len(labels):
        return None
    head = _padded(header, width) if any(h.strip() for h in header) else ()
    return Table(caption_text(caption), head, body, tuple(n for n in notes if n.strip()))


def _padded(row: Sequence[str], width: int) -> tuple[str, ...]:
    cells = [" ".join(cell.split()) for cell in row][:width]
    return tuple(cells + [""] * (width - len(cells)))


def table_entries(table: Table) -> TableEntries:
    """The table as list entries under its caption (see the module docstring)."""
    intro = _intro(table)
    if _is_sequence_header(table.header[1:]):
        return TableEntries(intro, _signal_items(table.header, table.rows), table.notes)
    if table.header and _is_sequence_header([row[0] for row in table.rows]):
        turned = _turned(table)
        return TableEntries(intro, _signal_items(turned.header, turned.rows), table.notes)
    if len(table.header) > MIN_COLUMNS and _FEATURE_CORNER.match(table.header[0].strip()):
        turned = _turned(table)
        items = tuple(item for row in turned.rows if (item := _compared_item(turned.header, row)))
        return TableEntries(intro, items, table.notes)
    items = tuple(item for row in table.rows if (item := _row_item(row)))
    return TableEntries(intro, items, table.notes)


def _intro(table: Table) -> str:
    """The caption as the list's intro line, naming the columns of a table of three or more
    ("WHO grades (grade, features, survival):"), whose rows give their cells unlabelled."""
    if not table.caption:
        return ""
    columns = [h for h in table.header if h]
    if len(table.header) > MIN_COLUMNS and columns:
        return f"{table.caption} ({', '.join(columns)}):"
    return f"{table.caption}:"


def _is_sequence_header(cells: Sequence[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(_SEQUENCE_HEADER.match(c.strip()) for c in filled)


def _turned(table: Table) -> Table:
    """Rows for columns: "| | lesion A | lesion B |" over "T1 | low | high" rows becomes
    "lesion A | low" under a "T1" header."""
    header = (table.header[0], *(row[0] for row in table.rows))
    rows = tuple(
        (table.header[column], *(row[column] for row in table.rows))
        for column in range(1, len(table.header))
    )
    return Table(table.caption, header, rows, table.notes)


def _filled(cell: str) -> bool:
    return not _EMPTY_CELL.match(cell.strip())


def _row_item(row: Sequence[str]) -> ListItem | None:
    """One row as "<first cell>: <cell>; <cell>", the cells in the page's words and order.
    A row of three columns or more with its first cell alone filled labels a group of rows
    ("Malignant" over the malignant entries), as a full-width HTML row does: no entry."""
    detail = "; ".join(cell for cell in row[1:] if _filled(cell))
    if not _filled(row[0]):
        return ListItem(detail) if detail else None
    if not detail and len(row) > MIN_COLUMNS:
        return None
    return ListItem(f"{row[0]}: {detail}" if detail else row[0])


def _compared_item(features: Sequence[str], row: Sequence[str]) -> ListItem | None:
    """One compared thing of a table turned round, each cell named by its feature (the
    cells alone say nothing): "osteoblastoma: size >2 cm; site spine"."""
    detail = "; ".join(
        f"{feature} {cell}" if feature else cell
        for feature, cell in zip(features[1:], row[1:], strict=True)
        if _filled(cell)
    )
    return ListItem(f"{row[0]}: {detail}") if _filled(row[0]) and detail else None


def _signal_items(header: Sequence[str], rows: Sequence[Sequence[str]]) -> tuple[ListItem, ...]:
    """Each row as its first cell over "T1: hypointense" children, one per filled column."""
    items: list[ListItem] = []
    for row in rows:
        children = tuple(
            ListItem(f"{h}: {c}") for h, c in zip(header[1:], row[1:], strict=True) if _filled(c)
        )
        if _filled(row[0]) and children:
            items.append(ListItem(row[0], children))
    return tuple(items)
