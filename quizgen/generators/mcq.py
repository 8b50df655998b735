"""Single-best-answer questions, with distractors of the answer's own kind from related facts.

A distractor is never true for the stem according to any fact in the selection (M3), and a
question whose answer is shared by another item ("which gives 10%?": prostate and lymphoma)
is not asked. Distractor pools look in the same article first, then in the rest of the
selection (M5), and stop at ``POOL_SIZE`` so that large libraries stay fast.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import random
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from quizgen.extractors.text import same_name
from quizgen.generators.cloze import is_catch_all, note_tags
from quizgen.generators.incremental import (
    Arc,
    list_name,
    pool_key,
    rank_key,
    subject_family,
    value_hash,
)
from quizgen.generators.wording import stem
from quizgen.model import ArticleFacts, Fact, FactKind, Finding, MCQuestion, list_key
from quizgen.normalize import EntitySet, normalize_answer, numbers_in

__all__ = [
    "MAX_OPTIONS",
    "MIN_OPTIONS",
    "POOL_SIZE",
    "Candidate",
    "Pools",
    "article_system",
    "build_pools",
    "build_questions",
    "candidates",
    "ranked_elsewhere",
]

MAX_OPTIONS = 5
MIN_OPTIONS = 4
POOL_SIZE = 12  # M9: more distractors than shown, for sampling per sheet version
_NUMERIC_MARGIN = 0.2  # M6: options differ by at least 20 % relative
_SIGNAL = re.compile(r"(hypo|hyper|iso|intermediate|high|low|bright|dark|dense|lucen)", re.I)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A question before its options are drawn: key, valid distractors, and what is true."""

    entry: ArticleFacts
    fact: Fact
    stem: str
    answer: str
    pool: tuple[str, ...]
    numeric: bool
    suffix: str  # distinguishes two questions made from one fact ("item", "value")
    problem: str = ""  # set when the question must not be asked (M3: two right answers)
    arcs: tuple[Arc, ...] = ()  # distractor candidates scanned (for incremental builds)
    subjects: frozenset[tuple[FactKind, str]] = frozenset()  # right-answer sets relied on
    topic: str = ""  # shown above the question; "" for the article's title


