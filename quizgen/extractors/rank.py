"""Ranks and superlatives: "X is the most common primary tumour of Y", "the second most
common", "the commonest site is the femur"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import (
    Sentence,
    iter_sentences,
    leading_subject,
    make_fact,
    same_name,
    strip_citation,
)
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_ranks", "ranks_in"]

_ORDINAL = r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th)"
# "the (second) most common", "the commonest", "the most frequent", "the leading".
_RANK = (
    rf"the\s(?:(?P<ordinal>{_ORDINAL})\s)?(?P<rank>most\s(?:common|frequent|prevalent)|"
    r"commonest|leading)\s"
)
# "and" ends the category when a new clause follows ("… of the kidney and the second …",
# "… and is usually …"), not inside a phrase ("of children and adolescents").
_CLAUSE_AND = (
    r"and(?=\s(?:the|a|an|is|are|was|its|it|has|have|may|can|accounts?|accounting|occurs?|"
    r"typically|usually|often|represents?)\b)"
)
_STOP = (
    rf"(?:{_CLAUSE_AND}|which|that|who|accounting|after|followed|with|although|but|whereas|"
    r"while)"
)
# What is ranked: a category of up to ten words, ending at a clause boundary.
_CATEGORY = (
    rf"(?P<group>[a-z][\w'’/-]{{0,40}}(?:\s(?!(?:{_STOP}|is|are)\b)[\w'’/()-]{{1,40}}){{0,9}}?)"
    rf"(?=\s?[,;.:)]|\s{_STOP}\b|$)"
)
# "<NP> is the most common <category>": the sentence's subject is ranked.
_SUBJECT_RANKED = re.compile(
    rf"\s(?:is|are|was|remains|remain|represents?|becomes?)\s(?:(?:also|still|now|by far)\s)?"
    rf"{_RANK}{_CATEGORY}",
    re.I,
)
# "The most common <category> is/are <NP>": the thing after the verb is ranked.
_CATEGORY_FIRST = re.compile(
    rf"^(?:{_RANK})(?P<group>[a-z][\w'’/-]{{0,40}}(?:\s(?!(?:is|are)\b)[\w'’/()-]{{1,40}}){{0,9}}?)"
    r"\s(?:is|are|being)\s(?:(?:the|a|an)\s)?"
    r"(?P<item>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:and|or|which|that|with|in|followed|although|"
    r"but|whereas|while)\b)[\w'’/()-]{1,40}){0,5}?)(?=\s?[,;.:]|\s(?:and|or|followed|which|"
    r"that|with|in|although|but|whereas|while)\b|$)",
    re.I,
)
_GROUP_WORDS = 10
# "The most common cause is unknown": nothing is ranked.
_NO_ANSWER = re.compile(
    r"(?:unknown|unclear|uncertain|variable|controversial|debated|not|none|that|this|it)\b",
    re.I,
)


def _value(match: re.Match[str]) -> str:
    ordinal = (match.group("ordinal") or "").lower()
    ordinal = {"2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}.get(
        ordinal, ordinal
    )
    rank = match.group("rank").lower()
    rank = "most common" if rank == "commonest" else re.sub(r"\s+", " ", rank)
    return f"{ordinal} {rank}".strip()


def _group(text: str) -> str:
    group = strip_citation(text.strip()).strip(" ,;:.")
    return group if 0 < len(group.split()) <= _GROUP_WORDS else ""


def ranks_in(text: str, subject: str) -> Iterator[tuple[str, str, str]]:
    """(item, rank, category) for each superlative of a sentence: ``subject`` (its resolved
    leading noun phrase) is ranked by "… is the most common X"; "The commonest site is the
    femur" ranks "femur". "One of the most common" is no rank."""
    first = _CATEGORY_FIRST.match(text)
    if first is not None and (group := _group(first.group("group"))):
        item = strip_citation(first.group("item")).strip(" ,;:.")
        item = re.sub(r"^(?:in|within|at|on)\s(?:the\s)?", "", item, flags=re.I)
        if item and not re.search(r"\d", item) and not _NO_ANSWER.match(item):
            yield item, _value(first), group
        return
    if not subject:
        return
    # "is one of the most common …", "is among the most common …" rank nothing: the verb
    # must be followed by "the" itself.
    for match in _SUBJECT_RANKED.finditer(text):
        if (group := _group(match.group("group"))) and not same_name(group, subject):
            yield subject, _value(match), group
    # "…, and the most common X of children": a second rank of the same subject.
    for match in re.finditer(rf",?\sand\s{_RANK}{_CATEGORY}", text, re.I):
        if _SUBJECT_RANKED.search(text[: match.start()]) and (
            group := _group(match.group("group"))
        ):
            yield subject, _value(match), group


def _subject(sentence: Sentence, title: str) -> str:
    noun_phrase = leading_subject(sentence.resolved)
    if noun_phrase and same_name(noun_phrase, title):
        return title
    return re.sub(r"^(?:the|a|an)\s+", "", noun_phrase, flags=re.I)


def extract_ranks(article: Article) -> Iterator[Fact]:
    """One fact per superlative: ``item`` the thing ranked, ``value`` its rank ("most
    common", "second most common"), ``group`` the category it is ranked in."""
    for sentence in iter_sentences(article):
        subject = _subject(sentence, article.title)
        for item, rank, group in ranks_in(sentence.resolved, subject):
            yield make_fact(
                FactKind.RANK,
                article,
                sentence.section,
                sentence.text,
                key=(group, rank),
                subject=article.title,
                item=item,
                value=rank,
                group=group,
                statement=sentence.text,
            )
