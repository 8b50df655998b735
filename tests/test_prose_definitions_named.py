"""Definitions of a name the writer gives to a condition or a clause: "When …, the term X is
used", "…, (the) so-called X.", "…; larger ones are called X." Every sentence is invented,
about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors.definitions_named import named_definitions
from quizgen.model import Article, Block, BlockKind, Section


def _defined(sentence: str, title: str = "Thyroglossal duct cyst") -> set[tuple[str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Pathology", (block,)),))
    return {(f.item, f.value) for f in named_definitions(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When the cyst communicates with the skin surface, the term thyroglossal fistula "
            "is used; this form is less common.",
            ("thyroglossal fistula", "the cyst communicates with the skin surface"),
        ),
        (
            "If the duct remnant contains ectopic tissue the term lingual thyroid rest is "
            "preferred.",
            ("lingual thyroid rest", "the duct remnant contains ectopic tissue"),
        ),
        (
            "When a second cyst lies below the hyoid bone, the term infrahyoid cyst "
            "(also called a low cyst) is applied.",
            ("infrahyoid cyst", "a second cyst lies below the hyoid bone"),
        ),
    ],
)
def test_the_term_used_for_a_condition_is_defined_by_it(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _defined(sentence) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Occasionally the ossicle remains attached to the tendon without displacement, "
            "so-called ossicle in situ.",
            ("ossicle in situ", "the ossicle remains attached to the tendon without displacement"),
        ),
        (
            "Cysts in the floor of the mouth may spread through a gap in the muscle, the "
            "so-called plunging form, and reach the neck.",
            (
                "plunging form",
                "Cysts in the floor of the mouth may spread through a gap in the muscle",
            ),
        ),
    ],
)
def test_a_clause_then_its_so_called_name(sentence: str, expected: tuple[str, str]) -> None:
    assert _defined(sentence) == {expected}


def test_both_clauses_that_name_what_they_describe() -> None:
    sentence = (
        "Small cysts (under 1 cm) that stay within the tongue base are termed lingual cysts; "
        "larger cysts that reach the hyoid bone are called suprahyoid cysts."
    )
    assert _defined(sentence) == {
        ("lingual cysts", "Small cysts (under 1 cm) that stay within the tongue base"),
        ("suprahyoid cysts", "larger cysts that reach the hyoid bone"),
    }
    sentence = "The cyst may become obstructed, and an infected cyst is termed a pyocele."
    assert _defined(sentence) == {("pyocele", "an infected cyst")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a pattern or a sign is the sign extractor's
        "The rim fills from the periphery inwards, the so-called target pattern.",
        # no condition: the term is said to be used, nothing defines it
        "The term thyroglossal anomaly is used loosely in the literature.",
        # the name's subject is a subordinate clause, not what the name means
        "The term is kept for large cysts; when several small cysts are present the process "
        "is called cystic change instead.",
        # a size or count cut-off is a threshold, not a definition
        "Nodules smaller than 5 mm are termed micronodules, and larger ones are followed up.",
        "Fewer than three per gland is termed sparse calcification, whereas more is dense.",
        # a pronoun says nothing of what the name means
        "The duct usually involutes, and this is termed normal regression.",
    ],
)
def test_no_definition(sentence: str) -> None:
    assert _defined(sentence) == set()
