"""Session 31 (look): a level said of the tissue the disease is in ("the affected segments",
"the inflamed tendon") is the topic's finding; tissue changed beside it is not. Sentences
invented for these tests."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import FactKind
from quizgen.readers import read_article


def _looks(tmp_path: Path, title: str, body: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "page.md"
    path.write_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n## MRI\n\n{body}\n", "utf-8")
    return [
        (f.subject, f.attribute, f.value)
        for f in extract_facts(read_article(path))
        if f.kind is FactKind.APPEARANCE
    ]


def test_affected_tissue_is_the_topics(tmp_path: Path) -> None:
    looks = _looks(tmp_path, "Gleamy neuritis", "Affected segments are T2 hyperintense.")
    assert ("affected segments of gleamy neuritis", "MRI T2", "hyperintense") in looks


def test_inflamed_tissue_on_a_named_sequence(tmp_path: Path) -> None:
    looks = _looks(tmp_path, "Borrow disease", "The inflamed bursa is hyperintense on STIR.")
    assert ("inflamed bursa of borrow disease", "MRI STIR", "hyperintense") in looks


def test_changed_tissue_beside_it_stays_unread(tmp_path: Path) -> None:
    looks = _looks(tmp_path, "Borrow disease", "The dilated duct is hyperintense on T2.")
    assert looks == []


def test_a_fronted_study_leaves_the_subject(tmp_path: Path) -> None:
    body = "On fetal MRI the affected lung is T2 hyperintense."
    looks = _looks(tmp_path, "Gleamy atresia", body)
    assert ("affected lung of gleamy atresia", "MRI T2", "hyperintense") in looks


def test_a_fronted_time_is_no_study(tmp_path: Path) -> None:
    looks = _looks(tmp_path, "Gleamy atresia", "On day three the mucus is T2 hyperintense.")
    assert looks == []
