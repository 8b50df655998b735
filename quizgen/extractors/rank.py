"""Ranks and superlatives: "X is the most common primary tumour of Y", "the second most
common", "the commonest site is the femur"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.rank_chains import chained_sites, of_which_ranks, ordinal_rank, ranked_run
from quizgen.extractors.rank_labels import ORDINAL_WORDS, trailing_label_rank
from quizgen.extractors.rank_orders import listed_in_order, ordered_run, ordinal_of
from quizgen.extractors.text import (
    ListUnit,
    Sentence,
    iter_flat_lists,
    iter_lists,
    iter_sentences,
    leading_subject,
    make_fact,
    same_name,
    sentence_before,
    split_sentences,
    strip_citation,
    without_abbreviation,
)
from quizgen.model import Article, Fact, FactKind, ListItem, Section
from quizgen.normalize import singular
from quizgen.phrases import without_article

__all__ = ["extract_ranks", "ranks_in"]

# ("HCC is the sixth most common cancer worldwide": ranks among all cancers run past five)
_ORDINAL = rf"(?:{ORDINAL_WORDS}|2nd|3rd|[4-9]th|10th)"
# "the (second) most common", "the commonest", "the most frequent", "the leading".
_RANK = (
    rf"the\s(?:(?P<ordinal>{_ORDINAL})\s)?(?:single\s)?(?P<rank>most\s(?:common|frequent|prevalent|"
    r"important|specific|sensitive|widely\sused|"
    # how good a test or sign is, how bad a form or complication is
    r"accurate|useful|reliable|characteristic|consistent|severe|aggressive|serious|feared|"
    r"vulnerable|"
    r"(?:frequently|commonly|often)\s(?:involved|affected|isolated|injured|torn|encountered))|"
    r"least\s(?:common|frequent)|"
    r"commonest|leading|"
    r"strongest|best)\s"
)
# "and" ends the category when a new clause follows ("… of the kidney and the second …",
# "… and is usually …"), not inside a phrase ("of children and adolescents").
_CLAUSE_AND = (
    r"and(?=\s(?:the|a|an|is|are|was|were|its|it|has|have|may|can|will|should|must|might|"
    r"could|do|does|accounts?|accounting|occurs?|typically|usually|often|commonly|frequently|"
    r"rarely|mostly|generally|represents?|makes?\sup|comprises?|constitutes?|arises?|"
    r"presents?|affects?|tends?\sto|carr(?:y|ies)|"
    # "… of sciatica and one of the most frequent reasons for MRI": a second predicate
    r"one\sof|among)\b)"
)
_STOP = (
    rf"(?:{_CLAUSE_AND}|which|that|who|accounting|after|followed|with|although|but|whereas|"
    r"while|as\swell\sas)"
)
# What is ranked: a category of up to ten words, ending at a clause boundary.
_CATEGORY = (
    rf"(?P<group>[a-z][\w'’/-]{{0,40}}(?:\s(?!(?:{_STOP}|is|are)\b)[\w'’/()–-]{{1,40}}){{0,9}}?)"
    # "the most commonly involved organ (about 75%), followed by …": an aside ends it too
    rf"(?=\s?[,;.:)]|\s{_STOP}\b|\s\(|$)"
)
# "<NP> is the most common <category>": the sentence's subject is ranked.
_SUBJECT_RANKED = re.compile(
    rf"\s(?:is|are|was|remains|remain|represents?|becomes?)\s"
    # "Group 4 is therefore the most common molecular group"
    # (two at most: "Adhesions are therefore by far the commonest cause")
    rf"(?:(?:also|still|now|by far|therefore|thus|overall|probably|generally|usually)\s){{0,2}}"
    rf"{_RANK}{_CATEGORY}",
    re.I,
)
# "<NP> is an autoimmune inflammation of the gland and the most common cause of Y": a second
# predicate of the same subject, after a first one without a comma or a verb in it.
_SECOND_PREDICATE_RANKED = re.compile(
    rf"\s(?:is|are)\s(?:an?|one\sof\sthe)\s(?:(?!(?:is|are|was|were|which|that|and)\b)"
    rf"[\w'’/-]{{1,40}}\s){{1,12}}and\s{_RANK}{_CATEGORY}",
    re.I,
)
# "The most common <category> is/are <NP>": the thing after the verb is ranked.
_CATEGORY_FIRST = re.compile(
    # "When symptomatic, the most common complaint is …": a fronted setting (no verb of its
    # own before the comma is needed: the rank clause after it is the sentence)
    # ("Within the mediastinum the most common site is …": the comma may go unwritten)
    rf"^(?:(?:in|on|at|among|when|once|if|after|before|during|within|of)\s[^,;:()]{{1,60}}?,?\s)?"
    rf"(?:{_RANK})(?P<group>[a-z][\w'’/-]{{0,40}}(?:\s(?!(?:is|are)\b)[\w'’/()-]{{1,40}}){{0,9}}?)"
    r"\s(?:is|are|being)\s(?:(?:the|a|an)\s)?"
    r"(?P<item>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:and|or|which|that|with|in|followed|although|"
    # up to nine words: "the posterior basal segment of the left lower lobe"
    r"but|whereas|while)\b)[\w'’/()-]{1,40}){0,8}?)(?=\s?[,;.:]|\s(?:and|or|followed|which|"
    r"that|with|in|although|but|whereas|while)\b|$)"
    # "The most characteristic finding is bilateral solid, or mixed solid and cystic, masses":
    # words cut before ", or" are half a name; so are adjectives before ", poorly localised
    # pain" (a comma between the adjectives of one name)
    r"(?!,\s(?:or\b|[a-z]{2,20}ly\s[a-z-]{2,20}(?:ed|ing|al|ic|ous|ive)\s(?!(?:and|or|as|by|in|on|at|to|with|from)\b)[a-z]))",
    re.I,
)
_GROUP_WORDS = 10
# "When symptoms occur, the most frequent is dyspnoea", "Skin stigmata are present in half,
# and the most characteristic is a hairy patch": the ranked noun is left unsaid after the
# superlative; it is the plural noun phrase the sentence opened on.
_ELIDED_FIRST = re.compile(
    rf"(?:,\s(?:and\s)?|;\s(?:and\s)?)the\s(?:(?P<ordinal>{_ORDINAL})\s)?"
    r"(?P<rank>most\s(?:common|frequent|characteristic|typical)|commonest)\s(?:is|are)\s"
    r"(?:(?:the|a|an)\s)?(?:[a-z]{2,20}ly\s)?"
    r"(?P<item>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:and|or|which|that|with|in|followed|although|"
    r"but|whereas|while)\b)[\w'’/-]{1,40}){0,6}?)(?=\s?[,;.:(]|\s(?:and|or|followed|which|"
    r"that|with|in|although|but|whereas|while)\b|$)",
    re.I,
)
# The plural noun phrase the sentence opens on, after a "When"/"Of the"/"Among the" lead.
# "…, and the mucinous (colloid) subtype is the most common.": the category is the noun the
# ranked thing is named with, left unsaid after the rank.
_NOUN_LEFT_UNSAID = re.compile(
    r"(?:^|,\s(?:and\s|but\s)?|;\s(?:and\s)?)(?:the\s)?(?P<item>[a-z][\w'’/-]{1,30}"
    r"(?:\s\([^()]{1,30}\))?(?:\s[a-z][\w'’/-]{1,30}){0,2}?)\s(?P<noun>subtype|type|form|variant|"
    r"pattern|site|location|cause|presentation)\s(?:is|remains)\s(?:by\sfar\s)?the\s"
    rf"(?:(?P<ordinal>{_ORDINAL})\s)?(?P<rank>most\s(?:common|frequent)|commonest)(?:\sone)?"
    r"\s?(?:[.;]|$)",
    re.I,
)
_OPENING_PLURAL = re.compile(
    r"^(?:(?:when|where|if|of|among)\s(?:the\s|these\s|its\s)?)?"
    r"(?!(?:patients|children|adults|women|men|people|persons|individuals|infants|neonates|"
    r"cases|subjects|boys|girls|authors|studies)\b)"
    r"(?:its\s|their\s)?"
    # a plural ("symptoms", "stigmata"), not a singular in -sis, -us or -ss
    r"(?P<np>(?:[A-Za-z][\w-]{1,25}\s){0,2}[a-z][\w-]{1,25}(?:s(?<!is)(?<!us)(?<!ss)|ta|ae))\b"
    r"(?=,|[^,;]{0,60}?\s(?:occurs?|are|were|develops?|arises?|includes?|have|has|seen|reported|described)\b)",
    re.I,
)
# A short name and the rest of a rank: "followed by the femur", "after haemangioma".
_NEXT_NAME = (
    r"(?:the\s)?(?P<item>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:and|or|in|at|with|which|that)\b)"
    r"[\w'’/-]{1,40}){0,3}?)(?=\s?[,;.)]|$)"
)
# "…, followed by the liver": the next in rank after a rank with no ordinal.
_FOLLOWED_BY = re.compile(rf"^\s?,?\s?(?:and\s)?followed\sby\s{_NEXT_NAME}", re.I)
# "the second most common benign lesion after haemangioma": the first in rank.
_AFTER = re.compile(rf"^\s?,?\s?after\s{_NEXT_NAME}", re.I)
# "Warthin tumour: the second most common benign parotid tumour": a label is ranked.
# ("seizures: commonest presentation, …": a note's rank may drop its "the")
_RANK_OPT = _RANK.replace(r"the\s", r"(?:the\s)?", 1)
_LABEL_RANKED = re.compile(
    # ("cholesterol polyps: by far the most common type": an intensifier before the rank)
    rf"^(?P<label>[A-Za-z][\w'’/ –-]{{0,60}}?(?:\s\([^()]{{1,40}}\))?):\s{{1,3}}"
    rf"(?:(?:by\sfar|much|overall)\s)?{_RANK_OPT}{_CATEGORY}",
    re.I,
)
# "Third most common cerebrovascular malformation, after …": a note with no subject ranks
# what the paragraph is about.
_NOTE_RANKED = re.compile(rf"^{_RANK_OPT}{_CATEGORY}\s?(?:[,;.]|$)", re.I)
# "Endoleak, persistent flow outside the graft, is the commonest …": a subject with an
# apposition between it and its verb (not a fronted phrase: "In adults, …").
_APPOSED_SUBJECT = re.compile(
    r"^(?!(?:in|on|at|for|among|after|before|within|of|unlike|like|when|if|although|while|"
    r"as|with|by|from|during|however|overall|typically|usually)\b)"
    r"(?P<np>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were)\b)[\w'’/-]{1,40}){0,5}?),\s"
    r"[^,;:()]{3,80},\s(?=(?:is|are|remains|represents)\s)",
    re.I,
)
_NEXT_ORDINAL = {"": "second", "second": "third", "third": "fourth", "fourth": "fifth"}
# "The most common cause is unknown": nothing is ranked.
_NO_ANSWER = re.compile(
    r"(?:unknown|unclear|uncertain|variable|controversial|debated|not|none|that|this|it|"
    r"they|these|those)\b",
    re.I,
)


_ORDINAL_WORDS = {
    "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
    "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
}  # fmt: skip


def _value(match: re.Match[str]) -> str:
    ordinal = (match.group("ordinal") or "").lower()
    ordinal = _ORDINAL_WORDS.get(ordinal, ordinal)
    rank = match.group("rank").lower()
    rank = "most common" if rank == "commonest" else re.sub(r"\s+", " ", rank)
    return f"{ordinal} {rank}".strip()


# "sacral roots (S2 and S3): most common" under a heading that names the category
_LABEL_BARE_RANK = re.compile(
    rf"^(?P<label>[A-Za-z][\w'’/ –-]{{0,60}}?(?:\s\([^()]{{1,40}}\))?):\s{{1,3}}(?:the\s)?"
    rf"(?:(?P<ordinal>{_ORDINAL})\s)?(?P<rank>most\s(?:common|frequent)|commonest)"
    r"\s?(?:[(,;.]|$)",
    re.I,
)
_SITE_HEADING = re.compile(
    r"^(?:locations?|sites?|distribution|anatomical\s{1,3}distribution)$", re.I
)
_PLURAL_HEADING = re.compile(r"^(?P<noun>[A-Za-z]{3,20}[^s])s$")


def _heading_group(heading: str) -> str:
    """The category a heading names for its list's bare ranks: "Location" → "site",
    "Subtypes" → "subtype"; "" for a heading that names no category ("Pathology")."""
    if _SITE_HEADING.match(heading.strip()):
        return "site"
    plural = _PLURAL_HEADING.match(heading.strip())
    return plural.group("noun").lower() if plural else ""


# A category that names only a kind ("the most common type"): of what, the sentence says.
_BARE_KIND = re.compile(
    r"^(?:(?:histological|pathological|morphological|clinical)\s)?"
    r"(?:type|form|subtype|variant|kind|pattern)s?$",
    re.I,
)
# "the commonest and the mildest type": the second superlative shares the category.
_SECOND_SUPERLATIVE = re.compile(r"^(?:and|or)\s(?:the\s)?(?:(?:most|least)\s)?[\w-]{2,30}\s", re.I)


def _group(text: str) -> str:
    group = strip_citation(text.strip()).strip(" ,;:.")
    group = _SECOND_SUPERLATIVE.sub("", group)
    group = re.sub(r"\s(?:and|or)$", "", group)  # "… of childhood and, among …"
    if re.search(r"(?:^|\s)(?:of|in|at|on|for|to|with|from|by)$", group):
        return ""  # "the most common of which is X": the category is cut short
    return group if 0 < len(group.split()) <= _GROUP_WORDS else ""


# The subject of the clause a rank stands in, when a clause boundary comes before it:
# "Germ cell tumours account for 95%, and seminoma is the most common type", "Because the
# tumour involves the cortex, seizures are the commonest presenting feature". A comma right
# before the verb is an apposition ("Endoleak, flow outside the graft, is …"): no subject here.
_CLAUSE_SUBJECT = re.compile(
    r"(?:[,;]\s(?:and\s|but\s|whereas\s|while\s)?"
    # "Chest CT is mandatory because the lungs are the commonest site of metastasis"
    r"|\s(?:because|since|whereas|while|although|though|as|where|and|but)\s)"
    r"(?P<np>[A-Za-z][\w'’/-]{0,40}(?:\s[\w'’/()-]{1,40}){0,5})$"
)
_NOT_A_CLAUSE_SUBJECT = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|may|can|it|they|this|these|those|which|who|"
    r"that|there|its|their|one|some|most|many|all|both|each|either|and|or)\b|\d|\w{1,30}ly\b",
    re.I,
)


def _clause_names(text: str) -> str:
    """The clause subject of the sentence's first "X is the most common" rank ("" if none)."""
    match = _SUBJECT_RANKED.search(text)
    return _clause_subject(text[: match.start()]) if match else ""


