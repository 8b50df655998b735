"""The review session: what the page shows and the decisions it saves, without any HTTP.

Every decision goes through ``store.update_fact`` (the function behind ``quizgen facts
--approve/--reject/--correct``), so the page follows the CLI's merge rules and writes the
store atomically with the store's own writer. Before writing, the session checks that the
article's YAML file is still the one the page was shown (its SHA-256): when another editor or
an ``extract`` changed it meanwhile, the write is refused with ``Conflict`` and the page
reloads. Undo restores the fact as it was before the decision, only if nobody changed it since.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from quizgen.errors import QuizgenError, StoreError
from quizgen.model import CONTENT_FIELDS, ArticleFacts, Fact, FactKind, FactStatus
from quizgen.review.article_view import TextNode, article_nodes, locate_fact
from quizgen.review.preview import FactPreview, previews_by_fact
from quizgen.selection import Recipe
from quizgen.store import check_name, load_entry, load_store, save_store, update_fact

__all__ = ["Conflict", "DeckSettings", "ReviewSession"]

Clock = Callable[[], datetime]


class Conflict(QuizgenError):
    """The store file changed on disk since the page last read it; nothing was written."""


@dataclass(frozen=True, slots=True)
class DeckSettings:
    """What the deck under review makes (from its recipe), so previews match the build."""

    cards: bool = True
    mcqs: bool = True
    kinds: tuple[FactKind, ...] = tuple(FactKind)
    approved_only: bool = False
    tags: tuple[str, ...] = ()
    seed: int = 0  # the build's default seed: previews show the deck `quizgen build` writes

    @classmethod
    def from_recipe(cls, recipe: Recipe) -> DeckSettings:
        """The settings a recipe gives a build."""
        return cls(
            cards="cloze" in recipe.cards,
            mcqs="mcq" in recipe.cards,
            kinds=tuple(kind for kind in FactKind if recipe.wants(kind)),
            approved_only=recipe.approved_only,
            tags=recipe.tags,
        )


@dataclass(frozen=True, slots=True)
class _Change:
    """One fact before and after a decision (an undo step holds one or more)."""

    slug: str
    before: Fact
    after: Fact


def _review_state(fact: Fact) -> tuple[object, ...]:
    return (fact.status, fact.correction, fact.content(), fact.source_changed)


def fact_to_dict(fact: Fact) -> dict[str, object]:
    """A stored fact as the page shows it: extracted fields, correction, effective fields."""
    shown = fact.effective()
    return {
        "id": fact.id,
        "short_id": fact.id.split(":", 2)[-1],
        "kind": str(fact.kind),
        "status": str(fact.status),
        "fields": {name: getattr(fact, name) for name in CONTENT_FIELDS},
        "effective": {name: getattr(shown, name) for name in CONTENT_FIELDS},
        "correction": dict(fact.correction),
        "source_changed": fact.source_changed,
        "gone": fact.gone,
        "reviewed_text": fact.reviewed_text,
        "section": fact.source.section,
        "source_text": fact.source.text,
        "note": fact.note,
    }


@dataclass
class ReviewSession:
    """One reviewer's session over some articles of a store.

    Args:
        store_dir: the fact store folder.
        slugs: the articles under review, in order (None: every article in the store).
        settings: what the deck makes, for the previews.
        clock: the time stamped on decisions.
    """

    store_dir: Path
    slugs: tuple[str, ...] | None = None
    settings: DeckSettings = field(default_factory=DeckSettings)
    clock: Clock | None = None
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _undo: list[tuple[_Change, ...]] = field(default_factory=list, repr=False)
    _articles: dict[tuple[str, int], tuple[TextNode, ...]] = field(default_factory=dict)
    _previews: tuple[tuple[tuple[str, str], ...], dict[str, FactPreview]] | None = None
    _parsed: dict[str, tuple[str, ArticleFacts]] = field(default_factory=dict, repr=False)

    def _now(self) -> datetime:
        from datetime import UTC  # noqa: PLC0415

        return self.clock() if self.clock else datetime.now(UTC)

    # --- reading -----------------------------------------------------------------------

    def store_file(self, slug: str) -> Path:
        """The YAML file of one article (as ``save_store`` names it)."""
        return self.store_dir / f"{slug}.yaml"

    def _entries(self) -> list[ArticleFacts]:
        """The articles under review as their files say now; a file is parsed again only
        when its bytes changed (a decision rewrites one file, the page reads them all)."""
        slugs = self.slugs if self.slugs is not None else self._slugs_on_disk()
        return [entry for slug in slugs if (entry := self._entry(slug)) is not None]

    def _slugs_on_disk(self) -> list[str]:
        if not self.store_dir.exists():
            return []
        if not self.store_dir.is_dir():
            raise StoreError("the fact store must be a folder", path=self.store_dir)
        return sorted(path.stem for path in self.store_dir.glob("*.yaml"))

    def _entry(self, slug: str) -> ArticleFacts | None:
        path = self.store_file(slug)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read ({exc.strerror or exc})", path=path) from None
        digest = hashlib.sha256(data).hexdigest()
        cached = self._parsed.get(slug)
        if cached is not None and cached[0] == digest:
            return cached[1]
        entry = load_entry(path, now=self._now())
        check_name(path, entry)
        self._parsed[slug] = (digest, entry)
        return entry

    def versions(self) -> dict[str, str]:
        """The SHA-256 of each article's store file ("" when it is missing)."""
        slugs = (
            self.slugs
            if self.slugs is not None
            else sorted(path.stem for path in self.store_dir.glob("*.yaml"))
        )
        return {slug: self._version(slug) for slug in slugs}

    def _version(self, slug: str) -> str:
        try:
            return hashlib.sha256(self.store_file(slug).read_bytes()).hexdigest()
        except OSError:
            return ""

    def state(self) -> dict[str, object]:
        """Every article under review with its facts and its file's version."""
        with self._lock:
            entries = self._entries()
            return {
                "store": str(self.store_dir),
                "articles": [
                    {
                        "slug": entry.slug,
                        "title": entry.title,
                        "version": self._version(entry.slug),
                        "facts": [fact_to_dict(fact) for fact in entry.facts],
                    }
                    for entry in entries
                ],
                "can_undo": bool(self._undo),
            }

    def article(self, slug: str) -> dict[str, object]:
        """An article's text as nodes, and the node each of its facts was read from.

        Raises:
            StoreError: no such article in the store under review.
        """
        entry = next((e for e in self._entries() if e.slug == slug), None)
        if entry is None:
            raise StoreError(f"no article {slug!r} under review", path=self.store_dir)
        nodes, problem = self._nodes(entry)
        anchors = {}
        for fact in entry.facts:
            anchor = locate_fact(fact, nodes)
            if anchor is not None:
                anchors[fact.id] = anchor.to_dict()
        return {
            "slug": slug,
            "title": entry.title,
            "path": entry.provenance.path,
            "url": entry.provenance.url,
            "licence": entry.provenance.licence,
            "problem": problem,
            "nodes": [node.to_dict() for node in nodes],
            "anchors": anchors,
        }

    def _nodes(self, entry: ArticleFacts) -> tuple[tuple[TextNode, ...], str]:
        """The article's nodes (re-read when its file changed) and a problem line, if any."""
        from quizgen.readers import read_article  # noqa: PLC0415

        if not entry.provenance.path:
            return (), "the store does not say which file this article came from"
        path = Path(entry.provenance.path)
        try:
            key = (str(path), path.stat().st_mtime_ns)
        except OSError:
            return (), f"{path}: the article file is not there any more"
        if key not in self._articles:
            try:
                self._articles[key] = article_nodes(read_article(path))
            except QuizgenError as exc:
                return (), str(exc)
        return self._articles[key], ""

    def preview(self, fact_id: str) -> dict[str, object]:
        """The cards and questions a fact makes in the deck, and the rules that dropped any."""
        with self._lock:
            entries = self._entries()
            fact = next((f for e in entries for f in e.facts if f.id == fact_id), None)
            if fact is None:
                raise StoreError(f"no fact with id {fact_id}", path=self.store_dir)
            made = self._made(entries).get(fact_id, FactPreview()).to_dict()
            # A list note quotes the article for whichever member was corrected; beside this
            # fact, only its own correction is news.
            original = fact.effective().source.original
            for item in (*made["cards"], *made["questions"]):  # type: ignore[misc]
                item["corrected_from"] = original
            made["why_none"] = self._why_none(fact)
            return made

    def _made(self, entries: Sequence[ArticleFacts]) -> dict[str, FactPreview]:
        from quizgen.generators import generate  # noqa: PLC0415

        key = tuple(sorted(self.versions().items()))
        if self._previews is None or self._previews[0] != key:
            generated = generate(
                entries,
                rng=random.Random(self.settings.seed),
                cards=self.settings.cards,
                mcqs=self.settings.mcqs,
                kinds=self.settings.kinds,
                approved_only=self.settings.approved_only,
                tags=self.settings.tags,
            )
            self._previews = (key, previews_by_fact(generated))
        return self._previews[1]

    def _why_none(self, fact: Fact) -> str:
        if fact.status is FactStatus.REJECTED:
            return "rejected: the deck leaves this fact out"
        if fact.kind not in self.settings.kinds:
            return f"the recipe leaves out {fact.kind} facts"
        if self.settings.approved_only and fact.status is not FactStatus.APPROVED:
            return "this deck takes approved facts only: approve it to see its cards"
        return ""

    # --- writing -----------------------------------------------------------------------

    def _check(self, versions: Mapping[str, str]) -> None:
        for slug, version in versions.items():
            if self._version(slug) != version:
                raise Conflict(
                    "changed on disk since the page read it (another editor or an extract); "
                    "reloaded: nothing was written",
                    path=self.store_file(slug),
                )

    def _find(self, fact_id: str) -> tuple[str, Fact]:
        named = self._entry(fact_id.split(":", 1)[0]) if ":" in fact_id else None
        for entry in ([named] if named is not None else []) + self._entries():
            for fact in entry.facts:
                if fact.id == fact_id:
                    return entry.slug, fact
        raise StoreError(f"no fact with id {fact_id}", path=self.store_dir)

    def decide(
        self,
        fact_ids: Iterable[str],
        *,
        versions: Mapping[str, str],
        status: FactStatus | None = None,
        correction: Mapping[str, str] | None = None,
    ) -> list[dict[str, object]]:
        """Approve, reject or correct facts (one undo step), as ``quizgen facts`` does.

        Args:
            fact_ids: full fact ids.
            versions: the store file versions the page showed, by slug.
            status: the new status, if any.
            correction: content field → corrected value, if any.

        Raises:
            Conflict: a store file changed since the page read it.
            StoreError: an unknown fact, or a correction of a non-content field or to "".
        """
        correction = dict(correction or {})
        if any(not value.strip() for value in correction.values()):
            raise StoreError("a correction cannot be empty", path=self.store_dir)
        with self._lock:
            self._check(versions)
            changes: list[_Change] = []
            for fact_id in fact_ids:
                slug, before = self._find(fact_id)
                after = update_fact(
                    self.store_dir,
                    fact_id,
                    now=self._now(),
                    status=status,
                    correction=correction or None,
                )
                changes.append(_Change(slug, before, after))
            if changes:
                self._undo.append(tuple(changes))
            return [fact_to_dict(change.after) for change in changes]

    def undo(self) -> list[str]:
        """Restore the facts of the last decision as they were before it.

        Returns:
            The ids of the restored facts ([] when there is nothing to undo).

        Raises:
            Conflict: one of the facts changed on disk since the decision (the step stays).
        """
        with self._lock:
            if not self._undo:
                return []
            step = self._undo[-1]
            store = load_store(self.store_dir, now=self._now())
            for change in step:
                current = (
                    next((f for f in store[change.slug].facts if f.id == change.after.id), None)
                    if change.slug in store
                    else None
                )
                if current is None or _review_state(current) != _review_state(change.after):
                    raise Conflict(
                        f"fact {change.after.id} changed on disk since that decision; not undone",
                        path=self.store_file(change.slug),
                    )
            for change in step:
                entry = store[change.slug]
                facts = tuple(
                    change.before if fact.id == change.before.id else fact for fact in entry.facts
                )
                store[change.slug] = replace(entry, facts=facts)
            save_store(store, self.store_dir, only={change.slug for change in step})
            self._undo.pop()
            return [change.before.id for change in step]
