"""Markdown reader: a clean markdown article, or a dump of a saved Radiopaedia page.

Dumps carry YAML front matter (which can be wrong), indented navigation junk, a metadata
block, the body at column 0, then references, a JSON blob and a footer. The dump flattens
nested lists: an empty "- " item, the parent on the next line, its first child on the line
after without a dash, later children as ordinary "- " items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.model import Article, InputFormat, Provenance
from quizgen.readers.builder import ArticleBuilder
from quizgen.readers.cleanup import TERMINAL_HEADINGS, clean_inline, is_banner, same_as_title
from quizgen.readers.lists import as_key_value, build_tree, looks_like_item, shape_of
from quizgen.readers.metadata import LABEL, PageMetadata, parse_metadata
from quizgen.readers.tables import Table, caption_text, is_caption_line, make_table

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

__all__ = ["read_markdown"]

_FRONT_MATTER = re.compile(r"\A\s*---\n(.*?)\n---[ \t]*\n", re.S)
_FRONT_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.M)
_HEADING = re.compile(r"^(\s{0,3})(#{1,6})(?:\s+(.*?))?\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])(?:\s+(.*))?$")
# A pipe table's delimiter row: "|---|:--:|", "--- | ---" (GFM).
_TABLE_DELIMITER = re.compile(
    r"^\s{0,3}\|?\s{0,8}:?-{1,200}:?\s{0,8}(?:\|\s{0,8}:?-{1,200}:?\s{0,8}){1,40}\|?\s*$"
)
_PAGE_TITLE = re.compile(
    r"^[ \t]{0,20}(\S.{0,300}?)\s{0,3}\|\s{0,3}Radiology Reference Article", re.M
)


@dataclass
class _ListState:
    """Entries of the list being read, and where the dump's flattened nesting stands."""

    entries: list[tuple[int, str]] = field(default_factory=list)
    pending: str = ""  # "parent" after an empty item, "first_child" after its parent
    pending_depth: int = 0
    parent_shape: str = ""  # shape of the current dump parent ("" when none)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {k.lower(): v.strip("'\" ") for k, v in _FRONT_FIELD.findall(match.group(1))}
    return fields, text[match.end() :]


def _find_title(lines: list[str]) -> tuple[str, int]:
    """The h1 text and the index of the line after it; ("", 0) when there is no h1."""
    for index, line in enumerate(lines):
        match = _HEADING.match(line.lstrip()) if line.lstrip().startswith("#") else None
        if match and len(match.group(2)) == 1:
            title = (match.group(3) or "").strip()
            if is_banner(title):
                continue  # "# FREE OFFER ENDS TODAY!" above the article's own h1
            if title:
                return title, index + 1
            for offset, following in enumerate(lines[index + 1 : index + 6], start=1):
                if following.strip():
                    return following.strip(), index + 1 + offset
    return "", 0


_SECTION_HEADING = re.compile(r"#{2,6}\s*\S")


def _body_start(lines: list[str], after_title: int) -> int:
    """First unindented, non-empty line after the title and its metadata block: the dump
    indents all page chrome."""
    labels = [
        i
        for i in range(after_title, len(lines))
        if lines[i][:1].isspace() and ":" in lines[i] and LABEL.match(lines[i])
    ]
    first_heading = next(
        (i for i in range(after_title, len(lines)) if _SECTION_HEADING.match(lines[i])),
        len(lines),
    )
    labels = [i for i in labels if i < first_heading]
    start = labels[-1] + 1 if labels else after_title
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip() and not line[0].isspace():
            return index
    return after_title


