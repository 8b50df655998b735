"""Questions on list facts: shares of a whole, differentials, imaging findings, relations.

Every distractor is checked against what the selection says is right for the same subject
and setting (M3), with name variants (``normalize.same_entity``, synonyms); catch-alls
("others") are never asked nor offered. A fact that gives no question here says why in
``Candidate.problem`` (a finding) or is asked as a cloze only (documented per function).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from quizgen.generators.incremental import ALIASES, subject_family
from quizgen.generators.mcq import Candidate, Pools, Scan, draw, mid_sentence, setting_apart
from quizgen.generators.vocab import key_levels, vocabulary_of
from quizgen.generators.wording import stem
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import (
    EntitySet,
    is_catch_all,
    normalize_answer,
    numbers_in,
    same_name,
    shared_entities,
)

__all__ = ["is_plural", "list_candidates"]

_NUMERIC_MARGIN = 0.2  # M6: options differ by at least 20 % relative
_SIGNAL = re.compile(r"(hypo|hyper|iso|intermediate|high|low|bright|dark|lucen)", re.I)
_WHOLE = 100.0
# Figures that are rates of each item, not its share of a whole.
_RATE = re.compile(
    r"\b(?:risk|rates?|recurrence|survival|mortality|sensitivity|specificity|accuracy|"
    r"incidence|prevalence|response)\b",
    re.I,
)


def _refused(entry: ArticleFacts, fact: Fact, suffix: str, why: str) -> Candidate:
    """A question that must not be asked; ``why`` becomes its M3 finding."""
    return Candidate(entry, fact, "", fact.item, (), False, suffix, problem=why)


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


def _share(fact: Fact) -> float | None:
    numbers = numbers_in(fact.value)
    return numbers[0] if len(numbers) == 1 else None


def _most_common(entry: ArticleFacts, members: list[Fact]) -> Candidate | None:
    """ "Which compartment holds most?": only when the top share is unique and larger than
    everything the list leaves unnamed ("others: 24%" may hide a larger single part)."""
    asked = [f for f in members if not is_catch_all(f.item)]
    shares = [_share(f) for f in asked]
    if len(asked) < 3 or any(s is None for s in shares):
        return None
    if any(_RATE.search(f"{f.statement} {f.source.text}") for f in members):
        return None  # rates per item ("recurrence 9%"), not parts of one whole
    ranked = sorted(zip(shares, asked, strict=True), key=lambda pair: -(pair[0] or 0.0))
    (top, fact), (second, _) = ranked[0], ranked[1]
    assert top is not None  # checked above
    assert second is not None
    unnamed = max(_WHOLE - sum(s for s in shares if s is not None), 0.0)
    if top <= second or top <= unnamed:
        return None
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            _frequency_wording("frequency_most", fact.group),
            title=entry.title,
            group=fact.group,
        ),
        fact.item,
        tuple(f.item for _, f in ranked[1:]),
        False,
        "most",
    )


def _frequency(entry: ArticleFacts, members: list[Fact]) -> Iterator[Candidate]:
    asked = [f for f in members if not is_catch_all(f.item)]
    for fact in members:
        if is_catch_all(fact.item):
            yield _refused(
                entry, fact, "item", f"{fact.item!r} closes the list: shown, never asked"
            )
    for fact in asked:
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
            yield _refused(
                entry, fact, "item", f"{twin} also accounts for {fact.value}: two right answers"
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
                draw([items], EntitySet([fact.item]), limit=len(items)),
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
    most = _most_common(entry, members)
    if most is not None:
        yield most


def is_plural(name: str) -> bool:
    """Whether a name ends in a plural noun ("primaries", "osteoblastic metastases")."""
    last = name.rsplit(maxsplit=1)[-1].lower() if name.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis"))


def _frequency_wording(name: str, group: str) -> str:
    """The stem for a list whose name is a plural noun ("primaries", "growth patterns"), or
    the one that shows the name as a heading ("location", "non-contrast")."""
    return name if is_plural(group) else f"{name}_heading"


def _is_subtype(fact: Fact, pools: Pools) -> bool:
    """A child of another member ("developmental" under "extradural cysts") needs its
    parent to make sense, so it is asked as a cloze only."""
    return bool(fact.group) and fact.group in pools.item_names[(fact.kind, fact.subject.lower())]


def _not_a_differential(entry: ArticleFacts, fact: Fact, pools: Pools) -> str:
    """Why an item cannot be a differential's key ("" when it can)."""
    if is_catch_all(fact.item):
        return f"{fact.item!r} closes the list: never a differential"
    names = pools.with_aliases([entry.title, subject_family(fact.subject)])
    if any(same_name(fact.item, name) for name in names):
        return f"{fact.item!r} is the subject itself: never its own differential"
    return ""


