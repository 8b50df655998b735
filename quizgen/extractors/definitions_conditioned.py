"""Definitions of a name given under a condition, or after a description with an aside:

- a condition, then the name the subject then takes: "When the wall is thin, the cyst is
  termed a X", "…; when many small cavities form the process is called X";
- the name first, then the condition it is used for: "X is the term used when …";
- a description with an aside between commas, then its name: "Obstruction of the outlet by
  a stone, causing vomiting, is known as X", "Lesions with both features, including …, are
  termed X".

Grammar only: the cue words, a name of a few words, a description of a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import definition_of, iter_sentences
from quizgen.model import Article, Fact

__all__ = ["conditioned_definitions"]

_NAME = r"[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,4}?"
_NAME_END = r"(?=\s?\.?$|\s(?:instead|then)\b|[;,]\s)"
_CALLED = r"(?:termed|called|known\sas|referred\sto\sas|designated)"
# "When the wall is thin, the cyst is termed X": the condition defines X, the subject ("the
# cyst", "the process") is a bare noun that points back to what the sentence is about.
_WHEN_TERMED = re.compile(
    r"(?:^|[;,]\s)(?:[Ww]hen|[Ii]f|[Ww]here)\s(?P<phrase>[^;:,()]{10,200}?),?\s"
    r"(?:the|this|such\sa|such)\s[a-z]{3,20}\s(?:is|are)\s(?:then\s|usually\s|often\s|instead\s)?"
    rf"{_CALLED}\s(?:an?\s|the\s)?(?P<term>{_NAME}){_NAME_END}"
)
# "X is the term used when …", "X is the name given to …".
_TERM_USED_WHEN = re.compile(
    rf"^(?:The\s)?(?P<term>{_NAME})\s(?:is|are)\sthe\s(?:term|name|label)\s(?:used|applied|given)"
    r"\s(?:when|for|to)\s(?P<phrase>[^;:]{8,200}?)(?=\s?\.?$|;\s)"
)
# "Impaction of a stone in the pylorus, causing obstruction, is known as X": one aside
# between commas, opened by a participle, "including" or "with", inside the description.
_ASIDE_TERMED = re.compile(
    r"^(?P<phrase>[A-Z][^;:,()]{10,150}?,\s(?:[a-z]{3,20}ing|with)\s[^;:,()]{3,100}?),\s"
    rf"(?:is|are)\s{_CALLED}\s(?:an?\s|the\s)?(?P<term>{_NAME}){_NAME_END}"
)
_NOT_A_PHRASE = re.compile(r"^(?:it|this|that|these|those|they|which|such)\b", re.I)
_NOT_A_TERM = re.compile(r"\b(?:sign|pattern|appearance|configuration)s?$", re.I)
_CUES = ("termed", "called", "known as", "referred to as", "designated", "the term", "the name")


def _found(text: str) -> Iterator[tuple[str, str]]:
    for when in _WHEN_TERMED.finditer(text):
        yield when["term"], when["phrase"]
    for pattern in (_TERM_USED_WHEN, _ASIDE_TERMED):
        match = pattern.match(text)
        if match is not None:
            yield match["term"], match["phrase"]


def conditioned_definitions(article: Article) -> Iterator[Fact]:
    """Definitions of a name given under a condition or after a description with an aside."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if not any(cue in text for cue in _CUES):
            continue  # a cheap test first: most sentences name nothing
        for found_term, found_phrase in _found(text):
            term, phrase = found_term.strip(), found_phrase.strip()
            if _NOT_A_TERM.search(term) or _NOT_A_PHRASE.match(phrase):
                continue
            yield definition_of(article, sentence.section, text, term, phrase)
