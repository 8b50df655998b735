"""MCQ sheets read back from the PDF, versions, reproducibility; platform exports parsed."""

from __future__ import annotations

import csv
import io
import random
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import ExportError
from quizgen.exporters import pdf
from quizgen.exporters.lms import export_questions, gift_escape
from quizgen.exporters.sheets import (
    LETTERS,
    SheetSpec,
    make_forms,
    plan_sheet,
    render_sheet,
    sheet_title,
)
from quizgen.model import FactKind, MCQuestion, Provenance, SourceRef

PROVENANCE = Provenance(
    doi="10.53347/rID-1", url="https://radiopaedia.org/articles/1", retrieved="1 Jan 2026"
)


def _question(number: int, *, numeric: bool = False) -> MCQuestion:
    source = SourceRef("topic", "Topic é", "Pathology", f"fact {number}")
    if numeric:
        options = ("5%", "10%", "20%", "40%", "80%")
        return MCQuestion(
            f"topic:q{number}",
            "topic",
            f"topic:f{number}",
            f"Q{number}: what share is item {number} (≥ 1 µm ± 2)?",
            options,
            number % 5,
            FactKind.FREQUENCY,
            source,
            distractor_pool=tuple(o for i, o in enumerate(options) if i != number % 5),
            numeric=True,
            explanation=f"Item {number}: {options[number % 5]}.",
            provenance=PROVENANCE,
        )
    answer = f"answer–{number}"
    pool = tuple(f"distractor {number}.{i} <b>&" for i in range(6))
    return MCQuestion(
        f"topic:q{number}",
        "topic",
        f"topic:f{number}",
        f"Q{number}: which is right for {{case}} #{number}?",
        (answer, *pool[:4]),
        0,
        FactKind.DIFFERENTIAL,
        source,
        distractor_pool=pool,
        explanation=f"{answer} is right.",
        provenance=PROVENANCE,
    )


QUESTIONS = [_question(n, numeric=n % 4 == 0) for n in range(1, 13)]
SPEC = SheetSpec(title="Teaching session", seed=11, day=date(2026, 11, 24))


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def test_pdf_holds_every_question_option_and_key(tmp_path: Path) -> None:
    forms = make_forms(QUESTIONS, forms=1, seed=11)
    out = tmp_path / "sheet.pdf"
    render_sheet(forms, SPEC, out)
    pages = _pdf_text(out)
    text = " ".join(" ".join(pages).split())
    for item in forms[0].items:
        assert f"{item.number}. {item.question.stem}" in text
        for letter, option in zip(LETTERS, item.options, strict=False):
            assert f"{letter}. {option}" in text
    key_text = " ".join(" ".join(p for p in pages if "Answer key" in p).split())
    for item in forms[0].items:
        assert f"{item.number}. {item.letter}" in key_text
        assert item.explanation in key_text
    assert "CC BY-NC-SA 3.0" in key_text
    assert all("version A" in page for page in pages)  # the version code on every page


def test_no_question_is_split_across_pages(tmp_path: Path) -> None:
    many = [_question(n, numeric=n % 4 == 0) for n in range(1, 41)]
    out = tmp_path / "long.pdf"
    forms = make_forms(many, forms=1, seed=3)
    render_sheet(forms, SPEC, out)
    pages = [" ".join(p.split()) for p in _pdf_text(out)]
    for item in forms[0].items:
        last = f"{LETTERS[len(item.options) - 1]}. {item.options[-1]}"
        stem = f"{item.number}. {item.question.stem}"
        assert any(stem in page and last in page for page in pages), item.number


def test_versions_differ_in_order_but_hold_the_same_questions() -> None:
    first, second = make_forms(QUESTIONS, forms=2, seed=5)
    assert [i.question.id for i in first.items] != [i.question.id for i in second.items]
    assert {i.question.id for i in first.items} == {i.question.id for i in second.items}
    for form in (first, second):
        for item in form.items:
            assert item.options[item.answer_index] == item.question.answer
            if item.question.numeric:
                values = [float(o.rstrip("%")) for o in item.options]
                assert values == sorted(values)


