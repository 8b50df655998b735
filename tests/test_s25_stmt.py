"""Statements of management, mechanism and meaning that gave no fact (session 25, issue 11).

"Management focuses on X", "The halo corresponds to Y", "Loss of A underlies B", "Surgery is
reserved for C": the verb was unknown to the statement maker, or "for" was read as a time, so
the sentence gave nothing. Every sentence here is invented.
"""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import Fact, FactKind


def _statements(title: str, sentence: str) -> list[Fact]:
    return paragraph_facts(title, "Treatment and prognosis", sentence, FactKind.STATEMENT)


def _one(title: str, sentence: str) -> Fact:
    facts = _statements(title, sentence)
    assert len(facts) == 1, facts
    return facts[0]


@pytest.mark.parametrize(
    ("title", "sentence", "blank"),
    [
        # management: what it focuses or hinges on
        ("Gastric volvulus", "Management focuses on early decompression.", "early decompression"),
        ("Gastric volvulus", "Diagnosis hinges on endoscopic biopsy.", "endoscopic biopsy"),
        # mechanism: what a change underlies, what a treatment prevents
        (
            "Hirschsprung disease",
            "Loss of ganglion cells underlies the failure of relaxation.",
            "failure of relaxation",
        ),
        ("Achalasia", "Nitric oxide inhibits sphincter contraction.", "sphincter contraction"),
        # meaning: what a finding represents or corresponds to
        (
            "Brodie abscess",
            "The bright rim corresponds to granulation tissue.",
            "granulation tissue",
        ),
    ],
)
def test_a_verb_of_management_mechanism_or_meaning_gives_its_object(
    title: str, sentence: str, blank: str
) -> None:
    fact = _one(title, sentence)
    assert (fact.subject, fact.item, fact.value, fact.statement) == (title, "", blank, sentence)
    assert fact.attribute in {"predicate", "term"}
    assert fact.group == ""


@pytest.mark.parametrize(
    ("title", "sentence", "blank"),
    [
        (
            "Achalasia",
            "Heller myotomy is reserved for failure of dilatation.",
            "failure of dilatation",
        ),
        (
            "Renal cysts",
            "Surgery is indicated for large symptomatic cysts.",
            "large symptomatic cysts",
        ),
    ],
)
def test_what_a_treatment_is_reserved_for_is_the_blank(
    title: str, sentence: str, blank: str
) -> None:
    fact = _one(title, sentence)
    assert (fact.subject, fact.item, fact.value, fact.attribute) == (title, "", blank, "predicate")


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # the cases it is kept for name nothing
        ("Achalasia", "Surgery is reserved for patients in whom these measures fail."),
        # "for" after another participle still says when or why, not an indication
        ("Achalasia", "Dilatation is repeated for several years."),
        # a pronoun subject leaves the card without its topic (C2)
        ("Achalasia", "It focuses on the lower sphincter."),
        # an indication cut inside its noun phrase, or a lone shared modifier
        ("Achalasia", "Botulinum toxin is reserved for patients unfit for surgery."),
        ("Charcot joint", "Reconstruction is reserved for unstable or severe deformities."),
        # a name or a label kept for some cases says how a word is used (C2)
        ("Bronchiolitis", "The term should be reserved for irreversible dilatation."),
        ("Spinal AVM", "A grade 6 is reserved for inoperable lesions."),
        # a test kept for some cases says only in whom it is used (as statement_usage)
        ("Ureteric stones", "Retrograde studies are reserved for equivocal cases."),
        ("Ureteric stones", "CT is reserved for equivocal cases."),
        # a subgroup's treatment cut on a participle ("an enema [combined]" with …)
        (
            "Meconium ileus",
            "Mild cases are treated initially with a warm saline enema combined with rest.",
        ),
        # what "explains" a finding is the fact, not the finding it explains
        ("Parotid oncocytoma", "The abundant mitochondria explain its behaviour on imaging."),
    ],
)
def test_no_blank_where_the_object_names_nothing(title: str, sentence: str) -> None:
    assert _statements(title, sentence) == []


@pytest.mark.parametrize(
    ("title", "sentence", "blank", "kind"),
    [
        (
            "Hip osteoarthritis",
            "Less active patients may be managed with physiotherapy.",
            "physiotherapy",
            "term",  # a treatment of the key-term vocabulary since session 44
        ),
        (
            "Meconium ileus",
            "Uncomplicated cases are treated initially with a hyperosmolar enema.",
            "hyperosmolar enema",
            "predicate",
        ),
    ],
)
def test_a_subgroup_of_patients_is_the_pages_own_when_treated(
    title: str, sentence: str, blank: str, kind: str
) -> None:
    fact = _one(title, sentence)
    assert (fact.subject, fact.item, fact.value, fact.attribute) == (title, "", blank, kind)
    assert fact.statement == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # a subgroup of lesions names a class at large, whatever is done to it
        "Cerebellar tumours are treated with resection in most centres.",
        # a subgroup said only to be affected is no treatment
        "Less active patients are affected later in life.",
    ],
)
def test_other_subgroups_still_give_no_predicate_blank(sentence: str) -> None:
    assert all(f.attribute != "predicate" for f in _statements("Hip osteoarthritis", sentence))
