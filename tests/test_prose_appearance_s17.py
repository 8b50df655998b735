"""Session-17 appearance fixes of wrong cards, each checked on sentences invented for other
organs."""

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


# --- a value's first word is not capitalised because it opened a list item -----------------


def test_a_values_sentence_initial_capital_is_lowered() -> None:
    ct = _section("CT", "Findings include:", ("Stranding of the pericolic fat", "Free gas"))
    values = _values("Sigmoid diverticulitis", ct)
    assert "stranding of the pericolic fat" in values
    assert not any(v[:1].isupper() for v in values)


def test_a_name_the_article_capitalises_mid_sentence_keeps_its_capital() -> None:
    ct = _section(
        "CT",
        "The lesion was first described by Brodie in the tibia.",
        "Findings include:",
        ("Brodie sclerosis around a lucent cavity", "Periosteal reaction"),
    )
    values = _values("Chronic osteomyelitis", ct)
    assert "Brodie sclerosis around a lucent cavity" in values
    assert "periosteal reaction" in values


def test_an_acronym_or_a_place_opening_a_value_keeps_its_capitals() -> None:
    mri = _section("MRI", "Findings include:", ("India ink artefact at the fat-water interface",))
    ct = _section("CT", "Findings include:", ("FDG-avid nodal enlargement",))
    values = _values("Renal angiomyolipoma", mri, ct)
    assert "India ink artefact at the fat-water interface" in values
    assert any(v.startswith("FDG-avid") for v in values)
