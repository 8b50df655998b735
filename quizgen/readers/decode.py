"""Bytes → text, with one clear error for empty, binary or non-UTF-8 input."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from quizgen.errors import ReadError

__all__ = ["MAX_LINE_CHARS", "decode_article_bytes"]

# C0 controls but tab and newline, DEL and C1 controls: never part of an article's prose, and
# XML 1.0 (Moodle) forbids most of them; a terminal obeys ESC sequences.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# No paragraph of an article is this long; such a line is data or junk, and would make
# every later stage slow (a 50 MB line once gave a 200 MB store file).
MAX_LINE_CHARS = 100_000

# A NUL byte never occurs in a text article; a few control characters hint at binary data.
_BINARY_HINTS = frozenset(range(0x09)) | frozenset(range(0x0E, 0x20)) - {0x1B}
_BINARY_HINT_BYTES = bytes(sorted(_BINARY_HINTS))  # counted in C by bytes.translate


def decode_article_bytes(data: bytes, path: Path) -> str:
    """Decode an article file as UTF-8 (BOM allowed) and normalise it to NFC.

    Raises:
        ReadError: the file is empty, binary, or not UTF-8 (the message names the first bad
            byte and its offset, and suggests re-saving as UTF-8).
    """
    if not data.strip():
        raise ReadError("the file is empty", path=path)
    sample = data[:4096]
    hints = len(sample) - len(sample.translate(None, _BINARY_HINT_BYTES))
    if b"\x00" in sample or hints > len(sample) // 20:
        raise ReadError("binary data, not a text article", path=path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise ReadError(
            f"not UTF-8 text (byte 0x{bad:02X} at offset {exc.start}); re-save the file as UTF-8",
            path=path,
        ) from None
    text = _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    _check_line_lengths(text, path)
    return unicodedata.normalize("NFC", text)


def _check_line_lengths(text: str, path: Path) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE_CHARS and not line.lstrip().startswith("<"):
            raise ReadError(
                f"line {number} is {len(line):,} characters long (limit {MAX_LINE_CHARS:,}): "
                "not article prose",
                path=path,
            )
