"""The measure a cut-off's own noun phrase names: "a gap of more than 10 mm favours repair",
"an MDA of more than 11° is abnormal", "a T1/2 of more than 20 minutes is taken as
obstructed". The closed list of measure nouns (``MEASURES``) cannot know every measure an
article names; the grammar can: a determiner, a short noun phrase and "of" right before the
figure. Such a measure is read only when the words after the figure say what it means."""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_shapes import STOP, is_measure

__all__ = ["PHRASE_NEEDS_MEANING", "names_a_percent_measure", "phrase_measure"]

# What a phrase-named cut-off must mean: a consequence, not a bare qualifier ("typically").
PHRASE_NEEDS_MEANING = frozenset(("", "typical", "limit", "by definition", "rarely"))

# "a gap of", "an atlantodental interval of", "a T1/2 of", "the Qp:Qs (ratio) of": one to
# four words after a determiner, perhaps an abbreviation in brackets, then "of".
_OF_PHRASE = re.compile(
    r"(?:^|[\s,;(])(?P<det>an?|the)\s"
    r"(?P<np>(?:[^\W\d_][\w/:'’-]{0,30}\s){0,3}[^\W\d_][\w/:'’-]{0,30})"
    r"(?:\s\([^()]{1,25}\))?\sof\s{1,2}$",
    re.I,
)
# Nouns of a quantity that is no measure of a thing ("a total of", "a period of"), or of a
# share that the percentage extractor reads ("a sensitivity of 90%", "a mortality of 20%").
_NOT_A_MEASURE = frozenset(
    (
        *("total", "number", "maximum", "minimum", "mean", "average", "median", "range"),
        *("period", "series", "cohort", "group", "majority", "minority", "proportion"),
        *("percentage", "share", "fraction", "history", "course", "age", "lot", "dose"),
        *("sensitivity", "specificity", "accuracy", "incidence", "prevalence", "mortality"),
        *("morbidity", "risk", "rate", "survival", "recurrence", "frequency", "likelihood"),
        *("probability", "chance", "odds", "value", "values", "level", "levels", "score"),
        *("result", "results", "follow-up", "delay"),
        # a relation that needs its measure named ("a difference of more than 5°" of what?)
        *("difference", "change", "variation", "discrepancy"),
    )
)
# A verb or pronoun in the phrase means it runs across a clause, not a noun phrase.
_CLAUSE_WORD = re.compile(
    r"^(?:shows?|showed|has|have|had|can|may|might|will|would|should|must|does|do|did|"
    r"it|they|this|these|those|which|that|who)$",
    re.I,
)


# The same phrase opening the sentence, where no determiner is needed: "Tonsillar descent
# of more than 5 mm below the foramen magnum is considered significant".
_OPENING_OF_PHRASE = re.compile(
    r"^(?P<np>[A-Z][\w/:'’-]{0,30}(?:\s[a-z][\w/:'’-]{0,30}){0,3})(?:\s\([^()]{1,25}\))?"
    r"\sof\s{1,2}$"
)


def phrase_measure(before: str) -> str:
    """The noun phrase a cut-off is "of" ("a gap of more than 10 mm" → "gap"), or "" when
    the words before the figure are no such phrase or name a quantity that is no measure."""
    near = before[-120:]
    match = _OF_PHRASE.search(near) or _OPENING_OF_PHRASE.match(before)
    if match is None or (match.re is _OF_PHRASE and _AN_OBJECT.search(near[: match.start("det")])):
        return ""
    words = match.group("np").split()
    if any(w.lower() in STOP or _CLAUSE_WORD.match(w) for w in words):
        return ""
    if words[-1].lower() in _NOT_A_MEASURE or words[0].lower() in _NOT_A_MEASURE:
        return ""
    if words[0][1:2].islower():  # "A gap" → "gap"; "MDA", "T1/2" stay
        words[0] = words[0].lower()
    return " ".join(words)


# A phrase after a preposition is an object, not what is measured: "an angle between the
# ligament and the tibial plateau of less than 45°" measures no plateau.
_AN_OBJECT = re.compile(
    r"\b(?:of|to|from|than|in|on|at|by|for|into|within|across|along|over|under|beyond|"
    r"behind|between|against|versus|vs)\s{0,2}$|\bbetween\s[^,;:()]{1,60}\sand\s{0,2}$",
    re.I,
)


_ABBREVIATION = re.compile(r"^[A-Za-z]{0,3}[A-Z][A-Za-z\d/:-]{1,10}$")


def names_a_percent_measure(measure: str) -> bool:
    """Whether a phrase measure can be a percentage's: a measure noun ("a reduction of") or
    an abbreviation ("a PDFF of 5% or more"), which names a measured quantity; any other
    noun before a percentage ("a cure of 40%") is a share's owner."""
    last = measure.rsplit(maxsplit=1)[-1]
    capitals = sum(c.isupper() for c in last)
    return is_measure(measure) or bool(_ABBREVIATION.match(last) and capitals >= 2)
