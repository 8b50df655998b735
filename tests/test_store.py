"""The fact store: round trip, merge rules that keep a reviewer's work, errors with lines."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.errors import StoreError
from quizgen.model import ArticleFacts, Fact, FactStatus, Provenance
from quizgen.store import _dump, load_store, merge_facts, save_store, update_fact

MakeFact = Callable[..., Fact]


def _entry(*facts: Fact) -> ArticleFacts:
    return ArticleFacts("test-article", "Test article", Provenance(doi="10.1/x"), tuple(facts))


def test_round_trip_keeps_every_field(make_fact: MakeFact, tmp_store: Path, now: datetime) -> None:
    fact = replace(
        make_fact(value="22% ≥ µ é", text="breast: 22%"),
        status=FactStatus.APPROVED,
        correction=(("value", "23%"),),
        note="checked",
        cloze_number=3,
        changed_at="2026-11-23T12:00:00Z",
    )
    save_store({"test-article": _entry(fact)}, tmp_store)
    loaded = load_store(tmp_store, now=now)["test-article"]
    assert loaded.facts == (fact,)
    assert loaded.provenance.doi == "10.1/x"


def test_merge_adds_updates_and_keeps_reviewer_decisions(
    make_fact: MakeFact, now: datetime
) -> None:
    breast, lung, kidney = (
        make_fact(item=i, value=v)
        for i, v in (("breast", "22%"), ("lung", "15%"), ("kidney", "7%"))
    )
    first = merge_facts({}, [_entry(breast, lung, kidney)], now=now)
    assert first.added == 3
    store = first.store
    facts = {f.item: f for f in store["test-article"].facts}
    assert sorted(f.cloze_number for f in facts.values()) == [1, 2, 3]
    reviewed = {
        "test-article": replace(
            store["test-article"],
            facts=(
                replace(facts["breast"], status=FactStatus.APPROVED),
                replace(facts["lung"], status=FactStatus.REJECTED),
                facts["kidney"],
            ),
        )
    }
    later = now + timedelta(days=1)
    fresh = _entry(
        replace(breast, value="23%", source=replace(breast.source, text="breast: 23%")),
        lung,
        replace(kidney, value="8%"),
        make_fact(item="melanoma", value="4%"),
    )
    second = merge_facts(reviewed, [fresh], now=later)
    merged = {f.item: f for f in second.store["test-article"].facts}
    assert merged["breast"].value == "22%"  # approved: the reviewer's version stays
    assert merged["breast"].status is FactStatus.APPROVED
    assert merged["breast"].source_changed  # … and it is flagged for a new look
    assert merged["lung"].status is FactStatus.REJECTED
    assert merged["kidney"].value == "8%"  # unreviewed: takes the new value
    assert merged["kidney"].changed_at != facts["kidney"].changed_at
    assert merged["melanoma"].cloze_number == 4  # next free number, nobody renumbered
    assert [merged[i].cloze_number for i in ("breast", "lung", "kidney")] == [
        facts["breast"].cloze_number,
        facts["lung"].cloze_number,
        facts["kidney"].cloze_number,
    ]
    assert (second.added, second.updated, second.flagged) == (1, 1, 1)


def test_merge_keeps_reviewed_facts_gone_from_the_article(
    make_fact: MakeFact, now: datetime
) -> None:
    kept, dropped = make_fact(item="breast"), make_fact(item="lung", value="15%")
    store = merge_facts({}, [_entry(kept, dropped)], now=now).store
    facts = store["test-article"].facts
    store = {
        "test-article": replace(
            store["test-article"],
            facts=(replace(facts[0], correction=(("value", "21%"),)), facts[1]),
        )
    }
    result = merge_facts(store, [_entry()], now=now)
    (survivor,) = result.store["test-article"].facts
    assert survivor.item == "breast"
    assert survivor.source_changed
    assert result.removed == 1


def test_malformed_store_names_file_and_line_and_writes_nothing(
    tmp_store: Path, runner: CliRunner, seeds_dir: Path
) -> None:
    bad = tmp_store / "broken.yaml"
    bad.write_text("slug: x\ntitle: X\nfacts:\n  - id: a\n    kind: [unclosed\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_store.iterdir()}
    with pytest.raises(StoreError, match=r"broken\.yaml: line \d+: not valid YAML"):
        load_store(tmp_store)
    result = runner.invoke(app, ["extract", str(seeds_dir), "--store", str(tmp_store)])
    assert result.exit_code == 1
    assert "broken.yaml: line" in result.output
    assert {p.name: p.read_bytes() for p in tmp_store.iterdir()} == before


def test_unknown_status_is_reported_with_its_fact(tmp_store: Path) -> None:
    (tmp_store / "x.yaml").write_text(
        "slug: x\ntitle: X\nfacts:\n- id: x:synonym:a\n  kind: synonym\n  status: maybe\n",
        encoding="utf-8",
    )
    with pytest.raises(StoreError, match=r"line 4: fact x:synonym:a: unknown status 'maybe'"):
        load_store(tmp_store)


def test_extract_then_facts_on_the_seeds(
    runner: CliRunner, tmp_store: Path, seeds_dir: Path
) -> None:
    result = runner.invoke(app, ["extract", str(seeds_dir), "--store", str(tmp_store)])
    assert result.exit_code == 0, result.output
    assert "2 article(s) read" in result.output
    assert sorted(p.name for p in tmp_store.iterdir()) == [
        "spinal-metastasis.yaml",
        "vertebral-metastases.yaml",
    ]
    again = runner.invoke(app, ["extract", str(seeds_dir), "--store", str(tmp_store)])
    assert "0 added, 0 updated" in again.output
    table = runner.invoke(app, ["facts", "--store", str(tmp_store), "--kind", "threshold"])
    assert "7-18" in table.output


def test_extract_json_touches_no_store(tmp_path: Path, seeds_dir: Path) -> None:
    import json  # noqa: PLC0415

    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "extract", str(seeds_dir), "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    facts = json.loads(done.stdout)
    assert {"id", "kind", "source"} <= set(facts[0])
    assert set(facts[0]["source"]) == {"article", "title", "section", "text"}
    signal = next(f for f in facts if f["kind"] == "appearance")
    assert signal["sequence"] == signal["attribute"]
    assert not (tmp_path / "facts").exists()


def test_batch_with_bad_files_reports_each_and_keeps_going(tmp_path: Path, seeds_dir: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.md").write_bytes(b"")
    (batch / "latin1.txt").write_bytes("Tumeur bénigne\n\nTexte.".encode("latin-1"))
    (batch / "good.md").write_bytes((seeds_dir / "spinal-metastasis.md").read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "extract", str(batch), str(tmp_path / "missing.md")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert set(errors) == {
        f"Error: {tmp_path / 'missing.md'}: no such file or folder",
        f"Error: {batch / 'empty.md'}: the file is empty",
        f"Error: {batch / 'latin1.txt'}: not UTF-8 text (byte 0xE9 at offset 8); "
        "re-save the file as UTF-8",
    }
    assert "Traceback" not in done.stderr
    assert (tmp_path / "facts" / "spinal-metastasis.yaml").exists()


@pytest.mark.parametrize(
    ("recipe", "message"),
    [
        ("name: x\nsources: [missing-folder]\n", "source"),
        ("name: x\nsources: [.]\ncards: [flashcard]\n", "unknown card kind 'flashcard'"),
        ("name: x\nsources: [.]\nkinds: [rumour]\n", "unknown fact kind 'rumour'"),
        ("name: x\nsources: [.]\ncolour: red\n", "unknown key 'colour'"),
        ("name: [unclosed\n", "line 2: not valid YAML"),
    ],
)
def test_bad_recipe_is_one_clear_error(
    runner: CliRunner, tmp_path: Path, recipe: str, message: str
) -> None:
    path = tmp_path / "deck.yaml"
    path.write_text(recipe, encoding="utf-8")
    out = tmp_path / "deck.apkg"
    result = runner.invoke(
        app, ["build", str(path), "-o", str(out), "--store", str(tmp_path / "facts")]
    )
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}: ")
    assert message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_review_from_the_command_line(runner: CliRunner, tmp_store: Path, seeds_dir: Path) -> None:
    assert runner.invoke(app, ["extract", str(seeds_dir), "--store", str(tmp_store)]).exit_code == 0
    store = ["--store", str(tmp_store)]
    approved = runner.invoke(app, ["facts", *store, "--approve", "primaries-breast-763f48"])
    assert approved.exit_code == 0, approved.output
    corrected = runner.invoke(
        app, ["facts", *store, "--correct", "primaries-breast-763f48", "value=23%"]
    )
    assert corrected.exit_code == 0, corrected.output
    rejected = runner.invoke(app, ["facts", *store, "--reject", "primaries-lung-8af24d"])
    assert rejected.exit_code == 0, rejected.output
    facts = {
        f.item: f
        for f in load_store(tmp_store)["spinal-metastasis"].facts
        if f.group == "primaries"
    }
    assert facts["breast"].status is FactStatus.APPROVED
    assert facts["breast"].effective().value == "23%"
    assert facts["lung"].status is FactStatus.REJECTED
    unknown = runner.invoke(app, ["facts", *store, "--approve", "no-such-fact"])
    assert unknown.exit_code == 1
    assert "no fact with an id ending in 'no-such-fact'" in unknown.output
    again = runner.invoke(app, ["extract", str(seeds_dir), "--store", str(tmp_store)])
    assert "0 updated" in again.output  # re-extraction keeps every decision
    kept = {
        f.item: f
        for f in load_store(tmp_store)["spinal-metastasis"].facts
        if f.group == "primaries"
    }
    assert kept["breast"].effective().value == "23%"
    assert kept["lung"].status is FactStatus.REJECTED


# --- review decisions survive re-extraction (issue 12, point 7) ---------------------------


def _reviewed_store(make_fact: MakeFact, now: datetime) -> dict[str, ArticleFacts]:
    """breast approved, lung rejected, kidney corrected to 8 %, each with a reviewer's note."""
    facts = (
        merge_facts(
            {},
            [
                _entry(
                    *(
                        make_fact(item=i, value=v)
                        for i, v in (("breast", "22%"), ("lung", "15%"), ("kidney", "7%"))
                    )
                )
            ],
            now=now,
        )
        .store["test-article"]
        .facts
    )
    decided = (
        replace(facts[0], status=FactStatus.APPROVED, note="checked against the paper"),
        replace(facts[1], status=FactStatus.REJECTED, note="wrong list"),
        replace(facts[2], correction=(("value", "8%"),), note="typo in the article"),
    )
    return {"test-article": _entry(*decided)}


