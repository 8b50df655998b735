"""Issue 11, session 10: association shapes read from the freshest blind articles' misses.
Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _relations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def _items(title: str, *paragraphs: str, heading: str = "Clinical presentation") -> set[str]:
    return {item for _, _, item in _relations(title, *paragraphs, heading=heading)}


# --- names: an adverb of a participle, examples or a clause in parentheses ---------------


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("poorly controlled diabetes", ["poorly controlled diabetes"]),
        ("a rapidly enlarging neck mass or hoarseness", ["rapidly enlarging neck mass", "hoarseness"]),
        ("bone pain, usually worse at night", ["bone pain"]),
        ("gout (podagra, tophi and nephrolithiasis) and obesity", ["gout", "obesity"]),
        ("smoking (the risk is dose related) and alcohol", ["smoking", "alcohol"]),
    ],
)
def test_noun_phrases_keep_adverbs_of_participles_and_drop_comments(
    run: str, names: list[str]
) -> None:
    assert split_noun_phrases(run) == names


# --- presentations ---------------------------------------------------------------------


def test_a_share_of_the_patients_presents_for_the_paragraphs_condition() -> None:
    found = _relations(
        "Renal oncocytoma",
        "Most are found incidentally. Others present with flank pain, haematuria or a palpable mass.",
    )
    assert {i for s, g, i in found if s == "Renal oncocytoma"} >= {
        "flank pain",
        "haematuria",
        "palpable mass",
    }


def test_a_minority_describing_a_symptom_after_a_presentation() -> None:
    found = _items(
        "Bronchiectasis",
        "Patients usually present with chronic productive cough (often purulent, sometimes "
        "bloody), and a minority describe recurrent pleuritic chest pain.",
    )
    assert found >= {"chronic productive cough", "recurrent pleuritic chest pain"}


def test_a_named_thing_that_presents_is_not_the_share_rule() -> None:
    # "The scan" names no patients: no presentation of the title
    assert _items("Renal oncocytoma", "The scan presents with artefact.") == set()


# --- a relation that sets one member apart -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Risk factors besides obesity include diabetes, hypertension and nulliparity.",
        "Risk factors other than obesity include diabetes, hypertension and nulliparity.",
    ],
)
def test_the_member_set_apart_is_a_member_too(sentence: str) -> None:
    found = _relations("Endometrial carcinoma", sentence, heading="Epidemiology")
    assert found == {
        ("Endometrial carcinoma", "risk factors", member)
        for member in ("obesity", "diabetes", "hypertension", "nulliparity")
    }
