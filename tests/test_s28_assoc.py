"""Issue 11, session 28: association facts in prose, missed shapes.

- a list of features as a sentence's subject, judged by how often they come or named the
  condition's features ("A, B and C are occasional presenting features", "A and B are
  frequent in children", "A (sometimes bloody) and B are common");
- "Complications are uncommon but include …", "Later features include …", "Less frequent
  manifestations include …", "When symptoms do occur they include …";
- ", often accompanied by A and B" after a clause naming a feature, under a clinical heading;
- "X is the presenting feature in 80% of patients", "X is an uncommon presentation";
- "X coexists in a quarter of cases";
- a generic lesion noun with a place ("Clival tumours cause …", "Lesions in the
  cerebellopontine angle cause …") names that form of the page's condition.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _associations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def _items(found: set[tuple[str, str, str]]) -> set[str]:
    return {item for _, _, item in found}


# 1. a list of features as the subject of a judgement of frequency


def test_features_judged_occasional_presenting_features() -> None:
    found = _associations(
        "Wilms tumour",
        "Fever, anaemia (from haemorrhage) and varicocele are occasional presenting features.",
    )
    assert {"fever", "anaemia (from haemorrhage)", "varicocele"} <= _items(found)
    assert {s for s, _, _ in found} == {"Wilms tumour"}


def test_features_frequent_in_a_population() -> None:
    found = _associations(
        "Laryngomalacia",
        "Inspiratory stridor, feeding difficulty and reflux are frequent in infants.",
    )
    assert {"inspiratory stridor", "feeding difficulty", "reflux"} <= _items(found)


def test_features_called_other_presentations() -> None:
    found = _associations(
        "Waldenström macroglobulinaemia",
        "Fatigue, bleeding and peripheral neuropathy are other presentations.",
    )
    assert {"fatigue", "bleeding", "peripheral neuropathy"} <= _items(found)


def test_a_judgement_outside_a_clinical_heading_names_no_features() -> None:
    found = _associations(
        "Wilms tumour",
        "Calcification, haemorrhage and necrosis are occasional features.",
        heading="Radiographic features",
    )
    assert not found


def test_a_single_finding_judged_common_is_no_feature_list() -> None:
    found = _associations("Wilms tumour", "Calcification is frequent in adults.")
    assert not found


# 2. relation leads


def test_complications_uncommon_but_include() -> None:
    found = _associations(
        "Lateral epicondylitis",
        "Complications are uncommon but include tendon rupture and chronic pain.",
        heading="Complications",
    )
    assert ("Lateral epicondylitis", "complications", "tendon rupture") in found
    assert ("Lateral epicondylitis", "complications", "chronic pain") in found


def test_later_and_less_frequent_features_include() -> None:
    found = _associations(
        "Bladder exstrophy",
        "Later features include incontinence, recurrent infection and renal scarring.",
        "Less frequent manifestations include hydronephrosis and bladder calculi.",
    )
    assert {
        "incontinence",
        "recurrent infection",
        "renal scarring",
        "hydronephrosis",
        "bladder calculi",
    } <= _items(found)


def test_when_symptoms_do_occur_they_include() -> None:
    found = _associations(
        "Pulmonary sequestration",
        "When symptoms do occur they include recurrent pneumonia, cough and haemoptysis.",
    )
    assert {"recurrent pneumonia", "cough", "haemoptysis"} <= _items(found)


def test_complications_not_said_to_include_give_nothing() -> None:
    found = _associations(
        "Lateral epicondylitis",
        "Complications are uncommon but respond well to rest.",
        heading="Complications",
    )
    assert not found


# 3. accompanied by


def test_accompanied_by_after_a_cardinal_symptom() -> None:
    found = _associations(
        "Eosinophilic oesophagitis",
        "The cardinal symptom is dysphagia, often accompanied by food impaction and chest pain.",
    )
    assert {"dysphagia", "food impaction", "chest pain"} <= _items(found)


def test_accompanied_by_outside_a_clinical_heading_gives_nothing() -> None:
    found = _associations(
        "Eosinophilic oesophagitis",
        "Mucosal rings are typical, often accompanied by linear furrows and white exudates.",
        heading="Endoscopy",
    )
    assert not ({"linear furrows", "white exudates"} & _items(found))


# 4. the presenting feature in a share of patients


def test_presenting_feature_in_a_share() -> None:
    found = _associations(
        "Pleomorphic xanthoastrocytoma",
        "Seizures are the presenting feature in 70% of patients.",
        "A focal deficit is the presenting event in a minority.",
        "Raised intracranial pressure is an uncommon presentation.",
    )
    assert {"Seizures", "focal deficit", "Raised intracranial pressure"} <= _items(found)


def test_presenting_feature_without_a_share_or_frequency_gives_nothing() -> None:
    found = _associations(
        "Pleomorphic xanthoastrocytoma", "Seizures are the presenting feature that we study."
    )
    assert "Seizures" not in _items(found)


# 5. coexists in a share


def test_coexists_in_a_share_of_cases() -> None:
    found = _associations(
        "Horseshoe kidney",
        "Ureteropelvic junction obstruction coexists in about a third of cases.",
        heading="Associations",
    )
    assert ("Horseshoe kidney", "associations", "Ureteropelvic junction obstruction") in found


def test_coexists_with_no_share_gives_no_own_member() -> None:
    found = _associations(
        "Horseshoe kidney",
        "Ureteropelvic junction obstruction coexists rarely.",
        heading="Associations",
    )
    assert not found


# 6. a generic lesion noun with a place names a form of the condition


def test_generic_lesions_with_a_place_are_a_form_of_the_title() -> None:
    found = _associations(
        "Vestibular schwannoma",
        "Cisternal tumours cause tinnitus and imbalance.",
        "Lesions in the internal auditory canal typically cause facial weakness.",
    )
    assert ("cisternal vestibular schwannoma", "presenting features", "tinnitus") in found
    assert (
        "vestibular schwannoma in the internal auditory canal",
        "presenting features",
        "facial weakness",
    ) in found


def test_generic_lesions_in_an_article_on_no_lesion_give_nothing() -> None:
    found = _associations("Vertigo", "Cisternal tumours cause tinnitus and imbalance.")
    assert not found


# 7. more lead nouns and classes that coexist


def test_predisposition_syndromes_and_at_risk_groups_include() -> None:
    found = _associations(
        "Pineoblastoma",
        "Inherited predisposition syndromes are rare but include DICER1 syndrome and "
        "hereditary retinoblastoma.",
        "Other at-risk groups include children who received cranial irradiation.",
        heading="Epidemiology",
    )
    assert ("Pineoblastoma", "genetic features", "DICER1 syndrome") in found
    assert ("Pineoblastoma", "genetic features", "hereditary retinoblastoma") in found
    assert any(group == "risk factors" for _, group, _ in found)


def test_a_class_of_conditions_that_coexist_including() -> None:
    found = _associations(
        "Coeliac disease",
        "Other autoimmune disorders often coexist, including type 1 diabetes and autoimmune "
        "thyroiditis.",
        heading="Associations",
    )
    assert ("Coeliac disease", "associations", "type 1 diabetes") in found
    assert ("Coeliac disease", "associations", "autoimmune thyroiditis") in found


def test_a_class_that_coexists_without_members_gives_nothing() -> None:
    found = _associations(
        "Coeliac disease", "Other autoimmune disorders often coexist.", heading="Associations"
    )
    assert not found


def test_any_relation_of_a_placed_generic_lesion_is_that_form_of_the_title() -> None:
    found = _associations(
        "Craniopharyngioma", "Suprasellar lesions are associated with diabetes insipidus."
    )
    assert ("suprasellar craniopharyngioma", "associations", "diabetes insipidus") in found


def test_accompanied_by_after_another_owner_gives_nothing_to_the_title() -> None:
    found = _associations(
        "Nephrolithiasis",
        "The classic presentation of an obstructing calyceal stone is flank pain, accompanied "
        "by nausea and vomiting.",
        "Familial HN presents with early nephrocalcinosis, often accompanied by rickets.",
    )
    assert not ({"nausea", "vomiting", "rickets"} & _items(found))


def test_a_qualified_share_of_cases_is_that_form_of_the_title() -> None:
    found = _associations(
        "Medullary thyroid carcinoma",
        "Familial cancers account for a quarter of cases. Recognised predisposition "
        "syndromes include MEN 2A and MEN 2B.",
        heading="Pathology",
    )
    subjects = {subject for subject, _, item in found if item.startswith("MEN")}
    assert subjects == {"familial medullary thyroid carcinoma"}


def test_a_size_or_share_of_cases_stays_the_title() -> None:
    found = _associations(
        "Medullary thyroid carcinoma",
        "Rare tumours are associated with Hirschsprung disease.",
        heading="Pathology",
    )
    assert "rare medullary thyroid carcinoma" not in {subject for subject, _, _ in found}


# 8. a triad with a comment on its last member, features "also reported"


def test_a_triad_with_a_comment_after_its_last_member() -> None:
    found = _associations(
        "Acute chest syndrome",
        "The classic triad is fever, chest pain and hypoxia, the last often requiring oxygen.",
    )
    assert {"fever", "chest pain", "hypoxia"} <= _items(found)


def test_features_also_reported_or_encountered() -> None:
    found = _associations(
        "Fabry disease",
        "Acroparesthesia, hypohidrosis and corneal opacities are also reported.",
        "Stroke and proteinuria are also encountered in adults.",
    )
    assert {"acroparesthesia", "hypohidrosis", "corneal opacities", "stroke", "proteinuria"} <= (
        _items(found)
    )


def test_kinds_of_cases_also_reported_are_no_features() -> None:
    found = _associations("Fabry disease", "Familial and sporadic cases are also reported.")
    assert not found


# 9. a hedged "predispose to" the paragraph's condition named by its class noun


def test_hedged_predispose_to_the_infection() -> None:
    found = _associations(
        "Emphysematous cystitis",
        "Poor glycaemic control and bladder outlet obstruction are thought to predispose to "
        "the infection.",
        heading="Pathology",
    )
    assert ("Emphysematous cystitis", "risk factors", "Poor glycaemic control") in found
    assert ("Emphysematous cystitis", "risk factors", "bladder outlet obstruction") in found


def test_predispose_to_another_named_condition_is_not_the_titles() -> None:
    found = _associations(
        "Emphysematous cystitis",
        "Poor glycaemic control is thought to predispose to emphysematous pyelonephritis.",
        heading="Pathology",
    )
    assert not any(subject == "Emphysematous cystitis" for subject, _, _ in found)
