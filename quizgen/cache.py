"""Content-hash cache: results keyed by input bytes + quizgen version + the code that made them.

The cache lives in the user's cache folder (``cache_root``), one folder per fact store, never
inside the store folder: a store is what people share, and a cache is nobody's to share.
Values are data only (``quizgen.codec``): an entry can never name code to run.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from quizgen import __version__
from quizgen.codec import Codec, DecodeError
from quizgen.errors import StoreError

__all__ = [
    "CACHE_DIR_ENV",
    "CACHE_FILE",
    "ContentCache",
    "cache_root",
    "code_fingerprint",
    "store_cache_dir",
]

T = TypeVar("T")

CACHE_FILE = "cache.sqlite3"
CACHE_DIR_ENV = "QUIZGEN_CACHE_DIR"  # overrides the user cache folder (tests, CI, bench)
_SCHEMA = 2  # bump when the table layout or the value format changes (2: msgpack, no pickle)
_PACKAGE = Path(__file__).resolve().parent


def cache_root() -> Path:
    """Where quizgen keeps caches: ``$QUIZGEN_CACHE_DIR``, else the user cache folder
    (``~/.cache/quizgen`` on Linux, as platformdirs gives it)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_dir  # noqa: PLC0415

    return Path(user_cache_dir("quizgen", appauthor=False))


def store_cache_dir(store_dir: Path) -> Path:
    """The cache folder of one fact store: named after the store folder (to be recognisable)
    and a hash of its resolved path (so two stores never share one)."""
    resolved = store_dir.resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:16]
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", resolved.name)[:40] or "store"
    return cache_root() / "stores" / f"{name}-{digest}"


@cache
def code_fingerprint(*modules: str) -> str:
    """Hash of quizgen's version and the source of ``modules`` (paths inside the package).

    A module is a file ("model.py") or a folder ("extractors", every ``*.py`` below it). Any
    edit to that code, or a new version, gives a new fingerprint, so cached results made by
    other code are never returned.
    """
    digest = hashlib.sha256(f"quizgen {__version__} schema {_SCHEMA}".encode())
    for name in sorted(modules):
        target = _PACKAGE / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(path.read_bytes() if path.is_file() else b"<missing>")
    return digest.hexdigest()


