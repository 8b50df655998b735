"""The last build's manifest: which items a deck held and what they said, for `quizgen diff`.

Stored beside the package as ``<deck>.apkg.manifest.json``: item id → digest of what its note
showed (``NoteRow.digest``). A plan compares the items the next build would write with it:
added, changed, unchanged, orphaned (in the last build, gone now).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from quizgen.fsutil import atomic_write_text

__all__ = ["Plan", "load_manifest", "manifest_path", "plan_build", "save_manifest"]


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


def load_manifest(apkg: Path) -> dict[str, str]:
    """The last build's digests ({} when there was none or the file is unreadable)."""
    try:
        data = json.loads(manifest_path(apkg).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    items = data.get("items", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in items.items()} if isinstance(items, dict) else {}


def save_manifest(apkg: Path, digests: dict[str, str]) -> None:
    """Record the build just written."""
    text = json.dumps({"schema": 1, "items": dict(sorted(digests.items()))}, indent=1)
    atomic_write_text(manifest_path(apkg), text + "\n")


def plan_build(previous: dict[str, str], current: dict[str, str]) -> Plan:
    """Compare the last build's digests with the next build's."""
    return Plan(
        added=tuple(sorted(set(current) - set(previous))),
        changed=tuple(sorted(i for i in current if i in previous and previous[i] != current[i])),
        unchanged=tuple(sorted(i for i in current if previous.get(i) == current[i])),
        orphaned=tuple(sorted(set(previous) - set(current))),
    )
