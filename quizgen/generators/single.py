"""Questions on stand-alone facts: a figure in a sentence, a synonym, a sign, a definition.

Figures (percentages, ages, sizes, cut-offs) take numeric distractors by the rule of
``numeric``; the stem is the article's own sentence with the figure left out, so the
question asks what the article states. Names (synonyms, signs, defined terms) take
distractors of the same kind from the library, the same article and body system first
(M5), never one that shares a content word with the subject or the key (a near-synonym
may be right too: M3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from quizgen.generators.incremental import pool_value, rank_key
from quizgen.generators.mcq import Candidate, Pools, Scan, draw, mid_sentence, ranked_elsewhere
from quizgen.generators.numeric import (
    Bound,
    Side,
    bound_of,
    figure_distractors,
    figures_stated,
    one_figure,
    safe_side,
)
from quizgen.generators.wording import find_whole, stem
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import EntitySet, content_words, same_entity, same_name

__all__ = ["FIGURE_KINDS", "NAME_KINDS", "single_candidates"]

# Kinds whose answer is one figure in a sentence, and kinds whose answer is a name.
FIGURE_KINDS = frozenset({FactKind.PERCENTAGE, FactKind.AGE, FactKind.THRESHOLD})
NAME_KINDS = frozenset({FactKind.SYNONYM, FactKind.SIGN, FactKind.DEFINITION})
_FIGURE = re.compile(r"[<>≤≥~]?\s*\d+(?:\.\d+)?\s*(?:%|years?\b|mm\b|cm\b)?")
_BLANK = "___"
# The blank is one end of a range: "between ___ and 50", "from 30 to ___", "___-18", "7–___".
_RANGE_END = re.compile(
    r"\b(?:between|from)\s+___\s+(?:and|to)\s+\d|\b(?:between|from)\s+[\d.]+\s*\S*\s+"
    r"(?:and|to)\s+___|___\s*[-–]\s*\d|\d\s*[-–]\s*___",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:\s*%)?")  # a figure, with its % sign


@lru_cache(maxsize=16384)
def _literal(text: str) -> re.Pattern[str]:
    """``text`` as a case-blind literal pattern, compiled once per name (re's own cache holds
    only 512 patterns)."""
    return re.compile(re.escape(text), re.IGNORECASE)


def _figure_part(value: str) -> str:
    """The figure a value states ("older than the age of 40" → "40"; "~90%" → "~90%")."""
    if len(value.split()) <= 3:
        return value
    match = _FIGURE.search(value)
    return match.group(0).strip() if match else value


def _figure(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate:
    answer = _figure_part(fact.value)
    index = find_whole(fact.statement, answer)
    if one_figure(answer) is None:
        why = f"{answer!r} is not one figure (a range, several or none): no numeric distractor rule"
        return Candidate(entry, fact, "", answer, (), True, "value", problem=why, problem_rule="M6")
    if index < 0:
        return _unaskable(entry, fact, f"{answer!r} is not in its sentence")
    gapped = fact.statement[:index] + _BLANK + fact.statement[index + len(answer) :]
    if _RANGE_END.search(gapped):
        # "between ___ and 50 years": "between 20 and 50" would be right too (M3)
        why = f"{answer!r} is one end of a range: no numeric distractor rule"
        return Candidate(entry, fact, "", answer, (), True, "value", problem=why, problem_rule="M6")
    if _states_figure(gapped, answer):
        # "younger than ___ …, whereas … older than 40 years": the rest gives the key away
        return _unaskable(entry, fact, f"{answer!r} shows on the front", rule="C4")
    near, equal = figures_stated(fact, pools.by_kind_article[(fact.kind, fact.source.article)])
    side = _wrong_side(fact, index, answer)
    pool = figure_distractors(answer, near, count=3, side=side, elsewhere=equal)
    return Candidate(
        entry,
        fact,
        stem("mcq", "figure", title=entry.title, statement=gapped.strip()),
        answer,
        pool,
        True,
        "value",
    )


def _wrong_side(fact: Fact, index: int, answer: str) -> Side | None:
    """For a key bounded in its sentence ("in less than 5%", "larger than 5 mm"), the side
    where figures are wrong (the other side would be right too: M3); None when unbounded."""
    figure = _NUMBER.search(answer)
    before = fact.statement[:index] + answer[: figure.start() if figure else 0]
    bound = bound_of(before)
    if bound is not None:
        return safe_side(bound, of_share=fact.kind is FactKind.PERCENTAGE)
    # "a washout of ___ or more favours an adenoma": a bound written after the figure sets
    # a cut-off (a group), even for a percentage; "75% or more" would be right too.
    after = _bound_after(fact.statement[index + len(answer) :])
    return safe_side(after, of_share=False) if after else None


# A bound written after the figure: "a polyp of ___ or more", "___ and under".
_AFTER_LOWER = re.compile(
    r"^\s*(?:mm|cm|%|years?)?\s*(?:or|and)\s+(?:more|greater|above|over|larger|higher|older)\b",
    re.I,
)
_AFTER_UPPER = re.compile(
    r"^\s*(?:mm|cm|%|years?)?\s*(?:or|and)\s+(?:less|fewer|below|under|smaller|lower|younger)\b",
    re.I,
)


def _bound_after(text: str) -> Bound | None:
    """The bound a figure's following words set ("or more": lower), or None."""
    if _AFTER_LOWER.match(text):
        return "lower"
    if _AFTER_UPPER.match(text):
        return "upper"
    return None


