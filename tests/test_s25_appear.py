"""Appearance findings of session 25's helper: a study named with its qualifiers (an aside,
a bracket, a place or agent, a verdict before "but") and what it is said to show.
Sentences invented, about organs and diseases of every system."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _article(title: str, *paragraphs: str, heading: str = "Radiographic features") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="x", title=title, sections=(Section(heading, blocks),))


def _appearances(article: Article) -> list[Fact]:
    return [f for f in extract_facts(article) if f.kind is FactKind.APPEARANCE]


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        (
            "Bone scintigraphy, now seldom performed, shows intense tracer uptake in the "
            "talar dome.",
            "bone scan",
            "intense tracer uptake in the talar dome",
        ),
        (
            "Skull radiographs, rarely obtained today, show widening of the sella turcica.",
            "radiograph",
            "widening of the sella turcica",
        ),
        (
            "Contrast-enhanced CT of the abdomen in the portal venous phase shows a "
            "hypoattenuating wedge in the renal cortex.",
            "contrast-enhanced CT",
            "hypoattenuating wedge in the renal cortex",
        ),
        (
            "Targeted ultrasound (high-frequency linear probe) demonstrates a hypoechoic "
            "nodule with internal vascularity.",
            "ultrasound",
            "hypoechoic nodule with internal vascularity",
        ),
        (
            "The lateral radiograph in young children may show anterior bowing of the tibia.",
            "radiograph",
            "anterior bowing of the tibia",
        ),
        (
            "Ultrasound is insensitive for small deposits but may show a hypoechoic mass in "
            "the splenic hilum.",
            "ultrasound",
            "hypoechoic mass in the splenic hilum",
        ),
    ],
)
def test_a_qualified_study_shows_its_finding(sentence: str, attribute: str, value: str) -> None:
    facts = _appearances(_article("Sarcoid myositis", sentence))
    assert [(f.subject, f.item, f.attribute, f.value, f.group) for f in facts] == [
        ("Sarcoid myositis", "", attribute, value, "")
    ]


def test_each_listed_finding_is_one_fact() -> None:
    sentence = (
        "Chest radiographs, now less often used, show hyperinflation of both lungs, "
        "flattened hemidiaphragms and a narrow heart."
    )
    facts = _appearances(_article("Chronic bronchiolitis", sentence))
    assert {(f.subject, f.attribute, f.value) for f in facts} == {
        ("Chronic bronchiolitis", "radiograph", "hyperinflation of both lungs"),
        ("Chronic bronchiolitis", "radiograph", "flattened hemidiaphragms"),
        ("Chronic bronchiolitis", "radiograph", "narrow heart"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # another lesion's study, another side, a comparison, a study's role
        "MR spectroscopy of a meningioma, when performed, shows an alanine peak.",
        "Ultrasound of the contralateral kidney shows compensatory hypertrophy.",
        "MRI is superior to CT but shows the marrow oedema only late.",
        "CT, with its high spatial resolution, shows cortical breach better than radiographs.",
        "Bone scintigraphy, now seldom performed, shows the extent of disease and is useful "
        "for staging.",
    ],
)
def test_no_finding_from_another_thing_or_a_comparison(sentence: str) -> None:
    facts = _appearances(_article("Sarcoid myositis", sentence))
    assert [(f.attribute, f.value) for f in facts] == []


def test_no_finding_under_a_differential_heading() -> None:
    sentence = "Skull radiographs, rarely obtained today, show widening of the sella turcica."
    facts = _appearances(_article("Sarcoid myositis", sentence, heading="Differential diagnosis"))
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a second clause with its own verb ends the list
        (
            "Cine SSFP images in the short-axis plane show a thickened septum, and "
            "velocity mapping quantifies the outflow gradient.",
            {"thickened septum"},
        ),
        # a colon glosses the finding before it
        (
            "Catheter angiography, now rarely needed, may demonstrate a persistent duct: "
            "a long vessel arising from the aorta.",
            {"persistent duct"},
        ),
        # a piece that only places the one before it
        (
            "Contrast-enhanced CT of the pelvis shows several rim-enhancing collections, "
            "the largest in the left iliac fossa.",
            {"several rim-enhancing collections"},
        ),
    ],
)
def test_the_shown_phrase_ends_where_its_findings_do(sentence: str, values: set[str]) -> None:
    facts = _appearances(_article("Pelvic abscess", sentence))
    assert {f.value for f in facts} == values
    assert {f.subject for f in facts} == {"Pelvic abscess"}


@pytest.mark.parametrize(
    "sentence",
    [
        "CT, or MRI in young patients, may show a soft tissue mass in the groin.",
        "MRI, when available, shows the changes earlier.",
        "CT also shows the degree of vascular encasement in large tumours.",
        "Echocardiography at follow-up usually shows the same pattern.",
        "Plain radiographs show gas in the renal bed in only a third of patients.",
        "Endoscopic ultrasound (EUS) depicts the layers of the bowel wall.",
    ],
)
def test_no_finding_when_the_study_shows_no_look(sentence: str) -> None:
    assert _appearances(_article("Pelvic abscess", sentence)) == []


def test_no_finding_when_the_clause_after_says_what_the_study_is_for() -> None:
    sentence = (
        "CT angiography of the neck shows the whole carotid tree in a single acquisition, "
        "and it is the usual first-line technique."
    )
    assert _appearances(_article("Carotid dissection", sentence)) == []


@pytest.mark.parametrize(
    ("paragraph", "attribute", "value"),
    [
        (
            "Radiographs are the first-line investigation and show a lucent nidus with "
            "surrounding sclerosis.",
            "radiograph",
            "lucent nidus with surrounding sclerosis",
        ),
        (
            "Bone scintigraphy shows focal intense uptake, which is useful for finding "
            "lesions in the posterior elements.",
            "bone scan",
            "focal intense uptake",
        ),
        (
            "Duplex ultrasound is the first-line investigation. It shows a fusiform "
            "anechoic dilatation of the femoral artery.",
            "ultrasound",
            "fusiform anechoic dilatation of the femoral artery",
        ),
    ],
)
def test_a_study_shows_after_its_verdict(paragraph: str, attribute: str, value: str) -> None:
    facts = _appearances(_article("Femoral artery aneurysm", paragraph))
    assert [(f.subject, f.attribute, f.value) for f in facts] == [
        ("Femoral artery aneurysm", attribute, value)
    ]


def test_it_after_a_sentence_about_the_lesion_is_no_study() -> None:
    paragraph = (
        "The aneurysm is a rare finding. It shows a fusiform dilatation of the femoral artery."
    )
    facts = _appearances(_article("Femoral artery aneurysm", paragraph))
    assert all("dilatation" not in f.value for f in facts)


def test_what_a_study_shows_well_is_no_look() -> None:
    sentence = (
        "CT angiography of the neck demonstrates the site and length of the narrowing and "
        "the arch anatomy, which is useful for planning stenting."
    )
    assert _appearances(_article("Carotid web", sentence)) == []


def test_a_joined_finding_loses_its_joiner() -> None:
    sentence = (
        "Transthoracic echocardiography, the usual first test, demonstrates a dilated right "
        "atrium, together with right ventricular hypertrophy."
    )
    facts = _appearances(_article("Tricuspid stenosis", sentence))
    assert {(f.attribute, f.value) for f in facts} == {
        ("echocardiography", "dilated right atrium"),
        ("echocardiography", "right ventricular hypertrophy"),
    }


def test_a_hedged_cause_leaves_with_the_cause() -> None:
    article = Article(
        slug="x",
        title="Splenic haemangioma",
        sections=(
            Section(
                "MRI",
                (
                    Block(
                        BlockKind.LIST,
                        items=(ListItem("DWI: often bright, largely due to T2 shine-through"),),
                    ),
                ),
            ),
        ),
    )
    facts = _appearances(article)
    assert [(f.subject, f.attribute, f.value) for f in facts] == [
        ("Splenic haemangioma", "MRI DWI", "often bright")
    ]
