"""Statement precision (issue 11): a vague predicate (a scheme "is still widely used", a
finding "is easily identified", a scheme "recognises two types") and a subject pronoun after a
fronted phrase ("After X they are …") make no statement; the same sentences with a testable
predicate or a named subject stay statements. Every sentence is invented, about other organs."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(body: str, title: str = "Renal artery stenosis") -> list[Fact]:
    text = f"# {title}\n\n## Imaging\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dunbar classification, based purely on Doppler velocities, is still widely used.",
        "Coarse calcification within the plaque on CT is easily identified.",
        "The revised Kadir classification recognises three angiographic types.",
        "Distinguishing fibromuscular dysplasia from Takayasu arteritis on ultrasound is "
        "notoriously difficult.",
        "In practice the decision also depends on age, renal function and preference, and many "
        "patients with a creatinine rise choose angioplasty.",
    ],
)
def test_a_vague_predicate_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "After fibromuscular dysplasia they are the second most frequent renovascular lesion.",
        "In young women they typically involve the distal 2 cm of the main renal artery.",
    ],
)
def test_a_pronoun_subject_after_a_fronted_phrase_is_no_statement(sentence: str) -> None:
    assert _statements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the same words with a testable predicate stay
        "Fibromuscular dysplasia typically involves the distal 2 cm of the main renal artery.",
        "The Dunbar classification is used to grade stenosis on Doppler ultrasound.",
        # a named subject after the fronted phrase
        "In young women fibromuscular dysplasia typically involves the distal 2 cm of the main "
        "renal artery.",
    ],
)
def test_a_testable_predicate_or_a_named_subject_stays(sentence: str) -> None:
    assert len(_statements(sentence)) == 1
