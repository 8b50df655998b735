"""quizgen: turn radiology reference articles into Anki decks, MCQ sheets and quizzes."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
