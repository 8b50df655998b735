"""Session 18: cut-offs listed under an intro that says what its entries define or score.

- "X is defined (in adults) by either of the following:" — each listed cut-off defines X;
- "The Y score estimates … from five features, one point each:" — each listed cut-off is an
  item of the score.

Every sentence is invented, about conditions the corpora do not cover."""

from __future__ import annotations

from prose_helpers import clinical_facts

from quizgen.model import FactKind


def _cutoffs(intro: str, *items: str) -> set[tuple[str, str, str]]:
    return {
        (f.item, f.value, f.attribute)
        for f in clinical_facts("Dorran cyst", intro, heading="Diagnosis", items=items)
        if f.kind is FactKind.THRESHOLD
    }


def test_entries_that_define_what_the_intro_opens_on() -> None:
    found = _cutoffs(
        "On a modern probe, dorran morphology is defined in adults by either of the following:",
        "a cyst volume of 15 mL or more, without a haemorrhagic component",
        "30 or more loculi in one cyst",
    )
    assert ("cyst volume", "15 mL or more", "defines dorran morphology") in found


def test_entries_of_a_score_with_one_point_each() -> None:
    found = _cutoffs(
        "The Dorran hydrocephalus score (DHS) rates the risk of obstruction from four features, "
        "one point each:",
        "headache",
        "cyst diameter 9 mm or more",
    )
    assert ("cyst diameter", "9 mm or more", "Dorran hydrocephalus score item") in found


def test_an_intro_that_defines_nothing_lends_no_meaning() -> None:
    found = _cutoffs(
        "The cysts were measured on the following:",
        "a cyst volume of 15 mL or more, without a haemorrhagic component",
    )
    assert not any(attribute.startswith("defines") for _, _, attribute in found)
