"""Problems found by reading every card and question of the seeds and of three new articles
(tests/data/questions/): each test names what a reader saw, and fails when it comes back."""

from __future__ import annotations

import html
import random
from collections.abc import Callable

from quizgen.generators import generate
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance

_TWO_FIGURES = (
    "Bilateral lesions are found in 19% of patients, and multiple lesions in the same foot in 9%."
)


def _made(facts: list[Fact], title: str = "Test article"):  # type: ignore[no-untyped-def]
    entry = ArticleFacts("test-article", title, Provenance(), tuple(facts))
    return generate([entry], rng=random.Random(0))


def _percentage(make_fact: Callable[..., Fact], value: str, text: str, item: str) -> Fact:
    return make_fact(
        kind=FactKind.PERCENTAGE,
        item=item,
        group="",
        value=value,
        text=text,
        statement=text,
        section="Pathology",
    )


def test_a_figure_is_never_blanked_inside_a_longer_number(
    make_fact: Callable[..., Fact],
) -> None:
    """ "9%" stood inside "19%": the card read "found in 1[...] of patients … foot in 9%"."""
    fact = _percentage(make_fact, "9%", _TWO_FIGURES, "multiple lesions")
    made = _made([fact])
    fronts = [html.unescape(note.text) for note in made.notes]
    assert any("19% of patients" in front and "{{c1::9%}}" in front for front in fronts), fronts
    stems = [q.stem for q in made.questions]
    assert stems
    assert all("found in 19% of patients" in s and "foot in ___" in s for s in stems), stems


def test_a_figure_question_whose_sentence_still_states_the_key_is_not_asked(
    make_fact: Callable[..., Fact],
) -> None:
    """ "In patients younger than ___, …, whereas … older than 40 years": the stem gave the key."""
    text = (
        "In patients younger than 40 years, haematological disorders are the usual cause, "
        "whereas thromboembolic disease predominates in patients older than 40 years."
    )
    fact = make_fact(
        kind=FactKind.AGE, item="", group="", value="40 years", text=text, statement=text
    )
    made = _made([fact])
    assert not made.questions, [q.stem for q in made.questions]
    assert any(f.rule_id == "C4" for f in made.findings)
