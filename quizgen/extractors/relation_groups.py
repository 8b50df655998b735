"""Members of a group of relations that a sentence names and the next ones fill: "Associated
cardiac anomalies are reported in up to 80% of cases, and the most common of these is an
atrial septal defect. Others include A, B and C." The group sentence opens on the group (its
associated anomalies, its risk factors, its complications); "the most common of these" and a
following "Others include …" name its members, the condition's."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from quizgen.extractors.clauses import Clause, split_noun_phrases
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    COMPLICATIONS,
    IMAGING,
    NEW_CLAUSE,
    RISK_FACTORS,
    Relation,
)
from quizgen.extractors.text import split_sentences
from quizgen.model import Article

__all__ = ["group_members"]

_GROUP_OPENING = re.compile(
    r"^(?:the\s)?(?P<group>(?P<associated>associated\s(?:[a-z-]+\s){0,2}?(?:anomalies|"
    r"abnormalities|conditions|malformations|defects|syndromes|disorders|diseases))"
    r"|(?P<risks>risk\sfactors)|(?P<complications>complications))"
    r"\s(?:are|include|occur|have)\b",
    re.I,
)
_MOST_COMMON_OF_THESE = re.compile(
    r",?\s(?:and\s)?the\s(?:most\scommon|commonest)\sof\s(?:these|them)\sis\s(?:an?\s|the\s)?"
    r"(?P<member>[^,;.()]{3,80})"
)
_OTHERS_INCLUDE = re.compile(r"^Others\s(?:include|comprise|are)\s(?P<members>[^;:]{3,300})")


def group_members(article: Article, clause: Clause) -> Iterator[Relation]:
    """The members a group sentence names as its commonest, and those "Others include"
    names in the sentence after it."""
    text = clause.sentence.text
    owner = clause.topic or article.title
    if opening := _GROUP_OPENING.match(text):
        if commonest := _MOST_COMMON_OF_THESE.search(text, opening.end()):
            yield Relation(_kind(opening), owner, commonest.group("member").strip())
        return
    others = _OTHERS_INCLUDE.match(text)
    if others is None:
        return
    opening = _GROUP_OPENING.match(_sentence_before(clause))
    if opening is None:
        return
    members = split_noun_phrases(NEW_CLAUSE.split(others.group("members"), maxsplit=1)[0])
    if any(IMAGING.search(member) for member in members):
        return
    for member in members:
        yield Relation(_kind(opening), owner, member)


def _kind(opening: re.Match[str]) -> str:
    if opening.group("risks"):
        return RISK_FACTORS
    return COMPLICATIONS if opening.group("complications") else ASSOCIATIONS


def _sentence_before(clause: Clause) -> str:
    """The sentence before the clause's own in its paragraph ("" for the first)."""
    sentences = split_sentences(clause.sentence.paragraph)
    for before, sentence in pairwise(sentences):
        if sentence.strip() == clause.sentence.text.strip():
            return before.strip()
    return ""
