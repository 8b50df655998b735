"""Generators: facts → cloze notes and single-best-answer questions, checked by the card rules.

``generate`` never uses rejected facts, applies reviewer corrections, and drops (or repairs)
every item that fails a rule in ``rules``; the findings say which rule and which fact. With a
cache folder it reuses each article's items while nothing they depend on changed
(``incremental``), giving the same items as a clean run.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.codec import replaced
from quizgen.generators.cloze import build_cloze_notes, shown_only
from quizgen.generators.coverage import unreported
from quizgen.generators.incremental import (
    Arc,
    ArticleItems,
    Items,
    PoolKey,
    Touched,
    contributions,
    entry_digest,
    pack,
    pool_key,
)
from quizgen.generators.library import LIBRARY_FILE
from quizgen.generators.mcq import Pools, article_system, build_pools, build_questions
from quizgen.generators.questions import candidates
from quizgen.generators.rules import (
    check_cloze,
    check_mcq,
    drop_duplicate_notes,
    drop_duplicate_questions,
    duplicate_key,
)
from quizgen.model import (
    LIST_KINDS,
    ArticleFacts,
    ClozeNote,
    Fact,
    FactKind,
    Finding,
    MCQuestion,
)
from quizgen.parallel import fork_imap, fork_map
from quizgen.templating import template_path

if TYPE_CHECKING:
    from quizgen.cache import ContentCache

__all__ = ["Generated", "generate"]


@dataclass(frozen=True)
class Generated:
    """What the generators made, per article, and what they dropped.

    ``notes``, ``questions`` and ``findings`` unpack every article's items on first use;
    exporters that can work article by article use ``articles`` and skip ``dropped``.
    """

    articles: tuple[ArticleItems, ...] = ()
    duplicates: tuple[Finding, ...] = ()  # C7: questions repeating an earlier one
    reused: int = 0  # articles whose items came from the cache

    @cached_property
    def dropped(self) -> frozenset[str]:
        """Ids of the questions the deck leaves out as duplicates."""
        return frozenset(finding.item_id for finding in self.duplicates)

    @cached_property
    def _unpacked(self) -> tuple[list[ClozeNote], list[MCQuestion], list[Finding]]:
        notes: list[ClozeNote] = []
        questions: list[MCQuestion] = []
        findings: list[Finding] = []
        for article in self.articles:
            items = article.unpack()
            notes.extend(items.notes)
            questions.extend(q for q in items.questions if q.id not in self.dropped)
            findings.extend(items.findings)
        return notes, questions, [*findings, *self.duplicates]

    @property
    def notes(self) -> list[ClozeNote]:
        """Every cloze note, article by article."""
        return self._unpacked[0]

    @property
    def questions(self) -> list[MCQuestion]:
        """Every question the deck keeps (duplicates left out)."""
        return self._unpacked[1]

    @property
    def findings(self) -> list[Finding]:
        """Every item dropped or repaired by a card rule, with why."""
        return self._unpacked[2]

    @property
    def item_count(self) -> int:
        """How many notes and questions there are (without unpacking any)."""
        made = sum(a.note_count + len(a.question_keys) for a in self.articles)
        return made - len(self.dropped)

    @property
    def finding_count(self) -> int:
        """How many findings there are (without unpacking any item)."""
        return sum(a.finding_count for a in self.articles) + len(self.duplicates)


@dataclass(frozen=True, slots=True)
class _Options:
    base: int
    cards: bool
    mcqs: bool
    tags: tuple[str, ...]


def _usable(
    entries: Sequence[ArticleFacts], kinds: Collection[FactKind] | None, approved_only: bool
) -> list[tuple[ArticleFacts, tuple[Fact, ...]]]:
    chosen = []
    for entry in entries:
        facts = entry.usable_facts(approved_only=approved_only)
        if kinds is not None:
            facts = tuple(f for f in facts if f.kind in kinds)
        chosen.append((entry, facts))
    return chosen


# Problems of one list member alone: that member is shown, not asked, and the rest stays.
_MEMBER_RULES = frozenset({"C1", "C3", "C7"})


def _repaired(
    note: ClozeNote, problems: list[Finding], pools: Pools
) -> tuple[ClozeNote | None, list[Finding]]:
    """(the note to keep or None, its findings). A list note whose only problems are members
    that cannot be asked keeps its other members, the failing ones shown (their findings
    stay, so `--dropped` names them)."""
    if not problems:
        return note, []
    members = {d.fact_id for d in note.deletions}
    failing = {p.fact_id for p in problems}
    if note.kind not in LIST_KINDS or not all(
        p.rule_id in _MEMBER_RULES and p.fact_id in members for p in problems
    ):
        return None, problems
    repaired = shown_only(note, failing)
    if repaired is None or check_cloze(repaired, pools):
        return None, problems
    return repaired, problems


def _place_key(question: MCQuestion, base: int) -> MCQuestion:
    """Put the key at a letter drawn for this question alone (M8: even over a deck), so a
    question never changes because another one did. Numeric options stay sorted (M6)."""
    if question.numeric:
        return question
    target = random.Random(f"{base}:{question.id}:key").randrange(len(question.options))
    options = [o for i, o in enumerate(question.options) if i != question.answer_index]
    options.insert(target, question.answer)
    return replaced(question, options=tuple(options), answer_index=target)


def _make(
    entry: ArticleFacts, facts: tuple[Fact, ...], pools: Pools, options: _Options, digest: str
) -> ArticleItems:
    """One article's checked items and what they depend on."""
    notes: list[ClozeNote] = []
    questions: list[MCQuestion] = []
    findings: list[Finding] = []
    arcs: list[Arc] = []
    subjects: set[PoolKey] = set()
    if options.cards:
        for built in build_cloze_notes(entry, facts, options.tags):
            note, problems = _repaired(built, check_cloze(built, pools), pools)
            findings.extend(problems)
            if note is not None:
                notes.append(note)
        notes, repeated = drop_duplicate_notes(notes)
        findings.extend(repeated)
    if options.mcqs:
        made_candidates = list(candidates(entry, facts, pools))
        for candidate in made_candidates:
            arcs.extend(candidate.arcs)
            subjects |= {pool_key(*subject) for subject in candidate.subjects}
        made, dropped = build_questions(made_candidates, options.base, options.tags)
        findings.extend(dropped)
        for question in made:
            problems = check_mcq(question, pools)
            findings.extend(problems)
            if not problems:
                questions.append(_place_key(question, options.base))
    findings.extend(unreported(entry.slug, facts, notes, questions, findings, cards=options.cards))
    values, defines = contributions(facts, article_system(entry))
    packed, key = pack(Items(tuple(notes), tuple(questions), tuple(findings)))
    return ArticleItems(
        slug=entry.slug,
        digest=digest,
        key=key,
        packed=packed,
        licence=entry.provenance.licence,
        note_count=len(notes),
        question_keys=tuple(duplicate_key(q) for q in questions),
        finding_count=len(findings),
        arcs=tuple(arcs),
        subjects=frozenset(subjects),
        contributes=values,
        defines=defines,
    )


