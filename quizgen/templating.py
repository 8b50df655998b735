"""The only code that knows where ``templates/`` is, and loads files from it."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from quizgen.errors import TemplateError

__all__ = ["load_template", "template_path", "templates_root"]


@cache
def templates_root() -> Path:
    """The templates folder: inside the installed package (wheel) or at the repo top level."""
    packaged = Path(__file__).parent / "templates"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parent.parent / "templates"
    if source_tree.is_dir():
        return source_tree
    raise TemplateError("templates folder not found; reinstall quizgen", path=packaged)


def template_path(name: str) -> Path:
    """Path of a template file such as ``"anki/cloze_front.html"``.

    Raises:
        TemplateError: the file does not exist.
    """
    path = templates_root() / name
    if not path.is_file():
        raise TemplateError("template file is missing; reinstall quizgen", path=path)
    return path


def load_template(name: str) -> str:
    """Text of a template file, read as UTF-8."""
    path = template_path(name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read template ({exc})", path=path) from exc