@pytest.mark.parametrize("item", ["breast", "lung", "kidney"])
def test_a_decision_survives_re_extraction_and_leaving_the_article(
    make_fact: MakeFact, now: datetime, item: str
) -> None:
    store = _reviewed_store(make_fact, now)
    before = {f.item: f for f in store["test-article"].facts}[item]
    again = merge_facts(
        store,
        [
            _entry(
                *(
                    replace(f, status=FactStatus.AUTO, correction=(), note="")
                    for f in store["test-article"].facts
                )
            )
        ],
        now=now,
    )
    after = {f.item: f for f in again.store["test-article"].facts}[item]
    assert (after.status, after.correction, after.note) == (
        before.status,
        before.correction,
        before.note,
    )
    assert not after.source_changed
    gone = merge_facts(again.store, [_entry()], now=now + timedelta(days=1))
    (left,) = (f for f in gone.store["test-article"].facts if f.item == item)
    assert (left.status, left.correction, left.note) == (
        before.status,
        before.correction,
        before.note,
    )
    assert left.source_changed
    assert left.gone
    assert gone.flagged == 3
    assert gone.removed == 0
    once_more = merge_facts(gone.store, [_entry()], now=now + timedelta(days=2))
    assert once_more.flagged == 0  # flagged once, not on every extraction


