"""Learning-platform and text exports of MCQs: Moodle XML, GIFT, AMC-TXT, CSV/TSV.

Only questions that passed every card rule reach here. Each writer returns text; the CLI
writes it atomically.
"""

from __future__ import annotations

import csv
import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from pathlib import Path

from quizgen.attribution import licence_line, source_line
from quizgen.errors import ExportError
from quizgen.model import MCQuestion

__all__ = [
    "EXPORT_FORMATS",
    "category_path",
    "export_questions",
    "format_for_path",
    "gift_escape",
    "neutralise_cell",
    "question_name",
]

_LETTERS = "ABCDE"
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")
_NAME_LIMIT = 100  # Moodle allows 255; a question bank's list shows about this much
_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)]")
# OWASP CSV injection: a cell starting with one of these is read as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Extensions whose format is certain; ".txt" (AMC) needs --format, as many things are .txt.
_EXTENSIONS = {".xml": "moodle", ".gift": "gift", ".csv": "csv", ".tsv": "tsv"}


def _source(question: MCQuestion) -> str:
    return source_line(question.source, question.provenance)


def _feedback(question: MCQuestion) -> str:
    return f"{question.explanation} Source: {_source(question)}"


def format_for_path(path: Path, fmt: str | None) -> str:
    """The export format: ``fmt`` if given (checked against the extension), else the
    extension's.

    Raises:
        ExportError: an unknown format, an extension that contradicts ``fmt``, or an
            extension that names no format when ``fmt`` is not given.
    """
    suffix = path.suffix.lower()
    implied = _EXTENSIONS.get(suffix)
    if fmt is None:
        if implied is None:
            raise ExportError(
                f"cannot tell the format from {suffix or 'a name without extension'!r}; "
                f"use .xml, .gift, .csv or .tsv, or give --format ({', '.join(EXPORT_FORMATS)})",
                path=path,
            )
        return implied
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    if implied is not None and implied != fmt:
        raise ExportError(
            f"{suffix!r} is not a {fmt} file; name it {path.stem}"
            f"{_suffix_of(fmt)} or use --format {implied}",
            path=path,
        )
    return fmt


def _suffix_of(fmt: str) -> str:
    return next((s for s, f in _EXTENSIONS.items() if f == fmt), ".txt")


def question_name(question: MCQuestion) -> str:
    """A readable question-bank name: the stem's start, cut at a word within the limit."""
    stem = " ".join(question.stem.split())
    if len(stem) <= _NAME_LIMIT:
        return stem
    cut = stem[: _NAME_LIMIT - 1].rsplit(" ", 1)[0]
    return cut + "…"


def category_path(title: str) -> str:
    """The question-bank category both Moodle XML and GIFT use ("/" inside a name is "//")."""
    return f"$course$/quizgen/{' '.join(title.split()).replace('/', '//')}"


def _linked(escaped: str) -> str:
    """HTML text whose URLs are links (the text is already escaped)."""
    return _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)


# --- Moodle XML --------------------------------------------------------------------------


def _text_node(parent: ET.Element, tag: str, text: str, *, html: bool = False) -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": "html"} if html else {})
    ET.SubElement(node, "text").text = text
    return node


def to_moodle(questions: Sequence[MCQuestion], title: str) -> str:
    """Moodle XML: multichoice, single answer, exactly one answer at 100 %."""
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text_node(category, "category", category_path(title))
    for question in questions:
        node = ET.SubElement(quiz, "question", {"type": "multichoice"})
        _text_node(node, "name", question_name(question))
        # Moodle treats questiontext as HTML: the plain text is escaped by ElementTree
        # once, and the literal "<" of the article must show as text, so escape once more.
        _text_node(node, "questiontext", _html(question.stem), html=True)
        _text_node(node, "generalfeedback", _linked(_html(_feedback(question))), html=True)
        ET.SubElement(node, "idnumber").text = question.id
        ET.SubElement(node, "defaultgrade").text = "1"
        ET.SubElement(node, "penalty").text = "0"
        ET.SubElement(node, "hidden").text = "0"
        ET.SubElement(node, "single").text = "true"
        ET.SubElement(node, "shuffleanswers").text = "false" if question.numeric else "true"
        ET.SubElement(node, "answernumbering").text = "ABCD"
        for index, option in enumerate(question.options):
            fraction = "100" if index == question.answer_index else "0"
            answer = ET.SubElement(node, "answer", {"fraction": fraction, "format": "html"})
            ET.SubElement(answer, "text").text = _html(option)
            right = "Correct." if fraction == "100" else "Not the best answer."
            _text_node(answer, "feedback", _html(f"{right} {question.explanation}"), html=True)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- GIFT --------------------------------------------------------------------------------


