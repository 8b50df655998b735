"""Session-19 appearance readers (helper s19-appearance), each checked on sentences invented
for other organs and diseases."""

from __future__ import annotations

from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

# --- a "technique: finding" line names a technique the sequence table does not know ------


def test_a_technique_label_line_is_read_on_that_technique() -> None:
    mri = _section(
        "MRI",
        (
            "MRA: beaded narrowing of the distal vertebral artery",
            "DCE: rapid wash-in with early washout",
            "cine: dyskinesis of the inferior wall",
        ),
    )
    found = _appearances("Vertebral artery dissection", mri)
    assert (
        "Vertebral artery dissection",
        "MRA",
        "beaded narrowing of the distal vertebral artery",
    ) in found
    assert ("Vertebral artery dissection", "MRI DCE", "rapid wash-in with early washout") in found
    assert ("Vertebral artery dissection", "MRI cine", "dyskinesis of the inferior wall") in found


def test_a_nuclear_technique_with_its_timing_is_one_label() -> None:
    nm = _section("Nuclear medicine", ("interictal SPECT: reduced perfusion of the frontal lobe",))
    found = _appearances("Focal cortical dysplasia", nm)
    assert (
        "Focal cortical dysplasia",
        "interictal SPECT",
        "reduced perfusion of the frontal lobe",
    ) in found


def test_a_technique_line_saying_what_it_is_for_is_no_finding() -> None:
    mri = _section(
        "MRI",
        ("MRA: useful before embolisation", "MRCP: confirms the level of obstruction"),
    )
    assert not _appearances("Biliary atresia", mri)


# --- a level on a named sequence, said of a part or content the vocabulary does not know --


def test_a_content_with_a_level_on_a_sequence_is_the_topics() -> None:
    mri = _section(
        "MRI",
        "Bile is hyperintense on T2-weighted images and of variable signal on T1-weighted images.",
    )
    found = _appearances("Choledochal cyst", mri)
    assert ("bile of choledochal cyst", "MRI T2", "hyperintense") in found
    assert ("bile of choledochal cyst", "MRI T1", "variable signal") in found


def test_an_organ_part_with_a_level_on_a_sequence_is_the_topics() -> None:
    mri = _section("MRI", "The tendons are of low signal on all sequences.")
    found = _appearances("Calcific tendinopathy", mri)
    assert ("tendons of calcific tendinopathy", "MRI all sequences", "low signal") in found


def test_another_lesion_or_the_organ_beside_it_gives_no_level_finding() -> None:
    mri = _section(
        "MRI",
        "The capsule is thin, whereas sarcomas are usually hyperintense on STIR. The adjacent "
        "fascia is hyperintense on T2. The thickened tendon is hypointense on T1.",
    )
    found = _appearances("Muscle haematoma", mri)
    assert not any("sarcoma" in s or "fascia" in s or "tendon" in s for s, _, _ in found), found


def test_a_level_of_a_normal_tissue_or_a_relative_clause_is_no_finding() -> None:
    mri = _section(
        "MRI",
        "Normal tendons are of low signal on all sequences. The bursa, whose lining is "
        "hyperintense on T2, is distended.",
    )
    found = _appearances("Calcific tendinopathy", mri)
    assert not any("tendons" in s.lower() or "whose" in s.lower() for s, _, _ in found)


# --- a property's finding with the modality in the subject, or a normal or hedged level ---


def test_a_property_read_on_doppler_named_in_its_subject() -> None:
    us = _section(
        "Ultrasound",
        "The lesion is a well-defined hypoechoic mass. Vascularity on power Doppler is "
        "usually minimal.",
    )
    found = _appearances("Epidermal inclusion cyst", us)
    assert ("Epidermal inclusion cyst", "colour Doppler", "minimal vascularity") in found


def test_a_property_said_to_be_normal_and_symmetrical() -> None:
    us = _section(
        "Ultrasound",
        "The ovaries are of normal size. On colour Doppler, vascularity is normal and "
        "symmetrical in both ovaries.",
    )
    found = _appearances("Ovarian vein thrombosis", us)
    assert (
        "Ovarian vein thrombosis",
        "colour Doppler",
        "normal and symmetrical vascularity",
    ) in found


def test_a_second_quality_after_a_hedge_stays_in_the_finding() -> None:
    pet = _section("PET-CT", "FDG uptake is variable and usually only mildly increased.")
    found = _appearances("Thymic carcinoid", pet)
    assert any(
        a == "PET" and v.startswith("variable and usually only mildly increased")
        for _, a, v in found
    )


# --- "X appears as Y" of a part, content or other lesion the vocabulary does not know ----


def test_a_content_seen_as_a_finding_is_the_topics() -> None:
    us = _section(
        "Ultrasound",
        "Air appears as bright foci with ring-down artefact, and the wall may be thickened.",
    )
    found = _appearances("Necrotising fasciitis", us)
    assert (
        "air of necrotising fasciitis",
        "ultrasound",
        "bright foci with ring-down artefact",
    ) in found