@dataclass(frozen=True, slots=True)
class _Job:
    """One article to make items for, with what ``_make`` reads besides its facts."""

    entry: ArticleFacts
    facts: tuple[Fact, ...]
    pools: Pools
    options: _Options
    digest: str


def _make_job(job: _Job) -> ArticleItems:
    return _make(job.entry, job.facts, job.pools, job.options, job.digest)


# Below this many articles to make, starting worker processes costs more than it saves.
_FORK_THRESHOLD = 40


def _make_all(jobs: Sequence[_Job], workers: int) -> list[ArticleItems]:
    """Every job's items, in order; in forked workers for many articles. Each article's
    items depend only on its facts, the pools and the options (each question draws from a
    random stream of its own), so the split changes nothing."""
    return fork_map(_make_job, jobs, workers=workers, threshold=_FORK_THRESHOLD)


def _pools(usable: Sequence[tuple[ArticleFacts, tuple[Fact, ...]]]) -> Pools:
    """The distractor pools of the whole selection (what every article's items read)."""
    return build_pools(
        (fact for _, facts in usable for fact in facts),
        {entry.slug: article_system(entry) for entry, _ in usable},
    )


def _fingerprint(options: _Options) -> str:
    from quizgen.cache import code_fingerprint  # noqa: PLC0415

    stems = template_path("cards/stems.yaml").read_bytes()
    stems += template_path(LIBRARY_FILE).read_bytes()  # the bundled names are distractors too
    code = code_fingerprint("generators", "model.py", "normalize.py", "attribution.py")
    return hashlib.sha256(f"{code}|{options}".encode() + stems).hexdigest()


