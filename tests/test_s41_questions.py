"""Session 41: options of the same kind as the key (M5) and no catch-all option (M3), found
by reading every question of the opened insulinoma page."""

from __future__ import annotations

import random
from collections.abc import Callable

from quizgen.generators import generate
from quizgen.generators.growths import is_catch_all, is_growth_category, may_be_a_growth
from quizgen.model import (
    ArticleFacts,
    Fact,
    FactKind,
    MCQuestion,
    Provenance,
    SourceRef,
    make_fact_id,
)


def _made(facts: list[Fact], title: str) -> list[MCQuestion]:
    entry = ArticleFacts("test-article", title, Provenance(), tuple(facts))
    return generate([entry], rng=random.Random(0), cards=False).questions


def _rank_question(make_fact: Callable[..., Fact], differentials: list[str]) -> list[str]:
    title = "Glucagonoma"
    rank = make_fact(
        kind=FactKind.RANK,
        title=title,
        subject=title,
        item=title,
        group="functioning pancreatic neuroendocrine tumour",
        value="second most common",
    )
    facts = [
        make_fact(kind=FactKind.DIFFERENTIAL, title=title, subject=title, group="", item=name)
        for name in differentials
    ]
    questions = [q for q in _made([rank, *facts], title) if q.kind is FactKind.RANK]
    return [option for q in questions for option in q.options]


def test_a_rank_among_growths_offers_no_vessel_spleen_or_catch_all(
    make_fact: Callable[..., Fact],
) -> None:
    options = _rank_question(
        make_fact,
        [
            "splenic artery pseudoaneurysm",
            "intrapancreatic accessory spleen",
            "other pancreatic neuroendocrine tumours, e.g. VIPoma",
            "hypervascular metastasis",
            "solid pseudopapillary neoplasm",
            "serous cystadenoma",
        ],
    )
    assert options, "the rank is asked with the growths left"
    assert "Glucagonoma" in options
    assert not [o for o in options if "spleen" in o.lower() or "aneurysm" in o.lower()]
    assert not [o for o in options if o.lower().startswith("other")]


def test_a_growth_category_and_what_may_stand_in_it() -> None:
    assert is_growth_category("functioning pancreatic neuroendocrine tumour")
    assert is_growth_category("a benign tumour of Schwann cells")
    assert not is_growth_category("cause of obstructive jaundice")
    assert may_be_a_growth("focal nodular hyperplasia")
    assert not may_be_a_growth("acute cholecystitis")
    assert not may_be_a_growth("splenic artery aneurysm")
    assert is_catch_all("Other causes, e.g. trauma")
    assert not is_catch_all("otosclerosis")


def _definition_questions(title: str, genus: str, system: str) -> list[MCQuestion]:
    sentence = f"{title} is {genus}."
    fact = Fact(
        id=make_fact_id(FactKind.DEFINITION, "test-article", title, "", title, ""),
        kind=FactKind.DEFINITION,
        subject=title,
        item=title,
        value=genus,
        group="",
        attribute="",
        source=SourceRef(article="test-article", title=title, section="", text=sentence),
        statement=sentence,
    )
    entry = ArticleFacts("test-article", title, Provenance(systems=(system,)), (fact,))
    return generate([entry], rng=random.Random(0), cards=False).questions


def test_a_definition_of_a_growth_offers_growths_from_the_library() -> None:
    """ "Insulinomas are the most common functioning pancreatic neuroendocrine tumour": the
    library's "Acute cholecystitis" or "Crohn disease" beside the key is no option (M5)."""
    title = "Hepatic angiosarcoma"
    (question,) = _definition_questions(title, "a rare tumour", "Hepatobiliary")
    assert question.answer == title
    assert "Acute cholecystitis" not in question.options
    assert all(may_be_a_growth(option) for option in question.options)
