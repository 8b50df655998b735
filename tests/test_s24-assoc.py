"""Issue 11, session 24: association facts in prose, wrong and missed shapes.

- a case page's presentation note ("Two days of A, B and C") tells one patient's
  complaints, no presenting features of the diagnosis.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts

from quizgen.model import Fact, FactKind


def _associations(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


# 3. a case page's presentation note is one patient's


@pytest.mark.parametrize(
    "note",
    [
        "Four days of pleuritic chest pain, fever and a dry cough.",
        "Two-week history of painless swelling of the right calf with ankle oedema.",
        "Sudden onset of severe epigastric pain radiating to the back.",
    ],
)
def test_a_case_presentation_note_gives_no_presenting_features(note: str) -> None:
    facts = clinical_facts("Pulmonary infarction", note, heading="Presentation")
    assert not {g for _, g, _ in _associations(facts)} & {"presenting features"}


def test_general_presenting_features_are_still_read_under_a_presentation_heading() -> None:
    facts = clinical_facts(
        "Pulmonary infarction",
        "Patients typically present with pleuritic chest pain and haemoptysis.",
        heading="Presentation",
    )
    assert {i for _, g, i in _associations(facts) if g == "presenting features"} == {
        "pleuritic chest pain",
        "haemoptysis",
    }
