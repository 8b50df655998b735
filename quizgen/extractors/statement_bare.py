"""Sentences that only say how common the page's condition is, with nothing else ("Thyroid
nodules are extremely common.", "HOD is uncommon."): a blank on "common" or "rare" asks for a
vague word any condition could take, and such a sentence states no figure, group or setting
a card could teach (C1). What is rare of the condition ("Malignant transformation is rare")
is a fact and stays (``bare_frequency_of_title``)."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import same_name
from quizgen.extractors.statement_subjects import _title_abbreviations
from quizgen.model import Article

__all__ = ["bare_frequency_of_title"]

# The whole sentence: "<name> is|are [adverb] common|uncommon|rare|unusual."
_BARE_FREQUENCY = re.compile(
    r"^(?P<name>[^,;:()]{2,80}?)\s(?:is|are)\s(?:(?:very|extremely|relatively|fairly|quite|"
    r"exceedingly|rather)\s)?(?:common|uncommon|rare|unusual)\.?$",
    re.I,
)
# A name that points back to the page's condition without naming it.
_BACK_REFERENCE = re.compile(
    r"^the\s(?:condition|disease|disorder|entity|lesion|tumou?r|syndrome|anomaly|"
    r"malformation)$",
    re.I,
)
_ARTICLE = re.compile(r"^(?:the|an?)\s", re.I)


def _names_title(article: Article, name: str) -> bool:
    """Whether ``name`` is the title, a synonym, the title's abbreviation, the title's opening
    words ("Superficial siderosis" of "Superficial siderosis of the central nervous system")
    or a back reference ("The condition")."""
    if _BACK_REFERENCE.match(name):
        return True
    bare = _ARTICLE.sub("", name)
    if bare in _title_abbreviations(article):
        return True
    names = (article.title, *article.synonyms)
    if any(same_name(bare, n) for n in names):
        return True
    head = article.title.split(" of ")[0]
    return len(bare.split()) > 1 and same_name(bare, head)


def bare_frequency_of_title(article: Article, sentence: str) -> bool:
    """Whether the sentence says only that the page's condition is common or rare."""
    found = _BARE_FREQUENCY.match(sentence.strip())
    return found is not None and _names_title(article, found.group("name").strip())
