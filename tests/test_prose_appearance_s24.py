"""Session 12 appearance rules: whose finding a sentence states (signs of a named state, a
modality-subject sentence after a contrasted subgroup, a condition's metastases, generic
nouns) and sentences that state no look. Sentences invented about other organs."""

from __future__ import annotations

from prose_helpers import appearances, section


def test_listed_signs_of_a_named_state_are_that_states() -> None:
    found = appearances(
        "Pleural effusion",
        section(
            "CT",
            "Fluid collects in the dependent pleural space. CT signs of empyema include:",
            ("thickened enhancing parietal pleura", "gas bubbles within the collection"),
        ),
    )
    listed = ("thickened enhancing parietal pleura", "gas bubbles within the collection")
    subjects = {s for s, _a, v in found if v in listed}
    assert subjects == {"Pleural effusion (empyema)"}


def test_signs_of_the_articles_own_subject_stay_its_own() -> None:
    found = appearances(
        "Acute pancreatitis",
        section(
            "CT",
            "CT features of acute pancreatitis include:",
            ("peripancreatic fat stranding", "peripancreatic fluid collections"),
        ),
    )
    assert found
    assert all(s == "Acute pancreatitis" for s, _a, _v in found)


def test_modality_sentence_after_a_contrasted_group_is_the_wholes() -> None:
    found = appearances(
        "Splenic haemangioma",
        section(
            "Ultrasound",
            "Capillary lesions are homogeneous and hyperechoic. Cavernous lesions are "
            "heterogeneous. Colour Doppler usually shows little internal flow.",
        ),
    )
    assert ("Splenic haemangioma", "colour Doppler", "little internal flow") in found
    assert not any("flow" in v and s != "Splenic haemangioma" for s, _a, v in found)


def test_modality_sentence_after_a_form_of_the_subject_keeps_it() -> None:
    found = appearances(
        "Pancreatitis",
        section(
            "Ultrasound",
            "Chronic pancreatitis is echogenic and atrophic. "
            "Colour Doppler usually shows reduced parenchymal flow.",
        ),
    )
    flow = {s for s, _a, v in found if "flow" in v}
    assert flow == {"Chronic pancreatitis"}


def test_metastases_of_a_primary_tumour_name_it() -> None:
    found = appearances(
        "Thyroid carcinoma",
        section("CT", "Lung metastases are typically miliary and well defined."),
    )
    assert ("Thyroid carcinoma (lung metastases)", "CT", "miliary and well defined") in found
    assert not any(s == "Lung metastases" for s, _a, _v in found)


def test_generic_noun_subject_is_no_name() -> None:
    found = appearances(
        "Sarcoidosis",
        section("Plain radiograph", "The changes are usually symmetrical and perihilar."),
    )
    assert not any(s.lower().startswith("the changes") for s, _a, _v in found)


def test_when_it_is_found_is_no_look() -> None:
    found = appearances(
        "Choledochal cyst",
        section("Ultrasound", "Choledochal cysts are usually discovered in infancy."),
    )
    assert not any("discovered" in v for _s, _a, v in found)


def test_signs_of_a_state_named_by_a_title_word_stay_the_articles() -> None:
    found = appearances(
        "Sigmoid volvulus",
        section(
            "Fluoroscopy",
            "Findings of obstruction and volvulus include:",
            ("a bird's beak tapering of the sigmoid colon", "absent rectal gas"),
        ),
    )
    assert found
    assert all(s == "Sigmoid volvulus" for s, _a, _v in found)


def test_items_after_an_intro_of_alternative_patterns_are_no_look_of_the_whole() -> None:
    found = appearances(
        "Chondroblastoma",
        section(
            "Radiographic features",
            "Two radiographic patterns are described:",
            (
                "a well-defined lytic lesion with a sclerotic rim",
                "an expansile lesion with a thin shell of bone",
            ),
        ),
    )
    assert not any(s == "Chondroblastoma" for s, _a, _v in found)


def test_items_after_criteria_for_a_state_are_no_look_of_the_whole() -> None:
    found = appearances(
        "Achilles tendinopathy",
        section(
            "MRI",
            "The criteria for a partial tear on T2-weighted images are:",
            ("a focal hyperintense defect within the tendon",),
        ),
    )
    assert not any(s == "Achilles tendinopathy" for s, _a, _v in found)


def test_items_after_a_findings_intro_stay_the_wholes() -> None:
    found = appearances(
        "Chondroblastoma",
        section(
            "Radiographic features",
            "Typical findings include:",
            ("a well-defined lytic lesion with a sclerotic rim",),
        ),
    )
    assert any(s == "Chondroblastoma" for s, _a, _v in found)


