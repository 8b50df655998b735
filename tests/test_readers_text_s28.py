"""Plain-text pages whose sections are one blank line apart, the section name on the line
right above its text, and whose page data lines stand above the lead (session 28)."""

from __future__ import annotations

from pathlib import Path

from quizgen.model import BlockKind
from quizgen.readers import read_article

_PAGE = """Radiopaedia.org
Articles Cases Courses Quiz Log in
Renal papillary necrosis
Last revised by A. B. Writer on 3 Mar 2026
Citation, DOI, disclosures and article data

Renal papillary necrosis is ischaemic necrosis of the renal medullary papillae.

Epidemiology
It is most often seen in diabetic patients and in analgesic abuse.

Radiographic features
Intravenous urography shows the ring sign around a sloughed papilla.

Differential diagnosis
medullary sponge kidney
calyceal diverticulum
tuberculosis of the kidney
"""


def _read(tmp_path: Path) -> list[tuple[str, list[str]]]:
    path = tmp_path / "renal-papillary-necrosis.txt"
    path.write_text(_PAGE, encoding="utf-8")
    article = read_article(path)
    return [
        (
            section.heading,
            [
                b.text if b.kind is BlockKind.PARAGRAPH else "|".join(i.text for i in b.items)
                for b in section.blocks
            ],
        )
        for section in article.sections
    ]


def test_a_section_name_right_above_its_text_is_a_heading(tmp_path: Path) -> None:
    sections = dict(_read(tmp_path))
    assert sections["Epidemiology"] == [
        "It is most often seen in diabetic patients and in analgesic abuse."
    ]
    # the lines under the differential heading are its list (lists are lost in plain text)
    assert sections["Differential diagnosis"] == [
        "medullary sponge kidney|calyceal diverticulum|tuberculosis of the kidney"
    ]


def test_the_page_data_lines_are_not_the_lead(tmp_path: Path) -> None:
    """ "Last revised by A. B. Writer on …" stood before the defining sentence, so the page
    had no definition."""
    lead = dict(_read(tmp_path))[""]
    assert lead == [
        "Renal papillary necrosis is ischaemic necrosis of the renal medullary papillae."
    ]


def test_a_front_matter_title_with_the_site_name_is_the_same_title(tmp_path: Path) -> None:
    """ "Renal papillary necrosis | Radiology Reference Article" in the front matter warned
    that the title differed from the page's own."""
    path = tmp_path / "renal-papillary-necrosis.md"
    path.write_text(
        '---\ntitle: "Renal papillary necrosis | Radiology Reference Article"\n---\n\n'
        "# Renal papillary necrosis\n\nIt is necrosis of the renal papillae, seen on CT in "
        "patients with diabetes.\n",
        encoding="utf-8",
    )
    assert read_article(path).warnings == ()
    path.write_text(
        '---\ntitle: "Renal infarction"\n---\n\n# Renal papillary necrosis\n\n'
        "It is rare and seen on CT in patients with diabetes.\n",
        encoding="utf-8",
    )
    assert read_article(path).warnings  # another title is still told


def test_an_indented_references_line_ends_a_markdown_body(tmp_path: Path) -> None:
    """A page dump leaves "References" and "Cases and figures" as indented plain lines: the
    case carousel after them ("Drag", "Case 1: …") was read on as the differential list."""
    path = tmp_path / "renal-papillary-necrosis.md"
    path.write_text(
        "# Renal papillary necrosis\n\nIt is seen on CT in patients with diabetes.\n\n"
        "## Differential diagnosis\n\n- medullary sponge kidney\n\n- calyceal diverticulum\n\n"
        "        References\n\n  - \n    1. Smith J. Papillae. Radiology. 2001;1:1-2.\n\n"
        "        Cases and figures\n\n  - \n    Drag\n    Case 1: ring sign\n"
        "    Drag here to reorder.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    text = " ".join(
        f"{b.text} {' '.join(i.text for i in b.items)}" for s in article.sections for b in s.blocks
    )
    assert "medullary sponge kidney" in text
    assert "Drag" not in text, text
    assert "Case 1" not in text, text


_LABELLED_LIST_THEN_SECTIONS = """Sacral cyst
Sacral cysts are fluid-filled dilatations of a nerve root sheath.
Classification
The scheme divides spinal cysts into three types:
type I: extradural cysts without nerve fibres
type II: extradural cysts with nerve fibres
type III: intradural cysts
Radiographic features
Plain radiograph
Radiographs are usually normal.
CT
CT shows a cyst of fluid attenuation.
"""


def test_a_section_name_after_a_list_whose_bullets_were_lost_is_a_heading(
    tmp_path: Path,
) -> None:
    """The lines of a labelled list end where a section name of several words stands: the
    headings are not the list's fourth and fifth types."""
    path = tmp_path / "sacral-cyst.txt"
    path.write_text(_LABELLED_LIST_THEN_SECTIONS, encoding="utf-8")
    sections = read_article(path).sections
    assert "Plain radiograph" in [section.heading for section in sections]
    classification = next(s for s in sections if s.heading == "Classification")
    assert [block.text for block in classification.blocks][-1].startswith("type III")


def test_a_capitalised_entry_under_a_list_intro_stays_an_entry(tmp_path: Path) -> None:
    page = "Sacral cyst\nSacral cysts are cysts.\n\nWork-up includes:\nPlain radiograph\nCT\n"
    path = tmp_path / "sacral-cyst.txt"
    path.write_text(page, encoding="utf-8")
    headings = [section.heading for section in read_article(path).sections]
    assert "Plain radiograph" not in headings
