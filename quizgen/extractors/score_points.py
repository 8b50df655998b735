"""Points a named score gives each of its features, stated in prose.

"Points are awarded for recurrent thunderclap headache (5 points), a vasoconstrictive
trigger (3 points) and female sex (1 point)", "a distraction morphology scores 4 points and a
disrupted posterior ligamentous complex 3 points", "A, B and C each score 2 points",
"Necrosis is scored as less than 30% (2 points) …": one threshold fact per feature, the
score as subject, the feature as item, the points as value.

Whose points they are must be written: the score is named in the sentence, earlier in its
paragraph or in the block just before (a list's intro). Points with no score named are no
fact: a feature's weight in an unnamed scheme teaches nothing a card could ask fairly.
Every pattern is bounded (``bench/linear.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.extractors.text import Sentence, iter_sentences, make_fact, split_sentences
from quizgen.model import Article, BlockKind, Fact, FactKind

__all__ = ["score_point_facts"]

_POINTS = r"[-−–]?\d{1,2}(?:\.\d)?(?:\s{0,2}[-–]\s{0,2}\d{1,2})?\s(?:points?|pts?)\b"
# "headache (5 points)", "TR4 (4-6 points)"
_BRACKETED = re.compile(rf"\s?\((?P<value>{_POINTS})\)")
# "a distraction morphology scores 4 points", "… carotid artery scores -2"
_SCORES = re.compile(
    r"\s(?P<each>each\s)?(?:scores?|is\sworth|are\sworth|counts?\sfor)\s"
    r"(?P<value>[-−–]?\d{1,2}(?:\.\d)?(?:\s(?:points?|pts?))?)(?!\w|\.\d|%)",
    re.I,
)
# A second feature after a scoring verb, its verb left out: "… and a disrupted posterior
# ligamentous complex 3 points".
_GAPPED = re.compile(
    rf"^\s(?:and|,)\s(?P<item>[a-z][^,;:()\d]{{2,80}}?)\s(?P<value>{_POINTS})", re.I
)
# Where a clause starts: a run of features never crosses one.
_CLAUSE_BREAK = re.compile(
    r";\s|:\s|,\s(?:and|while|whereas|but|giving|so|with)\s|\.\s|,\s(?=[A-Z])"
)
# Words that lead a run of features in: the first feature starts after the last of them.
_LEAD_IN = re.compile(
    r"(?:^|\s)(?:for|as|are|include|includes|including|comprise|comprises|awarded\sto|"
    r"given\sto)\s",
    re.I,
)
# "Necrosis is (then) scored as …": the scored thing, which each banded item qualifies.
_SCORED_AS = re.compile(
    r"(?:^|\s)(?P<thing>[A-Za-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2})\s(?:is|are)\s"
    r"(?:then\s|further\s|also\s)?(?:scored|graded|rated)\s(?:as|from)\s",
)
# A score's name: up to five words between a determiner and the score word, and an
# abbreviation in brackets ("the Thoracolumbar Injury Classification and Severity Score
# (TLICS)", "The Bern score"); or a reporting system's acronym ("ACR TI-RADS").
_SCORE_NAME = re.compile(
    r"\b(?:the|The|a|A|an|An)\s(?P<name>(?:[\w-]{1,30}\s){0,5}(?:[Ss]core|SCORE|[Ii]ndex|"
    r"[Ss]cale|[Cc]lassification|[Cc]riteria|[Ss]ystem)(?:\s\([A-Z][\w-]{1,12}\))?)"
    # "… each score 3 points": the score word is a verb there, no name's end
    r"(?!\w|\s(?:[-−–]?\d|points?\b))"
    r"|(?P<acronym>\b(?:[A-Z]{2,6}\s)?[A-Z]{1,5}-RADS\b)"
)
# Name words that are no part of a name: the determiner was a verb's object ("gives the score").
_NAME_STOP = frozenset(
    [
        "of",
        "in",
        "on",
        "by",
        "with",
        "to",
        "is",
        "are",
        "was",
        "total",
        "final",
        "overall",
        "maximum",
        "higher",
        "lower",
        "high",
        "low",
        "this",
        "that",
        "which",
        "each",
        "also",
    ]
)
_DETERMINER = re.compile(r"^(?:an?|the)\s", re.I)
_EMPTY_ITEM = re.compile(r"^(?:none|absent|nil|no|normal)$", re.I)
# A phrase that counts or points back names no feature ("Each finding", "which", "the total").
_NO_FEATURE = re.compile(
    r"^(?:each|every|all|which|that|it|this|these|they|total|sum|patients?)\b", re.I
)
_MAX_ITEM_WORDS = 10


@dataclass(frozen=True)
class _Points:
    item: str
    value: str


def score_point_facts(article: Article, read: set[str]) -> Iterator[Fact]:
    """One threshold fact per scored feature of the prose (see the module docstring)."""
    for sentence in iter_sentences(article):
        if sentence.text in read or not _may_score(sentence.text):
            continue
        found = list(_bracketed(sentence.text)) + list(_verbed(sentence.text))
        if not found:
            continue
        name = _score_named(sentence)
        if not name:
            continue
        read.add(sentence.text)
        for points in found:
            yield make_fact(
                FactKind.THRESHOLD,
                article,
                sentence.section,
                sentence.text,
                key=(name, points.item, "points"),
                subject=name,
                item=points.item,
                value=points.value,
                attribute="points",
                statement=sentence.text,
            )


def _may_score(text: str) -> bool:
    return "point" in text or " score" in text


def _bracketed(text: str) -> Iterator[_Points]:
    """Features each followed by its points in brackets."""
    start = 0
    thing = _SCORED_AS.search(text)
    for match in _BRACKETED.finditer(text):
        segment = text[start : match.start()]
        first = start == 0 or _CLAUSE_BREAK.search(segment) is not None
        start = match.end()
        item = _feature(segment, first=first)
        if item is None:
            continue
        if thing is not None and thing.end() <= match.start():
            if _EMPTY_ITEM.match(item):
                continue  # "none (0 points)": no feature to ask for
            item = f"{thing.group('thing').lower()} {item}"
        yield _Points(item, match.group("value"))


def _verbed(text: str) -> Iterator[_Points]:
    """Features given their points by a verb ("scores 4 points", "each score 2 points"), and
    a second feature whose verb is left out ("and B 3 points")."""
    for match in _SCORES.finditer(text):
        value = match.group("value")
        if "point" not in value and not _BRACKETED.search(text):
            continue  # a bare "scores 3" counts points only beside features given theirs
        before = _clause_before(text[: match.start()])
        if match.group("each"):
            items = _coordinated(before)
        else:  # one feature, the verb's subject: no comma inside it
            items = [_feature(before.rsplit(", ", 1)[-1], first=True)]
        for item in items:
            if item is not None:
                yield _Points(item, value)
        gapped = _GAPPED.match(text[match.end() :])
        if gapped is not None and (item := _feature(gapped.group("item"), first=False)):
            yield _Points(item, gapped.group("value"))


def _clause_before(text: str) -> str:
    """The clause a verb ends: from the last clause break before it."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end() :] if breaks else text


