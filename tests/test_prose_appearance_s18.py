"""Session-18 appearance fixes of wrong cards and subject choice, each checked on sentences
invented for other organs and diseases."""

from __future__ import annotations

from pathlib import Path

from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

from quizgen.extractors import extract_facts
from quizgen.model import BlockKind, FactKind, Section
from quizgen.readers import read_article


def _values(title: str, *sections: Section) -> set[str]:
    return {value for _, _, value in _appearances(title, *sections)}


# --- an image's caption is no finding -----------------------------------------------------


def test_a_caption_naming_the_study_is_no_finding() -> None:
    xr = _section(
        "Plain radiograph",
        "Frontal radiograph of the right knee. The patella is displaced laterally.",
    )
    ct = _section("CT", "Axial contrast-enhanced CT through the upper abdomen.")
    found = _appearances("Patellar dislocation", xr, ct)
    values = {v.lower() for _, _, v in found}
    assert not any("radiograph of" in v or "ct through" in v for v in values)
    assert ("Patellar dislocation", "radiograph patella", "displaced laterally") in found


def test_a_telegraphic_finding_on_a_study_is_still_a_finding() -> None:
    ct = _section("CT", "Bilateral hilar lymphadenopathy on CT.", "Normal chest radiograph.")
    values = _values("Sarcoidosis", ct)
    assert any(v.startswith("bilateral hilar lymphadenopathy") for v in values)


# --- a change said by a bare verb, of some of the lesions, is no telegraphic finding -------


def test_some_lesions_calcify_is_not_a_verbless_finding() -> None:
    xr = _section("Radiograph", "Some phleboliths calcify. A few plaques ossify.")
    values = _values("Venous malformation", xr)
    assert not any("calcify" in v or "ossify" in v for v in values)
    assert not any(v == "calcification" for v in values)


def test_a_verbless_calcified_finding_still_counts() -> None:
    xr = _section("Radiograph", "Calcified rim.")
    assert "calcified rim" in {v.lower() for v in _values("Hydatid cyst", xr)}


# --- "These nodules" are the nodules the sentence before named ---------------------------


def test_these_nodules_are_the_nodules_named_before() -> None:
    ct = _section(
        "CT",
        "In advanced disease the liver shows atrophy and multiple siderotic nodules. "
        "These nodules are hyperattenuating on non-contrast images.",
    )
    found = _appearances("Cirrhosis", ct)
    subjects = {s for s, _, v in found if "hyperattenuating" in v or "hyperdense" in v}
    assert subjects == {"siderotic nodules"}


def test_these_nodules_without_a_named_kind_keep_the_old_subject() -> None:
    ct = _section(
        "CT",
        "The liver contains multiple nodules. These nodules are hypoattenuating.",
    )
    found = _appearances("Sarcoidosis", ct)
    subjects = {s for s, _, v in found if "hypo" in v}
    assert subjects == {"nodules of sarcoidosis"}


# --- a sign seen as a finding on a sequence line -------------------------------------------


def test_a_sign_seen_as_a_finding_gives_the_finding_named_by_the_sign() -> None:
    mri = _section(
        "MRI",
        "Features include:",
        (
            "FLAIR: sulcal hyperintensity",
            "T1 C+ (Gd): the cord sign is also seen as linear enhancement",
        ),
    )
    found = _appearances("Cerebral venous thrombosis", mri)
    assert ("Cerebral venous thrombosis", "MRI T1 C+", "linear enhancement (cord sign)") in found
    assert not any(v.startswith("the cord sign") for _, _, v in found)


# --- a prose subject is never a setting ---------------------------------------------------


def test_a_subject_opening_on_a_setting_is_no_subject() -> None:
    ct = _section(
        "CT",
        "On non-contrast CT the deposits are usually hyperdense.",
        "On bone scintigraphy hot spots appear as foci of intense uptake.",
    )
    found = _appearances("Renal oncocytoma", ct)
    assert not any(s.lower().startswith("on ") for s, _, _ in found), found
    assert ("hot spots", "nuclear medicine", "intense uptake") in found


# --- plain text: per-sequence entries run together on one line ----------------------------


