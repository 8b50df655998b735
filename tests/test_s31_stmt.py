"""Session 31 (statements): a sentence that states an absence ("There is no [specific
treatment] for …") is a statement whose blank is the negated noun phrase. Sentences here
are invented."""

from __future__ import annotations

import pytest

from quizgen.extractors.statement_absence import absence_term
from quizgen.extractors.statement_choice import key_terms


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("There is no specific treatment for the bleed itself.", "no specific treatment"),
        ("There is no proven antibiotic regimen for adults.", "no proven antibiotic regimen"),
        ("There is no normal lung tissue within the lesion.", "no normal lung tissue"),
        ("There is no evidence of infarction, despite the old name.", "no evidence of infarction"),
        (
            "There are no reports of spread or recurrence after excision.",
            "no reports of spread or recurrence",
        ),
    ],
)
def test_the_negated_phrase_is_the_blank(sentence: str, term: str) -> None:
    found = absence_term(sentence)
    assert found is not None
    assert found[0] == term
    assert sentence[found[1] : found[1] + len(term)] == term
    assert [t.text for t in key_terms(sentence, title="Renal lymphangioma")] == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no need to image every patient.",  # no thing lacking
        "There is no more than a small rim of tissue.",  # a measure, not an absence
        "There is no curative drug, and management is supportive.",  # a second claim
        "There is no proven drug; surgery is curative.",
        "There is no drug that restores the lost tissue.",  # told by a relative clause
        "Surgery is the only treatment.",  # no absence at all
        # nothing left to say what or where it lacks: "There is [...]." fits any answer
        "There is no proven antibiotic regimen.",
        "There are no reports of spread or recurrence.",
        "There is no evidence of obstruction in most cases.",
    ],
)
def test_no_absence_blank(sentence: str) -> None:
    assert absence_term(sentence) is None


def test_second_clause_keeps_its_own_blank() -> None:
    terms = key_terms("There is no curative drug, and management is supportive.", title="Cyst")
    assert [t.text for t in terms] == ["supportive"]