def _coordinated(clause: str) -> list[str | None]:
    """The features of "A, B and C" (brackets inside a feature kept)."""
    clause = re.sub(r"\s\([^()]{1,40}\)", "", clause)
    parts = re.split(r",\s(?:and\s)?|\sand\s", clause)
    return [_feature(part, first=i == 0) for i, part in enumerate(parts)]


def _feature(segment: str, *, first: bool) -> str | None:
    """The feature a segment names: after its lead-in words when it opens the run, after its
    comma or "and" otherwise; None when it names no feature (too long, no words)."""
    if first:
        leads = list(_LEAD_IN.finditer(segment))
        if leads:
            segment = segment[leads[-1].end() :]
        breaks = list(_CLAUSE_BREAK.finditer(segment))
        if breaks:
            segment = segment[breaks[-1].end() :]
    else:
        segment = re.sub(r"^\s{0,2}(?:,\s{0,2})?(?:and\s|or\s)?", "", segment)
        segment = re.split(r",\s(?:and\s|or\s)?", segment)[-1]
    item = _DETERMINER.sub("", segment.strip(" ,;:"))
    words = item.split()
    if not words or len(words) > _MAX_ITEM_WORDS or _NO_FEATURE.match(item):
        return None
    if _SCORE_NAME.search(f"the {item}") and len(words) > 3:
        return None  # the run's lead-in, not a feature ("The Wells score gives …")
    # a feature that opened its sentence keeps no capital ("Diffuse enhancement" → "diffuse …")
    return item[:1].lower() + item[1:] if item[1:2].islower() else item


def _score_named(sentence: Sentence) -> str:
    """The score the sentence's points belong to: named in it, else in its paragraph
    before it, else in the block before its paragraph."""
    at = sentence.paragraph.find(sentence.text)
    earlier = split_sentences(sentence.paragraph[:at]) if at > 0 else []
    for text in [sentence.text, *reversed(earlier), *_blocks_before(sentence)]:
        if name := _name_in(text):
            return name
    return ""


def _blocks_before(sentence: Sentence) -> list[str]:
    """The texts of the two blocks before the sentence's paragraph in its section (a list's
    entries as one text), nearest first."""
    blocks = sentence.section.blocks
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.PARAGRAPH and block.text == sentence.paragraph:
            return [b.text for b in reversed(blocks[max(0, index - 2) : index]) if b.text]
    return []


def _name_in(text: str) -> str:
    """The last score name a text gives ("" when none)."""
    names = []
    for match in _SCORE_NAME.finditer(text):
        if match.group("acronym"):
            names.append(match.group("acronym"))
            continue
        words = match.group("name").split()
        while words and words[0].lower() in _NAME_STOP:
            words = words[1:]
        if any(w.lower() in _NAME_STOP for w in words[:-1]) or len(words) < 2:
            continue  # "the score of a patient with …", or a bare "the score"
        names.append(" ".join(words))
    return names[-1] if names else ""
