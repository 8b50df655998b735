"""Session 15 appearance rules: a stage word before a generic lesion noun ("Older lesions",
"Early-phase deposits") names a stage of the article's lesion; a stone in an article on stone
disease (-lithiasis) is the article's own lesion; a part that shares a word other than the
title's head ("the central fat" in "Fat necrosis …") is still a part of the article's lesion;
a contrasting clause after "whereas" with a subject of its own. Sentences invented about other
organs."""

from __future__ import annotations

from prose_helpers import appearances, section

from quizgen.extractors.imaging import read_findings


def test_stage_word_before_generic_lesion_noun_is_a_stage_of_the_title() -> None:
    found = appearances(
        "Haemorrhagic contusion",
        section("MRI", "Older lesions are hypointense on T2-weighted images."),
    )
    subjects = {s for s, _a, _v in found}
    assert "Haemorrhagic contusion (older lesions)" in subjects
    assert "Older lesions" not in subjects


def test_hyphenated_phase_before_deposits_is_a_stage_of_the_title() -> None:
    found = appearances(
        "Amyloid arthropathy",
        section("Ultrasound", "Resolving-stage deposits are hypoechoic with a lobulated margin."),
    )
    subjects = {s for s, _a, _v in found}
    assert "Amyloid arthropathy (resolving-stage)" in subjects
    assert "Resolving-stage deposits" not in subjects


def test_stone_in_an_article_on_stone_disease_is_the_articles_lesion() -> None:
    found = appearances(
        "Nephrolithiasis",
        section(
            "Ultrasound",
            "A stone appears as a bright echogenic focus with posterior acoustic shadowing.",
        ),
    )
    assert {s for s, _a, _v in found} == {"Nephrolithiasis"}


def test_stone_in_an_article_on_another_disease_keeps_its_own_name() -> None:
    found = appearances(
        "Emphysematous pyelitis",
        section("Ultrasound", "A stone appears as a bright echogenic focus."),
    )
    assert "Emphysematous pyelitis" not in {s for s, _a, _v in found}


def test_part_sharing_a_modifier_of_the_title_is_the_titles_part() -> None:
    found = appearances(
        "Fat necrosis of the omentum",
        section("MRI", "The central fat is hyperintense on T1-weighted images."),
    )
    subjects = {s for s, _a, _v in found}
    assert "central fat" not in {s.lower() for s in subjects}
    assert any("fat necrosis of the omentum" in s.lower() for s in subjects)


def test_part_naming_the_titles_head_keeps_its_name() -> None:
    found = appearances(
        "Simple renal cyst",
        section("CT", "The cyst wall is imperceptible."),
    )
    assert all(s.lower() != "the cyst wall of simple renal cyst" for s, _a, _v in found)


def test_contrast_clause_on_another_stage_of_the_lesion_is_read() -> None:
    found = appearances(
        "Amyloid arthropathy",
        section(
            "Ultrasound",
            "Early-stage deposits are hyperechoic with posterior acoustic shadowing, whereas "
            "late-stage deposits are hypoechoic and lobulated.",
        ),
    )
    assert ("Amyloid arthropathy (late-stage)", "ultrasound", "hypoechoic") in found
    assert ("Amyloid arthropathy (early-stage)", "ultrasound", "hyperechoic") in found


def test_contrast_clause_on_another_lesion_gives_nothing() -> None:
    found = appearances(
        "Amyloid arthropathy",
        section(
            "Ultrasound",
            "The deposits are hyperechoic, whereas gouty tophi are hypoechoic.",
        ),
    )
    assert not any(v == "hypoechoic" for _s, _a, v in found)


def test_finding_said_absent_after_the_modality_it_is_sought_on_keeps_its_absence() -> None:
    found = [
        f.value
        for f in read_findings("Internal vascularity on power Doppler is usually absent", "")
    ]
    assert found
    assert all(v.startswith("no ") for v in found)


def test_features_of_a_named_state_are_its_and_a_lone_noun_is_a_finding_of_its_own() -> None:
    found = appearances(
        "Chronic pancreatitis",
        section(
            "CT",
            "Features of venous hypertension include splenomegaly, ascites, dilated "
            "gastric veins and mesenteric oedema.",
        ),
    )
    values = {v for s, _a, v in found if "venous hypertension" in s}
    assert "splenomegaly" in values
    assert "ascites" in values
    assert not any(s == "Chronic pancreatitis" for s, _a, _v in found)


def test_contrast_opening_before_there_is_names_the_post_contrast_sequence() -> None:
    found = appearances(
        "Glomus jugulare paraganglioma",
        section(
            "MRI",
            "The tumour is hyperintense on T2. After contrast there is avid enhancement.",
        ),
    )
    assert ("Glomus jugulare paraganglioma", "MRI T1 C+", "avid enhancement") in found


def test_diffusion_said_not_restricted_is_no_restricted_diffusion() -> None:
    found = appearances(
        "Glomus jugulare paraganglioma",
        section("MRI", "The tumour is hyperintense on T2. Diffusion is not restricted."),
    )
    assert ("Glomus jugulare paraganglioma", "MRI DWI", "no restricted diffusion") in found


def test_compound_adjective_in_like_does_not_end_the_main_clause() -> None:
    found = appearances(
        "Glomus jugulare paraganglioma",
        section("MRI", "The tumour has a salt-like texture and is hyperintense on T2."),
    )
    assert ("Glomus jugulare paraganglioma", "MRI T2", "hyperintense") in found


def test_described_lesion_as_subject_of_a_verb_of_place_is_the_titles_look() -> None:
    found = appearances(
        "Splenic hamartoma in a child",
        section(
            "Ultrasound",
            "A rounded, hyperechoic mass occupies the lower pole of the spleen and is "
            "continuous with the splenic hilum.",
        ),
    )
    # (a case page's title: its facts are its diagnosis's, extractors/case_subject)
    assert ("Splenic hamartoma", "ultrasound", "hyperechoic") in found


def test_described_lesion_outside_a_modality_heading_gives_nothing() -> None:
    found = appearances(
        "Splenic hamartoma in a child",
        section("Presentation", "A rounded, firm mass occupies the left upper quadrant."),
    )
    assert found == []


def test_signal_on_all_sequences_is_read_for_every_sequence_at_once() -> None:
    found = appearances(
        "Osteoid osteoma of the talus",
        section("MRI", "The nidus is hypointense on all sequences."),
    )
    assert ("nidus of osteoid osteoma of the talus", "MRI all sequences", "hypointense") in found


def test_size_word_before_the_titles_own_name_is_a_subgroup_of_the_title() -> None:
    found = appearances(
        "Parathyroid adenoma",
        section("Ultrasound", "Small adenomas are typically oval and homogeneously hypoechoic."),
    )
    assert ("Parathyroid adenoma (small)", "ultrasound", "homogeneously hypoechoic") in found


def test_lesion_that_follows_a_tissue_on_all_sequences() -> None:
    found = appearances(
        "Rathke cleft cyst",
        section("MRI", "The cyst follows CSF on all sequences."),
    )
    assert ("Rathke cleft cyst", "MRI all sequences", "follows CSF") in found
