"""Classes of one scheme in prose shapes (session 24, helper s24-class): classes defined one
to a sentence or clause ("Type I lesions have X. Type II lesions have Y."), classes named
after a copula with their definition before them ("a sum of 6 is grade group 1, 7 is grade
group 2"), and the scheme and owner a sentence just before a run announces ("X are described
with the Marlow classification, which has three types."). A class label is never the owner
of its own classes, and claims about a class ("Type 1 disease is seen in older men") stay
sentences. All sentences are invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.class_sentence_runs import (
    label_led,
    names_labelled_classes,
    scheme_before_colon,
    sentence_run,
    valued_labels,
)
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _types(text: str, title: str = "Synovial disease") -> list[Fact]:
    block = Block(BlockKind.PARAGRAPH, text=text)
    article = Article(slug="t", title=title, sections=(Section("Classification", (block,)),))
    return [
        f for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION and f.group == "types"
    ]


def _pairs(text: str, title: str = "Synovial disease") -> set[tuple[str, str]]:
    return {(f.item.lower(), f.value) for f in _types(text, title)}


# -- the scheme and owner announced by the sentence before -------------------------------


def test_run_after_a_named_scheme_takes_its_name_and_owner() -> None:
    text = (
        "Bone cysts of the heel are usually described with the Marlow classification, which "
        "has three types. Type A cysts have a thin septum and fluid levels, type B cysts are "
        "multilocular with solid nodules, and type C cysts are confined to the calcaneal neck."
    )
    facts = _types(text)
    assert {f.item.lower() for f in facts} == {"type a", "type b", "type c"}
    assert {f.subject for f in facts} == {"Bone cysts of the heel"}
    assert {f.attribute for f in facts} == {"Marlow classification"}


def test_a_sentence_that_announces_nothing_lends_no_owner() -> None:
    text = (
        "Bone cysts of the heel are often found by chance. Type A cysts have a thin septum, "
        "type B cysts are multilocular with solid nodules."
    )
    facts = _types(text)
    assert {f.item.lower() for f in facts} == {"type a", "type b"}
    assert {f.subject for f in facts} == {"Synovial disease"}
    assert {f.attribute for f in facts} == {""}


@pytest.mark.parametrize(
    ("phrase", "led"),
    [
        ("Type A cysts", True),
        ("the grade 2 tear", True),
        ("Stage IIb disease", True),
        ("Bone cysts of the heel", False),
        ("Typical cysts", False),
    ],
)
def test_a_phrase_opening_on_a_label_names_a_class(phrase: str, led: bool) -> None:
    assert label_led(phrase) is led


def test_a_class_label_never_owns_the_classes() -> None:
    text = "Type A cysts have a thin septum, type B cysts are multilocular with solid nodules."
    assert {f.subject for f in _types(text)} == {"Synovial disease"}


# -- one class to a sentence or clause --------------------------------------------------


def test_classes_one_to_a_sentence() -> None:
    text = (
        "Type I lesions have a smooth margin and no enhancement. Type II lesions have an "
        "irregular margin with rim enhancement. Type III lesions show solid nodular "
        "enhancement."
    )
    assert _pairs(text) == {
        ("type i", "a smooth margin and no enhancement"),
        ("type ii", "an irregular margin with rim enhancement"),
        ("type iii", "solid nodular enhancement"),
    }


def test_classes_one_to_a_clause_after_a_place() -> None:
    text = (
        "In the medial type the fragment lies within the joint; in the lateral type it lies "
        "outside the capsule."
    )
    assert _pairs(text) == {
        ("medial type", "the fragment lies within the joint"),
        ("lateral type", "it lies outside the capsule"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # claims about each class, not what it is
        "Type 1 disease is typically seen in older men. Type 2 disease is seen in children.",
        "Type II is more common than type I. Type I lesions are more often symptomatic.",
        "Type A cysts are associated with trauma. Type B cysts are associated with surgery.",
        # a named disease, not a class of the page's
        "Type 2 diabetes has a strong link. Type 1 diabetes has a weaker one.",
        # one class alone is no run
        "Type I lesions have a smooth margin. The others are irregular.",
    ],
)
def test_claims_about_classes_are_no_run(text: str) -> None:
    assert sentence_run([s + "." for s in text.rstrip(".").split(". ")]) == []


def test_a_run_wants_different_labels_of_one_word() -> None:
    assert sentence_run(["Type I lesions have a rim.", "Grade 2 lesions have a core."]) == []
    assert sentence_run(["Type I lesions have a rim.", "Type I lesions have a core."]) == []


# -- classes named after a copula ---------------------------------------------------------


def test_classes_named_after_a_copula() -> None:
    text = (
        "The score maps onto grade groups: a sum of 6 is grade group 1, 7 is grade group 2, "
        "and 8 or more is grade group 3."
    )
    assert _pairs(text, title="Gland tumour") >= {
        ("grade group 1", "a sum of 6"),
        ("grade group 2", "7"),
        ("grade group 3", "8 or more"),
    }


def test_bare_codes_after_a_copula() -> None:
    assert valued_labels("A purely bony injury is B1, an injury through the ligaments is B2.") == [
        ("B1", "A purely bony injury"),
        ("B2", "an injury through the ligaments"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The tumour is large and the patient is stage 2.",
        "Stage 1 is common, stage 2 is rare.",
        "This is type 1, that is type 2.",
        "The left one is type 1 and the right one is type 1.",
        # a clause before the label, not a definition
        "The mass that was removed is type 1, the other is type 2.",
    ],
)
def test_no_classes_named_after_a_copula(text: str) -> None:
    assert valued_labels(text) == []


# -- two forms of one noun, one to a sentence ---------------------------------------------


def test_forms_of_one_noun_one_to_a_sentence() -> None:
    text = (
        "Primary (idiopathic) forms arise from a defect in the wall. Secondary (reactive) "
        "forms follow infection or surgery."
    )
    assert _pairs(text) == {
        ("primary (idiopathic) forms", "a defect in the wall"),
        ("secondary (reactive) forms", "infection or surgery"),
    }


def test_forms_defined_by_what_they_contain() -> None:
    assert sentence_run(
        [
            "Macrocystic lesions contain one or more cysts of 2 cm or more.",
            "Microcystic lesions have cysts smaller than 2 cm.",
        ]
    ) == [
        (0, "Macrocystic lesions", "one or more cysts of 2 cm or more"),
        (1, "Microcystic lesions", "cysts smaller than 2 cm"),
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        ["Primary cases are seen in children.", "Secondary cases are seen in adults."],
        ["Acute cases present with pain.", "Chronic cases present with swelling."],
        ["Primary tumours have a better prognosis.", "Secondary tumours have a worse one."],
        # two nouns: no forms of one thing
        ["Primary cysts contain fluid.", "Secondary tumours contain blood."],
    ],
)
def test_claims_about_forms_are_no_run(sentences: list[str]) -> None:
    assert sentence_run(sentences) == []


def test_codes_after_a_semicolon_joined_by_while() -> None:
    text = (
        "In the Smith classification these are type C injuries; a purely bony injury is C1, "
        "while injury through the ligaments is C2."
    )
    assert valued_labels(text) == [
        ("C1", "a purely bony injury"),
        ("C2", "injury through the ligaments"),
    ]


def test_a_scheme_named_before_the_colon_owns_the_mapped_classes() -> None:
    text = (
        "Grade is reported as the Gleason sum and as the WHO grade group: a sum of 6 is grade "
        "group 1, 7 is grade group 2, and 8 or more is grade group 3."
    )
    facts = [f for f in _types(text, title="Gland tumour") if f.item.startswith("grade group")]
    assert {f.subject for f in facts} == {"WHO grade group"}
    assert scheme_before_colon(text) == "WHO grade group"


@pytest.mark.parametrize(
    "text",
    [
        "The tumour is staged: stage 1 is small, stage 2 is large.",  # no named scheme
        "By the WHO grade group: one thing; then another: a is grade 1, b is grade 2.",
    ],
)
def test_no_scheme_before_the_colon(text: str) -> None:
    assert scheme_before_colon(text) == ""


def test_the_first_form_of_a_run_does_not_own_it() -> None:
    text = (
        "Primary nodular synovitis results from a defect in the lining. Secondary nodular "
        "synovitis arises when the joint is injured."
    )
    facts = _types(text)
    assert {f.item.lower() for f in facts} == {
        "primary nodular synovitis",
        "secondary nodular synovitis",
    }
    assert {f.subject for f in facts} == {"Synovial disease"}


def test_a_run_after_an_announcing_sentence_is_its_owners() -> None:
    text = (
        "Heel cysts are graded with the Marlow system. Grade 1 cysts have a thin wall. Grade 2 "
        "cysts have a thick wall with nodules."
    )
    facts = _types(text)
    assert {f.item.lower() for f in facts} == {"grade 1", "grade 2"}
    assert {(f.subject, f.attribute) for f in facts} == {("Heel cysts", "Marlow system")}


def test_a_bare_plural_announces_no_owner() -> None:
    text = (
        "Tumours are graded by the Marlow system. A total of 3-4 points gives grade 1 (well "
        "formed), 5-6 points grade 2 (partly formed) and 7-8 points grade 3 (poorly formed)."
    )
    facts = _types(text, title="Gland tumour")
    assert {f.item.lower() for f in facts} >= {"grade 1", "grade 2", "grade 3"}
    assert {f.subject for f in facts} == {"Gland tumour"}


def test_a_holder_noun_before_a_verb_of_reaching() -> None:
    text = (
        "Grade 1 tears involve the outer fibres, grade 2 tears extend into the middle layer, "
        "and grade 3 tears reach the deep surface."
    )
    assert _pairs(text) == {
        ("grade 1", "involve the outer fibres"),
        ("grade 2", "extend into the middle layer"),
        ("grade 3", "reach the deep surface"),
    }


def _list_facts(intro: str, entries: list[str], heading: str = "Complications") -> list[Fact]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(text=e) for e in entries)),
    )
    article = Article(slug="t", title="Orbit infection", sections=(Section(heading, blocks),))
    return [f for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION]


def test_a_list_of_bare_class_labels_is_a_classification() -> None:
    facts = _list_facts(
        "The Hart scheme divides the complications of the infection into three groups:",
        ["group I: lid swelling", "group II: orbital abscess", "group III: sinus thrombosis"],
    )
    labelled = [f for f in facts if f.item.lower().startswith("group ")]
    assert {f.item for f in labelled} == {"group I", "group II", "group III"}
    assert {f.group for f in labelled} == {"types"}


@pytest.mark.parametrize(
    ("names", "classes"),
    [
        (["group I", "group II", "group III"], True),
        (["stage I (nephric)", "stage II (perinephric)"], True),
        (["group A streptococcus", "group B streptococcus"], False),
        (["group I", "group I"], False),
        (["group I", "stage II"], False),
        (["group I"], False),
    ],
)
def test_names_that_are_class_labels(names: list[str], classes: bool) -> None:
    assert names_labelled_classes(names) is classes
