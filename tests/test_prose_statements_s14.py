"""Statement and definition shapes read from sets E and F's wrong facts (issue 11, round 9).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Hodgkin lymphoma") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _facts(body: str, kind: FactKind, title: str = "Hodgkin lymphoma") -> list[Fact]:
    return [f for f in extract_facts(read_text(f"{title}\n\n{body}\n")) if f.kind is kind]


def _statements(body: str, title: str = "Hodgkin lymphoma") -> list[str]:
    return [f.value for f in _facts(body, FactKind.STATEMENT, title)]


# --- labels joined with their word said again -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Renal failure is found in most patients with class III and class IV disease.",
         "class III and class IV"),
        ("Thyroid cancer spreads first to level III and level IV nodes.",
         "level III and level IV"),
        ("Portal vein invasion is typical of segment II and segment III tumours.",
         "segment II and segment III"),
    ],
)  # fmt: skip
def test_labels_joined_with_their_word_again_are_one_key_term(sentence: str, label: str) -> None:
    assert label in _terms(sentence)


def test_a_label_inside_a_longer_label_is_no_repeat() -> None:
    # "type I" stands inside "type IV" as letters, not as the same label: both are blanks
    found = _terms("Corneal clouding marks type I disease, whereas type IV disease spares it.")
    assert "type I" in found
    assert "type IV" in found


def test_a_term_whose_words_show_again_is_still_no_blank() -> None:
    # "fibroadenoma" shows inside "fibroadenomas": the answer would be on the card (C4)
    found = _terms("A cyst or a fibroadenoma may enhance, but fibroadenomas rarely calcify.")
    assert "fibroadenoma" not in found


# --- whose sentence it is ---------------------------------------------------------------------


_NODES = (
    "Hilar lymphadenopathy is present in 60% of patients at diagnosis. The paratracheal nodes "
    "are the first echelon, followed by level IV and level V nodes. A paratracheal node of "
    "10 mm or more in short-axis diameter, or any node with central necrosis, is considered "
    "involved."
)


def test_a_finding_that_opens_the_paragraph_is_not_the_next_sentences_subject() -> None:
    facts = _facts(_NODES, FactKind.STATEMENT)
    about_nodes = [f for f in facts if "paratracheal node" in f.statement]
    assert len(about_nodes) == 2
    assert {f.subject for f in about_nodes} == {"Hodgkin lymphoma"}


def test_a_sentence_that_names_another_condition_keeps_it_as_subject() -> None:
    body = _NODES + " Sarcoidosis is treated with corticosteroids."
    facts = _facts(body, FactKind.STATEMENT)
    assert [f.subject for f in facts if "Sarcoidosis" in f.statement] == ["Sarcoidosis"]


# --- a "sign" named by a word of degree is no name --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Loss of the fat plane is the most specific sign of bladder wall invasion.",
        "Pleural thickening is a more sensitive sign than effusion of early mesothelioma.",
        "Periosteal reaction is the earliest sign of osteomyelitis of the tibia.",
        "Bowing of the septum is the most consistent sign of raised pressure.",
        "Septal bowing is a less consistent sign of raised pressure.",
    ],
)
def test_a_sign_named_by_a_word_of_degree_is_no_key_term(sentence: str) -> None:
    assert not any(t.endswith("sign") for t in _terms(sentence))


def test_a_named_sign_is_still_a_key_term() -> None:
    assert "halo sign" in _terms("The halo sign is seen in angioinvasive aspergillosis.")


def test_a_role_opening_on_a_capital_article_blanks_the_name_without_it() -> None:
    assert _terms("The pleural rind is the key finding.", title="Empyema") == ["pleural rind"]


# --- sentences that ask nothing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A small proportion are found incidentally.",
        "A minority are discovered incidentally.",
    ],
)
def test_a_share_without_its_figure_found_incidentally_asks_nothing(body: str) -> None:
    assert _statements(body, title="Adrenal myelolipoma") == []


def test_a_named_subject_found_incidentally_is_still_a_statement() -> None:
    body = "Splenic hamartomas are usually found incidentally."
    assert _statements(body, title="Adrenal myelolipoma") == ["found incidentally"]


@pytest.mark.parametrize(
    "body",
    [
        "A thin septum within the cyst is sometimes seen.",
        "Internal vascularity is usually demonstrable on colour Doppler.",
        "A fat plane is often visible between the mass and the bowel.",
    ],
)
def test_that_something_can_be_seen_is_no_blank(body: str) -> None:
    assert _statements(body, title="Mesenteric cyst") == []


def test_a_complement_after_an_adverb_of_frequency_is_still_a_blank() -> None:
    assert _statements("Growth is sometimes rapid.", title="Mesenteric cyst") == ["rapid"]


def test_a_sentence_that_says_again_what_was_said_is_no_statement() -> None:
    assert _statements("Again, haemorrhage is not a feature.", title="Mesenteric cyst") == []
    assert _statements("Haemorrhage is not a feature.", title="Mesenteric cyst") == ["Haemorrhage"]


# --- definitions ------------------------------------------------------------------------------


def test_a_name_opening_on_an_indefinite_article_is_defined_nowhere() -> None:
    body = (
        "A grade IV, complete transection of the duct, has been reported but is exceptional.\n\n"
        "Kerley B lines, short horizontal lines at the lung periphery, are seen in oedema."
    )
    defined = [f.item for f in _facts(body, FactKind.DEFINITION, title="Pancreatic trauma")]
    assert defined == ["Kerley B lines"]
