"""Quiz progress in SQLite: one FSRS card per item, every review logged, saved per answer.

The file is marked with quizgen's application id; any other file (not SQLite, another
application's database, a damaged file) is refused without being touched. WAL mode and a
busy timeout let two sessions share one file without losing an answer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fsrs import Card, Rating, Scheduler

from quizgen.errors import QuizError
from quizgen.quiz.items import QuizItem

__all__ = ["APPLICATION_ID", "Progress", "default_progress_path"]

APPLICATION_ID = 0x51475A31  # "QGZ1"
SCHEMA_VERSION = 1
_SQLITE_HEADER = b"SQLite format 3\x00"
_SCHEMA = """
create table if not exists cards (
  item_key text primary key, fact_id text not null, deck text not null, topic text not null,
  kind text not null, card text not null, fact_changed_at text not null default '');
create table if not exists reviews (
  id integer primary key, item_key text not null, deck text not null, topic text not null,
  correct integer not null, rating integer not null, answered_at text not null, log text not null);
create table if not exists aliases (
  item_key text not null, alias text not null, primary key (item_key, alias));
"""


def default_progress_path() -> Path:
    """Where progress lives unless --progress says otherwise (the user's data folder)."""
    from platformdirs import user_data_path  # noqa: PLC0415

    return user_data_path("quizgen") / "progress.sqlite3"


def _card_id(item_key: str) -> int:
    """A stable card id from the item key (never from the clock)."""
    return int(hashlib.sha1(item_key.encode()).hexdigest()[:12], 16)


def _check_existing(path: Path) -> None:
    """Refuse a file that is not a quizgen progress file, or a damaged one, before opening
    it for writing (a write into a damaged file can only lose more)."""
    if path.exists() and not path.is_file():
        what = "a folder" if path.is_dir() else "not a regular file"
        raise QuizError(f"is {what}, not a progress file; give a file path", path=path)
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        if handle.read(16) != _SQLITE_HEADER:
            raise QuizError("not a quizgen progress file (not an SQLite database)", path=path)
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            app_id = db.execute("pragma application_id").fetchone()[0]
            if app_id == APPLICATION_ID:
                _check_contents(db)
    except sqlite3.DatabaseError as exc:
        raise QuizError(
            f"the progress file is damaged ({exc}); restore a backup or move it away",
            path=path,
        ) from None
    if app_id != APPLICATION_ID:
        raise QuizError("not a quizgen progress file (another application's database)", path=path)


def _check_contents(db: sqlite3.Connection) -> None:
    """Every page and every saved card readable (a damaged card would stop a session).

    Raises:
        sqlite3.DatabaseError: what is damaged.
    """
    problems = [row[0] for row in db.execute("pragma quick_check")]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError(problems[0])
    tables = {row[0] for row in db.execute("select name from sqlite_master where type='table'")}
    if "cards" not in tables:
        return
    for key, card_json in db.execute("select item_key, card from cards"):
        try:
            Card.from_json(card_json)
        except (ValueError, KeyError, TypeError) as exc:
            raise sqlite3.DatabaseError(f"the saved card of {key!r} is unreadable: {exc}") from None


def _create(path: Path) -> None:
    """Create a new, initialised progress file all at once: made under a temporary name,
    then linked into place, so that a session starting at the same moment sees either no
    file or a complete one (never a bare SQLite file without quizgen's id)."""
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with closing(sqlite3.connect(tmp, isolation_level=None)) as db:
            # WAL is kept in the file: sessions opening it need not switch the mode, which
            # takes a lock that SQLite does not wait for ("database is locked" at once).
            db.execute("pragma journal_mode = wal")
            db.execute(f"pragma application_id = {APPLICATION_ID}")
            db.execute(f"pragma user_version = {SCHEMA_VERSION}")
            db.executescript(_SCHEMA)
        with contextlib.suppress(FileExistsError):  # another session was first: use its file
            os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _corrected_since(item: QuizItem, reviewed_version: str) -> bool:
    """The item's fact changed after the version last reviewed: its schedule starts over
    (what was learnt was the old fact)."""
    return bool(item.changed_at) and item.changed_at > (reviewed_version or "")


@dataclass(frozen=True, slots=True)
class DueItem:
    """An item with its schedule: due time and current retrievability (new: None)."""

    item: QuizItem
    due: datetime | None
    retrievability: float | None


class Progress:
    """Open (or create) a progress file; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        _check_existing(path)
        try:
            _create(path)
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute("pragma busy_timeout = 30000")
            if self.db.execute("pragma journal_mode").fetchone()[0] != "wal":
                self.db.execute("pragma journal_mode = wal")
            if self.db.execute("pragma application_id").fetchone()[0] == 0:
                self.db.execute(f"pragma application_id = {APPLICATION_ID}")
                self.db.execute(f"pragma user_version = {SCHEMA_VERSION}")
            self.db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise QuizError(f"cannot open the progress file ({exc})", path=path) from None
        self.scheduler = Scheduler(enable_fuzzing=False)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_: object) -> None:
        self.db.close()

    def _card(self, item: QuizItem, now: datetime) -> Card:
        """The item's FSRS card; a fact corrected since its last review starts over."""
        row = self.db.execute(
            "select card, fact_changed_at from cards where item_key = ?", (item.key,)
        ).fetchone()
        if row is None or _corrected_since(item, row[1]):
            return Card(card_id=_card_id(item.key), due=now)
        return Card.from_json(row[0])

    def record(self, item: QuizItem, *, correct: bool, deck: str, now: datetime) -> datetime:
        """Schedule the answer (Good when right, Again when wrong) and save it at once.

        Returns:
            When the item is due next.
        """
        rating = Rating.Good if correct else Rating.Again
        try:
            self.db.execute("begin immediate")
            card, log = self.scheduler.review_card(
                self._card(item, now), rating, review_datetime=now
            )
            self.db.execute(
                "insert into cards values (?, ?, ?, ?, ?, ?, ?) on conflict(item_key) do update "
                "set card = excluded.card, fact_changed_at = excluded.fact_changed_at, "
                "deck = excluded.deck, topic = excluded.topic",
                (
                    item.key,
                    item.fact_id,
                    deck,
                    item.topic,
                    item.kind,
                    card.to_json(),
                    item.changed_at,
                ),
            )
            self.db.execute(
                "insert into reviews (item_key, deck, topic, correct, rating, answered_at, log) "
                "values (?, ?, ?, ?, ?, ?, ?)",
                (
                    item.key,
                    deck,
                    item.topic,
                    int(correct),
                    int(rating),
                    now.isoformat(),
                    log.to_json(),
                ),
            )
            self.db.execute("commit")
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("rollback")
            raise QuizError(f"cannot save the answer ({exc})", path=self.path) from None
        return card.due

    def schedule(self, items: Sequence[QuizItem], now: datetime) -> list[DueItem]:
        """Each item's due time and retrievability (None for items never answered)."""
        scheduled: list[DueItem] = []
        for item in items:
            row = self.db.execute(
                "select card, fact_changed_at from cards where item_key = ?", (item.key,)
            ).fetchone()
            if row is None or _corrected_since(item, row[1]):
                scheduled.append(DueItem(item, None, None))
                continue
            card = Card.from_json(row[0])
            retrievability = self.scheduler.get_card_retrievability(card, current_datetime=now)
            scheduled.append(DueItem(item, card.due, retrievability))
        return scheduled

    def aliases(self, item_key: str) -> tuple[str, ...]:
        """Answers the user chose to accept for this item."""
        rows = self.db.execute("select alias from aliases where item_key = ?", (item_key,))
        return tuple(row[0] for row in rows)

    def add_alias(self, item_key: str, alias: str) -> None:
        """Remember an accepted variant."""
        self.db.execute("insert or ignore into aliases values (?, ?)", (item_key, alias))

    def stats(self, now: datetime) -> dict[str, Any]:
        """Reviews, accuracy, due counts and the next due time per deck and per topic."""
        decks: dict[str, dict[str, Any]] = {}
        for deck, topic, count, right in self.db.execute(
            "select deck, topic, count(*), sum(correct) from reviews group by deck, topic "
            "order by deck, topic"
        ):
            entry = decks.setdefault(deck, {"reviews": 0, "correct": 0, "due": 0, "topics": {}})
            entry["reviews"] += count
            entry["correct"] += right
            entry["topics"][topic] = {
                "reviews": count,
                "correct": right,
                "accuracy": round(right / count, 3),
                "due": 0,
            }
        for deck, topic, card_json in self.db.execute("select deck, topic, card from cards"):
            due = datetime.fromisoformat(json.loads(card_json)["due"])
            if deck not in decks:
                continue
            topics = decks[deck]["topics"]
            for entry in (decks[deck], topics.get(topic)):
                if entry is None:
                    continue
                if due <= now:
                    entry["due"] += 1
                elif not entry.get("next_due") or due.isoformat() < entry["next_due"]:
                    entry["next_due"] = due.isoformat()  # the soonest not yet due
        for entry in decks.values():
            entry["accuracy"] = round(entry["correct"] / entry["reviews"], 3)
        total = sum(d["reviews"] for d in decks.values())
        return {"reviews": total, "decks": decks}

    def review_count(self, keys: Iterable[str] | None = None) -> int:
        """How many answers are saved (optionally only for some items)."""
        if keys is None:
            return int(self.db.execute("select count(*) from reviews").fetchone()[0])
        wanted = list(keys)
        marks = ",".join("?" * len(wanted))
        query = f"select count(*) from reviews where item_key in ({marks})"
        return int(self.db.execute(query, wanted).fetchone()[0])
