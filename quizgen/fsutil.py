"""Atomic file writes: a temp file in the target's directory, then ``os.replace``.

A temporary file is named ``.<target>.<pid>.<random>.tmp``. A process killed before its
``os.replace`` leaves its temporary behind; the next write into that folder removes the
temporaries of processes that no longer run (``remove_stale_temporaries``).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from quizgen.checkpoints import checkpoint
from quizgen.errors import ExportError

__all__ = [
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "remove_stale_temporaries",
    "temporary_name",
]

# ".deck.apkg.1234.k2j3h4.tmp": target name, writer's pid, mkstemp's random part (and the
# journal SQLite keeps beside a database being written there).
_TEMPORARY = re.compile(r"^\..+\.(?P<pid>\d+)\.[A-Za-z0-9_]+\.tmp(-journal)?$")
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


def remove_stale_temporaries(directory: Path) -> list[Path]:
    """Remove the temporaries quizgen's writers left in ``directory`` when they were killed
    (those whose writing process is gone); once per folder and process.

    Returns:
        The files removed.
    """
    key = directory.resolve() if str(directory) else Path.cwd()
    if key in _cleaned:
        return []
    _cleaned.add(key)
    removed: list[Path] = []
    try:
        names = [e.name for e in os.scandir(directory) if e.name.endswith((".tmp", "-journal"))]
    except OSError:
        return removed
    for name in names:
        match = _TEMPORARY.match(name)
        if match is None or _alive(int(match["pid"])):
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
