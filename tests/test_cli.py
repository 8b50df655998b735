"""The command line as users meet it: exit codes, the recipe honoured, readable help."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen import __version__
from quizgen.cli import app

QUIZGEN = [sys.executable, "-m", "quizgen"]
COMMANDS = ("extract", "facts", "cards", "build", "diff", "sheet", "export", "quiz", "stats")


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"quizgen {__version__}\n"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_names_values_as_users_read_them(name: str, runner: CliRunner) -> None:
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    assert not re.search(r"<(bool|int|path|str|list\[str\]|text)>", result.output), result.output


@pytest.mark.parametrize(
    "command",
    [["cards"], ["sheet", "-o", "x.md"], ["export", "-o", "x.csv"], ["quiz", "--progress", "p.db"]],
)
def test_an_unreadable_source_is_an_error(command: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [*QUIZGEN, command[0], "nope/", *command[1:]],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1, done.stdout
    assert done.stderr.splitlines() == ["Error: nope: no such file or folder"]
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no store, sheet or progress


def test_unknown_fact_kind_is_an_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["cards", "--kind", "foo", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "unknown fact kind 'foo'" in result.output


def test_cards_on_a_file_leaves_no_store_unasked(spinal_md: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [*QUIZGEN, "cards", str(spinal_md), "--type", "mcq"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "MCQs" in done.stdout
    assert list(tmp_path.iterdir()) == []


def _recipe(tmp_path: Path, seeds_dir: Path, extra: str) -> Path:
    """A recipe beside a copy of the seeds (a recipe's sources stay within its folder)."""
    shutil.copytree(seeds_dir, tmp_path / "seeds", dirs_exist_ok=True)
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"name: R\nsources: [seeds]\n{extra}", encoding="utf-8")
    return recipe


def test_export_honours_the_recipes_fact_kinds(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    recipe = _recipe(tmp_path, seeds_dir, "exclude_kinds: [frequency, percentage]\n")
    out = tmp_path / "q.csv"
    store = ["--store", str(tmp_path / "facts")]
    result = runner.invoke(app, ["export", str(recipe), "-o", str(out), *store])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "differential" in text
    assert "%" not in text  # no frequency question
    cards = runner.invoke(app, ["cards", str(recipe), "--type", "mcq", *store])
    assert "percentage" not in cards.output


def test_sheet_refuses_a_cloze_only_recipe(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    recipe = _recipe(tmp_path, seeds_dir, "cards: [cloze]\n")
    out = tmp_path / "s.md"
    result = runner.invoke(app, ["sheet", str(recipe), "-o", str(out)])
    assert result.exit_code == 1
    assert "makes no multiple-choice questions" in result.output
    assert not out.exists()


def test_build_from_a_folder_names_the_deck_after_it(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    store = ["--store", str(tmp_path / "facts")]
    out = ["-o", str(tmp_path / "d.apkg")]
    plain = runner.invoke(app, ["build", str(seeds_dir), *out, *store])
    assert plain.exit_code == 0, plain.output
    assert "(deck seeds)" in plain.output
    named = runner.invoke(app, ["build", str(seeds_dir), *out, *store, "--deck", "Neuro::Spine"])
    assert "(deck Neuro::Spine)" in named.output
