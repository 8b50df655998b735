"""Classes named after the criterion that divides them: "described by their relationship to
the wall as A, B or C", "classified according to histology into A, B and C"; "described
as" alone describes, it does not classify."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _classes(sentence: str, title: str = "Renal cyst") -> set[str]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Classification", (block,)),))
    return {
        f.item
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION and f.group == "types"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Renal cysts are described by their position relative to the kidney as cortical, "
        "parapelvic or peripelvic.",
        "Renal cysts are classified according to their location as cortical, parapelvic and "
        "peripelvic.",
        "Renal cysts are grouped on the basis of location into cortical, parapelvic and "
        "peripelvic.",
    ],
)
def test_classes_after_a_criterion_are_types(sentence: str) -> None:
    assert _classes(sentence) == {"cortical", "parapelvic", "peripelvic"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Renal cysts are described as anechoic, thin-walled and well defined.",
        "The findings were described by radiologists in 1986.",
    ],
)
def test_described_as_alone_is_no_classification(sentence: str) -> None:
    assert _classes(sentence) == set()
