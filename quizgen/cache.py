"""Content-hash cache: results keyed by input bytes + quizgen version + the code that made them."""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sqlite3
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from quizgen import __version__
from quizgen.errors import StoreError

__all__ = ["CACHE_FILE", "ContentCache", "code_fingerprint"]

T = TypeVar("T")

CACHE_FILE = "cache.sqlite3"
_SCHEMA = 1  # bump when the table layout changes
_PACKAGE = Path(__file__).resolve().parent


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

    Values live pickled in one SQLite file per folder, in a table per ``namespace``. A key
    is the SHA-256 of the fingerprint and the key parts, so a changed input or changed code
    simply misses. A damaged entry or file is treated as a miss, never as an error: the
    cache only ever saves work. Use as a context manager; writes are committed on exit.

    Example:
        >>> with ContentCache(cache_dir, "extract", fingerprint, ArticleFacts) as cached:
        ...     entry = cached.get(path_text, data) or compute()
    """

    def __init__(self, directory: Path, namespace: str, fingerprint: str, kind: type[T]) -> None:
        """Open (or create) the cache.

        Args:
            directory: folder for the cache file (created if missing).
            namespace: table name, e.g. "extract"; letters, digits and "_" only.
            fingerprint: what made the values (see ``code_fingerprint``).
            kind: the values' type; anything else read back counts as a miss.

        Raises:
            StoreError: the folder cannot be created or the namespace is not a plain name.
        """
        if not namespace.replace("_", "").isalnum():
            raise StoreError(f"bad cache namespace {namespace!r}", path=directory)
        self._path = directory / CACHE_FILE
        self._table = f"entries_{namespace}"
        self._fingerprint = fingerprint.encode()
        self._kind = kind
        self._used: set[str] = set()
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the cache ({exc})", path=self._path) from exc

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self._path)
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
            value = None if row is None else pickle.loads(row[0])
        except Exception:  # any unreadable entry or file is a miss, recomputed
            return None
        return value if isinstance(value, self._kind) else None

    def put(self, value: T, *parts: bytes | str) -> None:
        """Remember ``value`` for this content."""
        key = self.key(*parts)
        self._used.add(key)
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
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

    def close(self) -> None:
        """Commit and close."""
        try:
            with contextlib.suppress(sqlite3.Error):  # unsaved cache entries only cost time
                self._db.commit()
        finally:
            self._db.close()