def test_a_denied_finding_is_kept_with_its_no() -> None:
    found = appearances(
        "Renal oncocytoma",
        section("CT", "The tumour enhances avidly. There is no enhancing capsule."),
    )
    assert ("Renal oncocytoma", "CT", "no enhancing capsule") in found


def test_little_or_no_stays_one_finding_and_two_denials_are_two() -> None:
    found = appearances(
        "Gluteal abscess",
        section(
            "Ultrasound",
            "There is little or no perifascial fluid. "
            "There is no joint effusion and no periosteal reaction.",
        ),
    )
    values = {v for _s, _a, v in found}
    assert {"little or no perifascial fluid", "no joint effusion", "no periosteal reaction"} <= (
        values
    )


def test_a_denied_role_link_or_predilection_is_no_finding() -> None:
    found = appearances(
        "Renal oncocytoma",
        section(
            "CT",
            "There is no role for biopsy in typical cases. There is no sex predilection. "
            "There is no reliable CT feature that distinguishes it from carcinoma.",
        ),
    )
    assert found == []


def test_a_denial_after_another_things_sentence_is_not_the_articles() -> None:
    found = appearances(
        "Renal oncocytoma",
        section("CT", "Abscesses have a thick enhancing wall. There is no perifascial fluid."),
    )
    assert not any("perifascial" in v for _s, _a, v in found)


def test_they_after_a_sentence_opening_on_the_articles_name() -> None:
    found = appearances(
        "Thyroid adenoma",
        section(
            "Nuclear medicine",
            "Adenomas concentrate pertechnetate. They are also markedly FDG-avid on PET.",
        ),
    )
    assert ("Thyroid adenoma", "PET", "FDG-avid") in found


def test_they_after_a_sentence_opening_on_another_noun_is_unresolved() -> None:
    found = appearances(
        "Thyroid adenoma",
        section(
            "Nuclear medicine",
            "Adenoma mimics such as colloid nodules concentrate pertechnetate. "
            "They are also markedly FDG-avid on PET.",
        ),
    )
    assert not any(v == "FDG-avid" for _s, _a, v in found)


def test_a_denial_after_a_sentence_about_a_body_structure_stays_the_articles() -> None:
    found = appearances(
        "Nutcracker syndrome",
        section(
            "CT",
            "The left renal vein origin is usually displaced anteriorly. "
            "There is little or no perirenal fluid.",
        ),
    )
    assert ("Nutcracker syndrome", "CT", "little or no perirenal fluid") in found


def test_prose_signs_of_a_named_state_are_that_states() -> None:
    found = appearances(
        "Small bowel obstruction",
        section(
            "CT",
            "Signs of strangulation include reduced mural enhancement, "
            "thickening or oedema of the mesentery and distension of the proximal "
            "loops.",
        ),
    )
    assert set(found) == {
        ("Small bowel obstruction (strangulation)", "CT", "reduced mural enhancement"),
        ("Small bowel obstruction (strangulation)", "CT", "thickening or oedema of the mesentery"),
        (
            "Small bowel obstruction (strangulation)",
            "CT",
            "distension of the proximal loops",
        ),
    }


def test_prose_signs_of_the_articles_own_subject_stay_its_own() -> None:
    found = appearances(
        "Acute appendicitis",
        section(
            "CT",
            "CT features of acute appendicitis include periappendiceal fat stranding and "
            "an appendicolith.",
        ),
    )
    assert found
    assert all(s == "Acute appendicitis" for s, _a, _v in found)


def test_a_structure_after_and_is_no_finding_of_its_own() -> None:
    found = appearances(
        "Right heart failure",
        section(
            "CT",
            "CT features of congestion include reflux of contrast into the hepatic veins and "
            "inferior vena cava.",
        ),
    )
    assert not any(v == "inferior vena cava" for _s, _a, v in found)


def test_two_sides_of_one_structure_are_one_finding() -> None:
    found = appearances(
        "Internal hernia",
        section("CT", "Signs of obstruction include dilatation of the proximal and distal loops."),
    )
    assert found == [
        ("Internal hernia (obstruction)", "CT", "dilatation of the proximal and distal loops")
    ]


def test_a_part_displaced_cranially_or_downwards_is_its_state() -> None:
    found = appearances(
        "Pancreatic pseudocyst",
        section(
            "CT",
            "The stomach is usually displaced cranially. The transverse colon is displaced "
            "downwards.",
        ),
    )
    assert ("Pancreatic pseudocyst", "CT stomach", "displaced cranially") in found
    assert ("Pancreatic pseudocyst", "CT transverse colon", "displaced downwards") in found
