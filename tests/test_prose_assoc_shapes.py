"""Issue 11, session 10: association shapes read from the freshest blind articles' misses.
Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _relations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def _items(title: str, *paragraphs: str, heading: str = "Clinical presentation") -> set[str]:
    return {item for _, _, item in _relations(title, *paragraphs, heading=heading)}


# --- names: an adverb of a participle, examples or a clause in parentheses ---------------


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("poorly controlled diabetes", ["poorly controlled diabetes"]),
        (
            "a rapidly enlarging neck mass or hoarseness",
            ["rapidly enlarging neck mass", "hoarseness"],
        ),
        ("bone pain, usually worse at night", ["bone pain"]),
        ("gout (podagra, tophi and nephrolithiasis) and obesity", ["gout", "obesity"]),
        ("smoking (the risk is dose related) and alcohol", ["smoking", "alcohol"]),
    ],
)
def test_noun_phrases_keep_adverbs_of_participles_and_drop_comments(
    run: str, names: list[str]
) -> None:
    assert split_noun_phrases(run) == names


# --- presentations ---------------------------------------------------------------------


def test_a_share_of_the_patients_presents_for_the_paragraphs_condition() -> None:
    found = _relations(
        "Renal oncocytoma",
        "Most are found incidentally.",
        "Others present with flank pain, haematuria or a palpable mass.",
    )
    assert {i for s, g, i in found if s == "Renal oncocytoma"} >= {
        "flank pain",
        "haematuria",
        "palpable mass",
    }


def test_a_minority_describing_a_symptom_after_a_presentation() -> None:
    found = _items(
        "Bronchiectasis",
        "Patients usually present with chronic productive cough (often purulent, sometimes "
        "bloody), and a minority describe recurrent pleuritic chest pain.",
    )
    assert found >= {"chronic productive cough", "recurrent pleuritic chest pain"}


def test_a_named_thing_that_presents_is_not_the_share_rule() -> None:
    # "The scan" names no patients: no presentation of the title
    assert _items("Renal oncocytoma", "The scan presents with artefact.") == set()


# --- a relation that sets one member apart -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Risk factors besides obesity include diabetes, hypertension and nulliparity.",
        "Risk factors other than obesity include diabetes, hypertension and nulliparity.",
    ],
)
def test_the_member_set_apart_is_a_member_too(sentence: str) -> None:
    found = _relations("Endometrial carcinoma", sentence, heading="Epidemiology")
    assert found == {
        ("Endometrial carcinoma", "risk factors", member)
        for member in ("obesity", "diabetes", "hypertension", "nulliparity")
    }


# --- features the sentence opens on, under a clinical heading -----------------------------


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "Pericardial effusion, arrhythmia and sudden death may also occur.",
            {"pericardial effusion", "arrhythmia", "sudden death"},
        ),
        ("Night sweats and weight loss can occur.", {"night sweats", "weight loss"}),
        ("Nausea and vomiting are common.", {"nausea", "vomiting"}),
    ],
)
def test_features_that_may_occur_are_presentations(sentence: str, items: set[str]) -> None:
    found = _relations("Cardiac sarcoidosis", sentence)
    assert found == {("Cardiac sarcoidosis", "presenting features", i) for i in items}


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Pericardial effusion and arrhythmia may also occur.", "Pathology"),
        ("Calcification is common.", "Clinical presentation"),
        ("Hyperintense foci and enhancement may also occur.", "Clinical presentation"),
    ],
)
def test_no_presentation_outside_a_clinical_heading_or_of_findings_or_conditions(
    sentence: str, heading: str
) -> None:
    assert _relations("Cardiac sarcoidosis", sentence, heading=heading) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Dysphagia is the most common symptom.",
        "Dysphagia is the usual presenting complaint.",
        "The usual complaint is dysphagia.",
        "Dysphagia is the commonest presentation: weight loss follows.",
    ],
)
def test_the_commonest_symptom_is_a_presentation(sentence: str) -> None:
    assert ("Oesophageal leiomyoma", "presenting features", "dysphagia") in {
        (s, g, i.lower()) for s, g, i in _relations("Oesophageal leiomyoma", sentence)
    }


def test_a_risk_factor_before_a_colon() -> None:
    found = _relations(
        "Oral squamous cell carcinoma",
        "Betel chewing is the strongest risk factor: chewers carry ten times the risk.",
        heading="Epidemiology",
    )
    assert ("Oral squamous cell carcinoma", "risk factors", "Betel chewing") in found


# --- genetics --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Activating mutations of the RET gene are found in most familial cases.", "RET mutation"),
        ("Germline mutations in the menin gene are described.", "menin mutation"),
        ("Susceptibility is linked to HLA-DRB1*04.", "HLA-DRB1*04"),
        ("Polymorphisms of TNFA have been implicated.", "TNFA polymorphism"),
        ("It is strongly linked to HLA-B27.", "HLA-B27"),
    ],
)
def test_genetic_features_named_in_many_ways(sentence: str, item: str) -> None:
    found = _relations("Medullary thyroid carcinoma", sentence, heading="Pathology")
    assert ("Medullary thyroid carcinoma", "genetic features", item) in found


def test_no_gene_from_a_bare_gene_word_or_a_denied_mutation() -> None:
    found = _relations(
        "Medullary thyroid carcinoma",
        "Mutations of the gene are rare. It is not caused by mutations in the calcitonin gene.",
        heading="Pathology",
    )
    assert {i for _, g, i in found if g == "genetic features"} == set()


def test_another_tumour_that_may_occur_is_an_association() -> None:
    found = _relations("Multiple endocrine neoplasia", "Lipomas and angiofibromas may also occur.")
    assert found == {
        ("Multiple endocrine neoplasia", "associations", "lipomas"),
        ("Multiple endocrine neoplasia", "associations", "angiofibromas"),
    }


# --- lists of how it presents -----------------------------------------------------------


def _listed(title: str, heading: str, intro: str, *entries: ListItem) -> set[tuple[str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=entries))
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


@pytest.mark.parametrize(
    ("heading", "intro"),
    [
        ("Clinical presentation", "Back pain is usual. Other features:"),
        ("Diagnosis", "Presenting symptoms include:"),
        ("Overview", "Patients present with:"),
    ],
)
def test_a_list_of_features_under_a_clinical_intro_or_heading(heading: str, intro: str) -> None:
    found = _listed(
        "Spinal epidural abscess",
        heading,
        intro,
        ListItem("fever"),
        ListItem("radicular pain"),
        ListItem("limb weakness"),
    )
    assert {(s, g, i) for s, g, i in found if i != "Back pain"} == {
        ("Spinal epidural abscess", "presenting features", i)
        for i in ("fever", "radicular pain", "limb weakness")
    }


@pytest.mark.parametrize(
    ("heading", "intro"),
    [
        ("Radiographic features", "Other features:"),
        ("Clinical presentation", "CT features:"),
        ("Clinical presentation", "The criteria require three of:"),
    ],
)
def test_no_presentation_list_from_imaging_or_other_intros(heading: str, intro: str) -> None:
    found = _listed(
        "Spinal epidural abscess", heading, intro, ListItem("fever"), ListItem("rim enhancement")
    )
    assert found == set()


def test_a_region_over_its_features_is_no_presentation() -> None:
    found = _listed(
        "Neurofibromatosis type 1",
        "Clinical presentation",
        "Clinical features:",
        ListItem(
            "skin", children=(ListItem("cafe-au-lait macules"), ListItem("axillary freckling"))
        ),
    )
    assert {i for _, _, i in found} == {"cafe-au-lait macules", "axillary freckling"}


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("They often have hypercalcaemia and renal stones.", {"hypercalcaemia", "renal stones"}),
        ("Many give a history of recurrent sinusitis.", {"recurrent sinusitis"}),
        ("Children may develop failure to thrive.", {"failure to thrive"}),
    ],
)
def test_what_the_patients_have_is_a_presentation(sentence: str, items: set[str]) -> None:
    found = _relations("Primary hyperparathyroidism", sentence)
    assert found == {("Primary hyperparathyroidism", "presenting features", i) for i in items}


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("They often have hypercalcaemia and renal stones.", "Pathology"),
        ("Patients have a poor prognosis.", "Clinical presentation"),
        ("They often have calcifications.", "Clinical presentation"),
        ("They have a higher risk of fracture.", "Clinical presentation"),
    ],
)
def test_no_presentation_from_have_outside_the_clinic_or_of_outcomes(
    sentence: str, heading: str
) -> None:
    found = _relations("Primary hyperparathyroidism", sentence, heading=heading)
    assert {i for _, g, i in found if g == "presenting features"} == set()


def test_features_that_may_occur_before_a_second_clause() -> None:
    found = _relations(
        "Cardiac sarcoidosis",
        "Palpitations and syncope may also occur, and some patients are asymptomatic.",
    )
    assert found == {
        ("Cardiac sarcoidosis", "presenting features", "palpitations"),
        ("Cardiac sarcoidosis", "presenting features", "syncope"),
    }


def test_the_commonest_presentation_after_a_fronted_clause() -> None:
    found = _relations(
        "Meckel diverticulum",
        "When it is symptomatic, painless rectal bleeding is the most common presentation.",
        "When they are large, they are the commonest presentation.",
    )
    assert found == {("Meckel diverticulum", "presenting features", "painless rectal bleeding")}


# --- session 11: relations named by the opening noun phrase (set C's misses) ------------------


def test_numbered_and_dominant_qualifiers_still_name_the_relation() -> None:
    found = _relations(
        "Endometrial carcinoma",
        "The two dominant risk factors are unopposed oestrogen and obesity, and their "
        "combination is especially potent.",
        heading="Epidemiology",
    )
    assert ("Endometrial carcinoma", "risk factors", "unopposed oestrogen") in found
    assert ("Endometrial carcinoma", "risk factors", "obesity") in found


def test_they_include_after_a_semicolon_takes_the_relation_of_the_clause_before() -> None:
    found = _relations(
        "Small cell lung cancer",
        "Paraneoplastic syndromes are common; they include hyponatraemia, Cushing syndrome "
        "and Lambert-Eaton syndrome, a disorder of the neuromuscular junction.",
        heading="Clinical presentation",
    )
    items = {i for s, g, i in found if g == "associations"}
    assert {"hyponatraemia", "Cushing syndrome", "Lambert-Eaton syndrome"} <= items
    # the apposition after the last member describes it; it is no member
    assert not any("neuromuscular" in i for i in items)


def test_they_include_takes_the_relation_of_the_sentence_before() -> None:
    found = _items(
        "Ulcerative colitis",
        "Extra-articular manifestations occur in a quarter of patients. They include "
        "iritis, aortic regurgitation and apical lung fibrosis.",
    )
    assert {"iritis", "aortic regurgitation", "apical lung fibrosis"} <= found


def test_they_include_after_a_sentence_on_something_else_names_no_member() -> None:
    found = _items(
        "Ulcerative colitis",
        "Imaging findings vary with the stage. They include wall thickening and target signs.",
    )
    assert not found & {"wall thickening", "target signs"}


def test_complications_that_result_from_a_process_and_include_members() -> None:
    found = _relations(
        "Chronic pancreatitis",
        "Complications result from fibrosis and include biliary stricture, splenic vein "
        "thrombosis, and pseudocyst: rupture, infection or haemorrhage.",
        heading="Complications",
    )
    items = {i for s, g, i in found if g == "complications"}
    assert {"biliary stricture", "splenic vein thrombosis", "pseudocyst", "rupture"} <= items


def test_an_adjective_before_or_shares_the_noun_in_an_opening_relation() -> None:
    items = _items(
        "Sinusitis",
        "Complications include orbital cellulitis and epidural or subdural empyema.",
        heading="Complications",
    )
    assert "epidural empyema" in items
    assert "epidural" not in items


def test_a_listed_opening_before_a_relation_noun_gives_one_member_each() -> None:
    found = _relations(
        "Hepatocellular carcinoma",
        "Chronic hepatitis B, alcohol and aflatoxin exposure are the major modifiable "
        "risk factors.",
        heading="Epidemiology",
    )
    assert {i for s, g, i in found if g == "risk factors"} >= {
        "Chronic hepatitis B",
        "alcohol",
        "aflatoxin exposure",
    }


def test_a_fronted_of_phrase_and_a_classic_association() -> None:
    found = _relations(
        "Phaeochromocytoma",
        "Of the inherited syndromes, multiple endocrine neoplasia type 2 is the classic "
        "association: most carriers develop it.",
        heading="Epidemiology",
    )
    assert ("Phaeochromocytoma", "associations", "multiple endocrine neoplasia type 2") in found
    assert not any(i.lower().startswith("of the") for _, _, i in found)


def test_a_listed_opening_after_a_semicolon_and_adverse_factors() -> None:
    found = _relations(
        "Osteosarcoma",
        "Paget disease predisposes to the secondary form; prior irradiation and "
        "retinoblastoma are all recognised associations.",
        "Pelvic site, large volume and poor necrosis after chemotherapy are adverse factors.",
        heading="Epidemiology",
    )
    assert {i for _, g, i in found if g == "associations"} >= {
        "prior irradiation",
        "retinoblastoma",
    }
    assert {i for _, g, i in found if g == "adverse prognostic factors"} >= {
        "Pelvic site",
        "large volume",
    }


def test_a_leading_cause_of_death_is_no_cause_relation() -> None:
    found = _relations(
        "Systemic sclerosis",
        "Pulmonary complications are the leading cause of death in adults with the "
        "disease, followed by renal crisis.",
        heading="Prognosis",
    )
    assert not [r for r in found if r[1] == "causes"]


def test_there_is_an_increased_risk_names_complications_of_the_topic() -> None:
    found = _relations(
        "Coeliac disease",
        "There is an increased risk of small bowel and oesophageal carcinoma, and "
        "ulcerative jejunitis, while rare, is recognised.",
        heading="Complications",
    )
    items = {i for s, g, i in found if g == "complications" and s == "Coeliac disease"}
    assert items >= {"small bowel carcinoma", "oesophageal carcinoma"}
    assert "ulcerative jejunitis" not in items


def test_a_risk_in_another_group_is_no_complication_of_the_topic() -> None:
    found = _relations(
        "Coeliac disease",
        "There is an increased risk of lymphoma in patients with refractory disease.",
        heading="Complications",
    )
    assert not [r for r in found if r[1] == "complications"]


def test_two_genes_joined_by_or_before_mutations_give_one_feature_each() -> None:
    found = _relations(
        "Gastrointestinal stromal tumour",
        "Most tumours carry KIT or PDGFRA mutations.",
        heading="Pathology",
    )
    assert {i for _, g, i in found if g == "genetic features"} >= {
        "KIT mutation",
        "PDGFRA mutation",
    }


def test_a_listed_syndromes_genetic_cause_in_its_parentheses_is_the_syndromes() -> None:
    entries = (
        ListItem("Cowden syndrome (PTEN hamartoma syndrome; PTEN mutations): breast cancer"),
        ListItem("Carney complex (spotty pigmentation)"),
    )
    section = Section("Associations", (Block(BlockKind.LIST, items=entries),))
    article = Article(slug="t", title="Thyroid carcinoma", sections=(section,))
    found = {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }
    assert ("Cowden syndrome", "genetic features", "PTEN mutation") in found
    assert not [r for r in found if r[0].startswith("Carney") and r[1] == "genetic features"]


def test_the_typical_history_is_of_a_presentation() -> None:
    items = _items(
        "Chronic subdural haematoma",
        "The typical history is of a fluctuating confusion that worsens over weeks, with headache.",
    )
    assert "fluctuating confusion" in items


@pytest.mark.parametrize(
    "sentence",
    [
        # the opening phrase is no list of short names (too long, or a pronoun)
        "Pain radiating from the lower back into both legs and the buttocks after exercise "
        "may occur.",
        "Anything that compresses the nerve may occur.",
    ],
)
def test_features_that_occur_when_the_phrase_is_no_list(sentence: str) -> None:
    # split_noun_phrases gives no names here: nothing is taken, and nothing fails
    assert _relations("Cardiac sarcoidosis", sentence) == set()
