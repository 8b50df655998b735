"""Incremental generation: an article's items are reused while nothing they depend on changed.

An article's cloze notes depend on its own facts only. Its questions also depend on the rest
of the selection in two ways, both recorded when they are made: the distractor candidates
they scanned (an arc of a distinct-value list kept in a stable hash order) and the subjects
whose "what is right" sets they were checked against; a question that reads any synonym of
the selection (a differential's variants, a name, a sign, the pair form "which pair of names
denotes one condition?") records ``ALIASES``, which every change of a synonym (either of its
names) touches. When other articles change, only the
values and subjects those articles touch can make a cached question stale; everything else
is reused, so an incremental build gives exactly the deck a clean build would.
"""

from __future__ import annotations

import bisect
import hashlib
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from quizgen.codec import DecodeError, codec_for
from quizgen.errors import GenerateError
from quizgen.model import (
    ArticleFacts,
    ClozeNote,
    Fact,
    FactKind,
    Finding,
    MCQuestion,
)
from quizgen.normalize import normalize_answer, singular

__all__ = [
    "ALIASES",
    "Arc",
    "ArticleItems",
    "Items",
    "QuestionKey",
    "Touched",
    "contributions",
    "entry_digest",
    "list_name",
    "pack",
    "pool_key",
    "pool_value",
    "rank_key",
    "subject_family",
    "value_hash",
]

# Keys of distinct-value lists and of right-answer sets: (kind, list or subject). Cached items
# hold the kind as a plain string (loading enum members back costs time, and a StrEnum
# member hashes and compares like its value, so both kinds of key find the same entries).
PoolKey = tuple[str, str]
Said = tuple[str, str, str]  # kind, subject, what is right for it


# The subject key every question that checks a right-answer set depends on: synonyms.
ALIASES: PoolKey = ("synonym", "\x00aliases")


def rank_key(fact: Fact) -> str:
    """The right-answer set a rank belongs to: its rank and category ("most common|primary
    bone tumour"), whatever article states it (one thing only can be the most common X)."""
    return f"rank:{fact.value.lower()}|{normalize_answer(fact.group)}"


@lru_cache(maxsize=65536)  # a pure function of the text; asked for every list member
def subject_family(subject: str) -> str:
    """What a subject is about without its setting: "hepatocellular carcinoma in a cirrhotic
    liver" → "hepatocellular carcinoma" (lower case, each word singular, British spelling
    made American: "spinal tumours" and "spinal tumor" are one family). Lists of one
    family are one truth: what is listed for HCC in a non-cirrhotic liver is no wrong answer
    about HCC in cirrhosis."""
    head = subject.lower().split(" in ", 1)[0]
    return " ".join(singular(normalize_answer(word)) for word in head.split() if word.strip())


def pool_value(fact: Fact) -> str:
    """What a fact offers as a distractor: a finding, a listed name, or for a synonym or a
    definition the name of the thing it names (the article's title: one option per thing,
    never two names of one thing side by side)."""
    if fact.kind is FactKind.APPEARANCE:
        return fact.value
    if fact.kind in (FactKind.SYNONYM, FactKind.DEFINITION):
        return fact.subject
    return fact.item


def list_name(key: str, system: str) -> str:
    """The name of a distinct-value list restricted to one body system ("" for all)."""
    return f"{key}\x1f{system}" if system else key


def pool_key(kind: str, key: str) -> PoolKey:
    """The key as cached items hold it."""
    return (str(kind), key)


def value_hash(text: str) -> int:
    """Position of a value (or a question id) in the stable hash order of distinct lists."""
    return zlib.crc32(normalize_answer(text).encode() or text.encode())


@dataclass(frozen=True, slots=True)
class Arc:
    """The stretch of one distinct-value list that a question scanned for distractors
    (circular, inclusive hash positions; ``full`` when it went all the way round)."""

    pool: PoolKey
    start: int
    end: int
    full: bool = False

    def covers(self, position: int) -> bool:
        """Whether a value at ``position`` lies on the scanned stretch."""
        if self.full:
            return True
        if self.start <= self.end:
            return self.start <= position <= self.end
        return position >= self.start or position <= self.end


class Items(NamedTuple):
    """One article's checked items."""

    notes: tuple[ClozeNote, ...] = ()
    questions: tuple[MCQuestion, ...] = ()
    findings: tuple[Finding, ...] = ()


class QuestionKey(NamedTuple):
    """What the deck-wide duplicate check (C7) needs of a question, without unpacking it."""

    item_id: str
    article: str
    fact_id: str
    stem: str  # normalised
    answer: str  # normalised


@dataclass(frozen=True, slots=True)
class ArticleItems:
    """Everything generated from one article, and what it depended on.

    The items travel encoded (``quizgen.codec``, data only) and compressed (``packed``), and
    are unpacked only when somebody
    asks for them: a rebuild that reuses an article's Anki rows never builds their Python
    objects, and a build of thousands of articles holds about 1 KB per article's item instead
    of object graphs. ``key`` names the items' content, so exporters can cache what they
    make of them under it.
    """

    slug: str
    digest: str
    key: str
    packed: bytes
    licence: str  # the article's content licence, e.g. "CC BY-NC-SA 3.0"
    note_count: int = 0
    question_keys: tuple[QuestionKey, ...] = ()
    finding_count: int = 0
    arcs: tuple[Arc, ...] = ()
    subjects: frozenset[PoolKey] = frozenset()
    contributes: Mapping[PoolKey, frozenset[str]] = field(default_factory=dict)
    defines: frozenset[Said] = frozenset()

    def intact(self) -> bool:
        """Whether ``packed`` holds the items ``key`` names (a cache entry read back may be
        damaged; then it is a miss, not an error later)."""
        try:
            data = zlib.decompress(self.packed)
        except zlib.error:
            return False
        return hashlib.sha256(data).hexdigest() == self.key

    def unpack(self) -> Items:
        """The article's notes, questions and findings.

        Raises:
            GenerateError: the packed items are damaged (a damaged cache file).
        """
        try:
            return codec_for(Items).decode(zlib.decompress(self.packed))
        except (zlib.error, DecodeError) as exc:  # any damage to the bytes
            from quizgen.cache import cache_root  # noqa: PLC0415

            raise GenerateError(
                f"the cached items of {self.slug} are damaged ({exc}); "
                f"delete the cache folder {cache_root()} and build again"
            ) from exc


