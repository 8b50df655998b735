"""MCQ sheets: versions (forms) with shuffled questions and options, balanced keys, and the
writers for PDF, HTML and markdown.

A form is fully determined by the questions and the seed, so the same seed gives the same
sheet byte for byte.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from quizgen.attribution import licence_line, source_line
from quizgen.errors import ExportError
from quizgen.fsutil import atomic_path, atomic_write_text
from quizgen.model import MCQuestion
from quizgen.normalize import normalize_answer, numbers_in

__all__ = [
    "LETTERS",
    "Form",
    "SheetItem",
    "SheetSpec",
    "compact_key",
    "grid_rows",
    "licence_of",
    "make_forms",
    "plan_sheet",
    "render_sheet",
    "sheet_format",
    "sheet_title",
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
    def explanation(self) -> str:
        """The explanation as a sentence: capital first letter, closing full stop."""
        text = self.question.explanation.strip()
        if not text:
            return text
        text = text[0].upper() + text[1:]
        return text if text.endswith((".", "!", "?")) else text + "."

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
    """What goes on the sheet header. The seed is printed on the key pages only (with it a
    student could regenerate the key); ``day`` None leaves the date field to fill in."""

    title: str
    seed: int
    paper: str = "a4"
    day: date | None = None

    @property
    def day_text(self) -> str:
        """The date as printed, or a blank to write on."""
        return self.day.isoformat() if self.day else "__________"


# Words that name how a recipe was made, not what it is about: "Spine (seeds)" → "Spine".
_INTERNAL_WORDS = re.compile(r"\s*[\(\[](?:seeds?|test|draft|tmp|demo|example)[\)\]]\s*", re.I)


def sheet_title(name: str) -> str:
    """A sheet title from a recipe's name, without "(seeds)"-style internal words."""
    return " ".join(_INTERNAL_WORDS.sub(" ", name).split()) or name


def compact_key(form: Form) -> str:
    """The whole key on one line for fast marking: "1-B 2-D 3-A …"."""
    return " ".join(f"{item.number}-{item.letter}" for item in form.items)


def grid_rows(form: Form, columns: int) -> list[list[SheetItem]]:
    """The answer grid's rows, numbered along each row (1 2 3 4 / 5 6 7 8 …)."""
    items = list(form.items)
    return [items[i : i + columns] for i in range(0, len(items), columns)]


def _option_set(question: MCQuestion) -> frozenset[str]:
    return frozenset(normalize_answer(o) for o in question.options)


def plan_sheet(
    questions: Sequence[MCQuestion],
    *,
    count: int | None,
    rng: random.Random,
    lists: Mapping[str, str],
    per_article: int | None = None,
) -> list[MCQuestion]:
    """The sheet's questions by a blueprint: spread over articles, lists and fact kinds.

    Never two questions with the same option set; each pick takes a question from the list
    (``lists`` maps a fact id to its list), then the article and kind, used least so far,
    so no list takes more than its share; ``per_article`` caps each article.
    """
    candidates = list(questions)
    rng.shuffle(candidates)
    seen: set[frozenset[str]] = set()
    unique = []
    for question in candidates:
        options = _option_set(question)
        if options not in seen:
            seen.add(options)
            unique.append(question)
    wanted = len(unique) if count is None else count
    picked: list[MCQuestion] = []
    used: Counter[str] = Counter()

    def load(question: MCQuestion) -> tuple[int, int, int]:
        group = lists.get(question.fact_id, f"{question.article}:{question.kind}")
        return (
            used["list:" + group],
            used["article:" + question.article],
            used[f"kind:{question.kind}"],
        )

    while unique and len(picked) < wanted:
        allowed = [
            q for q in unique if per_article is None or used["article:" + q.article] < per_article
        ]
        if not allowed:
            break
        choice = min(allowed, key=load)
        unique.remove(choice)
        picked.append(choice)
        group = lists.get(choice.fact_id, f"{choice.article}:{choice.kind}")
        used.update(("list:" + group, "article:" + choice.article, f"kind:{choice.kind}"))
    return picked


def licence_of(forms: Sequence[Form]) -> str:
    """The content licence line of the sheet's questions."""
    for form in forms:
        for item in form.items:
            return licence_line(item.question.provenance)
    return ""


def _number(option: str) -> float:
    found = numbers_in(option)
    return found[0] if found else 0.0


