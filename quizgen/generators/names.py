"""Questions on names: a synonym, a sign, a defined term.

Distractors are names of the same kind from the selection and the bundled library
(``library``), the same article and body system first (M5), never one that shares a content
word with the subject or the key (a near-synonym may be right too: M3). Where the article's
own sentence cues its key (M7) or the names share words, another form asks the same fact:
"which of these signs is described in X?", "which pair of names denotes one condition?".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from quizgen.generators.differentials import names_a_disease
from quizgen.generators.growths import is_growth_category, names_a_growth
from quizgen.generators.incremental import ALIASES, pool_value, value_hash
from quizgen.generators.library import is_library_condition, load_library, may_be
from quizgen.generators.mcq import (
    MIN_OPTIONS,
    POOL_SIZE,
    Candidate,
    Pools,
    Scan,
    cue_words,
    draw,
    mid_sentence,
    unaskable,
)
from quizgen.generators.wording import BLANK, as_title, stem, written
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import (
    EntitySet,
    content_words,
    is_initialism,
    normalize_answer,
    same_entity,
    same_name,
)

__all__ = ["NAME_KINDS", "PAIR", "name_question", "one_thing"]

NAME_KINDS = frozenset({FactKind.SYNONYM, FactKind.SIGN, FactKind.DEFINITION})


_QUOTE = "[\"'\u2018\u2019\u201c\u201d]?"


@lru_cache(maxsize=16384)
def _literal(text: str) -> re.Pattern[str]:
    """``text`` as a case-blind pattern of its words as written, compiled once per name (re's
    own cache holds only 512 patterns). Quote marks the page put around some of its words
    ('the "sunburst" calcification') belong to the name: they go into the blank with it."""
    words = (re.escape(word) for word in text.split())
    return re.compile(_QUOTE + rf"{_QUOTE}\s+{_QUOTE}".join(words) + _QUOTE, re.IGNORECASE)


def name_question(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate:
    """A synonym, a sign or a defined term, asked with names of its kind (or refused)."""
    kind = fact.kind
    answer = fact.value if kind is FactKind.SYNONYM else fact.item
    named = answer
    if kind is FactKind.DEFINITION:
        answer = fact.subject  # the title, as the distractors are titles (no cue by number)
    near = content_words(fact.subject) | content_words(answer)
    # Names the article gives for the same thing are right too, whichever kind says so.
    # M3: another sign of the same subject ("bunch of grapes" beside "honeycomb pattern",
    # both of serous cystadenoma) is true of it too, and may fit the sentence as well
    signs = _signs_of(pools, fact.subject) if kind is FactKind.SIGN else []
    same = EntitySet([answer, fact.subject, *_names_of(pools, fact.subject), *signs])
    system = _library_system(entry, fact, pools)
    refused = _refusal(entry, fact, answer, system, pools)
    if refused is not None:
        return refused
    if kind is FactKind.SYNONYM and near & content_words(fact.subject) & content_words(answer):
        # "Vertebral body metastases" for "vertebral metastases": asked as a pair (C4/M7).
        return _synonym_pair(entry, fact, pools, system)
    local = [
        pool_value(f)
        for f in pools.by_kind_article[(kind, entry.slug)]
        if f.subject.lower() != fact.subject.lower()
    ]
    scan = Scan(fact, local, (kind, ""), pools)
    tiers = [*scan.tiers(), _library_names(fact, system, answer)]

    headed = _sign_head(answer)
    # "X is a benign tumour of Schwann cells": a growth's options are growths (M5)
    growth = kind is FactKind.DEFINITION and is_growth_category(_genus(fact.value))

    def fair(name: str) -> bool:
        if content_words(name) & near or (growth and not names_a_growth(name)):
            return False
        if kind is FactKind.SIGN and _sign_head(name) != headed:
            # M5/M7: among "X sign"s a headless "spider web" stands out, and beside a
            # "Monod sign" a "sublingual ranula" is no sign at all
            return False
        # a synonym's or a definition's options are conditions: "three-density pattern",
        # the subject of another synonym of the article, is a sign's name (M5)
        return kind is FactKind.SIGN or _is_condition(name, entry, system, pools)

    pool = draw(tiers, same, keep=fair)
    wording = {
        FactKind.SYNONYM: "synonym",
        FactKind.SIGN: "sign",
        FactKind.DEFINITION: "definition",
    }[kind]
    # The name is left out of its sentence; a sentence that does not hold it is not shown.
    statement = _literal(named).sub(BLANK, fact.statement, count=1)
    if kind is not FactKind.SYNONYM and BLANK not in statement:
        return unaskable(entry, fact, f"{named!r} is not in its sentence")
    if kind is FactKind.SIGN and (
        len(pool) < MIN_OPTIONS - 1 or cue_words(statement) & cue_words(answer)
    ):
        # "a missing pedicle (___)" keyed "absent pedicle sign" cues its key (M7), and one
        # sign has no company: asked "which sign is described in …?" from the library.
        feature = _sign_feature(entry, fact, pools, system)
        if feature is not None:
            return feature
    if kind is FactKind.DEFINITION:
        # Titles, written as titles: a lower-case library name beside the key is a cue (M7).
        pool = tuple(as_title(name) for name in _definition_pool(fact, pools, system, pool, same))
    if kind is FactKind.SYNONYM:
        # Other titles, written mid-sentence as the key is: "Omental infarction" beside
        # "lipomas of embryonic fat" marked the key by its case alone (M7)
        pool = tuple(_lower_name(name, written(entry)) for name in pool)
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            wording,
            title=entry.title,
            subject=mid_sentence(fact.subject, written(entry)),
            statement=statement,
        ),
        # "Regional enteritis" opened its sentence; among lower-case names its capital
        # alone would mark the key (M7)
        mid_sentence(answer, written(entry)) if kind is FactKind.SYNONYM else answer,
        pool,
        False,
        "item",
        arcs=scan.arcs,
        # What is right for a name depends on every synonym of the selection (``same``,
        # ``with_aliases``), not only on this subject's facts.
        subjects=frozenset({(kind, fact.subject.lower()), ALIASES}),
        # The title names a definition's answer: the topic is the body system (C4).
        topic=_terms_topic(system) if kind is FactKind.DEFINITION else "",
    )


# The words a sign's name ends on when it says that it is one ("air crescent sign",
# "crazy-paving pattern", "Rigler triad").
_SIGN_HEADS = re.compile(
    r"\b(?:signs?|patterns?|appearances?|configurations?|phenomenon|manoeuvre|maneuver|"
    r"triad|tetrad|pentad)$",
    re.I,
)


def _sign_head(name: str) -> bool:
    """Whether a sign's name says it is a sign, pattern or triad by its last word."""
    return _SIGN_HEADS.search(name.strip(" '\"‘’“”")) is not None