def test_a_changed_source_is_flagged_once_and_the_note_is_kept(
    make_fact: MakeFact, now: datetime
) -> None:
    store = _reviewed_store(make_fact, now)
    changed = [
        replace(
            f,
            status=FactStatus.AUTO,
            correction=(),
            note="",
            source=replace(f.source, text=f"{f.item}: about {f.value}"),
        )
        for f in store["test-article"].facts
    ]
    first = merge_facts(store, [_entry(*changed)], now=now)
    assert first.flagged == 3
    for fact in first.store["test-article"].facts:
        assert fact.source_changed
        assert fact.note in {"checked against the paper", "wrong list", "typo in the article"}
        assert fact.source.text.startswith(f"{fact.item}: about")  # what the article says now
        assert (
            fact.reviewed_text
            == f"{fact.item}: { {'breast': '22%', 'lung': '15%', 'kidney': '7%'}[fact.item] }"
        )
    second = merge_facts(first.store, [_entry(*changed)], now=now + timedelta(days=1))
    assert second.flagged == 0
    assert second.store == first.store  # nothing to write: the file stays as the reviewer left it


def test_a_re_approved_fact_is_not_flagged_again(
    make_fact: MakeFact, tmp_store: Path, now: datetime
) -> None:
    store = _reviewed_store(make_fact, now)
    changed = [
        replace(
            f,
            status=FactStatus.AUTO,
            correction=(),
            note="",
            source=replace(f.source, text="new wording"),
        )
        for f in store["test-article"].facts
    ]
    flagged = merge_facts(store, [_entry(*changed)], now=now).store
    save_store(flagged, tmp_store)
    breast = next(f for f in flagged["test-article"].facts if f.item == "breast")
    update_fact(tmp_store, breast.id, now=now, status=FactStatus.APPROVED)
    reloaded = load_store(tmp_store, now=now)
    approved = next(f for f in reloaded["test-article"].facts if f.item == "breast")
    assert not approved.source_changed
    assert not approved.reviewed_text
    assert approved.note == "checked against the paper"
    again = merge_facts(reloaded, [_entry(*changed)], now=now + timedelta(days=1))
    assert not next(
        f for f in again.store["test-article"].facts if f.item == "breast"
    ).source_changed