def gift_escape(text: str) -> str:
    """Escape GIFT's special characters ``\\ ~ = # { } :`` and fold line breaks."""
    return _GIFT_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _gift_text(text: str) -> str:
    """Article text for GIFT: Moodle renders GIFT text as HTML, so escape it first."""
    return gift_escape(html.escape(text, quote=False))


def _comment(text: str) -> str:
    """A GIFT comment line: never parsed, so not escaped, only kept on one line."""
    return " ".join(text.split())


def to_gift(questions: Sequence[MCQuestion], title: str) -> str:
    """GIFT: ``::name:: stem {=right ~wrong … #### feedback}``, one block per question."""
    lines = [
        f"// {_comment(title)} — exported by quizgen",
        f"$CATEGORY: {category_path(title)}",
        "",
    ]
    for question in questions:
        lines.append(f"// source: {_comment(_source(question))}")
        name = _gift_text(question_name(question))
        lines.append(f"::{name}::{_gift_text(question.stem)} {{")
        for index, option in enumerate(question.options):
            mark = "=" if index == question.answer_index else "~"
            lines.append(f"\t{mark}{_gift_text(option)}")
        lines.append(f"\t####{_gift_text(_feedback(question))}")
        lines.extend(("}", ""))
    return "\n".join(lines)


# --- AMC-TXT -----------------------------------------------------------------------------


def _amc_line(text: str) -> str:
    # A line starting with * + - # would be read as markup: keep it inside the text.
    return " ".join(text.split()).lstrip("*+-#") or "—"


def to_amc(questions: Sequence[MCQuestion], title: str) -> str:
    """AMC-TXT for Auto Multiple Choice: ``* question``, ``+`` right, ``-`` wrong."""
    lines = [
        "# AMC-TXT source file, exported by quizgen",
        f"Title: {_amc_line(title)}",
        f"Presentation: Choose the single best answer. {_amc_line(_licences(questions))}",
        "",
    ]
    for question in questions:
        lines.append(f"# {question.id} — {_amc_line(_source(question))}")
        flags = "[ordered] " if question.numeric else ""
        lines.append(f"*{flags}{_amc_line(question.stem)}")
        for index, option in enumerate(question.options):
            lines.append(f"{'+' if index == question.answer_index else '-'} {_amc_line(option)}")
        lines.append("")
    return "\n".join(lines)


def _licences(questions: Sequence[MCQuestion]) -> str:
    lines = dict.fromkeys(licence_line(q.provenance) for q in questions)
    return " ".join(lines)


# --- CSV / TSV ---------------------------------------------------------------------------


def neutralise_cell(cell: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a leading
    ``'`` (OWASP's advice for CSV injection)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _one_newline(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n")


def _rows(questions: Sequence[MCQuestion]) -> list[list[str]]:
    rows = []
    for question in questions:
        options = " ".join(f"{_LETTERS[i]}. {o}" for i, o in enumerate(question.options))
        back = f"{_LETTERS[question.answer_index]}. {question.answer} — {question.explanation}"
        rows.append([f"{question.stem} {options}", back, _source(question), question.id])
    return rows


def to_csv(questions: Sequence[MCQuestion], title: str) -> str:
    """CSV (front, back, source, id) with a header row, quoted as needed."""
    del title
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["front", "back", "source", "id"])
    # A bare CR would end the row in some readers yet is not quoted with "\n" lines.
    rows = [[neutralise_cell(_one_newline(cell)) for cell in row] for row in _rows(questions)]
    writer.writerows(rows)
    return buffer.getvalue()


def to_tsv(questions: Sequence[MCQuestion], title: str) -> str:
    """Tab-separated (Anki "#separator:tab" header lines; Quizlet reads term<TAB>definition)."""
    del title
    buffer = io.StringIO()
    buffer.write("#separator:tab\n#html:false\n#columns:Front\tBack\tSource\tId\n")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    rows = [[neutralise_cell(" ".join(cell.split())) for cell in row] for row in _rows(questions)]
    writer.writerows(rows)
    return buffer.getvalue()


EXPORT_FORMATS: dict[str, Callable[[Sequence[MCQuestion], str], str]] = {
    "moodle": to_moodle,
    "gift": to_gift,
    "amc": to_amc,
    "csv": to_csv,
    "tsv": to_tsv,
}


def export_questions(questions: Sequence[MCQuestion], fmt: str, title: str) -> str:
    """The questions in ``fmt``.

    Raises:
        ExportError: an unknown format.
    """
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    return EXPORT_FORMATS[fmt](questions, title)
