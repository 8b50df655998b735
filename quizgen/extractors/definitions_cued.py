"""Definitions a sentence marks with a cue of its own, anywhere in the body.

Writers say what a term means in a few fixed ways that need no list of conditions: "X is
defined as Y", "The term X refers to Y", a named syndrome or sign "characterised by Y", and a
named sign "formed by Y" or that Y "produces". Each cue is followed or preceded by a named
term (a few words, no pronoun) and a description; the description up to the clause's end is
the definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import definition_of, iter_sentences
from quizgen.model import Article, Fact

__all__ = ["cued_definitions"]

_NAME = r"[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,4}?"
# A description runs to the clause's end, a list's ", and" inside it ("…above, the
# indentation itself, and … below"); bounded, so a long sentence is scanned once.
_PHRASE = r"[^;:]{8,200}?"
_CLAUSE_END = r"(?=\s?[;:]|\.(?:\s|$)|,\s(?:which|but|whereas|while|although)\b|\s\(\d{1,3}\)|$)"

# "Stromal overgrowth is defined as …", "The term lymphangitic spread refers to …".
_DEFINED_AS = re.compile(
    rf"^(?:(?:the|an?)\s)?(?:term\s)?(?P<name>{_NAME})(?:\s\([^()]{{1,20}}\))?\s(?:is|are)\s(?:usually\s|generally\s|"
    rf"commonly\s|conventionally\s)?defined\sas\s(?P<phrase>{_PHRASE}){_CLAUSE_END}"
    rf"|^The\sterm\s(?P<term>{_NAME})\s(?:(?:refers|is\sused\sto\srefer)\sto|describes|denotes)\s"
    rf"(?P<meaning>{_PHRASE}){_CLAUSE_END}"
    # "Strangulation refers to obstruction in which …": "refers to" itself says what a name
    # means; a bracketed short form may follow the name ("Multidrug-resistant TB (MDR-TB) is
    # defined as …")
    # ("Strictly speaking, agyria refers to …": a hedge on the word's use changes nothing)
    rf"|^(?:(?:strictly(?:\sspeaking)?|technically|properly|formally),\s)?"
    rf"(?:(?:the|an?)\s)?(?P<referred>{_NAME})(?:\s\([^()]{{1,20}}\))?\s(?:refers\sto|denotes)\s"
    rf"(?P<reference>{_PHRASE}){_CLAUSE_END}",
    re.I,
)
# A named syndrome, sign or complex and what marks it: "the diencephalic syndrome,
# characterised by failure to thrive despite normal caloric intake".
_NAMED_ENTITY = (
    r"(?:[A-Za-z0-9][\w'’-]{0,30}\s){1,3}(?:syndrome|sign|complex|triad|phenomenon|sequence)"
)
_CHARACTERISED = re.compile(
    rf"(?:^|\b(?:the|a|an)\s)(?P<name>{_NAMED_ENTITY}),?\s(?:which\sis\s)?characteri[sz]ed\sby\s"
    rf"(?P<phrase>{_PHRASE}){_CLAUSE_END}"
)
# How a named sign is made: "The figure 3 sign … is formed by …", "…, produces the central
# dot sign".
_SIGN_FORMED_BY = re.compile(
    r"^(?:The\s)?(?:classic\s)?(?P<name>(?:[A-Za-z0-9][\w'’-]{0,30}\s){1,3}sign)"
    r"(?:\s(?:on|in)\s(?:the\s)?[\w -]{3,40}?)?\s(?:is|are)\s(?:formed|produced|created|caused)"
    rf"\sby\s(?P<phrase>{_PHRASE}){_CLAUSE_END}"
)
_SIGN_PRODUCED = re.compile(
    r"^(?:In\s[^,]{3,60},\s)?(?:the\s)?(?P<phrase>[a-z][^,;:()]{8,150}?)\s(?:produces|gives|"
    r"creates|forms)\s(?:the|a)\s(?P<name>(?:[A-Za-z0-9][\w'’-]{0,30}\s){1,3}sign"
    # the eponym after the sign is part of its name: "the string sign of Kantor"
    r"(?:\sof\s[A-Z][\w'’-]{1,30})?)(?![\w-])",
    re.I,
)
# Subjects that name nothing ("It is defined as …", "This sign …", "The name refers to …").
_NOT_A_NAME = re.compile(
    r"^(?:it|this|that|these|those|they|which|one|each|such|the|a|an|both|either|"
    r"in|on|at|for|with|by|from|of)\b|^(?:name|term|word|label|title|latter|former)$",
    re.I,
)
# A description that opens on a preposition or a pronoun ("defined as by the grade"), or is
# too short to say what sets the term apart.
_NOT_A_DESCRIPTION = re.compile(
    r"^(?:(?:by|in|on|at|for|with|from|of|to|it|this|that|these|those|they)\b|\S+(?:\s\S+)?$)",
    re.I,
)
# A description that is only a cut-off: a comparator and a number first ("defined as at least
# 3 nodules", "as ≥ 5 mm"), or a label that ends on its bound ("as grade group 2 or higher").
# A noun measured against a bound ("invasion of 1.5 mm or less into the stroma") still says
# what the term is.
_CUT_OFF = re.compile(
    r"^(?:at\s(?:least|most)|(?:more|less|greater|fewer|higher|lower)\sthan|above|below|over|"
    r"under|up\sto|exceeding|[≥≤<>])\s?(?:[a-z]{1,12}\s)?\S{0,3}\d"
    r"|^(?!.*\sof\s)[^;]{0,40}?\d[\w.,]{0,6}\sor\s(?:higher|more|above|greater|less|fewer|below|"
    r"lower)$",
    re.I,
)
# Words that make a sign a quality, not a name ("the most useful sign").
_NOT_A_SIGN_NAME = re.compile(
    r"\b(?:most|more|less|useful|important|reliable|specific|sensitive|early|late|key|"
    r"main|classic|typical|characteristic|first|only|best)\b",
    re.I,
)


def cued_definitions(article: Article) -> Iterator[Fact]:
    """Definitions marked by "defined as", "refers to", "characterised by" and how a named
    sign is formed."""
    for sentence in iter_sentences(article):
        text = sentence.text
        low = text.lower()
        if (
            "defined as" not in low
            and "refers to" not in low
            and "describes" not in low
            and "denotes" not in low
            and not (("characteris" in low or "characteriz" in low) or " sign" in low)
        ):
            continue  # a cheap test first: most sentences define nothing
        for found_name, found_phrase in _found(text, low):
            name, phrase = found_name.strip(), found_phrase.strip().rstrip(",")
            if _NOT_A_NAME.match(name) or _NOT_A_DESCRIPTION.match(phrase):
                continue
            if _CUT_OFF.search(phrase):
                continue  # "defined as grade 2 or higher": a threshold, the threshold extractor's
            yield definition_of(article, sentence.section, text, name, phrase)


def _found(text: str, low: str) -> Iterator[tuple[str, str]]:
    if "defined as" in low or "refers to" in low or "describes" in low or "denotes" in low:
        match = _DEFINED_AS.match(text)
        if match is not None:
            if match.group("name"):
                yield match.group("name"), match.group("phrase")
            elif match.group("term"):
                yield match.group("term"), match.group("meaning")
            elif not match.group("referred").lower().endswith("sign"):
                # a sign's description is the sign fact's (the annotators' kind for it)
                yield from _referred(match.group("referred"), match.group("reference"))
    if "characteris" in low or "characteriz" in low:
        for match in _CHARACTERISED.finditer(text):
            name = re.sub(r"^(?:the|a|an)\s", "", match.group("name"), flags=re.I)
            if not _NOT_A_SIGN_NAME.search(name):
                yield name, match.group("phrase")
    if " sign" in low:
        for pattern in (_SIGN_FORMED_BY, _SIGN_PRODUCED):
            match = pattern.match(text)
            if match is not None and not _NOT_A_SIGN_NAME.search(match.group("name")):
                yield match.group("name"), match.group("phrase")


# "agyria refers to a complete absence of gyri and pachygyria to a few broad, flat gyri": a
# second word defined with the verb left out, after "and", "while" or "whereas".
_GAPPED_REFERENCE = re.compile(
    r",?\s(?:and|while|whereas)\s(?P<name>[a-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30})?)\sto\s"
)


def _referred(name: str, reference: str) -> Iterator[tuple[str, str]]:
    gapped = _GAPPED_REFERENCE.search(reference)
    if gapped is None:
        yield name, reference
        return
    yield name, reference[: gapped.start()]
    yield gapped.group("name"), reference[gapped.end() :]
