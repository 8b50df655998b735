"""Definitions of a name the writer gives to a situation or a finding, anywhere in the body:

- a condition, then the term used for it: "When the cyst communicates with the duct, the term
  X is used", "If the sac fills with pus the term X is preferred";
- a clause, then the name it goes by: "Occasionally the fragment stays in place, so-called X.",
  "…, the so-called X form, and …";
- a later clause that names what it describes: "…; larger lesions that reach the cortex are
  called X.", "…, and an infected cyst is termed X." (the first clause of a sentence is read
  by ``terms._TERMED`` when it is the whole sentence).

Grammar only: the cue words, a name of a few words, a description of a clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import definition_of, iter_sentences
from quizgen.model import Article, Fact

__all__ = ["named_definitions"]

_NAME = r"[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,4}?"
# "When …, the term X (also called Y) is used": the condition defines the term.
_TERM_USED = re.compile(
    r"^(?:When|If|Where|Once)\s(?P<phrase>[^;:]{10,200}?),?\s(?:then\s)?the\sterm\s"
    rf"(?P<term>{_NAME})(?:\s\([^()]{{1,60}}\))?\s(?:is|are)\s"
    r"(?:(?:then|usually|generally|often|commonly|sometimes|also)\s)?(?:used|preferred|applied|employed)\b"
)
# "…, (the) so-called X." or "…, the so-called X, and …": the clause before defines X.
_SO_CALLED = re.compile(
    r"^(?:(?:Occasionally|Rarely|Sometimes|Often|Typically|Classically|Less\scommonly),?\s)?"
    r"(?P<phrase>[A-Za-z][^;:]{10,200}?),\s(?:the\s|a\s)?so-called\s[\"“]?"
    # …, is …": the description is the sentence's subject ("Spasm with a fixed valgus
    # hindfoot, the so-called X, is the classic picture")
    rf"(?P<term>{_NAME})[\"”]?(?=\.?$|,\s(?:and|which|but)\s|,\s(?:is|are)\s)"
)
# "…; larger lesions that extend into the cavity are called X.", "…, and an infected lesion
# is termed X.": a later clause whose subject is what the name means.
_LATER_CLAUSE_TERMED = re.compile(
    r"(?:;\s|,\s(?:and|while|whereas|but)\s)(?P<phrase>[a-z][^;:,()]{10,150}?)\s(?:is|are)\s"
    rf"(?:termed|called|known\sas)\s(?:an?\s|the\s)?(?P<term>{_NAME})\.?$"
)
# "Small lesions that stay in the cortex are termed X; larger ones …": the opening clause
# when a second clause follows (a whole sentence is ``terms._TERMED``'s).
_FIRST_CLAUSE_TERMED = re.compile(
    r"^(?P<phrase>[A-Z][^;:,]{10,200}?)\s(?:is|are)\s(?:termed|called|known\sas)\s(?:an?\s|the\s)?"
    rf"(?P<term>{_NAME})(?=;\s|,\s(?:and|while|whereas|but)\s)"
)
# A name that is a pattern or a sign is read by the sign extractor; a pronoun or a vague
# noun is no description.
_NOT_A_TERM = re.compile(r"\b(?:sign|pattern|appearance|configuration|phenomenon)s?$", re.I)
_NOT_A_PHRASE = re.compile(
    # a subordinate clause ("when … the process is called X") names its subject late
    r"^(?:it|this|that|these|those|they|which|such|the\s(?:same|former|latter|above)|when|if|"
    r"where|whereas|while|as|because|"
    r"since|although|though)\b",
    re.I,
)
# A size or count cut-off outside brackets ("Lesions smaller than 10 mm are termed …") is a
# threshold, the threshold extractor's; a bracketed aside ("(usually under 2 cm)") is not.
_CUT_OFF = re.compile(r"\b(?:\w+er|more|less|fewer)\sthan\b|\d")
_ASIDE = re.compile(r"\([^()]{0,80}\)")
_CUES = ("the term", "so-called", "called", "termed", "known as")


# "Standard treatment is X, the so-called Y": the name is in apposition to the complement X,
# which alone says what Y is.
_COPULA_OPENING = re.compile(
    r"^(?:the\s)?(?:[a-z][\w-]{1,30}\s){0,2}(?:treatment|therapy|management|regimen|approach|"
    r"procedure|operation|finding|result|outcome|appearance|pattern|combination)\s(?:is|are|was|"
    r"were)\s(?:usually\s|typically\s|often\s|now\s)?",
    re.I,
)


def _found(text: str) -> Iterator[tuple[str, str]]:
    for pattern in (_TERM_USED, _SO_CALLED, _FIRST_CLAUSE_TERMED):
        match = pattern.match(text)
        if match is not None:
            phrase = match.group("phrase")
            if pattern is _SO_CALLED:
                phrase = _COPULA_OPENING.sub("", phrase)
            yield match.group("term"), phrase
    match = _LATER_CLAUSE_TERMED.search(text)
    if match is not None:
        yield match.group("term"), match.group("phrase")


def named_definitions(article: Article) -> Iterator[Fact]:
    """Definitions of a term the writer gives to a condition or a clause."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if not any(cue in text for cue in _CUES):
            continue  # a cheap test first: most sentences name nothing
        for found_term, found_phrase in _found(text):
            term, phrase = found_term.strip(), found_phrase.strip()
            if _NOT_A_TERM.search(term) or _NOT_A_PHRASE.match(phrase):
                continue
            if _CUT_OFF.search(_ASIDE.sub("", phrase)):
                continue
            yield definition_of(article, sentence.section, text, term, phrase)
