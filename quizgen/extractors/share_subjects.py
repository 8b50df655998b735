"""Whose a share in prose is and what it counts, from the words around it: a pronoun or
demonstrative that points elsewhere, the sentence's own subject, patients "with" another
condition, a quantifier's people, the subject said to be rare, the sentence before's subject
for a share that opens its sentence (used by ``percentages``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.owners import is_own_organ
from quizgen.extractors.shares import Share
from quizgen.extractors.text import (
    QUANTIFIER_LEAD,
    Sentence,
    is_plural,
    leading_subject,
    same_name,
    sentence_before,
)

__all__ = [
    "BARE_OPENING",
    "FREQUENCY_WORD",
    "PRONOUN_ITEM",
    "SHORT_CLAUSE",
    "affected_owner",
    "labelled",
    "points_elsewhere",
    "previous_subject",
    "quantified_predicate",
    "rare_subject",
    "sentence_subject",
    "shares_own_organ",
    "with_condition",
]

# "It has a specificity of 93%": a pronoun the reader could not resolve leaves the share
# without what it is of, and the title is not it (a sign, a test, a subtype).
# "…, yet it is normal in up to 30%": a pronoun after a conjunction is no item either.
PRONOUN_ITEM = re.compile(
    r"^(?:(?:yet|but|and|so|although|though|while|whereas)\s)?(?:it|they|this|these|those|them)$",
    re.I,
)


# "This approach has a recurrence rate of under 2%", "This finding is seen in 30%": a
# demonstrative points back to a treatment, test or finding the sentence does not name; the
# figure is that thing's, and the article's subject would be a false owner. A condition
# ("These tumours account for 5%") is what the page is about and keeps its share.
_DEMONSTRATIVE_LEAD = re.compile(
    r"^(?:this|that|these|those|such)\s(?P<np>[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30})?)\s"
    r"(?:has|have|had|is|are|was|were|carries|carry|shows?|offers?|achieves?|gives?|yields?|"
    r"occurs?|recurs?|"
    # where a structure lies or comes from, what a finding or treatment does
    r"arises?|originates?|lies|lie|runs?|drains?|courses?|passes|pass|enters?|inserts?|"
    r"develops?|appears?|presents?|measures?|responds?|resolves?|requires?)\b",
    re.I,
)


def points_elsewhere(text: str, names: tuple[str, ...]) -> bool:
    """Whether a sentence opens on a demonstrative that stands for something other than a
    condition (a treatment, a test, a finding), which no field of the sentence names."""
    match = _DEMONSTRATIVE_LEAD.match(text.strip())
    if match is None:
        return False
    noun_phrase = match.group("np")
    if is_condition_name(noun_phrase) or any(same_name(noun_phrase, n) for n in names):
        return False
    head = noun_phrase.split()[-1]
    return not any(same_name(head, n.split()[-1]) for n in names if n.split())


def shares_own_organ(shares: Sequence[Share], title: str) -> bool:
    """Whether a share counts the organ the title confines its subject to: "The liver is
    the most commonly involved organ (75%), followed by the lung (15%)" on a page about a
    hepatic disease is the parent disease's spread (a hepatic cyst is always in the liver)."""
    return any(is_own_organ(s.item, title) for s in shares)


# "In a prospective study this technique", "these lesions": a phrase that points elsewhere
# or opens on a circumstance names nothing a card can ask about.
# ("at least one additional anomaly" is a quantity, no circumstance)
_NOT_A_NAME = re.compile(
    r"^(?:in|on|at(?!\s(?:least|most)\b)|for|with|from|by|during)\s|\b(?:this|these|those)\s",
    re.I,
)
_LABEL = re.compile(r"^(?P<label>[^:;,.]{1,25}):\s(?P<rest>.+)$")


def labelled(text: str, item: str) -> str:
    """The item with the sequence or modality its line is labelled with ("T1: hyperintense
    in about 60%" → "hyperintense on T1"); "" for an item that names nothing."""
    if not item or _NOT_A_NAME.search(item):
        return ""
    label = _LABEL.match(text)
    if label and label.group("rest").startswith(item) and sequences_in(label.group("label")):
        return f"{item} on {label.group('label').strip()}"
    return item


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def sentence_subject(sentence: Sentence, title: str) -> str:
    """The sentence's subject as a field holds it: the title when it names the title (in
    either number), without a leading article otherwise ("The head" → "head")."""
    noun_phrase = leading_subject(sentence.resolved)
    if noun_phrase and same_name(noun_phrase, title):
        return title
    return _LEADING_ARTICLE.sub("", noun_phrase)


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


def with_condition(after: str, names: tuple[str, ...]) -> tuple[str, str] | None:
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


def affected_owner(before: str, after: str, names: tuple[str, ...]) -> str:
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


# "rare", "very common", and the comparatives: "much rarer (around 1 in 6000)" says how
# often the sentence's subject is, it names nothing counted.
_FREQUENCY = (
    r"(?:(?:(?:very|extremely|relatively|quite)\s)?(?:rare|uncommon|common|unusual|frequent|"
    r"infrequent)|(?:(?:much|far|slightly|considerably|even)\s)?(?:rarer|commoner|"
    r"(?:more|less)\s(?:common|frequent)))"
)
FREQUENCY_WORD = re.compile(rf"^{_FREQUENCY}$", re.I)
_RARE_SUBJECT = re.compile(
    r"(?:^|[,;]\s|\s(?:although|though|whereas|while|but)\s)"
    r"(?!(?:although|though|whereas|while|but)\s)(?P<np>[A-Za-z][\w' -]{2,60}?)"
    rf"\s(?:is|are)\s(?:[a-z]+ly\s)?{_FREQUENCY}\s?\($",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"^(?:it|they|this|these|the\s(?:condition|disease|lesion|tumou?r))$", re.I
)


