"""Issue 11, session 26: association facts whose subject was wrong, and members that name
nothing.

- a list entry "category, particularly A and B" names the category (with its comment) and
  its exemplars, each a member of the list's owner, never features of the category; not
  where or in whom ("particularly in adolescents") nor kinds that share an unsaid head;
- "Other recognised causes in adults are A and B": the people (or place) after "in" are a
  setting, no owner of the causes;
- a paragraph that opens on the condition at a size or acuity ("Small acute lesions may be
  …") keeps the page's condition as its topic, so a later "Complications include …" is the
  page's;
- "an identical pattern" in a list's intro is the section's condition, named by its heading;
- a phrase "X in the disease" names X, not the disease ("Marrow involvement in the disease
  is associated with …" is no relation of the disease);
- "years" ("over months or years"), "occasionally in patients with X" and "had symptoms for
  years" name no member.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import section

from quizgen.extractors import extract_facts
from quizgen.extractors.member_shapes import member_repaired
from quizgen.model import Article, Fact, FactKind, Section


def _associations(title: str, *sections: Section) -> list[Fact]:
    article = Article(slug="t", title=title, sections=sections)
    return [f for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION]


def _fields(facts: list[Fact]) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.group, f.item, f.value) for f in facts}


# 1. exemplars after an adverb of emphasis are the owner's members


def test_exemplars_after_particularly_are_the_owners_members() -> None:
    facts = _associations(
        "Vesicoureteric reflux",
        section(
            "Associations",
            "Associations include:",
            (
                "skeletal dysplasias, particularly achondroplasia and thanatophoric dysplasia",
                "prune belly syndrome",
            ),
        ),
    )
    assert _fields(facts) >= {
        (
            "Vesicoureteric reflux",
            "associations",
            "skeletal dysplasias",
            "particularly achondroplasia and thanatophoric dysplasia",
        ),
        ("Vesicoureteric reflux", "associations", "achondroplasia", ""),
        ("Vesicoureteric reflux", "associations", "thanatophoric dysplasia", ""),
    }
    assert not [f for f in facts if f.subject == "skeletal dysplasias"]


def test_exemplars_after_especially_in_a_cause_list() -> None:
    facts = _associations(
        "Hepatic abscess",
        section(
            "Pathology",
            "Recognised causes include:",
            ("biliary procedures, especially sphincterotomy, stenting and choledochojejunostomy",),
        ),
    )
    assert _fields(facts) == {
        (
            "Hepatic abscess",
            "causes",
            "biliary procedures",
            "especially sphincterotomy, stenting and choledochojejunostomy",
        ),
        ("Hepatic abscess", "causes", "sphincterotomy", ""),
        ("Hepatic abscess", "causes", "stenting", ""),
        ("Hepatic abscess", "causes", "choledochojejunostomy", ""),
    }


@pytest.mark.parametrize(
    ("entry", "name", "comment"),
    [
        ("prior surgery, notably cholecystectomy", "prior surgery", "notably cholecystectomy"),
        ("prematurity, particularly below 32 weeks", "prematurity", "particularly below 32 weeks"),
        (
            "organ transplantation, especially of the liver",
            "organ transplantation",
            "especially of the liver",
        ),
    ],
)
def test_one_exemplar_stays_the_entrys_comment(entry: str, name: str, comment: str) -> None:
    facts = _associations(
        "Hepatic abscess", section("Pathology", "Recognised causes include:", (entry,))
    )
    assert _fields(facts) == {("Hepatic abscess", "causes", name, comment)}


# 2. a population after "in" owns no causes


def test_causes_in_a_population_are_the_pages() -> None:
    facts = _associations(
        "Splenic vein thrombosis",
        section(
            "Pathology",
            "Pancreatitis is the usual cause. Other recognised causes in adults are gastric "
            "cancer, splenectomy and myeloproliferative neoplasms.",
        ),
    )
    subjects = {f.subject for f in facts if f.item in {"gastric cancer", "splenectomy"}}
    assert subjects == {"Splenic vein thrombosis"}
    assert not [f for f in facts if f.subject == "adults"]


# 3. a paragraph opening on the condition at a size or acuity keeps the page's topic


def test_a_size_subgroup_is_no_paragraph_topic() -> None:
    facts = _associations(
        "Ganglion cyst",
        section(
            "Treatment and prognosis",
            "Small chronic lesions may simply be observed, while bigger ones are aspirated. "
            "Surgery is reserved for recurrence. Complications include neuropathy, tendon "
            "rupture and scarring.",
        ),
    )
    complications = {(f.subject, f.item) for f in facts if f.group == "complications"}
    assert complications == {
        ("Ganglion cyst", "neuropathy"),
        ("Ganglion cyst", "tendon rupture"),
        ("Ganglion cyst", "scarring"),
    }


# 4. "an identical pattern": the section's condition


def test_causes_of_an_identical_pattern_are_the_headings_condition() -> None:
    facts = _associations(
        "Idiopathic eosinophilic pneumonia",
        section(
            "Secondary eosinophilic pneumonia",
            "Recognised causes of an identical pattern include:",
            ("parasitic infection", "fungal hypersensitivity"),
        ),
    )
    assert _fields(facts) == {
        ("Secondary eosinophilic pneumonia", "causes", "parasitic infection", ""),
        ("Secondary eosinophilic pneumonia", "causes", "fungal hypersensitivity", ""),
    }


# 5. "X in the disease" names X


def test_an_involvement_in_the_disease_is_no_subject() -> None:
    facts = _associations(
        "Gaucher disease",
        section(
            "Clinical presentation",
            "Marrow involvement in the systemic disease usually indicates a late stage and is "
            "associated with fractures and anaemia.",
        ),
    )
    assert not [f for f in facts if "involvement" in f.subject]
    assert not [f for f in facts if f.item in {"fractures", "anaemia"}]


# 6. shapes that name no member


def test_a_span_of_time_is_no_presenting_feature() -> None:
    facts = _associations(
        "Vestibular schwannoma",
        section(
            "Clinical presentation",
            "Symptoms are usually slowly progressive over months or years.",
        ),
    )
    assert not [f for f in facts if f.item in {"years", "months"}]


@pytest.mark.parametrize(
    "said",
    [
        "occasionally in patients with osteopathia striata",
        "in families with cranial sclerosis",
        "rarely in children with renal failure",
    ],
)
def test_where_a_member_is_found_is_no_member(said: str) -> None:
    assert member_repaired(said, "associations") == ""
    assert member_repaired(said, "presenting features") == ""


def test_a_member_with_in_inside_its_name_stays() -> None:
    assert member_repaired("calcification in the tumour matrix", "associations") == (
        "calcification in the tumour matrix"
    )


def test_a_verb_of_having_is_no_member() -> None:
    facts = _associations(
        "Normal pressure hydrocephalus",
        section(
            "Clinical presentation",
            "Patients present with gait apraxia, urinary incontinence and dementia. Many "
            "patients have had symptoms for years before the diagnosis.",
        ),
    )
    items = {f.item for f in facts}
    assert {"gait apraxia", "urinary incontinence", "dementia"} <= items
    assert not [i for i in items if i.startswith(("had ", "has ", "have "))]


# 7. recall: complications named with two qualifying words, bouts of the condition, and
# examples after "such as" without a comma


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Gastric volvulus is a further recognised complication.", "Gastric volvulus"),
        (
            "Splenic vein thrombosis is a well-recognised late complication.",
            "Splenic vein thrombosis",
        ),
    ],
)
def test_a_complication_named_with_two_qualifiers(sentence: str, member: str) -> None:
    facts = _associations("Chronic pancreatitis", section("Complications", sentence))
    assert _fields(facts) == {("Chronic pancreatitis", "complications", member, "")}


def test_what_a_bout_of_the_condition_is_complicated_by() -> None:
    facts = _associations(
        "Ulcerative proctitis",
        section("Clinical presentation", "A severe flare may be complicated by rectal stricture."),
    )
    assert _fields(facts) == {("Ulcerative proctitis", "complications", "rectal stricture", "")}


def test_examples_after_such_as_without_a_comma() -> None:
    facts = _associations(
        "Drug-induced pneumonitis",
        section(
            "Pathology",
            "Recognised causes include:",
            ("cytotoxic agents such as busulfan, cyclophosphamide and gemcitabine",),
        ),
    )
    assert _fields(facts) == {
        ("Drug-induced pneumonitis", "causes", "cytotoxic agents", ""),
        ("Drug-induced pneumonitis", "causes", "busulfan", ""),
        ("Drug-induced pneumonitis", "causes", "cyclophosphamide", ""),
        ("Drug-induced pneumonitis", "causes", "gemcitabine", ""),
    }


@pytest.mark.parametrize(
    "entry",
    [
        "ear infection, particularly in toddlers and school-age children",
        "prior surgery, especially hip or knee replacement",
        "abnormal gait, notably ataxia, and dysarthria",
        "cranial irradiation, especially for medulloblastoma or germinoma",
    ],
)
def test_emphasis_on_where_or_whom_names_no_kinds(entry: str) -> None:
    facts = _associations(
        "Labyrinthitis ossificans",
        section("Pathology", "Recognised causes include:", (entry,)),
    )
    items = {f.item for f in facts}
    for wrong in (
        "in toddlers",
        "school-age children",
        "hip",
        "knee replacement",
        "for medulloblastoma",
    ):
        assert wrong not in items
    assert not [f for f in facts if f.subject != "Labyrinthitis ossificans"]


def test_a_condition_named_as_the_pages_risk_factor_is_no_topic() -> None:
    facts = _associations(
        "Thyroid lymphoma",
        section(
            "Pathology",
            "Hashimoto thyroiditis is the main risk factor. Prior neck irradiation is also "
            "associated.",
        ),
    )
    assert {(f.subject, f.item) for f in facts} >= {
        ("Thyroid lymphoma", "Hashimoto thyroiditis"),
        ("Thyroid lymphoma", "Prior neck irradiation"),
    }


# 8. the same emphasis after a member in prose


def test_kinds_after_particularly_in_prose_are_members_too() -> None:
    facts = _associations(
        "Parotid lymphoma",
        section(
            "Pathology",
            "It is associated with autoimmune disease, particularly Sjogren syndrome and "
            "systemic lupus erythematosus.",
        ),
    )
    assert _fields(facts) == {
        ("Parotid lymphoma", "associations", "autoimmune disease", ""),
        ("Parotid lymphoma", "associations", "Sjogren syndrome", ""),
        ("Parotid lymphoma", "associations", "systemic lupus erythematosus", ""),
    }


def test_emphasis_on_a_setting_in_prose_adds_no_member() -> None:
    facts = _associations(
        "Parotid lymphoma",
        section(
            "Pathology",
            "Risk factors include immunosuppression, especially in transplant recipients.",
        ),
    )
    assert not [f for f in facts if f.item == "transplant recipients"]


def test_a_genus_initial_is_no_member() -> None:
    facts = _associations(
        "Gastric lymphoma",
        section(
            "Pathology",
            "It is classified by its histological types:",
            ("marginal zone type: low grade, associated with H. pylori and autoimmune gastritis",),
        ),
    )
    assert not [f for f in facts if f.item == "H"]
