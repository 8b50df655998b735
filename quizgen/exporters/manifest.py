"""The last build's manifest: which items a deck held and what they said, for `quizgen diff`.

Stored beside the package as ``<deck>.apkg.manifest.json``; a plan compares the items the next
build would write with it: added, changed, unchanged, orphaned (in the last build, gone now).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.fsutil import atomic_write_text
from quizgen.model import ClozeNote, MCQuestion

__all__ = ["Plan", "item_digests", "load_manifest", "manifest_path", "plan_build", "save_manifest"]


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


def item_digests(notes: Sequence[ClozeNote], questions: Sequence[MCQuestion]) -> dict[str, str]:
    """Item id → hash of what the item shows."""
    digests: dict[str, str] = {}
    for note in notes:
        digests[note.id] = _sha(note.text, note.context, note.extra, note.changed_at)
    for question in questions:
        digests[question.id] = _sha(
            question.stem, *question.options, question.explanation, question.changed_at
        )
    return digests


def _sha(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


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
