"""Session-21 appearance rules, each checked on sentences invented for other organs and
diseases: an existence statement of normal anatomy and a caption naming the examination are
no findings; list lines and generic leads that speak of the page's lesion are its findings."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


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