def _refusal(
    entry: ArticleFacts, fact: Fact, answer: str, system: str, pools: Pools
) -> Candidate | None:
    """Why a name cannot be asked, as an unaskable candidate (None when it can be)."""
    kind = fact.kind
    if kind is FactKind.DEFINITION and not _names_a_condition(entry, fact, system, pools):
        # "___, a concave erosion of the cortex, is …" keyed "Saucerisation": the options
        # would be conditions and the key a finding, guessed by its kind alone (M5)
        why = f"{answer!r} is no condition the library or the article's title names"
        return unaskable(entry, fact, why, rule="M5")
    if kind is FactKind.SYNONYM and (
        same_name(answer, fact.subject)
        or normalize_answer(answer) == normalize_answer(fact.subject)
    ):
        # "Wilms tumor", "idiopathic pulmonary fibrosis (IPF)": the name written another way
        why = f"{answer!r} is the subject's name written another way: nothing to ask"
        return unaskable(entry, fact, why, rule="C4")
    if kind is FactKind.SYNONYM and is_initialism(answer, fact.subject):
        # "HP" for "hypersensitivity pneumonitis": read off the question's own words
        why = f"{answer!r} is the initials of {fact.subject!r}: nothing to ask"
        return unaskable(entry, fact, why, rule="C4")
    if kind is FactKind.SYNONYM and not _names_a_condition(entry, fact, system, pools):
        # "headcheese sign" for "three-density pattern": the options would be conditions
        # and the key a sign's name, guessed by its kind alone
        why = f"{fact.subject!r} is no condition: its other name has no fair options"
        return unaskable(entry, fact, why, rule="M5")
    if kind is FactKind.SYNONYM and _qualified(answer, fact.subject):
        # "non-cystic fibrosis bronchiectasis" for "bronchiectasis" names a kind of it (M3)
        why = f"{answer!r} adds words before the subject's name: a kind of it, not its name"
        return unaskable(entry, fact, why, rule="M3")
    return None