def _differentials(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.DIFFERENTIAL
    # What is right for a subject is the same for every member of its list: one set per
    # subject (its key is all the set depends on here: the subject, its family, the article).
    excluded: dict[str, EntitySet] = {}
    for fact in facts:
        if why := _not_a_differential(entry, fact, pools):
            yield _refused(entry, fact, "item", why)
            continue
        if _is_subtype(fact, pools):
            continue
        subject = fact.subject.lower()
        family = subject_family(subject)
        mine = pools.by_kind_article[(kind, entry.slug)]
        # What is right: every list of the subject's family in the selection, with synonyms;
        # the subject itself and its names are never offered either.
        exclude = excluded.get(fact.subject)
        if exclude is None:
            exclude = excluded[fact.subject] = _right_for(entry, fact.subject, mine, pools)
        if " in " in subject:
            local = []
        else:
            local = [f.item for f in mine if not f.group and subject_family(f.subject) != family]
        scan = Scan(fact, local, (kind, ""), pools)
        pool = draw(scan.tiers(), exclude)
        yield Candidate(
            entry,
            fact,
            stem(
                "mcq",
                "differential",
                title=entry.title,
                subject=mid_sentence(fact.subject, _written(entry)),
            ),
            fact.item,
            pool,
            False,
            "item",
            arcs=scan.arcs,
            subjects=frozenset({(kind, subject), (kind, f"family:{family}"), ALIASES}),
        )


def _right_for(entry: ArticleFacts, subject: str, mine: Sequence[Fact], pools: Pools) -> EntitySet:
    """Names a differential distractor of ``subject`` must not be (``_differentials``)."""
    family = subject_family(subject.lower())
    # Extended, not copied: the selection's set is shared by every list of the family.
    exclude = pools.true_items(FactKind.DIFFERENTIAL, subject)
    exclude = exclude.extended(pools.with_aliases([subject, family, entry.title]))
    if " in " in subject.lower():
        # "Osteosarcoma in children": a setting excludes no finding, so what another
        # list of the article names ("for a surface lesion") may be right too.
        exclude = exclude.extended(f.item for f in mine)
    return exclude


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


def _stated(pools: Pools, fact: Fact) -> list[Fact]:
    """What the selection states for the fact's subject, on any sequence."""
    return pools.by_subject[(fact.kind, fact.subject.lower())]


def _vocabulary_pool(fact: Fact, pools: Pools) -> tuple[str, ...] | None:
    """Closed-vocabulary distractors for a finding (None when it has no vocabulary): the
    vocabulary's terms whose level the selection never states for the subject on the
    sequence."""
    vocabulary = vocabulary_of(fact.value)
    if vocabulary is None:
        return None
    taken = set(key_levels(fact.value, vocabulary))
    for other in _stated(pools, fact):
        if other.attribute == fact.attribute and vocabulary_of(other.value) is vocabulary:
            taken |= key_levels(other.value, vocabulary)
    return tuple(term for level, term in vocabulary.terms if level not in taken)


def _plain_term(finding: str) -> str:
    """A finding of one level shown as the vocabulary's plain term when it holds it
    ("hyperdense and irregular" → "hyperdense"): the extra words would make the key the only
    long option (M7), and the term alone is still true."""
    vocabulary = vocabulary_of(finding)
    if vocabulary is None or vocabulary.name == "enhancement":
        return finding
    found = key_levels(finding, vocabulary)
    terms = [term for level, term in vocabulary.terms if level in found]
    if len(terms) == 1 and re.search(rf"\b{terms[0]}\b", finding, re.I):
        return terms[0]
    return finding


def _reversed(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate | None:
    """ "On which sequence are lytic lesions hyperintense?": the other sequences the
    selection states for the subject in the same vocabulary, each sharing no level with the
    key, and no sequence stated twice."""
    vocabulary = vocabulary_of(fact.value)
    if vocabulary is None:
        return None
    wanted = key_levels(fact.value, vocabulary)
    by_sequence: dict[str, set[str]] = {}
    for other in _stated(pools, fact):
        if vocabulary_of(other.value) is vocabulary:
            by_sequence.setdefault(other.attribute, set()).update(
                key_levels(other.value, vocabulary)
            )
    others = [
        sequence
        for sequence, found in by_sequence.items()
        if sequence != fact.attribute and not found & wanted
    ]
    if len(others) < 2:
        return None  # a bonus form: asked only with two fair distractors
    subject, setting = setting_apart(mid_sentence(fact.subject, _written(entry)))
    wording = "which_sequence" if is_plural(subject) else "which_sequence_one"
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            wording,
            title=entry.title,
            subject=subject,
            value=fact.value,
            setting=f" {setting}" if setting else "",
        ),
        fact.attribute,
        tuple(sorted(others)),
        False,
        "sequence",
        subjects=frozenset({(fact.kind, fact.subject.lower())}),
    )


