"""Issue 11, session 10: what a named sign is NOT (a judgement, a denied sign, another name
of the condition, a kind of case or cell) and listed signs with another name in parentheses.
Every sentence is invented, about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _signs(title: str, *paragraphs: str, heading: str = "Radiographic features") -> set[str]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {f.item for f in extract_facts(article) if f.kind is FactKind.SIGN}


def _listed(title: str, intro: str, *entries: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("Ultrasound", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    "sentence",
    [
        "Splenic enlargement is the earliest but least specific sign.",
        "Free gas was once considered a grave sign of perforation.",
        "A raised hemidiaphragm may be the only sign of a subphrenic collection.",
        "Mural thickening is an ominous sign in this setting.",
        "Pleural fluid is a useful indirect sign of rupture.",
    ],
)
def test_a_judgement_of_a_finding_is_no_named_sign(sentence: str) -> None:
    assert _signs("Splenic abscess", sentence) == set()


def test_a_judgement_before_a_real_name_keeps_the_name() -> None:
    assert _signs("Splenic abscess", "The earliest halo sign appears at the rim.") == {"halo sign"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Thyroid colloid nodules, commonly referred to as goitres, are benign.",
        "In most adults the thrombosis is termed idiopathic.",
        "The remaining tumours lack both fusions (so-called wild-type NETs).",
        "They are built of plump spindle cells (so-called myoid cells).",
    ],
)
def test_another_name_of_the_condition_or_a_kind_of_case_is_no_sign(sentence: str) -> None:
    assert _signs("Thyroid colloid nodule", sentence) == set()


def test_a_finding_referred_to_by_a_given_name_is_still_a_sign() -> None:
    sentence = "A fine mesh of septa, referred to as chicken-wire septation, is typical."
    assert _signs("Thyroid colloid nodule", sentence) == {"chicken-wire septation"}


def test_a_sign_an_entry_denies_is_no_sign() -> None:
    found = _listed(
        "Renal hydatid cyst",
        "Mimics include:",
        "simple renal cyst: thin wall; no double-line sign, no debris",
    )
    assert found == set()


def test_listed_signs_with_another_name_in_parentheses_and_named_patterns() -> None:
    found = _listed(
        "Ileocolic intussusception",
        "Characteristic signs:",
        "target (doughnut) sign: concentric rings of bowel wall in transverse section",
        "spoke-wheel or cartwheel pattern: radiating folds of mesentery",
        "enhancement pattern: heterogeneous after contrast",
    )
    assert found == {
        ("Ileocolic intussusception", "target (doughnut) sign"),
        ("Ileocolic intussusception", "spoke-wheel or cartwheel pattern"),
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('Septa give a "lacy" or net-like pattern.', "lacy or net-like pattern"),
        ('T2 shows a "salt" and "pepper" appearance.', "salt and pepper appearance"),
        ('The cortex is expanded into a "soap-film" shell.', "soap-film shell"),
    ],
)
def test_quoted_names_sharing_a_noun_and_more_nouns_of_form(sentence: str, name: str) -> None:
    assert name in _signs("Chondromyxoid fibroma", sentence)


def _entries(title: str, *blocks: Block) -> set[tuple[str, str]]:
    article = Article(slug="t", title=title, sections=(Section("CT", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


def test_a_sign_named_in_an_unlabelled_entry_or_a_labelled_line() -> None:
    found = _entries(
        "Emphysematous cholecystitis",
        Block(
            BlockKind.LIST,
            items=(
                ListItem("gas within the wall outlining the organ, giving the rim sign"),
                ListItem("a target appearance of the wall"),
            ),
        ),
        Block(BlockKind.KEY_VALUE, text='Hallmark on CT: "champagne" lesion with fluid levels.'),
    )
    assert found == {
        ("Emphysematous cholecystitis", "rim sign"),
        ("Emphysematous cholecystitis", "champagne lesion"),
    }


def test_signs_announced_before_a_colon_show_what_the_sentence_names() -> None:
    article = Article(
        slug="t",
        title="Adrenal adenoma",
        sections=(
            Section(
                "CT",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Two signs help to confirm the renal origin of an exophytic mass: "
                        "the claw sign, in which parenchyma drapes around it, and the "
                        "embedded organ sign. The bright rim sign is typical.",
                    ),
                ),
            ),
        ),
    )
    found = {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}
    assert found == {
        ("renal origin of an exophytic mass", "claw sign"),
        ("renal origin of an exophytic mass", "embedded organ sign"),
        ("Adrenal adenoma", "bright rim sign"),
    }


@pytest.mark.parametrize(
    ("intro", "subject"),
    [
        ("Signs of pneumoperitoneum include:", "pneumoperitoneum"),
        ("Signs that suggest free gas:", "free gas"),
        # the verb before the colon is no part of what the signs show
        ("Signs that suggest free gas include:", "free gas"),
        ("Features that predict early perforation include:", "early perforation"),
        ("Characteristic signs:", "Perforated duodenal ulcer"),
    ],
)
def test_listed_signs_show_what_their_intro_names(intro: str, subject: str) -> None:
    found = _listed(
        "Perforated duodenal ulcer", intro, "Rigler sign: gas on both sides of the bowel wall"
    )
    assert found == {(subject, "Rigler sign")}
