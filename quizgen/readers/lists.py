"""Turn flat (depth, text) list entries into nested ListItems, and shared line tests."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.model import ListItem

__all__ = ["as_key_value", "build_tree", "looks_like_item", "shape_of"]

_KEY_VALUE = re.compile(r"^([A-Za-z0-9][\w +()/.,-]{0,29}?)\s*:\s+(\S.*)$")
_QUALIFIER = r"(?:[~≈<>]|(?:approximately|about|around|roughly|nearly|up to)\s)?\s*"
_SHARE = r"\d{1,3}(?:\.\d{1,3})?(?:\s?[-–—]\s?\d{1,3}(?:\.\d{1,3})?)?\s?%"  # 5 %, 75-80%
_TRAILING_PERCENT = re.compile(
    rf"\(\s*{_QUALIFIER}{_SHARE}\s*\)\s*$|:\s*{_QUALIFIER}{_SHARE}$"
    # "supratentorial: ~80%; frontal lobes favoured": the share, then a note after ";"
    rf"|^[^:;]{{1,60}}:\s*{_QUALIFIER}{_SHARE};\s",
    re.I,
)


def build_tree(entries: Sequence[tuple[int, str]]) -> tuple[ListItem, ...]:
    """Nest ``(depth, text)`` entries: an entry deeper than the one before is its child."""

    def take(start: int, depth: int) -> tuple[tuple[ListItem, ...], int]:
        items: list[ListItem] = []
        index = start
        while index < len(entries):
            entry_depth, text = entries[index]
            if entry_depth < depth:
                break
            index += 1
            children: tuple[ListItem, ...] = ()
            if index < len(entries) and entries[index][0] > entry_depth:
                children, index = take(index, entries[index][0])
            items.append(ListItem(text, children))
        return tuple(items), index

    if not entries:
        return ()
    base = min(depth for depth, _ in entries)
    items, _ = take(0, base)
    return items


def as_key_value(line: str) -> tuple[str, str] | None:
    """``("T1", "hypointense")`` for a short labelled line; None for prose."""
    match = _KEY_VALUE.match(line.strip())
    if not match or len(line) > 160:
        return None
    key = match.group(1).strip()
    if len(key.split()) > 4 or key.lower().startswith(("http", "www")):
        return None
    if _FINITE_VERB.search(key):
        return None  # "Two types are described: A and B": a sentence, no label
    return key, match.group(2).strip()


# A copula or auxiliary makes the words before a colon a clause, not a label ("T1", "Skull").
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has\s+been|have\s+been)\b", re.I)


def shape_of(text: str) -> str:
    """A coarse form of a list entry, to tell siblings from children in flattened lists:
    "percent" ("breast: 22%", "vertebral (94%)", "supratentorial: ~80%; frontal lobes
    favoured"), "label" ("haematogenic: arterial"), "plain"."""
    if _TRAILING_PERCENT.search(text.strip()):
        return "percent"
    if as_key_value(text):
        return "label"
    return "plain"


def looks_like_item(line: str) -> bool:
    """A line that can be a list entry: short, not a long sentence."""
    stripped = line.strip()
    words = stripped.split()
    return 0 < len(stripped) <= 160 and not (stripped.endswith(".") and len(words) > 12)
