"""HTML (with print CSS) and markdown sheets from jinja2 templates in templates/sheets/."""

from __future__ import annotations

import re
from collections.abc import Sequence

import jinja2

from quizgen.exporters.sheets import LETTERS, Form, SheetSpec, compact_key, grid_rows, licence_of
from quizgen.templating import templates_root

__all__ = ["render_text_sheet"]

_GRID_COLUMNS = 5  # answer-grid cells per row, numbered along the row
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|&!])")


def _markdown_escape(text: str) -> str:
    """Article text shown literally in markdown (no emphasis, links or HTML)."""
    # One line: a line break would let the text start its own heading or list.
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def render_text_sheet(forms: Sequence[Form], spec: SheetSpec, kind: str) -> str:
    """The sheet as HTML (autoescaped) or markdown (escaped) text."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_root() / "sheets"),
        autoescape=kind == "html",
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["md"] = _markdown_escape
    template = environment.get_template("sheet.html.j2" if kind == "html" else "sheet.md.j2")
    return template.render(
        forms=forms,
        spec=spec,
        letters=LETTERS,
        licence=licence_of(forms),
        compact_key=compact_key,
        rows=lambda form: grid_rows(form, _GRID_COLUMNS),
    )
