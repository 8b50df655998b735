"""Scores, cut-offs and ranges with what they mean ("a SINS of 7-18 warrants surgery")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoffs import extract_cutoffs
from quizgen.extractors.text import iter_sentences, make_fact, normalise_value
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_thresholds"]

_NUMBER = r"\d{1,6}(?:\.\d{1,4})?"
_UNIT = r"(?:\s{0,3}(?:%|mm|cm|ml|mL|HU|g|kg|points?|years?|weeks?|days?|mmHg|ng/mL|mg/dL))?"
_VALUE = (
    r"(?P<value>(?:[<>≤≥]|more than|less than|greater than|at least|above|below|over|under)?"
    rf"\s{{0,3}}"
    rf"{_NUMBER}(?:\s{{0,3}}(?:-|–|to)\s{{0,3}}{_NUMBER})?{_UNIT})"
)
_CONSEQUENCE = (
    r"(?P<verb>warrants?|suggests?|indicates?|is (?:considered|regarded as|diagnostic of|"
    r"suggestive of|consistent with)|are (?:considered|diagnostic of|suggestive of)|"
    r"requires?|predicts?|favou?rs?|implies|signifies|defines?|is abnormal|is pathological)"
)
# "A score of 7-18 warrants surgical consultation", "A diameter > 3 cm suggests malignancy"
_THRESHOLD = re.compile(
    rf"(?P<subject>(?:an?\s+|the\s+)?[A-Za-z][\w -]{{1,60}}?)\s{{1,3}}"
    r"(?:of|at|is|measuring)?\s{0,3}"
    rf"{_VALUE}\s{{1,3}}{_CONSEQUENCE}\s{{1,3}}(?P<meaning>[^.;]{{1,300}})",
    re.I,
)
# What every _THRESHOLD match holds (a digit, a consequence verb): a sentence without either
# is not searched, as _THRESHOLD's lazy subject makes a failed search slow.
_DIGIT = re.compile(r"\d")
_ANY_CONSEQUENCE = re.compile(_CONSEQUENCE, re.I)


def _may_match(text: str) -> bool:
    return _DIGIT.search(text) is not None and _ANY_CONSEQUENCE.search(text) is not None


_GENERIC_SUBJECT = re.compile(r"^(?:an?\s+|the\s+)?(?:score|total|value|result)$", re.I)
# A comparator read as the measure ("less than" of "ratio: less than 0.71") is no measure.
_COMPARATOR = re.compile(
    r"(?:(?:^|\s)(?:more|less|greater|larger|smaller|higher|lower|fewer)\s+than|"
    r"(?:^|\s)(?:at least|at most|up to|above|below|over|under))"
    r"(?:\s+(?:about|approximately|around|roughly|nearly))?$"
    # a measure cut at a conjunction is half of two ("Grades 3 and" of "Grades 3 and 4")
    r"|(?:^|\s)(?:and|or)$|^(?:and|or)\s",
    re.I,
)
# A measure the lazy subject cut from the middle of a clause: "Grades 3 and" (of "Grades 3
# and 4 indicate …", a list of grades, no cut-off), "and an SUVmax above about".
_FRAGMENT = re.compile(
    r"^(?:and|or|but|whereas|while|with)\b|\b(?:and|or|about|around|approximately|roughly|"
    r"nearly|than|of|to|by)$",
    re.I,
)
_SCORE_WORD = re.compile(r"\b(?:score|scale|index|classification|criteria|grade|system)\b", re.I)
# "The spinal instability neoplastic score (SINS)", "Bosniak classification"
_NAMED_SCORE = re.compile(
    r"(?:the\s{1,3})?(?P<name>(?:(?<![\w-])[A-Za-z][\w-]{0,40}\s{1,3}){0,6}?(?:score|scale|index|classification|"
    r"criteria|grade|grading system)(?:\s{0,3}\([A-Z][\w-]{1,10}\))?)",
    re.I,
)


def _score_name(paragraph: str, before: str) -> str:
    """The named score the paragraph talks about, searched in the sentences before."""
    names = [m.group("name").strip() for m in _NAMED_SCORE.finditer(before or paragraph)]
    names = [n for n in names if len(n.split()) >= 2 or "(" in n]
    return names[-1] if names else ""


def extract_thresholds(article: Article) -> Iterator[Fact]:
    """Cut-offs, sizes and per-grade outcomes (``extract_cutoffs``), then, in the sentences
    left, scores and ranges followed by what they warrant or suggest ("7-18 warrants")."""
    read: set[str] = set()
    yield from extract_cutoffs(article, read)
    for sentence in iter_sentences(article):
        if sentence.text in read or not _may_match(sentence.text):
            continue
        match = _THRESHOLD.search(sentence.text)
        if not match:
            continue
        subject = match.group("subject").strip()
        if _GENERIC_SUBJECT.match(subject):
            before = sentence.paragraph[: sentence.paragraph.find(sentence.text)]
            subject = _score_name(sentence.paragraph, before) or ""
        measure = re.sub(r"^(?:an?|the)\s+", "", subject, flags=re.I)
        if not measure or _COMPARATOR.search(measure) or _FRAGMENT.search(measure):
            continue
        meaning = f"{match.group('verb')} {match.group('meaning').strip()}"
        # The measure is the item; a named score is its own subject, any other measure the
        # article's ("Coverage of the femoral head … of at least 50% is regarded as normal").
        subject = measure if _SCORE_WORD.search(measure) else article.title
        yield make_fact(
            FactKind.THRESHOLD,
            article,
            sentence.section,
            sentence.text,
            key=(measure, meaning),  # the id predates the measure's move to item
            subject=subject,
            item=measure,
            value=normalise_value(match.group("value")),
            attribute=meaning,
            statement=sentence.text,
        )
