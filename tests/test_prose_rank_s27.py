"""Ranks said with a passive and no "site" word (session 13): phrasings written for these
tests, on no article of the corpora."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _ranks(sentence: str) -> list[tuple[str, str, str]]:
    facts = paragraph_facts("Chondroblastoma", "Location", sentence, FactKind.RANK)
    return [(f.item, f.value, f.group) for f in facts]


def test_the_place_most_often_affected_is_the_most_common_site() -> None:
    assert _ranks("The proximal humerus is most often affected.") == [
        ("proximal humerus", "most common", "site")
    ]
    assert _ranks("Most commonly, the distal femur is involved.") == [
        ("distal femur", "most common", "site")
    ]
    assert _ranks("The distal femur is most commonly involved, followed by the tibia.") == [
        ("distal femur", "most common", "site"),
        ("tibia", "second most common", "site"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Adolescent boys are most often affected.",  # people, not a place
        "Children are most commonly affected.",
        "It is most often affected by trauma.",  # a pronoun and an agent
    ],
)
def test_people_or_a_pronoun_most_often_affected_are_no_site(sentence: str) -> None:
    assert _ranks(sentence) == []
