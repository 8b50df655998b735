"""Questions on stand-alone facts: a figure in a sentence, a synonym, a sign, a definition.

Figures (percentages, ages, sizes, cut-offs) take numeric distractors by the rule of
``numeric``; the stem is the article's own sentence with the figure left out, so the
question asks what the article states. Names (synonyms, signs, defined terms) take
distractors of the same kind from the library, the same article and body system first
(M5), never one that shares a content word with the subject or the key (a near-synonym
may be right too: M3).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from quizgen.generators.incremental import pool_value, rank_key, value_hash
from quizgen.generators.library import load_library, may_be
from quizgen.generators.mcq import (
    MIN_OPTIONS,
    POOL_SIZE,
    Candidate,
    Pools,
    Scan,
    cue_words,
    draw,
    mid_sentence,
    ranked_elsewhere,
)
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
from quizgen.normalize import EntitySet, content_words, normalize_answer, same_entity, same_name

__all__ = [
    "BLANK",
    "FIGURE_KINDS",
    "NAME_KINDS",
    "PAIR",
    "figure_question",
    "one_thing",
    "single_candidates",
]

# Kinds whose answer is one figure in a sentence, and kinds whose answer is a name.
FIGURE_KINDS = frozenset({FactKind.PERCENTAGE, FactKind.AGE, FactKind.THRESHOLD})
NAME_KINDS = frozenset({FactKind.SYNONYM, FactKind.SIGN, FactKind.DEFINITION})
_FIGURE = re.compile(r"[<>≤≥~]?\s*\d+(?:\.\d+)?\s*(?:%|years?\b|mm\b|cm\b)?")
BLANK = "___"
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


# A score's range ("7-18") and what it means ("warrants surgical consultation").
_SCORE_RANGE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")
_MEANING = re.compile(
    r"^(warrant|indicate|suggest|mean|require|denote|predict|favou?r|represent|define)s\s+(.+)$",
    re.I,
)
# The other bands of the same sentence: ", 5-8 moderate disease and 9 or more severe disease".
_BAND = re.compile(
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(\d+(?:\s*[-–]\s*\d+)?(?:\s+or\s+(?:more|above|greater"
    r"|higher|less|fewer|below|lower))?)\s+(?!or\b)([a-z][a-z -]*?)(?=\s*,|\s+and\s+|\s*$)",
    re.I,
)


def _score_range(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate | None:
    """A score's range with its meaning, asked by the meaning ("what does a BSI of 0-4
    indicate?") among the other bands the same sentence gives, or else as its lowest score
    ("what is the lowest SINS that warrants surgical consultation?"), where every other
    figure is wrong: a lower one does not warrant it, a higher one is not the lowest. None
    when the value is no plain range of scores or the meaning has no verb of meaning."""
    scores = _SCORE_RANGE.match(fact.value)
    meaning = _MEANING.match(fact.attribute)
    if fact.kind is not FactKind.THRESHOLD or scores is None or meaning is None:
        return None
    others = [
        f
        for f in pools.by_kind_article[(fact.kind, fact.source.article)]
        if f.id != fact.id and same_name(f.item, fact.item) and f.attribute == fact.attribute
    ]
    if others:
        return None  # two ranges with one meaning: neither end is the lowest
    verb, rest = meaning.group(1).lower(), meaning.group(2)
    name = fact.item or fact.subject
    # "Bronchiectasis Severity Index" is a proper name: kept as written.
    proper = any(word[:1].isupper() for word in name.split()[1:])
    item = name if proper else mid_sentence(name)
    bands = list(_BAND.finditer(rest))
    first = (rest[: bands[0].start()] if bands else rest).strip(" ,")
    if bands:
        meanings = dict.fromkeys(b.group(2).strip() for b in bands)
        distractors = tuple(m for m in meanings if not same_name(m, first))
        question = stem(
            "mcq", "score_band", title=entry.title, item=item, value=fact.value, verb=verb
        )
        return Candidate(entry, fact, question, first, distractors, False, "band")
    low, high = int(scores.group(1)), int(scores.group(2))
    near, _ = figures_stated(fact, pools.by_kind_article[(fact.kind, fact.source.article)])
    scores_apart = [
        d
        for d in figure_distractors(str(low), [*near, str(high)], count=8)
        if float(d).is_integer() and 0 <= float(d) < high
    ]
    # The three nearest the key (figure_distractors sorts them ascending).
    nearest = sorted(scores_apart, key=lambda d: abs(float(d) - low))[:3]
    pool = sorted(nearest, key=float)
    question = stem("mcq", "score_lowest", title=entry.title, item=item, verb=verb, meaning=first)
    return Candidate(entry, fact, question, str(low), tuple(pool), True, "lowest")


def figure_question(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate:
    """A figure in its sentence, asked with numeric distractors (or refused, saying why)."""
    answer = _figure_part(fact.value)
    index = find_whole(fact.statement, answer)
    if (score := _score_range(entry, fact, pools)) is not None:
        return score
    if one_figure(answer) is None:
        why = f"{answer!r} is not one figure (a range, several or none): no numeric distractor rule"
        return Candidate(entry, fact, "", answer, (), True, "value", problem=why, problem_rule="M6")
    if index < 0:
        return _unaskable(entry, fact, f"{answer!r} is not in its sentence")
    gapped = fact.statement[:index] + BLANK + fact.statement[index + len(answer) :]
    if _states_figure(gapped, answer):
        # "younger than ___ …, whereas … older than 40 years": the rest gives the key away
        return _unaskable(entry, fact, f"{answer!r} shows on the front", rule="C4")
    side = _wrong_side(fact, index, answer)
    if why := _no_false_figure(fact, gapped, answer, side):
        return Candidate(entry, fact, "", answer, (), True, "value", problem=why, problem_rule="M6")
    near, equal = figures_stated(fact, pools.by_kind_article[(fact.kind, fact.source.article)])
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


# A time or an age ("3 years", "6 months"): bounded, it names a group as an age does.
_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?)\b", re.I)


def _no_false_figure(fact: Fact, gapped: str, answer: str, side: Side | None) -> str:
    """Why no other figure would make the sentence false (M3), or ""."""
    if _RANGE_END.search(gapped):
        # "between ___ and 50 years": "between 20 and 50" would be right too
        return f"{answer!r} is one end of a range: no numeric distractor rule"
    if side is not None and (fact.kind is FactKind.AGE or _TIME.search(answer)):
        # "older than 40" names a group of patients in a trend or a recommendation: "older
        # than 50" is right too, and "older than 30" reads as right ("much more frequent
        # over 30", "must be considered over 30"): no figure makes the sentence false.
        return f"{answer!r} bounds an age: a figure on either side can read as right"
    return ""


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
    system = _library_system(entry, fact, pools)
    if kind is FactKind.SYNONYM and (
        same_name(answer, fact.subject)
        or normalize_answer(answer) == normalize_answer(fact.subject)
    ):
        # "Wilms tumor", "idiopathic pulmonary fibrosis (IPF)": the name written another way
        why = f"{answer!r} is the subject's name written another way: nothing to ask"
        return _unaskable(entry, fact, why, rule="C4")
    if kind is FactKind.SYNONYM and _qualified(answer, fact.subject):
        # "non-cystic fibrosis bronchiectasis" for "bronchiectasis" names a kind of it (M3)
        why = f"{answer!r} adds words before the subject's name: a kind of it, not its name"
        return _unaskable(entry, fact, why, rule="M3")
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
    pool = draw(tiers, same, keep=lambda name: not content_words(name) & near)
    wording = {
        FactKind.SYNONYM: "synonym",
        FactKind.SIGN: "sign",
        FactKind.DEFINITION: "definition",
    }[kind]
    # The name is left out of its sentence; a sentence that does not hold it is not shown.
    statement = _literal(named).sub(BLANK, fact.statement, count=1)
    if kind is not FactKind.SYNONYM and BLANK not in statement:
        return _unaskable(entry, fact, f"{named!r} is not in its sentence")
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
        pool = tuple(
            name[:1].upper() + name[1:]
            for name in _definition_pool(fact, pools, system, pool, same)
        )
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
        # The title names a definition's answer: the topic is the body system (C4).
        topic=_terms_topic(system) if kind is FactKind.DEFINITION else "",
    )


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
        stem("mcq", "sign_feature", title=entry.title, subject=mid_sentence(fact.subject)),
        fact.item,
        pool,
        False,
        "feature",
        subjects=frozenset({(FactKind.SIGN, fact.subject.lower())}),
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
        return _unaskable(entry, fact, why, rule="C4")
    return Candidate(
        entry,
        fact,
        stem("mcq", "synonym_pair"),
        key,
        tuple(_rotated(pairs, fact)[:POOL_SIZE]),
        False,
        "pair",
        subjects=frozenset({(FactKind.SYNONYM, fact.subject.lower())}),
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
            yield figure_question(entry, fact, pools)
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
