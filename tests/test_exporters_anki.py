"""Built decks imported into a real Anki collection (the `anki` package): they render, blank
exactly their deletion, mark the right option, and update in place after a correction."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from anki.scheduler.v3 import CardAnswer, Scheduler
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.exporters.anki import CLOZE_MODEL_ID, MCQ_MODEL_ID, write_apkg
from quizgen.model import (
    ClozeDeletion,
    ClozeNote,
    FactKind,
    FactStatus,
    MCQuestion,
    Provenance,
    SourceRef,
)
from quizgen.store import load_store, update_fact


def _build(runner: CliRunner, out: Path, store: Path, *args: str) -> str:
    result = runner.invoke(app, ["build", *args, "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Collection]:
    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def _import(col: Collection, apkg: Path) -> None:
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))


def _text(rendered: str) -> str:
    """Visible text of a rendered card (style block and tags removed)."""
    body = re.sub(r"<style>.*?</style>", "", rendered, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


@pytest.fixture
def seeds_deck(runner: CliRunner, tmp_path: Path) -> tuple[Path, Path, str]:
    out, store = tmp_path / "seeds.apkg", tmp_path / "facts"
    return out, store, _build(runner, out, store)


def test_seeds_deck_imports_with_the_counts_it_reports(
    seeds_deck: tuple[Path, Path, str], collection: Collection
) -> None:
    out, _, report = seeds_deck
    match = re.search(r"(\d+) notes, (\d+) cards", report)
    assert match
    _import(collection, out)
    assert collection.note_count() == int(match.group(1))
    assert collection.card_count() == int(match.group(2))
    names = {model.name for model in collection.models.all_names_and_ids()}
    assert names >= {"quizgen cloze v1", "quizgen MCQ v1"}


def test_every_cloze_card_blanks_exactly_its_deletion(
    seeds_deck: tuple[Path, Path, str], collection: Collection
) -> None:
    _import(collection, seeds_deck[0])
    cloze_cards = [
        collection.get_card(cid) for cid in collection.find_cards(f"mid:{CLOZE_MODEL_ID}")
    ]
    assert cloze_cards
    for card in cloze_cards:
        question, answer = card.question(), card.answer()
        hidden = re.findall(
            r'<span class="cloze" data-cloze="[^"]*" data-ordinal="(\d+)">\[\.\.\.\]</span>',
            question,
        )
        assert hidden == [str(card.ord + 1)], question
        shown = re.findall(r'<span class="cloze" data-ordinal="(\d+)">(.+?)</span>', answer)
        assert [number for number, _ in shown] == [str(card.ord + 1)], answer
        # every other deletion of the note is shown as context on both sides (C3)
        others = re.findall(r'class="cloze-inactive" data-ordinal="(\d+)"', question)
        assert str(card.ord + 1) not in others
        assert len(others) == len(re.findall(r'class="cloze-inactive"', answer))
        assert "CC BY-NC-SA" in answer  # source and licence on every back (C6)


def test_every_mcq_shows_its_options_and_marks_the_right_one(
    seeds_deck: tuple[Path, Path, str], collection: Collection
) -> None:
    _import(collection, seeds_deck[0])
    note_ids = collection.find_notes(f"mid:{MCQ_MODEL_ID}")
    assert note_ids
    for note_id in note_ids:
        note = collection.get_note(note_id)
        card = note.cards()[0]
        question, answer = _text(card.question()), _text(card.answer())
        options = [note[f"Option{letter}"] for letter in "ABCDE" if note[f"Option{letter}"]]
        assert 3 <= len(options) <= 5
        for option in options:
            assert html.unescape(option) in question
        letter = note["Answer"]
        right = html.unescape(note[f"Option{letter}"])
        assert f"Right answer: {letter}. {right}" in " ".join(answer.split())
        assert "Right answer" not in question


def test_rebuild_after_a_correction_updates_one_note_and_keeps_reviews(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str], collection: Collection
) -> None:
    out, store, _ = seeds_deck
    _import(collection, out)
    notetypes_before = {m.id for m in collection.models.all_names_and_ids()}
    collection.decks.select(collection.get_card(collection.find_cards("")[0]).did)
    scheduler, database = collection.sched, collection.db
    assert isinstance(scheduler, Scheduler)
    assert database is not None
    for _ in range(3):  # answer three cards, as a resident would
        top = scheduler.get_queued_cards().cards[0]
        card = collection.get_card(top.card.id)
        card.start_timer()
        scheduler.answer_card(
            scheduler.build_answer(card=card, states=top.states, rating=CardAnswer.GOOD)
        )
    reviews = database.scalar("select count() from revlog")
    assert reviews == 3
    mods = {nid: collection.get_note(nid).mod for nid in collection.find_notes("")}

    breast = next(
        f
        for e in load_store(store).values()
        for f in e.facts
        if f.kind is FactKind.FREQUENCY and f.item == "breast"
    )
    later = datetime.now(UTC) + timedelta(hours=1)
    update_fact(store, breast.id, now=later, correction={"value": "23%"})
    _build(runner, out, store)
    _import(collection, out)

    assert collection.note_count() == len(mods)
    assert database.scalar("select count() from revlog") == reviews
    assert {m.id for m in collection.models.all_names_and_ids()} == notetypes_before
    changed = [nid for nid in mods if collection.get_note(nid).mod != mods[nid]]
    assert len(changed) >= 1
    for nid in changed:
        assert "23%" in collection.get_note(nid).joined_fields()
    untouched = [nid for nid in mods if nid not in changed]
    assert all("breast: {{c1::22%}}" not in collection.get_note(n).joined_fields() for n in mods)
    assert len(untouched) == len(mods) - len(changed)


def test_article_markup_stays_inert_text(tmp_path: Path, collection: Collection) -> None:
    hostile = '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:x">l</a>'
    source = SourceRef("evil", "Evil article", "Pathology", hostile)
    from quizgen.generators.cloze import cloze, escape  # noqa: PLC0415

    note = ClozeNote(
        id="evil:percentage:x",
        article="evil",
        kind=FactKind.PERCENTAGE,
        source=source,
        text=f"{escape('lesions <3 cm; T2 > T1 ' + hostile)} {cloze(1, '<3 cm')}",
        deletions=(ClozeDeletion(1, "<3 cm", "evil:percentage:x"),),
        extra=escape(hostile),
        context=escape("Evil <b>article</b>"),
        changed_at="2026-11-23T12:00:00Z",
        provenance=Provenance(),
    )
    question = MCQuestion(
        id="evil:q",
        article="evil",
        fact_id="evil:q",
        stem=f"Which? {hostile}",
        options=("<3 cm", "T2 > T1", hostile, "plain"),
        answer_index=0,
        kind=FactKind.THRESHOLD,
        source=source,
        explanation=hostile,
        changed_at="2026-11-23T12:00:00Z",
    )
    out = tmp_path / "evil.apkg"
    write_apkg([note], out, questions=[question], now=datetime(2026, 11, 23, tzinfo=UTC))
    _import(collection, out)
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        for rendered in (card.question(), card.answer()):
            assert "<script>" not in rendered
            assert "<img" not in rendered
            assert 'href="javascript:' not in rendered
            assert "&lt;script&gt;" in rendered or "&lt;3 cm" in rendered


def test_unwritable_output_leaves_no_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "missing-folder" / "deck.apkg"
    result = runner.invoke(app, ["build", "-o", str(out), "--store", str(tmp_path / "facts")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not out.exists()


def _package_notes(apkg: Path, tmp: Path) -> dict[str, tuple[str, str]]:
    """guid → (fields, tags) of a package's notes."""
    import sqlite3  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    with zipfile.ZipFile(apkg) as package:
        db_file = package.extract("collection.anki2", tmp / f"unzipped-{apkg.stem}")
    with sqlite3.connect(db_file) as db:
        rows = db.execute("select guid, flds, tags from notes").fetchall()
    return {str(g): (str(f), str(t)) for g, f, t in rows}


