"""Session 28 (statement helper): a sentence that introduces a list but first names a
modality's role is read as that claim; an introduction left open, or of another shape, stays
off; a trend of finding lesions by chance is no fact; one patient's course is no statement;
treatments named by their class are blanks.
Sentences are invented here, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors.statement_intros import closed_intro
from quizgen.extractors.statements import extract_statements
from quizgen.readers import read_text


def _statements(title: str, body: str) -> dict[str, str]:
    """statement -> blanks of a one-section page."""
    article = read_text(f"# {title}\n\n{body}\n", path=Path("page.md"))
    return {f.statement: f.value for f in extract_statements(article)}


def test_a_whole_claim_before_a_list_is_a_statement() -> None:
    body = (
        "Contrast-enhanced CT is the first-line investigation and best shows "
        "retroperitoneal spread:\n\n- fluid in the anterior pararenal space\n- gas\n"
    )
    facts = _statements("Emphysematous pyelonephritis", body)
    claim = (
        "Contrast-enhanced CT is the first-line investigation and best shows "
        "retroperitoneal spread."
    )
    assert claim in facts


def test_an_open_introduction_stays_off() -> None:
    body = "The classic CT findings of the disease are:\n\n- gas in the parenchyma\n- abscess\n"
    facts = _statements("Emphysematous pyelonephritis", body)
    assert not any(s.startswith("The classic CT findings") for s in facts)


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "MRI is the most sensitive technique for marrow oedema 4:",
            "MRI is the most sensitive technique for marrow oedema.",
        ),
        (
            "Ultrasound is the first-line investigation and shows the cyst wall well:",
            "Ultrasound is the first-line investigation and shows the cyst wall well.",
        ),
    ],
)
def test_whole_claims_end_with_a_full_stop(sentence: str, read: str) -> None:
    assert closed_intro(sentence) == read


@pytest.mark.parametrize(
    "sentence",
    [
        "Typical causes of hydronephrosis include:",
        "On ultrasound, the thyroid nodule shows:",
        "Findings that favour a benign lesion are the following:",
        "For a pulsatile mass in the neck, consider:",
        "Treatment follows the Salter-Harris type 2:",  # a label's number or a citation
        "The disease affects the following organs in order:",
        "Sarcoidosis favours the upper zones.",  # no colon: nothing to read
        # whole, but the list is the fact: a scheme or a claim of another shape
        "The Bosniak classification sorts renal cysts into five categories 4:",
        "Sarcoidosis favours the upper and middle zones of the lungs:",
        "MRI is rarely needed but confirms the fat content:",
    ],
)
def test_open_introductions_are_left_as_written(sentence: str) -> None:
    assert closed_intro(sentence) == sentence


def test_a_trend_of_finding_lesions_by_chance_is_no_statement() -> None:
    facts = _statements(
        "Renal oncocytoma",
        "Renal oncocytomas are increasingly discovered incidentally on CT.\n\n"
        "Occasionally the tumour is found incidentally on imaging.\n\n"
        "Small oncocytomas are usually discovered incidentally.",
    )
    assert not any("increasingly" in s or s.startswith("Occasionally") for s in facts)
    # the plain claim, with its own subject and no trend, stays
    assert facts["Small oncocytomas are usually discovered incidentally."] == (
        "discovered incidentally"
    )


def test_a_trend_word_beside_a_named_term_keeps_the_statement() -> None:
    sentence = "Occasionally the cyst presents with obstructive jaundice."
    facts = _statements("Choledochal cyst", sentence)
    assert facts[sentence] == "obstructive jaundice"


def test_verbs_of_effect_and_course_make_a_sentence_testable() -> None:
    sentence = (
        "The resulting inflammation progresses to oedema, intramural haemorrhage "
        "and transmural necrosis."
    )
    facts = _statements("Ischaemic colitis", sentence)
    assert sentence in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "In this patient, the 4 mm step led to open reduction and fixation with two screws.",
        "At laparotomy, 30 cm of infarcted jejunum was resected.",
        "In our patient the fever settled within 72 hours on intravenous antibiotics.",
    ],
)
def test_one_patients_course_is_no_statement(sentence: str) -> None:
    assert sentence not in _statements("Mesenteric ischaemia", sentence)


def test_an_occasion_told_in_the_present_stays() -> None:
    sentence = "At surgery the torsed appendage is usually found on the right side of the colon."
    assert sentence in _statements("Epiploic appendagitis", sentence)


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("Corticosteroids are used for severe IRIS.", "Corticosteroids"),
        (
            "Stereotactic radiosurgery may be used for residual or inaccessible tumours.",
            "Stereotactic radiosurgery",
        ),
        (
            "Patients should receive antibiotic prophylaxis before dental work.",
            "antibiotic prophylaxis",
        ),
    ],
)
def test_treatments_named_by_their_class_are_blanks(sentence: str, blank: str) -> None:
    assert _statements("Vestibular schwannoma", sentence)[sentence] == blank


def test_a_list_of_treatment_classes_is_no_statement() -> None:
    sentence = "Antibiotics, corticosteroids, anticoagulation and radiosurgery are all used."
    assert sentence not in _statements("Sarcoidosis", sentence)


def test_what_failed_despite_is_no_blank() -> None:
    sentence = (
        "Persistent fever despite intravenous antibiotics should prompt a search for an abscess."
    )
    blanks = _statements("Acute pyelonephritis", sentence)[sentence]
    assert "antibiotics" not in blanks
    assert "fever" in blanks
