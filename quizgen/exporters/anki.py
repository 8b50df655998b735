"""Anki packages with genanki: quizgen's frozen note types, stable GUIDs, change-time mtimes.

Never change a model id, a model's field names or their order: Anki treats that as a new
note type and the user's next import would duplicate every note ("note type has changed").
See docs/note-types.md for how to migrate deliberately.
"""

from __future__ import annotations

import hashlib
import html
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

import genanki

from quizgen.attribution import licence_line, source_line
from quizgen.errors import ExportError
from quizgen.fsutil import atomic_path
from quizgen.model import ClozeNote, MCQuestion
from quizgen.templating import load_template

__all__ = [
    "CLOZE_FIELDS",
    "CLOZE_MODEL_ID",
    "GUID_NAMESPACE",
    "MCQ_FIELDS",
    "MCQ_MODEL_ID",
    "ORPHAN_TAG",
    "BuildSummary",
    "deck_id_for",
    "note_guid",
    "write_apkg",
]

# --- frozen from release 0.1: never edit (see docs/note-types.md) -------------------------
CLOZE_MODEL_ID = 1_739_204_551
MCQ_MODEL_ID = 1_739_204_552
CLOZE_MODEL_NAME = "quizgen cloze v1"
MCQ_MODEL_NAME = "quizgen MCQ v1"
CLOZE_FIELDS = ("Text", "Context", "Extra", "Source", "Image", "Yield", "FactIds")
MCQ_FIELDS = (
    "Question",
    "OptionA",
    "OptionB",
    "OptionC",
    "OptionD",
    "OptionE",
    "Answer",
    "AnswerText",
    "Explanation",
    "Context",
    "Source",
    "Image",
    "Yield",
    "FactId",
)
GUID_NAMESPACE = "quizgen"
# ------------------------------------------------------------------------------------------
ORPHAN_TAG = "quizgen::orphaned"
_LETTERS = "ABCDE"


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What a package holds: notes and cards per kind."""

    path: Path
    notes_by_kind: dict[str, int]
    cards_by_kind: dict[str, int]

    @property
    def notes(self) -> int:
        """Total notes."""
        return sum(self.notes_by_kind.values())

    @property
    def cards(self) -> int:
        """Total cards."""
        return sum(self.cards_by_kind.values())


class _Note(genanki.Note):  # type: ignore[misc]
    """A genanki note with our own card list and its own modification time.

    genanki stamps every note with the build time and finds cloze numbers with a regex that
    misses nested clozes; quizgen knows both exactly.
    """

    def __init__(self, *, mod_time: int, ords: Sequence[int] | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._mod_time = mod_time
        self._ords = ords

    @property
    def cards(self) -> list[genanki.Card]:
        if self._ords is None:
            return [genanki.Card(0)]
        return [genanki.Card(ordinal) for ordinal in self._ords]

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        del timestamp  # the note's own change time, so Anki updates only changed notes
        super().write_to_db(cursor, self._mod_time, deck_id, id_gen)


@cache
def _models() -> tuple[genanki.Model, genanki.Model]:
    css = load_template("anki/style.css")
    cloze_model = genanki.Model(
        CLOZE_MODEL_ID,
        CLOZE_MODEL_NAME,
        fields=[{"name": name} for name in CLOZE_FIELDS],
        templates=[
            {
                "name": "Cloze",
                "qfmt": load_template("anki/cloze_front.html"),
                "afmt": load_template("anki/cloze_back.html"),
            }
        ],
        css=css,
        model_type=genanki.Model.CLOZE,
        sort_field_index=0,
    )
    mcq_model = genanki.Model(
        MCQ_MODEL_ID,
        MCQ_MODEL_NAME,
        fields=[{"name": name} for name in MCQ_FIELDS],
        templates=[
            {
                "name": "MCQ",
                "qfmt": load_template("anki/mcq_front.html"),
                "afmt": load_template("anki/mcq_back.html"),
            }
        ],
        css=css,
        sort_field_index=0,
    )
    return cloze_model, mcq_model


def deck_id_for(deck_name: str) -> int:
    """A stable 31-bit deck id from the deck's name."""
    return int(hashlib.sha1(deck_name.encode()).hexdigest()[:8], 16) & 0x7FFF_FFFF | 1 << 30


