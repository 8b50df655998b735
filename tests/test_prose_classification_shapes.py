"""Classes named in prose sentences (issue 11, class 11): classes with their definitions in
brackets after a verb of classing, two classes offered as "either A or B", and the members
of a diagnosis's major and minor criteria. Every text is invented, about other organs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors.classification import extract_classifications
from quizgen.model import Fact
from quizgen.readers import read_text


def _classes(body: str, title: str = "Acute cholecystitis") -> list[Fact]:
    article = read_text(f"{title}\n\nClassification\n\n{body}\n")
    return list(extract_classifications(article))


def test_classes_with_definitions_in_brackets_after_graded_as() -> None:
    facts = _classes(
        "Severity is graded as mild (no organ dysfunction), moderate (leucocytosis or a "
        "palpable mass, without organ failure) and severe (dysfunction of at least one organ)."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("mild", "no organ dysfunction"),
        ("moderate", "leucocytosis or a palpable mass, without organ failure"),
        ("severe", "dysfunction of at least one organ"),
    ]
    assert {f.subject for f in facts} == {"Acute cholecystitis"}


@given(
    verb=st.sampled_from(["graded as", "classified as", "categorised into", "divided into"]),
    lead=st.sampled_from(["Disease", "The injury", "Severity"]),
)
def test_the_same_classes_in_several_phrasings(verb: str, lead: str) -> None:
    facts = _classes(f"{lead} is {verb} early (within 6 weeks) or late (after 6 weeks).")
    assert [(f.item, f.value) for f in facts] == [
        ("early", "within 6 weeks"),
        ("late", "after 6 weeks"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # brackets that hold no definitions of classes: a list of findings
        "The gallbladder wall is thickened (over 3 mm), oedematous (striated) and hyperaemic.",
        # one member without its definition: not a set of defined classes
        "Severity is graded as mild (no organ dysfunction), moderate (a palpable mass) and severe.",
        # a verb of classing with no classes after it
        "Severity is graded as described by the Tokyo guidelines (2018 revision).",
    ],
)
def test_no_classes_without_a_run_of_defined_names(sentence: str) -> None:
    assert _classes(sentence) == []


def test_two_classes_as_alternatives() -> None:
    facts = _classes(
        "Morphologically, bone islands are described as either round, with brush-like "
        "margins, or oval, with a smooth outline.",
        title="Enostosis",
    )
    assert [(f.item, f.value) for f in facts] == [
        ("round", "with brush-like margins"),
        ("oval", "with a smooth outline"),
    ]
    plain = _classes("Hydronephrosis can be classified as either obstructive or non-obstructive.")
    assert [f.item for f in plain] == ["obstructive", "non-obstructive"]


def test_described_as_without_either_is_no_classification() -> None:
    assert _classes("The lesion is described as a round or oval sclerotic focus.") == []


def test_classes_of_another_named_condition_are_its_own() -> None:
    facts = _classes(
        "Choledochal cysts are classified as either fusiform or saccular.",
        title="Biliary atresia",
    )
    assert {f.subject for f in facts} == {"Choledochal cysts"}


def test_minor_criteria_in_a_sentence() -> None:
    facts = _classes(
        "Minor criteria include fever, a raised ESR and prolonged PR interval.",
        title="Rheumatic fever",
    )
    assert [(f.item, f.group) for f in facts] == [
        ("fever", "minor criteria"),
        ("raised ESR", "minor criteria"),
        ("prolonged PR interval", "minor criteria"),
    ]


def test_major_criteria_list_with_a_heading_entry() -> None:
    article = read_text(
        "# Rheumatic fever\n\n## Diagnosis\n\nMajor criteria include:\n\n"
        "- heart\n  - carditis\n  - valvulitis\n- migratory polyarthritis\n- Sydenham chorea\n"
    )
    facts = list(extract_classifications(article))
    assert {(f.item, f.group) for f in facts} == {
        ("carditis", "major criteria"),
        ("valvulitis", "major criteria"),
        ("migratory polyarthritis", "major criteria"),
        ("Sydenham chorea", "major criteria"),
    }


def test_a_criteria_word_not_in_the_intro_is_no_criteria_list() -> None:
    article = read_text(
        "# Rheumatic fever\n\n## Imaging\n\nEchocardiography shows:\n\n"
        "- mitral regurgitation\n- valve thickening\n"
    )
    assert [f for f in extract_classifications(article) if "criteria" in f.group] == []


def _listed(intro: str, entries: str, title: str = "Small vessel disease") -> list[Fact]:
    article = read_text(f"# {title}\n\n## Imaging\n\n{intro}\n\n{entries}")
    return list(extract_classifications(article))


def test_a_list_of_class_labels_belongs_to_the_scheme_its_intro_names() -> None:
    facts = _listed(
        "The Fazekas scale scores periventricular hyperintensity on FLAIR:",
        "- grade 0: absent\n- grade 1: caps or pencil-thin lining\n- grade 2: smooth halo\n",
    )
    assert [(f.subject, f.item, f.value) for f in facts] == [
        ("Fazekas scale", "grade 0", "absent"),
        ("Fazekas scale", "grade 1", "caps or pencil-thin lining"),
        ("Fazekas scale", "grade 2", "smooth halo"),
    ]


def test_class_labels_without_a_named_scheme_are_the_titles() -> None:
    facts = _listed(
        "On imaging the injury is described as follows:",
        "- stage I: bone marrow oedema\n- stage II: subchondral fracture\n",
        title="Scaphoid fracture",
    )
    assert {(f.subject, f.item) for f in facts} == {
        ("Scaphoid fracture", "stage I"),
        ("Scaphoid fracture", "stage II"),
    }


@pytest.mark.parametrize(
    "entries",
    [
        # one entry is no class label: a list of findings, not of classes
        "- grade 1: punctate foci\n- confluent lesions: in older patients\n",
        # a label without its definition
        "- grade 1\n- grade 2\n",
        # a risk factor named like a class ("type 2 diabetes"), alone
        "- type 2 diabetes: a risk factor\n",
    ],
)
def test_no_classes_unless_every_entry_is_a_defined_class_label(entries: str) -> None:
    facts = _listed("The Fazekas scale scores periventricular hyperintensity:", entries)
    assert [f for f in facts if f.subject == "Fazekas scale"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Other types are fibrous, chondroid and mixed.",
        "Histological variants include fibrous, chondroid and mixed.",
        "The main subtypes of the lesion are fibrous, chondroid and mixed.",
    ],
)
def test_a_sentence_that_opens_on_the_classes_and_lists_them(sentence: str) -> None:
    facts = _classes(sentence, title="Fibrous dysplasia")
    assert [f.item for f in facts] == ["fibrous", "chondroid", "mixed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Types of treatment include curettage, bone grafting and internal fixation.",
        "Other types are rare.",
        "Patterns of involvement vary between the skull and the long bones.",
    ],
)
def test_no_classes_of_treatment_or_without_a_list(sentence: str) -> None:
    assert _classes(sentence, title="Fibrous dysplasia") == []
