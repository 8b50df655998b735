"""Benchmark harness: time quizgen's pipeline stage by stage on a synthetic corpus.

Usage: ``python bench/run.py --articles N [--json] [--workers W] [--keep DIR]``.
Prints a table (and with ``--json`` one JSON object as the last line): articles per second for
reading + extraction, seconds per stage and end to end, peak memory, deck writing against bare
genanki, the incremental rebuild after changing one value in one article, and ``quizgen --help``
start-up time. The staged run calls the library functions ``quizgen build`` calls, in that
order, in a child process of its own (so its peak memory is its own); the clean and
incremental ``quizgen build`` runs are real CLI subprocesses, measured the same way.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import corpus  # bench/corpus.py, beside this file

__all__ = ["Report", "main", "run_benchmark"]

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # fixed clock: repeatable decks
SEED = 1234
REPEAT = 3  # deck writing and bare genanki: best of this many runs
QUIZGEN = [sys.executable, "-m", "quizgen"]


@dataclass(slots=True)
class Report:
    """Everything one benchmark run measured; ``to_json`` is the machine-readable line."""

    articles: int
    workers: int
    corpus_mb: float = 0.0
    facts: int = 0
    notes: int = 0
    questions: int = 0
    stages: dict[str, float] = field(default_factory=dict)  # seconds, in pipeline order
    read_extract_wall: float = 0.0
    genanki_seconds: float = 0.0  # best of REPEAT
    deck_seconds: float = 0.0  # quizgen's deck writing, best of REPEAT
    cli_build_seconds: float | None = None
    incremental_seconds: float | None = None
    incremental_same_deck: bool | None = None
    help_seconds: float | None = None
    memory: dict[str, float] = field(default_factory=dict)  # peak RSS in MB, by run
    # Peak proportional set size in MB, by run: forked workers share their parent's pages,
    # which the summed RSS counts once per process and PSS divides among them.
    memory_pss: dict[str, float] = field(default_factory=dict)

    @property
    def seconds_total(self) -> float:
        """End to end in-process: read+extract (wall) + store + generate + write .apkg."""
        rest = sum(v for k, v in self.stages.items() if k not in ("read", "extract"))
        return self.read_extract_wall + rest

    def to_json(self) -> dict[str, object]:
        """The JSON object printed last with ``--json``."""
        apkg = self.deck_seconds
        return {
            "articles": self.articles,
            "workers": self.workers,
            "facts": self.facts,
            "notes": self.notes,
            "questions": self.questions,
            "corpus_mb": round(self.corpus_mb, 2),
            "seconds_total": round(self.seconds_total, 3),
            "articles_per_second": round(self.articles / self.read_extract_wall, 1)
            if self.read_extract_wall
            else None,
            "stages": {k: round(v, 3) for k, v in self.stages.items()},
            "read_extract_wall": round(self.read_extract_wall, 3),
            "genanki_seconds": round(self.genanki_seconds, 3),
            "deck_seconds": round(self.deck_seconds, 3),
            "deck_vs_genanki": round(apkg / self.genanki_seconds, 2)
            if apkg and self.genanki_seconds
            else None,
            "cli_build_seconds": _round(self.cli_build_seconds),
            "incremental_seconds": _round(self.incremental_seconds),
            "incremental_same_deck": self.incremental_same_deck,
            "help_seconds": _round(self.help_seconds),
            "peak_rss_mb": max(self.memory.values(), default=0.0),
            "memory_mb": self.memory,
            "peak_pss_mb": max(self.memory_pss.values(), default=0.0),
            "memory_pss_mb": self.memory_pss,
            "python": platform.python_version(),
            "nproc": os.cpu_count(),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


class MemorySampler:
    """Peak resident memory of this process and its children together, in MB.

    A thread adds up VmRSS of this process and of every live child (``/proc``) every 50 ms.
    ``getrusage`` cannot tell: a process started by fork (or vfork) and exec reports as its
    own peak its parent's resident memory at the fork, and so does each spawned worker. The
    result is the larger of the sampled total and this process's exact own peak (VmHWM,
    which counts only since exec). Forked workers (generation, store and deck writing) map
    their parent's pages until they write to them: the summed RSS counts those pages once per
    process, so the sampler also sums PSS (``smaps_rollup``), which shares each page out among
    the processes mapping it: what the tree really holds.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.total_kib = 0
        self.pss_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.total_kib = max(self.total_kib, _tree_rss_kib())
            self.pss_kib = max(self.pss_kib, _tree_pss_kib())
            self._stop.wait(self.interval)

    @property
    def peak_mb(self) -> float:
        return round(max(_own_peak_kib(), self.total_kib) / 1024, 1)

    @property
    def peak_pss_mb(self) -> float:
        return round(self.pss_kib / 1024, 1)


