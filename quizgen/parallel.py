"""Work split over processes: ``fork_map`` gives exactly the list a plain loop would.

Generation and the store's YAML writing spend nearly all their time in one pure function per
article, after indexes built once over the whole selection (distractor pools, the library).
Forked workers inherit those indexes and the inputs as they are in memory, so nothing is
pickled on the way in and nothing is built twice; only each result is sent back. Results come
back in input order, and a forked process has the parent's string hash seed, so every set it
iterates is in the parent's order: the output is the serial output, byte for byte.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["can_fork", "fork_imap", "fork_map", "watch_parent"]

T = TypeVar("T")
R = TypeVar("R")

_WATCH_SECONDS = 0.5  # how often a worker checks that its parent still runs
_CHUNKS_PER_WORKER = 8  # articles differ in size: smaller chunks keep both workers busy

# The job the forked workers run: set in the parent just before the fork, read by the
# children from their copy of this module, cleared afterwards.
_JOB: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this process when its parent dies: unlike the watching
    thread, this also ends a worker that is shutting down (its threads gone) or blocked in C
    code that holds the interpreter lock."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no C library to ask: the watching thread remains
        return


def watch_parent(parent: int) -> None:
    """Make this (worker) process exit when ``parent`` is gone, e.g. killed with SIGKILL,
    which gives the pool no chance to stop its workers: the kernel kills it where it can
    (Linux), and a daemon thread checks the parent process id and ends the process when it
    changes (the worker was handed to another parent). Runs as the pool's initializer, in
    each worker."""
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the kernel was asked
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="quizgen-parent-watch", daemon=True).start()


def _forked_worker(parent: int) -> None:
    """Initializer of a forked worker: what it inherited is never collected here (a
    collection would touch, and so copy, every page it shares with the parent), and it ends
    when the parent does."""
    gc.freeze()
    watch_parent(parent)


def can_fork() -> bool:
    """Whether workers can be forked safely: Linux only (macOS frameworks break after a
    fork, Windows has none)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _run_chunk(bounds: tuple[int, int]) -> list[Any]:
    """In a worker: the job's function over items ``start:stop``."""
    assert _JOB is not None, "fork_map's job is set before the workers start"
    func, items = _JOB
    start, stop = bounds
    return [func(items[index]) for index in range(start, stop)]


def _chunks(count: int, workers: int) -> list[tuple[int, int]]:
    size = max(1, -(-count // (workers * _CHUNKS_PER_WORKER)))
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def fork_map(
    func: Callable[[T], R], items: Sequence[T], *, workers: int, threshold: int
) -> list[R]:
    """``[func(item) for item in items]``, in ``workers`` forked processes when there are at
    least ``threshold`` items (and forking is safe here), else in this process.

    ``func`` must depend only on its item and on what the process held before the call (it
    runs in copies of this process), and its results must pickle. A worker that dies (killed,
    out of memory) leaves the rest to this process; an exception ``func`` raises is raised here.
    """
    return list(fork_imap(func, items, workers=workers, threshold=threshold))


_AHEAD_PER_WORKER = 3  # chunks computed ahead of the consumer: bounds what waits in memory


def fork_imap(
    func: Callable[[T], R], items: Sequence[T], *, workers: int, threshold: int
) -> Generator[R, None, None]:
    """``fork_map`` as an iterator: results come in input order while the workers go on
    with the next chunks, so this process can use each result (write it out) while the
    rest is being made. At most a few chunks per worker are made ahead of the consumer.

    The workers are forked on the first ``next``; closing the iterator early stops them.
    """
    global _JOB  # noqa: PLW0603 (the children read it from their copy of the module)
    done = 0
    if workers > 1 and len(items) >= threshold and can_fork() and _JOB is None:
        _JOB = (func, items)
        try:
            with ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_forked_worker,
                initargs=(os.getpid(),),
            ) as pool:
                chunks = iter(_chunks(len(items), workers))
                pending: deque[Future[list[Any]]] = deque()
                for bounds in chunks:
                    pending.append(pool.submit(_run_chunk, bounds))  # the first forks them all
                    _JOB = None  # the workers hold their copies: another job may start here
                    if len(pending) >= workers * _AHEAD_PER_WORKER:
                        break
                while pending:
                    part = pending.popleft().result()
                    if (following := next(chunks, None)) is not None:
                        pending.append(pool.submit(_run_chunk, following))
                    done += len(part)
                    yield from part
            return
        except BrokenProcessPool:
            pass  # a worker died: finish here, from the first item not yet given
        finally:
            _JOB = None
    for item in items[done:]:
        yield func(item)
