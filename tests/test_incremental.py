"""Rebuilds reuse cached reading, extraction and store parsing, and give the same deck as a
clean build."""

from __future__ import annotations

import itertools
import random
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizgen.cache import CACHE_FILE, store_cache_dir
from quizgen.cli import app
from quizgen.generators import Generated, generate
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance


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


# --- property: an incremental build equals a clean build when other articles' names change --

_SPINE = [
    "vertebral metastases",
    "leptomeningeal metastases",
    "intramedullary spinal cord metastases",
    "spinal meningioma",
    "spinal schwannoma",
    "spinal cord ependymoma",
    "spinal epidural abscess",
    "vertebral haemangioma",
]
_synonym_pair = st.lists(st.sampled_from(_SPINE), min_size=2, max_size=2, unique=True)


def _synonym(make_fact: Callable[..., Fact], article: str, subject: str, value: str) -> Fact:
    text = f"{subject[:1].upper()}{subject[1:]} is also called {value}."
    return make_fact(
        kind=FactKind.SYNONYM,
        article=article,
        title=subject,
        subject=subject,
        item="",
        group="",
        value=value,
        text=text,
        statement=text,
    )


def _spine_article(slug: str, title: str, facts: list[Fact]) -> ArticleFacts:
    return ArticleFacts(slug, title, Provenance(systems=("Spine",)), tuple(facts))


def _questions(made: Generated) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return sorted((q.id, q.stem, q.options, q.distractor_pool) for q in made.questions)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=_synonym_pair, after=_synonym_pair)
def test_a_synonym_changed_in_another_article_rebuilds_the_name_questions(
    make_fact: Callable[..., Fact], before: list[str], after: list[str]
) -> None:
    """ "Which pair of names denotes one and the same condition?" offers library pairs that
    no synonym of the selection joins (M3), and "which of these signs is described in X?"
    library signs of nothing that may be X or its synonyms, so their options depend on
    OTHER articles' synonyms: after one changes, an incremental build must give what a
    clean build gives."""
    sign_text = "A missing pedicle (absent pedicle sign) is a useful sign to seek."
    sign = make_fact(
        kind=FactKind.SIGN,
        article="absent-pedicle",
        title="Vertebral metastases",
        subject="vertebral metastases",
        item="absent pedicle sign",
        group="",
        value="",
        text=sign_text,
        statement=sign_text,
    )
    pair = _spine_article(
        "vertebral-metastases",
        "Vertebral metastases",
        [
            _synonym(
                make_fact,
                "vertebral-metastases",
                "vertebral metastases",
                "vertebral body metastases",
            ),
        ],
    )
    # An article of its own: an article is rebuilt whole when any of its questions is stale.
    signs = _spine_article("absent-pedicle", "Vertebral metastases", [sign])

    def other(names: list[str]) -> ArticleFacts:
        return _spine_article("other", names[0], [_synonym(make_fact, "other", *names)])

    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        generate([pair, signs, other(before)], rng=random.Random(1), cards=False, cache_dir=cache)
        incremental = generate(
            [pair, signs, other(after)], rng=random.Random(1), cards=False, cache_dir=cache
        )
    clean = generate([pair, signs, other(after)], rng=random.Random(1), cards=False)
    assert {q.id.rsplit("#", 1)[1] for q in clean.questions} >= {"mcq-pair", "mcq-feature"}
    assert _questions(incremental) == _questions(clean)


