"""Session 31: a percentage whose measure is the clause's subject, handed its figure by a
reporting verb ("The annual risk of bleeding is usually quoted at 1-3%"), a figure a
subjectless second predicate restates ("… but is only 10% once …"), and a short sentence that
is a measure and its figure ("Mortality is about 4%."). Sentences are invented here."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts, paragraph_facts

from quizgen.extractors.share_list_lines import participle_share
from quizgen.extractors.share_measures import continued_measure, reported_measure
from quizgen.model import FactKind


def _shares(text: str, title: str = "Splenic cyst") -> list[tuple[str, str, str]]:
    """(item, attribute, value) of every percentage of one paragraph."""
    facts = paragraph_facts(title, "Prognosis", text, FactKind.PERCENTAGE)
    return [(f.item, f.attribute, f.value) for f in facts]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (
            "The annual risk of bleeding from a cavernoma is usually quoted at ",
            "annual risk of bleeding from a cavernoma",
        ),
        (
            "Two-year mortality after hip fracture is substantial, often quoted around ",
            "two-year mortality after hip fracture",
        ),
        (
            "Recurrence after excision is relatively frequent, quoted at approximately ",
            "recurrence after excision",
        ),
        ("The mortality remains high, quoted ", "mortality"),
        ("It rarely bleeds; the recurrence rate is estimated at ", "recurrence rate"),
    ],
)
def test_a_reported_measure_is_the_clause_subject(before: str, expected: str) -> None:
    assert reported_measure(before) == expected


@pytest.mark.parametrize(
    "before",
    [
        "Patients at risk are quoted at ",  # the measure word qualifies, it is not the head
        "It is usually quoted at ",  # a pronoun names no measure
        "Calcification is usually reported in ",  # no measure noun
        "The risk of bleeding is high in ",  # no reporting verb
    ],
)
def test_no_reported_measure(before: str) -> None:
    assert reported_measure(before) == ""


def test_reported_measure_in_a_sentence() -> None:
    facts = _shares("Recurrence after marsupialisation is relatively common, quoted at about 12%.")
    assert facts == [("", "recurrence after marsupialisation", "about 12%")]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (" for localised tumours but is only ", "five-year survival"),
        (" in women, but is ", "five-year survival"),
        (" for small cysts and reaches ", "five-year survival"),
    ],
)
def test_a_second_predicate_restates_the_measure(between: str, expected: str) -> None:
    assert continued_measure(between, "five-year survival in women") == expected


@pytest.mark.parametrize(
    "between",
    [
        " in women who are treated early and is ",  # another clause's predicate comes between
        " for small cysts, and the lesions are ",  # a new subject
        " for small cysts and ",  # no verb: a plain run, not this rule's
    ],
)
def test_no_second_predicate(between: str) -> None:
    assert continued_measure(between, "five-year survival") == ""


def test_continued_measure_needs_a_measure_before() -> None:
    assert continued_measure(" for small cysts but is only ", "") == ""


def test_second_predicate_in_a_sentence() -> None:
    facts = _shares(
        "Five-year survival exceeds 85% for small tumours but is only 15% once nodes are involved."
    )
    assert ("", "five-year survival", "15%") in facts


def test_second_predicate_of_a_counted_finding_is_no_measure() -> None:
    facts = _shares("Calcification is seen in 30% of cysts and is reported in 20% of pseudocysts.")
    assert all(attribute == "" for _, attribute, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mortality is roughly 4-9%.", [("", "mortality", "roughly 4-9%")]),
        ("Overall survival is 60%.", [("", "overall survival", "60%")]),
        ("Calcification is 20%.", []),  # no measure: a fragment, nothing to ask
    ],
)
def test_a_short_sentence_of_a_measure(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert _shares(sentence) == expected


# --- a list line: a finding, a comma, where it is seen and its share ------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "a thin rim of calcification, seen in roughly a fifth of cases",
            ("thin rim of calcification", "roughly a fifth"),
        ),
        ("septal thickening, present in about 40% of patients", ("septal thickening", "about 40%")),
        (
            "portal vein thrombosis, which is found in up to 15% of patients with cirrhosis",
            ("portal vein thrombosis", "up to 15%"),
        ),
        ("lymphoma, which develops in approximately 3%", ("lymphoma", "approximately 3%")),
    ],
)
def test_a_participle_share_line(line: str, expected: tuple[str, str]) -> None:
    assert participle_share(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "the most common finding, seen in about 60% of cases",  # a rank, not the finding
        "oedema is common, seen in about 50%, and is mild",  # a clause, and words after
        "haemorrhage in about 10%",  # no comma: the lines of ``frequency`` read it already
        "cysts, seen in 10% and 20% of cases",  # two figures
    ],
)
def test_no_participle_share_line(line: str) -> None:
    assert participle_share(line) is None


def test_participle_share_lines_are_no_parts_of_a_whole() -> None:
    facts = clinical_facts(
        "Splenic cyst",
        "Patients with the lesion are seen on CT. Several features are typical:",
        items=(
            "a thin rim of calcification, seen in roughly a fifth of cases",
            "septal thickening, present in about 40% of cases",
        ),
    )
    kinds = {FactKind.PERCENTAGE, FactKind.FREQUENCY}
    found = {(f.kind, f.item, f.value) for f in facts if f.kind in kinds}
    assert found == {
        (FactKind.PERCENTAGE, "thin rim of calcification", "roughly a fifth"),
        (FactKind.PERCENTAGE, "septal thickening", "about 40%"),
    }
