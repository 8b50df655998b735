"""What a command works on: a deck recipe, or article paths, resolved to store entries.

``resolve_selection`` reads and extracts the sources, merges them into the fact store (so a
reviewer's decisions and fixed cloze numbers always apply) and returns the store entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from quizgen.cache import ContentCache, code_fingerprint, store_cache_dir
from quizgen.checkpoints import checkpoint
from quizgen.codec import Codec
from quizgen.errors import DEBUG_ENV, QuizgenError, ReadError, RecipeError
from quizgen.fsutil import remove_stale_temporaries
from quizgen.model import ArticleFacts, FactKind, Provenance
from quizgen.parallel import can_fork, watch_parent
from quizgen.readers.metadata import apply_attribution, attribution_from, sidecar_path
from quizgen.store import MergeResult, load_store, merge_facts, save_store, store_lock
from quizgen.yamlsafe import AliasError, load_yaml

__all__ = [
    "CARD_KINDS",
    "Recipe",
    "Selection",
    "Unchanged",
    "bundled_recipe_path",
    "count_articles",
    "deck_cache",
    "extract_paths",
    "load_recipe",
    "recipe_for",
    "resolve_selection",
    "save_extract_index",
    "watch_parent",
]

CARD_KINDS = ("cloze", "mcq")
_RECIPE_KEYS = frozenset(
    {
        "name",
        "deck",
        "description",
        "sources",
        "cards",
        "kinds",
        "exclude_kinds",
        "tags",
        "approved_only",
    }
)
_POOL_THRESHOLD = 50  # below this many articles a process pool costs more than it saves


@dataclass(frozen=True, slots=True)
class Recipe:
    """A deck recipe: which articles, which card kinds, which facts."""

    name: str
    sources: tuple[Path, ...]
    deck: str = ""
    description: str = ""
    cards: tuple[str, ...] = CARD_KINDS
    kinds: tuple[FactKind, ...] = ()
    exclude_kinds: tuple[FactKind, ...] = ()
    tags: tuple[str, ...] = ()
    approved_only: bool = False
    path: Path | None = None
    # Per source (file or folder): attribution its articles do not carry (url, authors, …).
    attribution: tuple[tuple[Path, tuple[tuple[str, str], ...]], ...] = ()

    @property
    def deck_name(self) -> str:
        """The Anki deck path."""
        return self.deck or f"quizgen::{self.name}"

    def attribution_for(self, article: Path) -> tuple[tuple[str, str], ...]:
        """What the recipe says about an article's source (the closest source entry wins)."""
        found: tuple[tuple[str, str], ...] = ()
        for source, pairs in self.attribution:
            if article == source or source in article.parents:
                found = pairs
        return found

    def wants(self, kind: FactKind) -> bool:
        """Whether facts of ``kind`` go into this deck."""
        return (not self.kinds or kind in self.kinds) and kind not in self.exclude_kinds


@dataclass(frozen=True, slots=True)
class Selection:
    """The resolved selection: recipe, store entries of its articles, and bad sources."""

    recipe: Recipe
    entries: list[ArticleFacts]
    failures: list[QuizgenError] = field(default_factory=list)
    merge: MergeResult | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The recipe's name."""
        return self.recipe.name


def deck_cache(store_dir: Path, deck: Path) -> Path:
    """The cache of one deck's generated items and rows. Each deck has its own: a cache
    keeps only what its last build used, so two decks from one store would evict each
    other's entries."""
    name = hashlib.sha1(str(deck.resolve()).encode()).hexdigest()[:12]
    return store_cache_dir(store_dir) / f"deck-{name}"


