"""Issue 11, session 21: associations and signs made about the wrong thing, refused by shape
where the fact is made, and two lead shapes of relations.

- a category noun cut from its restrictive relative clause ("activities that increase …")
  names no member;
- an "e.g." bracket after a list entry gives examples OF the entry, not its genetic cause;
- what two members together "lead to" is how they bring on the list's owner, no
  complication of the pair;
- a sign in a sentence that turns to another thing ("By contrast, an X is … and shows the S
  sign") is not the paragraph's;
- a noun of effect ("consequences", "sequelae") leads a list of complications, and a setting
  between members ("and, in severe cases, C") is none;
- "Others include A and B" continues the relation the sentence before names.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts as _facts

from quizgen.model import Fact, FactKind


def _relations(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def _items(facts: list[Fact]) -> set[str]:
    return {f.item for f in facts if f.kind is FactKind.ASSOCIATION}


# 1. a category noun cut from its relative clause


@pytest.mark.parametrize(
    "lead",
    [
        "Recognised associations include activities that raise intra-abdominal pressure:",
        "Risk factors include occupations that involve repeated straining:",
        "It is associated with drugs which slow gastric emptying:",
    ],
)
def test_a_category_noun_before_its_relative_clause_is_no_member(lead: str) -> None:
    found = _items(
        _facts(
            "Spigelian hernia",
            lead,
            heading="Associations",
            items=("chronic constipation", "heavy lifting"),
        )
    )
    assert {"chronic constipation", "heavy lifting"} <= found
    assert not found & {"activities", "occupations", "drugs"}


def test_a_named_member_before_a_relative_clause_stays() -> None:
    found = _items(
        _facts(
            "Spigelian hernia",
            "It is associated with Ehlers-Danlos syndrome that is of the classical type.",
            # (one boy's presentation is no fact since session 24: "Children present …")
            "Children present with a limp that began a week earlier.",
        )
    )
    assert {"Ehlers-Danlos syndrome", "limp"} <= found


# 2. an example bracket after a list entry


def test_examples_in_brackets_are_kinds_of_the_entry_not_its_genetic_cause() -> None:
    facts = _facts(
        "Achalasia",
        "Associations include:",
        heading="Associations",
        items=(
            "inherited defects of nitric oxide signalling (e.g. AAAS or NOS1 mutations): "
            "predispose children to achalasia",
            "triple A syndrome (AAAS mutations)",
        ),
    )
    subjects = {(s, i) for s, g, i in _relations(facts) if g == "genetic features"}
    assert ("triple A syndrome", "AAAS mutation") in subjects
    assert not {s for s, _ in subjects if s.startswith("inherited defects")}


# 3. what two members together lead to


def test_what_two_members_lead_to_is_no_complication_of_the_pair() -> None:
    facts = _facts(
        "Liver abscess",
        "Risk factors include:",
        heading="Risk factors",
        items=(
            "biliary stenting and sphincterotomy, which lead to ascending cholangitis",
            "portal pyelophlebitis, which can lead to septic thrombophlebitis",
        ),
    )
    found = _relations(facts)
    assert ("portal pyelophlebitis", "complications", "septic thrombophlebitis") in found
    assert not {r for r in found if r[0].startswith("biliary stenting")}
    assert ("Liver abscess", "risk factors", "biliary stenting and sphincterotomy") in found


# 4. a sign of the thing a sentence turns to


def _signs(facts: list[Fact]) -> dict[str, str]:
    return {f.item: f.subject for f in facts if f.kind is FactKind.SIGN}


def test_a_sign_after_a_contrast_is_not_the_paragraphs() -> None:
    signs = _signs(
        _facts(
            "Pericardial cyst",
            "A pericardial cyst is thin-walled and of fluid density. By contrast, a "
            "thrombus is lobulated, compresses the heart and frequently shows the "
            "double rim sign.",
            heading="Radiographic features",
        )
    )
    assert signs.get("double rim sign", "") != "Pericardial cyst"


def test_a_sign_after_a_contrast_to_a_named_condition_is_that_conditions() -> None:
    signs = _signs(
        _facts(
            "Pericardial cyst",
            "In contrast, a pericardial lymphoma is lobulated and shows the encasement sign.",
            heading="Radiographic features",
        )
    )
    assert signs.get("encasement sign") == "pericardial lymphoma"


def test_a_sign_after_a_contrast_on_a_modality_stays_the_paragraphs() -> None:
    signs = _signs(
        _facts(
            "Pericardial cyst",
            "By contrast, MRI shows the water sign in every case.",
            heading="Radiographic features",
        )
    )
    assert signs.get("water sign") == "Pericardial cyst"


# 5. nouns of effect lead complications; settings between members are none


@pytest.mark.parametrize(
    "sentence",
    [
        "Neonatal consequences include hypoglycaemia, jaundice and, in severe cases, "
        "respiratory distress.",
        "Long-term sequelae are hypoglycaemia, jaundice and respiratory distress.",
        "Recognised consequences are hypoglycaemia, jaundice and, in some patients, "
        "respiratory distress.",
    ],
)
def test_a_noun_of_effect_leads_complications(sentence: str) -> None:
    found = _relations(_facts("Gestational diabetes", sentence))
    expected = {"hypoglycaemia", "jaundice", "respiratory distress"}
    assert {("Gestational diabetes", "complications", i) for i in expected} <= found
    assert not {i for _, _, i in found if i.startswith("in ")}


def test_a_setting_naming_a_form_of_the_title_is_no_member() -> None:
    found = _items(
        _facts(
            "Gestational diabetes",
            "Fetal consequences include macrosomia and, in poorly controlled diabetes, stillbirth.",
        )
    )
    assert {"macrosomia", "stillbirth"} <= found
    assert "in poorly controlled diabetes" not in found


@pytest.mark.parametrize(
    "sentence",
    ["The consequences are unclear.", "The long-term sequelae are unknown."],
)
def test_a_judgement_of_the_consequences_names_no_member(sentence: str) -> None:
    assert not _items(_facts("Gestational diabetes", sentence))


def test_consequences_of_a_pronoun_are_of_nothing_the_sentence_names() -> None:
    found = _relations(
        _facts("Gestational diabetes", "The consequences of this are hydrops and anaemia.")
    )
    assert not {r for r in found if r[0] == "this"}


# 6. "Others include" continues the sentence before


@pytest.mark.parametrize(
    ("before", "group"),
    [
        ("Obesity, including central adiposity, is the strongest risk factor.", "risk factors"),
        ("Macrosomia is the commonest complication;", "complications"),
        ("Ethnicity is a well-recognised cause.", "causes"),
    ],
)
def test_others_include_continues_the_relation_named_before(before: str, group: str) -> None:
    text = f"{before} Others include polycystic ovary syndrome, advanced maternal age and a "
    text += "previous macrosomic infant (for example one over 4.5 kg after a long labour in a "
    text += "primigravida)."
    found = _relations(_facts("Gestational diabetes", text.replace("; Others", "; others")))
    expected = {"polycystic ovary syndrome", "advanced maternal age", "previous macrosomic infant"}
    assert {("Gestational diabetes", group, i) for i in expected} <= found


def test_others_after_another_conditions_relation_name_nothing() -> None:
    found = _items(
        _facts(
            "Gestational diabetes",
            "Obesity is the commonest cause of insulin resistance; others include "
            "physical inactivity and ageing.",
        )
    )
    assert not found & {"physical inactivity", "ageing"}


def test_others_after_a_sentence_naming_no_relation_name_nothing() -> None:
    found = _items(
        _facts(
            "Gestational diabetes",
            "Insulin is the usual treatment. Others include metformin and glibenclamide.",
        )
    )
    assert not found & {"metformin", "glibenclamide"}


# 7. what patients report is how the condition presents


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients report chronic productive cough, haemoptysis and recurrent chest infections.",
        "Most patients complain of chronic productive cough, haemoptysis and recurrent chest "
        "infections.",
        "Affected adults often experience chronic productive cough, haemoptysis and recurrent "
        "chest infections.",
    ],
)
def test_what_patients_report_is_how_it_presents(sentence: str) -> None:
    found = _relations(_facts("Bronchiectasis", sentence))
    expected = {"chronic productive cough", "haemoptysis", "recurrent chest infections"}
    assert {("Bronchiectasis", "presenting features", i) for i in expected} <= found


def test_how_a_feature_is_felt_is_no_feature() -> None:
    found = _items(_facts("Bronchiectasis", "Patients experience the chest pain as dull."))
    assert not found


# 8. a cause set off after a member is the member's comment


def test_a_cause_aside_names_no_feature() -> None:
    found = _items(
        _facts(
            "Cryptococcal meningitis",
            "Hypokalaemia, due to vomiting or diuretics, and confusion are common.",
        )
    )
    assert "confusion" in found
    assert not found & {"due to vomiting", "diuretics", "vomiting"}


def test_one_feature_given_its_cause_is_a_feature() -> None:
    found = _items(
        _facts("Cryptococcal meningitis", "Hypokalaemia, due to vomiting or diuretics, is common.")
    )
    assert found == {"hypokalaemia"}


def test_a_fragment_after_an_adverb_names_no_member() -> None:
    found = _items(
        _facts(
            "Cryptococcal meningitis",
            "It is associated with headache, papilloedema and mostly reflecting the fungal burden.",
        )
    )
    assert {"headache", "papilloedema"} <= found
    assert not {i for i in found if "reflecting" in i}
