"""A subject that names a kind of the article's subject by its label and a generic noun
("Type 1 disease", "Grade II tumours", "Stage 3 lesions") says nothing by itself on a card or
in the store: it becomes the title with the label ("Autoimmune pancreatitis (type 1)")."""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.model import Article, Fact

__all__ = ["name_labelled_subtypes"]

# A scheme word, a label (digits, roman numerals, one capital letter, with an optional
# sub-letter) and a noun that names no particular thing.
_LABELLED_GENERIC = re.compile(
    r"^(?:the\s)?(?P<label>(?:type|grade|stage|class|group|category)\s"
    r"(?:\d{1,2}[a-c]?|[IVX]{1,4}[a-c]?|[A-D]))\s"
    r"(?:disease|diseases|tumou?rs?|lesions?|cases?|forms?|patients|variants?)$",
    re.I,
)


def labelled_subtype(subject: str, title: str) -> str:
    """ "Type 1 disease" → "<title> (type 1)"; any other subject as it is."""
    match = _LABELLED_GENERIC.match(subject.strip())
    if match is None:
        return subject
    label = match.group("label")
    return f"{title} ({label[:1].lower()}{label[1:]})"


def name_labelled_subtypes(article: Article, facts: list[Fact]) -> list[Fact]:
    """``facts`` with every subject that is a label and a generic noun named by the title;
    ids are kept, so a reviewed fact stays the same fact."""
    named: list[Fact] = []
    for fact in facts:
        subject = labelled_subtype(fact.subject, article.title)
        named.append(fact if subject == fact.subject else replace(fact, subject=subject))
    return named
