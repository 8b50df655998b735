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

from quizgen.codec import replaced
from quizgen.generators.cloze import note_tags
from quizgen.generators.incremental import (
    Arc,
    list_name,
    pool_key,
    pool_value,
    rank_key,
    subject_family,
    value_hash,
)
from quizgen.generators.wording import mid_sentence
from quizgen.model import ArticleFacts, Fact, FactKind, Finding, MCQuestion
from quizgen.normalize import (
    EntitySet,
    content_words,
    is_catch_all,
    name_key,
    normalize_answer,
    numbers_in,
)

__all__ = [
    "MAX_OPTIONS",
    "MIN_OPTIONS",
    "POOL_SIZE",
    "Candidate",
    "Pools",
    "Scan",
    "article_system",
    "build_pools",
    "build_questions",
    "cue_words",
    "draw",
    "mid_sentence",
    "ranked_elsewhere",
    "refused",
    "setting_apart",
    "unaskable",
]

MAX_OPTIONS = 5
MIN_OPTIONS = 3  # three options are as good as four or five (Rodriguez 2005; card rules M2)
POOL_SIZE = 12  # M9: more distractors than shown, for sampling per sheet version


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
    problem_rule: str = "M3"  # the rule ``problem`` reports under
    arcs: tuple[Arc, ...] = ()  # distractor candidates scanned (for incremental builds)
    subjects: frozenset[tuple[str, str]] = frozenset()  # right-answer sets relied on
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

    # Names the selection says denote one thing (an article's title and its synonyms),
    # by normalised name: a distractor that is a synonym of a right answer is right too.
    aliases: dict[frozenset[str], set[str]] = field(default_factory=lambda: defaultdict(set))
    true_sets: dict[tuple[FactKind, str], EntitySet] = field(default_factory=dict)
    distinct_values: dict[tuple[FactKind, str], tuple[list[str], list[int]]] = field(
        default_factory=dict
    )
    # Per article: whether an option may be what it says (``contraries.said_checker``).
    said: dict[str, Callable[[str], bool]] = field(default_factory=dict)

    def true_items(self, kind: FactKind, subject: str) -> EntitySet:
        """Every item listed for ``subject`` or a subject of its family in the selection
        (what is right for it; see ``subject_family``)."""
        key = (kind, subject.lower())
        if key not in self.true_sets:
            family = self.families[(kind, subject_family(subject))]
            items = [
                f.item
                for member in family or {subject.lower()}
                for f in self.by_subject[(kind, member)]
            ]
            self.true_sets[key] = EntitySet(self.with_aliases(items))
        return self.true_sets[key]

    def with_aliases(self, names: Iterable[str]) -> list[str]:
        """``names`` and every synonym the selection gives for any of them."""
        out: list[str] = []
        for name in names:
            out.append(name)
            out.extend(self.aliases.get(name_key(name), ()))
        return out

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
            values = [pool_value(f) for f in facts]
            unique = {
                normalize_answer(v): v
                for v in reversed(values)
                if normalize_answer(v) and not is_catch_all(v)
            }
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
    # Bound once: this loop runs for every fact of the selection, on every build.
    by_kind, by_kind_article, by_subject = pools.by_kind, pools.by_kind_article, pools.by_subject
    by_id, by_attribute, top_level = pools.by_id, pools.by_attribute, pools.top_level
    item_names, families, aliases = pools.item_names, pools.families, pools.aliases
    for fact in facts:
        kind, subject = fact.kind, fact.subject
        lowered = subject.lower()
        by_kind[kind].append(fact)
        by_kind_article[(kind, fact.source.article)].append(fact)
        by_subject[(kind, lowered)].append(fact)
        by_id[fact.id] = fact
        by_attribute[(kind, fact.attribute)].append(fact)
        if not fact.group:
            top_level[kind].append(fact)
        item_names[(kind, lowered)].add(fact.item)
        families[(kind, subject_family(subject))].add(lowered)
        if kind is FactKind.SYNONYM and fact.value:
            names = {subject, fact.value}
            for name in names:
                aliases[name_key(name)] |= names - {name}
    return pools


