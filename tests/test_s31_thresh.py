"""Session 31 cut-off shapes: a sentence that opens on its own measure ("the ferritin is
above …"), a preferred choice as the meaning before a cut-off, a level's analyte after the
clause's verb, a singular in "-is". Invented sentences about
several organs."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(text: str, title: str) -> set[tuple[str, str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=text)
    article = Article(slug="t", title=title, sections=(Section("Diagnosis", (block,)),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _items(text: str, title: str) -> set[str]:
    return {item for _, item, _, _ in _thresholds(text, title)}


# --- a sentence that opens on its own measure -----------------------------------------


def test_a_level_the_sentence_opens_on_is_its_measure() -> None:
    facts = _thresholds("In septic arthritis the glucose is below 1.5 mmol/L.", title="Arthritis")
    assert ("Arthritis", "glucose", "below 1.5 mmol/L", "") in facts


def test_a_sentence_opening_on_another_thing_keeps_its_figure_unstated() -> None:
    # the sentence opens on the nodes: their thickness without a meaning describes them
    facts = _thresholds(
        "The right inguinal lymph nodes are normal, with a cortical thickness of less than 2 mm.",
        title="Melanoma",
    )
    assert not facts


# --- a meaning written before the cut-off ---------------------------------------------


def test_a_preferred_choice_is_the_meaning_of_the_cutoff_after_it() -> None:
    # not the bare condition "when the cyst" as what the size means
    facts = _thresholds(
        "Resection is preferred for extensive disease, when the cyst is larger than 4 cm.",
        title="Renal cyst",
    )
    assert {meaning for _, _, _, meaning in facts} == {"resection is preferred"}


# --- the analyte of a level: the noun phrase after the clause's verb --------------------


def test_a_levels_analyte_leaves_out_the_verb_before_it() -> None:
    items = _items(
        "Stage II requires serum calcium above 2.8 mmol/L with a raised creatinine.",
        title="Myeloma",
    )
    assert "serum calcium" in items
    assert not any(item.startswith("requires") for item in items)


# --- a singular in "-is" -------------------------------------------------------------


def test_a_singular_in_is_keeps_its_s() -> None:
    # "pelvis" is no plural: not the "pelvi width"
    items = _items(
        "A dilated renal pelvis wider than 15 mm suggests obstruction.", "Hydronephrosis"
    )
    assert any(item.endswith("renal pelvis width") for item in items)
