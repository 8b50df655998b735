"""The fact store: one human-editable YAML file per article, merged on every extraction.

A reviewer sets ``status`` (auto / approved / rejected) and may add a ``correction`` (field →
value). Re-extraction adds new facts, updates unreviewed ones, and never overwrites what a
reviewer decided; a reviewed fact whose source text changed is flagged (``source_changed``).
Nothing is written unless every file validated; each file is replaced atomically.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from quizgen.checkpoints import checkpoint
from quizgen.errors import StoreError
from quizgen.fsutil import atomic_write_text
from quizgen.model import (
    CONTENT_FIELDS,
    ArticleFacts,
    Fact,
    FactKind,
    FactStatus,
    InputFormat,
    Provenance,
    SourceRef,
    list_key,
)

__all__ = [
    "SCHEMA_VERSION",
    "MergeResult",
    "dump_entry",
    "find_fact_id",
    "load_entry",
    "load_store",
    "merge_facts",
    "parse_entry",
    "save_store",
    "update_fact",
]

SCHEMA_VERSION = 1
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_HEADER = """\
# quizgen fact store: {title}
# Review each fact: set `status` to approved or rejected, or fix a field under `correction`
# (e.g. `correction: {{value: 23%}}`); quizgen keeps your decisions on every re-extraction.
# `source_changed: true` means the article's text changed since you reviewed the fact.
# quizgen maintains id, changed_at, content_sha and cloze_number: do not edit them.
"""
_FACT_KEYS = frozenset(
    {
        *CONTENT_FIELDS,
        "id",
        "kind",
        "status",
        "source",
        "correction",
        "note",
        "changed_at",
        "content_sha",
        "source_changed",
        "cloze_number",
    }
)
_TOP_KEYS = frozenset({"schema", "slug", "title", "provenance", "facts"})
_PROVENANCE_KEYS = frozenset(Provenance.__dataclass_fields__)


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged store and what the merge did, counted over all articles."""

    store: dict[str, ArticleFacts]
    added: int = 0
    updated: int = 0
    flagged: int = 0
    unchanged: int = 0
    removed: int = 0
    changed_slugs: frozenset[str] = field(default_factory=frozenset)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def content_sha(fact: Fact) -> str:
    """Short hash of the fact's effective content (what its cards say)."""
    text = "\x1f".join(fact.effective().content())
    return hashlib.sha1(text.encode()).hexdigest()[:12]


# --- YAML <-> model ----------------------------------------------------------------------


def _fact_to_dict(fact: Fact) -> dict[str, Any]:
    data: dict[str, Any] = {"id": fact.id, "kind": str(fact.kind), "status": str(fact.status)}
    for name in CONTENT_FIELDS:
        if value := getattr(fact, name):
            data[name] = value
    data["source"] = {"section": fact.source.section, "text": fact.source.text}
    if fact.correction:
        data["correction"] = dict(fact.correction)
    if fact.note:
        data["note"] = fact.note
    if fact.source_changed:
        data["source_changed"] = True
    if fact.cloze_number:
        data["cloze_number"] = fact.cloze_number
    data["changed_at"] = fact.changed_at
    data["content_sha"] = content_sha(fact)
    return data


