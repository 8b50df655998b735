"""Session 15: in an imaging section, "It" after a sentence that opened on a test or imaging
technique stands for that test, so the sentence becomes a statement; the referent the reader
put in place of "It" is never a blank, since the page never wrote it there (C2). Sentences are
invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors.statements import extract_statements
from quizgen.extractors.text import iter_sentences
from quizgen.readers import read_text


def _page(title: str, heading: str, paragraph: str):  # type: ignore[no-untyped-def]
    return read_text(f"# {title}\n\n## {heading}\n\n{paragraph}\n", path=Path("page.md"))


def test_it_after_a_test_in_an_imaging_section_is_that_test() -> None:
    article = _page(
        "Pancreatic insulinoma",
        "Radiographic features",
        "Endoscopic ultrasound is the most sensitive examination. It is contraindicated "
        "after recent gastric surgery.",
    )
    referents = {s.text: s.referent for s in iter_sentences(article)}
    assert referents["It is contraindicated after recent gastric surgery."] == (
        "Endoscopic ultrasound"
    )


def test_it_after_a_finding_in_an_imaging_section_stays_unresolved() -> None:
    article = _page(
        "Pancreatic insulinoma",
        "Radiographic features",
        "The tumour is usually solitary. It is normal in size in 12% of cases.",
    )
    referents = {s.text: s.referent for s in iter_sentences(article)}
    assert referents["It is normal in size in 12% of cases."] == ""


def test_a_statement_never_blanks_the_guessed_referent() -> None:
    article = _page(
        "Renal artery stenosis",
        "Imaging",
        "Catheter angiography remains the reference standard. It is now largely reserved "
        "for endovascular treatment or for cases that remain unclear.",
    )
    sources = {f.source.text: f.value for f in extract_statements(article)}
    # the one key term is the guessed referent: no card rather than a blank the page never wrote
    assert (
        "It is now largely reserved for endovascular treatment or for cases that remain "
        "unclear." not in sources
    )
