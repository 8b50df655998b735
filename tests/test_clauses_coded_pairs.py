"""Two codes before the noun they share ("an S2 or S3 distribution") are one member."""

from __future__ import annotations

import pytest

from quizgen.extractors.clauses import split_noun_phrases


@pytest.mark.parametrize(
    ("run", "members"),
    [
        (
            "neck pain, arm weakness in a C5 or C6 distribution and hyperreflexia.",
            ["neck pain", "arm weakness in a C5 or C6 distribution", "hyperreflexia"],
        ),
        (
            "the L4 and L5 nerve roots, and the cauda equina.",
            ["L4 and L5 nerve roots", "cauda equina"],
        ),
    ],
)
def test_codes_sharing_a_noun_are_one_member(run: str, members: list[str]) -> None:
    assert split_noun_phrases(run) == members


def test_codes_that_end_their_members_are_still_two() -> None:
    """No noun after the second code: "T1 or T2" lists two vertebrae."""
    assert split_noun_phrases("fractures of T1 or T2, and rib fractures.") == [
        "fractures of T1",
        "T2",
        "rib fractures",
    ]
