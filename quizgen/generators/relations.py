"""Questions on relation lists (associations, types, causes): "which is associated with X?".

A member the article describes is asked by its description among the members of the same
written list; a bare label on an unnamed scale ("type II") is never asked by name nor
offered; relations take members of the same relation elsewhere, never a presenting feature
of nearly every disease.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quizgen.generators.incremental import ALIASES
from quizgen.generators.mcq import MIN_OPTIONS, Candidate, Pools, Scan, draw, refused
from quizgen.generators.vocab import is_nonspecific_feature
from quizgen.generators.wording import stem
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import content_words, is_catch_all, same_entity, same_name, shared_entities

__all__ = ["association_candidates", "is_bare_label"]

# "type II", "grade 3", "stage IB", "IIB": a label that means something only on its own scale;
# another scale's "type II" may be right on this one. A named scale ("BCLC 0") is kept.
_BARE_LABEL = re.compile(
    r"^(?:(?:type|grade|stage|class|category|group|level|tier|phase|pattern|form)\s*)?"
    r"(?:[IVX]+|\d+)[a-c]?$"
    # "class A", "grade B", "stage C": a letter on an unnamed scale, the same
    r"|^(?:type|grade|stage|class|category|group|level|tier|phase|pattern|form)\s*[A-E]$",
    re.I,
)


_NUMERAL = re.compile(r"([IVX]+|\d+)([a-c]?)$", re.I)


def _nested(first: str, second: str) -> bool:
    """ "grade I" and "grade IA": one label is a subdivision of the other (what is true of
    IA is true of I), so they are never options of one question."""
    a, b = _NUMERAL.search(first.strip()), _NUMERAL.search(second.strip())
    if a is None or b is None:
        return False
    return a.group(1).lower() == b.group(1).lower() and not (a.group(2) and b.group(2))


def is_bare_label(name: str) -> bool:
    """Whether a list member is only a number on an unnamed scale ("type II", "IB")."""
    return bool(_BARE_LABEL.match(name.strip()))


def _described(fact: Fact, members: Sequence[Fact]) -> tuple[str, ...] | None:
    """The other members of the fact's list that the article describes otherwise (the
    distractors of "which is described as …?"), or None when the fact's description cannot
    be asked: fewer than two content words ("rare"), or it names the key. Each distractor
    has its own description of two or more content words that is not the key's nor holds
    it (a member described alike may be right too: M3)."""
    described = fact.value or ""
    if len(content_words(described)) < 2 or content_words(fact.item) & content_words(described):
        return None
    # Members of the same written list only: one "types" group may hold several scales
    # (Lodwick grades, Enneking stages, Huvos grades) whose labels repeat or nest.
    rest = [
        f
        for f in members
        if f.id != fact.id
        and not is_catch_all(f.item)
        and (f.statement, f.source.section) == (fact.statement, fact.source.section)
    ]
    if any(same_entity(f.value or "", described) or same_name(f.item, fact.item) for f in rest):
        return None  # described alike ("extracompartmental (T2)" twice), or named alike
    others = [f.item for f in rest if len(content_words(f.value or "")) >= 2]
    if is_bare_label(fact.item):
        # "grade I" is asked among grades of its own scale only: a list that names a label
        # twice, or labels of another word ("CNS WHO grade 1"), mixes scales.
        scale = _first_word(fact.item)
        others = [
            o
            for o in others
            if is_bare_label(o) and _first_word(o) == scale and not _nested(o, fact.item)
        ]
    else:
        others = [o for o in others if not is_bare_label(o)]
    return tuple(others) if len(others) >= MIN_OPTIONS - 1 else None


# The relation a classification's classes are filed under (``model.Fact.group``).
_TYPES = "types"


def _first_word(name: str) -> str:
    return name.split(maxsplit=1)[0].lower() if name.split() else ""


def association_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    kind = FactKind.ASSOCIATION
    for fact in facts:
        if is_catch_all(fact.item):
            yield refused(entry, fact, "item", f"{fact.item!r} closes the list: never asked")
            continue
        if (others := _described(fact, facts)) is not None:
            yield Candidate(
                entry,
                fact,
                stem(
                    "mcq",
                    "association_described",
                    title=entry.title,
                    # "Huang and Tseng classification", not "types", when the class names it
                    group=(fact.attribute or fact.group) if fact.group == _TYPES else fact.group,
                    value=fact.value,
                ),
                fact.item,
                others,
                False,
                "described",
            )
        if is_bare_label(fact.item):
            why = f"{fact.item!r} is a number on a scale the question does not name"
            yield refused(entry, fact, "item", why)
            continue
        if fact.group == _TYPES:
            # Every type of the page's own scheme is right, so the wrong options would be
            # types of other pages' schemes ("traumatic pneumothorax" as a type of parathyroid
            # adenoma): not plausible (M5). A type is asked by its description instead.
            why = "a type is asked by its description; other pages' types are no fair options"
            yield refused(entry, fact, "item", why)
            continue
        mine = [f.item for f in pools.by_kind_article[(kind, entry.slug)] if f.group == fact.group]
        scan = Scan(fact, (), (kind, fact.group), pools)
        pool = draw(
            scan.tiers(),
            shared_entities(pools.with_aliases(mine)),
            keep=lambda name: not is_bare_label(name) and not is_nonspecific_feature(name),
        )
        yield Candidate(
            entry,
            fact,
            stem("mcq", "association", title=entry.title, group=fact.group),
            fact.item,
            pool,
            False,
            "item",
            arcs=scan.arcs,
            subjects=frozenset({ALIASES}),
        )
