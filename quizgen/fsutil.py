"""Atomic file writes: a temp file in the target's directory, then ``os.replace``.

A temporary file is named ``.<target>.<pid>.<random>.tmp``. A process killed before its
``os.replace`` leaves its temporary behind; the next write into that folder removes the
temporaries of processes that no longer run (``remove_stale_temporaries``). Versions before
the pid was in the name left ``.<target>.<random>.tmp``; those are removed when they are ours
beyond doubt: mkstemp's eight characters, a target quizgen writes, owned by this user, a
regular file, untouched for ``LEGACY_TEMPORARY_AGE`` (no writer leaves a file that long).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from quizgen.checkpoints import checkpoint
from quizgen.errors import ExportError

__all__ = [
    "LEGACY_TEMPORARY_AGE",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "remove_stale_temporaries",
    "temporary_name",
]

# ".deck.apkg.1234.k2j3h4.tmp": target name, writer's pid, mkstemp's random part (and the
# journal SQLite keeps beside a database being written there).
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp(-journal)?$")
# ".deck.apkg.k2j3h4l5.tmp": what quizgen wrote before the pid was in the name.
_LEGACY_TEMPORARY = re.compile(r"^\.(?P<target>[^/]{1,255})\.[a-z0-9_]{8}\.tmp$")
# The kinds of file quizgen writes (decks, manifests, stores, sheets, exports, progress).
_OUTPUT_SUFFIXES = frozenset(
    {".apkg", ".json", ".yaml", ".md", ".html", ".pdf", ".txt", ".xml", ".gift", ".csv", ".tsv"}
    | {".sqlite3", ".db"}
)
LEGACY_TEMPORARY_AGE = 3600.0  # seconds: a writer still at work touches its file more often
_cleaned: set[Path] = set()  # folders already cleaned by this process


def temporary_name(target: Path) -> str:
    """The prefix of a temporary for ``target`` made by this process."""
    return f".{target.name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    except OverflowError:
        return False
    return True


def _is_legacy_leftover(entry: os.DirEntry[str], now: float) -> bool:
    """A temporary of an older quizgen, beyond doubt ours and abandoned (module docstring)."""
    match = _LEGACY_TEMPORARY.match(entry.name)
    if match is None or Path(match["target"]).suffix.lower() not in _OUTPUT_SUFFIXES:
        return False
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and now - info.st_mtime > LEGACY_TEMPORARY_AGE
    )


def remove_stale_temporaries(directory: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporaries quizgen's writers left in ``directory`` when they were killed
    (those whose writing process is gone, and an older version's abandoned ones); once per
    folder and process. ``now`` (seconds since the epoch) defaults to the clock.

    Returns:
        The files removed.
    """
    key = directory.resolve() if str(directory) else Path.cwd()
    if key in _cleaned:
        return []
    _cleaned.add(key)
    removed: list[Path] = []
    clock = time.time() if now is None else now
    try:
        entries = [e for e in os.scandir(directory) if e.name.endswith((".tmp", "-journal"))]
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        match = _TEMPORARY.match(name)
        if match is None:
            if not _is_legacy_leftover(entry, clock):
                continue
        elif _alive(int(match["pid"])):
            continue
        path = directory / name
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets what ``open`` would give it."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is left as it was, so a
    failed run never leaves a partial output behind. The new file gets the permissions of
    the file it replaces (or the umask's default for a new file), not mkstemp's 0600.

    Raises:
        ExportError: the directory does not exist or is not writable.
    """
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(directory)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temporary_name(target), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise ExportError(f"cannot write here ({exc.strerror or exc})", path=target) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    checkpoint("temporary-created")
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as exc:
            raise ExportError(f"cannot write ({exc.strerror or exc})", path=target) from exc


def atomic_write_text(target: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    atomic_write_bytes(target, text.encode("utf-8"))
