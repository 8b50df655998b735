"""The clause resolver closes an opening phrase at a list's verb ("include")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def test_a_list_opened_by_include_is_about_the_paragraph_topic() -> None:
    """ "Risk factors include A, B and C" names no subject of its own: the resolver must
    close the opening phrase at "include", so the relation is the article's."""
    block = Block(BlockKind.PARAGRAPH, text="Risk factors include smoking, obesity and diabetes.")
    article = Article(slug="t", title="Renal oncocytoma", sections=(Section("Risk", (block,)),))
    found = {
        (f.subject, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION and f.group == "risk factors"
    }
    assert found == {
        ("Renal oncocytoma", "smoking"),
        ("Renal oncocytoma", "obesity"),
        ("Renal oncocytoma", "diabetes"),
    }
