"""Readers: any of the three input forms → one Article.

``read_article(path)`` sniffs the form from the content (not the file name) and dispatches
to ``html``, ``markdown`` or ``text``; every problem is a ReadError naming the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from quizgen.errors import ReadError
from quizgen.model import Article, InputFormat
from quizgen.readers.decode import decode_article_bytes
from quizgen.readers.metadata import apply_attribution, read_sidecar
from quizgen.readers.sniff import sniff_format

__all__ = [
    "ARTICLE_SUFFIXES",
    "iter_article_paths",
    "read_article",
    "read_articles",
    "read_text",
    "sniff_format",
]

# Files a folder read picks up; anything else in the folder (recipes, decks) is ignored.
ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".md", ".markdown", ".txt", ".text"})
_NOT_ARTICLES = ("readme", "license", "licence", "copying", "notice")


def _reader(form: InputFormat) -> Callable[[str, Path], Article]:
    # Imported here so that reading text never pays for BeautifulSoup.
    if form is InputFormat.HTML:
        from quizgen.readers.html import read_html  # noqa: PLC0415

        return read_html
    if form is InputFormat.MARKDOWN:
        from quizgen.readers.markdown import read_markdown  # noqa: PLC0415

        return read_markdown
    from quizgen.readers.text import read_text_article  # noqa: PLC0415

    return read_text_article


def read_text(text: str, *, path: Path = Path("<text>")) -> Article:
    """Read an article held in a string (the form is sniffed).

    Raises:
        ReadError: empty text, no title, or no article body.
    """
    if not text.strip():
        raise ReadError("the file is empty", path=path)
    try:
        return _reader(sniff_format(text))(text, path)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("the page is nested too deeply to read", path=path) from None


def read_article(path: Path) -> Article:
    """Read one article file.

    Raises:
        ReadError: missing or unreadable file, empty, binary, not UTF-8, or no article in it.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError("no such file", path=path) from None
    except IsADirectoryError:
        raise ReadError(
            "is a folder; pass it as a source to read every article in it", path=path
        ) from None
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})", path=path) from None
    article = read_text(decode_article_bytes(data, path), path=path)
    # Attribution the text does not carry (URL, authors, licence) may sit beside it.
    attribution = read_sidecar(path)
    if not attribution:
        return article
    return replace(article, provenance=apply_attribution(article.provenance, attribution))


def _is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return (
        path.is_file()
        and not name.startswith(".")
        and not name.startswith(_NOT_ARTICLES)
        and path.suffix.lower() in ARTICLE_SUFFIXES
    )


def iter_article_paths(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their article files (sorted); files are kept as given.

    Raises:
        ReadError: a path does not exist.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if _is_article_file(p)
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.exists():
            found.append(path)
        else:
            raise ReadError("no such file or folder", path=path)
    return found


def read_articles(paths: Sequence[Path]) -> Iterator[tuple[Path, Article | ReadError]]:
    """Read every article under ``paths``; a bad file yields its error and reading goes on."""
    for path in paths:
        if not path.exists():
            yield path, ReadError("no such file or folder", path=path)
            continue
        for file in iter_article_paths([path]):
            try:
                yield file, read_article(file)
            except ReadError as exc:
                yield file, exc
