"""Definitions of a named measure or procedure in prose: "The Haller index is the ratio of
the transverse diameter of the chest to …", "The Kasai procedure is an operation in which
…". A name (a capitalised word or two, then a noun of measuring or of operating) is defined
by what its copula gives: a measuring or operating noun that goes on to say of what or how.

Grammar only: the name's closed nouns, the definition's closed head nouns, and a word after
the head that opens what sets it apart ("of", "between", "in which", …). "The Kasai
procedure is the treatment of choice" names a role, no definition ("of choice" is refused).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import definition_of, iter_sentences
from quizgen.model import Article, Fact

__all__ = ["measure_definitions"]

_NAME_WORD = r"[A-Z][\w'’-]{1,30}"
_NAMED = (
    r"index|ratio|angle|line|score|scale|procedure|operation|manoeuvre|maneuver|method|"
    r"classification|criteria|test|view|projection"
)
_HEADS = (
    r"ratio|measure|measurement|distance|angle|length|width|diameter|proportion|difference|"
    r"quotient|line|score|scale|system|classification|repair|operation|procedure|technique|"
    r"resection|reconstruction|method|test|manoeuvre|maneuver|index|projection|view"
)
_DEFINED = re.compile(
    rf"^(?:The\s)?(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD})?\s(?:{_NAMED}))"
    r"(?:\s\([^()]{1,30}\))?\s(?:is|are)\s"
    rf"(?P<phrase>(?:the|an?)\s(?:[\w-]+\s){{0,4}}?(?:{_HEADS})\s"
    r"(?!of\schoice\b)(?:of|between|from|in\swhich|by\swhich|that|drawn|formed|obtained|"
    r"calculated|measured|used)\s[^.;]{5,220}?)"
    # ", measured at the level of …": how it is taken, after what it is
    r"(?:,\s(?:measured|calculated|obtained|performed|taken|drawn|usually)\b[^.;]*)?\.?$"
)


def measure_definitions(article: Article) -> Iterator[Fact]:
    """Each sentence that defines a named measure or procedure by its copula."""
    for sentence in iter_sentences(article):
        text = sentence.text.strip()
        if " is " not in text and " are " not in text:
            continue  # a cheap test first: most sentences are no definition
        match = _DEFINED.match(text)
        if match is not None:
            phrase = match.group("phrase").strip()
            yield definition_of(article, sentence.section, text, match.group("name"), phrase)
