"""Readers on real-page quirks: citation markers, cross-references, banners before the
title, case pages, link spans, and two files of one article."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.extractors import extract_facts
from quizgen.model import BlockKind
from quizgen.readers import read_article, read_text
from quizgen.readers.cleanup import clean_inline, is_banner


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("It is seen in elderly patients 23.", "It is seen in elderly patients."),
        ("Gallstones are common 7,9. Most are silent.", "Gallstones are common. Most are silent."),
        (
            "It is described as a presenting feature 1-2.",
            "It is described as a presenting feature.",
        ),
        ("Reported in adults.4 Children are spared.", "Reported in adults. Children are spared."),
        ("Seen in smokers23, rarely in others.", "Seen in smokers, rarely in others."),
        ("craniopharyngioma (children): ~90 % 9", "craniopharyngioma (children): ~90 %"),
        ("It is uncommon before the age of 40 3.", "It is uncommon before the age of 40."),
        ("The M:F ratio is about 2.5:1 4.", "The M:F ratio is about 2.5:1."),
        ("Common (see brain tumours).", "Common."),
        ("A rim (see: halo sign) is typical.", "A rim (halo sign) is typical."),
    ],
)
def test_citations_and_cross_references_are_stripped(raw: str, clean: str) -> None:
    assert clean_inline(raw) == clean


@pytest.mark.parametrize(
    "data",
    [
        "Bright on T2.",
        "Nodules of 1-2 cm.",
        "Most are WHO grade 2.",
        "Associated with trisomy 21.",
        "Classified as BI-RADS 4.",
        "The series included 1,000.",
        "Revised in 2021.",
        "Ratio M:F 2:1.",
        "ADC values below 1.2.",
        "Seen at the C5 level.",
        "They lack dopamine receptor subtype 3; a scan helps.",
        "Caused by human papillomavirus serotype 16.",
    ],
)
def test_data_numbers_are_not_citations(data: str) -> None:
    assert clean_inline(data) == data


@pytest.mark.parametrize(
    "line",
    [
        "Radiology board review FREE OFFER ENDS TODAY!",
        "2024 Update: new staging system",
        "SUBSCRIBE TO OUR NEWSLETTER NOW",
    ],
)
def test_banner_lines(line: str) -> None:
    assert is_banner(line)


@pytest.mark.parametrize("line", ["Hepatocellular carcinoma", "Osteoid osteoma", "MRI of the knee"])
def test_titles_are_not_banners(line: str) -> None:
    assert not is_banner(line)


_BODY = "Clinical presentation\n\nPatients present with haematuria.\n"


@pytest.mark.parametrize(
    "text",
    [
        f"2024 Update: new staging\n\nUrothelial carcinoma\n\n{_BODY}",
        "# ONE WEEK ONLY: FREE OFFER ENDS TODAY!\n\n# Urothelial carcinoma\n\n"
        "## Clinical presentation\n\nPatients present with haematuria.\n",
        "<html><body><div class='x'><h1>FREE OFFER ENDS TODAY!</h1></div>"
        "<h1>Urothelial carcinoma</h1><div class='body'><h4>Clinical presentation</h4>"
        "<p>Patients present with haematuria.</p></div></body></html>",
    ],
    ids=["text", "markdown", "html"],
)
def test_banner_before_the_title_is_not_the_title(text: str) -> None:
    assert read_text(text).title == "Urothelial carcinoma"


_CASE_HTML = """<html><body><h1>Osteoid osteoma of the tibia</h1>
<div class="case-section"><h2>Presentation</h2><p>Night pain relieved by aspirin.</p>
<h2>Findings</h2><p>A lucent <a href="/a/nidus">nidus</a> with surrounding sclerosis.</p>
<h2>Case Discussion</h2><p>A nidus under 1.5 cm with <a href="/a/s">reactive sclerosis</a>
is typical.<sup>3</sup></p></div></body></html>"""


def test_case_page_is_read_as_an_article() -> None:
    article = read_text(_CASE_HTML)
    assert [s.heading for s in article.sections] == ["Presentation", "Findings", "Case Discussion"]
    discussion = article.sections[-1].blocks[0]
    assert discussion.text == "A nidus under 1.5 cm with reactive sclerosis is typical."
    assert discussion.links == ("reactive sclerosis",)


def test_article_page_with_case_panels_is_not_a_case_page() -> None:
    page = (
        "<html><body><h1>Osteoid osteoma</h1><div class='body'><h4>Epidemiology</h4>"
        "<p>Young men are affected.</p><h4>Findings</h4><p>A nidus.</p></div>"
        "<div class='case-panel'><h4>Presentation</h4><p>Case 1 text.</p></div></body></html>"
    )
    texts = [b.text for s in read_text(page).sections for b in s.blocks]
    assert texts == ["Young men are affected.", "A nidus."]


def test_markdown_links_are_kept_as_spans() -> None:
    article = read_text(
        "# Splenic infarct\n\nCaused by [emboli](/articles/e) or [sickle cell disease](/x) 3.\n"
    )
    (block,) = article.sections[0].blocks
    assert block.kind is BlockKind.PARAGRAPH
    assert block.text == "Caused by emboli or sickle cell disease."
    assert block.links == ("emboli", "sickle cell disease")


def test_two_files_of_one_article_lose_no_fact(tmp_path: Path, runner: CliRunner) -> None:
    (tmp_path / "a.txt").write_text(
        "Renal angiomyolipoma\n\nClinical presentation\n\n"
        "Large lesions may present with spontaneous haemorrhage, as in Wunderlich syndrome.\n"
    )
    (tmp_path / "b.md").write_text(
        "# Renal angiomyolipoma\n\n## Radiographic features\n\n"
        "Lesions larger than 4 cm carry a higher risk of [rupture](/a/r).\n"
    )
    first = {f.id for f in extract_facts(read_article(tmp_path / "a.txt"))}
    second = {f.id for f in extract_facts(read_article(tmp_path / "b.md"))}
    assert first  # each file states something the other does not
    assert second - first
    store = tmp_path / "facts"
    result = runner.invoke(app, ["extract", str(tmp_path), "--store", str(store)])
    assert result.exit_code == 0
    assert f"store: {len(first | second)} added" in result.stdout
    stored = (store / "renal-angiomyolipoma.yaml").read_text()
    assert "Wunderlich syndrome" in stored
    assert "rupture" in stored
    assert (
        f"Warning: {tmp_path / 'a.txt'} and {tmp_path / 'b.md'} are the same article "
        "(renal-angiomyolipoma); their facts are merged into one entry "
        f"({len(second - first)} more from the second)"
    ) in result.stderr


def test_an_unchanged_file_beside_a_changed_one_of_the_same_article_keeps_its_facts(
    tmp_path: Path, runner: CliRunner
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Renal angiomyolipoma\n\nClinical presentation\n\n"
        "Large lesions may present with spontaneous haemorrhage, as in Wunderlich syndrome.\n"
    )
    second = articles / "b.md"
    second.write_text(
        "# Renal angiomyolipoma\n\n## Radiographic features\n\n"
        "Lesions larger than 4 cm carry a higher risk of [rupture](/a/r).\n"
    )
    store = tmp_path / "facts"
    args = ["cards", str(articles), "--store", str(store)]
    assert runner.invoke(app, args).exit_code == 0
    second.write_text(
        second.read_text() + "\nRenal angiomyolipoma is associated with tuberous sclerosis.\n"
    )
    assert runner.invoke(app, args).exit_code == 0
    stored = (store / "renal-angiomyolipoma.yaml").read_text()
    assert "Wunderlich syndrome" in stored  # from the file that did not change
    assert "removed: true" not in stored
    assert "tuberous sclerosis" in stored
