"""A deck build's rows: cached per article, streamed to the writer with the change times Anki
needs, and the last build's orphaned notes carried over tagged ``quizgen::orphaned``."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from quizgen.attribution import licence_text
from quizgen.exporters.anki import (
    ORPHAN_TAG,
    NoteRow,
    item_rows,
    note_guid,
    row_digest,
)
from quizgen.exporters.manifest import Entry
from quizgen.generators import Generated
from quizgen.generators.incremental import ArticleItems
from quizgen.parallel import fork_imap

__all__ = ["ORPHANED", "DeckStream", "deck_licences", "deck_rows", "orphaned_rows"]

ORPHANED = "orphaned"  # kind and manifest digest of a carried-over orphaned note
_new_tuple = tuple.__new__  # a NamedTuple from its fields, without its Python __new__


def _fingerprint() -> str:
    from quizgen.cache import code_fingerprint  # noqa: PLC0415

    return code_fingerprint("exporters/anki.py", "attribution.py", "model.py")


# Below this many articles to render, forking workers costs more than it saves.
_FORK_THRESHOLD = 40


def deck_rows(
    generated: Generated, cache_dir: Path | None = None, *, workers: int = 1
) -> Iterator[NoteRow]:
    """Every row of a deck of ``generated`` (duplicate questions left out), article by article.

    With ``cache_dir``, an article's rows are kept under its items' content key, so a rebuild
    neither unpacks nor renders the articles that did not change. Rows are yielded as they
    are made, so a writer never needs all of a library's rows at once. With ``workers`` > 1
    the articles not cached are rendered in forked workers while this process writes the
    rows already made (the same rows, in the same order, for any number).
    """
    dropped = generated.dropped
    articles = generated.articles
    if cache_dir is None:
        for rows in _render_all(articles, workers):
            yield from _kept(rows, dropped)
        return
    from quizgen.cache import ContentCache  # noqa: PLC0415
    from quizgen.codec import codec_for  # noqa: PLC0415

    codec = codec_for(tuple[NoteRow, ...])
    with ContentCache(cache_dir, "anki_rows", _fingerprint(), codec) as cache:
        cached = [cache.has(article.key) for article in articles]
        missing = [a for a, hit in zip(articles, cached, strict=True) if not hit]
        rendered = _render_all(missing, workers)
        for article, hit in zip(articles, cached, strict=True):
            found = cache.get(article.key) if hit else None
            rows = found if found is not None else next(rendered) if not hit else _render(article)
            if found is None:  # made now (or listed but damaged: made again here)
                cache.put(rows, article.key)
            yield from _kept(rows, dropped)
        cache.prune()


def _render_all(articles: Sequence[ArticleItems], workers: int) -> Iterator[tuple[NoteRow, ...]]:
    return fork_imap(_render, articles, workers=workers, threshold=_FORK_THRESHOLD)


def _render(article: ArticleItems) -> tuple[NoteRow, ...]:
    items = article.unpack()
    return item_rows(items.notes, items.questions)


def _kept(rows: tuple[NoteRow, ...], dropped: Collection[str]) -> Iterator[NoteRow]:
    return (row for row in rows if row.item_id not in dropped)


def deck_licences(generated: Generated) -> frozenset[str]:
    """The licence lines of the articles a deck is made from (for its description)."""
    return frozenset(licence_text(a.licence) for a in generated.articles if a.licence)


class DeckStream:
    """Rows on their way into the package, checked against the last build's manifest.

    Each note gets the change time Anki's import needs: the one written last time if the
    note shows the same, a later one (the build's time at least) if it shows something
    else, so that a corrected fact, a list that lost a member or a question with other
    distractors updates in the collection. After the rows come the last build's notes
    whose facts are gone, as the previous package holds them, tagged
    ``quizgen::orphaned``: they stay until ``drop_orphans`` after the user deleted them
    (a note tagged in an earlier build is then forgotten; a newly orphaned one is still
    carried, for it has not been tagged yet). When some source could not be read
    (``orphan=False``), notes that are missing are neither tagged nor forgotten.

    After iterating ``rows``: ``manifest`` is what the build wrote, and the counts say what
    became of the gone notes.
    """

    def __init__(
        self,
        previous: Mapping[str, Entry],
        package: Path,
        now: datetime,
        *,
        drop_orphans: bool = False,
        orphan: bool = True,
    ) -> None:
        self.previous = previous
        self.package = package
        self.now = int(now.timestamp())
        self.drop_orphans = drop_orphans
        self.orphan = orphan
        self.manifest: dict[str, Entry] = {}
        self.carried = 0  # orphaned notes written, tagged
        self.dropped = 0  # orphaned notes left out and forgotten (--drop-orphans)
        self.kept_back = 0  # missing notes neither tagged nor forgotten (unread sources)
        self.untagged = 0  # orphaned notes the previous package could not give back
        self.problem = ""  # why the previous package could not be read

    def rows(self, rows: Iterable[NoteRow]) -> Iterator[NoteRow]:
        """``rows`` with their change times, then the orphaned notes."""
        stamped = self._stamped
        for row in rows:
            yield stamped(row, orphaned=False)
        yield from self._orphans()

    def _stamped(self, row: NoteRow, *, orphaned: bool) -> NoteRow:
        item_id, digest, mod = row.item_id, row.digest, row.mod
        last = self.previous.get(item_id)
        stamp = mod or self.now
        if last is not None and last.digest == digest:
            stamp = last.mod or stamp  # shows the same: leave the collection's copy alone
        elif last is not None:
            stamp = max(stamp, last.mod + 1, self.now)  # shows something new: Anki must take it
        self.manifest[item_id] = _new_tuple(Entry, (digest, stamp, orphaned))
        # A library's rows pass here on every build: no new row when the time is the same.
        return row if stamp == mod else row._replace(mod=stamp)

    def _orphans(self) -> Iterator[NoteRow]:
        gone = {i: e for i, e in self.previous.items() if i not in self.manifest}
        if not self.orphan:
            self.manifest.update(gone)
            self.kept_back = len(gone)
            return
        if self.drop_orphans:
            self.dropped = sum(1 for entry in gone.values() if entry.orphaned)
            gone = {i: e for i, e in gone.items() if not e.orphaned}
        found = self._read_back(gone)
        for item_id, entry in gone.items():
            row = found.get(item_id)
            if row is None:  # cannot be tagged; remembered, and forgotten by --drop-orphans
                self.manifest[item_id] = entry._replace(orphaned=True)
                self.untagged += 1
                continue
            self.carried += 1
            yield self._stamped(row, orphaned=True)

    def _read_back(self, gone: Mapping[str, Entry]) -> dict[str, NoteRow]:
        if not gone:
            return {}
        try:
            return orphaned_rows(self.package, gone)
        except Exception as exc:  # any unreadable package: the notes are reported untagged
            self.problem = f"cannot read {self.package} ({exc.__class__.__name__}: {exc})"
            return {}


def orphaned_rows(package: Path, item_ids: Collection[str]) -> dict[str, NoteRow]:
    """The notes of ``item_ids`` as ``package`` (the last build) holds them, tagged
    ``quizgen::orphaned``, by item id (notes the package does not hold are missing).

    Raises:
        OSError, zipfile.BadZipFile, sqlite3.Error, KeyError, …: the package is unreadable.
    """
    wanted = {note_guid(item_id): item_id for item_id in item_ids}
    rows = {}
    for guid, (model_id, mod, stored, fields, ords) in _package_notes(package, wanted).items():
        tags = stored if ORPHAN_TAG in stored else (*stored, ORPHAN_TAG)
        rows[wanted[guid]] = NoteRow(
            item_id=wanted[guid],
            guid=guid,
            model_id=model_id,
            mod=mod,
            tags=tags,
            fields=fields,
            ords=ords,
            kind=ORPHANED,
            digest=row_digest(fields, tags),
        )
    return rows


_StoredNote = tuple[int, int, tuple[str, ...], tuple[str, ...], tuple[int, ...]]


def _package_notes(package: Path, guids: Collection[str]) -> dict[str, _StoredNote]:
    """Model id, change time, tags, fields and card ordinals of the notes with ``guids``."""
    found: dict[str, _StoredNote] = {}
    with zipfile.ZipFile(package) as archive, tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(archive.extract("collection.anki2", tmp))
        try:
            db.execute("create temp table wanted (guid text primary key)")
            db.executemany("insert into wanted values (?)", ((g,) for g in guids))
            notes = db.execute(
                "select id, guid, mid, mod, tags, flds from notes "
                "where guid in (select guid from wanted)"
            ).fetchall()
            for note_id, guid, model_id, mod, tags, fields in notes:
                ords = db.execute(
                    "select ord from cards where nid = ? order by ord", (note_id,)
                ).fetchall()
                found[str(guid)] = (
                    int(model_id),
                    int(mod),
                    tuple(str(tags).split()),
                    tuple(str(fields).split("\x1f")),
                    tuple(int(o) for (o,) in ords),
                )
        finally:
            db.close()
    return found
