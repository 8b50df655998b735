"""find_whole: its plain search for ASCII text agrees with its whole-word regex."""

from __future__ import annotations

import pytest

from quizgen.generators.wording import _whole, find_whole


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("seen in 19% of cases", "9%", -1),  # not the end of a longer number
        ("seen in 0.9% of cases", "9%", -1),
        ("seen in 9% of cases", "9%", 8),
        ("female predominance", "male", -1),  # not inside a longer word
        ("Male predominance, male", "male", 0),
        ("grade 2.5 lesions", "5", -1),
        ("size 5, 6 cm", "5", 5),
        ("lesion_a lesion", "lesion", 9),
        ("T2 bright", "", -1),
    ],
)
def test_find_whole(text: str, part: str, expected: int) -> None:
    assert find_whole(text, part) == expected
    if part:  # the fast path gives what the regex gives
        match = _whole(part).search(text)
        assert find_whole(text, part) == (match.start() if match else -1)
