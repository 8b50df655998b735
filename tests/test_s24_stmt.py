"""Statement key terms of session 24: defined abbreviations, eponymous structures without a
possessive, imaging methods, parts of the spine and brain, immune cells; and no blank on a
weak word opening the sentence or on a noun that only names a measure. Sentences invented."""

from __future__ import annotations

import pytest

from quizgen.extractors.statement_refusals import _testable
from quizgen.extractors.statements import key_terms


def _texts(sentence: str, title: str = "Glomus tumour") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Severe cases were bridged with continuous venovenous haemofiltration (CVVH).",
            "continuous venovenous haemofiltration (CVVH)",
        ),
        (
            "Outcomes improve after transjugular intrahepatic portosystemic shunt (TIPS) insertion",
            "transjugular intrahepatic portosystemic shunt (TIPS)",
        ),
        ("The stroma is rich in Rosenthal fibres.", "Rosenthal fibres"),
        ("Sections show Lewy A bodies in the nigra.", "Lewy A bodies"),
        ("The collection tracks into the pouch of Douglas.", "pouch of Douglas"),
    ],
)
def test_named_terms_are_blanks(sentence: str, expected: str) -> None:
    assert expected in _texts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # brackets that spell no initials of the words before them
        "The lesion was stable on review (MRI) at the next visit.",
        # a capital that opens the sentence, and a people, are no person's name
        "Western bands were absent in the sample.",
        "Glands of the antrum are preserved.",
    ],
)
def test_no_named_term_without_a_name(sentence: str) -> None:
    found = _texts(sentence)
    assert not any("(MRI)" in t or "Western" in t or "Glands of" in t for t in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Root avulsions are confirmed by CT myelography.", "CT myelography"),
        ("Thin ones are missed unless coronal STIR images are obtained.", "coronal STIR images"),
        ("Many are now found antenatally on obstetric ultrasound.", "obstetric ultrasound"),
        ("The swelling then tracks along the ventral nerve roots.", "ventral nerve roots"),
        ("Most deposits lie in the thoracolumbar region.", "thoracolumbar region"),
        ("The infiltrate consists mainly of CD8+ T cells.", "CD8+ T cells"),
    ],
)
def test_plain_terms_blank_sentences_that_had_none(sentence: str, expected: str) -> None:
    assert expected in _texts(sentence)


def test_plain_terms_do_not_join_a_named_blank() -> None:
    # the sentence has a figure: the spine part is no second blank beside it
    found = _texts("Most deposits lie in the thoracolumbar region within 4 cm of the cord.")
    assert "thoracolumbar region" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Asymptomatic cysts can simply be watched.",
        "Asymptomatic patients with small cysts are followed clinically.",
    ],
)
def test_weak_word_opening_the_sentence_is_no_blank(sentence: str) -> None:
    assert "Asymptomatic" not in _texts(sentence)


def test_weak_word_as_the_predicate_stays() -> None:
    assert _texts("Most people with the variant are asymptomatic.") == ["asymptomatic"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marginal resection carries a higher recurrence rate.",
        "Wide resection lowers the local recurrence rate.",
    ],
)
def test_noun_naming_a_measure_is_no_blank(sentence: str) -> None:
    assert "recurrence" not in _texts(sentence)


def test_recurrence_as_what_happens_stays() -> None:
    assert "Local recurrence" in _texts("Local recurrence is common after marginal resection.")


@pytest.mark.parametrize(
    "sentence",
    [
        # the other arm of the comparison is named before it, after a contrast
        "Bleeding is rare in the juvenile form but is more frequent in the adult form.",
        "Solitary cysts show no link with trauma, whereas multiple cysts are more common "
        "after surgery.",
    ],
)
def test_testable_sentences(sentence: str) -> None:
    assert _testable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The adult form is more often bilateral.",  # than what?
        "Pain and swelling are less frequent but may be severe.",
        "Cysts of the kidney and spleen in the elderly.",  # no verb
        "Rarely painful, unlike the juvenile cases.",
    ],
)
def test_untestable_sentences(sentence: str) -> None:
    assert not _testable(sentence)


def test_comparison_with_than_stays_testable() -> None:
    assert _testable("Fractures of the rim are more common than pure dislocations.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Fever, rash and how quickly the swelling grows are the most helpful clues.",
        "Small incidental cysts may be followed with imaging.",
        "The choice of graft depends mainly on two factors.",
        "Prompt drainage of the collection is the first priority.",
        "The cause of the cyst remains uncertain.",
        "Extension into the orbit is also well shown.",
        "Bowel function is otherwise preserved by the repair.",
        "A congenital failure of fusion is the alternative explanation.",
        "Conservative management is a reasonable option.",
    ],
)
def test_blank_that_names_no_fact_is_dropped(sentence: str) -> None:
    found = [t.lower() for t in _texts(sentence)]
    banned = (
        *("clues", "factors", "priority", "uncertain", "well shown", "otherwise", "imaging"),
        *("explanation", "option"),
    )
    assert not any(word in t for t in found for word in banned)


def test_a_noun_of_its_own_stays_a_blank() -> None:
    assert _texts("The choice of graft depends mainly on bone stock.") != []


def test_method_opening_the_sentence_keeps_its_capital_qualifier() -> None:
    assert "Sagittal STIR images" in _texts("Sagittal STIR images are best for the thin septum.")


def test_conference_criteria_name_no_person() -> None:
    found = _texts("The Lisbon Consensus Conference criteria require two major features.")
    assert "Conference criteria" not in found


def test_name_defined_as_the_subject_is_no_blank() -> None:
    found = _texts("The Modified Frailty Index (MFI) combines eleven clinical variables.")
    assert "Modified Frailty Index (MFI)" not in found


def test_method_opening_a_verb_of_showing_is_no_blank() -> None:
    # other methods show the same: which one is no fact (as for a bare modality)
    assert "Coronal STIR images" not in _texts("Coronal STIR images may show this.")


def test_method_after_a_showing_verb_with_an_article_is_no_blank() -> None:
    assert "oblique view" not in _texts("An oblique view may show it.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Surgery for an asymptomatic cyst is controversial.", "controversial"),
        ("Care of the established deficit is otherwise supportive.", "otherwise supportive"),
    ],
)
def test_judgements_that_are_facts_stay_blanks(sentence: str, expected: str) -> None:
    assert expected in _texts(sentence)


def test_weak_word_after_a_preposition_and_article_is_no_blank() -> None:
    assert "asymptomatic" not in _texts("Surgery for an asymptomatic cyst is controversial.")
