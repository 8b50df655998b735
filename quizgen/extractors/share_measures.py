"""Measures named as a clause's subject rather than right before their figure (see
``shares``): "The annual risk of bleeding is usually quoted at 1-3%", "Recurrence after
excision is relatively frequent, quoted at about 15%", and a measure whose figure is restated
by a second predicate with no subject of its own ("Five-year survival exceeds 80% for
localised tumours but is only 10% once metastases are present")."""

from __future__ import annotations

import re

__all__ = ["continued_measure", "is_short_measure", "reported_measure"]

# The nouns that name a measure (a rate of something), not a thing that is counted.
_MEASURE_NOUN = (
    r"(?:mortality|survival|recurrence|morbidity|risk|incidence|prevalence|rate|"
    r"sensitivity|specificity|accuracy)"
)
_HEDGE = r"(?:now|usually|often|generally|commonly|typically|variously|widely)"
_APPROXIMATELY = r"(?:about|approximately|around|roughly|nearly|up\sto|as\shigh\sas)"

# "<measure> is [now|usually] quoted at", "<measure> is substantial, often quoted around",
# "<measure> remains high, quoted between": a reporting verb hands the clause's subject
# its figure. The subject opens the sentence or a clause after ";" or ":".
_REPORTED = re.compile(
    r"(?:^|[;:]\s)(?P<np>(?!(?:it|this|that|they|these)\b)[A-Za-z][\w'’-]*"
    r"(?:\s(?!(?:is|are|was|were|remains?)\b)[\w'’-]+){0,9}?)"
    rf"\s(?:is|are|was|were|remains?)\s(?:{_HEDGE}\s)?"
    # an evaluative word and a comma may come between: "is substantial, often quoted"
    rf"(?:(?:relatively\s|very\s|still\s)?[a-z]{{3,15}},\s(?:{_HEDGE}\s)?)?"
    r"(?:quoted|reported|estimated|cited|given)"
    rf"(?:\s(?:at|as|around|between|in\sthe\sorder\sof))?(?:\s{_APPROXIMATELY})?\s?$",
    re.I,
)
_WORDS_MAX = 9  # a measure with what qualifies it, not a clause


def reported_measure(before: str) -> str:
    """The measure a reporting verb gives the figure after it ("" when the clause's subject
    names no measure): "The annual risk of bleeding is usually quoted at" → "annual risk of
    bleeding"."""
    match = _REPORTED.search(before)
    if match is None:
        return ""
    np = re.sub(r"^(?:the|its|their)\s", "", match.group("np"), flags=re.I)
    head = re.split(r"\s(?:of|in|at|after|from|with|for|among|following)\s", np, maxsplit=1)[0]
    # the measure is the head of the phrase ("risk of bleeding"), not a word of what
    # qualifies it ("patients at risk are quoted …")
    if not re.search(rf"\b{_MEASURE_NOUN}\b", head, re.I) or len(np.split()) > _WORDS_MAX:
        return ""
    return np[:1].lower() + np[1:] if np[1:2].islower() else np


# "… exceeds 90% for stage I disease but is only", "… approaches 100% for X, but is about":
# a second predicate with no subject of its own restates the measure of the figure before.
_SECOND_PREDICATE = re.compile(
    r"^(?:\s[\w'’()-]+){0,8}?,?\s(?:but|and|whereas|while)\s"
    r"(?:is|are|was|were|falls?\sto|drops?\sto|rises?\sto|reaches|approaches)\s"
    rf"(?:(?:only|still|now|just|less\sthan|more\sthan|under|over|{_APPROXIMATELY})\s){{0,2}}$",
    re.I,
)
_VERB_INSIDE = re.compile(r"\b(?:is|are|was|were|has|have|had|shows?|occurs?)\b", re.I)


def continued_measure(between: str, measure: str) -> str:
    """The measure of the figure before, for a figure a subjectless second predicate states
    (``between`` is the text from the first figure to this one); "" otherwise."""
    if not measure or not _SECOND_PREDICATE.match(between):
        return ""
    first = re.split(r"\s(?:but|and|whereas|while)\s", between)[0]
    if _VERB_INSIDE.search(first):
        return ""  # "… 90% in A, which is rare, and is …": another clause's predicate
    # the population the first figure holds in is not the second's
    return re.sub(r"\s(?:in|for|among)\s.*$", "", measure)


# "Mortality is about 4%.", "Overall survival is 60%.": a measure and its figure make a
# whole clause, short as it is (the fragment guard of ``percentages`` would drop it).
_SHORT_MEASURE = re.compile(
    # "Untreated, mortality approaches 100%": a circumstance set before it by a comma
    r"^(?:[A-Za-z][\w-]*(?:\s[\w-]+)?,\s)?"
    rf"(?:the\s)?(?:[\w-]+\s)?{_MEASURE_NOUN}\s(?:is|was|remains|approaches|exceeds|reaches)\s"
    rf"(?:{_APPROXIMATELY}\s|"
    r"(?:less|more|fewer)\sthan\s)?[<>~≈]?\s?\d{1,3}(?:\.\d{1,2})?(?:\s?[–-]\s?\d{1,3}(?:\.\d{1,2})?)?"
    r"\s?%\.?$",
    re.I,
)


def is_short_measure(text: str) -> bool:
    """Whether a sentence of a few words is a measure with its figure."""
    return bool(_SHORT_MEASURE.match(text.strip()))
