"""Cut-offs whose meaning or measure is written around them, not right after them (set C's
sentence-only thresholds), guarded on invented sentences about other organs: a list the
cut-off opens shares its plural verb; a parenthesis gives the cut-off of the state or the
measure before it; a sentence opening "X factors/signs include|are" gives its entries'
meaning; a measure may follow its percentage ("90% necrosis"); "X is suggested when"."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(sentence: str, title: str = "Renal abscess") -> set[tuple[str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=sentence),)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_a_cutoff_opening_a_list_takes_the_lists_plural_verb() -> None:
    facts = _thresholds(
        "A septal thickness greater than 4 mm, mural nodularity, and irregular margins are "
        "the most reliable signs of a cystic neoplasm."
    )
    assert (
        "septal thickness",
        "greater than 4 mm",
        "are the most reliable signs of a cystic neoplasm",
    ) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # the shared verb says how common, not what it means
        "A septal thickness greater than 4 mm, mural nodularity, and irregular margins are "
        "common in this cyst.",
        # a full stop ends the list: the verb after it is another sentence's
        "Features seen: a septal thickness greater than 4 mm, mural nodularity and calcium. "
        "These are signs of a cystic neoplasm.",
    ],
)
def test_a_list_without_a_meaning_gives_no_cutoff(sentence: str) -> None:
    assert not any(value == "greater than 4 mm" for _, value, _ in _thresholds(sentence))


def test_a_state_with_its_cutoff_in_parentheses() -> None:
    facts = _thresholds(
        "In obstruction the common bile duct is dilated (more than 7 mm in adults) and the "
        "intrahepatic ducts branch like a tree.",
        title="Choledocholithiasis",
    )
    assert ("common bile duct diameter", "more than 7 mm", "is dilated") in facts


def test_a_measure_before_a_parenthesis_in_a_sentence_of_factors() -> None:
    facts = _thresholds(
        "Adverse prognostic factors include nodal spread, a large tumour volume (>150 mL) "
        "and a poor response to chemotherapy (less than 90% necrosis).",
        title="Osteosarcoma",
    )
    assert ("large tumour volume", ">150 mL", "adverse prognostic factors") in facts
    assert ("necrosis", "less than 90%", "adverse prognostic factors") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # no sentence saying what the entries are: a bare figure in parentheses says nothing
        "The resected specimen had a large tumour volume (>150 mL) and clear margins.",
        # a share of patients is no cut-off, even before a measure word
        "Adverse prognostic factors include recurrence in more than 90% of patients.",
    ],
)
def test_no_cutoff_without_a_meaning_or_a_measure(sentence: str) -> None:
    assert not _thresholds(sentence, title="Osteosarcoma")


def test_a_sign_list_sentence_gives_a_thinning_its_meaning() -> None:
    facts = _thresholds(
        "The key sonographic signs are loss of the hypoechoic plane; cortical thinning to "
        "less than 2 mm; and a contour bulge.",
        title="Renal cell carcinoma",
    )
    assert ("cortical thinning", "less than 2 mm", "key sonographic signs") in facts


def test_what_a_cutoff_suggests_written_before_it() -> None:
    facts = _thresholds(
        "Obstruction is suggested when the ureter shows a dilatation greater than 7 mm.",
        title="Ureteric calculus",
    )
    assert any(
        value == "greater than 7 mm" and "dilatation" in item and "suggested" in meaning
        for item, value, meaning in facts
    )


def test_a_thickened_wall_with_its_cutoff_in_parentheses_is_a_thickness() -> None:
    facts = _thresholds(
        "In active colitis the colonic wall is thickened (more than 4 mm when distended) and "
        "enhances avidly.",
        title="Ulcerative colitis",
    )
    assert ("colonic wall thickness", "more than 4 mm", "is thickened") in facts
