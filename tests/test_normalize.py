"""normalize: EntitySet (built at once, extended or shared) and normalize_answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.normalize import (
    EntitySet,
    normalize_answer,
    same_entity,
    same_name,
    same_stems,
    shared_entities,
    word_stem,
)

NAMES = ["spinal schwannoma/neurilemmoma", "Meningioma", "hypo-intense", "lipoma", "others"]
EXTRA = ["intramedullary lipoma", "hypo intense", "ependymoma", "Ependymomas"]
PROBES = [
    "schwannoma",
    "neurilemmoma/schwannoma",
    "meningiomas",
    "hypointense",
    "intense",
    "hypo",
    "lipoma",
    "ependymoma",
    "astrocytoma",
    "intramedullary ependymoma",
    "Other",
]


def _answers(names: EntitySet) -> list[bool]:
    return [names.matches(probe) for probe in PROBES]


def test_answers_are_same_entity_against_each_name() -> None:
    names = EntitySet(NAMES)
    assert _answers(names) == [any(same_entity(p, n) for n in NAMES) for p in PROBES]


def test_an_extended_set_answers_as_one_built_of_all_its_names() -> None:
    whole = EntitySet([*EntitySet(NAMES).names(), *EXTRA])
    extended = EntitySet(NAMES).extended(EXTRA)
    assert _answers(extended) == _answers(whole)
    assert sorted(extended.names()) == sorted(whole.names())
    # Asked again, the remembered answers are the same.
    assert _answers(extended) == _answers(whole)


def test_a_name_added_after_an_answer_changes_it() -> None:
    names = EntitySet(["meningioma"])
    assert not names.matches("ependymoma")
    names.add("Ependymomas")
    assert names.matches("ependymoma")


def test_a_set_others_are_built_on_never_changes() -> None:
    base = EntitySet(NAMES)
    base.extended(EXTRA)
    with pytest.raises(TypeError):
        base.add("astrocytoma")
    with pytest.raises(TypeError):
        shared_entities(NAMES).add("astrocytoma")


def test_shared_sets_are_made_once_per_sequence_of_names() -> None:
    assert shared_entities(NAMES) is shared_entities(list(NAMES))
    assert _answers(shared_entities(NAMES)) == _answers(EntitySet(NAMES))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("7 to 18", "7–18"),
        ("7 - 18 mm", "7-18 mm"),
        ("approximately 90%", "90 per cent"),
        ("~90 %", "90%"),
        ("about 5 cm", "5 cm"),
        ("Hypo-intense", "hypointense"),
        ("the tumour", "tumor"),
    ],
)
def test_normalize_answer_writes_one_answer_one_way(first: str, second: str) -> None:
    assert normalize_answer(first) == normalize_answer(second)


def test_normalize_answer_keeps_a_range_apart_from_a_number() -> None:
    assert normalize_answer("7-18") == "7-18"
    assert normalize_answer("7 18") != normalize_answer("7–18")
    assert normalize_answer("hypo-intense") == "hypointense"  # no figure: the dash goes


@pytest.mark.parametrize(
    ("first", "second"),
    [("Desmoid tumours", "desmoid tumor"), ("colours", "colors"), ("Tumours", "tumour")],
)
def test_british_and_american_spellings_are_one_name_in_the_plural_too(
    first: str, second: str
) -> None:
    assert same_name(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Splenic infarcts", "Splenic infarction"),
        ("Renal cysts", "renal cyst"),
        ("Hepatic metastases", "hepatic metastasis"),
    ],
)
def test_one_name_in_another_word_form_has_the_same_stems(first: str, second: str) -> None:
    assert same_stems(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Splenic infarcts", "Renal infarction"),
        ("Renal cysts", "Renal cyst disease"),
        ("Abscess", "Abscesses of the liver"),
    ],
)
def test_other_names_or_other_word_counts_are_not_the_same_stems(first: str, second: str) -> None:
    assert not same_stems(first, second)


@given(
    st.lists(
        st.sampled_from(["cyst", "infarct", "lesion", "mass", "nodule", "abscess"]),
        min_size=1,
        max_size=4,
    )
)
def test_a_name_and_its_plural_or_capitalised_form_share_stems(words: list[str]) -> None:
    name = " ".join(words)
    plural = " ".join([*words[:-1], words[-1] + ("es" if words[-1].endswith("ss") else "s")])
    assert same_stems(name.title(), plural)
    assert word_stem(plural.split()[-1]) == word_stem(words[-1])
