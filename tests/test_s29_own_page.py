"""Session 29: defects read on the lead's own page (hibernoma, saved HTML). A page's revision
line in any wording is page furniture, not the start of the lead paragraph: left in, it hid
the article's opening definition. A density or echogenicity graded "compared with" a tissue
keeps that tissue: the page's CT MCQ asked for "hyperdense" of a tumour hyperdense only to fat."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section
from quizgen.readers import read_article
from quizgen.readers.cleanup import is_byline

_PAGE = """<!DOCTYPE html><html><head><title>Elastofibroma | Radiopaedia.org</title></head>
<body><main><h1>Elastofibroma</h1>
<div class="meta">{meta}</div>
<p><strong>Elastofibromas</strong> are benign fibroelastic pseudotumours of the
subscapular region. They are also called elastofibroma dorsi.</p>
<h2>Epidemiology</h2><p>They are found in elderly women on CT in up to 2%.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    "meta",
    [
        "Last revised 12 Mar 2025 by B. Okafor",
        "Last updated on 2025-03-12",
        "Article created: March 12, 2025",
        "Last revised by Dr Chen on 12 Mar 2025",
    ],
)
def test_a_revision_line_does_not_hide_the_opening_definition(tmp_path: Path, meta: str) -> None:
    page = tmp_path / "elastofibroma.html"
    page.write_text(_PAGE.format(meta=meta), encoding="utf-8")
    article = read_article(page)
    body = " ".join(block.text for section in article.sections for block in section.blocks)
    assert "revised" not in body.lower()
    assert "2025" not in body
    definitions = [f for f in extract_facts(article) if f.kind is FactKind.DEFINITION]
    assert [f.value for f in definitions] == [
        "benign fibroelastic pseudotumours of the subscapular region"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Updated guidelines recommend MRI.",
        "Published series report recurrence in 10%.",
        "Last reviewed guidance favours MRI in 2019 for all.",
        "Updated on imaging: lesions enhance.",
    ],
)
def test_a_sentence_that_opens_like_a_revision_line_is_kept(sentence: str) -> None:
    assert not is_byline(sentence)


def _appearances(text: str, title: str) -> set[tuple[str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Radiographic features", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {(f.value, f.attribute) for f in extract_facts(article) if f.kind is FactKind.APPEARANCE}


@pytest.mark.parametrize(
    ("sentence", "title", "value", "technique"),
    [
        (
            "On CT, myelolipomas are slightly hypoattenuating compared with retroperitoneal fat.",
            "Adrenal myelolipoma",
            "slightly hypodense to retroperitoneal fat",
            "CT",
        ),
        (
            "On ultrasound the nodule is hypoechoic compared with the adjacent thyroid parenchyma.",
            "Papillary thyroid carcinoma",
            "hypoechoic to thyroid parenchyma",
            "ultrasound",
        ),
    ],
)
def test_a_level_keeps_the_tissue_it_is_compared_with(
    sentence: str, title: str, value: str, technique: str
) -> None:
    # "hyperdense" alone reads as against soft tissue: a fat-graded level without its
    # reference teaches the opposite of the page (the hibernoma page's CT MCQ did)
    assert (value, technique) in _appearances(sentence, title)


def test_a_fronted_reference_grades_every_bare_level_of_its_sentence() -> None:
    facts = _appearances(
        "Compared with vitreous, choroidal melanoma is hyperintense on T1 and hypointense on "
        "T2, with moderate enhancement.",
        "Choroidal melanoma",
    )
    assert ("hyperintense to vitreous", "MRI T1") in facts
    assert ("hypointense to vitreous", "MRI T2") in facts


def test_a_fronted_comparison_with_another_lesion_grades_nothing() -> None:
    facts = _appearances(
        "Compared with meningiomas, vestibular schwannomas are hyperintense on T2.",
        "Vestibular schwannoma",
    )
    assert all(" to " not in value for value, _ in facts)


def test_a_graded_level_keeps_its_own_tissue() -> None:
    facts = _appearances(
        "Relative to muscle, cardiac myxomas are hyperintense to myocardium on T2.",
        "Cardiac myxoma",
    )
    assert all("muscle" not in value for value, _ in facts)


def _sizes(text: str, title: str) -> set[tuple[str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Radiographic features", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.THRESHOLD}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Most are between 1 and 3 cm.", "between 1 and 3 cm"),
        ("Most are 4-8 mm.", "4-8 mm"),
        ("Elastofibromas are usually well defined and measure 5-10 cm.", "5-10 cm"),
    ],
)
def test_a_typical_size_said_plainly_is_a_size(sentence: str, value: str) -> None:
    assert ("size", value) in _sizes(sentence, "Elastofibroma")


def test_a_distance_is_no_size() -> None:
    assert not _sizes("Most are 2-4 cm from the anal verge.", "Rectal carcinoid")
