"""What the topic shows on a study the sentence opens on: "On FDG PET, round atelectasis
typically shows low metabolic activity", "At angiography the tumour has a spoke-wheel
pattern", "On chest radiography an aspergilloma appears as a round opacity", "On CT, there
is X", "On T2-weighted images, X is seen". The study before the comma is the attribute; the
clause after it must be about the topic (its name, a bare lesion noun, or a pronoun for the
topic), or name no thing at all ("there is", "X is seen"), else it gives nothing. "After
contrast, …" is the enhanced study of the heading's CT or MRI; "In the chronic phase there
is X" is a subgroup's finding on the heading's study."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.appearance_names import TRACER_STUDY
from quizgen.extractors.imaging_findings_are import listed_look_facts
from quizgen.extractors.imaging_open import section_modality, skips_section, study_named
from quizgen.extractors.imaging_study_qualified import STUDY_HEAD, qualified_study
from quizgen.extractors.imaging_subgroups import subgroup_opening, subgroup_subject
from quizgen.extractors.text import iter_sentences, sentence_before
from quizgen.model import Article, Fact

__all__ = ["extract_fronted_study_findings", "fronted_study"]

# "On CT,", "At angiography", "On T2-weighted images", "With colour Doppler": a study as the
# setting of the clause after it (the study is read from one to six words).
_FRONT = re.compile(r"^(?:on|at|with|using)\s", re.I)
_MAX_STUDY_WORDS = 6
# The word a study read without a comma after it ends on ("At angiography the tumour …").
_STUDY_END = re.compile(
    rf"(?:{STUDY_HEAD}|T1|T2|FLAIR|DWI|ADC|SWI|STIR|PET-CT|SPECT-CT|HRCT|CECT|NECT|US|"
    r"(?i:phase|series|examination|study|studies))$"
)
# A bare lesion noun, which in the topic's own imaging section is the topic.
_LESION = (
    r"(?:the|this|such\s+an?|an?)\s+(?:lesion|tumou?r|mass|cyst|nodule|neoplasm|collection|"
    r"abscess|malformation|aneurysm)s?"
)
_PRONOUN = re.compile(r"^(?:it|they)$", re.I)
# What the clause says of its subject: it shows, has, appears as or is seen as a finding.
_VERB = (
    r"(?:(?:may|can|will|typically|usually|often|commonly|classically|characteristically|"
    r"also|then|frequently|sometimes|generally|invariably|only)\s){0,2}"
    r"(?:shows?|demonstrates?|reveals?|displays?|exhibits?|has|have|"
    r"appears?\s+as|(?:is|are)\s+seen\s+as|(?:is|are)\s+(?:typically\s|usually\s)?"
    r"(?:visualised|visualized|depicted|identified)\s+as)\s"
)
_SUBJECT_SHOWS = re.compile(rf"^(?P<subject>.{{1,80}}?)\s{_VERB}(?P<shown>[^;:]{{3,300}})", re.I)
# "the tumour is a lobulated mass": the topic named as a look (a noun phrase after "is a");
# "is a common cause of …", "is the modality of choice" name no look.
_IS_A = re.compile(
    r"^(?P<subject>.{1,80}?)\s(?:is|are)\s(?:(?:usually|typically|often|commonly|"
    r"classically|characteristically|generally)\s)?(?P<shown>an?\s[^;:]{3,300})",
    re.I,
)
_NOT_A_LOOK = re.compile(
    r"\b(?:cause|causes|site|sites|finding|feature|sign|diagnosis|modality|test|"
    r"investigation|tool|technique|pitfall|mimic|variant|complication|manifestation|form|"
    r"type|subtype|proportion|percentage|rate|risk|choice)\b",
    re.I,
)
# "there is X", "there may be X": a finding with no thing named before it.
_THERE_IS = re.compile(
    r"^there\s(?:(?:is|are)|(?:may|can|will)\s(?:also\s)?be|(?:is|are)\s(?:often|usually|"
    r"typically|commonly|also|frequently)|(?:often|usually|typically)\s(?:is|are))\s"
    r"(?P<shown>[^;:]{3,300})",
    re.I,
)
# "X is seen", "X may be seen": the finding as the clause's subject, nothing after the verb
# but where it lies.
_IS_SEEN = re.compile(
    r"^(?P<shown>(?:an?\s|the\s)?[^,;:]{3,120}?)\s(?:is|are|may\s+be|can\s+be)\s"
    r"(?:often\s|usually\s|typically\s|commonly\s|frequently\s|also\s|sometimes\s)?"
    r"(?:seen|visible|evident|present|demonstrated|identified|noted)"
    r"(?P<where>\s(?:in|within|at|along|around|lateral\sto|medial\sto|anterior\sto|"
    r"posterior\sto|adjacent\sto|beneath|above|below)\s[^,;:]{3,80})?\s*(?:[,.]|$)",
    re.I,
)


# "After contrast,", "After gadolinium administration": the contrast-enhanced study of the
# section's modality (CT or MRI).
_AFTER_CONTRAST = re.compile(
    r"^(?:after|following)\s+(?:(?:iv|intravenous)\s+)?(?P<agent>contrast|gadolinium)"
    r"(?:\s+(?:administration|injection))?,?\s",
    re.I,
)


def _after_contrast(sentence: str, modality: str) -> tuple[str, str] | None:
    """(post-contrast study, the clause after it) of "After contrast, …" under a CT or MRI
    heading (gadolinium is MRI's whatever the heading)."""
    after = _AFTER_CONTRAST.match(sentence)
    if after is None:
        return None
    if after.group("agent").lower() == "gadolinium" or modality.startswith("MRI"):
        return "MRI T1 C+", sentence[after.end() :]
    return ("contrast-enhanced CT", sentence[after.end() :]) if modality.startswith("CT") else None


def fronted_study(sentence: str) -> tuple[str, str] | None:
    """(study, the clause after it) of a sentence that opens on "On <study>," or "At
    <study>": None when the words after "on" name no study ("On the left, …")."""
    front = _FRONT.match(sentence)
    if front is None:
        return None
    rest = sentence[front.end() :]
    head, comma, tail = rest.partition(",")
    if comma and len(head.split()) <= _MAX_STUDY_WORDS and (study := _study(head)):
        return study, tail.strip()
    words = rest.split()
    for size in range(min(_MAX_STUDY_WORDS, len(words) - 2), 0, -1):  # the longest first
        if _STUDY_END.search(words[size - 1]) and (study := _study(" ".join(words[:size]))):
            return study, " ".join(words[size:])
    return None


def _study(words: str) -> str:
    """The study ``words`` name as a whole, "" when they name none (or a study's side)."""
    words = " ".join(words.split())
    if re.search(r"\b(?:normal|contralateral|follow-up|post-?treatment)\b", words, re.I):
        return ""  # another time or side than the topic's
    if TRACER_STUDY.match(words):
        return words
    return study_named(words) or qualified_study(words)


def _names_topic(subject: str, names: tuple[str, ...]) -> bool:
    """Whether a clause's subject is the topic by name ("an aspergilloma", "the tumour")."""
    bare = re.sub(r"^(?:the|an?|this)\s+", "", subject.strip(), flags=re.I).lower()
    if re.fullmatch(_LESION, subject.strip(), re.I):
        return True
    return any(bare in (n, f"{n}s", f"{n}es") or _title_head(bare, n) for n in names)


# Head nouns too general to stand for the topic when the title's modifiers are dropped.
_GENERIC_HEAD = re.compile(
    r"^(?:cysts?|tumou?rs?|mass(?:es)?|lesions?|nodules?|diseases?|syndromes?|carcinomas?|"
    r"cancers?|infections?|fractures?|malformations?|neoplasms?|aneurysms?)$",
    re.I,
)


def _title_head(subject: str, name: str) -> bool:
    """Whether the subject is the name's last words ("lipoid pneumonia" for "Exogenous
    lipoid pneumonia", "seminomas" for "Testicular seminoma"), never a generic head noun."""
    singular = re.sub(r"(?<=[a-z]{4})s$", "", subject)
    words = name.split()
    tail = next(
        (" ".join(words[at:]) for at in range(1, len(words)) if " ".join(words[at:]) == singular),
        "",
    )
    return bool(tail) and (" " in tail or len(tail) >= 8) and not _GENERIC_HEAD.match(tail)


def _pronoun_is_topic(before: str, names: tuple[str, ...]) -> bool:
    """Whether "it"/"they" after the study is the topic: the sentence before opens on the
    topic's name (or there is none)."""
    if not before:
        return True
    lead = before.strip().lower()
    lead = re.sub(r"^(?:the|an?)\s+", "", lead)
    return any(lead.startswith((f"{n} ", f"{n}s ")) for n in names)


def _shown_of(clause: str, before: str, names: tuple[str, ...]) -> str:
    """The phrase the clause says the topic shows; "" when it is about another thing."""
    if there := _THERE_IS.match(clause):
        return there.group("shown")
    if shows := _SUBJECT_SHOWS.match(clause):
        subject = shows.group("subject")
        if _names_topic(subject, names) or (
            _PRONOUN.match(subject) and _pronoun_is_topic(before, names)
        ):
            return shows.group("shown")
        return ""
    if (is_a := _IS_A.match(clause)) and _names_topic(is_a.group("subject"), names):
        shown = is_a.group("shown")
        return "" if _NOT_A_LOOK.search(shown.split(",")[0]) else shown
    return _seen_of(clause, names)


def _seen_of(clause: str, names: tuple[str, ...]) -> str:
    """What "X is seen (where)" names as seen; "" when X is the topic itself ("the lesion is
    seen in …" says where, no look)."""
    seen = _IS_SEEN.match(clause)
    if (
        seen is None
        or _names_topic(seen.group("shown"), names)
        or _PRONOUN.match(seen.group("shown"))
    ):
        return ""
    return f"{seen.group('shown')}{seen.group('where') or ''}"


def extract_fronted_study_findings(article: Article) -> Iterator[Fact]:
    """Appearance facts of sentences that open on the study they are read on ("On CT, …"):
    the study is the attribute, each finding shown a value of the article's subject."""
    names = tuple(n.lower() for n in (article.title, *article.synonyms) if len(n) > 2)
    for sentence in iter_sentences(article):
        if skips_section(sentence.section):
            continue
        text = sentence.text.strip()
        modality = section_modality(sentence.section)
        subject = article.title
        fronted = fronted_study(text) or _after_contrast(text, modality)
        if fronted is not None:
            study, clause = fronted
            shown = _shown_of(clause, sentence_before(sentence), names)
        else:
            # "In the chronic phase there is X": the subgroup's finding on the heading's study
            group, rest = subgroup_opening(text, (article.title, *article.synonyms))
            there = _THERE_IS.match(rest.strip()) if group and modality else None
            study, shown = modality, there.group("shown") if there else ""
            subject = subgroup_subject(article.title, group)
        if not shown:
            continue
        yield from listed_look_facts(
            article, sentence, subject=subject, study=study, shown=shown, tag="fronted"
        )