def _pool(question: MCQuestion) -> list[str]:
    return list(question.distractor_pool) or [
        o for i, o in enumerate(question.options) if i != question.answer_index
    ]


def _reachable(question: MCQuestion) -> tuple[int, ...]:
    """The key positions this question can take on a version: any for shuffled options;
    for sorted numbers (M6), those where enough pool values lie below and above the answer."""
    width = min(len(question.options), len(_pool(question)) + 1)
    if not question.numeric:
        return tuple(range(width))
    answer = _number(question.answer)
    below = sum(_number(o) < answer for o in _pool(question))
    above = len(_pool(question)) - below
    return tuple(p for p in range(width) if p <= below and width - 1 - p <= above)


def _options_for(
    question: MCQuestion, target: int, rng: random.Random
) -> tuple[tuple[str, ...], int]:
    """This version's options with the key at ``target``: distractors sampled from the
    pool (M9); numbers stay sorted (M6), so the sample decides where the answer falls."""
    pool = _pool(question)
    wanted = min(len(question.options), len(pool) + 1) - 1
    if question.numeric:
        answer = _number(question.answer)
        below = [o for o in pool if _number(o) < answer]
        above = [o for o in pool if _number(o) >= answer]
        chosen = rng.sample(below, target) + rng.sample(above, wanted - target)
        options = sorted([question.answer, *chosen], key=_number)
        return tuple(options), options.index(question.answer)
    distractors = rng.sample(pool, wanted)
    rng.shuffle(distractors)
    distractors.insert(target, question.answer)
    return tuple(distractors), target


def _longest_run(letters: Sequence[int]) -> int:
    longest = run = 0
    for index, letter in enumerate(letters):
        run = run + 1 if index and letters[index - 1] == letter else 1
        longest = max(longest, run)
    return longest


def _assign_keys(reachable: Sequence[tuple[int, ...]], rng: random.Random) -> list[int]:
    """A key position per question, spread as evenly over the letters as the questions
    allow (four-option questions cannot be E, a sorted number only where it falls), with
    no letter right more than three times in a row (M8)."""
    best: list[int] = []
    for _ in range(60):
        counts: Counter[int] = Counter()
        by_width: Counter[tuple[int, int]] = Counter()  # also even among e.g. 4-option ones
        keys = [0] * len(reachable)
        # The most constrained questions choose first, each the least used letter it can.
        order = sorted(range(len(reachable)), key=lambda i: (len(reachable[i]), rng.random()))
        for index in order:
            choices = reachable[index] or (0,)
            width = len(choices)
            low = min((counts[c], by_width[width, c]) for c in choices)
            keys[index] = rng.choice([c for c in choices if (counts[c], by_width[width, c]) == low])
            counts[keys[index]] += 1
            by_width[width, keys[index]] += 1
        if not best or _longest_run(keys) < _longest_run(best):
            best = keys
        if _longest_run(best) <= _MAX_RUN:
            break
    return best


def make_forms(questions: Sequence[MCQuestion], *, forms: int, seed: int) -> list[Form]:
    """``forms`` versions: own question order, own options, keys spread evenly over A–E.

    Each version decides first where every key goes (even counts per letter), then draws
    the options to match; a numeric question's key is moved by which pool values it
    samples below and above the answer, as its options stay sorted.
    """
    made: list[Form] = []
    for index in range(forms):
        rng = random.Random(f"{seed}:{index}")
        order = list(questions)
        if index:  # version A keeps the given order; the others are shuffled
            rng.shuffle(order)
        keys = _assign_keys([_reachable(q) for q in order], rng)
        items = tuple(
            SheetItem(number, question, *_options_for(question, key, rng))
            for number, (question, key) in enumerate(zip(order, keys, strict=True), start=1)
        )
        made.append(
            Form(LETTERS[index % len(LETTERS)] + (str(index // 5) if index >= 5 else ""), items)
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

        try:
            data = render_pdf(forms, spec)
        except ExportError as exc:
            raise ExportError(exc.problem, path=out) from None
        with atomic_path(out) as tmp:
            tmp.write_bytes(data)
        return
    from quizgen.exporters.html_sheet import render_text_sheet  # noqa: PLC0415

    atomic_write_text(out, render_text_sheet(forms, spec, kind))
