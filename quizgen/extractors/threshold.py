"""Scores, cut-offs and ranges with what they mean ("a SINS of 7-18 warrants surgery")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, iter_clauses
from quizgen.extractors.cutoffs import extract_cutoffs
from quizgen.extractors.owners import other_condition_of
from quizgen.extractors.score_points import score_point_facts
from quizgen.extractors.subgroups import opening_owner
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


_COUNT = r"\d{1,5}(?:\.\d{1,3})?"
_POPULATION_SIZE = r"\d{1,3}(?:[, \u202f]\d{3}){1,3}|\d{2,9}"
_POPULATION = (
    r"(?:\s(?:population|live\sbirths|births|deliveries|pregnancies|people|persons|"
    r"individuals|inhabitants|males|females|men|women|boys|girls|children|adults|"
    r"person-years|patient-years))?"
)
# An incidence or prevalence as a rate: "The annual incidence is approximately 3.8 per
# 100,000 males", "an estimated prevalence of 1 in 2,000-4,000 live births". The measure,
# with where or whom it counts ("prevalence in northern Europe"), is the item.
_RATE = re.compile(
    r"(?P<measure>\b(?:(?:annual|overall|estimated|reported|lifetime|crude|global|"
    r"age-adjusted|population|birth)\s){0,2}(?:incidence|prevalence)"
    r"(?:\s(?:in|among)\s(?:the\s)?[A-Za-z][\w-]{1,25}(?:\s[A-Za-z][\w-]{1,25}){0,4}?)?)"
    r"\s{1,2}(?:(?:is|was|has\sbeen|of|at|reaches|ranges\sfrom|lies|stands)\s{1,2}){0,2}"
    r"(?:(?:estimated|reported|thought|quoted|given)\s(?:at|to\sbe|as)\s)?"
    r"(?P<value>(?:(?:approximately|about|around|roughly|nearly|up\sto|between|"
    r"in\sthe\sorder\sof|~|≈)\s{0,2})?"
    rf"(?:{_COUNT}(?:\s{{0,2}}(?:-|–|to|and)\s{{0,2}}{_COUNT})?\s(?:per|/)\s(?:{_POPULATION_SIZE})"
    rf"|1\sin\s(?:{_POPULATION_SIZE})(?:\s{{0,2}}(?:-|–)\s{{0,2}}(?:{_POPULATION_SIZE})"
    rf"|\s(?:and|to)\s1\sin\s(?:{_POPULATION_SIZE}))?){_POPULATION})(?![\d,.]\d)",
    re.I,
)
# Whom a rate counts, written after it ("~3 per 100,000 in children"), and a second rate of
# the same measure for others ("and ~9 per 100,000 in adults").
_RATE_GROUP = re.compile(
    r"^\s(?P<group>(?:in|among)\s(?:the\s)?[a-z][\w-]{2,20}(?:\s[a-z][\w-]{2,20})?)(?=[,;.)]|\sand\s|$)"
)
_NEXT_RATE = re.compile(
    r"^,?\s(?:and|while|whereas|but)\s(?P<value>(?:(?:approximately|about|around|roughly|"
    rf"nearly|~|≈)\s{{0,2}})?{_COUNT}(?:\s{{0,2}}(?:-|–|to)\s{{0,2}}{_COUNT})?\s(?:per|/)\s"
    rf"(?:{_POPULATION_SIZE}){_POPULATION})(?![\d,.]\d)"
)
_MAY_RATE = re.compile(r"incidence|prevalence|survival", re.I)


def _with_groups(text: str, match: re.Match[str]) -> list[tuple[str, str]]:
    """(value, group) of a rate and of a second rate coordinated with it, each with the
    population it counts ("" when none is written)."""
    found: list[tuple[str, str]] = []
    value, end = match.group("value").strip(), match.end()
    while True:
        group = _RATE_GROUP.match(text[end:])
        found.append((value, group.group("group") if group else ""))
        end += group.end() if group else 0
        following = _NEXT_RATE.match(text[end:]) if group and len(found) < 4 else None
        if following is None:
            return found
        value, end = following.group("value").strip(), end + following.end()


_SPAN = r"\d{1,3}(?:\.\d)?(?:\s{0,2}(?:-|–|to)\s{0,2}\d{1,3}(?:\.\d)?)?"
_TIME_UNIT = r"(?:months?|years?|weeks?|days?)"
# A median or mean survival as a time: "Median transplant-free survival is roughly 12-20
# years", "a median survival of approximately 12 months (9–17 months)". A survival in per
# cent is a share, another extractor's; "five-year survival" names no time it lasts.
_SURVIVAL = re.compile(
    r"(?P<measure>\b(?:median|mean|average|expected)\s(?:[\w-]{2,25}\s){0,2}?survival"
    r"(?:\stime)?)\s{1,2}(?:(?:is|was|of|at)\s{1,2})?"
    r"(?P<value>(?:(?:only|about|approximately|roughly|around|typically|usually|generally|"
    r"now|less\sthan|more\sthan|under|over|up\sto|between|beyond|exceeds|exceeding|"
    rf"reaches|approaches|~|≈)\s{{0,2}}){{0,3}}{_SPAN}\s{{0,2}}{_TIME_UNIT}"
    rf"(?:\s\((?:range\s)?{_SPAN}\s{{0,2}}{_TIME_UNIT}\))?)(?![\w%])",
    re.I,
)


# "X is common, with a prevalence of …", "X has an incidence of …": the rate is X's.
_HAS_THE_RATE = re.compile(r"\b(?:with|has|have|had)\s(?:an?\s)?$", re.I)


def _rate_owner(clause: Clause, start: int, article: Article) -> str | None:
    """Whose rate it is: another condition the sentence sets apart ("In glioblastoma, by
    contrast, median survival is 15 months"), the kind of the subject it opens on ("ADO II
    has a prevalence of 1 in 20,000" → "<title> (ADO II)"), else the article's subject.
    None when the sentence opens on a phrase of its own that names no condition
    ``opening_owner`` knows ("Primary hyperparathyroidism is common, with a prevalence of
    …" in an article on the adenoma): giving that rate to the title teaches a wrong one."""
    names = (article.title, *article.synonyms)
    other = other_condition_of(clause.sentence.text, start, names)
    if other:
        return other
    owner = opening_owner(clause, article) if clause.subject_at(start) == clause.subject else None
    if owner is None and _HAS_THE_RATE.search(clause.sentence.text[max(0, start - 40) : start]):
        return None  # the rate is predicated of the phrase the sentence opens on
    return owner or article.title


def _rates_and_survivals(article: Article, read: set[str]) -> Iterator[Fact]:
    """Incidences and prevalences stated as rates and median survivals stated as times,
    one fact each: the measure as item, the figure as written as value."""
    for clause in iter_clauses(article):
        sentence = clause.sentence
        if sentence.text in read or not _MAY_RATE.search(sentence.text):
            continue
        found = [
            (match, value, group)
            for match in _RATE.finditer(sentence.text)
            for value, group in _with_groups(sentence.text, match)
        ]
        found += [(m, m.group("value").strip(), "") for m in _SURVIVAL.finditer(sentence.text)]
        for match, value, group in found:
            measure = match.group("measure").strip()
            measure = measure[:1].lower() + measure[1:] if measure[1:2].islower() else measure
            owner = _rate_owner(clause, match.start(), article)
            if owner is None:
                continue
            yield make_fact(
                FactKind.THRESHOLD,
                article,
                sentence.section,
                sentence.text,
                key=(measure, "rate", value),
                subject=owner,
                item=f"{measure} {group}".strip(),
                value=value,
                attribute="",
                statement=sentence.text,
            )


def extract_thresholds(article: Article) -> Iterator[Fact]:
    """Cut-offs, sizes and per-grade outcomes (``extract_cutoffs``), then, in the sentences
    left, scores and ranges followed by what they warrant or suggest ("7-18 warrants")."""
    read: set[str] = set()
    yield from extract_cutoffs(article, read)
    yield from _rates_and_survivals(article, read)
    yield from score_point_facts(article, read)
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
