"""Shares in other writers' words (session 13): phrasings written for these tests."""

from __future__ import annotations

from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _shares(sentence: str) -> list[tuple[str, str, str]]:
    kinds = (FactKind.PERCENTAGE, FactKind.FREQUENCY)
    facts = paragraph_facts("Thyroid adenoma", "Pathology", sentence, *kinds)
    return [(f.subject, f.item, f.value) for f in facts]


def test_what_a_share_undergoes_is_what_it_counts() -> None:
    assert _shares("Fewer than 2% undergo malignant transformation.") == [
        ("Thyroid adenoma", "malignant transformation", "Fewer than 2%")
    ]


def test_an_adjectival_participle_opens_the_item() -> None:
    """ "Associated" opens a noun phrase here, not a clause ("associated with …")."""
    assert _shares("Associated goitre is found in about 40%.") == [
        ("Thyroid adenoma", "Associated goitre", "about 40%")
    ]
    assert _shares("Raised calcitonin is seen in 5%.") == [
        ("Thyroid adenoma", "Raised calcitonin", "5%")
    ]


def test_a_share_in_brackets_after_a_minority_counts_the_subject() -> None:
    assert _shares("Hyperthyroidism is present in a minority (around 10%).") == [
        ("Thyroid adenoma", "Hyperthyroidism", "around 10%")
    ]


def test_a_clause_after_the_cases_counted_is_no_part_of_the_whole() -> None:
    """ "In 15% of cases the tumour is multifocal" made the subject "Thyroid adenoma (cases
    the tumour)"."""
    found = _shares("In 15% of cases the tumour is multifocal.")
    assert found, "the share is still read"
    assert all(subject == "Thyroid adenoma" for subject, _, _ in found), found


def test_a_first_adjective_of_a_stacked_list_is_not_what_they_progress_to() -> None:
    """ "a quarter progress to fibrotic, cystic end-stage lung" gave the item "fibrotic"."""
    items = [
        item for _, item, _ in _shares("About a quarter progress to fibrotic, cystic scarring.")
    ]
    assert "fibrotic" not in items, items


def test_what_is_found_in_the_cases_counted_is_the_item() -> None:
    assert ("Thyroid adenoma", "halo", "about a quarter") in _shares(
        "In about a quarter of cases the halo is also present."
    )
