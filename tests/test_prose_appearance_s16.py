"""Session-16 appearance rules, each checked on sentences invented for other organs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

from quizgen.extractors.imaging_property import property_finding

# --- navigation and background ------------------------------------------------------------


def test_a_navigation_list_of_related_articles_gives_no_findings() -> None:
    links = ("Pulmonary nodule", "Ground-glass opacification", "Tree-in-bud opacities")
    related = _section("Related articles: Chest imaging", "Findings include:", links)
    assert _appearances("Pulmonary tuberculosis", related) == []
    # the same list under a modality heading lists the topic's findings
    findings = _section("CT", "Findings include:", links)
    assert _appearances("Pulmonary tuberculosis", findings)


def test_the_breasts_background_density_is_no_finding_of_the_lesion() -> None:
    case = _section(
        "Mammography",
        "Extremely dense breasts (ACR density category D). An irregular spiculated mass.",
    )
    values = [value for _, _, value in _appearances("Invasive lobular carcinoma", case)]
    assert values  # the mass is read
    assert not any("dense" in v.lower() for v in values)


# --- a property of the topic as the subject -----------------------------------------------


def test_a_property_subject_gives_the_topics_finding_on_the_sequence_it_names() -> None:
    mri = _section(
        "MRI",
        "Thymomas are well-defined anterior mediastinal masses. "
        "T2 signal is mildly hyperintense in most tumours. "
        "Enhancement after gadolinium is variable. "
        "Diffusion is restricted, with low ADC values.",
    )
    found = _appearances("Thymoma", mri)
    assert ("Thymoma", "MRI T2", "mildly hyperintense") in found
    assert ("Thymoma", "MRI T1 C+", "variable enhancement") in found
    assert ("Thymoma", "MRI DWI", "restricted diffusion") in found


def test_a_tracer_uptake_property_is_read_on_pet() -> None:
    pet = _section("Nuclear medicine", "Most lesions are small. FDG uptake is variable.")
    assert ("Thyroid lymphoma", "PET", "variable FDG uptake") in _appearances(
        "Thyroid lymphoma", pet
    )


def test_a_property_without_a_quality_of_the_closed_list_gives_nothing() -> None:
    assert property_finding("Enhancement is seen in the wall.", "MRI") is None
    assert property_finding("Signal is lost on the opposed-phase images.", "MRI") is None
    # a minority's finding, or a subgroup's, is not how the topic looks
    assert property_finding("Enhancement is sometimes variable.", "MRI") is None
    assert property_finding("Enhancement is variable in children.", "MRI") is None
    # a bare "signal" needs a sequence or MRI to be read on
    assert property_finding("The signal is heterogeneous.", "") is None


def test_a_hedged_second_quality_stays_a_possibility() -> None:
    found = property_finding("Contrast enhancement is heterogeneous and may be marked.", "CT")
    assert found is not None
    assert (found.attribute, found.value) == (
        "contrast-enhanced CT",
        "heterogeneous enhancement, may be marked",
    )
    # a hedge that is no quality of the list ends the finding before it
    found = property_finding("FDG uptake is intense and may mimic a malignancy.", "")
    assert found is not None
    assert found.value == "intense FDG uptake"


def test_a_coordinated_clause_with_a_subject_of_its_own_gives_no_property() -> None:
    # its meaning would be lost with the sentence to the property fact
    assert (
        property_finding("On T1, signal is variable, and foci of fat indicate lipid.", "") is None
    )


@given(
    adverb=st.sampled_from(["", "typically ", "usually ", "generally ", "characteristically "]),
    agent=st.sampled_from(["after gadolinium", "after contrast", "following gadolinium"]),
)
def test_the_same_property_in_several_phrasings_gives_the_same_fields(
    adverb: str, agent: str
) -> None:
    found = property_finding(f"Enhancement {agent} is {adverb}avid and homogeneous.", "MRI")
    assert found is not None
    assert (found.attribute, found.value) == ("MRI T1 C+", "avid and homogeneous enhancement")


# --- a differential entry's findings in its own words -------------------------------------


def test_a_differential_entrys_listed_findings_are_its_own() -> None:
    section = _section(
        "Differential diagnosis",
        "Consider:",
        (
            "hydatid cyst: daughter cysts and a detached, floating membrane",
            "biliary cystadenoma: a multiloculated cyst with thick septa",
        ),
    )
    found = _appearances("Simple hepatic cyst", section)
    assert ("hydatid cyst", "imaging", "daughter cysts") in found
    assert ("biliary cystadenoma", "imaging", "multiloculated cyst with thick septa") in found
    assert not any(subject == "Simple hepatic cyst" for subject, _, _ in found)


def test_a_differential_entrys_remarks_and_clauses_are_no_findings() -> None:
    section = _section(
        "Differential diagnosis",
        "Consider:",
        (
            # the patient, a remark on the entry, a hedge
            "pyogenic abscess: older patients with fever; the most important differential; "
            "may contain gas bubbles",
            # a clause with a verb: its objects are no findings of their own
            "caudate lobe hypertrophy: displaces the portal vein and the IVC posteriorly",
            # a place alone, and an associated disease
            "biliary hamartomas: subcapsular liver, tuberous sclerosis",
        ),
    )
    assert _appearances("Simple hepatic cyst", section) == []


def test_a_list_under_an_intro_naming_the_differential_is_read_outside_its_section() -> None:
    section = _section(
        "Case discussion",
        "The differential diagnosis includes:",
        ("ganglion cyst: a lobulated cyst with thin septa",),
    )
    assert ("ganglion cyst", "imaging", "lobulated cyst with thin septa") in _appearances(
        "Meniscal cyst", section
    )


# --- a key finding and what comes with it; a clause after a semicolon ----------------------


def test_a_key_finding_with_its_companion_and_a_clause_after_a_semicolon() -> None:
    section = _section(
        "Ultrasound",
        "The key finding is thickening of the gallbladder wall, with pericholecystic fluid; "
        "gallbladder distension is common.",
    )
    values = {value for _, _, value in _appearances("Acute cholecystitis", section)}
    assert {
        "thickening of the gallbladder wall",
        "pericholecystic fluid",
        "gallbladder distension",
    } <= values


def test_a_hedged_companion_and_a_subjectless_clause_give_no_finding() -> None:
    section = _section(
        "CT",
        "The key finding is an enlarged, fluid-filled appendix, sometimes with a calcified "
        "appendicolith. Density is variable; depends on the protein content.",
    )
    values = [value for _, _, value in _appearances("Acute appendicitis", section)]
    assert values  # the key finding itself is read
    assert not any("appendicolith" in v or "depends" in v for v in values)


def test_and_splits_a_differential_entry_only_between_two_findings() -> None:
    section = _section(
        "Differential diagnosis",
        "Consider:",
        (
            "renal artery aneurysm: a thick wall and a partially thrombosed lumen",
            "multilocular cystic nephroma: thin septa and fluid-filled locules",
            "segmental arterial mediolysis: beading of the mid and distal splenic arteries",
        ),
    )
    found = _appearances("Fibromuscular dysplasia", section)
    assert ("renal artery aneurysm", "imaging", "thick wall") in found
    assert ("renal artery aneurysm", "imaging", "partially thrombosed lumen") in found
    assert ("multilocular cystic nephroma", "imaging", "thin septa") in found
    assert ("multilocular cystic nephroma", "imaging", "fluid-filled locules") in found
    assert (
        "segmental arterial mediolysis",
        "imaging",
        "beading of the mid and distal splenic arteries",
    ) in found