def test_a_generation_that_fails_leaves_nothing_cached(
    make_fact: Callable[..., Fact], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Items are cached as the workers hand them back; a run that fails part-way must leave
    none of them, or the next run would mix items made against two selections."""
    from quizgen import generators  # noqa: PLC0415

    entries = [
        _spine_article(f"a{n}", name, [_synonym(make_fact, f"a{n}", name, other)])
        for n, (name, other) in enumerate(itertools.pairwise(_SPINE))
    ]
    make = generators._make
    calls: list[str] = []

    def failing(entry: ArticleFacts, *args: object) -> object:
        calls.append(entry.slug)
        if len(calls) == 3:
            raise RuntimeError("killed part-way")
        return make(entry, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(generators, "_make", failing)
    with pytest.raises(RuntimeError, match="part-way"):
        generate(entries, rng=random.Random(1), cache_dir=tmp_path)
    assert len(calls) == 3  # two articles were made (and put) before the failure
    assert _generated_entries(tmp_path) == 0
    monkeypatch.setattr(generators, "_make", make)
    generate(entries, rng=random.Random(1), cache_dir=tmp_path)
    assert _generated_entries(tmp_path) == len(entries)
    assert generate(entries, rng=random.Random(1), cache_dir=tmp_path).reused == len(entries)


def test_a_rebuild_that_reuses_every_article_builds_no_pools(
    make_fact: Callable[..., Fact], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pools index every usable fact of the selection and feed only the articles made
    now: with none to make they are not built; with one, they are, and the items are a clean
    build's."""
    from quizgen import generators  # noqa: PLC0415

    entries = [
        _spine_article(f"a{n}", name, [_synonym(make_fact, f"a{n}", name, other)])
        for n, (name, other) in enumerate(itertools.pairwise(_SPINE))
    ]
    generate(entries, rng=random.Random(1), cache_dir=tmp_path)
    build = generators.build_pools  # type: ignore[attr-defined]
    built: list[int] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(1)
        return build(*args, **kwargs)

    monkeypatch.setattr(generators, "build_pools", counted)
    again = generate(entries, rng=random.Random(1), cache_dir=tmp_path)
    assert again.reused == len(entries)
    assert built == []
    renamed = [replace(entries[0], title="Another title"), *entries[1:]]
    changed = generate(renamed, rng=random.Random(1), cache_dir=tmp_path)
    assert built == [1]
    assert changed.reused < len(entries)
    clean = generate(renamed, rng=random.Random(1))
    assert [a.key for a in changed.articles] == [a.key for a in clean.articles]


def _generated_entries(cache_dir: Path) -> int:
    with sqlite3.connect(cache_dir / CACHE_FILE) as db:
        return int(db.execute("select count(*) from entries_generate").fetchone()[0])


def test_a_rebuild_reads_only_the_changed_article_ahead_and_gets_what_reading_it_here_gives(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    """The read-ahead worker (started before the store loads) takes exactly the articles the
    last run did not make, and gives for each what reading it in this process gives."""
    from quizgen import selection  # noqa: PLC0415 (private helpers under test)

    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    store = tmp_path / "facts"
    build = ["build", str(articles), "--store", str(store), "-o", str(tmp_path / "d.apkg")]
    assert runner.invoke(app, build).exit_code == 0
    cache = store_cache_dir(store)
    with selection._read_ahead([articles], cache, 2) as ahead:
        assert not ahead.pending  # nothing changed: nothing read ahead

    txt = articles / "vertebral-metastases.txt"
    txt.write_text(txt.read_text(encoding="utf-8").replace("7-18", "8-18"), encoding="utf-8")
    with selection._read_ahead([articles], cache, 2) as ahead:
        assert ahead.pending
        others = [f for f in articles.iterdir() if f != txt]
        assert all(ahead.take(f) is None for f in others)  # not read ahead
        assert ahead.take(txt) == selection._extract_one(txt)
        assert not ahead.pending
    with selection._read_ahead([articles], cache, 1) as ahead:
        assert not ahead.pending  # one worker: read in this process, as before


def test_a_rebuild_that_changes_no_note_leaves_the_manifest_file_alone(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    deck = tmp_path / "deck.apkg"
    build = ["build", str(articles), "--store", str(tmp_path / "facts"), "-o", str(deck)]
    assert runner.invoke(app, build).exit_code == 0
    manifest = tmp_path / "deck.apkg.manifest.json"
    written = manifest.read_bytes()
    manifest.write_bytes(written.replace(b'"schema"', b' "schema"', 1))  # same entries, other text

    assert runner.invoke(app, build).exit_code == 0
    assert manifest.read_bytes() != written  # nothing changed: not written again

    seed_md = articles / "spinal-metastasis.md"
    seed_md.write_text(
        seed_md.read_text(encoding="utf-8").replace(": 22%", ": 23%"), encoding="utf-8"
    )
    assert runner.invoke(app, build).exit_code == 0
    rewritten = manifest.read_bytes()
    assert rewritten.startswith(b'{"schema"')  # a changed note: the manifest is saved
    assert rewritten != written
