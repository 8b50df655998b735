"""Golden outputs for the seeds: the extracted facts and every card and question, as text.

A change to extraction or wording shows up here as a readable diff. If it is intended, run
``pytest --force-regen`` and review ``git diff tests/golden``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from quizgen.cli import app


def test_seed_facts(runner: CliRunner, seeds_dir: Path, golden: Callable[[str, str], None]) -> None:
    result = runner.invoke(app, ["extract", str(seeds_dir), "--json"])
    assert result.exit_code == 0
    text = result.stdout.replace(str(seeds_dir), "seeds")
    golden("seed-facts.json", text)


def test_seed_cards(runner: CliRunner, tmp_path: Path, golden: Callable[[str, str], None]) -> None:
    result = runner.invoke(app, ["cards", "--dropped", "--store", str(tmp_path / "facts")])
    assert result.exit_code == 0
    golden("seed-cards.txt", result.stdout)