def bundled_recipe_path() -> Path:
    """decks/seeds.yaml, inside the installed package or in the source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "decks" / "seeds.yaml", here.parent / "decks" / "seeds.yaml"):
        if candidate.is_file():
            return candidate
    raise RecipeError("the bundled seeds recipe is missing; reinstall quizgen", path=here)


def _string_list(data: dict[str, Any], key: str, path: Path) -> tuple[str, ...]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        raise RecipeError(f"`{key}` must be a list of names", path=path)
    return tuple(str(v) for v in value)


def _fact_kinds(names: tuple[str, ...], key: str, path: Path) -> tuple[FactKind, ...]:
    known = {kind.value for kind in FactKind}
    bad = [name for name in names if name not in known]
    if bad:
        raise RecipeError(
            f"unknown fact kind {bad[0]!r} in `{key}` (known: {', '.join(sorted(known))})",
            path=path,
        )
    return tuple(FactKind(name) for name in names)


def _recipe_source(source: str, recipe: Path, *, root: Path) -> Path:
    """A recipe's source as a path, kept within ``root`` (the recipe's folder).

    Recipes are shared: one must not make quizgen read /etc/passwd or ~/.ssh into a store
    and a deck. A user who wants files elsewhere names them on the command line.
    """
    from quizgen.readers import ARTICLE_SUFFIXES  # noqa: PLC0415

    resolved = Path(os.path.normpath(recipe.parent / source))
    if Path(source).is_absolute() or not resolved.resolve().is_relative_to(root.resolve()):
        raise RecipeError(
            f"source {source} is outside the recipe's folder; move the recipe beside its "
            "articles or pass the paths on the command line",
            path=recipe,
        )
    if not resolved.exists():
        raise RecipeError(f"source {resolved} does not exist", path=recipe)
    if not resolved.is_dir() and resolved.suffix.lower() not in ARTICLE_SUFFIXES:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        raise RecipeError(
            f"source {source} is not an article file (expected a folder or {suffixes})",
            path=recipe,
        )
    return resolved


def load_recipe(path: Path, *, root: Path | None = None) -> Recipe:
    """Read and validate a recipe file.

    Args:
        path: the recipe.
        root: the folder its sources must stay within (default: the recipe's own folder).

    Raises:
        RecipeError: unreadable, malformed, an unknown key or kind, a missing source, or a
            source outside ``root``.
    """
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecipeError("no such recipe file", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecipeError(f"cannot read recipe ({exc})", path=path) from None
    except AliasError as exc:
        raise RecipeError(str(exc), path=path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        raise RecipeError(f"{where}not valid YAML", path=path) from None
    if not isinstance(data, dict):
        raise RecipeError("a recipe must be a mapping (name, sources, …)", path=path)
    unknown = sorted(set(data) - _RECIPE_KEYS)
    if unknown:
        raise RecipeError(
            f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_RECIPE_KEYS))})", path=path
        )
    name = str(data.get("name") or "").strip()
    if not name:
        raise RecipeError("missing `name`", path=path)
    sources, attribution = _sources(data.get("sources"), path, root=root or path.parent)
    if not sources:
        raise RecipeError("missing `sources` (article files or folders)", path=path)
    cards = _string_list(data, "cards", path) or CARD_KINDS
    bad_cards = [card for card in cards if card not in CARD_KINDS]
    if bad_cards:
        raise RecipeError(
            f"unknown card kind {bad_cards[0]!r} (use {', '.join(CARD_KINDS)})", path=path
        )
    approved_only = data.get("approved_only", False)
    if not isinstance(approved_only, bool):
        raise RecipeError("`approved_only` must be true or false", path=path)
    return Recipe(
        name=name,
        sources=sources,
        deck=str(data.get("deck") or ""),
        description=str(data.get("description") or ""),
        cards=cards,
        kinds=_fact_kinds(_string_list(data, "kinds", path), "kinds", path),
        exclude_kinds=_fact_kinds(_string_list(data, "exclude_kinds", path), "exclude_kinds", path),
        tags=tuple(tag.replace(" ", "_") for tag in _string_list(data, "tags", path)),
        approved_only=approved_only,
        path=path,
        attribution=attribution,
    )


def _sources(
    value: Any, path: Path, *, root: Path
) -> tuple[tuple[Path, ...], tuple[tuple[Path, tuple[tuple[str, str], ...]], ...]]:
    """`sources`: paths, or mappings of a `path` and its attribution (url, authors, …), each
    kept within ``root`` (``_recipe_source``)."""
    entries = [value] if isinstance(value, str) else value or []
    if not isinstance(entries, list):
        raise RecipeError("`sources` must be a list of paths", path=path)
    sources: list[Path] = []
    attribution: list[tuple[Path, tuple[tuple[str, str], ...]]] = []
    for entry in entries:
        if isinstance(entry, dict):
            fields = {k: v for k, v in entry.items() if k != "path"}
            if not isinstance(entry.get("path"), str):
                raise RecipeError("a source given as a mapping needs a `path`", path=path)
            source = _recipe_source(entry["path"], path, root=root)
            try:
                pairs = attribution_from(fields, path, f"source {entry['path']}: ")
            except ReadError as exc:
                raise RecipeError(exc.problem, path=path) from None
            attribution.append((source, pairs))
        elif isinstance(entry, str | int | float) and not isinstance(entry, bool):
            source = _recipe_source(str(entry), path, root=root)
        else:
            raise RecipeError("`sources` must be a list of paths", path=path)
        sources.append(source)
    return tuple(sources), tuple(attribution)


def _extract_one(path: Path) -> tuple[ArticleFacts, tuple[str, ...]] | ReadError:
    """Read and extract one article (runs in pool workers; the Article never leaves)."""
    from quizgen.extractors import extract_facts  # noqa: PLC0415
    from quizgen.readers import read_article  # noqa: PLC0415

    try:
        article = read_article(path)
    except ReadError as exc:
        return exc
    problems: list[str] = []
    # with --debug an extractor's bug raises and shows its traceback (the CLI sets this)
    on_failure = None if os.environ.get(DEBUG_ENV) else problems.append
    entry = ArticleFacts(
        slug=article.slug,
        title=article.title,
        provenance=article.provenance,
        facts=tuple(extract_facts(article, on_failure=on_failure)),
    )
    return entry, (*article.warnings, *problems)


Extracted = tuple[ArticleFacts, tuple[str, ...]]
_EXTRACTED: Codec[Extracted] = Codec(Extracted)

Report = Callable[[int], None]  # called with the number of articles just finished


class _ReadAhead:
    """A few changed articles read and extracted in one forked worker while this process
    loads the store (a rebuild after an edit): the worker's first article pays for compiling
    the extractors' patterns, which would otherwise wait until the store is loaded. The
    results are what ``_extract_one`` gives here; anything the worker cannot give (it died,
    or forking is not possible) is read in this process as before."""

    def __init__(self, files: Sequence[Path], digests: Mapping[Path, str | None]) -> None:
        self.digests = digests  # hashed once, for ``_extracted`` too
        self._pool: ProcessPoolExecutor | None = None
        self._futures: dict[Path, Future[Extracted | ReadError]] = {}
        if not files:
            return
        self._pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context("fork"),
            initializer=watch_parent,
            initargs=(os.getpid(),),
        )
        try:
            self._futures = {file: self._pool.submit(_extract_one, file) for file in files}
        except (BrokenProcessPool, OSError):
            self.close()

    def take(self, file: Path) -> Extracted | ReadError | None:
        """The worker's result for ``file`` (None: read it here)."""
        future = self._futures.pop(file, None)
        if future is None:
            return None
        try:
            return future.result()
        except (BrokenProcessPool, OSError):
            return None

    @property
    def pending(self) -> bool:
        """Whether the worker has results not taken yet."""
        return bool(self._futures)

    def __enter__(self) -> _ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker (results not taken are dropped)."""
        self._futures.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _read_ahead(sources: Sequence[Path], cache_dir: Path | None, workers: int) -> _ReadAhead:
    """Start reading the article files that the last run did not make (their bytes are not
    in the extraction index, nor in the extraction cache), when they are few: many go to
    ``_extract_all``'s pool anyway."""
    if cache_dir is None or workers < 2 or not can_fork():
        return _ReadAhead([], {})
    from quizgen.readers import scan_article_paths  # noqa: PLC0415

    files = list(dict.fromkeys(scan_article_paths(sources)[0]))
    digests = {file: _digest_of(file) for file in files}
    previous = _load_index(cache_dir)
    fingerprint = code_fingerprint("readers", "extractors", "model.py")
    changed: list[Path] = []
    with ContentCache(cache_dir, "extract", fingerprint, _EXTRACTED) as cache:
        for file, digest in digests.items():
            last = previous.get(str(file))
            if digest is None or (last is not None and last[0] == digest):
                continue
            if not cache.has(str(file), digest):
                changed.append(file)
            if len(changed) >= _POOL_THRESHOLD:
                return _ReadAhead([], digests)
        cache.rollback()  # only looked
    return _ReadAhead(changed, digests)


def _extract_all(
    files: Sequence[Path],
    workers: int,
    report: Report | None = None,
    ahead: _ReadAhead | None = None,
) -> list[Extracted | ReadError]:
    results: list[Extracted | ReadError] = []
    if ahead is not None and ahead.pending and (workers < 2 or len(files) < _POOL_THRESHOLD):
        for file in files:
            taken = ahead.take(file)
            results.append(_extract_one(file) if taken is None else taken)
            if report:
                report(1)
        return results
    if workers > 1 and len(files) >= _POOL_THRESHOLD:
        # Fresh interpreters, not forks: a worker must not inherit (and be measured with)
        # the store this process may already hold, nor its paused garbage collector.
        spawn = multiprocessing.get_context("spawn")
        try:
            with ProcessPoolExecutor(
                workers, mp_context=spawn, initializer=watch_parent, initargs=(os.getpid(),)
            ) as pool:
                for result in pool.map(_extract_one, files, chunksize=16):
                    results.append(result)
                    if report:
                        report(1)
            return results
        except BrokenProcessPool:
            # A worker died (killed, or a host that cannot start one, such as code read
            # from stdin): read what is left here.
            pass
    for file in files[len(results) :]:
        results.append(_extract_one(file))
        if report:
            report(1)
    return results


def count_articles(sources: Sequence[Path]) -> int:
    """How many article files the sources hold (for a progress bar)."""
    from quizgen.readers import iter_article_paths  # noqa: PLC0415

    total = 0
    for source in sources:
        with contextlib.suppress(ReadError):
            total += len(iter_article_paths([source]))
    return total


@dataclass(frozen=True, slots=True)
class Unchanged:
    """An article file whose bytes are the ones its store entry was made from."""

    slug: str


# What each article file made, for the next run: path → (the file's SHA-256, its slug, the
# SHA-256 of the store file written for it).
_Index = dict[str, tuple[str, str, str]]
_INDEX: Codec[_Index] = Codec(_Index)


def extract_paths(
    sources: Sequence[Path],
    *,
    workers: int = 2,
    cache_dir: Path | None = None,
    report: Report | None = None,
    known: Collection[str] = (),
    store_dir: Path | None = None,
    made: dict[str, tuple[str, str, str]] | None = None,
    ahead: _ReadAhead | None = None,
) -> Iterator[tuple[Path, Extracted | ReadError | Unchanged]]:
    """Read + extract every article under ``sources``, in order; bad files yield errors.

    With ``cache_dir``, an article whose bytes (and quizgen's reader/extractor code) are
    unchanged since the last run is not read again. With ``store_dir`` too, an article is
    reported as ``Unchanged`` (not even loaded from the cache) when its slug is in ``known``
    and its store file is, byte for byte, the one written for these bytes by the run that
    saved the extraction index (``save_extract_index``). ``made`` receives, per file, its
    digest, its slug and (for an unchanged one) its store file's digest, for
    ``save_extract_index`` once the store is written. ``ahead`` (``_read_ahead``) holds
    the articles already being read, and the files' digests.
    """
    from quizgen.readers import scan_article_paths  # noqa: PLC0415

    files: list[Path] = []
    for source in sources:
        found, errors = scan_article_paths([source])
        seen = set(files)
        files.extend(file for file in dict.fromkeys(found) if file not in seen)
        for error in errors:
            yield Path(error.path), error
    yield from _refuse_shared_slugs(
        _extracted(
            files,
            workers,
            cache_dir,
            report,
            known=known,
            store_dir=store_dir,
            made=made,
            ahead=ahead,
        )
    )


def _refuse_shared_slugs(
    results: Iterator[tuple[Path, Extracted | ReadError | Unchanged]],
) -> Iterator[tuple[Path, Extracted | ReadError | Unchanged]]:
    """Two different articles on one slug would share one store file: the second is an
    error, never a silent overwrite."""
    owners: dict[str, tuple[Path, str | None]] = {}
    for file, result in results:
        if isinstance(result, ReadError):
            yield file, result
            continue
        slug = _slug_of(result)
        title = None if isinstance(result, Unchanged) else result[0].title.casefold()
        first, first_title = owners.setdefault(slug, (file, title))
        # The same title is the same article in two files (merged, with a warning); another
        # title on the same slug is another article.
        if first != file and None not in (title, first_title) and title != first_title:
            yield (
                file,
                ReadError(
                    f"its slug {slug!r} is already that of {first}; two articles cannot share one "
                    "(give one a different title)",
                    path=file,
                ),
            )
        else:
            yield file, result


def _extracted(
    files: list[Path],
    workers: int,
    cache_dir: Path | None,
    report: Report | None,
    *,
    known: Collection[str],
    store_dir: Path | None,
    made: dict[str, tuple[str, str, str]] | None,
    ahead: _ReadAhead | None = None,
) -> Iterator[tuple[Path, Extracted | ReadError | Unchanged]]:
    if cache_dir is None:
        yield from zip(files, _extract_all(files, workers, report), strict=True)
        return
    fingerprint = code_fingerprint("readers", "extractors", "model.py")
    previous = _load_index(cache_dir) if store_dir is not None else {}
    # Only hashes are kept: a library's file contents need not sit in memory (nor be
    # inherited by the reading processes).
    hashed = ahead.digests if ahead is not None else {}
    digests = {
        f: d for f in files if (d := hashed[f] if f in hashed else _digest_of(f)) is not None
    }
    results: dict[Path, Extracted | ReadError | Unchanged] = {}
    stored: dict[Path, str] = {}  # store file digests of unchanged articles
    with ContentCache(cache_dir, "extract", fingerprint, _EXTRACTED) as cache:
        keep: list[str] = []
        for file, digest in digests.items():
            last = previous.get(str(file))
            if (
                last is not None
                and last[0] == digest
                and last[1] in known
                and store_dir is not None
                and _digest_of(store_dir / f"{last[1]}.yaml") == last[2]
            ):
                results[file] = Unchanged(last[1])
                stored[file] = last[2]
                keep.append(cache.key(str(file), digest))
                continue
            hit = cache.get(str(file), digest)
            if hit is not None:
                results[file] = hit
        if report and results:
            report(len(results))
        missing = [file for file in files if file not in results]
        for file, result in zip(
            missing, _extract_all(missing, workers, report, ahead), strict=True
        ):
            results[file] = result
            if not isinstance(result, ReadError) and file in digests:
                cache.put(result, str(file), digests[file])
        # Two files of one article (one slug) are merged into one entry from both: an
        # unchanged file beside a changed one must be read too, or its facts would leave.
        fresh_slugs = {
            _slug_of(r) for r in results.values() if not isinstance(r, ReadError | Unchanged)
        }
        beside = [
            f for f, r in results.items() if isinstance(r, Unchanged) and r.slug in fresh_slugs
        ]
        for file in beside:
            hit = cache.get(str(file), digests[file])
            results[file] = hit if hit is not None else _extract_all([file], 1, None, ahead)[0]
            stored.pop(file, None)
        cache.prune(keep)
    if made is not None:
        made.update(
            (str(file), (digests[file], _slug_of(result), stored.get(file, "")))
            for file, result in results.items()
            if file in digests and not isinstance(result, ReadError)
        )
    for file in files:
        yield file, results[file]


def _snapshot(store_dir: Path) -> dict[str, tuple[int, int]]:
    """Each store file's modification time and size: whether another writer saved."""
    if not store_dir.is_dir():
        return {}
    found: dict[str, tuple[int, int]] = {}
    for path in store_dir.glob("*.yaml"):
        with contextlib.suppress(OSError):
            info = path.stat()
            found[path.name] = (info.st_mtime_ns, info.st_size)
    return found


def _load_index(cache_dir: Path) -> _Index:
    fingerprint = code_fingerprint("readers", "extractors", "model.py")
    with ContentCache(cache_dir, "extract_index", fingerprint, _INDEX) as index:
        return index.get("index") or {}


def save_extract_index(
    cache_dir: Path,
    store_dir: Path,
    made: Mapping[str, tuple[str, str, str]],
    written: Collection[Path] = (),
) -> None:
    """Remember which store file each article file made, as the store now holds it.

    Call only after the store is saved: the index names the store files' bytes, so an index
    from before a crash never matches a store file written after it (and the article is read
    again), and a store file from before a crash never matches a newer index. ``written``
    (what ``save_store`` wrote) are hashed again; others keep the digest ``made`` holds.
    """
    rewritten = {path.stem for path in written}
    index: _Index = {}
    for path, (digest, slug, known_digest) in made.items():
        stored = known_digest
        if not stored or slug in rewritten:
            stored = _digest_of(store_dir / f"{slug}.yaml") or ""
        if stored:
            index[path] = (digest, slug, stored)
    fingerprint = code_fingerprint("readers", "extractors", "model.py")
    with ContentCache(cache_dir, "extract_index", fingerprint, _INDEX) as cache:
        cache.put(index, "index")
        cache.prune()


def _slug_of(result: Extracted | Unchanged) -> str:
    return result.slug if isinstance(result, Unchanged) else result[0].slug


def _digest_of(path: Path) -> str | None:
    """SHA-256 of the file's bytes and of its attribution sidecar's (None when the file
    cannot be read: the reader reports why)."""
    try:
        with path.open("rb") as file:
            digest = hashlib.file_digest(file, "sha256")
    except OSError:
        return None
    with contextlib.suppress(OSError):
        digest.update(sidecar_path(path).read_bytes())
    return digest.hexdigest()


def _recipe_root(recipe: Path, bundled: Path) -> Path | None:
    """The folder a recipe's sources must stay within: the project folder quizgen runs in
    when the recipe is inside it (``decks/x.yaml`` may name ``../articles``), else the
    recipe's own folder (a recipe from elsewhere reaches nothing beside it). Neither lets a
    shared recipe read /etc/passwd or a home folder."""
    if recipe.resolve() == bundled.resolve():
        return bundled.parent.parent  # ours: its ../seeds is trusted
    here = Path.cwd().resolve()
    return here if recipe.resolve().is_relative_to(here) else None


def recipe_for(args: Sequence[str]) -> Recipe:
    bundled = bundled_recipe_path()
    if not args:
        return load_recipe(bundled, root=bundled.parent.parent)  # ours: its ../seeds is trusted
    if len(args) == 1 and args[0].lower().endswith((".yaml", ".yml")):
        recipe = Path(args[0])
        return load_recipe(recipe, root=_recipe_root(recipe, bundled))
    paths = tuple(Path(arg) for arg in args)
    name = paths[0].stem if len(paths) == 1 and paths[0].is_file() else "quizgen"
    if len(paths) == 1 and paths[0].is_dir():
        name = paths[0].resolve().name
    return Recipe(name=name, sources=paths, deck=name)


def resolve_selection(
    args: Sequence[str],
    *,
    store_dir: Path,
    now: datetime,
    workers: int = 2,
    report: Report | None = None,
    save: bool = True,
) -> Selection:
    """Resolve ``[RECIPE | PATH...]`` to store entries, extracting and merging on the way.

    With ``save=False`` (a dry run) the merge is computed but neither the store nor the
    cache is written.

    Raises:
        RecipeError: a bad recipe.
        StoreError: the store is malformed (then nothing is written).
    """
    recipe = recipe_for(args)
    cache = store_cache_dir(store_dir) if save else None
    before = _snapshot(store_dir)
    # Not under a progress bar: its refresh thread may hold the stderr lock at the fork,
    # and a forked worker that writes or flushes stderr would then wait for ever.
    with _read_ahead(recipe.sources, cache if report is None else None, workers) as ahead:
        store = load_store(store_dir, now=now, cache_dir=cache)
        fresh: list[ArticleFacts] = []
        order: list[str] = []
        failures: list[QuizgenError] = []
        warnings: list[str] = []
        # An entry edited by hand is merged with its article again even when the article did
        # not change: the merge turns the edit into a correction (and says so).
        known = {
            slug for slug, entry in store.items() if not any(f.edited_from for f in entry.facts)
        }
        made: dict[str, tuple[str, str, str]] = {}
        extracted = extract_paths(
            recipe.sources,
            workers=workers,
            cache_dir=cache,
            report=report,
            known=known,
            store_dir=store_dir,
            made=made,
            ahead=ahead,
        )
        attributed: dict[str, Provenance] = {}  # store entries whose provenance the recipe changed
        for path, result in extracted:
            given = recipe.attribution_for(path)
            if isinstance(result, ReadError):
                failures.append(result)
            elif isinstance(result, Unchanged):
                order.append(result.slug)  # its facts are up to date; the recipe may say more
                entry = store[result.slug]
                provenance = apply_attribution(entry.provenance, given)
                if provenance != entry.provenance:
                    store[result.slug] = replace(entry, provenance=provenance)
                    attributed[result.slug] = provenance
            else:
                entry = result[0]
                fresh.append(replace(entry, provenance=apply_attribution(entry.provenance, given)))
                order.append(entry.slug)
                warnings.extend(f"{path}: {warning}" for warning in result[1])
    checkpoint("extracted")
    if cache is not None:  # saving: one writer at a time, the store before the index
        with store_lock(store_dir):
            if _snapshot(store_dir) != before:  # another quizgen saved meanwhile: merge into it
                store = load_store(store_dir, now=now, cache_dir=cache)
                for slug, provenance in attributed.items():  # the recipe's attribution again
                    if slug in store:
                        store[slug] = replace(store[slug], provenance=provenance)
            merge = merge_facts(store, fresh, now=now)
            remove_stale_temporaries(store_dir)  # a killed run's, even if nothing is written now
            changed = merge.changed_slugs | attributed.keys()
            written = save_store(
                merge.store, store_dir, only=changed, cache_dir=cache, workers=workers
            )
            checkpoint("store-saved")
            # The index names the store files' bytes: see save_extract_index.
            save_extract_index(cache, store_dir, made, written)
            checkpoint("index-saved")
    else:
        merge = merge_facts(store, fresh, now=now)
    warnings.extend(merge.same_article)
    warnings.extend(f"{store_dir}: {notice}" for notice in merge.notices)
    entries = [merge.store[slug] for slug in dict.fromkeys(order) if slug in merge.store]
    return Selection(
        recipe=recipe, entries=entries, failures=failures, merge=merge, warnings=warnings
    )
