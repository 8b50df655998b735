"""Learning-platform and text exports of MCQs: Moodle XML, GIFT, AMC-TXT, CSV/TSV.

Only questions that passed every card rule reach here. Each writer returns text; the CLI
writes it atomically.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence

from quizgen.attribution import source_line
from quizgen.errors import ExportError
from quizgen.model import MCQuestion

__all__ = ["EXPORT_FORMATS", "export_questions", "gift_escape"]

_LETTERS = "ABCDE"
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")


def _source(question: MCQuestion) -> str:
    return source_line(question.source, question.provenance)


def _feedback(question: MCQuestion) -> str:
    return f"{question.explanation} Source: {_source(question)}"


# --- Moodle XML --------------------------------------------------------------------------


def _text_node(parent: ET.Element, tag: str, text: str, *, html: bool = False) -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": "html"} if html else {})
    ET.SubElement(node, "text").text = text
    return node


def to_moodle(questions: Sequence[MCQuestion], title: str) -> str:
    """Moodle XML: multichoice, single answer, exactly one answer at 100 %."""
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text_node(category, "category", f"$course$/quizgen/{title}")
    for question in questions:
        node = ET.SubElement(quiz, "question", {"type": "multichoice"})
        _text_node(node, "name", question.id)
        # Moodle treats questiontext as HTML: the plain text is escaped by ElementTree
        # once, and the literal "<" of the article must show as text, so escape once more.
        _text_node(node, "questiontext", _html(question.stem), html=True)
        _text_node(node, "generalfeedback", _html(_feedback(question)), html=True)
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


def to_gift(questions: Sequence[MCQuestion], title: str) -> str:
    """GIFT: ``::name:: stem {=right ~wrong … #### feedback}``, one block per question."""
    lines = [f"// {gift_escape(title)} — exported by quizgen", "$CATEGORY: quizgen", ""]
    for question in questions:
        lines.append(f"// source: {gift_escape(_source(question))}")
        lines.append(f"::{gift_escape(question.id)}::{gift_escape(question.stem)} {{")
        for index, option in enumerate(question.options):
            mark = "=" if index == question.answer_index else "~"
            lines.append(f"\t{mark}{gift_escape(option)}")
        lines.append(f"\t####{gift_escape(_feedback(question))}")
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
        "Presentation: Choose the single best answer.",
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


# --- CSV / TSV ---------------------------------------------------------------------------


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
    writer.writerows(_rows(questions))
    return buffer.getvalue()


def to_tsv(questions: Sequence[MCQuestion], title: str) -> str:
    """Tab-separated (Anki "#separator:tab" header lines; Quizlet reads term<TAB>definition)."""
    del title
    buffer = io.StringIO()
    buffer.write("#separator:tab\n#html:false\n#columns:Front\tBack\tSource\tId\n")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows([[" ".join(cell.split()) for cell in row] for row in _rows(questions)])
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
