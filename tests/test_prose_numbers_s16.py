"""Number facts found wrong on blind set I and guarded by shape (session 16): an age of a
finding, a measure or a treatment is no age of the disease, and the age of a kind of it
("The juvenile form presents …", "MEN2 is diagnosed …") is that kind's. Sentences are
invented about other organs and diseases."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _facts(*paragraphs: str, title: str, kind: FactKind) -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", blocks),))
    return [f for f in extract_facts(article) if f.kind is kind]


def _ages(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    """(subject, value) of every age fact the paragraphs give."""
    return {(f.subject, f.value) for f in _facts(*paragraphs, title=title, kind=FactKind.AGE)}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Calcification within the nodule is rare in children but favours a benign cause.",
            "Thyroid nodule",
        ),
        (
            "Perineural spread is uncommon in adults and implies a poor outcome.",
            "Adenoid cystic carcinoma",
        ),
        (
            "The latent period between infection and diagnosis is long, typically 20-30 years.",
            "Hepatocellular carcinoma",
        ),
        ("Contralateral pinning is advised in children younger than 10 years.", "Perthes disease"),
    ],
)
def test_an_age_of_a_finding_measure_or_treatment_is_no_age_of_the_disease(
    sentence: str, title: str
) -> None:
    assert _ages(sentence, title=title) == set()


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        (
            "The juvenile form usually presents between 5 and 15 years of age.",
            "Nephronophthisis",
            ("Nephronophthisis (juvenile form)", "5-15 years"),
        ),
        (
            "MEN2B is often diagnosed in childhood.",
            "Medullary thyroid carcinoma",
            ("Medullary thyroid carcinoma (MEN2B)", "childhood"),
        ),
        (
            "Type II is typically discovered in adulthood.",
            "Glycogen storage disease",
            ("Glycogen storage disease (type II)", "adulthood"),
        ),
    ],
)
def test_the_age_of_a_kind_of_the_disease_names_that_kind(
    sentence: str, title: str, expected: tuple[str, str]
) -> None:
    assert _ages(sentence, title=title) == {expected}


@pytest.mark.parametrize(
    ("sentence", "title", "value"),
    [
        ("Onset is usually between 30 and 50 years of age.", "Achalasia", "30-50 years"),
        (
            "Infants typically present between 2 and 8 weeks of age.",
            "Biliary atresia",
            "2-8 weeks of age",
        ),
        ("Usually present in young adults.", "Pilonidal sinus", "young adults"),
        ("Achalasia is rare in children.", "Achalasia", "children"),
        ("HCM is often diagnosed in adolescence.", "Hypertrophic cardiomyopathy", "adolescence"),
        ("They are rare in children.", "Achalasia", "children"),
    ],
)
def test_the_disease_its_abbreviation_a_pronoun_or_an_age_word_keeps_the_title(
    sentence: str, title: str, value: str
) -> None:
    assert (title, value) in _ages(sentence, title=title)


def test_a_kind_named_before_a_contrast_owns_no_age_after_it() -> None:
    sentence = (
        "The classic type carries the worst outcome, whereas nodular and extensive forms, "
        "which arise mainly in infants, do better."
    )
    assert _ages(sentence, title="Neuroblastoma") == set()
