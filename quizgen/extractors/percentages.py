"""Percentages in prose, each with its item, whole or measure in fields (see ``shares``);
runs that divide one whole ("70% in the head, 20% in the body, 10% in the tail") are parts."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from quizgen.extractors.accuracy import (
    ACCURACY_LEAD,
    accuracy_measure,
    accuracy_subject,
    accuracy_test,
    pronoun_test,
    score_of,
    test_of,
)
from quizgen.extractors.clauses import is_condition_name
from quizgen.extractors.cutoffs import grade_labels, grade_of_figures
from quizgen.extractors.frequency import inline_share_runs, run_owner
from quizgen.extractors.owners import (
    about_the_case,
    measured_by,
    opens_on_pronoun,
    other_condition_of,
    treatment_owner,
)
from quizgen.extractors.share_measures import is_short_measure
from quizgen.extractors.share_subjects import (
    BARE_OPENING,
    FREQUENCY_WORD,
    PRONOUN_ITEM,
    SHORT_CLAUSE,
    affected_owner,
    labelled,
    points_elsewhere,
    previous_subject,
    quantified_predicate,
    rare_subject,
    sentence_subject,
    shares_own_organ,
    with_condition,
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
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_percentages"]


def extract_percentages(article: Article) -> Iterator[Fact]:
    """Each share a sentence states, with its item and whole in fields; runs that divide
    one whole ("70% in the head, 20% in the body, 10% in the tail") as frequency parts."""
    for sentence in iter_sentences(article):
        text = sentence.text
        if len(text.split()) < 5 and not (SHORT_CLAUSE.match(text) or is_short_measure(text)):
            continue  # a fragment has no subject to ask about
        if about_the_case(text):
            continue  # "The patient had 30% weight loss": the case's figure, not a share
        # "It has a specificity of 93%", "This sign has …": the test or sign it stands for
        pointed = pronoun_test(sentence)
        if points_elsewhere(text, (article.title, *article.synonyms)) and not pointed:
            continue
        taken = inline_share_runs(text)
        raw = [
            s
            for s in shares_in(
                sentence.resolved, sentence_subject(sentence, article.title), article.title
            )
            if not any(start <= s.percent.start < end for start, end in taken)
        ]
        shares = [s for s in raw if not PRONOUN_ITEM.match(s.item)]
        if opens_on_pronoun(sentence.text):
            # "It has a specificity of 93%": the measure is of what "It" stands for
            shares = [replace(s, item=pointed) if _points_to_test(s, pointed) else s for s in raw]
            # ("Its sensitivity is 96%, …, in which CTPA detected only about half": a later
            # figure of a possessive's sentence, no measure, has its own subject; a measure
            # whose test is not found, or a pronoun's figure, has none)
            possessive = _POSSESSIVE_OPENING.match(text)
            shares = [
                s
                for s in shares
                if (s.item or (possessive and not ACCURACY_LEAD.match(s.attribute)))
                and not PRONOUN_ITEM.match(s.item)
            ]
        if text.rstrip().endswith(":"):
            # a list's intro ("In 20% of cases the following are seen:") counts its entries,
            # which no field names; a share with its own item ("Multiple lesions are
            # uncommon, occurring in fewer than 2%, and should prompt a search for:") stays
            shares = [s for s in shares if s.item and not _LIST_POINTER.match(s.item)]
        if not shares or shares_own_organ(shares, article.title):
            continue
        fallback = _pronoun_after_clause_owner(sentence, article)
        if fallback is None:
            continue  # "When symptomatic they …" about a thing no field can name
        graded = grade_of_figures(sentence.text)
        for fact in _facts(article, sentence, shares, fallback or article.title):
            if _graded_rightly(fact, graded):
                yield fact


# What a demonstrative opening a sentence leaves as a share's item with its noun: "this sign"
# (a bare pronoun is ``PRONOUN_ITEM``).
_POINTER_NOUN = re.compile(r"^(?:this|these|those)\s[a-z-]{3,20}$", re.I)


_POSSESSIVE_OPENING = re.compile(r"^(?:its|their)\s", re.I)


def _points_to_test(share: Share, test: str) -> bool:
    """Whether a share of a sentence that opens on a pronoun owning a measure is the test's:
    its item is the pronoun, or it has none and is the measure ("Its sensitivity is 85%")."""
    if not test:
        return False
    pointer = PRONOUN_ITEM.match(share.item) or _POINTER_NOUN.match(share.item)
    return bool(pointer) or (not share.item and bool(ACCURACY_LEAD.match(share.attribute)))


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
    # "Untreated, mortality approaches 100%": the state of treatment the figure holds in
    r"[^,;:()]{3,60}?|(?:un)?treated|(?:un)?operated),\s",
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
_COMPARATIVE_ONLY = re.compile(
    r"^(?:(?:much|far|even|slightly|considerably)\s)?(?:higher|lower|greater|smaller|larger|"
    r"increased|reduced|more|less|fewer)$",
    re.I,
)


def _named_item(item: str, before: str) -> str:
    """The item a share's words name, when they name one."""
    if _COMPARATIVE_ONLY.match(item):
        return ""  # "this figure is higher (up to 25%) in women with …": a comparison
    if FREQUENCY_WORD.match(item):
        # "Sarcomatous degeneration is rare (under 1% of patients)": the share is the
        # sentence subject's, "rare" only says it in words
        return rare_subject(before)
    return item


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
        item = _named_item(labelled(sentence.text, measured_by(before) or share.item), before)
        owner = "" if item else treatment_owner(before)
        # "In Ollier disease, by contrast, the risk is 25-40%": the other condition's figure
        names = (article.title, *article.synonyms)
        owner = owner or other_condition_of(sentence.resolved, share.percent.start, names)
        owner = owner or run_owner(before, article.title, article.synonyms)
        after = sentence.resolved[share.percent.end :]
        item = quantified_predicate(item, after)
        owner = owner or affected_owner(before, after, names)
        developing = None if item or owner else with_condition(after, names)
        if developing:
            owner, item = developing
        if not owner:
            # the title counted ("ABPA complicates 2-15% of patients with CF") stays its own
            clause = _CLAUSE_STOP.split(before)[-1].strip()
            counted = item or leading_subject(clause) or sentence_subject(sentence, article.title)
            owner, had = people_with(after, names, counted)
            owner = owner if item or had else ""  # "CF: 2-15%" alone would say nothing
            item = item or had
        if not owner and share.group and whole_is_a_kind(before, after, item, names):
            owner = subtype_owner(share.group, names)
        owner = owner or for_kind(after, article.title)
        owner = owner or opening_kind(sentence.resolved, share.percent.start, names)
        owner = owner or other_whole(before, after, share.group, names)
        if not owner and not share.group and BARE_OPENING.fullmatch(before):
            owner = previous_subject(sentence, article.title)
        if not (owner or item) and ACCURACY_LEAD.match(share.attribute):
            owner, item = score_of(sentence)
        if not item and ACCURACY_LEAD.match(share.attribute):
            item = test_of(sentence)  # "CT is …, with a sensitivity of 90%": CT's figure
        item, attribute = _in_setting(sentence.resolved, share, item, share.attribute)
        test = "" if owner else accuracy_test(sentence, before, share.attribute, item, tested)
        if test:
            tested = test  # "…, with a specificity of 96%" after "Sensitivity of X is 88%"
            owner, item = accuracy_subject(test, article.title), test
            attribute = accuracy_measure(share.attribute)
        owner, item = _as_prevalence(owner or fallback, item, share.group, names)
        yield make_fact(
            FactKind.PERCENTAGE,
            article,
            sentence.section,
            sentence.text,
            key=key,
            subject=owner,
            item=item,
            group=whole_with_condition(share.group, after),
            attribute=attribute,
            value=share.percent.value,
            statement=sentence.text,
        )


