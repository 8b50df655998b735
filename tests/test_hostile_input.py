"""Hostile input (issue 15): control characters, devices, escaping paths, alias bombs,
concurrent writers, damaged progress files, huge lines and answers. Each test reproduces one
finding: it failed before the fix."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import QuizError, ReadError, RecipeError, StoreError
from quizgen.model import Fact, FactKind, SourceRef, slugify
from quizgen.quiz.grading import Verdict, grade_typed
from quizgen.quiz.progress import Progress
from quizgen.readers import read_article
from quizgen.selection import load_recipe
from quizgen.store import load_store, parse_entry

SPINAL = Path(__file__).resolve().parent.parent / "seeds" / "spinal-metastasis.md"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\\x[01][0-9a-fA-F]|\\e|\\0")


def _extract(runner: CliRunner, store: Path, *paths: Path | str) -> tuple[int, str]:
    result = runner.invoke(app, ["extract", *map(str, paths), "--store", str(store)])
    return result.exit_code, result.stderr


def _one_line_error(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert lines, stderr
    assert "Traceback" not in stderr
    return lines[0]


# --- control characters -------------------------------------------------------------------


def test_control_characters_after_the_first_4kb_never_reach_the_store(
    tmp_path: Path, tmp_store: Path, runner: CliRunner
) -> None:
    text = SPINAL.read_text(encoding="utf-8")
    hostile = text[:4200] + text[4200:].replace("%", "%\x01").replace(" the ", " the \x1b[31m\x00")
    article = tmp_path / "hostile.md"
    article.write_text(hostile, encoding="utf-8")
    code, stderr = _extract(runner, tmp_store, article)
    assert code == 0, stderr
    stored = "".join(p.read_text(encoding="utf-8") for p in tmp_store.glob("*.yaml"))
    assert "23%" in stored or "%" in stored
    assert not _CONTROL.search(stored)


# --- devices, FIFOs, size limits, unreadable folders --------------------------------------


@pytest.mark.parametrize("command", ["extract", "cards", "build"])
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo"])
def test_devices_and_fifos_are_refused_not_read(
    command: str, device: str, tmp_path: Path, tmp_store: Path
) -> None:
    source = device
    if device == "fifo":
        os.mkfifo(tmp_path / "pipe.md")
        source = str(tmp_path / "pipe.md")
    args = [command, source, "--store", str(tmp_store)]
    if command == "build":
        args += ["--output", str(tmp_path / "deck.apkg")]
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode != 0
    line = _one_line_error(done.stderr)
    assert source in line
    assert "not a regular file" in line
    assert done.stderr.strip().splitlines() == [line]  # one line, as every command says it


def test_an_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"Big article\n\n")
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(ReadError, match="over the 20 MB limit"):
        read_article(big)


def test_an_unreadable_subfolder_is_reported_and_fails(
    tmp_path: Path, tmp_store: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    (folder / "locked").mkdir(parents=True)
    (folder / "spinal.md").write_bytes(SPINAL.read_bytes())
    real_scandir = os.scandir

    def scandir(path: Path) -> object:  # root can read anything: simulate chmod 000
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, stderr = _extract(runner, tmp_store, folder)
    assert code == 1
    line = _one_line_error(stderr)
    assert "locked" in line
    assert "Permission denied" in line
    assert list(tmp_store.glob("*.yaml"))  # the readable article was still read


def test_a_link_to_a_forbidden_folder_is_one_line(
    tmp_path: Path, tmp_store: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "spinal.md").write_bytes(SPINAL.read_bytes())
    (folder / "cwd.md").symlink_to("/proc/1/cwd")
    real_stat = os.stat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).endswith("cwd.md") and kwargs.get("follow_symlinks", True):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    code, stderr = _extract(runner, tmp_store, folder)
    assert code == 1
    assert "cwd.md" in _one_line_error(stderr)


# --- recipes ------------------------------------------------------------------------------


def test_a_recipe_cannot_name_files_outside_its_folder(tmp_path: Path) -> None:
    recipe = tmp_path / "deck.yaml"
    recipe.write_text("name: x\nsources: [/etc/passwd]\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="outside the recipe's folder"):
        load_recipe(recipe)
    recipe.write_text("name: x\nsources: [../../../../../../etc/passwd]\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="outside the recipe's folder"):
        load_recipe(recipe)


def test_a_recipe_source_must_look_like_an_article(tmp_path: Path) -> None:
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    recipe = tmp_path / "deck.yaml"
    recipe.write_text("name: x\nsources: [passwd]\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="not an article file"):
        load_recipe(recipe)


def test_recipe_sources_inside_its_folder_still_load(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_bytes(SPINAL.read_bytes())
    recipe = tmp_path / "deck.yaml"
    recipe.write_text("name: x\nsources: [articles, articles/a.md]\n", encoding="utf-8")
    assert len(load_recipe(recipe).sources) == 2


# --- store files: slugs, names, links -----------------------------------------------------


def _stored(runner: CliRunner, store: Path) -> Path:
    code, stderr = _extract(runner, store, SPINAL)
    assert code == 0, stderr
    return next(store.glob("*.yaml"))


@pytest.mark.parametrize("slug", ["../escaped", "ABSOLUTE/escaped-abs", "a/b"])
def test_a_slug_that_is_a_path_is_refused(
    slug: str, tmp_path: Path, tmp_store: Path, runner: CliRunner
) -> None:
    slug = slug.replace("ABSOLUTE", str(tmp_path))
    path = _stored(runner, tmp_store)
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^slug: .*$", f"slug: {slug}", text), encoding="utf-8")
    fact_id = re.search(r"(?m)^- id: (\S+)", text)
    assert fact_id
    result = runner.invoke(app, ["facts", "--store", str(tmp_store), "--approve", fact_id[1]])
    assert result.exit_code == 1
    assert "slug" in _one_line_error(result.stderr)
    assert not (tmp_store.parent / "escaped.yaml").exists()
    assert not (tmp_path / "escaped-abs.yaml").exists()


def test_a_store_file_named_unlike_its_slug_is_refused(tmp_store: Path, runner: CliRunner) -> None:
    path = _stored(runner, tmp_store)
    renamed = path.with_name("renamed.yaml")
    path.rename(renamed)
    fact_id = re.search(r"(?m)^- id: (\S+)", renamed.read_text(encoding="utf-8"))
    assert fact_id
    result = runner.invoke(app, ["facts", "--store", str(tmp_store), "--approve", fact_id[1]])
    assert result.exit_code == 1
    assert "renamed.yaml" in _one_line_error(result.stderr)
    assert "approved" not in result.stdout


def test_an_approval_writes_through_a_symlinked_store_file(
    tmp_path: Path, tmp_store: Path, runner: CliRunner
) -> None:
    path = _stored(runner, tmp_store)
    elsewhere = tmp_path / "shared"
    elsewhere.mkdir()
    target = elsewhere / path.name
    path.rename(target)
    path.symlink_to(target)
    fact_id = re.search(r"(?m)^- id: (\S+)", target.read_text(encoding="utf-8"))
    assert fact_id
    result = runner.invoke(app, ["facts", "--store", str(tmp_store), "--approve", fact_id[1]])
    assert result.exit_code == 0, result.stderr
    assert path.is_symlink()
    assert "status: approved" in target.read_text(encoding="utf-8")


# --- slugs for every script ---------------------------------------------------------------


def test_titles_without_ascii_letters_get_distinct_readable_slugs() -> None:
    slugs = {slugify(t) for t in ("肝細胞癌", "髄膜腫", "%%%", "&&&", "Гепатома")}
    assert len(slugs) == 5
    assert "article" not in slugs
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9-]*", s) for s in slugs)
    assert slugify("Spinal metastasis (SINS) ≥ 7") == "spinal-metastasis-sins-7"


def test_two_articles_on_one_slug_is_never_silent(tmp_path: Path, tmp_store: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Renal cyst\n\nA renal cyst is a fluid-filled sac arising from the kidney.\n\n"
        "Epidemiology\n\nSimple renal cysts are found in about 27% of adults over 50.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Renal-cyst\n\nA renal cyst is a fluid-filled sac arising from the kidney.\n\n"
        "Epidemiology\n\nSimple renal cysts are found in about 27% of adults over 50.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    code, stderr = _extract(runner, tmp_store, tmp_path / "a.txt", tmp_path / "b.txt")
    assert code == 1
    line = _one_line_error(stderr)
    assert "b.txt" in line
    assert "a.txt" in line


def test_two_files_of_one_article_are_merged_and_named(tmp_path: Path, tmp_store: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(
            SPINAL.read_text(encoding="utf-8").replace("vertebral", f"vertebral {name}"),
            encoding="utf-8",
        )
    code, stderr = _extract(CliRunner(), tmp_store, tmp_path / "a.md", tmp_path / "b.md")
    assert code == 0
    (warning,) = [line for line in stderr.splitlines() if "are the same article" in line]
    assert "a.md" in warning
    assert "b.md" in warning
    stored = next(tmp_store.glob("*.yaml")).read_text(encoding="utf-8")
    assert "vertebral a" in stored
    assert "vertebral b" in stored


# --- YAML alias bombs ---------------------------------------------------------------------

_BOMB = textwrap.dedent(
    """\
    a: &a ["x","x","x","x","x","x","x","x","x"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    """
)


def test_a_store_file_with_aliases_is_refused(tmp_path: Path) -> None:
    text = "schema: 1\nslug: x\ntitle: x\n" + _BOMB.replace("a: ", "facts_a: ", 1)
    with pytest.raises(StoreError, match="anchors and aliases"):
        parse_entry(text, tmp_path / "x.yaml")


def test_a_recipe_with_aliases_is_refused(tmp_path: Path) -> None:
    recipe = tmp_path / "deck.yaml"
    recipe.write_text("name: x\nsources: &s [a.md]\ntags: *s\n", encoding="utf-8")
    with pytest.raises(RecipeError, match="anchors and aliases"):
        load_recipe(recipe)


# --- concurrent writers -------------------------------------------------------------------

_SLOW_BUILD = """
import sys, time
import quizgen.selection as selection
original = selection._extract_all
def slow(*args, **kwargs):
    print("extracting", flush=True)
    time.sleep(4)
    return original(*args, **kwargs)
selection._extract_all = slow
from quizgen.cli import app
app(sys.argv[1:])
"""


def test_an_approval_during_a_build_is_kept(tmp_path: Path, tmp_store: Path) -> None:
    article = tmp_path / "spinal.md"
    article.write_bytes(SPINAL.read_bytes())
    quizgen = [sys.executable, "-m", "quizgen"]
    subprocess.run([*quizgen, "extract", str(article), "--store", str(tmp_store)], check=True)
    store_file = next(tmp_store.glob("*.yaml"))
    fact_id = re.search(r"(?m)^- id: (\S+)", store_file.read_text(encoding="utf-8"))
    assert fact_id
    # The article changes, so the build rewrites this store file.
    article.write_text(
        SPINAL.read_text(encoding="utf-8").replace("94%", "93%"),
        encoding="utf-8",
    )
    build = subprocess.Popen(
        [sys.executable, "-c", _SLOW_BUILD, "cards", str(article), "--store", str(tmp_store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert build.stdout is not None
    assert build.stdout.readline().strip() == "extracting"
    approve = subprocess.run(
        [*quizgen, "facts", "--store", str(tmp_store), "--approve", fact_id[1]],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert approve.returncode == 0, approve.stderr
    _, stderr = build.communicate(timeout=120)
    assert build.returncode == 0, stderr
    entry = next(iter(load_store(tmp_store).values()))
    fact = next(f for f in entry.facts if f.id == fact_id[1])
    assert fact.status == "approved"


# --- progress files -----------------------------------------------------------------------


def _progress_with_answer(tmp_path: Path) -> Path:
    path = tmp_path / "progress.sqlite3"
    with Progress(path):
        pass
    with sqlite3.connect(path) as db:
        db.execute(
            "insert into cards values ('k', 'f', 'd', 't', 'cloze', '{not json', '')",
        )
    return path


def test_bad_card_json_is_refused_with_one_line(tmp_path: Path) -> None:
    path = _progress_with_answer(tmp_path)
    before = path.read_bytes()
    with pytest.raises(QuizError, match="damaged"):
        Progress(path)
    assert path.read_bytes() == before


def test_corrupted_pages_are_refused_and_not_written(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    with Progress(path) as progress:
        progress.db.execute("pragma journal_mode = delete")
        progress.db.executemany(
            "insert into aliases values (?, ?)", [(f"k{i}", "x" * 200) for i in range(500)]
        )
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # a damaged page in the middle
    path.write_bytes(bytes(data))
    with pytest.raises(QuizError, match="damaged"):
        Progress(path)
    assert path.read_bytes() == bytes(data)
    assert not path.with_name(path.name + "-wal").exists()


def test_a_folder_as_progress_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(QuizError, match="folder"):
        Progress(tmp_path)


def test_sessions_starting_together_on_a_new_file_all_open(tmp_path: Path) -> None:
    script = "import sys; from quizgen.quiz.progress import Progress; Progress(__import__('pathlib').Path(sys.argv[1]))"  # noqa: E501
    for attempt in range(5):
        path = tmp_path / f"new-{attempt}.sqlite3"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", script, str(path)], stderr=subprocess.PIPE, text=True
            )
            for _ in range(6)
        ]
        errors = [p.communicate(timeout=60)[1] for p in procs]
        assert all(p.returncode == 0 for p in procs), errors


def test_threads_starting_together_on_a_new_file_all_open(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    failures: list[Exception] = []

    def open_it() -> None:
        try:
            with Progress(path):
                pass
        except QuizError as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures


# --- the CLI's error mapping --------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.ENOSPC, "No space left on device", "/tmp/x"),
        PermissionError(errno.EACCES, "Permission denied", "/root/x"),
        sqlite3.OperationalError("database or disk is full"),
        MemoryError(),
    ],
)
def test_foreign_errors_become_one_line(
    error: BaseException, runner: CliRunner, tmp_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*_: object, **__: object) -> None:
        raise error

    monkeypatch.setattr("quizgen.store.load_store", boom)
    result = runner.invoke(app, ["facts", "--store", str(tmp_store)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("Error: ")
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- huge lines, huge facts, huge answers -------------------------------------------------


def test_fact_text_is_capped_at_a_word_boundary() -> None:
    long = " ".join(["hyperintense"] * 5000)
    fact = Fact(
        id="x:association:y",
        kind=FactKind.ASSOCIATION,
        subject="s",
        value="",
        statement=long,
        source=SourceRef(article="x", title="X", section="", text=long),
    )
    for text in (fact.statement, fact.source.text):
        assert len(text) <= 601
        assert text.endswith("…")
        assert text[:-1].split(" ")[-1] == "hyperintense"


def test_a_single_huge_line_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "line.txt"
    article.write_text("Huge\n\n" + "word " * 40_000 + "\n", encoding="utf-8")
    with pytest.raises(ReadError, match="characters long"):
        read_article(article)


def test_a_huge_typed_answer_is_graded_wrong_at_once() -> None:
    grade = grade_typed("hypointense " * 5000, "hypointense")
    assert grade.verdict is Verdict.WRONG
    assert grade.matched == ""


@pytest.mark.parametrize("slug", ["../x", "/etc/x", "a/b", ".hidden"])
def test_parse_entry_refuses_a_slug_that_is_not_a_plain_name(slug: str, tmp_path: Path) -> None:
    text = f"schema: 1\nslug: {slug}\ntitle: T\nfacts: []\n"
    with pytest.raises(StoreError, match="must be a plain name"):
        parse_entry(text, tmp_path / "x.yaml")


def test_links_in_a_folder_are_followed_only_to_files_inside_it(
    tmp_path: Path, tmp_store: Path, runner: CliRunner
) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.md").write_bytes(SPINAL.read_bytes())
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "spinal.md").write_bytes(SPINAL.read_bytes())
    (folder / "inside.md").symlink_to(folder / "sub" / "spinal.md")  # followed: it stays in
    links = {
        "outside.md": outside / "secret.md",
        "passwd.txt": Path("/etc/passwd"),
        "null.md": Path("/dev/null"),
        "gone.md": folder / "deleted.md",
        "loop": folder,
        "away": outside,
    }
    for name, target in links.items():
        (folder / name).symlink_to(target)
    (folder / "photo.jpg").symlink_to(outside / "secret.md")  # not an article: ignored

    code, stderr = _extract(runner, tmp_store, folder)
    assert code == 1
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert sorted(next(n for n in links if f"/{n}:" in line) for line in errors) == sorted(links)
    assert all("not followed" in line for line in errors)
    # The article inside was read, through its file and through the link to it; nothing
    # from outside reached the store.
    stored = "".join(p.read_text("utf-8") for p in tmp_store.glob("*.yaml"))
    assert "inside.md" in stored
    assert "secret" not in stored
    assert "outside.md" not in stored
