"""Session 31 (assoc): presentations said around an aside, or opened by what comes with
them. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import FactKind
from quizgen.readers import read_article

TITLE = "Pituitary apoplexy"


def _presentations(tmp_path: Path, body: str, subject: str = TITLE) -> set[str]:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n\n{body}\n", encoding="utf-8")
    return {
        fact.item
        for fact in extract_facts(read_article(page))
        if fact.kind is FactKind.ASSOCIATION
        and fact.group == "presenting features"
        and fact.subject == subject
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The condition presents acutely, over a few days, with fever and neck stiffness.",
        "It usually presents, as in this patient, with fever and neck stiffness.",
    ],
)
def test_presents_with_after_an_aside(tmp_path: Path, sentence: str) -> None:
    found = _presentations(tmp_path, f"## Clinical presentation\n\n{sentence}")
    assert {"fever", "neck stiffness"} <= found


def test_an_aside_holding_a_clause_is_no_presentation(tmp_path: Path) -> None:
    body = "## Clinical presentation\n\nIt presents, and is treated, with caution and patience."
    assert not _presentations(tmp_path, body)


@pytest.mark.parametrize(
    "sentence",
    [
        "It is frequently accompanied by vomiting and neck stiffness.",
        "Symptoms may be accompanied by vomiting and neck stiffness.",
    ],
)
def test_opening_accompanied_by(tmp_path: Path, sentence: str) -> None:
    body = f"## Clinical presentation\n\nSudden headache is the usual complaint. {sentence}"
    assert {"vomiting", "neck stiffness"} <= _presentations(tmp_path, body)


def test_accompanied_outside_a_clinical_section_is_no_presentation(tmp_path: Path) -> None:
    body = "## Pathology\n\nSudden headache is the usual complaint. It is accompanied by vomiting."
    assert "vomiting" not in _presentations(tmp_path, body)


def test_accompanied_after_another_condition_is_not_the_titles(tmp_path: Path) -> None:
    body = (
        "## Clinical presentation\n\nMultiple sclerosis is a differential consideration. "
        "It is often accompanied by vomiting and neck stiffness."
    )
    assert not {"vomiting", "neck stiffness"} & _presentations(tmp_path, body)
    assert {"vomiting", "neck stiffness"} <= _presentations(
        tmp_path, body, subject="Multiple sclerosis"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The lesion may compress the trachea and cause stridor or wheeze.",
            {"stridor", "wheeze"},
        ),
        (
            "Large lesions can press on the oesophagus, causing dysphagia, and obstruct the "
            "aqueduct, producing hydrocephalus.",
            {"dysphagia", "hydrocephalus"},
        ),
    ],
)
def test_what_a_mass_effect_causes_is_a_presentation(
    tmp_path: Path, sentence: str, expected: set[str]
) -> None:
    found = _presentations(tmp_path, f"## Clinical presentation\n\n{sentence}")
    assert expected <= found
    # the structure pressed on is no symptom
    assert not {"trachea", "the trachea", "oesophagus", "aqueduct"} & found


@pytest.mark.parametrize(
    "body",
    [
        # outside a clinical section: a mechanism, not how the condition presents
        "## Pathology\n\nThe lesion may compress the trachea and cause stridor or wheeze.",
        # what the images show is no presentation
        "## Clinical presentation\n\nThe lesion may compress the trachea and cause "
        "narrowing on CT.",
    ],
)
def test_mass_effect_refusals(tmp_path: Path, body: str) -> None:
    assert not {"stridor", "wheeze", "narrowing on CT", "narrowing"} & _presentations(
        tmp_path, body
    )


def test_features_also_described_are_presentations(tmp_path: Path) -> None:
    body = "## Clinical presentation\n\nVertigo, tremor and anosmia are also described."
    assert {"vertigo", "tremor", "anosmia"} <= _presentations(tmp_path, body)


def test_one_thing_described_is_no_presentation_list(tmp_path: Path) -> None:
    body = "## Clinical presentation\n\nSpontaneous regression is also described."
    assert not _presentations(tmp_path, body)


def _complications(tmp_path: Path, body: str, title: str = "Pineal cyst") -> set[tuple[str, str]]:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", encoding="utf-8")
    return {
        (fact.subject, fact.item)
        for fact in extract_facts(read_article(page))
        if fact.kind is FactKind.ASSOCIATION and fact.group == "complications"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pineal cysts carry an increased risk of apoplexy and hydrocephalus.",
        "It carries a lifelong risk of apoplexy and hydrocephalus.",
    ],
)
def test_a_raised_risk_the_condition_carries_names_complications(
    tmp_path: Path, sentence: str
) -> None:
    found = _complications(tmp_path, f"## Prognosis\n\n{sentence}")
    assert {("Pineal cyst", "apoplexy"), ("Pineal cyst", "hydrocephalus")} <= found


@pytest.mark.parametrize(
    "sentence",
    [
        # a procedure's risk, said by name or by a pronoun standing for it
        "Endoscopic fenestration carries an increased risk of meningitis.",
        "Endoscopic fenestration is rarely used. It carries an increased risk of meningitis.",
        # the size of the risk, not a condition
        "Pineal cysts carry a lifetime risk of apoplexy of about 5%.",
        # a ranking among subgroups
        "Pineal cysts carry the highest risk of meningitis.",
    ],
)
def test_risks_that_name_no_complication_of_the_condition(tmp_path: Path, sentence: str) -> None:
    found = _complications(tmp_path, f"## Prognosis\n\n{sentence}")
    assert not {item for subject, item in found if subject == "Pineal cyst"}


def test_a_finding_of_the_condition_owns_no_complication(tmp_path: Path) -> None:
    body = "## Prognosis\n\nNodules in pineal cysts carry a high risk of haemorrhage."
    assert not {item for _, item in _complications(tmp_path, body) if item == "haemorrhage"}


def _members(tmp_path: Path, body: str, group: str) -> set[str]:
    page = tmp_path / "page.md"
    page.write_text(f"---\ntitle: {TITLE}\n---\n\n# {TITLE}\n\n{body}\n", encoding="utf-8")
    return {
        fact.item
        for fact in extract_facts(read_article(page))
        if fact.kind is FactKind.ASSOCIATION and fact.group == group
    }


def test_what_a_member_produces_is_a_feature_without_the_participle(tmp_path: Path) -> None:
    body = (
        "## Clinical presentation\n\nAdults may have compression of the optic chiasm, "
        "producing a bitemporal hemianopia."
    )
    found = _members(tmp_path, body, "presenting features")
    assert "a bitemporal hemianopia" in found or "bitemporal hemianopia" in found
    assert not any(item.startswith("producing") for item in found)


def test_what_a_cause_produces_is_no_cause(tmp_path: Path) -> None:
    body = "## Pathology\n\nRecognised causes include trauma, infarction, causing necrosis."
    found = _members(tmp_path, body, "causes")
    assert {"trauma", "infarction"} <= found
    assert not {"necrosis", "causing necrosis"} & found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Postnatally the usual presentation is a painless scrotal swelling.",
            "painless scrotal swelling",
        ),
        ("In adults, the initial presentation is haematuria.", "haematuria"),
        ("The textbook presentation is a dissociated sensory loss.", "dissociated sensory loss"),
    ],
)
def test_the_presentation_after_a_fronted_setting(
    tmp_path: Path, sentence: str, expected: str
) -> None:
    found = _presentations(tmp_path, f"## Clinical presentation\n\n{sentence}")
    assert expected in found


def test_a_fronted_condition_is_no_setting_of_the_presentation(tmp_path: Path) -> None:
    # another condition's presentation, said in passing
    body = "## Clinical presentation\n\nIn sarcoidosis, the usual presentation is dry cough."
    assert "dry cough" not in _presentations(tmp_path, body)
