"""Learning-platform exports: nothing injects (formulas, HTML), names and categories read well."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import ExportError
from quizgen.exporters import lms
from quizgen.exporters.lms import export_questions
from quizgen.model import FactKind, MCQuestion, Provenance, SourceRef

PROVENANCE = Provenance(
    doi="10.53347/rID-1", url="https://radiopaedia.org/articles/1", retrieved="1 Jan 2026"
)


def _hostile(stem: str, answer: str = "answer") -> MCQuestion:
    source = SourceRef("topic", '=HYPERLINK("http://x")', "Pathology", "text")
    return MCQuestion(
        "topic:q1",
        "topic",
        "topic:f1",
        stem,
        (answer, "+1 cmd", "-2", "@SUM(A1)"),
        0,
        FactKind.DIFFERENTIAL,
        source,
        explanation="\t=1+1",
        provenance=PROVENANCE,
    )


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_spreadsheet_cells_never_start_a_formula(fmt: str) -> None:
    question = _hostile('=HYPERLINK("http://evil","click")', answer="\r=cmd|' /C calc'!A0")
    text = export_questions([question], fmt, "t")
    if fmt == "tsv":  # Anki's header lines, then one line per question
        text = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ","))
    cells = [cell for row in rows[1 if fmt == "csv" else 0 :] for cell in row]
    assert cells
    for cell in cells:
        assert not cell.startswith(FORMULA_START), cell
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)


def test_gift_escapes_html_from_an_article() -> None:
    question = _hostile('Which <script>alert(1)</script> shows <img src=x onerror="alert(2)">?')
    text = export_questions([question], "gift", "t")
    assert "<script>" not in text
    assert "<img" not in text
    assert "&lt;script&gt;" in text


def test_gift_comments_show_links_unescaped_and_categories_agree() -> None:
    question = _hostile("Which is right?")
    gift = export_questions([question], "gift", "Spine session")
    assert "https://doi.org" in gift
    assert "https\\:" not in gift.split("::", 1)[0]  # the comment lines before the question
    moodle = ET.fromstring(export_questions([question], "moodle", "Spine session").encode())
    category = moodle.findtext("question[@type='category']/category/text")
    assert f"$CATEGORY: {category}" in gift


def test_moodle_names_are_readable_and_links_are_links() -> None:
    stem = "Which of the following is the most common primary tumour " * 6 + "?"
    root = ET.fromstring(export_questions([_hostile(stem)], "moodle", "t").encode())
    name = root.findtext("question[@type='multichoice']/name/text") or ""
    assert name.startswith("Which of the following is the most common")
    assert len(name) <= 100
    feedback = root.findtext("question[@type='multichoice']/generalfeedback/text") or ""
    assert '<a href="https://doi.org/10.53347/rID-1">' in feedback


def test_amc_prints_the_licence_on_the_sheet() -> None:
    text = export_questions([_hostile("Which is right?")], "amc", "t")
    presentation = next(line for line in text.splitlines() if line.startswith("Presentation:"))
    assert "CC BY-NC-SA 3.0" in presentation


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("q.xml", "moodle"),
        ("q.gift", "gift"),
        ("q.csv", "csv"),
        ("q.tsv", "tsv"),
        ("Q.GIFT", "gift"),
    ],
)
def test_format_follows_the_extension(name: str, fmt: str) -> None:
    assert lms.format_for_path(Path(name), None) == fmt


def test_extension_contradicting_format_is_an_error() -> None:
    with pytest.raises(ExportError, match=re.escape("'.gift' is not a moodle file")):
        lms.format_for_path(Path("q.gift"), "moodle")
    assert lms.format_for_path(Path("q.txt"), "amc") == "amc"
    with pytest.raises(ExportError, match="--format"):
        lms.format_for_path(Path("q.txt"), None)


def test_cli_export_by_extension_and_every_fit_question(runner: CliRunner, tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "facts")]
    out = tmp_path / "q.gift"
    result = runner.invoke(app, ["export", "-o", str(out), *store])
    assert result.exit_code == 0, result.output
    assert "(gift)" in result.output
    assert "<quiz>" not in out.read_text(encoding="utf-8")
    count = int(re.search(r": (\d+) questions", result.output).group(1))  # type: ignore[union-attr]
    assert count > 10  # every question fit for a bank, not a sheet's selection
    limited = runner.invoke(app, ["export", "-o", str(tmp_path / "q.csv"), "-n", "5", *store])
    assert ": 5 questions" in limited.output
    bad = runner.invoke(
        app, ["export", "--format", "moodle", "-o", str(tmp_path / "x.gift"), *store]
    )
    assert bad.exit_code == 1
    assert not (tmp_path / "x.gift").exists()
