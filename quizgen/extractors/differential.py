"""Differential diagnoses, with the finding they are for and their sub-groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, iter_clauses, split_noun_phrases
from quizgen.extractors.text import (
    LABEL_WORDS,
    PERCENT,
    ListUnit,
    iter_lists,
    make_fact,
    split_label,
)
from quizgen.model import Article, Fact, FactKind, ListItem
from quizgen.normalize import is_catch_all, same_name

__all__ = ["extract_differentials", "extract_prose_differentials"]

# "For extradural lesions consider:", "The differential diagnosis of X includes:"
# "For X" names the finding the list is for; "In X" (a cirrhotic liver, children) names a
# setting, so the list is the differential of the article's subject in that setting.
_FOR_CONSIDER = re.compile(
    r"^(?P<preposition>for|in)\s+(?P<subject>.+?)\s*,?\s+"
    r"(?:consider|think of|the differential\b.*)",
    re.I,
)
_DIFFERENTIAL_OF = re.compile(
    r"differential(?:\s+diagnos[ie]s)?\s+(?:of|for)\s+(?P<subject>.+?)\s+(?:includes?|is|are)\b",
    re.I,
)
_CONSIDER = re.compile(r"\b(?:consider|differential)\b", re.I)  # not "considered"
_DIFFERENTIAL_HEADING = re.compile(r"differential", re.I)
# A parent that only sorts its children ("if diffuse", "when solitary") is not a diagnosis.
_CONDITION = re.compile(r"^(?:if|when|in|with|for|on)\s", re.I)
# An entry whose children are its features or signs, not diagnoses in their own right.
_DESCRIBED = re.compile(
    r"\b(?:features?|findings?|signs?|appearances?|characteristics|criteria)\b\)?\s*:?$", re.I
)
_WORD = re.compile(r"[\w'-]+")
_NESTED = re.compile(r"\([^()]*\)")
_PARENTHESES = re.compile(r"\s{0,3}\((?:see also|see)[^)]{0,200}\)", re.I)


def _subject(unit: ListUnit, article: Article) -> str:
    intro = _PARENTHESES.sub("", unit.intro).strip().rstrip(":").strip()
    setting = _FOR_CONSIDER.match(intro)
    if setting and setting.group("preposition").lower() == "in":
        return f"{article.title} in {setting.group('subject').strip()}"
    match = setting or _DIFFERENTIAL_OF.search(intro)
    if match:
        return match.group("subject").strip()
    if _DIFFERENTIAL_HEADING.search(unit.section.path) or _CONSIDER.search(intro):
        return article.title
    return ""


def _members(items: tuple[ListItem, ...], group: str) -> Iterator[tuple[str, str, str, str]]:
    """(item, detail, group, source line) for each diagnosis, depth-first. Children of an
    entry that announces features ("cholangiocarcinoma (LR-M features)") describe it: they
    become its detail, not diagnoses of their own."""
    for item in items:
        name, detail = split_label(item.text)
        children = item.children
        if children and _DESCRIBED.search(name):
            described, children = children, ()
        else:
            described = tuple(child for child in children if _describes(child))
            children = tuple(child for child in children if not _describes(child))
        if described:
            features = "; ".join(child.text for child in described)
            detail = "; ".join(part for part in (detail, features) if part)
        if not (children and _CONDITION.match(name)):
            yield name, detail, group, item.text
        if children:
            yield from _members(children, name)


def _describes(child: ListItem) -> bool:
    """A nested entry that describes its parent ("typically diaphyseal, permeative and
    lytic") rather than naming a diagnosis: longer than a name or a clause with a comma."""
    name = _NESTED.sub("", split_label(child.text)[0])
    return not child.children and (len(_WORD.findall(name)) > LABEL_WORDS or ", " in name)


def _lists_shares(items: tuple[ListItem, ...]) -> bool:
    """A list whose entries mostly carry a share ("pleomorphic adenoma 60%") is a frequency
    list wherever it stands, even under "Differential diagnosis": the frequency extractor
    reads it."""
    with_share = sum(bool(PERCENT.search(item.text)) for item in items)
    return with_share >= 2 and 2 * with_share >= len(items)


def _is_diagnosis(name: str, subject: str, article: Article) -> bool:
    """ "others", "unknown" close a list; the article's subject is no differential of itself
    (nor of itself in a setting)."""
    if is_catch_all(name):
        return False
    return not any(same_name(name, own) for own in (subject, article.title, *article.synonyms))


def extract_differentials(article: Article) -> Iterator[Fact]:
    """One fact per diagnosis in a "for X consider:" list or a differential section."""
    for unit in iter_lists(article):
        subject = _subject(unit, article)
        if not subject or _lists_shares(unit.block.items):
            continue
        for name, detail, group, line in _members(unit.block.items, ""):
            if not _is_diagnosis(name, subject.split(" in ", 1)[0], article):
                continue
            yield make_fact(
                FactKind.DIFFERENTIAL,
                article,
                unit.section,
                f"{group}: {line}" if group else line,
                key=(subject, group, name),
                subject=subject,
                item=name,
                group=group,
                value=detail,
                statement=unit.intro,
            )


# --- differentials stated in prose --------------------------------------------------------

_OF = r"(?:\s+(?:for|of)\s+(?P<of>[^,;:()]{3,60}?))?"
_PROSE_DIFFERENTIAL: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bdifferentials?(?:\s+diagnos[ie]s)?(?:\s+considerations?)?"
        + _OF
        + r"\s+(?:include|includes|are|is|comprises?)\s+(?:mainly\s+|chiefly\s+)?",
        r"\bmimics?" + _OF + r"\s+(?:include|are)\s+",
        r"\b(?:distinguish(?:ed)?|differentiat(?:ed|e)|told\s+apart|separated)\s+"
        r"(?:(?:it|them|this|these)\s+)?from\s+",
        r"\b(?:confused|confusion)\s+with\s+|\bmistaken\s+for\s+",
    )
)
# "When perilymphatic nodules predominate the differential includes …": the differential is
# that finding's, named in the opening clause.
_SETTING = re.compile(
    r"^(?:when|if|where|for|with)\s+(?P<finding>[^,;]{3,60}?)\s*(?:\s(?:predominates?|dominates?|"
    r"(?:is|are)\s+(?:present|seen|found|identified|the\s+main\s+finding)))?\s*,?\s+"
    r"(?:the\s+)?(?:main\s+|chief\s+)?(?:differentials?|differential\s+diagnos[ie]s)\b",
    re.I,
)
_BY = re.compile(r"\s{1,3}(?:by|on\s+the\s+basis\s+of|because\s+of)\s{1,3}(?P<by>[^;.]{3,120})")
_NOT = re.compile(r"\b(?:not|no|never|cannot|rarely)\W+(?:\w+\W+){0,2}$", re.I)
MAX_FEATURE_WORDS = 15


