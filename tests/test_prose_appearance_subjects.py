"""Whose finding a prose sentence states: another lesion named as the subject keeps its own
name (never the title's), a contrast aside between subject and verb hides no subject, and a
coordinated clause with a subject of its own gives that subject's findings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging import read_findings
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _article(title: str, *paragraphs: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(
        slug=title.lower().replace(" ", "-"),
        title=title,
        sections=(Section("Radiographic features", blocks),),
    )


def _signals(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # another lesion of a closed vocabulary, under its own name
        (
            "Ulcerative colitis",
            "Fibrotic strictures are of low T2 signal.",
            {("Fibrotic strictures", "MRI T2", "hypointense")},
        ),
        (
            "Osteomyelitis",
            "An intraosseous abscess is hyperintense on T2.",
            {("intraosseous abscess", "MRI T2", "hyperintense")},
        ),
        (
            "Follicular thyroid carcinoma",
            "Bone metastases are typically lytic.",
            # the carcinoma's metastases, not all bone metastases (session 12)
            {("Follicular thyroid carcinoma (bone metastases)", "morphology", "lytic")},
        ),
        # a contrast aside between subject and verb
        (
            "Hepatocellular carcinoma",
            "Regenerative nodules, by contrast, are usually T2 hypointense.",
            {("Regenerative nodules", "MRI T2", "hypointense")},
        ),
        (
            "Ulcerative colitis",
            "Fibrotic strictures, in contrast, are of low T2 signal.",
            {("Fibrotic strictures", "MRI T2", "hypointense")},
        ),
        (
            "Schwannoma",
            "Schwannomas, however, are markedly hyperintense on T2.",
            {("Schwannoma", "MRI T2", "markedly hyperintense")},
        ),
        # a coordinated clause with a subject of its own
        (
            "Glioma",
            "Calcification is absent on CT, and the cyst wall is T2 hypointense.",
            {
                ("Glioma", "morphology", "no calcification"),
                ("cyst wall of glioma", "MRI T2", "hypointense"),
            },
        ),
        (
            "Ulcerative colitis",
            "Pseudopolyps are common, and fibrotic strictures are of low T2 signal.",
            {("fibrotic strictures", "MRI T2", "hypointense")},
        ),
    ],
)
def test_subject_of_the_finding(title: str, sentence: str, expected: set[tuple[str, ...]]) -> None:
    assert _signals(_article(title, sentence)) == expected


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # an organ or tissue is no lesion of the vocabulary: no subject, no fact
        ("Meningioma", "The surrounding brain, in contrast, is hyperintense on T2."),
        # the coordinated clause's subject is another tissue: nothing for it, nor the title
        ("Meningioma", "Meningiomas are common, and the adjacent brain is hyperintense on T2."),
        # a hedge still ends the clause of another lesion
        ("Crohn disease", "Fistulas may occasionally be hyperintense on T2."),
    ],
)
def test_no_finding_for_another_tissue(title: str, sentence: str) -> None:
    assert _signals(_article(title, sentence)) == set()


_STRICTURE_PHRASINGS = (
    "Fibrotic strictures are of low T2 signal.",
    "Fibrotic strictures, in contrast, are of low T2 signal.",
    "Fibrotic strictures, however, are T2 hypointense.",
    "Fibrotic strictures, by contrast, are hypointense on T2.",
)


@given(st.sampled_from(_STRICTURE_PHRASINGS), st.sampled_from(("Crohn disease", "Colitis")))
def test_same_finding_in_any_phrasing(sentence: str, title: str) -> None:
    """However the contrast is written, the stricture's T2 signal is the stricture's."""
    assert _signals(_article(title, sentence)) == {("Fibrotic strictures", "MRI T2", "hypointense")}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # the agent between the noun and its predicate names the sequence; "and" is no manner
        (
            "hyperintense on T2, and enhancement after gadolinium is heterogeneous",
            {("MRI T2", "hyperintense"), ("MRI T1 C+", "heterogeneous enhancement")},
        ),
        (
            "enhancement following intravenous contrast is avid",
            {("post-contrast", "avid enhancement")},
        ),
        # a part described as non-enhancing says nothing of the whole lesion's enhancement
        (
            "enhancement is heterogeneous, with non-enhancing necrotic areas",
            {("post-contrast", "heterogeneous enhancement")},
        ),
        # the lesion itself non-enhancing is still its finding
        ("the nodule is non-enhancing", {("post-contrast", "no enhancement")}),
    ],
)
def test_enhancement_clause(clause: str, expected: set[tuple[str, str]]) -> None:
    assert {(f.attribute, f.value) for f in read_findings(clause)} == expected


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        # a vessel of the lesion is its part; its flow void is read on the sequence named
        (
            "Pulmonary sequestration",
            "On MRI, the aberrant artery appears as a flow void on T2-weighted images, and the "
            "sequestered lung is usually hyperintense on T2.",
            {
                ("aberrant artery of pulmonary sequestration", "MRI T2", "flow void"),
                ("Pulmonary sequestration", "MRI T2", "hyperintense"),
            },
        ),
        (
            "Arteriovenous malformation",
            "The feeding arteries appear as flow voids on T2.",
            {("feeding arteries of arteriovenous malformation", "MRI T2", "flow void")},
        ),
        # the organ as the title's process leaves it is the lesion itself
        (
            "Disc herniation",
            "The herniated disc is usually hypointense on T2.",
            {("Disc herniation", "MRI T2", "hypointense")},
        ),
        (
            "Bowel infarction",
            "The infarcted loops are hyperdense on non-contrast CT.",
            {("Bowel infarction", "CT non-contrast", "hyperdense")},
        ),
        # a participle that is no process of the title names another tissue: no fact
        ("Meningioma", "The calcified meninges are hyperdense on CT.", set()),
        ("Renal infarction", "The dilated ureter is hyperdense on CT.", set()),
        # a flow void needs a sequence
        ("Meningioma", "Flow voids are common.", set()),
    ],
)
def test_parts_and_affected_organ(
    title: str, sentence: str, expected: set[tuple[str, ...]]
) -> None:
    assert _signals(_article(title, sentence)) == expected
