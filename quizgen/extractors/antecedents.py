"""What a condition follows: "Secondary cysts follow trauma, meningitis or surgery",
"Post-infectious bronchiectasis, following childhood pneumonia or measles, is …". The verb
"follow" with a condition as its subject names the events it arises after, its causes.

The clause reader does not take "follow" for a verb, so the sentence's opening is read here:
a noun phrase whose head names a condition (a closed set of endings and nouns, or a word of
the article's own name), then "follows" or an aside ", following …,".
"""

from __future__ import annotations

import re

from quizgen.extractors.clauses import is_condition_name, same_name, split_noun_phrases
from quizgen.extractors.text import ADJECTIVE_ENDING
from quizgen.model import Article

__all__ = ["followed_events"]

_OPENING = r"(?P<own>[A-Z][\w'’-]{1,30}(?:\s(?:[\w'’-]{1,30}|\([^()]{1,30}\))){0,5}?)"
_ADVERB = r"(?:(?:usually|often|typically|commonly|classically|mostly|sometimes|may|can)\s+)?"
# ", by contrast,": a sentence adverb between the subject and its verb (a closed class)
_INTERPOSED = r"(?:,\s(?:by\s+contrast|in\s+contrast|however|conversely|in\s+turn|too),)?"
# "X follows A and B", "X may follow A", "X, by contrast, may follow A": the verb straight
# after the opening phrase.
_FOLLOWS = re.compile(
    rf"^{_OPENING}{_INTERPOSED}\s+{_ADVERB}follows?\s+(?P<members>[^;:]{{3,300}})$"
)
# "X, following A, B or C, is …": an aside between the subject and its verb.
_FOLLOWING_ASIDE = re.compile(
    rf"^{_OPENING},\s+{_ADVERB}following\s+(?P<members>[^;:]{{3,200}}?),\s+"
    r"(?:is|are|was|were|has|have|may|can|occurs?|develops?|accounts?)\b"
)
# What "follows" also says that is no cause: a course, a pattern, a path, a rule.
_NO_EVENT = re.compile(
    # ("a fairly stereotyped course": an adverb and an adjective before the noun)
    r"^(?:the|that|those|its|their|this|these|a\s+(?:[\w-]+\s+){0,2}(?:course|pattern|path|"
    r"distribution|rule|law|sequence|trajectory))\b",
    re.I,
)
# ", for example from hot liquids," ", e.g. …,": an example inside the list, not a member.
_EXAMPLE_ASIDE = re.compile(r",\s+(?:for\s+example|for\s+instance|e\.g\.|such\s+as)\s[^,;:]{1,80},")
# Where the members end: a clause of its own (", and are …", ", which …").
_CLAUSE_AFTER = re.compile(
    # ", and blood cultures are often negative": a clause of its own, a few words on
    r",?\s+(?:and|but)\s+(?:[\w-]{1,20}\s+){0,3}?(?:is|are|was|were|has|have|may|can)\b"
    r"|,?\s+(?:and|but)\s+(?:its|it|they|their)\b"
    r"|,\s*(?:which|who|where|whereas|while|although)\b",
    re.I,
)
_PARENTHESES = re.compile(r"\s*\([^()]{0,60}\)")


def followed_events(article: Article, text: str) -> tuple[str, list[str]]:
    """(subject, events) for a sentence whose condition "follows" events; ("", []) when the
    sentence is not one."""
    if "follow" not in text:
        return "", []
    match = _FOLLOWS.match(text) or _FOLLOWING_ASIDE.match(text)
    if match is None:
        return "", []
    own = match.group("own")
    names = (article.title, *article.synonyms)
    bare = _PARENTHESES.sub("", own)
    if not (is_condition_name(bare) or _shares_a_name_word(bare, names)):
        return "", []
    members = _EXAMPLE_ASIDE.sub("", match.group("members").rstrip(" ."))
    members = _CLAUSE_AFTER.split(members, maxsplit=1)[0]
    if _NO_EVENT.match(members):
        return "", []
    items = [_PARENTHESES.sub("", m).strip() for m in split_noun_phrases(members)]
    return _subject(bare, article), [i for i in items if i]


def _subject(own: str, article: Article) -> str:
    """The title when ``own`` names it; "Secondary cysts" in "Arachnoid cyst" is a kind of
    the title, "Secondary arachnoid cyst"; else ``own`` as written."""
    names = (article.title, *article.synonyms)
    if any(same_name(own, n) for n in names):
        return article.title
    *modifiers, head = own.split()
    title_words = article.title.split()
    title_words_lower = {w.lower() for w in title_words}
    if (
        modifiers
        and head.lower().rstrip("s") == title_words[-1].lower().rstrip("s")
        and not {m.lower() for m in modifiers} & title_words_lower
    ):
        return " ".join([modifiers[0].capitalize(), *modifiers[1:], _title_inside(article)])
    return own


def _title_inside(article: Article) -> str:
    """The title inside a phrase: "arachnoid cyst", but "Madelung deformity" keeps the
    capital of a word the article never writes in small letters (a person's name)."""
    first = article.title.split(maxsplit=1)[0]
    lowered = first.lower()
    small = re.compile(rf"\b{re.escape(lowered)}")  # "hydroceles" writes "hydrocele"
    written_small = any(
        lowered in block.text and small.search(block.text)
        for section in article.sections
        for block in section.blocks
    )
    adjective = _ADJECTIVE_ENDING.search(first) is not None  # "Pleural", "Renal": no name
    keep = not written_small and not adjective
    return article.title if keep else article.title[:1].lower() + article.title[1:]


_ADJECTIVE_ENDING = re.compile(rf"{ADJECTIVE_ENDING}$", re.I)


def _shares_a_name_word(phrase: str, names: tuple[str, ...]) -> bool:
    """ "Secondary (acquired) cysts" in the arachnoid cyst article: a kind of the subject."""
    head = phrase.lower().split()[-1].rstrip("s")
    return any(head == word.lower().rstrip("s") for n in names for word in n.split())