def draw(
    tiers: Sequence[Iterable[str]],
    exclude: EntitySet,
    limit: int = POOL_SIZE,
    scan: int = 200,
    keep: Callable[[str], bool] | None = None,
) -> tuple[str, ...]:
    """Up to ``limit`` values (that ``keep`` accepts) not (possibly) the same as an excluded
    one or as each other. Stops when it has enough or after ``scan`` values (a library of
    thousands of articles repeats the same few findings). ``tiers`` are read in turn, and
    reading stops after a tier (``Scan.tiers``: the same article and body system) that
    already gave enough for a question: distractors from the same region are the plausible
    ones (M5)."""
    kept: list[str] = []
    chosen = EntitySet()
    budget = scan
    # Bound once: this loop runs for every value scanned, tens of times per question.
    excluded, taken = exclude.matches, chosen.matches
    for tier in tiers:
        for value in tier:
            if keep is not None and not keep(value):
                continue
            if budget <= 0:
                break
            budget -= 1
            if not _offerable(value) or excluded(value) or taken(value):
                continue
            chosen.add(value)
            kept.append(value)
            if len(kept) >= limit:
                return tuple(kept)
        if len(kept) >= MAX_OPTIONS - 1 or budget <= 0:
            break
    return tuple(kept)


@functools.lru_cache(maxsize=65536)
def _offerable(value: str) -> bool:
    """Whether a value may be a distractor at all: it names something, and not the rest of
    a list ("others")."""
    return bool(normalize_answer(value)) and not is_catch_all(value)


class Scan:
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
        first = min(bisect.bisect_left(hashes, self.start), count)
        seen, last = self.seen, self.last
        # From the hash position to the end, then from the start: (first + step) % count.
        for step, index in enumerate(itertools.chain(range(first, count), range(first)), 1):
            seen[number], last[number] = step, index
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


def unaskable(entry: ArticleFacts, fact: Fact, why: str, rule: str = "C1") -> Candidate:
    """A question that cannot be asked: its sentence does not hold its answer (C1), or the
    answer is on the front already (C4)."""
    return Candidate(
        entry, fact, "", fact.value, (), False, "value", problem=why, problem_rule=rule
    )


def refused(entry: ArticleFacts, fact: Fact, suffix: str, why: str) -> Candidate:
    """A question on a list member that must not be asked; ``why`` becomes its M3 finding."""
    return Candidate(entry, fact, "", fact.item, (), False, suffix, problem=why)


_PREPOSITION = (
    r"in|on|at|over|during|after|before|within|with|without|following|by|from|under|beyond"
)
# "In the acute phase the infarct": a setting, then the subject from its determiner.
_SET_SUBJECT = re.compile(
    rf"^(?P<setting>(?:{_PREPOSITION})\s+.+?)\s+(?P<subject>(?:the|a|an|these|this)\s+\S.*)$",
    re.IGNORECASE,
)


def setting_apart(subject: str) -> tuple[str, str]:
    """(subject, setting) of a subject that opens with a prepositional phrase: "In the acute
    phase the infarct" → ("the infarct", "in the acute phase"); others → (subject, "")."""
    match = _SET_SUBJECT.match(subject)
    if match is None:
        return subject, ""
    setting = match.group("setting")
    return match.group("subject"), setting[:1].lower() + setting[1:]


def ranked_elsewhere(fact: Fact, pools: Pools) -> list[str]:
    """Every item the selection gives the same rank in the same category (what is right for
    "which is the most common X?"; more than one means the sources disagree)."""
    key = rank_key(fact)
    return [f.item for f in pools.by_kind[FactKind.RANK] if rank_key(f) == key]


