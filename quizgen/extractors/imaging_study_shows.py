"""What a study, named with its qualifiers, is said to show: "Skull radiographs, now rarely
performed, show X", "MR sialography (heavily T2 weighted) shows X", "CT of the chest with
contrast demonstrates X", "Ultrasound is insensitive but may show X"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging_open import (
    names_no_look,
    names_role,
    skips_section,
    study_findings,
    study_named,
)
from quizgen.extractors.text import make_fact, split_sentences
from quizgen.model import Article, BlockKind, Fact, FactKind

__all__ = ["extract_study_findings", "shown_phrase"]

# What may stand between a study's name and its verb without naming another thing: a
# bracket ("(heavily T2 weighted)"), an aside between commas (", now rarely performed,"), a
# place, agent or timing ("of the chest", "with oral contrast", "in the portal venous phase").
_QUALIFIER = (
    r"(?:\s?\([^()]{1,60}\)|,\s[^,;:()]{3,50},|"
    r"\s(?:of|with|in|at|during|using|after|through)\s[^,;:()]{2,60}?)"
)
_STUDY_SHOWS = re.compile(
    r"^(?P<study>(?:the\s|a\s|an\s)?[A-Za-z][\w/+-]*(?:\s[A-Za-z0-9][\w/+-]*){0,4}?)"
    rf"(?P<qualifiers>(?:{_QUALIFIER}){{0,3}})"
    # "Radiographs are usually normal but may show …", "Radiographs are the first-line
    # investigation and show …": the study's finding after its verdict
    r"(?P<verdict>\s(?:is|are)\s[^,;:()]{2,40}?,?\s(?:but|and))?"
    r"\s(?:(?:may|can|will|typically|usually|often|commonly|classically|characteristically|"
    r"also|then|frequently|sometimes)\s){0,2}"
    r"(?P<verb>shows?|demonstrates?|reveals?|depicts?|confirms?(?!\s(?:that|whether|if|how)\b))"
    r"\s(?P<shown>.+)$",
    re.I | re.S,
)
# A qualifier that names another lesion or side: "MR spectroscopy of a tuberculoma", "of the
# contralateral testis"; the findings are not the article subject's.
_OTHER_THING = re.compile(
    r"\bof\s+(?:an?|its|their)\s|\b(?:contralateral|other|opposite|normal|healthy|unaffected|"
    r"follow-up|after\s+treatment|post-?treatment|post-?operative)\b",
    re.I,
)
# A verdict that compares the study with others: "CT is the modality of choice but shows …"
# is read; "MRI is superior but …", "MRI is more sensitive for oedema and shows …" compare.
_VERDICT = re.compile(
    r"\b(?:than|superior|inferior|better|worse|more|less|most|sensitive|specific)\b", re.I
)


# An aside that names a second study: "CT angiography, or catheter angiography in active
# bleeding, may demonstrate …" (whose finding is whose the sentence leaves open).
_ALTERNATIVE = re.compile(r",\s(?:or|and)\s", re.I)
# Where the shown phrase ends: a colon before its gloss ("a persistent vitelline artery: a
# long vessel"), a sentence the splitter left joined ("… cusps. 4D flow imaging shows …"),
# or a clause with a subject and verb of its own (", and late enhancement may show …").
_SHOWN_END = re.compile(
    r":|\.\s+(?=[A-Z0-9])|,\s+which\b|"
    # "CT confirms X and demonstrates Y", "…, and shows Y more often than radiographs"
    r",?\s+and\s+(?:also\s+)?(?:shows?|demonstrates?|reveals?|depicts?|confirms?)\b|,\s+and\s+(?:[\w-]+\s+){1,4}?(?:may|can|is|are|was|were|shows?|"
    r"quantif\w*|demonstrates?|reveals?|allows?|helps?|depicts?|confirms?|measures?)\b",
    re.I,
)

# "…, and it is the usual first-line technique": the study's role, said of the study again
_ITS_CLAUSE = re.compile(r"\.?,?\s+and\s+(?:it|this|they)\s", re.I)


def _shown(match: re.Match[str]) -> str:
    """The phrase a study is said to show, up to where it ends; "" when it names no look."""
    shown, *rest = _SHOWN_END.split(match.group("shown"), maxsplit=1)
    shown = shown.strip().rstrip(".")
    tail = match.group("shown")[len(shown) :]
    if names_no_look(shown) or (rest and _ITS_CLAUSE.match(tail) and names_role(tail)):
        return ""
    # "Endoscopic ultrasound depicts the five layers of the wall": what it can depict
    return "" if match.group("verb").lower().startswith("depict") and shown[:4] == "the " else shown


def shown_phrase(match: re.Match[str]) -> str:
    """The phrase a study is said to show (groups "verb" and "shown" of ``match``), up to
    where it ends; "" when it names no look."""
    return _shown(match)


def _study(match: re.Match[str]) -> str:
    """The study a sentence opens on, "" when its words or qualifiers name anything else."""
    qualifiers = match.group("qualifiers") or ""
    if _OTHER_THING.search(qualifiers) or _ALTERNATIVE.search(qualifiers):
        return ""
    if (verdict := match.group("verdict")) and _VERDICT.search(verdict):
        return ""
    return study_named(match.group("study"))


# Where a clause with a subject of its own opens inside a sentence: "…, and Doppler shows …",
# "…; MRI demonstrates …", "…, whereas ultrasound reveals …".
_LATER_CLAUSE = re.compile(r";\s|,\s(?:and|while|whereas|but)\s", re.I)


def _later_clause_study(sentence: str) -> re.Match[str] | None:
    """The study-shows reading of the first later clause of ``sentence`` that opens on a
    study ("Reversal of … may be seen later, and Doppler shows reduced flow"), or None."""
    for opening in _LATER_CLAUSE.finditer(sentence):
        match = _STUDY_SHOWS.match(sentence[opening.end() :].strip())
        if match and _study(match) and not _PRONOUN.fullmatch(match.group("study")):
            return match
    return None


# "…, together with right heart dilatation": a finding joined to the one before
_ALONG_WITH = re.compile(r"^(?:together|along)\s+with\s+(?:the\s+)?", re.I)
_PRONOUN = re.compile(r"it|they", re.I)
# "Duplex ultrasound is the first-line investigation.": a sentence about a study, which the
# next sentence's "It shows …" goes on about.
_STUDY_IS = re.compile(
    r"^(?P<study>(?:the\s)?[A-Za-z][\w/+-]*(?:\s[A-Za-z0-9][\w/+-]*){0,3}?)"
    r"\s(?:is|are|remains?)\s(?:often\s|usually\s|typically\s)?(?:the|a|an)\s",
    re.I,
)


def _opening_study(sentence: str) -> tuple[str, str] | None:
    """(study, its words) a sentence opens on as its subject ("Duplex ultrasound is …")."""
    opening = _STUDY_IS.match(sentence.strip())
    study = study_named(opening.group("study")) if opening else ""
    return (study, opening.group("study")) if opening and study else None


def extract_study_findings(article: Article) -> Iterator[Fact]:
    """Appearance facts of the sentences that open on a study with qualifiers and say what it
    shows: the study is the attribute, each listed finding a value of the article's subject."""
    for section in article.sections:
        if skips_section(section):
            continue
        for block in section.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            named: tuple[str, str] | None = None  # the study the sentence before opened on
            for sentence in split_sentences(block.text):
                match = _STUDY_SHOWS.match(sentence.strip())
                study = _study(match) if match else ""
                words = match.group("study") if match else ""
                if match and not study and named and _PRONOUN.fullmatch(words):
                    study, words = named  # "Duplex ultrasound is the first-line test. It shows …"
                named = _opening_study(sentence)
                if not match or not study:
                    # "…, and Doppler shows reduced or absent cortical flow": a later clause
                    # that opens on a study
                    match = _later_clause_study(sentence)
                    study = _study(match) if match else ""
                    words = match.group("study") if match else ""
                if not match or not study or not (shown := _shown(match)):
                    continue
                for _raw, found in study_findings(words, shown, article):
                    value = _ALONG_WITH.sub("", found)
                    if names_no_look(value):
                        continue
                    yield make_fact(
                        FactKind.APPEARANCE,
                        article,
                        section,
                        sentence,
                        key=(article.title, study, "shown", value.lower()),
                        subject=article.title,
                        attribute=study,
                        value=value,
                        statement=sentence,
                    )
