"""Definitions of a name given under a condition ("When …, the gland is termed X"), named
first ("X is the term used when …"), or after a description with an aside ("A, causing B,
is known as X"); and a first clause "… is known as X, while …". Every sentence is invented,
about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors.definitions_conditioned import conditioned_definitions
from quizgen.extractors.definitions_named import named_definitions
from quizgen.extractors.terms import extract_definition
from quizgen.model import Article, Block, BlockKind, Section


def _article(sentence: str, title: str = "Parotid tumour") -> Article:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    return Article(slug="t", title=title, sections=(Section("Pathology", (block,)),))


def _defined(sentence: str) -> set[tuple[str, str]]:
    return {(f.item, f.value) for f in conditioned_definitions(_article(sentence))}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "When lymphoid stroma is abundant, the tumour is termed a cystadenolymphoma.",
            ("cystadenolymphoma", "lymphoid stroma is abundant"),
        ),
        (
            "Most glands recover; when many small abscesses coalesce within the gland the "
            "process is called suppurative sialadenitis instead.",
            ("suppurative sialadenitis", "many small abscesses coalesce within the gland"),
        ),
        (
            "Hybrid adenoma is the term used when two distinct epithelial components are present.",
            ("Hybrid adenoma", "two distinct epithelial components are present"),
        ),
        (
            "Obstruction of the main duct by a calculus, causing meal-time swelling, is known "
            "as salivary colic.",
            (
                "salivary colic",
                "Obstruction of the main duct by a calculus, causing meal-time swelling",
            ),
        ),
        (
            "Tumours with both acinar and ductal cells, including a myoepithelial layer, are "
            "termed biphasic tumours.",
            (
                "biphasic tumours",
                "Tumours with both acinar and ductal cells, including a myoepithelial layer",
            ),
        ),
    ],
)
def test_a_name_given_under_a_condition_is_defined_by_it(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in _defined(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition with no name given: a statement
        "When the duct is obstructed, the gland is usually enlarged and tender.",
        # a pronoun describes nothing
        "When it is large, this is called a plunging ranula pattern.",
        # an aside that is no participle: two clauses, not one description
        "The gland is enlarged, the duct is dilated, and this is known as sialectasis.",
        # "the term used" with nothing after it
        "Sialosis is the term used.",
    ],
)
def test_no_definition_without_a_conditioned_name(sentence: str) -> None:
    assert _defined(sentence) == set()


def test_a_first_clause_known_as_before_while_defines_its_name() -> None:
    sentence = (
        "The association of parotid swelling with dry eyes in a connective tissue disease is "
        "known as Mikulicz syndrome, while bilateral swelling alone is termed sialosis."
    )
    found = {(f.item, f.value) for f in named_definitions(_article(sentence))}
    assert (
        "Mikulicz syndrome",
        "The association of parotid swelling with dry eyes in a connective tissue disease",
    ) in found


def test_the_definition_extractor_reads_a_conditioned_name() -> None:
    article = _article(
        "When lymphoid stroma is abundant, the tumour is termed a cystadenolymphoma."
    )
    found = {(f.item, f.value) for f in extract_definition(article)}
    assert ("cystadenolymphoma", "lymphoid stroma is abundant") in found