def note_guid(item_id: str) -> str:
    """Anki GUID from the item's id (from its fact id), never from its text."""
    return str(genanki.guid_for(GUID_NAMESPACE, item_id))


def _epoch(changed_at: str, fallback: datetime) -> int:
    try:
        moment = datetime.fromisoformat(changed_at.replace("Z", "+00:00"))
    except ValueError:
        moment = fallback
    return int(moment.timestamp())


def _source_html(item: ClozeNote | MCQuestion) -> str:
    return (
        f"{html.escape(source_line(item.source, item.provenance))}<br>"
        f"{html.escape(licence_line(item.provenance))}"
    )


def _yield(tags: Sequence[str]) -> str:
    return next((t.rsplit("::", 1)[-1] for t in tags if t.startswith("quizgen::yield::")), "")


def _cloze_note(
    note: ClozeNote, model: genanki.Model, now: datetime, orphans: Collection[str]
) -> _Note:
    fields = [
        note.text,
        note.context,
        note.extra,
        _source_html(note),
        "",
        _yield(note.tags),
        " ".join(note.fact_ids),
    ]
    tags = [*note.tags, ORPHAN_TAG] if note.id in orphans else list(note.tags)
    return _Note(
        model=model,
        fields=fields,
        guid=note_guid(note.id),
        tags=tags,
        mod_time=_epoch(note.changed_at, now),
        ords=sorted(d.number - 1 for d in note.deletions),
    )


def _mcq_note(question: MCQuestion, model: genanki.Model, now: datetime) -> _Note:
    options = [html.escape(option) for option in question.options]
    options += [""] * (5 - len(options))
    fields = [
        html.escape(question.stem),
        *options,
        _LETTERS[question.answer_index],
        html.escape(question.answer),
        html.escape(question.explanation),
        html.escape(question.topic),
        _source_html(question),
        "",
        _yield(question.tags),
        question.fact_id,
    ]
    return _Note(
        model=model,
        fields=fields,
        guid=note_guid(question.id),
        tags=list(question.tags),
        mod_time=_epoch(question.changed_at, now),
        ords=None,
    )


def write_apkg(
    notes: Sequence[ClozeNote],
    out: Path,
    *,
    questions: Sequence[MCQuestion] = (),
    deck_name: str = "quizgen",
    description: str = "",
    now: datetime | None = None,
    orphans: Collection[str] = (),
) -> BuildSummary:
    """Write an .apkg with cloze notes and MCQ notes, atomically.

    Args:
        notes: cloze notes (their text is already escaped HTML with cloze markup).
        out: the package to write; replaced only when writing succeeded.
        questions: MCQs (plain text; escaped here).
        deck_name: Anki deck path ("Radiology::Spine::Metastases").
        description: deck description; the licence line is always added.
        now: fallback modification time for items without a change time.
        orphans: ids of cloze notes to tag ``quizgen::orphaned``.

    Raises:
        ExportError: the output cannot be written (no partial file is left).
    """
    now = now or datetime.now(UTC)
    cloze_model, mcq_model = _models()
    provenances = {n.provenance for n in notes} | {q.provenance for q in questions}
    licence = licence_line(next(iter(provenances))) if provenances else ""
    deck = genanki.Deck(
        deck_id_for(deck_name),
        deck_name,
        description=html.escape(description)
        + (f"<br><br>{html.escape(licence)}" if licence else ""),
    )
    notes_by_kind: Counter[str] = Counter()
    cards_by_kind: Counter[str] = Counter()
    for note in notes:
        deck.add_note(_cloze_note(note, cloze_model, now, orphans))
        notes_by_kind[f"cloze {note.kind}"] += 1
        cards_by_kind[f"cloze {note.kind}"] += len(note.deletions)
    for question in questions:
        deck.add_note(_mcq_note(question, mcq_model, now))
        notes_by_kind[f"mcq {question.kind}"] += 1
        cards_by_kind[f"mcq {question.kind}"] += 1
    if out.suffix.lower() != ".apkg":
        raise ExportError("the output file must end in .apkg", path=out)
    with atomic_path(out) as tmp:
        try:
            genanki.Package(deck).write_to_file(str(tmp), timestamp=now.timestamp())
        except OSError as exc:
            raise ExportError(f"cannot write ({exc.strerror or exc})", path=out) from exc
    return BuildSummary(out, dict(notes_by_kind), dict(cards_by_kind))
