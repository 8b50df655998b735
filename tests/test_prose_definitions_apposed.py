"""Definitions of a named thing that is not the sentence's subject: a name in apposition to its
description, a name with "in which …", a name with its description in brackets, a clause then
", termed X", "the combination of … is known as X", "The X effect is a …"; and "X refers to",
"the term X describes", "the term X is sometimes used". Every sentence
is invented, about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.definitions_apposed import apposed_definitions
from quizgen.extractors.definitions_cued import cued_definitions
from quizgen.extractors.definitions_named import named_definitions
from quizgen.model import Article, Block, BlockKind, FactKind, Section
from quizgen.readers import read_text


def _defined(sentence: str, title: str = "Thyroid goitre") -> set[tuple[str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Clinical", (block,)),))
    return {(f.subject, f.value) for f in apposed_definitions(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Late complications of infarction include ventricular rupture and Dressler "
            "syndrome, an autoimmune pericarditis weeks after the infarct.",
            ("Dressler syndrome", "an autoimmune pericarditis weeks after the infarct"),
        ),
        (
            "The key cell is the Reed cell, a large binucleate cell with prominent nucleoli, "
            "scattered in a mixed inflammatory background.",
            ("Reed cell", "a large binucleate cell with prominent nucleoli"),
        ),
        (
            "Staging uses the Child score, the sum of points for bilirubin, albumin and "
            "ascites (each scored 1-3).",
            ("Child score", "the sum of points for bilirubin, albumin and ascites"),
        ),
    ],
)
def test_a_name_in_apposition_to_its_description_is_defined(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _defined(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        # a list: the noun phrase after the name is the next item
        "Associations include Marfan syndrome, a bicuspid aortic valve and coarctation.",
        "Associations include Marfan syndrome, a bicuspid aortic valve, and coarctation.",
        # no name before the comma: a common noun and a comment on it
        "The wall of the cyst contains fat, a dependable clue to the diagnosis.",
        # a role or a rate is no description
        "Hypothyroidism may follow Hashimoto disease, a common cause of goitre in adults.",
        # a figure belongs to a percentage or a threshold
        "Follow-up uses the Bethesda score, a six-tier scale from 1 to 6.",
        # a quality is no name
        "The most useful sign, a tender enlarged gland, is present in most patients.",
    ],
)
def test_a_list_a_comment_or_a_quality_is_no_apposed_definition(sentence: str) -> None:
    assert _defined(sentence) == set()


def test_a_named_deformity_with_in_which_is_defined_by_its_clause() -> None:
    sentence = (
        "Recurrent dislocation leaves the Hill-Sachs deformity, in which the posterolateral "
        "humeral head is impacted against the glenoid rim so that it looks flattened."
    )
    assert _defined(sentence) == {
        (
            "Hill-Sachs deformity",
            "the posterolateral humeral head is impacted against the glenoid rim",
        )
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Most patients recover within weeks, in which case no treatment is needed.",
        "Imaging was repeated at the follow-up visit, in which the nodule had shrunk.",
        # "where" after a place says what happens there
        "Most tears lie at the cricopharyngeal junction, where the wall is thinnest.",
    ],
)
def test_in_which_after_no_name_defines_nothing(sentence: str) -> None:
    assert _defined(sentence) == set()


def test_a_bracket_that_relates_things_defines_the_name_before_it() -> None:
    sentence = (
        "Renal complications include nephrocalcinosis and Fanconi syndrome (loss of "
        "bicarbonate, glucose and phosphate in the urine)."
    )
    assert _defined(sentence) == {
        ("Fanconi syndrome", "loss of bicarbonate, glucose and phosphate in the urine")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # another name of the same thing relates nothing
        "Hashimoto disease (chronic lymphocytic thyroiditis) is the usual cause.",
        "Graves disease (diffuse toxic goitre syndrome) is the usual cause.",
        # a cause, a figure or an example is no description
        "Hypercalcaemia (from parathyroid hormone-related peptide) is common.",
        "Pendred syndrome (in about 10% of congenital hypothyroidism) is recessive.",
        "Thyroid nodules (e.g. in iodine deficiency) are common.",
        # an acronym before a noun is a technique, not an eponym
        "Staging relies on CT angiography (arterial and venous phases) of the neck.",
    ],
)
def test_a_bracket_that_names_or_comments_defines_nothing(sentence: str) -> None:
    assert _defined(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In chronic pancreatitis, repeated inflammation leads to a shrunken, calcified "
            "gland, termed end-stage pancreas.",
            ("end-stage pancreas", "a shrunken, calcified gland"),
        ),
        (
            "Most nodules are solid, but some grow as a thin plate along the capsule, known as "
            "capsular goitre, which is easily missed.",
            ("capsular goitre", "a thin plate along the capsule"),
        ),
    ],
)
def test_the_object_a_clause_produces_is_defined_by_the_name_after_it(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _defined(sentence) == {expected}


def test_a_named_clause_without_a_producing_verb_defines_nothing() -> None:
    # what bears the name may be the clause's subject or its object: unsure, nothing
    sentence = "The lesion presses on the trachea, termed tracheal goitre, and causes stridor."
    assert _defined(sentence) == set()


def test_a_named_combination_after_a_semicolon_is_defined() -> None:
    sentence = (
        "Goitre is often familial; the combination of goitre, sensorineural deafness and an "
        "organification defect is known as Pendred syndrome."
    )
    assert _defined(sentence) == {
        (
            "Pendred syndrome",
            "the combination of goitre, sensorineural deafness and an organification defect",
        )
    }


def test_a_named_complex_after_and_without_a_naming_verb_is_defined() -> None:
    sentence = (
        "The first nodule is called the index nodule, and the combination of an index nodule "
        "with enlarged central neck nodes is the Delphian complex."
    )
    assert _defined(sentence) == {
        (
            "Delphian complex",
            "the combination of an index nodule with enlarged central neck nodes",
        )
    }


def test_a_name_said_to_be_the_coexistence_of_two_things_is_defined() -> None:
    sentence = "A collision goitre is the coexistence of a nodular goitre and a lymphoma."
    assert _defined(sentence) == {
        ("collision goitre", "the coexistence of a nodular goitre and a lymphoma")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # a role or a treatment is no name
        "The key finding is the combination of a cold nodule and a raised calcitonin.",
        "Surgery is the combination of lobectomy and central neck dissection.",
        # without a naming verb, "is the …" must end on a name
        "Goitre is common, and the combination of goitre with deafness is the usual picture.",
    ],
)
def test_a_role_a_treatment_or_an_unnamed_complement_is_not_defined(sentence: str) -> None:
    assert _defined(sentence) == set()


def test_a_named_effect_said_to_be_a_thing_is_defined() -> None:
    sentence = (
        "The Wolff-Chaikoff effect is a fall in hormone synthesis after a large iodine load, "
        "seen in most people."
    )
    assert _defined(sentence) == {
        ("Wolff-Chaikoff effect", "a fall in hormone synthesis after a large iodine load")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The most useful effect is a fall in hormone synthesis after an iodine load.",
        "Resection of the complex is a matter of debate among surgeons.",
        # a sign's description is the sign fact's, a system's the classification's
        "The comet tail sign is a tapering echogenic trail behind a colloid focus.",
        "The diagnosis rests on the Bethesda system (cytology of the aspirate in six tiers).",
        "Staging uses the Hürthle system, a modification of the older nodal scheme.",
    ],
)
def test_a_quality_a_phrase_a_sign_or_a_system_is_not_defined_here(sentence: str) -> None:
    assert _defined(sentence) == set()


def _cued(sentence: str) -> set[tuple[str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title="Thyroid goitre", sections=(Section("Terms", (block,)),))
    return {(f.subject, f.value) for f in cued_definitions(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thyrotoxic crisis refers to decompensated hyperthyroidism with fever and "
            "delirium; it is rare.",
            ("Thyrotoxic crisis", "decompensated hyperthyroidism with fever and delirium"),
        ),
        (
            "The term retrosternal goitre describes a gland that extends below the thoracic inlet.",
            ("retrosternal goitre", "a gland that extends below the thoracic inlet"),
        ),
        (
            "Subclinical hypothyroidism (SCH) is defined as a raised TSH with normal free "
            "thyroxine.",
            ("Subclinical hypothyroidism", "a raised TSH with normal free thyroxine"),
        ),
    ],
)
def test_refers_to_describes_and_a_short_form_before_defined_as(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _cued(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "The name refers to the shape of the gland on the scan.",
        "This refers to the shape of the gland on the scan.",
        # a sign's description is the sign fact's
        "The ring of fire sign refers to circumferential flow around a nodule.",
        # "describes" without "the term" may be a report's or a scan's
        "The report describes a gland that extends below the thoracic inlet.",
    ],
)
def test_a_word_a_pronoun_or_a_report_is_not_defined(sentence: str) -> None:
    assert _cued(sentence) == set()


def test_the_term_sometimes_used_for_a_condition_is_defined_by_it() -> None:
    block = Block(
        BlockKind.PARAGRAPH,
        text="When both lobes and the isthmus are enlarged the term diffuse goitre is "
        "sometimes used.",
    )
    article = Article(slug="t", title="Thyroid goitre", sections=(Section("Terms", (block,)),))
    assert {(f.subject, f.value) for f in named_definitions(article)} == {
        ("diffuse goitre", "both lobes and the isthmus are enlarged")
    }


def test_a_sentence_holding_an_apposed_definition_may_still_be_a_statement() -> None:
    page = (
        "# Thyroid goitre\n\nThyroid goitre is an enlargement of the thyroid gland.\n\n"
        "## Pathology\n\nLong-standing goitre is linked to Pendred syndrome, in which an "
        "organification defect accompanies sensorineural deafness.\n"
    )
    kinds = {(f.kind, f.subject) for f in extract_facts(read_text(page))}
    assert (FactKind.DEFINITION, "Pendred syndrome") in kinds
    # the definition does not take the sentence from the other extractors: since the
    # association branch (s27-assoc) reads "linked to" as a relation, its fact is that one
    others = {kind for kind, _ in kinds if kind is not FactKind.DEFINITION}
    assert others & {FactKind.STATEMENT, FactKind.ASSOCIATION}, kinds


def _named(sentence: str) -> set[tuple[str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title="Thyroid goitre", sections=(Section("Terms", (block,)),))
    return {(f.subject, f.value) for f in named_definitions(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Stridor with a retrosternal mass on raising the arms, the so-called Pemberton "
            "picture, is the classic presentation.",
            (
                "Pemberton picture",
                "Stridor with a retrosternal mass on raising the arms",
            ),
        ),
        (
            "Solid nodules are the most common; the nodule that grows within a cyst is known "
            "as a mural nodule.",
            ("mural nodule", "the nodule that grows within a cyst"),
        ),
    ],
)
def test_so_called_before_is_and_known_as_in_a_later_clause(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _named(sentence) == {expected}


def test_a_description_past_its_reach_is_none() -> None:
    # the end of a description is looked for in its first 400 characters only (linear on a
    # long sentence of many commas): a longer run with nothing ending it describes nothing
    words = "a fibrous band joining the lower poles of both kidneys " * 4
    short = f"Its rarest form is the Potter syndrome, {words.strip()}."
    long = f"Its rarest form is the Potter syndrome, {(words * 2).strip()}."
    assert _defined(short) == {("Potter syndrome", words.strip())}
    assert _defined(long) == set()
