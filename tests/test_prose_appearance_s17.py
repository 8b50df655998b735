"""Session-17 appearance fixes of wrong cards, each checked on sentences invented for other
organs."""

from __future__ import annotations

from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

from quizgen.model import Section


def _values(title: str, *sections: Section) -> set[str]:
    return {value for _, _, value in _appearances(title, *sections)}


# --- a value's first word is not capitalised because it opened a list item -----------------


def test_a_values_sentence_initial_capital_is_lowered() -> None:
    ct = _section("CT", "Findings include:", ("Stranding of the pericolic fat", "Free gas"))
    values = _values("Sigmoid diverticulitis", ct)
    assert "stranding of the pericolic fat" in values
    assert not any(v[:1].isupper() for v in values)


def test_a_name_the_article_capitalises_mid_sentence_keeps_its_capital() -> None:
    ct = _section(
        "CT",
        "The lesion was first described by Brodie in the tibia.",
        "Findings include:",
        ("Brodie sclerosis around a lucent cavity", "Periosteal reaction"),
    )
    values = _values("Chronic osteomyelitis", ct)
    assert "Brodie sclerosis around a lucent cavity" in values
    assert "periosteal reaction" in values


def test_an_acronym_or_a_place_opening_a_value_keeps_its_capitals() -> None:
    mri = _section("MRI", "Findings include:", ("India ink artefact at the fat-water interface",))
    ct = _section("CT", "Findings include:", ("FDG-avid nodal enlargement",))
    values = _values("Renal angiomyolipoma", mri, ct)
    assert "India ink artefact at the fat-water interface" in values
    assert any(v.startswith("FDG-avid") for v in values)


# --- findings said scant or missing are no positive finding -------------------------------


def test_findings_said_limited_in_a_differential_entry_are_not_its_findings() -> None:
    ddx = _section(
        "Differential diagnosis",
        (
            "pulmonary Langerhans cell histiocytosis: upper zone cysts and nodules, and "
            "lower zone involvement and ground-glass opacity are usually absent",
        ),
    )
    found = _appearances("Lymphangioleiomyomatosis", ddx)
    values = {value for _, _, value in found}
    assert not any("ground-glass" in v for v in values), found
    # the same entry with the findings said common keeps them
    ddx_common = _section(
        "Differential diagnosis",
        (
            "pulmonary Langerhans cell histiocytosis: upper zone cysts, and ground-glass opacity "
            "is common",
        ),
    )
    assert any("ground-glass" in v for v in _values("Lymphangioleiomyomatosis", ddx_common))


def test_findings_said_limited_in_prose_are_not_the_subjects() -> None:
    ct = _section(
        "CT",
        "Lymphangioleiomyomatosis shows numerous thin-walled cysts, and ground-glass opacity "
        "and septal thickening are usually limited.",
    )
    values = _values("Lymphangioleiomyomatosis", ct)
    assert any("cysts" in v for v in values), values
    assert not any("ground-glass" in v or "septal" in v for v in values), values


# --- "there is" after a part's clause is the whole lesion's -------------------------------


def test_there_is_after_a_parts_clause_is_not_the_parts_finding() -> None:
    mri = _section(
        "MRI",
        "After gadolinium the capsule enhances progressively, and there is no central enhancement.",
    )
    found = _appearances("Hepatic hydatid cyst", mri)
    assert not any("capsule" in subject and "central" in value for subject, _, value in found), (
        found
    )
    assert ("Hepatic hydatid cyst", "MRI T1 C+", "no central enhancement") in found, found


def test_there_is_after_the_lesions_own_clause_stays_its_finding() -> None:
    ct = _section("CT", "The tumour is hypodense, and there is peripheral calcification.")
    found = _appearances("Chondrosarcoma", ct)
    assert ("Chondrosarcoma", "CT", "hypodense") in found, found


# --- an explanation after ", reflecting" is no finding ------------------------------------


def test_what_a_finding_reflects_is_not_a_finding() -> None:
    mri = _section(
        "MRI",
        "The signal is characteristically heterogeneous, reflecting haemorrhage, cysts and "
        "calcification.",
    )
    values = _values("Renal cell carcinoma", mri)
    assert not any("calcification" in v or "cyst" in v for v in values), values


def test_a_clause_after_the_explanation_is_still_read() -> None:
    mri = _section(
        "MRI",
        "On MRI, the lesion shows T2 hyperintensity, reflecting oedema, and "
        "restricted diffusion on DWI.",
    )
    values = _values("Cerebral abscess", mri)
    assert any("restricted diffusion" in v for v in values), values
