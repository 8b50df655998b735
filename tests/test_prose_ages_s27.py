"""Ages in other writers' words (session 13): phrasings written for these tests."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _ages(sentence: str) -> list[tuple[str, str]]:
    facts = paragraph_facts("Chondroblastoma", "Epidemiology", sentence, FactKind.AGE)
    return [(f.item, f.value) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patients are typically in their sixties.", ("typical age", "sixties")),
        ("It is seldom seen after 50.", ("uncommon after", "50")),
        ("Diagnosis is typically made in adolescence.", ("age group", "adolescence")),
        ("It usually manifests between the ages of 10 and 25.", ("typical age", "10-25")),
    ],
)
def test_an_age_in_other_words(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _ages(sentence)


def test_two_peaks_are_two_ages_not_a_range() -> None:
    """ "peaks at 20 and 60 years" became the range "20-60 years", which is not the fact."""
    found = _ages("There is a bimodal age distribution, with peaks at 15 and 65 years.")
    assert ("peak incidence", "15 and 65 years") in found, found
    assert ("peak incidence", "15-65 years") not in found, found
    # one peak between two ages stays a range
    assert ("peak incidence", "15-25 years") in _ages("Peak incidence is between 15 and 25 years.")
