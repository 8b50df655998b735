"""Work split over forked processes gives exactly what one process gives: fork_map itself,
generation (items, findings, duplicates) and the store's YAML files."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen import generators, parallel, store
from quizgen.exporters import deck
from quizgen.generators import Generated, generate
from quizgen.model import ArticleFacts
from quizgen.selection import resolve_selection

DEV_CORPUS = Path(__file__).resolve().parent.parent / "bench" / "dev-corpus"

needs_fork = pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked on Linux only")


def _pid_and_square(value: int) -> tuple[int, int]:
    return os.getpid(), value * value


@needs_fork
@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(), max_size=60), st.integers(min_value=1, max_value=3))
def test_fork_map_equals_the_plain_loop(values: list[int], workers: int) -> None:
    made = parallel.fork_map(_pid_and_square, values, workers=workers, threshold=2)
    assert [square for _, square in made] == [value * value for value in values]
    if workers > 1 and len(values) >= 2:  # the work was done in other processes
        assert os.getpid() not in {pid for pid, _ in made}


@needs_fork
@settings(max_examples=15, deadline=None)
@given(st.lists(st.integers(), max_size=80), st.integers(min_value=1, max_value=3))
def test_fork_imap_equals_the_plain_loop(values: list[int], workers: int) -> None:
    made = list(parallel.fork_imap(_pid_and_square, values, workers=workers, threshold=2))
    assert [square for _, square in made] == [value * value for value in values]
    if workers > 1 and len(values) >= 2:
        assert os.getpid() not in {pid for pid, _ in made}


@needs_fork
def test_fork_imap_can_be_left_early_and_another_job_started() -> None:
    values = list(range(200))
    first = parallel.fork_imap(_pid_and_square, values, workers=2, threshold=1)
    assert next(first)[1] == 0
    # A second job while the first one's workers are still out (deck rows while writing).
    assert [v for _, v in parallel.fork_map(_pid_and_square, values, workers=2, threshold=1)] == [
        v * v for v in values
    ]
    assert [v for _, v in first] == [v * v for v in values[1:]]
    first.close()


def _fail_on_three(value: int) -> int:
    if value == 3:
        raise ValueError("three")
    return value


@needs_fork
def test_fork_map_raises_what_a_worker_raised() -> None:
    with pytest.raises(ValueError, match="three"):
        parallel.fork_map(_fail_on_three, list(range(10)), workers=2, threshold=1)
    assert parallel.fork_map(_fail_on_three, [1, 2], workers=2, threshold=1) == [1, 2]


@pytest.fixture(scope="module")
def dev_entries(tmp_path_factory: pytest.TempPathFactory) -> list[ArticleFacts]:
    """The dev corpus's articles (real prose, 32 articles), extracted in this process."""
    folder = tmp_path_factory.mktemp("dev-store")
    now = datetime(2026, 1, 2, 3, 4)
    selection = resolve_selection([str(DEV_CORPUS)], store_dir=folder, now=now, workers=1)
    assert len(selection.entries) > 20
    return selection.entries


def _everything(generated: Generated) -> tuple[object, ...]:
    return (
        generated.articles,  # packed items, keys, arcs, subjects, contributions
        generated.duplicates,
        generated.notes,
        generated.questions,
        generated.findings,
    )


@needs_fork
@pytest.mark.parametrize("cached", [False, True])
def test_generation_in_workers_equals_one_process(
    dev_entries: list[ArticleFacts],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cached: bool,
) -> None:
    monkeypatch.setattr(generators, "_FORK_THRESHOLD", 2)  # split even this small corpus
    runs = []
    for workers in (1, 2):
        cache = tmp_path / f"cache-{workers}" if cached else None
        runs.append(generate(dev_entries, rng=random.Random(7), cache_dir=cache, workers=workers))
    serial, split = runs
    assert serial.item_count > 200
    assert _everything(split) == _everything(serial)


@needs_fork
def test_store_written_in_workers_equals_one_process(
    dev_entries: list[ArticleFacts], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "_FORK_THRESHOLD", 2)
    entries = {entry.slug: entry for entry in dev_entries}
    texts = []
    for workers in (1, 2):
        folder = tmp_path / f"store-{workers}"
        written = store.save_store(entries, folder, workers=workers)
        assert len(written) == len(entries)
        texts.append({path.name: path.read_bytes() for path in sorted(folder.iterdir())})
    assert texts[1] == texts[0]


@needs_fork
@pytest.mark.parametrize("cached", [False, True])
def test_deck_rows_rendered_in_workers_equal_one_process(
    dev_entries: list[ArticleFacts],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cached: bool,
) -> None:
    monkeypatch.setattr(deck, "_FORK_THRESHOLD", 2)
    monkeypatch.setattr(parallel, "_CHUNKS_PER_WORKER", 4)  # more chunks than run ahead
    generated = generate(dev_entries, rng=random.Random(7))
    runs = []
    for workers in (1, 2):
        cache = tmp_path / f"rows-{workers}" if cached else None
        runs.append(list(deck.deck_rows(generated, cache, workers=workers)))
        if cached:  # read back from the cache, as a rebuild does
            assert list(deck.deck_rows(generated, cache, workers=workers)) == runs[-1]
    serial, split = runs
    assert len(serial) == generated.item_count
    assert split == serial


_HOLDS_THE_LOCK = """
import multiprocessing, os, sys, time
from quizgen.parallel import watch_parent

def busy(parent):
    watch_parent(parent)
    print(os.getpid(), flush=True)
    sum(range(10**13))  # C code that never lets the watching thread run

if __name__ == "__main__":
    child = multiprocessing.get_context("spawn").Process(target=busy, args=(os.getpid(),))
    child.start()
    child.join()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal")
def test_a_worker_busy_in_c_code_dies_with_its_parent(tmp_path: Path) -> None:
    script = tmp_path / "parent.py"
    script.write_text(_HOLDS_THE_LOCK, encoding="utf-8")
    parent = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    worker = 0
    try:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        time.sleep(1.0)  # well inside its sum
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 10
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(worker)
    finally:
        if worker and _alive(worker):
            os.kill(worker, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if parent.stdout is not None:
            parent.stdout.close()


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a reaper."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
