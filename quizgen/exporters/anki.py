"""Anki packages with genanki: quizgen's frozen note types, stable GUIDs, change-time mtimes.

Never change a model id, a model's field names or their order: Anki treats that as a new
note type and the user's next import would duplicate every note ("note type has changed").
See docs/note-types.md for how to migrate deliberately.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import sqlite3
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import genanki

from quizgen.attribution import licence_line, source_html
from quizgen.errors import ExportError
from quizgen.fsutil import atomic_path, temporary_name
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
    "NoteRow",
    "cloze_row",
    "deck_id_for",
    "item_rows",
    "mcq_row",
    "note_guid",
    "row_digest",
    "write_apkg",
    "write_rows",
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


class NoteRow(NamedTuple):
    """One note as it goes into the collection: everything but the ids Anki assigns.

    Rows are plain strings and numbers, so they are cheap to cache and to keep in memory for
    a whole library; ``digest`` names what the note shows (for `quizgen diff`).
    """

    item_id: str
    guid: str
    model_id: int
    mod: int  # seconds since the epoch; 0: the build's time
    tags: tuple[str, ...]
    fields: tuple[str, ...]
    ords: tuple[int, ...]  # card ordinals (cloze numbers - 1)
    kind: str  # "cloze frequency", "mcq differential", ...
    digest: str  # of fields and tags: what the note shows (``row_digest``)


# The columns after (id, nid, did, ord, mod) of a new card, as genanki.Card writes them: usn,
# type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data.
_NEW_CARD = (-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "")


class _RowBatch:
    """A deck's finished rows, in the shape genanki's deck writer expects of a note.

    genanki writes a note at a time, re-deriving and validating its fields, tags and cards;
    rows are already checked, so they go in with one ``executemany`` per table, into the
    same columns genanki's ``Note`` and ``Card`` fill. The package, schema, collection, deck
    and note types are still genanki's. Rows are consumed as they come (a library's rows
    never have to be in memory at once); what the package holds is counted on the way.
    """

    def __init__(self, rows: Iterable[NoteRow], model: genanki.Model, fallback_mod: int) -> None:
        self.model = model  # genanki registers the batch's note type from this
        self.rows = rows
        self.fallback_mod = fallback_mod
        self.notes_by_kind: Counter[str] = Counter()
        self.cards_by_kind: Counter[str] = Counter()

    def write_to_db(self, cursor: Any, timestamp: float, deck_id: int, id_gen: Any) -> None:
        del timestamp  # each note keeps its own change time, so Anki updates only changed notes
        cards: list[tuple[int, int, tuple[int, ...]]] = []  # note id, mod, ordinals
        used: set[int] = set()

        def notes() -> Iterator[tuple[object, ...]]:
            for row in self.rows:
                note_id = next(id_gen)
                mod = row.mod or self.fallback_mod
                cards.append((note_id, mod, row.ords))
                self.notes_by_kind[row.kind] += 1
                self.cards_by_kind[row.kind] += len(row.ords)
                used.add(row.model_id)
                tags = f" {' '.join(row.tags)} "
                fields = "\x1f".join(row.fields)
                yield (
                    note_id,
                    row.guid,
                    row.model_id,
                    mod,
                    -1,
                    tags,
                    fields,
                    row.fields[0],
                    0,
                    0,
                    "",
                )

        indexes = _drop_row_indexes(cursor)
        cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?);", notes())
        cursor.executemany(
            "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);",
            (
                (next(id_gen), note_id, deck_id, ordinal, mod, *_NEW_CARD)
                for note_id, mod, ordinals in cards
                for ordinal in ordinals
            ),
        )
        for statement in indexes:  # built once over the rows, not updated row by row
            cursor.execute(statement)
        _keep_note_types(cursor, used)


def _drop_row_indexes(cursor: Any) -> list[str]:
    """Drop the indexes of the notes and cards tables (genanki's schema made them) and
    return the statements that make them again, in their order."""
    found = cursor.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('notes', 'cards') ORDER BY rowid"
    ).fetchall()
    for name, _ in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def _keep_note_types(cursor: Any, used: Collection[int]) -> None:
    """Leave out of the collection the note types no row used (genanki registered them all
    before the rows streamed in): a cloze-only deck adds no MCQ note type to Anki."""
    (models_json,) = cursor.execute("SELECT models FROM col").fetchone()
    models = json.loads(models_json)
    kept = {mid: model for mid, model in models.items() if int(mid) in used}
    if kept and len(kept) < len(models):
        cursor.execute("UPDATE col SET models = ?", (json.dumps(kept),))


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
    """Anki GUID from the item's id (from its fact id), never from its text.

    ``genanki.guid_for(GUID_NAMESPACE, item_id)``, computed the same way (the first 8 bytes
    of a SHA-256, in Anki's base 91) with whole-number arithmetic instead of byte by byte.
    """
    digest = hashlib.sha256(f"{GUID_NAMESPACE}__{item_id}".encode()).digest()
    value = int.from_bytes(digest[:8], "big")
    digits: list[str] = []
    while value > 0:
        value, digit = divmod(value, 91)
        digits.append(_BASE91[digit])
    return "".join(reversed(digits))


_BASE91 = "".join(genanki.util.BASE91_TABLE)  # the digits of Anki's GUIDs


@lru_cache(maxsize=4096)  # a build stamps many facts with one time
def _epoch(changed_at: str) -> int:
    """The item's change time in seconds, or 0 (the build's time) when it has none."""
    try:
        moment = datetime.fromisoformat(changed_at.replace("Z", "+00:00"))
    except ValueError:
        return 0
    return int(moment.timestamp())


def _source_html(item: ClozeNote | MCQuestion) -> str:
    return source_html(item.source, item.provenance)


def _yield(tags: Sequence[str]) -> str:
    return next((t.rsplit("::", 1)[-1] for t in tags if t.startswith("quizgen::yield::")), "")


def _checked(fields: Sequence[str]) -> tuple[str, ...]:
    """The fields, with genanki's warning if one holds a broken or unescaped HTML tag (every
    article text is escaped, so that would be a quizgen bug; tests turn it into an error)."""
    for value in fields:
        if "<" in value and (bad := _invalid_tags(value)):
            warnings.warn(f"field holds invalid HTML tags: {' '.join(bad)}", stacklevel=3)
    return tuple(fields)


@lru_cache(maxsize=4096)  # an article's source line is in every one of its notes
def _invalid_tags(value: str) -> tuple[str, ...]:
    return tuple(genanki.Note._find_invalid_html_tags_in_field(value))


def _tags(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(tag.replace(" ", "_") for tag in tags)  # Anki separates tags by spaces


def row_digest(fields: Sequence[str], tags: Sequence[str]) -> str:
    """What a note shows, as a short hash of its fields and tags."""
    return hashlib.sha1("\x1f".join((*fields, "\x1e", *tags)).encode()).hexdigest()[:16]


def cloze_row(note: ClozeNote) -> NoteRow:
    """The collection row of a cloze note."""
    fields = _checked(
        (
            note.text,
            note.context,
            note.extra,
            _source_html(note),
            "",
            _yield(note.tags),
            " ".join(note.fact_ids),
        )
    )
    tags = _tags(note.tags)
    return NoteRow(
        item_id=note.id,
        guid=note_guid(note.id),
        model_id=CLOZE_MODEL_ID,
        mod=_epoch(note.changed_at),
        tags=tags,
        fields=fields,
        ords=tuple(sorted(d.number - 1 for d in note.deletions)),
        kind=f"cloze {note.kind}",
        digest=row_digest(fields, tags),
    )


def mcq_row(question: MCQuestion) -> NoteRow:
    """The collection row of a question."""
    options = [html.escape(option) for option in question.options]
    options += [""] * (5 - len(options))
    fields = _checked(
        (
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
        )
    )
    tags = _tags(question.tags)
    return NoteRow(
        item_id=question.id,
        guid=note_guid(question.id),
        model_id=MCQ_MODEL_ID,
        mod=_epoch(question.changed_at),
        tags=tags,
        fields=fields,
        ords=(0,),
        kind=f"mcq {question.kind}",
        digest=row_digest(fields, tags),
    )


def item_rows(notes: Sequence[ClozeNote], questions: Sequence[MCQuestion]) -> tuple[NoteRow, ...]:
    """The rows of some notes and questions."""
    return (*(cloze_row(n) for n in notes), *(mcq_row(q) for q in questions))


def write_apkg(
    notes: Sequence[ClozeNote],
    out: Path,
    *,
    questions: Sequence[MCQuestion] = (),
    deck_name: str = "quizgen",
    description: str = "",
    now: datetime | None = None,
) -> BuildSummary:
    """Write an .apkg with cloze notes and MCQ notes, atomically.

    Args:
        notes: cloze notes (their text is already escaped HTML with cloze markup).
        out: the package to write; replaced only when writing succeeded.
        questions: MCQs (plain text; escaped here).
        deck_name: Anki deck path ("Radiology::Spine::Metastases").
        description: deck description; the licence line is always added.
        now: modification time for items without a change time.

    Raises:
        ExportError: the output cannot be written (no partial file is left).
    """
    licences = {licence_line(n.provenance) for n in notes}
    licences |= {licence_line(q.provenance) for q in questions}
    return write_rows(
        item_rows(notes, questions),
        out,
        deck_name=deck_name,
        description=description,
        licences=licences,
        now=now,
    )


def write_rows(
    rows: Iterable[NoteRow],
    out: Path,
    *,
    deck_name: str = "quizgen",
    description: str = "",
    licences: Collection[str] = (),
    now: datetime | None = None,
) -> BuildSummary:
    """Write an .apkg of finished rows, atomically, consuming them as they come.

    Args:
        rows: the notes (see ``cloze_row``, ``mcq_row``).
        out: the package to write; replaced only when writing succeeded.
        deck_name: Anki deck path ("Radiology::Spine::Metastases").
        description: deck description.
        licences: licence lines of the content, added to the description.
        now: modification time for rows without one.

    Raises:
        ExportError: the output cannot be written (no partial file is left).
    """
    if out.suffix.lower() != ".apkg":
        raise ExportError("the output file must end in .apkg", path=out)
    now = now or datetime.now(UTC)
    cloze_model, mcq_model = _models()
    licence_html = "<br>".join(html.escape(line) for line in sorted(licences))
    deck = genanki.Deck(
        deck_id_for(deck_name),
        deck_name,
        description=html.escape(description) + (f"<br><br>{licence_html}" if licence_html else ""),
    )
    deck.add_model(mcq_model)
    batch = _RowBatch(rows, cloze_model, int(now.timestamp()))
    deck.add_note(batch)
    with atomic_path(out) as tmp:
        try:
            _write_package(genanki.Package(deck), tmp, out=out, timestamp=now.timestamp())
        except (OSError, sqlite3.Error) as exc:
            raise ExportError(f"cannot write ({exc})", path=out) from exc
    return BuildSummary(out, dict(batch.notes_by_kind), dict(batch.cards_by_kind))


def _write_package(package: genanki.Package, tmp: Path, *, out: Path, timestamp: float) -> None:
    """What ``genanki.Package.write_to_file`` does, but its collection-sized SQLite file is
    made beside the output and always removed (genanki leaves its own in the temporary
    folder, one per build, and a killed build's here is a stale temporary that the next
    write removes: see ``quizgen.fsutil``). Decks carry no media files."""
    fd, name = tempfile.mkstemp(prefix=temporary_name(out), suffix=".tmp", dir=tmp.parent)
    os.close(fd)
    collection = Path(name)
    try:
        db = sqlite3.connect(collection)
        try:
            # A scratch file, removed on failure: no journal to roll back to, and no wait
            # for the disk after each of genanki's schema statements. The bytes are the same.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            package.write_to_db(db.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            db.commit()
        finally:
            db.close()
        with zipfile.ZipFile(tmp, "w") as archive:
            archive.write(collection, "collection.anki2")
            archive.writestr("media", json.dumps({}))
    finally:
        collection.unlink(missing_ok=True)
