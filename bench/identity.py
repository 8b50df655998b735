"""Digests of everything a build makes, and each stage's CPU time, for speed work.

Usage: ``python bench/identity.py CORPUS_DIR WORK_DIR [--workers W]``.
Runs the staged pipeline (read + extract, store, generate, write the deck) on
``CORPUS_DIR`` with the fixed clock and seed of ``bench/run.py`` and prints one JSON object:
SHA-256 digests of the facts, the store files, the generated item ids and findings, the deck
rows, the .apkg's members (byte for byte; the zip's own entry times are the wall clock) and its
notes and cards tables; and per stage the wall seconds and the CPU seconds (user + system of
this process and of its finished children, and of this process alone). A speed change must
leave every digest as it was.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import resource
import sqlite3
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # bench/run.py: its stages and fixed clock

Times = dict[str, dict[str, float]]


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


@contextmanager
def _stage(times: Times, name: str) -> Iterator[None]:
    wall, (own, kids) = time.perf_counter(), _cpu()
    yield
    own_after, kids_after = _cpu()
    times[name] = {
        "wall": round(time.perf_counter() - wall, 3),
        "cpu": round(own_after - own + kids_after - kids, 3),
        "cpu_main": round(own_after - own, 3),  # the rest ran in worker processes
    }


def _sha(parts: Iterator[str | bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _members_sha(apkg: Path) -> str:
    """The .apkg's members, name and bytes (the zip's own entry times are the wall clock)."""
    with zipfile.ZipFile(apkg) as package:
        return _sha(part for n in sorted(package.namelist()) for part in (n, package.read(n)))


def _collection_sha(apkg: Path) -> str:
    """The .apkg's bytes hashed whole, and its notes and cards table (what Anki reads)."""
    with zipfile.ZipFile(apkg) as package, tempfile.TemporaryDirectory() as tmp:
        name = next(n for n in package.namelist() if n.startswith("collection.anki2"))
        with sqlite3.connect(package.extract(name, tmp)) as db:
            notes = db.execute("select * from notes order by id").fetchall()
            cards = db.execute("select * from cards order by id").fetchall()
    return _sha(repr(row) for row in [*notes, *cards])


def measure(corpus_dir: Path, work: Path, workers: int) -> dict[str, Any]:
    """The staged pipeline on ``corpus_dir``, its digests and stage times."""
    from quizgen.exporters.anki import write_rows  # noqa: PLC0415
    from quizgen.exporters.deck import deck_licences, deck_rows  # noqa: PLC0415

    gc.disable()  # as `quizgen build` runs
    os.environ.setdefault("QUIZGEN_CACHE_DIR", str(work / "cache"))
    times: Times = {}
    report = run.Report(articles=0, workers=workers)
    paths = sorted(p for p in corpus_dir.iterdir() if p.is_file())
    with _stage(times, "read_extract"):
        entries = run._stage_read_extract(report, paths)
    facts = _sha(repr(f) for e in entries for f in e.facts)
    store_dir = work / "store"
    run._remove_store(store_dir)
    with _stage(times, "store"):
        stored = run._stage_store(report, entries, store_dir)
    store = _sha(p.name + p.read_text() for p in sorted(store_dir.glob("*.yaml")))
    del entries
    with _stage(times, "generate"):
        generated = run._stage_generate(report, stored, store_dir)
    del stored
    items = _sha(
        [n.id for n in generated.notes]
        + [q.id for q in generated.questions]
        + [repr(f) for f in generated.findings]
    )
    out = work / "deck.apkg"
    with _stage(times, "write_deck"):  # rows made (in workers) while the package is written
        rows = deck_rows(generated, workers=workers)
        write_rows(rows, out, licences=deck_licences(generated), now=run.NOW)
    rows_sha = _sha(repr(r) for r in deck_rows(generated, workers=workers))
    return {
        "articles": len(paths),
        "facts": report.facts,
        "questions": report.questions,
        "sha": {
            "facts": facts,
            "store": store,
            "items": items,
            "rows": rows_sha,
            "apkg": _members_sha(out),
            "collection": _collection_sha(out),
        },
        "times": times,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    print(json.dumps(measure(args.corpus, args.work.resolve(), args.workers)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
