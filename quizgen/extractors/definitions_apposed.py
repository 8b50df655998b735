"""Definitions of a named thing that is not the sentence's subject, found by grammar alone:

- a name, then its description in apposition: "…, and Stauffer syndrome, a reversible hepatic
  dysfunction in the absence of metastases." (the description opens with "a", "an" or "the
  combination/sum of");
- a name, then "in which" and what it is: "…, the bell clapper deformity, in which the tunica
  vaginalis encircles the testis";
- a name, then its description in brackets: "Couvelaire uterus (extravasation of blood into
  the myometrium)";
- a clause, then the name given to what it describes: "…, some grow as a flat sheet along the
  dura, termed meningioma en plaque, which …", "…; the combination of A, B and C is known as
  X.";
- a named effect or syndrome as the subject of "is a/an": "The X effect is a fall in …".

A name is a few words after a determiner or a preposition that end in a noun naming a kind of
named thing (syndrome, deformity, …) or that hold an eponym before a common noun
("Couvelaire uterus"); not a sign, a manoeuvre or a system, whose descriptions the sign and
classification facts hold; anything else ("fat, a hallmark of …") is no
name, so no definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import cached_list, definition_of, iter_sentences
from quizgen.model import Article, Fact

__all__ = ["apposed_definitions"]

# Nouns whose phrase is the name of one thing a reader can be asked to define. A sign, a
# manoeuvre, a system of classes or a regimen is not among them: its description is what the
# sign, classification and statement facts hold (the annotators' kinds for them).
_HEAD = re.compile(
    r"^(?:syndromes?|triad|tetrad|complex|phenomenon|deformity|malformations?|junction|point|"
    r"score|index|procedure|operation|cell|effect)$"
)
_NOT_DEFINED = re.compile(
    r"^(?:signs?|manoeuvres?|maneuvers?|tests?|systems?|classifications?|criteria|staging|"
    r"grading|scales?|protocols?|regimens?|views?|projections?|lines?|angles?)$"
)
# Words that end a name when read backwards from its last word: determiners, prepositions,
# conjunctions, pronouns and the copula (closed classes).
_BOUNDARY = frozenset(
    re.findall(
        r"\w+",
        "the a an this that these those its their his her our one each every some any no of "
        "in on at by for with without from to into onto as than via per within among between "
        "and or nor but is are was were be been being it they which who whose include "
        "includes including such called termed known",
    )
)
_MAX_NAME_WORDS = 4
_NAME_REACH = 200  # characters before a comma or a bracket where its name may start
_EPONYM = re.compile(r"[A-Z][a-zà-ÿ'’-]")
_QUALITY = re.compile(
    r"most|more|less|useful|important|reliable|specific|sensitive|early|late|key|main|"
    r"classic|typical|characteristic|first|second|only|best|common|rare|other|same|new|"
    r"additional|further|major|minor|several|many|multiple|various|different|similar",
    re.I,
)
_WORD = re.compile(r"[\w'’-]+")


def _name_before(before: str) -> str:
    """The name that ends ``before`` (words back to a determiner, preposition or the start),
    or "" when the words there name no particular thing."""
    # only the last words can be the name: a long sentence with many commas stays linear
    words = before[-_NAME_REACH:].split()
    if len(before) > _NAME_REACH:
        words = words[1:]  # the first may be cut
    name: list[str] = []
    for word in reversed(words):
        if not _WORD.fullmatch(word) or word.lower() in _BOUNDARY:
            break
        name.insert(0, word)
        if len(name) > _MAX_NAME_WORDS:
            return ""  # no determiner or preposition near: a clause, not a name
    if not name:
        return ""
    at_start = len(name) == len(words) and len(before) <= _NAME_REACH
    return " ".join(name) if _is_named(name, at_start=at_start) else ""


def _is_named(words: list[str], *, at_start: bool) -> bool:
    """A kind-of-thing noun last ("…deformity"), or an eponym before a common noun
    ("Couvelaire uterus"; a capital opening a sentence is no eponym, and an acronym before a
    noun is mostly a technique: "CT angiography")."""
    if _NOT_DEFINED.match(words[-1].lower()):
        return False  # "the Curaçao criteria (…)": a sign's or a classification's, not ours
    if any(_QUALITY.fullmatch(w) for w in words):
        return False  # "the most useful sign", "the same lesion": a quality, not a name
    if _HEAD.match(words[-1].lower()) and len(words) >= 2:
        return True
    capitals = words[1:] if at_start else words
    return len(words) >= 2 and words[-1].islower() and any(_EPONYM.match(w) for w in capitals[:-1])


# Where a description ends: a clause mark, a bracket, or a comma before a word that opens a
# new constituent (a relative or a conjunction, a verb, an adverb, a participle and its
# preposition: "…, arranged in cords").
_DESCRIPTION_END = re.compile(
    r"\s?[;:(]|\.(?:\s|$)|\sso\sthat\s|,\s(?:(?:which|who|whose|that|where|when|while|whereas|although|"
    r"but|so|and|or|is|are|was|were|may|can|usually|often|typically|commonly|especially|"
    r"particularly|mainly|seen|found|in|on|at|with|as|for|from)\b|[a-z]{3,20}(?:ed|ing)\s"
    r"(?:in|on|at|by|with|from|into|to|as|within|along|around)\b|[a-z]{3,20}ly\b)"
)
# A description is a noun phrase: an indefinite article, or the noun of a combination.
# A role or a rate is no description: "fat, a useful clue to …", "X, a rare cause of …".
_DESCRIPTION_OPENING = re.compile(
    r"^(?:an?\s(?!(?:few|number|total|third|quarter|half|majority|minority|common|rare|"
    r"frequent|uncommon|useful|important|key|typical|classic|characteristic|recogni[sz]ed|"
    r"well-\w+|known|major|minor|further|second|third|helpful|specific|sensitive|reliable|"
    r"hallmark|feature|finding|clue|cause|sign|marker|risk|reason|consequence|complication)\b)"
    r"|the\s(?:combination|sum|association|coexistence|triad|product|ratio)\sof\s)",
    re.I,
)
# Two items joined with no "of/with" before them are a list's ("Turner syndrome, a bicuspid
# valve and coarctation"), not one description.
_COORDINATED = re.compile(r"\s(?:and|or)\s")
_OF_BEFORE = re.compile(r"\s(?:of|with|without|by|between)\s")
_FIGURE = re.compile(r"\d|%")
_MIN_DESCRIPTION_WORDS = 3


# A description is a phrase, not a run of clauses: none runs past this many characters, and
# the search for its end stops there (a long sentence of many commas stays linear).
_DESCRIPTION_REACH = 400
_LONGEST_END = 50  # characters a _DESCRIPTION_END match spans, with the one after it


def _description_end(after: str) -> int | None:
    """Where the description ``after`` opens with ends (its length when nothing ends it);
    None when that is past ``_DESCRIPTION_REACH``."""
    end = _DESCRIPTION_END.search(after, 0, _DESCRIPTION_REACH + _LONGEST_END)
    stop = end.start() if end else len(after)
    return stop if stop <= _DESCRIPTION_REACH else None


def _description(after: str) -> str:
    """The noun phrase ``after`` opens with, up to where it ends; "" when it is no
    description (a figure, a list, too short)."""
    if not _DESCRIPTION_OPENING.match(after):
        return ""
    end = _description_end(after)
    if end is None:
        return ""
    phrase = after[:end]
    if re.match(r",\s(?:and|or)\b", after[end:]):
        return ""  # "A, a B, and C": the phrase is an item of a list
    phrase = phrase.strip().rstrip(".,")
    if _FIGURE.search(phrase) or len(phrase.split()) < _MIN_DESCRIPTION_WORDS:
        return ""
    coordinated = _COORDINATED.search(phrase)
    if coordinated and not _OF_BEFORE.search(phrase[: coordinated.start() + 1]):
        return ""
    return phrase


_APPOSITION = re.compile(r"(?<=[\w)]),\s(?=(?:an?|the)\s)")
# "in which" only: "…, where …" after a place says what happens there ("the junction, where
# the wall is weaker"), not what the place is.
_RELATIVE = re.compile(r"(?<=\w),\sin\swhich\s")
_BRACKET = re.compile(r"(?<=\w)\s\((?P<inside>[^()]{8,160})\)")
_TRAILING_BRACKET = re.compile(r"\s\([^()]{1,60}\)$")


def _appositions(text: str) -> Iterator[tuple[str, str]]:
    """ "…, Stauffer syndrome, a reversible hepatic dysfunction …" """
    for match in _APPOSITION.finditer(text):
        # the name lies in the last _NAME_REACH characters, a trailing bracket in the 63
        # before them: read no further back (linear on a long sentence of many commas)
        start = match.start()
        before = _TRAILING_BRACKET.sub("", text[max(0, start - _NAME_REACH - 64) : start])
        name = _name_before(before)
        phrase = _description(text[match.end() :]) if name else ""
        if phrase:
            yield name, phrase


# A name of two to four words that a sentence opens on, not a quantity of things or people.
_OPENING_NAME = re.compile(
    r"^(?!(?:most|many|some|these|those|such|other|all|both|several|few|patients|cases|this|"
    r"that|the|a|an|it|they|in|on|at|when|if)\b)"
    r"(?P<name>[A-Z][a-z][\w-]{1,25}(?:\s[a-z][\w-]{1,25}){1,3})$",
    re.I,
)


def _relatives(text: str) -> Iterator[tuple[str, str]]:
    """ "…, the humpback deformity, in which the fragments flex around the fracture." """
    for match in _RELATIVE.finditer(text):
        name = _name_before(text[: match.start()])
        if not name and (opening := _OPENING_NAME.match(text[: match.start()])):
            # "Gel bleed, in which silicone diffuses through an intact shell, is …": the
            # sentence opens on the name the relative defines
            name = opening.group("name")
        if not name:
            continue
        rest = text[match.end() :]
        end = _description_end(rest)
        if end is None:
            continue
        clause = rest[:end].strip().rstrip(".")
        if len(clause.split()) >= _MIN_DESCRIPTION_WORDS and not _FIGURE.search(clause):
            yield name, clause


# A bracket that says what the name is: a lower-case noun phrase of a few words relating
# things ("extravasation of blood into the myometrium", "ptosis and miosis without
# anhidrosis"); a bare other name ("(dysplasia epiphysealis hemimelica)") relates nothing.
_ACRONYM = re.compile(r"[A-Z]{2,6}\s")
_RELATING = re.compile(r"\s(?:of|by|with|without|into|between|from|divided|and|or)\s")
_NOT_A_BRACKET_DESCRIPTION = re.compile(
    r"^(?:e\.g|i\.e|see|also|usually|often|typically|especially|particularly|mainly|mostly|"
    r"notably|chiefly|principally|predominantly|commonly|classically|"
    r"from|in|on|at|for|with|by|to|as|or|and|which|who|formerly|previously|now|based|seen|"
    r"found|known|called|termed|named|so-called|including|such|both|either|not|no|"
    r"hyper\w*|hypo\w*|iso\w*|an?echoic|enhancing|high|low|bright|dark)\b",
    re.I,
)


def _brackets(text: str) -> Iterator[tuple[str, str]]:
    """ "…, Couvelaire uterus (extravasation of blood into the myometrium), …" """
    for match in _BRACKET.finditer(text):
        inside = match.group("inside").strip()
        if (
            not (inside[0].islower() or _ACRONYM.match(inside))
            or _NOT_A_BRACKET_DESCRIPTION.match(inside)
            or _FIGURE.search(inside)
            or len(inside.split()) < _MIN_DESCRIPTION_WORDS
            or not _RELATING.search(inside)
            or _HEAD.match(inside.split()[-1].lower())  # another name of the same thing
        ):
            continue
        name = _name_before(text[: match.start()])
        if name:
            yield name, inside


# "…, termed X, which …", "…, known as the X.": the name a clause's last noun phrase bears.
_TERMED_AFTER = re.compile(
    r",\s(?:termed|known\sas|called|referred\sto\sas)\s(?:an?\s|the\s)?"
    r"(?P<term>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)(?=,\s|\.?$)"
)
# Where the clause that describes the named thing opens.
_CLAUSE_OPENING = re.compile(
    r"(?:^|;\s|,\s(?:but|and|while|whereas|although)\s|^(?:In|On|At|With|After|During)\s[^,]{3,60},\s)"
)
# The verb whose object is the thing named: "produces X", "leads to X", "grow as X".
_PRODUCING = re.compile(
    r"\b(?:produc(?:es?|ing)|caus(?:es?|ing)|leads?\sto|leading\sto|results?\sin|"
    r"resulting\sin|giv(?:es?|ing)|reduces?|grows?\sas|appears?\sas|forms?)\s"
)


def _termed_after(text: str) -> Iterator[tuple[str, str]]:
    """ "…, some grow as a flat sheet along the dura, termed meningioma en plaque, which …" """
    match = _TERMED_AFTER.search(text)
    if match is None:
        return
    before = text[: match.start()]
    openings = list(_CLAUSE_OPENING.finditer(before))
    clause = before[openings[-1].end() :] if openings else before
    objects = list(_PRODUCING.finditer(clause))
    if not objects:
        return  # the clause's own subject may be what is named, or not: unsure, nothing
    phrase = clause[objects[-1].end() :].strip()
    if len(phrase.split()) >= 2 and not _FIGURE.search(phrase):
        yield match.group("term"), phrase


# "; the combination of A, B and C is known as X.": a clause that gives a combination a name.
# Without a naming verb ("…, and the combination of A with B is the X complex.") the name
# must be one by its own words.
_COMBINATION_KNOWN = re.compile(
    r"(?:^|;\s|,\sand\s)(?P<phrase>(?:[Tt]he\s)?(?:combination|association|coexistence|triad)"
    r"\sof\s[^;:()]{5,160}?)\s(?:is|are)\s(?:also\s)?"
    r"(?P<verb>(?:known\sas|termed|called|referred\sto\sas)\s)?"
    r"(?:an?\s|the\s)?(?P<term>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)\.?$"
)
# "A heterotopic pregnancy is the coexistence of …": a name said to be two things together.
_IS_THE_COEXISTENCE = re.compile(
    r"^(?:(?:An?|The)\s)?(?P<name>[^,;:()]{3,50}?)\s(?:is|are)\s(?P<phrase>the\s(?:coexistence|"
    r"combination|association|simultaneous\spresence)\sof\s[^;:]{5,160}?)(?=,\s|\.?$)"
)
# Names of a role, not of a thing: "The key finding is the combination of …".
_ROLE = re.compile(
    r"\b(?:finding|feature|diagnosis|hallmark|cause|result|clue|appearance|picture|pattern|"
    r"presentation|criterion|criteria|definition|requirement|rule|treatment|therapy|"
    r"management|surgery|approach|regimen|standard)s?$",
    re.I,
)
# "The fat ring sign is a thin halo of …": a named sign or syndrome said to be a thing.
_NAMED_IS = re.compile(r"^(?:The\s)?(?P<name>[^,;:()]{3,60}?)\s(?:is|are)\s(?=an?\s)")


def _combinations(text: str) -> Iterator[tuple[str, str]]:
    match = _COMBINATION_KNOWN.search(text)
    if match is not None and (
        match.group("verb") or _is_named(match.group("term").split(), at_start=False)
    ):
        yield match.group("term"), match.group("phrase")
    match = _IS_THE_COEXISTENCE.match(text)
    if match is not None:
        words = match.group("name").split()
        if not (
            any(w.lower() in _BOUNDARY for w in words)
            or any(_QUALITY.fullmatch(w) for w in words)
            or _ROLE.search(match.group("name"))
        ):
            yield match.group("name"), match.group("phrase")


def _named_is(text: str) -> Iterator[tuple[str, str]]:
    match = _NAMED_IS.match(text)
    if match is None:
        return
    words = match.group("name").split()
    if not words or not _HEAD.match(words[-1].lower()) or not _is_named(words, at_start=True):
        return
    if any(w.lower() in _BOUNDARY for w in words):
        return  # "Resection of the sign is …": a phrase, not a name
    phrase = _description(text[match.end() :])
    if phrase:
        yield match.group("name"), phrase


@cached_list
def _found(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for reader in (_appositions, _relatives, _brackets, _termed_after, _combinations, _named_is):
        found.extend(reader(text))
    return found


def apposed_definitions(article: Article) -> Iterator[Fact]:
    """Definitions of a name set beside its description inside a longer sentence."""
    for sentence in iter_sentences(article):
        for name, phrase in _found(sentence.text):
            yield definition_of(article, sentence.section, sentence.text, name, phrase)
