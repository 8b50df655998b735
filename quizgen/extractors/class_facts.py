"""What every class reader shares: the fact a class becomes, the name of the scheme a
sentence names, and the condition a sentence's classes belong to."""

from __future__ import annotations

import re

from quizgen.extractors.class_sentence_runs import label_led
from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.relations import TYPES
from quizgen.extractors.text import Sentence, leading_subject, make_fact, same_name
from quizgen.model import Article, Fact, FactKind, Section

__all__ = ["BARE_ANAPHOR", "class_fact", "name_of", "sentence_owner"]

# "The Stanford classification", "the ACR TI-RADS system", "the Huang and Tseng
# classification": the classification's own name, two eponyms joined by "and" one name.
_CLASSIFICATION_NAME = re.compile(
    r"\b(?:the\s+)?(?:(?:older|newer|modified|revised)\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]{0,30}\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,3}"
    r"(?:classification|system|criteria|grading|staging))\b"
)


def name_of(text: str) -> str:
    """The classification a text names ("the Stanford classification"), or ""."""
    match = _CLASSIFICATION_NAME.search(text)
    # "The Japanese classification" at a sentence's start: the article is no part of the
    # name, and "The classification" names none
    name = re.sub(r"^The\s", "", match.group("name").strip()) if match else ""
    return name if " " in name else ""


def class_fact(
    article: Article,
    section: Section,
    source: str,
    *,
    item: str,
    value: str,
    name: str,
    statement: str = "",
    subject: str = "",
    group: str = TYPES,
) -> Fact:
    """One class of ``subject`` (the title by default): its label, what defines it and the
    scheme's name."""
    return make_fact(
        FactKind.ASSOCIATION,
        article,
        section,
        source,
        key=(group, item),
        subject=subject or article.title,
        group=group,
        item=item,
        value=value,
        attribute=name,
        statement=statement,
    )


# "The anomaly", "this disease": one bare noun after "the" or "this" points back to what the
# article is about; it names no other condition.
BARE_ANAPHOR = re.compile(r"^(?:the|this)\s[a-z-]{3,30}$", re.I)


def sentence_owner(sentence: Sentence, article: Article) -> str:
    """The condition a sentence opens on ("Ovarian teratomas are divided into …" names the
    wider class, not the title's one kind), else the title."""
    lead = leading_subject(sentence.resolved)
    found = re.sub(r"^(?:the|an?)\s+", "", lead, flags=re.I)
    if BARE_ANAPHOR.match(lead) or label_led(found):
        # "The anomaly is divided into …": the page's own condition; "Type A cysts have …":
        # a class, not what is classed
        return article.title
    if found and is_condition_name(found) and not same_name(found, article.title):
        return found
    return article.title
