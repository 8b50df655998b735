"""A differential list entry that joins two conditions by "and" ("lymphoma and metastases")
is two diagnoses; one whose words do not each name a condition ("head and neck lymphoma",
"A and other malignancies") stays one. Invented entries (differential._coordinated)."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _differentials(*entries: str) -> set[str]:
    items = tuple(ListItem(e) for e in entries)
    article = Article(
        slug="t",
        title="Gastric GIST",
        sections=(Section("Differential diagnosis", (Block(BlockKind.LIST, items=items),)),),
    )
    return {f.item for f in extract_facts(article) if f.kind is FactKind.DIFFERENTIAL}


def test_two_conditions_joined_by_and_are_two_diagnoses() -> None:
    found = _differentials("gastric lymphoma and metastases: multiple lesions", "leiomyoma")
    assert found == {"gastric lymphoma", "metastases", "leiomyoma"}


def test_an_entry_whose_words_are_not_each_a_condition_stays_whole() -> None:
    found = _differentials("head and neck lymphoma", "leiomyoma")
    assert found == {"head and neck lymphoma", "leiomyoma"}
