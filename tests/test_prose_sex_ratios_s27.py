"""Sex ratios in the words other writers use (session 13): each phrasing was written for
these tests, on no article of the corpora."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _ratios(sentence: str) -> list[tuple[str, str]]:
    facts = paragraph_facts("Renal oncocytoma", "Epidemiology", sentence, FactKind.SEX_RATIO)
    return [(f.attribute, f.value) for f in facts]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Males outnumber females by roughly two to one.", ("M:F", "2:1")),
        ("It has a strong predilection for middle-aged women.", ("predominance", "female")),
        ("There is a marked female bias.", ("predominance", "female")),
        ("The incidence is higher in men than in women.", ("predominance", "male")),
        ("The disease is more prevalent among men.", ("predominance", "male")),
        ("It is commoner in men.", ("predominance", "male")),
        ("Most patients are women in their fifth decade.", ("predominance", "female")),
        ("Patients are mostly young men.", ("predominance", "male")),
        ("The sex distribution is equal.", ("M:F", "1:1")),
        ("There is a 2:1 male predominance.", ("M:F", "2:1")),
        ("There is a male predominance (3:1).", ("M:F", "3:1")),
        ("Males are affected more than females, with a ratio of about 3 to 1.", ("M:F", "3:1")),
        ("Men are affected more frequently, by a ratio of approximately 4:1.", ("M:F", "4:1")),
        # shapes of sets W and X, written again on another organ
        ("There is no convincing sex or side predilection.", ("M:F", "1:1")),
        ("The lesion most often affects women.", ("predominance", "female")),
        ("Men therefore predominate.", ("predominance", "male")),
        ("Men are affected considerably more often than women.", ("predominance", "male")),
        ("It predominantly affects women aged 20-40 years.", ("predominance", "female")),
        ("They typically occur in young adult men.", ("predominance", "male")),
    ],
)
def test_a_sex_ratio_in_other_words(sentence: str, expected: tuple[str, str]) -> None:
    assert _ratios(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a denied predilection names no sex
        ("There is no predilection for women.", []),
        # another ratio of the sentence is not the sexes'
        (
            "There is a male predominance, and the lesion-to-muscle ratio exceeds 2:1.",
            [("predominance", "male")],
        ),
        # a group of one sex set apart states no ratio
        ("It is more common in women over 50.", []),
        # both sexes named after "occur in"
        ("It typically occurs in men and women alike.", []),
    ],
)
def test_what_states_no_sex_ratio_or_another_figure(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _ratios(sentence) == expected


def test_a_predominance_with_its_labelled_ratio_in_one_clause_is_said_once() -> None:
    """ "Women are affected more often, with a F:M ratio of about 5:1" gave the ratio and a
    second card, "female predominance", for the same fact; a predominance in another clause
    ("…, whereas in adults the M:F ratio is 1:1") is a fact of its own."""
    assert _ratios("Women are affected considerably more often, with a F:M ratio of 5:1.") == [
        ("F:M", "5:1")
    ]
    both = _ratios(
        "In children there is a male predominance, whereas in adults the M:F ratio is 1:1."
    )
    assert ("predominance", "male") in both, both
