"""Percentages in prose, each with its item, whole or measure in fields (see ``shares``);
runs that divide one whole ("70% in the head, 20% in the body, 10% in the tail") are parts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quizgen.extractors.accuracy import (
    accuracy_measure,
    accuracy_subject,
    is_no_test,
    test_in_measure,
    test_in_sentence,
)
from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.cutoffs import grade_labels, grade_of_figures
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
from quizgen.extractors.share_wholes import other_whole
from quizgen.extractors.shares import Share, shares_in
from quizgen.extractors.subgroups import (
    for_kind,
    opening_kind,
    people_with,
    subtype_owner,
    whole_is_a_kind,
    whole_with_condition,
)
from quizgen.extractors.text import (
    Sentence,
    is_plural,
    iter_sentences,
    leading_subject,
    make_fact,
    mask_numbers,
    same_name,
    sentence_before,
)
from quizgen.extractors.vocabulary import MODALITIES
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_percentages"]

# "It has a specificity of 93%": a pronoun the reader could not resolve leaves the share
# without what it is of, and the title is not it (a sign, a test, a subtype).
# "…, yet it is normal in up to 30%": a pronoun after a conjunction is no item either.
_PRONOUN = re.compile(
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


def _points_elsewhere(text: str, names: tuple[str, ...]) -> bool:
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


def _shares_own_organ(shares: Sequence[Share], title: str) -> bool:
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


def _labelled(text: str, item: str) -> str:
    """The item with the sequence or modality its line is labelled with ("T1: hyperintense
    in about 60%" → "hyperintense on T1"); "" for an item that names nothing."""
    if not item or _NOT_A_NAME.search(item):
        return ""
    label = _LABEL.match(text)
    if label and label.group("rest").startswith(item) and sequences_in(label.group("label")):
        return f"{item} on {label.group('label').strip()}"
    return item


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _subject_of(sentence: Sentence, title: str) -> str:
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


# "rare", "very common", and the comparatives: "much rarer (around 1 in 6000)" says how
# often the sentence's subject is, it names nothing counted.
_FREQUENCY = (
    r"(?:(?:(?:very|extremely|relatively|quite)\s)?(?:rare|uncommon|common|unusual|frequent|"
    r"infrequent)|(?:(?:much|far|slightly|considerably|even)\s)?(?:rarer|commoner|"
    r"(?:more|less)\s(?:common|frequent)))"
)
_FREQUENCY_WORD = re.compile(rf"^{_FREQUENCY}$", re.I)
_RARE_SUBJECT = re.compile(
    r"(?:^|[,;]\s|\s(?:although|though|whereas|while|but)\s)"
    r"(?!(?:although|though|whereas|while|but)\s)(?P<np>[A-Za-z][\w' -]{2,60}?)"
    rf"\s(?:is|are)\s(?:[a-z]+ly\s)?{_FREQUENCY}\s?\($",
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
    match = _OPENING_MODALITY.match(sentence_before(sentence))
    return match.group("test") if match else ""


# The words that may open a sentence before its share ("Roughly half …", "About 10% …").
_OPENING_QUALIFIER = (
    r"(?:about|around|roughly|approximately|nearly|almost|up\s+to|over|more\s+than|"
    r"less\s+than|only|some|~|≈|<|>)?\s*"
)
# "Bosniak III masses have thick septa. Roughly half are malignant.": a sentence that opens on
# its share, with no subject of its own, counts what the sentence before is about.
_BARE_OPENING = re.compile(_OPENING_QUALIFIER, re.I)


def _previous_subject(sentence: Sentence, title: str) -> str:
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


_QUANTIFIER = re.compile(
    r"^(?:(?:almost|nearly|virtually|practically)\s)?(?:all|most|many|some|few|several|"
    r"(?:the\s)?(?:vast\s)?(?:majority|minority)\sof)\s(?:(?:the|these|such)\s)?",
    re.I,
)
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
_SHORT_CLAUSE = re.compile(
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


def _quantified_predicate(item: str, after: str) -> str:
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


def extract_percentages(article: Article) -> Iterator[Fact]:
    """Each share a sentence states, with its item and whole in fields; runs that divide
    one whole ("70% in the head, 20% in the body, 10% in the tail") as frequency parts."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if len(text.split()) < 5 and not _SHORT_CLAUSE.match(text):
            continue  # a fragment has no subject to ask about
        if about_the_case(text):
            continue  # "The patient had 30% weight loss": the case's figure, not a share
        if _points_elsewhere(text, (article.title, *article.synonyms)):
            continue
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
        if text.rstrip().endswith(":"):
            # a list's intro ("In 20% of cases the following are seen:") counts its entries,
            # which no field names; a share with its own item ("Multiple lesions are
            # uncommon, occurring in fewer than 2%, and should prompt a search for:") stays
            shares = [s for s in shares if s.item and not _LIST_POINTER.match(s.item)]
        if not shares or _shares_own_organ(shares, article.title):
            continue
        fallback = _pronoun_after_clause_owner(sentence, article)
        if fallback is None:
            continue  # "When symptomatic they …" about a thing no field can name
        graded = grade_of_figures(sentence.text)
        for fact in _facts(article, sentence, shares, fallback or article.title):
            if _graded_rightly(fact, graded):
                yield fact


# "the following", "these": the words of an intro that point to its list's entries
_LIST_POINTER = re.compile(r"^(?:the\s)?(?:following|these|those|below)\b", re.I)


# "When symptomatic it presents with fractures (in 80%)", "If untreated, they progress in
# 30%": the pronoun after an opening subordinate clause stands for the sentence before's
# subject, as a leading pronoun would.
_PRONOUN_AFTER_CLAUSE = re.compile(
    r"^(?:when|whenever|if|once|although|though|while|unless|after|before|because|since)\s"
    r"[^,;.()]{1,40}?,?\s(?P<pronoun>it|they)\s[a-z]",
    re.I,
)
_ABBREVIATED_KIND = re.compile(r"^[A-Z][A-Z\d-]{1,8}(?:\s(?:[IVX]{1,4}|\d{1,2}[a-c]?))?$")


def _pronoun_after_clause_owner(sentence: Sentence, article: Article) -> str | None:
    """Whom a share belongs to in a sentence whose subject is a pronoun after an opening
    subordinate clause: "" for the article's own subject (or no such sentence), the kind
    or condition the sentence before opens on, None when that names something else."""
    match = _PRONOUN_AFTER_CLAUSE.match(sentence.text.strip())
    if match is None:
        return ""
    referent = leading_subject(sentence_before(sentence))
    names = (article.title, *article.synonyms)
    if not referent or any(same_name(referent, n) for n in names):
        return ""
    if is_plural(referent) != (match.group("pronoun").lower() == "they"):
        return ""  # no agreement: the pronoun is not the sentence before's subject
    kind = subtype_owner(referent, names)
    if kind:
        return kind
    if _ABBREVIATED_KIND.match(referent):
        return f"{article.title} ({referent})"  # "ADO II": an abbreviated kind of it
    return referent if is_condition_name(referent) else None


# "A score of 3 or more indicates invasion, with a sensitivity of 83%": the accuracy is the
# score's (a disease has none), and the score is the one the sentence before names
# ("The Vesical Imaging-Reporting and Data System (VI-RADS) scores …").
_ACCURACY = re.compile(
    r"^(?:\w+\s)?(?:sensitivity|specificity|accuracy|(?:positive|negative)\spredictive|[pn]pv)",
    re.I,
)
_SCORE_OPENING = re.compile(
    r"^(?:an?\s|the\s)?(?P<cut>(?:total\s|overall\s)?(?:score|grade|category|cut-?off|"
    r"threshold)\s[^,;()]{0,30}?\d[^,;()]{0,20}?)\s(?:is|was|are|were|has|had|gives?|yields?|"
    r"predicts?|indicates?|suggests?|favou?rs?)\b",
    re.I,
)
_NAMED_SCORE = re.compile(
    r"^(?:the\s)?(?P<name>[A-Z][\w-]{0,30}(?:\s[\w-]{1,30}){0,6}?\s(?:score|scale|system|"
    r"classification|index|criteria|rule))(?:\s\((?P<short>[A-Z][\w-]{1,15})\))?\s",
    re.I,
)


def _score_of(sentence: Sentence) -> tuple[str, str]:
    """(owner, item) of an accuracy figure in a sentence that opens on a score's cut-off:
    the score the sentence before opens on (or "") and the cut-off; ("", "") otherwise."""
    opening = _SCORE_OPENING.match(sentence.text.strip())
    if opening is None:
        return "", ""
    named = _NAMED_SCORE.match(sentence_before(sentence))
    owner = (named.group("short") or named.group("name")) if named else ""
    return owner, opening.group("cut").strip()


# The head of a noun phrase that names a test: "A cell-based assay", "the contrast study".
_TEST_HEAD = re.compile(
    r"(?<![\w-])(?:tests?|assays?|scans?|study|studies|examinations?|sequences?|imaging|"
    r"biops(?:y|ies)|enemas?|swallow|PCR|scintigraphy|elastography|\w+graphy|\w+scopy)$",
    re.I,
)


_MODALITY_HEAD = re.compile(rf"(?:{MODALITIES.pattern})$", re.I)


def _test_of(sentence: Sentence) -> str:
    """The test a sentence opens on ("Bedside ultrasound is more sensitive than …, with a
    sensitivity of 90%", "A cell-based assay is the preferred test"), whose accuracy its
    figure is; "" when it opens on anything else (a disease has no sensitivity)."""
    lead = re.sub(r"^(?:the|an?)\s+", "", leading_subject(sentence.resolved), flags=re.I)
    if not lead or _ACCURACY.match(lead):
        return ""
    named = _MODALITY_HEAD.search(lead) or _TEST_HEAD.search(lead)
    return lead if named and len(lead.split()) <= _TEST_WORDS else ""


def _accuracy_test(sentence: Sentence, before: str, attribute: str, item: str, tested: str) -> str:
    """Whose accuracy a figure is ("" for no accuracy figure): the test its measure names
    ("sensitivity of CT"), the item when it is a modality ("…, roughly 52% for
    mammography"), the test the sentence opens on ("CT angiography shows X …, with a
    sensitivity of 90%"), the item (a sign, a criterion), or the sentence's earlier test."""
    if not accuracy_measure(attribute):
        return ""
    if named := test_in_measure(attribute):
        # the attribute's first letter is lower case; the sentence keeps a name's capitals
        said = re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", sentence.text, re.I)
        return said.group() if said else named
    if is_no_test(item):
        item = ""  # "which", "it": a pointer names no test
    if _RELATIVE_HAS.search(before):
        return item  # "CT shows the target sign, which has a specificity of 90%": not CT's
    if item and MODALITIES.search(item):
        return item
    return _test_of(sentence) or test_in_sentence(before) or item or tested


_RELATIVE_HAS = re.compile(
    r"\b(?:which|that)\s(?:has|have|had|carries|carry|shows?|offers?)\b[^,;]*$", re.I
)


def _graded_rightly(fact: Fact, graded: dict[str, str]) -> bool:
    """Whether a share of a per-grade run names, in its fields, the grade its figure belongs
    to (always true outside such a run). In "Recurrence after a grade I resection is 9%,
    grade II 19%" the measure "recurrence after a grade I resection" is the first figure's
    only, and "5-year survival" of "90% (stage I) to 20% (stage IV)" is no figure of the
    whole disease: the per-grade facts (``extract_cutoffs``) carry each with its grade."""
    if not graded:
        return True
    level = graded.get("".join(re.findall(r"[\d.]+", fact.value)), "")
    named = grade_labels(f"{fact.subject} {fact.item} {fact.group} {fact.attribute}")
    return not level or named == {level.lower()}


# "After complete resection, 80-90% of patients become seizure-free": the treatment or
# event the sentence opens on is when the figure holds; without it the card would give the
# outcome to the disease itself.
_OPENING_SETTING = re.compile(
    r"^(?P<setting>(?:after|following|without)\s(?!(?:this|that|these|those|it|them)\b)"
    r"[^,;:()]{3,60}?),\s",
    re.I,
)


def _in_setting(text: str, share: Share, item: str, attribute: str) -> tuple[str, str]:
    """(item, attribute) with the setting the sentence opens on added to what the figure
    counts (the item, else the measure), when the figure follows it."""
    match = _OPENING_SETTING.match(text.strip())
    offset = len(text) - len(text.lstrip())
    if match is None or share.percent.start < offset + match.end() or not (item or attribute):
        return item, attribute
    setting = match.group("setting")
    setting = setting[:1].lower() + setting[1:]
    if item:
        return (item if setting.lower() in item.lower() else f"{item} {setting}"), attribute
    return item, (attribute if setting.lower() in attribute.lower() else f"{attribute} {setting}")


_CLAUSE_STOP = re.compile(r"[,;:]\s")
_TEST_WORDS = 6


def _facts(
    article: Article, sentence: Sentence, shares: Sequence[Share], fallback: str
) -> Iterator[Fact]:
    masked = mask_numbers(sentence.text)
    seen: set[tuple[str, ...]] = set()
    tested = ""  # the test the sentence's first accuracy figure is of
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
        item = _quantified_predicate(item, after)
        owner = owner or _affected_owner(before, after, names)
        developing = None if item or owner else _with_condition(after, names)
        if developing:
            owner, item = developing
        if not owner:
            # the title counted ("ABPA complicates 2-15% of patients with CF") stays its own
            clause = _CLAUSE_STOP.split(before)[-1].strip()
            counted = item or leading_subject(clause) or _subject_of(sentence, article.title)
            owner, had = people_with(after, names, counted)
            owner = owner if item or had else ""  # "CF: 2-15%" alone would say nothing
            item = item or had
        if not owner and share.group and whole_is_a_kind(before, after, item, names):
            owner = subtype_owner(share.group, names)
        owner = owner or for_kind(after, article.title)
        owner = owner or opening_kind(sentence.resolved, share.percent.start, names)
        owner = owner or other_whole(before, after, share.group, names)
        if not owner and not share.group and _BARE_OPENING.fullmatch(before):
            owner = _previous_subject(sentence, article.title)
        if not (owner or item) and _ACCURACY.match(share.attribute):
            owner, item = _score_of(sentence)
        if not item and _ACCURACY.match(share.attribute):
            item = _test_of(sentence)  # "CT is …, with a sensitivity of 90%": CT's figure
        item, attribute = _in_setting(sentence.resolved, share, item, share.attribute)
        test = "" if owner else _accuracy_test(sentence, before, share.attribute, item, tested)
        if test:
            tested = test  # "…, with a specificity of 96%" after "Sensitivity of X is 88%"
            owner, item = accuracy_subject(test, article.title), test
            attribute = accuracy_measure(share.attribute)
        yield make_fact(
            FactKind.PERCENTAGE,
            article,
            sentence.section,
            sentence.text,
            key=key,
            subject=owner or fallback,
            item=item,
            group=whole_with_condition(share.group, after),
            attribute=attribute,
            value=share.percent.value,
            statement=sentence.text,
        )