def _prose_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(subject, diagnosis, what tells them apart) for each diagnosis a sentence names."""
    text = clause.rest
    for pattern in _PROSE_DIFFERENTIAL:
        for match in pattern.finditer(text):
            if _NOT.search(text[: match.start()]):
                continue
            members = text[match.end() :]
            feature = ""
            by = _BY.search(members)
            if by:
                members = members[: by.start()]
                words = by.group("by").strip().split()
                feature = " ".join(words) if len(words) <= MAX_FEATURE_WORDS else ""
            of = match.groupdict().get("of")
            # "Bland thrombus is distinguished from tumour thrombus": what the sentence opens
            # on is what is told apart, whatever the paragraph is about
            subject = clause.subject if not clause.own or clause.anaphor else clause.own
            if clause.own and same_name(clause.subject, clause.own):
                subject = clause.subject
            setting = _SETTING.match(clause.sentence.text)
            if setting and not of:
                subject = setting.group("finding").strip()
            elif clause.unclear and not of:
                continue
            if of:
                names = (article.title, *article.synonyms)
                subject = article.title if any(same_name(of, n) for n in names) else of.strip()
            for item in split_noun_phrases(members):
                if not same_name(item, subject) and not same_name(item, article.title):
                    yield subject, item, feature


def extract_prose_differentials(article: Article) -> Iterator[Fact]:
    """ "The main differentials are A, B and C", "mimics include A", "can be distinguished
    from A by B" (B becomes the fact's ``value``). A run of shares ("A 60%, B 15%") is a
    frequency list, never differentials; "other" and the subject itself are never one."""
    for clause in iter_clauses(article):
        for subject, item, feature in _prose_members(clause, article):
            yield make_fact(
                FactKind.DIFFERENTIAL,
                article,
                clause.sentence.section,
                clause.sentence.text,
                key=(subject, "", item),
                subject=subject,
                item=item,
                value=feature,
                statement=clause.sentence.text,
            )