def _fact(store: Path, kind: FactKind, item: str) -> str:
    return next(
        f.id
        for e in load_store(store).values()
        for f in e.facts
        if f.kind is kind and f.item == item
    )


def _tagged(collection: Collection) -> set[str]:
    return {collection.get_note(n).guid for n in collection.find_notes("tag:quizgen::orphaned")}


def _review(store: Path, fact_id: str, status: FactStatus) -> None:
    update_fact(store, fact_id, now=datetime.now(UTC), status=status)


def test_notes_of_a_rejected_fact_are_tagged_orphaned_until_dropped(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str], collection: Collection, tmp_path: Path
) -> None:
    out, store, _ = seeds_deck
    _import(collection, out)
    before = collection.note_count()
    first = _package_notes(out, tmp_path)
    breast = _fact(store, FactKind.FREQUENCY, "breast")

    _review(store, breast, FactStatus.REJECTED)
    report = _build(runner, out, store)
    match = re.search(r"(\d+) note\(s\) whose facts are gone are kept", report)
    assert match, report
    carried = int(match.group(1))
    assert carried >= 1  # at least the questions asked about breast
    second = _package_notes(out, tmp_path)
    orphans = {g for g, (_, tags) in second.items() if "quizgen::orphaned" in tags.split()}
    assert len(orphans) == carried
    assert all(second[g][0] == first[g][0] for g in orphans)  # as the last build wrote them
    assert all(breast in second[g][0] for g in orphans)
    _import(collection, out)
    assert collection.note_count() == before  # nothing duplicated, nothing deleted
    assert _tagged(collection) == orphans
    # The list that lost breast is updated in the collection too (it got a newer change time
    # although no remaining member changed).
    lists = [g for g, (fields, _) in first.items() if breast in fields and "{{c" in fields]
    assert lists
    shown = _notes_by_guid(collection)
    assert all(breast not in shown[g][0] for g in lists)

    again = _build(runner, out, store)  # still carried, and not updated again
    assert f"{carried} note(s) whose facts are gone are kept" in again
    assert _package_notes(out, tmp_path) == second
    _import(collection, out)
    assert _notes_by_guid(collection) == shown

    dropped = _build(runner, out, store, "--drop-orphans")
    assert f"{carried} note(s) tagged quizgen::orphaned left out and forgotten" in dropped
    assert not orphans & set(_package_notes(out, tmp_path))
    assert "gone" not in _build(runner, out, store)  # forgotten


