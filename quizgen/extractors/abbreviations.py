"""The abbreviations an article defines, and the names facts give with them.

Articles define an abbreviation once, in brackets after the words it stands for ("cystic
fibrosis (CF)"), and then write it alone ("CF is the most common cause …"). A fact whose
subject or item is such a bare abbreviation is unclear on a card and hides what it names, so
every fact passes through ``resolve_names`` once (in ``extract_facts``): a bare abbreviation
that the article defined before the fact's text becomes "cystic fibrosis (CF)"; the
abbreviation of the article's own title becomes the title. Nothing is expanded that the
article did not define, or defined only after the fact's text, or defined in two ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from quizgen.extractors.prose_synonyms import names_article
from quizgen.model import Article, BlockKind, Fact, ListItem
from quizgen.phrases import initials_match

# "cystic fibrosis (CF)", "(ABCs)", "(abbreviated PSC)": two or more capitals among at most
# ten letters, digits or hyphens, an optional plural s.
# ("micturating cystourethrogram (MCUG, also called VCUG)": another name may follow a comma)
_DEFINED = re.compile(
    r"\(\s?(?:abbreviated(?:\sas)?\s)?(?P<abbr>[A-Z][A-Za-z0-9-]{1,9}?)s?\s?(?:\)|[,;]\s(?=[a-z]))"
)
_WORDS_BEFORE = 8  # an expansion is at most this many words before its bracket
_MINOR = frozenset({"of", "the", "and", "in", "with", "a", "an", "to", "for", "on", "or"})
_MARKUP = re.compile(r"[*_`\"“”]")


@dataclass(frozen=True, slots=True)
class Definition:
    """One abbreviation: the words it stands for, and where in the article it was defined
    (an offset into the article's body texts joined in order)."""

    abbreviation: str
    expansion: str
    offset: int


def _texts(items: tuple[ListItem, ...]) -> Iterator[str]:
    for item in items:
        yield item.text
        yield from _texts(item.children)


def body_texts(article: Article) -> Iterator[str]:
    """Every paragraph, list entry and key-value line of the body, in article order."""
    for section in article.sections:
        for block in section.blocks:
            if block.kind is BlockKind.LIST:
                yield from _texts(block.items)
            else:
                yield block.text


def _expansion(before: str, abbreviation: str) -> str:
    """The fewest words just before a bracket whose initials spell the abbreviation, as
    written ("bronchiectasis from cystic fibrosis" → "cystic fibrosis" for CF); "" if none."""
    words = _MARKUP.sub("", before).split()[-_WORDS_BEFORE:]
    for start in range(len(words) - 1, -1, -1):
        if words[start].lower() in _MINOR:
            continue
        phrase = " ".join(words[start:]).strip(" ,;:")
        if initials_match(abbreviation, phrase) or initials_match(
            abbreviation, _HEAD_NOUN.sub("", phrase)
        ):
            return phrase
    return ""


# "Birt-Hogg-Dubé syndrome (BHD)": an abbreviation often leaves out the kind of condition.
_HEAD_NOUN = re.compile(r"\s(?:syndrome|disease|disorder|complex)$", re.I)


def _capitals(abbreviation: str) -> int:
    return sum(c.isupper() for c in abbreviation)


def definitions(article: Article) -> dict[str, Definition]:
    """Each abbreviation the body defines in one way, by its key (``_key``). One defined in
    two different ways is left out: which one a bare use means is a guess."""
    found: dict[str, Definition] = {}
    clashing: set[str] = set()
    offset = 0
    for text in body_texts(article):
        if "(" in text:
            for match in _DEFINED.finditer(text):
                abbreviation = match.group("abbr")
                if _capitals(abbreviation) < 2:
                    continue  # "(Ia)", "(Type)": no abbreviation
                expansion = _expansion(text[: match.start()], abbreviation)
                if not expansion:
                    continue
                key = _key(abbreviation)
                known = found.get(key)
                if known is None:
                    found[key] = Definition(abbreviation, expansion, offset + match.start())
                elif known.expansion.lower() != expansion.lower():
                    clashing.add(key)
        offset += len(text) + 1
    return {key: d for key, d in found.items() if key not in clashing}


def _key(name: str) -> str:
    """An abbreviation as looked up: without a plural s ("ABCs" is "ABC")."""
    name = name.strip()
    return name[:-1] if len(name) > 2 and name.endswith("s") and name[-2].isupper() else name


class NameResolver:
    """Turns a fact's bare abbreviation into the name the article defined for it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.defined = definitions(article)
        self._starts: list[tuple[int, str]] | None = None

    def _position(self, source_text: str) -> int:
        """Where a fact's source text ends in the body, -1 when it is not found as written."""
        if self._starts is None:
            self._starts = []
            offset = 0
            for text in body_texts(self.article):
                self._starts.append((offset, text))
                offset += len(text) + 1
        for start, text in self._starts:
            at = text.find(source_text)
            if at >= 0:
                return start + at + len(source_text)
        return -1

    def name(self, name: str, source_text: str) -> str:
        """``name`` with a bare abbreviation, defined before or in ``source_text``, spelt out:
        the title for the title's own abbreviation, else "expansion (ABBR)"."""
        definition = self.defined.get(_key(name))
        if definition is None or _key(name) != _key(definition.abbreviation):
            return name
        position = self._position(source_text)
        if position < 0 or definition.offset >= position:
            return name  # used before its definition, or not found: keep it as written
        if names_article(definition.expansion, self.article):
            return self.article.title
        return f"{definition.expansion} ({definition.abbreviation})"


def resolve_names(article: Article, facts: list[Fact]) -> list[Fact]:
    """``facts`` with every subject and item that is a bare abbreviation the article defined
    spelt out (see ``NameResolver``); ids are kept, so a reviewed fact stays the same fact."""
    resolver = NameResolver(article)
    if not resolver.defined:
        return facts
    resolved: list[Fact] = []
    for fact in facts:
        subject = resolver.name(fact.subject, fact.source.text)
        item = resolver.name(fact.item, fact.source.text) if fact.item else fact.item
        changed = (subject, item) != (fact.subject, fact.item)
        resolved.append(replace(fact, subject=subject, item=item) if changed else fact)
    return resolved
