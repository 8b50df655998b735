"""Issue 11: association shapes in prose (session 7). Every sentence is invented, about
organs and diseases the dev corpus does not cover."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _article(title: str, *paragraphs: str, heading: str = "Pathology") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="test", title=title, sections=(Section(heading, blocks),))


def _relations(title: str, *paragraphs: str) -> set[tuple[str, str, str]]:
    facts: list[Fact] = [
        f for f in extract_facts(_article(title, *paragraphs)) if f.kind is FactKind.ASSOCIATION
    ]
    return {(f.subject, f.group, f.item) for f in facts}


# --- the relation opens the sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "group", "items"),
    [
        (
            "Established risk factors include smoking, chronic pancreatitis and obesity.",
            "risk factors",
            {"smoking", "chronic pancreatitis", "obesity"},
        ),
        (
            "Rarer susceptibility genes include BRCA2 and PALB2.",
            "genetic features",
            {"BRCA2", "PALB2"},
        ),
        (
            "Other common presentations are haemoptysis and chest pain.",
            "presenting features",
            {"haemoptysis", "chest pain"},
        ),
        (
            "Recognised complications are bowel obstruction and fistula formation.",
            "complications",
            {"bowel obstruction", "fistula formation"},
        ),
    ],
)
def test_a_relation_named_by_the_opening_phrase_lists_its_members(
    sentence: str, group: str, items: set[str]
) -> None:
    found = _relations("Gastric lymphoma", sentence)
    assert {(s, g, i) for s, g, i in found if g == group} == {
        ("Gastric lymphoma", group, item) for item in items
    }


def test_an_opening_relation_of_another_condition_is_about_that_condition() -> None:
    found = _relations(
        "Gastric lymphoma", "Known risk factors for coeliac disease include HLA-DQ2 and HLA-DQ8."
    )
    assert ("coeliac disease", "risk factors", "HLA-DQ2") in found
    assert not any(s == "Gastric lymphoma" for s, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # no relation noun opens it: a finding, not a list of members
        "Typical findings include wall thickening and perigastric nodes.",
        # imaging words are no presentation
        "Other common presentations are a hypoattenuating mass on CT and ascites.",
        # a negated qualifier names nothing
        "No risk factors are known.",
    ],
)
def test_no_opening_relation_without_its_noun_or_of_imaging(sentence: str) -> None:
    found = _relations("Gastric lymphoma", sentence)
    assert not {(s, g, i) for s, g, i in found if g in {"risk factors", "presenting features"}}


# --- a factor that raises or lowers the risk -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "group", "items"),
    [
        (
            "Hepatitis B infection is associated with a higher risk of hepatocellular carcinoma.",
            "risk factors",
            {"Hepatitis B infection"},
        ),
        (
            "Coffee consumption, by contrast, is associated with a lower risk of developing "
            "hepatocellular carcinoma.",
            "protective factors",
            {"Coffee consumption"},
        ),
        (
            "Cirrhosis is the main risk factor, whereas statin use and coffee consumption are "
            "associated with a reduced risk.",
            "protective factors",
            {"statin use", "coffee consumption"},
        ),
    ],
)
def test_a_factor_that_changes_the_risk_of_the_subject(
    sentence: str, group: str, items: set[str]
) -> None:
    found = _relations("Hepatocellular carcinoma", sentence)
    assert {i for s, g, i in found if g == group and s == "Hepatocellular carcinoma"} == items


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "Aspirin use is associated with a lower risk of colorectal carcinoma.",
            "Aspirin use, however, is associated with a reduced risk of colorectal carcinoma.",
            "Obesity is a risk factor, while aspirin use is associated with a decreased risk.",
        ]
    )
)
def test_one_protective_factor_in_any_phrasing(sentence: str) -> None:
    found = _relations("Colorectal carcinoma", sentence)
    assert ("Colorectal carcinoma", "protective factors", "Aspirin use") in {
        (s, g, i[:1].upper() + i[1:]) for s, g, i in found
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject itself raises the risk of something else: a complication, not a factor
        "Colorectal carcinoma is associated with an increased risk of a second primary tumour.",
        "It is associated with a higher risk of bowel obstruction.",
        # negated
        "Aspirin use is not associated with a lower risk of colorectal carcinoma.",
        "Patients with polyps are associated with a higher risk.",
    ],
)
def test_no_risk_factor_from_the_subject_a_pronoun_or_a_negation(sentence: str) -> None:
    found = _relations("Colorectal carcinoma", sentence)
    assert not {(s, g, i) for s, g, i in found if g in {"risk factors", "protective factors"}}


# --- genetics that belong to something else --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison: the gene is the other group's
        "Type 1 disease is the milder form, with onset a decade later than in patients with "
        "COL4A5 mutations.",
        # a gene word inside a syndrome's name
        "Renal cysts are common and may reflect the contiguous NF1/SUZ12 gene deletion syndrome.",
    ],
)
def test_no_genetic_feature_of_a_comparison_or_inside_a_syndrome_name(sentence: str) -> None:
    found = _relations("Alport syndrome", sentence)
    assert not {i for _, g, i in found if g == "genetic features"}


def test_a_gene_named_plainly_is_still_a_genetic_feature() -> None:
    found = _relations("Alport syndrome", "Most families carry COL4A5 mutations.")
    assert ("Alport syndrome", "genetic features", "COL4A5 mutation") in found


# --- signs -------------------------------------------------------------------------------


def _signs(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    facts = extract_facts(_article(title, *paragraphs, heading="Clinical presentation"))
    return {(f.subject, f.item) for f in facts if f.kind is FactKind.SIGN}


def test_signs_in_parentheses_of_a_coordinated_subject_indicate_what_the_verb_names() -> None:
    found = _signs(
        "Splenic rupture",
        "Left shoulder (Kehr sign) and left flank (Ballance sign) pain indicate "
        "peritoneal irritation.",
    )
    assert ("peritoneal irritation", "Kehr sign") in found
    assert ("peritoneal irritation", "Ballance sign") in found


def test_a_sign_in_parentheses_without_a_verb_after_stays_the_subjects() -> None:
    found = _signs("Splenic rupture", "Left shoulder pain (Kehr sign) is common after trauma.")
    assert found == {("Splenic rupture", "Kehr sign")}