def _own_peak_kib() -> int:
    """This process's peak resident memory since exec (VmHWM; getrusage where /proc is not)."""
    with contextlib.suppress(OSError, StopIteration, ValueError):
        status = Path("/proc/self/status").read_text()
        return int(next(x for x in status.splitlines() if x.startswith("VmHWM:")).split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def _tree_pids() -> list[int]:
    """This process and its live children."""
    pids = [os.getpid()]
    for children in Path("/proc/self/task").glob("*/children"):
        with contextlib.suppress(OSError):
            pids += [int(pid) for pid in children.read_text().split()]
    return pids


def _tree_rss_kib() -> int:
    """VmRSS of this process and its live children (0 for what /proc does not show)."""
    return sum(_proc_kib(f"/proc/{pid}/status", "VmRSS:") for pid in _tree_pids())


def _tree_pss_kib() -> int:
    """PSS of this process and its live children (0 for what /proc does not show)."""
    return sum(_proc_kib(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in _tree_pids())


def _proc_kib(path: str, label: str) -> int:
    with contextlib.suppress(OSError, ValueError, StopIteration):
        text = Path(path).read_text()
        return int(next(x for x in text.splitlines() if x.startswith(label)).split()[1])
    return 0


@contextmanager
def _timed(report: Report, stage: str) -> Iterator[None]:
    start = time.perf_counter()
    yield
    report.stages[stage] = report.stages.get(stage, 0.0) + time.perf_counter() - start


# --- stages (library API) ----------------------------------------------------------------


def _read_extract(path: Path) -> tuple[Any, float, float]:
    """Read and extract one article; returns its ArticleFacts and the two stage times.

    Runs in pool workers, so the parsed Article never crosses a process boundary and is
    dropped as soon as its facts exist.
    """
    from quizgen.extractors import extract_facts  # noqa: PLC0415
    from quizgen.model import ArticleFacts  # noqa: PLC0415
    from quizgen.readers import read_article  # noqa: PLC0415

    start = time.perf_counter()
    article = read_article(path)
    mid = time.perf_counter()
    facts = tuple(extract_facts(article))
    end = time.perf_counter()
    entry = ArticleFacts(
        slug=article.slug, title=article.title, provenance=article.provenance, facts=facts
    )
    return entry, mid - start, end - mid


def _stage_read_extract(report: Report, paths: Sequence[Path]) -> list[Any]:
    """Read + extract every article, in a process pool when ``workers > 1``."""
    entries: list[Any] = []
    start = time.perf_counter()
    read = extract = 0.0
    if report.workers > 1:
        chunk = max(1, len(paths) // (report.workers * 8))
        spawn = multiprocessing.get_context("spawn")  # as quizgen.selection starts workers
        with ProcessPoolExecutor(report.workers, mp_context=spawn) as pool:
            results: Iterator[tuple[Any, float, float]] = pool.map(
                _read_extract, paths, chunksize=chunk
            )
            for entry, t_read, t_extract in results:
                entries.append(entry)
                read += t_read
                extract += t_extract
    else:
        for path in paths:
            entry, t_read, t_extract = _read_extract(path)
            entries.append(entry)
            read += t_read
            extract += t_extract
    report.read_extract_wall = time.perf_counter() - start
    # Per-stage figures are summed worker time (CPU seconds across workers), not wall time.
    report.stages["read"] = read
    report.stages["extract"] = extract
    report.facts = sum(len(e.facts) for e in entries)
    return entries


def _stage_store(report: Report, entries: list[Any], store_dir: Path) -> list[Any]:
    """Merge the fresh facts into the (empty) store and save it, as ``resolve_selection``
    does; returns the stored entries."""
    from quizgen.cache import store_cache_dir  # noqa: PLC0415
    from quizgen.store import load_store, merge_facts, save_store  # noqa: PLC0415

    cache = store_cache_dir(store_dir)
    with _timed(report, "store"):
        old = load_store(store_dir, now=NOW, cache_dir=cache)
        merged = merge_facts(old, entries, now=NOW)
        save_store(
            merged.store,
            store_dir,
            only=merged.changed_slugs,
            cache_dir=cache,
            workers=report.workers,
        )
    return list(merged.store.values())


def _stage_generate(report: Report, stored: list[Any], store_dir: Path) -> Any:
    from quizgen.cache import store_cache_dir  # noqa: PLC0415
    from quizgen.generators import generate  # noqa: PLC0415

    with _timed(report, "generate"):
        result = generate(
            stored,
            rng=random.Random(SEED),
            cache_dir=store_cache_dir(store_dir),
            workers=report.workers,
        )
    report.notes = sum(a.note_count for a in result.articles)
    report.questions = sum(len(a.question_keys) for a in result.articles) - len(result.dropped)
    return result


def _stage_write_apkg(report: Report, generated: Any, out: Path, workers: int) -> None:
    """quizgen's whole deck-writing stage: every item rendered to its row, then written.

    The stage time is the first run; ``deck_seconds`` (compared with bare genanki) is the best
    of ``REPEAT`` runs, as is bare genanki's, so that the ratio does not follow the noise of
    one moment on a shared machine.
    """
    from quizgen.exporters.anki import write_rows  # noqa: PLC0415
    from quizgen.exporters.deck import deck_licences, deck_rows  # noqa: PLC0415

    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        rows = deck_rows(generated, workers=workers)
        write_rows(rows, out, licences=deck_licences(generated), now=NOW)
        times.append(time.perf_counter() - start)
    report.stages["write_apkg"] = times[0]
    report.deck_seconds = min(times)


def run_stages(corpus_dir: Path, work: Path, workers: int) -> Report:
    """The staged pipeline on ``corpus_dir`` (meant to run in a child process of its own)."""
    import gc  # noqa: PLC0415

    gc.disable()  # as `quizgen build` runs (quizgen.cli.common.batch_job)
    with MemorySampler() as memory:
        report = _run_stages(corpus_dir, work, workers)
    report.memory["staged"] = memory.peak_mb
    report.memory_pss["staged"] = memory.peak_pss_mb
    return report


def _run_stages(corpus_dir: Path, work: Path, workers: int) -> Report:
    report = Report(articles=0, workers=workers)
    paths = sorted(p for p in corpus_dir.iterdir() if p.is_file())
    report.articles = len(paths)
    entries = _stage_read_extract(report, paths)
    store_dir = work / "store"
    _remove_store(store_dir)
    stored = _stage_store(report, entries, store_dir)
    del entries
    generated = _stage_generate(report, stored, store_dir)
    del stored
    _stage_write_apkg(report, generated, work / "deck.apkg", workers)
    return report


# --- bare genanki ------------------------------------------------------------------------


def _bare_genanki(apkg: Path, out: Path) -> float:
    """Write the notes of ``apkg`` again with plain genanki; returns the seconds it took.

    Fields, GUIDs, tags and note count come from quizgen's own package (read back from its
    SQLite collection, untimed), so both writers do the same work with the same timestamp.
    """
    import genanki  # noqa: PLC0415

    with zipfile.ZipFile(apkg) as package, tempfile.TemporaryDirectory() as tmp:
        name = next(n for n in package.namelist() if n.startswith("collection.anki2"))
        db_path = package.extract(name, tmp)
        with sqlite3.connect(db_path) as db:
            models_json = db.execute("select models from col").fetchone()[0]
            rows = db.execute("select mid, guid, tags, flds from notes order by id").fetchall()
    models_raw: dict[str, Any] = json.loads(models_json)

    start = time.perf_counter()
    models: dict[int, Any] = {}
    for mid_text, raw in models_raw.items():
        names = [f["name"] for f in raw["flds"]]
        first = f"{{{{cloze::{names[0]}}}}}" if raw.get("type") == 1 else f"{{{{{names[0]}}}}}"
        models[int(mid_text)] = genanki.Model(
            int(mid_text) + 1,
            f"bare {raw['name']}",
            fields=[{"name": n} for n in names],
            templates=[{"name": "Card 1", "qfmt": first, "afmt": first}],
            model_type=genanki.Model.CLOZE if raw.get("type") == 1 else genanki.Model.FRONT_BACK,
        )
    deck = genanki.Deck(2_059_400_110, "bare genanki")
    for mid, guid, tags, flds in rows:
        deck.add_note(
            genanki.Note(model=models[mid], fields=flds.split("\x1f"), guid=guid, tags=tags.split())
        )
    genanki.Package(deck).write_to_file(str(out), timestamp=NOW.timestamp())
    return time.perf_counter() - start


# --- CLI runs ----------------------------------------------------------------------------


def _cli(args: Sequence[str], *, cwd: Path) -> tuple[float, float, float]:
    """Run ``quizgen ARGS`` in a child that reports its peak memory; returns (seconds, peak
    RSS MB, peak PSS MB).

    A failure stops the benchmark.
    """
    with tempfile.NamedTemporaryFile(suffix=".json") as memory:
        command = [sys.executable, str(Path(__file__).resolve()), "--measure", memory.name]
        command += ["--", *args]
        start = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"quizgen {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
        peak = json.loads(Path(memory.name).read_text(encoding="utf-8"))
    return elapsed, float(peak["rss"]), float(peak["pss"])


def _measured_quizgen(out: Path, args: Sequence[str]) -> int:
    """``--measure OUT``: run quizgen with ``args`` here, then write its peak memory to OUT."""
    from quizgen.cli import app  # noqa: PLC0415

    sys.argv = ["quizgen", *args]
    with MemorySampler() as memory:
        try:
            app()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = 0
    peak = {"rss": memory.peak_mb, "pss": memory.peak_pss_mb}
    out.write_text(json.dumps(peak), encoding="utf-8")
    return code


def _help_seconds() -> float:
    """Median of 5 ``quizgen --help`` runs (one warm-up run first)."""
    _help(ROOT)
    return statistics.median(_help(ROOT) for _ in range(5))


def _help(cwd: Path) -> float:
    """Seconds for a plain ``python -m quizgen --help`` (as a user's shell starts it)."""
    start = time.perf_counter()
    done = subprocess.run([*QUIZGEN, "--help"], cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit("quizgen --help failed")
    return elapsed


def _build_args(corpus_dir: Path, store: Path, out: Path, workers: int) -> list[str]:
    return [
        "build",
        str(corpus_dir),
        "--store",
        str(store),
        "--output",
        str(out),
        "--seed",
        str(SEED),
        "--workers",
        str(workers),
    ]


def _remove_store(store: Path) -> None:
    """Remove a store and its cache (quizgen keeps the cache out of the store folder)."""
    from quizgen.cache import store_cache_dir  # noqa: PLC0415

    shutil.rmtree(store_cache_dir(store), ignore_errors=True)
    shutil.rmtree(store, ignore_errors=True)


def _cli_builds(report: Report, work: Path, corpus_dir: Path, seed: int) -> None:
    """Clean ``quizgen build``, then change one value in one article and build again."""
    store = work / "cli-store"
    deck = work / "cli.apkg"
    _remove_store(store)
    args = _build_args(corpus_dir, store, deck, report.workers)
    report.cli_build_seconds, rss, pss = _cli(args, cwd=work)
    report.memory["cli_clean"], report.memory_pss["cli_clean"] = rss, pss
    corpus.write_article(corpus_dir, 0, seed=seed, variant=1)
    report.incremental_seconds, rss, pss = _cli(args, cwd=work)
    report.memory["cli_incremental"], report.memory_pss["cli_incremental"] = rss, pss
    # The same deck as a clean build of the changed corpus?
    clean_store = work / "clean-store"
    _remove_store(clean_store)
    clean_deck = work / "clean.apkg"
    _cli(_build_args(corpus_dir, clean_store, clean_deck, report.workers), cwd=work)
    report.incremental_same_deck = _note_dump(deck) == _note_dump(clean_deck)


def _note_dump(apkg: Path) -> list[tuple[str, str, str, str]]:
    """Normalised note content of a package: (guid, model name, fields, tags), sorted."""
    with zipfile.ZipFile(apkg) as package, tempfile.TemporaryDirectory() as tmp:
        name = next(n for n in package.namelist() if n.startswith("collection.anki2"))
        db_path = package.extract(name, tmp)
        with sqlite3.connect(db_path) as db:
            models = json.loads(db.execute("select models from col").fetchone()[0])
            rows = db.execute("select guid, mid, flds, tags from notes").fetchall()
    return sorted((g, models[str(m)]["name"], f, t.strip()) for g, m, f, t in rows)


# --- driver ------------------------------------------------------------------------------


def run_benchmark(
    articles: int,
    *,
    workers: int,
    work: Path,
    seed: int = 0,
    incremental: bool = True,
    log: Callable[[str], None] = lambda _: None,
) -> Report:
    """Generate a corpus in ``work`` and measure every stage on it.

    Args:
        articles: corpus size.
        workers: processes for reading + extraction (1 = in the staged process).
        work: scratch folder (corpus, stores, decks are written here).
        seed: corpus seed.
        incremental: also run the CLI clean/incremental builds and ``--help`` timing.
        log: progress messages (stderr in the CLI).

    Returns:
        The filled-in report.
    """
    # The caches go in the work folder (inherited by every child process), not the user's.
    os.environ.setdefault("QUIZGEN_CACHE_DIR", str(work / "cache"))
    corpus_dir = work / "corpus"
    shutil.rmtree(corpus_dir, ignore_errors=True)
    log(f"writing {articles} synthetic articles to {corpus_dir}")
    paths = corpus.write_corpus(corpus_dir, articles, seed=seed)
    corpus_mb = sum(p.stat().st_size for p in paths) / 1e6

    log("staged pipeline (read + extract, store, generate, write .apkg) in a child process")
    report = _staged_in_child(corpus_dir, work, workers)
    report.corpus_mb = corpus_mb
    log("bare genanki")
    report.genanki_seconds = min(
        _bare_genanki(work / "deck.apkg", work / "bare.apkg") for _ in range(REPEAT)
    )
    if incremental:
        log("quizgen build: clean, then after changing one value")
        _cli_builds(report, work, corpus_dir, seed)
        log("quizgen --help")
        report.help_seconds = _help_seconds()
    return report


def _staged_in_child(corpus_dir: Path, work: Path, workers: int) -> Report:
    """``run_stages`` in a fresh process; its report comes back as JSON."""
    out = work / "stages.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--stages", str(corpus_dir)]
    command += ["--keep", str(work), "--workers", str(workers), "--stages-out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the staged pipeline failed:\n{done.stderr}")
    data = json.loads(out.read_text(encoding="utf-8"))
    return Report(**data)


def format_table(report: Report) -> str:
    """The human-readable report."""
    data = report.to_json()
    rows: list[tuple[str, str]] = [
        ("articles", f"{report.articles} ({report.corpus_mb:.1f} MB), {report.workers} worker(s)"),
        ("facts / notes / questions", f"{report.facts} / {report.notes} / {report.questions}"),
        (
            "read+extract (wall)",
            f"{report.read_extract_wall:.2f} s = {data['articles_per_second']} articles/s",
        ),
    ]
    rows += [(f"  {stage}", f"{secs:.2f} s") for stage, secs in report.stages.items()]
    rows += [
        ("end to end (staged)", f"{report.seconds_total:.2f} s"),
        (
            "deck writing vs bare genanki",
            f"{report.deck_seconds:.2f} s vs {report.genanki_seconds:.2f} s, best of {REPEAT}"
            f" (ratio {data['deck_vs_genanki']})",
        ),
        ("quizgen build (clean)", _fmt(report.cli_build_seconds)),
        (
            "quizgen build (1 changed)",
            _fmt(report.incremental_seconds)
            + (
                ""
                if report.incremental_same_deck is None
                else f", same deck as clean: {report.incremental_same_deck}"
            ),
        ),
        ("quizgen --help", _fmt(report.help_seconds)),
        (
            "peak RSS (MB)",
            ", ".join(f"{run} {mb}" for run, mb in report.memory.items())
            + " (process and its workers together)",
        ),
        (
            "peak PSS (MB)",
            ", ".join(f"{run} {mb}" for run, mb in report.memory_pss.items())
            + " (shared pages divided among the processes)",
        ),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k.ljust(width)}  {v}" for k, v in rows)


def _fmt(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds:.2f} s"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="corpus size")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for read + extract (default: all cores)",
    )
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (default: temp)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument(
        "--no-cli",
        action="store_true",
        help="skip the quizgen build / incremental / --help timings",
    )
    # Internal: the child processes the harness measures.
    parser.add_argument("--stages", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stages-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)

    if args.measure:
        return _measured_quizgen(args.measure, rest[1:] if rest[:1] == ["--"] else rest)
    if args.stages:
        report = run_stages(args.stages, args.keep.resolve(), args.workers)
        data = {name: getattr(report, name) for name in Report.__dataclass_fields__}
        args.stages_out.write_text(json.dumps(data), encoding="utf-8")
        return 0

    def log(message: str) -> None:
        print(f"[bench] {message}", file=sys.stderr, flush=True)

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = run_benchmark(
            args.articles,
            workers=args.workers,
            work=args.keep.resolve(),
            seed=args.seed,
            incremental=not args.no_cli,
            log=log,
        )
    else:
        with tempfile.TemporaryDirectory(prefix="quizgen-bench-") as tmp:
            report = run_benchmark(
                args.articles,
                workers=args.workers,
                work=Path(tmp),
                seed=args.seed,
                incremental=not args.no_cli,
                log=log,
            )
    print(format_table(report))
    if args.json:
        print(json.dumps(report.to_json(), sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