def test_the_study_a_seen_as_finding_is_read_on_is_the_one_it_names() -> None:
    mri = _section(
        "MRI",
        "Calculi appear as signal voids on T2-weighted images, and MRCP shows the level.",
    )
    found = _appearances("Choledocholithiasis", mri)
    assert any(a == "MRI T2" and v == "signal voids" for _, a, v in found), found


def test_a_hedged_subject_is_not_part_of_the_name() -> None:
    ct = _section("CT", "Debris may appear as a hyperdense cast of the ventricle.")
    found = _appearances("Ventriculitis", ct)
    assert not any("may" in s for s, _, _ in found)
    assert ("debris of ventriculitis", "CT", "hyperdense cast of the ventricle") in found


def test_a_tissue_ending_in_oma_is_no_lesion_and_a_diseases_cysts_are_its_own() -> None:
    mri = _section(
        "MRI",
        "The fibrous stroma is hypointense on T2. Most cysts are hyperintense on T2.",
    )
    found = _appearances("Medullary cystic kidney disease", mri)
    assert ("fibrous stroma of medullary cystic kidney disease", "MRI T2", "hypointense") in found
    assert ("cysts of medullary cystic kidney disease", "MRI T2", "hyperintense") in found


# --- "part: findings" list lines, the part named before its levels ----------------------


def test_a_part_label_line_gives_its_levels_on_each_sequence() -> None:
    mri = _section(
        "MRI",
        (
            "mucoid matrix: T1 hypointense, T2 markedly hyperintense",
            "fibrous septa: dark on T1, iso- to hypointense on T2",
        ),
    )
    found = _appearances("Myxoid liposarcoma", mri)
    assert ("mucoid matrix of myxoid liposarcoma", "MRI T1", "hypointense") in found
    assert ("mucoid matrix of myxoid liposarcoma", "MRI T2", "markedly hyperintense") in found
    assert ("fibrous septa of myxoid liposarcoma", "MRI T1", "dark") in found
    assert ("fibrous septa of myxoid liposarcoma", "MRI T2", "iso- to hypointense") in found


def test_a_part_label_line_without_a_sequence_is_read_on_the_section_modality() -> None:
    ct = _section("CT", ("enhancing rim: thick and irregular enhancement",))
    found = _appearances("Empyema necessitans", ct)
    assert (
        "enhancing rim of empyema necessitans",
        "CT",
        "thick and irregular enhancement",
    ) in found


def test_stage_code_and_form_labels_are_no_parts() -> None:
    mri = _section(
        "MRI",
        (
            "chronic phase: T1 hypointense, T2 hyperintense",
            "CL: anechoic cyst without a wall",
            "macrocystic: T2 hyperintense cysts",
        ),
    )
    found = _appearances("Lymphatic malformation", mri)
    assert not any(s.startswith(("chronic", "CL", "macrocystic")) for s, _, _ in found), found


def test_a_finding_or_scored_descriptor_label_is_no_part() -> None:
    us = _section(
        "Ultrasound",
        (
            "reticular opacities: fine lines bordering the lobules",
            "mucoid matrix: markedly hypoechoic (2 points)",
        ),
    )
    found = _appearances("Lymphangitis carcinomatosa", us)
    assert not any(s.startswith(("reticular", "mucoid")) for s, _, _ in found), found


# --- a finding said to be rare is a finding of the topic on the section's study ---------


def test_a_rare_finding_under_a_study_heading_is_the_topics() -> None:
    ct = _section(
        "CT",
        "The mass is well defined. Cavitation is uncommon.",
        ("haemorrhage is rare",),
    )
    found = _appearances("Pulmonary sclerosing pneumocytoma", ct)
    assert ("Pulmonary sclerosing pneumocytoma", "CT", "cavitation uncommon") in found
    assert ("Pulmonary sclerosing pneumocytoma", "CT", "haemorrhage rare") in found


def test_a_rare_finding_outside_a_study_or_of_patients_is_none() -> None:
    clinical = _section("Clinical presentation", "Haemorrhage is rare.")
    ct = _section("CT", "Patients with cavitation are uncommon.")
    found = _appearances("Pulmonary sclerosing pneumocytoma", clinical, ct)
    assert not any("rare" in v or "uncommon" in v for _, _, v in found), found


def test_how_a_rare_finding_looks_when_present_stays_in_the_answer() -> None:
    xr = _section(
        "Radiograph", "Matrix mineralisation is uncommon; when present it is usually faint."
    )
    found = _appearances("Giant cell tumour of bone", xr)
    assert (
        "Giant cell tumour of bone",
        "radiograph",
        "matrix mineralisation uncommon; when present usually faint",
    ) in found


def test_a_part_whose_name_ends_in_a_lesion_noun_is_still_a_part() -> None:
    mri = _section("MRI", "The endocyst is hyperintense on T2.")
    found = _appearances("Echinococcal cyst", mri)
    assert ("endocyst of echinococcal cyst", "MRI T2", "hyperintense") in found
