"""Statement key terms of shapes read from set D's wrong and missed statements (issue 11).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_terms import general_terms
from quizgen.extractors.statements import key_terms
from quizgen.model import FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Splenic infarction") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


@pytest.mark.parametrize(
    ("sentence", "aside_term"),
    [
        ("Treatment may be supportive (for a small infarct with sarcoidosis), or surgical.",
         "sarcoidosis"),
        ("Velocities rise in the distal vessel (rather than at the origin, as with vasculitis).",
         "vasculitis"),
        ("The scale relies on imaging (as in the older Ann Arbor classification).",
         "Ann Arbor classification"),
    ],
)  # fmt: skip
def test_a_term_inside_an_aside_is_no_key_term(sentence: str, aside_term: str) -> None:
    assert aside_term not in _terms(sentence)


def test_a_term_inside_a_bracket_that_names_it_stays_a_key_term() -> None:
    # a bracket that does not open on a preposition is no aside: it names or explains
    found = _terms("Gas in the wall (pneumatosis intestinalis) signals ischaemia.")
    assert "pneumatosis intestinalis" in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The active phase produces osteitis deformans in the tibia.", "osteitis deformans"),
        ("Trauma may lead to myositis ossificans within weeks.", "myositis ossificans"),
        ("Cystic spaces in the wall mark pneumatosis intestinalis.", "pneumatosis intestinalis"),
    ],
)
def test_a_latin_adjective_after_a_condition_belongs_to_its_name(sentence: str, name: str) -> None:
    assert name in _terms(sentence)


def test_a_condition_before_an_english_word_keeps_its_own_length() -> None:
    assert "sarcoidosis" in _terms("The nodes in sarcoidosis calcify in a third of patients.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery is reserved for symptoms, not for asymptomatic radiographic disease.",
        "Screening finds the cyst in asymptomatic patients with renal failure.",
    ],
)
def test_a_weak_term_qualifying_a_noun_in_a_side_phrase_is_no_key_term(sentence: str) -> None:
    assert "asymptomatic" not in [t.lower() for t in _terms(sentence)]


def test_a_weak_term_opening_the_subject_gives_way_to_what_is_done() -> None:
    # session 24 (issue 11): "[Asymptomatic] cysts …" blanks a common word; which cysts is
    # the clue, the management the fact
    assert _terms("Asymptomatic cysts need no treatment.", title="Thyroid cyst") == ["no treatment"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Posterior tumours, compared with anterior ones, present earlier and do better.",
        "Medullary lesions, relative to cortical ones, enhance later and less intensely.",
    ],
)
def test_a_comparison_between_commas_is_no_definition(sentence: str) -> None:
    text = f"# Adrenal cortical carcinoma\n\n## Clinical\n\n{sentence}\n"
    facts = extract_facts(read_text(text))
    assert [f for f in facts if f.kind is FactKind.DEFINITION] == []


@pytest.mark.parametrize(
    ("sentence", "name", "year"),
    [
        ("The lesion was described histologically by Karl Rokitansky, a Viennese pathologist, "
         "in 1842.", "Karl Rokitansky", "1842"),
        ("The term was popularised by Harvey Smith in 1921.", "Harvey Smith", "1921"),
        ("It was first described by Sir Thomas Barlow in 1883.", "Sir Thomas Barlow", "1883"),
    ],
)  # fmt: skip
def test_who_described_it_and_when(sentence: str, name: str, year: str) -> None:
    found = [(t.text, t.type) for t in general_terms(sentence)]
    assert (name, "eponym") in found
    assert (year, "number") in found


def test_a_describer_without_a_year_is_no_key_term() -> None:
    found = [t.type for t in general_terms("The nodes were described by Hodgkin as matted.")]
    assert "eponym" not in found


@pytest.mark.parametrize(
    ("sentence", "test"),
    [
        ("Serum calcitonin should be measured before thyroid surgery.", "Serum calcitonin"),
        ("Urinary catecholamines are raised in most children.", "Urinary catecholamines"),
        ("An isolated rise in serum alkaline phosphatase is typical.",
         "serum alkaline phosphatase"),
    ],
)  # fmt: skip
def test_a_laboratory_test_named_by_its_specimen_is_a_key_term(sentence: str, test: str) -> None:
    assert (test, "lab") in [(t.text, t.type) for t in general_terms(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Serum levels fall after treatment.",
        "The plasma is then separated.",
        "Urine testing is unhelpful in children.",
    ],
)
def test_a_specimen_without_its_analyte_is_no_lab_test(sentence: str) -> None:
    assert "lab" not in [t.type for t in general_terms(sentence)]


def test_what_a_sentence_recommends_is_its_blank() -> None:
    sentence = "Oral anticoagulation (usually warfarin) is recommended for most patients."
    assert ("Oral anticoagulation", "treatment") in [
        (t.text, t.type) for t in general_terms(sentence)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Treatment is recommended for symptomatic patients only.",
        "It is advised in every case.",
    ],
)
def test_a_vague_subject_of_a_recommendation_is_no_blank(sentence: str) -> None:
    assert "treatment" not in [t.type for t in general_terms(sentence)]


@pytest.mark.parametrize(
    ("sentence", "foil"),
    [
        ("A thin septum and a fluid level favour abscess over necrotic lymphadenitis.",
         "necrotic lymphadenitis"),
        ("Renal failure comes a decade earlier than in patients with sarcoidosis.",
         "sarcoidosis"),
        ("Unlike chondrosarcoma, the lesion never breaches the cortex.", "chondrosarcoma"),
    ],
)  # fmt: skip
def test_the_foil_of_a_comparison_is_no_key_term(sentence: str, foil: str) -> None:
    assert foil not in _terms(sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("A duct wider than 3 mm suggests obstruction.", "3 mm"),
        ("The head is involved, whereas cholangitis affects the hilum.", "cholangitis"),
    ],
)
def test_a_threshold_and_the_subject_of_a_whereas_clause_stay_key_terms(
    sentence: str, term: str
) -> None:
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Corticosteroids are the treatment of choice, with relapse in a third.",
         "Corticosteroids"),
        ("Yearly MRCP surveillance is advised, together with colonoscopy in those with colitis.",
         "Yearly MRCP surveillance"),
        ("Annual MRI or ultrasound surveillance is advised, with colonoscopy if colitis.",
         "Annual MRI or ultrasound surveillance"),
    ],
)  # fmt: skip
def test_the_term_the_grammar_singles_out_is_the_one_blank(sentence: str, term: str) -> None:
    assert _terms(sentence, title="Sarcoidosis of the liver") == [term]


def test_a_figure_wins_over_the_recommended_subject() -> None:
    sentence = "Laser ablation is recommended for nodules of 2 cm or larger."
    found = [(t.text, t.type) for t in key_terms(sentence, title="Goitre")]
    assert ("2 cm", "number") in found
    assert all(kind != "treatment" for _, kind in found)
