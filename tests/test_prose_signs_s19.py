"""Session 19: named looks a finding produces when the author calls them classic or
characteristic ("produces the classic tulip bulb"), and an eponymous lesion the sentence
defines at once ("the Morvan lesion, a shallow notch at …"). Every sentence is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

TITLE = "Sclerosing mesenteritis"


def _signs(sentence: str, title: str = TITLE) -> dict[str, str]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Imaging", (block,)),))
    return {f.item: f.subject for f in extract_facts(article) if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "Fat preserved around the vessels produces the classic halo fat appearance.",
            "halo fat appearance",
        ),
        (
            "Retraction of the root of the mesentery gives the characteristic tulip-bulb "
            "configuration of the loops.",
            "tulip-bulb configuration",
        ),
        (
            'Tethered loops converge on the mass, producing the typical "spoke-wheel" mesentery.',
            "spoke-wheel mesentery",
        ),
    ],
)
def test_a_classic_look_a_finding_produces_is_a_named_sign(sentence: str, sign: str) -> None:
    assert sign in _signs(sentence)


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "The first change is the Morvan lesion, a shallow notch at the tip of the process.",
            "Morvan lesion",
        ),
        ("The Lestrade fracture is a sagittal split of the pedicle.", "Lestrade fracture"),
    ],
)
def test_an_eponymous_lesion_defined_in_its_sentence_is_a_named_sign(
    sentence: str, sign: str
) -> None:
    assert sign in _signs(sentence, title="Pedicle stress injury")


@pytest.mark.parametrize(
    "sentence",
    [
        # a word of kind after "the classic" names no look
        "Advanced disease produces the classic clinical features of obstruction.",
        'Symptomatic disease gives the classic mnemonic "aches, pains and groans".',
        # a capitalised word opening the sentence is no eponym
        "Pathological fracture, a break through weakened bone, may be the first sign.",
        # an eponymous lesion the sentence does not define is left to the other readers
        "Morvan lesions were described in miners.",
    ],
)
def test_no_named_sign_without_its_shape(sentence: str) -> None:
    assert not _signs(sentence, title="Pedicle stress injury")


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        ("The mass narrows at the foramen, giving a dumbbell shape.", "dumbbell shape"),
        ("The widened canal gives a keyhole configuration.", "keyhole configuration"),
        ("Converging loops create a pinwheel look.", "pinwheel look"),
    ],
)
def test_a_look_named_by_a_noun_a_finding_produces_is_a_named_sign(
    sentence: str, sign: str
) -> None:
    assert sign in _signs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thick septa give a lobulated appearance.",
        "Fibrosis can produce a similar appearance.",
        "Gas gives a rim-enhancing appearance.",
    ],
)
def test_an_adjective_before_a_noun_of_form_names_no_sign(sentence: str) -> None:
    assert not _signs(sentence)


def test_a_region_of_the_disease_or_a_finding_word_is_not_the_signs_subject() -> None:
    # the paragraph opens on "Vertebral disease" (the condition in one region) and the sign's
    # sentence on "The earliest radiographic change": the sign is the page's condition's
    paragraph = (
        "Vertebral disease tends to begin in the lower lumbar spine. The earliest "
        "radiographic change is the Morvan lesion, a shallow notch at the tip of the "
        "process; when it heals it produces the bright corner sign."
    )
    signs = _signs(paragraph, title="Pedicle stress injury")
    assert signs == {
        "Morvan lesion": "Pedicle stress injury",
        "bright corner sign": "Pedicle stress injury",
    }


@pytest.mark.parametrize(
    ("sentence", "sign"),
    [
        (
            "The mesentery shows radiating fine strands (sunflower appearance).",
            "sunflower appearance",
        ),
        ("Nodules line the fissures (the necklace pattern).", "necklace pattern"),
    ],
)
def test_a_look_named_in_brackets_after_its_finding_is_a_named_sign(
    sentence: str, sign: str
) -> None:
    assert sign in _signs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mesentery shows fine strands (the most common pattern).",
        "The mesentery shows fine strands (streaky appearance).",
    ],
)
def test_a_described_look_in_brackets_is_no_named_sign(sentence: str) -> None:
    assert not _signs(sentence)


def _listed(title: str, intro: str, *entries: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("Radiograph", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


def test_a_listed_sign_is_a_sign_of_what_its_description_says_it_indicates() -> None:
    facts = _listed(
        "Scaphoid fracture",
        "Signs on the lateral view:",
        "pronator fat stripe sign: bowing of the pronator fat stripe indicates a "
        "wrist effusion; an occult fracture is often present",
        "navicular fat stripe sign: blurring of the fat stripe beside the scaphoid",
    )
    assert facts == {
        ("wrist effusion", "pronator fat stripe sign"),
        ("Scaphoid fracture", "navicular fat stripe sign"),
    }
