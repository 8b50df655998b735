"""Session 42: rules found on the opened sets BY/BZ and on the development corpus's plain-text
forms. Sentences are invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text
from quizgen.readers.run_ons import split_glued_entries


def _text_facts(text: str) -> list[Fact]:
    return list(extract_facts(read_text(text, path=Path("page.txt"))))


def test_bare_coded_entries_run_into_one_line_are_split_back() -> None:
    line = (
        "IIIa: cyst confined to the cortex IIIb: cyst reaching the medulla"
        " IIIc: cyst breaching the capsule"
    )
    assert split_glued_entries(line) == [
        "IIIa: cyst confined to the cortex",
        "IIIb: cyst reaching the medulla",
        "IIIc: cyst breaching the capsule",
    ]


def test_labelled_quantities_run_into_one_line_are_split_back() -> None:
    shares = "lower pole: ~55% upper pole: about 30% interpolar region: 10-15% hilum: rare"
    assert split_glued_entries(shares) == [
        "lower pole: ~55%",
        "upper pole: about 30%",
        "interpolar region: 10-15%",
        "hilum: rare",
    ]
    sizes = "minor: under 1 cm moderate: 1-3 cm major: more than 3 cm"
    assert split_glued_entries(sizes) == [
        "minor: under 1 cm",
        "moderate: 1-3 cm",
        "major: more than 3 cm",
    ]


def test_free_text_entries_run_together_stay_whole() -> None:
    # where one entry's description ends and the next label starts is not certain
    glued = (
        "bursitis: fluid in the bursa tendinosis: a thick tendon tear: a gap with 20% retraction"
    )
    assert split_glued_entries(glued) == [glued]
    # a code inside prose opens no entry, and two labels are no run
    prose = "In type II: the cyst grows. IIa: rare IIb: common"
    assert split_glued_entries(prose) == [prose]
    assert split_glued_entries("IIa: rare IIb: common") == ["IIa: rare IIb: common"]
    # a label that is no code among the codes: that entry's end is not certain
    mixed = "A: a thin septum B: a thick septum C: a nodule wall: enhancing"
    assert split_glued_entries(mixed) == [mixed]


def test_a_text_page_gets_a_glued_list_of_shares_back_as_one_whole() -> None:
    text = (
        "Renal abscess\n\nPathology\n\nThe abscess is located in:\n\n"
        "lower pole: ~55% upper pole: about 30% interpolar region: 10-15%\n"
    )
    facts = _text_facts(text)
    shares = {
        (f.item, f.value) for f in facts if f.kind in {FactKind.FREQUENCY, FactKind.PERCENTAGE}
    }
    assert {("lower pole", "~55%"), ("upper pole", "about 30%")} <= shares
    assert ("interpolar region", "10-15%") in shares


def test_entries_labelled_by_the_words_of_one_scale_are_split_back() -> None:
    line = (
        "mild: wall thickening without narrowing, no symptoms moderate: narrowing to half"
        " the lumen severe: near occlusion, with collaterals"
    )
    assert split_glued_entries(line) == [
        "mild: wall thickening without narrowing, no symptoms",
        "moderate: narrowing to half the lumen",
        "severe: near occlusion, with collaterals",
    ]
    # scale words inside another entry's free text are no labels of a run
    other = "wall: thick, mild: patchy severe: rare tear: small"
    assert split_glued_entries(other) == [other]


def test_entries_labelled_by_position_words_are_split_back() -> None:
    line = (
        "medially: the petrous apex and clivus laterally: the parotid space and skin"
        " inferiorly: the parapharyngeal fat"
    )
    assert split_glued_entries(line) == [
        "medially: the petrous apex and clivus",
        "laterally: the parotid space and skin",
        "inferiorly: the parapharyngeal fat",
    ]
