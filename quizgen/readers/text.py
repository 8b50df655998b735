"""Plain-text reader: a text extraction of an article page, with headings to infer.

Headings are short lines standing alone between blank lines; bullets ("•", "-", "*") keep
their indentation as nesting; a short line directly above indented bullets is their
parent, and a plain line directly below them one more such top entry; "T1: hypointense"
lines become key/value blocks; consecutive "label: 20%" lines become the list of shares they
were, and so do consecutive short lines under a line that ends in ":" (a list whose bullets
the extraction lost).
"""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.model import Article, InputFormat, Provenance
from quizgen.normalize import numbers_in
from quizgen.readers.builder import ArticleBuilder
from quizgen.readers.cleanup import (
    CHROME_HEADINGS,
    TERMINAL_HEADINGS,
    clean_inline,
    is_banner,
    is_site_line,
)
from quizgen.readers.lists import as_key_value, build_tree, looks_like_item, shape_of
from quizgen.readers.metadata import parse_metadata
from quizgen.readers.run_ons import split_coded_lines, split_glued_entries
from quizgen.readers.tables import (
    Table,
    caption_text,
    first_row_is_header,
    is_caption_line,
    make_table,
)

__all__ = ["read_text_article"]

_BULLET = re.compile(r"^(\s*)[•·▪◦‣*-]\s+(.*)$")
# Per-sequence list entries the extraction ran together on one line, without full stops
# ("T1: hypointense T2: hyperintense T1 C+ (Gd): rim enhancement DWI: no restriction"): a
# closed list of sequence and modality labels, each followed by a colon, starts an entry.
_SEQUENCE_LABEL = (
    r"(?:T1\s?C\+(?:\s?\(Gd\))?|T1|T2\*?|FLAIR|STIR|DWI(?:/ADC)?|ADC|SWI|GRE|"
    r"CT|MRI|US|PET(?:-CT)?)"
)
_RUN_ON_START = re.compile(rf"^{_SEQUENCE_LABEL}:\s")
_RUN_ON_SPLIT = re.compile(rf"\s(?={_SEQUENCE_LABEL}:\s)")
_MAX_HEADING_WORDS = 7
# The page's own data line under its title: who revised it and when (read as metadata).
_PAGE_DATA = re.compile(
    r"^(?:last\s+revised|article\s+created|updated)\s+(?:by|on)\s.{0,80}$"
    r"|^citation,\s+doi,\s+disclosures\s+and\s+\w+\s+data:?$",
    re.I,
)
_WHOLE = (95.0, 103.0)  # what the shares of one whole add up to, allowing for rounding


# The section names of a reference article. An extraction that kept no blank lines
# ("Epidemiology" on the line after the lead paragraph) still has them as headings.
_SECTION_NAMES = frozenset(
    [
        "epidemiology", "clinical presentation", "presentation", "pathology", "aetiology",
        "etiology", "pathophysiology", "genetics", "associations", "location",
        "classification", "staging", "markers", "radiographic features",
        "imaging features", "imaging", "plain radiograph", "plain radiography", "plain film",
        "radiograph", "ct", "mri", "ultrasound", "nuclear medicine", "angiography",
        "fluoroscopy", "mammography", "treatment and prognosis", "treatment", "prognosis",
        "management", "complications", "differential diagnosis", "history and etymology",
        "practical points", "case presentation", "findings", "case discussion", "discussion",
        "terminology", "risk factors", "clinical features", "diagnosis", "diagnostic criteria",
        "natural history", "histology", "variants", "subtypes", "anatomy", "gross anatomy",
    ]
)  # fmt: skip


# A subheading of a few words ("Skull and face", "Hands and feet"), and the sentence of
# text that follows one: capitalised, five words or more, finished.
_SUBHEADING = re.compile(r"^[A-Z][a-z-]+(?:\s(?:and|or|of|the|[A-Za-z][a-z-]+)){0,3}$")
_OPENS_TEXT = re.compile(r"^\s*[A-Z][^\n]*?(?:\s\S+){4,}[.:]\s*$")


