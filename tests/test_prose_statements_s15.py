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