# "Bladder diverticula are found in 1-2% of the population": a share of everyone is how
# common the thing counted is, its prevalence; a share of autopsies, its prevalence there.
_EVERYONE = re.compile(
    r"^(?:the\s)?(?:general\s|whole\s|adult\s)?(?:population|public)$"
    r"|^(?P<autopsy>(?:all\s)?autops(?:y|ies)(?:\sseries|\sstudies)?)$",
    re.I,
)


# "Hepatic involvement is found in 5% of autopsies": an aspect of the page's condition, which
# stays the subject; the share is that aspect's, not a prevalence of a thing of its own.
_ASPECT = re.compile(
    r"\b(?:involvement|spread|extension|infiltration|invasion|metastas[ie]s|recurrence)$", re.I
)


def _as_prevalence(subject: str, item: str, whole: str, names: tuple[str, ...]) -> tuple[str, str]:
    """(subject, item) of a share: the thing counted (the item, or the subject when the item
    is none or another name of the page's) and "prevalence" when the whole is the
    population, unless the item is an aspect of the subject (``_ASPECT``); else as they
    were."""
    everyone = _EVERYONE.match(whole.strip())
    if everyone is None or _ASPECT.search(item):
        return subject, item
    own = not item or any(same_name(item, name) for name in names)
    measure = "prevalence at autopsy" if everyone["autopsy"] else "prevalence"
    return subject if own else item, measure