def _is_subheading(lines: list[str], index: int) -> bool:
    """ "\nSkull and face\nFeatures of the skull include:": a subheading of a few words
    after a blank line, whose text the extraction put on the very next line (read as a
    part of the section it stands in)."""
    line = lines[index].strip()
    previous = lines[index - 1].strip() if index > 0 else ""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return (
        index > 0
        and not previous
        and line.lower() not in _SECTION_NAMES
        and bool(_SUBHEADING.match(line))
        and bool(_OPENS_TEXT.match(following))
    )


def _heading_level(lines: list[str], index: int) -> int:
    """1 for a section heading, 2 for a subheading inside the section, 0 for any other line."""
    if _is_heading(lines, index):
        return 1
    return 2 if _is_subheading(lines, index) else 0


def _is_heading(lines: list[str], index: int) -> bool:
    """A short capitalised line without final punctuation, alone between blank lines; or a
    section name after a blank line, a finished sentence or another heading (where the
    extraction kept fewer blank lines; a flattened list's entry follows its intro or another
    entry, never a blank line and a section name)."""
    line = lines[index].strip()
    words = line.split()
    if not line or len(words) > _MAX_HEADING_WORDS or len(line) > 70:
        return False
    if line[-1] in ".,;:!?)" or not line[0].isupper() or _BULLET.match(lines[index]):
        return False
    previous = lines[index - 1].strip() if index > 0 else ""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if not previous and not following.strip():
        return True
    # a page's furniture ("See also") ends the section before it, whatever the spacing
    named = line.lower() in _SECTION_NAMES or line.lower() in CHROME_HEADINGS
    if not named or index == 0:
        return False
    # A section name of several words ("Radiographic features") is no list entry unless a
    # list's intro stands right above it: it ends a list whose bullets were lost, too.
    if len(words) > 1 and not previous.endswith(":"):
        return True
    # "\nEpidemiology\nNPH is a disease of …": a section name after a blank line, its text
    # on the next line (extractions that keep one blank line between sections only)
    return (
        not previous
        or previous[-1:] in {".", "!", "?"}
        or (previous.lower() in _SECTION_NAMES and _is_heading(lines, index - 1))
    )


