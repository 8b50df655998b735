"""Statement shapes read from sets O and P's wrong statements (issue 11, session 11 round 2):
a sentence about the thing set against the title, the features of another named thing, a
case's verdict on its own images, a blank the sentence or the title shows, a question with no
answer, a predicate that says only that something varies.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(body: str, title: str = "Osteochondroma") -> list[Fact]:
    text = f"# {title}\n\n## Imaging\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


def _sources(body: str, title: str = "Osteochondroma") -> list[str]:
    return [f.source.text for f in _statements(body, title)]


def _terms(sentence: str, title: str = "Achalasia") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


# --- a contrast turns to the other thing -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "By contrast, a parosteal osteosarcoma lacks corticomedullary continuity and shows "
        "dense central ossification.",
        "In contrast, a chondrosarcoma shows a cartilage cap thicker than 2 cm.",
        "By contrast, a ganglion cyst shows septations and no communication with the joint space.",
    ],
)
def test_a_contrast_about_another_thing_is_not_given_to_the_title(sentence: str) -> None:
    assert sentence not in _sources(sentence)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Medullary thyroid carcinoma",
            "Unlike papillary carcinomas, these tumours secrete calcitonin.",
        ),
        (
            "Hepatic adenoma",
            "Conversely, fewer than two liver lesions in a woman aged 40 years or older makes "
            "the disease unlikely.",
        ),
    ],
)
def test_unlike_and_conversely_keep_the_page_subject(title: str, sentence: str) -> None:
    assert sentence in _sources(sentence, title)


def test_a_contrast_whose_subject_is_the_title_stays() -> None:
    sentence = (
        "By contrast, an osteochondroma shows corticomedullary continuity with the parent bone."
    )
    assert sentence in _sources(sentence)


# --- the features that favour another thing --------------------------------------------------


def test_features_that_favour_another_thing_are_not_given_to_the_title() -> None:
    sentence = (
        "Features that favour chondrosarcoma include a cartilage cap thicker than 2 cm, "
        "cortical destruction and a soft tissue mass."
    )
    assert sentence not in _sources(sentence)


def test_features_that_favour_the_title_stay() -> None:
    sentence = (
        "Features that favour osteochondroma include corticomedullary continuity and a cartilage "
        "cap thinner than 2 cm."
    )
    # read as the title's statement, or (since session 19) as its cut-off: the cap's
    # thickness with "features that favour osteochondroma" as its meaning
    text = f"# Osteochondroma\n\n## Imaging\n\n{sentence}\n"
    kept = {f.kind for f in extract_facts(read_text(text)) if f.source.text == sentence}
    assert kept & {FactKind.STATEMENT, FactKind.THRESHOLD}


# --- a case's verdict on its own images ------------------------------------------------------


def test_a_case_verdict_naming_a_side_is_no_statement() -> None:
    sentence = (
        "The appearances are typical of a right distal femoral osteochondroma, corresponding "
        "to Enneking stage 1."
    )
    assert sentence not in _sources(sentence)


def test_a_verdict_without_a_side_stays() -> None:
    sentence = "The imaging findings are typical of a pathological fracture through the stalk."
    assert sentence in _sources(sentence)


# --- a blank the sentence or the title shows -------------------------------------------------


def test_a_plural_blank_shown_in_the_singular_earlier_is_refused() -> None:
    sentence = (
        "Exclusion of a pyogenic abscess is important because abscesses are treated by drainage."
    )
    assert "abscesses" not in _terms(sentence, title="Hepatic hydatid cyst")


def test_a_plural_blank_alone_stays() -> None:
    sentence = "Hepatic abscesses are treated by percutaneous drainage in most patients."
    assert "abscesses" in _terms(sentence, title="Hydatid cyst")


def test_a_form_of_a_title_word_is_no_blank() -> None:
    sentence = "Renal infarction results from occlusion of the renal artery."
    assert "infarction" not in _terms(sentence, title="Renal infarct")


def test_a_different_word_sharing_a_start_with_the_title_stays_a_blank() -> None:
    sentence = "Untreated infection may cause osteomyelitis of the adjacent bone."
    assert "osteomyelitis" in _terms(sentence, title="Osteoma")


# --- a question the sentence asks ------------------------------------------------------------


def test_a_blank_inside_a_whether_clause_is_refused() -> None:
    sentence = (
        "The main questions are whether the duct is dilated, whether there is a stone and "
        "whether there is acute pancreatitis."
    )
    assert "acute pancreatitis" not in _terms(sentence, title="Choledocholithiasis")
    assert "pancreatitis" not in " ".join(_terms(sentence, title="Choledocholithiasis"))


# --- weak terms, vague predicates ------------------------------------------------------------


def test_a_hedged_weak_term_is_no_statement() -> None:
    sentence = "Small osteochondromas may be asymptomatic."
    assert sentence not in _sources(sentence)


def test_a_weak_term_stated_plainly_about_the_title_stays() -> None:
    sentence = "Solitary osteochondromas are asymptomatic in childhood."
    assert sentence in _sources(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The cause differs with age.",
        "Associated pathological fractures are also readily identified.",
    ],
)
def test_a_predicate_that_says_only_that_it_varies_is_no_statement(sentence: str) -> None:
    assert sentence not in _sources(sentence)


def test_a_predicate_that_says_how_it_varies_stays() -> None:
    sentence = "The cap thickness decreases with age, to less than 2 cm in adults."
    assert sentence in _sources(sentence)


# --- an institution is no eponym; a condition word names a condition -------------------------


def test_a_society_is_no_eponym() -> None:
    sentence = (
        "The older Rome criteria required two symptoms, while the European Society criteria "
        "(2018) regard pain as essential."
    )
    assert "Society criteria" not in _terms(sentence, title="Irritable bowel syndrome")


def test_a_person_before_criteria_stays_an_eponym() -> None:
    sentence = "The Duke criteria combine blood cultures with the echocardiographic findings."
    assert "Duke criteria" in _terms(sentence, title="Infective endocarditis")


def test_a_tissue_word_ending_like_a_condition_is_not_the_subject() -> None:
    facts = _statements(
        "Ovarian fibroma is a benign sex cord tumour. The central stroma is increased in "
        "density, and fibrous stroma-rich nodules are a specific marker of fibroma.",
        title="Ovarian fibroma",
    )
    assert all(f.subject == "Ovarian fibroma" for f in facts)


# --- a judgement of worth is no blank ----------------------------------------------------------


def test_diagnostic_is_no_predicate_blank() -> None:
    sentence = (
        "Ultrasound shows the gland and its surroundings in fine detail and is often diagnostic."
    )
    assert "diagnostic" not in _terms(sentence, title="Parotitis")


# --- two places joined name which fistula ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Recurrent urinary infection may indicate a vesicovaginal fistula.",
            "vesicovaginal fistula",
        ),
        (
            "Haematemesis after aortic grafting suggests an aortoenteric fistula.",
            "aortoenteric fistula",
        ),
    ],
)
def test_a_joined_place_belongs_to_the_term(sentence: str, term: str) -> None:
    assert term in _terms(sentence, title="Pelvic radiotherapy")


def test_a_word_that_names_no_place_is_left_out() -> None:
    terms = _terms("A radiological abscess forms after surgery.", title="Crohn disease")
    assert "abscess" in terms


def test_a_condition_name_sharing_a_start_with_a_title_word_stays_a_blank() -> None:
    sentence = "MR spectroscopy of a sarcoidoma shows a prominent lipid peak."
    assert "sarcoidoma" in _terms(sentence, title="Sarcoidosis of the heart")
