"""Signs and definitions made right at the maker (session 24): signs listed as the signs or
features "of X" are X's; a sign's name keeps "around the" inside it; a likeness holds
things in the plural; an adverb or a choice set off by commas defines no name. Every text is
invented, about other organs and diseases than the corpus's."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str, kind: FactKind) -> list[tuple[str, str]]:
    article = read_text(f"{title}\n\nRadiographic features\n\n{body}\n")
    return [(f.subject, f.item) for f in extract_facts(article) if f.kind is kind]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Other signs of pneumoperitoneum include the falciform ligament sign and the "
            "football sign.",
            {
                ("pneumoperitoneum", "falciform ligament sign"),
                ("pneumoperitoneum", "football sign"),
            },
        ),
        (
            "MRI features of raised intracranial pressure include flattening of the posterior "
            'globe (the "flat globe sign") and an empty sella.',
            {("raised intracranial pressure", "flat globe sign")},
        ),
    ],
)
def test_signs_of_a_named_condition_are_its_own(body: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(_facts(body, "Perforated duodenal ulcer", FactKind.SIGN))


@pytest.mark.parametrize(
    "body",
    [
        "Features of active disease include the comb sign.",
        "Skeletal manifestations of advanced disease include the rugger jersey sign.",
    ],
)
def test_signs_of_a_state_of_the_topic_stay_the_topics(body: str) -> None:
    facts = _facts(body, "Renal osteodystrophy", FactKind.SIGN)
    assert facts
    assert {subject for subject, _ in facts} == {"Renal osteodystrophy"}


def test_a_sign_name_keeps_a_place_preposition_and_its_article() -> None:
    facts = _facts(
        "Air may outline the pulmonary artery, the ring around the artery sign.",
        "Pneumomediastinum",
        FactKind.SIGN,
    )
    assert [item for _, item in facts] == ["ring around the artery sign"]


def test_a_likeness_holds_things_in_the_plural() -> None:
    assert (
        _facts(
            "Barium outlines a string of hypoechoic foci along the wall.",
            "Intestinal lymphangiectasia",
            FactKind.SIGN,
        )
        == []
    )
    named = _facts(
        "Angiography shows a string of beads along the renal artery.",
        "Fibromuscular dysplasia",
        FactKind.SIGN,
    )
    assert [item for _, item in named] == ["string of beads"]


@pytest.mark.parametrize(
    "body",
    [
        "Chemoprophylaxis, again usually with low-dose aspirin, is advised after surgery.",
        "Lymphoma, either primary or secondary, is found in a minority of patients.",
    ],
)
def test_an_adverb_or_a_choice_between_commas_defines_nothing(body: str) -> None:
    assert _facts(body, "Renal transplant", FactKind.DEFINITION) == []


def test_an_apposition_still_defines_its_name() -> None:
    facts = _facts(
        "Endoleak, persistent flow within the aneurysm sac outside the graft, is the "
        "commonest complication.",
        "Endovascular aneurysm repair",
        FactKind.DEFINITION,
    )
    assert facts == [("Endoleak", "Endoleak")]


def _definitions(title: str, sentence: str) -> list[tuple[str, str]]:
    article = read_text(
        f"{title}\n\nCase Discussion\n\nThe patient was treated surgically. {sentence}\n"
    )
    return [(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.DEFINITION]


@pytest.mark.parametrize(
    "title", ["Chondroblastoma", "Chondroblastoma with secondary aneurysmal bone cyst"]
)
def test_a_plural_defined_by_its_category_without_an_article(title: str) -> None:
    assert _definitions(
        title,
        "Chondroblastomas are benign cartilaginous tumours composed of chondroblasts and "
        "scattered giant cells.",
    ) == [
        (
            "Chondroblastomas",
            "benign cartilaginous tumours composed of chondroblasts and scattered giant cells",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a frequency, not what they are
        "Chondroblastomas are rare tumours composed of chondroblasts.",
        # a category without what sets it apart
        "Chondroblastomas are benign tumours.",
    ],
)
def test_no_plural_definition(sentence: str) -> None:
    assert _definitions("Chondroblastoma", sentence) == []


def test_a_so_called_name_is_defined_by_the_complement_it_follows() -> None:
    assert _definitions(
        "Giant cell tumour of bone",
        "The usual treatment is intralesional curettage with adjuvant phenol, the so-called "
        "extended curettage.",
    ) == [("extended curettage", "intralesional curettage with adjuvant phenol")]
