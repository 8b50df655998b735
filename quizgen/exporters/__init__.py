"""Exporters: cards and questions → files (Anki packages, sheets, learning-platform formats)."""