@dataclass(slots=True)
class Pools:
    """The selection's facts indexed once, for distractors and for what is true."""

    by_kind_article: dict[tuple[FactKind, str], list[Fact]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_kind: dict[FactKind, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    by_subject: dict[tuple[FactKind, str], list[Fact]] = field(
        default_factory=lambda: defaultdict(list)
    )
    by_id: dict[str, Fact] = field(default_factory=dict)
    by_attribute: dict[tuple[FactKind, str], list[Fact]] = field(
        default_factory=lambda: defaultdict(list)
    )
    top_level: dict[FactKind, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    item_names: dict[tuple[FactKind, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    families: dict[tuple[FactKind, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    systems: Mapping[str, str] = field(default_factory=dict)  # article slug → its body system

    true_sets: dict[tuple[FactKind, str], EntitySet] = field(default_factory=dict)
    distinct_values: dict[tuple[FactKind, str], tuple[list[str], list[int]]] = field(
        default_factory=dict
    )

    def true_items(self, kind: FactKind, subject: str) -> EntitySet:
        """Every item listed for ``subject`` or a subject of its family in the selection
        (what is right for it; see ``subject_family``)."""
        key = (kind, subject.lower())
        if key not in self.true_sets:
            family = self.families[(kind, subject_family(subject))]
            self.true_sets[key] = EntitySet(
                f.item
                for member in family or {subject.lower()}
                for f in self.by_subject[(kind, member)]
            )
        return self.true_sets[key]

    def distinct(self, kind: FactKind, key: str, system: str = "") -> tuple[list[str], list[int]]:
        """Distinct distractor candidates of a kind and their hash positions, in a stable
        hash order that does not depend on article order: differentials (top level, ``key``
        ""), findings on one sequence (``key`` the sequence), members of one relation; with
        ``system``, only those of articles on that body system."""
        cache_key = (kind, list_name(key, system))
        if cache_key not in self.distinct_values:
            if kind is FactKind.DIFFERENTIAL:
                facts = self.top_level[kind]
            elif kind is FactKind.APPEARANCE:
                facts = self.by_attribute[(kind, key)]
            else:
                facts = [f for f in self.by_kind[kind] if f.group == key]
            if system:
                facts = [f for f in facts if self.systems.get(f.source.article) == system]
            values = [f.value if kind is FactKind.APPEARANCE else f.item for f in facts]
            unique = {normalize_answer(v): v for v in reversed(values) if normalize_answer(v)}
            ordered = sorted(unique.values(), key=lambda v: (value_hash(v), v))
            self.distinct_values[cache_key] = (ordered, [value_hash(v) for v in ordered])
        return self.distinct_values[cache_key]


def article_system(entry: ArticleFacts) -> str:
    """The body system an article is filed under: the first its page lists ("Central Nervous
    System" before "Spine", "Oncology"), or "" when the page gives none (plain text)."""
    return entry.provenance.systems[0] if entry.provenance.systems else ""


def build_pools(facts: Iterable[Fact], systems: Mapping[str, str] | None = None) -> Pools:
    """Index facts by kind, by kind and article, and by kind and subject; ``systems`` gives
    each article's body system (``article_system``), so that distractors of a question come
    first from articles on the same system (M5: plausible)."""
    pools = Pools(systems=dict(systems or {}))
    for fact in facts:
        pools.by_kind[fact.kind].append(fact)
        pools.by_kind_article[(fact.kind, fact.source.article)].append(fact)
        pools.by_subject[(fact.kind, fact.subject.lower())].append(fact)
        pools.by_id[fact.id] = fact
        pools.by_attribute[(fact.kind, fact.attribute)].append(fact)
        if not fact.group:
            pools.top_level[fact.kind].append(fact)
        pools.item_names[(fact.kind, fact.subject.lower())].add(fact.item)
        pools.families[(fact.kind, subject_family(fact.subject))].add(fact.subject.lower())
    return pools


def _draw(
    tiers: Sequence[Iterable[str]],
    exclude: EntitySet,
    limit: int = POOL_SIZE,
    scan: int = 200,
    keep: Callable[[str], bool] = lambda _: True,
) -> tuple[str, ...]:
    """Up to ``limit`` values (that ``keep`` accepts) not (possibly) the same as an excluded
    one or as each other. Stops when it has enough or after ``scan`` values (a library of
    thousands of articles repeats the same few findings). ``tiers`` are read in turn, and
    reading stops after a tier (``_Scan.tiers``: the same article and body system) that
    already gave enough for a question: distractors from the same region are the plausible
    ones (M5)."""
    kept: list[str] = []
    chosen = EntitySet()
    budget = scan
    for tier in tiers:
        for value in tier:
            if not keep(value):
                continue
            if budget <= 0:
                break
            budget -= 1
            if not normalize_answer(value):
                continue
            if not exclude.matches(value) and not chosen.matches(value):
                chosen.add(value)
                kept.append(value)
                if len(kept) >= limit:
                    return tuple(kept)
        if len(kept) >= MAX_OPTIONS - 1 or budget <= 0:
            break
    return tuple(kept)


class _Scan:
    """Distractor candidates for one question: the same article's values, then the distinct
    values of articles on the same body system, then those of the whole selection, each list
    from the question's own hash position onwards (so questions draw different distractors,
    reproducibly). Records how far it went in each list (``arcs``)."""

    def __init__(
        self,
        fact: Fact,
        local: Sequence[str],
        pool: tuple[FactKind, str],
        pools: Pools,
        *,
        everywhere: bool = True,
    ) -> None:
        self.local = local
        kind, key = pool
        system = pools.systems.get(fact.source.article, "")
        # Without ``everywhere`` only the article and its body system are scanned.
        scopes = ([system] if system else []) + ([""] if everywhere else [])
        self.lists = [
            (list_name(key, scope), *pools.distinct(kind, key, scope)) for scope in scopes
        ]
        self.kind = kind
        self.everywhere = everywhere
        self.start = value_hash(fact.id)
        self.seen = [0] * len(self.lists)
        self.last = [-1] * len(self.lists)

    def tiers(self) -> list[Iterator[str]]:
        """The same article's values with its body system's list, then the whole
        selection's list (when scanned)."""
        lists = [self._list(number) for number in range(len(self.lists))]
        if not self.everywhere:
            return [itertools.chain(iter(self.local), *lists)]
        first = itertools.chain(iter(self.local), *lists[:-1])
        return [first, lists[-1]]

    def _list(self, number: int) -> Iterator[str]:
        _, values, hashes = self.lists[number]
        count = len(values)
        first = bisect.bisect_left(hashes, self.start)
        for step in range(count):
            index = (first + step) % count
            self.seen[number], self.last[number] = step + 1, index
            yield values[index]

    @property
    def arcs(self) -> tuple[Arc, ...]:
        """The scanned stretch of each distinct list reached (none when not reached)."""
        arcs = []
        for (name, values, hashes), seen, last in zip(
            self.lists, self.seen, self.last, strict=True
        ):
            if seen:
                full = seen == len(values)
                arcs.append(Arc(pool_key(self.kind, name), self.start, hashes[last], full))
        return tuple(arcs)


def _numeric_pool(answer: str, values: Sequence[str]) -> list[str]:
    """Other figures of the same list, each clearly apart from the key and one another."""
    (key,) = numbers_in(answer)[:1] or (0.0,)
    kept: list[float] = []
    chosen: list[str] = []
    for value in values:
        numbers = numbers_in(value)
        if len(numbers) != 1 or not 0 <= numbers[0] <= 100:
            continue
        number = numbers[0]
        if all(
            abs(number - other) > _NUMERIC_MARGIN * max(number, other) for other in (key, *kept)
        ):
            kept.append(number)
            chosen.append(value)
    return chosen


def _frequency(entry: ArticleFacts, members: list[Fact]) -> Iterator[Candidate]:
    asked = [f for f in members if not is_catch_all(f.item)]
    for fact in asked:
        {normalize_answer(f.value) for f in asked if f is not fact}
        items = [f.item for f in asked if f is not fact]
        twin = next(
            (
                f.item
                for f in asked
                if f is not fact and normalize_answer(f.value) == normalize_answer(fact.value)
            ),
            "",
        )
        if twin:
            yield Candidate(
                entry,
                fact,
                "",
                fact.item,
                (),
                False,
                "item",
                problem=f"{twin} also accounts for {fact.value}: two right answers",
            )
        else:
            yield Candidate(
                entry,
                fact,
                stem(
                    "mcq",
                    _frequency_wording("frequency_item", fact.group),
                    title=entry.title,
                    group=fact.group,
                    value=fact.value,
                ),
                fact.item,
                _draw([items], EntitySet([fact.item]), limit=len(items)),
                False,
                "item",
            )
        figures = _numeric_pool(fact.value, [f.value for f in members if f is not fact])
        yield Candidate(
            entry,
            fact,
            stem(
                "mcq",
                _frequency_wording("frequency_value", fact.group),
                title=entry.title,
                group=fact.group,
                item=fact.item,
            ),
            fact.value,
            tuple(figures),
            True,
            "value",
        )


def _is_plural(name: str) -> bool:
    """Whether a name ends in a plural noun ("primaries", "osteoblastic metastases")."""
    last = name.rsplit(maxsplit=1)[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis"))


def _frequency_wording(name: str, group: str) -> str:
    """The stem for a list whose name is a plural noun ("primaries", "growth patterns"), or
    the one that shows the name as a heading ("location", "non-contrast")."""
    return name if _is_plural(group) else f"{name}_heading"


def _is_subtype(fact: Fact, pools: Pools) -> bool:
    """A child of another member ("developmental" under "extradural cysts") needs its
    parent to make sense, so it is asked as a cloze only."""
    return bool(fact.group) and fact.group in pools.item_names[(fact.kind, fact.subject.lower())]


def _differentials(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.DIFFERENTIAL
    for fact in facts:
        if _is_subtype(fact, pools):
            continue
        subject = fact.subject.lower()
        family = subject_family(subject)
        mine = pools.by_kind_article[(kind, entry.slug)]
        exclude = pools.true_items(kind, fact.subject)
        if family != subject:
            # "Osteosarcoma in children": a setting excludes no finding, so what another
            # list of the article names ("for a surface lesion") may be right too.
            local = []
            exclude = EntitySet([*exclude.names(), *(f.item for f in mine)])
        else:
            local = [f.item for f in mine if not f.group and subject_family(f.subject) != family]
        scan = _Scan(fact, local, (kind, ""), pools)
        pool = _draw(scan.tiers(), exclude)
        yield Candidate(
            entry,
            fact,
            stem("mcq", "differential", title=entry.title, subject=_mid_sentence(fact.subject)),
            fact.item,
            pool,
            False,
            "item",
            arcs=scan.arcs,
            subjects=frozenset({(kind, subject), (kind, f"family:{family}")}),
        )


class _NoSharedSignal:
    """Accepts a finding that shares no signal word with the key's (M3: "hypo- and/or
    hyperintense" may also be right for "hypointense")."""

    def __init__(self, key_signals: frozenset[str]) -> None:
        self.key_signals = key_signals

    def __call__(self, finding: str) -> bool:
        return not _signals(finding) & self.key_signals


@functools.lru_cache(maxsize=65536)
def _signals(finding: str) -> frozenset[str]:
    """Signal words of a finding: "hyper- or isointense" → {"hyper", "iso"}."""
    return frozenset(word.lower() for word in _SIGNAL.findall(finding))


def _mid_sentence(name: str) -> str:
    """ "Osteoblastic metastases" → "osteoblastic metastases" (names like "Ewing" stay)."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if first[:1].isupper() and first[1:] == first[1:].lower() and len(name.split()) > 1:
        return name[:1].lower() + name[1:]
    return name


def _appearances(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.APPEARANCE
    for fact in facts:
        same_seq = [
            f.value
            for f in pools.by_subject[(kind, fact.subject.lower())]
            if f.attribute == fact.attribute
        ]
        # Only findings on the same sequence are homogeneous (M5); one that shares a signal
        # word with the key ("hypo- and/or hyperintense" for "hypointense") may also be
        # right and is never offered (M3).
        key_signals = _signals(fact.value)
        local = [
            f.value
            for f in pools.by_kind_article[(kind, entry.slug)]
            if f.attribute == fact.attribute
        ]
        # A finding of another organ is no plausible option (a "dural tail" for a bone
        # tumour): only the article's own body system is scanned.
        scan = _Scan(fact, local, (kind, fact.attribute), pools, everywhere=False)
        pool = _draw(scan.tiers(), EntitySet(same_seq), keep=_NoSharedSignal(key_signals))
        subject = _mid_sentence(fact.subject)
        wording = "appearance" if _is_plural(subject) else "appearance_one"
        yield Candidate(
            entry,
            fact,
            stem("mcq", wording, title=entry.title, attribute=fact.attribute, subject=subject),
            fact.value,
            pool,
            False,
            "value",
            arcs=scan.arcs,
            subjects=frozenset({(kind, fact.subject.lower())}),
        )


def _associations(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.ASSOCIATION
    for fact in facts:
        mine = [f.item for f in pools.by_kind_article[(kind, entry.slug)] if f.group == fact.group]
        scan = _Scan(fact, (), (kind, fact.group), pools)
        pool = _draw(scan.tiers(), EntitySet(mine))
        yield Candidate(
            entry,
            fact,
            stem("mcq", "association", title=entry.title, group=fact.group),
            fact.item,
            pool,
            False,
            "item",
            arcs=scan.arcs,
        )


def ranked_elsewhere(fact: Fact, pools: Pools) -> list[str]:
    """Every item the selection gives the same rank in the same category (what is right for
    "which is the most common X?"; more than one means the sources disagree)."""
    key = rank_key(fact)
    return [f.item for f in pools.by_kind[FactKind.RANK] if rank_key(f) == key]


def _ranks(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    """ "Which is the most common primary malignant bone tumour of children?" — asked only
    where the article's own subject is ranked. Distractors are the article's own top-level
    differentials (diagnoses of the same region, M5), never one that the selection ranks
    the same (M3) nor the subject under another name; the topic line is the category, as
    the title would give the answer away (C4)."""
    for fact in facts:
        if not (same_name(fact.item, entry.title) or same_name(fact.item, fact.subject)):
            continue
        right = ranked_elsewhere(fact, pools)
        names = [entry.title, fact.item, *(f.value for f in _synonyms(entry, pools))]
        exclude = EntitySet([*names, *right])
        differentials = [
            f.item
            for f in pools.by_kind_article[(FactKind.DIFFERENTIAL, entry.slug)]
            if not f.group
        ]
        pool = _draw([differentials], exclude)
        subject = EntitySet(names)
        contested = next((item for item in right if not subject.matches(item)), "")
        yield Candidate(
            entry,
            fact,
            stem("mcq", "rank", value=fact.value, group=fact.group),
            entry.title,
            pool,
            False,
            "item",
            problem=f"{contested} is also ranked {fact.value} {fact.group}" if contested else "",
            subjects=frozenset({(FactKind.RANK, rank_key(fact))}),
            topic=fact.group[:1].upper() + fact.group[1:],
        )


def _synonyms(entry: ArticleFacts, pools: Pools) -> list[Fact]:
    return pools.by_kind_article[(FactKind.SYNONYM, entry.slug)]


def candidates(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    """Every question one article's facts could give, before rule checks."""
    lists: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        lists[list_key(fact)].append(fact)
    for members in lists.values():
        kind = members[0].kind
        if kind is FactKind.FREQUENCY:
            yield from _frequency(entry, members)
        elif kind is FactKind.DIFFERENTIAL:
            yield from _differentials(entry, members, pools)
        elif kind is FactKind.APPEARANCE:
            yield from _appearances(entry, members, pools)
        elif kind is FactKind.ASSOCIATION:
            yield from _associations(entry, members, pools)
        elif kind is FactKind.RANK:
            yield from _ranks(entry, members, pools)


def _pick(candidate: Candidate, rng: random.Random) -> tuple[tuple[str, ...], int]:
    """Options (key + up to four distractors) with the key's index; numbers sorted (M6)."""
    pool = list(candidate.pool)
    rng.shuffle(pool)
    longest_ok = [d for d in pool if len(candidate.answer) <= 1.25 * max(len(d), 1)]
    chosen = (longest_ok or pool)[: MAX_OPTIONS - 1]
    if len(chosen) < MAX_OPTIONS - 1:
        chosen = pool[: MAX_OPTIONS - 1]
    options = [candidate.answer, *chosen]
    if candidate.numeric:
        options.sort(key=lambda o: numbers_in(o)[0] if numbers_in(o) else 0.0)
    else:
        rng.shuffle(options)
    return tuple(options), options.index(candidate.answer)


def _explain(fact: Fact, title: str) -> str:
    """One line that states the fact the question tests."""
    if fact.kind is FactKind.FREQUENCY:
        return f"{title}, {fact.group}: {fact.item} {fact.value}."
    if fact.kind is FactKind.DIFFERENTIAL:
        return f"{fact.item} is in the differential diagnosis of {fact.subject}."
    if fact.kind is FactKind.APPEARANCE:
        return f"{fact.subject} on {fact.attribute}: {fact.value}."
    if fact.kind is FactKind.RANK:
        return f"{fact.item} is the {fact.value} {fact.group}."
    return f"{title}, {fact.group}: {fact.item}."


def build_questions(
    candidates_: Sequence[Candidate], base: int, tags: Sequence[str] = ()
) -> tuple[list[MCQuestion], list[Finding]]:
    """Turn candidates into questions; too few distractors → dropped with an M2 finding."""
    questions: list[MCQuestion] = []
    findings: list[Finding] = []
    for candidate in candidates_:
        fact, entry = candidate.fact, candidate.entry
        item_id = f"{fact.id}#mcq-{candidate.suffix}"
        if candidate.problem:
            findings.append(Finding("M3", item_id, candidate.problem, entry.slug, fact.id))
            continue
        if len(candidate.pool) < MIN_OPTIONS - 1:
            findings.append(
                Finding(
                    "M2",
                    item_id,
                    f"only {len(candidate.pool)} valid "
                    f"distractor(s) for {candidate.answer!r}; need "
                    f"{MIN_OPTIONS - 1}",
                    entry.slug,
                    fact.id,
                )
            )
            continue
        # Each question has its own random stream, so it never depends on the others.
        options, index = _pick(candidate, random.Random(f"{base}:{item_id}"))
        questions.append(
            MCQuestion(
                id=item_id,
                article=entry.slug,
                fact_id=fact.id,
                stem=candidate.stem,
                options=options,
                answer_index=index,
                kind=fact.kind,
                source=fact.source,
                distractor_pool=candidate.pool,
                numeric=candidate.numeric,
                explanation=_explain(fact, entry.title),
                topic=candidate.topic or entry.title,
                tags=note_tags(entry, fact.kind, tags),
                changed_at=fact.changed_at,
                provenance=entry.provenance,
            )
        )
    return questions, findings
