"""A finding said to be rare or uncommon in the topic: "Calcification is rare", "Haemorrhage is
uncommon and usually small", "Periosteal reaction is unusual".

The rarity is the testable part ("calcification rare" on CT), read only under a heading that
names the study, of a finding of the imaging vocabulary as the sentence's whole subject, and
only while the paragraph is about the topic (a pronoun or another lesion before it gives
nothing). The caller keeps a finding only when no other reader gave its sentence a finding on
the same study.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging import has_finding_words, sequences_in
from quizgen.extractors.imaging_prose import names_article, section_context
from quizgen.extractors.text import iter_lists, iter_sentences, make_fact, same_name
from quizgen.model import Article, Fact, FactKind, Section

__all__ = ["extract_rare_findings"]

# Findings the vocabulary's triggers leave out, whose rarity a card may ask.
_FINDING_NOUN = re.compile(
    r"\b(?:haemorrhage|hemorrhage|necrosis|cavitation|oedema|edema|septations?|effusions?|"
    r"ascites|lymphadenopathy|erosions?|mineralis\w+|mineraliz\w+|gas|air|fluid\s+levels?|"
    r"periosteal\s+reaction|invasion|encasement|multiplicity|bilaterality)\b",
    re.I,
)

_RARE = re.compile(
    r"^(?:(?:the\s+)?presence\s+of\s+)?(?P<np>[A-Za-z][\w-]{2,30}(?:\s+[A-Za-z][\w-]{1,30}){0,2})"
    r"\s+(?:is|are)\s+(?:(?:very|relatively|distinctly|exceedingly)\s+)?"
    r"(?P<rare>rare|uncommon|unusual|infrequent|exceptional)\b",
    re.I,
)
# A subject that is no finding: the topic, a patient group, the study or a pronoun.
_NOT_A_FINDING = re.compile(
    r"^(?:it|they|this|these|that|those|there|such|imaging|patients?|children|adults|cases?|"
    r"involvement|presentation|recurrence|transformation|metastas[ie]s)\b",
    re.I,
)


# "…; when present it is usually solid": how the rare finding looks, part of the answer
_WHEN_PRESENT = re.compile(
    r"\s*[;,]\s*(?:and\s+|but\s+)?when\s+(?:present|seen|it\s+occurs),?\s+"
    r"(?:(?:it|they)\s+(?:is|are|tend\s+to\s+be)\s+)?(?P<how>[^.;]{3,80})",
    re.I,
)


def _texts(article: Article) -> Iterator[tuple[Section, str, str]]:
    """(section, text, referent) of every paragraph sentence and every list line."""
    for sentence in iter_sentences(article):
        yield sentence.section, sentence.text, sentence.referent
    for unit in iter_lists(article):
        for item in unit.block.items:
            yield unit.section, item.text, ""


def extract_rare_findings(article: Article) -> Iterator[Fact]:
    """(topic, study, "<finding> rare") of every "<finding> is rare" sentence or line."""
    for section, text, referent in _texts(article):
        study = section_context(section)
        rare = _RARE.match(text.strip())
        if not study or not rare:
            continue
        finding = rare.group("np")
        if (
            _NOT_A_FINDING.match(finding)
            or not (has_finding_words(finding) or _FINDING_NOUN.search(finding))
            or sequences_in(finding)
            or (
                referent
                and not (same_name(referent, article.title) or names_article(referent, article))
            )
        ):
            continue
        # "calcification rare", as the article orders it
        value = f"{finding[:1].lower() + finding[1:]} {rare.group('rare').lower()}"
        if present := _WHEN_PRESENT.match(text.strip()[rare.end() :]):
            value = f"{value}; when present {present.group('how').strip()}"
        yield make_fact(
            FactKind.APPEARANCE,
            article,
            section,
            text,
            key=(article.title, study, "rare", value.lower()),
            subject=article.title,
            attribute=study,
            value=value,
            statement=text,
        )