def _names_a_condition(entry: ArticleFacts, fact: Fact, system: str, pools: Pools) -> bool:
    """Whether a defined term is a condition: the article's own subject, a name with a
    disease's head noun, or one the bundled library lists (a definition is asked with
    conditions as its other options)."""
    return _is_condition(fact.subject, entry, system, pools)


def _is_condition(name: str, entry: ArticleFacts, system: str, pools: Pools) -> bool:
    if any(same_name(name, n) for n in (entry.title, *_names_of(pools, entry.title))):
        return True
    if names_a_disease(name):
        return True
    return is_library_condition(system, name)


def _terms_topic(system: str) -> str:
    return "Radiology terms"


def _library_system(entry: ArticleFacts, fact: Fact, pools: Pools) -> str:
    """The bundled library's body system for the article (its own, or the one listing its
    title or subject)."""
    return load_library().system_of(entry.provenance.systems, [entry.title, fact.subject])


def _rotated(names: Sequence[str], fact: Fact) -> list[str]:
    """``names`` from a place of the fact's own (questions draw different distractors,
    reproducibly)."""
    if not names:
        return []
    start = value_hash(fact.id) % len(names)
    return [*names[start:], *names[:start]]


def _library_names(fact: Fact, system: str, answer: str) -> list[str]:
    """The library's names of the fact's kind on its body system: signs for a sign, the
    conditions for a synonym or a definition (never one that may be the subject or key)."""
    library = load_library()
    if fact.kind is FactKind.SIGN:
        names = [sign.name for sign in library.signs(system)]
    else:
        names = [c.name for c in library.conditions(system)]
    return _rotated(
        [n for n in names if not may_be(n, fact.subject) and not may_be(n, answer)], fact
    )


def _definition_pool(
    fact: Fact, pools: Pools, system: str, pool: tuple[str, ...], same: EntitySet
) -> tuple[str, ...]:
    """A definition's distractors with the library's conditions of its system that share a
    word with the subject: distinct conditions (curated so), so the definition is false for
    them; only when the subject is one of them ("vertebral haemangioma" for "vertebral
    metastases"), as a word of the subject found in the key alone is a cue (M7)."""
    library = load_library()
    subject = library.condition_named(system, pools.with_aliases([fact.subject]))
    if subject is None:
        return pool
    shown = EntitySet(pool)
    extra = [
        c.name
        for c in library.conditions(system)
        if c is not subject and not same.matches(c.name) and not shown.matches(c.name)
    ]
    # One condition for each word of the subject, where one carries it.
    sharing = list(
        dict.fromkeys(
            name
            for word in sorted(content_words(fact.subject))
            for name in [next((n for n in extra if word in content_words(n)), "")]
            if name
        )
    )
    return (*sharing, *pool, *(n for n in extra if n not in sharing))[:POOL_SIZE]


def _sign_feature(entry: ArticleFacts, fact: Fact, pools: Pools, system: str) -> Candidate | None:
    """ "Which of these signs is described in vertebral metastases?": the library's signs
    of the body system that indicate nothing that may be the subject (M3), never another
    name of the key nor a sign the selection states for the subject; None when the library
    has fewer than two."""
    library = load_library()
    subjects = pools.with_aliases([fact.subject, *library.aliases(fact.subject)])
    stated = [f.item for f in pools.by_subject[(FactKind.SIGN, fact.subject.lower())]]
    exclude = EntitySet([*stated, *library.aliases(fact.item), fact.item])
    near = content_words(fact.item)
    wrong = _rotated(library.signs_wrong_for(system, subjects), fact)
    pool = draw([wrong], exclude, keep=lambda name: not content_words(name) & near)
    if len(pool) < MIN_OPTIONS - 1:
        return None
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            "sign_feature",
            title=entry.title,
            subject=mid_sentence(fact.subject, written(entry)),
        ),
        fact.item,
        pool,
        False,
        "feature",
        # The signs wrong for X depend on X's synonyms anywhere in the selection.
        subjects=frozenset({(FactKind.SIGN, fact.subject.lower()), ALIASES}),
    )


