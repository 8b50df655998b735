"""Issue 11, session 18: "results from" names causes (found on the lead's own page: "It
results from high-energy blunt trauma" gave only a statement); an adverb of degree set off
between members, and an "of …" that goes on the member before it, are no members. Every
sentence is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _causes(title: str, sentence: str) -> set[str]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Pathology", (block,)),))
    return {
        f.item
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION and f.group == "causes"
    }


@pytest.mark.parametrize(
    ("sentence", "causes"),
    [
        (
            "Scaphoid fracture results from a fall onto an outstretched hand.",
            {"fall onto an outstretched hand"},
        ),
        (
            "Scaphoid fracture usually results from a fall or a direct blow.",
            {"fall", "direct blow"},
        ),
    ],
)
def test_results_from_names_causes(sentence: str, causes: set[str]) -> None:
    assert _causes("Scaphoid fracture", sentence) == causes


def test_results_in_names_no_cause() -> None:
    assert _causes("Scaphoid fracture", "Scaphoid fracture results in avascular necrosis.") == set()


def test_an_adverb_of_degree_and_a_dangling_of_are_no_members() -> None:
    sentence = (
        "Renal infarction results from occlusion of the renal artery or, much more commonly, "
        "of its branches."
    )
    assert _causes("Renal infarction", sentence) == {"occlusion of the renal artery"}
    assert "much more commonly" not in split_noun_phrases(
        "occlusion of the renal artery or, much more commonly, of its branches"
    )
