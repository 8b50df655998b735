"""Classes of a classification stated outside a bulleted list, as ASSOCIATION facts of group
"types" (one per class, ``item`` the class, ``value`` what defines it, ``attribute`` the
classification's name when the text gives it), keyed as the list extractor keys them so the
same class read from a list and from these shapes is one fact:

- "Label: definition" lines under an intro or heading that names classes (a plain-text page,
  whose lists became lines): "The DeBakey classification is based on extent:" then
  "DeBakey type I: originates in the ascending aorta";
- a counted run of names after a colon: "four diagnostic categories: A, B, C and D";
- a list introduced as the recognised patterns of the disease ("The following morphological
  patterns are recognised:"), which the list extractor does not take for classes;
- classes named by a label in brackets, or a label with its meaning in brackets, in a
  sentence about classes: "separates typical (class 1) from atypical (class 2) disease",
  "five categories ranging from TR1 (benign) to TR5 (highly suspicious)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import split_noun_phrases
from quizgen.extractors.relations import TYPES
from quizgen.extractors.text import (
    iter_lists,
    iter_sentences,
    make_fact,
    split_label,
    split_sentences,
)
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section

__all__ = ["extract_classifications"]

MAX_CLASS_WORDS = 6  # a class is named in a few words ("type II", "tall cell variant")
_CLASS_NOUNS = (
    r"types|subtypes|forms|variants|classes|categories|grades|stages|groups|patterns|"
    r"subgroups|phenotypes"
)
# An intro or heading that announces classes ("Grading", "Variants", "is divided into").
_NAMES_CLASSES = re.compile(
    rf"\b(?:classif\w*|grading|staging|(?:sub)?divided|divides|{_CLASS_NOUNS})\b", re.I
)
# "The Stanford classification", "the ACR TI-RADS system": the classification's own name.
_CLASSIFICATION_NAME = re.compile(
    r"\b(?:the\s+)?(?:(?:older|newer|modified|revised)\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]{0,30}\s+){1,3}(?:classification|system|criteria|grading|staging))\b"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "four diagnostic categories: A, B, C and D" (at most two words between count and noun).
_COUNTED = re.compile(
    rf"\b(?P<count>two|three|four|five|six|seven|[2-9])\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_CLASS_NOUNS})\s*:\s*",
    re.I,
)
# "typical (class 1)": a one-word name (the word before it is most often a verb), then its
# label in brackets.
_NAME_THEN_LABEL = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z][\w-]{0,40})\s\("
    r"(?P<label>(?:class|type|grade|stage|category|group)\s(?:[0-9]{1,2}|[IVX]{1,4})[a-c]?)\)",
    re.I,
)
# "TR1 (benign)", "BI-RADS 4 (suspicious, …)": a coded label, then its meaning in brackets.
_LABEL_THEN_MEANING = re.compile(
    r"(?<![\w-])(?P<label>[A-Z][A-Za-z]{0,5}(?:-[A-Z]{2,6})?[\s-]?[0-9]{1,2}[a-c]?)\s"
    r"\((?P<meaning>[a-z][a-z -]{2,40})(?:[,;][^()]{0,60})?\)"
)


# "The following patterns are recognised:", "Three phenotypes are described:".
_RECOGNISED = re.compile(
    r"\b(?:patterns|phenotypes|subgroups)\s+(?:are|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:recogni[sz]ed|described|distinguished)\s*:\s*$",
    re.I,
)


def _name_of(text: str) -> str:
    match = _CLASSIFICATION_NAME.search(text)
    return match.group("name").strip() if match else ""


def _class_fact(
    article: Article,
    section: Section,
    source: str,
    *,
    item: str,
    value: str,
    name: str,
    statement: str = "",
) -> Fact:
    return make_fact(
        FactKind.ASSOCIATION,
        article,
        section,
        source,
        key=(TYPES, item),
        subject=article.title,
        group=TYPES,
        item=item,
        value=value,
        attribute=name,
        statement=statement,
    )


def _key_value_runs(section: Section) -> Iterator[tuple[str, list[Block]]]:
    """Runs of "Label: definition" lines with the paragraph just before them ("")."""
    intro = ""
    run: list[Block] = []
    for block in (*section.blocks, None):
        if block is not None and block.kind is BlockKind.KEY_VALUE:
            run.append(block)
            continue
        if run:
            yield intro, run
            run = []
        intro = block.text if block is not None and block.kind is BlockKind.PARAGRAPH else ""


def _from_lines(article: Article) -> Iterator[Fact]:
    for section in article.sections:
        for intro, run in _key_value_runs(section):
            last = split_sentences(intro)[-1] if intro else ""
            if last and not last.rstrip().endswith(":"):
                continue  # a paragraph that does not lead into the lines says nothing of them
            if len(run) < 2 or not _NAMES_CLASSES.search(last or section.heading):
                continue
            keys = [b.key.strip() for b in run]
            if any(len(k.split()) > MAX_CLASS_WORDS or "%" in k for k in keys):
                continue
            name = _name_of(last)
            for block, key in zip(run, keys, strict=True):
                yield _class_fact(
                    article, section, block.text, item=key, value=block.value.strip(), name=name
                )


def _from_pattern_lists(article: Article) -> Iterator[Fact]:
    for unit in iter_lists(article):
        if not _RECOGNISED.search(unit.intro):
            continue
        for entry in unit.block.items:
            name, detail = split_label(entry.text)
            name = re.sub(r"\s*[:,;]?\s*[~≈<>]?\s*\d.*%.*$", "", name).strip()
            if name and len(name.split()) <= MAX_CLASS_WORDS:
                yield _class_fact(
                    article, unit.section, entry.text, item=name, value=detail.strip(), name=""
                )


def _from_sentences(article: Article) -> Iterator[Fact]:
    for sentence in iter_sentences(article):
        text = sentence.text
        if not _NAMES_CLASSES.search(text):
            continue
        name = _name_of(text)
        found: list[tuple[str, str]] = []
        for match in _COUNTED.finditer(text):
            count = match.group("count").lower()
            expected = int(count) if count.isdigit() else _COUNTS[count]
            items = split_noun_phrases(text[match.end() :])
            if len(items) == expected:
                found.extend((item, "") for item in items)
        found.extend((m.group("label"), m.group("name")) for m in _NAME_THEN_LABEL.finditer(text))
        found.extend(
            (m.group("label"), m.group("meaning").strip())
            for m in _LABEL_THEN_MEANING.finditer(text)
        )
        if len(found) < 2:
            continue  # one class alone is no classification
        for item, value in found:
            yield _class_fact(
                article, sentence.section, text, item=item, value=value, name=name, statement=text
            )


def extract_classifications(article: Article) -> Iterator[Fact]:
    """One fact per class named outside a bulleted list (see the module's docstring)."""
    yield from _from_lines(article)
    yield from _from_pattern_lists(article)
    yield from _from_sentences(article)
