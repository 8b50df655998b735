"""Article text made safe to print on a terminal: control characters shown, never obeyed."""

from __future__ import annotations

import re

__all__ = ["visible"]

# C0 controls but tab and newline, DEL, and the C1 controls (0x9B is a one-byte CSI).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode's control pictures: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """``text`` with every terminal control character replaced by a visible symbol, so
    an escape sequence from an article cannot retitle, recolour or clear the terminal."""
    return _CONTROL.sub(_shown, text)
