"""Tell the three input forms apart from the content, not the file name."""

from __future__ import annotations

import re

from quizgen.model import InputFormat

__all__ = ["sniff_format"]

_HTML = re.compile(r"<(?:!doctype\s+html|html|body|div|h1|p|ul|li|article)\b", re.I)
_FRONT_MATTER = re.compile(r"\A\s*---\n.*?\n---\s*\n", re.S)
_MD_HEADING = re.compile(r"^#{1,6}(?:\s|$)", re.M)
_MD_LIST_OR_LINK = re.compile(r"^-\s|\]\([^)\s]*\)", re.M)


def sniff_format(text: str) -> InputFormat:
    """HTML if it has HTML structure tags; markdown if front matter, ``#`` headings or
    markdown links/dash lists; otherwise plain text."""
    head = text[:20000]
    if len(_HTML.findall(head)) >= 2:
        return InputFormat.HTML
    if _FRONT_MATTER.match(text) or _MD_HEADING.search(head):
        return InputFormat.MARKDOWN
    if len(_MD_LIST_OR_LINK.findall(head)) >= 3:
        return InputFormat.MARKDOWN
    return InputFormat.TEXT