def _notes_by_guid(collection: Collection) -> dict[str, tuple[str, int]]:
    """guid → (fields, change time) of every note in the collection."""
    notes = (collection.get_note(n) for n in collection.find_notes(""))
    return {note.guid: (note.joined_fields(), note.mod) for note in notes}


def test_a_fact_approved_again_loses_the_orphaned_tag(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str], collection: Collection
) -> None:
    out, store, _ = seeds_deck
    breast = _fact(store, FactKind.FREQUENCY, "breast")
    _review(store, breast, FactStatus.REJECTED)
    _build(runner, out, store)
    _import(collection, out)
    assert _tagged(collection)

    _review(store, breast, FactStatus.APPROVED)
    report = _build(runner, out, store)
    assert "gone" not in report
    _import(collection, out)
    assert _tagged(collection) == set()


def test_drop_orphans_keeps_carrying_notes_not_tagged_yet(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str], collection: Collection, tmp_path: Path
) -> None:
    out, store, _ = seeds_deck
    _review(store, _fact(store, FactKind.FREQUENCY, "breast"), FactStatus.REJECTED)
    _build(runner, out, store)
    tagged_first = _orphan_guids(out, tmp_path)
    _review(store, _fact(store, FactKind.FREQUENCY, "lung"), FactStatus.REJECTED)
    report = _build(runner, out, store, "--drop-orphans")
    assert f"{len(tagged_first)} note(s) tagged quizgen::orphaned left out" in report
    now_tagged = _orphan_guids(out, tmp_path)
    assert now_tagged  # lung's notes: newly orphaned, so carried and tagged
    assert not now_tagged & tagged_first


