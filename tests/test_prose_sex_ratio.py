"""Sex ratios stated in words: an equal distribution qualified by an adverb or shared with
ethnicity, and "predominates in men"; sex words that state no ratio give none."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _ratios(sentence: str, title: str = "Gout") -> set[tuple[str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", (block,)),))
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.SEX_RATIO
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no significant sex predilection.",
        "There is no recognised sex or ethnic predilection.",
        "It shows no known gender predominance.",
        "Gout occurs without clear sex preference.",
    ],
)
def test_no_qualified_sex_predilection_is_an_equal_ratio(sentence: str) -> None:
    assert _ratios(sentence) == {("Gout", "M:F", "1:1")}


def test_predominates_in_men_is_a_male_predominance_of_the_sentence_subject() -> None:
    assert _ratios("Tophaceous gout predominates in men.") == {
        ("Tophaceous gout", "predominance", "male")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Gout shows no sex-linked inheritance.",
        "There is no significant age predilection.",
        "Erosions predominate in the first metatarsophalangeal joint.",
    ],
)
def test_sex_words_without_a_ratio_give_none(sentence: str) -> None:
    assert _ratios(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        ("Women are affected more often than men, roughly three times as often.", ("F:M", "3:1")),
        ("Men are affected more often than women (about twice as often).", ("M:F", "2:1")),
    ],
)
def test_a_factor_in_an_aside_after_the_comparison_is_the_ratio(
    sentence: str, ratio: tuple[str, str]
) -> None:
    assert ("Gout", *ratio) in _ratios(sentence)


def test_a_comparison_without_a_factor_is_only_a_predominance() -> None:
    found = _ratios("Women are affected more often than men, and the disease is rare.")
    assert found == {("Gout", "predominance", "female")}
