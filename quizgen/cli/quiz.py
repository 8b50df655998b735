"""`quizgen quiz` (drill in the terminal, scheduled with FSRS) and `quizgen stats`."""

from __future__ import annotations

import json
import random
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from quizgen.cli.common import JsonOption, SeedOption, app, fail, handle_errors
from quizgen.cli.selecting import FactKindOption, QuietStoreOption, generate_selection

__all__ = ["quiz", "stats"]

ProgressOption = Annotated[
    Path | None,
    typer.Option(
        "--progress", metavar="FILE", help="Progress file (default: in your user data folder)."
    ),
]


def _now() -> datetime:
    return datetime.now(UTC)


@app.command()
@handle_errors
def quiz(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[RECIPE | PATH...]",
            help="A recipe or article paths; none: the seeds.",
            show_default=False,
        ),
    ] = None,
    count: Annotated[
        int | None, typer.Option("-n", min=1, metavar="N", help="Ask at most N items.")
    ] = None,
    item_type: Annotated[
        str, typer.Option("--type", metavar="mcq|cloze|mixed", help="Which items to ask.")
    ] = "mixed",
    kind: FactKindOption = None,
    due: Annotated[bool, typer.Option("--due", help="Due items first, then new ones.")] = False,
    seed: SeedOption = None,
    progress_file: ProgressOption = None,
    store: QuietStoreOption = None,
) -> None:
    """Drill the deck's items in the terminal; every answer is saved and scheduled (FSRS).

    MCQs take one key (A–E or 1–5); cloze items take a typed answer, checked tolerantly.
    Missed items come back later in the session, MCQs with their options reshuffled.
    Ctrl-C or Ctrl-D ends it, answers kept.

    Example: quizgen quiz -n 10 --due
    """
    from quizgen.quiz.items import items_from  # noqa: PLC0415
    from quizgen.quiz.progress import Progress, default_progress_path  # noqa: PLC0415
    from quizgen.quiz.session import order_items, reshuffled, run_session  # noqa: PLC0415
    from quizgen.quiz.tui import make_io  # noqa: PLC0415

    if item_type not in ("mcq", "cloze", "mixed"):
        raise fail(f"unknown item type {item_type!r} (use mcq, cloze or mixed)")
    seed = seed if seed is not None else secrets.randbelow(1_000_000)
    made = generate_selection(
        sources,
        store,
        seed=seed,
        cards=item_type != "mcq",
        mcqs=item_type != "cloze",
        kinds=kind,
        warn=False,  # the quiz is for the learner; `quizgen cards` shows reading warnings
    )
    selection, generated = made.selection, made.generated
    items = items_from(generated.notes, generated.questions, selection.entries)
    if made.failed and not items:  # the read errors above are why; no progress file made
        raise typer.Exit(1)
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
            missed = [reshuffled(item) for item in summary.missed]
            summary = run_session(missed, progress, io, deck=deck, clock=_now)
            io.show_summary(summary)
    if made.failed:
        raise typer.Exit(1)


@app.command()
@handle_errors
def stats(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[RECIPE | PATH...]",
            help="Also count this selection's new (never asked) items.",
            show_default=False,
        ),
    ] = None,
    progress_file: ProgressOption = None,
    as_json: JsonOption = False,
    store: QuietStoreOption = None,
) -> None:
    """Show quiz reviews, accuracy, what is due now and when next, per deck and topic.

    Given a recipe or articles, also how many of their items were never asked (new).

    Example: quizgen stats decks/seeds.yaml
    """
    from quizgen.quiz.progress import Progress, default_progress_path  # noqa: PLC0415

    path = progress_file or default_progress_path()
    data: dict[str, Any] = {"reviews": 0, "decks": {}}
    if path.exists():
        with Progress(path) as progress:
            data = progress.stats(_now())
    if sources:
        deck, new = _new_items(sources, store, path)
        entry = data["decks"].setdefault(deck, _empty_deck())
        entry["new"] = new
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    decks = data["decks"]
    if not decks:
        print(f"No quiz answers saved yet in {path}.")
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415
    from rich.text import Text  # noqa: PLC0415

    from quizgen.visible import visible  # noqa: PLC0415

    table = Table(title=f"Quiz progress ({path})")
    columns = ("deck / topic", "reviews", "accuracy", "new", "due now", "next due (UTC)")
    for column in columns if sources else tuple(c for c in columns if c != "new"):
        table.add_column(column, justify="left" if column == "deck / topic" else "right")
    for deck, entry in decks.items():
        shown_new = [str(entry.get("new", "—"))] if sources else []
        table.add_row(Text(visible(deck), style="bold"), *_stat_cells(entry, shown_new))
        for topic, sub in entry["topics"].items():
            table.add_row(Text(visible(f"  {topic}")), *_stat_cells(sub, [""] if sources else []))
    Console().print(table)


def _empty_deck() -> dict[str, Any]:
    return {"reviews": 0, "correct": 0, "accuracy": 0.0, "due": 0, "topics": {}}


def _new_items(sources: list[str], store: Path | None, path: Path) -> tuple[str, int]:
    """The selection's deck name and how many of its items the progress file never saw."""
    from quizgen.quiz.items import items_from  # noqa: PLC0415
    from quizgen.quiz.progress import Progress  # noqa: PLC0415

    made = generate_selection(sources, store, seed=0, cards=True, mcqs=True, warn=False)
    if made.failed:
        raise typer.Exit(1)
    generated = made.generated
    items = items_from(generated.notes, generated.questions, made.selection.entries)
    deck = made.selection.recipe.deck_name
    if not path.exists():
        return deck, len(items)
    with Progress(path) as progress:
        schedule = progress.schedule(items, _now())
    return deck, sum(entry.due is None for entry in schedule)


def _stat_cells(entry: dict[str, Any], new: list[str]) -> list[str]:
    """reviews, accuracy (rounded as the session summary rounds it), [new,] due now, next
    due (UTC)."""
    from quizgen.quiz.session import percent  # noqa: PLC0415

    upcoming = entry.get("next_due")
    return [
        str(entry["reviews"]),
        f"{percent(entry['correct'], entry['reviews'])}%" if entry["reviews"] else "—",
        *new,
        str(entry["due"]),
        upcoming[:16].replace("T", " ") if upcoming else "—",
    ]
