"""`quizgen build` and `quizgen diff`: Anki decks from a recipe or from article paths."""

from __future__ import annotations

import contextlib
import random
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.common import DEFAULT_STORE, StoreOption, app, fail, handle_errors

__all__ = ["build", "diff"]

Sources = Annotated[
    list[str] | None,
    typer.Argument(help="A deck recipe (.yaml) or article files/folders; none: the seeds."),
]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="The .apkg to write (default: <name>.apkg).")
]


Workers = Annotated[
    int, typer.Option("--workers", min=1, help="Processes for reading and extraction.")
]
Seed = Annotated[
    int, typer.Option("--seed", help="Seed for distractor choice; the same seed, the same deck.")
]


@contextlib.contextmanager
def _progress_bar(sources: list[str]) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr while articles are read, for long builds on a terminal."""
    from quizgen.selection import count_articles, recipe_for  # noqa: PLC0415

    if not sys.stderr.isatty():
        yield None
        return
    total = count_articles(recipe_for(sources).sources)
    if total < 20:
        yield None
        return
    from rich.console import Console  # noqa: PLC0415
    from rich.progress import Progress  # noqa: PLC0415

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading articles", total=total)
        yield lambda done: bar.advance(task, done)


def _prepare(  # type: ignore[no-untyped-def]
    sources: list[str] | None, store: Path, output: Path | None, *, seed: int, workers: int
):
    """Resolve the selection and generate its items (shared by build and diff)."""
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.model import FactKind, slugify  # noqa: PLC0415
    from quizgen.selection import CACHE_FOLDER, resolve_selection  # noqa: PLC0415

    now = datetime.now(UTC)
    with _progress_bar(sources or []) as report:
        selection = resolve_selection(
            sources or [], store_dir=store, now=now, workers=workers, report=report
        )
    for failure in selection.failures:
        print(f"Error: {failure}", file=sys.stderr)
    for warning in selection.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    recipe = selection.recipe
    kinds = [kind for kind in FactKind if recipe.wants(kind)]
    generated = generate(
        selection.entries,
        rng=random.Random(0),
        cards="cloze" in recipe.cards,
        mcqs="mcq" in recipe.cards,
        kinds=kinds,
        approved_only=recipe.approved_only,
        tags=recipe.tags,
        cache_dir=store / CACHE_FOLDER,
    )
    out = output or Path(f"{slugify(selection.name) or 'quizgen'}.apkg")
    return selection, generated, out, now


@app.command()
@handle_errors
def build(
    sources: Sources = None,
    output: Output = None,
    store: StoreOption = DEFAULT_STORE,
    plan: Annotated[
        bool, typer.Option("--plan", help="Show what would change; write nothing.")
    ] = False,
    seed: Seed = 0,
    workers: Workers = 2,
) -> None:
    """Build an Anki deck (.apkg) from a recipe or articles; no argument builds the seeds.

    Notes keep their ids across rebuilds, so re-importing updates cards in place and keeps
    your reviews. Notes gone since the last build are tagged quizgen::orphaned.

    Example: quizgen build decks/seeds.yaml -o seeds.apkg
    """
    from quizgen.exporters.anki import write_apkg  # noqa: PLC0415
    from quizgen.exporters.manifest import (  # noqa: PLC0415
        item_digests,
        load_manifest,
        plan_build,
        save_manifest,
    )

    selection, generated, out, now = _prepare(sources, store, output, seed=seed, workers=workers)
    if plan:
        _print_plan(
            plan_build(load_manifest(out), item_digests(generated.notes, generated.questions)), out
        )
        return
    if not generated.notes and not generated.questions:
        raise fail(f"{selection.name}: nothing to build (no usable facts)")
    previous = load_manifest(out)
    digests = item_digests(generated.notes, generated.questions)
    orphans = set(previous) - set(digests)
    summary = write_apkg(
        generated.notes,
        out,
        questions=generated.questions,
        deck_name=selection.recipe.deck_name,
        description=selection.recipe.description,
        now=now,
        orphans=orphans,
    )
    save_manifest(out, digests | {o: previous[o] for o in orphans})
    print(
        f"Wrote {out}: {summary.notes} notes, {summary.cards} cards "
        f"(deck {selection.recipe.deck_name})"
    )
    for kind in sorted(summary.notes_by_kind):
        notes, cards = summary.notes_by_kind[kind], summary.cards_by_kind[kind]
        print(f"  {kind:<24}{notes:>4} notes {cards:>5} cards")
    if generated.reused:
        print(f"  reused the cached items of {generated.reused} unchanged article(s)")
    if generated.findings:
        print(
            f"  {len(generated.findings)} item(s) dropped by the card rules "
            "(see `quizgen cards --dropped`)"
        )
    if orphans:
        print(f"  {len(orphans)} note(s) from the last build are gone: tagged quizgen::orphaned")
    if selection.failures:
        raise typer.Exit(1)


def _print_plan(plan: object, out: Path) -> None:
    from quizgen.exporters.manifest import Plan  # noqa: PLC0415

    assert isinstance(plan, Plan)
    print(f"Next build of {out} compared with the last one:")
    print(
        f"  add {len(plan.added)}, change {len(plan.changed)}, "
        f"leave {len(plan.unchanged)}, orphan {len(plan.orphaned)}"
    )
    for label, ids in (("add", plan.added), ("change", plan.changed), ("orphan", plan.orphaned)):
        for item_id in ids:
            print(f"  {label:<7}{item_id}")


@app.command()
@handle_errors
def diff(
    sources: Sources = None,
    output: Output = None,
    store: StoreOption = DEFAULT_STORE,
    seed: Seed = 0,
    workers: Workers = 2,
) -> None:
    """Show what the next `quizgen build` would add, change, leave and orphan; write no deck.

    Example: quizgen diff decks/seeds.yaml -o seeds.apkg
    """
    from quizgen.exporters.manifest import item_digests, load_manifest, plan_build  # noqa: PLC0415

    _, generated, out, _ = _prepare(sources, store, output, seed=seed, workers=workers)
    _print_plan(
        plan_build(load_manifest(out), item_digests(generated.notes, generated.questions)), out
    )
