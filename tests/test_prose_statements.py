"""Statement precision (issue 11): sentences that hold a key term but no testable fact.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(body: str, title: str = "Splenic hamartoma") -> list[Fact]:
    text = f"# {title}\n\n## Clinical presentation\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most are asymptomatic and are found incidentally on abdominal imaging.",
        "The majority are discovered incidentally during unrelated surgery.",
        "Some patients are asymptomatic and come to attention through screening.",
        "A minority present with an incidental finding on cross-sectional imaging.",
    ],
)
def test_a_share_without_its_figure_and_only_weak_terms_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Many patients are asymptomatic and come to attention through screening.",
            "asymptomatic",
        ),
        (
            "Most patients present with an incidental finding on cross-sectional imaging.",
            "incidental finding",
        ),
        ("Most hamartomas are discovered incidentally.", "discovered incidentally"),
    ],
)
def test_most_of_a_named_group_with_only_weak_terms_is_a_statement(
    sentence: str, value: str
) -> None:
    # (since session 44: what holds of most of the condition's patients or lesions is what
    # blind annotators ask for, and the noun keeps the topic on the card)
    assert [f.value for f in _statements(sentence)] == [value]


def test_weak_terms_under_a_pronoun_read_as_the_title_are_no_statement() -> None:
    assert (
        _statements("They are common, frequently asymptomatic and often found incidentally.") == []
    )


def test_weak_terms_with_a_named_subject_stay_a_statement() -> None:
    facts = _statements(
        "Splenic lesions in sickle cell disease are often asymptomatic and are found "
        "incidentally when imaging is performed for other reasons."
    )
    assert [f.value for f in facts] == ["asymptomatic | found incidentally"]


def test_a_weak_term_next_to_a_strong_one_keeps_the_sentence() -> None:
    facts = _statements("Most are asymptomatic, but large lesions may bleed into the peritoneum.")
    assert facts == []  # "bleed" is no key term: only the weak one is left
    facts = _statements("Most are asymptomatic, but large ones may undergo torsion.")
    assert [f.value for f in facts] == ["asymptomatic | torsion"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For this reason, a child with a limp and marrow oedema should have a radiograph.",
        "As a result, haemorrhage into the cyst is seen in older patients.",
        "In such cases, biopsy of the gland is needed to settle the diagnosis.",
    ],
)
def test_a_conclusion_drawn_from_the_sentence_before_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


def test_a_comparison_without_its_other_side_is_no_statement() -> None:
    assert _statements("Seizures and headaches are less frequent in older adults.") == []
    kept = _statements("Seizures are less frequent than headaches in older adults.")
    assert len(kept) == 1


def test_a_sentence_about_this_case_is_no_statement() -> None:
    body = "This case shows the typical appearance with spread to the retrocrural nodes."
    assert _statements(body, title="Case of thymoma") == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # one member of a set of plain names: blanking it asks "which of several?" (C3)
        ("MRI is useful to assess the ureter, bladder, prostate and pelvic nodes.", []),
        (
            "Rupture leads to pain, fever, tachycardia and eventually shock and necrosis.",
            ["Rupture"],
        ),
        # every member is a key term: the list is the fact
        (
            "Large cysts may cause haematuria, flank pain and hydrocephalus.",
            ["haematuria", "flank pain", "hydrocephalus"],
        ),
        (
            "Untreated, it may lead to fever, jaundice, and haemorrhage.",
            ["fever", "jaundice", "haemorrhage"],
        ),
        # commas between adjectives, and a long last clause, enumerate nothing
        (
            "New enhancement, particularly ring enhancement, suggests a higher grade and a worse "
            "outcome.",
            ["ring enhancement"],
        ),
    ],
)
def test_a_term_that_is_one_member_of_a_set_is_no_key_term(sentence: str, terms: list[str]) -> None:
    assert [t.text for t in key_terms(sentence)] == terms


def test_a_term_inside_a_concession_is_no_key_term() -> None:
    sentence = (
        "Most small cysts are left alone, although aspiration is used for painful ones; "
        "rupture causes acute pain."
    )
    assert [t.text for t in key_terms(sentence)] == ["rupture"]
    assert _statements("Pain is rare, although large ones may cause mass effect.") == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # a condition named by its ending, with the adjectives that belong to its name
        ("Pain without a fracture should raise concern for osteosarcoma.", ["osteosarcoma"]),
        (
            "In an adult, tuberculous spondylitis may destroy the disc early.",
            ["tuberculous spondylitis"],
        ),
        # a rate is a number with its unit
        ("Neonatal goitre occurs in approximately 6 per 100 000 live births.", ["6 per 100 000"]),
        # heads that name nothing alone, and words that only end like a condition
        ("The prognosis is worse for a carcinoma arising in the neck.", []),
    ],
)
def test_a_condition_and_a_rate_are_key_terms(sentence: str, terms: list[str]) -> None:
    assert [t.text for t in key_terms(sentence)] == terms


def test_the_title_in_the_plural_is_no_key_term() -> None:
    sentence = "Macroscopically, thymomas are lobulated tumours with fibrous septa."
    # the structure is the blank; the plural of the title is not
    assert [t.text for t in key_terms(sentence, title="Mediastinal thymoma")] == ["fibrous septa"]


def test_a_comparison_with_unnamed_others_is_no_statement() -> None:
    assert _statements("Some primaries more frequently cause osteosclerosis than others.") == []
    kept = _statements(
        "Prostate primaries more frequently cause osteosclerosis than breast primaries."
    )
    assert [f.value for f in kept] == ["osteosclerosis"]


def test_a_verb_that_ends_like_a_condition_is_no_key_term() -> None:
    assert key_terms("Long-standing reflux predisposes to stricture of the distal segment.") == []
