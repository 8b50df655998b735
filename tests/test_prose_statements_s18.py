"""Statement shapes read from set L's wrong facts and its sentences that gave no key term
(issue 11, session 10 round 1).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors.statements import key_terms


def _terms(sentence: str, title: str = "Achalasia") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


# --- an abbreviation is not repeated inside a longer lower-case word -------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # "ct" inside "suspected", "affected", "fracture": no repeat of "CT"
        ("CT is reserved for patients in whom a perforation is suspected.", "CT"),
        ("MRI is preferred when the affected nerve root must be shown before surgery.", "MRI"),
    ],
)
def test_an_abbreviation_inside_a_lower_case_word_is_no_repeat(sentence: str, term: str) -> None:
    assert term in _terms(sentence)


def test_an_abbreviation_shown_again_is_still_a_repeat() -> None:
    # "PET" inside "PET-CT": the answer would show (C4)
    assert "PET" not in _terms("PET is preferred to staging PET-CT in this disease.")


# --- a member of an example list whose members carry bracketed abbreviations -----------------


def test_bracketed_abbreviations_do_not_cut_an_example_list_into_single_members() -> None:
    sentence = (
        "Indirect procedures such as encephalomyosynangiosis (EMS), "
        "encephaloduroarteriosynangiosis (EDAS) and multiple burr holes are preferred in "
        "children."
    )
    terms = _terms(sentence, title="Cerebral vasculopathy")
    assert "encephalomyosynangiosis" not in terms
    assert "encephaloduroarteriosynangiosis" not in terms


def test_the_last_example_ends_where_its_verb_begins() -> None:
    sentence = "Measures such as embolisation (TAE) and compression garments are preferred."
    assert "embolisation" not in _terms(sentence, title="Venous malformation")


def test_one_example_before_the_clause_goes_on_stays_a_blank() -> None:
    assert "brucellosis" in _terms("Infections, such as brucellosis, can mimic it.")


def test_an_anastomosis_is_no_condition() -> None:
    sentence = "A radial artery to digital artery anastomosis restores flow in the finger."
    assert "anastomosis" not in _terms(sentence, title="Hypothenar hammer syndrome")


# --- a vocabulary word that "the" marks as already known is no blank -------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Endoscopy shows the site and cause of the obstruction and the state of the mucosa.",
        "The term is loose, since the haemorrhage is venous rather than arterial.",
    ],
)
def test_a_bare_vocabulary_word_after_the_is_no_blank(sentence: str) -> None:
    terms = [t.lower() for t in _terms(sentence, title="Pyloric stenosis")]
    assert "obstruction" not in terms
    assert "haemorrhage" not in terms


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # before another noun the word names which one: "the biopsy tract"
        ("Tumour cells can seed along the biopsy tract after sampling.", "biopsy"),
        # without "the" it is new to the sentence
        ("The commonest complication of the disease is perforation.", "perforation"),
    ],
)
def test_a_vocabulary_word_naming_which_or_new_stays_a_blank(sentence: str, term: str) -> None:
    assert term in _terms(sentence, title="Pyloric stenosis")


# --- how a treatment is given: a manner adverb of a closed set -------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Sigmoid volvulus may be treated endoscopically in frail patients.", "endoscopically"),
        ("Uncomplicated cases are managed conservatively with a splint.", "conservatively"),
        ("Retained stones can be extracted percutaneously.", "percutaneously"),
    ],
)
def test_the_manner_a_treatment_is_given_is_the_blank(sentence: str, term: str) -> None:
    assert _terms(sentence, title="Sigmoid volvulus") == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        # how well, not how: any adverb of success fits the blank
        "Most patients are treated successfully with oral antibiotics.",
        "Fractures are usually treated promptly in the elderly.",
    ],
)
def test_an_adverb_of_success_or_time_is_no_blank(sentence: str) -> None:
    assert "successfully" not in _terms(sentence)
    assert "promptly" not in _terms(sentence)
