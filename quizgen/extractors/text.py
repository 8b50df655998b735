"""Shared text tools for extractors: walking an Article, sentences, numbers, fact building."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.model import (
    Article,
    Block,
    BlockKind,
    Fact,
    FactKind,
    Section,
    SourceRef,
    make_fact_id,
)

__all__ = [
    "PERCENT",
    "ListUnit",
    "Sentence",
    "iter_lists",
    "iter_sentences",
    "make_fact",
    "mask_numbers",
    "normalise_value",
    "resolve_pronoun",
    "split_label",
    "split_sentences",
]

# A percentage with its qualifier as written: "~90%", "approximately 90 %", "10-20%", "up to 5%".
PERCENT = re.compile(
    r"(?P<value>(?:(?:approximately|approx\.|about|around|roughly|nearly|almost|up to|over|"
    r"more than|less than|fewer than|at least|as many as|~|≈|<|>|≤|≥)\s*)?"
    r"\d+(?:\.\d+)?\s*(?:%|(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*%)))",
    re.I,
)
_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|approx|cf|fig|figs|no|ca|resp)\.)$", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[\"'])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with the section it is in and the paragraph it came from."""

    text: str
    section: Section
    paragraph: str


@dataclass(frozen=True, slots=True)
class ListUnit:
    """A list block with the sentence that introduces it (the paragraph just before)."""

    section: Section
    block: Block
    intro: str


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations such as "e.g." do not end one."""
    parts = _SENTENCE_END.split(text)
    sentences: list[str] = []
    for part in parts:
        if sentences and _ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


def iter_sentences(article: Article) -> Iterator[Sentence]:
    """Every sentence of every paragraph, in article order."""
    for section in article.sections:
        for block in section.blocks:
            if block.kind is BlockKind.PARAGRAPH:
                for sentence in split_sentences(block.text):
                    yield Sentence(sentence, section, block.text)


def iter_lists(article: Article) -> Iterator[ListUnit]:
    """Every list block with its introducing paragraph ("" when none directly precedes it)."""
    for section in article.sections:
        previous: Block | None = None
        for block in section.blocks:
            if block.kind is BlockKind.LIST:
                intro = previous.text if previous and previous.kind is BlockKind.PARAGRAPH else ""
                yield ListUnit(section, block, split_sentences(intro)[-1] if intro else "")
            previous = block


_IMAGING_HEADING = re.compile(
    r"\b(?:radiograph\w*|x-ray|CT\w*|MRI?|ultraso\w+|sonograph\w*|scan\w*|scintigraph\w*|"
    r"angiograph\w*|PET|nuclear|imaging|echocardiograph\w*|fluoroscop\w*|mammograph\w*)\b",
    re.I,
)
_LEADING_PRONOUN = re.compile(
    r"^(?:They|It|These|This)\s+(?=(?:are|is|was|were|must|may|can|have|has|occur|typically|usually|often|commonly)\b)"
)


def resolve_pronoun(sentence: str, subject: str, section: Section | None = None) -> str:
    """ "They are more frequent …" → "<subject> are more frequent …" (a card never opens on a
    bare pronoun, C2). Not under an imaging heading, where "It is normal in ~12%" means the
    radiograph, not the disease: there the pronoun stays, and C2 drops the card. The source
    text itself is kept exact elsewhere."""
    if section is not None and _IMAGING_HEADING.search(section.path):
        return sentence
    return _LEADING_PRONOUN.sub(f"{subject} ", sentence, count=1)


_PARENTHETICAL = re.compile(r"\([^()]*\)")
LABEL_WORDS = 6  # a list entry's name before ": detail" is short (parentheses not counted)


def split_label(text: str) -> tuple[str, str]:
    """ "name: detail" → ("name", "detail") when the name is a short label;
    "solitary fibrous tumour (previously haemangiopericytoma): lobulated" splits too, as
    words in parentheses do not count; prose with a colon stays whole: (text, "")."""
    name, sep, detail = text.partition(": ")
    words = re.findall(r"[\w'-]+", _PARENTHETICAL.sub("", name))
    if sep and detail.strip() and len(words) <= LABEL_WORDS:
        return name.strip(), detail.strip()
    return text.strip().rstrip(":").strip(), ""


def mask_numbers(text: str) -> str:
    """The text with every number replaced by "#": a key that survives corrected values."""
    return _NUMBER.sub("#", text)


def normalise_value(value: str) -> str:
    """Tidy a figure for display: "22 %" → "22%", "10 - 20%" → "10-20%"; words kept."""
    value = re.sub(r"(\d)\s+%", r"\1%", value.strip())
    value = re.sub(r"(\d)\s*[-–]\s*(\d)", r"\1-\2", value)
    return re.sub(r"\s+", " ", value)


def make_fact(
    kind: FactKind,
    article: Article,
    section: Section,
    source_text: str,
    *,
    key: tuple[str, ...],
    subject: str,
    value: str,
    item: str = "",
    attribute: str = "",
    group: str = "",
    statement: str = "",
) -> Fact:
    """A Fact with its id made from ``key`` (which names the fact, never its value)."""
    return Fact(
        id=make_fact_id(kind, article.slug, *key),
        kind=kind,
        subject=subject,
        value=value,
        item=item,
        attribute=attribute,
        group=group,
        statement=resolve_pronoun(statement, article.title, section),
        source=SourceRef(
            article=article.slug, title=article.title, section=section.path, text=source_text
        ),
    )
