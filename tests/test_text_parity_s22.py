"""Plain-text parity (session 22): a text extraction's runs of lines that lost their bullets
are read as the lists they were, as the markdown form of the same page is."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import BlockKind, FactKind
from quizgen.readers import read_text

_MEASURES = """Acute appendicitis | Example.org

Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

Radiographic features

Ultrasound

Graded compression is used with the patient supine. Supportive measurements are:

outer diameter (compressed, measured across the tip): >6 mm
mural thickness: ≥3 mm
periappendiceal fat depth: ≥10 mm

Treatment and prognosis

Appendicectomy is curative.
"""


def _thresholds(body: str, name: str) -> set[tuple[str, str]]:
    facts = extract_facts(read_text(body, path=Path(name)))
    return {(f.item, f.value) for f in facts if f.kind is FactKind.THRESHOLD}


def test_a_text_extractions_run_of_measure_lines_gives_their_cutoffs() -> None:
    found = _thresholds(_MEASURES, "acute-appendicitis.txt")
    assert {("outer diameter", ">6 mm"), ("mural thickness", "≥3 mm")} <= found, found


_MEASURES_MD = """# Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

## Radiographic features

### Ultrasound

Graded compression is used with the patient supine. Supportive measurements are:

- outer diameter (compressed, measured across the tip): >6 mm
- mural thickness: ≥3 mm
- periappendiceal fat depth: ≥10 mm

## Treatment and prognosis

Appendicectomy is curative.
"""


def test_the_text_form_gives_what_the_markdown_form_gives() -> None:
    markdown = _thresholds(_MEASURES_MD, "acute-appendicitis.md")
    assert ("mural thickness", "≥3 mm") in markdown, markdown
    assert markdown <= _thresholds(_MEASURES, "acute-appendicitis.txt")


_RANKED_LINES = """Acute appendicitis | Example.org

Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

Clinical presentation

Patients present in several ways:

periumbilical pain migrating to the right iliac fossa: the commonest presentation
anorexia and vomiting: the second most common complaint, often after the pain began
"""


def test_a_text_extractions_run_of_ranked_lines_gives_their_ranks() -> None:
    facts = extract_facts(read_text(_RANKED_LINES, path=Path("acute-appendicitis.txt")))
    ranks = {(f.item, f.value) for f in facts if f.kind is FactKind.RANK}
    assert ("anorexia and vomiting", "second most common") in ranks, ranks


def _synonyms(lead: str) -> set[tuple[str, str]]:
    page = f"Acute appendicitis | Example.org\n\nAcute appendicitis\n\n{lead}\n"
    facts = extract_facts(read_text(page, path=Path("acute-appendicitis.txt")))
    return {(f.subject, f.value) for f in facts if f.kind is FactKind.SYNONYM}


def test_a_term_used_as_a_synonym_is_the_subjects_other_name() -> None:
    # a text extraction has no synonym line; the lead's sentence is all that names it
    lead = (
        "Acute appendicitis is inflammation of the vermiform appendix. "
        "The term appendiceal inflammation is increasingly used as a synonym."
    )
    assert ("Acute appendicitis", "appendiceal inflammation") in _synonyms(lead)


def test_a_term_used_as_a_synonym_for_another_condition_is_not_the_subjects() -> None:
    lead = (
        "Acute appendicitis is inflammation of the vermiform appendix. "
        "The term typhlitis is sometimes used as a synonym for neutropenic enterocolitis."
    )
    assert not any(name == "typhlitis" for _, name in _synonyms(lead))


_PART_LINES = """Acute appendicitis | Example.org

Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

Radiographic features

CT

appendiceal wall: thickened and hyperenhancing
surrounding fat: stranding with increased attenuation
"""


def test_a_text_extractions_run_of_part_lines_gives_the_parts_findings() -> None:
    facts = extract_facts(read_text(_PART_LINES, path=Path("acute-appendicitis.txt")))
    found = {(f.attribute, f.value) for f in facts if f.kind is FactKind.APPEARANCE}
    assert ("CT", "thickened and hyperenhancing") in found, found


_PARENT_LINES = """Acute appendicitis | Example.org

Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

Classification

Two forms are recognised by the surgical findings:

uncomplicated appendicitis
  • inflamed appendix without perforation
  • may settle with antibiotics alone
complicated appendicitis
  • perforation, abscess or peritonitis
periappendiceal mass

Complicated appendicitis needs surgery or drainage.
"""


def _top_entries(body: str) -> list[list[str]]:
    article = read_text(body, path=Path("acute-appendicitis.txt"))
    return [
        [item.text for item in block.items]
        for section in article.sections
        for block in section.blocks
        if block.kind is BlockKind.LIST
    ]


def test_plain_lines_under_a_parents_bullets_are_more_top_entries() -> None:
    assert _top_entries(_PARENT_LINES) == [
        ["uncomplicated appendicitis", "complicated appendicitis", "periappendiceal mass"]
    ]


def test_a_sentence_under_a_parents_bullets_stays_a_paragraph() -> None:
    body = _PARENT_LINES.replace("periappendiceal mass\n", "Drainage is then preferred.\n")
    assert _top_entries(body) == [["uncomplicated appendicitis", "complicated appendicitis"]]


_DIFFERENTIAL_LINES = """Acute appendicitis | Example.org

Acute appendicitis

Acute appendicitis is inflammation of the vermiform appendix.

Differential diagnosis

mesenteric adenitis: clustered enlarged right lower quadrant lymph nodes
epiploic appendagitis: fat-density ovoid lesion with a thin hyperdense rim
"""


def test_a_text_extractions_run_of_differential_lines_gives_their_findings() -> None:
    facts = extract_facts(read_text(_DIFFERENTIAL_LINES, path=Path("acute-appendicitis.txt")))
    found = {(f.subject, f.value) for f in facts if f.kind is FactKind.APPEARANCE}
    assert ("mesenteric adenitis", "clustered enlarged right lower quadrant lymph nodes") in found
