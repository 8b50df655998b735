"""Issue 11, session 18: a clause after a semicolon with a subject of its own is read as a
sentence of its own (found on the lead's own page: "Acute lesions are heterogeneous with
lobulated margins; chronic lesions are anechoic or hypoechoic" lost the chronic lesions).
Every sentence is invented."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _findings(sentence: str) -> set[tuple[str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(
        slug="t",
        title="Shear lesion",
        sections=(Section("Radiographic features > Ultrasound", (block,)),),
    )
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def test_each_clause_after_a_semicolon_keeps_its_own_subject() -> None:
    found = _findings("Acute collections are heterogeneous; chronic collections are anechoic.")
    by_subject = {(subject.lower(), value) for subject, _, value in found}
    assert ("acute collections", "heterogeneous") in by_subject
    assert ("chronic collections", "anechoic") in by_subject


def test_a_clause_that_points_back_is_not_read_as_the_topic() -> None:
    """ "…; on ultrasound these deposits are echogenic": the deposits of the first clause,
    not the lesion."""
    found = _findings(
        "Talc used for pleurodesis leaves deposits; on ultrasound these deposits are echogenic."
    )
    assert not any(value == "hyperechoic" or "echogenic" in value for _, _, value in found)
