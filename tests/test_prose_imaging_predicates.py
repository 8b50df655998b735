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
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


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
            ("Gallstone", "ultrasound acoustic", "posterior acoustic shadowing"),
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


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Renal lymphoma",
            "Echogenicity is variable, but most are hypoechoic to the renal cortex.",
            ("Renal lymphoma", "ultrasound", "hypoechoic to renal cortex"),
        ),
        (
            "Meningioma",
            "Signal on T2 is variable, but the majority are hyperintense.",
            ("Meningioma", "MRI T2", "hyperintense"),
        ),
        (
            "Myocarditis",
            "Cardiac MRI shows patchy subepicardial late gadolinium enhancement.",
            ("Myocarditis", "MRI T1 C+", "late gadolinium enhancement"),
        ),
        (
            "Multiple sclerosis",
            "Brain MRI demonstrates T2 hyperintense lesions.",
            ("Multiple sclerosis", "MRI T2", "hyperintense"),
        ),
        (
            "Testicular lymphoma",
            "At ultrasound they are typically homogeneous and hypoechoic with little vascularity.",
            ("Testicular lymphoma", "colour Doppler", "little vascularity"),
        ),
    ],
)
def test_variable_but_most_regions_and_amounts(
    title: str, sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(title, sentence)


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # another lesion's appearance after "but most": not the topic's
        ("Renal lymphoma", "Haemangiomas are common, but most are hyperechoic."),
        ("Renal lymphoma", "Echogenicity is variable, but most haemangiomas are hyperechoic."),
    ],
)
def test_but_most_of_something_else(title: str, sentence: str) -> None:
    assert _found(title, sentence) == set()


def test_little_vascularity_is_never_read_as_vascularity() -> None:
    found = _found("Testicular lymphoma", "Colour Doppler shows little vascularity.")
    assert ("Testicular lymphoma", "colour Doppler", "vascularity") not in found
    assert ("Testicular lymphoma", "colour Doppler", "little vascularity") in found


def test_a_topic_list_item_with_a_relative_clause_is_a_finding() -> None:
    items = ("mural hyperaemia on colour Doppler, which may be lost once the wall is gangrenous",)
    block = Block(BlockKind.LIST, items=tuple(ListItem(t) for t in items))
    intro = Block(BlockKind.PARAGRAPH, text="Ultrasound findings include:")
    article = Article(
        slug="x", title="Acute cholecystitis", sections=(Section("Ultrasound", (intro, block)),)
    )
    found = {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }
    assert ("Acute cholecystitis", "colour Doppler", "mural hyperaemia") in found


def test_shadowing_is_a_fact_beside_the_echogenicity() -> None:
    found = _found(
        "Ovarian fibroma",
        "The tumour is hypoechoic. Posterior acoustic shadowing is characteristic.",
    )
    assert {
        ("Ovarian fibroma", "ultrasound", "hypoechoic"),
        ("Ovarian fibroma", "ultrasound acoustic", "posterior acoustic shadowing"),
    } <= found


def test_a_property_of_the_topic_keeps_the_topic_for_the_next_pronoun() -> None:
    found = _found(
        "Adrenal cortical carcinoma",
        "On non-contrast CT the attenuation is almost always more than 10 HU. "
        "After contrast they enhance heterogeneously.",
        heading="CT",
    )
    assert (
        "Adrenal cortical carcinoma",
        "contrast-enhanced CT",
        "heterogeneous enhancement",
    ) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "After contrast they enhance avidly, and calcification is seen in about 10%.",
        "Calcification is present in 20%.",
    ],
)
def test_a_minority_finding_is_not_how_it_looks(sentence: str) -> None:
    found = _found("Renal oncocytoma", sentence, heading="CT")
    assert not any("calcification" in value for _, _, value in found)


def test_the_signal_of_a_noun_before_of_is_that_nouns() -> None:
    found = _found(
        "Glioblastoma", "They are heterogeneous on T2, with central necrosis of high signal."
    )
    assert ("Glioblastoma", "MRI T2", "hyperintense") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "They are hypointense on T1 with areas of high signal on T2.",  # areas are its own
        "The tumours are sharply marginated and are of high signal on T2.",  # "are" is no noun
    ],
)
def test_own_areas_and_verbs_before_of_keep_the_signal(sentence: str) -> None:
    assert ("Glioblastoma", "MRI T2", "hyperintense") in _found("Glioblastoma", sentence)