class _BodyParser:
    """Feeds body lines to an ArticleBuilder, recovering the dump's list nesting."""

    def __init__(self, builder: ArticleBuilder) -> None:
        self.builder = builder
        self.list = _ListState()
        self.paragraph: list[str] = []
        self.caption = ""  # a "Table 1: …" line waiting for its table

    def flush_paragraph(self) -> None:
        if len(self.paragraph) == 1 and is_caption_line(self.paragraph[0].strip()):
            # "Table 1: …" over a blank line: the caption of the table below, if one follows
            self.release_caption()
            self.caption, self.paragraph = self.paragraph[0], []
        self._emit_paragraph()

    def _emit_paragraph(self) -> None:
        if self.paragraph:
            text = " ".join(part.strip() for part in self.paragraph)
            key_value = as_key_value(clean_inline(text))
            if key_value and len(self.paragraph) == 1:
                self.builder.key_value(*key_value)
            else:
                self.builder.paragraph(text)
            self.paragraph = []

    def flush_list(self) -> None:
        if self.list.entries:
            self.builder.list_block(build_tree(self.list.entries))
        self.list = _ListState()

    def flush(self) -> None:
        self.flush_paragraph()
        self.flush_list()

    def take_caption(self) -> str:
        """The caption line ("Table 1: …") just read, for the table that starts here."""
        self.flush_paragraph()
        caption, self.caption = self.caption, ""
        return caption

    def release_caption(self) -> None:
        """A caption line that no table followed is a paragraph after all."""
        if self.caption:
            self.paragraph, self.caption = [self.caption], ""
            self._emit_paragraph()

    def bullet(self, depth: int, text: str) -> None:
        self.flush_paragraph()
        state = self.list
        if not text:
            state.pending, state.pending_depth, state.parent_shape = "parent", depth, ""
            return
        cleaned = clean_inline(text)
        if state.parent_shape:
            # Inside a recovered parent: an item shaped like the parent ("x (5%)" after
            # "y (94%)") is its sibling; anything else is one more child.
            if state.parent_shape != "plain" and shape_of(cleaned) == state.parent_shape:
                state.parent_shape = ""
                state.entries.append((state.pending_depth, cleaned))
                return
            state.entries.append((state.pending_depth + 1, cleaned))
            return
        state.pending = ""
        state.entries.append((depth, cleaned))

    def plain(self, line: str) -> bool:
        """Handle a line without a dash; False when it ends the list."""
        state = self.list
        cleaned = clean_inline(line)
        if state.pending == "parent":
            state.entries.append((state.pending_depth, cleaned))
            state.pending, state.parent_shape = "first_child", shape_of(cleaned)
            return True
        if state.pending == "first_child" and looks_like_item(cleaned):
            state.entries.append((state.pending_depth + 1, cleaned))
            state.pending = ""
            return True
        return False

    def line(self, raw: str) -> None:
        if not raw.strip():
            self.flush_paragraph()
            return
        self.release_caption()
        bullet = _BULLET.match(raw)
        if bullet and not raw.lstrip().startswith("**"):
            depth = len(bullet.group(1).expandtabs(4)) // 2
            self.bullet(depth, (bullet.group(2) or "").strip())
            return
        if self.list.entries or self.list.pending:
            if self.plain(raw):
                return
            self.flush_list()
        self.paragraph.append(raw)


# A page's table of contents left as plain lines (no heading): "On this page:", then short
# labels ("Article:", "Images:") over lists of in-page links ("- [Pathology](#nav_pathology)").
_NAVIGATION_OPENER = re.compile(r"^(?:\*\*)?On this page:?(?:\*\*)?$", re.I)
_NAVIGATION_LABEL = re.compile(r"^(?:\*\*)?[A-Z][\w ]{0,30}:(?:\*\*)?$")
_ANCHOR_ITEM = re.compile(r"^\s{0,8}[-*+]\s{1,4}\[[^\]]{1,80}\]\(#[^)\s]{0,120}\)\s*$")
MAX_LABEL_WORDS = 3
_EMPTY_ITEM = re.compile(r"^[-*+]$")


def _navigation_end(lines: list[str], index: int) -> int:
    """Where the table of contents opening at ``lines[index]`` ends (``index`` when none
    opens there): its opener, then blank lines, labels and in-page link items only. A label
    must be followed by a link item, so that no body line ("Consider:") is taken for one."""
    if not _NAVIGATION_OPENER.match(lines[index].strip()):
        return index
    end = index + 1
    while end < len(lines):
        line = lines[end].strip()
        if not line or _ANCHOR_ITEM.match(lines[end]) or _EMPTY_ITEM.match(line):
            end += 1  # ("- " alone: the box's entries lost in the dump, its bullet left)
        elif _NAVIGATION_LABEL.match(line) and len(line.split()) <= MAX_LABEL_WORDS:
            after = next((n for n in lines[end + 1 :] if n.strip()), "")
            if not _ANCHOR_ITEM.match(after):
                break
            end += 1
        else:
            break
    return end


def _table_end(lines: list[str], index: int) -> int:
    """Where the pipe table whose header row is ``lines[index]`` ends (``index`` when no
    table starts there): a header row with a pipe, a delimiter row, then rows with pipes."""
    if "|" not in lines[index] or index + 1 >= len(lines):
        return index
    if not _TABLE_DELIMITER.match(lines[index + 1]):
        return index
    end = index + 2
    while end < len(lines) and lines[end].strip() and "|" in lines[end]:
        end += 1
    return end


