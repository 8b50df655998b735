"""Hostile input, crashes and concurrent use (issue 15): nothing runs, hangs or is lost.

Each test reproduces one finding of the issue. Tests that run a real `quizgen build` start it
as a subprocess, so that it can be killed like a user's build.
"""

from __future__ import annotations

import os
import pickle
import random
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizgen.checkpoints import FAULT_ENV
from quizgen.cli import app
from quizgen.errors import QuizgenError
from quizgen.exporters.anki import write_rows
from quizgen.extractors import extract_facts
from quizgen.fsutil import LEGACY_TEMPORARY_AGE, atomic_write_text, remove_stale_temporaries
from quizgen.model import Article, Block, BlockKind, ListItem, Section
from quizgen.readers.article_check import not_an_article_problem
from quizgen.readers.decode import decode_article_bytes

# --- helpers ------------------------------------------------------------------------------


def _quizgen(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def _build(articles: Path, store: Path, deck: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return _quizgen("build", articles, "--store", store, "-o", deck, "--seed", "1", env=env)


def _notes(apkg: Path) -> list[tuple[str, str, str]]:
    """(guid, fields, tags) of every note of a package, sorted."""
    with zipfile.ZipFile(apkg) as package, tempfile.TemporaryDirectory() as tmp:
        db = sqlite3.connect(package.extract("collection.anki2", tmp))
        try:
            rows = db.execute("select guid, flds, tags from notes order by guid").fetchall()
        finally:
            db.close()
    return [(str(g), str(f), str(t)) for g, f, t in rows]


_STAMP = re.compile(r"changed_at: .*")
_ARTICLES = re.compile(r"path: \S*/articles/")


def _store_text(store: Path) -> dict[str, str]:
    """Every store file's text, change times (the build's time) and the articles' folder
    (each test's own) left out."""
    return {
        p.name: _ARTICLES.sub(
            "path: <articles>/", _STAMP.sub("changed_at: <time>", p.read_text("utf-8"))
        )
        for p in sorted(store.glob("*.yaml"))
    }


def _articles(tmp_path: Path, seeds_dir: Path) -> Path:
    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    return articles


def _edit_articles(articles: Path) -> None:
    """Change a value in each seed, so that a build must rewrite both store files."""
    md = articles / "spinal-metastasis.md"
    md.write_text(md.read_text("utf-8").replace(": 22%", ": 23%"), encoding="utf-8")
    txt = articles / "vertebral-metastases.txt"
    txt.write_text(txt.read_text("utf-8").replace("7-18", "8-18"), encoding="utf-8")


def _sqlite_files(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from (p for p in folder.rglob("*") if p.is_file() and p.suffix == ".sqlite3")


# --- the cache runs no code ---------------------------------------------------------------


class _Payload:
    """Unpickling this runs a shell command that creates a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def _poison(database: Path, blob: bytes) -> int:
    """Replace every value of every cache table in ``database`` with ``blob``."""
    db = sqlite3.connect(database)
    try:
        tables = [t for (t,) in db.execute("select name from sqlite_master where type='table'")]
        changed = 0
        for table in tables:
            changed += db.execute(f"update {table} set value = ?", (blob,)).rowcount
        db.commit()
    finally:
        db.close()
    return changed


def _plant_old_cache(store: Path, blob: bytes) -> None:
    """A cache.sqlite3 where quizgen <= 0.1 kept it (inside the store), every table holding
    the payload under keys of every length, as a shared store might carry it."""
    for folder in (store / ".quizgen-cache", store / ".quizgen-cache" / "deck-000000000000"):
        folder.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(folder / "cache.sqlite3")
        for name in (
            "extract",
            "extract_index",
            "store",
            "generate",
            "generate_index",
            "anki_rows",
        ):
            columns = "key text primary key, value blob not null"
            db.execute(f"create table if not exists entries_{name} ({columns})")
            db.execute(f"insert or replace into entries_{name} values ('planted', ?)", (blob,))
        db.commit()
        db.close()


def test_cache_pickle_planted_anywhere_never_runs(
    tmp_path: Path, seeds_dir: Path, cache_dir: Path
) -> None:
    articles = _articles(tmp_path, seeds_dir)
    store, deck = tmp_path / "facts", tmp_path / "deck.apkg"
    marker = tmp_path / "pwned"
    blob = pickle.dumps(_Payload(marker))
    assert pickle.loads(blob) == 0  # the payload works when unpickled
    assert marker.exists()
    marker.unlink()

    first = _build(articles, store, deck)
    assert first.returncode == 0, first.stderr
    clean = _notes(deck)
    # Poison every entry of every cache a build could read: the user cache folder and the
    # store folder, where earlier versions kept it.
    poisoned = sum(_poison(db, blob) for db in _sqlite_files(cache_dir, store))
    assert poisoned > 0
    _plant_old_cache(store, blob)
    poisoned += sum(_poison(db, blob) for db in _sqlite_files(store))

    again = _build(articles, store, deck)
    assert again.returncode == 0, again.stderr
    assert not marker.exists()
    assert _notes(deck) == clean  # every poisoned entry was a miss, and was rebuilt
    assert not list(store.glob(".quizgen-cache/*.sqlite3-*"))
    third = _build(articles, store, deck)
    assert third.returncode == 0
    assert "reused the cached items" in third.stdout  # the cache was rebuilt


def test_cache_lives_in_the_user_cache_folder_not_the_store(
    tmp_path: Path, seeds_dir: Path, cache_dir: Path
) -> None:
    store = tmp_path / "facts"
    assert _build(seeds_dir, store, tmp_path / "deck.apkg").returncode == 0
    assert not (store / ".quizgen-cache").exists()
    assert sorted(p.name for p in store.iterdir()) == [
        "spinal-metastasis.yaml",
        "vertebral-metastases.yaml",
    ]
    assert list(_sqlite_files(cache_dir))


# --- a kill never leaves store and caches inconsistent ------------------------------------

_CHECKPOINTS = [
    "extracted",
    "store-file:1",
    "store-file:2",
    "store-saved",
    "index-saved",
    "generated",
    "deck-written",
]


@pytest.fixture(scope="module")
def clean_build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Store texts and deck notes of a clean build of the edited seeds (own cache folder)."""
    tmp = tmp_path_factory.mktemp("clean")
    articles = _articles(tmp, Path(__file__).resolve().parent.parent / "seeds")
    _edit_articles(articles)
    done = _build(articles, tmp / "facts", tmp / "deck.apkg", QUIZGEN_CACHE_DIR=str(tmp / "cache"))
    assert done.returncode == 0, done.stderr
    return _store_text(tmp / "facts"), _notes(tmp / "deck.apkg")


@pytest.mark.parametrize("point", _CHECKPOINTS)
def test_build_killed_at_a_checkpoint_then_rebuilt_equals_a_clean_build(
    tmp_path: Path,
    seeds_dir: Path,
    point: str,
    clean_build: tuple[dict[str, str], list[tuple[str, str, str]]],
) -> None:
    articles = _articles(tmp_path, seeds_dir)
    store, deck = tmp_path / "facts", tmp_path / "deck.apkg"
    assert _build(articles, store, deck).returncode == 0
    _edit_articles(articles)
    killed = _build(articles, store, deck, **{FAULT_ENV: point})
    assert killed.returncode == 137, (point, killed.stdout, killed.stderr)  # it did stop there
    after = _build(articles, store, deck)
    assert after.returncode == 0, after.stderr
    assert (_store_text(store), _notes(deck)) == clean_build


def test_build_killed_with_sigkill_at_random_moments_then_rebuilt_equals_a_clean_build(
    tmp_path: Path,
    seeds_dir: Path,
    clean_build: tuple[dict[str, str], list[tuple[str, str, str]]],
) -> None:
    articles = _articles(tmp_path, seeds_dir)
    store, deck = tmp_path / "facts", tmp_path / "deck.apkg"
    start = time.monotonic()
    assert _build(articles, store, deck).returncode == 0
    duration = time.monotonic() - start
    _edit_articles(articles)
    draw = random.Random(15)
    command = [sys.executable, "-m", "quizgen", "build", str(articles), "--store", str(store)]
    for _ in range(6):
        build = subprocess.Popen(
            [*command, "-o", str(deck), "--seed", "1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(draw.uniform(0.3, 1.0) * duration)
        build.send_signal(signal.SIGKILL)
        build.wait()
    after = _build(articles, store, deck)
    assert after.returncode == 0, after.stderr
    assert (_store_text(store), _notes(deck)) == clean_build


# --- clean up after itself ----------------------------------------------------------------


def test_deck_writing_leaves_no_temporary_file_even_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeds_dir: Path
) -> None:
    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    done = _build(seeds_dir, tmp_path / "facts", out_dir / "deck.apkg", TMPDIR=str(system_tmp))
    assert done.returncode == 0, done.stderr
    assert list(system_tmp.iterdir()) == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["deck.apkg", "deck.apkg.manifest.json"]

    def failing_rows() -> Iterator[object]:
        raise QuizgenError("a row could not be made")
        yield  # pragma: no cover

    with pytest.raises(QuizgenError, match="a row could not be made"):
        write_rows(failing_rows(), out_dir / "failed.apkg")  # type: ignore[arg-type]
    assert list(system_tmp.iterdir()) == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["deck.apkg", "deck.apkg.manifest.json"]


def _children(pid: int) -> list[int]:
    """Live pool workers (spawned interpreters) whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; nobody reaped it yet


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_reading_workers_exit_when_the_build_is_killed(tmp_path: Path, seeds_dir: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(150):  # enough for the process pool (50) and a few seconds of reading
        for seed in seeds_dir.iterdir():
            shutil.copy(seed, articles / f"{i:03d}-{seed.name}")
    build = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "quizgen",
            "build",
            str(articles),
            "--store",
            str(tmp_path / "facts"),
            "-o",
            str(tmp_path / "deck.apkg"),
            "--workers",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
            time.sleep(0.05)
            workers = _children(build.pid)
        assert len(workers) == 2, "the build started no reading workers"
        time.sleep(0.3)
        build.send_signal(signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)]
    finally:
        for worker in workers:  # the workers this test started, if they outlived it
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)
        if build.poll() is None:
            build.kill()


def test_temporaries_left_by_a_killed_build_are_removed_by_the_next(
    tmp_path: Path, seeds_dir: Path
) -> None:
    store, out_dir = tmp_path / "facts", tmp_path / "out"
    out_dir.mkdir()
    deck = out_dir / "deck.apkg"
    assert _build(seeds_dir, store, deck).returncode == 0
    # A writer that is gone (it ran, and was reaped), one that still runs (this test).
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = out_dir / f".deck.apkg.{int(gone.stdout)}.k2j3h4.tmp"
    live = out_dir / f".deck.apkg.{os.getpid()}.a1b2c3.tmp"
    dead_store = store / f".spinal-metastasis.yaml.{int(gone.stdout)}.q9w8e7.tmp"
    # An older quizgen's (no pid in the name), abandoned long ago.
    legacy, legacy_store = out_dir / ".deck.apkg.k2j3h4l5.tmp", store / ".x.yaml.q9w8e7r6.tmp"
    for path in (dead, live, dead_store, legacy, legacy_store):
        path.write_bytes(b"")
    for path in (legacy, legacy_store):
        _age(path, 2 * LEGACY_TEMPORARY_AGE)
    # A build killed between creating its temporaries and renaming them leaves them too.
    killed = _build(seeds_dir, store, deck, **{FAULT_ENV: "temporary-created"})
    assert killed.returncode == 137
    left = [p for p in out_dir.iterdir() if p.name.endswith(".tmp") and p not in (dead, live)]
    assert left, "the killed build left no temporary"

    assert _build(seeds_dir, store, deck).returncode == 0
    remaining = sorted(p.name for p in out_dir.iterdir())
    assert remaining == sorted(["deck.apkg", "deck.apkg.manifest.json", live.name])
    assert not dead_store.exists()
    assert not legacy_store.exists()


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def test_an_older_versions_temporaries_are_removed_and_nothing_else(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    legacy = folder / ".deck.apkg.k2j3h4l5.tmp"
    kept = [
        folder / ".notes.yaml.a1b2c3d4.tmp",  # recent: a writer may still be at it
        folder / ".thesis.docx.k2j3h4l5.tmp",  # not a file quizgen writes
        folder / ".deck.apkg.K2J3H4L5.tmp",  # not mkstemp's alphabet
        folder / ".deck.apkg.k2j3h4.tmp",  # nor its length
        folder / "deck.apkg.k2j3h4l5.tmp",  # not hidden as ours are
    ]
    mine = tmp_path / "mine.apkg"
    for path in (legacy, *kept, mine):
        path.write_bytes(b"user data")
    link = folder / ".link.apkg.abcdefgh.tmp"
    link.symlink_to(mine)  # a link is never ours: its target stays
    (folder / ".dir.apkg.abcdefgh.tmp").mkdir()
    for path in (legacy, *kept[1:], link, mine):
        _age(path, 2 * LEGACY_TEMPORARY_AGE)

    assert remove_stale_temporaries(folder) == [legacy]
    assert all(path.exists() for path in (*kept, link, mine, folder / ".dir.apkg.abcdefgh.tmp"))


def test_rewritten_files_keep_their_mode_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    existing = tmp_path / "shared.yaml"
    existing.write_text("old\n")
    existing.chmod(0o664)
    atomic_write_text(existing, "new\n")
    assert stat.S_IMODE(existing.stat().st_mode) == 0o664
    assert existing.read_text() == "new\n"

    old_mask = os.umask(0o002)
    try:
        atomic_write_text(tmp_path / "new-group.yaml", "x\n")
        os.umask(0o077)
        atomic_write_text(tmp_path / "new-private.yaml", "x\n")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "new-group.yaml").stat().st_mode) == 0o664
    assert stat.S_IMODE((tmp_path / "new-private.yaml").stat().st_mode) == 0o600


def test_a_rebuilt_deck_keeps_its_mode(tmp_path: Path, seeds_dir: Path) -> None:
    deck = tmp_path / "deck.apkg"
    assert _build(seeds_dir, tmp_path / "facts", deck).returncode == 0
    deck.chmod(0o664)
    (tmp_path / "facts" / "spinal-metastasis.yaml").chmod(0o664)
    _edit_articles(seeds_copy := _articles(tmp_path, seeds_dir))
    assert _build(seeds_copy, tmp_path / "facts", deck).returncode == 0
    assert stat.S_IMODE(deck.stat().st_mode) == 0o664
    assert stat.S_IMODE((tmp_path / "facts" / "spinal-metastasis.yaml").stat().st_mode) == 0o664


# --- extraction is linear on long runs of one character class -----------------------------
# A pattern whose repetition can take a whole run ("\s*\s+", "\d+" before a word) tries the
# run at every start, so a paragraph of digits or spaces took minutes. This test feeds such
# runs to every extractor through extract_facts and asserts only that it finishes with facts
# that are about something; the time it takes is measured by bench/linear.py, not here. With
# one of the bounded patterns made unbounded again, an example no longer ends in minutes.

_CLASSES = (
    *("1", " ", "\t", "a", "A", "%", "-", "(", ")", ".", ",", ";", ":", "~", "'", '"', "*"),
    *("1 ", "9%", "1-", "1.", "1,", "1:", "1/", "a ", "a-", "a.", "a, ", "a; ", "a (", "A. "),
    *("T2", "T2 ", "1 1 ", "1-2 ", "1 mm ", "1%, ", "a and ", "Aa ", "mm ", "lobe and "),
)


def _run_article(run: str) -> Article:
    """The run as a paragraph, a list introduction, a list entry and a key/value line: the
    places each extractor looks."""
    blocks = (
        Block(BlockKind.PARAGRAPH, text=f"Cysts {run} are rare. {run}."),
        Block(BlockKind.PARAGRAPH, text=f"Primaries {run}:"),
        Block(BlockKind.LIST, items=(ListItem(run), ListItem(f"lung {run} 15%"))),
        Block(BlockKind.KEY_VALUE, key="Epidemiology", value=run),
    )
    # the same blocks under an imaging heading, where the findings extractors read
    sections = (Section("Epidemiology", blocks), Section("CT", blocks))
    return Article(slug="run", title="Run", sections=sections)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    unit=st.one_of(
        st.sampled_from(_CLASSES),
        st.text(st.sampled_from("1a A%-(),.;:~'T"), min_size=1, max_size=4),
    ),
    size=st.integers(min_value=12_000, max_value=16_000),
)
def test_extraction_finishes_on_long_runs_of_one_character_class(unit: str, size: int) -> None:
    facts = extract_facts(_run_article(unit * (size // len(unit))))
    assert all(fact.id and fact.source.text for fact in facts)


# --- a file that is not an article is refused by every command ----------------------------

ROOT = Path(__file__).resolve().parent.parent
_COMMANDS = {
    "build": ["-o", "{out}/deck.apkg"],
    "extract": [],
    "cards": [],
    "sheet": ["-o", "{out}/sheet.pdf"],
    "export": ["-o", "{out}/questions.xml"],
    "quiz": ["--progress", "{out}/progress.db"],
    "review": ["--no-browser"],
}
_NOT_ARTICLES = {
    "README.md": "lines are code, tables or commands",  # the project's own README
    "docs/quiz.md": "clinical or imaging words",  # prose about something else
    "LICENSE": "clinical or imaging words",
}


def _refuse_to_serve(*args: object, **kwargs: object) -> NoReturn:
    raise AssertionError("the review server was started for a file that is not an article")


@pytest.mark.parametrize("command", sorted(_COMMANDS))
@pytest.mark.parametrize("document", sorted(_NOT_ARTICLES))
def test_a_file_that_is_not_an_article_is_refused_by_every_command(
    command: str, document: str, tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Were the check to let the file through, `review` would serve forever: fail instead of hang.
    monkeypatch.setattr("quizgen.review.make_server", _refuse_to_serve)
    source = tmp_path / Path(document).name
    source.write_bytes((ROOT / document).read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    store = tmp_path / "facts"
    options = [arg.format(out=out) for arg in _COMMANDS[command]]
    result = runner.invoke(app, [command, str(source), "--store", str(store), *options])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"Error: {source}: not an article: ")
    assert _NOT_ARTICLES[document] in errors[0]
    assert "Traceback" not in result.stderr
    assert not list(out.iterdir())
    assert not store.exists()  # not even an empty store folder


@pytest.mark.parametrize(
    "path",
    sorted(
        [
            *(ROOT / "seeds").glob("*.md"),
            *(ROOT / "seeds").glob("*.txt"),
            *(ROOT / "tests" / "data").rglob("*.*"),
            # a plain-text article's metadata companion ("article.txt.meta.yaml") is no article
            *(
                p
                for p in (ROOT / "bench" / "dev-corpus").glob("*/article.*")
                if not p.name.endswith(".meta.yaml")
            ),
        ]
    ),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_every_article_of_the_repository_is_an_article(path: Path) -> None:
    if path.name == "README.md":  # seeds/README.md says what the seeds are
        assert not_an_article_problem(path.read_text("utf-8"))
    else:
        assert not_an_article_problem(decode_article_bytes(path.read_bytes(), path)) == ""
