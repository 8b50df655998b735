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
    assert not any("amino acid" in v or "pallor" in v or "dark foci" in v for v in values)


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
