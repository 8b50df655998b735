"""Run the CLI as ``python -m quizgen``."""

from quizgen.cli import app

app(prog_name="quizgen")
