"""Differential diagnoses, with the finding they are for and their sub-groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import ListUnit, iter_lists, make_fact
from quizgen.model import Article, Fact, FactKind, ListItem

__all__ = ["extract_differentials"]

# "For extradural lesions consider:", "The differential diagnosis of X includes:"
_FOR_CONSIDER = re.compile(
    r"^(?:for|in)\s+(?P<subject>.+?)\s*,?\s+(?:consider|think of|the differential\b.*)", re.I
)
_DIFFERENTIAL_OF = re.compile(
    r"differential(?:\s+diagnos[ie]s)?\s+(?:of|for)\s+(?P<subject>.+?)\s+(?:includes?|is|are)\b",
    re.I,
)
_CONSIDER = re.compile(r"\b(?:consider|differential)", re.I)
_DIFFERENTIAL_HEADING = re.compile(r"differential", re.I)
# A parent that only sorts its children ("if diffuse", "when solitary") is not a diagnosis.
_CONDITION = re.compile(r"^(?:if|when|in|with|for|on)\s", re.I)
_PARENTHESES = re.compile(r"\s*\((?:see also|see)[^)]*\)", re.I)


def _subject(unit: ListUnit, article: Article) -> str:
    intro = _PARENTHESES.sub("", unit.intro).strip().rstrip(":").strip()
    match = _FOR_CONSIDER.match(intro) or _DIFFERENTIAL_OF.search(intro)
    if match:
        return match.group("subject").strip()
    if _DIFFERENTIAL_HEADING.search(unit.section.path) or _CONSIDER.search(intro):
        return article.title
    return ""


def _split_item(text: str) -> tuple[str, str]:
    """ "acquired: degenerative, infectious" → ("acquired", "degenerative, infectious")."""
    name, sep, detail = text.partition(": ")
    if sep and len(name.split()) <= 5:
        return name.strip(), detail.strip()
    return text.strip().rstrip(":"), ""


def _members(items: tuple[ListItem, ...], group: str) -> Iterator[tuple[str, str, str, str]]:
    """(item, detail, group, source line) for each diagnosis, depth-first."""
    for item in items:
        name, detail = _split_item(item.text)
        if not (item.children and _CONDITION.match(name)):
            yield name, detail, group, item.text
        if item.children:
            yield from _members(item.children, name)


def extract_differentials(article: Article) -> Iterator[Fact]:
    """One fact per diagnosis in a "for X consider:" list or a differential section."""
    for unit in iter_lists(article):
        subject = _subject(unit, article)
        if not subject:
            continue
        for name, detail, group, line in _members(unit.block.items, ""):
            yield make_fact(
                FactKind.DIFFERENTIAL,
                article,
                unit.section,
                f"{group}: {line}" if group else line,
                key=(subject, group, name),
                subject=subject,
                item=name,
                group=group,
                value=detail,
                statement=unit.intro,
            )
