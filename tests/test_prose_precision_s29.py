"""Precision of statements and signs (session 16 helper): sentences that only say a list is
long, that two tests are complementary or that a heading is simple; a sign whose sentence
raises another condition; a plain word in brackets that glosses an adjective; a blank that
would hide half of a name. Every sentence is invented, about other organs."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.extractors import extract_facts
from quizgen.extractors.named_findings import named_findings
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(body: str, title: str = "Thyroid lymphoma") -> list[Fact]:
    text = f"# {title}\n\n## Imaging\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bone windows show the scalloping described above.",
        "The symptoms differ between the two age groups.",
        "Nodular goitre has a broad differential.",
        "The differential is wide.",
        "Ultrasound and scintigraphy are complementary.",
        "Individual glands have their own signs.",
        "Follow-up follows standard endocrine guidelines.",
        "Epidemiology is straightforward.",
        "Symptoms depend on location and size.",
        "Others include tracheal obstruction and dysphagia.",
    ],
)
def test_a_sentence_that_says_nothing_to_ask_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the same shapes saying what: kept
        "Bone windows show the remodelling described by Cushing in 1912.",
        # (with "nodules under 1 cm" the sentence gives a size cut-off since session 23)
        "Ultrasound is more sensitive than scintigraphy for small nodules.",
        "The isthmus may have its own blood supply from the thyroidea ima artery.",
        "Follow-up follows the Bethesda system for nodules with indeterminate cytology.",
        "Symptoms depend on the degree of tracheal obstruction by the enlarged gland.",
    ],
)
def test_a_sentence_that_says_what_stays(sentence: str) -> None:
    assert len(_statements(sentence)) == 1


def _signs(sentence: str) -> list[tuple[str, str]]:
    facts = paragraph_facts("Septic pulmonary emboli", "CT", sentence, FactKind.SIGN)
    return [(f.subject, f.item) for f in facts]


def test_a_sign_that_should_raise_another_condition_is_that_condition_s() -> None:
    sentence = (
        "The feeding vessel sign, a vessel running into a peripheral nodule, is less specific "
        "and should raise the possibility of pulmonary infarction."
    )
    assert _signs(sentence) == [("pulmonary infarction", "feeding vessel sign")]
    # without the verb of suspicion the sign is the paragraph's
    assert _signs("The feeding vessel sign, a vessel running into a nodule, is common.") == [
        ("Septic pulmonary emboli", "feeding vessel sign")
    ]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in named_findings(text)]


def test_a_plain_word_in_brackets_after_an_adjective_is_no_sign() -> None:
    assert _names('Radiographs show transient, migratory ("wandering") opacities.') == []
    assert _names('The nodules are fine and granular ("dusty") on CT.') == []
    assert _names('The mass becomes inconspicuous ("fading") after contrast.') == []


def test_a_name_in_brackets_stays_a_sign() -> None:
    # a noun after an adjective names the look; a word after a noun may name it too
    assert _names('The ducts are irregular ("corkscrew") in fibrosis.') == ["corkscrew"]
    assert _names('Deposits are lytic and expansile ("blow-out").') == ["blow-out"]
    assert _names('Enthesitis gives fluffy new bone ("whiskering").') == ["whiskering"]


def _blanks(sentence: str) -> list[str]:
    return [f.value for f in _statements(sentence, title="Left atrial myxoma")]


def test_a_blank_takes_the_adjective_that_makes_it_another_name() -> None:
    assert _blanks("Emboli from the tumour can cause cerebral infarction.") == [
        "cerebral infarction"
    ]
    assert _blanks("Intratumoral haemorrhage may cause sudden deterioration.") == [
        "Intratumoral haemorrhage"
    ]


def test_a_blank_leaves_an_adjective_of_degree_or_frequency_out() -> None:
    assert _blanks("Occasional calcification is seen in older tumours.") == ["calcification"]
    assert _blanks("Extensive calcification is seen in older tumours.") == ["calcification"]


def _entry_signs(*entries: str) -> list[tuple[str, str]]:
    items = "".join(f"- {entry}\n" for entry in entries)
    text = f"# Asbestos-related pleural disease\n\n## Imaging\n\nOther findings include:\n\n{items}"
    facts = extract_facts(read_text(text))
    return [(f.subject, f.item) for f in facts if f.kind is FactKind.SIGN]


def test_a_sign_after_a_named_thing_and_with_the_is_that_thing_s() -> None:
    assert _entry_signs("folded lung, with the comet tail sign") == [
        ("folded lung", "comet tail sign")
    ]
    assert _entry_signs("Folded lung, with the comet tail sign, mimics a tumour.") == [
        ("Folded lung", "comet tail sign")
    ]


def test_a_sign_after_a_clause_or_a_test_and_with_the_stays_the_page_s() -> None:
    assert _entry_signs("plaques are calcified, with the holly leaf sign") == [
        ("Asbestos-related pleural disease", "holly leaf sign")
    ]
    assert _entry_signs("CT, with the holly leaf sign") == [
        ("Asbestos-related pleural disease", "holly leaf sign")
    ]


def _definitions(body: str) -> list[tuple[str, str]]:
    text = f"# Esthesioneuroblastoma\n\n## Imaging\n\n{body}\n"
    facts = extract_facts(read_text(text))
    return [(f.subject, f.value) for f in facts if f.kind is FactKind.DEFINITION]


def test_an_apposition_of_two_bare_forms_or_after_its_is_no_definition() -> None:
    assert _definitions("Ossification, nodular or linear, is seen on CT in some tumours.") == []
    assert (
        _definitions("Its usual shape, an hourglass mass across the skull base, is typical.") == []
    )
    # a noun phrase in apposition to a name defines it
    assert _definitions("Hyams grading, a four-tier histological system, is widely used.") == [
        ("Hyams grading", "a four-tier histological system")
    ]


def test_a_long_description_before_with_the_names_no_owner() -> None:
    facts = _entry_signs(
        'columns of small round cells lined by thin septa, with "floating nuclei" between them'
    )
    assert all(subject == "Asbestos-related pleural disease" for subject, _ in facts)


def test_a_finding_before_with_the_names_no_owner() -> None:
    text = (
        "# Congenital syphilis\n\n## Imaging\n\n"
        "The presenting sign of bowing, with the so-called saber shin, is late.\n"
    )
    facts = extract_facts(read_text(text))
    signs = [(f.subject, f.item) for f in facts if f.kind is FactKind.SIGN]
    assert ("presenting sign of bowing", "saber shin") not in signs
