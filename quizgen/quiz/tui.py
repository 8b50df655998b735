"""Terminal front-ends for the quiz: rich panels on a terminal, plain lines when piped."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from quizgen.quiz.items import QuizItem
from quizgen.quiz.session import Answer, Summary, percent
from quizgen.visible import visible

__all__ = ["PlainIO", "RichIO", "make_io"]

_LETTERS = "ABCDE"


def _summary_lines(summary: Summary) -> list[str]:
    right, asked = summary.score
    minutes, seconds = divmod(int(summary.seconds), 60)
    lines = [
        f"Score: {right}/{asked} right first time"
        + (f" ({percent(right, asked)}%)" if asked else ""),
        f"Time: {minutes} min {seconds:02d} s",
    ]
    worst = summary.worst_topics()
    if worst:
        lines.append(
            "Topics to review: "
            + "; ".join(f"{topic} ({wrong}/{count} wrong)" for topic, wrong, count in worst)
        )
    if summary.interrupted:
        lines.append("Session ended early; every answer so far is saved.")
    return lines


class PlainIO:
    """Line-based I/O: one answer per line on stdin (scripts and pipes)."""

    def __init__(self, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        self.stdin, self.stdout = stdin, stdout

    def _print(self, text: str = "") -> None:
        print(visible(text), file=self.stdout, flush=True)

    def _input(self, prompt: str) -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            raise EOFError
        if not self.stdin.isatty():  # piped answers are not echoed: show them
            self.stdout.write(line if line.endswith("\n") else line + "\n")
        return line.strip()

    def show_item(self, number: int, total: int, item: QuizItem, *, retry: bool = False) -> None:
        again = " · again" if retry else ""
        self._print(f"\n[{number}/{total}{again}] {item.context or item.topic}")
        self._print(item.prompt)
        for letter, option in zip(_LETTERS, item.options, strict=False):
            self._print(f"  {letter}. {option}")

    def read_choice(self, item: QuizItem) -> str:
        return self._input(f"Answer (A–{_LETTERS[len(item.options) - 1]}): ")

    def read_text(self, item: QuizItem) -> str:
        del item
        return self._input("Answer: ")

    def confirm(self, question: str) -> bool:
        return self._input(f"{question} [y/n] ").lower().startswith("y")

    def message(self, text: str) -> None:
        self._print(text)

    def show_result(self, item: QuizItem, answer: Answer) -> None:
        verdict = "Right." if answer.correct else "Wrong."
        key = f"{_LETTERS[item.answer_index]}. " if item.kind == "mcq" else ""
        self._print(f"{verdict} Answer: {key}{item.answer}")
        if item.explanation:
            self._print(item.explanation)
        self._print(f"Source: {item.source}")

    def show_summary(self, summary: Summary) -> None:
        self._print()
        for line in _summary_lines(summary):
            self._print(line)


class RichIO(PlainIO):
    """Colours and panels; MCQs take a single key press."""

    def __init__(self) -> None:
        super().__init__()
        from rich.console import Console  # noqa: PLC0415

        self.console = Console(highlight=False)

    def _print(self, text: str = "") -> None:
        self.console.print(visible(text), markup=False)

    def show_item(self, number: int, total: int, item: QuizItem, *, retry: bool = False) -> None:
        from rich.console import Group  # noqa: PLC0415
        from rich.panel import Panel  # noqa: PLC0415
        from rich.table import Table  # noqa: PLC0415
        from rich.text import Text  # noqa: PLC0415

        # one row per option, its letter in a column of its own, so a long option that wraps
        # stays indented under its own text rather than under the letter
        options = Table.grid(padding=(0, 1))
        options.add_column(style="cyan", no_wrap=True)
        options.add_column()
        for letter, option in zip(_LETTERS, item.options, strict=False):
            options.add_row(f"  {letter}.", Text(option))
        body = Group(Text(item.prompt, style="bold"), options)
        again = " · again" if retry else ""
        title = visible(f"{number}/{total}{again} · {item.context or item.topic}")
        self.console.print(Panel(body, title=title, title_align="left", border_style="blue"))

    def read_choice(self, item: QuizItem) -> str:
        prompt = f"Press A–{_LETTERS[len(item.options) - 1]} or 1–{len(item.options)}: "
        with self._prompt_line():
            self.console.print(prompt, end="", markup=False)
            key = _read_key()
            self.console.print(key.upper() if key.isprintable() else "", markup=False)
        if key.isalnum():
            _swallow_enter()  # "C⏎" out of habit: the Enter is not the next card's answer
        return key

    @contextmanager
    def _prompt_line(self) -> Iterator[None]:
        """Ctrl-C or Ctrl-D at any moment from a prompt's first character to its answer's
        echo (not only while a key is awaited: a signal may land between the two) first ends
        the prompt's line, so what follows (the summary box) starts on a line of its own."""
        try:
            yield
        except (KeyboardInterrupt, EOFError):
            self.console.print()
            raise

    def read_text(self, item: QuizItem) -> str:
        try:
            return super().read_text(item)
        except (KeyboardInterrupt, EOFError):
            self.console.print()
            raise

    def confirm(self, question: str) -> bool:
        """y or n, one key press, no Enter."""
        with self._prompt_line():
            self.console.print(f"{visible(question)} [y/n] ", end="", markup=False)
            while True:
                key = _read_key().lower()
                if key in ("y", "n"):
                    self.console.print(key, markup=False)
                    _swallow_enter()
                    return key == "y"

    def show_result(self, item: QuizItem, answer: Answer) -> None:
        from rich.text import Text  # noqa: PLC0415

        key = f"{_LETTERS[item.answer_index]}. " if item.kind == "mcq" else ""
        line = Text(
            "✔ Right. " if answer.correct else "✘ Wrong. ",
            style="bold green" if answer.correct else "bold red",
        )
        line.append(f"Answer: {key}{item.answer}")
        self.console.print(line)
        if item.explanation:
            self.console.print(item.explanation, style="dim", markup=False)
        self.console.print(f"Source: {item.source}", style="dim italic", markup=False)

    def show_summary(self, summary: Summary) -> None:
        from rich.panel import Panel  # noqa: PLC0415

        self.console.print(
            Panel("\n".join(_summary_lines(summary)), title="Session", border_style="magenta")
        )


