"""Causes, routes of spread, risk factors and associations listed under an intro sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import iter_lists, make_fact, split_label
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_associations"]

# The relation a list holds, from its intro sentence, and a readable name for it.
_RELATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (r"\bspread\b|\broutes?\b|\bdissemination\b", "routes of spread"),
        (r"\brisk factors?\b|\bpredispos", "risk factors"),
        (r"\bcauses?\b|\baetiolog|\betiolog", "causes"),
        (r"\bassociat", "associations"),
        (r"\bcomplications?\b", "complications"),
    )
)
_PERCENT_ITEM = re.compile(r"\d\s*%")


def _relation(intro: str) -> str:
    for pattern, name in _RELATIONS:
        if pattern.search(intro):
            return name
    return ""


def extract_associations(article: Article) -> Iterator[Fact]:
    """One fact per member of a causes / spread / risk-factor / association list."""
    for unit in iter_lists(article):
        relation = _relation(unit.intro)
        if not relation or not unit.intro.rstrip().endswith(":"):
            continue
        for item in unit.block.items:
            if _PERCENT_ITEM.search(item.text):
                continue  # shares are frequencies, not associations
            name, detail = split_label(item.text)
            extra = "; ".join(child.text for child in item.children)
            detail = f"{detail} ({extra})" if detail and extra else detail or extra
            yield make_fact(
                FactKind.ASSOCIATION,
                article,
                unit.section,
                item.text,
                key=(relation, name.strip()),
                subject=article.title,
                group=relation,
                item=name.strip(),
                value=detail.strip(),
                statement=unit.intro,
            )
