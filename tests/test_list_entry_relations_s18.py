"""Session 18: what a list entry's comment says of the entry itself.

- a cue inside the comment ("associated with", "due to", "transmitted by", "which may lead
  to", "with the classic triad of") names the entry's own associations, causes or
  complications, also when the entry is a form or subtype of the page's subject;
- a syndrome's entry that lists features ("X syndrome: A, B and C"; "…, with A and B")
  names the syndrome's features.

Every sentence is invented, about conditions the corpora do not cover."""

from __future__ import annotations

from prose_helpers import clinical_facts as _facts
from prose_helpers import paragraph_facts

from quizgen.model import Fact, FactKind


def _of(facts: list[Fact], subject: str) -> dict[str, str]:
    return {
        f.item: f.group
        for f in facts
        if f.kind is FactKind.ASSOCIATION and f.subject.lower() == subject.lower()
    }


def test_a_form_comment_cue_names_the_forms_causes() -> None:
    facts = _facts(
        "Kessler arthropathy",
        "Three forms are recognised:",
        heading="Classification",
        items=(
            "idiopathic form: about 70%, with no known cause",
            "acquired form: about 20%, caused by repeated microtrauma or prolonged immobilisation",
            "familial form: about 10%, associated with hypermobility and short stature",
        ),
    )
    assert _of(facts, "acquired form") == {
        "repeated microtrauma": "causes",
        "prolonged immobilisation": "causes",
    }
    assert _of(facts, "familial form") == {
        "hypermobility": "associations",
        "short stature": "associations",
    }
    assert not _of(facts, "idiopathic form")


def test_a_denied_cue_names_nothing() -> None:
    facts = _facts(
        "Kessler arthropathy",
        "Three forms are recognised:",
        heading="Classification",
        items=(
            "acquired form: about 20%, not associated with prolonged immobilisation",
            "familial form: about 10%, rarely due to trauma",
        ),
    )
    assert not _of(facts, "acquired form")
    assert not _of(facts, "familial form")


def test_a_cause_list_entry_comment_names_the_members_own_cause() -> None:
    facts = _facts(
        "Vorden cyst",
        "Causes include:",
        heading="Pathology",
        items=("chronic sinusitis, the commonest cause, usually due to Moraxella or Haemophilus",),
    )
    assert _of(facts, "chronic sinusitis") == {"Moraxella": "causes", "Haemophilus": "causes"}


def test_a_triad_in_the_comment_is_the_entrys() -> None:
    facts = _facts(
        "Ostrander histiocytosis",
        "Three syndromes were described:",
        heading="Classification",
        items=(
            "Lindqvist disease: multifocal disease with the classic triad of rash, "
            "hepatomegaly and otitis media",
        ),
    )
    assert set(_of(facts, "Lindqvist disease")) == {"rash", "hepatomegaly", "otitis media"}


def test_a_syndromes_listed_features_are_the_syndromes() -> None:
    facts = _facts(
        "Brandt bone cyst",
        "Multiple cysts are seen in:",
        heading="Associations",
        items=("Halloran syndrome: multiple cysts, cleft palate, deafness and renal agenesis",),
    )
    assert set(_of(facts, "Halloran syndrome")) == {
        "multiple cysts",
        "cleft palate",
        "deafness",
        "renal agenesis",
    }


def test_a_non_syndrome_entry_lists_no_features_and_a_sequence_owns_nothing() -> None:
    facts = _facts(
        "Brandt bone cyst",
        "Sites include:",
        heading="Pathology",
        items=("long bones: femur, tibia and humerus",),
    )
    assert not _of(facts, "long bones")
    facts = _facts(
        "Brandt bone cyst",
        "MRI shows:",
        heading="Radiographic features",
        items=("T2: high signal, due to fluid and haemorrhage",),
    )
    assert not _of(facts, "T2")


def test_a_lone_adjective_or_a_schemes_code_owns_nothing() -> None:
    facts = _facts(
        "Harlan vein syndrome",
        "Two forms are recognised:",
        heading="Classification",
        items=(
            "primary: due to a thrombosis of the vein itself",
            "focal: rare, almost always associated with Harlan dysplasia",
            "Voss type 2: predominant CA2 loss, associated with febrile seizures",
        ),
    )
    assert not _of(facts, "primary")
    assert not _of(facts, "focal")
    assert not _of(facts, "Voss type 2")


