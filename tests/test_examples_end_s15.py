"""Session 15, read off a page of my own: a "such as" list in a sentence's subject ends at the
sentence's verb; the last member took the rest of the sentence ("weight loss occur in fewer
than half"), a wrong card. Sentences invented, on other organs."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import FactKind
from quizgen.readers import read_text


def _members(title: str, sentence: str) -> set[str]:
    article = read_text(f"# {title}\n\n## Clinical presentation\n\n{sentence}\n", path=Path("p.md"))
    return {f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}


def test_examples_in_the_subject_end_at_its_verb() -> None:
    members = _members(
        "Renal tuberculosis",
        "Systemic symptoms such as malaise, anorexia and weight loss occur in a minority.",
    )
    assert members == {"malaise", "anorexia", "weight loss"}
    members = _members(
        "Invasive candidiasis",
        "Risk factors such as neutropenia, central lines and broad-spectrum antibiotics "
        "predispose to dissemination.",
    )
    assert members == {"neutropenia", "central lines", "broad-spectrum antibiotics"}