# Words of a stem that say nothing about its answer ("which", "typically").
_STEM_WORDS = frozenset(
    {
        "the", "a", "an", "is", "are", "which", "what", "these", "this", "of", "typical",
        "typically", "appear", "another", "name", "term", "completes", "statement",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=65536)  # asked of every option of every question (M7, _pick)
def cue_words(text: str) -> frozenset[str]:
    """Content words of a text that may cue a key: no function words, numbers or words of
    one or two letters."""
    return frozenset(
        w for w in content_words(text) - _STEM_WORDS if len(w) > 2 and not w[0].isdigit()
    )


def _covering(chosen: list[str], pool: Sequence[str], cues: frozenset[str]) -> list[str]:
    """``chosen`` with, for each word the stem shares with the key, a distractor of the pool
    that carries it too where one exists (M7: a word of the stem found only in the key is a
    cue), replacing a distractor that covers none."""
    out = list(chosen)
    for word in sorted(cues):
        if any(word in cue_words(d) for d in out):
            continue
        extra = next((d for d in pool if d not in out and word in cue_words(d)), None)
        spare = [i for i, d in enumerate(out) if not cue_words(d) & cues]
        if extra is not None and spare:
            out[spare[-1]] = extra
    return out


def _pick(candidate: Candidate, rng: random.Random) -> tuple[tuple[str, ...], int]:
    """Options (key + up to four distractors) with the key's index; numbers sorted (M6)."""
    pool = list(candidate.pool)
    rng.shuffle(pool)
    longest_ok = [d for d in pool if len(candidate.answer) <= 1.25 * max(len(d), 1)]
    chosen = (longest_ok or pool)[: MAX_OPTIONS - 1]
    if len(chosen) < MAX_OPTIONS - 1:
        chosen = pool[: MAX_OPTIONS - 1]
        if longest_ok and not set(chosen) & set(longest_ok):
            # A long key needs one distractor as long (M7), when the pool has one.
            chosen[-1] = longest_ok[0]
    if not candidate.numeric:
        front = f"{candidate.topic or candidate.entry.title} {candidate.stem}"
        cues = cue_words(front) & cue_words(candidate.answer)
        if cues:
            chosen = _covering(chosen, pool, cues)
    options = [candidate.answer, *chosen]
    if candidate.numeric:
        # By all figures: "5–10 mm" before "10–20 mm".
        options.sort(key=lambda o: tuple(numbers_in(o)) or (0.0,))
    else:
        rng.shuffle(options)
    return tuple(options), options.index(candidate.answer)


_ALNUM_RUN = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=65536)  # every option of every question, stems once each
def _words(text: str) -> str:
    """Lower-case words with single spaces between them, punctuation and quotes gone."""
    return " ".join(_ALNUM_RUN.findall(text.lower()))


def _unstated(stem: str, pool: Sequence[str]) -> tuple[str, ...]:
    """The distractors the stem does not itself name (M3): in "also called '___' or 'rain
    shower' shadowing" the option "rain shower shadowing" fills the blank too, and in
    "Joubert syndrome: ___ and a 'bat-wing' fourth ventricle" "bat-wing" would fit as well.
    Numbers are left to M6: a figure in a stem is no name."""
    said = f" {_words(stem)} "
    return tuple(d for d in pool if not (words := _words(d)) or f" {words} " not in said)


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
    if fact.kind is FactKind.STATEMENT or (fact.kind in _STATED_FIGURES and fact.statement):
        return fact.statement  # a figure's own sentence says what it counts or measures
    named = f"{title}, {fact.group}" if fact.group else title
    stated = " ".join(part for part in (fact.item, fact.value) if part)
    return f"{named}: {stated}."


# Kinds whose question asks for a figure: the sentence that states it explains the answer.
_STATED_FIGURES = frozenset(
    {FactKind.PERCENTAGE, FactKind.THRESHOLD, FactKind.AGE, FactKind.SEX_RATIO}
)


def build_questions(
    candidates_: Sequence[Candidate], base: int, tags: Sequence[str] = ()
) -> tuple[list[MCQuestion], list[Finding]]:
    """Turn candidates into questions; too few distractors → dropped with an M2 finding."""
    questions: list[MCQuestion] = []
    findings: list[Finding] = []
    for made in candidates_:
        # a name the stem itself states fills its blank too (M3); figures are M6's
        candidate = made if made.numeric else replaced(made, pool=_unstated(made.stem, made.pool))
        fact, entry = candidate.fact, candidate.entry
        item_id = f"{fact.id}#mcq-{candidate.suffix}"
        if candidate.problem:
            findings.append(
                Finding(candidate.problem_rule, item_id, candidate.problem, entry.slug, fact.id)
            )
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
