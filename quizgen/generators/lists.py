"""Questions on list facts: shares of a whole, differentials, imaging findings, relations.

Every distractor is checked against what the selection says is right for the same subject
and setting (M3), with name variants (``normalize.same_entity``, synonyms); catch-alls
("others") are never asked nor offered. A fact that gives no question here says why in
``Candidate.problem`` (a finding) or is asked as a cloze only (documented per function).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from quizgen.generators.incremental import ALIASES, subject_family
from quizgen.generators.mcq import (
    MIN_OPTIONS,
    Candidate,
    Pools,
    Scan,
    draw,
    mid_sentence,
    setting_apart,
)
from quizgen.generators.vocab import (
    is_hedged,
    is_nonspecific_feature,
    is_ubiquitous_diagnosis,
    key_levels,
    levels,
    vocabulary_of,
)
from quizgen.generators.wording import stem
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import (
    EntitySet,
    content_words,
    is_catch_all,
    normalize_answer,
    numbers_in,
    same_entity,
    same_name,
    shared_entities,
)

__all__ = ["enhancement_stated", "is_bare_label", "is_plural", "list_candidates"]

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
    # A range key ("~1-2%") is right for every figure inside it ("~1.5%"), with the margin.
    low, high = min(numbers_in(answer) or [key]), max(numbers_in(answer) or [key])
    kept: list[float] = []
    chosen: list[str] = []
    for value in values:
        numbers = numbers_in(value)
        if len(numbers) != 1 or not 0 <= numbers[0] <= 100:
            continue
        number = numbers[0]
        if low * (1 - _NUMERIC_MARGIN) <= number <= high * (1 + _NUMERIC_MARGIN):
            continue
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
    """A child of another member that needs its parent to make sense, so it is asked as a
    cloze only: "developmental" under "extradural cysts" (a word that names no thing), or
    "ependymoma" under "drop metastases from CNS primaries" (what is in the differential
    is its metastasis, not the ependymoma). A named kind of a plural category ("ependymoma"
    under "primary spinal cord tumors") is itself in the differential and asked as one."""
    if not fact.group or fact.group not in pools.item_names[(fact.kind, fact.subject.lower())]:
        return False
    return not _kind_of_category(fact.item, fact.group)


_RELATION_WORDS = frozenset({"from", "of", "to", "after", "with", "in", "by", "for", "and", "or"})
# A category whose members are where it comes from, not kinds of it.
_SOURCES = re.compile(r"^(?:metastas[ie]s|secondaries|deposits|primaries|sources|causes)$", re.I)
# Word endings and head nouns that name a disease or lesion (a closed vocabulary of
# nosology): a member without one ("developmental", "breast") is no diagnosis by itself.
_DISEASE_WORD = re.compile(
    r"(?:omas?|itis|osis|oses|iasis|pathy|cele|cysts?|tumou?rs?|lesions?|metastas[ie]s|"
    r"abscess(?:es)?|malformations?|syndromes?|diseases?|infarcts?|infarction|"
    r"ha?emorrhage|ha?ematomas?|fractures?|aneurysms?|plasia|thrombosis|embolism|"
    r"neoplasms?|fistula|stenosis|anomal(?:y|ies)|deficiency)$",
    re.I,
)


def _kind_of_category(item: str, group: str) -> bool:
    """Whether ``item`` names a kind of the thing ``group`` names: the group is a plural
    noun phrase with no relation word ("primary spinal cord tumors", not "drop metastases
    from CNS primaries"), and the item is not one adjective ("developmental")."""
    words = group.lower().split()
    if not is_plural(group) or _RELATION_WORDS & set(words) or "(" in group:
        return False
    if _SOURCES.search(words[-1]):
        return False  # "dural metastases: breast, lung": the members are their primaries
    head = item.split("(", 1)[0].split(",", 1)[0].split()
    if not head or is_bare_label(item):
        return False
    return any(_DISEASE_WORD.search(word) for word in head)


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
    # What this article lists may be offered even when it occurs anywhere ("metastases").
    own = {f.item for f in pools.by_kind_article[(kind, entry.slug)]}
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
        pool = draw(
            scan.tiers(),
            exclude,
            keep=lambda name: name in own or not is_ubiquitous_diagnosis(name),
        )
        yield Candidate(
            entry,
            fact,
            stem(
                "mcq",
                "differential",
                title=entry.title,
                subject=mid_sentence(fact.subject, _written(entry)),
            ),
            _without_examples(fact.item, pool),
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


_EXAMPLES = re.compile(r"^(?P<head>[^()]*\S)\s*\([^()]*\)$")


def _without_examples(item: str, pool: Sequence[str]) -> str:
    """ "inflammatory lesions (transverse myelitis)" → "inflammatory lesions" when the
    examples in brackets would make the key the only long option (M7): the head is the
    member, and still right; otherwise the item as written."""
    match = _EXAMPLES.match(item)
    longest = max((len(option) for option in pool), default=0)
    if match is None or len(item) <= 1.25 * longest or len(match.group("head").split()) < 2:
        return item
    return match.group("head")


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
    if vocabulary is None:
        return finding
    if vocabulary.name == "enhancement":
        # "enhancement usually present" names no pattern: against "no enhancement" it is
        # "enhancement" (the stem says "typically"); a pattern is kept as written.
        return "enhancement" if not levels(finding) and not is_hedged(finding) else finding
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


def _contrary_findings(fact: Fact, pools: Pools, *, compound: bool) -> list[str]:
    """ "MRI T2: hypointense" for each sequence the selection states for the subject, in a
    closed vocabulary, with each term whose level it never states there. A sequence with a
    finding that has no readable vocabulary ("soft tissue attenuation") gives none: what it
    excludes is unknown (M3). With ``compound``, pairs of contrary terms too."""
    by_sequence: dict[str, list[str]] = {}
    for other in _stated(pools, fact):
        by_sequence.setdefault(other.attribute, []).append(other.value)
    enhancing = enhancement_stated(pools, fact)
    contrary: list[str] = []
    # The key's own sequence first: its contrary terms are the most homogeneous (M5).
    for sequence in sorted(by_sequence, key=lambda s: (s != fact.attribute, s)):
        values = by_sequence[sequence]
        vocabularies = {vocabulary_of(value) for value in values}
        if None in vocabularies or len(vocabularies) != 1:
            continue
        (vocabulary,) = vocabularies
        assert vocabulary is not None  # excluded above
        taken: set[str] = set(enhancing if vocabulary.name == "enhancement" else ())
        for value in values:
            taken |= key_levels(value, vocabulary)
        terms = [term for level, term in vocabulary.terms if level not in taken]
        contrary.extend(f"{sequence}: {term}" for term in terms)
        if compound:
            # Neighbours in the vocabulary's order, both never stated there.
            ordered = [term if level not in taken else "" for level, term in vocabulary.terms]
            contrary.extend(f"{sequence}: {pair}" for pair in _pairs(ordered))
    return contrary


_LEVEL_PREFIX = re.compile(r"an|hypo|hyper|iso")


def _pairs(terms: Sequence[str]) -> list[str]:
    """ "iso- or hyperintense" for two neighbouring contrary terms of a sequence (both wrong,
    so the pair is wrong too; "an- or hyperechoic" would be no finding anyone reports): a key
    naming two levels is then not the only long option (M7)."""
    pairs = []
    for first, second in itertools.pairwise(terms):
        prefix = _LEVEL_PREFIX.match(first)
        if not second or prefix is None or " " in first:
            continue
        if not second.endswith(first[prefix.end() :]):
            continue
        pairs.append(f"{prefix.group(0)}- or {second}")
    return pairs


def enhancement_stated(pools: Pools, fact: Fact) -> frozenset[str]:
    """Every enhancement level the selection states for the subject or a part of it ("cyst
    wall of pilocytic astrocytoma": no enhancement), on any sequence or phase: "no
    enhancement" is no fair option for a lesion whose cyst wall does not enhance, whatever
    the sequence is called ("post-contrast", "T1 C+")."""
    name = fact.subject.lower()
    related = [
        other
        for other in pools.by_kind_article[(fact.kind, fact.source.article)]
        if name in other.subject.lower()
    ]
    found: set[str] = set()
    for other in [*_stated(pools, fact), *related]:
        vocabulary = vocabulary_of(other.value)
        if vocabulary is not None and vocabulary.name == "enhancement":
            found |= key_levels(other.value, vocabulary)
    return frozenset(found)


def _across(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate | None:
    """ "Which of these findings is typical of lytic lesions?" — the key is the finding on its
    sequence ("MRI T2: hyper- or isointense"), the distractors findings that the selection
    contradicts for the subject on its sequences ("MRI T2: hypointense", "MRI T1:
    hyperintense"); None when fewer than two exist."""
    vocabulary = vocabulary_of(fact.value)
    named = levels(fact.value) & {level for level, _ in vocabulary.terms} if vocabulary else set()
    compound = len(named) > 1
    pool = tuple(_contrary_findings(fact, pools, compound=compound))
    if len(pool) < MIN_OPTIONS - 1:
        return None
    subject, setting = setting_apart(mid_sentence(fact.subject, _written(entry)))
    return Candidate(
        entry,
        fact,
        stem(
            "mcq",
            "appearance_across",
            title=entry.title,
            subject=subject,
            setting=f" {setting}" if setting else "",
        ),
        _across_key(fact, pool),
        pool,
        False,
        "finding",
        subjects=frozenset({(fact.kind, fact.subject.lower())}),
    )


def _across_key(fact: Fact, pool: Sequence[str]) -> str:
    """ "MRI T1: intermediate to hypointense", or where that would be the only long option
    (M7) and no two-level wrong finding exists, its levels in the vocabulary's own words
    ("MRI T1: hypo- or isointense": "intermediate" is read as iso, as everywhere)."""
    written = f"{fact.attribute}: {_plain_term(fact.value)}"
    longest = max((len(option) for option in pool), default=0)
    vocabulary = vocabulary_of(fact.value)
    if len(written) <= 1.25 * longest or vocabulary is None:
        return written
    found = key_levels(fact.value, vocabulary)
    terms = [term for level, term in vocabulary.terms if level in found]
    compact = _pairs(terms)
    return f"{fact.attribute}: {compact[0]}" if len(terms) == 2 and compact else written


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
        few = closed is not None and len(closed) < MIN_OPTIONS - 1
        across = _across(entry, fact, pools) if few else None
        if across is not None:
            # Too few contrary terms on the key's own sequence ("hyper- or isointense" leaves
            # only "hypointense"): asked across the subject's sequences instead.
            yield across
        elif closed is not None:
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


# "type II", "grade 3", "stage IB", "IIB": a label that means something only on its own scale;
# another scale's "type II" may be right on this one. A named scale ("BCLC 0") is kept.
_BARE_LABEL = re.compile(
    r"^(?:(?:type|grade|stage|class|category|group|level|tier|phase|pattern|form)\s*)?"
    r"(?:[IVX]+|\d+)[a-c]?$",
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


def _first_word(name: str) -> str:
    return name.split(maxsplit=1)[0].lower() if name.split() else ""


def _associations(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    kind = FactKind.ASSOCIATION
    for fact in facts:
        if is_catch_all(fact.item):
            yield _refused(entry, fact, "item", f"{fact.item!r} closes the list: never asked")
            continue
        if (others := _described(fact, facts)) is not None:
            yield Candidate(
                entry,
                fact,
                stem(
                    "mcq",
                    "association_described",
                    title=entry.title,
                    group=fact.group,
                    value=fact.value,
                ),
                fact.item,
                others,
                False,
                "described",
            )
        if is_bare_label(fact.item):
            why = f"{fact.item!r} is a number on a scale the question does not name"
            yield _refused(entry, fact, "item", why)
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