def rare_subject(before: str) -> str:
    """The noun phrase said to be rare or common before a bracketed share ("" when none, or
    a pronoun: the article's own subject's share)."""
    match = _RARE_SUBJECT.search(before[-120:])
    if match is None or _PRONOUN_SUBJECT.match(match.group("np").strip()):
        return ""
    return re.sub(r"^(?:the|a|an)\s", "", match.group("np").strip(), flags=re.I)


# The words that may open a sentence before its share ("Roughly half …", "About 10% …").
_OPENING_QUALIFIER = (
    r"(?:about|around|roughly|approximately|nearly|almost|up\s+to|over|more\s+than|"
    r"less\s+than|only|some|~|≈|<|>)?\s*"
)
# "Bosniak III masses have thick septa. Roughly half are malignant.": a sentence that opens on
# its share, with no subject of its own, counts what the sentence before is about.
BARE_OPENING = re.compile(_OPENING_QUALIFIER, re.I)


def previous_subject(sentence: Sentence, title: str) -> str:
    """The plural subject the sentence before opens on (same paragraph) when it is not the
    title ("Bosniak III masses"), else "": a share with no whole of its own is of them."""
    subject = leading_subject(sentence_before(sentence))
    # "Almost all cysts lie in the sella. About 60% are …": the quantifier is no part of the
    # whole, and a bare head of the title's ("cysts") is the title's own
    subject = _QUANTIFIER.sub("", subject)
    if not subject or not is_plural(subject) or same_name(subject, title):
        return ""
    if len(subject.split()) == 1 and _is_title_head(subject, title):
        return ""
    return re.sub(r"^(?:the|these|those)\s+", "", subject, flags=re.I)


_QUANTIFIER = re.compile(rf"^{QUANTIFIER_LEAD}", re.I)
_GENERIC_PLURAL = re.compile(
    r"^(?:lesions|tumou?rs|masses|cases|patients|cysts|nodules|abnormalities)$", re.I
)


def _is_title_head(noun: str, title: str) -> bool:
    """Whether a bare plural noun is the title's head noun or a generic one ("cysts" on a
    page about a Rathke cleft cyst, "lesions")."""
    words = re.findall(r"[A-Za-z][\w'-]*", title)
    return bool(_GENERIC_PLURAL.match(noun)) or bool(words and same_name(noun, words[-1]))


# "About 10% are bilateral.": a share, a verb and what it counts is a whole clause, short as
# it is (a fragment such as "Sensitivity: 90%." has no verb).
SHORT_CLAUSE = re.compile(
    rf"^{_OPENING_QUALIFIER}"
    r"\d{1,3}(?:\.\d)?\s?%\s(?:are|is|were|was|occur|recur|prove|become)\s[a-z][\w-]+\.?$",
    re.I,
)


# "Most infants (about 80-90%) are diagnosed in the neonatal period": a quantifier's people
# are no item; the bracketed share counts what the predicate after it says of them.
# Likewise "Most tears (about 70%) are non-contact injuries", "The majority of lesions (90%)
# are solitary": any plural noun a quantifier opens on.
# "Almost every patient (more than 90%) presents with seizures": the singular after "every".
_QUANTIFIED_PEOPLE = re.compile(
    r"^(?:the\s|a\s)?(?:most|many|some|few|majority\sof|minority\sof|"
    r"(?:(?:almost|nearly|virtually|practically)\s)?(?:all|every))\s(?:the\s)?(?:affected\s)?"
    r"(?:[a-z][a-z-]{2,20}\s)?(?:patients|people|individuals|infants|neonates|children|adults|"
    r"women|men|cases|patient|child|case|individual|person|[a-z][a-z-]{2,30}[^s\W]s)$",
    re.I,
)
_BRACKET_PREDICATE = re.compile(
    r"^\s{0,3}\)\s{0,3}(?:(?:are|is|were|was)\s(?P<state>[a-z][^,;:.()]{2,80}?)|"
    r"(?P<act>(?:have|has|develops?|present|show|shows|requires?|needs?|undergoe?s?|"
    # "Almost all tumours (over 95%) carry the t(X;18) translocation"
    r"carry|carries|harbou?rs?|contains?|express(?:es)?|lacks?)\s"
    r"[^,;:.()]{2,80}?)|presents?\swith\s(?P<sign>[^,;:.()]{2,80}?))"
    # (a punctuation mark inside a name, "46,XX" or "t(X;18)", ends nothing)
    r"\s{0,2}(?=[,;:.](?:\s|$)|\s\(|$)",
    re.I,
)


def quantified_predicate(item: str, after: str) -> str:
    """What a bracketed share after "Most infants" counts: the predicate that follows it
    ("are diagnosed in the neonatal period" → "diagnosed in the neonatal period"); the item
    itself when it is no such quantifier, "" when no predicate follows."""
    if not _QUANTIFIED_PEOPLE.match(item):
        return item
    match = _BRACKET_PREDICATE.match(after)
    if match is None:
        return ""
    # "present with seizures": what they present with is counted
    said = (match.group("state") or match.group("act") or match.group("sign")).strip()
    return said if len(said.split()) <= 8 else ""
