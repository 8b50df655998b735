"""Ages and sex ratios whose sentence opens on a generic noun that stands for the article's
own condition ("Symptomatic disease", "These injuries"), and ratios stated after a
comparison ("Men are affected more often than women, at a ratio of 3:1"). Invented
sentences, other organs than the corpus's."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _facts(sentence: str, kind: FactKind, title: str) -> set[tuple[str, str, str]]:
    article = Article(
        slug="x",
        title=title,
        sections=(Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {(f.subject, f.attribute, f.value) for f in extract_facts(article) if f.kind is kind}


@pytest.mark.parametrize(
    ("sentence", "title", "subject"),
    [
        (
            "Symptomatic disease is most common between 40 and 70 years of age, and women are "
            "affected more often than men.",
            "Frozen shoulder",
            "Frozen shoulder (symptomatic disease)",
        ),
        (
            "Chronic disorder usually presents between 20 and 40 years of age.",
            "Pes anserine bursitis",
            "Pes anserine bursitis (chronic disorder)",
        ),
        (
            "These injuries are typically seen in children aged 8-12 years.",
            "Lateral condyle fracture",
            "Lateral condyle fracture",
        ),
    ],
)
def test_a_generic_class_noun_stands_for_the_title(sentence: str, title: str, subject: str) -> None:
    ages = _facts(sentence, FactKind.AGE, title)
    assert ages
    assert {s for s, _, _ in ages} == {subject}


def test_the_sex_ratio_of_a_generic_subject_is_the_titles() -> None:
    sentence = (
        "Symptomatic disease is most common between 40 and 70 years of age, and women are "
        "affected more often than men."
    )
    ratios = _facts(sentence, FactKind.SEX_RATIO, "Frozen shoulder")
    assert ratios == {("Frozen shoulder (symptomatic disease)", "predominance", "female")}


@pytest.mark.parametrize(
    ("sentence", "ratio"),
    [
        (
            "Men are affected more often and more severely than women, at a ratio of about 4:1.",
            ("M:F", "4:1"),
        ),
        (
            "Women are affected slightly more often than men (approximately 1.5:1).",
            ("F:M", "1.5:1"),
        ),
    ],
)
def test_a_ratio_after_the_compared_sex_is_the_predominances(
    sentence: str, ratio: tuple[str, str]
) -> None:
    ratios = _facts(sentence, FactKind.SEX_RATIO, "Gouty arthropathy")
    assert {(a, v) for _, a, v in ratios} == {ratio}


def _shares(sentence: str, title: str) -> set[tuple[str, str, str]]:
    """(subject, item or else measure, value) of each percentage."""
    article = Article(
        slug="x",
        title=title,
        sections=(Section("Clinical presentation", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {
        (f.subject, f.item or f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Almost every patient (more than 95%) presents with painless haematuria.",
            "painless haematuria",
        ),
        (
            "Nearly all children (about 90%) develop a limp within a week.",
            "develop a limp within a week",
        ),
    ],
)
def test_a_quantified_patient_is_no_item(sentence: str, item: str) -> None:
    assert _shares(sentence, "Transitional cell papilloma") == {
        ("Transitional cell papilloma", item, next(iter(_values(sentence))))
    }


def _values(sentence: str) -> list[str]:
    return [
        f.value
        for f in extract_facts(
            Article(
                slug="x",
                title="T",
                sections=(Section("S", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
            )
        )
        if f.kind is FactKind.PERCENTAGE
    ]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "After complete excision, 70-80% of patients become pain-free.",
            "become pain-free after complete excision",
        ),
        (
            "Following radiofrequency ablation, recurrence develops in up to 15% of patients.",
            "recurrence following radiofrequency ablation",
        ),
    ],
)
def test_an_opening_treatment_stays_with_the_item(sentence: str, item: str) -> None:
    assert {i for _, i, _ in _shares(sentence, "Osteoid osteoma")} == {item}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Urine cytology is positive in about 40% of patients.", "positive urine cytology"),
        ("The plain radiograph is normal in up to 30% of cases.", "normal plain radiograph"),
        (
            "Bone scintigraphy is abnormal in more than 90% of patients.",
            "abnormal bone scintigraphy",
        ),
    ],
)
def test_a_test_said_positive_or_normal_is_counted_with_its_result(
    sentence: str, item: str
) -> None:
    assert {i for _, i, _ in _shares(sentence, "Septic arthritis of the hip")} == {item}


def test_a_named_test_keeps_its_capitals_after_its_result() -> None:
    sentence = "Knee MRI is abnormal in roughly 85% of patients, and CT is normal in 20%."
    items = {i for _, i, _ in _shares(sentence, "Septic arthritis of the hip")}
    assert "abnormal knee MRI" in items


def test_a_ratio_that_later_data_overturn_is_not_kept() -> None:
    sentence = (
        "Early reports described a female predominance, but larger recent series show that "
        "the sexes are affected about equally."
    )
    ratios = _facts(sentence, FactKind.SEX_RATIO, "Plantar fibromatosis")
    assert {(a, v) for _, a, v in ratios} == {("M:F", "1:1")}


def test_a_range_before_a_mean_of_presenting_patients_is_kept() -> None:
    sentence = (
        "Most patients present between 20 and 50 years of age, with a mean of about 35 years."
    )
    article = Article(
        slug="x",
        title="Synovial chondromatosis",
        sections=(Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    ages = {(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.AGE}
    assert ages == {("typical age", "20-50 years"), ("mean age", "about 35 years")}


def test_a_pronoun_said_normal_is_no_item() -> None:
    sentence = "Plain CT is often the first test, yet it is normal in up to 25% of patients."
    assert not any("yet it" in i for _, i, _ in _shares(sentence, "Dural venous thrombosis"))
