"""The benchmark's corpus generator is reproducible, and the harness runs end to end."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from quizgen.exporters import deck
from quizgen.exporters.anki import NoteRow
from quizgen.generators import Generated
from quizgen.generators.incremental import ArticleItems

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


def _load_corpus() -> ModuleType:
    """bench/ is not a package: load corpus.py by path."""
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _write(out: Path, *, articles: int, seed: int) -> dict[str, str]:
    """Run the generator's command line; return file name → sha256."""
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH / "corpus.py"),
            "--articles",
            str(articles),
            "--seed",
            str(seed),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def test_corpus_is_reproducible_from_its_seed(tmp_path: Path) -> None:
    first = _write(tmp_path / "a", articles=6, seed=3)
    again = _write(tmp_path / "b", articles=6, seed=3)
    other = _write(tmp_path / "c", articles=6, seed=4)
    assert first == again
    assert len(first) == 6
    assert [name.rsplit(".", 1)[1] for name in first] == ["html", "md", "txt"] * 2
    assert set(first.values()).isdisjoint(other.values())


def test_corpus_articles_are_synthetic_varied_and_seed_sized(tmp_path: Path) -> None:
    corpus = _load_corpus()
    paths = corpus.write_corpus(tmp_path, 9, seed=0)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert all(corpus.SYNTHETIC_NOTICE in text for text in texts)
    titles = {corpus.make_spec(i, seed=0).title for i in range(200)}
    assert len(titles) == 200
    # html and markdown pages are about the seed page's size (~30 KB)
    sizes = [len(t.encode()) for p, t in zip(paths, texts, strict=True) if p.suffix != ".txt"]
    assert all(15_000 < size < 45_000 for size in sizes), sizes


def test_variant_changes_exactly_one_value(tmp_path: Path) -> None:
    corpus = _load_corpus()
    before = corpus.render(corpus.make_spec(1, seed=0), "md").splitlines()
    after = corpus.render(corpus.make_spec(1, seed=0, variant=1), "md").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1
    old, new = changed[0]
    assert old.startswith("Approximately ")
    assert int(new.split()[1].rstrip("%")) == int(old.split()[1].rstrip("%")) + 1


def test_shares_are_percentages_that_sum_to_100() -> None:
    corpus = _load_corpus()
    rng = random.Random(5)
    for count in (3, 6, 10):
        shares = corpus._shares(rng, count)
        assert sum(shares) == 100
        assert len(shares) == count
        assert shares == sorted(shares, reverse=True)
        assert min(shares) >= 1


def test_harness_runs_end_to_end_and_prints_json(tmp_path: Path) -> None:
    pytest.importorskip("quizgen.store", reason="the pipeline is not assembled yet")
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--articles",
            "5",
            "--json",
            "--workers",
            "2",
            "--keep",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["articles"] == 5
    assert result["facts"] > 0
    assert result["notes"] > 0
    for key in (
        "seconds_total",
        "articles_per_second",
        "peak_rss_mb",
        "peak_pss_mb",
        "deck_vs_genanki",
        "incremental_seconds",
        "help_seconds",
    ):
        assert isinstance(result[key], float), key
        assert result[key] > 0, key
    assert result["incremental_same_deck"] is True
    assert (tmp_path / "deck.apkg").stat().st_size > 0
    assert "end to end (staged)" in done.stdout
    assert set(result["memory_mb"]) == {"staged", "cli_clean", "cli_incremental"}
    assert set(result["memory_pss_mb"]) == set(result["memory_mb"])


def _load_run() -> ModuleType:
    """bench/run.py imports corpus.py from its own folder."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


def test_bare_genanki_writes_the_same_notes(tmp_path: Path) -> None:
    import genanki  # noqa: PLC0415 - heavy, only this test needs it

    model = genanki.Model(
        1_607_392_319,
        "quizgen cloze",
        fields=[{"name": "Text"}, {"name": "Extra"}],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}"}],
        model_type=genanki.Model.CLOZE,
    )
    deck = genanki.Deck(2_059_400_111, "test")
    for n in range(3):
        deck.add_note(
            genanki.Note(
                model=model, fields=[f"{{{{c1::{n}%}}}} of x", "src"], guid=f"g{n}", tags=["a", "b"]
            )
        )
    original = tmp_path / "q.apkg"
    genanki.Package(deck).write_to_file(str(original), timestamp=1.0)
    run = _load_run()
    seconds = run._bare_genanki(original, tmp_path / "bare.apkg")
    assert seconds > 0
    ours = [(g, f, t) for g, _, f, t in run._note_dump(original)]
    bare = [(g, f, t) for g, _, f, t in run._note_dump(tmp_path / "bare.apkg")]
    assert ours == bare
    assert ours[0] == ("g0", "{{c1::0%}} of x\x1fsrc", "a b")


def test_the_benchmarks_one_value_rebuild_remakes_only_the_changed_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's rebuild (one value of article 0 changed) regenerates and renders that
    article alone: the other articles' items, hence their rows' cache keys, are the same, so
    their rows come from the cache (nothing they depend on changed: a percentage is in no
    distractor list)."""
    from typer.testing import CliRunner  # noqa: PLC0415

    from quizgen.cli import app  # noqa: PLC0415

    corpus = _load_corpus()
    articles = tmp_path / "corpus"
    corpus.write_corpus(articles, 9, seed=0)
    rendered: list[str] = []
    keys: list[dict[str, str]] = []  # per build: slug → the items' content key
    render, rows = deck._render, deck.deck_rows

    def recording_render(article: ArticleItems) -> tuple[NoteRow, ...]:
        rendered.append(article.slug)
        return render(article)

    def recording_rows(generated: Generated, *args: Any, **kwargs: Any) -> Iterator[NoteRow]:
        keys.append({article.slug: article.key for article in generated.articles})
        return rows(generated, *args, **kwargs)

    monkeypatch.setattr(deck, "_render", recording_render)
    monkeypatch.setattr(deck, "deck_rows", recording_rows)
    build = ["build", str(articles), "--store", str(tmp_path / "store"), "--seed", "1"]
    build += ["-o", str(tmp_path / "deck.apkg"), "--workers", "1"]
    runner = CliRunner()
    first = runner.invoke(app, build)
    assert first.exit_code == 0, first.output
    assert len(set(rendered)) == 9
    rendered.clear()
    changed = corpus.write_article(articles, 0, seed=0, variant=1)
    again = runner.invoke(app, build)
    assert again.exit_code == 0, again.output
    remade = {slug for slug, key in keys[1].items() if keys[0].get(slug) != key}
    assert len(remade) == 1
    assert changed.stem.split("-", 1)[1] in remade.pop()  # the changed article's items
    assert rendered == [slug for slug in keys[1] if keys[0][slug] != keys[1][slug]]
    assert "reused the cached items of 8 unchanged article(s)" in again.output
