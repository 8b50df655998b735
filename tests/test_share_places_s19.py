"""A share of cases that arise in two places joined by "or"/"and" is both places' figure:
"Roughly 10% arise in the orbit or the nasal cavity" is not the orbit's 10% alone (a card
"orbit: 10%" would teach a wrong figure); a second place with a figure of its own still
starts a run of parts. Invented sentences (extractors/shares._coordinated_place)."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _shares(sentence: str) -> set[tuple[str, str]]:
    article = Article(
        slug="solitary-fibrous-tumour",
        title="Solitary fibrous tumour",
        sections=(Section("Location", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    kinds = {FactKind.PERCENTAGE, FactKind.FREQUENCY}
    return {(f.item, f.value) for f in extract_facts(article) if f.kind in kinds}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Roughly 10% arise in the orbit or the nasal cavity.", "orbit or the nasal cavity"),
        ("About 5% of tumours occur in the kidney and adrenal gland.", "kidney and adrenal gland"),
    ],
)
def test_two_places_joined_share_one_figure(sentence: str, item: str) -> None:
    assert {i for i, _ in _shares(sentence)} == {item}


def test_a_second_place_with_its_own_figure_is_its_own_part() -> None:
    found = _shares("About 60% arise in the pleura and 40% in the meninges.")
    assert found == {("pleura", "About 60%"), ("meninges", "40%")}


def _parts(title: str, sentence: str) -> set[tuple[str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Pathology", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return {
        (f.group, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.FREQUENCY
    }


def test_one_accounts_for_shared_by_every_item_divides_one_whole() -> None:
    """ "X accounts for 70% of cases, Y for 20% and Z for 5%": parts of one whole, named by
    the items' shared head noun, so a question asks "which of the subtypes"."""
    found = _parts(
        "Thymic carcinoma",
        "The squamous subtype accounts for about 70% of cases, the basaloid subtype for 20% "
        "and the mucoepidermoid subtype for 5%.",
    )
    assert found == {
        ("subtypes", "squamous subtype", "about 70%"),
        ("subtypes", "basaloid subtype", "20%"),
        ("subtypes", "mucoepidermoid subtype", "5%"),
    }


def test_a_named_whole_is_kept_and_figures_over_a_whole_are_no_parts() -> None:
    named = _parts(
        "Salivary gland neoplasms",
        "Pleomorphic adenoma accounts for 60% of parotid tumours, Warthin tumour for 25% and "
        "mucoepidermoid carcinoma for 5%.",
    )
    assert {group for group, _, _ in named} == {"parotid tumours"}
    over = _parts(
        "Salivary gland neoplasms",
        "Pleomorphic adenoma accounts for 60% of cases, Warthin tumour for 45% and "
        "mucoepidermoid carcinoma for 5%.",
    )
    assert over == set()


def test_a_risk_factors_share_is_no_risk_measure() -> None:
    """ "X is the most important risk factor and is present in 70% of children": the share
    is X's, and "most important risk" is no measure the figure is a value of."""
    article = Article(
        slug="t",
        title="Slipped capital femoral epiphysis",
        sections=(
            Section(
                "Epidemiology",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Obesity is the most important risk factor and is present in up "
                        "to 70% of affected children.",
                    ),
                ),
            ),
        ),
    )
    shares = [f for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE]
    assert [(f.item, f.attribute) for f in shares] == [("Obesity", "")]


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        # an adverb after the counted opens what is said of them: no part of the whole
        (
            "Up to a third of patients still have symptoms at five years.",
            ("symptoms at five years", "patients"),
        ),
        (
            "Lesions are bilateral in 20% of cases and often asymmetric.",
            ("bilateral lesions", "cases"),
        ),
    ],
)
def test_the_counted_whole_ends_before_an_adverb(sentence: str, share: tuple[str, str]) -> None:
    article = Article(
        slug="t",
        title="Solitary fibrous tumour",
        sections=(Section("Prognosis", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    found = {(f.item, f.group) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}
    assert found == {share}


def test_a_noun_phrase_opened_by_an_adjectival_participle_before_an_aside_is_the_item() -> None:
    article = Article(
        slug="t",
        title="Chronic recurrent multifocal osteomyelitis",
        sections=(
            Section(
                "Clinical presentation",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="Associated skin conditions, mainly acne and psoriasis, occur in up "
                        "to 25% of patients.",
                    ),
                ),
            ),
        ),
    )
    found = {(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}
    assert found == {("Associated skin conditions", "up to 25%")}
