"""Ranks inside a subordinate clause belong to that clause's subject, and an intensifier
("the single most commonly affected bone") is no category. Invented sentences."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _ranks(sentence: str) -> set[tuple[str, str, str]]:
    article = Article(
        slug="chondrosarcoma",
        title="Chondrosarcoma",
        sections=(Section("Pathology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {(f.item, f.value, f.group) for f in extract_facts(article) if f.kind is FactKind.RANK}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chest CT is required for staging because the lungs are the commonest site of "
            "metastasis.",
            ("lungs", "most common", "site of metastasis"),
        ),
        (
            "Biopsy is planned with the surgeon since the pelvis is the most common site.",
            ("pelvis", "most common", "site"),
        ),
        (
            "The pelvis is the single most commonly affected bone.",
            ("pelvis", "most commonly affected", "bone"),
        ),
    ],
)
def test_the_rank_of_its_own_clause(sentence: str, expected: tuple[str, str, str]) -> None:
    found = _ranks(sentence)
    assert expected in found
    assert not any(item.startswith(("Chest CT", "Biopsy")) for item, _, _ in found)
    assert not any(group == "single" for _, _, group in found)


def test_a_comparative_between_commas_is_a_comment_not_a_presentation() -> None:
    article = Article(
        slug="chondrosarcoma",
        title="Chondrosarcoma",
        sections=(
            Section(
                "Clinical presentation",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Deep pain, often intermittent at first and worse at night, and a "
                        "firm swelling are typical.",
                    ),
                ),
            ),
        ),
    )
    items = {f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}
    assert "worse at night" not in items
    assert items == {"deep pain", "firm swelling"}
