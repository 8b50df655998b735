"""Issue 11, session 18: a site ranked by a verb of place ("arise at", "occur most commonly
in"), two places ranked together, spinal levels, and "They" with an adverb. Found reading the
cards of a page of the lead's own (a sacral cyst); every sentence here is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.text import _leading_pronoun
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _sites(title: str, *paragraphs: str, heading: str = "Pathology") -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.RANK and f.group == "site"
    }


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("Synovial chondromatoses most commonly arise at the knee.", "knee"),
        ("Synovial chondromatoses occur most commonly in the knee.", "knee"),
        ("Synovial chondromatoses develop most often within the hip joint.", "hip joint"),
        ("Synovial chondromatoses most frequently originate in the elbow.", "elbow"),
    ],
)
def test_a_site_ranked_by_a_verb_of_place(sentence: str, site: str) -> None:
    assert _sites("Synovial chondromatosis", sentence) == {("Synovial chondromatosis", site)}


def test_two_places_ranked_together_are_one_site() -> None:
    found = _sites("Disc extrusion", "Disc extrusions most commonly occur at L4-L5 and L5-S1.")
    assert found == {("Disc extrusion", "L4-L5 and L5-S1")}


def test_a_clause_after_and_is_no_part_of_the_site() -> None:
    found = _sites(
        "Synovial chondromatosis",
        "Synovial chondromatoses most commonly arise at the knee and are often painful.",
    )
    assert found == {("Synovial chondromatosis", "knee")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Synovial chondromatoses most commonly occur in 5 cm nodules.",
        "Synovial chondromatoses most commonly arise in middle-aged men.",
    ],
)
def test_a_figure_or_people_is_no_site(sentence: str) -> None:
    assert _sites("Synovial chondromatosis", sentence) == set()


def test_they_with_an_adverb_is_a_pronoun_without_a_noun() -> None:
    assert _leading_pronoun("They most commonly arise at the knee.") == ("They", "")
    assert _leading_pronoun("These nodules most commonly calcify.") == ("These", "nodules")


def test_they_after_the_titles_head_in_an_imaging_section_is_the_title() -> None:
    found = _sites(
        "Tarsal coalition",
        "The coalitions are best shown on CT. "
        "They most commonly arise at the calcaneonavicular joint.",
        heading="Radiographic features",
    )
    assert found == {("Tarsal coalition", "calcaneonavicular joint")}


def test_they_after_another_subject_in_an_imaging_section_stays_unread() -> None:
    found = _sites(
        "Tarsal coalition",
        "The fractures are best shown on CT. "
        "They most commonly arise at the calcaneonavicular joint.",
        heading="Radiographic features",
    )
    assert found == set()
