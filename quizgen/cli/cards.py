"""`quizgen cards`: the cards and questions a build would make, and what the rules dropped."""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from typing import TYPE_CHECKING, Annotated

import typer

from quizgen.cli.common import JsonOption, app, batch_job, fail, handle_errors
from quizgen.cli.selecting import FactKindOption, QuietStoreOption, generate_selection
from quizgen.visible import visible

if TYPE_CHECKING:
    from quizgen.generators import Generated
    from quizgen.generators.coverage import Coverage

__all__ = ["cards"]

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")


def _plain(text: str, hide: int) -> str:
    def show(match: re.Match[str]) -> str:
        return "[...]" if int(match.group(1)) == hide else match.group(2)

    lines = re.sub(r"<br>|</li><li>|<ul><li>", " | ", _CLOZE.sub(show, text))
    return html.unescape(re.sub(r"</?(?:ul|li)>", "", lines))


@app.command()
@handle_errors
@batch_job
def cards(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[RECIPE | PATH...]",
            help="A recipe or article paths; none: the seeds.",
            show_default=False,
        ),
    ] = None,
    store: QuietStoreOption = None,
    item_type: Annotated[
        str | None, typer.Option("--type", metavar="cloze|mcq", help="Only cloze or mcq.")
    ] = None,
    kind: FactKindOption = None,
    dropped: Annotated[
        bool, typer.Option("--dropped", help="Also list every dropped item and its rule.")
    ] = False,
    show_coverage: Annotated[
        bool,
        typer.Option(
            "--coverage", help="Also count facts, facts with a card or MCQ, drops by rule."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Show the cloze cards and MCQs made from a recipe or articles, one card per line.

    The store is read if it exists, and written only if it exists or --store is given.

    Example: quizgen cards seeds/ --type mcq --dropped --coverage
    """
    from quizgen.generators.coverage import coverage  # noqa: PLC0415

    if item_type not in (None, "cloze", "mcq"):
        raise fail(f"unknown item type {item_type!r} (use cloze or mcq)")
    selected = generate_selection(
        sources,
        store,
        seed=0,
        cards=item_type in (None, "cloze"),
        mcqs=item_type in (None, "mcq"),
        kinds=kind,
    )
    made = selected.generated
    recipe = selected.selection.recipe
    facts = [
        fact
        for entry in selected.selection.entries
        for fact in entry.usable_facts(approved_only=recipe.approved_only)
        if recipe.wants(fact.kind) and (kind is None or fact.kind.value in kind)
    ]
    figures = coverage(facts, made.notes, made.questions, made.findings)
    _show(made, figures, dropped=dropped, coverage=show_coverage, as_json=as_json)
    if selected.failed:  # what could be read is shown; a source that could not fails
        raise typer.Exit(1)


def _show(
    made: Generated, figures: Coverage, *, dropped: bool, coverage: bool, as_json: bool
) -> None:
    if as_json:
        print(
            json.dumps(
                {
                    "notes": [asdict(n) for n in made.notes],
                    "questions": [asdict(q) for q in made.questions],
                    "findings": [asdict(f) for f in made.findings],
                    "coverage": figures.to_dict(),
                },
                indent=1,
                ensure_ascii=False,
                default=str,
            )
        )
        return
    for note in made.notes:
        for deletion in note.deletions:
            print(
                visible(
                    f"[cloze c{deletion.number}] {html.unescape(note.context)}: "
                    f"{_plain(note.text, deletion.number)}  →  {html.unescape(deletion.answer)}"
                )
            )
    for question in made.questions:
        options = "  ".join(f"{'ABCDE'[i]}. {o}" for i, o in enumerate(question.options))
        print(visible(f"[mcq] {question.stem}  {options}  →  {'ABCDE'[question.answer_index]}"))
    print(
        f"{sum(len(n.deletions) for n in made.notes)} cloze cards, "
        f"{len(made.questions)} MCQs, {len(made.findings)} dropped"
    )
    if coverage:
        for line in figures.lines():
            print(line)
    if dropped:
        for finding in made.findings:
            print(
                visible(
                    f"  dropped [{finding.rule_id}] {finding.reason} "
                    f"(article {finding.article}, fact {finding.fact_id or finding.item_id})"
                )
            )