def _clause_subject(before: str) -> str:
    """The noun phrase that opens the rank's own clause, after a comma, semicolon or "and"
    ("" when the rank's clause is the sentence's first, or its subject is no plain name)."""
    match = _CLAUSE_SUBJECT.search(before[-200:])
    if match is None or _NOT_A_CLAUSE_SUBJECT.search(match.group("np")):
        return ""
    np = match.group("np")
    if np.count(")") > np.count("(") or _one_noun_phrase(before):
        # "CT (with 3D reconstructions and humeral head subtraction) is …", "Scrotal
        # ultrasound with colour and spectral Doppler is …": the "and" joins words of the
        # sentence's one subject, which opens no second clause
        return ""
    return re.sub(r"^(?:the|a|an)\s", "", np, flags=re.I)


def _one_noun_phrase(before: str) -> bool:
    """Whether all the words before the rank's verb are the sentence's opening noun phrase."""
    words = before.strip()
    return bool(words) and leading_subject(f"{words} is here.") == words


# "MRI is the imaging modality of choice", "Excision remains the treatment of choice": the
# subject is first among the ways of imaging or treating.
_OF_CHOICE = re.compile(
    r"\s(?:is|are|remains|remain)\s(?:(?:now|still|usually|generally|also)\s)?the\s"
    r"(?P<what>(?:[\w-]{1,30}\s){0,2}?(?:modality|investigation|test|examination|"
    r"technique|imaging|study))\sof\schoice\b",
    re.I,
)


