"""Questions on imaging findings: "on T2, how do lytic lesions typically appear?".

Closed vocabularies (``vocab``) give the terms never stated for the subject on the sequence;
other findings come from the same sequence and body system, none sharing a signal word with
the key (M3). Also the reversed form ("on which sequence …?") and findings across the
subject's sequences where the key's own sequence leaves too few contrary terms.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from quizgen.generators.mcq import (
    MIN_OPTIONS,
    Candidate,
    Pools,
    Scan,
    draw,
    mid_sentence,
    setting_apart,
)
from quizgen.generators.vocab import is_hedged, key_levels, levels, reference_of, vocabulary_of
from quizgen.generators.wording import find_whole, is_plural, stem, written
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.normalize import same_entity, shared_entities
from quizgen.phrases import PART_NOUNS, SCATTERED_PARTS

__all__ = ["appearance_candidates", "enhancement_stated"]

_SIGNAL = re.compile(r"(hypo|hyper|iso|intermediate|high|low|bright|dark|lucen)", re.I)


# A finding the article gives for a minority of cases ("enhancement in up to 40%", "calcification
# in 15-30%", "occasionally haemorrhage"): it is no typical finding, and its contrary ("no
# enhancement") holds for the rest, so neither is asked as typical nor offered as wrong (M3).
_SHARE = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?))?\s*%")
_FEW = re.compile(
    r"\b(?:rarely|occasional(?:ly)?|infrequent(?:ly)?|uncommon(?:ly)?|seldom|a\s+minority|"
    r"a\s+few|some\s+(?:cases|patients|lesions|tumours))\b",
    re.I,
)
MAJORITY = 50


def stated_for_a_minority(finding: str) -> bool:
    """Whether the finding's first clause gives it for fewer than half of cases."""
    first = re.split(r"[;,(]", finding, maxsplit=1)[0]
    if _FEW.search(first):
        return True
    shares = [float(m.group(2) or m.group(1)) for m in _SHARE.finditer(first)]
    return bool(shares) and max(shares) < MAJORITY


class _FairFinding:
    """Accepts a finding that shares no signal word with the key's (M3: "hypo- and/or
    hyperintense" may also be right for "hypointense") and denies nothing: "no central scar"
    or "no calcification" holds for most lesions, so as a wrong option it may be right."""

    def __init__(self, key_signals: frozenset[str]) -> None:
        self.key_signals = key_signals

    def __call__(self, finding: str) -> bool:
        return not _NEGATED.match(finding) and not _signals(finding) & self.key_signals


_NEGATED = re.compile(r"\s*(?:no|not|without|absent|absence\s+of|lack\s+of|non-?)\b", re.I)


def _one_line_of_a_differential(entry: ArticleFacts, fact: Fact, pools: Pools) -> bool:
    """Whether the fact's subject is another condition listed in the article's differential
    diagnosis (not the article's subject nor a part of it)."""
    if fact.subject.lower() == entry.title.lower():
        return False
    return any(
        same_entity(other.item, fact.subject)
        for other in pools.by_kind_article[(FactKind.DIFFERENTIAL, entry.slug)]
    )


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


# A part of the lesion named in the finding ("hypointense central scar", "a T2 bright rim"):
# the level is the part's, so the level alone would be said of the whole lesion (false).
# ("a hypoechoic nodule", "a focus", "an area" are most often the lesion itself: not here;
# in the plural they lie within it: "hyperechoic foci" of gas are no hyperechoic abscess)
_PART = re.compile(
    rf"\b(?:{PART_NOUNS}|cap|foci|areas|regions|{'|'.join(f'{n}s' for n in SCATTERED_PARTS)})\b",
    re.I,
)


def _plain_term(finding: str) -> str:
    """A finding of one level shown as the vocabulary's plain term when it holds it
    ("hyperdense and irregular" → "hyperdense"): the extra words would make the key the only
    long option (M7), and the term alone is still true. Not a part's finding ("hypointense
    central scar"): the level alone would be the lesion's."""
    vocabulary = vocabulary_of(finding)
    if vocabulary is None or _PART.search(finding):
        return finding
    if vocabulary.name == "enhancement":
        # "enhancement usually present" names no pattern: against "no enhancement" it is
        # "enhancement" (the stem says "typically"); a pattern is kept as written.
        return "enhancement" if not levels(finding) and not is_hedged(finding) else finding
    found = key_levels(finding, vocabulary)
    terms = [term for level, term in vocabulary.terms if level in found]
    if len(terms) == 1 and (
        re.search(rf"\b{terms[0]}\b", finding, re.I) or _PLAIN_LEVEL.fullmatch(finding.strip())
    ):
        # ("low signal" among "hyperintense", "isointense" marked the key by its wording)
        return terms[0]
    return finding


