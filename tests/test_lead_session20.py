"""What a radiologist objected to on the lead's own pages of session 20 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Synovial chondromatosis") -> list[Fact]:
    page = f"# {title}\n\n{body}\n"
    return extract_facts(read_text(page, path=Path("page.md")))


def _of(kind: FactKind, facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if fact.kind is kind]


def test_a_differential_entry_with_where_it_is_seen_is_one_diagnosis() -> None:
    """ "X, seen in A and B": where X is seen is its detail, not two more diagnoses."""
    facts = _facts(
        "## Differential diagnosis\n\n"
        "- pigmented villonodular synovitis, seen in young adults and in the knee\n"
        "- lipoma arborescens, usually in the suprapatellar recess\n"
        "- synovial sarcoma\n"
    )
    found = {(f.item, f.value) for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert found == {
        ("pigmented villonodular synovitis", "seen in young adults and in the knee"),
        ("lipoma arborescens", "usually in the suprapatellar recess"),
        ("synovial sarcoma", ""),
    }


def test_an_entry_naming_two_diagnoses_keeps_both() -> None:
    facts = _facts(
        "## Differential diagnosis\n\n"
        "- haemophilic arthropathy and septic arthritis\n"
        "- synovial sarcoma\n"
        "- rheumatoid arthritis\n"
    )
    items = {f.item for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert {"haemophilic arthropathy", "septic arthritis"} <= items


def test_being_is_no_item_of_a_share() -> None:
    """ "X are common, being seen in 4-9% of adults": "being" is no finding."""
    facts = _facts("Synovial cysts are common, being seen in about 6% of adults on MRI.")
    shares = _of(FactKind.PERCENTAGE, facts)
    assert shares
    assert all(f.item != "being" for f in shares)


def test_a_conjunction_is_no_part_of_a_measure() -> None:
    facts = _facts(
        "Aspiration may be tried, although recurrence after aspiration alone is common (up to 40%)."
    )
    measures = [f.attribute for f in _of(FactKind.PERCENTAGE, facts)]
    assert measures == ["recurrence after aspiration alone"]