def _of_choice(text: str, subject: str) -> Iterator[tuple[str, str, str]]:
    match = _OF_CHOICE.search(text)
    if match is None:
        return
    ranked = _clause_subject(text[: match.start()]) or subject
    if ranked and not _NO_ANSWER.match(ranked):
        what = match.group("what").lower()
        # "… the investigation of choice for the upper tracts in patients with haematuria":
        # what it is chosen for belongs to the fact, else it reads as the disease's own test
        purpose = _PURPOSE.match(text[match.end() :])
        chosen = f" {purpose.group('purpose').strip()}" if purpose else ""
        yield ranked, f"{what} of choice{chosen}", what


# ("… in most centres and is usually performed …": the purpose ends where a new predicate
# starts)
_PURPOSE = re.compile(
    r"^\s(?P<purpose>(?:for|in)\s(?:(?!\s(?:and|but)\s(?:is|are|was|were|may|can|has|have)\b)"
    r"[^,;:.()]){3,80}?)(?=[,;:.(]|\s(?:and|but)\s(?:is|are|was|were|may|can|has|have)\b|$)",
    re.I,
)


# "… are the segments most commonly affected": the rank after the noun it qualifies.
_RANK_AFTER_NOUN = re.compile(
    r"\s(?:is|are)\s(?:(?:usually|typically|also)\s)?the\s"
    # "the single most commonly affected bone": "single" intensifies, it names no group
    # ("the second most commonly affected bone": an ordinal is the rank's, no group)
    rf"(?!(?:single|very|overall|far|next|{_ORDINAL})\s)"
    r"(?P<group>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30})?)\s"
    r"(?P<rank>most\s(?:commonly|frequently|often)\s(?:affected|involved))\b",
    re.I,
)


# "The epithelioid subtype carries the best prognosis and sarcomatoid the worst": the
# subject (and the name of an elliptical clause after it) ranked by outcome.
_PROGNOSIS_RANKED = re.compile(
    r"\s(?:carries|carry|has|have|confers?)\s(?:by\sfar\s)?the\s"
    r"(?P<rank>best|worst|poorest|most\sfavou?rable)\s(?:overall\s)?(?P<group>prognosis|outcome)\b"
    r"(?:,?\s(?:and|whereas|while)\s(?:the\s)?(?P<other>[A-Za-z][\w/-]{1,40}(?:\s(?!the\b)[\w/-]{2,40})?)"
    r"\s(?:the\s)?(?P<rank2>best|worst|poorest)\b)?",
    re.I,
)


def _prognosis_ranks(text: str, subject: str) -> Iterator[tuple[str, str, str]]:
    if " the " not in text or ("prognosis" not in text and "outcome" not in text):
        return  # fail fast
    for match in _PROGNOSIS_RANKED.finditer(text):
        ranked = _clause_subject(text[: match.start()]) or subject
        if not _name_ok(ranked):
            continue
        group = match.group("group").lower()
        yield ranked, re.sub(r"\s+", " ", match.group("rank").lower()), group
        other = match.group("other")
        if other and _name_ok(other) and not _NOT_A_CLAUSE_SUBJECT.search(other):
            yield other, match.group("rank2").lower(), group


# "headache, which is the most frequent complaint": the relative clause ranks the noun
# phrase just before its comma; a "which" with no plain noun phrase before it ranks nothing.
_RELATIVE = re.compile(r",\s(?:which|that)(?:\s(?:also|still|now|by\sfar))?\s?$", re.I)
_ANTECEDENT = re.compile(
    r"(?:^|[,;:]\s|\sand\s)(?:the\s|an?\s)?"
    r"(?P<np>[A-Za-z][\w'’/-]{0,40}(?:\s[\w'’/-]{1,40}){0,3}),\s(?:which|that)"
    r"(?:\s(?:also|still|now|by\sfar))?\s?$",
    re.I,
)


def _relative_antecedent(before: str) -> str | None:
    """The noun phrase a rank's relative "which" stands for ("" when unclear), or None
    when the rank is not in a relative clause."""
    if not _RELATIVE.search(before):
        return None
    match = _ANTECEDENT.search(before[-160:])
    if match is None or _NOT_A_CLAUSE_SUBJECT.search(match.group("np")):
        return ""
    return match.group("np")


# A second rank of the same subject: "… as well as the most common suprasellar mass".
_ALSO_RANKED = re.compile(rf"^\s(?:as\swell\sas|and\salso)\s{_RANK}{_CATEGORY}", re.I)


# "A and B are …": a plural subject joined by a bare "and" right before the verb; whole when
# it opens the sentence or the clause after a semicolon.
_COORDINATED_SUBJECT = re.compile(r"(?<!,)\sand\s[^,;:()]{1,60}$", re.I)
_WHOLE_COORDINATION = re.compile(r"(?:^|;\s)(?:the\s)?(?P<np>[A-Za-z][^,;:()]{1,100})$", re.I)
_VERB_IN_NAME = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|may|can|which|that|who|it|they)\b", re.I
)


