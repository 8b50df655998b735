"""Helpers shared by the prose-extraction tests: small articles built in code (not fixtures)."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


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
