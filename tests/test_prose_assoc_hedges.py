"""Issue 11, session 20: association members that their own words deny, hedge or compare,
relations a sentence withdraws, and relations whose owner a second clause or an unnamed part
takes over. Every sentence is invented (organs and conditions chosen freely), positive and
negative."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.member_hedges import hedged_member, retracted_relation
from quizgen.extractors.relation_owners import last_coordinate_subject, second_subject_before
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _relations(title: str, text: str, heading: str = "Pathology") -> set[tuple[str, str, str]]:
    section = Section(heading, (Block(BlockKind.PARAGRAPH, text=text),))
    article = Article(slug="t", title=title, sections=(section,))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def _listed(title: str, intro: str, *entries: str) -> set[tuple[str, str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("Aetiology", blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


# --- a member's own words ---------------------------------------------------------------------


def test_a_denied_member_is_refused_and_a_plain_one_kept() -> None:
    assert hedged_member("neither smoking nor alcohol") == ""
    assert hedged_member("not alcohol, which was once suspected") == ""
    assert hedged_member("nodular goitre") == "nodular goitre"
    found = _relations("Thymoma", "It is associated with neither myasthenia nor lupus.")
    assert not found
    found = _relations("Thymoma", "It is associated with myasthenia and red cell aplasia.")
    assert ("Thymoma", "associations", "myasthenia") in found


def test_a_comparison_after_the_member_is_cut() -> None:
    assert hedged_member("gout than in controls") == "gout"
    assert hedged_member("psoriasis, as is reactive arthritis") == "psoriasis"
    # "than" that belongs to the member's own words stays
    assert (
        hedged_member("cough lasting more than three weeks")
        == "cough lasting more than three weeks"
    )
    assert hedged_member("an ulcer larger than 2 cm") == "an ulcer larger than 2 cm"
    found = _relations(
        "Pilonidal sinus", "It is more strongly associated with obesity than with hirsutism is."
    )
    assert ("Pilonidal sinus", "associations", "obesity") in found
    assert not any("than" in item for _, _, item in found)


def test_a_concession_or_a_share_of_cases_after_the_member_is_cut() -> None:
    assert hedged_member("hyperthyroidism, although the data are sparse") == "hyperthyroidism"
    assert hedged_member("sarcoidosis in most cases") == "sarcoidosis"
    assert hedged_member("lithium use in about a third of patients") == "lithium use"
    found = _listed(
        "Nephrogenic diabetes insipidus",
        "Causes include:",
        "lithium therapy, although only after years of use",
        "hypercalcaemia in a minority of patients",
    )
    items = {i for _, _, i in found}
    assert {"lithium therapy", "hypercalcaemia"} <= items


def test_an_entry_judging_how_often_or_withdrawn_in_its_aside_names_no_member() -> None:
    found = _listed(
        "Achilles tendinopathy",
        "Risk factors include:",
        "fluoroquinolone use",
        "reinjury after return to sport is common",
        "flat feet (no longer thought to be relevant)",
    )
    items = {i for _, _, i in found}
    assert "fluoroquinolone use" in items
    assert not any("common" in i or "flat feet" in i for i in items)


# --- a sentence that withdraws its relation ---------------------------------------------------


def test_a_relation_the_sentence_withdraws_is_refused() -> None:
    assert retracted_relation("It was once thought to be caused by cold exposure.")
    assert retracted_relation("A link with vaccination has not been established.")
    assert not retracted_relation("It is thought to be caused by an immune reaction.")
    assert not _relations("Bell palsy", "It was once thought to be associated with cold exposure.")
    assert not _relations("Bell palsy", "An association with vaccination has not been established.")
    found = _relations("Bell palsy", "It is associated with pregnancy and diabetes.")
    assert ("Bell palsy", "associations", "pregnancy") in found


# --- whose relation -----------------------------------------------------------------------------


def test_a_second_clause_with_its_own_subject_owns_what_its_verb_leads_to() -> None:
    assert second_subject_before("is usually silent, and calcium release may ")
    assert not second_subject_before("is usually silent, and patients may ")
    assert not second_subject_before("is usually silent, and may ")
    found = _relations(
        "Parathyroid carcinoma",
        "The tumour is often large, and calcium release may lead to renal stones and pancreatitis.",
    )
    assert not any(item == "renal stones" for _, _, item in found)
    found = _relations(
        "Parathyroid carcinoma",
        "The tumour is often large, and it may lead to renal stones and pancreatitis.",
    )
    assert ("Parathyroid carcinoma", "complications", "renal stones") in found


def test_a_finished_clause_before_a_listed_member_is_no_part_of_it() -> None:
    run = "The incidence is falling, and chronic otitis media"
    assert last_coordinate_subject(run) == "chronic otitis media"
    assert last_coordinate_subject("Chronic otitis media and trauma") == (
        "Chronic otitis media and trauma"
    )
    found = _relations(
        "Facial nerve palsy",
        "The incidence is falling, and chronic otitis media is a rare cause of facial nerve palsy.",
    )
    items = {i for _, _, i in found}
    assert "chronic otitis media" in items
    assert not any("incidence" in i for i in items)


def test_a_fronted_adverb_is_no_listed_member() -> None:
    found = _relations(
        "Liver abscess",
        "Worldwide, amoebiasis is the most common cause of liver abscess, while bacteria "
        "predominate elsewhere.",
    )
    items = {i for _, _, i in found}
    assert "amoebiasis" in items
    assert "Worldwide" not in items


def test_an_unnamed_part_owns_no_relation_and_the_condition_is_the_page() -> None:
    found = _relations(
        "Oligodendroglioma",
        "A 1p/19q codeletion is the defining alteration, found in most cases; other tumours "
        "carry TERT promoter mutations or CIC mutations.",
    )
    assert not any(subject == "other tumours" for subject, _, _ in found)
    found = _relations(
        "Budd-Chiari syndrome",
        "Rare complications of the condition include variceal bleeding and ascites.",
    )
    assert ("Budd-Chiari syndrome", "complications", "variceal bleeding") in found
    assert not any(subject == "the condition" for subject, _, _ in found)


def test_a_definite_noun_that_its_relative_clause_names_is_no_member() -> None:
    found = _relations(
        "Gaucher disease", "It is caused by a deficiency of the enzyme that degrades lipids."
    )
    assert not any(item.endswith("the enzyme") for _, _, item in found)
    found = _relations("Gaucher disease", "It is caused by a deficiency of glucocerebrosidase.")
    assert ("Gaucher disease", "causes", "deficiency of glucocerebrosidase") in found


def test_judgement_words_and_bare_participles_name_no_member() -> None:
    assert not _relations("Whipple disease", "Symptoms are vague and non-specific.", "Clinical")
    found = _relations("Whipple disease", "Two presentations are recognised.", "Clinical")
    assert not any(item == "recognised" for _, _, item in found)


def test_a_comparison_the_member_makes_itself_is_kept_whole() -> None:
    member = "coeliac disease, more often in women than men"
    assert hedged_member(member) == member


def test_what_a_relation_is_set_against_is_cut_from_member_and_owner() -> None:
    assert hedged_member("gastric ulcer rather than duodenal ulcer") == "gastric ulcer"
    found = _relations(
        "Lactic acidosis",
        "Lactic acidosis is a complication of metformin rather than of the diabetes itself.",
    )
    assert not any("rather" in s or "rather" in i for s, _, i in found)


def test_a_clause_split_off_a_run_of_members_is_no_member() -> None:
    assert hedged_member("plain films show a mass") == ""
    assert hedged_member("a mass that is tender") == "a mass that is tender"
    found = _relations(
        "Bronchial carcinoid",
        "It may present with wheeze, and bronchoscopy reveals a vascular mass.",
        "Clinical presentation",
    )
    assert ("Bronchial carcinoid", "presenting features", "wheeze") in found
    assert not any("bronchoscopy" in i for _, _, i in found)


def test_both_of_two_conditions_own_no_relation_of_the_page_alone() -> None:
    assert not _relations("Reactive arthritis", "Both conditions are associated with HLA-B27.")
    found = _relations("Reactive arthritis", "It is associated with HLA-B27.")
    assert any(i == "HLA-B27" for _, _, i in found)


def test_an_association_stated_of_the_images_is_no_condition() -> None:
    assert not _relations("Osteoid osteoma", "On CT, it is associated with periosteal reaction.")
    found = _relations("Osteoid osteoma", "It is associated with periosteal reaction.")
    assert ("Osteoid osteoma", "associations", "periosteal reaction") in found


def test_seldom_denies_an_association_as_rarely_does() -> None:
    assert not _relations("Enchondroma", "It is seldom associated with pathological fracture.")
    found = _relations("Enchondroma", "It is often associated with pathological fracture.")
    assert ("Enchondroma", "associations", "pathological fracture") in found


def test_both_forms_of_the_page_condition_are_the_condition() -> None:
    found = _relations("Neurofibromatosis type 2", "Both forms are caused by NF2 mutations.")
    assert any(i == "NF2 mutation" for _, _, i in found)


def test_imaging_words_of_another_clause_leave_an_association_alone() -> None:
    found = _relations(
        "Retroperitoneal fibrosis",
        "It shows an enhancing rind around the aorta, and an association with IgG4-related "
        "disease is recognised.",
    )
    assert any(i == "IgG4-related disease" for _, _, i in found)


def test_a_cut_inside_an_aside_keeps_the_name_before_it() -> None:
    assert hedged_member("volvulus (uncommon, but often fatal)") == "volvulus"
    assert hedged_member("volvulus (sigmoid)") == "volvulus (sigmoid)"


def test_an_entry_that_is_a_clause_with_has_been_or_a_lone_all_names_no_member() -> None:
    assert hedged_member("malignant change has never been reported") == ""
    assert hedged_member("all") == ""
    found = _relations(
        "Gout",
        "It is associated with obesity and hypertension, all of which raise urate levels.",
    )
    items = {i for _, _, i in found}
    assert "obesity" in items
    assert "all" not in items


def test_a_presenting_intro_under_a_cause_heading_lists_presentations() -> None:
    found = _listed("Pancreatic pseudocyst", "Presenting symptoms include:", "early satiety")
    assert ("Pancreatic pseudocyst", "presenting features", "early satiety") in found
    found = _listed("Pancreatic pseudocyst", "Recognised causes include:", "trauma")
    assert ("Pancreatic pseudocyst", "causes", "trauma") in found


def test_a_member_named_only_as_the_same_as_another_is_refused() -> None:
    assert hedged_member("the same bacteria") == ""
    found = _relations("Erysipelas", "It is caused by the same bacteria that cause impetigo.")
    assert not any("same" in i for _, _, i in found)


def test_patients_named_after_a_colon_own_their_presentation() -> None:
    found = _relations(
        "Bronchogenic cyst",
        "Presentation varies with age: infants present with stridor.",
        "Clinical presentation",
    )
    assert ("Bronchogenic cyst in infants", "presenting features", "stridor") in found
    assert not any(s == "Bronchogenic cyst" for s, _, _ in found)


def test_a_noun_phrase_with_only_a_participle_owns_its_relation() -> None:
    found = _relations(
        "Systemic lupus erythematosus",
        "Lupus nephritis, presenting with haematuria and proteinuria",
        "Clinical presentation",
    )
    assert ("Lupus nephritis", "presenting features", "haematuria") in found
    assert not any(s == "Systemic lupus erythematosus" for s, _, _ in found)
    found = _relations(
        "Systemic lupus erythematosus",
        "Patients, typically presenting with arthralgia, are young women.",
        "Clinical presentation",
    )
    assert not any(s == "Patients" for s, _, _ in found)
    assert not any("young" in i for _, _, i in found)
    found = _relations(
        "Systemic lupus erythematosus",
        "Most, presenting with arthralgia, respond to treatment.",
        "Clinical presentation",
    )
    assert not any(s == "Most" for s, _, _ in found)
    found = _relations(
        "Systemic lupus erythematosus",
        "Drug-induced lupus differs clinically, presenting with serositis.",
        "Clinical presentation",
    )
    assert not any(s == "differs clinically" for s, _, _ in found)


def test_a_participle_and_where_names_no_member() -> None:
    found = _listed(
        "Desmoid tumour",
        "Associations include:",
        "Gardner syndrome",
        "seen in up to a tenth of cases",
    )
    items = {i for _, _, i in found}
    assert "Gardner syndrome" in items
    assert not any(i.startswith("seen in") for i in items)
