"""Session 44: rules found on the opened sets CC/CD and the development corpus. Sentences are
invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text
from quizgen.readers.cleanup import clean_inline


def _facts(
    body: str, title: str = "Pancreatic pseudocyst", heading: str = "Pathology"
) -> list[Fact]:
    page = f"# {title}\n\n## {heading}\n\n{body}\n"
    return list(extract_facts(read_text(page, path=Path("page.md"))))


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def _members(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject, f.item) for f in _of(facts, FactKind.ASSOCIATION)}


# --- readers -------------------------------------------------------------------------------


def test_a_number_after_a_closing_full_stop_is_a_citation_marker() -> None:
    assert clean_inline("is called the acute phase of the disease. 2") == (
        "is called the acute phase of the disease."
    )
    assert clean_inline("seen in most cases. 3,4 Treatment is surgical.") == (
        "seen in most cases. Treatment is surgical."
    )
    # data stay: a count that opens a lower-case clause, a field strength's unit
    assert clean_inline("in 20 cases. 3 patients died") == "in 20 cases. 3 patients died"
    assert clean_inline("imaged at 1.5 T. 3 Then") == "imaged at 1.5 T. 3 Then"


_DUMP = """---
title: gallstone ileus
---

# Gallstone ileus

## On this page:

Article:

- [Epidemiology](#nav_epidemiology)

- [References](#references)

Images:

- [Cases and figures](#article-images)

**Gallstone ileus** is a bowel obstruction caused by a gallstone in the bowel lumen. 1

#### Epidemiology

It accounts for about 2% of small bowel obstructions.
"""


def test_a_dump_lead_after_the_contents_box_is_kept_when_it_ends_on_a_citation() -> None:
    article = read_text(_DUMP, path=Path("gallstone-ileus.md"))
    lead = article.sections[0]
    assert lead.heading == ""
    assert [b.text for b in lead.blocks] == [
        "Gallstone ileus is a bowel obstruction caused by a gallstone in the bowel lumen."
    ]
    definitions = _of(list(extract_facts(article)), FactKind.DEFINITION)
    assert any(f.value.startswith("a bowel obstruction") for f in definitions)


# --- relations ------------------------------------------------------------------------------


def test_the_condition_as_a_complication_of_another_turns_into_the_titles_cause() -> None:
    facts = _facts(
        "The condition is classically a complication of acute pancreatitis, and alcohol "
        "remains the usual underlying cause."
    )
    assert ("Pancreatic pseudocyst", "acute pancreatitis") in _members(facts)
    assert not any(f.item.lower() == "condition" for f in _of(facts, FactKind.ASSOCIATION))


def test_a_role_or_a_verbs_object_before_a_relation_noun_is_no_member() -> None:
    facts = _facts(
        "Treatment is aimed at the complications of portal hypertension. The principal "
        "differential is other causes of cystic change in the pancreas: mucinous neoplasm."
    )
    items = {item.lower() for _, item in _members(facts)}
    assert "treatment" not in items
    assert "principal differential" not in items
    aimed = _facts("Surgery is aimed at the complications of portal hypertension.")
    assert not any("surgery" in item.lower() for _, item in _members(aimed))


def test_a_prefixed_adjective_and_a_frequency_still_lead_a_list_of_causes() -> None:
    facts = _facts(
        "Non-traumatic causes are less frequent and include previous surgery, hypercalcaemia "
        "or other metabolic disorders, and cystic fibrosis.",
        heading="Aetiology",
    )
    assert {
        ("Pancreatic pseudocyst", "previous surgery"),
        ("Pancreatic pseudocyst", "hypercalcaemia"),
        ("Pancreatic pseudocyst", "cystic fibrosis"),
    } <= _members(facts)
    assert not any(item.startswith("include") for _, item in _members(facts))


def test_a_catch_all_among_named_members_is_dropped_not_the_list() -> None:
    assert split_noun_phrases("gout, trauma or other joint disease and psoriasis") == [
        "gout",
        "trauma",
        "psoriasis",
    ]
    assert split_noun_phrases("gout and other arthropathies") == []


def test_causes_said_to_be_heterogeneous_name_no_cause() -> None:
    facts = _facts("Causes are heterogeneous and can be grouped as genetic and acquired.")
    items = {item.lower() for _, item in _members(facts)}
    assert not items & {"heterogeneous", "genetic", "acquired"}


def test_a_clause_after_are_recognised_names_no_classes() -> None:
    facts = _facts(
        "Two types are recognised, distinguished mainly by the wall thickness and the contents."
    )
    items = {item.lower() for _, item in _members(facts)}
    assert not any(item.startswith("distinguished") for item in items)
    assert "contents" not in items
    kept = _facts("Three subtypes are recognised, serous, mucinous and endometrioid.")
    assert {"serous", "mucinous", "endometrioid"} <= {i.lower() for _, i in _members(kept)}


# --- demographics ---------------------------------------------------------------------------


def test_a_sentence_naming_a_cause_does_not_become_the_paragraphs_topic() -> None:
    facts = _facts(
        "Hypertriglyceridaemic pancreatitis has become an increasingly important cause. There "
        "is no sex predilection.",
        heading="Epidemiology",
    )
    ratios = _of(facts, FactKind.SEX_RATIO)
    assert [f.subject for f in ratios] == ["Pancreatic pseudocyst"]


# --- case pages -----------------------------------------------------------------------------


_CASE = """# Scaphoid fracture

## Findings

### Radiograph

There is a transverse fracture through the scaphoid waist. The lunate is intact. No
displacement is seen.

### MRI

The proximal pole shows low T1 signal. No enhancement of the proximal pole is seen.

## Case discussion

Scaphoid fractures are the commonest carpal fractures.
"""


def test_a_cases_normal_findings_are_no_looks_of_the_disease() -> None:
    facts = list(extract_facts(read_text(_CASE, path=Path("case.md"))))
    values = {f.value.lower() for f in _of(facts, FactKind.APPEARANCE)}
    assert any("transverse fracture" in v for v in values)
    assert "intact" not in values
    assert "no displacement" not in values
    # a property the lesion lacks tells the diagnosis apart: it stays
    assert any(v.startswith("no enhancement") for v in values)


# --- signs and statements -------------------------------------------------------------------


def test_signs_named_as_examples_belong_to_the_finding_the_sentence_opens_on() -> None:
    facts = _facts(
        'Pneumomediastinum indicates oesophageal rupture, and signs such as the "continuous '
        'diaphragm sign" or the ring-around-the-artery sign should be sought.',
        title="Boerhaave syndrome",
        heading="Radiographic features",
    )
    signs = {(f.subject, f.item) for f in _of(facts, FactKind.SIGN)}
    assert signs == {
        ("Pneumomediastinum", "continuous diaphragm sign"),
        ("Pneumomediastinum", "ring-around-the-artery sign"),
    }


def test_a_procedure_or_a_drug_of_any_organ_is_a_statements_key_term() -> None:
    facts = _facts(
        "Chronic effusions recur unless a pericardiectomy or pleurodesis is performed. "
        "Antiplatelet agents, most often aspirin, reduce "
        "ischaemic events. Prolonged immobilisation leads to disuse osteopenia.",
        title="Budd-Chiari syndrome",
        heading="Treatment and prognosis",
    )
    values = {f.value for f in _of(facts, FactKind.STATEMENT)}
    assert {
        "pericardiectomy | pleurodesis",
        "Antiplatelet agents | aspirin",
        "immobilisation",
    } <= values


_DUMP_EMPTY_BOX = """---
title: sclerosing mesenteritis
---

# Sclerosing mesenteritis

On this page:

<pad>
    -<space>

**Sclerosing mesenteritis** is a rare, chronic fibrosing inflammation of the mesenteric fat.

#### Epidemiology

It is found in under 1% of abdominal CT examinations.
""".replace("<pad>", " " * 6).replace("<space>", " ")  # a dump's whitespace-only lines


def test_a_contents_box_left_as_an_empty_bullet_does_not_swallow_the_lead() -> None:
    article = read_text(_DUMP_EMPTY_BOX, path=Path("sclerosing-mesenteritis.md"))
    lead = article.sections[0]
    assert lead.heading == ""
    assert [(b.kind.value, b.text) for b in lead.blocks] == [
        (
            "paragraph",
            "Sclerosing mesenteritis is a rare, chronic fibrosing inflammation of the "
            "mesenteric fat.",
        )
    ]
    definitions = _of(list(extract_facts(article)), FactKind.DEFINITION)
    assert [f.value for f in definitions] == [
        "a rare, chronic fibrosing inflammation of the mesenteric fat"
    ]


def test_a_definition_in_the_body_may_set_its_adjectives_off_by_commas() -> None:
    facts = _facts(
        "Peliosis hepatis is a rare, benign condition characterised by blood-filled spaces "
        "throughout the liver.",
        title="Peliosis hepatis",
        heading="Pathology",
    )
    definitions = {(f.item, f.value) for f in _of(facts, FactKind.DEFINITION)}
    assert definitions == {
        (
            "Peliosis hepatis",
            "rare, benign condition characterised by blood-filled spaces throughout the liver",
        )
    }


# --- found by reading every card of a page written blind (plantar fibromatosis) --------------


def test_a_finding_absent_or_slight_is_not_stated_absent() -> None:
    facts = _facts(
        "Posterior acoustic enhancement is absent or mild. Colour Doppler shows little or no "
        "internal vascularity in most cases.",
        title="Plantar fibromatosis",
        heading="Ultrasound",
    )
    values = {f.value for f in _of(facts, FactKind.APPEARANCE)}
    assert "no posterior acoustic enhancement" not in values
    assert "no internal vascularity" not in values
    assert "posterior acoustic enhancement" not in values


def test_a_long_differential_name_still_ends_at_the_entrys_colon() -> None:
    facts = _facts(
        "- giant cell tumour of the tendon sheath: next to a flexor tendon, with blooming on "
        "gradient-echo images\n- plantar fasciitis: thickening at the calcaneal insertion\n",
        title="Plantar fibromatosis",
        heading="Differential diagnosis",
    )
    items = {f.item for f in _of(facts, FactKind.DIFFERENTIAL)}
    assert items == {"giant cell tumour of the tendon sheath", "plantar fasciitis"}


def test_a_share_in_brackets_after_a_member_leaves_the_list_whole() -> None:
    assert split_noun_phrases(
        "Dupuytren contracture (seen in 10-65% of patients), Peyronie disease and knuckle pads"
    ) == ["Dupuytren contracture", "Peyronie disease", "knuckle pads"]
    facts = _facts(
        "Known associations include Dupuytren contracture (seen in 10-65% of patients), "
        "Peyronie disease and knuckle pads.",
        title="Plantar fibromatosis",
        heading="Epidemiology",
    )
    assert {"Dupuytren contracture", "Peyronie disease", "knuckle pads"} <= {
        item for _, item in _members(facts)
    }


def test_one_member_singled_out_by_rank_is_the_titles_relation() -> None:
    facts = _facts(
        "The main complication is pseudoaneurysm formation. The principal risk factor is "
        "alcohol misuse. The leading cause of death is sepsis.",
        heading="Clinical presentation",
    )
    members = _members(facts)
    assert ("Pancreatic pseudocyst", "pseudoaneurysm formation") in members
    assert ("Pancreatic pseudocyst", "alcohol misuse") in members
    assert not any(item == "sepsis" for _, item in members)  # of death: no relation of the title


def test_which_test_settles_it_and_what_a_test_is_used_for_are_statements() -> None:
    settled = _facts("Radiographs are usually diagnostic.", title="Boxer fracture", heading="CT")
    assert [f.value for f in _of(settled, FactKind.STATEMENT)] == ["Radiographs"]
    used = _facts(
        "PET-CT is used for staging and for surveillance of nodal disease.",
        title="Follicular lymphoma",
        heading="Nuclear medicine",
    )
    assert [f.value for f in _of(used, FactKind.STATEMENT)] == ["PET-CT"]
    # praise alone still says nothing to learn
    assert (
        _of(_facts("MRI is helpful.", title="Boxer fracture", heading="MRI"), FactKind.STATEMENT)
        == []
    )
