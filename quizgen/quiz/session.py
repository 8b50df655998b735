"""The quiz loop, free of terminal code: ask, grade, save, re-ask misses, summarise."""

from __future__ import annotations

import random
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from quizgen.quiz.grading import Verdict, grade_choice, grade_typed
from quizgen.quiz.items import QuizItem
from quizgen.quiz.progress import Progress

__all__ = [
    "REQUEUE_GAP",
    "Answer",
    "QuizIO",
    "Summary",
    "order_items",
    "percent",
    "reshuffled",
    "run_session",
]

REQUEUE_GAP = 3  # a missed item comes back after this many other items


class QuizIO(Protocol):
    """What the session needs from a terminal (rich or plain)."""

    def show_item(
        self, number: int, total: int, item: QuizItem, *, retry: bool = False
    ) -> None: ...
    def read_choice(self, item: QuizItem) -> str: ...
    def read_text(self, item: QuizItem) -> str: ...
    def confirm(self, question: str) -> bool: ...
    def message(self, text: str) -> None: ...
    def show_result(self, item: QuizItem, answer: Answer) -> None: ...
    def show_summary(self, summary: Summary) -> None: ...


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer as given and judged."""

    item: QuizItem
    given: str
    correct: bool
    near_miss: bool = False
    retry: bool = False


@dataclass(slots=True)
class Summary:
    """The session so far."""

    answers: list[Answer] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def first_attempts(self) -> list[Answer]:
        """Answers to items asked for the first time this session."""
        return [a for a in self.answers if not a.retry]

    @property
    def score(self) -> tuple[int, int]:
        """(right first time, items asked)."""
        first = self.first_attempts
        return sum(a.correct for a in first), len(first)

    @property
    def missed(self) -> list[QuizItem]:
        """Items answered wrong at least once, in the order they were asked."""
        seen: dict[str, QuizItem] = {}
        for answer in self.answers:
            if not answer.correct:
                seen.setdefault(answer.item.key, answer.item)
        return list(seen.values())

    def worst_topics(self, limit: int = 3) -> list[tuple[str, int, int]]:
        """(topic, wrong, asked) for the topics answered worst, worst first."""
        asked = Counter(a.item.topic for a in self.first_attempts)
        wrong = Counter(a.item.topic for a in self.first_attempts if not a.correct)
        ranked = sorted(wrong, key=lambda t: (-wrong[t] / asked[t], -wrong[t], t))
        return [(topic, wrong[topic], asked[topic]) for topic in ranked[:limit]]


def order_items(
    items: Sequence[QuizItem],
    progress: Progress,
    *,
    due_first: bool,
    rng: random.Random,
    now: datetime,
) -> list[QuizItem]:
    """Shuffled items; with ``due_first``, due items (least likely remembered first), then
    new ones, and nothing that is not due yet."""
    shuffled = list(items)
    rng.shuffle(shuffled)
    if not due_first:
        return shuffled
    schedule = progress.schedule(shuffled, now)
    due = [s for s in schedule if s.due is not None and s.due <= now]
    due.sort(key=lambda s: s.retrievability if s.retrievability is not None else 0.0)
    new = [s for s in schedule if s.due is None]
    return [s.item for s in (*due, *new)]


def percent(right: int, asked: int) -> int:
    """A share as a whole percentage, rounded half up: the one rounding the session
    summary and `quizgen stats` both use."""
    return (200 * right + asked) // (2 * asked) if asked else 0


def reshuffled(item: QuizItem) -> QuizItem:
    """A missed MCQ with its options in another order, so that it is not answered again
    by position; sorted numbers (M6) keep their order."""
    if item.kind != "mcq" or item.numeric or len(set(item.options)) < 2:
        return item
    rng = random.Random(f"{item.key}:{item.options}")
    options = list(item.options)
    while options == list(item.options):
        rng.shuffle(options)
    answer = item.options[item.answer_index]
    return replace(item, options=tuple(options), answer_index=options.index(answer))


def _judge(item: QuizItem, io: QuizIO, progress: Progress) -> tuple[str, bool, bool]:
    """Ask until the answer is usable; returns (given, correct, near miss)."""
    if item.kind == "mcq":
        while True:
            given = io.read_choice(item)
            index = grade_choice(given, len(item.options))
            if index is not None:
                return given, index == item.answer_index, False
            io.message(
                f"Answer with a letter A–{'ABCDE'[len(item.options) - 1]} "
                f"or a number 1–{len(item.options)}."
            )
    given = io.read_text(item)
    grade = grade_typed(given, item.answer, (*item.accepted, *progress.aliases(item.key)))
    if grade.verdict is Verdict.NEAR:
        io.message(f"Near miss: you wrote {given!r}, the answer is {item.answer!r}.")
        if io.confirm("Count it as right?"):
            if io.confirm(f"Accept {given!r} for this card from now on?"):
                progress.add_alias(item.key, given)
            return given, True, True
        return given, False, True
    return given, grade.verdict is Verdict.RIGHT, False


def run_session(
    items: Sequence[QuizItem],
    progress: Progress,
    io: QuizIO,
    *,
    deck: str,
    clock: Callable[[], datetime],
    requeue_gap: int = REQUEUE_GAP,
) -> Summary:
    """Ask every item once, re-asking each missed one once a few items later.

    Every answer is saved before the next question. Ctrl-C or end of input ends the
    session cleanly: the summary covers what was answered.
    """
    summary = Summary()
    queue: deque[tuple[QuizItem, bool]] = deque((item, False) for item in items)
    started = clock()
    requeued: set[str] = set()
    number = 0  # the counter shows first askings only: "3/10" never becomes "3/11"
    try:
        while queue:
            item, retry = queue.popleft()
            number += 0 if retry else 1
            io.show_item(number, len(items), item, retry=retry)
            given, correct, near = _judge(item, io, progress)
            progress.record(item, correct=correct, deck=deck, now=clock())
            answer = Answer(item, given, correct, near, retry)
            summary.answers.append(answer)
            io.show_result(item, answer)
            if not correct and item.key not in requeued:
                requeued.add(item.key)
                queue.insert(min(requeue_gap, len(queue)), (reshuffled(item), True))
    except (KeyboardInterrupt, EOFError):
        summary.interrupted = True
    summary.seconds = (clock() - started).total_seconds()
    return summary
