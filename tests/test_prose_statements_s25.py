"""Statement shapes read from sets S and T's wrong statements (issue 11, session 12 round 2):
a condition named with a Latin genitive of its organ, a subject that only counts what the
next sentences name, and a blank that points back to the sentence before.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.statements import key_terms


def _terms(sentence: str, title: str = "Achalasia") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _predicates(sentence: str) -> list[str]:
    return [t.text for t in predicate_terms(sentence)]


# --- a Latin genitive belongs to the condition's name ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Most children with fibromatosis colli present before two months of age.",
            "fibromatosis colli",
        ),
        (
            "Rupture of a mucinous cystadenoma may lead to pseudomyxoma peritonei.",
            "pseudomyxoma peritonei",
        ),
        (
            "Diffuse infiltration without a mass suggests lymphomatosis cerebri in older adults.",
            "lymphomatosis cerebri",
        ),
    ],
)
def test_a_latin_genitive_after_a_condition_is_part_of_its_blank(sentence: str, name: str) -> None:
    terms = _terms(sentence)
    assert name in terms
    assert name.split(maxsplit=1)[0] not in terms  # never the head alone, its organ left showing


def test_an_english_word_after_a_condition_stays_out_of_its_blank() -> None:
    # "after" is no genitive: the blank is the condition alone
    terms = _terms("Children with sinusitis after a viral infection rarely need imaging.")
    assert "sinusitis" in terms


# --- a subject that only counts what follows ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Two staging systems are in common use.",
        "Three pitfalls are worth remembering.",
        "Several grading schemes are in wide use.",
    ],
)
def test_a_counted_subject_that_names_nothing_gives_no_predicate_blank(sentence: str) -> None:
    assert _predicates(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Two thirds of affected infants are boys.", "boys"),
        ("Bilateral renal cysts are a feature of tuberous sclerosis.", "tuberous sclerosis"),
    ],
)
def test_a_share_or_a_named_subject_keeps_its_predicate_blank(sentence: str, blank: str) -> None:
    assert _predicates(sentence) == [blank]


# --- a blank that points back -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sonographers should report the former without implying the latter.",
        "Reports should always describe the latter.",
    ],
)
def test_former_or_latter_is_no_blank(sentence: str) -> None:
    assert _predicates(sentence) == []
