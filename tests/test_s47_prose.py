"""Session 47: rules found on the opened sets CI/CJ. Sentences are invented, on organs other
than the pages that showed the gap."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(
    body: str, title: str = "Renal vein leiomyosarcoma", heading: str = "Summary"
) -> list[Fact]:
    page = f"# {title}\n\n## {heading}\n\n{body}\n"
    return list(extract_facts(read_text(page, path=Path("page.md"))))


def _of_kind(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def _members(facts: list[Fact], group: str) -> list[tuple[str, str]]:
    """(subject, item) of each association fact of this group."""
    return [(f.subject, f.item) for f in _of_kind(facts, FactKind.ASSOCIATION) if f.group == group]


# --- the title written with its owner after "of" -------------------------------------------


def test_a_title_written_with_its_owner_after_of_is_the_title() -> None:
    facts = _facts(
        "Leiomyosarcoma of the left renal vein (LRVL) is a rare malignant tumour of the "
        "venous wall. Although rare, it is the most common primary tumour of the renal vein.",
        title="Left renal vein leiomyosarcoma",
    )
    ((definition,),) = [_of_kind(facts, FactKind.DEFINITION)]
    assert definition.subject == "Left renal vein leiomyosarcoma"
    ranks = [(f.subject, f.item, f.value) for f in _of_kind(facts, FactKind.RANK)]
    assert ranks == [
        ("Left renal vein leiomyosarcoma", "Left renal vein leiomyosarcoma", "most common")
    ]


def test_another_owner_after_of_is_not_the_title() -> None:
    facts = _facts(
        "Leiomyosarcoma of the uterus is a rare malignant tumour of the myometrium. "
        "Although rare, it is the most common uterine sarcoma."
    )
    assert [f.subject for f in _of_kind(facts, FactKind.DEFINITION)] != [
        "Renal vein leiomyosarcoma"
    ]
    assert all(f.item != "Renal vein leiomyosarcoma" for f in _of_kind(facts, FactKind.RANK))


# --- a first predicate before "and include" ------------------------------------------------


def test_symptoms_with_a_first_predicate_then_include_are_presenting_features() -> None:
    facts = _facts(
        "Symptoms become more frequent with age, particularly after the fourth decade, and "
        "include haematuria, flank pain and a palpable mass.",
        heading="Clinical presentation",
    )
    assert _members(facts, "presenting features") == [
        ("Renal vein leiomyosarcoma", "haematuria"),
        ("Renal vein leiomyosarcoma", "flank pain"),
        ("Renal vein leiomyosarcoma", "palpable mass"),
    ]


def test_complications_with_a_first_predicate_then_include_are_complications() -> None:
    facts = _facts(
        "Complications result from venous obstruction and include lower limb oedema, renal "
        "failure and pulmonary embolism.",
        heading="Clinical presentation",
    )
    assert _members(facts, "complications") == [
        ("Renal vein leiomyosarcoma", "lower limb oedema"),
        ("Renal vein leiomyosarcoma", "renal failure"),
        ("Renal vein leiomyosarcoma", "pulmonary embolism"),
    ]
    # what the complications result from is no cause of the condition
    assert _members(facts, "causes") == []


def test_what_the_condition_results_from_stays_a_cause() -> None:
    facts = _facts(
        "The tumour results from malignant transformation of smooth muscle.",
        heading="Pathology",
    )
    assert _members(facts, "causes") == [
        ("Renal vein leiomyosarcoma", "malignant transformation of smooth muscle")
    ]


# --- a long last member with its cause ------------------------------------------------------


def test_a_long_last_member_keeps_its_name_before_its_cause() -> None:
    facts = _facts(
        "Complications of stenting include stent migration, in-stent restenosis and "
        "renal infarction from thrombosis of the occluded accessory renal artery.",
        heading="Treatment and prognosis",
    )
    assert [item for _, item in _members(facts, "complications")] == [
        "stent migration",
        "in-stent restenosis",
        "renal infarction",
    ]


def test_two_members_with_a_long_cause_are_no_list() -> None:
    facts = _facts(
        "Renal injury results from a combination of direct compression and ischaemia "
        "caused by thrombosis of the draining venous plexus of the kidney.",
        heading="Pathology",
    )
    assert [item for _, item in _members(facts, "causes")] == []


# --- a share of the population is a prevalence ---------------------------------------------


def test_a_share_of_the_population_is_the_prevalence_of_what_is_counted() -> None:
    facts = _facts(
        "Accessory renal veins are found in approximately 10-15% of the population.",
        heading="Epidemiology",
    )
    shares = [(f.subject, f.item, f.group) for f in _of_kind(facts, FactKind.PERCENTAGE)]
    assert shares == [("Accessory renal veins", "prevalence", "population")]
    facts = _facts(
        "Renal vein leiomyosarcomas are found in approximately 0.01% of the general population.",
        heading="Epidemiology",
    )
    shares = [(f.subject, f.item) for f in _of_kind(facts, FactKind.PERCENTAGE)]
    assert shares == [("Renal vein leiomyosarcoma", "prevalence")]


def test_a_share_of_the_population_named_by_another_name_of_the_page_is_its_own() -> None:
    page = (
        "# Adhesive capsulitis\n\n## Epidemiology\n\n"
        "Frozen shoulder affects 2-5% of the general population.\n"
    )
    article = replace(read_text(page, path=Path("page.md")), synonyms=("frozen shoulder",))
    shares = [(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE]
    assert shares == [("Adhesive capsulitis", "prevalence")]


def test_a_share_of_autopsies_is_the_prevalence_at_autopsy() -> None:
    facts = _facts(
        "Renal vein leiomyosarcoma is found in 0.01-0.02% of autopsies.",
        heading="Epidemiology",
    )
    shares = [(f.subject, f.item) for f in _of_kind(facts, FactKind.PERCENTAGE)]
    assert shares == [("Renal vein leiomyosarcoma", "prevalence at autopsy")]


def test_an_eponymous_condition_with_a_descriptive_name_in_brackets_has_that_name() -> None:
    facts = _facts(
        "In adolescents the main differential is Osgood disease (tibial apophysitis), "
        "which also causes pain.",
        heading="Differential diagnosis",
    )
    names = [(f.subject, f.value) for f in _of_kind(facts, FactKind.SYNONYM)]
    assert names == [("Osgood disease", "tibial apophysitis")]
    # at a line's start too, unless the capital is a plain word's
    facts = _facts(
        "Lynch syndrome (hereditary non-polyposis colorectal cancer) is one cause. "
        "Advanced disease (peritoneal carcinomatosis) is common.",
        heading="Pathology",
    )
    names = [(f.subject, f.value) for f in _of_kind(facts, FactKind.SYNONYM)]
    assert names == [("Lynch syndrome", "hereditary non-polyposis colorectal cancer")]
    # a bracket that says which form or where names no other name
    facts = _facts(
        "It must be told apart from Caffey disease (infantile form), Paget disease (rare "
        "in children) and Perthes disease (not a tumour).",
        heading="Differential diagnosis",
    )
    assert _of_kind(facts, FactKind.SYNONYM) == []


def test_an_aspect_of_the_condition_counted_in_autopsies_stays_its_item() -> None:
    facts = _facts(
        "Hepatic involvement is found in about 5% of autopsies.",
        title="Sarcoidosis",
        heading="Epidemiology",
    )
    shares = [(f.subject, f.item) for f in _of_kind(facts, FactKind.PERCENTAGE)]
    assert shares == [("Sarcoidosis", "Hepatic involvement")]


def test_a_share_of_patients_is_no_prevalence() -> None:
    facts = _facts(
        "Pulmonary metastases are found in approximately 40% of patients at diagnosis.",
        heading="Epidemiology",
    )
    assert all(f.item != "prevalence" for f in _of_kind(facts, FactKind.PERCENTAGE))


# --- other names -----------------------------------------------------------------------------


def test_referred_to_simply_as_gives_a_shorter_other_name() -> None:
    facts = _facts(
        "Renal arteriovenous fistula is an abnormal communication between a renal artery "
        "and a renal vein. The condition is often referred to simply as a renal fistula.",
        title="Renal arteriovenous fistula",
    )
    names = [(f.subject, f.value) for f in _of_kind(facts, FactKind.SYNONYM)]
    assert names == [("Renal arteriovenous fistula", "renal fistula")]


def test_an_adverb_of_frequency_before_caused_by_keeps_the_cause() -> None:
    facts = _facts(
        "In adults it is most frequently caused by nephrotic syndrome.", heading="Pathology"
    )
    assert _members(facts, "causes") == [("Renal vein leiomyosarcoma", "nephrotic syndrome")]
    facts = _facts("In children it is most often caused by thrombosis.", heading="Pathology")
    assert _members(facts, "causes") == [("Renal vein leiomyosarcoma", "thrombosis")]
    # an adverb of rarity names no usual cause
    facts = _facts("It is rarely caused by trauma.", heading="Pathology")
    assert _members(facts, "causes") == []


def test_a_class_numeral_before_fusion_is_no_gene() -> None:
    facts = _facts(
        "Type II, the form with a pseudarthrosis, is the most painful, whereas type III "
        "fusion is relatively protective.",
        heading="Classification",
    )
    assert _members(facts, "genetic features") == []
    facts = _facts("Most tumours carry an EWSR1 fusion.", heading="Pathology")
    assert _members(facts, "genetic features") == [("Renal vein leiomyosarcoma", "EWSR1 fusion")]


# --- members of a run ------------------------------------------------------------------------


def _differentials(facts: list[Fact]) -> list[str]:
    return [f.item for f in _of_kind(facts, FactKind.DIFFERENTIAL)]


def test_an_adjective_left_without_its_noun_is_no_member() -> None:
    facts = _facts(
        "Other considerations include a renal cyst, a renal abscess and, on ultrasound, "
        "overlapping duodenal or sigmoid gas.",
        heading="Differential diagnosis",
    )
    assert _differentials(facts) == ["renal cyst", "renal abscess", "sigmoid gas"]


def test_how_often_the_last_member_is_one_is_no_word_of_its_name() -> None:
    facts = _facts(
        "Escherichia coli, Klebsiella, Proteus and occasionally Candida are recognised causes.",
        heading="Pathology",
    )
    assert [item for _, item in _members(facts, "causes")] == [
        "Escherichia coli",
        "Klebsiella",
        "Proteus",
        "Candida",
    ]
    # an adverb before a preposition comments on the member before it
    facts = _facts(
        "Patients complain of dull, poorly localised, exertional pain, sometimes with vomiting.",
        heading="Clinical presentation",
    )
    assert [item for _, item in _members(facts, "presenting features")] == [
        "dull, poorly localised, exertional pain"
    ]
    # a span of time after the adverb is no member
    facts = _facts(
        "Recognised causes include trauma and previous surgery, sometimes decades earlier.",
        heading="Pathology",
    )
    assert [item for _, item in _members(facts, "causes")] == ["trauma", "previous surgery"]