class ContentCache(Generic[T]):
    """A persistent map from content (bytes and strings) to a value of one type.

    Values live as msgpack data (``codec``) in one SQLite file per folder, in a table per
    ``namespace``. A key is the SHA-256 of the fingerprint and the key parts, so a changed
    input or changed code simply misses. A damaged entry or file, or anything that does not
    decode to the codec's type, is treated as a miss, never as an error: the cache only ever
    saves work. Use as a context manager; everything written is committed at once on exit
    (one transaction), so a killed process leaves the cache as the last run left it.

    Example:
        >>> with ContentCache(cache_dir, "extract", fingerprint, Codec(ArticleFacts)) as cached:
        ...     entry = cached.get(path_text, data) or compute()
    """

    def __init__(self, directory: Path, namespace: str, fingerprint: str, codec: Codec[T]) -> None:
        """Open (or create) the cache.

        Args:
            directory: folder for the cache file (created if missing).
            namespace: table name, e.g. "extract"; letters, digits and "_" only.
            fingerprint: what made the values (see ``code_fingerprint``).
            codec: how values are written and read back; what does not decode is a miss.

        Raises:
            StoreError: the folder cannot be created or the namespace is not a plain name.
        """
        if not namespace.replace("_", "").isalnum():
            raise StoreError(f"bad cache namespace {namespace!r}", path=directory)
        self._path = directory / CACHE_FILE
        self._table = f"entries_{namespace}"
        # The value format is part of what made an entry: a changed codec misses too.
        self._fingerprint = (fingerprint + code_fingerprint("codec.py")).encode()
        self._codec = codec
        self._used: set[str] = set()
        self.damaged = 0  # entries found but unreadable since opening
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the cache ({exc})", path=self._path) from exc

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self._path)
            # The journal still makes every commit all or nothing if the process dies (the
            # crash-safety a cache needs); not waiting for the disk at each commit only
            # matters if the machine loses power, and a damaged cache is a miss.
            db.execute("PRAGMA synchronous = OFF")
            db.execute(
                f"create table if not exists {self._table} (key text primary key, "
                "value blob not null)"
            )
        except sqlite3.DatabaseError:
            # Not a database (damaged, or someone else's file): start again.
            self._path.unlink(missing_ok=True)
            db = sqlite3.connect(self._path)
            db.execute(f"create table {self._table} (key text primary key, value blob not null)")
        return db

    def __enter__(self) -> ContentCache[T]:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def key(self, *parts: bytes | str) -> str:
        """The key of some content: SHA-256 over the fingerprint and every part."""
        digest = hashlib.sha256(self._fingerprint)
        for part in parts:
            data = part.encode() if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "little"))  # so ("ab","c") != ("a","bc")
            digest.update(data)
        return digest.hexdigest()

    def get(self, *parts: bytes | str) -> T | None:
        """The cached value for this content, or None."""
        key = self.key(*parts)
        self._used.add(key)
        try:
            row = self._db.execute(
                f"select value from {self._table} where key = ?", (key,)
            ).fetchone()
        except sqlite3.Error:  # an unreadable file is a miss, recomputed
            return None
        return None if row is None else self._decoded(row[0])

    def has(self, *parts: bytes | str) -> bool:
        """Whether there is an entry for this content (not decoded: ``get`` may still find it
        damaged and miss)."""
        try:
            row = self._db.execute(
                f"select 1 from {self._table} where key = ?", (self.key(*parts),)
            ).fetchone()
        except sqlite3.Error:
            return False
        return row is not None

    def _decoded(self, blob: object) -> T | None:
        if not isinstance(blob, bytes):
            self.damaged += 1
            return None
        try:
            return self._codec.decode(blob)
        except DecodeError:  # damaged, foreign or from an older format: a miss
            self.damaged += 1
            return None

    def unused(self) -> Iterator[T | None]:
        """The values of the entries not read or written since opening (None for one that
        does not decode), e.g. to see what a previous run had that this one lacks."""
        query = f"select value from {self._table} where key = ?"
        try:
            keys = [k for (k,) in self._db.execute(f"select key from {self._table}")]
            for key in keys:
                if key not in self._used:
                    row = self._db.execute(query, (key,)).fetchone()
                    if row is not None:
                        yield self._decoded(row[0])
        except sqlite3.Error:
            return

    def put(self, value: T, *parts: bytes | str) -> None:
        """Remember ``value`` for this content."""
        key = self.key(*parts)
        self._used.add(key)
        blob = self._codec.encode(value)
        with contextlib.suppress(sqlite3.Error):  # a cache that cannot be written only costs time
            self._db.execute(
                f"insert or replace into {self._table} (key, value) values (?, ?)", (key, blob)
            )

    def prune(self, keep: Iterable[str] = ()) -> int:
        """Forget every entry not read or written since opening (nor in ``keep``).

        Call after a run that touched every current input, so stale entries do not pile up.

        Returns:
            How many entries were removed.
        """
        wanted = self._used | set(keep)
        try:
            keys = [k for (k,) in self._db.execute(f"select key from {self._table}")]
            stale = [(k,) for k in keys if k not in wanted]
            self._db.executemany(f"delete from {self._table} where key = ?", stale)
        except sqlite3.Error:  # a cache that cannot be cleaned only costs disk space
            return 0
        return len(stale)

    def rollback(self) -> None:
        """Forget every entry put since opening (or since the last commit)."""
        with contextlib.suppress(sqlite3.Error):
            self._db.rollback()

    def close(self) -> None:
        """Commit and close."""
        try:
            with contextlib.suppress(sqlite3.Error):  # unsaved cache entries only cost time
                self._db.commit()
        finally:
            self._db.close()
