"""Whose share a figure is, found on set C and guarded by shape on invented sentences: a run
of shares after "X are classified …:" divides X, not the article's subject; "N% of affected
patients" counts those with the condition the clause before names; a sequence-labelled list
line's share counts the finding written before it, not the sequence."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.shares import shares_in
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

_SHARES = (FactKind.PERCENTAGE, FactKind.FREQUENCY)


def _shares(paragraph: str, title: str) -> set[tuple[str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=paragraph),)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {(f.subject, f.item, f.value) for f in extract_facts(article) if f.kind in _SHARES}


@pytest.mark.parametrize(
    ("sentence", "title", "owner"),
    [
        (
            "Endoleaks are classified by their source into several types: type I (~15%), "
            "type II (~70%) and type III (~10%).",
            "Abdominal aortic aneurysm",
            "endoleaks",
        ),
        (
            "Gallstones are usually described by their composition: cholesterol stones (~75%), "
            "pigment stones (~20%) and mixed stones (~5%).",
            "Acute cholecystitis",
            "gallstones",
        ),
    ],
)
def test_a_run_after_a_classification_divides_the_classified_thing(
    sentence: str, title: str, owner: str
) -> None:
    facts = _shares(sentence, title)
    assert facts
    assert {subject for subject, _, _ in facts} == {owner}


@pytest.mark.parametrize(
    "sentence",
    [
        # the article's own lesion, or a word that names no particular thing, keeps the title
        "Renal oncocytomas are classified by their pattern: classic (~80%), sclerotic (~15%) "
        "and cystic (~5%).",
        "Lesions are divided by location: cortical (~60%), medullary (~30%) and hilar (~10%).",
        # no classification verb: the run is the article's own ("Tumours arise in: …")
        "Metastases are found in several organs: liver (~50%), lung (~30%) and bone (~20%).",
    ],
)
def test_a_run_of_the_articles_own_lesion_keeps_the_title(sentence: str) -> None:
    facts = _shares(sentence, "Renal oncocytoma")
    assert facts
    assert {subject for subject, _, _ in facts} == {"Renal oncocytoma"}


def test_affected_patients_are_the_named_conditions() -> None:
    facts = _shares(
        "Among the inherited syndromes, Birt-Hogg-Dubé syndrome is the best known: up to "
        "30% of affected patients develop renal oncocytic tumours.",
        "Renal cell carcinoma",
    )
    assert ("Birt-Hogg-Dubé syndrome", "renal oncocytic tumours", "up to 30%") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # no "affected": the share is the article's subject's
        "Among the inherited syndromes, tuberous sclerosis complex is the best known: up to "
        "80% of patients present with haematuria.",
        # the clause before names the article's own subject
        "Renal cell carcinoma is a frequent finding: up to 40% of affected patients have "
        "metastases at diagnosis.",
    ],
)
def test_without_another_condition_the_share_stays_the_titles(sentence: str) -> None:
    facts = _shares(sentence, "Renal cell carcinoma")
    assert facts
    assert {subject for subject, _, _ in facts} == {"Renal cell carcinoma"}


def _list_shares(line: str, title: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text="MRI features include:"),
        Block(BlockKind.LIST, items=(ListItem(text=line),)),
    )
    article = Article(slug="t", title=title, sections=(Section("MRI", blocks),))
    return {(f.item, f.value) for f in extract_facts(article) if f.kind in _SHARES}


def test_a_sequence_lines_share_counts_the_finding_before_it() -> None:
    facts = _list_shares(
        "DWI: restricted diffusion of the solid component due to high cellularity in about 70%",
        "Hepatic adenoma",
    )
    assert facts
    (item, value), *_ = facts
    assert value == "about 70%"
    assert item.startswith("restricted diffusion of the solid component")
    assert "cellularity" not in item


def test_a_sequence_lines_share_without_a_finding_keeps_the_label() -> None:
    facts = _list_shares("T2: in about 70%", "Hepatic adenoma")
    assert all("T2" in item for item, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Contrast-enhanced ultrasound reaches a pooled sensitivity and specificity of "
            "about 88% and 94%, and needs no radiation.",
            "pooled specificity",
        ),
        ("CT has a sensitivity and specificity of 85% and 92% for appendicitis.", "specificity"),
        ("Scintigraphy has a specificity or accuracy of 70% or 75% in adults.", "accuracy"),
    ],
)
def test_two_measures_take_two_figures_in_turn(sentence: str, second: str) -> None:
    found = shares_in(sentence)
    assert len(found) == 2
    assert found[1].attribute == second
    assert found[0].attribute != second


def test_one_measure_with_two_figures_stays_one_measure() -> None:
    found = shares_in("MRI has a sensitivity of 85% and 92% in children and adults.")
    assert [s.attribute for s in found] == ["sensitivity", "sensitivity"]
