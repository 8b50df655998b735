"""Session 15: quoted words that name a category a condition was grouped into, or a way of
managing or explaining it, are no signs: they polluted every sign MCQ's options ("wait and
scan", "second-look" offered beside "hot potato"). Sentences invented, on other organs."""

from __future__ import annotations

from quizgen.extractors.named_findings import named_findings


def _names(text: str) -> list[str]:
    return [name for name, _, _ in named_findings(text)]


def test_a_category_a_condition_was_grouped_into_is_no_sign() -> None:
    text = 'These cysts were once grouped with other lesions as "retention cysts" by pathologists.'
    assert _names(text) == []


def test_a_way_of_managing_or_explaining_is_no_sign() -> None:
    assert _names('Small nodules are followed with a "watch and wait" approach.') == []
    assert _names('Residual disease is sought at "second-look" surgery.') == []
    assert _names('The "two-hit" model explains the bilateral tumours.') == []


def test_a_quoted_finding_is_still_a_sign() -> None:
    assert _names('The septa give a "spoke-wheel" pattern on ultrasound.') == [
        "spoke-wheel pattern"
    ]
    assert _names('Erosions leave "punched-out" lesions in the skull.') == ["punched-out lesions"]
