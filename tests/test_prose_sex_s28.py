"""Sex ratios in phrasings written before the extractor was run on them (session 28): shares
of the affected people said to be of one sex, and a ratio after "in a ratio of"."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _sex_ratios(sentence: str) -> list[tuple[str, str]]:
    article = Article(
        slug="x",
        title="Renal oncocytoma",
        sections=(Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return [(f.attribute, f.value) for f in extract_facts(article) if f.kind is FactKind.SEX_RATIO]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Both are X-linked, so almost all affected patients are male.", "male"),
        ("Nearly all patients are female.", "female"),
        ("Virtually all cases occur in boys.", "male"),
        ("Affected individuals are predominantly female.", "female"),
        ("Most affected children are boys.", "male"),
        ("It is largely a disease of young women.", "female"),
        ("Males are more often affected, in a ratio of 2:1.", "2:1"),
        ("The female to male ratio approaches 4:1.", "4:1"),
    ],
)
def test_a_share_of_the_affected_of_one_sex_is_a_sex_ratio(sentence: str, value: str) -> None:
    assert [v for _, v in _sex_ratios(sentence)] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most cases occur in men and women over 60.",
        "Patients are usually male or female adults with diabetes.",
        "Almost all cases are sporadic.",
        "Males are more often affected by trauma in this age group.",
        "The T2 signal ratio approaches 4:1.",
    ],
)
def test_no_sex_ratio_where_no_sex_is_favoured(sentence: str) -> None:
    assert _sex_ratios(sentence) == []


def _ages(sentence: str) -> list[tuple[str, str]]:
    article = Article(
        slug="x",
        title="Renal oncocytoma",
        sections=(Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return [(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.AGE]


def test_an_age_after_which_it_presents_is_its_typical_age() -> None:
    assert ("typical age", "after the age of 55 years") in _ages(
        "It usually presents after the age of 55 years."
    )
    assert ("typical age", "after 50 years of age") in _ages(
        "Most patients present after 50 years of age."
    )


def test_the_age_group_of_a_prevalence_is_not_the_typical_age() -> None:
    """ "its prevalence rises to almost 6% in people over 80" gave "typical age: over 80"."""
    found = _ages("It is a disease of adults, and its prevalence rises to 4% in people over 75.")
    assert ("typical age", "over 75") not in found, found


def _causes(sentence: str) -> list[str]:
    article = Article(
        slug="x",
        title="Cerebral venous thrombosis",
        sections=(Section("Pathology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return [f.item for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION]


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "It may be secondary to trauma, infection or surgery.",
            ["trauma", "infection", "surgery"],
        ),
        (
            "It usually develops after radiotherapy or chemotherapy.",
            ["radiotherapy", "chemotherapy"],
        ),
        ("It commonly complicates cirrhosis and pancreatitis.", ["cirrhosis", "pancreatitis"]),
    ],
)
def test_causes_told_by_secondary_to_develops_after_and_complicates(
    sentence: str, members: list[str]
) -> None:
    assert _causes(sentence) == members


@pytest.mark.parametrize(
    "sentence",
    ["Symptoms develop after a latent period of months.", "It develops after 2 weeks of rest."],
)
def test_a_time_after_which_it_develops_is_no_cause(sentence: str) -> None:
    assert _causes(sentence) == []


def test_causes_listed_for_a_share_of_the_cases_are_the_titles() -> None:
    """ "The remaining third are secondary to:" names a share of the cases, not another
    condition: its listed causes stayed with "remaining third" as their owner."""
    article = Article(
        slug="x",
        title="Chronic pancreatitis",
        sections=(
            Section(
                "Pathology",
                (
                    Block(BlockKind.PARAGRAPH, text="Two-thirds of cases follow alcohol excess."),
                    Block(BlockKind.PARAGRAPH, text="The remaining third are caused by:"),
                    Block(
                        BlockKind.LIST,
                        items=(ListItem("hypertriglyceridaemia"), ListItem("cystic fibrosis")),
                    ),
                ),
            ),
        ),
    )
    owners = {f.subject for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}
    assert owners == {"Chronic pancreatitis"}, owners


def test_a_bracketed_share_of_a_quantified_noun_counts_what_follows() -> None:
    """ "Most tears (about 70%) are non-contact injuries" gave the item "Most tears"."""
    article = Article(
        slug="x",
        title="Meniscal tear",
        sections=(
            Section(
                "Epidemiology",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="The majority of fractures (about 85%) are extension injuries.",
                    ),
                ),
            ),
        ),
    )
    items = [f.item for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE]
    assert items == ["extension injuries"], items


@pytest.mark.parametrize(
    "sentence",
    [
        "Triggers include pregnancy, dehydration and oral contraceptive use.",
        "Recognised precipitants are pregnancy, dehydration and oral contraceptive use.",
    ],
)
def test_triggers_and_precipitants_listed_are_risk_factors(sentence: str) -> None:
    assert _causes(sentence) == ["pregnancy", "dehydration", "oral contraceptive use"]
