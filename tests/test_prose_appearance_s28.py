"""Session 28 appearance rules: a list of another condition's other features, a subject that
names a type of the article's lesion ("Type 2 lesions"), and an injury named as the subgroup
a listed finding closes on. Sentences invented about other organs."""

from __future__ import annotations

from prose_helpers import appearances, section


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