def _orphan_guids(apkg: Path, tmp: Path) -> set[str]:
    notes = _package_notes(apkg, tmp)
    return {g for g, (_, tags) in notes.items() if "quizgen::orphaned" in tags.split()}


def test_an_unreadable_source_does_not_orphan_its_notes(
    runner: CliRunner, tmp_path: Path, seeds_dir: Path
) -> None:
    import shutil  # noqa: PLC0415

    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    out, store = tmp_path / "deck.apkg", tmp_path / "facts"
    _build(runner, out, store, str(articles))
    (articles / "vertebral-metastases.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    result = runner.invoke(app, ["build", str(articles), "-o", str(out), "--store", str(store)])
    assert result.exit_code == 1
    assert "could not be read; they are not marked orphaned" in result.output
    assert not _orphan_guids(out, tmp_path)


def test_a_missing_previous_deck_is_reported_and_remembered(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str]
) -> None:
    out, store, _ = seeds_deck
    out.unlink()  # imported, then deleted
    _review(store, _fact(store, FactKind.FREQUENCY, "breast"), FactStatus.REJECTED)
    result = runner.invoke(app, ["build", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert "could not be tagged quizgen::orphaned" in result.output
    assert (
        "could not be tagged"
        in runner.invoke(app, ["build", "-o", str(out), "--store", str(store)]).output
    )  # still remembered
    quiet = _build(runner, out, store, "--drop-orphans")
    assert "could not be tagged" not in _build(runner, out, store)
    assert "Traceback" not in quiet


def test_seed_changes_distractors_and_the_same_seed_gives_the_same_deck(
    runner: CliRunner, tmp_path: Path
) -> None:
    decks = {}
    for name, seed in (("a", "1"), ("b", "1"), ("c", "2")):
        out = tmp_path / f"{name}.apkg"
        _build(runner, out, tmp_path / f"facts-{name}", "--seed", seed)
        decks[name] = _package_notes(out, tmp_path)
    assert decks["a"] == decks["b"]
    assert set(decks["a"]) == set(decks["c"])  # the same notes …
    assert decks["a"] != decks["c"]  # … with other distractors or key positions


def test_diff_shows_what_the_next_build_changes_and_orphans(
    runner: CliRunner, seeds_deck: tuple[Path, Path, str]
) -> None:
    out, store, _ = seeds_deck
    args = ["-o", str(out), "--store", str(store)]
    unchanged = runner.invoke(app, ["diff", *args])
    assert unchanged.exit_code == 0, unchanged.output
    assert re.search(r"add 0, change 0, leave \d+, orphan 0", unchanged.output)

    update_fact(
        store,
        _fact(store, FactKind.FREQUENCY, "lung"),
        now=datetime.now(UTC),
        correction={"value": "31%"},
    )
    _review(store, _fact(store, FactKind.FREQUENCY, "breast"), FactStatus.REJECTED)
    package = out.read_bytes()
    planned = runner.invoke(app, ["build", "--plan", *args])
    assert planned.exit_code == 0, planned.output
    match = re.search(r"add 0, change (\d+), leave \d+, orphan (\d+)", planned.output)
    assert match, planned.output
    assert int(match.group(1)) >= 1  # lung's notes (and the list that lost breast)
    assert int(match.group(2)) >= 1  # breast's questions
    assert "#mcq-" in planned.output
    assert out.read_bytes() == package  # a plan writes no deck


def test_diff_and_plan_write_nothing(runner: CliRunner, tmp_path: Path, seeds_dir: Path) -> None:
    store = tmp_path / "facts"
    out = tmp_path / "deck.apkg"
    for command in (["diff"], ["build", "--plan"]):
        result = runner.invoke(
            app, [*command, str(seeds_dir), "-o", str(out), "--store", str(store)]
        )
        assert result.exit_code == 0, result.output
        assert re.search(r"add \d+, change 0, leave 0, orphan 0", result.output)
        assert not store.exists()  # neither the store nor its cache
        assert not out.exists()


def test_a_missing_source_is_one_line_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    result = runner.invoke(
        app, ["build", str(missing), "-o", str(tmp_path / "d.apkg"), "--store", str(tmp_path / "f")]
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {missing}: no such file or folder"]
    assert not (tmp_path / "d.apkg").exists()


@pytest.mark.parametrize("item_id", ["", "q-1", "fact:spinal-metastasis:frequency:3", "é-ü 10 %"])
def test_note_guid_is_genankis_guid(item_id: str) -> None:
    """GUIDs are how Anki recognises a note on re-import: quizgen's own computation must stay
    genanki's, or every user's notes would be duplicated."""
    import genanki  # noqa: PLC0415

    from quizgen.exporters.anki import GUID_NAMESPACE, note_guid  # noqa: PLC0415

    assert note_guid(item_id) == genanki.guid_for(GUID_NAMESPACE, item_id)


def test_deck_stream_keeps_the_time_of_a_note_that_shows_the_same(tmp_path: Path) -> None:
    # The change time Anki's import compares: the last build's for a note that shows the
    # same, a later one for a note that shows something new, the row's own for a new note.
    from quizgen.exporters.anki import NoteRow  # noqa: PLC0415
    from quizgen.exporters.deck import DeckStream  # noqa: PLC0415
    from quizgen.exporters.manifest import Entry  # noqa: PLC0415

    def row(item_id: str, digest: str, mod: int) -> NoteRow:
        return NoteRow(item_id, "g" + item_id, CLOZE_MODEL_ID, mod, (), ("f",), (0,), "c", digest)

    now = datetime(2026, 1, 1, tzinfo=UTC)
    build = int(now.timestamp())
    previous = {"same": Entry("d1", 1000), "shown": Entry("d2", build + 50), "old": Entry("d3", 7)}
    stream = DeckStream(previous, tmp_path / "none.apkg", now, orphan=False)
    rows = [
        row("same", "d1", 500),
        row("shown", "x", 900),
        row("new", "d4", 600),
        row("old", "d3", 7),
    ]
    out = {r.item_id: r for r in stream.rows(rows)}
    assert out["same"].mod == 1000  # shows the same: the time written last time
    assert out["shown"].mod == build + 51  # shows something new: later than last time
    assert out["new"].mod == 600  # new: its own change time
    assert out["old"] is rows[3]  # nothing to change: the row itself
    assert {k: e.mod for k, e in stream.manifest.items()} == {
        "same": 1000,
        "shown": build + 51,
        "new": 600,
        "old": 7,
    }


def test_the_package_keeps_genankis_schema_and_indexes(
    seeds_deck: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """Notes and cards go in with their tables' indexes dropped and made again after: the
    package must end with every table and index genanki's schema makes, each with its own
    definition, and a sound database."""
    import sqlite3  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    from genanki.apkg_schema import APKG_SCHEMA  # noqa: PLC0415

    out, _, _ = seeds_deck
    with zipfile.ZipFile(out) as package:
        db_file = package.extract("collection.anki2", tmp_path / "unzipped")
    reference = sqlite3.connect(":memory:")
    reference.executescript(APKG_SCHEMA)
    query = "select type, name, tbl_name, sql from sqlite_master order by type, name"
    with sqlite3.connect(db_file) as db:
        assert db.execute(query).fetchall() == reference.execute(query).fetchall()
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert db.execute("select count(*) from notes").fetchone()[0] > 0
