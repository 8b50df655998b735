"""Readers: the seeds and the other-topic fixture in three forms become the same Article."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.errors import ReadError
from quizgen.model import Article, BlockKind, InputFormat, ListItem
from quizgen.readers import iter_article_paths, read_article, read_text, sniff_format

JUNK = (
    "Log In",
    "ADVERTISEMENT",
    "Gold Supporter",
    "Cases and figures",
    "Incoming Links",
    "Drag here to reorder",
    "Promoted articles",
    "Reference one about kidneys",
    "current_user",
    "Figure 1",
    "Prevalence of cancer in Germany",
    "View revision history",
    "On this page",
    "Share article",
    "Winking owl sign (spine)",
    "Load more cases",
)


def _all_text(article: Article) -> str:
    def items(entries: tuple[ListItem, ...]) -> str:
        return " ".join(f"{i.text} {items(i.children)}" for i in entries)

    return " ".join(
        f"{s.heading} {b.text} {b.key} {b.value} {items(b.items)}"
        for s in article.sections
        for b in s.blocks
    )


def test_markdown_seed_structure(spinal_md: Path) -> None:
    article = read_article(spinal_md)
    assert article.title == "Spinal metastasis"
    assert article.synonyms == ("Metastasis to the spine",)
    assert [s.heading for s in article.sections] == [
        "",
        "Epidemiology",
        "Clinical presentation",
        "Pathology",
        "Differential diagnosis",
    ]
    provenance = article.provenance
    assert provenance.input_format is InputFormat.MARKDOWN
    assert provenance.doi == "10.53347/rID-13677"
    assert provenance.url == "https://radiopaedia.org/articles/13677"
    assert provenance.rid == "13677"
    assert provenance.systems == ("Central Nervous System", "Spine", "Oncology")
    assert provenance.retrieved == "17 Feb 2026"
    # the front matter says chest/x-ray: the article wins and the conflict is a warning
    assert any("chest" in warning for warning in article.warnings)


def test_markdown_seed_recovers_flattened_nesting(spinal_md: Path) -> None:
    article = read_article(spinal_md)
    lead_list = next(b for b in article.sections[0].blocks if b.kind is BlockKind.LIST)
    assert [i.text for i in lead_list.items] == [
        "vertebral metastases (94%)",
        "intradural extramedullary metastases (5%)",
        "intramedullary metastases (1%)",
    ]
    assert lead_list.items[0].children == (ListItem("may have epidural extension"),)
    ddx = next(s for s in article.sections if s.heading == "Differential diagnosis")
    lists = [b for b in ddx.blocks if b.kind is BlockKind.LIST]
    cysts = lists[0].items[2]
    assert cysts.text == "extradural cysts"
    assert [c.text for c in cysts.children] == [
        "developmental",
        "acquired: degenerative, infectious, traumatic/iatrogenic",
    ]
    drop = lists[1].items[2]
    assert drop.text == "drop metastases from CNS primaries"
    assert len(drop.children) == 7


def test_text_seed_structure(vertebral_txt: Path) -> None:
    article = read_article(vertebral_txt)
    assert article.title == "Vertebral metastases"
    assert article.synonyms == ("Vertebral body metastases",)  # the others repeat the title
    assert article.provenance.rid == "1668"
    lists = [b for s in article.sections for b in s.blocks if b.kind is BlockKind.LIST]
    parents = [i.text for block in lists for i in block.items]
    assert parents == [
        "Osteoblastic metastases",
        "Mixed sclerotic and lytic extradural bone lesions",
        "Lytic extradural bone lesions",
    ]
    assert [c.text for c in lists[-1].items[-1].children] == [
        "T1: intermediate to hypointense",
        "T2: hyper- or isointense",
        "T1 C+ (Gd): enhancement usually present",
    ]


@pytest.mark.parametrize("name", ["spinal-metastasis.md", "vertebral-metastases.txt"])
def test_no_page_furniture_in_article_text(seeds_dir: Path, name: str) -> None:
    text = _all_text(read_article(seeds_dir / name))
    for junk in JUNK:
        assert junk not in text


@pytest.mark.parametrize("suffix", [".html", ".md", ".txt"])
def test_other_topic_fixture_reads_in_every_form(data_dir: Path, suffix: str) -> None:
    article = read_article(data_dir / "articles" / f"renal-angiomyolipoma{suffix}")
    assert article.title == "Renal angiomyolipoma"
    assert article.synonyms == ("AML (kidney)",)
    assert article.provenance.rid == "4242"
    text = _all_text(article)
    for junk in JUNK:
        assert junk not in text
    assert "fat-poor angiomyolipoma" in text
    assert "T1: hyperintense" in text


def test_html_fixture_sections_and_citation_markers(data_dir: Path) -> None:
    article = read_article(data_dir / "articles" / "renal-angiomyolipoma.html")
    assert [s.path for s in article.sections][-3:] == [
        "Radiographic features › MRI",
        "Treatment and prognosis",
        "Differential diagnosis",
    ]
    lead = article.sections[0].blocks[0].text
    assert lead.endswith("abnormal vessels.")  # the <sup>1</sup> reference marker is gone
    assert article.provenance.doi == "10.53347/rID-4242"
    assert article.provenance.systems == ("Urogenital", "Oncology")


def test_form_is_sniffed_from_content_not_extension(tmp_path: Path, data_dir: Path) -> None:
    html = (data_dir / "articles" / "renal-angiomyolipoma.html").read_text(encoding="utf-8")
    disguised = tmp_path / "page.txt"
    disguised.write_text(html, encoding="utf-8")
    assert read_article(disguised).provenance.input_format is InputFormat.HTML
    assert sniff_format("# Title\n\nSome text.") is InputFormat.MARKDOWN
    assert sniff_format("Title\n\nSome text.") is InputFormat.TEXT


def test_folder_reading_skips_readme_and_hidden(seeds_dir: Path) -> None:
    names = [p.name for p in iter_article_paths([seeds_dir])]
    assert names == ["spinal-metastasis.md", "vertebral-metastases.txt"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "the file is empty"),
        (b"   \n\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("Tumeur bénigne\n\nTexte é".encode("latin-1"), "not UTF-8 text (byte 0xE9"),
        (b"<html><body><nav>menu</nav></body></html>", "no article body"),
    ],
)
def test_bad_input_is_one_clear_read_error(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(ReadError) as caught:
        read_article(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)


def test_an_attribution_sidecar_named_as_a_source_is_a_read_error(tmp_path: Path) -> None:
    sidecar = tmp_path / "article.txt.meta.yaml"
    sidecar.write_text("url: https://example.org/article\nauthors: A. Author\n")
    with pytest.raises(ReadError, match="an attribution sidecar, not an article"):
        read_article(sidecar)


def test_missing_path_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_article(tmp_path / "nope.md")


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_readers_raise_only_read_error_on_any_text(text: str) -> None:
    with contextlib.suppress(ReadError):
        read_text(text)


_TAGS = st.sampled_from(
    [
        "<h1>",
        "</h1>",
        "<h4>",
        "</h4>",
        "<ul>",
        "</ul>",
        "<li>",
        "</li>",
        "<p>",
        "</p>",
        '<div class="body user-generated-content">',
        "</div>",
        "<script>",
        "</script>",
        "<sup>",
        "</sup>",
        "- ",
        "\n",
        "#### ",
        ": ",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_TAGS, st.text(max_size=12)), max_size=40))
def test_readers_raise_only_read_error_on_html_like_input(parts: list[str]) -> None:
    with contextlib.suppress(ReadError):
        read_text("<html><body>" + "".join(parts))


def test_html_reader_frees_its_parse_tree_without_the_garbage_collector(data_dir: Path) -> None:
    # Batch commands pause the cyclic GC, so a parse tree must not outlive its article.
    import gc  # noqa: PLC0415

    from bs4.element import PageElement  # noqa: PLC0415

    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        read_article(data_dir / "articles" / "renal-angiomyolipoma.html")
        gc.collect()
        leaked = [obj for obj in gc.garbage if isinstance(obj, PageElement)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert leaked == []


def test_body_paragraph_after_an_on_this_page_box_is_kept() -> None:
    article = read_text(
        "# Tarsal coalition\n\n"
        "Tarsal coalition is an abnormal union between two or more tarsal bones.\n\n"
        "## On this page:\n\n"
        "Article:\n\n"
        "- [Epidemiology](#nav_epidemiology)\n\n"
        "- [References](#references)\n\n"
        "Images:\n\n"
        "- [Cases and figures](#article-images)\n\n"
        "It is divided into fibrous, cartilaginous and osseous forms.\n\n"
        "#### Epidemiology\n\n"
        "It presents in adolescence.\n"
    )
    lead = " ".join(b.text for b in article.sections[0].blocks)
    assert "divided into fibrous, cartilaginous and osseous forms" in lead
    every_text = " ".join(b.text for s in article.sections for b in s.blocks)
    assert "Article:" not in every_text
    assert "Images:" not in every_text
    assert "Cases and figures" not in every_text


def test_plain_text_lines_under_an_introducing_colon_are_a_list() -> None:
    article = read_text(
        "Chondrosarcoma\n\nImaging\n\n"
        "Features that favour malignancy include2: \n\n"
        "deep endosteal scalloping\n"
        "cortical breakthrough\n"
        "a soft-tissue mass\n\n"
        "The pelvis is a common site.\n"
    )
    (section,) = [s for s in article.sections if s.heading == "Imaging"]
    kinds = [b.kind for b in section.blocks]
    assert kinds == [BlockKind.PARAGRAPH, BlockKind.LIST, BlockKind.PARAGRAPH]
    assert [i.text for i in section.blocks[1].items] == [
        "deep endosteal scalloping",
        "cortical breakthrough",
        "a soft-tissue mass",
    ]


def test_plain_text_sentences_under_a_colon_stay_paragraphs() -> None:
    article = read_text(
        "Chondrosarcoma\n\nImaging\n\n"
        "Two points matter:\n\n"
        "The lesion is large.\n"
        "The cortex is breached.\n"
    )
    (section,) = [s for s in article.sections if s.heading == "Imaging"]
    assert all(b.kind is BlockKind.PARAGRAPH for b in section.blocks)


@pytest.mark.parametrize(
    ("lines", "is_list"),
    [
        # ranges and upper bounds can make one whole (their midpoints add up to 107.5 %)
        (["caecum: 70-80%", "ascending colon: 25-30%", "transverse colon: <10%"], True),
        (["upper lobe: 55 %", "middle lobe: 15 %", "lower lobe: 30 %"], True),
        # no reading of these reaches 100 %: symptoms of one disease, not parts of a whole
        (["headache: 70-75%", "vomiting: 40-45%", "seizures: 20%"], False),
        (["fever: 10-15%", "rash: 5%"], False),
    ],
)
def test_plain_text_lines_of_shares_with_ranges_are_a_list_only_when_they_make_a_whole(
    lines: list[str], is_list: bool
) -> None:
    article = read_text("Caecal volvulus\n\nLocation\n\n" + "\n".join(lines) + "\n")
    (section,) = [s for s in article.sections if s.heading == "Location"]
    kinds = [b.kind for b in section.blocks]
    if is_list:
        assert kinds == [BlockKind.LIST]
        assert [i.text for i in section.blocks[0].items] == lines
    else:
        assert BlockKind.LIST not in kinds


_PAGE_TOP = (
    "Radiopaedia.org\nArticles Cases Courses Quiz\n"
    "Citation, DOI, disclosures and article data\n"
    "On this page:\nArticle:\nEpidemiology\nImaging\nReferences\nImages:\nCases and figures\n\n"
)
_BODY = (
    "Epidemiology\n\n"
    "Caecal volvulus accounts for about a third of colonic volvulus in adults.\n\n"
    "Imaging\n\n"
    "A dilated caecum lies in the left upper quadrant on the radiograph.\n\n"
    "References\n\n1. Smith J. Caecal volvulus. Radiology. 2001;1:1-2.\n"
)


def test_a_plain_text_page_with_its_table_of_contents_keeps_the_body() -> None:
    # The contents box lists "References": read as a heading it would end the article
    # before its body began, and its entries would be paragraphs of their own.
    with_box = read_text("Caecal volvulus\n\n" + _PAGE_TOP + _BODY)
    without_box = read_text("Caecal volvulus\n\n" + _BODY)

    def body(article: Article) -> list[tuple[str, str]]:
        return [(s.heading, b.text) for s in article.sections if s.heading for b in s.blocks]

    assert body(with_box) == body(without_box)
    assert [s.heading for s in with_box.sections if s.heading] == ["Epidemiology", "Imaging"]
    every_text = " ".join(b.text for s in with_box.sections for b in s.blocks)
    assert "On this page" not in every_text
    assert "Cases and figures" not in every_text
    assert "Smith J" not in every_text  # the real References heading still ends the body


def test_plain_text_labelled_lines_under_an_introducing_colon_are_a_list() -> None:
    # long "label: detail" entries of a list that lost its bullets, however long each is
    article = read_text(
        "Cardiac fibroma\n\nClinical presentation\n\n"
        "Symptoms fall into three groups:\n\n"
        "arrhythmic: ventricular tachycardia, palpitations or sudden death, which may be the "
        "first sign of the tumour in a child with no previous symptoms at all\n"
        "obstructive: heart failure from obstruction of ventricular outflow or inflow\n"
        "incidental: a murmur heard at a routine examination\n\n"
        "Most are found in infancy.\n"
    )
    (section,) = [s for s in article.sections if s.heading == "Clinical presentation"]
    assert [b.kind for b in section.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.LIST,
        BlockKind.PARAGRAPH,
    ]
    assert [i.text.split(":")[0] for i in section.blocks[1].items] == [
        "arrhythmic",
        "obstructive",
        "incidental",
    ]


def test_plain_text_lines_right_under_a_heading_are_a_list_when_none_ends_as_a_sentence() -> None:
    article = read_text(
        "Pleomorphic xanthoastrocytoma\n\nCT\n\n"
        "well-circumscribed, superficial cortical mass\n"
        "cystic component with an enhancing mural nodule\n"
        "no calcification\n\n"
        "MRI\n\n"
        "The mass is usually superficial and abuts the meninges\n"
        "and the cyst follows CSF signal on every sequence.\n"
    )
    kinds = {s.heading: [b.kind for b in s.blocks] for s in article.sections if s.heading}
    assert kinds["CT"] == [BlockKind.LIST]
    assert [i.text for s in article.sections if s.heading == "CT" for i in s.blocks[0].items] == [
        "well-circumscribed, superficial cortical mass",
        "cystic component with an enhancing mural nodule",
        "no calcification",
    ]
    # a paragraph wrapped over two lines ends as a sentence: it stays a paragraph
    assert BlockKind.LIST not in kinds["MRI"]


def test_plain_text_share_lines_with_a_note_after_a_semicolon_are_a_list() -> None:
    article = read_text(
        "Cavernous malformation\n\nLocation\n\n"
        "supratentorial: ~80%; frontal and temporal lobes favoured\n"
        "infratentorial: ~20%; pons is the commonest site\n"
    )
    (section,) = [s for s in article.sections if s.heading == "Location"]
    assert [b.kind for b in section.blocks] == [BlockKind.LIST]


def test_a_title_heading_inside_the_body_heads_the_page_not_a_section(tmp_path: Path) -> None:
    """A page whose article body holds its <h1> title (<main><h1>X</h1><h2>…): the sections
    are the page's, not the title's ("X › X › Epidemiology" on every card)."""
    page = tmp_path / "chondroblastoma.html"
    page.write_text(
        "<html><head><title>Chondroblastoma | Example</title></head><body><main>"
        "<h1>Chondroblastoma</h1><p>Chondroblastoma is a rare benign cartilaginous tumour.</p>"
        "<h2>Epidemiology</h2><p>It accounts for less than 1% of primary bone tumours.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    article = read_article(page)
    assert article.title == "Chondroblastoma"
    assert [s.path for s in article.sections] == ["", "Epidemiology"]


_ROOT = Path(__file__).resolve().parent.parent
_PAGES = sorted(
    [
        *(_ROOT / "tests" / "data").rglob("*.html"),
        *(_ROOT / "bench" / "dev-corpus").rglob("*.html"),
        *(_ROOT / "seeds").glob("*.html"),
    ]
)
# Class lists the matcher must read as CSS does: several classes, one in another's name,
# repeated, upper case, nested, and a body that is not a div.
_CLASS_PAGE = """<html><body>
<div class="BODY">not this</div><section class="body-text">nor this</section>
<div class="x body  user-generated-content y"><p class="meta-item">A<span class="meta-item-title">
T</span></p><div class="body"><p>inner</p></div></div>
<div class="user-generated-content"><p class="meta-item meta-item">B</p></div>
<article class="body"><main>m</main></article></body></html>"""


@pytest.mark.parametrize("page", [*_PAGES, None], ids=lambda p: p.name if p else "classes")
def test_html_body_and_metadata_matching_is_css_selection(page: Path | None) -> None:
    """The HTML reader finds the body and metadata items without CSS selection (it was a tenth
    of reading a page): on every page here it must find what the CSS selectors select."""
    from bs4 import BeautifulSoup  # noqa: PLC0415

    from quizgen.readers.html import _BODY_SELECTORS, _matching  # noqa: PLC0415

    text = page.read_text(encoding="utf-8") if page else _CLASS_PAGE
    soup = BeautifulSoup(text, "lxml")
    wanted = [*_BODY_SELECTORS, (None, ("meta-item",)), (None, ("meta-item-title",))]
    assert page or all(soup.select(f"{n or ''}{''.join('.' + c for c in cs)}") for n, cs in wanted)
    for name, classes in wanted:
        css = (name or "") + "".join(f".{c}" for c in classes)
        found = [id(tag) for tag in _matching(soup, name, classes)]
        assert found == [id(tag) for tag in soup.select(css)], css  # the same elements


def test_a_nested_html_list_keeps_its_entries_under_their_parent(tmp_path: Path) -> None:
    # a reader that walks all descendants flattens nesting: the child would be a sibling
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Lung abscess</title></head><body><h1>Lung abscess</h1>"
        '<div class="body">'
        "<h2>Pathology</h2><p>Causes include:</p><ul>"
        "<li>aspiration<ul><li>alcoholism</li><li>seizures</li></ul></li>"
        "<li>septic emboli</li></ul></div></body></html>",
        encoding="utf-8",
    )
    (block,) = [
        b for s in read_article(page).sections for b in s.blocks if b.kind is BlockKind.LIST
    ]
    assert [i.text for i in block.items] == ["aspiration", "septic emboli"]
    assert block.items[0].children == (ListItem("alcoholism"), ListItem("seizures"))


def test_a_menu_word_alone_above_a_saved_text_page_is_no_title() -> None:
    """A page saved as text opened "Radiopaedia.org / Search / Acute pyelonephritis": it was
    titled "Search", and every card and question named the search box."""
    text = (
        "Radiopaedia.org\nSearch\nAcute pyelonephritis\nLast revised by the editors\n"
        "Acute pyelonephritis is a bacterial infection of the renal parenchyma.\n"
    )
    assert read_text(text).title == "Acute pyelonephritis"
    one_word = "Sarcoidosis\nSarcoidosis is a multisystem granulomatous disease.\n"
    assert read_text(one_word).title == "Sarcoidosis"


def test_section_names_are_headings_in_an_extraction_without_blank_lines() -> None:
    """A page saved as text with no blank lines lost every heading: its differential list
    and its imaging sections were read as one paragraph run of the lead."""
    text = (
        "Renal papillary necrosis\n"
        "Renal papillary necrosis is ischaemic necrosis of the renal papillae.\n"
        "Epidemiology\n"
        "It is commonest in diabetics.\n"
        "Radiographic features\n"
        "CT\n"
        "Contrast pools in a cavity at the papilla.\n"
        "Differential diagnosis\n"
        "calyceal diverticulum\n"
        "Signs include:\n"
        "CT\n"
        "MRI\n"
    )
    article = read_text(text)
    headings = [section.heading for section in article.sections]
    # ("Radiographic features" is a heading too: its section is empty, so the page drops it)
    assert headings[1:] == ["Epidemiology", "CT", "Differential diagnosis"], headings
    # a flattened list's entries after its intro stay entries, not headings
    assert headings.count("CT") == 1, headings
    assert "MRI" not in headings, headings


def test_a_menu_line_left_in_a_text_extractions_body_is_no_paragraph(tmp_path: Path) -> None:
    """ "Radiopaedia.org | Articles | Cases | Courses" after the title was kept as the body's
    first paragraph, so the definition sentence after it was not read as the lead."""
    page = tmp_path / "thymic-cyst.txt"
    page.write_text(
        "Thymic cyst\nRadiopaedia.org | Articles | Cases | Courses\n"
        "Citation, DOI, disclosures and article data\n\n"
        "Thymic cysts are benign fluid-filled lesions of the anterior mediastinum.\n\n"
        "Epidemiology\nThey are rare.\n",
        encoding="utf-8",
    )
    article = read_article(page)
    first = article.sections[0].blocks[0].text
    assert first.startswith("Thymic cysts are benign"), first
