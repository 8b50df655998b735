"""Mimics in other writers' words (session 13): phrasings written for these tests."""

from __future__ import annotations

from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _differentials(*sentences: str) -> list[tuple[str, str]]:
    text = " ".join(sentences)
    facts = paragraph_facts("Chondroblastoma", "Radiographic features", text, FactKind.DIFFERENTIAL)
    return [(f.subject, f.item) for f in facts]


def test_what_may_mimic_it_or_mimics_it_in_the_passive_is_a_differential() -> None:
    assert _differentials("Giant cell tumour may mimic it closely.") == [
        ("Chondroblastoma", "Giant cell tumour")
    ]
    assert _differentials("It may be mimicked by clear cell chondrosarcoma.") == [
        ("Chondroblastoma", "clear cell chondrosarcoma")
    ]


def test_what_mimics_a_finding_or_normal_anatomy_is_no_differential() -> None:
    assert _differentials("It may be mimicked by normal epiphyseal cartilage.") == []
    assert _differentials("Fluid levels may mimic it.") == []