def _edit_store_file(tmp_store: Path, old: str, new: str) -> None:
    path = tmp_store / "test-article.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_hand_edited_value_becomes_a_correction_and_is_never_undone(
    make_fact: MakeFact, tmp_store: Path, now: datetime
) -> None:
    fresh = _entry(make_fact(item="breast", value="22%"), make_fact(item="lung", value="15%"))
    save_store(merge_facts({}, [fresh], now=now).store, tmp_store)
    _edit_store_file(tmp_store, "value: 22%", "value: 23%")  # what the README's example shows
    result = merge_facts(load_store(tmp_store, now=now), [fresh], now=now)
    breast = next(f for f in result.store["test-article"].facts if f.item == "breast")
    assert breast.correction == (("value", "23%"),)
    assert breast.value == "22%"  # the extracted value, kept as the article's wording
    assert breast.effective().value == "23%"
    assert result.notices == (
        f"fact {breast.id}: `value` edited in the store; kept as `correction: {{value: 23%}}` "
        "(write corrections under `correction:`, the extracted fields are overwritten by the "
        "next extraction)",
    )
    save_store(result.store, tmp_store)
    later = merge_facts(load_store(tmp_store, now=now), [fresh], now=now + timedelta(days=1))
    assert (
        next(f for f in later.store["test-article"].facts if f.item == "breast").effective().value
        == "23%"
    )
    assert later.notices == ()


