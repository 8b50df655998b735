"""`quizgen cards`: the cards and questions a build would make, and what the rules dropped."""

from __future__ import annotations

import html
import json
import random
import re
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Annotated

import typer

from quizgen.cli.common import DEFAULT_STORE, JsonOption, StoreOption, app, batch_job, handle_errors
from quizgen.visible import visible

__all__ = ["cards"]

_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}")


def _plain(text: str, hide: int) -> str:
    def show(match: re.Match[str]) -> str:
        return "[...]" if int(match.group(1)) == hide else match.group(2)

    return html.unescape(_CLOZE.sub(show, text).replace("<br>", " | "))


@app.command()
@handle_errors
@batch_job
def cards(
    sources: Annotated[
        list[str] | None, typer.Argument(help="A recipe or article paths; none: the seeds.")
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    kind: Annotated[str | None, typer.Option(help="Only cloze or mcq.")] = None,
    dropped: Annotated[
        bool, typer.Option("--dropped", help="Also list every dropped item and its rule.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Show the cloze cards and MCQs made from a recipe or articles, one card per line.

    Example: quizgen cards seeds/ --kind mcq --dropped
    """
    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.selection import resolve_selection  # noqa: PLC0415

    selection = resolve_selection(sources or [], store_dir=store, now=datetime.now(UTC))
    for failure in selection.failures:
        print(f"Error: {failure}", file=sys.stderr)
    made = generate(
        selection.entries,
        rng=random.Random(0),
        cards=kind in (None, "cloze"),
        mcqs=kind in (None, "mcq"),
        approved_only=selection.recipe.approved_only,
    )
    if as_json:
        print(
            json.dumps(
                {
                    "notes": [asdict(n) for n in made.notes],
                    "questions": [asdict(q) for q in made.questions],
                    "findings": [asdict(f) for f in made.findings],
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
    if dropped:
        for finding in made.findings:
            print(
                visible(
                    f"  dropped [{finding.rule_id}] {finding.reason} "
                    f"(article {finding.article}, fact {finding.fact_id or finding.item_id})"
                )
            )
