"""Appearance in prose, round 7: signal loss written as a verb or a noun ("loses signal",
"does not lose signal", "a gradual loss of signal"), "Enhancement is avid", openings on
the contrast agent ("After contrast they enhance avidly"), acoustic shadowing, and a clause
that begins with "until" or "after which" is not the subject's. Sentences invented about
organs and diseases of every system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _found(title: str, sentence: str, heading: str = "Imaging") -> set[tuple[str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="x", title=title, sections=(Section(heading, (block,)),))
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Hepatic adenoma",
            "The adenoma loses signal on opposed-phase images.",
            ("Hepatic adenoma", "MRI chemical shift", "signal loss"),
        ),
        (
            "Adrenal carcinoma",
            "The tumour does not lose signal on opposed-phase images.",
            ("Adrenal carcinoma", "MRI chemical shift", "no signal loss"),
        ),
        (
            "Ovarian haemorrhagic cyst",
            "On T2-weighted images they typically show a gradual loss of signal.",
            ("Ovarian haemorrhagic cyst", "MRI T2", "signal loss"),
        ),
        (
            "Splenic haemangioma",
            "Enhancement is typically homogeneous.",
            ("Splenic haemangioma", "post-contrast", "homogeneous enhancement"),
        ),
        (
            "Glomus tumour",
            "Enhancement is avid and may equal that of the adjacent vessels.",
            ("Glomus tumour", "post-contrast", "avid enhancement"),
        ),
        (
            "Paraganglioma",
            "After contrast they enhance avidly, often heterogeneously because of haemorrhage.",
            ("Paraganglioma", "post-contrast", "avid enhancement"),
        ),
        (
            "Vestibular schwannoma",
            "After gadolinium the lesion enhances homogeneously.",
            ("Vestibular schwannoma", "MRI T1 C+", "homogeneous enhancement"),
        ),
        (
            "Gallstone",
            "Posterior acoustic shadowing is characteristic.",
            ("Gallstone", "ultrasound", "posterior acoustic shadowing"),
        ),
    ],
)
def test_predicates_of_signal_loss_and_enhancement(
    title: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(title, sentence)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # a rarity is not how the lesion looks
        ("Renal cyst", "Enhancement is rare."),
        # another tissue enhances, not the subject
        ("Hepatic adenoma", "After contrast the surrounding liver enhances avidly."),
        ("Hepatic adenoma", "Enhancement of the surrounding liver is avid."),
        # a differential loses signal, not the subject
        ("Hepatic adenoma", "Haemangiomas, by contrast, lose signal on opposed-phase images."),
        # a technical limitation after "after which" is no finding of the disease
        (
            "Hip dysplasia",
            "Ultrasound is the modality of choice until the ossification centre appears, "
            "after which acoustic shadowing from the ossified head obscures the acetabulum.",
        ),
    ],
)
def test_no_finding_of_something_else(title: str, sentence: str) -> None:
    assert _found(title, sentence) == set()


@given(
    verb=st.sampled_from(["loses signal", "shows signal loss", "shows loss of signal"]),
    subject=st.sampled_from(["The lesion", "The mass", "It"]),
)
def test_signal_loss_in_any_phrasing_gives_one_fact(verb: str, subject: str) -> None:
    found = _found("Adrenal adenoma", f"{subject} {verb} on opposed-phase images.")
    assert found == {("Adrenal adenoma", "MRI chemical shift", "signal loss")}
