"""An extractor that raises on an unforeseen sentence costs its own facts of that article,
with one warning line, not the user's whole run; with --debug, and in the library, it raises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen import extractors
from quizgen.cli import app
from quizgen.errors import DEBUG_ENV
from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section

_ARTICLE = """---
title: "Renal infarct"
---

# Renal infarct

## Epidemiology

Renal infarcts are seen in about 2% of autopsies.
"""


def broken_extractor(article: Article) -> Iterator[Fact]:
    raise IndexError("list index out of range")
    yield  # a generator, as the extractors are


@pytest.fixture
def broken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extractors, "EXTRACTORS", (broken_extractor, *extractors.EXTRACTORS))
    # empty: not debugging; set so that teardown undoes what `--debug` sets in this process
    monkeypatch.setenv(DEBUG_ENV, "")


def _article() -> Article:
    block = Block(BlockKind.PARAGRAPH, text="Renal infarcts are seen in about 2% of autopsies.")
    return Article(
        slug="renal-infarct", title="Renal infarct", sections=(Section("Epidemiology", (block,)),)
    )


@pytest.mark.usefixtures("broken")
def test_in_the_library_an_extractor_bug_raises() -> None:
    with pytest.raises(IndexError):
        extract_facts(_article())


@pytest.mark.usefixtures("broken")
def test_given_on_failure_the_other_extractors_still_give_their_facts() -> None:
    said: list[str] = []
    facts = extract_facts(_article(), on_failure=said.append)
    assert [f.value for f in facts if f.kind is FactKind.PERCENTAGE] == ["about 2%"]
    assert len(said) == 1
    assert "broken_extractor failed (IndexError" in said[0]


@pytest.mark.usefixtures("broken")
def test_extract_warns_naming_the_file_and_keeps_the_other_facts(
    tmp_path: Path, runner: CliRunner
) -> None:
    source = tmp_path / "renal-infarct.md"
    source.write_text(_ARTICLE, encoding="utf-8")
    store = tmp_path / "facts"
    result = runner.invoke(app, ["extract", str(source), "--store", str(store)])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "broken_extractor" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"Warning: {source}: extractor broken_extractor failed")
    assert "Traceback" not in result.stderr
    assert "about 2%" in (store / "renal-infarct.yaml").read_text(encoding="utf-8")


@pytest.mark.usefixtures("broken")
def test_with_debug_the_extractor_bug_raises(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "renal-infarct.md"
    source.write_text(_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["--debug", "extract", str(source), "--store", str(tmp_path / "f")])
    assert isinstance(result.exception, IndexError)