def _read_key() -> str:
    """One key press without Enter (Ctrl-C still interrupts; Ctrl-D ends the session)."""
    import termios  # noqa: PLC0415
    import tty  # noqa: PLC0415

    descriptor = sys.stdin.fileno()
    saved = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor)
        # one byte from the terminal itself: sys.stdin's buffer would take what is typed
        # after the key too, past the reach of a flush (see _swallow_enter)
        key = os.read(descriptor, 1).decode("utf-8", errors="replace")
    finally:
        termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)
    if key in ("", "\x04"):
        raise EOFError
    return key


# How long after a one-key answer an Enter typed out of habit ("n⏎") still belongs to it.
_ENTER_GRACE = 0.3


def _swallow_enter() -> None:
    """Drop what is typed within 0.3 s of a one-key answer: an Enter typed out of
    habit, left waiting, answered the next card, empty, before the learner saw it. Nothing
    typed so soon can answer the next card, which is not on screen yet."""
    import select  # noqa: PLC0415
    import termios  # noqa: PLC0415
    import tty  # noqa: PLC0415

    descriptor = sys.stdin.fileno()
    saved = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor)
        if select.select([descriptor], [], [], _ENTER_GRACE)[0]:
            termios.tcflush(descriptor, termios.TCIFLUSH)
    finally:
        termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)


def make_io() -> PlainIO:
    """Rich on an interactive terminal, plain text otherwise."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        return RichIO()
    return PlainIO()
