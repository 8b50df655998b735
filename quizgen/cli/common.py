"""Shared CLI pieces: the typer app, option aliases defined once, and error reporting."""

from __future__ import annotations

import errno
import functools
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from typer.core import TyperGroup

from quizgen.errors import DEBUG_ENV, QuizgenError

__all__ = [
    "DEFAULT_STORE",
    "JsonOption",
    "OutOption",
    "SeedOption",
    "StoreOption",
    "app",
    "batch_job",
    "fail",
    "handle_errors",
    "state",
]

P = ParamSpec("P")
R = TypeVar("R")

DEFAULT_STORE = Path("facts")


class _ReadableHelp(TyperGroup):
    """Help as users read it: flags without a "<bool>" placeholder, values named by what
    they are (SEED, OUTPUT…) rather than by Python type ("<int>", "<list[str]>")."""

    # Typer vendors its own click: parameters are duck-typed here rather than imported.
    def get_params(self, ctx: Any) -> Any:
        return _named(super().get_params(ctx))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command: Any = super().get_command(ctx, cmd_name)
        if command is not None:
            get_params = command.get_params
            command.get_params = lambda ctx: _named(get_params(ctx))
        return command


def _named(params: list[Any]) -> list[Any]:
    for param in params:
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif param.param_type_name == "argument":
            param.display_type_rich = lambda ctx: None  # the metavar says it all
            if param.metavar is None and param.nargs != 1:
                param.metavar = f"[{(param.name or 'ARG').upper()}...]"
        elif param.metavar is None:
            param.metavar = (param.name or "VALUE").upper()
    return params


app = typer.Typer(
    name="quizgen",
    cls=_ReadableHelp,
    help="Turn radiology reference articles into Anki decks, MCQ sheets and terminal quizzes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class _State:
    debug: bool = False


state = _State()


def _print_version(wanted: bool) -> None:
    if wanted:
        from quizgen import __version__  # noqa: PLC0415

        print(f"quizgen {__version__}")
        raise typer.Exit


@app.callback()
def _main(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a full traceback on errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Show the version and exit.", callback=_print_version, is_eager=True
        ),
    ] = False,
) -> None:
    """quizgen: radiology articles → fact store → Anki decks, MCQ sheets, terminal quiz."""
    state.debug = debug
    if debug:
        os.environ[DEBUG_ENV] = "1"  # read by the extraction workers (see extract_facts)


StoreOption = Annotated[
    Path,
    typer.Option("--store", "-s", help="Fact store folder (one YAML file per article)."),
]
OutOption = Annotated[Path, typer.Option("--output", "-o", help="File to write.")]
SeedOption = Annotated[
    int | None,
    typer.Option("--seed", help="Random seed; the same seed gives the same output."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON on stdout instead.")]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one ``Error:`` line on stderr and return the Exit to raise."""
    print(f"Error: {message}", file=sys.stderr)
    return typer.Exit(code)


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a QuizgenError into one ``Error: path: problem`` line on stderr and exit 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except QuizgenError as exc:
            if state.debug:
                raise
            raise fail(str(exc)) from None
        except Exception as exc:
            message = _foreign_error(exc)
            if state.debug or message is None:
                raise
            raise fail(message) from None

    return wrapper


def _foreign_error(exc: Exception) -> str | None:
    """One line for an error no stage turned into a QuizgenError (a full disk, a file
    without permission, a damaged database, a huge input); None for a bug (a traceback)."""
    if isinstance(exc, MemoryError):
        return "out of memory: an input is too large (split it, or read fewer articles at once)"
    sqlite3 = sys.modules.get("sqlite3")  # not imported here: `--help` stays fast
    if sqlite3 is not None and isinstance(exc, sqlite3.Error):
        return f"database error ({exc}); is the disk full? (try again with --debug for details)"
    if not isinstance(exc, OSError):
        return None
    where = f"{exc.filename}: " if exc.filename else ""
    problem = exc.strerror or str(exc) or type(exc).__name__
    if exc.errno == errno.ENOSPC:
        problem += " (free some space, or point TMPDIR at a larger disk)"
    return f"{where}{problem}"


def batch_job(command: Callable[P, R]) -> Callable[P, R]:
    """Run a command that builds large data without the cyclic garbage collector.

    Facts, items and rows are immutable and acyclic: reference counting frees them, and the
    collector would only rescan hundreds of thousands of live objects again and again (a
    sixth of a rebuild of 1,000 articles). Parsed HTML trees, the one cyclic structure, are
    taken apart by the reader. Not for the interactive quiz, which runs for long.
    """

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return command(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper
