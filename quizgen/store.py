"""The fact store: one human-editable YAML file per article, merged on every extraction.

A reviewer sets ``status`` (auto / approved / rejected) and may add a ``correction`` (field →
value). Re-extraction adds new facts, updates unreviewed ones, and never overwrites what a
reviewer decided: a reviewed fact whose source text changed is flagged (``source_changed``)
once per change of the article, and its ``note`` stays the reviewer's. A content field edited
by hand (``value: 23%`` instead of ``correction: {value: 23%}``) is kept as a correction,
with a warning, so the next extraction cannot undo it.
Nothing is written unless every file validated; each file is replaced atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from quizgen.checkpoints import checkpoint
from quizgen.codec import replaced
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
from quizgen.parallel import fork_map
from quizgen.yamlsafe import AliasError, load_yaml

__all__ = [
    "SCHEMA_VERSION",
    "MergeResult",
    "check_name",
    "combine_same_article",
    "dump_entry",
    "find_fact_id",
    "load_entry",
    "load_store",
    "merge_facts",
    "parse_entry",
    "save_store",
    "store_lock",
    "update_fact",
]

SCHEMA_VERSION = 1
_SAFE_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# What the safe resolver tries on a scalar, by its first character ("" for an empty one), the
# patterns of that character then those of any: read once, not rebuilt per scalar.
_WILDCARD = tuple(_SAFE_DUMPER.yaml_implicit_resolvers.get(None, ()))
_BY_FIRST = {
    first: tuple(resolvers) + _WILDCARD
    for first, resolvers in _SAFE_DUMPER.yaml_implicit_resolvers.items()
    if first is not None
}
assert not _SAFE_DUMPER.yaml_path_resolvers, "a scalar's tag would depend on its path"


class _DUMPER(_SAFE_DUMPER):  # type: ignore[misc]  # the C or the Python one
    """The safe dumper, with its scalar tags resolved as ``BaseResolver.resolve`` does but
    without its per-call list building: the emitter asks twice per scalar, 3.5 million times
    for a 1,000-article store, and the answer was a tenth of a store save."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is not yaml.ScalarNode:
            return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]
        if implicit[0]:
            for tag, pattern in _BY_FIRST.get(value[:1], _WILDCARD):
                if pattern.match(value):
                    return tag  # type: ignore[no-any-return]
        return self.DEFAULT_SCALAR_TAG  # type: ignore[no-any-return]

    # The serializer calls these two around every node (1.8 million for 1,000 articles).
    # Without path resolvers (asserted above) they do nothing; C callables that take the same
    # arguments and do nothing spare a Python frame per call.
    descend_resolver = slice  # (parent, index) -> an unused slice
    ascend_resolver = tuple  # () -> the empty tuple, unused


_STR, _INT, _BOOL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool"
_MAP, _SEQ = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_HEADER = """\
# quizgen fact store: {title}
# Review each fact: set `status` to approved or rejected, or fix a field under `correction`
# (e.g. `correction: {{value: 23%}}`); quizgen keeps your decisions on every re-extraction.
# `source_changed: true` means the article's text changed since you reviewed the fact (the
# text you reviewed is under `source: reviewed_text`); approve, reject or correct it again and
# the flag goes. `gone_from_article: true`: the article no longer states the fact.
# quizgen maintains id, changed_at, content_sha, read_sha and cloze_number: do not edit them.
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
        "read_sha",
        "gone_from_article",
    }
)
_SOURCE_KEYS = frozenset({"section", "text", "reviewed_text"})
_TOP_KEYS = frozenset({"schema", "slug", "title", "provenance", "facts"})
_PROVENANCE_KEYS = frozenset(Provenance.__dataclass_fields__)
# A slug names the store file: a plain file name, never a path ("../x", "/etc/x", "a/b").
_FORK_THRESHOLD = 40  # store files to write; fewer are written faster in this process
_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]{0,127}")


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
    # One line per file whose article (slug) an earlier file of the run already gave: its
    # facts were merged into that entry, never silently dropped.
    same_article: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()  # hand edits kept as corrections, for the user to see


def combine_same_article(
    fresh: Iterable[ArticleFacts],
) -> tuple[list[ArticleFacts], tuple[str, ...]]:
    """Fresh entries with one entry per slug: a later file of the same article adds the
    facts the first lacks (same id: the first file's fact is kept), and a line names both."""
    by_slug: dict[str, ArticleFacts] = {}
    notes: list[str] = []
    for entry in fresh:
        first = by_slug.get(entry.slug)
        if first is None:
            by_slug[entry.slug] = entry
            continue
        known = {fact.id for fact in first.facts}
        extra = tuple(fact for fact in entry.facts if fact.id not in known)
        by_slug[entry.slug] = replace(first, facts=first.facts + extra)
        notes.append(
            f"{first.provenance.path or first.slug} and {entry.provenance.path or entry.slug} "
            f"are the same article ({entry.slug}); their facts are merged into one entry "
            f"({len(extra)} more from the second)"
        )
    return list(by_slug.values()), tuple(notes)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def content_sha(fact: Fact) -> str:
    """Short hash of the fact's effective content (what its cards say)."""
    text = "\x1f".join(fact.effective().content())
    return hashlib.sha1(text.encode()).hexdigest()[:12]


def reading_sha(fact: Fact) -> str:
    """Short hash of what the extractor read for a fact: its own content and source text."""
    text = "\x1f".join((*fact.content(), fact.source.section, fact.source.text))
    return hashlib.sha1(text.encode()).hexdigest()[:12]


# --- one writer at a time -----------------------------------------------------------------

_LOCK_TIMEOUT = 120.0  # seconds; a merge and save of 1,000 articles takes a few


def _lock_path(store_dir: Path) -> Path:
    """The store's lock file: in the user's cache folder, not in the store (a folder people
    share and keep in git), one per store folder."""
    from platformdirs import user_cache_path  # noqa: PLC0415

    name = hashlib.sha1(str(store_dir.resolve()).encode()).hexdigest()[:16]
    return user_cache_path("quizgen") / "locks" / f"store-{name}.lock"


@contextlib.contextmanager
def store_lock(store_dir: Path) -> Iterator[None]:
    """Hold the store's write lock: every read-merge-write of the store (a build, an
    extraction, an approval) runs inside it, so no writer saves over what another one
    saved after it had read the store (an approval made during a build was lost so).

    Raises:
        StoreError: the lock cannot be made, or another quizgen holds it for long.
    """
    from filelock import FileLock, Timeout  # noqa: PLC0415

    lock_path = _lock_path(store_dir)
    lock = FileLock(lock_path, timeout=_LOCK_TIMEOUT)
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise StoreError(
            f"another quizgen has been writing this store for {_LOCK_TIMEOUT:.0f} s; "
            "try again when it has finished",
            path=store_dir,
        ) from None
    except OSError as exc:
        raise StoreError(
            f"cannot lock the store ({lock_path}: {exc.strerror or exc})", path=store_dir
        ) from exc
    try:
        yield
    finally:
        lock.release()


# --- YAML <-> model ----------------------------------------------------------------------


def _fact_to_dict(fact: Fact) -> dict[str, Any]:
    data: dict[str, Any] = {"id": fact.id, "kind": str(fact.kind), "status": str(fact.status)}
    for name in CONTENT_FIELDS:
        if value := getattr(fact, name):
            data[name] = value
    data["source"] = {"section": fact.source.section, "text": fact.source.text}
    if fact.reviewed_text:
        data["source"]["reviewed_text"] = fact.reviewed_text
    if fact.correction:
        data["correction"] = dict(fact.correction)
    if fact.note:
        data["note"] = fact.note
    if fact.source_changed:
        data["source_changed"] = True
    if fact.gone:
        data["gone_from_article"] = True
    if fact.cloze_number:
        data["cloze_number"] = fact.cloze_number
    data["changed_at"] = fact.changed_at
    # A hand edit not yet turned into a correction keeps the hash quizgen wrote, so that the
    # next load still sees the edit (a save in between, e.g. `facts --approve`, must not hide it).
    data["content_sha"] = fact.edited_from or content_sha(fact)
    if fact.read_sha:
        data["read_sha"] = fact.read_sha
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
    return _HEADER.format(title=entry.title) + _dump(document)


def _dump(document: dict[str, Any]) -> str:
    """``yaml.dump(document, sort_keys=False, allow_unicode=True, width=100,
    default_flow_style=False)`` with the safe dumper, the same text, but with the nodes made
    here: the representer's generic dispatch and alias tracking were most of a store save.
    The document is made fresh by ``dump_entry`` (no dict or list appears twice: there is
    never an alias to write)."""
    stream = io.StringIO()
    dumper = _DUMPER(
        stream, allow_unicode=True, width=100, default_flow_style=False, sort_keys=False
    )
    try:
        dumper.open()
        dumper.serialize(_node(document, dumper))
        dumper.close()
    finally:
        dumper.dispose()
    return stream.getvalue()


_Scalar = yaml.ScalarNode


def _node(data: Any, dumper: Any) -> yaml.Node:
    """The node the safe representer makes of ``data`` (block style, keys in order). Exact
    types only: a subclass goes to the representer, which refuses what it cannot write."""
    kind = type(data)
    if kind is str:
        return yaml.ScalarNode(_STR, data)
    if kind is bool:
        return yaml.ScalarNode(_BOOL, "true" if data else "false")
    if kind is int:
        return yaml.ScalarNode(_INT, str(data))
    if kind is dict:
        # Most keys and values are strings: made here, not in a call each.
        pairs = [
            (
                _Scalar(_STR, key) if type(key) is str else _node(key, dumper),
                _Scalar(_STR, value) if type(value) is str else _node(value, dumper),
            )
            for key, value in data.items()
        ]
        return yaml.MappingNode(_MAP, pairs, flow_style=False)
    if kind is list:
        items = [_Scalar(_STR, item) if type(item) is str else _node(item, dumper) for item in data]
        return yaml.SequenceNode(_SEQ, items, flow_style=False)
    node: yaml.Node = dumper.represent_data(data)  # anything else as the representer makes it
    return node


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
    if unknown_source := sorted(set(source) - _SOURCE_KEYS):
        raise fail(f"unknown source field(s) {', '.join(unknown_source)}")
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
        read_sha=_text_field(data, "read_sha", fail),
        reviewed_text=_text_field(source, "reviewed_text", fail),
        gone=bool(data.get("gone_from_article", False)),
        source=SourceRef(
            article=slug,
            title=title,
            section=_text_field(source, "section", fail),
            text=_text_field(source, "text", fail),
        ),
    )
    stored_sha = data.get("content_sha")
    if stored_sha and stored_sha != content_sha(fact):
        # Edited by hand since quizgen last wrote it: its cards must update in Anki, and the
        # next merge keeps the edit as a correction.
        fact = replace(fact, changed_at=_iso(now), edited_from=str(stored_sha))
    return fact


def parse_entry(text: str, path: Path, *, now: datetime | None = None) -> ArticleFacts:
    """Parse one store file's text.

    Raises:
        StoreError: malformed YAML or an invalid field, naming the file and line.
    """
    now = now or datetime.now(UTC)
    try:
        data = load_yaml(text)
    except AliasError as exc:
        raise StoreError(str(exc), path=path) from None
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
    if not _SLUG.fullmatch(slug) or ".." in slug:
        raise _fail(
            path,
            _line_of(text, "slug:"),
            f"`slug` {slug!r} must be a plain name (a-z, 0-9, '-'), as quizgen made it",
        )
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
        return _by_slug((path, load_entry(path, now=now)) for path in paths)
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
            check_name(path, entry)
            store[entry.slug] = entry
        cache.prune()
    return store


def check_name(path: Path, entry: ArticleFacts) -> None:
    """The file name is the slug: quizgen writes an entry back to ``<slug>.yaml``, so a
    renamed file would be read here and its reviews written to another file."""
    if path.stem != entry.slug:
        raise StoreError(
            f"the file name does not match its slug {entry.slug!r}; rename it to "
            f"{entry.slug}.yaml (or set `slug: {path.stem}`)",
            path=path,
        )


def _by_slug(entries: Iterable[tuple[Path, ArticleFacts]]) -> dict[str, ArticleFacts]:
    store: dict[str, ArticleFacts] = {}
    for path, entry in entries:
        check_name(path, entry)
        store[entry.slug] = entry
    return store


def save_store(
    store: Mapping[str, ArticleFacts],
    store_dir: Path,
    *,
    only: Iterable[str] | None = None,
    cache_dir: Path | None = None,
    workers: int = 1,
) -> list[Path]:
    """Write the store, one file per article, only files whose text changed; the YAML text
    is made in ``workers`` processes when there are many (the same text for any number).

    Returns:
        The files written.

    Raises:
        StoreError: the folder cannot be created or written.
    """
    wanted = (set(only) if only is not None else set(store)) & set(store)
    if not wanted:
        return []  # a run that read nothing leaves no empty store folder behind
    try:
        store_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the store folder ({exc.strerror})", path=store_dir
        ) from exc
    slugs = sorted(wanted)
    for slug in slugs:
        if not _SLUG.fullmatch(slug) or ".." in slug:
            raise StoreError(f"refusing to write an entry with slug {slug!r}", path=store_dir)
    texts = fork_map(
        dump_entry, [store[slug] for slug in slugs], workers=workers, threshold=_FORK_THRESHOLD
    )
    written: list[Path] = []
    for slug, text in zip(slugs, texts, strict=True):
        link = store_dir / f"{slug}.yaml"
        path = _write_target(link)
        try:
            if path.exists() and path.read_text(encoding="utf-8") == text:
                continue
        except (OSError, UnicodeDecodeError):
            pass
        atomic_write_text(path, text)
        written.append(link)
        checkpoint("store-file")
    if cache_dir is not None and written:
        _remember_parsed(store, written, cache_dir)
    return written


def _write_target(path: Path) -> Path:
    """Where to write ``path``: a store file that is a link is written through to its
    target (replacing the link would leave the target, the file people share, stale)."""
    if not path.is_symlink():
        return path
    target = path.resolve()
    if not target.is_file():
        raise StoreError("a link to something that is not a file; replace it", path=path)
    return target


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
    return fact.status is not FactStatus.AUTO or bool(fact.correction) or bool(fact.edited_from)


def _edited_fields(old: Fact, new: Fact) -> tuple[str, ...]:
    """The content fields a person edited by hand in ``old``.

    Of the fields where the store differs from the fresh reading, the edited ones are those
    whose fresh value restores the content quizgen last wrote (``edited_from``); the others
    changed in the article. When no choice restores it (the article changed an edited field
    too), every differing field counts as edited: the person's version wins.
    """
    differing = [name for name in CONTENT_FIELDS if getattr(old, name) != getattr(new, name)]
    for size in range(len(differing), 0, -1):
        for chosen in combinations(differing, size):
            restored = replace(old, **{name: getattr(new, name) for name in chosen})
            if content_sha(restored) == old.edited_from:
                return chosen
    return tuple(differing)


def _edit_as_correction(old: Fact, new: Fact) -> tuple[Fact, str]:
    """Turn a hand edit of content fields into a correction (the extracted values go back
    into the fields), and the notice that says so ("" when nothing was edited)."""
    edited = _edited_fields(old, new)
    fixed = dict(old.correction)
    for name in edited:
        fixed.setdefault(name, getattr(old, name))
    kept = replace(
        old,
        correction=tuple(fixed.items()),
        edited_from="",
        **{name: getattr(new, name) for name in edited},
    )
    if not edited:
        return kept, ""
    shown = ", ".join(f"{name}: {fixed[name]}" for name in edited)
    return kept, (
        f"fact {old.id}: {', '.join(f'`{n}`' for n in edited)} edited in the store; kept as "
        f"`correction: {{{shown}}}` (write corrections under `correction:`, the extracted "
        "fields are overwritten by the next extraction)"
    )