def test_a_hand_edit_survives_a_save_before_the_next_extraction(
    make_fact: MakeFact, tmp_store: Path, now: datetime
) -> None:
    fresh = _entry(make_fact(item="breast", value="22%"), make_fact(item="lung", value="15%"))
    save_store(merge_facts({}, [fresh], now=now).store, tmp_store)
    _edit_store_file(tmp_store, "value: 22%", "value: 23%")
    lung = next(f for f in fresh.facts if f.item == "lung")
    update_fact(tmp_store, lung.id, now=now, status=FactStatus.APPROVED)  # saves the file
    result = merge_facts(load_store(tmp_store, now=now), [fresh], now=now)
    breast = next(f for f in result.store["test-article"].facts if f.item == "breast")
    assert breast.effective().value == "23%"


def test_a_hand_edit_is_told_apart_from_a_change_in_the_article(
    make_fact: MakeFact, tmp_store: Path, now: datetime
) -> None:
    """The article changed the section, the person changed the value: only the value is a
    correction; the article's change is flagged, not taken as the person's."""
    original = make_fact(item="breast", value="22%")
    save_store(merge_facts({}, [_entry(original)], now=now).store, tmp_store)
    _edit_store_file(tmp_store, "value: 22%", "value: 23%")
    moved = replace(original, group="primaries")
    result = merge_facts(load_store(tmp_store, now=now), [_entry(moved)], now=now)
    (breast,) = result.store["test-article"].facts
    assert breast.correction == (("value", "23%"),)
    assert breast.source_changed


def test_an_approved_fact_whose_article_now_says_more_is_flagged_once(
    make_fact: MakeFact, now: datetime
) -> None:
    store = _reviewed_store(make_fact, now)
    breast = next(f for f in store["test-article"].facts if f.item == "breast")
    fresh = _entry(
        replace(
            breast,
            status=FactStatus.AUTO,
            note="",
            value="25%",
            source=replace(breast.source, text="breast: 25%"),
        )
    )
    first = merge_facts(store, [fresh], now=now)
    (flagged,) = (f for f in first.store["test-article"].facts if f.item == "breast")
    assert (flagged.value, flagged.source_changed) == ("22%", True)  # the approved version stays
    second = merge_facts(first.store, [fresh], now=now + timedelta(days=1))
    assert second.flagged == 0


# Scalars the YAML resolver reads as something other than a string, and their neighbours:
# the store must quote each exactly as the plain safe dumper does.
_TRICKY_SCALARS = (
    "",
    "yes",
    "No",
    "ON",
    "off",
    "true",
    "False",
    "null",
    "~",
    "1",
    "-2",
    "0x1F",
    "0o17",
    "1_000",
    "1.5",
    ".5",
    "1e3",
    ".inf",
    "-.Inf",
    ".nan",
    "2026-11-23",
    "2026-11-23 12:00:00",
    "<<",
    "=",
    "12:30",
    "190:20:30",
    "T2 hyperintense",
    "yes and no",
    "5-10%",
)


@given(
    st.lists(
        st.one_of(st.sampled_from(_TRICKY_SCALARS), st.text(max_size=12)), min_size=1, max_size=8
    )
)
def test_store_yaml_is_the_plain_safe_dumpers(values: list[str]) -> None:
    """The store's dumper resolves scalar tags its own (faster) way: the text must be the
    one the safe dumper it extends (libyaml's, where installed) writes, read back the same."""
    document = {"values": values, "first": values[0], "map": dict.fromkeys(values, "x")}
    text = _dump(document)
    expected = yaml.dump(
        document,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    assert text == expected
    assert yaml.safe_load(text) == document
