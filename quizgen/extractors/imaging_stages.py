"""Findings listed by stage or state under a modality heading: "acute: hyperdense to the
cortex", "late phase: long tapered stenoses", "after fracture: fluid-fluid levels". The line's
label names a stage, phase or state of the article's subject (a closed list), so each finding
of the line is that subgroup's: "<title> (acute)", never the title alone. A label that names
another thing ("meningioma: …") or a sequence ("T2: …") is left to the other readers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging_entries import description_findings
from quizgen.extractors.imaging_open import section_modality
from quizgen.extractors.imaging_prose import section_context, vocabulary_facts
from quizgen.extractors.imaging_subgroups import stage_name, subgroup_subject
from quizgen.extractors.text import make_fact, split_label
from quizgen.model import Article, BlockKind, Fact, FactKind, Section

__all__ = ["extract_stage_findings"]

# Words that name when in its course a lesion is seen: a closed list.
_STAGE_WORD = (
    r"(?:hyperacute|acute|subacute|chronic|early|late|active|inactive|healing|healed|mature|"
    r"immature|initial|advanced|end-stage|resolving|organi[sz]ing|evolving|intermediate)"
)
# "acute", "early subacute", "acute or subacute", "late phase", "early stage disease".
_STAGE_LABEL = re.compile(
    rf"^(?P<group>{_STAGE_WORD}(?:\s+(?:or\s+|and\s+|to\s+)?{_STAGE_WORD})?"
    r"(?:\s+(?:phase|stage|disease|form))?)$",
    re.I,
)
# "after fracture", "when infected", "ruptured": an event or a state of the lesion, a closed
# list (never a contrast or a time after injection: "after gadolinium" is a sequence).
_EVENT = (
    r"(?:fracture|rupture|ha?emorrhage|infection|torsion|treatment|therapy|chemotherapy|"
    r"radiotherapy|radiation|surgery|resection|emboli[sz]ation|ablation|thrombosis)"
)
_STATE = r"(?:infected|ruptured|fractured|thrombosed|treated|ha?emorrhagic|torsed|complicated)"
_EVENT_LABEL = re.compile(
    rf"^(?P<group>(?:(?:after|following|with|post)\s+(?:an?\s+)?{_EVENT})"
    rf"|(?:(?:when|if|once)\s+)?{_STATE})$",
    re.I,
)


# "many of them irregular": a remark on some of the lesions, not a finding of the stage
_SOME_OF_THEM = re.compile(
    r"^(?:many|some|most|few|all|several)\s+of\s+(?:them|these|those)\b", re.I
)


def _group(label: str) -> str:
    """The stage or state a line's label names, as written; "" for any other label."""
    label = " ".join(label.split())
    match = _STAGE_LABEL.match(label) or _EVENT_LABEL.match(label)
    # "late subacute (1-2 weeks)", "0-2 weeks", "mature lesions": the shared stage grammar
    return match.group("group").lower() if match else stage_name(label)


def _lines(section: Section) -> Iterator[str]:
    """Every "label: description" line of the section: a list's entries without children
    and the lines plain text keeps as key and value."""
    for block in section.blocks:
        if block.kind is BlockKind.LIST:
            yield from (item.text for item in block.items if not item.children)
        elif block.kind is BlockKind.KEY_VALUE:
            yield block.text


def extract_stage_findings(article: Article) -> Iterator[Fact]:
    """The findings of every stage-labelled line under a modality heading."""
    for section in article.sections:
        modality = section_modality(section)
        if not modality:
            continue  # "acute: the first 3 days": a stage defined, not how it looks
        context = section_context(section)
        for line in _lines(section):
            label, description = split_label(line)
            group = _group(label) if description else ""
            if not group:
                continue
            subject = subgroup_subject(article.title, group)
            for piece in description.split(";"):
                yield from vocabulary_facts(
                    article, section, line, subject=subject, clause=piece, context=context
                )
            for _raw, value in description_findings(description):
                if _SOME_OF_THEM.match(value):
                    continue
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    section,
                    line,
                    key=(subject, modality, "open", value.lower()),
                    subject=subject,
                    attribute=modality,
                    value=value,
                    statement=line,
                )