def _flag(old: Fact, new: Fact, reading: str) -> Fact:
    """A reviewed fact whose article changed: the reviewer's content and note stay; the
    article's new text replaces the source text, and the text the reviewer saw is kept."""
    reviewed_text = old.reviewed_text or old.source.text
    return replace(
        old,
        source=new.source,
        reviewed_text="" if reviewed_text == new.source.text else reviewed_text,
        source_changed=True,
        read_sha=reading,
        gone=False,
    )


def _reading_changed(old: Fact, new: Fact, reading: str) -> bool:
    if old.read_sha:
        return old.read_sha != reading
    # A store written before read_sha: compare with what the fact itself holds.
    return old.source.text != new.source.text or old.content() != new.content()


def _merge_fact(old: Fact, new: Fact, stamp: str) -> tuple[Fact, str, str]:
    """The merged fact, what happened ("updated", "flagged" or "unchanged") and a notice."""
    notice = ""
    if old.edited_from:
        old, notice = _edit_as_correction(old, new)
    if _is_reviewed(old):
        reading = reading_sha(new)
        if _reading_changed(old, new, reading):
            return _flag(old, new, reading), "flagged", notice
        return replace(old, read_sha=reading, gone=False), "unchanged", notice
    merged = replaced(
        new,
        status=old.status,
        note=old.note,
        cloze_number=old.cloze_number,
        changed_at=old.changed_at or stamp,
        source_changed=False,
    )
    if old.content() != new.content():
        return replaced(merged, changed_at=stamp), "updated", notice
    return merged, "unchanged", notice


def _number_clozes(facts: list[Fact], added: Collection[int] = (), stamp: str = "") -> list[Fact]:
    """Give list members without a cloze number the next free one in their list; never
    renumber (review history in Anki belongs to the number). The facts at the positions in
    ``added`` are new: they count as unnumbered and take ``stamp`` as their change time, in
    the same copy that numbers them (one ``replaced`` per fact: merging a library makes one
    for each of its facts)."""
    keys = [list_key(fact) for fact in facts]
    highest: dict[str, int] = defaultdict(int)
    for index, (fact, key) in enumerate(zip(facts, keys, strict=True)):
        if index not in added:
            highest[key] = max(highest[key], fact.cloze_number)
    numbered: list[Fact] = []
    for index, (fact, key) in enumerate(zip(facts, keys, strict=True)):
        if index in added:
            highest[key] += 1
            numbered.append(replaced(fact, changed_at=stamp, cloze_number=highest[key]))
        elif fact.cloze_number == 0:
            highest[key] += 1
            numbered.append(replaced(fact, cloze_number=highest[key]))
        else:
            numbered.append(fact)
    return numbered


def _merge_entry(
    old: ArticleFacts | None,
    new: ArticleFacts,
    stamp: str,
    counts: dict[str, int],
    notices: list[str],
) -> ArticleFacts:
    previous = {fact.id: fact for fact in old.facts} if old else {}
    merged: list[Fact] = []
    added: set[int] = set()  # positions of new facts: stamped and numbered by _number_clozes
    for fact in new.facts:
        if fact.id in previous:
            result, outcome, notice = _merge_fact(previous.pop(fact.id), fact, stamp)
            if notice:
                notices.append(notice)
        else:
            result, outcome = fact, "added"
            added.add(len(merged))
        counts[outcome] += 1
        merged.append(result)
    for fact in previous.values():  # gone from the article
        if not _is_reviewed(fact):
            counts["removed"] += 1
        elif fact.gone:
            merged.append(fact)  # flagged when it left; the reviewer may have cleared the flag
            counts["unchanged"] += 1
        else:
            # Kept with its status, correction and note; flagged once.
            merged.append(replace(fact, source_changed=True, gone=True))
            counts["flagged"] += 1
    return replace(new, facts=tuple(_number_clozes(merged, added, stamp)))