def dump_entry(entry: ArticleFacts) -> str:
    """The YAML text of one article's store file."""
    provenance = {
        name: (list(value) if isinstance(value, tuple) else str(value))
        for name in Provenance.__dataclass_fields__
        if (value := getattr(entry.provenance, name))
    }
    document = {
        "schema": SCHEMA_VERSION,
        "slug": entry.slug,
        "title": entry.title,
        "provenance": provenance,
        "facts": [_fact_to_dict(fact) for fact in entry.facts],
    }
    body = yaml.dump(
        document,
        Dumper=_DUMPER,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return _HEADER.format(title=entry.title) + body


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 0


def _fail(path: Path, line: int, problem: str) -> StoreError:
    where = f"line {line}: " if line else ""
    return StoreError(f"{where}{problem}", path=path)


def _text_field(data: Mapping[str, Any], name: str, fail: Any) -> str:
    value = data.get(name, "")
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise fail(f"`{name}` must be text, not {type(value).__name__}")
    return str(value)


def _parse_fact(  # noqa: PLR0917 (private helper, one call site)
    data: Any, slug: str, title: str, path: Path, text: str, now: datetime
) -> Fact:
    if not isinstance(data, dict):
        raise _fail(path, 0, "each entry under `facts` must be a mapping")
    fact_id = str(data.get("id", ""))
    line = _line_of(text, f"id: {fact_id}") if fact_id else 0

    def fail(problem: str) -> StoreError:
        return _fail(path, line, f"fact {fact_id or '(no id)'}: {problem}")

    if not fact_id:
        raise fail("missing `id`")
    unknown = sorted(set(data) - _FACT_KEYS)
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}")
    try:
        kind = FactKind(str(data.get("kind")))
    except ValueError:
        raise fail(f"unknown kind {data.get('kind')!r}") from None
    try:
        status = FactStatus(data.get("status", "auto"))
    except ValueError:
        allowed = ", ".join(s.value for s in FactStatus)
        raise fail(f"unknown status {data.get('status')!r} (use {allowed})") from None
    correction_data = data.get("correction") or {}
    if not isinstance(correction_data, dict):
        raise fail("`correction` must map field names to values")
    bad = sorted(set(correction_data) - set(CONTENT_FIELDS))
    if bad:
        raise fail(f"cannot correct {', '.join(bad)} (only {', '.join(CONTENT_FIELDS)})")
    source = data.get("source") or {}
    if not isinstance(source, dict):
        raise fail("`source` must be a mapping with section and text")
    cloze_number = data.get("cloze_number", 0)
    if not isinstance(cloze_number, int) or cloze_number < 0:
        raise fail("`cloze_number` must be a whole number")
    fact = Fact(
        id=fact_id,
        kind=kind,
        subject=_text_field(data, "subject", fail),
        value=_text_field(data, "value", fail),
        item=_text_field(data, "item", fail),
        attribute=_text_field(data, "attribute", fail),
        group=_text_field(data, "group", fail),
        statement=_text_field(data, "statement", fail),
        status=status,
        correction=tuple((str(k), str(v)) for k, v in correction_data.items()),
        note=_text_field(data, "note", fail),
        changed_at=_text_field(data, "changed_at", fail),
        source_changed=bool(data.get("source_changed", False)),
        cloze_number=cloze_number,
        source=SourceRef(
            article=slug,
            title=title,
            section=_text_field(source, "section", fail),
            text=_text_field(source, "text", fail),
        ),
    )
    stored_sha = data.get("content_sha")
    if stored_sha and stored_sha != content_sha(fact):
        # Edited by hand since quizgen last wrote it: its cards must update in Anki.
        fact = replace(fact, changed_at=_iso(now))
    return fact


def parse_entry(text: str, path: Path, *, now: datetime | None = None) -> ArticleFacts:
    """Parse one store file's text.

    Raises:
        StoreError: malformed YAML or an invalid field, naming the file and line.
    """
    now = now or datetime.now(UTC)
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise _fail(path, mark.line + 1 if mark else 0, f"not valid YAML ({problem})") from None
    if not isinstance(data, dict):
        raise _fail(path, 1, "a store file must be a mapping with slug, title and facts")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise _fail(path, 0, f"unknown top-level field(s) {', '.join(unknown)}")
    slug, title = str(data.get("slug", "")), str(data.get("title", ""))
    if not slug or not title:
        raise _fail(path, 1, "missing `slug` or `title`")
    provenance_data = data.get("provenance") or {}
    if not isinstance(provenance_data, dict) or set(provenance_data) - _PROVENANCE_KEYS:
        raise _fail(path, _line_of(text, "provenance:"), "malformed `provenance`")
    fields: dict[str, Any] = {
        k: (tuple(str(x) for x in v) if isinstance(v, list) else str(v))
        for k, v in provenance_data.items()
    }
    try:
        fields["input_format"] = InputFormat(fields.get("input_format", "text"))
        provenance = Provenance(**fields)
    except (ValueError, TypeError) as exc:
        raise _fail(path, _line_of(text, "input_format:"), str(exc)) from None
    facts_data = data.get("facts") or []
    if not isinstance(facts_data, list):
        raise _fail(path, _line_of(text, "facts:"), "`facts` must be a list")
    facts = tuple(_parse_fact(item, slug, title, path, text, now) for item in facts_data)
    ids = [fact.id for fact in facts]
    if len(ids) != len(set(ids)):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise _fail(path, _line_of(text, f"id: {duplicate}"), f"fact id {duplicate} appears twice")
    return ArticleFacts(slug=slug, title=title, provenance=provenance, facts=facts)


