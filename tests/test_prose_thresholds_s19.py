"""Threshold facts read wrong or vague over the dev corpus (session 19), guarded by shape on
sentences invented about other organs: a measure named before a comma is the cut-off's, not
an owner's bare "size"; a relative clause after another named condition gives that
condition's figure; a generic "values" in mm²/s is an ADC; a summary word ("mean") stays in
the measure; a word joined to a dimension by "and" names nothing measured; a dimension with
nothing before it measures the noun phrase before its comma or the clause's subject; a verb
of bound before the first of per-stage figures ("exceeds 90% for stage I") is that figure's
bound, not part of the outcome's name."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Row = tuple[str, str, str, str]


def _thresholds(*blocks: Block, title: str = "Renal cell carcinoma") -> set[Row]:
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _entry(text: str) -> Block:
    return Block(BlockKind.LIST, items=(ListItem(text),))


def test_a_measure_before_the_comma_is_the_cutoffs_in_a_differential_entry() -> None:
    facts = _thresholds(_entry("cystic nephroma: septal thickening, more than 2 mm in the hilum"))
    assert facts == {("cystic nephroma", "septal thickening", "more than 2 mm", "")}


def test_an_owner_entry_without_a_named_measure_still_gives_a_size() -> None:
    facts = _thresholds(_entry("angiomyolipoma: usually larger than 4 cm at diagnosis"))
    assert facts == {("angiomyolipoma", "size", "larger than 4 cm", "typical")}


def test_a_relative_clause_after_another_condition_gives_that_conditions_figure() -> None:
    facts = _thresholds(
        _paragraph(
            "Mean ADC values above about 1.2 x 10⁻³ mm²/s argue against lymphoma, which "
            "typically has values below 0.7 x 10⁻³ mm²/s."
        )
    )
    assert facts == {
        (
            "Renal cell carcinoma",
            "mean ADC values",
            "above about 1.2 x 10⁻³ mm²/s",
            "argue against lymphoma",
        ),
        ("lymphoma", "ADC", "below 0.7 x 10⁻³ mm²/s", "typical"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the antecedent is the article's own lesion (a whole "mass")
        "The tumour is a solid mass, which usually measures less than 4 cm.",
        # the antecedent is the article's subject itself
        "Renal cell carcinoma, which usually measures less than 4 cm at diagnosis, is common.",
    ],
)
def test_a_relative_clause_about_the_own_lesion_keeps_the_title(sentence: str) -> None:
    facts = _thresholds(_paragraph(sentence))
    assert {row[0] for row in facts} == {"Renal cell carcinoma"}


def test_a_word_coordinated_with_the_dimension_is_no_holder() -> None:
    facts = _thresholds(
        _entry(
            "renal lymphoma: perirenal rind, typically smooth, bilateral and less than 2 cm thick"
        )
    )
    assert facts == {("renal lymphoma", "thickness", "less than 2 cm", "")}


def test_a_coordinated_dimension_is_not_the_one_before_it() -> None:
    facts = _thresholds(
        _paragraph(
            "They are typically smaller than 2 cm in diameter and shorter than 4 cm in "
            "length, have no lead point and usually resolve spontaneously."
        )
    )
    assert {(item, value) for _, item, value, _ in facts} >= {("length", "shorter than 4 cm")}
    wrong = ("diameter", "shorter than 4 cm")
    assert not any((item, value) == wrong for _, item, value, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The septa are thin and smooth, generally less than 1 mm thick.", "septa thickness"),
        ("Cysts are round, usually at least 5 mm across, and dark on T1.", "cyst size"),
        (
            "The cysts are small; their walls are smooth and barely visible, "
            "generally less than 2 mm thick.",
            "wall thickness",
        ),
        (
            "The renal artery ends in a long common trunk, usually longer than 10 mm.",
            "common trunk length",
        ),
    ],
)
def test_a_dimension_with_nothing_before_it_measures_the_phrase_it_follows(
    sentence: str, item: str
) -> None:
    assert item in {row[1] for row in _thresholds(_paragraph(sentence))}


def test_the_own_lesion_as_clause_subject_gives_the_bare_dimension() -> None:
    facts = _thresholds(_paragraph("The tumour is round and usually less than 3 cm across."))
    assert facts == {("Renal cell carcinoma", "size", "less than 3 cm", "typical")}


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            "Five-year survival exceeds 90% for stage I but falls to about 10% for stage IV.",
            "more than 90%",
        ),
        ("Ten-year survival remains below 20% for stage III and 5% for stage IV.", "less than 20%"),
        ("Five-year survival is 90% for stage I and 60% for stage II.", "90%"),
    ],
)
def test_a_bound_verb_before_per_stage_figures_bounds_the_first(sentence: str, first: str) -> None:
    facts = _thresholds(_paragraph(sentence))
    items = {row[1] for row in facts}
    assert len(items) == 1
    assert items.pop() in ("five-year survival", "ten-year survival")
    assert first in {row[2] for row in facts}


@pytest.mark.parametrize(
    ("block", "row"),
    [
        (
            _paragraph(
                "In selected patients, ablation is limited to tumours with a radial diameter "
                "of less than 4 cm and no metastases."
            ),
            ("radial diameter", "less than 4 cm"),
        ),
        (
            _paragraph(
                "Embolisation has long been offered for any malformation with a feeding artery "
                "of 4 mm or more in diameter."
            ),
            ("feeding artery diameter", "4 mm or more"),
        ),
    ],
)
def test_a_dimension_named_next_to_its_figure_stands_without_a_meaning(
    block: Block, row: tuple[str, str]
) -> None:
    facts = _thresholds(block, title="Renal arteriovenous malformation")
    assert row in {(item, value) for _, item, value, _ in facts}


@pytest.mark.parametrize(
    "sentence",
    [
        # the upper end of a range, no cut-off
        "Lesion length ranges from a few millimetres to 9 cm or more.",
        # the sentence is about another thing (normal veins)
        "The left renal veins are normal, with a wall thickness of less than 2 mm and a "
        "smooth lumen.",
        # an entry of a list whose lead names its meaning and owner
        "Features favouring a malignant rather than a benign cyst include a wall thickness "
        "greater than 3 mm and mural nodules.",
        # a size with no dimension named stays unread without a meaning
        "Of the pregnant patients in the series, one had a renal mass larger than 4 cm.",
        # a length that is no dimension (a growth) stays unread without a meaning
        "In the series, a cyst growth of more than 5 mm over the year.",
        # a list entry: what its figure means is its list's, said or not (a comparator that
        # bounds a measure named right before it is read since session 23: test_s23_thresh)
        "- pelvic wall thickening up to 2 mm",
    ],
)
def test_a_meaningless_figure_of_another_thing_or_a_range_gives_nothing(sentence: str) -> None:
    block = _entry(sentence[2:]) if sentence.startswith("- ") else _paragraph(sentence)
    assert _thresholds(block, title="Renal arteriovenous malformation") == set()
