"""Session 29 (statement helper): a sentence whose only verb is the third person of a verb
that carries a fact ("binds", "increases", "drives") gives its predicate blank; "the disease",
"the lesion", "the tumour" as a subject are the page's own; a blank of a leaning
("predilection"), of "only" or of "the diagnosis" names nothing.
Sentences are invented here, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.statements import extract_statements
from quizgen.readers import read_text


def _statements(title: str, body: str) -> dict[str, str]:
    """statement -> blanks of a one-section page."""
    article = read_text(f"# {title}\n\n{body}\n", path=Path("page.md"))
    return {f.statement: f.value for f in extract_statements(article)}


def _blank(sentence: str) -> str:
    return next((t.text for t in predicate_terms(sentence)), "")


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("The toxin binds to acetylcholinesterase at the motor end plate.", "acetylcholinesterase"),
        ("The risk of bleeding increases with age.", "age"),
        ("Chronic hypoxia drives erythropoietin release.", "erythropoietin release"),
        ("Iron accumulates in Kupffer cells.", "Kupffer cells"),
    ],
)
def test_a_fact_verb_in_the_third_person_gives_its_blank(sentence: str, blank: str) -> None:
    assert _blank(sentence) == blank


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("The tumour is thought to originate from the ependymal lining.", "ependymal lining"),
        ("The disease is endemic in the Mediterranean basin.", "endemic"),
        ("The lesion is a thin-walled cyst lined by ciliated epithelium.", "thin-walled cyst"),
        # a leaning: where it leans is the blank, not the leaning
        ("The lesion has a strong predilection for the distal femur.", "distal femur"),
        ("The lesion is believed to result from failure of fusion.", "failure of fusion"),
    ],
)
def test_the_pages_own_singular_subject(sentence: str, blank: str) -> None:
    assert _blank(sentence) == blank


@pytest.mark.parametrize(
    "sentence",
    [
        # one patient, one case or a finding named before: no subject of the page's
        "The patient is treated with intravenous antibiotics.",
        "The finding is attributed to venous congestion.",
        # a modified generic subject names a class at large
        "Cerebellar tumours are common in children.",
        # a leaning, "only" and the diagnosis itself are no blank
        "The lesion may be conspicuous only when the knee is flexed.",
        "Absent staining on immunohistochemistry confirms the diagnosis.",
        "Barium swallow demonstrates most advanced tumours.",
        "The lesion has a striking predilection for two sites.",
        "A fat-suppressed sequence makes haemorrhage bright.",
        "Its frequency differs between populations.",
        "The relative frequency of subsites differs between populations.",
        "The term derives from the Greek word for a shield.",
    ],
)
def test_no_blank(sentence: str) -> None:
    assert _blank(sentence) == ""


def test_a_plural_noun_after_a_determiner_is_no_verb() -> None:
    # "increases" after "The" is the subject's noun: the verb is "are"
    assert _blank("The increases in pressure are transient.") == "transient"


def test_a_page_statement_from_a_third_person_verb() -> None:
    body = "Carbon disulfide drives pyridoxine depletion in the basal ganglia."
    facts = _statements("Carbon disulfide toxicity", body)
    assert facts.get(body) == "pyridoxine depletion"


def test_a_direct_object_of_another_subject_stays_with_predicate_objects() -> None:
    # "binds X": the object reader's, which asks that the subject be the page's own (C2)
    assert _blank("Heparin binds antithrombin in the plasma.") == ""


def test_a_pronoun_subject_stays_off() -> None:
    body = "It drives pyridoxine depletion in the basal ganglia."
    assert _statements("Carbon disulfide toxicity", body) == {}