def _subject_ranks(text: str, subject: str) -> Iterator[tuple[str, str, str]]:
    """ "X is the most common Y" (and what follows it: "…, followed by Z", "… as well as the
    most common W"): X is the clause's subject, or the noun phrase a relative "which"
    stands for."""
    matches = [*_SUBJECT_RANKED.finditer(text)]
    if not matches and (second := _SECOND_PREDICATE_RANKED.search(text)):
        matches = [second]
    for match in matches:
        relative = _relative_antecedent(text[: match.start()])
        if relative is not None:
            ranked = relative  # "headache, which is the most frequent complaint"
        elif match.group(0).split()[0].lower() == "are" and _COORDINATED_SUBJECT.search(
            text[: match.start()]
        ):
            # "The head and uncinate process are the commonest sites": the rank is the whole
            # coordination's, not its last name's; none where the names run on from a list
            # with commas ("Age, onset and pallor are …"), as the start is not plain
            whole = _WHOLE_COORDINATION.search(text[: match.start()])
            if whole is None or _VERB_IN_NAME.search(whole.group("np")):
                continue
            ranked = whole.group("np")
        else:
            ranked = _clause_subject(text[: match.start()]) or subject
        if ranked and (group := _group(match.group("group"))) and not same_name(group, ranked):
            after = _AFTER.match(text[match.end() :])
            if after is not None and not match.group("ordinal"):
                group = f"{group} after {after.group('item')}"  # "complication after EVAR"
            yield ranked, _value(match), group
            yield from _neighbours(text[match.end() :], match, group)
            also = _ALSO_RANKED.match(text[match.end() :])
            if also is not None and (also_group := _group(also.group("group"))):
                # "… of childhood as well as the most common suprasellar mass in children"
                yield ranked, _value(also), also_group


# "the most common cause of sporadic (non-epidemic) fatal encephalitis": a bracketed gloss
# inside a noun phrase (no figure in it, words of the phrase after it) would end the category
# half-way ("cause of sporadic"); the phrase is read without it.
_MID_ASIDE = re.compile(r"\s\([a-z][^()\d]{0,40}\)(?=\s[a-z])")


_MAKING_IT = re.compile(r",\s(?:making|rendering)\s(it|them)\s(?=the\s)", re.I)


def ranks_in(text: str, subject: str) -> Iterator[tuple[str, str, str]]:
    """(item, rank, category) for each superlative of a sentence: ``subject`` (its resolved
    leading noun phrase) is ranked by "… is the most common X"; "The commonest site is the
    femur" ranks "femur". "One of the most common" is no rank."""
    text = _MID_ASIDE.sub("", text)
    # "X accounts for 25-30%, making it the second most common type": the subject's rank
    text = _MAKING_IT.sub(
        lambda m: " and are " if m.group(1).lower() == "them" else " and is ", text
    )
    first = _CATEGORY_FIRST.match(text)
    if first is not None and (group := _group(first.group("group"))):
        item = strip_citation(first.group("item")).strip(" ,;:.")
        item = re.sub(r"^(?:in|within|at|on)\s(?:the\s)?", "", item, flags=re.I)
        if item and not re.search(r"\d", item) and not _NO_ANSWER.match(item):
            yield item, _value(first), group
            yield from _neighbours(text[first.end() :], first, group)
        return
    elided = _ELIDED_FIRST.search(text)
    opening = _OPENING_PLURAL.match(text) if elided else None
    if elided is not None and opening is not None:
        item = strip_citation(elided.group("item")).strip(" ,;:.")
        if item and not re.search(r"\d", item) and not _NO_ANSWER.match(item):
            *modifiers, noun = opening.group("np").lower().split()
            group = " ".join((*modifiers, singular(noun)))
            yield item, _value(elided), group
            yield from _neighbours(text[elided.end() :], elided, group)
            return
    elided_noun = _NOUN_LEFT_UNSAID.search(text)
    if elided_noun is not None:
        # "the mucinous (colloid) subtype is the most common": the noun is the category
        yield elided_noun.group("item"), _value(elided_noun), elided_noun.group("noun").lower()
        return
    label = _LABEL_RANKED.match(text)
    if label is not None and (group := _group(label.group("group"))):
        yield label.group("label").strip(), _value(label), group
        return
    if not subject and (apposed := _APPOSED_SUBJECT.match(text)):
        subject = apposed.group("np")
    yield from _of_choice(text, subject)
    yield from _prognosis_ranks(text, subject)
    # "is one of the most common …", "is among the most common …" rank nothing: the verb
    # must be followed by "the" itself.
    yield from _subject_ranks(text, subject)
    # "The ileum and right colon are the segments most commonly affected"
    for match in _RANK_AFTER_NOUN.finditer(text):
        ranked = _clause_subject(text[: match.start()]) or subject
        if ranked and not _NO_ANSWER.match(ranked):
            yield ranked, re.sub(r"\s+", " ", match.group("rank").lower()), match.group("group")
    # "…, and the most common X of children": a second rank of the same subject.
    for match in re.finditer(rf",?\sand\s{_RANK}{_CATEGORY}", text, re.I):
        if (
            subject
            and _SUBJECT_RANKED.search(text[: match.start()])
            and (group := _group(match.group("group")))
        ):
            yield subject, _value(match), group


# "…, including angiosarcoma, the most common primary cardiac malignancy": a name and its
# rank in apposition, after a boundary (the start, a comma, a colon, "include", "with" …).
_LINK = r"(?:include|includes|including|with|as|from|and|or|like|mimics?|such|e\.g\.)"
_APPOSED_RANK = re.compile(
    r"(?:^|[,;:(]\s|\b(?:include|includes|including|with|as|from|and|or|like|mimics?)\s)"
    rf"(?:the\s|an?\s)?(?P<np>(?!{_LINK}\b)[A-Za-z][\w'’-]{{1,40}}"
    rf"(?:\s(?!{_LINK}\b)[\w'’-]{{1,40}}){{0,3}}),\s"
    rf"{_RANK}{_CATEGORY}(?!\s(?:is|are|was|were)\b)",
    re.I,
)
_NOT_AN_APPOSED_NAME = re.compile(
    r"^(?:in|on|at|for|among|after|before|within|of|unlike|like|when|if|although|while|"
    r"as|with|by|from|during|however|overall|typically|usually|it|they|this|these|which|"
    r"that|there)\b|\b(?:is|are|was|were|be|been|has|have|had|may|can)\b|\d",
    re.I,
)


def apposed_ranks(text: str) -> Iterator[tuple[str, str, str]]:
    """(name, rank, category) of "angiosarcoma, the most common primary cardiac malignancy"."""
    if ", the " not in text:
        return  # fail fast
    for match in _APPOSED_RANK.finditer(text):
        name = match.group("np")
        if _NOT_AN_APPOSED_NAME.search(name) or not (group := _group(match.group("group"))):
            continue
        if not same_name(group, name):
            yield name, _value(match), group


