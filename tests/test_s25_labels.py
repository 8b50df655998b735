"""Appearance findings of session 25's helper s25-labels: list lines labelled by a part of
the lesion ("synovial recess: distended with fluid") whose finding is a noun or a state of
the image words (oedema, fluid, a mass, thickening) rather than a signal level. The label is
the subject's part, the modality the heading's. Sequence labels, non-findings ("present in
most cases") and lines outside imaging give nothing. Every line here is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _article(title: str, *items: str, heading: str = "MRI") -> Article:
    block = Block(BlockKind.LIST, items=tuple(ListItem(text=t) for t in items))
    parents = ("Radiographic features",) if heading in {"MRI", "CT", "Plain radiograph"} else ()
    return Article(slug="x", title=title, sections=(Section(heading, (block,), parents),))


def _appearances(article: Article) -> set[tuple[str, str, str, str]]:
    return {
        (f.subject, f.item, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def _all(article: Article) -> list[Fact]:
    return [f for f in extract_facts(article) if f.kind is FactKind.APPEARANCE]


@pytest.mark.parametrize(
    ("title", "line", "heading", "subject", "value"),
    [
        (
            "Sinding-Larsen-Johansson disease",
            "suprapatellar recess: distended with fluid",
            "MRI",
            "suprapatellar recess of Sinding-Larsen-Johansson disease",
            "distended with fluid",
        ),
        (
            "Sinding-Larsen-Johansson disease",
            "patellar tendon origin: oedema around the fragment",
            "MRI",
            "patellar tendon origin of Sinding-Larsen-Johansson disease",
            "oedema around the fragment",
        ),
        (
            "Gastric lymphoma",
            "regional nodes: a bulky soft tissue mass encasing the vessels",
            "CT",
            "regional nodes of gastric lymphoma",
            "a bulky soft tissue mass encasing the vessels",
        ),
    ],
)
def test_part_label_gives_its_finding(
    title: str, line: str, heading: str, subject: str, value: str
) -> None:
    found = _appearances(_article(title, line, heading=heading))
    assert (subject, "", heading, value) in found  # the heading's modality


@pytest.mark.parametrize(
    "line",
    [
        # a sequence or technique as the label: the sequence lines' reader's, never a part
        "fat-suppressed images: the fatty septa lose signal",
        # the text after the colon is no finding
        "marrow changes: present in half of children, often with oedema",
        "erosions: absent or minimal",
        # a measure and its meaning: the threshold readers'
        "pleural surface: wall thickening over 3 mm suggests invasion",
    ],
)
def test_no_part_finding(line: str) -> None:
    facts = _all(_article("Juvenile dermatomyositis", line))
    assert not [f for f in facts if " of juvenile dermatomyositis" in f.subject.lower()]


def test_non_imaging_heading_gives_nothing() -> None:
    line = "regional nodes: a bulky mass on palpation"
    facts = _all(_article("Gastric lymphoma", line, heading="Treatment"))
    assert not facts
