"""PDF sheets with fpdf2 and the bundled DejaVu font (pure Python: pip alone installs it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence, Set
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from fpdf import FPDF

from quizgen.errors import ExportError
from quizgen.exporters.sheets import LETTERS, Form, SheetSpec, compact_key, licence_of
from quizgen.templating import load_template, template_path

__all__ = ["render_pdf"]

_PAPER = {"a4": "A4", "letter": "Letter"}
_FIXED_DAY = date(2000, 1, 1)  # creation date of an undated sheet: same seed, same bytes


@cache
def _layout() -> dict[str, Any]:
    data = yaml.safe_load(load_template("sheets/pdf.yaml"))
    assert isinstance(data, dict)
    return data


class _Sheet(FPDF):
    """An FPDF whose footer names the version and the seed on every page."""

    form_code = ""
    seed = 0
    on_key = False  # the seed is printed on key pages only

    def footer(self) -> None:
        layout = _layout()
        self.set_y(-12)
        self.set_font("body", size=layout["small_size"])
        self.set_text_color(100)
        self.cell(
            0,
            5,
            layout["key_footer" if self.on_key else "footer"].format(
                code=self.form_code, seed=self.seed, page=self.page_no()
            ),
            align="C",
        )
        self.set_text_color(0)


def _new_pdf(spec: SheetSpec) -> _Sheet:
    layout = _layout()
    pdf = _Sheet(format=_PAPER.get(spec.paper, "A4"), unit="mm")
    pdf.set_margins(layout["margin"], layout["margin"], layout["margin"])
    pdf.set_auto_page_break(auto=True, margin=layout["margin"] + 5)
    pdf.add_font("body", "", str(template_path(f"fonts/{layout['font']}")))
    pdf.add_font("body", "B", str(template_path(f"fonts/{layout['bold_font']}")))
    # Fixed metadata so the same seed gives the same bytes.
    day = spec.day or _FIXED_DAY
    pdf.set_creation_date(datetime(day.year, day.month, day.day, tzinfo=UTC))
    pdf.set_producer("quizgen")
    pdf.set_title(spec.title)
    return pdf


def _header(pdf: _Sheet, form: Form, spec: SheetSpec) -> None:
    layout = _layout()
    pdf.set_font("body", "B", layout["title_size"])
    pdf.multi_cell(
        0, 8, f"{spec.title} — version {form.code}", new_x="LMARGIN", new_y="NEXT", align="L"
    )
    pdf.set_font("body", size=layout["text_size"])
    pdf.multi_cell(
        0,
        7,
        layout["name_line"].format(day=spec.day_text, count=len(form.items)),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("body", size=layout["small_size"])
    pdf.multi_cell(
        0,
        4,
        "Choose the single best answer and mark it in the grid.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)


def _questions(pdf: _Sheet, form: Form) -> None:
    layout = _layout()
    height = layout["line_height"]
    for item in form.items:
        # A question and its options never split across a page break.
        with pdf.unbreakable() as block:
            block.set_font("body", "B", layout["text_size"])
            block.multi_cell(
                0,
                height,
                f"{item.number}. {item.question.stem}",
                new_x="LMARGIN",
                new_y="NEXT",
                align="L",
            )
            block.set_font("body", size=layout["text_size"])
            for letter, option in zip(LETTERS, item.options, strict=False):
                block.set_x(layout["margin"] + layout["option_indent"])
                block.multi_cell(
                    0, height, f"{letter}.  {option}", new_x="LMARGIN", new_y="NEXT", align="L"
                )
            block.ln(layout["question_gap"])


def _grid(pdf: _Sheet, form: Form) -> None:
    """A compact answer grid: number, then a box per letter."""
    layout = _layout()
    cell = layout["grid_cell"]
    columns = layout["grid_columns"]
    rows = -(-len(form.items) // columns)
    if pdf.get_y() + 8 + rows * cell + 3 > pdf.h - pdf.b_margin:
        pdf.add_page()  # the grid stays in one piece
    pdf.set_font("body", "B", layout["text_size"])
    pdf.cell(0, 8, "Answer grid", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_font("body", size=layout["small_size"])
    top = pdf.get_y()
    width = (pdf.w - 2 * layout["margin"]) / columns
    for index, item in enumerate(form.items):
        row, column = divmod(index, columns)  # numbered along the rows
        x = layout["margin"] + column * width
        y = top + row * cell
        pdf.set_xy(x, y)
        pdf.cell(8, cell, f"{item.number}", align="R")
        for position, letter in enumerate(LETTERS[: len(item.options)]):
            pdf.set_xy(x + 10 + position * cell, y + 0.8)
            pdf.cell(cell - 1.5, cell - 1.5, letter, border=1, align="C")
    pdf.set_xy(layout["margin"], top + rows * cell + 3)


def _key(pdf: _Sheet, form: Form, licence: str) -> None:
    layout = _layout()
    pdf.add_page()  # draws the last question page's footer: switch after it
    pdf.on_key = True
    pdf.set_font("body", "B", layout["title_size"])
    pdf.multi_cell(
        0, 8, layout["key_title"].format(code=form.code), new_x="LMARGIN", new_y="NEXT", align="L"
    )
    pdf.set_font("body", "B", layout["text_size"])
    pdf.multi_cell(
        0,
        layout["line_height"] + 1,
        layout["key_line"].format(key=compact_key(form)),
        new_x="LMARGIN",
        new_y="NEXT",
        align="L",
    )
    pdf.ln(2)
    for item in form.items:
        with pdf.unbreakable() as block:
            block.set_font("body", "B", layout["text_size"])
            block.multi_cell(
                0,
                layout["line_height"],
                f"{item.number}. {item.letter}",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            block.set_font("body", size=layout["small_size"])
            block.multi_cell(0, 4, item.explanation, new_x="LMARGIN", new_y="NEXT", align="L")
            block.set_text_color(90)
            block.multi_cell(
                0, 4, f"Source: {item.source}", new_x="LMARGIN", new_y="NEXT", align="L"
            )
            block.set_text_color(0)
            block.ln(1.5)
    pdf.ln(3)
    pdf.set_font("body", size=layout["small_size"])
    pdf.multi_cell(0, 4, licence, new_x="LMARGIN", new_y="NEXT", align="L")


def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # noqa: PLC0415  (fpdf2's own dependency)

    with TTFont(str(path), lazy=True) as font:
        return frozenset(font["cmap"].getBestCmap())


@cache
def _covered() -> frozenset[int]:
    """Code points the bundled fonts (regular and bold) can both draw."""
    layout = _layout()
    regular = _cmap(template_path(f"fonts/{layout['font']}"))
    return regular & _cmap(template_path(f"fonts/{layout['bold_font']}"))


def cjk_font() -> Path | None:
    """Noto Sans CJK from the optional ``quizgen[cjk]`` extra (OFL, 13 MB), or None."""
    try:
        from noto_cjk_sans_jp_regular import FONT_PATH  # noqa: PLC0415
    except ImportError:
        return None
    path = Path(str(FONT_PATH))
    return path if path.is_file() else None


@cache
def _cjk_covered(path: Path) -> frozenset[int]:
    return _cmap(path)


def _texts(forms: Sequence[Form], spec: SheetSpec) -> Iterator[str]:
    yield spec.title
    yield licence_of(forms)
    for form in forms:
        for item in form.items:
            yield from (item.question.stem, item.explanation, item.source)
            yield from item.options


def missing_glyphs(forms: Sequence[Form], spec: SheetSpec, covered: Set[int]) -> list[str]:
    """Characters of the sheet that no font in ``covered`` draws (fpdf2 would drop them)."""
    found = {
        char
        for text in _texts(forms, spec)
        for char in text
        if ord(char) not in covered and not char.isspace()
    }
    return sorted(found)


def _fallback(forms: Sequence[Form], spec: SheetSpec) -> Path | None:
    """The CJK font the sheet needs (None: DejaVu draws everything).

    Raises:
        ExportError: characters no available font draws, named, never dropped silently.
    """
    missing = missing_glyphs(forms, spec, _covered())
    if not missing:
        return None
    font = cjk_font()
    if font is not None:
        missing = missing_glyphs(forms, spec, _covered() | _cjk_covered(font))
        if not missing:
            return font
    shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
    hint = "" if font else "install quizgen[cjk] for Chinese, Japanese and Korean, or "
    raise ExportError(
        f"no PDF font has a glyph for {len(missing)} character(s): {shown}; "
        f"{hint}write the sheet as .html or .md"
    )


def render_pdf(forms: Sequence[Form], spec: SheetSpec) -> bytes:
    """The PDF bytes: for each form its questions, answer grid, then its key page(s).

    Characters DejaVu lacks are drawn with Noto Sans CJK when the ``cjk`` extra is there.

    Raises:
        ExportError: the sheet holds characters no available font can draw.
    """
    fallback = _fallback(forms, spec)
    pdf = _new_pdf(spec)
    if fallback is not None:
        pdf.add_font("cjk", "", str(fallback))
        pdf.set_fallback_fonts(["cjk"], exact_match=False)
    pdf.seed = spec.seed
    licence = licence_of(forms)
    for form in forms:
        pdf.add_page()  # draws the previous page's footer, so set the code after it
        pdf.form_code = form.code
        pdf.on_key = False
        _header(pdf, form, spec)
        _grid(pdf, form)
        _questions(pdf, form)
        _key(pdf, form, licence)
    return bytes(pdf.output())
