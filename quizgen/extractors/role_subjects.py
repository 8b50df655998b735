"""A statement's blank when its subject is the answer: the predicate names a role.

"Ventilation-perfusion scintigraphy is the recommended screening test", "Excision is the
treatment of choice", "Biopsy remains the gold standard": the predicate names a role in
diagnosis or care, and what fills the role, the subject, is what a resident is asked. Blanking
the predicate ("the [recommended screening test]") would ask for the question itself. The
same holds of a superlative ("is the most common site"), of a passive of recommendation with
nothing after it but a condition ("A follow-up scan is often recommended when …") and of what
"is most often involved".

The rule reads closed classes only: copulas, determiners, a few nouns that name a role
(test, investigation, treatment, standard, …) and the participles of recommending. The role
must be definite ("the …", "… of choice"): "a useful test" leaves many right answers (C3).
"""

from __future__ import annotations

from quizgen.extractors.predicate_terms import (
    _PAST_PARTICIPLE,
    _SUBORDINATE_START,
    ROLE_HEADS,
    PredicateTerm,
    _clauses,
    _subject_names_nothing,
    _Token,
    _words,
)
from quizgen.extractors.vocabulary import MODALITIES

__all__ = ["role_subject"]

MAX_SUBJECT_WORDS = 5
MAX_MODIFIERS = 3

_COPULAS = _words("is are was were remains remain")
# Adverbs between the copula and the role that change nothing ("is now the …").
_FILLERS = _words("now still also usually often generally typically currently thus therefore")
# Participles of recommending: "X is recommended", nothing after but when or for whom.
_RECOMMENDED = _words("recommended preferred advised favoured favored")
# What may follow a bare passive of recommending and leave the subject the answer.
_CONDITION_START = _words("when if where in for before after unless once until during as")
_DETERMINERS = _words("the a an")
_PREPOSITIONS = _words("in on at for of with from by after before during")


def role_subject(sentence: str) -> PredicateTerm | None:
    """The subject of the first clause whose predicate names a definite role."""
    for clause in _clauses(sentence):
        if clause and clause[0].low in _SUBORDINATE_START:
            continue  # "…, whereas X is the most …": the main clause says the fact
        term = _clause_role_subject(sentence, clause)
        if term is not None:
            return term
    return None


def _clause_role_subject(sentence: str, tokens: list[_Token]) -> PredicateTerm | None:
    while tokens and tokens[0].low in {"and", "but", "so", "yet"}:
        tokens = tokens[1:]
    verb = next((i for i, t in enumerate(tokens) if t.low in _COPULAS), None)
    if verb is None or verb == 0:
        return None
    subject = _subject(tokens[:verb])
    rest = tokens[verb + 1 :]
    while rest and rest[0].low in _FILLERS:
        rest = rest[1:]
    if not subject or not (
        _names_a_role(rest)
        or _bare_recommendation(rest)
        or _most_often_done(rest)
        or _superlative(rest)
    ):
        return None
    first, last = subject[0], subject[-1]
    return PredicateTerm(sentence[first.start : last.start + len(last.text)], first.start)


def _subject(tokens: list[_Token]) -> list[_Token]:
    """The subject's words without a fronted phrase ("In children, …") or determiner; none
    when it names nothing (a pronoun, "The lesion"), is long, or holds a verb or clause."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    if commas and tokens[0].low in _PREPOSITIONS:
        tokens = tokens[commas[-1] + 1 :]  # "In infants, [hip ultrasound] is …"
    elif commas:
        if len(commas) < 2 or commas[-1] != len(tokens) - 1:
            return []  # the subject is split
        # "Anticoagulation, nowadays with a direct agent, is …": an aside between commas
        tokens = tokens[: commas[0]]
    while tokens and tokens[0].low in _DETERMINERS:
        tokens = tokens[1:]
    plain = [t for t in tokens if t.text not in {"(", ")"}]
    inside = _in_brackets(tokens)
    counted = [t for t in plain if t not in inside]
    if (
        not counted
        or len(counted) > MAX_SUBJECT_WORDS
        or tokens[0].low in _PREPOSITIONS
        or any(t.low in {"that", "which", "who", "and", "or"} for t in counted)
        # a modality fills a role like any other name: the role is said here
        or (
            _subject_names_nothing(tokens)
            and not MODALITIES.fullmatch(" ".join(t.text for t in tokens))
        )
    ):
        return []
    return tokens


def _in_brackets(tokens: list[_Token]) -> set[_Token]:
    """The tokens inside brackets: an abbreviation counts no words of its own."""
    inside: set[_Token] = set()
    depth = 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token)
    return inside


def _names_a_role(rest: list[_Token]) -> bool:
    """ "the [recommended screening] test", "the treatment of choice", "the gold standard
    for …", "the mainstay of treatment": a definite role, then the clause ends or names the
    field ("of choice", "for X", "in X")."""
    if not rest or rest[0].low not in _DETERMINERS:
        return False
    definite = rest[0].low == "the"
    for index in range(1, min(len(rest), MAX_MODIFIERS + 2)):
        if rest[index].low in ROLE_HEADS:
            after = rest[index + 1 :]
            of_choice = [t.low for t in after[:2]] == ["of", "choice"]
            ends = not after or after[0].low in {"for", "in", "of", "to", ","}
            return (definite or of_choice) and (ends or of_choice)
        if not rest[index].text.replace("-", "").isalpha() or rest[index].low in _DETERMINERS:
            return False
    return False


_MOST_OFTEN = _words("often commonly frequently")


def _most_often_done(rest: list[_Token]) -> bool:
    """ "The dominant wrist is most often involved": which one is most often the seat of a
    change is the fact, a rank told by a passive with nothing after it."""
    return (
        len(rest) >= 3  # "most", the adverb, the participle
        and rest[0].low == "most"
        and rest[1].low in _MOST_OFTEN
        and _PAST_PARTICIPLE.match(rest[2].low) is not None
        and (len(rest) == 3 or rest[3].text == ",")
    )


def _superlative(rest: list[_Token]) -> bool:
    """ "The supraspinatus tendon is the most commonly torn", "Intramural fibroids are the
    most common": what holds the rank is the answer, the predicate the question (C4)."""
    words = [t.low for t in rest[:2]]
    return len(words) == 2 and words[0] == "the" and (words[1] in {"most", "least", "commonest"})


def _bare_recommendation(rest: list[_Token]) -> bool:
    """ "is recommended", "is usually preferred when …": the passive of recommending with
    nothing after it but a condition; "is recommended for all adults" has its own object,
    the predicate's reading."""
    if not rest or rest[0].low not in _RECOMMENDED:
        return False
    after = rest[1:]
    return not after or after[0].low in _CONDITION_START - {"for", "in"} or after[0].text == ","
