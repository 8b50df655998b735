"""A deck build's rows: cached per article, streamed to the writer, and the last build's
orphaned notes carried over tagged ``quizgen::orphaned``."""

from __future__ import annotations

import sqlite3
import tempfile
import zipfile
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from quizgen.attribution import licence_text
from quizgen.exporters.anki import ORPHAN_TAG, ArticleRows, NoteRow, item_rows, note_guid
from quizgen.generators import Generated
from quizgen.generators.incremental import ArticleItems

__all__ = ["ORPHANED", "deck_licences", "deck_rows", "orphaned_rows", "with_orphans"]

ORPHANED = "orphaned"  # kind and manifest digest of a carried-over orphaned note


def _fingerprint() -> str:
    from quizgen.cache import code_fingerprint  # noqa: PLC0415

    return code_fingerprint("exporters/anki.py", "attribution.py", "model.py")


def deck_rows(generated: Generated, cache_dir: Path | None = None) -> Iterator[NoteRow]:
    """Every row of a deck of ``generated`` (duplicate questions left out), article by article.

    With ``cache_dir``, an article's rows are kept under its items' content key, so a rebuild
    neither unpacks nor renders the articles that did not change. Rows are yielded as they
    are made, so a writer never needs all of a library's rows at once.
    """
    dropped = generated.dropped
    if cache_dir is None:
        for article in generated.articles:
            yield from _kept(_render(article), dropped)
        return
    from quizgen.cache import ContentCache  # noqa: PLC0415

    with ContentCache(cache_dir, "anki_rows", _fingerprint(), ArticleRows) as cache:
        for article in generated.articles:
            rows = cache.get(article.key)
            if rows is None:
                rows = _render(article)
                cache.put(rows, article.key)
            yield from _kept(rows, dropped)
        cache.prune()


def _render(article: ArticleItems) -> ArticleRows:
    items = article.unpack()
    return item_rows(items.notes, items.questions)


def _kept(rows: ArticleRows, dropped: Collection[str]) -> Iterator[NoteRow]:
    return (row for row in rows.rows if row.item_id not in dropped)


def deck_licences(generated: Generated) -> frozenset[str]:
    """The licence lines of the articles a deck is made from (for its description)."""
    return frozenset(licence_text(a.licence) for a in generated.articles if a.licence)


def with_orphans(
    rows: Iterable[NoteRow], previous: Collection[str], package: Path, now: datetime
) -> Iterator[NoteRow]:
    """``rows``, then the notes of the last build's items (``previous``) that are not among
    them, as ``package`` holds them, tagged ``quizgen::orphaned`` (``orphaned_rows``)."""
    current: set[str] = set()
    for row in rows:
        current.add(row.item_id)
        yield row
    yield from orphaned_rows(package, set(previous) - current, now)


def orphaned_rows(package: Path, item_ids: Collection[str], now: datetime) -> list[NoteRow]:
    """The notes of ``item_ids`` as ``package`` (the last build) holds them, tagged
    ``quizgen::orphaned``, so the user can find and delete them in Anki.

    A newly tagged note gets a later change time than it had, so that Anki's import takes the
    tag; one that already has the tag keeps its time, so Anki does not count it as updated
    again. Notes the package does not hold (or an unreadable package) are skipped.
    """
    if not item_ids:
        return []
    wanted = {note_guid(item_id): item_id for item_id in item_ids}
    try:
        stored = _package_notes(package, wanted)
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return []
    rows = []
    for guid, (model_id, mod, tags, fields, ords) in sorted(stored.items()):
        tagged = ORPHAN_TAG in tags
        rows.append(
            NoteRow(
                item_id=wanted[guid],
                guid=guid,
                model_id=model_id,
                mod=mod if tagged else max(int(now.timestamp()), mod + 1),
                tags=tags if tagged else (*tags, ORPHAN_TAG),
                fields=fields,
                ords=ords,
                kind=ORPHANED,
                digest=ORPHANED,
            )
        )
    return rows


_StoredNote = tuple[int, int, tuple[str, ...], tuple[str, ...], tuple[int, ...]]


def _package_notes(package: Path, guids: Collection[str]) -> dict[str, _StoredNote]:
    """Model id, change time, tags, fields and card ordinals of the notes with ``guids``."""
    found: dict[str, _StoredNote] = {}
    with zipfile.ZipFile(package) as archive, tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(archive.extract("collection.anki2", tmp))
        try:
            ordinals: dict[int, list[int]] = {}
            for note_id, ordinal in db.execute("select nid, ord from cards order by ord"):
                ordinals.setdefault(note_id, []).append(ordinal)
            for note_id, guid, model_id, mod, tags, fields in db.execute(
                "select id, guid, mid, mod, tags, flds from notes"
            ):
                if guid in guids:
                    found[guid] = (
                        model_id,
                        mod,
                        tuple(tags.split()),
                        tuple(fields.split("\x1f")),
                        tuple(ordinals.get(note_id, ())),
                    )
        finally:
            db.close()
    return found