def load_entry(path: Path, *, now: datetime | None = None) -> ArticleFacts:
    """Read one store file."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise StoreError("not UTF-8 text", path=path) from None
    except OSError as exc:
        raise StoreError(f"cannot read ({exc.strerror or exc})", path=path) from None
    return parse_entry(text, path, now=now)


def load_store(
    store_dir: Path, *, now: datetime | None = None, cache_dir: Path | None = None
) -> dict[str, ArticleFacts]:
    """Every article in the store, by slug ({} when the folder does not exist yet).

    With ``cache_dir``, a file whose text is unchanged since it was last parsed is not
    parsed again (YAML parsing dominates large stores).

    Raises:
        StoreError: a file is malformed (file and line named) or the path is not a folder.
    """
    if not store_dir.exists():
        return {}
    if not store_dir.is_dir():
        raise StoreError("the fact store must be a folder", path=store_dir)
    paths = sorted(store_dir.glob("*.yaml"))
    if cache_dir is None:
        return {entry.slug: entry for entry in (load_entry(p, now=now) for p in paths)}
    from quizgen.cache import ContentCache, code_fingerprint  # noqa: PLC0415
    from quizgen.codec import codec_for  # noqa: PLC0415

    store: dict[str, ArticleFacts] = {}
    fingerprint = code_fingerprint("store.py", "model.py")
    with ContentCache(cache_dir, "store", fingerprint, codec_for(ArticleFacts)) as cache:
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise StoreError(f"cannot read ({exc.strerror or exc})", path=path) from None
            entry = cache.get(data)
            if entry is None:
                try:
                    text = data.decode("utf-8")
                except UnicodeDecodeError:
                    raise StoreError("not UTF-8 text", path=path) from None
                entry = parse_entry(text, path, now=now)
                cache.put(entry, data)
            store[entry.slug] = entry
        cache.prune()
    return store


def save_store(
    store: Mapping[str, ArticleFacts],
    store_dir: Path,
    *,
    only: Iterable[str] | None = None,
    cache_dir: Path | None = None,
) -> list[Path]:
    """Write the store, one file per article, only files whose text changed.

    Returns:
        The files written.

    Raises:
        StoreError: the folder cannot be created or written.
    """
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the store folder ({exc.strerror})", path=store_dir
        ) from exc
    wanted = set(only) if only is not None else set(store)
    written: list[Path] = []
    for slug in sorted(wanted & set(store)):
        path = store_dir / f"{slug}.yaml"
        text = dump_entry(store[slug])
        try:
            if path.exists() and path.read_text(encoding="utf-8") == text:
                continue
        except (OSError, UnicodeDecodeError):
            pass
        atomic_write_text(path, text)
        written.append(path)
        checkpoint("store-file")
    if cache_dir is not None and written:
        _remember_parsed(store, written, cache_dir)
    return written


def _remember_parsed(
    store: Mapping[str, ArticleFacts], paths: Iterable[Path], cache_dir: Path
) -> None:
    """Cache the entries just written under their file's bytes, so the next load does not
    parse what this run wrote."""
    from quizgen.cache import ContentCache, code_fingerprint  # noqa: PLC0415
    from quizgen.codec import codec_for  # noqa: PLC0415

    fingerprint = code_fingerprint("store.py", "model.py")
    with ContentCache(cache_dir, "store", fingerprint, codec_for(ArticleFacts)) as cache:
        for path in paths:
            cache.put(store[path.stem], path.read_bytes())


# --- merge -------------------------------------------------------------------------------


def _is_reviewed(fact: Fact) -> bool:
    return fact.status is not FactStatus.AUTO or bool(fact.correction)


def _merge_fact(old: Fact, new: Fact, stamp: str) -> tuple[Fact, str]:
    """The merged fact and what happened: "updated", "flagged" or "unchanged"."""
    if _is_reviewed(old):
        if old.source.text != new.source.text or old.content() != new.content():
            note = f"the article now reads: {new.source.text}"
            return replace(old, source_changed=True, note=note), "flagged"
        return old, "unchanged"
    merged = replace(
        new,
        status=old.status,
        note=old.note,
        cloze_number=old.cloze_number,
        changed_at=old.changed_at or stamp,
        source_changed=False,
    )
    if old.content() != new.content():
        return replace(merged, changed_at=stamp), "updated"
    return merged, "unchanged"


def _number_clozes(facts: list[Fact]) -> list[Fact]:
    """Give list members without a cloze number the next free one in their list; never
    renumber (review history in Anki belongs to the number)."""
    highest: dict[str, int] = defaultdict(int)
    for fact in facts:
        highest[list_key(fact)] = max(highest[list_key(fact)], fact.cloze_number)
    numbered: list[Fact] = []
    for fact in facts:
        if fact.cloze_number == 0:
            key = list_key(fact)
            highest[key] += 1
            numbered.append(replace(fact, cloze_number=highest[key]))
        else:
            numbered.append(fact)
    return numbered


def _merge_entry(
    old: ArticleFacts | None, new: ArticleFacts, stamp: str, counts: dict[str, int]
) -> ArticleFacts:
    previous = {fact.id: fact for fact in old.facts} if old else {}
    merged: list[Fact] = []
    for fact in new.facts:
        if fact.id in previous:
            result, outcome = _merge_fact(previous.pop(fact.id), fact, stamp)
        else:
            result, outcome = replace(fact, changed_at=stamp, cloze_number=0), "added"
        counts[outcome] += 1
        merged.append(result)
    for fact in previous.values():  # gone from the article
        if _is_reviewed(fact):
            merged.append(replace(fact, source_changed=True, note="no longer in the article"))
            counts["flagged"] += 1
        else:
            counts["removed"] += 1
    return replace(new, facts=tuple(_number_clozes(merged)))


def merge_facts(
    old: Mapping[str, ArticleFacts], fresh: Iterable[ArticleFacts], *, now: datetime
) -> MergeResult:
    """Merge freshly extracted articles into the store (pure: nothing is written).

    New facts are added (status auto); unreviewed facts take the new content, with
    ``changed_at`` moved only when the content changed; approved, rejected or corrected facts
    keep the reviewer's version and are flagged when their source changed. Articles not in
    ``fresh`` are kept as they are.
    """
    stamp = _iso(now)
    counts: dict[str, int] = defaultdict(int)
    store = dict(old)
    changed: set[str] = set()
    for entry in fresh:
        merged = _merge_entry(old.get(entry.slug), entry, stamp, counts)
        if old.get(entry.slug) != merged:
            changed.add(entry.slug)
        store[entry.slug] = merged
    return MergeResult(
        store=store,
        added=counts["added"],
        updated=counts["updated"],
        flagged=counts["flagged"],
        unchanged=counts["unchanged"],
        removed=counts["removed"],
        changed_slugs=frozenset(changed),
    )


def find_fact_id(store_dir: Path, wanted: str) -> str:
    """The full id of a fact given in full or by the end of its id (as `quizgen facts` shows).

    Raises:
        StoreError: no fact, or more than one, matches.
    """
    ids = [fact.id for entry in load_store(store_dir).values() for fact in entry.facts]
    if wanted in ids:
        return wanted
    matches = [fact_id for fact_id in ids if fact_id.endswith(wanted)]
    if len(matches) != 1:
        problem = "no fact" if not matches else f"{len(matches)} facts"
        raise StoreError(f"{problem} with an id ending in {wanted!r}", path=store_dir)
    return matches[0]


def update_fact(
    store_dir: Path,
    fact_id: str,
    *,
    now: datetime,
    status: FactStatus | None = None,
    correction: Mapping[str, str] | None = None,
) -> Fact:
    """Review one fact in place: set its status and/or merge a correction.

    Raises:
        StoreError: no fact with that id, or a correction names a non-content field.
    """
    store = load_store(store_dir, now=now)
    for slug, entry in store.items():
        for index, fact in enumerate(entry.facts):
            if fact.id != fact_id:
                continue
            bad = sorted(set(correction or {}) - set(CONTENT_FIELDS))
            if bad:
                raise StoreError(f"cannot correct {', '.join(bad)}", path=store_dir)
            fixed = dict(fact.correction) | dict(correction or {})
            updated = replace(
                fact,
                status=status or fact.status,
                correction=tuple(fixed.items()),
                source_changed=False if status else fact.source_changed,
            )
            if updated.effective().content() != fact.effective().content():
                updated = replace(updated, changed_at=_iso(now))
            facts = (*entry.facts[:index], updated, *entry.facts[index + 1 :])
            store[slug] = replace(entry, facts=facts)
            save_store(store, store_dir, only=[slug])
            return updated
    raise StoreError(f"no fact with id {fact_id}", path=store_dir)
