"""Session-21 appearance rules, each checked on sentences invented for other organs and
diseases: an existence statement of normal anatomy and a caption naming the examination are
no findings; list lines and generic leads that speak of the page's lesion are its findings."""

from __future__ import annotations

from prose_helpers import appearances as _appearances
from prose_helpers import section as _section

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _values(title: str, *sections: Section) -> set[str]:
    return {value for _, _, value in _appearances(title, *sections)}


def _case(*findings: str) -> tuple[Section, ...]:
    return (
        _section("Case presentation", "Three days of flank pain."),
        _section("CT", *findings),
        _section("Case discussion", "The kidney is the commonest site."),
    )


# --- an existence statement of normal anatomy is no finding --------------------------------


def test_there_is_normal_anatomy_is_no_finding() -> None:
    values = _values(
        "Renal infarct (case)",
        *_case("There are two normally sited kidneys. There is a single left renal vein."),
    )
    assert not any("kidneys" in v or "renal vein" in v for v in values)


def test_there_is_a_change_stays_a_finding() -> None:
    values = _values(
        "Renal infarct (case)",
        *_case("There is a small perinephric haematoma. There is a wedge-shaped cortical defect."),
    )
    assert "small perinephric haematoma" in values
    assert any(v.startswith("wedge-shaped cortical defect") for v in values)


def test_there_is_a_cele_or_thorax_stays_a_finding() -> None:
    values = _values(
        "Bochdalek hernia (case)",
        *_case("There is a right pneumothorax. There is a left-sided varicocele."),
    )
    assert {"right pneumothorax", "left-sided varicocele"} <= values


# --- a caption naming the examination is no finding ------------------------------------------


def test_a_caption_naming_the_examination_is_no_finding() -> None:
    us = _section(
        "Ultrasound",
        "Transvaginal ultrasound performed the next morning.",
        "Doppler sonography obtained after the MRI.",
        "Hypoechoic avascular cortex.",
    )
    values = _values("Ovarian torsion (case)", us)
    assert not any("performed" in v or "obtained" in v for v in values)
    assert "hypoechoic" in values


# --- a list line labelled by a stage or a state is that subgroup's ---------------------------


def test_stage_labelled_lines_are_the_stages_findings() -> None:
    mr = _section(
        "MRI",
        "Signal changes with the age of the blood:",
        (
            "hyperacute: isointense on T1, hyperintense on T2",
            "late phase: a thick hypointense rim and surrounding oedema",
        ),
    )
    found = set(_appearances("Intramuscular haematoma", mr))
    assert ("Intramuscular haematoma (hyperacute)", "MRI T2", "hyperintense") in found
    assert ("Intramuscular haematoma (hyperacute)", "MRI T1", "isointense") in found
    # nothing of a stage line is said of the lesion as a whole
    assert not any(s == "Intramuscular haematoma" for s, _, _ in found)


def test_a_state_labelled_line_is_the_states() -> None:
    us = _section(
        "Ultrasound",
        ("when infected: thick irregular wall and internal debris",),
    )
    found = set(_appearances("Thyroglossal duct cyst", us))
    subjects = {s for s, _, _ in found}
    assert subjects == {"Thyroglossal duct cyst (when infected)"}
    assert any("debris" in v for _, _, v in found)


def test_a_plain_text_stage_line_is_read_too() -> None:
    article = Article(
        slug="x",
        title="Splenic infarct",
        sections=(
            Section(
                "CT",
                (
                    Block(
                        BlockKind.KEY_VALUE,
                        text="chronic: hypodense scar with capsular retraction",
                        key="chronic",
                        value="hypodense scar with capsular retraction",
                    ),
                ),
            ),
        ),
    )
    found = {(f.subject, f.value) for f in extract_facts(article) if f.kind is FactKind.APPEARANCE}
    assert ("Splenic infarct (chronic)", "hypodense scar") in found


def test_stage_lines_outside_a_modality_or_of_other_labels_are_not_read() -> None:
    clinical = _section(
        "Clinical presentation",
        ("acute: abrupt pain and a palpable mass", "chronic: firm nodular thickening of the skin"),
    )
    assert _appearances("Splenic infarct", clinical) == []
    mr = _section(
        "MRI",
        (
            "after gadolinium: intense peripheral enhancement",
            "lipoma: hyperintense on T1",
        ),
    )
    subjects = {s for s, _, _ in _appearances("Splenic infarct", mr)}
    assert not any("(" in s for s in subjects)


# --- "A tumour appears as …": a generic noun for the page's own lesion -----------------------


def test_a_generic_lesion_noun_is_the_articles_own() -> None:
    ct = _section(
        "CT",
        "A tumour appears as an irregular soft-tissue mass, or focal wall thickening, that "
        "extends into the perigastric fat (unlike a benign ulcer).",
    )
    found = _appearances("Gastric adenocarcinoma", ct)
    assert (
        "Gastric adenocarcinoma",
        "CT",
        "irregular soft-tissue mass, or focal wall thickening",
    ) in found


def test_the_titles_head_noun_is_the_articles_own() -> None:
    ct = _section("CT", "The haematoma appears as a crescentic subcapsular collection.")
    assert _appearances("Splenic haematoma", ct) == [
        ("Splenic haematoma", "CT", "crescentic subcapsular collection")
    ]


def test_a_kind_of_the_lesion_or_a_lesion_in_a_condition_is_not_the_whole() -> None:
    ct = _section("CT", "An infected urachal cyst appears as a thick-walled collection.")
    assert not any(s == "Urachal cyst" for s, _, _ in _appearances("Urachal cyst", ct))
    ct = _section("CT", "A tumour appears as a lobulated soft-tissue mass.")
    assert not any(
        s == "Crohn disease" and "mass" in v for s, _, v in _appearances("Crohn disease", ct)
    )


# --- "Signs of perforation" under a modality heading: the findings are the complication's ----


def _under_ct(heading: str) -> Section:
    return Section(
        heading,
        (
            Block(BlockKind.PARAGRAPH, text="Findings include:"),
            Block(
                BlockKind.LIST,
                items=(
                    ListItem("a defect in the gallbladder wall"),
                    ListItem("pericholecystic gas"),
                ),
            ),
        ),
        parents=("Radiographic features", "CT"),
    )


def test_findings_under_a_signs_of_heading_are_the_complications() -> None:
    found = _appearances("Acute cholecystitis", _under_ct("Signs of perforation"))
    assert found
    assert {s for s, _, _ in found} == {"Acute cholecystitis (perforation)"}


def test_a_features_of_the_title_heading_keeps_the_title() -> None:
    found = _appearances("Acute cholecystitis", _under_ct("Features of acute cholecystitis"))
    assert found
    assert {s for s, _, _ in found} == {"Acute cholecystitis"}
