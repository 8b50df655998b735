"""Tables: one typed Table from each form (HTML <table>, markdown pipe table, plain-text tab or
space-aligned rows) and one rule that writes it as list entries the extractors read.

The articles here are invented (an imaginary bone tumour and a kidney lesion), not taken from
any corpus: the rule must read tables it has never seen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.appearance import sequence_name
from quizgen.model import Article, BlockKind, Fact, FactKind
from quizgen.readers import read_article
from quizgen.readers.article_check import not_an_article_problem
from quizgen.readers.tables import (
    _SEQUENCE_HEADER,
    Table,
    first_row_is_header,
    make_table,
    table_entries,
)

_LEAD = (
    "Chondroid fibroma is a rare benign cartilaginous tumour of bone that affects the "
    "metaphysis of long bones in adolescents and young adults."
)
_INTRO = (
    "Imaging is the key to the diagnosis of this lesion in most patients: radiographs show it "
    "first, pain is the usual symptom, and surgery is the treatment when a fracture threatens."
)

# (caption, header, rows) of the tables every form of the article holds.
_GRADES = (
    "Table 1: Radiological grading of chondroid fibroma",
    ("Grade", "Margin", "Matrix", "Behaviour"),
    (
        ("grade I", "sclerotic rim", "ring-and-arc calcification", "latent"),
        ("grade II", "well-defined without rim", "-", "active"),
        ("grade III", "permeative", "none", "aggressive"),
    ),
)
_SITES = (
    "Table 2: Sites",
    ("Site", "Frequency"),
    (("proximal tibia", "40%"), ("distal femur", "30%"), ("pelvis", "10%")),
)
_SIGNAL = (
    "",
    ("Component", "T1", "T2"),
    (("chondroid matrix", "hypointense", "hyperintense"), ("fibrous septa", "hypointense", "")),
)
_DIFFERENTIALS = (
    "",
    ("Condition", "Distinguishing feature"),
    (
        ("enchondroma", "central, no cortical expansion"),
        ("chondromyxoid fibroma", "eccentric, lobulated sclerotic margin"),
    ),
)


def _html_table(caption: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    cap = f"<caption>{caption}</caption>" if caption else ""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{c if c != '-' else ''}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _md_table(caption: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    lines = [caption, ""] if caption else []
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _txt_table(caption: str, header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> str:
    lines = [caption] if caption else []
    lines += ["\t".join(header), *("\t".join(row) for row in rows)]
    return "\n".join(lines)


def _html(tmp_path: Path) -> Path:
    path = tmp_path / "article.html"
    path.write_text(
        "<html><body><h1>Chondroid fibroma</h1><div class='body user-generated-content'>"
        f"<p>{_LEAD}</p><h4>Epidemiology</h4>{_html_table(*_SITES)}"
        f"<h4>Radiographic features</h4><p>{_INTRO}</p>{_html_table(*_GRADES)}"
        f"<h5>MRI</h5>{_html_table(*_SIGNAL)}"
        f"<h4>Differential diagnosis</h4>{_html_table(*_DIFFERENTIALS)}</div></body></html>",
        encoding="utf-8",
    )
    return path


def _markdown(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(
        f"# Chondroid fibroma\n\n{_LEAD}\n\n## Epidemiology\n\n{_md_table(*_SITES)}\n\n"
        f"## Radiographic features\n\n{_INTRO}\n\n{_md_table(*_GRADES)}\n\n"
        f"### MRI\n\n{_md_table(*_SIGNAL)}\n\n"
        f"## Differential diagnosis\n\n{_md_table(*_DIFFERENTIALS)}\n",
        encoding="utf-8",
    )
    return path


def _text(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(
        f"Chondroid fibroma\n\n{_LEAD}\n\nEpidemiology\n\n{_txt_table(*_SITES)}\n\n"
        f"Radiographic features\n\n{_INTRO}\n\n{_txt_table(*_GRADES)}\n\n"
        f"MRI\n\n{_txt_table(*_SIGNAL)}\n\n"
        f"Differential diagnosis\n\n{_txt_table(*_DIFFERENTIALS)}\n",
        encoding="utf-8",
    )
    return path


def _fields(facts: list[Fact]) -> set[tuple[str, str, str, str, str]]:
    return {(f.kind.value, f.subject, f.item, f.value, f.attribute) for f in facts}


def _table_facts(article: Article) -> list[Fact]:
    """The facts whose source is a table row (not the lead or the intro sentence)."""
    return [f for f in extract_facts(article) if f.source.text not in (_LEAD, _INTRO)]


def test_one_table_in_three_forms_gives_the_same_facts(tmp_path: Path) -> None:
    forms = {
        name: _fields(_table_facts(read_article(maker(tmp_path))))
        for name, maker in (("html", _html), ("md", _markdown), ("txt", _text))
    }
    assert forms["html"] == forms["md"] == forms["txt"]
    facts = forms["html"]
    # classification: the classes of the first column, under a caption that names grading
    grades = {(item, value) for kind, _, item, value, _ in facts if kind == "association"}
    assert ("grade I", "sclerotic rim; ring-and-arc calcification; latent") in grades
    assert ("grade II", "well-defined without rim; active") in grades  # empty cell left out
    # frequency: each site with its share
    shares = {(item, value) for kind, _, item, value, _ in facts if kind == "frequency"}
    assert {("proximal tibia", "40%"), ("distal femur", "30%"), ("pelvis", "10%")} <= shares
    # appearance: a lesion's component per sequence column
    signals = {(s, v, a) for kind, s, _, v, a in facts if kind == "appearance"}
    # (a part sharing only a modifier of the title is its part too: "chondroid matrix")
    assert ("chondroid matrix of chondroid fibroma", "hyperintense", "MRI T2") in signals
    # a part named alone is the article's part ("fibrous septa of chondroid fibroma")
    septa = "fibrous septa of chondroid fibroma"
    assert (septa, "hypointense", "MRI T1") in signals
    assert not any(s == septa and a == "MRI T2" for s, _, a in signals)  # empty cell
    # differential: each row's condition with its feature
    differentials = {item for kind, _, item, _, _ in facts if kind == "differential"}
    assert {"enchondroma", "chondromyxoid fibroma"} <= differentials


def test_a_caption_is_the_intro_of_the_rows_and_names_their_columns() -> None:
    table = make_table(
        [("grade I", "sclerotic rim", "latent")],
        header=("Grade", "Margin", "Behaviour"),
        caption="Table 3. Lodwick grades.",
    )
    assert table is not None
    entries = table_entries(table)
    assert entries.intro == "Lodwick grades (Grade, Margin, Behaviour):"
    assert [item.text for item in entries.items] == ["grade I: sclerotic rim; latent"]


def test_a_table_whose_first_column_holds_the_sequences_is_read_turned_round() -> None:
    table = Table(
        header=("", "abscess", "necrotic tumour"),
        rows=(("DWI", "restricted", "not restricted"), ("T2", "hyperintense", "mixed")),
    )
    items = table_entries(table).items
    assert [(i.text, [c.text for c in i.children]) for i in items] == [
        ("abscess", ["DWI: restricted", "T2: hyperintense"]),
        ("necrotic tumour", ["DWI: not restricted", "T2: mixed"]),
    ]


def test_every_sequence_header_is_a_sequence_the_appearance_extractor_reads() -> None:
    for header in ("T1", "T2", "FLAIR", "DWI", "ADC", "SWI", "CT", "NECT", "ultrasound", "PET"):
        assert _SEQUENCE_HEADER.match(header)
        assert sequence_name(header), header
    assert not _SEQUENCE_HEADER.match("Frequency")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["Site", "Frequency"], True),
        (["WHO grade", "Features", "5-year survival"], True),
        (["femur", "40%"], False),
        (["grade I", "2 cm"], False),
        (["", ""], False),
    ],
)
def test_a_first_row_of_words_names_the_columns(cells: list[str], expected: bool) -> None:
    assert first_row_is_header(cells) is expected


def _read_html_body(tmp_path: Path, body: str) -> Article:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><body><h1>Renal lesion</h1><div class='body user-generated-content'>"
        "<p>A renal lesion is a mass of the kidney seen on imaging in many patients.</p>"
        f"<h4>Features</h4>{body}</div></body></html>",
        encoding="utf-8",
    )
    return read_article(path)


def _list_texts(article: Article) -> list[tuple[str, list[str]]]:
    return [
        (item.text, [child.text for child in item.children])
        for section in article.sections
        for block in section.blocks
        if block.kind is BlockKind.LIST
        for item in block.items
    ]


def _paragraphs(article: Article) -> list[str]:
    return [
        block.text
        for section in article.sections
        for block in section.blocks
        if block.kind is BlockKind.PARAGRAPH
    ]


def test_html_table_without_thead_spans_citations_and_footnotes(tmp_path: Path) -> None:
    article = _read_html_body(
        tmp_path,
        "<table><tr><th>Type</th><th>Wall</th><th>Enhancement</th></tr>"
        "<tr><th>type 1</th><td>thin<sup>3</sup></td><td rowspan='2'>none</td></tr>"
        "<tr><th>type 2</th><td>thick, nodular</td></tr>"
        "<tr><td>type 3</td><td colspan='2'>solid</td></tr>"
        "<tr><td colspan='3'>Adapted from a consensus statement.</td></tr></table>",
    )
    assert _list_texts(article) == [
        ("type 1: thin; none", []),
        ("type 2: thick, nodular; none", []),
        ("type 3: solid; solid", []),
    ]
    assert "Adapted from a consensus statement." in _paragraphs(article)


@pytest.mark.parametrize(
    "table",
    [
        # a page laid out in a table, the article inside it
        "<table role='presentation'><tr><td>menu</td><td>Home page</td></tr>"
        "<tr><td>search</td><td>Find cases</td></tr></table>",
        "<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></table>",
        # a navigation grid of links
        "<table><tr><td><a href='/a'>Articles</a></td><td><a href='/c'>Cases</a></td></tr>"
        "<tr><td><a href='/q'>Quiz</a></td><td><a href='/x'>Courses</a></td></tr></table>",
        # the page's own data
        "<table><tr><td>Citation</td><td>Smith J. Renal lesion. Reference article.</td></tr>"
        "<tr><td>DOI</td><td>10.53347/rID-12345</td></tr>"
        "<tr><td>rID</td><td>12345</td></tr></table>",
        # one column
        "<table><tr><td>solid</td></tr><tr><td>cystic</td></tr></table>",
    ],
)
def test_layout_navigation_and_page_data_tables_give_no_text(tmp_path: Path, table: str) -> None:
    article = _read_html_body(tmp_path, table)
    assert _list_texts(article) == []
    assert _paragraphs(article) == [
        "A renal lesion is a mass of the kidney seen on imaging in many patients."
    ]


_RENAL_LEAD = (
    "A renal lesion is a mass of the kidney in adult patients, a benign or malignant tumour or "
    "a cyst; pain, haematuria and other symptoms lead to imaging, and the diagnosis rests on "
    "contrast enhancement at CT; surgery is the treatment of the carcinoma, and the prognosis "
    "depends on its stage."
)


def _read_md_body(tmp_path: Path, body: str) -> Article:
    path = tmp_path / "page.md"
    path.write_text(
        f"# Renal lesion\n\n{_RENAL_LEAD}\n\n## Features\n\n{body}\n",
        encoding="utf-8",
    )
    return read_article(path)


def test_markdown_pipe_table_with_caption_escaped_pipe_and_short_row(tmp_path: Path) -> None:
    article = _read_md_body(
        tmp_path,
        "**Table 1.** Bosniak classes\n"
        "| Class | Features | Malignancy |\n"
        "|:---|:---:|---:|\n"
        "| I | thin wall \\| no enhancement | ~0% [2] |\n"
        "| IIF | minimally thickened wall |\n",
    )
    assert _paragraphs(article)[-1] == "Bosniak classes (Class, Features, Malignancy):"
    assert _list_texts(article) == [
        ("I: thin wall | no enhancement; ~0%", []),
        ("IIF: minimally thickened wall", []),
    ]


def test_markdown_pipes_without_a_delimiter_row_are_no_table(tmp_path: Path) -> None:
    article = _read_md_body(tmp_path, "Solid | cystic | mixed lesions are all seen.")
    assert _list_texts(article) == []


def _read_txt_body(tmp_path: Path, body: str) -> Article:
    path = tmp_path / "page.txt"
    path.write_text(
        "Renal lesion\n\nA renal lesion is a mass of the kidney seen on imaging in many "
        f"patients.\n\nFeatures\n\n{body}\n",
        encoding="utf-8",
    )
    return read_article(path)


def test_space_aligned_rows_are_a_table(tmp_path: Path) -> None:
    article = _read_txt_body(
        tmp_path,
        "Location        Frequency   Typical age\n"
        "cortex          60%         adults\n"
        "medulla         25%         children\n"
        "renal sinus     15%         any age",
    )
    assert _list_texts(article) == [
        ("cortex: 60%; adults", []),
        ("medulla: 25%; children", []),
        ("renal sinus: 15%; any age", []),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # aligned citation list
        "1.  Smith J, Jones K.  Renal lesions on CT in adults.  Radiology. 2001;12:1-9.\n"
        "2.  Brown A, Green B.  Cystic kidney masses on ultrasound.  AJR. 2003;15:3-8.\n"
        "3.  White C, Black D.  Imaging of renal masses in children.  Eur Radiol. 2005;7:2-4.",
        # an aligned citation list padded into columns: its cells are sentences
        "1.  Smith J, Jones K.     Renal lesions on CT in adults.        Radiology. 2001.\n"
        "2.  Brown A, Green B.     Cystic kidney masses in children.     AJR. 2003.\n"
        "3.  White C, Black D.     Imaging of renal masses on MRI.       Eur Radiol. 2005.",
        # double spaces that do not line up
        "cortex  common  adults\nrenal medulla  rare  children\nsinus  very rare  any age",
        # key: value lines
        "T1: hypointense\nT2: hyperintense\nDWI: restricted diffusion",
        # a two-word-per-line list
        "renal cortex\nrenal medulla\nrenal sinus\nperinephric fat",
        # prose with two spaces after its full stops
        "The lesion is solid.  It enhances after contrast in most patients.\n"
        "It may bleed.  Haemorrhage is seen on CT as a dense area in some cases.\n"
        "It rarely calcifies.  Calcification suggests another diagnosis in adults.",
    ],
)
def test_plain_text_that_is_not_a_table_stays_as_it_was(tmp_path: Path, body: str) -> None:
    article = _read_txt_body(tmp_path, body)
    texts = [t for t, _ in _list_texts(article)]
    assert not any(";" in t for t in texts), texts  # no row joined from columns


def test_a_references_section_with_tabs_gives_no_table(tmp_path: Path) -> None:
    article = _read_txt_body(
        tmp_path,
        "The lesion is usually solid on imaging.\n\nReferences\n\n"
        "1.\tSmith J.\tRenal lesions.\tRadiology 2001\n2.\tBrown A.\tCysts.\tAJR 2003",
    )
    assert _list_texts(article) == []


_TABLE_ROWS = (
    "| Class | Features |\n|---|---|\n| I | simple, no septa |\n| II | thin septa |\n"
    "| III | thick septa |\n| IV | solid component |\n"
)


def test_an_article_with_a_pipe_table_is_an_article_and_docs_tables_are_not() -> None:
    assert not_an_article_problem(f"# Renal lesion\n\n{_RENAL_LEAD}\n\n{_TABLE_ROWS}") == ""
    # the same table holding code (a docs table of commands) is documentation
    docs = _TABLE_ROWS.replace("thin septa", "`quizgen build`")
    assert "lines are code, tables or commands" in not_an_article_problem(
        f"# Renal lesion\n\n{_RENAL_LEAD}\n\n{docs}"
    )
    # and a text with a few clinical words only (a results page) keeps its tables as tables
    results = (
        "# Results\n\nRecall of the extractors on each corpus of articles, by kind: "
        "appearance, differential and frequency facts of the tumour and lesion pages.\n\n"
    )
    assert "lines are code, tables or commands" in not_an_article_problem(results + _TABLE_ROWS)


def test_a_caption_line_above_a_table_is_its_caption_in_every_form(tmp_path: Path) -> None:
    html = _read_html_body(
        tmp_path,
        "<p>Table 2: Bosniak classification</p><div class='table-wrapper'><table>"
        "<tr><th>Class</th><th>Features</th></tr><tr><td>I</td><td>simple cyst</td></tr>"
        "<tr><td>II</td><td>thin septa</td></tr></table></div>",
    )
    markdown = _read_md_body(
        tmp_path,
        "Table 2: Bosniak classification\n\n| Class | Features |\n|---|---|\n"
        "| I | simple cyst |\n| II | thin septa |",
    )
    text = _read_txt_body(
        tmp_path,
        "Table 2: Bosniak classification\n\nClass\tFeatures\nI\tsimple cyst\nII\tthin septa",
    )
    for article in (html, markdown, text):
        assert _paragraphs(article)[-1] == "Bosniak classification:"
        assert _list_texts(article) == [("I: simple cyst", []), ("II: thin septa", [])]


def test_a_caption_line_with_no_table_after_it_stays_text(tmp_path: Path) -> None:
    markdown = _read_md_body(tmp_path, "Table 2 lists the classes.\n\nThe classes are many.")
    assert "The classes are many." in _paragraphs(markdown)
    assert any("lists the classes" in p for p in _paragraphs(markdown))


def test_a_table_comparing_its_columns_gives_one_entry_per_compared_thing(
    tmp_path: Path,
) -> None:
    article = _read_md_body(
        tmp_path,
        "## Differential diagnosis\n\n"
        "| Feature | Renal lesion | Angiomyolipoma | Oncocytoma |\n|---|---|---|---|\n"
        "| fat | absent | macroscopic fat | absent |\n"
        "| size | > 4 cm | < 4 cm | - |\n"
        "| scar | none | none | central stellate scar |\n",
    )
    assert _list_texts(article)[-2:] == [
        ("Angiomyolipoma: fat macroscopic fat; size < 4 cm; scar none", []),
        ("Oncocytoma: fat absent; scar central stellate scar", []),
    ]
    facts = extract_facts(article)
    differentials = {f.item for f in facts if f.kind is FactKind.DIFFERENTIAL}
    assert {"Angiomyolipoma", "Oncocytoma"} <= differentials
    assert not differentials & {"fat", "size", "scar"}  # the features are no differentials


def test_a_sentence_about_a_table_is_no_caption(tmp_path: Path) -> None:
    sentence = "Table 1 summarises the classes of the Bosniak scheme for cystic renal masses."
    article = _read_html_body(
        tmp_path,
        f"<p>{sentence}</p><table><tr><th>Class</th><th>Features</th></tr>"
        "<tr><td>I</td><td>simple cyst</td></tr><tr><td>II</td><td>thin septa</td></tr></table>",
    )
    assert sentence in _paragraphs(article)
    assert _list_texts(article) == [("I: simple cyst", []), ("II: thin septa", [])]


def test_a_table_set_in_a_figure_is_read_with_its_figcaption(tmp_path: Path) -> None:
    article = _read_html_body(
        tmp_path,
        "<figure class='table'><table><thead><tr><th>Class</th><th>Features</th></tr></thead>"
        "<tbody><tr><td>I</td><td>simple cyst</td></tr><tr><td>II</td><td>thin septa</td></tr>"
        "</tbody></table><figcaption>Table 4: Bosniak classification</figcaption></figure>"
        "<figure class='image'><img src='x.png'><figcaption>CT of a cyst</figcaption></figure>",
    )
    assert _paragraphs(article)[-1] == "Bosniak classification:"
    assert _list_texts(article) == [("I: simple cyst", []), ("II: thin septa", [])]


def test_a_group_label_row_is_no_entry_in_every_form(tmp_path: Path) -> None:
    html = _read_html_body(
        tmp_path,
        "<table><tr><th>Lesion</th><th>Fat</th><th>Enhancement</th></tr>"
        "<tr><td colspan='3'>Benign</td></tr><tr><td>angiomyolipoma</td><td>yes</td>"
        "<td>avid</td></tr><tr><td colspan='3'>Malignant</td></tr>"
        "<tr><td>clear cell carcinoma</td><td>rarely</td><td>avid, washout</td></tr></table>",
    )
    markdown = _read_md_body(
        tmp_path,
        "| Lesion | Fat | Enhancement |\n|---|---|---|\n| Benign | | |\n"
        "| angiomyolipoma | yes | avid |\n| Malignant | | |\n"
        "| clear cell carcinoma | rarely | avid, washout |",
    )
    expected: list[tuple[str, list[str]]] = [
        ("angiomyolipoma: yes; avid", []),
        ("clear cell carcinoma: rarely; avid, washout", []),
    ]
    assert _list_texts(html) == expected
    assert _list_texts(markdown) == expected
