"""Session 30: who a condition is named after or was described by, told with who the person
was (``statement_eponyms``), and a test blanked where the sentence only says how often or when
it is used (``statement_usage``). Sentences are invented here, on made-up or other pages than
those that showed the gap."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.extractors.statement_eponyms import person_terms
from quizgen.extractors.statement_normal import normal_subject
from quizgen.extractors.statement_refusals import _testable
from quizgen.extractors.statements import key_terms
from quizgen.model import FactKind

# --- the person a condition is named after or was described by -----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The anomaly was first described by the Dutch surgeon Hendrik Willem Brandsma in 1893.",
            ["Hendrik Willem Brandsma", "1893"],
        ),
        (
            "The lesion was reported by the Austro-Hungarian pathologists Kovács and Weber.",
            ["Kovács and Weber"],
        ),
        (
            "Named after the Chilean radiologist Tomás Ruiz, who described the sign in 1957.",
            ["Tomás Ruiz", "1957"],
        ),
        (
            "The syndrome is named after Émile Duclos, who described it in 1912.",
            ["Émile Duclos", "1912"],
        ),
        ("The eponym honours Margaret Ellery, a Scottish anatomist.", ["Margaret Ellery"]),
        (
            "The term is credited to the Swedish physician Sir Anders Lund.",
            ["Sir Anders Lund"],
        ),
    ],
)
def test_person_and_year(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in person_terms(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no calling and no year: "by" a body or a study, not a person
        "The lesion was described by the World Health Organization in its 2016 scheme.",
        "The staging is named after the MRI Scan findings.",
        "Patients are credited to the regional Stroke Service.",
    ],
)
def test_no_person(sentence: str) -> None:
    assert list(person_terms(sentence)) == []


def test_a_statement_blanks_the_person_and_year() -> None:
    facts = paragraph_facts(
        "Brandsma anomaly",
        "History and etymology",
        "The condition was first described by the Dutch surgeon Hendrik Willem Brandsma in 1893.",
        FactKind.STATEMENT,
    )
    assert [f.value for f in facts] == ["Hendrik Willem Brandsma | 1893"]


# --- a test blanked where the sentence only says that it is used -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "PET-CT is seldom used.",
        "MRI is mostly reserved for patients who cannot receive iodinated contrast.",
        "CT is often performed when the examination is equivocal.",
        "Ultrasound is increasingly used because it is portable.",
        "Scintigraphy is not routinely required but may be performed in children.",
    ],
)
def test_a_test_only_said_to_be_used_is_no_statement(sentence: str) -> None:
    facts = paragraph_facts("Splenic cyst", "Radiographic features", sentence, FactKind.STATEMENT)
    assert facts == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what the test is used to do, or its role, is the fact
        ("MRI is used to show extension into the spinal canal.", "MRI"),
        ("Ultrasound is widely used as the first-line test.", "Ultrasound"),
    ],
)
def test_a_test_used_for_a_purpose_or_role_stays(sentence: str, expected: str) -> None:
    facts = paragraph_facts("Splenic cyst", "Radiographic features", sentence, FactKind.STATEMENT)
    assert [f.value for f in facts] == [expected]
    assert [t.text for t in key_terms(sentence, title="Splenic cyst")] == [expected]


# --- a naming sentence is about the thing it names -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Kessler contracture is named after Anton Kessler, who described it in 1902.",
            "Kessler contracture",
        ),
        ("The term pelvic congestion was introduced by Taylor in 1949.", "pelvic congestion"),
        (
            "The term plateau tilt was coined by the Italian radiologist Carlo Berti.",
            "plateau tilt",
        ),
    ],
)
def test_a_naming_sentence_is_about_what_it_names(sentence: str, subject: str) -> None:
    facts = paragraph_facts(
        "Tibial plateau fracture", "History and etymology", sentence, FactKind.STATEMENT
    )
    assert [f.subject for f in facts] == [subject]


@pytest.mark.parametrize(
    "sentence",
    [
        # the page's matter by its class noun, or by its own name
        "The condition is named after Anton Kessler, who described it in 1902.",
        "Tibial plateau fractures were first described by the French surgeon Paul Roux in 1881.",
        "The term tibial plateau fracture was introduced by Taylor in 1949.",
    ],
)
def test_a_naming_sentence_about_the_page_keeps_the_title(sentence: str) -> None:
    facts = paragraph_facts(
        "Tibial plateau fracture", "History and etymology", sentence, FactKind.STATEMENT
    )
    assert [f.subject for f in facts] == ["Tibial plateau fracture"]


# --- a sentence about normal anatomy is about the normal structure ---------------------------


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "On T2-weighted images the normal endometrium is a thin bright stripe.",
            "normal endometrium",
        ),
        (
            "The normal papilla lies on the medial wall of the descending duodenum.",
            "normal papilla",
        ),
    ],
)
def test_a_normal_structure_is_the_subject(sentence: str, subject: str) -> None:
    facts = paragraph_facts(
        "Choledocholithiasis", "Radiographic features", sentence, FactKind.STATEMENT
    )
    assert [f.subject for f in facts] == [subject]


def test_a_finding_said_to_be_normal_keeps_the_title() -> None:
    sentence = "On scintigraphy most stones show normal uptake of the tracer in the liver."
    facts = paragraph_facts(
        "Choledocholithiasis", "Radiographic features", sentence, FactKind.STATEMENT
    )
    assert {f.subject for f in facts} <= {"Choledocholithiasis"}


# --- verbs the testability check did not know -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyst typically joins the main pancreatic duct near the papilla.",
        "The length of the stenosis determines the surgical approach.",
        "The disease typically evolves over several months.",
        "Fluid accumulates within the bursa over time.",
    ],
)
def test_a_sentence_with_a_verb_of_course_is_testable(sentence: str) -> None:
    assert _testable(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rare elsewhere: septum pellucidum and fourth ventricle.",
        "Thrombus in several stages of organisation.",
    ],
)
def test_a_fragment_without_a_verb_is_not(sentence: str) -> None:
    assert not _testable(sentence)


def test_a_normal_setting_is_no_subject() -> None:
    assert normal_subject("In the normal infant the rectum is wider than the sigmoid.") == ""
    assert normal_subject("The normal rectum is wider than the sigmoid.") == "normal rectum"
