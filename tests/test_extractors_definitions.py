"""Definitions: the lead's defining sentence, a pronoun sentence that continues it, and a
sentence that names a description ("… is termed X")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _definitions(text: str) -> list[Fact]:
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.DEFINITION]


def test_a_plural_lead_defines_a_singular_title() -> None:
    text = (
        "# Chondroblastoma\n\n"
        "Chondroblastomas are benign cartilaginous tumours of the epiphysis of long bones.\n"
    )
    (fact,) = _definitions(text)
    assert fact.subject == "Chondroblastoma"
    assert fact.value == "benign cartilaginous tumours of the epiphysis of long bones"


def test_it_is_after_the_lead_defines_the_title() -> None:
    text = (
        "# Medullary sponge kidney\n\n"
        "Medullary sponge kidney is the commonest cause of medullary nephrocalcinosis in adults. "
        "It is characterised by cystic dilatation of the collecting ducts in the renal "
        "pyramids, and it is usually bilateral.\n"
    )
    values = {f.value for f in _definitions(text)}
    assert "characterised by cystic dilatation of the collecting ducts in the renal pyramids" in (
        values
    )


def test_it_is_later_in_the_article_defines_nothing() -> None:
    text = (
        "# Medullary sponge kidney\n\n"
        "Medullary sponge kidney is a developmental anomaly of the collecting ducts.\n\n"
        "## Treatment\n\n"
        "Lithotripsy is used for stones. It is a safe procedure in most patients.\n"
    )
    assert [f.value for f in _definitions(text)] == [
        "a developmental anomaly of the collecting ducts"
    ]


def test_a_termed_sentence_defines_the_name() -> None:
    text = (
        "# Splenic hamartoma\n\n"
        "Splenic hamartoma is a rare benign lesion of the spleen.\n\n"
        "## Pathology\n\n"
        "Replacement of the whole spleen by many small hamartomas is termed splenic "
        "hamartomatosis.\n"
    )
    termed = [f for f in _definitions(text) if f.item == "splenic hamartomatosis"]
    (fact,) = termed
    assert fact.subject == "splenic hamartomatosis"
    assert fact.value == "Replacement of the whole spleen by many small hamartomas"


def test_a_listed_named_measurement_is_defined_by_its_entry() -> None:
    text = (
        "# Slipped capital femoral epiphysis\n\n"
        "Slipped capital femoral epiphysis is a displacement of the femoral epiphysis.\n\n"
        "## Radiographic features\n\n"
        "Lines used on the frontal view:\n\n"
        "- Klein line: a line along the superior femoral neck that should cut the epiphysis\n"
        "- Trethowan sign: the line does not cut the epiphysis\n"
        "- Medial joint space: widened on the affected side\n"
    )
    named = {f.item: f.value for f in _definitions(text)}
    assert named.get("Klein line") == (
        "a line along the superior femoral neck that should cut the epiphysis"
    )
    assert "Medial joint space" not in named


def test_the_defined_name_is_the_name_without_its_bracketed_aside() -> None:
    facts = _definitions(
        "Pulmonary sequestration\n\nPulmonary sequestration (also known as bronchopulmonary "
        "sequestration) is a congenital malformation of non-functioning lung tissue with a "
        "systemic arterial supply.\n"
    )
    assert [f.item for f in facts] == ["Pulmonary sequestration"]


def test_the_defined_name_is_the_name_without_its_other_name_set_off_by_commas() -> None:
    facts = _definitions(
        "Baker cyst\n\nBaker cysts, also called popliteal cysts, are distended "
        "gastrocnemius-semimembranosus bursae that communicate with the knee joint.\n"
    )
    assert [f.item for f in facts] == ["Baker cysts"]
    assert facts[0].value.startswith("distended gastrocnemius-semimembranosus bursae")


def test_examples_set_off_by_commas_define_nothing() -> None:
    facts = _definitions(
        "Pilocytic astrocytoma\n\nPilocytic astrocytoma is a low-grade glial tumour of children."
        "\n\nTreatment\n\nResidual or unresectable tumours, such as those in the optic pathway "
        "or brainstem, are treated with chemotherapy.\n"
    )
    assert [f.item for f in facts if "such as" in f.value] == []


def test_who_a_disease_affects_is_no_definition_of_it() -> None:
    facts = _definitions(
        "Pigmented villonodular synovitis\n\nPigmented villonodular synovitis is a benign "
        "proliferative disorder of the synovium.\n\nEpidemiology\n\nPigmented villonodular "
        "synovitis is a disease of young and middle-aged adults.\n"
    )
    assert [f.value for f in facts] == ["a benign proliferative disorder of the synovium"]
