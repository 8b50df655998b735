"""The bundled library of radiology names (templates/cards/library.yaml): per body system,
distinct conditions with their other names, and named signs with what each is described in.

Where an article gives too few names of its own kind (one sign, one defined term), these are
the distractors of the same type and body system (M5). Each entry says what it is, so that a
distractor is never also right for the stem (M3): a sign is offered as wrong for a subject only
when nothing it indicates may be that subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from quizgen.errors import TemplateError
from quizgen.normalize import (
    EntitySet,
    content_words,
    name_key,
    same_entity,
    same_name,
    words_of,
)
from quizgen.templating import load_template, template_path
from quizgen.yamlsafe import load_yaml

__all__ = [
    "LIBRARY_FILE",
    "Condition",
    "Library",
    "Sign",
    "load_library",
    "may_be",
]

LIBRARY_FILE = "cards/library.yaml"


@dataclass(frozen=True, slots=True)
class Condition:
    """A condition and its other names."""

    name: str
    aka: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aka)


@dataclass(frozen=True, slots=True)
class Sign:
    """A named sign, its other names and the conditions it is described in."""

    name: str
    indicates: tuple[str, ...]
    aka: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aka)


@dataclass(frozen=True, slots=True)
class _System:
    conditions: tuple[Condition, ...]
    umbrellas: tuple[str, ...]
    signs: tuple[Sign, ...]


# "X of the Y" is named by X ("Paget disease of bone" → "disease"): the head noun.
_OF = re.compile(r"\s+of\s+", re.I)


_BRACKETED = re.compile(r"\([^()]*\)")


def _head(name: str) -> str:
    """The last word of a name's first part, singular ("osteoblastic metastases" →
    "metastasis"); "" for a word that names no kind ("disease", "sign", "spinal")."""
    first = _OF.split(_BRACKETED.sub(" ", name), maxsplit=1)[0]
    words = first.split()
    if not words:
        return ""
    last = words_of(words[-1])
    return min(last & content_words(words[-1]), default="")


def may_be(indication: str, subject: str) -> bool:
    """Whether a condition a sign indicates may be ``subject``: the same name or one inside
    the other ("subdural haematoma" / "chronic subdural haematoma"), or the same kind
    ("osteoblastic metastases" / "vertebral metastases"). Errs on "may be" (M3)."""
    if same_entity(indication, subject):
        return True
    head = _head(indication)
    return bool(head) and head == _head(subject)


@dataclass(frozen=True)
class Library:
    """The curated names, by body system."""

    systems: dict[str, _System]

    def system_of(self, article_systems: Sequence[str], names: Iterable[str]) -> str:
        """The library's system for an article: the one listing one of ``names`` (its title,
        subject) as a condition or an umbrella term, the article's own systems first
        ("Spinal metastasis" is filed under Central Nervous System and Spine); else the
        article's first system when the library has it; "" when none."""
        # ``same_name``: equal non-empty name keys, so one set look-up per system.
        wanted = {key for key in map(name_key, names) if key}
        ordered = [s for s in article_systems if s in self.systems]
        ordered += [s for s in self.systems if s not in ordered]
        listed = self._listed_keys
        for system in ordered:
            if not wanted.isdisjoint(listed[system]):
                return system
        # Only the system the article is filed under first: "Abdominal aortic aneurysm" is
        # Vascular before Gastrointestinal, and bowel signs are no plausible options (M5).
        first = article_systems[0] if article_systems else ""
        return first if first in self.systems else ""

    @cached_property
    def _listed_keys(self) -> dict[str, frozenset[frozenset[str]]]:
        """Per system, the name keys of its conditions and umbrella terms."""
        return {
            system: frozenset(
                name_key(n)
                for n in [*(n for c in entry.conditions for n in c.names), *entry.umbrellas]
            )
            for system, entry in self.systems.items()
        }

    def conditions(self, system: str) -> tuple[Condition, ...]:
        entry = self.systems.get(system)
        return entry.conditions if entry else ()

    def signs(self, system: str) -> tuple[Sign, ...]:
        entry = self.systems.get(system)
        return entry.signs if entry else ()

    def condition_named(self, system: str, names: Sequence[str]) -> Condition | None:
        """The system's condition that one of ``names`` names, or None."""
        for condition in self.conditions(system):
            if any(same_name(a, b) for a in names for b in condition.names):
                return condition
        return None

    def aliases(self, name: str) -> tuple[str, ...]:
        """Every name the library gives for the condition or sign ``name`` names."""
        for entry in self.systems.values():
            every: list[tuple[str, ...]] = [c.names for c in entry.conditions]
            every += [sign.names for sign in entry.signs]
            for names in every:
                if any(same_name(name, other) for other in names):
                    return names
        return ()

    @cached_property
    def eponyms(self) -> frozenset[str]:
        """First words the library writes with a capital ("Paget", "Crohn", "Wilms")."""
        names = [n for e in self.systems.values() for c in e.conditions for n in c.names]
        names += [n for e in self.systems.values() for s in e.signs for n in s.names]
        firsts = [name.split(maxsplit=1)[0] for name in names]
        return frozenset(f for f in firsts if f[:1].isupper() and f[1:].islower())

    def signs_wrong_for(self, system: str, subjects: Sequence[str]) -> list[str]:
        """Signs of the system described in nothing that may be one of ``subjects`` (the
        subject and its other names): fair wrong answers to "which sign is described in …?"."""
        return [
            sign.name
            for sign in self.signs(system)
            if not any(may_be(i, s) for i in sign.indicates for s in subjects)
        ]

    def sign_may_fit(self, option: str, subjects: Sequence[str]) -> bool:
        """Whether the sign ``option`` may be described in one of ``subjects``: true for a
        sign the library does not know (what it indicates is unknown)."""
        for entry in self.systems.values():
            for sign in entry.signs:
                if EntitySet(sign.names).matches(option):
                    return any(may_be(i, s) for i in sign.indicates for s in subjects)
        return True


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TemplateError(f"{where}: needs a list of names", path=template_path(LIBRARY_FILE))
    return tuple(value)


