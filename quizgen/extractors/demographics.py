"""Ages and age limits, and sex ratios, as the article states them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import iter_sentences, make_fact, mask_numbers
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_ages", "extract_sex_ratios"]

_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_AGE = re.compile(
    r"(?P<value>"
    r"(?:older|younger) than (?:the age of )?\d+(?: years)?"
    r"|(?:over|under|above|below) (?:the age of )?\d+ years"
    r"|\(?[<>≤≥]\s*\d+\s*(?:years|yrs|y)\)?"
    r"|(?:aged|age|ages) (?:of )?\d+\s*(?:-|–|to)\s*\d+(?: years)?"
    r"|between (?:the ages of )?\d+ and \d+ years"
    r"|\d+\s*(?:-|–|to)\s*\d+ years(?: of age)?"
    r"|(?:peak|mean|median|average) (?:age|incidence)[^.;]{0,25}?\d+(?:\s*(?:-|–|to)\s*\d+)?"
    r"(?:\s*years|(?:st|nd|rd|th) decades?)?"
    rf"|{_ORDINAL}(?:\s*(?:-|–|to|and|or)\s*{_ORDINAL})?\s+decades?(?: of life)?"
    r")",
    re.I,
)
_DURATION = re.compile(
    r"\b(?:after|within|latency|latent|interval|period|duration|for|over|survival|follow-up|every|"
    r"later|lasting|since)\b[^.;]*$",
    re.I,
)
_RATIO = re.compile(
    r"(?P<label>M\s*:\s*F|F\s*:\s*M|male\s*(?:-|to|:)\s*female|female\s*(?:-|to|:)\s*male)"
    r"(?:\s+ratio)?(?:\s+(?:of|is|=|approximately|about|~))*\s*"
    r"(?P<value>\d+(?:\.\d+)?\s*:\s*\d+(?:\.\d+)?)",
    re.I,
)


def extract_ages(article: Article) -> Iterator[Fact]:
    """ "older than the age of 40", "(>50 years)", "peak in the 6th decade"."""
    for sentence in iter_sentences(article):
        for match in _AGE.finditer(sentence.text):
            value = match.group("value").strip("() ")
            if _DURATION.search(sentence.text[max(0, match.start() - 60) : match.start()]):
                continue  # "a latency of 10-15 years", "within 5 years": a time, not an age
            yield make_fact(
                FactKind.AGE,
                article,
                sentence.section,
                sentence.text,
                key=(mask_numbers(sentence.text), mask_numbers(value)),
                subject=article.title,
                value=value,
                statement=sentence.text,
            )


def extract_sex_ratios(article: Article) -> Iterator[Fact]:
    """ "M:F 2:1", "a male to female ratio of 4:1"."""
    for sentence in iter_sentences(article):
        for match in _RATIO.finditer(sentence.text):
            label = match.group("label").lower().replace(" ", "")
            attribute = "M:F" if label.startswith(("m", "male")) else "F:M"
            yield make_fact(
                FactKind.SEX_RATIO,
                article,
                sentence.section,
                sentence.text,
                key=(mask_numbers(sentence.text), attribute),
                subject=article.title,
                attribute=attribute,
                value=re.sub(r"\s+", "", match.group("value")),
                statement=sentence.text,
            )
