"""Coverage: how many facts gave a card, how many an MCQ, and what was dropped by which rule.

``unreported`` makes the invariant "every fact gives a card or a finding" hold: a fact that
no generator asked and no rule dropped gets a finding that says why (C0).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quizgen.model import ClozeNote, Fact, FactKind, Finding, MCQuestion
from quizgen.normalize import is_catch_all

__all__ = ["Coverage", "KindCoverage", "coverage", "unreported"]


@dataclass(frozen=True, slots=True)
class KindCoverage:
    """One fact kind's figures."""

    facts: int = 0
    with_card: int = 0  # a cloze card or an MCQ
    with_mcq: int = 0
    dropped: dict[str, int] = field(default_factory=dict)  # rule id → findings

    def to_dict(self) -> dict[str, object]:
        """Plain values for --json."""
        return {
            "facts": self.facts,
            "with_card": self.with_card,
            "with_mcq": self.with_mcq,
            "dropped": dict(sorted(self.dropped.items())),
        }


@dataclass(frozen=True, slots=True)
class Coverage:
    """Figures per fact kind and in total."""

    kinds: dict[str, KindCoverage]
    total: KindCoverage

    def to_dict(self) -> dict[str, object]:
        """Plain values for --json."""
        return {
            "total": self.total.to_dict(),
            "kinds": {kind: figures.to_dict() for kind, figures in sorted(self.kinds.items())},
        }

    def lines(self) -> list[str]:
        """A small table for the terminal."""
        rows = [f"{'kind':<14}{'facts':>6}{'card':>6}{'mcq':>6}  dropped by rule"]
        for kind, figures in [*sorted(self.kinds.items()), ("total", self.total)]:
            drops = ", ".join(f"{rule} {n}" for rule, n in sorted(figures.dropped.items()))
            rows.append(
                f"{kind:<14}{figures.facts:>6}{figures.with_card:>6}{figures.with_mcq:>6}  {drops}"
            )
        share = self.total.with_mcq / self.total.facts if self.total.facts else 0.0
        rows.append(f"facts with an MCQ: {share:.0%}")
        return rows


def coverage(
    facts: Iterable[Fact],
    notes: Iterable[ClozeNote],
    questions: Iterable[MCQuestion],
    findings: Iterable[Finding],
) -> Coverage:
    """Count, per kind, the facts, those with a card or MCQ, and the findings by rule."""
    by_id = {fact.id: fact for fact in facts}
    carded = {fact_id for note in notes for fact_id in note.fact_ids}
    asked = {question.fact_id for question in questions}
    dropped: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in findings:
        fact = by_id.get(finding.fact_id)
        if fact is not None and finding.action == "dropped":
            dropped[fact.kind][finding.rule_id] += 1
    kinds: dict[str, KindCoverage] = {}
    for kind in sorted({f.kind for f in by_id.values()}):
        ids = [i for i, f in by_id.items() if f.kind is kind]
        kinds[str(kind)] = KindCoverage(
            facts=len(ids),
            with_card=sum(i in carded or i in asked for i in ids),
            with_mcq=sum(i in asked for i in ids),
            dropped=dict(dropped[kind]),
        )
    total_drops: Counter[str] = Counter()
    for counts in dropped.values():
        total_drops.update(counts)
    total = KindCoverage(
        facts=sum(k.facts for k in kinds.values()),
        with_card=sum(k.with_card for k in kinds.values()),
        with_mcq=sum(k.with_mcq for k in kinds.values()),
        dropped=dict(total_drops),
    )
    return Coverage(kinds, total)


def _why(fact: Fact, cards: bool) -> str:
    if is_catch_all(fact.item):
        return f"{fact.item!r} closes its list: shown, never asked"
    if fact.kind is FactKind.DIFFERENTIAL and fact.group:
        # A sub-item ("ependymoma" under "primary spinal cord tumors") needs its parent.
        if not cards:
            return "a sub-item is asked as a cloze only (no cloze cards in this run)"
        return "a sub-item is asked as a cloze only, and its list card was dropped"
    if not cards:
        return f"this {fact.kind} fact gives no MCQ (no cloze cards in this run)"
    return f"no card or question can be made from this {fact.kind} fact"


def unreported(
    article: str,
    facts: Sequence[Fact],
    notes: Iterable[ClozeNote],
    questions: Iterable[MCQuestion],
    findings: Iterable[Finding],
    *,
    cards: bool = True,
) -> list[Finding]:
    """A C0 finding for each fact with no card, no question and no finding of its own
    (``cards``: whether cloze cards were made in this run)."""
    seen = {fact_id for note in notes for fact_id in note.fact_ids}
    seen |= {question.fact_id for question in questions}
    seen |= {finding.fact_id for finding in findings}
    return [
        Finding("C0", fact.id, _why(fact, cards), article, fact.id)
        for fact in facts
        if fact.id not in seen
    ]
