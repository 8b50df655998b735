"""The last build's manifest: what each note of a deck showed, when, and whether it was orphaned.

Stored beside the package as ``<deck>.apkg.manifest.json``: item id → (digest of the note's
fields and tags, the change time written for it, orphaned). The next build compares with it
to give changed notes a later change time (so that Anki's import takes them) and to find the
notes whose facts are gone; `quizgen diff` shows the comparison.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from quizgen.fsutil import atomic_write_text

__all__ = [
    "Entry",
    "Plan",
    "load_manifest",
    "manifest_path",
    "plan_build",
    "save_manifest",
]

_SCHEMA = 2  # 1: item id → digest of fields and change time (no change time, no orphan flag)


class Entry(NamedTuple):
    """One note as the last build wrote it."""

    digest: str  # of its fields and tags ("" when not known)
    mod: int  # the change time written for it
    orphaned: bool = False  # carried over, tagged quizgen::orphaned


@dataclass(frozen=True, slots=True)
class Plan:
    """What the next build does compared with the last one (item ids, sorted)."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    orphaned: tuple[str, ...]


def manifest_path(apkg: Path) -> Path:
    """Where the manifest of ``apkg`` lives."""
    return apkg.with_name(apkg.name + ".manifest.json")


def load_manifest(apkg: Path) -> dict[str, Entry]:
    """The last build's notes ({} when there was none or the file is unreadable).

    A manifest of an older quizgen (schema 1) gives its ids with unknown digests, so every
    note counts as changed once.
    """
    try:
        data = json.loads(manifest_path(apkg).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data.get("items", {}) if isinstance(data, dict) else {}
    if not isinstance(items, dict):
        return {}
    entries: dict[str, Entry] = {}
    for item_id, value in items.items():
        if isinstance(value, list) and len(value) == 3:
            digest, mod, orphaned = value
            if isinstance(digest, str) and isinstance(mod, int):
                entries[str(item_id)] = Entry(digest, mod, bool(orphaned))
                continue
        entries[str(item_id)] = Entry("", 0)  # older or damaged: known to exist, nothing more
    return entries


def save_manifest(apkg: Path, entries: Mapping[str, Entry]) -> None:
    """Record the build just written."""
    items = {k: [e.digest, e.mod, int(e.orphaned)] for k, e in sorted(entries.items())}
    text = json.dumps({"schema": _SCHEMA, "items": items}, separators=(",", ":"))
    atomic_write_text(manifest_path(apkg), text + "\n")


def plan_build(previous: Mapping[str, Entry], current: Mapping[str, str]) -> Plan:
    """Compare the last build's notes with the digests of the next build's (id → digest)."""
    return Plan(
        added=tuple(sorted(set(current) - set(previous))),
        changed=tuple(
            sorted(i for i in current if i in previous and previous[i].digest != current[i])
        ),
        unchanged=tuple(
            sorted(i for i in current if i in previous and previous[i].digest == current[i])
        ),
        orphaned=tuple(sorted(set(previous) - set(current))),
    )
