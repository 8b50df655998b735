"""Generators: facts → cloze notes and single-best-answer questions, checked by the card rules.

``generate`` never uses rejected facts, applies reviewer corrections, and drops (or repairs)
every item that fails a rule in ``rules``; the findings say which rule and which fact.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from quizgen.generators.cloze import build_cloze_notes
from quizgen.generators.mcq import build_pools, build_questions, candidates
from quizgen.generators.rules import (
    balance_answer_positions,
    check_cloze,
    check_mcq,
    drop_duplicate_questions,
)
from quizgen.model import ArticleFacts, ClozeNote, Fact, FactKind, Finding, MCQuestion

__all__ = ["Generated", "generate"]


@dataclass(frozen=True, slots=True)
class Generated:
    """What the generators made and what they dropped."""

    notes: list[ClozeNote] = field(default_factory=list)
    questions: list[MCQuestion] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


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


def generate(
    entries: Sequence[ArticleFacts],
    *,
    rng: random.Random,
    cards: bool = True,
    mcqs: bool = True,
    kinds: Collection[FactKind] | None = None,
    approved_only: bool = False,
    tags: Sequence[str] = (),
) -> Generated:
    """Cloze notes and MCQs for ``entries``, each checked against every card rule.

    Args:
        entries: store entries (their facts' reviewer corrections are applied).
        rng: the only source of randomness (distractor choice, answer positions).
        cards, mcqs: which item types to make.
        kinds: only facts of these kinds (None: all).
        approved_only: use only approved facts (rejected ones are never used).
        tags: extra tags for every item.
    """
    usable = _usable(entries, kinds, approved_only)
    everything = [fact for _, facts in usable for fact in facts]
    pools = build_pools(everything)
    notes: list[ClozeNote] = []
    questions: list[MCQuestion] = []
    findings: list[Finding] = []
    for entry, facts in usable:
        if cards:
            for note in build_cloze_notes(entry, facts, tags):
                problems = check_cloze(note, pools)
                findings.extend(problems)
                if not problems:
                    notes.append(note)
        if mcqs:
            made, dropped = build_questions(list(candidates(entry, facts, pools)), rng, tags)
            findings.extend(dropped)
            for question in made:
                problems = check_mcq(question, pools)
                findings.extend(problems)
                if not problems:
                    questions.append(question)
    questions, duplicates = drop_duplicate_questions(questions)
    findings.extend(duplicates)
    return Generated(notes, balance_answer_positions(questions, rng), findings)
