"""What a naming sentence is about: the thing it names, not the page's title.

"Kessler contracture is named after Anton Kessler, who described it in 1902" on a page about a
fracture is a fact of Kessler contracture; "The term pelvic congestion was introduced by
Taylor in 1949" is one of the term it introduces. The subject of "is named after" and the term
of "The term X was introduced (coined, first used, described) by" is what the person named.
A subject that only points back to the page's matter ("The condition is named after …", "The
tumour was described by …") is the title, and ``statement_subjects`` reads it as such.
"""

from __future__ import annotations

import re

from quizgen.extractors.clauses import same_name
from quizgen.model import Article

__all__ = ["namesake", "namesake_subject"]

# "The term pelvic congestion (syndrome) was introduced by …", "The term "X" was coined by …"
_TERM_INTRODUCED = re.compile(
    r"^The\s(?:term|name|eponym)\s[\"“']?(?P<name>[^\"”',;:()]{3,60}?)[\"”']?"
    r"(?:\s\([^()]{1,60}\))?\s(?:was|is|were)\s(?:(?:first|originally|later)\s)?"
    r"(?:introduced|coined|proposed|first\sused|used\sfirst)\sby\b",
)
# "Kessler contracture is named after …", "The Ortner notch was named in honour of …"
_NAMED_AFTER = re.compile(
    r"^(?:The\s)?(?P<name>[\w'’-]{2,40}(?:\s[\w'’-]{2,40}){0,4}?)\s(?:is|are|was|were)\s"
    r"(?:(?:also|eponymously|so)\s)?named\s(?:after|in\shonou?r\sof|for)\s",
)
# A subject that names no thing of its own: the page's matter by its class noun.
_POINTS_BACK = re.compile(
    r"^(?:this|these|its|their|it|they|condition|disease|disorder|syndrome|entity|lesion|"
    r"lesions|tumou?rs?|anomaly|malformation|sign|finding|procedure|term|name|eponym)$",
    re.I,
)


def namesake(sentence: str) -> str:
    """The thing a naming sentence names ("" when it is no such sentence, or names the page's
    matter only by a class noun)."""
    found = _TERM_INTRODUCED.match(sentence) or _NAMED_AFTER.match(sentence)
    if found is None:
        return ""
    name = found.group("name").strip()
    return "" if _POINTS_BACK.match(name) else name


def namesake_subject(article: Article, sentence: str) -> str:
    """The thing a naming sentence names when it is not the page's own matter (its title or
    a synonym); "" otherwise."""
    name = namesake(sentence)
    if not name or any(same_name(name, n) for n in (article.title, *article.synonyms)):
        return ""
    return name
