"""Percentages in prose, each with its item, whole or measure in fields (see ``shares``);
runs that divide one whole ("70% in the head, 20% in the body, 10% in the tail") are parts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.frequency import inline_share_runs, run_owner
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.owners import (
    about_the_case,
    is_own_organ,
    measured_by,
    opens_on_pronoun,
    other_condition_of,
    treatment_owner,
)
from quizgen.extractors.shares import Share, shares_in
from quizgen.extractors.text import (
    Sentence,
    iter_sentences,
    leading_subject,
    make_fact,
    mask_numbers,
    same_name,
    split_sentences,
)
from quizgen.extractors.vocabulary import MODALITIES
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_percentages"]

# "It has a specificity of 93%": a pronoun the reader could not resolve leaves the share
# without what it is of, and the title is not it (a sign, a test, a subtype).
_PRONOUN = re.compile(r"^(?:it|they|this|these|those|them)$", re.I)


def _shares_own_organ(shares: Sequence[Share], title: str) -> bool:
    """Whether a share counts the organ the title confines its subject to: "The liver is
    the most commonly involved organ (75%), followed by the lung (15%)" on a page about a
    hepatic disease is the parent disease's spread (a hepatic cyst is always in the liver)."""
    return any(is_own_organ(s.item, title) for s in shares)


# "In a prospective study this technique", "these lesions": a phrase that points elsewhere
# or opens on a circumstance names nothing a card can ask about.
_NOT_A_NAME = re.compile(r"^(?:in|on|at|for|with|from|by|during)\s|\b(?:this|these|those)\s", re.I)
_LABEL = re.compile(r"^(?P<label>[^:;,.]{1,25}):\s(?P<rest>.+)$")


def _labelled(text: str, item: str) -> str:
    """The item with the sequence or modality its line is labelled with ("T1: hyperintense
    in about 60%" → "hyperintense on T1"); "" for an item that names nothing."""
    if not item or _NOT_A_NAME.search(item):
        return ""
    label = _LABEL.match(text)
    if label and label.group("rest").startswith(item) and sequences_in(label.group("label")):
        return f"{item} on {label.group('label').strip()}"
    return item


def _subject_of(sentence: Sentence, title: str) -> str:
    """The sentence's subject as a field holds it: the title when it names the title (in
    either number), without a leading article otherwise ("The head" → "head")."""
    noun_phrase = leading_subject(sentence.resolved)
    if noun_phrase and same_name(noun_phrase, title):
        return title
    return re.sub(r"^(?:the|a|an)\s+", "", noun_phrase, flags=re.I)


# "VHL disease is the classic association: up to 70% of affected patients develop RCC": the
# share counts those with the condition the clause before names, not the article's subject.
_OF_AFFECTED = re.compile(
    r"^\s{0,2}of\s(?:the\s)?affected\s(?:patients|individuals|people|persons|carriers|children|"
    r"adults|family\smembers|members)\b",
    re.I,
)


# "only 5% of patients with ulcerative colitis develop PSC": the share counts those with the
# named condition who go on to have the other; the condition owns the figure.
_WITH_CONDITION = re.compile(
    r"^\s{0,2}of\s(?:the\s)?(?:patients|people|individuals|persons|children|adults|men|women)"
    r"\swith\s(?P<condition>[A-Za-z][\w' -]{2,50}?)\s(?:(?:will|eventually|later|go\son\sto)\s)?"
    r"(?P<verb>develop|progress\sto|acquire|(?:are|is)\s(?:found|shown|proven|proved)\sto\shave|"
    r"harbou?r)\s(?P<what>[A-Za-z][\w' -]{1,50}?)\s{0,2}(?=[,;.(]|$)",
    re.I,
)
_GERUND = {
    "develop": "developing",
    "progress to": "progressing to",
    "acquire": "acquiring",
    "harbour": "harbouring",
    "harbor": "harboring",
}