@cache
def _pipe_table_parser() -> MarkdownIt:
    """markdown-it-py with its GFM table rule, imported at the first table (44 ms): most
    articles have none."""
    from markdown_it import MarkdownIt  # noqa: PLC0415

    return MarkdownIt("commonmark", {"html": False}).enable("table")


def _pipe_table(lines: list[str], caption: str) -> Table | None:
    """A pipe table read by markdown-it-py's GFM table rule (escaped pipes, alignment, rows
    shorter or longer than the header); each cell cleaned as inline text."""
    rows: list[list[str]] = []
    for token in _pipe_table_parser().parse("\n".join(lines)):
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(clean_inline(token.content))
    if not rows:
        return None
    return make_table(rows[1:], header=rows[0], caption=caption)


def _heading_text(lines: list[str], index: int, inline: str) -> tuple[str, int]:
    """Heading text, which a dump may put on the line after the hashes."""
    if inline:
        return inline, index + 1
    for offset in range(1, 4):
        if index + offset < len(lines) and lines[index + offset].strip():
            return lines[index + offset].strip(), index + offset + 1
    return "", index + 1


def _parse_body(lines: list[str], builder: ArticleBuilder) -> None:
    parser = _BodyParser(builder)
    index = 0
    top_level = 0
    while index < len(lines):
        raw = lines[index].rstrip()
        stripped = raw.strip()
        heading = _HEADING.match(stripped) if stripped.startswith("#") else None
        if heading:
            text, index = _heading_text(lines, index, (heading.group(3) or "").strip())
            parser.flush()
            parser.release_caption()
            plain = clean_inline(text).rstrip(":").lower()
            if plain in TERMINAL_HEADINGS:
                return
            level = len(heading.group(2))
            top_level = top_level or level
            builder.heading(text, max(1, level - top_level + 1))
            continue
        if stripped.startswith("{") and (stripped.endswith("}") or len(stripped) > 200):
            index += 1  # embedded JSON data, not text
            continue
        if raw[:1].isspace() and not _BULLET.match(raw) and not parser.list.pending:
            if clean_inline(stripped).rstrip(":").lower() in TERMINAL_HEADINGS:
                break  # "        References" left as an indented plain line: the body ends
            index += 1  # indented page chrome between body blocks
            continue
        if (end := _navigation_end(lines, index)) > index:
            parser.flush()
            index = end
            continue
        if (end := _table_end(lines, index)) > index:
            caption = parser.take_caption()
            parser.flush()
            if (table := _pipe_table(lines[index:end], caption_text(caption))) is not None:
                builder.table(table)
            index = end
            continue
        parser.line(raw)
        index += 1
    parser.flush()
    parser.release_caption()


def _warnings(front: dict[str, str], meta: PageMetadata, title: str) -> tuple[str, ...]:
    """Front matter that contradicts the article itself (the article wins)."""
    found: list[str] = []
    # "Haemophilic arthropathy | Radiology Reference Article": the site's part is no title's
    fm_title = front.get("title", "").split(" | ")[0].replace("-", " ")
    if fm_title and title and not same_as_title(fm_title, title):
        found.append(f"front matter title {front['title']!r} differs from the article's {title!r}")
    listed = {s.lower() for s in (*meta.systems, *meta.sections)}
    for key in ("system", "category"):
        claimed = front.get(key, "")
        if claimed and listed and not any(claimed.lower() in item for item in listed):
            found.append(
                f"front matter says {key} {claimed!r} but the article lists "
                f"{', '.join((*meta.systems, *meta.sections))}; using the article's"
            )
    return tuple(found)


def read_markdown(text: str, path: Path) -> Article:
    """Read a markdown article or page dump.

    Raises:
        ReadError: no title or no body.
    """
    front, rest = _front_matter(text)
    lines = rest.split("\n")
    title, after_title = _find_title(lines)
    if not title:
        page_title = _PAGE_TITLE.search(rest)
        title = page_title.group(1) if page_title else front.get("title", "").replace("-", " ")
        title = title[:1].upper() + title[1:]
    meta = parse_metadata(rest)
    builder = ArticleBuilder(path)
    _parse_body(lines[_body_start(lines, after_title) :], builder)
    provenance = Provenance(
        path=str(path),
        input_format=InputFormat.MARKDOWN,
        url=meta.url or front.get("url", "") or front.get("source_url", ""),
        doi=meta.doi,
        rid=meta.rid,
        citation=meta.citation,
        systems=meta.systems,
        sections=meta.sections,
        retrieved=meta.retrieved,
        last_revised=meta.last_revised,
    )
    return builder.build(
        title=title,
        provenance=provenance,
        synonyms=meta.synonyms,
        warnings=_warnings(front, meta, clean_inline(title)),
    )
