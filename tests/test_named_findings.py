"""Named findings that do not say "sign" (extractors/named_findings.py): an eponym with a
rare noun of form, a likeness of things, a named pattern word on a finding noun. Invented
sentences about subjects the gold corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.named_findings import named_findings
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _names(sentence: str) -> list[str]:
    return [name for name, _, _ in named_findings(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Rigler triad comprises pneumobilia, obstruction and an ectopic gallstone.",
            "Rigler triad",
        ),
        (
            "A Codman triangle may be seen at the edge of the periosteal reaction.",
            "Codman triangle",
        ),
        ("Interstitial oedema gives Kerley B lines at the lung bases.", "Kerley B lines"),
        ("The varix displays a bag of worms appearance on MRI.", "bag of worms appearance"),
        ("The cystic spaces have been likened to a bunch of grapes.", "bunch of grapes"),
        ("Popcorn calcification is typical of the chondroid matrix.", "Popcorn calcification"),
        (
            "An onion-skin periosteal reaction surrounds the diaphysis.",
            "onion-skin periosteal reaction",
        ),
        ("Codman triangles form at the edges.", "Codman triangles"),
        # a quoted name, with the finding noun after it when there is one
        ('Mesenteric fat proliferation ("creeping fat") surrounds the loop.', "creeping fat"),
        ('Deep "collar-button" ulcers undermine the mucosa.', "collar-button ulcers"),
        ("Multiple “cannonball” nodules fill both lungs.", "cannonball nodules"),
    ],
)
def test_a_named_finding_without_the_word_sign(sentence: str, name: str) -> None:
    assert _names(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Central lines are a common source of infection.",  # no letter before "lines"
        "Hilgenreiner line is drawn through both triradiate cartilages.",  # a landmark
        "After treatment the lesion develops a peripheral rim of new bone.",  # a description
        "An incomplete ring of enhancement opens towards the cortex.",
        "Lymph nodes in the porta hepatis are enlarged.",
        "The Rokitansky nodule projects into the cyst lumen.",  # a structure
        "A cluster of microcalcifications is seen on mammography.",
        # a quotation of five words or more is no name
        'Patients describe it as "the worst headache of my life".',
    ],
)
def test_no_named_finding(sentence: str) -> None:
    assert _names(sentence) == []


def test_a_named_finding_becomes_a_sign_of_the_article() -> None:
    body = "Popcorn calcification is typical on radiographs."
    article = Article(
        slug="chondroma",
        title="Chondroma",
        sections=(Section("Radiographic features", (Block(BlockKind.PARAGRAPH, text=body),)),),
    )
    signs = {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}
    assert signs == {("Chondroma", "Popcorn calcification")}


def test_a_sign_that_opens_its_sentence_is_the_article_subjects() -> None:
    body = 'Deep "collar-button" ulcers are common.'
    article = Article(
        slug="colitis",
        title="Amoebic colitis",
        sections=(Section("Radiographic features", (Block(BlockKind.PARAGRAPH, text=body),)),),
    )
    signs = {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}
    assert signs == {("Amoebic colitis", "collar-button ulcers")}