# A ranked site may be two places ranked together: "at the S2 and S3 levels", "in the femur
# and tibia" (each side at most four words); a clause after "and" ("… and are often
# multiple") is no part of it.
_NO_CONJUNCT = (
    r"(?:may|might|can|could|is|are|was|were|be|has|have|had|does|do|often|usually|typically|"
    r"rarely|sometimes|then|it|they|this|these|which|that|its|their|less|more|most|not)"
)
_SITE_WORDS = (
    r"[A-Za-z0-9][\w'’/-]{0,40}(?:\s(?!(?:and|or|in|at|with|which|that)\b)[\w'’/-]{1,40}){0,3}?"
)
# "in the territory of the anterior spinal artery": a place's "of" phrase is part of it; a
# clause after "and" that opens on a verb and its preposition ends it ("and presents with")
_SITE_NAME = (
    rf"(?:the\s)?(?P<item>{_SITE_WORDS}(?:\sof\s(?:the\s)?{_SITE_WORDS})?"
    rf"(?:\s(?:and|or)\s(?!{_NO_CONJUNCT}\b)(?:the\s)?"
    rf"{_SITE_WORDS})?)(?=\s?[,;.)]|$|\s(?:and|but)\s{_NO_CONJUNCT}\b"
    r"|\sand\s[a-z]{3,20}s\s(?:with|as|into|to|from|by|on)\b)"
)


# "Cord lesions are most frequent in the cervical cord", "It most often affects the
# femur": the place is ranked, as the commonest site of the sentence's subject.
_SITE_RANKED = re.compile(
    r"^(?P<np>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|most)\b)[\w'’/-]{1,40}){0,5}?)\s"
    r"(?:(?:is|are)\s(?:(?:also|usually|by\sfar)\s)?most\s(?P<adj>common|frequent)\s(?:in|at|within)"
    r"|most\s(?P<adv>commonly|frequently|often)\s(?:affects?|involves?|"
    r"(?:arises?|originates?)\s(?:in|from|at|within)|(?:occurs?|develops?)\s(?:in|at|within)|"
    r"(?:is|are)\s(?:seen|found|located)\s(?:in|at))"
    # "are most commonly found at the organ of Zuckerkandl": the adverb after the verb
    r"|(?:is|are)\s(?:also\s)?most\s(?P<adv2>commonly|frequently|often)\s"
    r"(?:found|seen|located|situated)\s(?:in|at|within|along|on)"
    # "They occur most commonly in the posterior fossa": the adverb after a verb of place
    r"|(?:occurs?|arises?|develops?|originates?)\smost\s(?P<adv3>commonly|frequently|often)\s"
    r"(?:in|at|within|from))\s"
    rf"{_SITE_NAME}",
    re.I,
)


# "most common in the fifth decade", "in women", "at night": a time or people, not a site.
_NOT_A_PLACE = re.compile(
    r"\b(?:decades?|years?|age|ages|childhood|adulthood|infancy|adolescen\w{0,4}|life|"
    r"men|women|males?|females?|boys|girls|children|adults|infants|neonates|patients|people|"
    r"elderly|night|morning|evening|day|winter|summer|spring|autumn|pregnancy|"
    r"populations?|countries|smokers|cases)\b",
    re.I,
)


def site_ranks(text: str, title: str) -> Iterator[tuple[str, str, str]]:
    """(place, rank, category) of "X are most frequent in the cervical cord": the place
    is the most common site of X ("site" alone when X is the article's subject)."""
    match = _SITE_RANKED.match(text)
    if (
        match is None
        or not _name_ok(match.group("item"))
        or _NOT_A_PLACE.search(match.group("item"))
    ):
        return
    owner = re.sub(r"^(?:the|a|an)\s", "", match.group("np"), flags=re.I)
    if _NO_ANSWER.match(owner) or _NO_ANSWER.match(match.group("item")):
        return
    group = "site" if same_name(owner, title) else f"site of {owner[:1].lower() + owner[1:]}"
    value = "most frequent" if (match.group("adj") or "").lower() == "frequent" else "most common"
    yield match.group("item"), value, group


# "The upper pole is most often affected", "Most commonly, the left kidney is involved": the
# place is the most common site, said with a passive and no "site" word. ("The small bowel is
# the most frequently injured": an injury's participle ranks it by its own words.)
_OF_PHRASE = (
    r"(?:\sof\s(?:the\s)?[A-Za-z][\w'’/-]{0,40}"
    r"(?:\s(?!(?:is|are|most)\b)[\w'’/-]{1,40}){0,3}?)?"
)
_AFFECTED_MOST = re.compile(
    r"^(?:the\s)?(?P<item>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|most|of)\b)[\w'’/-]{1,40}){0,4}?"
    rf"{_OF_PHRASE})"
    r"\s(?:is|are)\s(?:also\s)?(?:by\sfar\s)?(?:the\s)?most\s(?P<adverb>commonly|frequently|often)\s"
    r"(?P<participle>affected|involved|injured|damaged|fractured|torn)"
    r"(?=\s?[,;.]|$)"
    r"|^most\s(?:commonly|frequently|often),\s(?:the\s)?(?P<item2>[A-Za-z][\w'’/-]{0,40}"
    r"(?:\s(?!(?:is|are)\b)[\w'’/-]{1,40}){0,4}?)\s(?:is|are)\s(?:affected|involved)(?=\s?[,;.]|$)",
    re.I,
)


def affected_ranks(text: str) -> Iterator[tuple[str, str, str]]:
    """(place, "most common", "site") of "The upper pole is most often affected", and the
    places ranked after it ("…, followed by B, and then C"); people ("Young men are most
    often affected") and times are no site (``_NOT_A_PLACE``)."""
    match = _AFFECTED_MOST.match(text)
    if match is None:
        return
    item = match.group("item") or match.group("item2")
    if not _name_ok(item) or _NOT_A_PLACE.search(item) or _PRONOUN_ITEM.match(item):
        return
    value, group = "most common", "site"
    participle = (match.group("participle") or "").lower()
    if participle not in {"", "affected", "involved"}:
        # "the most frequently injured": not a site of the disease but what it injures
        value, group = f"most {match.group('adverb').lower()} {participle}", ""
    yield item, value, group
    for place, name in enumerate(ranked_run(text[match.end() :]), 1):
        if (
            _name_ok(name)
            and not _NOT_A_PLACE.search(name)
            and (rank := ordinal_rank(place, value))
        ):
            yield name, rank, group


_PRONOUN_ITEM = re.compile(r"^(?:it|they|this|these|those|that)$", re.I)


# "(approximately 75%), followed by …", ", isolated in about 70% of cases, followed by …": a
# bracketed aside, or a comma aside with a figure, between a rank and the next in rank
_LEADING_ASIDE = re.compile(
    r"^\s?(?:\([^()]{0,120}\)|,\s[^,;()]{0,60}?\d[^,;()]{0,40}?(?=,\s(?:and\s)?followed\sby\s))"
)


def _neighbours(rest: str, match: re.Match[str], group: str) -> Iterator[tuple[str, str, str]]:
    """The ranks a rank implies right after it: "…, followed by the femur" is next in rank
    (one name only: "followed by A and B" does not say which is next); "the second most
    common … after haemangioma" names the first. Only for ranks of how common things are."""
    rest = _LEADING_ASIDE.sub("", rest, count=1)  # "(approximately 75%), followed by …"
    value = _value(match)
    ordinal = (match.group("ordinal") or "").lower()
    frequency = re.sub(r"^\w+\s", "", value) if ordinal else value
    if frequency not in {"most common", "most frequent", "most prevalent"} and not (
        frequency.startswith(("most commonly ", "most frequently ", "most often "))
    ):
        return
    followed = _FOLLOWED_BY.match(rest)
    if followed is not None and ordinal in _NEXT_ORDINAL and _name_ok(followed.group("item")):
        yield followed.group("item"), f"{_NEXT_ORDINAL[ordinal]} {frequency}", group
    after = _AFTER.match(rest)
    if after is not None and ordinal == "second" and _name_ok(after.group("item")):
        yield after.group("item"), frequency, group