PAIR = " = "  # joins the two names of a pair option


def _synonym_pair(entry: ArticleFacts, fact: Fact, pools: Pools, system: str) -> Candidate:
    """ "Which pair of names denotes one and the same condition?" for a synonym that repeats
    the subject's words (asked "which is another name for vertebral metastases?", the shared
    words would give it away: C4, M7). Distractors are pairs of distinct conditions of the
    same body system from the library that share a word too, so that sharing words is no
    cue; none the selection or the library calls one condition (M3)."""
    library = load_library()
    names = [c.name for c in library.conditions(system)]
    pairs = [
        f"{first}{PAIR}{second}"
        for first, second in itertools.combinations(names, 2)
        if content_words(first) & content_words(second) and not one_thing(first, second, pools)
    ]
    written = [f.source.text for f in entry.facts if f.source.text]
    first, second = (_lower_name(name, written) for name in (fact.subject, fact.value))
    key = f"{first}{PAIR}{second}"
    if len(pairs) < MIN_OPTIONS - 1:
        why = f"{fact.value!r} repeats the subject's name and the library has too few pairs"
        return unaskable(entry, fact, why, rule="C4")
    return Candidate(
        entry,
        fact,
        stem("mcq", "synonym_pair"),
        key,
        tuple(_rotated(pairs, fact)[:POOL_SIZE]),
        False,
        "pair",
        # Which pairs are fair depends on every synonym of the selection (``one_thing``).
        subjects=frozenset({(FactKind.SYNONYM, fact.subject.lower()), ALIASES}),
        topic=_terms_topic(system),
    )


def _qualified(name: str, subject: str) -> bool:
    """Whether ``name`` is ``subject`` after words of its own ("non-cystic fibrosis
    bronchiectasis" for "bronchiectasis")."""
    words = [normalize_answer(w) for w in name.split()]
    tail = [normalize_answer(w) for w in subject.split()]
    return bool(tail) and len(words) > len(tail) and words[-len(tail) :] == tail


def _lower_name(name: str, written: Sequence[str]) -> str:
    """A name written as the library writes its names, mid-sentence: "Bronchiectasis" →
    "bronchiectasis", "Paget disease" kept where the article capitalises it so."""
    if len(name.split()) == 1 and name[:1].isupper() and name[1:] == name[1:].lower():
        return name.lower()
    first = name.split(maxsplit=1)[0]
    if first.capitalize() in load_library().eponyms:
        return first.capitalize() + name[len(first) :]  # "Paget disease", an eponym
    return mid_sentence(name, written)


def one_thing(first: str, second: str, pools: Pools) -> bool:
    """Whether the selection or the library may call two names one condition."""
    aliases = EntitySet([*pools.with_aliases([first]), *load_library().aliases(first)])
    return same_entity(first, second) or aliases.matches(second)


def _answer_of(fact: Fact) -> str:
    return fact.value if fact.kind is FactKind.SYNONYM else fact.item


def _signs_of(pools: Pools, subject: str) -> list[str]:
    """Every sign the selection gives for ``subject``."""
    return [f.item for f in pools.by_subject[(FactKind.SIGN, subject.lower())]]


def _names_of(pools: Pools, subject: str) -> list[str]:
    """Every name the selection gives for ``subject``: its synonyms and defined terms."""
    return [
        _answer_of(f)
        for kind in NAME_KINDS
        for f in pools.by_subject[(kind, subject.lower())]
        if kind is not FactKind.SIGN
    ]


# The genus of a definition ends at its first clause or qualifier: "a benign tumour of Schwann
# cells, which …" → "a benign tumour of Schwann cells".
_GENUS_END = re.compile(r"[,;(]|\s(?:which|that|who|with|arising|composed|characteri[sz]ed)\b")


def _genus(definition: str) -> str:
    return _GENUS_END.split(definition, maxsplit=1)[0]