def _entry(raw: object, where: str, *, sign: bool) -> dict[str, object]:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise TemplateError(f"{where}: each entry needs a name", path=template_path(LIBRARY_FILE))
    if sign and not _strings(raw.get("indicates"), f"{where} {raw['name']}"):
        raise TemplateError(
            f"{where} {raw['name']}: a sign needs `indicates`", path=template_path(LIBRARY_FILE)
        )
    return raw


def _system(name: str, raw: object) -> _System:
    if not isinstance(raw, dict):
        raise TemplateError(f"{name}: needs a mapping", path=template_path(LIBRARY_FILE))
    conditions = tuple(
        Condition(str(e["name"]), _strings(e.get("aka"), f"{name} {e['name']}"))
        for e in (_entry(r, name, sign=False) for r in raw.get("entities") or [])
    )
    signs = tuple(
        Sign(
            str(e["name"]),
            _strings(e.get("indicates"), f"{name} {e['name']}"),
            _strings(e.get("aka"), f"{name} {e['name']}"),
        )
        for e in (_entry(r, name, sign=True) for r in raw.get("signs") or [])
    )
    return _System(conditions, _strings(raw.get("umbrellas"), f"{name} umbrellas"), signs)


@cache
def load_library() -> Library:
    """The bundled library, read once."""
    data = load_yaml(load_template(LIBRARY_FILE))  # libyaml: 8x faster than safe_load
    if not isinstance(data, dict):
        raise TemplateError("needs one mapping per body system", path=template_path(LIBRARY_FILE))
    return Library({str(name): _system(str(name), raw) for name, raw in data.items()})


@lru_cache(maxsize=65536)
def is_library_condition(system: str, name: str) -> bool:
    """Whether the bundled library lists ``name`` as a condition of ``system`` (asked of
    every candidate distractor scanned, so once per name)."""
    return load_library().condition_named(system, [name]) is not None
