"""An article as a flat list of text nodes for the review page, and where each fact was read.

The page renders every node with ``textContent`` (never as HTML), so article text stays text
whatever it holds. A fact's source text is found in the node it came from: an exact match
inside its section first, then a list item whose path ("parent: child", as the list
extractors write it) equals it, then anywhere, then a node holding every one of its words.
A fact read from the title or the metadata (a synonym) has no anchor: pointing at a
sentence that merely shares some words would show the reviewer the wrong source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.model import Article, BlockKind, Fact, ListItem

__all__ = ["Anchor", "TextNode", "article_nodes", "locate_fact"]

_WORD = re.compile(r"\w+")
_LIST_PATH_SEPARATOR = ": "  # how list extractors join a nested item to its parents


@dataclass(frozen=True, slots=True)
class TextNode:
    """One line of the rendered article: a heading, a paragraph, a list item or a key line."""

    id: str
    role: str  # "title", "heading", "paragraph", "item", "key_value"
    text: str
    section: str  # the section path ("" for the lead)
    depth: int = 0  # heading level or list nesting
    path: str = ""  # list items: the parents' texts and this one joined by ": "

    def to_dict(self) -> dict[str, object]:
        """The JSON the page receives."""
        return {"id": self.id, "role": self.role, "text": self.text, "depth": self.depth}


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a fact's source text is: a node, and a character range in it (-1: whole node)."""

    node: str
    start: int = -1
    end: int = -1

    def to_dict(self) -> dict[str, object]:
        """The JSON the page receives."""
        return {"node": self.node, "start": self.start, "end": self.end}


def _items(
    items: tuple[ListItem, ...], section: str, parents: tuple[str, ...], counter: Iterator[int]
) -> Iterator[TextNode]:
    for item in items:
        path = _LIST_PATH_SEPARATOR.join((*parents, item.text))
        yield TextNode(f"n{next(counter)}", "item", item.text, section, len(parents), path)
        yield from _items(item.children, section, (*parents, item.text), counter)


def article_nodes(article: Article) -> tuple[TextNode, ...]:
    """Every line of the article in reading order, with ids the page and anchors share."""
    counter = iter(range(1_000_000))
    nodes = [TextNode(f"n{next(counter)}", "title", article.title, "")]
    for section in article.sections:
        path = section.path
        if section.heading:
            depth = len(section.parents) + 1
            nodes.append(TextNode(f"n{next(counter)}", "heading", section.heading, path, depth))
        for block in section.blocks:
            if block.kind is BlockKind.LIST:
                nodes.extend(_items(block.items, path, (), counter))
            else:
                role = "key_value" if block.kind is BlockKind.KEY_VALUE else "paragraph"
                nodes.append(TextNode(f"n{next(counter)}", role, block.text, path))
    return tuple(nodes)


def _words(text: str) -> set[str]:
    return {word.lower() for word in _WORD.findall(text)}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def locate_fact(fact: Fact, nodes: tuple[TextNode, ...]) -> Anchor | None:
    """The node (and range) holding the text the fact was read from; None if it is gone."""
    wanted = fact.source.text.strip()
    if not wanted:
        return None
    body = [node for node in nodes if node.role != "title"]
    in_section = [node for node in body if node.section == fact.source.section]
    for pool in (in_section, body):
        for node in pool:
            start = node.text.find(wanted)
            if start >= 0:
                return Anchor(node.id, start, start + len(wanted))
        for node in pool:
            if node.path and _normal(node.path) == _normal(wanted):
                return Anchor(node.id)
    for pool in (in_section, body):
        for node in pool:
            start = _normal(node.text).find(_normal(wanted))
            if start >= 0:
                return Anchor(node.id)
    return _closest(wanted, in_section or body)


def _closest(wanted: str, pool: list[TextNode]) -> Anchor | None:
    words = _words(wanted)
    if not words:
        return None
    for node in pool:
        if words <= _words(node.path or node.text):
            return Anchor(node.id)
    return None
