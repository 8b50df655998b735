"""Synonyms, named signs and the article's defining sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import iter_lists, iter_sentences, make_fact, split_label
from quizgen.model import Article, Fact, FactKind, ListItem, Section

__all__ = ["extract_definition", "extract_signs", "extract_synonyms"]

# "absent pedicle sign", "winking owl sign": up to four words ending in "sign".
_SIGN = re.compile(r"\b(?P<name>(?:[A-Za-z'-]+\s){1,4}sign)\b", re.I)
_NOT_A_SIGN_NAME = re.compile(
    r"^(?:a|an|the|this|that|useful|subtle|important|and|or|clinical|classic|typical|"
    r"imaging|radiological|radiographic|specific|helpful|reliable|late|early|first|other|"
    r"is|are|see)$",
    re.I,
)
_DEFINING_VERB = re.compile(
    r"^(?P<term>.{2,80}?)\s+(?:is|are|represents?|refers? to|describes?|is defined as|"
    r"are defined as|denotes?)\s+(?P<phrase>.+?)\.?$"
)


def extract_synonyms(article: Article) -> Iterator[Fact]:
    """One fact per synonym the page lists (the reader drops ones equal to the title)."""
    lead = Section("")
    for synonym in article.synonyms:
        yield make_fact(
            FactKind.SYNONYM,
            article,
            lead,
            synonym,
            key=(synonym,),
            subject=article.title,
            value=synonym,
        )


def _sign_name(match: re.Match[str]) -> str:
    words = [word.strip("'") for word in match.group("name").split()]
    while words and _NOT_A_SIGN_NAME.match(words[0]):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else ""


def _listed_signs(article: Article) -> Iterator[tuple[Section, str, str]]:
    """(section, sign name, its line) for list entries "CSF cleft sign: a rim of CSF …"."""
    for unit in iter_lists(article):
        for item in _walk(unit.block.items):
            name, detail = split_label(item.text)
            match = _SIGN.fullmatch(name)
            if match and detail and (sign := _sign_name(match)):
                yield unit.section, sign, item.text


def _walk(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    """Every entry of a list, children after their parent."""
    for item in items:
        yield item
        yield from _walk(item.children)


def extract_signs(article: Article) -> Iterator[Fact]:
    """Named signs in prose, with the sentence that says what they show, and signs listed
    as "name sign: what it shows"."""
    for section, name, line in _listed_signs(article):
        yield make_fact(
            FactKind.SIGN,
            article,
            section,
            line,
            key=(name,),
            subject=article.title,
            item=name,
            value=name,
            statement=line,
        )
    for sentence in iter_sentences(article):
        for match in _SIGN.finditer(sentence.text):
            name = _sign_name(match)
            if not name or name.lower().startswith(("signs ", "sign ")):
                continue
            yield make_fact(
                FactKind.SIGN,
                article,
                sentence.section,
                sentence.text,
                key=(name,),
                subject=article.title,
                item=name,
                value=name,
                statement=sentence.text,
            )


def extract_definition(article: Article) -> Iterator[Fact]:
    """The lead's first sentence when it defines the title ("X is/are/represents …")."""
    lead_sentences = [s for s in iter_sentences(article) if not s.section.heading]
    if not lead_sentences:
        return
    first = lead_sentences[0]
    match = _DEFINING_VERB.match(first.text)
    if not match or first.text.rstrip().endswith(":"):
        return  # a sentence that only introduces a list defines nothing by itself
    term = match.group("term")
    title_words = set(article.title.lower().split()[:1])
    if not title_words & set(term.lower().split()):
        return
    yield make_fact(
        FactKind.DEFINITION,
        article,
        first.section,
        first.text,
        key=("definition",),
        subject=article.title,
        value=match.group("phrase").strip(),
        item=term,
        statement=first.text,
    )
