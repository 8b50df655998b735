"""Questions on stand-alone facts: a figure in a sentence, a score's range, a rank; names
(a synonym, a sign, a definition) are asked by ``names``.

Figures (percentages, ages, sizes, cut-offs) take numeric distractors by the rule of
``numeric``; the stem is the article's own sentence with the figure left out, so the
question asks what the article states.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from quizgen.generators.growths import is_catch_all, is_growth_category, may_be_a_growth
from quizgen.generators.incremental import rank_key
from quizgen.generators.mcq import (
    Candidate,
    Pools,
    draw,
    mid_sentence,
    ranked_elsewhere,
    unaskable,
)
from quizgen.generators.names import NAME_KINDS, name_question
from quizgen.generators.numeric import (
    Bound,
    Interval,
    Side,
    age_interval,
    bound_is_stated,
    bound_of,
    bound_start,
    figure_distractors,
    figures_stated,
    is_range,
    near_stated_age,
    one_figure,
    rate_denominator,
    safe_side,
)
from quizgen.generators.wording import BLANK, as_title, find_whole, ranked_as, stem
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import EntitySet, same_name

__all__ = ["FIGURE_KINDS", "figure_question", "single_candidates", "stated_ages"]

# Kinds whose answer is one figure in a sentence (names: ``names.NAME_KINDS``).
FIGURE_KINDS = frozenset({FactKind.PERCENTAGE, FactKind.AGE, FactKind.THRESHOLD})
_FIGURE = re.compile(r"[<>≤≥~]?\s*\d+(?:\.\d+)?\s*(?:%|years?\b|mm\b|cm\b)?")
# The blank is one end of a range: "between ___ and 50", "from 30 to ___", "___-18", "7–___".
_RANGE_END = re.compile(
    r"\b(?:between|from)\s+___\s+(?:and|to)\s+\d|\b(?:between|from)\s+[\d.]+\s*\S*\s+"
    r"(?:and|to)\s+___|___\s*[-–]\s*\d|\d\s*[-–]\s*___",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:\s*%)?")  # a figure, with its % sign


def _figure_part(value: str) -> str:
    """The figure a value states ("older than the age of 40" → "40"; "~90%" → "~90%"; "about
    1 in 500" → "500")."""
    if denominator := rate_denominator(value):
        return denominator
    if len(value.split()) <= 3 or is_range(value):
        # "20 to 40 HU" is one range: blanking its "20" would ask half a figure (M6)
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
        return unaskable(entry, fact, f"{answer!r} is not in its sentence")
    gapped = fact.statement[:index] + BLANK + fact.statement[index + len(answer) :]
    if _states_figure(gapped, answer):
        # "younger than ___ …, whereas … older than 40 years": the rest gives the key away
        return unaskable(entry, fact, f"{answer!r} shows on the front", rule="C4")
    side = _wrong_side(fact, index, answer)
    if why := _no_false_figure(fact, gapped, answer, side):
        # A bounded age is asked as the article's cut-off, where it can be.
        return _age_cutoff_question(
            entry, fact, pools, index=index, answer=answer, side=side
        ) or Candidate(entry, fact, "", answer, (), True, "value", problem=why, problem_rule="M6")
    near, equal = figures_stated(fact, pools.by_kind_article[(fact.kind, fact.source.article)])
    # How many figures lie below the key is drawn per question, so its place varies (M6).
    place = f"{fact.id}#mcq-value"
    pool = figure_distractors(answer, near, count=3, side=side, elsewhere=equal, place=place)
    return Candidate(
        entry,
        fact,
        stem("mcq", "figure", title=entry.title, statement=gapped.strip()),
        answer,
        pool,
        True,
        "value",
    )


# What may follow a bounded age's figure and belongs to the key: "40 years", "40 years of age".
_YEARS_AFTER = re.compile(r"^(?:\s*(?:years?|yrs?)(?:\s+of\s+age|\s+old)?)?", re.I)
_OTHER_TIME_AFTER = re.compile(r"^\s*(?:months?|weeks?|days?|hours?)\b", re.I)


def _age_cutoff_question(
    entry: ArticleFacts, fact: Fact, pools: Pools, *, index: int, answer: str, side: Side | None
) -> Candidate | None:
    """A bounded age ("older than the age of 40", ">50 years") asked as the article's
    cut-off: "… in a patient older than the age of ___." Which age does the article give as
    the cut-off? Every other age is wrong for that question (it is not the article's
    cut-off) even where it would make the sentence true ("older than 50"), so figures on
    either side are fair, placed as any figure's are (``numeric.figure_distractors``),
    never near an age the article states for the subject (``numeric.near_stated_age``).
    None when the fact is no bounded age in years (the caller then refuses it, saying why);
    a Candidate with too few figures is dropped by M2."""
    in_years = not _TIME.search(answer) or re.search(r"\byears?\b", answer, re.I)
    if side is None or fact.kind is not FactKind.AGE or not in_years:
        return None
    figure = _NUMBER.search(answer)
    if figure is None:
        return None
    before = fact.statement[:index] + answer[: figure.start()]
    key = age_interval(answer, fact.statement[:index])
    if bound_start(before) is None or key is None or _RANGE_END.search(fact.statement):
        return None
    end = index + len(answer)
    if _OTHER_TIME_AFTER.match(fact.statement[end:]):
        return None  # "rare below 3 months": an age, but not in years
    end += _YEARS_AFTER.match(fact.statement[end:]).end()  # type: ignore[union-attr]
    gapped = fact.statement[: index + figure.start()] + BLANK + fact.statement[end:]
    if _states_figure(gapped, answer):
        return None
    cutoff = key[0] if key[1] == math.inf else key[1]
    key_text = f"{cutoff:g} year" if cutoff == 1 else f"{cutoff:g} years"
    stated = stated_ages(fact, pools)
    pool = figure_distractors(
        key_text,
        [],
        count=3,
        place=f"{fact.id}#mcq-ages",
        refuse=lambda age: near_stated_age(age, stated),
    )
    pool = tuple("1 year" if age == "1 years" else age for age in pool)
    question = stem("mcq", "age_cutoff", title=entry.title, statement=gapped.strip())
    return Candidate(entry, fact, question, key_text, pool, True, "ages")


def stated_ages(fact: Fact, pools: Pools) -> list[Interval]:
    """The spans of years the article states in its age facts on ``fact``'s subject (its
    own included): no cut-off offered lies near one (M3)."""
    spans: list[Interval] = []
    for other in pools.by_kind_article[(FactKind.AGE, fact.source.article)]:
        if other.subject.lower() != fact.subject.lower():
            continue
        at = find_whole(other.statement, _figure_part(other.value))
        span = age_interval(other.value, other.statement[:at] if at >= 0 else "")
        if span is not None:
            spans.append(span)
    return spans


# A blank right after "than" that no known bound word reads ("stiffer than ___").
_COMPARED = re.compile(r"\bthan\s+(?:(?:about|approximately|around|roughly|~)\s*)?_{3}", re.I)

# A time or an age ("3 years", "6 months"): bounded, it names a group as an age does.
_TIME = re.compile(r"\b(?:years?|months?|weeks?|days?)\b", re.I)


def _no_false_figure(fact: Fact, gapped: str, answer: str, side: Side | None) -> str:
    """Why no other figure would make the sentence false (M3), or ""."""
    if _RANGE_END.search(gapped):
        # "between ___ and 50 years": "between 20 and 50" would be right too
        return f"{answer!r} is one end of a range: no numeric distractor rule"
    if side is None and _COMPARED.search(gapped):
        # "thinner than ___" or "more echogenic than ___" of a comparative whose direction
        # is not known here: a figure on one side would be right too
        return f"{answer!r} is bounded by a comparative: no numeric distractor rule"
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
        stated = fact.kind is FactKind.PERCENTAGE or bound_is_stated(before)
        return safe_side(bound, of_share=stated)
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


def single_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    """Questions on one article's stand-alone facts."""
    for fact in facts:
        if fact.kind in FIGURE_KINDS:
            yield figure_question(entry, fact, pools)
        elif fact.kind in NAME_KINDS:
            yield name_question(entry, fact, pools)
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
        f.item
        for f in pools.by_kind_article[(FactKind.DIFFERENTIAL, entry.slug)]
        if not f.group and _of_the_ranked_kind(f.item, fact.group)
    ]
    # Options written as titles: a list's "Bronchogenic cyst" beside the key "pericardial
    # cyst" marked the key by its case alone (M7)
    pool = tuple(as_title(name) for name in draw([differentials], exclude))
    subject = EntitySet(names)
    contested = next((item for item in right if not subject.matches(item)), "")
    return Candidate(
        entry,
        fact,
        stem("mcq", "rank", ranked=ranked_as(fact.value, fact.group)),
        as_title(entry.title),
        pool,
        False,
        "item",
        problem=f"{contested} is also ranked {ranked_as(fact.value, fact.group)}"
        if contested
        else "",
        subjects=frozenset({(str(FactKind.RANK), rank_key(fact))}),
        topic=as_title(fact.group),
    )


def _of_the_ranked_kind(name: str, group: str) -> bool:
    """Whether a differential may stand as a rank question's distractor: never a catch-all,
    and a growth where the category ranked is one of growths (M5)."""
    if is_catch_all(name):
        return False
    return not is_growth_category(group) or may_be_a_growth(name)
