"""What a command works on: a deck recipe, or article paths, resolved to store entries.

``resolve_selection`` reads and extracts the sources, merges them into the fact store (so a
reviewer's decisions and fixed cloze numbers always apply) and returns the store entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from quizgen.cache import ContentCache, code_fingerprint
from quizgen.errors import QuizgenError, ReadError, RecipeError
from quizgen.model import ArticleFacts, FactKind
from quizgen.store import MergeResult, load_store, merge_facts, save_store

__all__ = [
    "CACHE_FOLDER",
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
CACHE_FOLDER = ".quizgen-cache"  # inside the store folder; safe to delete at any time
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

    @property
    def deck_name(self) -> str:
        """The Anki deck path."""
        return self.deck or f"quizgen::{self.name}"

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
    return store_dir / CACHE_FOLDER / f"deck-{name}"


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


def load_recipe(path: Path) -> Recipe:
    """Read and validate a recipe file.

    Raises:
        RecipeError: unreadable, malformed, an unknown key or kind, or a missing source.
    """
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RecipeError("no such recipe file", path=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RecipeError(f"cannot read recipe ({exc})", path=path) from None
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
    sources = tuple(
        Path(os.path.normpath(path.parent / source))
        for source in _string_list(data, "sources", path)
    )
    if not sources:
        raise RecipeError("missing `sources` (article files or folders)", path=path)
    for source in sources:
        if not source.exists():
            raise RecipeError(f"source {source} does not exist", path=path)
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
    )


def _extract_one(path: Path) -> tuple[ArticleFacts, tuple[str, ...]] | ReadError:
    """Read and extract one article (runs in pool workers; the Article never leaves)."""
    from quizgen.extractors import extract_facts  # noqa: PLC0415
    from quizgen.readers import read_article  # noqa: PLC0415

    try:
        article = read_article(path)
    except ReadError as exc:
        return exc
    entry = ArticleFacts(
        slug=article.slug,
        title=article.title,
        provenance=article.provenance,
        facts=tuple(extract_facts(article)),
    )
    return entry, article.warnings


Extracted = tuple[ArticleFacts, tuple[str, ...]]


Report = Callable[[int], None]  # called with the number of articles just finished


def _extract_all(
    files: Sequence[Path], workers: int, report: Report | None = None
) -> list[Extracted | ReadError]:
    results: list[Extracted | ReadError] = []
    if workers > 1 and len(files) >= _POOL_THRESHOLD:
        # Fresh interpreters, not forks: a worker must not inherit (and be measured with)
        # the store this process may already hold, nor its paused garbage collector.
        spawn = multiprocessing.get_context("spawn")
        try:
            with ProcessPoolExecutor(workers, mp_context=spawn) as pool:
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


def extract_paths(
    sources: Sequence[Path],
    *,
    workers: int = 2,
    cache_dir: Path | None = None,
    report: Report | None = None,
    known: Collection[str] = (),
) -> Iterator[tuple[Path, Extracted | ReadError | Unchanged]]:
    """Read + extract every article under ``sources``, in order; bad files yield errors.

    With ``cache_dir``, an article whose bytes (and quizgen's reader/extractor code) are
    unchanged since the last run is not read again; if its slug is in ``known`` (the store
    has its entry) it is reported as ``Unchanged`` and not even loaded from the cache.
    """
    from quizgen.readers import iter_article_paths  # noqa: PLC0415

    files: list[Path] = []
    for source in sources:
        try:
            files.extend(iter_article_paths([source]))
        except ReadError as exc:
            yield source, exc
    if cache_dir is None:
        yield from zip(files, _extract_all(files, workers, report), strict=True)
        return
    fingerprint = code_fingerprint("readers", "extractors", "model.py")
    with ContentCache(cache_dir, "extract_index", fingerprint, dict) as index_cache:
        previous: dict[str, tuple[str, str]] = index_cache.get("index") or {}
    # Only hashes are kept: a library's file contents need not sit in memory (nor be
    # inherited by the reading processes).
    digests = {f: d for f in files if (d := _digest_of(f)) is not None}
    results: dict[Path, Extracted | ReadError | Unchanged] = {}
    with ContentCache(cache_dir, "extract", fingerprint, tuple) as cache:
        keep: list[str] = []
        for file, digest in digests.items():
            last = previous.get(str(file))
            if last is not None and last[0] == digest and last[1] in known:
                results[file] = Unchanged(last[1])
                keep.append(cache.key(str(file), digest))
                continue
            hit = cache.get(str(file), digest)
            if hit is not None:
                results[file] = hit
        if report and results:
            report(len(results))
        missing = [file for file in files if file not in results]
        for file, result in zip(missing, _extract_all(missing, workers, report), strict=True):
            results[file] = result
            if not isinstance(result, ReadError) and file in digests:
                cache.put(result, str(file), digests[file])
        cache.prune(keep)
    index = {
        str(file): (digests[file], _slug_of(result))
        for file, result in results.items()
        if file in digests and not isinstance(result, ReadError)
    }
    with ContentCache(cache_dir, "extract_index", fingerprint, dict) as index_cache:
        index_cache.put(index, "index")
        index_cache.prune()
    for file in files:
        yield file, results[file]


def _slug_of(result: Extracted | Unchanged) -> str:
    return result.slug if isinstance(result, Unchanged) else result[0].slug


def _digest_of(path: Path) -> str | None:
    """SHA-256 of the file's bytes (None when it cannot be read: the reader reports why)."""
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None


def recipe_for(args: Sequence[str]) -> Recipe:
    if not args:
        return load_recipe(bundled_recipe_path())
    if len(args) == 1 and args[0].lower().endswith((".yaml", ".yml")):
        return load_recipe(Path(args[0]))
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
    cache = store_dir / CACHE_FOLDER if save else None
    store = load_store(store_dir, now=now, cache_dir=cache)
    fresh: list[ArticleFacts] = []
    order: list[str] = []
    failures: list[QuizgenError] = []
    warnings: list[str] = []
    extracted = extract_paths(
        recipe.sources, workers=workers, cache_dir=cache, report=report, known=store.keys()
    )
    for path, result in extracted:
        if isinstance(result, ReadError):
            failures.append(result)
        elif isinstance(result, Unchanged):
            order.append(result.slug)  # its store entry is already up to date
        else:
            fresh.append(result[0])
            order.append(result[0].slug)
            warnings.extend(f"{path}: {warning}" for warning in result[1])
    merge = merge_facts(store, fresh, now=now)
    if save:
        save_store(merge.store, store_dir, only=merge.changed_slugs, cache_dir=cache)
    entries = [merge.store[slug] for slug in dict.fromkeys(order)]
    return Selection(
        recipe=recipe, entries=entries, failures=failures, merge=merge, warnings=warnings
    )
