"""Classes labelled and defined one after another in a sentence ("grade 1 (…), grade 2 (…)",
"stage 1 is X, stage 2 Y"), and bare classes after a verb of classing ("classified as
traumatic or spontaneous", "By composition, X can be described as A, B or C"). Every text
is invented, about other organs and diseases than the corpus's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors.classification import extract_classifications
from quizgen.model import Fact
from quizgen.readers import read_text


def _classes(body: str, title: str = "Renal trauma") -> list[Fact]:
    article = read_text(f"{title}\n\nClassification\n\n{body}\n")
    return list(extract_classifications(article))


def _pairs(body: str, title: str = "Renal trauma") -> list[tuple[str, str]]:
    return [(f.item, f.value) for f in _classes(body, title)]


def test_labels_with_their_meaning_in_brackets() -> None:
    facts = _classes(
        "Some centres grade the injury as grade 1 (subcapsular haematoma), grade 2 "
        "(laceration under 1 cm deep) and grade 3 (laceration over 1 cm deep) on CT, but "
        "this has not been validated."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("grade 1", "subcapsular haematoma"),
        ("grade 2", "laceration under 1 cm deep"),
        ("grade 3", "laceration over 1 cm deep"),
    ]
    assert {f.subject for f in facts} == {"Renal trauma"}


def test_labels_with_a_copula_and_a_gapped_copula() -> None:
    assert _pairs(
        "The Okada scheme is still quoted: stage I is a thin septum, stage II a thick "
        "septum, and stage III a solid nodule 3."
    ) == [
        ("stage I", "a thin septum"),
        ("stage II", "a thick septum"),
        ("stage III", "a solid nodule"),
    ]


def test_label_with_a_long_gloss_keeps_the_class_name() -> None:
    assert _pairs(
        "Severity is rated as grade A (mild: e.g. pain only), grade B (moderate) and grade C "
        "(severe)."
    ) == [("grade A", "mild"), ("grade B", "moderate"), ("grade C", "severe")]


@given(
    shape=st.sampled_from(
        [
            "grade 1 (under 5 mm), grade 2 (5-10 mm) and grade 3 (over 10 mm).",
            "grade 1 is under 5 mm, grade 2 is 5-10 mm and grade 3 is over 10 mm.",
            "grade 1 is under 5 mm; grade 2 is 5-10 mm; grade 3 is over 10 mm.",
        ]
    ),
    lead=st.sampled_from(["Varices are graded by size: ", "By size, "]),
)
def test_the_same_grades_in_several_phrasings(shape: str, lead: str) -> None:
    assert _pairs(lead + shape, "Oesophageal varices") == [
        ("grade 1", "under 5 mm"),
        ("grade 2", "5-10 mm"),
        ("grade 3", "over 10 mm"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # one label word alone, or labels of another named scheme ("MEN type 1")
        "Grade 2 tumours may progress to grade 3 within a few years.",
        "Adenomas are commoner in MEN type 1 (menin mutation) than in MEN type 2 (RET mutation).",
        # the labels modify a noun: classes of that noun, not of the subject
        "It combines type I (immediate) and type IV (delayed) hypersensitivity reactions.",
        # a claim about a class, not what it is
        "Stage 4 is therefore the most common at diagnosis, and stage 1 is rare.",
        # a range's two ends are no run of classes
        "Involvement is graded from grade 1 (one segment) to grade 4 (the whole organ).",
        # a clause breaks the run
        "Grade 1 is treated conservatively, whereas grade 2 and grade 3 need surgery.",
    ],
)
def test_no_inline_classes(sentence: str) -> None:
    assert _classes(sentence) == []


def test_bare_classes_after_classified_as() -> None:
    assert _pairs(
        "Injuries are classified as blunt or penetrating, although both may coexist."
    ) == [("blunt", ""), ("penetrating", "")]


def test_bare_classes_with_an_alias_and_shares() -> None:
    assert _pairs(
        "Cysts are categorised as simple, complicated (haemorrhagic) or infected (about 5%)."
    ) == [("simple", ""), ("complicated (haemorrhagic)", ""), ("infected", "")]


def test_a_shared_head_on_the_last_class() -> None:
    assert _pairs("Tumours are classified as low or high grade.") == [
        ("low grade", ""),
        ("high grade", ""),
    ]
    assert _pairs("Adenomas are divided into secreting and non-secreting tumours.") == [
        ("secreting", ""),
        ("non-secreting", ""),
    ]


def test_a_fronted_axis_makes_described_as_a_classing_verb() -> None:
    assert _pairs(
        "By content, pleural collections can be described as serous, bloody, chylous or purulent.",
        "Pleural effusion",
    ) == [("serous", ""), ("bloody", ""), ("chylous", ""), ("purulent", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        # "described as" without an axis describes a look, not classes
        "The margins can be described as smooth, lobulated or irregular.",
        "Lesions are classified as benign.",
        # members that are no short class names
        "They are classified as stage I, or stage II only if they have distant metastases.",
        "Nodules are classified as a solid nodule or a cyst with a wall.",
    ],
)
def test_no_bare_classes(sentence: str) -> None:
    assert _classes(sentence) == []
