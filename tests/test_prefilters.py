"""Plain-text checks that let a sentence skip a costly pattern must never skip one the
pattern would have matched in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import demographics

_WORDS = [
    "older", "younger", "than", "the", "age", "ages", "aged", "of", "over", "under", "above",
    "below", "between", "and", "to", "-", "–", "years", "yrs", "y", "sixth", "first", "fifth",
    "decade", "decades", "life", "<", ">", "≥", "(", ")", "40", "7", "65", "3rd", "٣", "mm",
    "patients", "Decade", "AGED", "children", "in", "present", "typically",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_age_prefilter_skips_no_sentence_with_an_age(words: list[str]) -> None:
    text = " ".join(words)
    if demographics._AGE.search(text):
        assert demographics._may_hold_age(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patients are typically older than 40.",
        "It peaks in the sixth decade of life.",
        "Most are aged 30-50 years.",
        "Seen in patients older than ٤٠.",  # Arabic-Indic digits are digits to \d too
    ],
)
def test_sentences_with_ages_still_give_them(text: str) -> None:
    assert list(demographics._ages(text))
