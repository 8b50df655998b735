"""Cut-offs, sizes and per-grade outcomes stated in prose (threshold facts): the measure,
the cut-off as written and what it means; shares of patients, ages and bare criteria sizes
are not cut-offs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.cutoffs import extract_cutoffs
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _article(*paragraphs: str, title: str = "Test lesion") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="test-lesion", title=title, sections=(Section("Diagnosis", blocks),))


def _cutoffs(*paragraphs: str) -> set[tuple[str, str, str]]:
    """(measure, cut-off, meaning) of every threshold fact."""
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(_article(*paragraphs))
        if f.kind is FactKind.THRESHOLD
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tumours larger than 4 cm carry a risk of haemorrhage.",
            ("size", "larger than 4 cm", "carry a risk of haemorrhage"),
        ),
        (
            "A tumour > 4 cm is usually resected.",
            ("size", "> 4 cm", "is usually resected"),
        ),
        (
            "A lesion less than 2 mm from the articular surface suggests a subchondral fracture.",
            (
                "distance from the articular surface",
                "less than 2 mm",
                "suggests a subchondral fracture",
            ),
        ),
        ("The nidus is usually < 1.5 cm.", ("nidus size", "< 1.5 cm", "typical")),
        (
            "An ADC below 1.0 × 10⁻³ mm²/s suggests a hypercellular tumour.",
            ("ADC", "below 1.0 × 10⁻³ mm²/s", "suggests a hypercellular tumour"),
        ),
        (
            "Spectroscopy shows an alanine peak at 1.48 ppm.",
            ("alanine peak", "1.48 ppm", "MR spectroscopy"),
        ),
        (
            "The Wells score is widely used. A score of 7 or more warrants CT angiography.",
            ("Wells score", "7 or more", "warrants CT angiography"),
        ),
        (
            "Absolute washout greater than 60% indicates an adrenal adenoma.",
            ("Absolute washout", "greater than 60%", "indicates an adrenal adenoma"),
        ),
        (
            "A thyroid nodule with a wall thickness over 3 mm is abnormal.",
            ("wall thickness", "over 3 mm", "is abnormal"),
        ),
        (
            "A main pulmonary artery diameter >29 mm, suggesting pulmonary hypertension.",
            ("pulmonary artery diameter", ">29 mm", "suggesting pulmonary hypertension"),
        ),
    ],
)
def test_cutoffs_in_prose(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _cutoffs(sentence) == {expected}


def test_one_fact_per_grade() -> None:
    found = _cutoffs("Recurrence after a grade I resection is 9%, grade II 19% and grade III 29%.")
    assert found == {
        ("recurrence after resection", "9%", "grade I"),
        ("recurrence after resection", "19%", "grade II"),
        ("recurrence after resection", "29%", "grade III"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 50% of patients are older than 60 years.",  # a share and an age
        "Patients were followed for more than 5 years.",
        "Symptoms last less than 2 weeks in most cases.",
        "Up to 3 tumours, each ≤3 cm, or",  # a criteria list line: nothing on its own
        "A score of 7 or more warrants surgery.",  # which score? none named
        "CT showed a mass measuring 4 x 3 cm.",  # a case's size, not a cut-off
        "Grade I tumours are the commonest.",  # one grade, no outcome per grade
        "Recurrence after a grade I resection is 9%.",  # one grade: a percentage fact
        "An ADC below 1.0 × 10⁻³ mm²/s is common. A score of 2 or more is typical.",
    ],
)
def test_no_cutoff(sentence: str) -> None:
    assert _cutoffs(sentence) == set()


@given(st.text(alphabet="0123456789 .,-%<>x×cmgrade", max_size=2000))
def test_long_runs_of_digits_and_spaces_are_no_cutoff(text: str) -> None:
    facts = list(extract_cutoffs(_article(text)))
    assert all(f.subject.strip() for f in facts)


@pytest.mark.parametrize(
    "phrase",
    ["larger than 4 cm", "> 4 cm", "greater than 4 cm", "over 4 cm", "4 cm or larger"],
)
def test_phrasings_of_one_cutoff_give_the_same_subject(phrase: str) -> None:
    (found,) = _cutoffs(f"Cysts {phrase} warrant aspiration.")
    assert (found[0], found[2]) == ("cyst size", "warrant aspiration")


def test_the_article_lesion_is_a_lesion_whose_size_counts() -> None:
    article = _article(
        "Angiomyolipomas larger than 4 cm carry a risk of haemorrhage.",
        title="Renal angiomyolipoma",
    )
    (fact,) = extract_cutoffs(article)
    assert (fact.subject, fact.item, fact.value) == (
        "Renal angiomyolipoma",
        "size",
        "larger than 4 cm",
    )
