"""`quizgen sheet` (printable MCQ sheets) and `quizgen export` (learning-platform formats)."""

from __future__ import annotations

import random
import secrets
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.common import SeedOption, app, batch_job, fail, handle_errors
from quizgen.cli.selecting import FactKindOption, Made, QuietStoreOption, generate_selection

if TYPE_CHECKING:
    from quizgen.model import MCQuestion
    from quizgen.selection import Selection

__all__ = ["export", "sheet"]

Sources = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[RECIPE | PATH...]",
        help="A deck recipe (.yaml) or article files/folders; none: the seeds.",
        show_default=False,
    ),
]
Output = Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="File to write.")]
Count = Annotated[
    int | None, typer.Option("-n", min=1, metavar="N", help="Number of questions (default: all).")
]


def _lists(made: Made) -> dict[str, str]:
    """Fact id → the list it belongs to (article, kind and list name), for the blueprint."""
    return {
        fact.id: f"{entry.slug}:{fact.kind}:{fact.group}"
        for entry in made.selection.entries
        for fact in entry.facts
    }


def _mcqs(made: Made) -> list[MCQuestion]:
    """The selection's MCQs, or an error line when there are none."""
    if "mcq" not in made.selection.recipe.cards:
        raise fail(f"{made.selection.name}: the recipe makes no multiple-choice questions (cards)")
    if not made.generated.questions:
        if made.failed:  # the sources' own errors (already printed) are the reason
            raise typer.Exit(1)
        raise fail(
            f"{made.selection.name}: no multiple-choice question can be made from this "
            "selection (see `quizgen cards --type mcq --dropped`)"
        )
    return list(made.generated.questions)


def _sheet_name(selection: Selection) -> str:
    """The recipe's name, or the article's own title when the sheet is of one article file
    (whose file name, "omental-infarction", is no title to print)."""
    entries = selection.entries
    if len(entries) == 1 and entries[0].slug == selection.name and entries[0].title:
        return entries[0].title
    return selection.name


def _warn_short(available: int, count: int | None) -> None:
    if count is not None and count > available:
        print(
            f"Warning: only {available} questions available (asked for {count}); using all of them",
            file=sys.stderr,
        )


@app.command()
@handle_errors
@batch_job
def sheet(
    sources: Sources = None,
    output: Output = Path("sheet.pdf"),
    count: Count = None,
    forms: Annotated[
        int, typer.Option("--forms", min=1, max=26, metavar="K", help="Versions.")
    ] = 1,
    seed: SeedOption = None,
    kind: FactKindOption = None,
    per_article: Annotated[
        int | None,
        typer.Option("--per-article", min=1, metavar="N", help="At most N questions per article."),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="Sheet title.")
    ] = None,
    day: Annotated[
        str | None,
        typer.Option("--date", metavar="YYYY-MM-DD", help="Print this date (default: blank)."),
    ] = None,
    paper: Annotated[str, typer.Option("--paper", metavar="a4|letter", help="Paper size.")] = "a4",
    store: QuietStoreOption = None,
) -> None:
    """Write a printable MCQ sheet (.pdf, .html or .md by extension) with answer keys.

    Questions are spread over articles, lists and fact kinds, never two with the same
    options. Each version (--forms) has its own question and option order and key, spread
    evenly over A–E; the same --seed gives the same file. The seed is printed on the key
    pages only.

    Example: quizgen sheet decks/seeds.yaml -o sheet.pdf -n 10 --forms 2 --seed 7
    """
    from quizgen.exporters.sheets import (  # noqa: PLC0415
        SheetSpec,
        make_forms,
        plan_sheet,
        render_sheet,
        sheet_format,
        sheet_title,
    )
    from quizgen.generators.rules import select_for_sheet  # noqa: PLC0415

    sheet_format(output)  # an unknown extension fails before any work
    if paper not in ("a4", "letter"):
        raise fail(f"unknown paper {paper!r} (use a4 or letter)")
    printed = _parse_date(day)
    seed = seed if seed is not None else secrets.randbelow(100_000)
    made = generate_selection(sources, store, seed=seed, cards=False, mcqs=True, kinds=kind)
    fit, _ = select_for_sheet(_mcqs(made), random.Random(seed))
    questions = plan_sheet(
        fit, count=count, rng=random.Random(seed), lists=_lists(made), per_article=per_article
    )
    _warn_short(len(questions), count)
    versions = make_forms(questions, forms=forms, seed=seed)
    name = title if title is not None else sheet_title(_sheet_name(made.selection))
    render_sheet(versions, SheetSpec(title=name, seed=seed, paper=paper, day=printed), output)
    print(f"Wrote {output}: {len(questions)} questions, {forms} version(s), seed {seed}")
    if made.failed:
        raise typer.Exit(1)


def _parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    if text == "today":
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise fail(f"--date {text!r} is not a date like 2026-11-24 (or 'today')") from None


def _bank(questions: list[MCQuestion]) -> list[MCQuestion]:
    """Every question fit for a question bank: one per stem and answer (a bank draws from
    them at random, so questions on one fact in other words are all worth keeping)."""
    from quizgen.normalize import normalize_answer  # noqa: PLC0415

    seen: set[tuple[str, str]] = set()
    kept = []
    for question in questions:
        key = (normalize_answer(question.stem), normalize_answer(question.answer))
        if key not in seen:
            seen.add(key)
            kept.append(question)
    return kept


@app.command()
@handle_errors
@batch_job
def export(
    sources: Sources = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="moodle, gift, amc, csv or tsv (default: from the extension).",
        ),
    ] = None,
    output: Output = Path("questions.xml"),
    seed: SeedOption = None,
    kind: FactKindOption = None,
    count: Count = None,
    store: QuietStoreOption = None,
) -> None:
    """Export the MCQs for a learning platform: Moodle XML, GIFT, AMC-TXT, CSV or TSV.

    The format follows the extension (.xml Moodle, .gift, .csv, .tsv; AMC's .txt needs
    --format amc). Every question that passed the card rules is exported; -n samples N.

    Example: quizgen export decks/seeds.yaml -o seeds.gift
    """
    from quizgen.exporters.lms import export_questions, format_for_path  # noqa: PLC0415
    from quizgen.exporters.sheets import sheet_title  # noqa: PLC0415
    from quizgen.fsutil import atomic_write_text  # noqa: PLC0415

    chosen = format_for_path(output, fmt)
    seed = seed or 0
    made = generate_selection(sources, store, seed=seed, cards=False, mcqs=True, kinds=kind)
    questions = _bank(_mcqs(made))
    _warn_short(len(questions), count)
    if count is not None and count < len(questions):
        keep = sorted(random.Random(seed).sample(range(len(questions)), count))
        questions = [questions[i] for i in keep]
    title = sheet_title(made.selection.name)
    atomic_write_text(output, export_questions(questions, chosen, title))
    print(f"Wrote {output}: {len(questions)} questions ({chosen})")
    if made.failed:
        raise typer.Exit(1)