def merge_facts(
    old: Mapping[str, ArticleFacts], fresh: Iterable[ArticleFacts], *, now: datetime
) -> MergeResult:
    """Merge freshly extracted articles into the store (pure: nothing is written).

    New facts are added (status auto); unreviewed facts take the new content, with
    ``changed_at`` moved only when the content changed; approved, rejected or corrected facts
    keep the reviewer's version, status and note, and are flagged once when what the article
    says for them changed or when they left it. A hand edit of a content field becomes a
    correction (and a notice). Articles not in ``fresh`` are kept as they are. Two fresh
    entries of one slug (two files of the same article) are combined first
    (``combine_same_article``) and reported in ``same_article``.
    """
    stamp = _iso(now)
    counts: dict[str, int] = defaultdict(int)
    notices: list[str] = []
    store = dict(old)
    changed: set[str] = set()
    combined, same_article = combine_same_article(fresh)
    for entry in combined:
        merged = _merge_entry(old.get(entry.slug), entry, stamp, counts, notices)
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
        same_article=same_article,
        notices=tuple(notices),
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
    with store_lock(store_dir):
        return _update_fact(store_dir, fact_id, now=now, status=status, correction=correction)


def _update_fact(
    store_dir: Path,
    fact_id: str,
    *,
    now: datetime,
    status: FactStatus | None,
    correction: Mapping[str, str] | None,
) -> Fact:
    for store in _stores_holding(store_dir, fact_id, now=now):
        updated = _update_in(
            store, store_dir, fact_id, now=now, status=status, correction=correction
        )
        if updated is not None:
            return updated
    raise StoreError(f"no fact with id {fact_id}", path=store_dir)


def _stores_holding(
    store_dir: Path, fact_id: str, *, now: datetime
) -> Iterator[dict[str, ArticleFacts]]:
    """Where to look for a fact: first the one file its id names (ids begin with their
    article's slug, see ``make_fact_id``), then the whole store. A decision on the review
    page or with ``facts --approve`` then parses one article, not every article."""
    slug = fact_id.split(":", 1)[0]
    path = store_dir / f"{slug}.yaml"
    if _SLUG.fullmatch(slug) and ".." not in slug and path.is_file():
        entry = load_entry(path, now=now)
        check_name(path, entry)
        yield {slug: entry}
    yield load_store(store_dir, now=now)


def _update_in(
    store: dict[str, ArticleFacts],
    store_dir: Path,
    fact_id: str,
    *,
    now: datetime,
    status: FactStatus | None,
    correction: Mapping[str, str] | None,
) -> Fact | None:
    for slug, entry in store.items():
        for index, fact in enumerate(entry.facts):
            if fact.id != fact_id:
                continue
            bad = sorted(set(correction or {}) - set(CONTENT_FIELDS))
            if bad:
                raise StoreError(f"cannot correct {', '.join(bad)}", path=store_dir)
            fixed = dict(fact.correction) | dict(correction or {})
            reviewed = status is not None or bool(correction)
            updated = replace(
                fact,
                status=status or fact.status,
                correction=tuple(fixed.items()),
                # A new decision answers the flag: the reviewer has seen the current text.
                source_changed=False if reviewed else fact.source_changed,
                reviewed_text="" if reviewed else fact.reviewed_text,
            )
            if updated.effective().content() != fact.effective().content():
                updated = replace(updated, changed_at=_iso(now))
            facts = (*entry.facts[:index], updated, *entry.facts[index + 1 :])
            store[slug] = replace(entry, facts=facts)
            save_store(store, store_dir, only=[slug])
            return updated
    return None