def _site_text(sentence: Sentence) -> str:
    """The sentence a site rank is read from: with its pronoun resolved, except for "It is
    most commonly found in the thigh", where the verb after the pronoun says nothing of
    what "It" is (a lesion, a finding or a sign), so the words stay as written."""
    if (
        sentence.referent
        and _PRONOUN_IS_MOST.match(sentence.text)
        and not _continues_its_referent(sentence)
    ):
        return sentence.text
    return sentence.resolved


def _continues_its_referent(sentence: Sentence) -> bool:
    """The sentence before opens on the pronoun's referent ("Tarlov cysts are …. They are
    most commonly found in the sacrum"): the pronoun carries that subject on, whatever the
    verb after it says."""
    previous = sentence_before(sentence)
    referent = re.sub(r"^(?:the|a|an)\s", "", sentence.referent, flags=re.I).lower()
    opening = re.sub(r"^(?:the|a|an)\s", "", previous, flags=re.I).lower()
    return bool(referent) and opening.startswith(referent)


_PRONOUN_IS_MOST = re.compile(r"^(?:it|they)\s(?:is|are)\s(?:also\s)?most\s", re.I)


# "The appearance has been likened to … It is the most common hip disorder of adolescence":
# what is ranked among disorders is a condition; a pronoun read as a non-condition ("the
# appearance") stood for the article's own subject.
_OPENING_PRONOUN = re.compile(r"^(?:it|this|they|these)\s(?:is|are)\s", re.I)


def _pronoun_condition(sentence: Sentence, item: str, group: str, article: Article) -> str:
    if (
        sentence.referent
        and _OPENING_PRONOUN.match(sentence.text)
        and item != article.title
        and not is_condition_name(item)
        and is_condition_name(group)
    ):
        return article.title
    return item


# A spinal level names a place ("the S2 and S3 levels", "L4-L5"); other figures name none.
_SPINAL_LEVEL = re.compile(r"\b[CTLS]\d{1,2}(?:\s?[-–/]\s?[CTLS]?\d{1,2})?\b")


def _name_ok(name: str) -> bool:
    return (
        bool(name)
        and not re.search(r"\d", _SPINAL_LEVEL.sub("", name))
        and not _NO_ANSWER.match(name)
    )


def _subject(sentence: Sentence, article: Article) -> str:
    # (a referent stands in for a subject before a verb no list knows: "It replaced …")
    noun_phrase = leading_subject(sentence.resolved) or sentence.referent
    return _as_title(re.sub(r"^(?:the|a|an)\s+", "", noun_phrase, flags=re.I), article)


def _words(name: str) -> set[str]:
    """A name's words without plural endings ("Macroadenomas" → "macroadenoma")."""
    return {re.sub(r"(?:ta|s)$", "", w) if len(w) > 4 else w for w in name.lower().split()}


def _as_title(name: str, article: Article) -> str:
    """The title when ``name`` is a form of it: the same name, one of its synonyms or
    abbreviations ("IPF"), or its head words alone ("Macroadenomas" in "Pituitary
    macroadenoma"); else ``name``."""
    title = article.title
    name = without_abbreviation(name)  # "… (JIA)"
    if not name or same_name(name, title) or any(same_name(name, s) for s in article.synonyms):
        return title if name else ""
    words = _words(name)
    if len(words) < len(_words(title)) and words <= _words(title) and len(name) > 4:
        return title
    return name


# A ranked name that is a tumour of its own ("Cardiac rhabdomyomas are the most common
# cardiac tumour of infancy" in another disease's article): the fact is about it. Findings
# ("lymphadenopathy", "necrosis", "stenosis") are ranked for the title, so only "-oma".
_CONDITION_NAME = re.compile(r"^(?:[\w'-]{1,40}\s){0,3}[a-z-]{3,40}(?:omas?|omata)$", re.I)


def _owner(item: str, article: Article) -> str:
    """What a rank fact is about: the ranked name when it is another condition, else the
    article's subject (a site, a symptom or a cause is ranked for the title)."""
    head = re.split(r"\s(?:in|of|at|within|from)\s", item, maxsplit=1)[0]  # "… in the abdomen"
    if item != article.title and _CONDITION_NAME.match(head) and not same_name(head, article.title):
        return item
    return article.title


# "Hepatic hydatid cysts are the most common manifestation of cystic echinococcosis": the
# title is ranked among the forms of another condition, so the rank is that condition's.
_OF_CONDITION = re.compile(r"\bof\s(?:the\s|an?\s)?(?P<name>[^,;()]{3,60})$")


def _wider_condition(group: str, article: Article) -> str:
    match = _OF_CONDITION.search(group)
    if match is None:
        return ""
    name = match.group("name").strip()
    if not is_condition_name(name) or same_name(name, article.title):
        return ""
    # "benign cartilage tumours after enchondroma": what it ranks after is no part of the
    # wider condition's name
    return "" if re.search(r"\s(?:after|behind|following)\s", name) else name


def _list_lines(items: tuple[ListItem, ...]) -> Iterator[str]:
    for item in items:
        yield item.text
        yield from _list_lines(item.children)


# Every rank pattern holds one of these words (_RANK, _OF_CHOICE, _SITE_RANKED, rank_chains).
_RANK_WORDS = (
    "most",
    "commonest",
    "leading",
    "strongest",
    "best",
    "least",
    "choice",
    "worst",
    "poorest",
    "followed by",  # rank_chains: "typically involves the knee, followed by the wrist"
    " of which ",  # rank_chains: "…, the largest of which is X"
    "order",  # rank_orders: "In order of frequency, the hip, shoulder and elbow are involved"
)


def _previous_kind_holder(sentence: Sentence, item: str, article: Article) -> str:
    """The subject of the sentence before (same paragraph) when the ranked item shares its
    head noun and it is not the article's ("Heterotopic mucosa …" before "Gastric mucosa is
    the most common type"): what the bare "type" is a type of; "" otherwise."""
    at = sentence.paragraph.find(sentence.text)
    earlier = split_sentences(sentence.paragraph[:at]) if at > 0 else []
    previous = leading_subject(earlier[-1]) if earlier else ""
    words, item_words = previous.lower().split(), item.lower().split()
    if len(words) < 2 or not item_words or words[-1].rstrip("s") != item_words[-1].rstrip("s"):
        return ""
    if words == item_words or any(
        same_name(previous, n) for n in (article.title, *article.synonyms)
    ):
        return ""
    return re.sub(r"^(?:the|a|an)\s", "", previous, flags=re.I).lower()


