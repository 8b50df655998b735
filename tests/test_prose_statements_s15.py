"""Statement shapes read from sets G and H's wrong facts (issue 11, round 10).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable

import pytest

from quizgen.extractors.statements import key_terms
from quizgen.generators import generate
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance


def _terms(sentence: str, title: str = "Vestibular schwannoma") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


# --- a list whose members are all blanks -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        ("Calcification, haemorrhage and necrosis are all frequent.",
         ["Calcification", "haemorrhage", "necrosis"]),
        ("Small areas of necrosis or haemorrhage may be seen in the adjacent marrow.",
         ["necrosis", "haemorrhage"]),
        ("Other syndromes include Li-Fraumeni syndrome, MEN1 and Gorlin syndrome.",
         ["Li-Fraumeni syndrome", "Gorlin syndrome"]),
    ],
)  # fmt: skip
def test_members_of_one_list_are_no_blanks(sentence: str, members: list[str]) -> None:
    # each card would show the others as its only clue, and any member fits it (C3)
    found = _terms(sentence)
    assert not any(m in found for m in members), found


def test_two_clauses_joined_by_a_comma_and_keep_their_blanks() -> None:
    found = _terms(
        "Cystic areas may show fluid-fluid levels, and surrounding marrow oedema is mild."
    )
    assert found == ["fluid-fluid levels", "marrow oedema"]


def test_terms_of_two_clauses_joined_by_while_keep_their_blanks() -> None:
    found = _terms(
        "Small lesions are managed by endoscopic sphincterotomy, while larger ones need "
        "partial hepatectomy."
    )
    assert found == ["endoscopic sphincterotomy", "partial hepatectomy"]


def test_a_list_that_ended_before_a_comma_joins_no_later_term() -> None:
    found = _terms(
        "Because of the risk of haemorrhage and sudden death, surgical excision is recommended."
    )
    assert found == ["haemorrhage", "surgical excision"]


def test_an_aside_or_a_participle_inside_a_member_keeps_the_list_whole() -> None:
    found = _terms(
        "Rare forms include intravenous leiomyomatosis, benign metastasising leiomyoma "
        "(usually to the lungs) and disseminated peritoneal leiomyomatosis."
    )
    assert "peritoneal leiomyomatosis" not in found, found


def test_a_place_and_a_phrase_of_a_preposition_are_no_list() -> None:
    # ", at the …" opens a phrase of its own: two places, not two members of a set
    found = _terms("The cyst lies in the fourth ventricle, at the foramen of Magendie.")
    assert found == ["fourth ventricle", "foramen of Magendie"]


def test_a_closed_pair_keeps_its_blanks() -> None:
    # "both" closes the set: the one shown tells the other apart
    assert _terms("The tumour is resistant to both chemotherapy and radiotherapy.") == [
        "chemotherapy",
        "radiotherapy",
    ]


# --- a subject another thing shares ("also") -------------------------------------------------


def test_a_subject_followed_by_also_is_no_blank() -> None:
    assert "MRI" not in _terms("MRI also shows the extent of marrow involvement in large tumours.")
    assert "MRI" in _terms("MRI shows the extent of marrow involvement in large tumours.")


# --- complements that ask nothing ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The sonographic appearance is non-specific.",
        "In infants this process is incomplete.",
        # the subject points back to the sentence before: the card would not say what is patent
        "In infants this duct is patent.",
        "In adults the common duct is wider than the portal vein.",
    ],
)
def test_a_vague_complement_or_a_demonstrative_subject_gives_no_blank(sentence: str) -> None:
    assert _terms(sentence) == []


@pytest.mark.parametrize(("sentence", "blank"), [("Margins are ill-defined.", "ill-defined"),
                                                  ("Growth is slow.", "slow"),
                                                  ("In infants the ductus venosus is patent.",
                                                   "patent")])  # fmt: skip
def test_a_complement_that_names_a_finding_is_still_the_blank(sentence: str, blank: str) -> None:
    assert _terms(sentence) == [blank]


# --- a multi-word anatomical name is blanked whole ---------------------------------------------


def test_middle_belongs_to_the_anatomical_name() -> None:
    found = _terms("The mass extends through the foramen ovale into the middle cranial fossa.")
    assert "middle cranial fossa" in found
    assert "cranial fossa" not in found


def test_middle_alone_names_no_structure() -> None:
    assert _terms("Pus collects in the middle fossa.") == []


# --- a figure inside a sign's name ------------------------------------------------------------


def test_a_figure_inside_a_signs_name_is_no_blank_of_its_own(
    make_fact: Callable[..., Fact],
) -> None:
    text = "On a barium enema the indented colon wall produces the inverted 3 or epsilon sign."
    fact = make_fact(
        kind=FactKind.SIGN,
        item="inverted 3 or epsilon sign",
        group="",
        value="inverted 3 or epsilon sign",
        text=text,
        statement=text,
        section="Radiographic features",
    )
    entry = ArticleFacts("test-article", "Test article", Provenance(), (fact,))
    fronts = [html.unescape(n.text) for n in generate([entry], rng=random.Random(0)).notes]
    assert any("{{c1::inverted 3 or epsilon sign}}" in f for f in fronts), fronts
    assert not any("{{c1::3}}" in f for f in fronts), fronts


# --- a range of grades is one blank ------------------------------------------------------------


def test_a_who_grade_range_is_blanked_whole() -> None:
    found = _terms("Pleomorphic xanthoastrocytomas are assigned CNS WHO grade 2 or 3.", title="X")
    assert "CNS WHO grade 2 or 3" in found, found


def test_a_who_grade_before_and_a_word_stays_one_grade() -> None:
    found = _terms("Pilocytic astrocytoma is CNS WHO grade 1 and rarely progresses.", title="X")
    assert "CNS WHO grade 1" in found, found
