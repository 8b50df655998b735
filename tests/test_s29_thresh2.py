"""Session 29 round 2 (helper s29thresh2): a measure of a named anatomical structure the
page title does not name ("A pancreatic duct wider than 3 mm …" on a pancreatitis page) is
the structure's own figure; a structure the title names, or an adjective ("aortic
diameter"), keeps the page's subject."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(text: str, title: str) -> set[tuple[str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=text)
    article = Article(slug="t", title=title, sections=(Section("Imaging", (block,)),))
    return {
        (f.subject, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.THRESHOLD
    }


def test_a_named_structure_owns_its_depth() -> None:
    facts = _thresholds("A lateral recess deeper than 8 mm is abnormal.", title="Spinal stenosis")
    assert ("lateral recess", "depth", "deeper than 8 mm") in facts


def test_a_structure_the_title_names_stays_the_pages() -> None:
    facts = _thresholds(
        "A portal vein diameter greater than 13 mm suggests portal hypertension.",
        title="Portal vein thrombosis",
    )
    assert {s for s, _, _ in facts} <= {"Portal vein thrombosis"}


def test_an_adjective_is_no_structure() -> None:
    facts = _thresholds(
        "An aortic diameter greater than 3 cm is abnormal.", title="Marfan syndrome"
    )
    assert {s for s, _, _ in facts} <= {"Marfan syndrome"}
