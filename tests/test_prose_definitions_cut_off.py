"""A "defined as" whose description is a cut-off ("defined as grade 3 or higher", "as at
least 4 nodules") states a threshold, not what the term is: no definition. Every sentence is
invented, about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors.definitions_cued import cued_definitions
from quizgen.model import Article, Block, BlockKind, Section


def _defined(sentence: str) -> set[tuple[str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title="Splenic injury", sections=(Section("Grading", (block,)),))
    return {(f.item, f.value) for f in cued_definitions(article)}


@pytest.mark.parametrize(
    "sentence",
    [
        "High-grade injury is usually defined as AAST grade 3 or higher.",
        "Splenomegaly is defined as more than 13 cm in craniocaudal length.",
        "Multifocal disease is defined as at least 3 separate lacerations.",
        "Massive haemoperitoneum is defined as ≥ 500 mL of free blood.",
    ],
)
def test_a_cut_off_defines_no_term(sentence: str) -> None:
    assert _defined(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A splenic cleft is defined as a smooth notch in the splenic contour.",
            ("splenic cleft", "a smooth notch in the splenic contour"),
        ),
        # a noun measured against a bound still says what the term is
        (
            "Capsular breach is defined as extension of 2 mm or more beyond the capsule.",
            ("Capsular breach", "extension of 2 mm or more beyond the capsule"),
        ),
    ],
)
def test_a_description_that_is_more_than_a_cut_off_still_defines_the_term(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _defined(sentence) == {expected}