def test_keys_are_spread_evenly_on_every_version() -> None:
    textual = [q for q in QUESTIONS if not q.numeric] * 2
    for form in make_forms(textual, forms=3, seed=9):
        counts = Counter(item.letter for item in form.items)
        assert max(counts.values()) - min(counts.get(letter, 0) for letter in LETTERS) <= 1
        letters = "".join(item.letter for item in form.items)
        assert not re.search(r"(.)\1\1\1", letters)


def _four_options(number: int) -> MCQuestion:
    question = _question(number)
    return replace(question, options=question.options[:4])


def test_keys_are_even_per_version_with_numbers_and_four_options() -> None:
    """Sorted numeric options and four-option questions still give every letter its share."""
    mixed = [_question(n, numeric=n % 3 == 0) for n in range(1, 11)]
    mixed += [_four_options(n) for n in range(11, 15)]
    for form in make_forms(mixed, forms=4, seed=7):
        counts = Counter(item.letter for item in form.items)
        four = Counter(item.letter for item in form.items if len(item.options) == 4)
        assert max(counts.values()) - min(counts.get(letter, 0) for letter in LETTERS) <= 1
        assert max(four.values()) - min(four.get(letter, 0) for letter in "ABCD") <= 1
        for item in form.items:
            assert item.options[item.answer_index] == item.question.answer
            if item.question.numeric:
                values = [float(o.rstrip("%")) for o in item.options]
                assert values == sorted(values)


def test_same_seed_same_bytes_and_formats(tmp_path: Path) -> None:
    for suffix in (".pdf", ".html", ".md"):
        a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        for out in (a, b):
            render_sheet(make_forms(QUESTIONS, forms=2, seed=4), SPEC, out)
        assert a.read_bytes() == b.read_bytes()
    html_text = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;&amp;" in html_text  # article text is escaped, never markup
    assert "break-inside: avoid" in html_text
    assert "Answer key — version B" in html_text