def _text_article(tmp_path: Path, body: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(f"Thyroglossal duct cyst\n\nMRI\n\n{body}\n\nReferences\n", encoding="utf-8")
    return [
        (f.subject, f.attribute, f.value)
        for f in extract_facts(read_article(path))
        if f.kind is FactKind.APPEARANCE
    ]


def test_sequence_entries_run_together_are_read_one_by_one(tmp_path: Path) -> None:
    found = _text_article(
        tmp_path,
        "T1: variable signal, higher with protein content; T2: markedly hyperintense "
        "T1 C+ (Gd): thin rim enhancement only DWI: no restricted diffusion",
    )
    by_sequence = {a: v for _, a, v in found}
    assert by_sequence.get("MRI T2") == "markedly hyperintense"
    assert by_sequence.get("MRI T1 C+") == "thin rim enhancement only"
    assert by_sequence.get("MRI DWI") == "no restricted diffusion"
    assert by_sequence.get("MRI T1") == "variable signal, higher with protein content"


def test_a_line_not_opening_on_a_sequence_label_is_not_split(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    line = "The cyst is often bright, as noted on T2: the fluid is hyperintense CT: hypodense"
    path.write_text(f"Thyroglossal duct cyst\n\nMRI\n\n{line}\n\nReferences\n", encoding="utf-8")
    blocks = [b for s in read_article(path).sections for b in s.blocks]
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]
    assert blocks[0].text == line


# --- a finding stated for a stage, form or state of the subject names it -------------------


def test_a_finding_after_a_stage_opening_names_the_stage() -> None:
    ct = _section(
        "CT",
        "In advanced disease the kidney shows cortical thinning, a scarred contour and "
        "dystrophic calcification.",
    )
    found = _appearances("Reflux nephropathy", ct)
    assert ("Reflux nephropathy (advanced disease)", "CT kidney", "cortical thinning") in found
    assert not any(s == "Reflux nephropathy" for s, _, _ in found)


def test_a_listed_finding_closing_on_a_form_names_the_form() -> None:
    ct = _section(
        "CT",
        "Vascular findings include:",
        ("an expanded vein with an enhancing thrombus in tumour thrombosis",),
    )
    found = _appearances("Renal vein thrombosis", ct)
    assert (
        "Renal vein thrombosis (tumour thrombosis)",
        "CT",
        "expanded vein with an enhancing thrombus",
    ) in found


def test_a_state_opening_names_the_state() -> None:
    ct = _section("CT", "If infected, the cyst wall is thickened.")
    subjects = {s for s, _, v in _appearances("Thyroglossal duct cyst", ct) if "thickened" in v}
    assert subjects
    assert all(s.endswith("(infected)") for s in subjects)


def test_a_scan_phase_a_count_or_another_disease_is_no_subgroup() -> None:
    ct = _section(
        "CT",
        "In the arterial phase the mass shows avid enhancement.",
        "In most cases the spleen shows multiple small infarcts.",
        "In Crohn disease, the bowel shows mural stratification.",
        "Findings include:",
        ("hyperenhancement of the wall in the portal venous phase",),
    )
    found = _appearances("Splenic sarcoidosis", ct)
    assert found
    assert not any("(" in s for s, _, _ in found), found


def test_a_setting_before_the_subject_is_not_part_of_its_name() -> None:
    ct = _section(
        "CT",
        "In the arterial phase the mass shows avid enhancement.",
        "In children the cartilage cap appears hypoechoic.",
        "In simple silicosis the chest radiograph shows well-defined nodules.",
    )
    found = _appearances("Splenic hamartoma", ct)
    assert not any(s.lower().startswith("in ") for s, _, _ in found), found
    us = _section("Ultrasound", "In children the cartilage cap appears hypoechoic.")
    subjects = {s for s, _, _ in _appearances("Osteochondroma", us)}
    assert subjects == {"cartilage cap of osteochondroma (children)"}


def test_a_form_of_the_subject_in_the_setting_gives_no_fact_of_the_whole() -> None:
    xr = _section(
        "Radiograph",
        "In simple coal workers pneumoconiosis the radiograph shows multiple small, "
        "well-defined rounded opacities.",
    )
    found = _appearances("Coal workers pneumoconiosis", xr)
    assert not any(s == "Coal workers pneumoconiosis" for s, _, _ in found), found


def test_a_study_named_before_a_bare_subject_is_not_part_of_its_name() -> None:
    nm = _section(
        "Nuclear medicine",
        "On renal scintigraphy (now rarely performed) acute pyelonephritis appears as a "
        "photopenic defect.",
    )
    found = _appearances("Acute pyelonephritis", nm)
    assert ("Acute pyelonephritis", "scintigraphy", "photopenic") in found
    assert not any(s.lower().startswith("on ") for s, _, _ in found)