def pack(items: Items) -> tuple[bytes, str]:
    """The items encoded (data only) and compressed, and the hash of the encoding (their
    content key). zlib's fastest level shrinks them several times at little cost."""
    data = codec_for(Items).encode(items)
    return zlib.compress(data, 1), hashlib.sha256(data).hexdigest()


def entry_digest(entry: ArticleFacts, facts: Iterable[Fact], options: object) -> str:
    """Hash of what an article's items are made from (its usable facts and the options),
    over plain strings, so a freshly merged entry and the same entry read back from the
    store give the same digest."""
    digest = hashlib.sha256(f"{entry.slug}\x1e{entry.title}\x1e{options}".encode())
    provenance = entry.provenance
    for name in provenance.__dataclass_fields__:
        value = getattr(provenance, name)
        text = "\x1f".join(value) if isinstance(value, tuple) else str(value)
        digest.update(f"\x1e{name}={text}".encode())
    # One string per fact, fields in a fixed order (CONTENT_FIELDS, then bookkeeping).
    rows = [
        "\x1f".join(
            (
                fact.id,
                fact.kind,
                fact.subject,
                fact.item,
                fact.value,
                fact.attribute,
                fact.group,
                fact.statement,
                fact.source.section,
                fact.source.text,
                fact.source.original,  # a corrected fact's items quote the article's wording
                fact.changed_at,
                str(fact.cloze_number),
                fact.status,
            )
        )
        for fact in facts
    ]
    digest.update("\x1e".join(rows).encode())
    return digest.hexdigest()


def contributions(
    facts: Iterable[Fact], system: str = ""
) -> tuple[dict[PoolKey, frozenset[str]], frozenset[Said]]:
    """The distractor values an article (on body ``system``) adds to each distinct list, the
    whole selection's and its system's, and what it says is right for each subject (kind,
    subject, item or sequence=value)."""
    values: dict[PoolKey, set[str]] = defaultdict(set)
    said: set[Said] = set()
    for fact in facts:
        kind = str(fact.kind)
        what = f"{fact.attribute}={fact.value}" if fact.kind is FactKind.APPEARANCE else fact.item
        said.add((kind, fact.subject.lower(), what))
        if fact.kind is FactKind.SYNONYM:
            # A synonym widens what is right for every question on either name; any
            # change stales every question that relied on a right-answer set (ALIASES).
            # Both names: a synonym whose subject alone changes joins other names.
            said.add((kind, ALIASES[1], f"{fact.subject}\x1f{fact.value}"))
        if fact.kind is FactKind.RANK:
            said.add((kind, rank_key(fact), fact.item))
        if fact.kind is FactKind.DIFFERENTIAL and not fact.group:
            key, value = "", fact.item
        elif fact.kind is FactKind.APPEARANCE:
            key, value = fact.attribute, fact.value
        elif fact.kind is FactKind.ASSOCIATION:
            key, value = fact.group, fact.item
        elif fact.kind in (FactKind.SYNONYM, FactKind.SIGN, FactKind.DEFINITION):
            key, value = fact.group, pool_value(fact)
        else:
            continue
        values[(kind, key)].add(value)
        if system:
            values[(kind, list_name(key, system))].add(value)
    return {key: frozenset(v) for key, v in values.items()}, frozenset(said)


@dataclass(slots=True)
class Touched:
    """What changed articles (before and after) touch: values by list, and subjects."""

    positions: dict[PoolKey, list[int]] = field(default_factory=lambda: defaultdict(list))
    subjects: set[PoolKey] = field(default_factory=set)

    def add(
        self,
        items: ArticleItems | None,
        now: tuple[Mapping[PoolKey, frozenset[str]], frozenset[Said]] | None,
    ) -> None:
        """Record what changed between an article's cached items and its facts now: only
        values and subject entries that appear on one side and not on the other."""
        old_values = items.contributes if items is not None else {}
        old_said = items.defines if items is not None else frozenset()
        new_values, new_said = now if now is not None else ({}, frozenset())
        for key in set(old_values) | set(new_values):
            changed = old_values.get(key, frozenset()) ^ new_values.get(key, frozenset())
            self.positions[key].extend(value_hash(text) for text in changed)
        for kind, subject, _ in old_said ^ new_said:
            if (kind, subject) == ALIASES:
                self.subjects.add(ALIASES)
                continue
            self.subjects |= {(kind, subject), (kind, f"family:{subject_family(subject)}")}

    def stales(self, items: ArticleItems) -> bool:
        """Whether a cached article's questions may differ from a fresh build now."""
        if items.subjects & self.subjects:
            return True
        return any(self._hits(arc) for arc in items.arcs)

    def _hits(self, arc: Arc) -> bool:
        positions = self.positions.get(arc.pool)
        if not positions:
            return False
        if arc.full:
            return True
        positions.sort()
        if arc.start <= arc.end:
            return bisect.bisect_right(positions, arc.end) > bisect.bisect_left(
                positions, arc.start
            )
        return positions[-1] >= arc.start or positions[0] <= arc.end