def generate(
    entries: Sequence[ArticleFacts],
    *,
    rng: random.Random,
    cards: bool = True,
    mcqs: bool = True,
    kinds: Collection[FactKind] | None = None,
    approved_only: bool = False,
    tags: Sequence[str] = (),
    cache_dir: Path | None = None,
    workers: int = 1,
) -> Generated:
    """Cloze notes and MCQs for ``entries``, each checked against every card rule.

    Args:
        entries: store entries (their facts' reviewer corrections are applied).
        rng: the only source of randomness (distractor choice, answer positions).
        cards, mcqs: which item types to make.
        kinds: only facts of these kinds (None: all).
        approved_only: use only approved facts (rejected ones are never used).
        tags: extra tags for every item.
        cache_dir: reuse unchanged articles' items from here (and store new ones).
        workers: processes to make the items in (the items are the same for any number).
    """
    options = _Options(rng.getrandbits(64), cards, mcqs, tuple(tags))
    usable = _usable(entries, kinds, approved_only)
    digests = [entry_digest(entry, facts, options) for entry, facts in usable]
    if cache_dir is None:
        pools = _pools(usable)
        every = [_Job(e, f, pools, options, d) for (e, f), d in zip(usable, digests, strict=True)]
        return _collect(_make_all(every, workers), reused=0)
    from quizgen.cache import ContentCache  # noqa: PLC0415
    from quizgen.codec import codec_for  # noqa: PLC0415

    made: list[ArticleItems | None] = []  # None: to make
    reused = 0
    # One connection, so one transaction: the entries a run leaves are all made against the
    # same selection (what ``Touched`` compares with), whenever the process is killed.
    codec = codec_for(ArticleItems)
    with ContentCache(cache_dir, "generate", _fingerprint(options), codec) as cache:
        cached = {entry.slug: cache.get(entry.slug) for entry, _ in usable}
        # What the last run had and this one lacks (its entries were pruned to that run's).
        gone = list(cache.unused())
        if cache.damaged:  # what a damaged entry held is unknown: trust nothing cached
            cached, gone = {}, []
        touched = Touched()
        # Only a cached article can be stale; with none (a first build) nothing is compared.
        if any(old is not None for old in cached.values()):
            for (entry, facts), digest in zip(usable, digests, strict=True):
                old = cached.get(entry.slug)
                if old is None or old.digest != digest:
                    touched.add(old, contributions(facts, article_system(entry)))
            for lost in gone:
                touched.add(lost, None)
        to_make: list[tuple[ArticleFacts, tuple[Fact, ...], str]] = []
        for (entry, facts), digest in zip(usable, digests, strict=True):
            old = cached.get(entry.slug)
            if old is not None and old.digest == digest and not touched.stales(old):
                made.append(old)
                reused += 1
            else:
                made.append(None)
                to_make.append((entry, facts, digest))
        # The pools (every usable fact indexed) feed only the articles made now: a rebuild
        # that reuses every article does not build them.
        jobs: list[_Job] = []
        if to_make:
            pools = _pools(usable)
            jobs = [_Job(e, f, pools, options, d) for e, f, d in to_make]
        _make_into(made, jobs, workers, cache)
        cache.prune()
    return _collect([items for items in made if items is not None], reused=reused)


def _make_into(
    made: list[ArticleItems | None],
    jobs: Sequence[_Job],
    workers: int,
    cache: ContentCache[ArticleItems],
) -> None:
    """Fill the gaps (None) of ``made`` with the jobs' items, in order, caching each as it
    comes back while the workers make the rest."""
    fresh = fork_imap(_make_job, jobs, workers=workers, threshold=_FORK_THRESHOLD)
    try:
        for index, items in enumerate(made):
            if items is None:
                made[index] = new = next(fresh)
                cache.put(new, new.slug)
    except BaseException:
        # A run that failed leaves none of its items: the next run's cache must hold only
        # items made against one selection (what ``Touched`` compares with).
        cache.rollback()
        raise
    finally:
        fresh.close()  # the workers end now, not when the iterator is collected


def _collect(made: Sequence[ArticleItems], *, reused: int) -> Generated:
    return Generated(
        tuple(made),
        tuple(drop_duplicate_questions(k for items in made for k in items.question_keys)),
        reused,
    )
