"""Escape sequences from an article are shown, never sent to the terminal as controls."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.quiz.items import items_from
from quizgen.visible import visible

CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
HOSTILE = "breast\x1b]0;PWNED\x07\x1b[31m\x9b2J\x00"


def test_visible_shows_every_control_character() -> None:
    assert visible("a\x1b[31mb\x07c\x9bd\x7fe\tf\ng") == "a␛[31mb␇c<U+009B>d␡e\tf\ng"
    assert not CONTROLS.search(visible("".join(map(chr, range(0xA0)))))


def _hostile_article(tmp_path: Path, seeds_dir: Path) -> Path:
    text = (seeds_dir / "spinal-metastasis.md").read_text(encoding="utf-8")
    filler = "\n\n" + "Filler sentence about nothing in particular. " * 120 + "\n\n"
    text = text[:200] + filler + text[200:].replace("breast", HOSTILE)
    path = tmp_path / "hostile.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_cards_and_facts_print_no_control_characters(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    article = _hostile_article(tmp_path, seeds_dir)
    store = str(tmp_path / "facts")
    cards = runner.invoke(app, ["cards", str(article), "--store", store])
    assert cards.exit_code == 0, cards.output
    # The reader drops control characters (issue 15); what is left of the text is shown.
    assert "]0;PWNED" in cards.output
    assert not CONTROLS.search(cards.output)
    facts = runner.invoke(app, ["facts", "--store", store])
    assert facts.exit_code == 0, facts.output
    assert not CONTROLS.search(facts.output)


def test_quiz_items_carry_no_control_characters(tmp_path: Path, seeds_dir: Path) -> None:
    import random  # noqa: PLC0415

    from quizgen.extractors import extract_facts  # noqa: PLC0415
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.model import ArticleFacts  # noqa: PLC0415
    from quizgen.readers import read_article  # noqa: PLC0415

    article = read_article(_hostile_article(tmp_path, seeds_dir))
    entry = ArticleFacts(
        article.slug, article.title, article.provenance, tuple(extract_facts(article))
    )
    made = generate([entry], rng=random.Random(0))
    items = items_from(made.notes, made.questions, [entry])
    shown = [
        text
        for item in items
        for text in (
            item.prompt,
            item.context,
            item.topic,
            item.explanation,
            item.source,
            *item.options,
        )
    ]
    assert any("PWNED" in text for text in shown)  # the article's text reached the items
    assert not any(CONTROLS.search(text) for text in shown)


def test_facts_table_keeps_ids_whole_at_80_columns(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    store = str(tmp_path / "facts")
    assert runner.invoke(app, ["extract", str(seeds_dir), "--store", store]).exit_code == 0
    shown = runner.invoke(app, ["facts", "--store", store], env={"COLUMNS": "80"})
    assert shown.exit_code == 0, shown.output
    assert max(len(line) for line in shown.output.splitlines()) <= 80
    assert "spinal-metastasis-primaries-breast-" in shown.output  # one piece, copyable
