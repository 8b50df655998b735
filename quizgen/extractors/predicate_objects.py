"""Blanks of sentences the predicate reader (``predicate_terms``) leaves without one.

Four English shapes the reader does not follow, each read from function words and closed
classes of verbs, never from words of a disease:

- a main verb in the present tense that is no auxiliary and none of the reader's plain
  verbs ("Hepatic cysts remodel the [adjacent capsule]", "The nodule abuts a [pial
  surface]"): its object is the blank, unless the object is one of two joined by "and"/"or"
  (C3: half a pair asks "which?");
- "as" after a verb of appearing or regarding ("Oncocytomas appear as [hot nodules]", "The
  lesion is seen as a [loose body]"): what follows "as" is what the thing looks like or is
  taken for;
- a passive of involvement with nothing after it but an aside or a "than" ("In the spine
  the [thoracic vertebral bodies] are most often affected", "[Renal function] is typically
  preserved"): the subject is what the sentence teaches, the site or group affected or spared;
- what a treatment is kept for ("Antibiotics are reserved for [infected collections]").

An object or an "as" complement is the page's fact only where the clause's subject is the
page's own: "Metallic stents cause susceptibility artefact" on a page about a stenosis is
about the stents, and the card's topic, the title, would mislead (C2).

This is the last reading of ``statement_choice``: it only speaks for sentences no other
reading found a blank in.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from quizgen.extractors.object_verbs import PRESENT_VERB
from quizgen.extractors.predicate_terms import (
    _AUXILIARY,
    _COORDINATORS,
    _DETERMINERS,
    _GENERIC_HEADS,
    _NOT_BEFORE_A_VERB,
    _PREPOSITIONS,
    _SUBORDINATE_START,
    MAX_BLANK_WORDS,
    PredicateTerm,
    _clauses,
    _ends_phrase,
    _fair_blank,
    _names_nothing,
    _noun_phrase,
    _object_phrase,
    _subject_names_nothing,
    _Token,
    _verb_at,
    _verb_group,
    _VerbGroup,
    _words,
)
from quizgen.normalize import singular

__all__ = ["object_terms"]

# Transitive verbs of cause, change, content and place that the reader's plain verbs leave
# out, in the present tense only: a form in -ed after a noun is as often a participle that
# qualifies it ("a false lumen separated by a flap") as a verb. Verbs that are also common
# nouns ("form", "mark", "line", "approach") or take an object and a complement ("leaves the
# sphincter hypertensive", "makes X unnecessary") are left out.
_PRESENT_VERB = PRESENT_VERB
# Verbs after which "as" introduces what the thing looks like or is taken for.
_AS_VERBS = _words(
    "appear appears appearing seen shown depicted visualised visualized regarded considered "
    "classified manifest manifests presents present"
)
# Passives of involvement: the subject is the site or the group the fact is about.
_INVOLVED = _words("involved affected spared preserved")
_COORDINATION = _words("and or")
# Words that open the sentence on a phrase of place before the subject ("In the spine the
# … are affected", "Within long bones the metaphysis …").
_LEADING_PREPOSITIONS = _words("in within on at among")


def object_terms(sentence: str, *, title: str = "") -> Iterator[PredicateTerm]:
    """The one blank of the first main clause that takes one of the shapes above; an object
    or an "as" complement only where the clause's subject is the page's own (``title``)."""
    for words in _clauses(sentence):
        if not words or words[0].low in _SUBORDINATE_START:
            continue
        # ", and most remain stable": the clause's own words begin after the coordinator
        clause = _after_coordinator(words)
        term = (
            _as_complement(sentence, clause, title)
            or _involved_subject(sentence, clause)
            or _indication(sentence, clause)
        )
        if term is None and _verb_at(clause) is None:
            term = _present_verb_object(sentence, clause, title)
        if term is not None:
            yield term
            return


def _present_verb_object(sentence: str, tokens: list[_Token], title: str) -> PredicateTerm | None:
    """The object of a present-tense verb the reader does not know, in a clause with no verb
    it knows."""
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if i > 0 and _PRESENT_VERB.match(t.low) and tokens[i - 1].low not in _NOT_BEFORE_A_VERB
        ),
        None,
    )
    if verb is None or not _own_subject(tokens[:verb], title):
        return None
    group = _verb_group(tokens, verb)
    if group is None or group.end >= len(tokens):
        return None
    term = _object_phrase(sentence, tokens[group.end :], group)
    return None if term is None or _half_a_pair(sentence, term) else term


def _after_coordinator(tokens: list[_Token]) -> list[_Token]:
    while tokens and tokens[0].low in _COORDINATORS:
        tokens = tokens[1:]
    return tokens


def _half_a_pair(sentence: str, term: PredicateTerm) -> bool:
    """Whether "and"/"or" follows the blank: "reveals [painful] and restricted rotation",
    "cause [wall thickening] and artefact" (C3)."""
    following = sentence[term.start + len(term.text) :].split(maxsplit=1)
    return bool(following) and following[0].lower() in _COORDINATION


def _as_complement(sentence: str, tokens: list[_Token], title: str) -> PredicateTerm | None:
    """What follows "as" after a verb of appearing or regarding, within the clause."""
    for i, token in enumerate(tokens[:-1]):
        if token.low == "as" and i > 1 and tokens[i - 1].low in _AS_VERBS:
            if not _own_subject(_subject_before(tokens[: i - 1]), title):
                return None
            term = _noun_phrase(sentence, tokens[i + 1 :], governed=True)
            return None if term is None or _half_a_pair(sentence, term) else term
    return None


# Words of four letters or more, to compare a subject with the title by their stems.
_LONG_WORD = re.compile(r"[a-z]{4,}")
# Heads a definite article points back to the page's own lesion with ("The nodule abuts …").
_OWN_HEADS = _words(
    "tumour tumor lesion mass disease condition nodule cyst syndrome disorder entity"
)


def _own_subject(subject: list[_Token], title: str) -> bool:
    """Whether a clause's subject is the page's own: it names the title by a longer word
    ("Intrapulmonary cysts" on "Bronchogenic cyst"), or is "the" and a head that points
    back to it ("The nodule"). "Metallic stents cause …" on a page about a stenosis is about
    the stents: the card's topic, the title, would not be what the fact is about (C2)."""
    words = _subject_words(subject)
    if _pointing_back(words):
        return True
    if not words or _subject_names_nothing(subject):
        return False
    titled = {singular(w) for w in _LONG_WORD.findall(title.lower())}
    return any(singular(w) in titled for w in _LONG_WORD.findall(" ".join(words)))


def _subject_words(subject: list[_Token]) -> list[str]:
    """The subject's words less punctuation and adverbs ("The nodule characteristically")."""
    return [t.low for t in subject if t.text not in {",", "(", ")"} and not t.low.endswith("ly")]


def _pointing_back(words: list[str]) -> bool:
    return len(words) == 2 and words[0] in {"the", "this"} and words[1] in _OWN_HEADS


def _subject_before(tokens: list[_Token]) -> list[_Token]:
    """The subject: the words before the first auxiliary (all of them when there is none)."""
    auxiliary = next((i for i, t in enumerate(tokens) if t.low in _AUXILIARY), len(tokens))
    return tokens[:auxiliary]


def _involved_subject(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    """The subject of "<subject> is/are (adverbs) involved|affected|spared|preserved" when
    nothing but the clause's end, an aside or a "than" follows: a short noun phrase that
    names one thing."""
    passive = _passive(tokens, _INVOLVED)
    if passive is None:
        return None
    verb, group = passive
    if (
        group.frequency is not None  # "is rarely involved": the predicate reader's blank
        or not _ends_or_compares(tokens, group.end)
    ):
        return None
    subject = _without_leading_place(tokens[:verb])
    while subject and subject[0].low in _DETERMINERS:
        subject = subject[1:]
    words = [t.low for t in subject]
    if (
        not subject
        or len(subject) > MAX_BLANK_WORDS
        or any(w in _COORDINATION or w in _PREPOSITIONS or w == "of" for w in words)
        or any(t.text in {",", "(", ")"} for t in subject)
        or _subject_names_nothing(subject)
        or not _fair_blank(subject, [])
    ):
        return None
    last = subject[-1]
    text = sentence[subject[0].start : last.start + len(last.text)]
    return PredicateTerm(text, subject[0].start)


_RESERVED = frozenset({"reserved"})


def _passive(tokens: list[_Token], participles: frozenset[str]) -> tuple[int, _VerbGroup] | None:
    """(where the auxiliary stands, its verb group) of a clause whose verb opens on "is/are"
    and holds one of ``participles``; None for any other clause."""
    verb = _verb_at(tokens)
    if verb is None or tokens[verb].low not in _AUXILIARY:
        return None
    group = _verb_group(tokens, verb)
    if group is None or group.participle is None or group.participle.low not in participles:
        return None
    return verb, group


def _ends_or_compares(tokens: list[_Token], end: int) -> bool:
    """Whether the clause ends at ``end``, an aside follows it ("are occasionally affected,
    usually with rib lesions") or the other side of a comparison ("are involved more often
    [than] long bones")."""
    return end == len(tokens) or tokens[end].text == "," or tokens[end].low == "than"


def _indication(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    """What a treatment is kept for: "Antibiotics are reserved for [infected collections]".
    The predicate reader stops at "for", a preposition of time to it; a group that names no
    one thing ("selected cases", "patients unfit for …") is no blank."""
    passive = _passive(tokens, _RESERVED)
    if passive is None:
        return None
    verb, group = passive
    if (
        group.end >= len(tokens)
        or tokens[group.end].low != "for"
        or _subject_names_nothing(tokens[:verb])
        or _subject_words(tokens[:verb]) in (["the", "term"], ["the", "name"])
    ):
        return None  # "The term should be reserved for …": how a word is used, no treatment
    return _indicated_group(sentence, tokens[group.end + 1 :])


def _indicated_group(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    """The short noun phrase after "reserved for", its participle an adjective ("[infected
    collections]"), up to the clause's end; none that runs on, is half a pair or a list, or
    names no one thing."""
    while tokens and tokens[0].low in _DETERMINERS:
        tokens = tokens[1:]
    phrase = list(itertools.takewhile(lambda t: t.text.isalpha() and not _ends_phrase(t), tokens))
    after = tokens[len(phrase) :]
    words = [t.low for t in phrase]
    if (
        not phrase
        or len(phrase) > MAX_BLANK_WORDS
        # "[failure] of medical therapy": the head alone is half of it; ", such as …" a list
        or (after and (after[0].text == "," or after[0].low in _COORDINATION | {"of"}))
        or words[0] in _GENERIC_HEADS
        or words[-1] in _GENERIC_HEADS
        or _names_nothing(phrase, words)
    ):
        return None
    last = phrase[-1]
    return PredicateTerm(sentence[phrase[0].start : last.start + len(last.text)], phrase[0].start)


def _without_leading_place(tokens: list[_Token]) -> list[_Token]:
    """The subject without a phrase of place that opens the sentence: from the comma after
    it, else from the next determiner ("In the spine the thoracic bodies …"); the words as
    they are when the sentence opens otherwise, none when the place cannot be cut off."""
    if not tokens or tokens[0].low not in _LEADING_PREPOSITIONS:
        return tokens
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), None)
    if comma is not None:
        return tokens[comma + 1 :]
    determiner = next((i for i, t in enumerate(tokens) if i > 1 and t.low in _DETERMINERS), None)
    return tokens[determiner:] if determiner is not None else []