def test_a_complications_cause_and_a_categorys_examples_are_no_relations_of_the_entry() -> None:
    facts = _facts(
        "Corbel tumour",
        "Complications include:",
        heading="Complications",
        items=("bowel ischaemia, due to encasement of the mesenteric vessels",),
    )
    assert "encasement of the mesenteric vessels" not in _of(facts, "bowel ischaemia")
    facts = _facts(
        "Corbel encephalopathy",
        "Recognised associations include:",
        heading="Associations",
        items=("connective tissue disease, e.g. scleroderma, lupus and dermatomyositis",),
    )
    assert not _of(facts, "connective tissue disease")


def test_a_presentations_cause_is_no_relation_of_the_entry() -> None:
    facts = _facts(
        "Corbel tumour",
        "Presentations include:",
        items=("bowel ischaemia, due to encasement of the mesenteric vessels",),
    )
    assert "encasement of the mesenteric vessels" not in _of(facts, "bowel ischaemia")


def test_a_differential_entrys_cue_names_the_diagnosis_own_association() -> None:
    facts = _facts(
        "Pellham cyst",
        "The differential diagnosis includes:",
        heading="Differential diagnosis",
        items=(
            "Tarrow fibromatosis (desmoid): solid, associated with Gardner syndrome",
            "Wexley cyst: thin-walled, not associated with any syndrome",
            "T2 hyperintense mass: associated with oedema",
        ),
    )
    assert _of(facts, "Tarrow fibromatosis") == {"Gardner syndrome": "associations"}
    assert not _of(facts, "Wexley cyst")
    assert not _of(facts, "T2 hyperintense mass")
    assert any(
        f.kind is FactKind.DIFFERENTIAL and f.item.startswith("Tarrow fibromatosis") for f in facts
    )


# Prose: what the classic or cardinal features are, under a clinical heading.


def _presenting(text: str, heading: str = "Clinical presentation") -> set[str]:
    return {
        f.item
        for f in paragraph_facts("Marlow disease", heading, text, FactKind.ASSOCIATION)
        if f.group == "presenting features"
    }


def test_the_classic_features_are_presenting_features() -> None:
    assert _presenting("The classic features are episodic wheeze, night sweats and pruritus.") == {
        "episodic wheeze",
        "night sweats",
        "pruritus",
    }
    assert _presenting("Typical symptoms are hoarseness and stridor.") == {"hoarseness", "stridor"}


def test_the_cardinal_symptom_is_a_presenting_feature() -> None:
    assert _presenting("The cardinal symptom is painless jaundice.") == {"painless jaundice"}


def test_classic_imaging_features_or_another_heading_name_no_presentation() -> None:
    assert not _presenting(
        "The typical findings are a low-attenuation mass on CT and calcification."
    )
    assert not _presenting(
        "The classic features are lobulated margins and popcorn calcification.",
        heading="Pathology",
    )


def test_two_members_or_a_shared_complement_own_no_cause() -> None:
    facts = _facts(
        "Tellman ovary",
        "Complications include:",
        heading="Complications",
        items=("gallstones and pancreatitis, associated with chronic hypertriglyceridaemia",),
    )
    assert not _of(facts, "gallstones and pancreatitis")
    facts = _facts(
        "Tellman lung",
        "Three categories are recognised:",
        heading="Classification",
        items=("acquired Tellman lung: about 10%; due to reduced size or number of alveoli",),
    )
    assert not _of(facts, "acquired Tellman lung")


# Prose: an owner that is an action, not a condition.


def _related(text: str) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in paragraph_facts(
            "Marlow disease", "Clinical presentation", text, FactKind.ASSOCIATION
        )
    }


def test_complications_to_seek_are_the_conditions() -> None:
    found = _related("Complications to watch for include renal infarction and gut ischaemia.")
    assert ("Marlow disease", "complications", "renal infarction") in found
    assert not any(subject.startswith("watch") for subject, _, _ in found)


def test_a_trigger_for_imaging_is_no_risk_factor_of_imaging() -> None:
    found = _related("Unexplained fever after chemotherapy is the usual trigger for imaging.")
    assert not any(subject == "imaging" for subject, _, _ in found)
    found = _related("Heavy snoring is an important risk factor for otitis.")
    assert ("otitis", "risk factors", "Heavy snoring") in found
