"""A bracketed share after "is rare" / "is uncommon" is the sentence subject's, not the
adjective's (extractors/share_subjects.rare_subject). Invented sentences."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _items(sentence: str) -> set[str]:
    article = Article(
        slug="fibrous-dysplasia",
        title="Fibrous dysplasia",
        sections=(Section("Complications", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {f.item for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Sarcomatous change is rare (under 1% of patients) but carries a poor outlook.",
            "Sarcomatous change",
        ),
        (
            "Pathological fracture of the femur is relatively common (about 30% of cases).",
            "Pathological fracture of the femur",
        ),
        ("It is uncommon (about 5% of patients) in adults.", "Fibrous dysplasia"),
    ],
)
def test_the_share_of_what_is_rare(sentence: str, item: str) -> None:
    assert _items(sentence) == {item}
