"""The typer CLI: a thin layer over the library. Each module registers its commands on ``app``."""

from __future__ import annotations

# Importing a command module registers its commands on ``app``.
# (each command module adds its import line here)
from quizgen.cli import build as _build  # noqa: F401
from quizgen.cli import cards as _cards  # noqa: F401
from quizgen.cli import extract as _extract  # noqa: F401
from quizgen.cli import quiz as _quiz  # noqa: F401
from quizgen.cli import review as _review  # noqa: F401
from quizgen.cli import sheet as _sheet  # noqa: F401
from quizgen.cli.common import app

__all__ = ["app"]
