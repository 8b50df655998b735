"""Figures given per grade ("grade I 9%, grade II 19%") and values written before their
grades: one cut-off per grade."""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_shapes import WORD, Cutoff

__all__ = [
    "grade_cutoffs",
    "grade_labels",
    "grade_of_figures",
]


_JOINED = re.compile(r"\b(?:and|or|for|in|of|with|to|while|whereas)\b", re.I)
_GRADE = re.compile(
    r"\b(?P<scale>grade|stage|type|class|category)\s(?P<level>[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b"
    r"(?P<between>[^,;.%]{0,40}?)\s{0,2}(?:[:=(]\s{0,2})?(?P<value>(?:~|≈|approximately\s)?\d{1,3}"
    r"(?:\.\d{1,2})?\s{0,2}%)",
    re.I,
)


# The figure written before its grade: "survival of 90% for stage I and 60% for stage II",
# "recurrence in 5% of grade 1 and 20% of grade 3 lesions".
_VALUE_GRADE = re.compile(
    r"(?P<value>(?:(?:~|≈|approximately|about|around|roughly|nearly|over|under|up\sto)\s{0,2})?"
    r"\d{1,3}(?:\.\d{1,2})?(?:\s{0,2}(?:-|–|to)\s{0,2}\d{1,3}(?:\.\d{1,2})?)?\s{0,2}%)"
    # "90% for stage I", "5% of grade 1 lesions", and the grade in brackets: "90% (stage I)"
    r"(?:\s(?:for|in|of|with|among)\s(?:(?:the|all|patients\swith|those\swith)\s)?|\s\(\s{0,2})"
    r"(?:CNS\sWHO\s|WHO\s|FIGO\s|TNM\s)?"
    r"(?P<scale>grade|stage|type|class|category)\s(?P<level>[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b",
    re.I,
)
# Words that end the outcome's name before its first figure ("survival is about 90%").
_OUTCOME_TAIL = re.compile(
    r"(?:\s(?:is|are|was|were|of|at|rates?|approximately|about|around|roughly|nearly|"
    r"ranges?|falls?|falling|from|to|reaches|reaching|occurs?|occurring|seen|in))+\s*$",
    re.I,
)
_OUTCOME_LEAD = re.compile(r"^\s*(?:with|and|but|while|whereas|the)\s", re.I)


# What ends an outcome's name before a colon that opens its per-grade figures.
_LIST_LEAD = re.compile(
    r"(?:\s(?:by|according\sto|per|for\seach|across)\s(?:the\s)?(?:grades?|stages?|types?))?"
    r"(?:\s(?:is|are|was|were))?(?:\s(?:as\sfollows|approximately|about|roughly))?\s*$",
    re.I,
)


def _values_before_grades(text: str) -> list[Cutoff]:
    """ "5-year survival of 90% for stage I and 60% for stage II": one per grade (two or
    more), the outcome named before the first figure."""
    matches = list(_VALUE_GRADE.finditer(text))
    if len(matches) < 2:
        return []
    lead = re.split(r"[,;:(]", text[: matches[0].start()])[-1]
    # "Five-year survival exceeds 90% for stage I": the verb is the first figure's bound
    bound = _BOUND_VERB.search(lead)
    lead = lead[: bound.start()] if bound else lead
    outcome = _OUTCOME_LEAD.sub("", _OUTCOME_TAIL.sub("", lead)).strip()
    if not WORD.search(outcome) or len(outcome.split()) > 6:
        return []
    outcome = outcome[:1].lower() + outcome[1:] if outcome[1:2].islower() else outcome
    values = [m.group("value").strip() for m in matches]
    if bound and values[0][:1].isdigit():
        values[0] = f"{_BOUND_WORDS[bound.group('verb').lower()[:4]]} {values[0]}"
    return [
        Cutoff(outcome, value, f"{m.group('scale').lower()} {m.group('level')}")
        for value, m in zip(values, matches, strict=True)
    ]


_BOUND_VERB = re.compile(
    r"\s(?P<verb>exceeds?|exceeding|exceeded|surpass(?:es)?|remains?\sbelow|falls?\sbelow)\s*$",
    re.I,
)
_BOUND_WORDS = {"exce": "more than", "surp": "more than", "rema": "less than", "fall": "less than"}


def grade_cutoffs(text: str) -> list[Cutoff]:
    """ "recurrence after a grade I resection 9%, grade II 19%": one per grade (two or more)."""
    if "%" not in text:
        return []
    before = _values_before_grades(text)
    if before:
        return before
    # a grade followed by "and" or "for" is the next figure's, not the one after it
    matches = [m for m in _GRADE.finditer(text) if not _JOINED.search(m.group("between"))]
    if len(matches) < 2:
        return []
    first = matches[0]
    lead = re.split(r"[,;:(]", text[: first.start()])[-1]
    if not WORD.search(lead) and ":" in text[: first.start()]:
        # "Five-year survival by stage is as follows: stage I: 95%; stage II: 80%"
        heading = text[: first.start()].split(":", maxsplit=1)[0]
        lead = _LIST_LEAD.sub("", re.split(r"[,;(]", heading)[-1])
    lead = re.sub(
        r"\b(?:after|following|for|in|of|with)?\s?(?:an?|the)\s*$", "", lead.strip(), flags=re.I
    )
    between = re.sub(r"\s(?:is|are|was|were|of|rates?)$", "", " " + first.group("between").strip())
    between = between.strip()
    joiner = re.search(
        r"\b(?:after|following|for|in|of|with)\s(?:an?|the)\s*$", text[: first.start()], re.I
    )
    outcome = lead.strip()
    if joiner:
        outcome = f"{outcome} {joiner.group(0).split()[0]} {between}".strip()
    elif between:
        outcome = f"{outcome} {between}".strip()
    if not WORD.search(outcome):
        return []
    return [
        Cutoff(
            outcome[:1].lower() + outcome[1:] if outcome[1:2].islower() else outcome,
            m.group("value").strip(),
            f"{m.group('scale').lower()} {m.group('level')}",
        )
        for m in matches
    ]


# A grade or stage label as a field may hold it ("Simpson grade I", "stage IVb").
_GRADE_LABEL = re.compile(
    r"\b(?:grade|stage|type|class|category)\s(?:[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b", re.I
)


def grade_of_figures(text: str) -> dict[str, str]:
    """The grade each percentage of a per-grade run belongs to, keyed by the figure's
    digits ("grade I 9%, grade II 19%" → {"9": "grade I", "19": "grade II"}); {} when the
    sentence lists no outcome per grade."""
    return {
        "".join(re.findall(r"[\d.]+", cutoff.value)): cutoff.meaning
        for cutoff in grade_cutoffs(text)
    }


def grade_labels(text: str) -> set[str]:
    """Every grade or stage label a phrase names, lower-cased ("grade i")."""
    return {re.sub(r"\s+", " ", m.group(0)).lower() for m in _GRADE_LABEL.finditer(text)}
