"""Conditions found together with the page's condition in a share of its cases: "A
longitudinal vaginal septum coexists in around a quarter of cases" (the clause reader ends
no opening noun phrase at "coexists", so this reads the opening itself)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, split_noun_phrases
from quizgen.extractors.relation_common import ASSOCIATIONS, IMAGING, NEW_CLAUSE, Relation
from quizgen.model import Article

__all__ = ["coexisting"]


# The opening noun phrase (no clause of its own: no comma, verb word or bracket), then
# "coexists in" and a share: a figure, a fraction or a word of proportion.
_COEXISTS = re.compile(
    r"^(?:an?\s|the\s)?(?P<own>[A-Za-z][\w'-]{1,40}(?:\s[\w'-]{1,40}){0,5}?)\s"
    r"(?:(?:often|frequently|commonly|sometimes|also|may|can)\s){0,2}co-?exists?\s{1,3}in\s{1,3}"
    r"(?:(?:about|around|approximately|roughly|up\sto|over|more\sthan|nearly|almost|some)\s)?"
    r"(?:\d|a\s(?:quarter|third|half|minority|majority|fifth)\b|half\b|one\b|two\b)",
    re.I,
)
# Words that make the opening a clause or a pronoun, not a name.
_NOT_A_NAME = re.compile(
    r"\b(?:it|they|this|these|those|which|that|there|is|are|was|were|has|have|may|can|"
    r"disease|condition)\b",
    re.I,
)


# "Other alcohol-related conditions frequently coexist, including A, B and C": a class of
# conditions that comes together with the topic, then its members.
_CLASS_COEXISTS = re.compile(
    r"^(?:other\s|associated\s)?(?:[\w-]{3,30}\s){0,2}(?:conditions|disorders|diseases|"
    r"anomalies|abnormalities|malformations|syndromes|injuries|infections)\s"
    r"(?:(?:often|frequently|commonly|sometimes|also|may|can)\s){0,2}co-?exist,?\s"
    r"(?:including|notably|particularly|especially|such\sas)\s(?P<members>[^;:]{3,300})",
    re.I,
)


def coexisting(article: Article, clause: Clause) -> Iterator[Relation]:
    """ "Gallstones coexist in approximately 95% of cases", "Other conditions often coexist,
    including A and B": associations of the topic."""
    text = clause.sentence.text
    if "exist" not in text:
        return  # fail fast
    named = _CLASS_COEXISTS.match(text)
    if named:
        items = split_noun_phrases(NEW_CLAUSE.split(named["members"], maxsplit=1)[0])
        if not any(IMAGING.search(i) for i in items):
            for item in items:
                yield Relation(ASSOCIATIONS, clause.topic or article.title, item)
        return
    match = _COEXISTS.match(text)
    if match is None or _NOT_A_NAME.search(match["own"]) or IMAGING.search(match["own"]):
        return
    yield Relation(ASSOCIATIONS, clause.topic or article.title, match["own"])
