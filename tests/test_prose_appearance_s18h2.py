"""Session 18 (helper 2) appearance rules: a sentence whose subject names one study ("Power
Doppler may show …", "Catheter angiography demonstrates …") under a heading that names no
modality gives that study's findings. Sentences invented about other organs."""

from __future__ import annotations

from prose_helpers import appearances, section


def test_study_subject_under_a_general_heading_gives_its_findings() -> None:
    found = appearances(
        "Splenic infarction",
        section(
            "Imaging features",
            "Colour and power Doppler may show absent flow in the affected wedge. "
            "Digital subtraction angiography demonstrates an abrupt cut-off of a branch artery.",
        ),
    )
    assert ("Splenic infarction", "colour Doppler", "absent flow in the affected wedge") in found
    assert any(a == "angiography" and "abrupt cut-off" in v for _s, a, v in found)


def test_sequence_subject_names_the_sequence() -> None:
    found = appearances(
        "Bile duct sarcoid",
        section("Radiological features", "DWI may show restricted diffusion along the duct wall."),
    )
    assert any(a == "MRI DWI" and "restricted diffusion" in v for _s, a, v in found)


def test_adverb_of_frequency_before_shows_is_read() -> None:
    found = appearances(
        "Thymic carcinoid",
        section("Imaging features", "Radiographs most often show a widened anterior mediastinum."),
    )
    assert ("Thymic carcinoid", "radiograph", "widened anterior mediastinum") in found


def test_subject_naming_another_lesion_or_no_study_gives_nothing() -> None:
    found = appearances(
        "Splenic infarction",
        section(
            "Imaging features",
            "MR spectroscopy of an abscess shows an amino acid peak. "
            "The patient shows marked pallor. "
            "Gradient-echo images may show small dark foci.",
        ),
    )
    values = {v for _s, _a, v in found}
    assert not any("amino acid" in v or "pallor" in v for v in values)
    # (session 26: the gradient-echo images are read as themselves, never as echocardiography)
    assert all(a == "gradient-echo images" for _s, a, v in found if "dark foci" in v)


def test_study_role_sentence_gives_nothing() -> None:
    found = appearances(
        "Splenic infarction",
        section(
            "Imaging features",
            "Contrast-enhanced CT shows the extent of the infarct and guides drainage.",
        ),
    )
    assert not any("extent" in v for _s, _a, v in found)


def test_study_subject_narrows_the_headings_modality() -> None:
    found = appearances(
        "Epididymal torsion",
        section(
            "Ultrasound",
            "Colour Doppler typically shows absent flow within the appendage nodule.",
        ),
    )
    assert any(a == "colour Doppler" and "absent flow" in v for _s, a, v in found)
    assert not any(a == "ultrasound" and "absent flow" in v for _s, a, v in found)


def test_study_subject_finding_the_vocabulary_reads_is_not_read_twice() -> None:
    found = appearances(
        "Brodie abscess", section("Imaging features", "CT shows a lytic lesion in the metaphysis.")
    )
    assert ("Brodie abscess", "CT", "lytic") in found
    assert not any("lytic lesion" in v for _s, _a, v in found)


def test_study_of_another_family_keeps_the_headings_modality() -> None:
    found = appearances(
        "Epididymal torsion",
        section("Ultrasound", "The scan typically shows an enlarged, heterogeneous appendage."),
    )
    assert any(a == "ultrasound" and "enlarged" in v for _s, a, v in found)


def test_texture_as_a_predicate_is_a_finding_on_the_modality() -> None:
    found = appearances(
        "Splenic hamartoma",
        section(
            "Imaging features",
            "On CT the lesion is heterogeneous with small cystic spaces. "
            "On ultrasound, small lesions tend to be homogeneous.",
        ),
    )
    assert ("Splenic hamartoma", "CT", "heterogeneous") in found
    assert any(a == "ultrasound" and v == "homogeneous" for _s, a, v in found)


