"""Errors quizgen raises: one base class, one subclass per stage, each naming its file."""

from __future__ import annotations

__all__ = [
    "ExportError",
    "GenerateError",
    "QuizError",
    "QuizgenError",
    "ReadError",
    "RecipeError",
    "StoreError",
    "TemplateError",
]


class QuizgenError(Exception):
    """Base for every error the CLI reports as one line; renders as "path: problem"."""

    def __init__(self, problem: str, *, path: object = "") -> None:
        self.problem = problem
        self.path = str(path) if path else ""
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class ReadError(QuizgenError):
    """An input article cannot be read (missing, empty, binary, bad encoding, no body)."""


class StoreError(QuizgenError):
    """The fact store is malformed or cannot be written."""


class RecipeError(QuizgenError):
    """A deck recipe is malformed or names something that does not exist."""


class GenerateError(QuizgenError):
    """Nothing usable could be generated from the selection."""


class TemplateError(QuizgenError):
    """A template file is missing or broken."""


class ExportError(QuizgenError):
    """An output file cannot be written."""


class QuizError(QuizgenError):
    """The quiz progress file is damaged or not quizgen's."""


# Set by `quizgen --debug` for the worker processes too: an extractor's bug then raises with
# its traceback instead of becoming one warning line (see extract_facts).
DEBUG_ENV = "QUIZGEN_DEBUG"
