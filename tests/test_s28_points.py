"""Session 28: the points a named score gives each feature, stated in prose (issue 11,
class 8: "score cut-offs"), on invented sentences about other scores than the corpus's."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _points(*blocks: Block, title: str = "Acute appendicitis") -> set[tuple[str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Diagnosis", blocks),))
    return {
        (f.subject, f.item, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD and f.attribute == "points"
    }


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def test_bracketed_points_give_one_fact_per_feature() -> None:
    facts = _points(
        _para(
            "The Alvarado score helps to triage right iliac fossa pain. Points are awarded for "
            "migratory pain (1 point), anorexia (1 point), right lower quadrant tenderness "
            "(2 points) and leucocytosis (2 points)."
        )
    )
    assert facts == {
        ("Alvarado score", "migratory pain", "1 point"),
        ("Alvarado score", "anorexia", "1 point"),
        ("Alvarado score", "right lower quadrant tenderness", "2 points"),
        ("Alvarado score", "leucocytosis", "2 points"),
    }


def test_a_scoring_verb_and_a_gapped_second_feature() -> None:
    facts = _points(
        _para(
            "In the Spinal Instability Neoplastic Score (SINS), a junctional location scores "
            "3 points and a lytic lesion 2 points, while a blastic lesion scores 0 points."
        ),
        title="Spinal metastases",
    )
    assert facts == {
        ("Spinal Instability Neoplastic Score (SINS)", "junctional location", "3 points"),
        ("Spinal Instability Neoplastic Score (SINS)", "lytic lesion", "2 points"),
        ("Spinal Instability Neoplastic Score (SINS)", "blastic lesion", "0 points"),
    }


def test_features_that_each_score_the_same_points() -> None:
    facts = _points(
        _para(
            "The Wells score estimates the pretest probability. Clinical signs of deep vein "
            "thrombosis and an alternative diagnosis less likely each score 3 points."
        ),
        title="Pulmonary embolism",
    )
    assert facts == {
        ("Wells score", "clinical signs of deep vein thrombosis", "3 points"),
        ("Wells score", "alternative diagnosis less likely", "3 points"),
    }


def test_bands_of_a_scored_thing_name_the_thing_and_skip_none() -> None:
    # the score is named in the list's intro, two blocks before the sentence
    intro = _para("The modified severity index grades the gland on CT:")
    grades = Block(BlockKind.LIST, items=(ListItem("normal gland"), ListItem("oedema")))
    facts = _points(
        intro,
        grades,
        _para(
            "Ischaemia is then scored as none (0 points), up to a third (2 points) and more "
            "than a third (4 points)."
        ),
        title="Acute pancreatitis",
    )
    assert facts == {
        ("modified severity index", "ischaemia up to a third", "2 points"),
        ("modified severity index", "ischaemia more than a third", "4 points"),
    }


def test_points_of_an_unnamed_scheme_are_no_fact() -> None:
    assert not _points(
        _para(
            "Points are given for fever (1 point), tenderness (2 points) and a raised CRP "
            "(1 point)."
        )
    )


def test_a_patients_total_and_a_counting_phrase_are_no_features() -> None:
    assert not _points(
        _para(
            "The Alvarado score was used. The patient scored 7 points. Each further sign "
            "scores 1 point, and the pain scores 3 on a visual scale."
        )
    )


def test_the_same_points_in_several_phrasings_give_the_same_fields() -> None:
    phrasings = [
        "The Alvarado score gives rebound tenderness 1 point. Rebound tenderness scores 1 point.",
        "The Alvarado score is used. Points are awarded for rebound tenderness (1 point).",
        "In the Alvarado score, rebound tenderness is worth 1 point.",
    ]
    for text in phrasings:
        assert _points(_para(text)) == {("Alvarado score", "rebound tenderness", "1 point")}, text
