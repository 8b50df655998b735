"""Appearance findings read in session 13 from pages read as a radiologist."""

from __future__ import annotations

from tests.prose_helpers import appearances, section


def test_a_degree_word_before_enhancement_stays_in_the_finding() -> None:
    """ "wedge-shaped areas of reduced enhancement" (acute pyelonephritis) gave the finding
    "enhancement": the card said the kidney enhanced, the opposite of the page."""
    found = appearances(
        "Splenic infarct",
        section(
            "CT",
            "The infarct shows decreased enhancement compared with the normal spleen.",
            "Larger infarcts have diminished enhancement in a peripheral wedge.",
        ),
    )
    values = {value for _, _, value in found}
    assert "decreased enhancement" in values, found
    assert "diminished enhancement" in values, found
    assert "enhancement" not in values, found
