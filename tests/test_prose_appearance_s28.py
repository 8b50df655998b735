"""Session 28 appearance rules: a list of another condition's other features, a subject that
names a type of the article's lesion ("Type 2 lesions"), and an injury named as the subgroup
a listed finding closes on. Sentences invented about other organs."""

from __future__ import annotations

from prose_helpers import appearances, section

from quizgen.extractors.imaging import read_findings


def test_list_of_the_other_features_of_another_condition_is_not_the_topics() -> None:
    found = appearances(
        "Renal osteodystrophy nodule",
        section(
            "Plain radiograph",
            "A radiograph also shows the other skeletal features of hypophosphataemia, "
            "which support the diagnosis:",
            ("looser zones in the femoral necks", "sclerotic bands along the vertebral endplates"),
        ),
    )
    assert not any("looser" in v or "sclerotic" in v for _s, _a, v in found)


def test_list_of_the_topics_own_other_features_is_still_read() -> None:
    found = appearances(
        "Renal osteodystrophy nodule",
        section(
            "Plain radiograph",
            "Other radiographic features of the nodule include:",
            ("a sclerotic margin around the lesion", "periosteal new bone along the shaft"),
        ),
    )
    assert any("sclerotic margin" in v for _s, _a, v in found)


def test_type_or_hyphenated_kind_of_generic_lesion_is_a_subgroup_of_the_title() -> None:
    found = appearances(
        "Bronchial atresia",
        section(
            "CT",
            "Type 2 lesions appear as a hyperdense tubular mass. "
            "Fluid-filled lesions are typically hypoattenuating.",
        ),
    )
    subjects = {s for s, _a, _v in found}
    assert "Bronchial atresia (type 2)" in subjects
    assert "Bronchial atresia (fluid-filled)" in subjects
    assert not {"Type 2 lesions", "Fluid-filled lesions"} & subjects


def test_named_lesion_or_unhyphenated_kind_keeps_its_own_subject() -> None:
    found = appearances(
        "Bronchial atresia",
        section(
            "CT",
            "Cystic lesions are typically hypoattenuating. "
            "Mucoid impactions are typically hyperdense.",
        ),
    )
    subjects = {s for s, _a, _v in found}
    assert {"Cystic lesions", "Mucoid impactions"} <= subjects


def test_finding_closing_on_a_kind_of_injury_is_that_injurys() -> None:
    found = appearances(
        "Elbow dislocation",
        section(
            "Plain radiograph",
            "Radiographs show:",
            (
                "fractures of the coronoid process or radial head in complex injuries",
                "joint effusion in most cases",
            ),
        ),
    )
    assert (
        "Elbow dislocation (complex injuries)",
        "radiograph",
        "fractures of the coronoid process or radial head",
    ) in found
    assert not any("(most" in s for s, _a, _v in found)


def test_enhancement_keeps_its_degree_across_the_structure_that_enhances() -> None:
    found = read_findings(
        "The small bowel shows increased mucosal enhancement and reduced gallbladder wall "
        "enhancement",
        "CT",
    )
    values = {f.value for f in found}
    assert "increased mucosal enhancement" in values
    assert "reduced gallbladder wall enhancement" in values
    assert not {"enhancement", "wall enhancement"} & values


def test_a_degree_and_structure_too_long_for_a_card_gives_no_bare_enhancement() -> None:
    found = read_findings("absent or reduced small bowel wall enhancement", "CT")
    assert not any(f.value in ("wall enhancement", "enhancement") for f in found)


def test_hedged_show_after_a_sentence_on_the_modality_is_the_topics_finding() -> None:
    found = appearances(
        "Acute renal vein thrombosis",
        section(
            "CT",
            "CT is insensitive early. It may show hypoattenuation of the renal medulla "
            "without perinephric stranding.",
        ),
    )
    assert any(
        s == "Acute renal vein thrombosis" and v.startswith("hypoattenuation of the renal medulla")
        for s, _a, v in found
    )


def test_pronoun_after_a_modality_done_a_certain_way_stands_for_the_modality() -> None:
    found = appearances(
        "Carpal tunnel syndrome",
        section(
            "MRI",
            "MRI with a dedicated wrist coil avoids radiation and is the best technique. "
            "It shows flattening of the median nerve at the hamate.",
        ),
    )
    assert any(
        s == "Carpal tunnel syndrome" and "flattening of the median nerve" in v
        for s, _a, v in found
    )


def test_pronoun_after_another_things_sentence_stays_that_things() -> None:
    found = appearances(
        "Carpal tunnel syndrome",
        section(
            "MRI",
            "Ganglion cysts with a thin wall are a cause. "
            "They may show flattening of the adjacent tendon sheath.",
        ),
    )
    assert not any("flattening" in v for _s, _a, v in found)


def test_pronoun_after_a_sentence_naming_only_the_modality_keeps_the_topic() -> None:
    found = appearances(
        "Splenic infarct",
        section("Ultrasound", "Ultrasound is useful for follow-up. It shows a hypoechoic wedge."),
    )
    assert ("Splenic infarct", "ultrasound", "hypoechoic") in found


def test_renal_and_joined_contrast_phase_lines_are_read_on_the_sections_modality() -> None:
    found = appearances(
        "Renal oncocytoma",
        section(
            "CT",
            "Findings include:",
            (
                "arterial and nephrographic phases: avid, homogeneous enhancement",
                "excretory phase: a well-defined mass displacing the collecting system",
                "delayed phase: the central scar retains contrast",
            ),
        ),
    )
    assert (
        "Renal oncocytoma",
        "CT arterial and nephrographic phases",
        "avid, homogeneous enhancement",
    ) in found
    assert (
        "Renal oncocytoma",
        "CT excretory phase",
        "a well-defined mass displacing the collecting system",
    ) in found
    # a line whose clause has a subject of its own is that subject's, not the tumour's
    assert not any(a == "CT delayed phase" for _s, a, _v in found)


def test_long_sequence_line_read_as_a_paragraph_is_still_a_sequence_line() -> None:
    line = (
        "T2/FLAIR: confluent hyperintensity of the posterior limbs of both internal capsules, "
        "with sparing of the subcortical U-fibres, the corpus callosum and the brainstem tracts "
        "in most patients seen within the first week"
    )
    assert len(line) > 160  # too long for a text reader's labelled line
    found = appearances("Toxic leukoencephalopathy", section("MRI", "MRI is preferred.", line))
    assert any(
        a == "MRI T2/FLAIR" and v.startswith("confluent hyperintensity") for _s, a, v in found
    )


def test_labelled_paragraph_whose_label_is_no_sequence_gives_no_sequence_fact() -> None:
    found = appearances(
        "Toxic leukoencephalopathy",
        section("MRI", "Timing: confluent hyperintensity appears within the first week."),
    )
    assert not any(a.startswith("MRI T") for _s, a, _v in found)


def test_list_line_labelled_by_a_form_of_the_lesion_is_that_forms() -> None:
    found = appearances(
        "Cystic nephroma",
        section(
            "Ultrasound",
            (
                "multilocular: several anechoic locules separated by thin septa",
                "haemorrhagic: a hyperechoic mass without flow",
                "typical: a hypoechoic mass with posterior enhancement",
            ),
        ),
    )
    subjects = {s for s, _a, _v in found}
    assert "Cystic nephroma (multilocular)" in subjects
    assert "Cystic nephroma (haemorrhagic)" in subjects
    assert "Cystic nephroma (typical)" not in subjects
