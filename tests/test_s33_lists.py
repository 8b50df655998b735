"""Session 33: lists read by what their intro labels."""

from __future__ import annotations

import pytest
from prose_helpers import page_facts

from quizgen.extractors.imaging_subgroups import names_a_body_region
from quizgen.model import FactKind
from quizgen.readers.lists import as_key_value

_SURVEY_MD = """## Radiographic features

### Plain radiograph

Skull:

- large calvarium relative to a small skull base
- small, funnel-shaped foramen magnum

Spine:

- short pedicles with posterior vertebral body scalloping
"""

_SURVEY_TXT = """Foo dysplasia

Foo dysplasia is a rare skeletal dysplasia of children.

Radiographic features

Plain radiograph

Skull:
large calvarium relative to a small skull base
small, funnel-shaped foramen magnum
Spine:
short pedicles with posterior vertebral body scalloping

Treatment and prognosis

Surgery is rarely needed.
"""

_SURVEY_FINDINGS = {
    "large calvarium relative to a small skull base",
    "small, funnel-shaped foramen magnum",
    "short pedicles with posterior vertebral body scalloping",
}


@pytest.mark.parametrize(("body", "name"), [(_SURVEY_MD, "page.md"), (_SURVEY_TXT, "page.txt")])
def test_a_skeletal_surveys_region_labelled_lists_give_the_subjects_findings(
    body: str, name: str
) -> None:
    facts = page_facts(body, "Foo dysplasia", name)
    found = {(f.subject, f.attribute, f.value) for f in facts if f.kind is FactKind.APPEARANCE}
    assert {("Foo dysplasia", "radiograph", v) for v in _SURVEY_FINDINGS} <= found


def test_a_region_labelled_list_outside_the_imaging_sections_gives_no_finding() -> None:
    body = """## Clinical presentation

Hands:

- painful swelling of the fingers
- morning stiffness
"""
    facts = page_facts(body, "Foo arthritis")
    assert not [f for f in facts if f.kind is FactKind.APPEARANCE]


@pytest.mark.parametrize(
    "intro", ["Skull:", "Spine:", "Hands and feet:", "The long bones:", "Upper limbs:"]
)
def test_a_body_regions_label_is_a_findings_intro(intro: str) -> None:
    assert names_a_body_region(intro)


@pytest.mark.parametrize(
    "intro",
    [
        "Skull",  # no colon: a sentence fragment, no label
        "In adults:",
        "Lateral ventricles are spared in:",
        "Skull radiographs are rarely needed:",
        "Differentials of the spine:",
    ],
)
def test_other_intros_are_no_body_regions_label(intro: str) -> None:
    assert not names_a_body_region(intro)


def test_a_clause_before_a_colon_is_no_label_line() -> None:
    """ "Two types are described: orthotopic and dystopic." is a sentence: read as a label
    line ("Two types are described" → "orthotopic and dystopic") its classes were lost."""
    assert as_key_value("Two types are described: orthotopic and dystopic.") is None
    assert as_key_value("T1: hypointense") == ("T1", "hypointense")
    assert as_key_value("Sex ratio: M:F 2:1") == ("Sex ratio", "M:F 2:1")
    body = "## Pathology\n\nTwo types are described: orthotopic and dystopic.\n"
    facts = page_facts(body, "Os odontoideum")
    classes = {f.item for f in facts if f.kind is FactKind.ASSOCIATION and f.group == "types"}
    assert classes == {"orthotopic", "dystopic"}
