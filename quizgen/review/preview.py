"""What a fact makes, as the review page shows it: its cloze cards, its questions, and the
card rules that dropped any of them. Everything here is plain text for ``textContent``."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass, field

from quizgen.generators import Generated
from quizgen.model import ClozeNote, Finding, MCQuestion

__all__ = ["FactPreview", "previews_by_fact"]

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")
_LINE_BREAK = re.compile(r"<br\s*/?>|<li>|</li>|<ul>|</ul>|<ol>|</ol>")
_TAG = re.compile(r"<[^>]+>")
_LETTERS = "ABCDEFGH"

Segment = dict[str, object]  # {"text": ..., "blank": bool}


@dataclass(slots=True)
class FactPreview:
    """The cards, questions and findings of one fact (JSON-ready)."""

    cards: list[dict[str, object]] = field(default_factory=list)
    questions: list[dict[str, object]] = field(default_factory=list)
    findings: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON the page receives."""
        return {"cards": self.cards, "questions": self.questions, "findings": self.findings}


def _plain(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def _cloze_lines(text: str, number: int) -> list[list[Segment]]:
    """The note's text as lines of segments, the deletion ``number`` blanked ("[...]" with
    its answer kept for the back); other deletions read as their answers, as Anki shows."""
    lines: list[list[Segment]] = []
    for raw_line in _LINE_BREAK.split(text):
        segments: list[Segment] = []
        position = 0
        for match in _CLOZE.finditer(raw_line):
            if before := _plain(raw_line[position : match.start()]):
                segments.append({"text": before, "blank": False})
            answer = _plain(match.group(2))
            if int(match.group(1)) == number:
                hint = _plain(match.group(3) or "")
                segments.append({"text": answer, "blank": True, "hint": hint})
            else:
                segments.append({"text": answer, "blank": False})
            position = match.end()
        if rest := _plain(raw_line[position:]):
            segments.append({"text": rest, "blank": False})
        if segments:
            lines.append(segments)
    return lines


def _card(note: ClozeNote, number: int) -> dict[str, object]:
    return {
        "context": _plain(note.context),
        "lines": _cloze_lines(note.text, number),
        "number": number,
        "corrected_from": note.source.original,
    }


def _question(question: MCQuestion) -> dict[str, object]:
    return {
        "stem": question.stem,
        "options": [f"{_LETTERS[i]}. {option}" for i, option in enumerate(question.options)],
        "answer": _LETTERS[question.answer_index],
        "explanation": question.explanation,
        "corrected_from": question.source.original,
    }


def _finding(finding: Finding) -> dict[str, object]:
    return {"rule": finding.rule_id, "reason": finding.reason, "action": finding.action}


def previews_by_fact(generated: Generated) -> dict[str, FactPreview]:
    """Each fact's cards, questions and findings in a generated selection, by fact id."""
    previews: dict[str, FactPreview] = defaultdict(FactPreview)
    for note in generated.notes:
        for deletion in note.deletions:
            previews[deletion.fact_id].cards.append(_card(note, deletion.number))
    for question in generated.questions:
        previews[question.fact_id].questions.append(_question(question))
    for finding in generated.findings:
        if finding.fact_id:
            previews[finding.fact_id].findings.append(_finding(finding))
    return dict(previews)
