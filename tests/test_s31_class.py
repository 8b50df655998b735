"""Session 31 (class): a labelled list of classes keeps the name of the scheme its intro
names, whichever extractor's copy of a class is kept. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact
from quizgen.readers import read_article
from quizgen.readers.run_ons import split_coded_lines

TITLE = "Reactive arthropathy"


def _classes(tmp_path: Path, body: str) -> dict[str, Fact]:
    page = tmp_path / "page.md"
    lead = "Patients present with joint pain; radiographs and CT show the lesion."
    text = f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n\n{lead}\n\n{body}\n"
    page.write_text(text, encoding="utf-8")
    return {
        fact.item: fact
        for fact in extract_facts(read_article(page))
        if fact.group == "types" and fact.item.startswith(("grade", "stage"))
    }


def test_scheme_reaches_the_classes_of_a_named_owner(tmp_path: Path) -> None:
    body = (
        "Erosive synovitis is graded using the revised Harlow criteria:\n\n"
        "- grade 0: no erosion\n- grade 1: a single marginal erosion\n"
        "- grade 2: several erosions with joint narrowing\n"
    )
    found = _classes(tmp_path, body)
    assert set(found) == {"grade 0", "grade 1", "grade 2"}
    assert {f.subject for f in found.values()} == {"Erosive synovitis"}
    assert {f.attribute for f in found.values()} == {"revised Harlow criteria"}
    # the intro stays the classes' sentence, as the list reader of associations gives it
    assert all(f.statement.startswith("Erosive synovitis is graded") for f in found.values())


def test_scheme_reaches_the_classes_of_the_title(tmp_path: Path) -> None:
    body = (
        "The Marsden classification divides the disease into stages:\n\n"
        "- stage 1: soft-tissue swelling only\n- stage 2: periarticular osteopenia\n"
    )
    found = _classes(tmp_path, body)
    assert set(found) == {"stage 1", "stage 2"}
    assert {f.subject for f in found.values()} == {TITLE}
    assert {f.attribute for f in found.values()} == {"Marsden classification"}


def test_a_score_owns_its_grades(tmp_path: Path) -> None:
    body = (
        "The Kessel radiographic index combines joint space with bone density:\n\n"
        "- grade A: normal joint (0 points)\n- grade B: narrowed joint (1 point)\n"
    )
    found = _classes(tmp_path, body)
    assert {f.subject for f in found.values()} == {"Kessel radiographic index"}


def test_no_scheme_named_leaves_the_attribute_empty(tmp_path: Path) -> None:
    body = (
        "Erosive synovitis is graded as follows:\n\n"
        "- grade 0: no erosion\n- grade 1: a single marginal erosion\n"
    )
    found = _classes(tmp_path, body)
    assert set(found) == {"grade 0", "grade 1"}
    assert {f.attribute for f in found.values()} == {""}


def _components(tmp_path: Path, sentence: str) -> dict[str, Fact]:
    page = tmp_path / "page.md"
    lead = "Patients present with joint pain; radiographs and CT show the lesion."
    text = f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n\n{lead}\n\n{sentence}\n"
    page.write_text(text, encoding="utf-8")
    return {
        fact.item: fact
        for fact in extract_facts(read_article(page))
        if fact.group in {"major features", "imaging parameters", "components"}
    }


def test_counted_components_of_a_scheme(tmp_path: Path) -> None:
    sentence = (
        "The Okafor Diagnostic Criteria (ODC) combine four major features: joint swelling, "
        "morning stiffness, other joint involvement and erosions, together with the "
        "response to rest."
    )
    found = _components(tmp_path, sentence)
    assert set(found) == {
        "joint swelling",
        "morning stiffness",
        "other joint involvement",
        "erosions",
    }
    assert {f.subject for f in found.values()} == {"Okafor Diagnostic Criteria"}
    assert {f.attribute for f in found.values()} == {"Okafor Diagnostic Criteria"}


def test_components_that_miss_their_count_are_left_alone(tmp_path: Path) -> None:
    sentence = "The Marsden score uses three imaging parameters: wall thickness and enhancement."
    assert _components(tmp_path, sentence) == {}


def test_components_of_no_scheme_are_no_classes(tmp_path: Path) -> None:
    sentence = "The Marsden lesion combines three components: a cyst, a nodule and a septum."
    assert _components(tmp_path, sentence) == {}


def test_run_on_coded_lines_are_split() -> None:
    line = "grade A: dry joint grade B: small effusion grade C: large effusion with debris"
    assert split_coded_lines(line) == [
        "grade A: dry joint",
        "grade B: small effusion",
        "grade C: large effusion with debris",
    ]


def test_a_line_of_another_shape_stays_whole() -> None:
    # the first label is no coded class; a later "grade" in prose is no new line
    line = "effusion: small, grade 2: see below"
    assert split_coded_lines(line) == [line]
    prose = "grade 1: mild swelling, later reaching stage 2: a firm mass"
    assert split_coded_lines(prose) == [prose]


def test_a_text_page_gets_its_classes_back(tmp_path: Path) -> None:
    page = tmp_path / "article.txt"
    page.write_text(
        f"{TITLE}\n\nPatients present with joint pain; radiographs and CT show the lesion.\n\n"
        "Staging\n\nThe effusion is staged on ultrasound in three stages:\n\n"
        "stage I: thin anechoic fluid stage II: echogenic fluid with synovial thickening "
        "stage III: loculated fluid\n",
        encoding="utf-8",
    )
    facts = {f.item: f.value for f in extract_facts(read_article(page)) if f.group == "types"}
    assert facts.get("stage II") == "echogenic fluid with synovial thickening"
    assert set(facts) >= {"stage I", "stage II", "stage III"}
