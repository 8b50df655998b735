"""`quizgen build` and `quizgen diff`: Anki decks from a recipe or from article paths."""

from __future__ import annotations

import contextlib
import random
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from quizgen.cli.common import DEFAULT_STORE, StoreOption, app, batch_job, fail, handle_errors

if TYPE_CHECKING:
    from quizgen.exporters.deck import DeckStream
    from quizgen.exporters.manifest import Entry
    from quizgen.generators import Generated
    from quizgen.selection import Recipe

__all__ = ["build", "diff"]

Sources = Annotated[
    list[str] | None,
    typer.Argument(help="A deck recipe (.yaml) or article files/folders; none: the seeds."),
]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="The .apkg to write (default: <name>.apkg).")
]


Workers = Annotated[
    int, typer.Option("--workers", min=1, help="Processes for reading, extraction and generation.")
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


class _Prepared(NamedTuple):
    """What build and diff need after generation; the store entries are already let go
    (a library's facts would otherwise stay in memory while the deck is written)."""

    recipe: Recipe
    failed: bool  # some source could not be read
    generated: Generated
    out: Path
    now: datetime


def _prepare(
    sources: list[str] | None,
    store: Path,
    output: Path | None,
    *,
    seed: int,
    workers: int,
    dry: bool = False,
    deck: str | None = None,
) -> _Prepared:
    """Resolve the selection and generate its items (shared by build and diff); ``dry``
    writes neither the store nor any cache."""
    from quizgen.checkpoints import checkpoint  # noqa: PLC0415
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.model import FactKind, slugify  # noqa: PLC0415
    from quizgen.selection import deck_cache, resolve_selection  # noqa: PLC0415

    now = datetime.now(UTC)
    with _progress_bar(sources or []) as report:
        selection = resolve_selection(
            sources or [], store_dir=store, now=now, workers=workers, report=report, save=not dry
        )
    for failure in selection.failures:
        print(f"Error: {failure}", file=sys.stderr)
    for warning in selection.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    recipe = selection.recipe if deck is None else replace(selection.recipe, deck=deck)
    out = output or Path(f"{slugify(recipe.name) or 'quizgen'}.apkg")
    kinds = [kind for kind in FactKind if recipe.wants(kind)]
    generated = generate(
        selection.entries,
        rng=random.Random(seed),
        cards="cloze" in recipe.cards,
        mcqs="mcq" in recipe.cards,
        kinds=kinds,
        approved_only=recipe.approved_only,
        tags=recipe.tags,
        cache_dir=None if dry else deck_cache(store, out),
        workers=workers,
    )
    checkpoint("generated")
    return _Prepared(recipe, bool(selection.failures), generated, out, now)


@app.command()
@handle_errors
@batch_job
def build(
    sources: Sources = None,
    output: Output = None,
    store: StoreOption = DEFAULT_STORE,
    plan: Annotated[
        bool, typer.Option("--plan", help="Show what would change; write nothing.")
    ] = False,
    drop_orphans: Annotated[
        bool,
        typer.Option(
            "--drop-orphans",
            help="Leave out the notes tagged quizgen::orphaned (after deleting them in Anki).",
        ),
    ] = False,
    seed: Seed = 0,
    workers: Workers = 2,
    deck: Annotated[
        str | None,
        typer.Option(
            "--deck",
            metavar="NAME",
            help="Anki deck name, e.g. Radiology::Neuro (default: the recipe's or folder's).",
        ),
    ] = None,
) -> None:
    """Build an Anki deck (.apkg) from a recipe or articles; no argument builds the seeds.

    Notes keep their ids across rebuilds, so re-importing updates cards in place and keeps
    your reviews. Notes whose facts are gone (rejected, or no longer in the article) stay in
    the deck tagged quizgen::orphaned, so that you can find and delete them in Anki; then
    build once with --drop-orphans.

    Example: quizgen build decks/seeds.yaml -o seeds.apkg
    """
    from quizgen.checkpoints import checkpoint  # noqa: PLC0415
    from quizgen.exporters.anki import ORPHAN_TAG, write_rows  # noqa: PLC0415
    from quizgen.exporters.deck import (  # noqa: PLC0415
        ORPHANED,
        DeckStream,
        deck_licences,
        deck_rows,
    )
    from quizgen.exporters.manifest import load_manifest, save_manifest  # noqa: PLC0415
    from quizgen.fsutil import remove_stale_temporaries  # noqa: PLC0415
    from quizgen.selection import deck_cache  # noqa: PLC0415

    recipe, failed, generated, out, now = _prepare(
        sources, store, output, seed=seed, workers=workers, dry=plan, deck=deck
    )
    previous = load_manifest(out)
    rows = deck_rows(generated, None if plan else deck_cache(store, out), workers=workers)
    if plan:
        _print_plan(previous, {row.item_id: row.digest for row in rows}, out)
        return
    if not generated.item_count:
        if failed:  # the sources' own errors (already printed) are the reason
            raise typer.Exit(1)
        raise fail(f"{recipe.name}: nothing to build (no usable facts)")
    remove_stale_temporaries(out.parent)  # a killed build's, beside the deck
    stream = DeckStream(previous, out, now, drop_orphans=drop_orphans, orphan=not failed)
    summary = write_rows(
        stream.rows(rows),
        out,
        deck_name=recipe.deck_name,
        description=recipe.description,
        licences=deck_licences(generated),
        now=now,
    )
    checkpoint("deck-written")
    if stream.manifest != previous:  # a rebuild that changed no note leaves the file be
        save_manifest(out, stream.manifest)
    kept = {kind: n for kind, n in summary.notes_by_kind.items() if kind != ORPHANED}
    print(
        f"Wrote {out}: {sum(kept.values())} notes, "
        f"{summary.cards - summary.cards_by_kind.get(ORPHANED, 0)} cards (deck {recipe.deck_name})"
    )
    for kind in sorted(kept):
        print(f"  {kind:<24}{kept[kind]:>4} notes {summary.cards_by_kind[kind]:>5} cards")
    if generated.reused:
        print(f"  reused the cached items of {generated.reused} unchanged article(s)")
    if generated.finding_count:
        print(
            f"  {generated.finding_count} item(s) dropped by the card rules "
            "(see `quizgen cards --dropped`)"
        )
    _report_orphans(stream, ORPHAN_TAG)
    if failed:
        raise typer.Exit(1)


def _report_orphans(stream: DeckStream, tag: str) -> None:
    if stream.carried:
        print(
            f"  {stream.carried} note(s) whose facts are gone are kept, tagged {tag}: "
            "delete them in Anki, then build with --drop-orphans"
        )
    if stream.dropped:
        print(f"  {stream.dropped} note(s) tagged {tag} left out and forgotten")
    if stream.kept_back:
        print(
            f"  {stream.kept_back} note(s) of the last build are missing because some "
            "articles could not be read; they are not marked orphaned"
        )
    if stream.untagged:
        why = stream.problem or f"{stream.package} no longer holds them"
        print(
            f"Warning: {stream.untagged} note(s) whose facts are gone could not be tagged "
            f"{tag} ({why}); build with --drop-orphans to stop this warning",
            file=sys.stderr,
        )


def _print_plan(previous: Mapping[str, Entry], current: Mapping[str, str], out: Path) -> None:
    from quizgen.exporters.manifest import plan_build  # noqa: PLC0415

    plan = plan_build(previous, current)
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
@batch_job
def diff(
    sources: Sources = None,
    output: Output = None,
    store: StoreOption = DEFAULT_STORE,
    seed: Seed = 0,
    workers: Workers = 2,
) -> None:
    """Show what the next `quizgen build` would add, change, leave and orphan; write nothing.

    Example: quizgen diff decks/seeds.yaml -o seeds.apkg
    """
    from quizgen.exporters.deck import deck_rows  # noqa: PLC0415
    from quizgen.exporters.manifest import load_manifest  # noqa: PLC0415

    prepared = _prepare(sources, store, output, seed=seed, workers=workers, dry=True)
    rows = deck_rows(prepared.generated, workers=workers)
    current = {row.item_id: row.digest for row in rows}
    _print_plan(load_manifest(prepared.out), current, prepared.out)