# A level said in plain words and nothing else: "low signal", "homogeneous high signal",
# "high attenuation"; the vocabulary's term says the same.
_PLAIN_LEVEL = re.compile(
    r"(?:(?:homogeneous(?:ly)?|uniform(?:ly)?|diffuse(?:ly)?|markedly|very)\s)?"
    r"(?:high|low|bright|dark)\s(?:T[12]\s)?(?:signal(?:\sintensity)?|attenuation|density)",
    re.I,
)


def _reversed(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate | None:
    """ "On which sequence are lytic lesions hyperintense?": the other sequences the
    selection states for the subject in the same vocabulary, each sharing no level with the
    key, and no sequence stated twice."""
    vocabulary = vocabulary_of(fact.value)
    if vocabulary is None or reference_of(fact.value):
        return None  # "hyperintense to CSF" holds against CSF only: no sequence compares
    wanted = key_levels(fact.value, vocabulary)
    by_sequence: dict[str, set[str]] = {}
    for other in _stated(pools, fact):
        if vocabulary_of(other.value) is vocabulary and not reference_of(other.value):
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
    subject, setting = setting_apart(mid_sentence(fact.subject, written(entry)))
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
        if any(stated_for_a_minority(value) for value in values):
            continue  # "enhancement in up to 40%": "no enhancement" holds for the rest
        if any(reference_of(value) for value in values):
            continue  # levels against CSF or fat: their contraries may hold against tissue
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
    found: set[str] = set()
    for other in [*_stated(pools, fact), *_subject_and_parts(fact, pools)]:
        vocabulary = vocabulary_of(other.value)
        if vocabulary is not None and vocabulary.name == "enhancement":
            found |= key_levels(other.value, vocabulary)
    return frozenset(found)


def _subject_and_parts(fact: Fact, pools: Pools) -> list[Fact]:
    """The article's facts of the fact's kind about its subject or a part of it ("solid
    component of ependymoma" for "Ependymoma")."""
    name = fact.subject.lower()
    return [
        other
        for other in pools.by_kind_article[(fact.kind, fact.source.article)]
        if name in other.subject.lower()
    ]


def _family_findings(entry: ArticleFacts, fact: Fact, pools: Pools) -> list[str]:
    """What the article states, on any sequence, for the subject, a part of it, or a kind
    of it named by one of its other names ("fibrotic HP" for hypersensitivity pneumonitis,
    whose other name is HP): an open finding true there is true of the subject (M3). A kind
    or part of the article's subject shares the findings of the whole family: fibrotic HP
    may show the ground-glass opacity stated for hypersensitivity pneumonitis."""
    names = [fact.subject, *pools.with_aliases([fact.subject])]
    title = [entry.title, *pools.with_aliases([entry.title])]
    if _names_within(title, fact.subject):
        names += title
    return [
        other.value
        for other in pools.by_kind_article[(fact.kind, fact.source.article)]
        if _names_within(names, other.subject)
    ]


def _names_within(names: Sequence[str], text: str) -> bool:
    """Whether any of ``names`` stands in ``text`` as whole words: "HP" in "Fibrotic HP",
    not in "HPV"."""
    return any(find_whole(text, name) >= 0 for name in names if name)


def _parts_stated(fact: Fact, pools: Pools) -> list[str]:
    """Findings the article states on the fact's sequence for a part of its subject."""
    name = fact.subject.lower()
    return [
        other.value
        for other in _subject_and_parts(fact, pools)
        if other.attribute == fact.attribute and other.subject.lower() != name
    ]


def _across(entry: ArticleFacts, fact: Fact, pools: Pools) -> Candidate | None:
    """ "Which of these findings is typical of lytic lesions?" — the key is the finding on its
    sequence ("MRI T2: hyper- or isointense"), the distractors findings that the selection
    contradicts for the subject on its sequences ("MRI T2: hypointense", "MRI T1:
    hyperintense"); None when fewer than two exist."""
    if _levels_of_a_part(fact.value):
        return None  # "hypointense, with hyperintense foci": no one level for the lesion
    vocabulary = vocabulary_of(fact.value)
    named = levels(fact.value) & {level for level, _ in vocabulary.terms} if vocabulary else set()
    compound = len(named) > 1
    pool = tuple(_contrary_findings(fact, pools, compound=compound))
    if len(pool) < MIN_OPTIONS - 1:
        return None
    subject, setting = setting_apart(mid_sentence(fact.subject, written(entry)))
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


def _levels_of_a_part(finding: str) -> bool:
    """Whether a part named in the finding adds a level of its own ("hypointense, with
    hyperintense foci of haemorrhage", "hyperintense; septa remain hypointense"): its levels
    read together ("hypo- or hyperintense") would say the lesion may be either."""
    part = _PART.search(finding)
    if part is None:
        return False
    own = levels(_BEFORE_A_PART.split(finding[: part.start()], maxsplit=1)[0])
    return bool(own) and own != levels(finding)


# Where the lesion's own finding ends and a part's phrase begins.
_BEFORE_A_PART = re.compile(r"[,;]|\bwith\b", re.I)


def _across_key(fact: Fact, pool: Sequence[str]) -> str:
    """ "MRI T1: intermediate to hypointense", or where that would be the only long option
    (M7) and no two-level wrong finding exists, its levels in the vocabulary's own words
    ("MRI T1: hypo- or isointense": "intermediate" is read as iso, as everywhere)."""
    plain = fact.value if reference_of(fact.value) else _plain_term(fact.value)
    written = f"{fact.attribute}: {plain}"
    longest = max((len(option) for option in pool), default=0)
    vocabulary = vocabulary_of(fact.value)
    if len(written) <= 1.25 * longest or vocabulary is None:
        return written
    found = key_levels(fact.value, vocabulary)
    terms = [term for level, term in vocabulary.terms if level in found]
    compact = _pairs(terms)
    return f"{fact.attribute}: {compact[0]}" if len(terms) == 2 and compact else written


# The extractor's aspects of a finding that are no sequence or modality ("CT margins",
# "morphology"), with the noun a question asks by.
_ASPECTS = {
    "margins": "margin",
    "shape": "shape",
    "morphology": "finding",
    "acoustic": "acoustic feature",
}


def _aspect_of(attribute: str) -> tuple[str, str]:
    """(modality, aspect noun) of an attribute: "ultrasound margins" → ("ultrasound",
    "margin"), "morphology" → ("", "finding"), "MRI T2" → ("MRI T2", "")."""
    head, _, last = attribute.rpartition(" ")
    if last in _ASPECTS:
        return head, _ASPECTS[last]
    return attribute, ""


def appearance_candidates(
    entry: ArticleFacts, facts: Sequence[Fact], pools: Pools
) -> Iterator[Candidate]:
    kind = FactKind.APPEARANCE
    for fact in facts:
        if stated_for_a_minority(fact.value):
            why = "the finding is stated for a minority of cases: not typical"
            yield Candidate(entry, fact, "", fact.value, (), False, "value", problem=why)
            continue
        subject, setting = setting_apart(mid_sentence(fact.subject, written(entry)))
        modality, aspect = _aspect_of(fact.attribute)
        if aspect:
            # "on morphology, how does … appear?" reads as no sequence at all
            wording = "appearance_aspect_on" if modality else "appearance_aspect"
        else:
            wording = "appearance" if is_plural(subject) else "appearance_one"
        # "hyperintense to CSF" asked as "hyperintense" would say hyperintense to brain: the
        # stem names what the finding's levels are read against.
        reference = reference_of(fact.value)
        question = stem(
            "mcq",
            wording,
            title=entry.title,
            attribute=modality,
            aspect=aspect,
            subject=subject,
            reference=f" relative to {reference}" if reference else "",
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
        elif _one_line_of_a_differential(entry, fact, pools):
            # "osteosarcoma: osteoid matrix mineralisation" in a Ewing sarcoma article states
            # one finding of osteosarcoma; an open finding offered beside it ("aggressive
            # periosteal reaction") may be just as true of it (M3)
            why = f"{fact.subject!r} is a differential: one finding of it is stated"
            yield Candidate(entry, fact, "", fact.value, (), False, "value", problem=why)
        else:
            same_seq = [o.value for o in _stated(pools, fact) if o.attribute == fact.attribute]
            # what a part of the subject shows there ("solid component of ependymoma: iso- to
            # hypodense") is true of the subject too: never a distractor (M3)
            same_seq += _parts_stated(fact, pools)
            # nor an open finding stated for it, or a kind of it, elsewhere
            excluded = [*same_seq, *_family_findings(entry, fact, pools)]
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
            # nor one sharing a level with what is stated there ("isodense to grey matter"
            # beside a stated "iso- to hypodense")
            levels_stated = frozenset().union(*(_signals(v) for v in [fact.value, *same_seq]))
            pool = draw(scan.tiers(), shared_entities(excluded), keep=_FairFinding(levels_stated))
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
