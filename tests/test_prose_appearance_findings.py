"""Appearance findings written in words other than hypo/iso/hyper: bone lesion vocabulary
(lytic, zone of transition, matrix, periosteal reaction), "low to intermediate in signal",
"enhancement is mild and heterogeneous", cine SSFP, the lesion's solid part, and sentences
about what a modality is good at. Sentences invented about organs and diseases of every
system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging import read_findings, sequences_in
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _article(title: str, *paragraphs: str, heading: str = "MRI") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="x", title=title, sections=(Section(heading, blocks),))


def _found(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


# --- bone lesions: matrix, margin, cortex, periosteum ---------------------------------------


def test_a_lytic_lesion_without_matrix_gives_both_findings() -> None:
    found = _found(
        _article(
            "Chondromyxoid fibroma",
            "The lesion is purely lytic, with no matrix mineralisation.",
            heading="Radiographs",
        )
    )
    assert found == {
        ("Chondromyxoid fibroma", "radiograph", "purely lytic"),
        ("Chondromyxoid fibroma", "radiograph", "no matrix mineralisation"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The zone of transition is narrow.",
        "The tumour has a narrow zone of transition.",
        "It is eccentric, and the zone of transition is usually narrow.",
    ],
)
def test_the_zone_of_transition_in_any_phrasing(sentence: str) -> None:
    found = _found(_article("Non-ossifying fibroma", sentence, heading="Radiographs"))
    assert ("Non-ossifying fibroma", "radiograph", "narrow zone of transition") in found


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("a wide zone of transition", "wide zone of transition"),
        ("aggressive periosteal reaction", "aggressive periosteal reaction"),
        ("without periosteal reaction", "no periosteal reaction"),
        ("endosteal scalloping", "endosteal scalloping"),
        ("mixed lytic and sclerotic", "mixed lytic and sclerotic"),
        ("chondroid matrix", "chondroid matrix"),
        ("an air-fluid level", "air-fluid level"),
    ],
)
def test_bone_vocabulary(clause: str, value: str) -> None:
    assert [f.value for f in read_findings(clause, "radiograph")] == [value]


def test_a_sclerotic_rim_is_not_a_sclerotic_lesion() -> None:
    assert [f.value for f in read_findings("a lytic lesion with a thin sclerotic rim", "CT")] == [
        "lytic",
        "thin sclerotic rim",
    ]


def test_words_that_only_end_in_lytic_are_no_finding() -> None:
    assert read_findings("haemolytic anaemia and fibrinolytic therapy", "CT") == []


def test_another_structure_after_and_is_not_the_lesion() -> None:
    found = _found(
        _article(
            "Brodie abscess",
            "The lesion is lytic, and the adjacent bone is sclerotic.",
            heading="Radiographs",
        )
    )
    # the adjacent bone's sclerosis is the bone's state, in the cue, never the lesion's own
    assert found == {
        ("Brodie abscess", "radiograph", "lytic"),
        ("Brodie abscess", "radiograph adjacent bone", "sclerotic"),
    }


def test_a_differential_is_lytic_is_not_the_subject_lytic() -> None:
    found = _found(_article("Enchondroma", "Osteomyelitis is lytic.", heading="Radiographs"))
    assert found == set()


# --- signal in words, enhancement predicates -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "On T1 the nodule is low to intermediate in signal.",
        "The nodule is of low to intermediate signal on T1.",
        "On T1 it has low to intermediate signal.",
    ],
)
def test_a_signal_range_in_words(sentence: str) -> None:
    found = _found(_article("Desmoid fibromatosis", sentence))
    assert {(a, v) for _, a, v in found} == {("MRI T1", "low to intermediate signal")}


@given(
    first=st.sampled_from(["mild", "intense", "avid", "moderate"]),
    second=st.sampled_from(["heterogeneous", "homogeneous", "patchy"]),
    adverb=st.sampled_from(["", "usually ", "typically "]),
)
def test_enhancement_is_x_and_y(first: str, second: str, adverb: str) -> None:
    found = read_findings(f"Enhancement is {adverb}{first} and {second}", "CT")
    assert [(f.attribute, f.value) for f in found] == [
        ("contrast-enhanced CT", f"{first} and {second} enhancement")
    ]


def test_and_enhancement_is_avid_is_the_predicates_finding() -> None:
    found = _found(
        _article("Paraganglioma", "It is hypodense, and enhancement is avid.", heading="CT")
    )
    assert found == {
        ("Paraganglioma", "CT", "hypodense"),
        ("Paraganglioma", "contrast-enhanced CT", "avid enhancement"),
    }


# --- sequences named in other ways ------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["cine SSFP", "SSFP", "balanced steady-state free precession", "cine imaging"]
)
def test_cine_sequences(text: str) -> None:
    assert sequences_in(f"on {text}") == ["MRI cine SSFP"]


def test_a_finding_on_cine_relative_to_the_blood_pool() -> None:
    found = _found(
        _article(
            "Papillary fibroelastoma",
            "On cine SSFP imaging it is hypointense relative to the bright blood pool.",
            heading="Cardiac MRI",
        )
    )
    assert found == {
        ("Papillary fibroelastoma", "MRI cine SSFP", "hypointense to bright blood pool")
    }


# --- subjects: the lesion's solid part; a modality's role ---------------------------------------


def test_the_solid_tumour_is_the_lesions_solid_part() -> None:
    found = _found(_article("Ependymoma", "On T2 the solid tumour is hyperintense."))
    assert found == {("solid component of ependymoma", "MRI T2", "hyperintense")}


def test_plural_cystic_tumours_stay_a_kind() -> None:
    found = _found(_article("Ependymoma", "Cystic tumours are hyperintense on T2."))
    assert found == {("Cystic tumours", "MRI T2", "hyperintense")}


@pytest.mark.parametrize(
    "sentence",
    [
        "CT shows cortical thinning and periosteal reaction better than radiographs.",
        "MRI is more sensitive for marrow oedema and shows low signal on T1.",
        "Ultrasound is useful to confirm that the mass is hypoechoic.",
    ],
)
def test_what_a_modality_is_good_at_is_no_finding(sentence: str) -> None:
    assert _found(_article("Ewing sarcoma", sentence, heading="Imaging")) == set()


def test_a_modality_that_shows_a_finding_still_gives_it() -> None:
    found = _found(_article("Ewing sarcoma", "CT shows a lytic lesion.", heading="Imaging"))
    assert found == {("Ewing sarcoma", "CT", "lytic")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Deposits are either osteoblastic or osteolytic.",
        "Deposits are osteoblastic versus osteolytic depending on the primary.",
    ],
)
def test_either_of_two_bone_patterns_is_neither(sentence: str) -> None:
    assert _found(_article("Skeletal metastases", sentence, heading="Radiographs")) == set()


# --- blooming said with a verb; the remainder after a share ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Haemosiderin also blooms on gradient echo sequences.",
        "Haemosiderin blooms on SWI.",
    ],
)
def test_blood_products_that_bloom_are_the_lesions(sentence: str) -> None:
    found = _found(_article("Cavernous malformation", sentence))
    assert {(a, v) for _, a, v in found} == {("MRI SWI/GRE", "blooming")}
    assert all("cavernous malformation" in s.lower() for s, _, _ in found)


def test_another_structure_that_blooms_is_not_the_lesion() -> None:
    assert _found(_article("Cavernous malformation", "The basal ganglia bloom on SWI.")) == set()


def test_the_remainder_after_a_share_is_a_second_finding() -> None:
    article = Article(
        slug="x",
        title="Epidermoid cyst",
        sections=(
            Section(
                "CT",
                (
                    Block(
                        BlockKind.LIST,
                        items=(
                            ListItem("hypodense to brain in about two-thirds"),
                            ListItem("remainder iso- or hyperdense"),
                        ),
                    ),
                ),
            ),
        ),
    )
    assert _found(article) == {
        ("Epidermoid cyst", "CT", "hypodense to brain"),
        ("Epidermoid cyst", "CT", "iso- or hyperdense"),
    }


def test_the_remainder_in_prose() -> None:
    found = _found(
        _article("Meningioma", "Most are hyperdense. The rest are isodense.", heading="CT")
    )
    assert found == {("Meningioma", "CT", "hyperdense"), ("Meningioma", "CT", "isodense")}


# --- the hybrid modality as written ------------------------------------------------------------


def test_fdg_avidity_under_a_pet_ct_heading_is_read_on_pet_ct() -> None:
    found = _found(_article("Thymoma", "These tumours are usually FDG-avid.", heading="PET-CT"))
    assert found == {("Thymoma", "PET-CT", "FDG-avid")}


def test_fdg_avidity_on_pet_stays_pet() -> None:
    found = _found(_article("Thymoma", "Thymomas are FDG-avid on PET.", heading="Imaging"))
    assert found == {("Thymoma", "PET", "FDG-avid")}


# --- openings and asides that say when, not what; ultrasound artefacts --------------------------


def test_an_opening_on_when_the_modality_is_used_leaves_the_finding() -> None:
    found = _found(
        _article(
            "Renal oncocytoma",
            "Although seldom required, MRI demonstrates a mass of intermediate signal on T1 and "
            "high signal on T2.",
            heading="Imaging",
        )
    )
    assert found == {
        ("Renal oncocytoma", "MRI T1", "intermediate signal"),
        ("Renal oncocytoma", "MRI T2", "hyperintense"),
    }


def test_a_condition_on_the_lesion_still_leaves_it_out() -> None:
    sentence = "When haemorrhagic, the lesion is hyperintense on T1."
    assert _found(_article("Renal oncocytoma", sentence)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Enhancement, when present, tends to be mild and heterogeneous.",
        "Enhancement tends to be mild and heterogeneous.",
        "Enhancement is mild and heterogeneous.",
    ],
)
def test_enhancement_with_an_aside(sentence: str) -> None:
    found = _found(_article("Splenic hamartoma", sentence, heading="CT"))
    assert found == {
        ("Splenic hamartoma", "contrast-enhanced CT", "mild and heterogeneous enhancement")
    }


def test_another_subject_with_an_aside_is_not_the_lesion() -> None:
    sentence = "Lipomas, when present, are hypodense."
    assert _found(_article("Splenic hamartoma", sentence, heading="CT")) == set()


def test_gas_artefacts_on_ultrasound_are_two_findings() -> None:
    found = _found(
        _article(
            "Emphysematous cholecystitis",
            "The wall shows dirty shadowing and ring-down artefact.",
            heading="Ultrasound",
        )
    )
    assert {(a, v) for _, a, v in found} == {
        ("ultrasound acoustic", "dirty shadowing"),
        ("ultrasound acoustic", "ring-down artefact"),
    }
