"""Helpers shared by the prose-extraction tests: small articles built in code (not fixtures)."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.readers import read_text


def section(heading: str, *blocks: str | tuple[str, ...]) -> Section:
    """Paragraphs as strings, a list as a tuple of its items."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(ListItem(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    return Section(heading, built)


def appearances(title: str, *sections: Section) -> list[tuple[str, str, str]]:
    """(subject, sequence, finding) of every appearance fact of the article."""
    article = Article(slug="x", title=title, sections=sections)
    return [
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    ]


def clinical_facts(
    title: str,
    *paragraphs: str,
    heading: str = "Clinical presentation",
    items: tuple[str, ...] = (),
) -> list[Fact]:
    """The facts of one section of paragraphs, then a list of ``items`` if any."""
    blocks = [Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs]
    if items:
        blocks.append(Block(BlockKind.LIST, items=tuple(ListItem(i) for i in items)))
    article = Article(slug="t", title=title, sections=(Section(heading, tuple(blocks)),))
    return extract_facts(article)


def paragraph_facts(title: str, heading: str, text: str, *kinds: FactKind) -> list[Fact]:
    """The facts of ``kinds`` from one paragraph under ``heading`` of a page titled ``title``."""
    section = Section(heading, (Block(BlockKind.PARAGRAPH, text=text),))
    article = Article(slug="t", title=title, sections=(section,))
    return [f for f in extract_facts(article) if f.kind in kinds]


def page_facts(body: str, title: str, name: str = "page.md") -> list[Fact]:
    """The facts of a page read as its form reads it: a markdown page gets ``title`` as its
    heading; a plain-text page (``name`` ending in .txt) is ``body`` as it stands."""
    page = body if name.endswith(".txt") else f"# {title}\n\n{body}\n"
    return extract_facts(read_text(page, path=Path(name)))


def of_kind(kind: FactKind, facts: list[Fact]) -> list[Fact]:
    """The facts of one kind, in order."""
    return [fact for fact in facts if fact.kind is kind]