def _starts_list(lines: list[str], index: int) -> bool:
    """A non-bullet line directly followed by an indented bullet is a list parent."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    bullet = _BULLET.match(following)
    line = lines[index].strip()
    # "Primaries include:" introduces the list; "Osteoblastic metastases" heads it.
    return bool(bullet and bullet.group(1)) and not _BULLET.match(line) and not line.endswith(":")


def _list_entry(
    lines: list[str], index: int, entries: list[tuple[int, str]]
) -> tuple[int, str] | None:
    """(depth, text) of a bulleted line, or of a plain line that is one more top entry of the
    list being read (``_continues_parents``); None for any other line."""
    bullet = _BULLET.match(lines[index])
    if bullet:
        return 1 + len(bullet.group(1).expandtabs(4)) // 2, bullet.group(2).strip()
    if _continues_parents(lines, index, entries):
        return 0, lines[index].strip()
    return None


def _continues_parents(lines: list[str], index: int, entries: list[tuple[int, str]]) -> bool:
    """A plain line right under the indented bullets of a list whose top entries lost their
    bullets ("central nervous system" over "  • subependymal nodules", then "cardiac
    rhabdomyoma"): one more top entry of that list, not a paragraph. No blank line parts it
    from the bullets, and it reads as an entry (no sentence end, no intro's ":")."""
    if not entries or entries[0][0] != 0 or index == 0:
        return False
    above = _BULLET.match(lines[index - 1])
    line = clean_inline(lines[index].strip())
    return (
        above is not None
        and bool(above.group(1))
        and not _BULLET.match(lines[index])
        and not _SENTENCE_END.search(line)
        and not line.endswith(":")
        and len(line.split()) <= _MAX_ITEM_WORDS
    )


def _share_run(lines: list[str], index: int) -> int:
    """How many lines from ``index`` on are one list of shares that lost its bullets:
    consecutive short lines each ending in a percentage ("convexity: ~20%"), at least two;
    0 otherwise. Only such runs are taken for lists: other short lines may have lost their
    nesting too, and guessing it could make a sub-item a diagnosis of its own."""
    end = index
    least = most = 0.0
    while end < len(lines) and lines[end].strip() and not _BULLET.match(lines[end]):
        line = clean_inline(lines[end].strip())
        if not (looks_like_item(line) and shape_of(line) == "percent"):
            break
        share = (
            line[line.rfind("(") :] if line.endswith(")") else line.split(";")[0].rsplit(":", 1)[-1]
        )
        low, high = _share_bounds(share)
        least, most = least + low, most + high
        end += 1
    # Flattened text may run a parent's shares into its children's: only a run that can
    # account for one whole (about 100 %, ranges from their low to their high ends), under a
    # line that carries no share of its own ("conventional: ~75% of all", whose children the
    # run could be), is taken for a list.
    whole = least <= _WHOLE[1] and most >= _WHOLE[0]
    above = lines[index - 1] if index > 0 else ""
    return end - index if end - index >= 2 and whole and "%" not in above else 0


_UPPER_BOUND = re.compile(r"(?:<|≤|up to|under|less than)\s*\d", re.I)


def _share_bounds(share: str) -> tuple[float, float]:
    """The least and most a written share can be: "75-80%" → (75, 80), "<5%" → (0, 5)."""
    numbers = numbers_in(share)[:2]
    if not numbers:
        return 0.0, 0.0
    low, high = min(numbers), max(numbers)
    return (0.0 if _UPPER_BOUND.search(share) else low), high


_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_MAX_ITEM_WORDS = 40


def _flattened_list(lines: list[str], index: int) -> int:
    """How many lines from ``index`` on are the entries of a list that lost its bullets: the
    whole block, under a line that ends in ":" ("Features that favour chondrosarcoma
    include:"), of labelled entries however long (``_labelled_run``) or of at least two plain
    ones; or right under a heading, of at least three plain ones ("Ultrasound" over
    "well-defined, oval, hypoechoic mass" / "posterior acoustic enhancement" / …: a
    paragraph's last line ends as a sentence does); 0 otherwise."""
    above = index - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and _is_heading(lines, above):
        entries = _plain_entries(lines, index)
        return entries if entries >= _MIN_BARE_ENTRIES else 0
    if above < 0 or not clean_inline(lines[above].strip()).endswith(":"):
        return 0
    labelled = _labelled_run(lines, index)
    if labelled >= 2:
        return labelled
    entries = _plain_entries(lines, index)
    return entries if entries >= 2 else 0


_MIN_BARE_ENTRIES = 3


def _plain_entries(lines: list[str], index: int) -> int:
    """How many lines the block from ``index`` holds when each is a plain list entry: no
    bullet, not a sentence, not an intro (":"), not long, not a "T1: …" line or a share
    (those have readers of their own); 0 when one is not."""
    end = index
    while end < len(lines) and (line := clean_inline(lines[end].strip())):
        if _BULLET.match(lines[end]) or _SENTENCE_END.search(line) or line.endswith(":"):
            return 0
        if len(line.split()) > _MAX_ITEM_WORDS or as_key_value(line) or "%" in line:
            return 0
        end += 1
    return end - index


_LABEL = re.compile(r"[A-Za-z][\w ()/,'-]{0,48}?: \S")


def _labelled_run(lines: list[str], index: int) -> int:
    """How many consecutive lines from ``index`` on each start with a short label and a
    colon ("embolic: systemic emboli occur in about 30-40%; …"), ending at a blank line: the
    entries of a list of named kinds whose bullets were lost, however long each entry is.
    Only a run that is the whole block counts; 0 otherwise."""
    end = index
    while end < len(lines) and (line := clean_inline(lines[end].strip())):
        label = _LABEL.match(line)
        if _BULLET.match(lines[end]) or not label or len(label.group(0)[:-3].split()) > 6:
            return 0
        end += 1
    return end - index


# A run of words with single spaces: the cells of a space-aligned row, 2+ spaces apart.
_RUN = re.compile(r"\S+(?: \S+)*")
_MIN_ALIGNED_ROWS = 3  # a header and two rows: two lines may align by chance
_MAX_ALIGNED_CELL_WORDS = 12
_MAX_TAB_CELL_WORDS = 40


def _tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated row ([] when the line has no tab between words)."""
    stripped = line.strip()
    if "\t" not in stripped:
        return []
    return [" ".join(cell.split()) for cell in stripped.split("\t")]


def _tab_rows(lines: list[str], index: int) -> list[list[str]]:
    """The block of tab-separated rows from ``index`` on, at least two rows of two cells or
    more, none wider than the first (an extraction drops trailing empty cells); [] when
    there is none."""
    rows: list[list[str]] = []
    for line in lines[index:]:
        cells = _tab_cells(line)
        if not line.strip() or len(cells) < 2 or (rows and len(cells) > len(rows[0])):
            break
        if any(len(cell.split()) > _MAX_TAB_CELL_WORDS for cell in cells):
            return []
        rows.append(cells)
    return rows if len(rows) >= 2 else []


def _aligned_rows(lines: list[str], index: int) -> list[list[str]]:
    """The block of space-aligned rows from ``index`` on: at least three lines, each of the
    same number (two or more) of short cells two or more spaces apart, every cell starting in
    the same column as the one above it, the first at the margin, none a sentence; []
    otherwise. Prose, "key: value" lines and lists with single spaces never align so."""
    block: list[list[re.Match[str]]] = []
    for line in lines[index:]:
        if not line.strip() or _BULLET.match(line):
            break
        block.append(list(_RUN.finditer(line.expandtabs(8).rstrip())))
    if len(block) < _MIN_ALIGNED_ROWS or len(block[0]) < 2:
        return []
    starts = [m.start() for m in block[0]]
    for runs in block:
        if len(runs) != len(starts) or runs[0].start() != 0:
            return []
        if any(abs(m.start() - start) > 1 for m, start in zip(runs, starts, strict=True)):
            return []
        if any(_is_sentence_cell(m.group()) for m in runs):
            return []
    return [[m.group() for m in runs] for runs in block]


def _is_sentence_cell(cell: str) -> bool:
    words = cell.split()
    return len(words) > _MAX_ALIGNED_CELL_WORDS or (len(words) > 2 and cell.endswith("."))


def _text_table(lines: list[str], index: int) -> tuple[Table | None, int]:
    """The table whose rows (or caption line, "Table 1: …") start at ``index``, and the
    index after it; (None, index) when no table starts there."""
    caption = ""
    start = index
    if is_caption_line(lines[index].strip()):
        start = index + 1
        while start < len(lines) and not lines[start].strip():
            start += 1  # "Table 1: …", a blank line, the rows
        if start == len(lines):
            return None, index
        caption = caption_text(lines[index])
    rows = _tab_rows(lines, start) or _aligned_rows(lines, start)
    if not rows:
        return None, index
    cells = [[clean_inline(cell) for cell in row] for row in rows]
    header = cells[0] if first_row_is_header(cells[0]) else []
    table = make_table(cells[1:] if header else cells, header=header, caption=caption)
    return (table, start + len(rows)) if table is not None else (None, index)


_CONTENTS_BOX = frozenset({"on this page", "contents", "table of contents"})


def _contents_end(lines: list[str], index: int) -> int:
    """Where the page's table of contents that starts at ``index`` ends: at the blank line
    after its entries, or at a sentence or a long line. A text extraction of a whole page
    keeps the box's entries ("Epidemiology", "References", "Images:") as bare lines; read as
    the body, its "References" entry would end the article before it began."""
    entries = 0
    while index < len(lines):
        line = clean_inline(lines[index].strip())
        if not line and entries:
            break
        if len(line.split()) > _MAX_HEADING_WORDS or _SENTENCE_END.search(line):
            break
        entries += bool(line)
        index += 1
    return index


def _read_run(lines: list[str], index: int, builder: ArticleBuilder) -> int:
    """Read the block of lines from ``index`` when it is a table, a run of shares or a list
    that lost its bullets; the index after it (``index`` when it is none of these)."""
    table, end = _text_table(lines, index)
    if table is not None:
        builder.table(table)
        return end
    run = _share_run(lines, index) or _flattened_list(lines, index)
    if run:
        items = [(1, clean_inline(line.strip())) for line in lines[index : index + run]]
        builder.list_block(build_tree(items))
    return index + run


def _is_page_data(line: str) -> bool:
    """ "Last revised by … on …", "Citation, DOI, disclosures and article data": the page's
    furniture under its title. Left in the lead, it stood before the defining sentence."""
    return _PAGE_DATA.match(line) is not None


def _parse_body(lines: list[str], builder: ArticleBuilder) -> None:
    entries: list[tuple[int, str]] = []

    def flush() -> None:
        if entries:
            builder.list_block(build_tree(entries))
            entries.clear()

    skip_to = 0
    for index, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped or index < skip_to or _is_page_data(stripped):
            continue
        if stripped.lower().rstrip(":") in _CONTENTS_BOX:
            skip_to = _contents_end(lines, index + 1)
            continue
        if stripped.lower().rstrip(":") in TERMINAL_HEADINGS:
            break
        if entry := _list_entry(lines, index, entries):
            entries.append(entry)
            continue
        if entries and raw[:1].isspace():
            continue  # indented leftovers between bullets (e.g. image captions)
        flush()
        if (end := _read_run(lines, index, builder)) > index:
            skip_to = end
            continue
        if _starts_list(lines, index):
            entries.append((0, stripped))
            continue
        if level := _heading_level(lines, index):
            builder.heading(stripped, level)
            continue
        # ("stage I: … stage II: …": a list's lost line breaks, put back)
        for line in (part for e in _run_on_entries(stripped) for part in split_coded_lines(e)):
            key_value = as_key_value(clean_inline(line))
            if key_value:
                builder.key_value(*key_value)
            else:
                builder.paragraph(line)
    flush()


def _run_on_entries(line: str) -> list[str]:
    """A line of per-sequence entries run together, one entry each; else the line."""
    if not _RUN_ON_START.match(line):
        return [line]
    return [e.strip(" ;,") for e in _RUN_ON_SPLIT.split(line) if e.strip(" ;,")]


def read_text_article(text: str, path: Path) -> Article:
    """Read a plain-text article: the first non-empty line is the title.

    Raises:
        ReadError: no title or no body.
    """
    lines = text.split("\n")
    # The first line that is neither empty, nor a promotion banner ("2024 Update: …"), nor
    # the site's name or menu above a saved page ("Radiopaedia.org", "Log In  Sign Up").
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if line.strip() and not is_banner(line) and not is_site_line(line)
        ),
        0,
    )
    title = lines[start].strip().split(" | ")[0] if lines else ""
    if len(title.split()) > 15:
        title = ""
    meta = parse_metadata(text)
    builder = ArticleBuilder(path)
    # a list whose line breaks the extraction lost is given them back where its entries'
    # ends are certain, so it is read as the list it was
    body = [entry for line in lines[start + 1 :] for entry in split_glued_entries(line)]
    _parse_body(body, builder)
    provenance = Provenance(
        path=str(path),
        input_format=InputFormat.TEXT,
        url=meta.url,
        doi=meta.doi,
        rid=meta.rid,
        citation=meta.citation,
        systems=meta.systems,
        sections=meta.sections,
        retrieved=meta.retrieved,
        last_revised=meta.last_revised,
    )
    return builder.build(title=title, provenance=provenance, synonyms=meta.synonyms)
