"""Issue 11, session 22 (round 2): wrong associations and differentials of sets O and P,
refused by shape where the fact is made.

- a relation word the intro sets aside ("after exclusion of other causes") names nothing the
  list holds, and what criteria "require of the following" are diagnostic criteria;
- "A or, in adults, an elevated B" is one list entry, not a name and its comment;
- a "Features that favour X are:" list under "Differential diagnosis" lists no diagnoses;
- adjectives set apart by commas without "and"/"or" describe one noun ("a small, scarred
  kidney"), they are no list of members;
- what makes a complaint worse ("…, typically worse on stairs and with kneeling, …") is no
  complaint, nor is the verb's preposition said again ("and of locking") part of one;
- a case page's side ("right-sided") and recency ("recent") are the patient's.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts as _facts

from quizgen.extractors.member_shapes import member_repaired
from quizgen.model import Fact, FactKind


def _groups(facts: list[Fact]) -> dict[str, str]:
    return {f.item: f.group for f in facts if f.kind is FactKind.ASSOCIATION}


_STILL_ITEMS = ("fever of at least 39 °C", "arthralgia or arthritis", "typical salmon-pink rash")


# 1. a relation set aside by the intro; criteria that require


@pytest.mark.parametrize(
    "intro",
    [
        "The Yamaguchi criteria (1992), widely used in practice, require five of the following "
        "features, after exclusion of other causes:",
        "Once infectious causes have been excluded, the diagnosis is supported by:",
        "After ruling out other causes, the diagnosis rests on:",
    ],
)
def test_causes_the_intro_sets_aside_name_no_causes(intro: str) -> None:
    found = _groups(
        _facts("Adult-onset Still disease", intro, heading="Diagnosis", items=_STILL_ITEMS)
    )
    assert "causes" not in found.values()


def test_what_criteria_require_of_the_following_are_diagnostic_criteria() -> None:
    found = _groups(
        _facts(
            "Adult-onset Still disease",
            "The Yamaguchi criteria (1992), widely used in practice, require five of the "
            "following features, after exclusion of other causes:",
            heading="Diagnosis",
            items=_STILL_ITEMS,
        )
    )
    assert found.get("arthralgia or arthritis") == "diagnostic criteria"


@pytest.mark.parametrize("intro", ["Causes include:", "Causes other than infection include:"])
def test_a_list_of_causes_stays_causes(intro: str) -> None:
    found = _groups(
        _facts(
            "Reactive thrombocytosis",
            intro,
            heading="Aetiology",
            items=("iron deficiency", "asplenia"),
        )
    )
    assert found.get("iron deficiency") == "causes"


# 2. an aside between commas after "or"


def test_an_aside_after_or_keeps_the_entry_whole() -> None:
    facts = _facts(
        "Adult-onset Still disease",
        "The Yamaguchi criteria require five of the following:",
        heading="Diagnosis",
        items=("a raised ferritin or, in children, an elevated serum interleukin-18",),
    )
    entries = {(f.item, f.value) for f in facts if f.kind is FactKind.ASSOCIATION}
    assert any("interleukin-18" in item and not value for item, value in entries), entries


def test_a_comment_after_a_name_is_still_its_detail() -> None:
    facts = _facts(
        "Reactive thrombocytosis",
        "Causes include:",
        heading="Aetiology",
        items=("asplenia, an easily overlooked cause after trauma",),
    )
    assert {(f.item, f.value) for f in facts if f.kind is FactKind.ASSOCIATION} == {
        ("asplenia", "easily overlooked cause after trauma")
    }


# 3. a list of features under "Differential diagnosis"


def _differentials(intro: str) -> set[str]:
    facts = _facts(
        "Mucinous cystic neoplasm of the pancreas",
        intro,
        heading="Differential diagnosis",
        items=("a history of pancreatitis", "communication with the pancreatic duct"),
    )
    return {f.item for f in facts if f.kind is FactKind.DIFFERENTIAL}


@pytest.mark.parametrize(
    "intro",
    [
        "Features that favour a pancreatic pseudocyst are:",
        "Findings suggesting a pseudocyst include:",
        "Imaging features favouring a pseudocyst:",
    ],
)
def test_features_that_favour_another_diagnosis_are_no_differentials(intro: str) -> None:
    assert _differentials(intro) == set()


@pytest.mark.parametrize("intro", ["Other considerations are:", "The main differentials are:"])
def test_a_list_of_considerations_stays_differentials(intro: str) -> None:
    assert "a history of pancreatitis" in _differentials(intro)


# 4. adjectives set apart by commas


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        (
            "Untreated renal artery stenosis leads to a small, scarred kidney.",
            "small, scarred kidney",
        ),
        (
            "Untreated renal artery stenosis leads to a small, smooth, uniformly echogenic "
            "kidney, termed an end-stage kidney.",
            "small, smooth, uniformly echogenic kidney",
        ),
    ],
)
def test_adjectives_without_a_conjunction_describe_one_noun(sentence: str, member: str) -> None:
    found = _groups(_facts("Renal artery stenosis", sentence, heading="Pathology"))
    assert found == {member: "complications"}


def test_a_list_with_a_conjunction_stays_a_list() -> None:
    found = _groups(
        _facts(
            "Renal artery stenosis",
            "Untreated renal artery stenosis leads to hypertension, renal atrophy and flash "
            "pulmonary oedema.",
            heading="Pathology",
        )
    )
    assert set(found) == {"hypertension", "renal atrophy", "flash pulmonary oedema"}


# 5. what makes a complaint worse; the repeated preposition


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients complain of knee pain, typically worse on stairs and with kneeling, and of "
        "locking.",
        "Patients present with knee pain, often aggravated by kneeling, and with locking.",
        "Most patients report knee pain, usually worse with kneeling, and locking.",
    ],
)
def test_what_makes_a_complaint_worse_is_no_complaint(sentence: str) -> None:
    found = _groups(_facts("Prepatellar bursitis", sentence))
    assert set(found) == {"knee pain", "locking"}


def test_a_plain_list_of_complaints_is_kept() -> None:
    found = _groups(
        _facts("Prepatellar bursitis", "Patients present with knee pain, swelling and warmth.")
    )
    assert set(found) == {"knee pain", "swelling", "warmth"}


def test_criteria_for_a_treatment_are_no_diagnostic_criteria() -> None:
    found = _groups(
        _facts(
            "Adult-onset Still disease",
            "The criteria for biologic therapy require two of the following:",
            heading="Treatment",
            items=("failure of corticosteroids", "steroid dependence"),
        )
    )
    assert "diagnostic criteria" not in found.values()


def test_criteria_for_the_diagnosis_are_diagnostic_criteria() -> None:
    found = _groups(
        _facts(
            "Adult-onset Still disease",
            "The criteria for the diagnosis require two of the following:",
            heading="Diagnosis",
            items=("spiking fever", "evanescent rash"),
        )
    )
    assert found.get("spiking fever") == "diagnostic criteria"


# 7. a named structure of the title is no sign of it


def _signs(title: str, sentence: str) -> set[str]:
    return {f.item for f in _facts(title, sentence, heading="Pathology") if f.kind is FactKind.SIGN}


def test_the_structure_a_title_names_is_no_sign() -> None:
    assert (
        _signs(
            "Tendon cuff tear",
            "Tendon cuff tears are disruptions of one or more of the tendons of the tendon cuff.",
        )
        == set()
    )


def test_a_named_finding_outside_the_title_stays_a_sign() -> None:
    assert "Codman triangle" in _signs(
        "Parosteal osteosarcoma", "A Codman triangle is uncommon in parosteal osteosarcoma."
    )


@pytest.mark.parametrize(
    "aside",
    [
        "much as with uncomplicated acute pyelonephritis",
        "as in other forms of cholangitis",
        "similar to simple renal cysts",
        "unlike a haemangioma",
    ],
)
def test_a_comparison_closing_a_list_is_no_member(aside: str) -> None:
    """Set P's page: "Patients present with right upper quadrant pain, fever, nausea and
    vomiting, much as with uncomplicated acute cholecystitis" listed the comparison."""
    assert member_repaired(aside, "presenting features") == ""
    assert member_repaired("flank pain", "presenting features") == "flank pain"
