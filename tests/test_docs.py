"""Docs stay in sync with the CLI: every command is in the README and has help with an example."""

from __future__ import annotations

import os
import re
import shlex
import shutil
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


# --- The README's examples print what they say ------------------------------------------

# Commands shown on folders a reader has and the repository does not.
# Not run: folders that do not exist here, and a server that runs until Ctrl-C (the review
# page has its own tests, tests/test_review*.py).
_ILLUSTRATIVE = ("quizgen build my-articles/", "quizgen extract notes/", "quizgen review")


def _python_examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.S)


def _expected_prints(block: str) -> list[str]:
    """What each ``print(...)  # shown`` line says it prints (a trailing "(…)" explains)."""
    shown = []
    for line in block.splitlines():
        match = re.match(r"print\(.*\)\s+#\s*(.+)$", line)
        if match:
            shown.append(re.sub(r"\s+\([^()]*\)$", "", match.group(1)).strip())
    return shown


def test_readme_library_example_prints_what_it_says() -> None:
    blocks = _python_examples()
    assert blocks
    for block in blocks:
        expected = _expected_prints(block)
        assert expected, block
        done = subprocess.run(
            [sys.executable, "-c", block], capture_output=True, text=True, check=False, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == expected


def _transcripts() -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) for every ``$ quizgen`` in the README."""
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:].split("  #")[0].strip(), []))
            elif found:
                found[-1][1].append(line)
    return found


def _shown_pattern(lines: list[str]) -> re.Pattern[str]:
    """The shown lines as a pattern: a line "..." stands for any lines."""
    parts = [r"(?:.*\n)*?" if line.strip() == "..." else re.escape(line) + r"\n" for line in lines]
    return re.compile("".join(parts))


def test_readme_transcripts_print_what_they_say(tmp_path: Path) -> None:
    """Run every command of the README, in order, on a copy of the seeds."""
    for folder in ("seeds", "decks"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "XDG_DATA_HOME": str(tmp_path / "data")}
    env["COLUMNS"] = "200"
    ran = 0
    for command, shown in _transcripts():
        if command.startswith(_ILLUSTRATIVE):
            continue
        words = shlex.split(command)
        assert words[0] == "quizgen", command
        done = subprocess.run(
            [sys.executable, "-m", "quizgen", *words[1:]],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            check=False,
            timeout=300,  # a command waiting for input must fail the test, not hang CI
            cwd=tmp_path,
            env=env,
        )
        ran += 1
        assert done.returncode == 0, f"{command}\n{done.stdout}"
        output = done.stdout
        if not any(line.startswith("Warning:") for line in shown):  # not what it is about
            output = "".join(
                line for line in output.splitlines(keepends=True) if not line.startswith("Warning:")
            )
        if shown:
            assert _shown_pattern(shown).fullmatch(output), f"{command}\n{output}"
    assert ran >= 8
