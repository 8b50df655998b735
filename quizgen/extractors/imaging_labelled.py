"""List lines that name a part or a form of the topic before its findings: "solid component:
iso- to hypodense to grey matter", "low protein content: T1 hypointense, T2 hyperintense",
"the bursa: distended with fluid, bright on STIR".

The label is no sequence (the sequence lines' reader reads "T1: …"), so the line's sequence is
the one each level names ("T1 hypointense", "bright on STIR"), else the section's modality for a
finding of the vocabulary. The label is named as the level reader names a clause's subject: a
part or content of the topic is the topic's ("bursa of <title>"); another lesion, a stage or a
grade label ("chronic phase:", "grade 2:") gives nothing, nor does a list whose intro says it
holds another condition's features. A text extraction's run of such lines that lost its
bullets is read as the list it was (``iter_flat_lists``). The caller keeps a finding only
when no other reader gave its line a finding on the same sequence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.appearance_techniques import technique_label
from quizgen.extractors.imaging import has_finding_words, sequences_in
from quizgen.extractors.imaging_entries import image_words
from quizgen.extractors.imaging_levels import clause_subject, level_readings
from quizgen.extractors.imaging_prose import others_features, section_context
from quizgen.extractors.text import iter_flat_lists, iter_lists, make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_labelled_findings"]

_OTHER_SECTION = re.compile(
    r"differential|mimic|distinguish|patholog|histolog|macroscop|microscop|clinical|"
    r"presentation|treatment|management|prognos|related|references|see\s+also|stag|grad|"
    r"classif",
    re.I,
)
_LABELLED = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{1,40}?)\s*:\s+(?P<value>\S.{2,300})$")
# Labels of a time, stage, grade or condition: other readers' (or no finding's) lines.
_NOT_A_PART = re.compile(
    r"\b(?:phase|stage|grade|type|class|week|month|year|day|early|late|acute|chronic|"
    r"when|if|after|before|note|tip|pitfall|differential|mimic|treatment|sign|finding|"
    r"features?|appearances?|imaging|modality|role|use|indications?|contrast|enhanced|"
    r"subacute|intermediate|advanced|mild|moderate|severe)s?\b|"
    # a code ("CL:", "DCE:") or a lone adjective naming a form ("macrocystic:", "diffuse:")
    r"^[A-Z0-9-]{1,6}$|^[a-z-]+(?:ic|al|ar|ous|ive|ate|ed)$|"
    # a finding or a descriptor that the line describes ("perilobular opacities: arcade-like
    # bands", "margin: lobulated (2 points)"), not a part of the topic
    r"(?:opacit(?:y|ies)|pattern|sign|calcifications?|foci|echogenicity|echotexture|shape|"
    r"margins?|orientation|composition|honeycombing|consolidation)$",
    re.I,
)
# A line that scores a feature ("very hypoechoic (3 points)"): a scheme's, no appearance.
_SCORED = re.compile(r"\b(?:points?|score[sd]?)\b", re.I)
# The first clause of a line, for a finding read on the section's modality.
_CLAUSE_END = re.compile(
    r";|,\s*(?:which|but|whereas|while|although|reflecting|representing|so|as)\b|"
    r"\s(?:because|due\s+to|owing\s+to)\b",
    re.I,
)
_MAX_WORDS = 12
# A label that names how the image was made ("fat-suppressed images:", "delayed sequences:"),
# not a part of the topic: the sequence lines' reader's, never a subject.
_MADE_LABEL = re.compile(
    r"\b(?:sequences?|images?|imaging|weighted|suppress\w*|saturat\w*|subtract\w*|"
    r"windows?|views?|projections?|reconstructions?)\b",
    re.I,
)
# A measure and what it means ("thickness over 2 mm suggests invasion"): a cutoff's, the
# threshold readers', no appearance.
_CUTOFF = re.compile(r"\d\s?(?:mm|cm|%)|\b(?:suggests?|indicates?|implies|means)\b", re.I)
# Image words that say how many, where or that nothing is seen, no finding of their own.
_GENERIC = frozenset(
    (
        *("normal", "sign", "signs", "appearance", "appearances", "size", "sized"),
        *("bilateral", "unilateral", "multiple", "solitary", "distribution", "pattern"),
        *("effect", "lines", "symmetric", "asymmetric", "focal", "multifocal", "diffuse"),
        *("predominant", "predominantly", "predominance", "sparing", "spared"),
    )
)
# A first clause that is no finding but how often or how useful one is ("present in most
# cases", "absent or minimal", "seen in half", "useful to show …").
_NOT_A_FINDING = re.compile(
    r"^(?:present|absent|seen|found|noted|common|uncommon|rare|frequent|usual|typical|"
    r"useful|helpful|best|better|used|variable|non-?specific|minimal|occasional|"
    r"is|are|may|can|should|shows?|depicts?|confirms?|helps?|allows?)\b",
    re.I,
)


def _readings(value: str, modality: str) -> list[tuple[str, str]]:
    """(sequence, finding) of a line's value."""
    levels = [(s, v) for written, v in level_readings(value) for s in sequences_in(written)]
    if levels:
        return levels
    first = _CLAUSE_END.split(value, maxsplit=1)[0].strip(" .")
    if not modality or len(first.split()) > _MAX_WORDS:
        return []
    if not has_finding_words(first) and (
        # a part's finding named by a noun or state of the image words ("distended with
        # fluid", "oedema adjacent to the tuberosity", "a soft tissue mass in the mesentery")
        not set(image_words(first)) - _GENERIC
        or _NOT_A_FINDING.match(first)
        or _CUTOFF.search(first)
    ):
        return []
    return [(modality, first)] if not sequences_in(first) else []


def extract_labelled_findings(article: Article) -> Iterator[Fact]:
    """(part of the topic, sequence, finding) of every "part: findings" list line."""
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        section = unit.section
        if _OTHER_SECTION.search(section.path) or others_features(unit.intro, article):
            continue
        modality = section_context(section)
        for item in unit.block.items:
            line = _LABELLED.match(item.text.strip())
            if item.children or not line:
                continue
            label = line.group("label").strip()
            if (
                sequences_in(label)
                or technique_label(label)  # "MR angiography: …" is the technique lines' reader's
                or _MADE_LABEL.search(label)
                or _NOT_A_PART.search(label)
                or len(label.split()) > 5
            ):
                continue
            subject = clause_subject(label, "", article)
            if not subject or _SCORED.search(line.group("value")):
                continue
            for attribute, finding in _readings(line.group("value"), modality):
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    section,
                    item.text,
                    key=(subject, attribute, "labelled", finding.lower()),
                    subject=subject,
                    attribute=attribute,
                    value=finding,
                    statement=item.text,
                )
