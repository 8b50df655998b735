"""Session-19 appearance fixes of wrong cards, each checked on sentences invented for other
organs and diseases: a level said of a named thing, a list of structures under a change,
a structure taken for a finding, a possessive taken into a subject."""

from __future__ import annotations

from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

from quizgen.extractors.imaging import read_findings
from quizgen.extractors.imaging_open import names_only_anatomy
from quizgen.model import Section


def _values(title: str, *sections: Section) -> set[str]:
    return {value for _, _, value in _appearances(title, *sections)}


# --- a level said of a named thing is that thing's ----------------------------------------


def test_a_level_of_a_named_thing_is_not_the_diseases() -> None:
    us = _section(
        "Ultrasound",
        "Findings include:",
        (
            "echogenic sludge in, or distension of, the gallbladder lumen",
            "echogenic, oedematous pericholecystic fat",
            "a positive sonographic Murphy sign",
        ),
    )
    found = _appearances("Acute acalculous cholecystitis", us)
    assert not any(v == "hyperechoic" for _, _, v in found)
    # the thing's look stays an open finding, read with the object both findings share
    assert any(v == "echogenic sludge in the gallbladder lumen" for _, _, v in found)


def test_a_level_before_a_clot_or_node_is_theirs() -> None:
    assert read_findings("a hyperdense clot in the basilar artery", "CT") == []
    assert read_findings("hypoechoic enlarged lymph nodes", "ultrasound") == []


def test_a_level_of_the_lesion_itself_stays() -> None:
    assert [f.value for f in read_findings("the mass is hyperechoic", "ultrasound")] == [
        "hyperechoic"
    ]
    # "fat-suppressed" names a sequence, not fat
    mr = read_findings("hyperintense on T2-weighted fat-suppressed images", "")
    assert [(f.attribute, f.value) for f in mr] == [("MRI T2", "hyperintense")]
    # a part of the lesion keeps its own reading
    assert [f.value for f in read_findings("a hypoechoic wall", "ultrasound")] == [
        "hypoechoic wall"
    ]


# --- a structure listed under a change takes the change ---------------------------------------


def test_structures_listed_under_a_change_take_it() -> None:
    ct = _section(
        "CT",
        "The tumour destroys the skull base. Structures that may be eroded include:",
        (
            "the petrous apex, in advanced disease",
            "the floor of the middle cranial fossa",
            "widening of the jugular foramen",
        ),
    )
    values = _values("Glomus jugulare paraganglioma", ct)
    assert "erosion of the petrous apex" in values
    assert "erosion of the floor of the middle cranial fossa" in values
    assert "widening of the jugular foramen" in values  # a finding of its own stays
    assert "petrous apex" not in values
    assert "petrous apex, in advanced disease" not in values


def test_a_bare_structure_without_a_change_is_no_finding() -> None:
    ct = _section(
        "CT",
        "Other findings include:",
        ("the pterygopalatine fossa", "bowing of the posterior maxillary wall"),
    )
    values = _values("Nasal angiofibroma", ct)
    assert "pterygopalatine fossa" not in values
    assert "bowing of the posterior maxillary wall" in values


def test_names_only_anatomy() -> None:
    assert names_only_anatomy("the sigmoid colon")
    assert names_only_anatomy("aryepiglottic folds")
    assert not names_only_anatomy("thickened aryepiglottic folds")
    assert not names_only_anatomy("gasless abdomen")
    assert not names_only_anatomy("jejunal loops lying in the right abdomen")
    assert not names_only_anatomy("portal venous gas")


def test_and_does_not_split_a_second_structure_off_its_change() -> None:
    ct = _section(
        "CT",
        "There is circumferential thickening of the oesophageal wall and gastric cardia.",
        "There is a small pleural effusion and mild pericardial thickening.",
    )
    values = _values("Oesophageal carcinoma", ct)
    assert "circumferential thickening of the oesophageal wall and gastric cardia" in values
    assert "gastric cardia" not in values
    assert {"small pleural effusion", "mild pericardial thickening"} <= values


# --- a possessive opening is the referent's part ---------------------------------------------


def test_a_possessive_subject_is_the_referents_part() -> None:
    xr = _section(
        "Plain radiograph",
        "Radiographs show a lucent epiphyseal lesion. Its margin is thin and sclerotic.",
    )
    subjects = {s for s, _, _ in _appearances("Chondroblastoma", xr)}
    assert not any(s.lower().startswith(("its ", "their ")) for s in subjects)
    assert "margin of chondroblastoma" in subjects


# --- a line's finding without why it looks so; whether it shows is no look ------------------


def test_a_sequence_line_loses_its_cause_and_best_view() -> None:
    mr = _section(
        "MRI",
        "Signal characteristics:",
        (
            "T1: foci of high signal due to fat, best seen on in-phase images",
            "T2: hypointense rim, caused by haemosiderin",
            "FLAIR: hyperintense; surrounding oedema is common",
        ),
    )
    found = _appearances("Renal angiomyolipoma", mr)
    assert ("Renal angiomyolipoma", "MRI T1", "foci of high signal") in found
    assert ("Renal angiomyolipoma", "MRI T2", "hypointense rim") in found
    assert (
        "Renal angiomyolipoma",
        "MRI FLAIR",
        "hyperintense; surrounding oedema is common",
    ) in found


def test_too_small_to_see_is_no_appearance() -> None:
    us = _section(
        "Ultrasound",
        "The dilated bile ductules are usually too small to resolve. "
        "Daughter cysts are usually anechoic.",
    )
    found = _appearances("Caroli disease", us)
    assert not any(v.startswith("too ") for _, _, v in found)
    assert ("Daughter cysts", "ultrasound", "anechoic") in found
