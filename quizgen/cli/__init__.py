"""The typer CLI: a thin layer over the library. Each module registers its commands on ``app``."""

from __future__ import annotations

from quizgen.cli.common import app

# Importing a command module registers its commands on ``app``.
# (each command module adds its import line here)

__all__ = ["app"]
