"""`quizgen sheet` (printable MCQ sheets) and `quizgen export` (learning-platform formats)."""

from __future__ import annotations

import random
import secrets
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.common import (
    DEFAULT_STORE,
    SeedOption,
    StoreOption,
    app,
    batch_job,
    fail,
    handle_errors,
)

__all__ = ["export", "sheet"]

Sources = Annotated[
    list[str] | None,
    typer.Argument(help="A deck recipe (.yaml) or article files/folders; none: the seeds."),
]
Output = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]
Kinds = Annotated[
    list[str] | None,
    typer.Option("--kind", help="Only questions on these fact kinds (repeatable)."),
]


def _questions(
    sources: list[str] | None, store: Path, kinds: list[str] | None, seed: int, count: int | None
) -> tuple[list, str]:  # type: ignore[type-arg]
    """The selection's MCQs (all rules passed), sampled to ``count`` with the seed."""
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.generators.rules import select_for_sheet  # noqa: PLC0415
    from quizgen.model import FactKind  # noqa: PLC0415
    from quizgen.selection import resolve_selection  # noqa: PLC0415

    selection = resolve_selection(sources or [], store_dir=store, now=datetime.now(UTC))
    for failure in selection.failures:
        print(f"Error: {failure}", file=sys.stderr)
    try:
        wanted = [FactKind(k) for k in kinds] if kinds else None
    except ValueError as exc:
        raise fail(str(exc)) from None
    made = generate(
        selection.entries,
        rng=random.Random(seed),
        cards=False,
        kinds=wanted,
        approved_only=selection.recipe.approved_only,
    )
    questions, _ = select_for_sheet(made.questions, random.Random(seed))
    if not questions:
        raise fail(
            f"{selection.name}: no multiple-choice question can be made from this "
            "selection (see `quizgen cards --kind mcq --dropped`)"
        )
    if count is not None and count < len(questions):
        keep = sorted(random.Random(seed).sample(range(len(questions)), count))
        questions = [questions[i] for i in keep]
    elif count is not None and count > len(questions):
        print(
            f"Warning: only {len(questions)} questions available (asked for {count}); "
            "using all of them",
            file=sys.stderr,
        )
    return questions, selection.name


@app.command()
@handle_errors
@batch_job
def sheet(
    sources: Sources = None,
    output: Output = Path("sheet.pdf"),
    count: Annotated[int | None, typer.Option("-n", min=1, help="Number of questions.")] = None,
    forms: Annotated[int, typer.Option("--forms", min=1, max=26, help="Versions.")] = 1,
    seed: SeedOption = None,
    kind: Kinds = None,
    title: Annotated[str | None, typer.Option("--title", help="Sheet title.")] = None,
    paper: Annotated[str, typer.Option("--paper", help="a4 or letter.")] = "a4",
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Write a printable MCQ sheet (.pdf, .html or .md by extension) with answer keys.

    Each version (--forms) has its own question and option order and key; the same --seed
    gives the same file. Without --seed the sheet prints the seed it used.

    Example: quizgen sheet decks/seeds.yaml -o sheet.pdf -n 10 --forms 2 --seed 7
    """
    from quizgen.exporters.sheets import SheetSpec, make_forms, render_sheet, sheet_format  # noqa: PLC0415

    sheet_format(output)  # an unknown extension fails before any work
    if paper not in ("a4", "letter"):
        raise fail(f"unknown paper {paper!r} (use a4 or letter)")
    seed = seed if seed is not None else secrets.randbelow(100_000)
    questions, name = _questions(sources, store, kind, seed, count)
    made = make_forms(questions, forms=forms, seed=seed)
    spec = SheetSpec(title=title or name, seed=seed, paper=paper, day=date.today())
    render_sheet(made, spec, output)
    print(f"Wrote {output}: {len(questions)} questions, {forms} version(s), seed {seed}")


@app.command()
@handle_errors
@batch_job
def export(
    sources: Sources = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="moodle, gift, amc, csv or tsv.")
    ] = "moodle",
    output: Output = Path("questions.xml"),
    seed: SeedOption = None,
    kind: Kinds = None,
    count: Annotated[int | None, typer.Option("-n", min=1, help="Number of questions.")] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the MCQs for a learning platform: Moodle XML, GIFT, AMC-TXT, CSV or TSV.

    Example: quizgen export decks/seeds.yaml --format gift -o seeds.gift
    """
    from quizgen.exporters.lms import EXPORT_FORMATS, export_questions  # noqa: PLC0415
    from quizgen.fsutil import atomic_write_text  # noqa: PLC0415

    if fmt not in EXPORT_FORMATS:
        raise fail(f"unknown format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    questions, name = _questions(sources, store, kind, seed or 0, count)
    atomic_write_text(output, export_questions(questions, fmt, name))
    print(f"Wrote {output}: {len(questions)} questions ({fmt})")
