"""Session 33: prose read on a page of our own (os odontoideum)."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _associations(text: str) -> set[str]:
    facts = paragraph_facts("Os odontoideum", "Epidemiology", text, FactKind.ASSOCIATION)
    return {f.item for f in facts if f.subject == "Os odontoideum"}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "It is over-represented in Down syndrome, Morquio syndrome and Klippel-Feil syndrome.",
            {"Down syndrome", "Morquio syndrome", "Klippel-Feil syndrome"},
        ),
        ("It is more common in patients with cystic fibrosis.", {"cystic fibrosis"}),
        (
            "Os odontoideum is more common in Down syndrome than in the general population.",
            {"Down syndrome"},
        ),
    ],
)
def test_conditions_the_topic_is_more_common_in_are_its_associations(
    text: str, members: set[str]
) -> None:
    assert _associations(text) == members


@pytest.mark.parametrize(
    "text",
    [
        "It is more common in women and in the elderly.",  # a sex ratio and an age group
        "It is more frequent in the left kidney.",  # a site
        "It is more common in Down syndrome and smokers.",  # a list not all of conditions
        "Fractures in children are more common in Down syndrome.",  # another subject
    ],
)
def test_groups_places_and_other_subjects_are_no_associations(text: str) -> None:
    assert _associations(text) == set()


def test_what_a_study_separates_the_subject_from_is_no_finding_of_the_subject() -> None:
    """ "…, which has sharp, irregular, non-corticated edges" describes the fracture the
    study tells the subject apart from: given to the subject it teaches a wrong fact."""
    facts = paragraph_facts(
        "Os odontoideum",
        "CT",
        "CT shows the corticated margins clearly and separates os odontoideum from an acute"
        " type II dens fracture, which has sharp, irregular, non-corticated edges.",
        FactKind.APPEARANCE,
    )
    assert {(f.subject, f.value) for f in facts} == {("Os odontoideum", "corticated margins")}


def test_a_study_shown_better_than_another_gives_no_finding() -> None:
    facts = paragraph_facts(
        "Os odontoideum",
        "CT",
        "CT shows the corticated margins more clearly than radiographs.",
        FactKind.APPEARANCE,
    )
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The anterior arch of C1 is often hypertrophied and rounded.",
            {("anterior arch of C1", "hypertrophied and rounded")},
        ),
        ("The lamina of L5 is thickened.", {("lamina of L5", "thickened")}),
        ("In 30 patients the cord is enlarged.", set()),  # a count, no part
    ],
)
def test_a_part_named_by_its_spinal_level_has_its_state_read(
    sentence: str, found: set[tuple[str, str]]
) -> None:
    facts = paragraph_facts("Os odontoideum", "Plain radiograph", sentence, FactKind.APPEARANCE)
    assert {(f.attribute.removeprefix("radiograph ").strip(), f.value) for f in facts} == found
