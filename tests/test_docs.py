"""Docs stay in sync with the CLI: every command is in the README and has help with an example."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from quizgen.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = (
    "extract",
    "facts",
    "cards",
    "build",
    "diff",
    "sheet",
    "export",
    "quiz",
    "stats",
    "review",
)


def _registered() -> set[str]:
    group = get_command(app)
    return set(group.commands)  # type: ignore[attr-defined]


def test_the_cli_has_exactly_the_documented_commands() -> None:
    assert _registered() == set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_the_readme(name: str) -> None:
    assert re.search(rf"quizgen {name}\b", README), f"`quizgen {name}` is not in README.md"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_has_a_summary_and_an_example(name: str, runner: CliRunner) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"quizgen {name}" in result.output


def test_readme_starts_with_the_two_setup_commands() -> None:
    block = re.search(r"```(?:bash|sh)?\n(.*?)```", README, re.S)
    assert block is not None
    lines = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(lines) == 2
    assert lines[0].endswith("quizgen build")
    assert lines[1].endswith("pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -q -e '.[dev]'" in ci
    assert ".venv/bin/pytest" in ci


def test_python_dash_m_quizgen_shows_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "Usage:" in done.stdout
    for name in COMMANDS:
        assert name in done.stdout


def test_help_does_not_import_heavy_libraries() -> None:
    """`quizgen --help` must start fast: no genanki, fpdf, anki, fsrs, bs4 or yaml at import."""
    code = (
        "import sys; from typer.main import get_command; import quizgen.cli as c; "
        "get_command(c.app); "
        "heavy = {'genanki','fpdf','anki','fsrs','bs4','yaml','rapidfuzz','jinja2','sqlite3'}; "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