def test_cli_sheet_on_the_seeds(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "seeds.pdf"
    args = [
        "sheet",
        "-o",
        str(out),
        "--forms",
        "2",
        "--seed",
        "7",
        "--store",
        str(tmp_path / "facts"),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    text = " ".join(_pdf_text(out))
    assert "seed 7" in text
    assert "Answer key — version B" in text
    assert "accounts for 10%" not in text  # prostate and lymphoma: never asked


def test_cli_sheet_bad_requests(runner: CliRunner, tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "facts")]
    unknown = runner.invoke(app, ["sheet", "-o", str(tmp_path / "x.docx"), *store])
    assert unknown.exit_code == 1
    assert "unknown sheet format '.docx'" in unknown.output
    missing = runner.invoke(app, ["sheet", "-o", str(tmp_path / "no" / "x.pdf"), *store])
    assert missing.exit_code == 1
    assert not (tmp_path / "no").exists()
    many = runner.invoke(app, ["sheet", "-o", str(tmp_path / "x.md"), "-n", "500", *store])
    assert many.exit_code == 0
    assert "only" in many.output


def test_moodle_xml_structure() -> None:
    root = ET.fromstring(export_questions(QUESTIONS, "moodle", "t").encode())
    questions = root.findall("question[@type='multichoice']")
    assert len(questions) == len(QUESTIONS)
    for node, question in zip(questions, QUESTIONS, strict=True):
        assert node.findtext("name/text") == question.stem
        assert node.findtext("idnumber") == question.id
        assert node.findtext("single") == "true"
        assert node.findtext("shuffleanswers") == ("false" if question.numeric else "true")
        fractions = [a.get("fraction") for a in node.findall("answer")]
        assert fractions.count("100") == 1
        assert len(fractions) == len(question.options)
        right = node.findall("answer")[question.answer_index]
        assert right.get("fraction") == "100"
        assert "Source:" in (node.findtext("generalfeedback/text") or "")


_GIFT_UNESCAPED = re.compile(r"(?<!\\)[~=#{}:]")


def test_gift_escapes_every_special_character() -> None:
    assert gift_escape(r"a~b=c#d{e}f:g\h") == r"a\~b\=c\#d\{e\}f\:g\\h"
    text = export_questions(QUESTIONS, "gift", "t")
    blocks = [b for b in text.split("\n\n") if b.startswith("// source")]
    assert len(blocks) == len(QUESTIONS)
    for block, question in zip(blocks, QUESTIONS, strict=True):
        lines = block.splitlines()
        title_stem = lines[1]
        assert title_stem.startswith("::")
        assert title_stem.endswith(" {")
        inner = title_stem[2:-2]
        name, _, stem = inner.partition("::")
        for part in (name, stem):
            assert not _GIFT_UNESCAPED.search(part.replace("\\\\", "")), part
        answers = [line.strip() for line in lines[2:-1] if not line.strip().startswith("####")]
        assert [a[0] for a in answers].count("=") == 1
        assert answers[question.answer_index].startswith("=")
        for answer in answers:
            assert not _GIFT_UNESCAPED.search(answer[1:].replace("\\\\", ""))
        assert lines[-1] == "}"


def test_amc_and_csv_parse_back() -> None:
    amc = export_questions(QUESTIONS, "amc", "t")
    blocks = [b for b in amc.split("\n\n") if b.startswith("# topic")]
    assert len(blocks) == len(QUESTIONS)
    for block, question in zip(blocks, QUESTIONS, strict=True):
        lines = block.splitlines()
        assert lines[1].startswith("*")
        marks = [line[0] for line in lines[2:]]
        assert marks.count("+") == 1
        assert marks[question.answer_index] == "+"
    rows = list(csv.reader(io.StringIO(export_questions(QUESTIONS, "csv", "t"))))
    assert rows[0] == ["front", "back", "source", "id"]
    assert len(rows) == len(QUESTIONS) + 1
    tsv = export_questions(QUESTIONS, "tsv", "t").splitlines()
    assert tsv[0] == "#separator:tab"
    assert all(len(line.split("\t")) == 4 for line in tsv[3:])


def test_cli_export_unknown_format(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "q.txt"
    result = runner.invoke(app, ["export", "--format", "docx", "-o", str(out)])
    assert result.exit_code == 1
    assert "unknown format 'docx'" in result.output
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["moodle", "gift", "amc", "csv", "tsv"])
def test_cli_export_on_the_seeds(runner: CliRunner, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"q.{fmt}"
    result = runner.invoke(
        app, ["export", "--format", fmt, "-o", str(out), "--store", str(tmp_path / "facts")]
    )
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 200


def test_letter_paper(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    spec = SheetSpec(title="Teaching session", seed=1, paper="letter", day=date(2026, 11, 24))
    render_sheet(make_forms(QUESTIONS, forms=1, seed=1), spec, out)
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_markdown_heading_escapes_a_hostile_title(tmp_path: Path) -> None:
    out = tmp_path / "s.md"
    spec = SheetSpec(title="[click](javascript:alert(1)) <img src=x onerror=y>\n# Fake", seed=1)
    render_sheet(make_forms(QUESTIONS[:2], forms=1, seed=1), spec, out)
    heading = out.read_text(encoding="utf-8").splitlines()[0]
    assert heading.startswith("# \\[click\\]")
    assert not re.search(r"(?<!\\)<img", heading)
    assert heading.endswith("\\# Fake — version A")  # a line break cannot start a heading
    assert "\n# Fake" not in out.read_text(encoding="utf-8")


def test_cjk_in_a_pdf_is_drawn_with_the_cjk_font(tmp_path: Path) -> None:
    cjk = replace(QUESTIONS[1], stem="肝細胞癌 or 髄膜腫 or 간세포암: which is right?")
    out = tmp_path / "cjk.pdf"
    render_sheet(make_forms([cjk], forms=1, seed=1), SPEC, out)
    text = "".join(_pdf_text(out)).replace("\x00", "")  # pypdf reads CID text with NULs
    for word in ("肝細胞癌", "髄膜腫", "간세포암"):
        assert word in text


def test_glyphs_no_font_has_are_never_dropped_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cjk = replace(QUESTIONS[1], stem="肝細胞癌: which is right?")
    out = tmp_path / "cjk.pdf"
    monkeypatch.setattr(pdf, "cjk_font", lambda: None)  # a plain install, without the extra
    with pytest.raises(ExportError, match=re.escape("glyph for 4 character(s): 癌 細 肝 胞;")):
        render_sheet(make_forms([cjk], forms=1, seed=1), SPEC, out)
    assert not out.exists()
    monkeypatch.undo()
    odd = replace(QUESTIONS[1], stem="\U0001d11e clef: which is right?")  # in no font
    with pytest.raises(ExportError, match=re.escape("write the sheet as .html or .md")):
        render_sheet(make_forms([odd], forms=1, seed=1), SPEC, out)
    html_out = tmp_path / "cjk.html"
    render_sheet(make_forms([cjk], forms=1, seed=1), SPEC, html_out)
    assert "肝細胞癌" in html_out.read_text(encoding="utf-8")


def test_seed_only_on_key_pages_date_blank_grid_by_rows_compact_key(tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    spec = SheetSpec(title="Spine", seed=4321)
    forms = make_forms(QUESTIONS, forms=2, seed=4321)
    render_sheet(forms, spec, out)
    pages = _pdf_text(out)
    student = [p for p in pages if "Answer key" not in p]
    keys = [p for p in pages if "Answer key" in p]
    assert student
    assert keys
    assert not any("4321" in page for page in student)
    assert all("4321" in page for page in keys)
    assert "Date: __________" in student[0]
    assert "1-" + forms[0].items[0].letter in keys[0].replace("\n", " ")
    md = tmp_path / "s.md"
    render_sheet(forms, spec, md)
    text = md.read_text(encoding="utf-8")
    assert "Key: " + " ".join(f"{i.number}-{i.letter}" for i in forms[0].items) in text
    assert "1 [ ] · 2 [ ] · 3 [ ] · 4 [ ] · 5 [ ]\n" in text  # numbered along the row
    assert text.index("4321") > text.index("## Answer key")


def test_key_explanations_read_as_sentences(tmp_path: Path) -> None:
    lower = replace(QUESTIONS[1], explanation="extradural cysts are in the differential")
    out = tmp_path / "s.md"
    render_sheet(make_forms([lower], forms=1, seed=1), SPEC, out)
    assert "— Extradural cysts are in the differential." in out.read_text(encoding="utf-8")


def test_sheet_title_drops_internal_words() -> None:
    assert sheet_title("Spinal metastases (seeds)") == "Spinal metastases"
    assert sheet_title("Neuro [draft]") == "Neuro"


def _listed(number: int, group: str, options: tuple[str, ...]) -> MCQuestion:
    question = _question(number)
    return replace(question, fact_id=f"topic:{group}:{number}", options=options)


def test_blueprint_spreads_lists_and_never_repeats_an_option_set() -> None:
    same = ("a", "b", "c", "d", "e")
    primaries = [
        _listed(n, "primaries", same if n < 5 else (f"x{n}", "b", "c", "d", "e"))
        for n in range(1, 9)
    ]
    signs = [_listed(n, "signs", (f"s{n}", "t", "u", "v", "w")) for n in range(20, 23)]
    lists = {q.fact_id: q.fact_id.split(":")[1] for q in primaries + signs}
    picked = plan_sheet(primaries + signs, count=6, rng=random.Random(1), lists=lists)
    assert len(picked) == 6
    assert len({frozenset(q.options) for q in picked}) == 6
    assert Counter(lists[q.fact_id] for q in picked) == {"primaries": 3, "signs": 3}
    capped = plan_sheet(
        primaries + signs, count=None, rng=random.Random(1), lists=lists, per_article=2
    )
    assert len(capped) == 2
    alike = plan_sheet(primaries[:4], count=None, rng=random.Random(1), lists=lists)
    assert len(alike) == 1  # four questions with one option set: one of them


@pytest.mark.parametrize("seed", range(24))  # the shuffle puts it first for one in six
def test_a_question_whose_answer_every_stem_names_does_not_push_the_others_off_the_sheet(
    seed: int,
) -> None:
    from quizgen.generators.rules import select_for_sheet  # noqa: PLC0415

    source = SourceRef("topic", "Vertebral metastases", "Pathology", "fact")
    title_key = replace(
        _question(0),
        stem="Which term completes this definition?",
        options=("Vertebral metastases", "Spinal meningioma", "Vertebral haemangioma"),
        answer_index=0,
        source=source,
    )
    others = [
        replace(_question(n), stem=f"Vertebral metastases: what is finding {n}?", source=source)
        for n in range(1, 6)
    ]
    kept, findings = select_for_sheet([title_key, *others], random.Random(seed))
    assert [q.id for q in kept] == [q.id for q in others]  # five kept, not one
    assert [f.rule_id for f in findings] == ["M8"]
