"""What `cards`, `sheet`, `export` and `quiz` share: a selection resolved and generated as
`build` would (the recipe's card types, fact kinds, tags and approved_only all apply)."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.common import DEFAULT_STORE, fail

if TYPE_CHECKING:
    from quizgen.generators import Generated
    from quizgen.selection import Selection

__all__ = ["FactKindOption", "Made", "QuietStoreOption", "generate_selection", "store_for"]

FactKindOption = Annotated[
    list[str] | None,
    typer.Option(
        "--kind",
        metavar="FACT-KIND",
        help="Only items on this fact kind (frequency, differential, …); repeatable.",
    ),
]
QuietStoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        "-s",
        metavar="DIR",
        help="Fact store folder; written only if given or if it exists (default: facts).",
    ),
]


def store_for(store: Path | None) -> tuple[Path, bool]:
    """The store folder and whether to write it: a command that only shows or exports
    items never creates a store in the current folder unasked."""
    if store is not None:
        return store, True
    return DEFAULT_STORE, DEFAULT_STORE.is_dir()


@dataclass(frozen=True, slots=True)
class Made:
    """A generated selection and whether some source could not be read."""

    selection: Selection
    generated: Generated
    failed: bool


def _fact_kinds(names: list[str] | None) -> list[str] | None:
    from quizgen.model import FactKind  # noqa: PLC0415

    if not names:
        return None
    known = [kind.value for kind in FactKind]
    bad = [name for name in names if name not in known]
    if bad:
        raise fail(f"unknown fact kind {bad[0]!r} (use {', '.join(known)})")
    return names


def report_selection(selection: Selection, *, warn: bool = True) -> None:
    """One ``Error:`` line per source that could not be read, then the warnings."""
    for failure in selection.failures:
        print(f"Error: {failure}", file=sys.stderr)
    for warning in selection.warnings if warn else ():
        print(f"Warning: {warning}", file=sys.stderr)


def generate_selection(
    sources: list[str] | None,
    store: Path | None,
    *,
    seed: int,
    cards: bool,
    mcqs: bool,
    kinds: list[str] | None = None,
    warn: bool = True,
) -> Made:
    """Resolve ``sources``, print their read errors (and warnings if ``warn``), and generate
    the items the recipe asks for, narrowed by ``cards``/``mcqs`` and the fact ``kinds``.

    Raises:
        typer.Exit: an unknown fact kind.
    """
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.model import FactKind  # noqa: PLC0415
    from quizgen.selection import resolve_selection  # noqa: PLC0415

    wanted = _fact_kinds(kinds)
    folder, save = store_for(store)
    selection = resolve_selection(sources or [], store_dir=folder, now=datetime.now(UTC), save=save)
    report_selection(selection, warn=warn)
    recipe = selection.recipe
    chosen = [k for k in FactKind if recipe.wants(k) and (wanted is None or k.value in wanted)]
    generated = generate(
        selection.entries,
        rng=random.Random(seed),
        cards=cards and "cloze" in recipe.cards,
        mcqs=mcqs and "mcq" in recipe.cards,
        kinds=chosen,
        approved_only=recipe.approved_only,
        tags=recipe.tags,
        workers=2,  # as resolve_selection reads: the same items for any number
    )
    return Made(selection, generated, bool(selection.failures))
