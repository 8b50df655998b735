"""MCQ sheets: versions (forms) with shuffled questions and options, balanced keys, and the
writers for PDF, HTML and markdown.

A form is fully determined by the questions and the seed, so the same seed gives the same
sheet byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from quizgen.attribution import licence_line, source_line
from quizgen.errors import ExportError
from quizgen.fsutil import atomic_path, atomic_write_text
from quizgen.model import MCQuestion
from quizgen.normalize import numbers_in

__all__ = [
    "LETTERS",
    "Form",
    "SheetItem",
    "SheetSpec",
    "licence_of",
    "make_forms",
    "render_sheet",
    "sheet_format",
]

LETTERS = "ABCDE"
_MAX_RUN = 3  # M8: no letter right more than three times in a row


@dataclass(frozen=True, slots=True)
class SheetItem:
    """One printed question: its number on this form, options as printed, the key."""

    number: int
    question: MCQuestion
    options: tuple[str, ...]
    answer_index: int

    @property
    def letter(self) -> str:
        """The right letter on this form."""
        return LETTERS[self.answer_index]

    @property
    def source(self) -> str:
        """The question's source line (article, section, link, date, licence)."""
        return source_line(self.question.source, self.question.provenance)


@dataclass(frozen=True, slots=True)
class Form:
    """One version of a sheet."""

    code: str
    items: tuple[SheetItem, ...]


@dataclass(frozen=True, slots=True)
class SheetSpec:
    """What goes on the sheet header."""

    title: str
    seed: int
    paper: str = "a4"
    day: date = field(default_factory=date.today)


def licence_of(forms: Sequence[Form]) -> str:
    """The content licence line of the sheet's questions."""
    for form in forms:
        for item in form.items:
            return licence_line(item.question.provenance)
    return ""


def _options_for(question: MCQuestion, rng: random.Random) -> tuple[tuple[str, ...], int]:
    """Sample this version's distractors from the pool (M9); numbers stay sorted (M6)."""
    wanted = len(question.options) - 1
    pool = list(question.distractor_pool) or [
        o for i, o in enumerate(question.options) if i != question.answer_index
    ]
    distractors = rng.sample(pool, min(wanted, len(pool)))
    options = [question.answer, *distractors]
    if question.numeric:
        options.sort(key=lambda o: numbers_in(o)[0] if numbers_in(o) else 0.0)
    else:
        rng.shuffle(options)
    return tuple(options), options.index(question.answer)


def _balanced_targets(count: int, width: int, rng: random.Random) -> list[int]:
    """Letters for ``count`` movable keys, as even as possible, no long runs."""
    targets = [i % width for i in range(count)]
    for _ in range(200):
        rng.shuffle(targets)
        if all(
            len(set(targets[i : i + _MAX_RUN + 1])) > 1
            for i in range(max(0, len(targets) - _MAX_RUN))
        ):
            break
    return targets


def _place(options: tuple[str, ...], index: int, target: int) -> tuple[tuple[str, ...], int]:
    target = min(target, len(options) - 1)
    rest = [o for i, o in enumerate(options) if i != index]
    rest.insert(target, options[index])
    return tuple(rest), target


def make_forms(questions: Sequence[MCQuestion], *, forms: int, seed: int) -> list[Form]:
    """``forms`` versions: own question order, own options, keys spread evenly over A–E.

    Numeric questions keep their sorted options, so their key letter is where the number
    falls; the other questions' keys are placed to even out every letter's count (M8).
    """
    made: list[Form] = []
    for index in range(forms):
        rng = random.Random(f"{seed}:{index}")
        order = list(questions)
        if index:  # version A keeps the generator's order; the others are shuffled
            rng.shuffle(order)
        drawn = [(q, *_options_for(q, rng)) for q in order]
        movable = [i for i, (q, _, _) in enumerate(drawn) if not q.numeric]
        width = min((len(drawn[i][1]) for i in movable), default=len(LETTERS))
        targets = iter(_balanced_targets(len(movable), width, rng))
        items: list[SheetItem] = []
        for number, (question, drawn_options, drawn_key) in enumerate(drawn, start=1):
            options, key = drawn_options, drawn_key
            if not question.numeric:
                options, key = _place(drawn_options, drawn_key, next(targets))
            items.append(SheetItem(number, question, options, key))
        made.append(
            Form(
                LETTERS[index % len(LETTERS)] + (str(index // 5) if index >= 5 else ""),
                tuple(items),
            )
        )
    return made


def sheet_format(path: Path) -> str:
    """ "pdf", "html" or "md" from the file name.

    Raises:
        ExportError: another extension.
    """
    suffix = path.suffix.lower().lstrip(".")
    formats = {"pdf": "pdf", "html": "html", "htm": "html", "md": "md", "markdown": "md"}
    if suffix not in formats:
        raise ExportError(
            f"unknown sheet format {path.suffix or '(none)'!r}; use .pdf, .html or .md", path=path
        )
    return formats[suffix]


def render_sheet(forms: Sequence[Form], spec: SheetSpec, out: Path) -> None:
    """Write the sheet (every form, each followed by its key) atomically."""
    kind = sheet_format(out)
    if kind == "pdf":
        from quizgen.exporters.pdf import render_pdf  # noqa: PLC0415

        with atomic_path(out) as tmp:
            tmp.write_bytes(render_pdf(forms, spec))
        return
    from quizgen.exporters.html_sheet import render_text_sheet  # noqa: PLC0415

    atomic_write_text(out, render_text_sheet(forms, spec, kind))
