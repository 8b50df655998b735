"""Issue 11, round 7: a sign that is the object of "gives", "produces", "causes" is a sign of
the clause's own subject when that subject is a part, phase or process of the disease
("involvement of the mandible gives the Lincoln sign"), not of the article's title; a
subject that only describes the look (a pronoun, "the mass", "fine septation", a modality)
leaves the sign with the paragraph's subject. Every sentence is invented, about organs and
diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

TITLE = "Hepatic alveolar echinococcosis"


def _sign_subjects(sentence: str, title: str = TITLE) -> dict[str, str]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Imaging", (block,)),))
    return {f.item: f.subject for f in extract_facts(article) if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    ("sentence", "sign", "subject"),
    [
        (
            "Detachment of the endocyst produces the water lily sign.",
            "water lily sign",
            "Detachment of the endocyst",
        ),
        (
            "In the hilum, invasion of the portal vein gives the claw sign on CT.",
            "claw sign",
            "invasion of the portal vein",
        ),
        (
            'Biliary spread creates a branching lucency (the so-called "antler" appearance).',
            "antler appearance",
            "Biliary spread",
        ),
        (
            "The late phase may eventually produce the chalk sign in most patients.",
            "chalk sign",
            "late phase",
        ),
    ],
)
def test_the_subject_of_a_verb_of_producing_owns_the_sign(
    sentence: str, sign: str, subject: str
) -> None:
    assert _sign_subjects(sentence).get(sign) == subject


def test_each_coordinated_clause_gives_its_own_producer() -> None:
    found = _sign_subjects(
        "Hilar involvement gives the crown sign, and peritoneal involvement may produce the "
        "omental cake sign."
    )
    assert found == {
        "crown sign": "Hilar involvement",
        "omental cake sign": "peritoneal involvement",
    }


def test_a_verb_of_the_first_clause_does_not_reach_a_sign_of_the_second() -> None:
    found = _sign_subjects(
        "Hilar nodes may produce jaundice, and diaphragmatic invasion can cause the cuff sign."
    )
    assert found == {"cuff sign": "diaphragmatic invasion"}


def test_a_relative_clause_gives_the_sign_to_what_it_hangs_on() -> None:
    found = _sign_subjects(
        'The rim is thin; numerous tiny daughter cysts, which give a "sponge" appearance.'
    )
    assert found == {"sponge appearance": "numerous tiny daughter cysts"}


def test_the_classic_appearance_of_a_subtype_is_its_sign() -> None:
    found = _sign_subjects("The classic appearance of the cystic form is the bunch of grapes sign.")
    assert found == {"bunch of grapes sign": "cystic form"}


@pytest.mark.parametrize(
    "sentence",
    [
        "It produces the chalk sign.",
        "Calcified nodes may give the chalk sign.",
        "Small peripheral lesions produce the chalk sign.",
        "The mass produces the chalk sign.",
        "Fine internal septation gives the chalk sign.",
        "Peripheral hypervascularity gives the chalk sign.",
        "Contrast-enhanced CT gives the chalk sign.",
        "Calcified foci scattered along the whole of the lesion wall give the chalk sign.",
        "Thick walls, which give the chalk sign, are rare.",
    ],
)
def test_a_pronoun_a_look_or_a_modality_leaves_the_sign_with_the_title(sentence: str) -> None:
    assert _sign_subjects(sentence) == {"chalk sign": TITLE}


def test_the_title_as_producer_is_the_title() -> None:
    found = _sign_subjects(
        "Alveolar echinococcosis of the liver gives the chalk sign.",
        "Alveolar echinococcosis of the liver",
    )
    assert found == {"chalk sign": "Alveolar echinococcosis of the liver"}
