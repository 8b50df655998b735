"""`quizgen extract` and `quizgen facts`: fill the fact store and show it for review."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.common import (
    DEFAULT_STORE,
    JsonOption,
    StoreOption,
    app,
    batch_job,
    fail,
    handle_errors,
)

__all__ = ["extract", "facts"]


def _fact_json(fact: object) -> dict[str, object]:
    from quizgen.model import CONTENT_FIELDS, Fact  # noqa: PLC0415

    assert isinstance(fact, Fact)
    data: dict[str, object] = {"id": fact.id, "kind": str(fact.kind)}
    data.update({name: getattr(fact, name) for name in CONTENT_FIELDS if getattr(fact, name)})
    if fact.kind == "appearance" and fact.attribute:
        data["sequence"] = fact.attribute  # what "attribute" means for a signal fact
    data["source"] = {
        "article": fact.source.article,
        "title": fact.source.title,
        "section": fact.source.section,
        "text": fact.source.text,
    }
    return data


@app.command()
@handle_errors
@batch_job
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    store: StoreOption = DEFAULT_STORE,
    as_json: JsonOption = False,
) -> None:
    """Read articles, extract their facts and merge them into the fact store.

    Reviewed facts (approved, rejected, corrected) keep the reviewer's version; facts whose
    source text changed are flagged. With --json, print the facts and touch no store.

    Example: quizgen extract seeds/ --store facts
    """
    from quizgen.selection import extract_paths  # noqa: PLC0415
    from quizgen.store import load_store, merge_facts, save_store, store_lock  # noqa: PLC0415

    now = datetime.now(UTC)
    entries = []
    failures = []
    warnings: list[str] = []
    for path, result in extract_paths(paths):
        if isinstance(result, Exception):
            failures.append(result)
            print(f"Error: {result}", file=sys.stderr)
        elif isinstance(result, tuple):  # without a cache every article is read
            entries.append(result[0])
            warnings.extend(f"{path}: {warning}" for warning in result[1])
    if as_json:
        print(
            json.dumps(
                [_fact_json(f) for e in entries for f in e.facts], indent=2, ensure_ascii=False
            )
        )
        raise typer.Exit(1 if failures else 0)
    with store_lock(store):
        merge = merge_facts(load_store(store, now=now), entries, now=now)
        save_store(merge.store, store, only=merge.changed_slugs)
    by_kind = Counter(str(f.kind) for e in entries for f in e.facts)
    print(f"{len(entries)} article(s) read, {sum(by_kind.values())} facts → {store}/")
    for kind, count in sorted(by_kind.items()):
        print(f"  {kind:<13}{count:>5}")
    print(
        f"store: {merge.added} added, {merge.updated} updated, {merge.flagged} flagged for "
        f"review, {merge.unchanged} unchanged, {merge.removed} removed"
    )
    notices = (f"{store}: {notice}" for notice in merge.notices)
    for warning in (*warnings, *merge.same_article, *notices):
        print(f"Warning: {warning}", file=sys.stderr)
    if failures:  # each printed its own Error line above, as every command does
        raise typer.Exit(1)


def _review(
    store: Path, approve: list[str], reject: list[str], correct: tuple[str, str] | None
) -> None:
    """Apply review decisions given on the command line."""
    from quizgen.model import FactStatus  # noqa: PLC0415
    from quizgen.store import find_fact_id, update_fact  # noqa: PLC0415

    now = datetime.now(UTC)
    for wanted, status in [(i, FactStatus.APPROVED) for i in approve] + [
        (i, FactStatus.REJECTED) for i in reject
    ]:
        fact = update_fact(store, find_fact_id(store, wanted), now=now, status=status)
        print(f"{fact.id}: {fact.status}")
    if correct:
        wanted, assignment = correct
        field_name, sep, value = assignment.partition("=")
        if not sep:
            raise fail(f"--correct needs FIELD=VALUE, not {assignment!r}")
        fact = update_fact(
            store,
            find_fact_id(store, wanted),
            now=now,
            correction={field_name.strip(): value.strip()},
        )
        print(f"{fact.id}: {field_name.strip()} corrected to {value.strip()!r}")


@app.command()
@handle_errors
def facts(
    store: StoreOption = DEFAULT_STORE,
    kind: Annotated[str | None, typer.Option(help="Only this fact kind.")] = None,
    article: Annotated[str | None, typer.Option(help="Only this article (slug).")] = None,
    status: Annotated[str | None, typer.Option(help="Only auto, approved or rejected.")] = None,
    as_json: JsonOption = False,
    approve: Annotated[
        list[str] | None, typer.Option("--approve", help="Approve the fact with this id.")
    ] = None,
    reject: Annotated[
        list[str] | None, typer.Option("--reject", help="Reject the fact with this id.")
    ] = None,
    correct: Annotated[
        tuple[str, str] | None,
        typer.Option("--correct", help="Correct a fact: ID FIELD=VALUE (e.g. value=23%)."),
    ] = None,
) -> None:
    """Show the facts in the store as a table, for review; approve, reject or correct them.

    The YAML files in the store can also be edited by hand. An id may be given in full or by
    its last part as the table shows it.

    Example: quizgen facts --kind frequency --article spinal-metastasis
    """
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    from quizgen.store import load_store  # noqa: PLC0415
    from quizgen.visible import visible  # noqa: PLC0415

    if approve or reject or correct:
        _review(store, approve or [], reject or [], correct)
        return
    entries = load_store(store)
    rows = [
        fact
        for slug, entry in sorted(entries.items())
        if article is None or slug == article
        for fact in entry.facts
        if (kind is None or fact.kind == kind) and (status is None or fact.status == status)
    ]
    if as_json:
        print(
            json.dumps(
                [_fact_json(f.effective()) | {"status": str(f.status)} for f in rows],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if not entries:
        print(f"The fact store {store}/ is empty: run `quizgen extract PATH` first.")
        return
    table = Table(show_lines=False, title=f"{len(rows)} fact(s) in {store}/")
    # The id is copied into --approve/--reject: it never wraps, the other columns fold.
    table.add_column("id", no_wrap=True, overflow="ignore")
    for column in ("kind", "what", "value", "status", "section"):
        table.add_column(column, overflow="fold")
    for fact in rows:
        shown = fact.effective()
        what = " › ".join(p for p in (shown.subject, shown.group, shown.item, shown.attribute) if p)
        flag = " (source changed)" if fact.source_changed else ""
        cells = (
            fact.id.split(":", 2)[-1],
            str(fact.kind),
            what,
            shown.value or shown.statement,
            f"{fact.status}{flag}",
            fact.source.section,
        )
        table.add_row(*(Text(visible(cell)) for cell in cells))  # Text: no markup either
    sized = sys.stdout.isatty() or "COLUMNS" in os.environ  # else wide enough for a pipe
    Console(width=None if sized else 160).print(table)
