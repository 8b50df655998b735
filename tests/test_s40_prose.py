"""Session 40: prose rules from the blind sets BU and BV once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.model import Article, Fact, FactKind
from quizgen.readers import read_text


def _page(title: str, heading: str, body: str) -> Article:
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _facts(title: str, heading: str, body: str) -> list[Fact]:
    return list(extract_facts(_page(title, heading, body)))


def _kind(title: str, heading: str, body: str, kind: FactKind) -> list[Fact]:
    return [f for f in _facts(title, heading, body) if f.kind is kind]


def test_a_list_line_share_in_brackets_with_its_lead_and_whole_counts_the_line() -> None:
    body = (
        "Patients present with pain.\n\nSites involved are:\n\n"
        "- tibia (in 60-70% of cases)\n- fibula\n- calcaneus"
    )
    facts = [f for f in _facts("Stress reaction", "Pathology", body) if f.value == "60-70%"]
    assert [(f.item, f.kind) for f in facts] == [("tibia", FactKind.PERCENTAGE)]
    # a clause in the bracket is no share of the line's name
    clause = "Patients present with pain.\n\nSites:\n\n- tibia (in 60% of cases it heals)\n- fibula"
    assert not [f for f in _facts("Stress reaction", "Pathology", clause) if f.item == "tibia"]


def _classes(title: str, body: str) -> list[tuple[str, str]]:
    facts = _kind(title, "Pathology", body, FactKind.ASSOCIATION)
    return [(f.subject, f.item) for f in facts if f.group == "types"]


def test_a_count_with_the_classes_adjectives_announces_classes_and_names_none() -> None:
    body = "Renal scarring has been divided into three clinical and radiological stages."
    assert _classes("Reflux nephropathy", body) == []
    listed = (
        "Patients present with pain. Renal scarring is divided into three histological grades:"
        " focal, segmental and global."
    )
    assert [item for _, item in _classes("Reflux nephropathy", listed)] == [
        "focal",
        "segmental",
        "global",
    ]


def test_two_forms_before_a_class_noun_belong_to_the_condition_the_sentence_names() -> None:
    body = (
        "Patients present with pain. Hepatic adenomatosis is divided into benign and"
        " malignant forms."
    )
    classes = _classes("Liver cell adenoma", body)
    assert ("Hepatic adenomatosis", "benign") in classes
    assert ("Liver cell adenoma", "benign") not in classes
    own = "Patients present with pain. Liver cell adenoma has sporadic and familial forms."
    assert ("Liver cell adenoma", "sporadic") in _classes("Liver cell adenoma", own)


def test_patients_presenting_with_a_complaint_are_the_whole_not_a_presentation() -> None:
    body = "Temporal arteritis is found in about 10% of patients presenting with jaw claudication."
    facts = _facts("Temporal arteritis", "Clinical presentation", body)
    shares = [f for f in facts if f.kind is FactKind.PERCENTAGE]
    assert [f.group for f in shares] == ["patients presenting with jaw claudication"]
    presenting = [f for f in facts if f.group == "presenting features"]
    assert presenting == []
    those = "Temporal arteritis is found in about 10% of those presenting with jaw claudication."
    shares = _kind("Temporal arteritis", "Clinical presentation", those, FactKind.PERCENTAGE)
    assert [f.group for f in shares] == ["patients presenting with jaw claudication"]
    # patients who present with a complaint still give a presenting feature
    own = "Most patients present with jaw claudication."
    facts = _facts("Temporal arteritis", "Clinical presentation", own)
    assert [f.item for f in facts if f.group == "presenting features"] == ["jaw claudication"]


def test_a_subordinate_clause_before_a_sign_names_no_owner() -> None:
    body = (
        "Patients present with pain. Where the infarct is the consequence of pedicle torsion,"
        ' a "double wall" sign can be identified.'
    )
    signs = _kind("Splenic infarction", "Radiographic features", body, FactKind.SIGN)
    assert signs
    assert {f.subject for f in signs} == {"Splenic infarction"}


def test_counted_classes_belong_to_the_condition_the_sentence_opens_on() -> None:
    body = (
        "Patients present with pain. Hepatic adenomatosis is divided into three clinical"
        " stages: early, established and late."
    )
    classes = _classes("Liver cell adenoma", body)
    assert ("Hepatic adenomatosis", "early") in classes
    assert not [item for subject, item in classes if subject == "Liver cell adenoma"]


def _cutoffs(title: str, body: str) -> list[tuple[str, str, str]]:
    facts = _kind(title, "Diagnosis", f"Patients present with pain. {body}", FactKind.THRESHOLD)
    return [(f.item, f.value, f.attribute) for f in facts]


def test_a_ph_figure_is_a_cut_off_without_a_unit() -> None:
    found = _cutoffs(
        "Empyema", "Chest tube drainage is indicated when the pleural fluid pH is below 7.2."
    )
    assert found == [("pleural fluid pH", "below 7.2", "chest tube drainage is indicated")]
    # a bare figure of no such measure stays no cut-off
    assert (
        _cutoffs("Empyema", "Drainage is indicated when the pleural fluid grade is below 7.") == []
    )


def test_a_part_grown_to_a_size_names_the_dimension_the_growth_names() -> None:
    found = _cutoffs(
        "Proctitis", "Widening of the retrorectal space to more than 2 cm reflects chronic disease."
    )
    assert found == [("retrorectal space width", "more than 2 cm", "reflects chronic disease")]
    found = _cutoffs(
        "Choledocholithiasis", "Dilatation of the common duct to over 8 mm suggests a stone."
    )
    assert [item for item, _, _ in found] == ["common duct diameter"]


def test_counted_classes_opening_the_sentence_are_the_page_s_own() -> None:
    body = (
        "Patients present with pain. Three main histological subtypes are recognised:"
        " papillary (~60%), solid (~30%) and cribriform (~10%)."
    )
    classes = _classes("Salivary duct carcinoma", body)
    assert ("Salivary duct carcinoma", "papillary") in classes
    assert {subject for subject, _ in classes} == {"Salivary duct carcinoma"}


def test_a_participle_before_its_noun_after_a_fronted_phrase_is_no_verb() -> None:
    terms = [t.text for t in predicate_terms("On bone scan, affected ribs show intense uptake.")]
    assert not [t for t in terms if t.startswith("ribs")]
    # a participle before a preposition is still the verb of its passive clause
    passive = "On follow-up, treated by excision, recurrence is rare."
    assert [t.text for t in predicate_terms(passive)] == ["rare"]


def test_two_words_of_degree_joined_by_to_are_one_blank() -> None:
    assert [t.text for t in predicate_terms("Enhancement is low to intermediate.")] == [
        "low to intermediate"
    ]
    # counted as one word of the blank's four
    spirometry = "Spirometry shows a mild to moderate obstructive defect with air trapping."
    assert [t.text for t in predicate_terms(spirometry)] == ["mild to moderate obstructive defect"]
    # "to" before anything else still ends the phrase
    assert [t.text for t in predicate_terms("The cyst is tender to palpation.")] == ["tender"]


def test_also_in_a_differential_s_look_compares_with_the_page_and_is_dropped() -> None:
    body = (
        "Patients present with a neck mass.\n\nThe main differentials are:\n\n"
        "- carotid body tumour, which is also hypervascular and may show flow voids\n"
        "- lymphoma"
    )
    looks = _kind("Vagal schwannoma", "Differential diagnosis", body, FactKind.APPEARANCE)
    values = [f.value for f in looks if f.subject == "carotid body tumour"]
    assert values == ["hypervascular"]


def test_occasional_or_a_few_of_the_page_s_lesions_name_no_owner() -> None:
    for opening in ("Occasional tumours", "A few tumours", "Rare tumours"):
        body = f"Patients present with a mass. {opening} produce testosterone instead."
        members = _kind("Steroid cell tumour", "Clinical presentation", body, FactKind.ASSOCIATION)
        assert not [f for f in members if f.subject.lower().startswith(opening.split()[0].lower())]


def _shares(title: str, body: str) -> list[tuple[str, str]]:
    facts = _facts(title, "Epidemiology", f"Patients present with a mass. {body}")
    return [(f.item, f.value) for f in facts if f.kind in {FactKind.PERCENTAGE, FactKind.FREQUENCY}]


def test_a_bracketed_share_after_the_place_a_condition_arises_counts_the_place() -> None:
    assert _shares(
        "Ampullary carcinoma",
        "It usually arises in the periampullary duodenum (about 60% of cases).",
    ) == [("periampullary duodenum", "about 60%")]
    assert _shares(
        "Ampullary carcinoma", "It arises in the periampullary duodenum (60% of cases)."
    ) == [("periampullary duodenum", "60%")]
    # "almost exclusively in women (90%)" counts the women, not the tumour
    assert _shares(
        "Hepatic cystadenoma", "The tumour occurs almost exclusively in women (90%)."
    ) == [("women", "90%")]


def test_the_verb_of_where_before_a_run_of_shares_is_no_part_of_the_first_name() -> None:
    found = _shares(
        "Chondroblastoma", "Most arise in the proximal tibia (40%), femur (30%) and humerus (20%)."
    )
    assert [item for item, _ in found] == ["proximal tibia", "femur", "humerus"]
    located = _shares(
        "Lymphoma", "Deposits are located in the kidney (50%), liver (30%) and spleen (20%)."
    )
    assert [item for item, _ in located] == ["kidney", "liver", "spleen"]


def test_the_majority_of_patients_before_a_bracketed_share_is_no_place() -> None:
    found = _shares(
        "Polymicrogyria", "Epilepsy occurs in the majority of patients overall (approximately 80%)."
    )
    assert [item for item, _ in found] == ["Epilepsy"]


def test_a_bare_method_keeps_the_word_that_makes_it_a_study() -> None:
    body = (
        "Patients present with visual loss. Follow-up with MRI and fluorescein angiography is"
        " used to monitor disease activity."
    )
    statements = _kind("Retinal vasculitis", "Treatment and prognosis", body, FactKind.STATEMENT)
    assert [f.value for f in statements] == ["MRI | fluorescein angiography"]
    doppler = (
        "Patients present with visual loss. High-frequency colour Doppler ultrasound of the"
        " orbital arteries is the first-line imaging test."
    )
    statements = _kind("Retinal vasculitis", "Radiographic features", doppler, FactKind.STATEMENT)
    assert [f.value for f in statements] == ["colour Doppler ultrasound"]
    plain = "Patients present with visual loss. Follow-up with angiography is used to monitor it."
    statements = _kind("Retinal vasculitis", "Treatment and prognosis", plain, FactKind.STATEMENT)
    assert [f.value for f in statements] == ["angiography"]