# "The most common cause is X": a rank whose sentence names no owner of its category.
_OWNERLESS_OPENING = re.compile(
    r"^the\s(?:single\s)?(?:most\s(?:common|frequent)|commonest|leading)\s[a-z]{3,30}\s(?:is|are)\s",
    re.I,
)
# "pseudoachalasia" beside "achalasia": a word made of the title's head word and a prefix.
_DERIVED_PREFIX = r"(?:pseudo|para|non|peri|extra|post|pre|sub)-?"


def _previous_other_condition(sentence: Sentence, article: Article) -> str:
    """The other condition the sentence before (same paragraph) is about, when an ownerless
    rank follows it: "Features that favour pseudoachalasia are … The most common cause is
    X" ranks a cause of pseudoachalasia, not of the article's achalasia; "" otherwise."""
    if not _OWNERLESS_OPENING.match(sentence.text):
        return ""
    at = sentence.paragraph.find(sentence.text)
    earlier = split_sentences(sentence.paragraph[:at]) if at > 0 else []
    if not earlier:
        return ""
    previous = earlier[-1]
    names = (article.title, *article.synonyms)
    if any(re.search(rf"\b{re.escape(n)}\b", previous, re.I) for n in names if n):
        return ""  # the sentence before is still about the title
    head = article.title.split()[-1] if article.title.split() else ""
    derived = re.search(rf"\b{_DERIVED_PREFIX}{re.escape(head)}\b", previous, re.I)
    if derived and len(head) >= 5:
        return derived.group(0).lower()
    opening = re.sub(r"^(?:the|a|an)\s", "", leading_subject(previous), flags=re.I)
    if (
        opening
        and not re.search(r"\s(?:that|which|who|of)\s", opening)
        and is_condition_name(opening)
        and _as_title(opening, article) != article.title
    ):
        return opening.lower()
    return ""


_LISTING_ASIDE = re.compile(r"\s{0,3}\([^()]{0,60}(?:,|\band\b|\bor\b)[^()]{0,60}\)\s{0,3}$")


def _label_name(label: str) -> str:
    """The ranked name of a list label without a bracket that lists its parts ("sacral
    roots (S2 and S3)" → "sacral roots"): asked whole, the answer would hide a list (C3)."""
    return _LISTING_ASIDE.sub("", label).strip()


# A category of growths a label may be ranked among as a condition of its own ("the second
# most common benign parotid tumour"); a kind ("variant", "subtype", "tear") is the title's.
_GROWTH_CATEGORY = re.compile(
    r"\b(?:tumou?rs?|neoplasms?|malignanc(?:y|ies)|cancers?|masses|mass)$", re.I
)


def _label_owner(label: str, group: str, article: Article) -> str:
    """Whom a list label's rank is about: a condition ranked among growths ("Warthin
    tumour: the second most common benign parotid tumour") is its own subject; a site, a
    kind or a complication is ranked for the title."""
    if (
        _GROWTH_CATEGORY.search(group)
        and is_condition_name(label)
        and not same_name(label, article.title)
    ):
        return label
    return article.title


def _listed_ranks(article: Article) -> Iterator[Fact]:
    """List entries ranked in a category ("Warthin tumour: the second most common benign
    parotid tumour"), or in the one their heading names ("pelvis: most common")."""
    for unit in iter_lists(article):
        yield from _ordered_entries(article, unit)
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        for line in _list_lines(unit.block.items):
            yield from _clause_ranks(article, unit.section, line)
            label = _LABEL_RANKED.match(strip_citation(line).split("; ", 1)[0])
            if label is None:
                label = _LABEL_BARE_RANK.match(strip_citation(line))
                group = _heading_group(unit.section.heading) if label else ""
            else:
                group = _group(label.group("group"))
            if label is None:
                yield from _trailing_ranks(article, unit.section, line)
                continue
            if not group:
                continue
            yield make_fact(
                FactKind.RANK,
                article,
                unit.section,
                line,
                key=(group, _value(label), _label_name(label.group("label"))),
                subject=_label_owner(_label_name(label.group("label")), group, article),
                item=_label_name(label.group("label")),
                value=_value(label),
                group=group,
                statement=line,
            )


def _ordered_entries(article: Article, unit: ListUnit) -> Iterator[Fact]:
    """The entries of a list its intro orders by frequency ("The teeth involved, in
    descending order of frequency, are:"), ranked in the order written."""
    group = listed_in_order(unit.intro)
    if not group:
        return
    names = [_label_name(item.text.split(":", 1)[0]).strip(" .;") for item in unit.block.items]
    if len(names) < 2 or not all(_name_ok(n) and len(n.split()) <= 6 for n in names):
        return
    for place, name in enumerate(names):
        if not (rank := ordinal_of(place)):
            break
        yield make_fact(
            FactKind.RANK,
            article,
            unit.section,
            unit.block.items[place].text,
            key=(group, rank, name),
            subject=article.title,
            item=name,
            value=rank,
            group=group,
            statement=f"{unit.intro} {unit.block.items[place].text}",
        )


def _trailing_ranks(article: Article, section: Section, line: str) -> Iterator[Fact]:
    """A label ranked at its entry's end ("type I: …, the most common type"), in the category
    the entry names, else the one its heading names."""
    ranked = trailing_label_rank(strip_citation(line))
    if ranked is None:
        return
    group = ranked.group or _heading_group(section.heading)
    item = _label_name(ranked.label)
    # (a label may hold a figure: "ILAE type 1")
    if not group or "%" in item or _NO_ANSWER.match(item) or same_name(item, group):
        return
    yield make_fact(
        FactKind.RANK,
        article,
        section,
        line,
        key=(group, ranked.value, item),
        subject=_label_owner(item, group, article),
        item=item,
        value=ranked.value,
        group=group,
        statement=line,
    )


def _clause_ranks(article: Article, section: Section, line: str) -> Iterator[Fact]:
    """Ranks in the clauses after a list entry's first ("infratentorial: ~20%; the pons is
    the commonest site"): each clause a sentence of its own about the title."""
    for clause in strip_citation(line).split("; ")[1:]:
        subject = without_article(leading_subject(clause))
        for item, rank, group in ranks_in(clause, subject):
            if not _name_ok(item) or _PRONOUN_ITEM.match(item) or same_name(item, group):
                continue
            yield make_fact(
                FactKind.RANK,
                article,
                section,
                line,
                key=(group, rank, item),
                subject=article.title,
                item=item,
                value=rank,
                group=group,
                statement=line,
            )


# "After ganglion cysts, it is the second most common …": the first of the ranking fronted
_FRONTED_FIRST = re.compile(
    r"^after\s(?P<first>[^,;:.()]{3,60}),\s(?:it|they)\s(?P<rest>(?:is|are)\s(?:also\s)?the\s"
    rf"{_ORDINAL}\s[^;:]{{3,120}}?)\.?$",
    re.I,
)


def _fronted_first(sentence: Sentence, article: Article) -> str:
    """The sentence with its fronted "After X," moved behind the rank and its pronoun read as
    the title, when the sentence before opens on the title; "" otherwise."""
    match = _FRONTED_FIRST.match(sentence.text)
    if match is None:
        return ""
    previous = sentence_before(sentence)
    if not any(
        previous.lower().startswith(name.lower()) for name in (article.title, *article.synonyms)
    ):
        return ""
    return f"{article.title} {match.group('rest')}, after {match.group('first')}."