def test_texture_before_a_noun_or_denied_is_no_texture_finding() -> None:
    found = appearances(
        "Splenic hamartoma",
        section(
            "CT",
            "A heterogeneous mass may be seen in the spleen. The lesion is not homogeneous.",
        ),
    )
    assert not any(v in ("heterogeneous", "homogeneous", "no homogeneous") for _s, _a, v in found)


def test_texture_under_a_pathology_heading_is_the_specimen() -> None:
    found = appearances(
        "Splenic hamartoma", section("Pathology", "The cut surface is heterogeneous.")
    )
    assert not any("heterogeneous" in v for _s, _a, v in found)


def test_finding_before_a_clause_on_what_the_study_is_good_for_is_read() -> None:
    found = appearances(
        "Wilms tumour",
        section(
            "Ultrasound",
            "Colour Doppler demonstrates tumour thrombus in the renal vein and is useful "
            "to assess the IVC.",
        ),
    )
    assert any(a == "colour Doppler" and "tumour thrombus" in v for _s, a, v in found)


def test_study_named_only_for_what_it_is_good_for_gives_nothing() -> None:
    found = appearances(
        "Wilms tumour",
        section("Imaging features", "CT shows the extent of the tumour and is useful for staging."),
    )
    assert not any("extent" in v for _s, _a, v in found)


def test_nuclear_medicine_study_named_by_the_sentence_is_the_attribute() -> None:
    found = appearances(
        "Osteoid osteoma of the talus",
        section("Nuclear medicine", "Bone scintigraphy shows a focal hot spot in the talar neck."),
    )
    assert any(a == "bone scan" and "hot spot" in v for _s, a, v in found)


def test_compared_texture_is_no_texture_finding() -> None:
    found = appearances(
        "Splenic hamartoma",
        section("CT", "Larger lesions are more heterogeneous, with cystic areas."),
    )
    assert not any(v == "heterogeneous" for _s, _a, v in found)


def test_study_of_the_case_part_is_the_study() -> None:
    found = appearances(
        "Sinding-Larsen-Johansson syndrome",
        section(
            "Imaging features",
            "The lateral radiograph of the right knee shows fragmentation of the inferior pole.",
        ),
    )
    assert any(a == "radiograph" and "fragmentation" in v for _s, a, v in found)


def test_study_of_the_other_side_is_not_the_lesions() -> None:
    found = appearances(
        "Sinding-Larsen-Johansson syndrome",
        section(
            "Imaging features",
            "The lateral radiograph of the contralateral knee shows a bipartite patella.",
        ),
    )
    assert not any("bipartite" in v for _s, _a, v in found)


def test_anatomical_superior_or_inferior_is_no_comparison_of_studies() -> None:
    found = appearances(
        "Mesenteric venous thrombosis",
        section("CT", "CT shows a filling defect in the superior mesenteric vein."),
    )
    assert any("filling defect" in v for _s, _a, v in found)
    compared = appearances(
        "Mesenteric venous thrombosis",
        section("CT", "CT shows thrombus with a sensitivity superior to ultrasound."),
    )
    assert not any("thrombus" in v for _s, _a, v in compared)


def test_study_showing_the_lesion_in_detail_is_a_role_not_a_finding() -> None:
    found = appearances(
        "Tarsal coalition",
        section(
            "Imaging features",
            "CT depicts the coalition and the adjacent joints in fine detail and is often "
            "decisive.",
        ),
    )
    assert not any("coalition" in v or "joints" in v for _s, _a, v in found)


def test_lesion_seen_as_a_finding_gives_the_finding() -> None:
    found = appearances(
        "Pyosalpinx",
        section(
            "CT", "A pyosalpinx is typically seen as a dilated, thick-walled tubular structure."
        ),
    )
    assert any("dilated, thick-walled tubular structure" in v for _s, _a, v in found)


def test_another_thing_seen_as_a_finding_is_not_the_lesions() -> None:
    found = appearances(
        "Pyosalpinx",
        section("CT", "A hydrosalpinx is seen as a thin-walled tubular structure."),
    )
    assert not any("thin-walled tubular" in v for s, _a, v in found if s == "Pyosalpinx")