def _states_figure(text: str, answer: str) -> bool:
    """Whether ``text`` states the figure of ``answer`` (its qualifier and unit aside)."""
    figure = _NUMBER.search(answer)
    return figure is not None and find_whole(text, figure.group(0)) >= 0


def _unaskable(entry: ArticleFacts, fact: Fact, why: str, rule: str = "C1") -> Candidate:
    """A question that cannot be asked: its sentence does not hold its answer (C1), or the
    answer is on the front already (C4)."""
    return Candidate(
        entry, fact, "", fact.value, (), False, "value", problem=why, problem_rule=rule
    )


def _name(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate:
    kind = fact.kind
    answer = fact.value if kind is FactKind.SYNONYM else fact.item
    named = answer
    if kind is FactKind.DEFINITION:
        answer = fact.subject  # the title, as the distractors are titles (no cue by number)
    near = content_words(fact.subject) | content_words(answer)
    # Names the article gives for the same thing are right too, whichever kind says so.
    same = EntitySet([answer, fact.subject, *_names_of(pools, fact.subject)])
    if kind is FactKind.SYNONYM and same_entity(answer, fact.subject):
        return _unaskable(
            entry, fact, f"{answer!r} repeats the subject's name: the stem gives it away", rule="C4"
        )
    local = [
        pool_value(f)
        for f in pools.by_kind_article[(kind, entry.slug)]
        if f.subject.lower() != fact.subject.lower()
    ]
    scan = Scan(fact, local, (kind, ""), pools)
    pool = draw(scan.tiers(), same, keep=lambda name: not content_words(name) & near)
    wording = {
        FactKind.SYNONYM: "synonym",
        FactKind.SIGN: "sign",
        FactKind.DEFINITION: "definition",
    }[kind]
    # The name is left out of its sentence; a sentence that does not hold it is not shown.
    statement = _literal(named).sub(_BLANK, fact.statement, count=1)
    if kind is not FactKind.SYNONYM and _BLANK not in statement:
        return _unaskable(entry, fact, f"{named!r} is not in its sentence")
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            wording,
            title=entry.title,
            subject=mid_sentence(fact.subject),
            statement=statement,
        ),
        answer,
        pool,
        False,
        "item",
        arcs=scan.arcs,
        subjects=frozenset({(kind, fact.subject.lower())}),
    )


def _answer_of(fact: Fact) -> str:
    return fact.value if fact.kind is FactKind.SYNONYM else fact.item


def _names_of(pools: Pools, subject: str) -> list[str]:
    """Every name the selection gives for ``subject``: its synonyms and defined terms."""
    return [
        _answer_of(f)
        for kind in NAME_KINDS
        for f in pools.by_subject[(kind, subject.lower())]
        if kind is not FactKind.SIGN
    ]


def single_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    """Questions on one article's stand-alone facts."""
    for fact in facts:
        if fact.kind in FIGURE_KINDS:
            yield _figure(entry, fact, pools)
        elif fact.kind in NAME_KINDS:
            yield _name(entry, fact, pools)
        elif fact.kind is FactKind.RANK and (
            same_name(fact.item, entry.title) or same_name(fact.item, fact.subject)
        ):
            yield _rank(entry, fact, pools)


def _rank(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate:
    """ "Which is the most common primary malignant bone tumour of children?" — asked only
    where the article's own subject is ranked. Distractors are the article's own top-level
    differentials (diagnoses of the same region, M5), never one that the selection ranks
    the same (M3) nor the subject under another name; the topic line is the category, as
    the title would give the answer away (C4)."""
    right = ranked_elsewhere(fact, pools)
    synonyms = [f.value for f in pools.by_kind_article[(FactKind.SYNONYM, entry.slug)]]
    names = [entry.title, fact.item, *synonyms]
    exclude = EntitySet(pools.with_aliases([*names, *right]))
    differentials = [
        f.item for f in pools.by_kind_article[(FactKind.DIFFERENTIAL, entry.slug)] if not f.group
    ]
    pool = draw([differentials], exclude)
    subject = EntitySet(names)
    contested = next((item for item in right if not subject.matches(item)), "")
    return Candidate(
        entry,
        fact,
        stem("mcq", "rank", value=fact.value, group=fact.group),
        mid_sentence(entry.title, [f.source.text for f in entry.facts]),
        pool,
        False,
        "item",
        problem=f"{contested} is also ranked {fact.value} {fact.group}" if contested else "",
        subjects=frozenset({(str(FactKind.RANK), rank_key(fact))}),
        topic=fact.group[:1].upper() + fact.group[1:],
    )
