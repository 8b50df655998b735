"""Issue 11, session 28: association facts that were wrong on sets W and X (a relation's
owner, a list's kind, a member cut from its category). Every sentence is invented, about
organs the corpora's sentences were not about."""

from __future__ import annotations

from prose_helpers import clinical_facts

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _relations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in clinical_facts(title, *paragraphs, heading=heading)
        if f.kind is FactKind.ASSOCIATION
    }


def _listed(
    title: str, intro: str, *entries: str, heading: str = "Aetiology"
) -> set[tuple[str, str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    parents = ("Radiographic features",) if heading == "CT" else ()
    article = Article(slug="t", title=title, sections=(Section(heading, blocks, parents),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


# --- a category with one example ----------------------------------------------------------


def test_one_example_of_a_plural_category_is_a_kind_of_it_not_a_member() -> None:
    found = _listed(
        "Chronic pancreatitis",
        "Other causes include:",
        "pancreatic duct strictures, including post-inflammatory strictures",
        "congenital ductal anomalies, including fusion of the dorsal and ventral ducts",
        "metabolic disorders, such as hypercalcaemia and hypertriglyceridaemia",
        "drugs that raise triglycerides, including isotretinoin",
    )
    items = {i for _, _, i in found}
    assert {"pancreatic duct strictures", "congenital ductal anomalies"} <= items
    assert not {"post-inflammatory strictures", "fusion"} & items
    # a named example of another head noun is a member of its own
    assert {"drugs that raise triglycerides", "isotretinoin"} <= items
    # two examples are members, each of its own
    assert {"hypercalcaemia", "hypertriglyceridaemia"} <= items


# --- a list of criteria is no presentation ------------------------------------------------


def test_a_list_the_intro_calls_criteria_is_no_list_of_presentations() -> None:
    found = _listed(
        "Acute pyelonephritis",
        "These features are combined into diagnostic criteria:",
        "A: fever or rigors",
        "B: flank pain or renal angle tenderness",
        heading="Clinical presentation",
    )
    assert not found
    # the same entries under "Presenting features include:" are presentations
    found = _listed(
        "Acute pyelonephritis",
        "Presenting features include:",
        "fever or rigors",
        "flank pain",
        heading="Clinical presentation",
    )
    assert ("Acute pyelonephritis", "presenting features", "flank pain") in found


# --- "Associated findings" in an imaging section ------------------------------------------


def test_associated_findings_under_an_imaging_heading_are_no_associations() -> None:
    entries = ("perinephric fat stranding", "thickening of Gerota fascia")
    assert not _listed("Renal abscess", "Associated findings include:", *entries, heading="CT")
    # under a clinical heading, "associated conditions" are
    found = _listed(
        "Renal abscess", "Associated conditions include:", "diabetes mellitus", "renal calculi"
    )
    assert ("Renal abscess", "associations", "diabetes mellitus") in found


# --- "X is caused by:" --------------------------------------------------------------------


def test_the_causes_a_list_intro_gives_another_condition_are_its_own() -> None:
    found = _listed(
        "Renal osteodystrophy",
        "Tertiary hyperparathyroidism is caused by:",
        "autonomous parathyroid hyperplasia",
        "a parathyroid adenoma",
    )
    assert ("Tertiary hyperparathyroidism", "causes", "autonomous parathyroid hyperplasia") in (
        found
    )
    assert not {s for s, _, _ in found if s == "Renal osteodystrophy"}
    # "Most cases are caused by:" is the title's
    found = _listed("Renal osteodystrophy", "Most cases are caused by:", "chronic kidney disease")
    assert ("Renal osteodystrophy", "causes", "chronic kidney disease") in found


# --- triads -------------------------------------------------------------------------------


def test_a_triad_named_as_signs_of_another_condition_is_that_conditions() -> None:
    found = _relations(
        "Cerebellar haemorrhage",
        "Late signs of brainstem compression include the classic triad of "
        "hypertension, bradycardia and apnoea.",
    )
    assert ("brainstem compression", "presenting features", "bradycardia") in found
    assert not {i for s, _, i in found if s == "Cerebellar haemorrhage"}
    # "signs of the disease" are the topic's own
    found = _relations(
        "Cerebellar haemorrhage",
        "Signs of the disease include the classic triad of vertigo, ataxia and vomiting.",
    )
    assert ("Cerebellar haemorrhage", "presenting features", "ataxia") in found


def test_a_triad_of_causes_or_of_tissue_is_no_presentation() -> None:
    found = _relations(
        "Portal vein thrombosis",
        "Most risk factors can be traced to the triad of stasis, hypercoagulability and "
        "endothelial damage.",
    )
    assert not {i for _, g, i in found if g == "presenting features"}
    found = _relations(
        "Hepatic sarcoidosis",
        "The characteristic histological triad is granulomas, fibrosis and cholestasis.",
    )
    assert not {i for _, g, i in found if g == "presenting features"}


# --- one member, two owners ---------------------------------------------------------------


def test_rarer_causes_after_a_semicolon_are_the_named_conditions() -> None:
    found = _relations(
        "Gastric varices",
        "Splenic vein thrombosis is most often a consequence of pancreatitis; rarer causes "
        "include pancreatic carcinoma and trauma.",
        heading="Pathology",
    )
    assert ("Splenic vein thrombosis", "causes", "trauma") in found
    assert not {i for s, _, i in found if s == "Gastric varices"}


# --- a gene named as whom a drug is for ---------------------------------------------------


def test_a_gene_a_treatment_is_for_is_no_genetic_feature() -> None:
    found = _relations(
        "Lung adenocarcinoma",
        "Inoperable disease is treated with platinum chemotherapy combined with "
        "immunotherapy, with osimertinib for EGFR-mutant and alectinib for ALK-rearranged "
        "tumours.",
        heading="Treatment and prognosis",
    )
    assert not {i for _, g, i in found if g == "genetic features"}
    found = _relations(
        "Lung adenocarcinoma",
        "About 15% of these tumours carry EGFR mutations.",
        heading="Pathology",
    )
    assert {i for _, g, i in found if g == "genetic features"} == {"EGFR mutation"}


# --- a clause of result -------------------------------------------------------------------


def test_a_clause_of_result_with_its_own_subject_takes_no_earlier_subject() -> None:
    found = _relations(
        "Osteomalacia",
        "Nutritional disease is now rare, so in current practice most cases are encountered "
        "in patients with chronic renal failure.",
        heading="Epidemiology",
    )
    assert not {s for s, _, _ in found if s == "Nutritional disease"}
    found = _relations(
        "Osteomalacia",
        "Osteomalacia is often missed, so it is seen in association with malabsorption.",
        heading="Epidemiology",
    )
    assert ("Osteomalacia", "associations", "malabsorption") in found


# --- relation words: precipitants, "complicate", "a relatively frequent complication of" --


def test_a_list_of_precipitants_names_what_brings_the_condition_on() -> None:
    found = _listed(
        "Spontaneous pneumothorax",
        "Recognised precipitants include:",
        "cannabis smoking",
        "air travel",
        heading="Epidemiology",
    )
    assert ("Spontaneous pneumothorax", "risk factors", "air travel") in found
    assert not _listed(
        "Spontaneous pneumothorax",
        "Recognised projections include:",
        "air travel",
        heading="Epidemiology",
    )


def test_what_the_subject_can_complicate_brings_it_on() -> None:
    found = _relations(
        "Septic arthritis",
        "Septic arthritis can complicate both osteomyelitis and joint replacement.",
        heading="Pathology",
    )
    assert {i for s, g, i in found if g == "causes"} == {"osteomyelitis", "joint replacement"}
    found = _relations(
        "Septic arthritis",
        "Septic arthritis does not complicate gout.",
        heading="Pathology",
    )
    assert not found


def test_an_adverb_of_degree_before_complication_of() -> None:
    found = _relations(
        "Septic arthritis",
        "Septic arthritis is a relatively frequent complication of arthroscopy and of "
        "intra-articular injection.",
        heading="Pathology",
    )
    assert {i for _, g, i in found if g == "causes"} == {
        "arthroscopy",
        "intra-articular injection",
    }


def test_a_frequent_accompaniment_is_an_association() -> None:
    found = _relations(
        "Scaphoid fracture",
        "Injury of the radial artery at the wrist is a frequent accompaniment.",
        heading="Pathology",
    )
    assert ("Scaphoid fracture", "associations", "Injury of the radial artery at the wrist") in (
        found
    )
    assert not _relations(
        "Scaphoid fracture",
        "Injury of the radial artery is a frequent finding.",
        heading="Pathology",
    )
