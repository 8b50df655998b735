"""Frequencies (the parts of a whole, each with its share) and single percentages in prose."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import (
    PERCENT,
    iter_lists,
    iter_sentences,
    make_fact,
    mask_numbers,
    normalise_value,
    split_label,
)
from quizgen.model import Article, Fact, FactKind, ListItem, Section
from quizgen.normalize import numbers_in

__all__ = ["extract_frequencies", "extract_percentages", "group_from_intro"]

# "breast: 22%", "vertebral metastases (94%)", "lung 15%" — the share ends the item.
_ITEM_SHARE = re.compile(rf"^(?P<item>.+?)\s*(?::|\(|,|–|-)?\s*{PERCENT.pattern}\s*\)?\s*$", re.I)
# "X (94%), Y (5%) and Z (1%)" inside a sentence.
_INLINE_SHARE = re.compile(
    rf"(?P<item>[A-Za-z][\w'/ -]{{1,60}}?)\s*\(\s*{PERCENT.pattern}\s*\)", re.I
)
_GROUP_VERB = re.compile(
    r"^(?P<group>.+?)\s+(?:include|includes|included|are|is|comprise|comprises|consist of|"
    r"can be divided into|are divided into)\b",
    re.I,
)
_ANY_OF_THE_FOLLOWING = re.compile(
    r"(?:refer to|involving|involve|affect|affecting)\s+(?P<group>.+?)\s+"
    r"(?:to|in|of|involving|affecting)\s+any of the following",
    re.I,
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def group_from_intro(intro: str, section: Section, article: Article) -> str:
    """Name the whole a list divides, from the sentence that introduces it.

    "Primaries include:" → "primaries"; "... refer to metastatic disease to any of the
    following:" → "metastatic disease"; else the section heading or the article title.
    """
    sentence = intro.strip().rstrip(":").strip()
    match = _ANY_OF_THE_FOLLOWING.search(sentence) or _GROUP_VERB.match(sentence)
    group = match.group("group") if match else ""
    group = _LEADING_ARTICLE.sub("", group).strip(" ,")
    if not group or len(group.split()) > 12:
        group = section.heading or article.title
    first_word = group.split()[0] if group.split() else ""
    # Lower-case a sentence-initial common word ("Primaries"), never a name ("Erdheim-Chester").
    if first_word[:1].isupper() and first_word[1:] == first_word[1:].lower():
        return group[:1].lower() + group[1:]
    return group


def _share(item: ListItem) -> tuple[str, str] | None:
    match = _ITEM_SHARE.match(item.text)
    if not match:
        return None
    name = match.group("item").strip(" :,(–-")
    label, detail = split_label(name)
    if detail:  # "dyspnoea: the most common symptom, present in ~75%": the label is the part
        name = label
    if not name or len(name.split()) > 8:
        return None
    return name, normalise_value(match.group("value"))


def _share_lists(items: tuple[ListItem, ...]) -> Iterator[tuple[tuple[ListItem, ...], str]]:
    """Sibling lists (at any depth) in which at least two items carry a share."""
    if sum(_share(item) is not None for item in items) >= 2:
        yield items, ""
    for item in items:
        for nested, parent in _share_lists(item.children):
            yield nested, parent or item.text  # the nearest parent names the whole


_WHOLE = 110.0  # shares of one whole add up to about 100 % at most (rounding, "~")


def _parts_of_a_whole(items: tuple[ListItem, ...]) -> bool:
    """Whether the shares can divide one whole: symptoms "in 75 %", "in 45 %" … of patients
    or sensitivities add up to far more, and "which accounts for 75 %?" would be false."""
    total = 0.0
    for item in items:
        share = _share(item)
        if share is not None and (numbers := numbers_in(share[1])):
            total += sum(numbers[:2]) / len(numbers[:2])  # a range counts as its middle
    return total <= _WHOLE


def _item_percentages(
    article: Article, section: Section, items: tuple[ListItem, ...]
) -> Iterator[Fact]:
    """Each share of a list that is no whole, as a percentage of its own line."""
    for item in items:
        if (share := _share(item)) is not None:
            yield _percentage(article, section, item.text, share[1])


def _percentage(article: Article, section: Section, text: str, value: str) -> Fact:
    """A percentage stated by one sentence or line."""
    return make_fact(
        FactKind.PERCENTAGE,
        article,
        section,
        text,
        key=(mask_numbers(text),),
        subject=article.title,
        value=value,
        statement=text,
    )


def extract_frequencies(article: Article) -> Iterator[Fact]:
    """Parts of a whole with their shares, from lists and from "X (94%), Y (5%)" prose."""
    for unit in iter_lists(article):
        for items, parent in _share_lists(unit.block.items):
            if not _parts_of_a_whole(items):
                yield from _item_percentages(article, unit.section, items)
                continue
            # A parent "conventional osteosarcoma: ~75% of all" names the whole by its label.
            group = split_label(parent)[0] or group_from_intro(unit.intro, unit.section, article)
            for item in items:
                share = _share(item)
                if share is None:
                    continue
                name, value = share
                yield make_fact(
                    FactKind.FREQUENCY,
                    article,
                    unit.section,
                    item.text,
                    key=(article.title, group, name),
                    subject=article.title,
                    group=group,
                    item=name,
                    value=value,
                    statement=unit.intro,
                )
    for sentence in iter_sentences(article):
        matches = list(_INLINE_SHARE.finditer(sentence.text))
        if len(matches) < 2:
            continue
        group = group_from_intro(sentence.text[: matches[0].start()], sentence.section, article)
        for match in matches:
            name = re.sub(r"^(?:and|or|with|in|the)\s+", "", match.group("item").strip(" ,"))
            yield make_fact(
                FactKind.FREQUENCY,
                article,
                sentence.section,
                sentence.text,
                key=(article.title, group, name),
                subject=article.title,
                group=group,
                item=name,
                value=normalise_value(match.group("value")),
                statement=sentence.text,
            )


def extract_percentages(article: Article) -> Iterator[Fact]:
    """A sentence with exactly one percentage: "~90% of spinal neoplasms are metastatic"."""
    for sentence in iter_sentences(article):
        matches = list(PERCENT.finditer(sentence.text))
        if len(matches) != 1 or sentence.text.rstrip().endswith(":"):
            continue
        if len(sentence.text.split()) < 5:
            continue  # a fragment has no subject to ask about
        value = normalise_value(matches[0].group("value"))
        yield _percentage(article, sentence.section, sentence.text, value)
