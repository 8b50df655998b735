"""`quizgen quiz` (drill in the terminal, scheduled with FSRS) and `quizgen stats`."""

from __future__ import annotations

import json
import random
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.common import (
    DEFAULT_STORE,
    JsonOption,
    SeedOption,
    StoreOption,
    app,
    fail,
    handle_errors,
)

__all__ = ["quiz", "stats"]

ProgressOption = Annotated[
    Path | None,
    typer.Option("--progress", help="Progress file (default: in your user data folder)."),
]


def _now() -> datetime:
    return datetime.now(UTC)


@app.command()
@handle_errors
def quiz(
    sources: Annotated[
        list[str] | None, typer.Argument(help="A recipe or article paths; none: the seeds.")
    ] = None,
    count: Annotated[int | None, typer.Option("-n", min=1, help="Ask at most N items.")] = None,
    kind: Annotated[str, typer.Option("--kind", help="mcq, cloze or mixed.")] = "mixed",
    due: Annotated[bool, typer.Option("--due", help="Due items first, then new ones.")] = False,
    seed: SeedOption = None,
    progress_file: ProgressOption = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Drill the deck's items in the terminal; every answer is saved and scheduled (FSRS).

    MCQs take one key (A–E or 1–5); cloze items take a typed answer, checked tolerantly.
    Missed items come back later in the session. Ctrl-C or Ctrl-D ends it, answers kept.

    Example: quizgen quiz -n 10 --due
    """
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.quiz.items import items_from  # noqa: PLC0415
    from quizgen.quiz.progress import Progress, default_progress_path  # noqa: PLC0415
    from quizgen.quiz.session import order_items, run_session  # noqa: PLC0415
    from quizgen.quiz.tui import make_io  # noqa: PLC0415
    from quizgen.selection import resolve_selection  # noqa: PLC0415

    if kind not in ("mcq", "cloze", "mixed"):
        raise fail(f"unknown kind {kind!r} (use mcq, cloze or mixed)")
    seed = seed if seed is not None else secrets.randbelow(1_000_000)
    selection = resolve_selection(sources or [], store_dir=store, now=_now())
    made = generate(
        selection.entries,
        rng=random.Random(seed),
        cards=kind != "mcq",
        mcqs=kind != "cloze",
        approved_only=selection.recipe.approved_only,
    )
    items = items_from(made.notes, made.questions, selection.entries)
    io = make_io()
    with Progress(progress_file or default_progress_path()) as progress:
        ordered = order_items(items, progress, due_first=due, rng=random.Random(seed), now=_now())
        if count is not None:
            ordered = ordered[:count]
        if not ordered:
            io.message("Nothing to ask: no items" + (" are due." if due else "."))
            return
        deck = selection.recipe.deck_name
        summary = run_session(ordered, progress, io, deck=deck, clock=_now)
        io.show_summary(summary)
        while summary.missed and not summary.interrupted:
            try:
                again = io.confirm(f"Go again over the {len(summary.missed)} missed item(s)?")
            except (EOFError, KeyboardInterrupt):
                break
            if not again:
                break
            summary = run_session(summary.missed, progress, io, deck=deck, clock=_now)
            io.show_summary(summary)


@app.command()
@handle_errors
def stats(progress_file: ProgressOption = None, as_json: JsonOption = False) -> None:
    """Show quiz reviews, accuracy and due counts per deck and topic.

    Example: quizgen stats --json
    """
    from quizgen.quiz.progress import Progress, default_progress_path  # noqa: PLC0415

    path = progress_file or default_progress_path()
    if not path.exists():
        data: dict[str, object] = {"reviews": 0, "decks": {}}
    else:
        with Progress(path) as progress:
            data = progress.stats(_now())
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    decks = data["decks"]
    assert isinstance(decks, dict)
    if not decks:
        print(f"No quiz answers saved yet in {path}.")
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    table = Table(title=f"Quiz progress ({path})")
    for column in ("deck / topic", "reviews", "accuracy", "due now"):
        table.add_column(column, justify="left" if column == "deck / topic" else "right")
    for deck, entry in decks.items():
        table.add_row(
            f"[bold]{deck}[/bold]",
            str(entry["reviews"]),
            f"{entry['accuracy']:.0%}",
            str(entry["due"]),
        )
        for topic, sub in entry["topics"].items():
            table.add_row(
                f"  {topic}", str(sub["reviews"]), f"{sub['accuracy']:.0%}", str(sub["due"])
            )
    Console().print(table)
