"""Rebuilds reuse cached reading, extraction and store parsing, and give the same deck as a
clean build."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from quizgen.cache import store_cache_dir
from quizgen.cli import app


def _notes(apkg: Path, tmp: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(apkg) as package:
        db_file = package.extract("collection.anki2", tmp / apkg.stem)
    with sqlite3.connect(db_file) as db:
        rows = db.execute("select guid, flds, tags from notes order by guid").fetchall()
    return [(str(g), str(f), str(t)) for g, f, t in rows]


def test_incremental_rebuild_equals_a_clean_build(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    store = tmp_path / "facts"
    build = ["build", str(articles), "--store", str(store), "--seed", "1"]
    assert runner.invoke(app, [*build, "-o", str(tmp_path / "first.apkg")]).exit_code == 0
    assert store_cache_dir(store).is_dir()
    assert not (store / ".quizgen-cache").exists()  # the cache is never in the shared store

    seed_md = articles / "spinal-metastasis.md"
    seed_md.write_text(
        seed_md.read_text(encoding="utf-8").replace(": 22%", ": 23%"), encoding="utf-8"
    )
    again = runner.invoke(app, [*build, "-o", str(tmp_path / "incremental.apkg")])
    assert again.exit_code == 0, again.output

    clean = ["build", str(articles), "--store", str(tmp_path / "clean-facts"), "--seed", "1"]
    assert runner.invoke(app, [*clean, "-o", str(tmp_path / "clean.apkg")]).exit_code == 0

    incremental = _notes(tmp_path / "incremental.apkg", tmp_path)
    fresh = _notes(tmp_path / "clean.apkg", tmp_path)
    assert [(g, f) for g, f, _ in incremental] == [(g, f) for g, f, _ in fresh]
    assert any("23%" in fields for _, fields, _ in incremental)
    assert not any("breast: 22%" in fields for _, fields, _ in incremental)


def _cloze_answers(runner: CliRunner, articles: Path, store: Path) -> str:
    result = runner.invoke(app, ["cards", str(articles), "--store", str(store), "--type", "cloze"])
    assert result.exit_code == 0, result.output
    return result.output


def test_changed_article_and_hand_edited_store_are_read_again(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    store = tmp_path / "facts"
    assert "→  7-18" in _cloze_answers(runner, articles, store)

    txt = articles / "vertebral-metastases.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("7-18", "8-18"), encoding="utf-8")
    output = _cloze_answers(runner, articles, store)
    assert "→  8-18" in output  # the cached extraction of the old bytes is not used
    assert "→  7-18" not in output

    yaml_file = store / "vertebral-metastases.yaml"
    text = yaml_file.read_text(encoding="utf-8")
    assert "  value: 8-18\n" in text
    yaml_file.write_text(
        text.replace("  value: 8-18\n", "  value: 8-18\n  correction:\n    value: 9-18\n", 1),
        encoding="utf-8",
    )
    output = _cloze_answers(runner, articles, store)
    assert "→  9-18" in output  # the hand edit is parsed, not the cached old file
