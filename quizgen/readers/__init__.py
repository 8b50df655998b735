"""Readers: any of the three input forms → one Article.

``read_article(path)`` sniffs the form from the content (not the file name) and dispatches
to ``html``, ``markdown`` or ``text``; every problem is a ReadError naming the file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from quizgen.errors import ReadError
from quizgen.model import Article, InputFormat
from quizgen.readers.article_check import not_an_article_problem
from quizgen.readers.decode import decode_article_bytes
from quizgen.readers.metadata import SIDECAR_SUFFIX, apply_attribution, read_sidecar
from quizgen.readers.sniff import sniff_format

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "iter_article_paths",
    "read_article",
    "read_articles",
    "read_text",
    "regular_file_problem",
    "scan_article_paths",
    "sniff_format",
]

# Files a folder read picks up; anything else in the folder (recipes, decks) is ignored.
ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".md", ".markdown", ".txt", ".text"})
_NOT_ARTICLES = ("readme", "license", "licence", "copying", "notice")
# The longest reference article is well under 2 MB of HTML; past this a file is not one, and
# reading it whole would only exhaust memory.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


def regular_file_problem(path: Path) -> str:
    """Why ``path`` cannot be read as an article file ("" when it can).

    Only ``stat`` is called: opening a FIFO blocks, and a device never ends.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return "no such file"
    except OSError as exc:
        return f"cannot read ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "is a folder; pass it as a source to read every article in it"
    if not stat.S_ISREG(info.st_mode):
        return "not a regular file (a device, pipe or socket); quizgen reads only article files"
    if info.st_size > MAX_ARTICLE_BYTES:
        return f"{info.st_size / 2**20:.0f} MB is over the 20 MB limit for one article"
    return ""


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
        ReadError: missing or unreadable file, empty, binary, not UTF-8, not an article
            (documentation or text of another field: ``article_check``), or no article in it.
    """
    problem = regular_file_problem(path)
    if problem:
        raise ReadError(problem, path=path)
    if path.name.lower().endswith(SIDECAR_SUFFIX):
        # named as a source by hand (a folder's walk skips it): its article is the source
        raise ReadError(
            "an attribution sidecar, not an article; name the article beside it", path=path
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)  # the file may grow after the check
    except OSError as exc:
        raise ReadError(f"cannot read ({exc.strerror or exc})", path=path) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ReadError("over the 20 MB limit for one article", path=path)
    text = decode_article_bytes(data, path)
    article = read_text(text, path=path)  # its own problems (empty, no body) come first
    problem = not_an_article_problem(text)  # a README or a licence is no deck's source
    if problem:
        raise ReadError(problem, path=path)
    # Attribution the text does not carry (URL, authors, licence) may sit beside it.
    attribution = read_sidecar(path)
    if not attribution:
        return article
    return replace(article, provenance=apply_attribution(article.provenance, attribution))


def _has_article_name(name: str) -> bool:
    lower = name.lower()
    return (
        not lower.startswith(".")
        and not lower.startswith(_NOT_ARTICLES)
        and Path(lower).suffix in ARTICLE_SUFFIXES
    )


def _link_problem(path: Path, root: Path) -> str:
    """Why the symbolic link ``path`` in a folder source is not followed ("" when it is).

    A folder source is what the user handed over: a link inside it is followed only to a
    regular file inside the same folder. One that leads outside (a shared folder carrying a
    link to ~/.ssh or /etc), to a folder (anywhere, or in a circle), to a device or to
    nothing is not read, and is reported as an unreadable subfolder is.
    """
    try:
        target = Path(os.path.realpath(path))
    except OSError as exc:  # a link the system will not show (/proc/1/cwd)
        return f"cannot read ({exc.strerror or exc})"
    if not target.is_relative_to(root):
        return f"a link to {target}, outside the folder; not followed {_NAME_IT}"
    try:
        mode = os.stat(target).st_mode
    except OSError as exc:
        gone = isinstance(exc, FileNotFoundError)
        return "a link to nothing; not followed" if gone else f"cannot read ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return f"a link to a folder; not followed {_NAME_IT}"
    return "a link to a device, pipe or socket; not followed"


_NAME_IT = "(name it as a source to read it)"


def _walk_folder(
    folder: Path, found: list[Path], errors: list[ReadError], root: Path | None = None
) -> None:
    """Article files under ``folder``, hidden entries skipped; a link is followed only to a
    regular file inside the folder source (``_link_problem``). Every entry that cannot be
    read is an error, never skipped in silence."""
    root = Path(os.path.realpath(folder)) if root is None else root
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        errors.append(ReadError(f"cannot read this folder ({exc.strerror or exc})", path=folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        # a link named like an article, or one to a folder (os.path.isdir never raises)
        if entry.is_symlink() and (_has_article_name(entry.name) or os.path.isdir(path)):
            problem = _link_problem(path, root)
            if problem:
                errors.append(ReadError(problem, path=path))
                continue
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
            info = None if is_folder else os.stat(path, follow_symlinks=True)
        except FileNotFoundError:
            continue  # a dangling link, or a file deleted meanwhile
        except OSError as exc:
            errors.append(ReadError(f"cannot read ({exc.strerror or exc})", path=path))
            continue
        if is_folder:
            _walk_folder(path, found, errors, root)
        elif info is not None and stat.S_ISREG(info.st_mode) and _has_article_name(entry.name):
            found.append(path)


def scan_article_paths(paths: Sequence[Path]) -> tuple[list[Path], list[ReadError]]:
    """Expand folders into their article files (sorted); files are kept as given.

    Returns:
        The article files, and one error for each source or folder entry that cannot be
        read (missing, not a regular file, no permission).
    """
    found: list[Path] = []
    errors: list[ReadError] = []
    for path in paths:
        problem = regular_file_problem(path)
        if problem.startswith("is a folder"):
            _walk_folder(path, found, errors)
        elif problem == "no such file":
            errors.append(ReadError("no such file or folder", path=path))
        elif problem:
            errors.append(ReadError(problem, path=path))
        else:
            found.append(path)
    return found, errors


def iter_article_paths(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their article files (sorted); files are kept as given.

    Raises:
        ReadError: the first source or folder entry that cannot be read.
    """
    found, errors = scan_article_paths(paths)
    if errors:
        raise errors[0]
    return found


def read_articles(paths: Sequence[Path]) -> Iterator[tuple[Path, Article | ReadError]]:
    """Read every article under ``paths``; a bad file yields its error and reading goes on."""
    for path in paths:
        files, errors = scan_article_paths([path])
        for error in errors:
            yield Path(error.path), error
        for file in files:
            try:
                yield file, read_article(file)
            except ReadError as exc:
                yield file, exc
