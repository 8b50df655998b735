"""Issue 11, session 10: rank shapes from the freshest blind articles' misses. Every
sentence is invented, about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _ranks(title: str, *paragraphs: str) -> set[tuple[str, str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Pathology", blocks),))
    return {
        (f.subject, f.item, f.value, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.RANK
    }


def test_the_most_commonly_involved_and_the_next_after_an_aside() -> None:
    found = _ranks(
        "Sarcoidosis",
        "The lung is the most commonly involved organ (over 90% of patients), "
        "followed by the skin.",
    )
    assert found == {
        ("Sarcoidosis", "lung", "most commonly involved", "organ"),
        ("Sarcoidosis", "skin", "second most commonly involved", "organ"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The distal radius is the site most commonly affected.",
        "The distal radius is the most commonly affected site.",
        "The distal radius is usually the site most often affected, although any bone may be.",
    ],
)
def test_a_rank_before_or_after_its_noun(sentence: str) -> None:
    found = _ranks("Enchondroma", sentence)
    assert {(s, i, g) for s, i, _, g in found} == {("Enchondroma", "distal radius", "site")}


def test_a_name_and_its_rank_in_apposition() -> None:
    found = _ranks(
        "Cardiac fibroma",
        "Differentials include rhabdomyoma, the most common cardiac tumour of infancy.",
    )
    assert found == {("rhabdomyoma", "rhabdomyoma", "most common", "cardiac tumour of infancy")}


@pytest.mark.parametrize(
    "sentence",
    [
        "In adults, the most common cardiac tumour is a metastasis.",
        "It is, the most common form.",
        "Unlike myxoma, the most common tumour is benign.",
    ],
)
def test_no_apposed_rank_for_a_fronted_phrase_or_a_pronoun(sentence: str) -> None:
    assert not any(
        i in {"In adults", "It", "Unlike myxoma"}
        for _, i, _, _ in _ranks("Cardiac fibroma", sentence)
    )


def test_the_title_ranked_among_another_conditions_forms_is_that_conditions_rank() -> None:
    found = _ranks(
        "Pulmonary alveolar echinococcosis",
        "Pulmonary alveolar echinococcosis is the rarest manifestation of alveolar echinococcosis.",
        "Pulmonary alveolar echinococcosis is the most common manifestation of echinococcosis.",
        "Pulmonary alveolar echinococcosis is the most common cystic lesion of the lung.",
    )
    assert {(s, g) for s, _, _, g in found} == {
        ("echinococcosis", "manifestation of echinococcosis"),
        ("Pulmonary alveolar echinococcosis", "cystic lesion of the lung"),
    }


def test_a_note_with_no_subject_ranks_the_title() -> None:
    found = _ranks("Cavernoma", "Second most common vascular malformation, after venous anomalies.")
    assert found == {("Cavernoma", "Cavernoma", "second most common", "vascular malformation")}


def test_a_full_sentence_is_no_note() -> None:
    found = _ranks("Cavernoma", "The most common site is the pons.")
    assert found == {("Cavernoma", "pons", "most common", "site")}


def test_a_listed_label_ranked_without_the() -> None:
    blocks = (
        Block(BlockKind.PARAGRAPH, text="Features:"),
        Block(
            BlockKind.LIST,
            items=(ListItem("headache: commonest presentation, often positional"),),
        ),
    )
    article = Article(slug="t", title="Cavernoma", sections=(Section("Clinical", blocks),))
    found = {(f.item, f.value, f.group) for f in extract_facts(article) if f.kind is FactKind.RANK}
    assert found == {("headache", "most common", "presentation")}


# --- session 11: set C's rank misses ------------------------------------------------------


def test_a_subtype_that_carries_the_best_prognosis_and_an_elliptical_worst() -> None:
    found = {
        (i, v, g)
        for _, i, v, g in _ranks(
            "Synovial sarcoma",
            "The biphasic subtype carries the best prognosis and monophasic tumours the worst.",
        )
    }
    assert ("biphasic subtype", "best", "prognosis") in found
    assert ("monophasic tumours", "worst", "prognosis") in found


def test_a_better_prognosis_ranks_nothing() -> None:
    found = _ranks("Synovial sarcoma", "The biphasic subtype carries a better prognosis.")
    assert not found


def test_a_connective_adverb_between_the_verb_and_the_rank() -> None:
    found = {
        (i, v)
        for _, i, v, _ in _ranks(
            "Renal cell carcinoma",
            "The papillary subtype is therefore the most common subtype in dialysis patients.",
        )
    }
    assert ("papillary subtype", "most common") in found
