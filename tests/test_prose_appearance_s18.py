"""Session-18 appearance fixes of wrong cards and subject choice, each checked on sentences
invented for other organs and diseases."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section
from quizgen.readers import read_article


def _section(heading: str, *blocks: str | tuple[str, ...]) -> Section:
    """Paragraphs as strings, a list as a tuple of its items."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(ListItem(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    return Section(heading, built)


def _appearances(title: str, *sections: Section) -> list[tuple[str, str, str]]:
    article = Article(slug="x", title=title, sections=sections)
    return [
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    ]


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
    ct = _section("CT", "On non-contrast CT the deposits are usually hyperdense.")
    subjects = {s for s, _, _ in _appearances("Renal oncocytoma", ct)}
    assert not any(s.lower().startswith("on ") for s in subjects)


# --- a part's state keeps how marked it is -------------------------------------------------


def test_a_parts_state_keeps_its_degree() -> None:
    us = _section("Ultrasound", "The common bile duct is mildly dilated.")
    assert "mildly dilated" in _values("Choledocholithiasis", us)


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
