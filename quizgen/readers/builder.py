"""Collects headings and blocks from any reader and assembles one Article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from quizgen.errors import ReadError
from quizgen.model import Article, Block, BlockKind, ListItem, Provenance, Section, slugify
from quizgen.readers.cleanup import (
    clean_inline,
    is_banner,
    is_byline,
    is_chrome_heading,
    is_site_line,
    is_widget_text,
    markdown_link_texts,
    same_as_title,
)
from quizgen.readers.metadata import stated_licence
from quizgen.readers.tables import Table, table_entries

__all__ = ["ArticleBuilder", "clean_items"]


def clean_items(items: tuple[ListItem, ...]) -> tuple[ListItem, ...]:
    """Clean every item's text; drop empty leaves, lift children of empty parents."""
    cleaned: list[ListItem] = []
    for item in items:
        text = clean_inline(item.text)
        if is_widget_text(text):
            continue  # a carousel's "Drag" control, with the case titles under it
        children = clean_items(item.children)
        if text:
            cleaned.append(ListItem(text, children))
        else:
            cleaned.extend(children)
    return tuple(cleaned)


@dataclass
class _OpenSection:
    heading: str
    parents: tuple[str, ...]
    level: int
    blocks: list[Block] = field(default_factory=list)


# Furniture headings over a table of contents only (links and labels such as "Article:").
# Furniture a dump may put the lead inside: a table of contents, and the citation block whose
# labelled lines a markdown dump indents (the lead follows them, unindented, before the first
# section heading).
_NAVIGATION_HEADINGS = frozenset({"on this page", "citation, doi, disclosures and article data"})
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
MIN_PROSE_WORDS = 6


def _is_prose(text: str) -> bool:
    """A paragraph of sentences: enough words and a sentence's end."""
    return len(text.split()) >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(text))


@dataclass
class ArticleBuilder:
    """Receives the article body in reading order; page furniture sections are skipped.

    ``level`` of a heading is relative: 1 for a section, 2 for a sub-section, and so on.
    """

    path: Path
    sections: list[_OpenSection] = field(default_factory=list)
    _skip_level: int = 0  # > 0 while inside a page-furniture section of that level
    _in_navigation: bool = False  # the skipped section is a table of contents

    def __post_init__(self) -> None:
        self.sections.append(_OpenSection("", (), 0))

    def heading(self, text: str, level: int) -> None:
        """Start a section; headings such as "References" start a skipped region."""
        text = clean_inline(text).rstrip(":").strip()
        if not text:
            return
        # A furniture heading skips everything up to the next real heading (whatever its
        # level: the "On this page" box is an h2 followed by the article's h4 sections).
        if is_chrome_heading(text):
            self._skip_level = level
            self._in_navigation = text.lower() in _NAVIGATION_HEADINGS
            return
        self._skip_level = 0
        level = max(level, 1)
        parents = tuple(s.heading for s in self._stack_above(level))
        self.sections.append(_OpenSection(text, parents, level))

    def _stack_above(self, level: int) -> list[_OpenSection]:
        """The open sections that enclose a new heading of ``level``, outermost first."""
        stack: list[_OpenSection] = []
        for section in self.sections[1:]:
            while stack and stack[-1].level >= section.level:
                stack.pop()
            stack.append(section)
        return [s for s in stack if s.level < level]

    @property
    def skipping(self) -> bool:
        """True inside a page-furniture section."""
        return self._skip_level > 0

    def paragraph(self, text: str, links: tuple[str, ...] = ()) -> None:
        """Add a paragraph (ignored when empty, a promotion line, or inside page furniture).

        ``links`` are the texts of the paragraph's links; markdown links in ``text`` are
        found here. Only links whose words are still in the cleaned text are kept.
        """
        found = (*links, *markdown_link_texts(text))
        text = clean_inline(text)
        if self.skipping and self._in_navigation and _is_prose(text):
            # A table of contents holds links and labels, never sentences: a sentence after
            # it is the article's body again (a dump puts the box inside the lead).
            self._skip_level = 0
        if not text or self.skipping or (is_banner(text) and len(text.split()) <= 20):
            return
        if is_site_line(text) or is_byline(text):
            return  # "Radiopaedia.org | Articles | Cases" left in a text extraction's body
        kept = tuple(dict.fromkeys(c for c in (clean_inline(t) for t in found) if c and c in text))
        self.sections[-1].blocks.append(Block(BlockKind.PARAGRAPH, text=text, links=kept))

    def list_block(self, items: tuple[ListItem, ...]) -> None:
        """Add a (nested) list."""
        items = clean_items(items)
        if items and not self.skipping:
            self.sections[-1].blocks.append(Block(BlockKind.LIST, items=items))

    def table(self, table: Table) -> None:
        """Add a table as the list its rows make (readers/tables.py), its caption as the
        list's intro line and its footnotes as paragraphs after it."""
        if self.skipping:
            return
        entries = table_entries(table)
        if entries.intro:
            self.paragraph(entries.intro)
        self.list_block(entries.items)
        for note in entries.notes:
            self.paragraph(note)

    def key_value(self, key: str, value: str) -> None:
        """Add a standalone ``key: value`` line such as "T1: hypointense"."""
        key, value = clean_inline(key), clean_inline(value)
        if key and value and not self.skipping:
            block = Block(BlockKind.KEY_VALUE, text=f"{key}: {value}", key=key, value=value)
            self.sections[-1].blocks.append(block)

    def build(
        self,
        *,
        title: str,
        provenance: Provenance,
        synonyms: tuple[str, ...] = (),
        warnings: tuple[str, ...] = (),
    ) -> Article:
        """The finished Article.

        Raises:
            ReadError: no title, or no article body text at all.
        """
        title = clean_inline(title)
        if not title:
            raise ReadError("no article title found", path=self.path)
        lead = self.sections[0]
        # A text extraction repeats the page's title above its lead (after the site's menu):
        # that line is the title again, not the lead's first sentence.
        lead.blocks = [
            b
            for b in lead.blocks
            if not (b.kind is BlockKind.PARAGRAPH and same_as_title(b.text, title))
        ]
        sections = tuple(
            Section(s.heading, tuple(s.blocks), s.parents)
            for s in self.sections
            if s.blocks or any(o.parents[-1:] == (s.heading,) for o in self.sections if o.blocks)
        )
        if not any(section.blocks for section in sections):
            raise ReadError("no article body found (is this a saved article page?)", path=self.path)
        kept: list[str] = []
        for synonym in (clean_inline(s) for s in synonyms):
            if synonym and not same_as_title(synonym, title) and synonym not in kept:
                kept.append(synonym)
        return Article(
            slug=slugify(title) or "article",
            title=title,
            sections=sections,
            # Only what the page says: Radiopaedia's licence for Radiopaedia pages.
            provenance=replace(provenance, licence=stated_licence(provenance)),
            synonyms=tuple(kept),
            warnings=warnings,
        )