def _written(entry: ArticleFacts) -> list[str]:
    """The article's sentences as its facts quote them (how it capitalises a name)."""
    return [fact.source.text for fact in entry.facts if fact.source.text]


def _appearances(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.APPEARANCE
    for fact in facts:
        subject, setting = setting_apart(mid_sentence(fact.subject, _written(entry)))
        wording = "appearance" if is_plural(subject) else "appearance_one"
        question = stem(
            "mcq",
            wording,
            title=entry.title,
            attribute=fact.attribute,
            subject=subject,
            setting=f" {setting}" if setting else "",
        )
        subjects = frozenset({(kind, fact.subject.lower())})
        closed = _vocabulary_pool(fact, pools)
        if closed is not None:
            answer = _plain_term(fact.value)
            yield Candidate(
                entry, fact, question, answer, closed, False, "value", subjects=subjects
            )
        else:
            same_seq = [o.value for o in _stated(pools, fact) if o.attribute == fact.attribute]
            # Only findings on the same sequence are homogeneous (M5); one that shares a
            # signal word with the key may also be right and is never offered (M3).
            local = [
                f.value
                for f in pools.by_kind_article[(kind, entry.slug)]
                if f.attribute == fact.attribute
            ]
            # A finding of another organ is no plausible option (a "dural tail" for a bone
            # tumour): only the article's own body system is scanned.
            scan = Scan(fact, local, (kind, fact.attribute), pools, everywhere=False)
            pool = draw(
                scan.tiers(), shared_entities(same_seq), keep=_NoSharedSignal(_signals(fact.value))
            )
            yield Candidate(
                entry,
                fact,
                question,
                fact.value,
                pool,
                False,
                "value",
                arcs=scan.arcs,
                subjects=subjects,
            )
        reverse = _reversed(entry, fact, pools)
        if reverse is not None:
            yield reverse


def _associations(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.ASSOCIATION
    for fact in facts:
        if is_catch_all(fact.item):
            yield _refused(entry, fact, "item", f"{fact.item!r} closes the list: never asked")
            continue
        mine = [f.item for f in pools.by_kind_article[(kind, entry.slug)] if f.group == fact.group]
        scan = Scan(fact, (), (kind, fact.group), pools)
        pool = draw(scan.tiers(), shared_entities(pools.with_aliases(mine)))
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


def list_candidates(entry: ArticleFacts, members: list[Fact], pools: Pools) -> Iterator[Candidate]:
    """Every question one list (facts of one ``list_key``) could give, before rule checks."""
    kind = members[0].kind
    if kind is FactKind.FREQUENCY:
        yield from _frequency(entry, members)
    elif kind is FactKind.DIFFERENTIAL:
        yield from _differentials(entry, members, pools)
    elif kind is FactKind.APPEARANCE:
        yield from _appearances(entry, members, pools)
    elif kind is FactKind.ASSOCIATION:
        yield from _associations(entry, members, pools)
