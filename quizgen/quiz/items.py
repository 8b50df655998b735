"""Quiz items: one per cloze deletion and one per MCQ, keyed by their facts' ids."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quizgen.attribution import source_line
from quizgen.model import ArticleFacts, ClozeNote, FactKind, MCQuestion
from quizgen.visible import visible

__all__ = ["QuizItem", "items_from"]

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")


@dataclass(frozen=True, slots=True)
class QuizItem:
    """What the quiz asks. ``key`` names it in the progress file and survives rebuilds:
    ``<fact id>#cloze`` or ``<fact id>#mcq-<variant>``."""

    key: str
    fact_id: str
    kind: str  # "cloze" or "mcq"
    prompt: str
    answer: str
    topic: str
    context: str = ""
    options: tuple[str, ...] = ()
    answer_index: int = -1
    accepted: tuple[str, ...] = ()  # synonyms that also count as right
    explanation: str = ""
    source: str = ""
    changed_at: str = ""
    numeric: bool = False  # options are numbers kept in ascending order (M6)


def _plain(text: str) -> str:
    lines = re.sub(r"<br\s*/?>|<li>", "\n", text)  # list items: one line each
    return visible(html.unescape(re.sub(r"</?(?:ul|li)>", "", lines)).replace("\u200b", ""))


def _cloze_prompt(note: ClozeNote, number: int) -> str:
    def show(match: re.Match[str]) -> str:
        if int(match.group(1)) == number:
            return f"[{match.group(3)}…]" if match.group(3) else "[...]"
        return match.group(2)

    return _plain(_CLOZE.sub(show, note.text))


def _synonyms(entries: Iterable[ArticleFacts]) -> dict[str, tuple[str, ...]]:
    """Lower-case name → its other names, from the articles' synonym facts."""
    names: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        group = [entry.title, *(f.value for f in entry.facts if f.kind is FactKind.SYNONYM)]
        for name in group:
            names[name.lower()] = tuple(other for other in group if other != name)
    return names


def _explanation(extra: str, answer: str) -> str:
    """The source line(s) that state this deletion's fact (a list note holds many)."""
    lines = _plain(extra).splitlines()
    mine = [line for line in lines if answer.lower() in line.lower()]
    return "\n".join(mine or lines)


def _cloze_item(note: ClozeNote, number: int, synonyms: dict[str, tuple[str, ...]]) -> QuizItem:
    deletion = next(d for d in note.deletions if d.number == number)
    return QuizItem(
        key=f"{deletion.fact_id}#cloze",
        fact_id=deletion.fact_id,
        kind="cloze",
        prompt=_cloze_prompt(note, deletion.number),
        answer=_plain(deletion.answer),
        topic=visible(note.source.title),
        context=_plain(note.context),
        accepted=synonyms.get(deletion.answer.lower(), ()),
        explanation=_explanation(note.extra, deletion.answer),
        source=visible(source_line(note.source, note.provenance)),
        changed_at=note.changed_at,
    )


def _mcq_item(question: MCQuestion) -> QuizItem:
    return QuizItem(
        key=question.id,
        fact_id=question.fact_id,
        kind="mcq",
        prompt=visible(question.stem),
        answer=visible(question.answer),
        topic=visible(question.topic),
        options=tuple(visible(o) for o in question.options),
        answer_index=question.answer_index,
        explanation=visible(question.explanation),
        source=visible(source_line(question.source, question.provenance)),
        changed_at=question.changed_at,
        numeric=question.numeric,
    )


def items_from(
    notes: Sequence[ClozeNote], questions: Sequence[MCQuestion], entries: Iterable[ArticleFacts]
) -> list[QuizItem]:
    """Every quiz item of a generated selection, cloze cards first."""
    synonyms = _synonyms(entries)
    cloze = [_cloze_item(n, d.number, synonyms) for n in notes for d in n.deletions]
    return [*cloze, *(_mcq_item(q) for q in questions)]