def _with_condition(after: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """(condition, "developing X") when the share counts patients with a condition who
    develop another ("of patients with UC develop PSC"), or patients with a complaint found
    to have the article's subject ("of women with postmenopausal bleeding are found to have
    endometrial carcinoma": the complaint's yield), else None."""
    match = _WITH_CONDITION.match(after)
    if match is None:
        return None
    found_own = any(same_name(match.group("what").strip(), n) for n in names)
    if not (is_condition_name(match.group("condition")) or found_own):
        return None
    said = re.sub(r"\s+", " ", match.group("verb").lower())
    verb = _GERUND.get(said, "found to have")  # "are found to have", "are shown to have"
    return match.group("condition").strip(), f"{verb} {match.group('what').strip()}"


def _affected_owner(before: str, after: str, names: tuple[str, ...]) -> str:
    """The condition whose "affected patients" a share counts, named by the subject of the
    clause before it; "" when there is none or it is the article's own."""
    if not _OF_AFFECTED.match(after):
        return ""
    clause = re.split(r"[:;]|,\s(?:and|but|while|whereas)\s", before)
    if len(clause) < 2:
        return ""
    owner = leading_subject(clause[-2].strip())
    if not owner or not is_condition_name(owner) or any(same_name(owner, n) for n in names):
        return ""
    return owner


# "Multifocal disease is seen in 20-40% of branch duct IPMNs", "… in 30% of sporadic cases":
# a whole that names a kind of the article's subject (its head is the title's head noun, its
# initials or a synonym, or a generic "cases"/"tumours" of a lesion) with a word the title does
# not have counts that kind's cases, not the subject's: the kind owns the figure.
_NOT_A_KIND = frozenset(
    {
        "all",
        "the",
        "these",
        "those",
        "such",
        "some",
        "most",
        "many",
        "other",
        "reported",
        "affected",
        "published",
        "and",
        "or",
        "a",
        "an",
        "its",
        "their",
    }
)
# A preposition, a verb or people in the whole make it a clause or a population, not a kind.
_NOT_IN_A_KIND = re.compile(
    r"\b(?:with|without|in|at|on|from|by|for|who|which|that|to|than|under|over|aged?|is|are|"
    r"was|were|can|cannot|may|might|will|do|does|not|patients?|people|persons?|individuals?|"
    r"children|adults?|men|women|infants?|adolescents?|population)\b|\d",
    re.I,
)
# "Colloid cysts account for 1% of intracranial tumours": the whole is the class the subject
# belongs to, not a kind of it.
_CLASS_SHARE = re.compile(
    r"\b(?:accounts?|accounting|represents?|representing|makes?\sup|making\sup|constitutes?|"
    r"constituting|comprises?|comprising|(?:is|are)\sresponsible)\b",
    re.I,
)
_OF_ALL = re.compile(r"^\s{0,3}\)?\s{0,3}of\s(?:all|the\swhole)\b", re.I)
# "… in 20-50% of diffuse cases, compared with under 10% for the localised form".
_FOR_KIND = re.compile(
    r"^\s{0,3}(?:for|in)\s(?:the\s)?(?P<kind>[a-z][\w-]{2,30}(?:\s[\w-]{1,30}){0,2}\s"
    r"(?:forms?|types?|variants?|subtypes?|disease)|(?:stage|grade)\s(?:[IVX]{1,4}|[1-4])[a-c]?"
    r"(?:\s(?:and|or|to)\s(?:[IVX]{1,4}|[1-4])[a-c]?)?(?:\sdisease)?)"
    r"(?![\w-])",
    re.I,
)


def _whole_is_a_kind(before: str, after: str, item: str, names: tuple[str, ...]) -> bool:
    """Whether a share's whole may be a kind of the subject: not the class the subject
    belongs to ("accounts for 1% of all intracranial tumours", "ADPKD causes 5% of ESKD")."""
    clause = re.split(r"[;:]|,\s(?:but|whereas|while|although)\s", before)[-1]
    named = any(same_name(item, n) for n in names) or (item and _names_subject(item, names))
    return not (_CLASS_SHARE.search(clause) or _OF_ALL.match(after) or named)


def _for_kind(after: str, title: str) -> str:
    match = _FOR_KIND.match(after)
    # "in Crohn disease" names another condition, not a form of this one
    return f"{title} ({match.group('kind')})" if match and match.group("kind")[0].islower() else ""


_CASES_HEAD = re.compile(r"^(?:cases?|forms?|types?|variants?|subtypes?)$", re.I)
_LESION_HEAD = re.compile(r"^(?:tumou?rs?|lesions?|neoplasms?|masses|mass)$", re.I)
_LESION_TITLE = re.compile(
    r"(?:oma|neoplasm|tumou?r|carcinoma|cancer|cyst|lesion|mass|nodule|mole)s?$", re.I
)


def _title_words(name: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'-]*", re.sub(r"\([^()]{0,60}\)", "", name))


def _names_subject(head: str, names: tuple[str, ...]) -> bool:
    """Whether a head noun names the article's subject: a synonym, the title's head noun or
    its initials, in either number ("IPMNs" for "Intraductal papillary mucinous neoplasm")."""
    for name in names:
        words = _title_words(name)
        if not words:
            continue
        if same_name(head, name) or (len(words[-1]) > 3 and same_name(head, words[-1])):
            return True
        initials = "".join(w[0] for w in words).upper()
        bare = head[:-1] if head.endswith("s") else head  # "IPMNs"
        if len(words) >= 2 and bare.isupper() and bare == initials:
            return True
    return False


def subtype_owner(whole: str, names: tuple[str, ...]) -> str:
    """The kind of the article's subject a share's whole names ("branch duct IPMNs"; "sporadic
    cases" → "sporadic <title>"), "" when the whole is all its cases, people or another thing."""
    words = whole.split()
    while words and words[0].lower() in _NOT_A_KIND:
        words = words[1:]
    if not 2 <= len(words) <= 6 or _NOT_IN_A_KIND.search(" ".join(words)):
        return ""
    title = names[0]
    own = {w.lower() for name in names for w in _title_words(name)}
    modifiers = words[:-1]
    if not [m for m in modifiers if m.lower() not in own and m.lower() not in _NOT_A_KIND]:
        return ""  # "of hydatidiform moles": the subject's own cases
    head = words[-1]
    generic = _CASES_HEAD.match(head) or _LESION_HEAD.match(head)
    if generic and (_CASES_HEAD.match(head) or _LESION_TITLE.search(title)):
        # "sporadic cases" names no thing by itself: the title keeps the card's topic (C2)
        return f"{title} ({' '.join(words)})"
    return " ".join(words) if not generic and _names_subject(head, names) else ""


# "After resection of non-invasive IPMN, five-year survival exceeds 90%", "In familial cases,
# …": an opening phrase that sets the figures after it in one kind of the subject.
_OPENING_KIND = re.compile(
    r"^(?:after|following|in|among|for)\s(?:(?:the\s)?[a-z]{3,20}\s(?:of|for)\s)?"
    r"(?P<kind>[A-Za-z][\w'-]{0,30}(?:\s[\w'-]{1,30}){1,5}),\s",
    re.I,
)


def _opening_kind(sentence: str, figure_start: int, names: tuple[str, ...]) -> str:
    match = _OPENING_KIND.match(sentence)
    if match is None or match.end() > figure_start:
        return ""
    return subtype_owner(match.group("kind"), names)


_FREQUENCY_WORD = re.compile(
    r"^(?:(?:very|extremely|relatively|quite)\s)?(?:rare|uncommon|common|unusual|frequent|"
    r"infrequent)$",
    re.I,
)
_RARE_SUBJECT = re.compile(
    r"(?:^|[,;]\s)(?P<np>[A-Za-z][\w' -]{2,60}?)\s(?:is|are)\s(?:[a-z]+ly\s)?"
    r"(?:(?:very|extremely|relatively|quite)\s)?(?:rare|uncommon|common|unusual|frequent|"
    r"infrequent)\s?\($",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:it|they|this|these|the\s(?:condition|disease|lesion|tumou?r))$", re.I
)


def _rare_subject(before: str) -> str:
    """The noun phrase said to be rare or common before a bracketed share ("" when none, or
    a pronoun: the article's own subject's share)."""
    match = _RARE_SUBJECT.search(before[-120:])
    if match is None or _PRONOUN_SUBJECT.match(match.group("np").strip()):
        return ""
    return re.sub(r"^(?:the|a|an)\s", "", match.group("np").strip(), flags=re.I)


# "MRCP is the first-line test. It has a sensitivity of 86%": the sentence before opens on
# the test the pronoun stands for (a modality of the closed vocabulary, as its subject).
_OPENING_MODALITY = re.compile(
    rf"^(?:the\s)?(?P<test>{MODALITIES.pattern})\s(?:is|was|has)\b", re.I
)


def _previous_modality(sentence: Sentence) -> str:
    """The modality the sentence before opens on (same paragraph), "" when none."""
    at = sentence.paragraph.find(sentence.text)
    earlier = split_sentences(sentence.paragraph[:at]) if at > 0 else []
    match = _OPENING_MODALITY.match(earlier[-1].strip()) if earlier else None
    return match.group("test") if match else ""


def extract_percentages(article: Article) -> Iterator[Fact]:
    """Each share a sentence states, with its item and whole in fields; runs that divide
    one whole ("70% in the head, 20% in the body, 10% in the tail") as frequency parts."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if text.rstrip().endswith(":") or len(text.split()) < 5:
            continue  # a list's intro or a fragment has no subject to ask about
        if about_the_case(text):
            continue  # "The patient had 30% weight loss": the case's figure, not a share
        taken = inline_share_runs(text)
        raw = [
            s
            for s in shares_in(
                sentence.resolved, _subject_of(sentence, article.title), article.title
            )
            if not any(start <= s.percent.start < end for start, end in taken)
        ]
        shares = [s for s in raw if not _PRONOUN.match(s.item)]
        if opens_on_pronoun(sentence.text):
            # "It has a specificity of 93%": the measure is of what "It" stands for
            test = _previous_modality(sentence)
            shares = [replace(s, item=test) if _PRONOUN.match(s.item) and test else s for s in raw]
            shares = [s for s in shares if s.item and not _PRONOUN.match(s.item)]
        if not shares or _shares_own_organ(shares, article.title):
            continue
        yield from _facts(article, sentence, shares)


def _facts(article: Article, sentence: Sentence, shares: Sequence[Share]) -> Iterator[Fact]:
    masked = mask_numbers(sentence.text)
    seen: set[tuple[str, ...]] = set()
    for index, share in enumerate(shares):
        if share.part_of:
            yield make_fact(
                FactKind.FREQUENCY,
                article,
                sentence.section,
                sentence.text,
                key=(article.title, share.part_of, share.item),
                subject=article.title,
                group=share.part_of,
                item=share.item,
                value=share.percent.value,
                statement=sentence.text,
            )
            continue
        key: tuple[str, ...] = (masked,)
        if len(shares) > 1:
            key = (masked, share.item, share.group, share.attribute)
            if key in seen:
                key = (*key, str(index))
        seen.add(key)
        # "a harness is successful in 90%": the treatment's outcome, not the disease's
        before = sentence.resolved[: share.percent.start]
        # "an ejection fraction of 25%": the figure is the measure's value, the measure its item
        item = _labelled(sentence.text, measured_by(before) or share.item)
        if _FREQUENCY_WORD.match(item):
            # "Sarcomatous degeneration is rare (under 1% of patients)": the share is the
            # sentence subject's, "rare" only says it in words
            item = _rare_subject(before)
        owner = "" if item else treatment_owner(before)
        # "In Ollier disease, by contrast, the risk is 25-40%": the other condition's figure
        names = (article.title, *article.synonyms)
        owner = owner or other_condition_of(sentence.resolved, share.percent.start, names)
        owner = owner or run_owner(before, article.title, article.synonyms)
        after = sentence.resolved[share.percent.end :]
        owner = owner or _affected_owner(before, after, names)
        developing = None if item or owner else _with_condition(after, names)
        if developing:
            owner, item = developing
        if not owner and share.group and _whole_is_a_kind(before, after, item, names):
            owner = subtype_owner(share.group, names)
        owner = owner or _for_kind(after, article.title)
        owner = owner or _opening_kind(sentence.resolved, share.percent.start, names)
        yield make_fact(
            FactKind.PERCENTAGE,
            article,
            sentence.section,
            sentence.text,
            key=key,
            subject=owner or article.title,
            item=item,
            group=share.group,
            attribute=share.attribute,
            value=share.percent.value,
            statement=sentence.text,
        )
