"""Outcomes per grade or stage with the figure written BEFORE its grade ("survival of 90%
for stage I and 60% for stage II"), a grade followed by "and" that belongs to the next
figure, and measures named by a pronoun or after a verb ("They … in diameter", "contains
cysts larger than 3 mm"). Sentences invented about organs and diseases of every system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(text: str, title: str = "Chondrosarcoma") -> set[tuple[str, str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=text)
    article = Article(slug="t", title=title, sections=(Section("Prognosis", (block,)),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_figures_before_their_stages_are_each_stages() -> None:
    found = _thresholds(
        "Prognosis is good for early disease, with 5-year survival of approximately 95% for "
        "stage I and 85% for stage II, falling to around 60% for stage III and 20-30% for "
        "stage IV.",
        title="Endometrial carcinoma",
    )
    assert found == {
        ("Endometrial carcinoma", "5-year survival", "approximately 95%", "stage I"),
        ("Endometrial carcinoma", "5-year survival", "85%", "stage II"),
        ("Endometrial carcinoma", "5-year survival", "around 60%", "stage III"),
        ("Endometrial carcinoma", "5-year survival", "20-30%", "stage IV"),
    }


def test_a_share_of_each_grade() -> None:
    found = _thresholds("Local recurrence occurs in 5% of grade 1 and 20% of grade 3 lesions.")
    assert found == {
        ("Chondrosarcoma", "local recurrence", "5%", "grade 1"),
        ("Chondrosarcoma", "local recurrence", "20%", "grade 3"),
    }


def test_figures_after_their_grades_still_read_so() -> None:
    found = _thresholds("Recurrence after a grade I resection is 9%, grade II 19%.")
    assert ("Chondrosarcoma", "recurrence after resection", "19%", "grade II") in found


@pytest.mark.parametrize(
    "text",
    [
        # shares of a whole, no outcome per grade
        "Grade I tumours account for 60% and grade II for 30%.",
        # one stage only: a percentage fact, not an outcome per stage
        "Survival is 90% for stage I disease.",
    ],
)
def test_no_outcome_per_grade(text: str) -> None:
    assert _thresholds(text) == set()


@given(
    outcome=st.sampled_from(["Five-year survival", "Ten-year survival", "Local control"]),
    joiner=st.sampled_from(["is", "is about", "reaches"]),
)
def test_the_outcome_is_named_whatever_the_verb(outcome: str, joiner: str) -> None:
    found = _thresholds(f"{outcome} {joiner} 90% for grade I and 40% for grade III tumours.")
    assert {(item, value, grade) for _, item, value, grade in found} == {
        (outcome.lower(), "90%" if joiner != "is about" else "about 90%", "grade I"),
        (outcome.lower(), "40%", "grade III"),
    }


def test_a_pronoun_is_no_part_of_the_measure() -> None:
    found = _thresholds("They are usually larger than 5 cm in diameter.", title="Lipoma")
    assert found == {("Lipoma", "diameter", "larger than 5 cm", "typical")}


def test_a_verb_is_no_part_of_the_measure() -> None:
    found = _thresholds(
        "Lesions that contain nodules larger than 3 mm are suspicious for malignancy.",
        title="Breast cyst",
    )
    assert found == {
        ("Breast cyst", "nodule size", "larger than 3 mm", "are suspicious for malignancy")
    }


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Hepatoblastoma",
            "An AFP level above 500 ng/mL is highly suggestive of the diagnosis.",
            (
                "Hepatoblastoma",
                "AFP level",
                "above 500 ng/mL",
                "is highly suggestive of the diagnosis",
            ),
        ),
        (
            "Renal angiomyolipoma",
            "Macroscopic fat measuring less than -30 HU is diagnostic.",
            (
                "Renal angiomyolipoma",
                "Macroscopic fat attenuation",
                "less than -30 HU",
                "is diagnostic",
            ),
        ),
        (
            "Adrenal adenoma",
            "The lesion is usually less than 10 HU on unenhanced CT.",
            ("Adrenal adenoma", "attenuation", "less than 10 HU", "typical"),
        ),
        (
            # the relative clause is the cut-off's condition: kept in its meaning
            "Thyroid nodule",
            "Nodules larger than 1 cm that show microcalcification should be biopsied.",
            (
                "Thyroid nodule",
                "size",
                "larger than 1 cm",
                "that show microcalcification should be biopsied",
            ),
        ),
    ],
)
def test_levels_attenuation_and_conditions(
    title: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _thresholds(text, title=title)


@pytest.mark.parametrize(
    "text",
    [
        # a bare "levels" names no measure
        "Pancreatitis follows usually when levels exceed 11 mmol/L.",
        # one patient's value is no cut-off
        "Serum sodium levels were 130 mmol/L in this patient.",
        # a long circumstance holds a condition the fact would lose
        "An appendix wider than 7 mm with T2-hyperintense periappendiceal inflammation is "
        "considered positive.",
    ],
)
def test_no_cutoff_without_its_measure_or_condition(text: str) -> None:
    assert _thresholds(text, title="Acute pancreatitis") == set()


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Choledocholithiasis",
            "The common bile duct is considered dilated when it exceeds 6 mm.",
            (
                "Choledocholithiasis",
                "common bile duct diameter",
                "exceeds 6 mm",
                "is considered dilated",
            ),
        ),
        (
            "Megaureter",
            "The ureter is abnormal when wider than 7 mm.",
            ("Megaureter", "ureter width", "wider than 7 mm", "is abnormal"),
        ),
        (
            "Pelviureteric junction obstruction",
            "The renal pelvis is dilated if the AP diameter is more than 15 mm.",
            ("Pelviureteric junction obstruction", "AP diameter", "more than 15 mm", "is dilated"),
        ),
        (
            "Vesicoureteric reflux",
            "Grade 3 is defined by a ureteric diameter of more than 7 mm.",
            ("Vesicoureteric reflux", "ureteric diameter", "more than 7 mm", "grade 3"),
        ),
        (
            "Urolithiasis",
            "Stones smaller than 5 mm usually pass spontaneously.",
            ("Urolithiasis", "stone size", "smaller than 5 mm", "usually pass spontaneously"),
        ),
    ],
)
def test_states_classes_and_usual_outcomes(
    title: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _thresholds(text, title=title)


@pytest.mark.parametrize(
    "text",
    [
        # the figure is another structure's, named after "when"
        "Hydronephrosis is considered abnormal when the pelvis is more than 10 mm.",
        # "usually measure" is a size, not an outcome of the cut-off
        "Calculi smaller than 1 cm usually measure 5 mm.",
    ],
)
def test_no_state_of_another_structure(text: str) -> None:
    assert _thresholds(text, title="Hydronephrosis") == set()