def _chained_site_facts(text: str, article: Article) -> Iterator[tuple[str, str, str, str]]:
    """(place, rank, group, owner) of "X typically involves A, followed by B": the places are
    ranked for X where X is a condition of its own ("Acute gout" in a crystal disease's
    article), else for the title (with X in the group: "site of cord lesions")."""
    for named, place, rank, group in chained_sites(text):
        owner = without_article(named)
        if _NO_ANSWER.match(owner) or not _name_ok(place) or _NOT_A_PLACE.search(place):
            return
        if _as_title(owner, article) == article.title:
            yield place, rank, group, article.title
        elif is_condition_name(owner):
            yield place, rank, group, owner
        else:
            yield place, rank, f"{group} of {owner[:1].lower() + owner[1:]}", article.title


def _plural_of(single: str, text: str) -> str:
    """The set a singular category was made from, as the sentence writes it ("arteries")."""
    head = single.rsplit(" ", maxsplit=1)[-1]
    match = re.search(rf"\b{re.escape(single[: -len(head)])}{re.escape(head[:-1])}\w*", text, re.I)
    return match.group(0) if match else single


# "the next most common": a rank that counts on from the one before it.
_NEXT = re.compile(r"\bnext\s(?=(?:most|commonest)\b)", re.I)
# A first rank: "the most common", "the commonest", "the leading" (no ordinal before it).
_FIRST_RANK = re.compile(
    r"\bthe\s(?:single\s)?(?:most\s(?:common|frequent)(?:ly)?|commonest|leading)\b", re.I
)


def _next_as_second(read: Sentence, before: Sentence | None) -> Sentence | None:
    """The sentence with its "next most common" read as "second most common" when a first
    rank comes before it (earlier in the sentence, or in the paragraph's sentence before);
    None when none does: the page leaves unsaid what it follows."""
    nearby = before.text if before and before.paragraph == read.paragraph else ""
    earlier = read.text[: next_at.start()] if (next_at := _NEXT.search(read.text)) else ""
    if not (_FIRST_RANK.search(nearby) or _FIRST_RANK.search(earlier)):
        return None
    return replace(read, text=_NEXT.sub("second ", read.text))


# "the commonest finding is diffuse small nodular or reticulonodular opacities": a name cut
# at "or" after an adjective has no noun of its own; the alternative after it holds it.
_ADJECTIVE_END = re.compile(r"(?:al|ar|ic|ous|ive|ary|ed)$")
_OR_ALTERNATIVE = re.compile(
    r"^\sor\s(?P<rest>[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30}){0,2}?)(?=\s?[,;.)]|$)"
)


def _with_alternative(item: str, text: str) -> str:
    """``item`` with the "or" alternative that finishes it, when the item ends on an
    adjective and the sentence goes on with "or" and a short phrase; else ``item``."""
    words = item.split()
    at = text.find(item)
    if not words or at < 0 or not _ADJECTIVE_END.search(words[-1].lower()):
        return item
    rest = _OR_ALTERNATIVE.match(text[at + len(item) :])
    return f"{item} or {rest.group('rest')}" if rest else item


def extract_ranks(article: Article) -> Iterator[Fact]:
    """One fact per superlative: ``item`` the thing ranked, ``value`` its rank ("most
    common", "second most common"), ``group`` the category it is ranked in."""
    yield from _listed_ranks(article)
    previous: Sentence | None = None
    for written in iter_sentences(article):
        before, previous = previous, written
        lowered = written.resolved.lower()
        if not any(word in lowered for word in _RANK_WORDS):
            continue  # a plain substring test first: most sentences rank nothing
        # "The humerus is the next most frequently involved bone"
        read = _next_as_second(written, before) if _NEXT.search(written.text) else written
        if read is None:
            continue
        # "After ganglion cysts, it is the second most common mass of the hand": read as
        # "<title> is the second most common mass of the hand, after ganglion cysts"
        fronted = _fronted_first(read, article)
        sentence = replace(read, text=fronted, referent="") if fronted else read
        if not fronted and read.fronted_referent:
            # "Worldwide it is the fourth most common cancer in women": read with its
            # pronoun's referent, as a leading pronoun is
            sentence = replace(read, text=read.resolved_fronted, fronted_referent="")
        subject = _subject(sentence, article)
        # the names ranked as a clause's subject ("X is the most common Y"), not a name
        # ranked beside them ("… after haemangioma") or a site
        subjects = {_as_title(n, article) for n in (subject, _clause_names(sentence.resolved))}
        found = [
            (_as_title(i, article), r, g, _owner(i, article) if i in subjects else article.title)
            for i, r, g in ranks_in(sentence.resolved, subject)
            # the disease is no way of imaging it: "It is the modality of choice" with "It"
            # read as the title stands for a modality the sentence does not name
            if not (" of choice" in r and _as_title(i, article) == article.title)
        ]
        # (a note drops "the": "The most common finding on radiographs." names nothing)
        note = _NOTE_RANKED.match(sentence.text)
        if (
            note is not None
            and not sentence.text.lower().startswith("the ")
            and (group := _group(note.group("group")))
        ):
            found.append((article.title, _value(note), group, article.title))
        known = {(i, r, g) for i, r, g, _ in found}
        found += [
            (_as_title(i, article), r, g, _owner(i, article))
            for i, r, g in apposed_ranks(sentence.resolved)
            if (_as_title(i, article), r, g) not in known
        ]
        # a site of another tumour ("Extra-adrenal paragangliomas … are most commonly found
        # at …" in the phaeochromocytoma article) is a fact about that tumour
        found += [
            (i, r, g, _owner(g.removeprefix("site of "), article))
            for i, r, g in site_ranks(_site_text(sentence), article.title)
        ]
        found += [(i, r, g, article.title) for i, r, g in affected_ranks(sentence.text)]
        found += [(i, r, g, article.title) for i, r, g in ordered_run(sentence.text)]
        found += list(_chained_site_facts(_site_text(sentence), article))
        found += [
            (i, r, s, article.title if frequency else _plural_of(s, sentence.text))
            for i, r, s, frequency in of_which_ranks(sentence.resolved)
            if _name_ok(i)
        ]
        for found_item, rank, found_group, first_owner in found:
            group = found_group
            item, owner = _pronoun_condition(sentence, found_item, group, article), first_owner
            item = _with_alternative(item, sentence.resolved)
            if item == article.title:
                owner = _wider_condition(group, article) or first_owner
            elif owner == article.title and (other := _previous_other_condition(sentence, article)):
                owner = other
            if _BARE_KIND.match(group) and (
                kind_of := _previous_kind_holder(sentence, item, article)
            ):
                # "Heterotopic mucosa is found in half. Gastric mucosa is the most common
                # type": a type of the heterotopic mucosa, not of the article's subject
                group = f"{group} of {kind_of}"
            elif owner == item and _BARE_KIND.match(group):
                # "Sarcomatous change is rare; osteosarcoma is the most common type": a type
                # of what the sentence opened on (else the title), never of itself
                opening = subject if subject and subject != item else article.title
                owner = opening
            yield make_fact(
                FactKind.RANK,
                article,
                sentence.section,
                read.text,
                key=(group, rank),
                subject=owner,
                item=item,
                value=rank,
                group=group,
                statement=read.text,
            )
