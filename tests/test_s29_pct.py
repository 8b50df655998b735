"""Session 29's percentage shapes, on invented sentences: test performance figures are the
test's for the page's condition ("The sensitivity of CT is 65-88%"), a property counted in
"the majority of patients (N%)" ("bilateral in the majority of patients (80%)"), and the
whole of a bare share after a sentence that opens on a quantifier ("Almost all cysts …")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _percentages(text: str, title: str) -> set[tuple[str, str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Diagnosis", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


# --- test performance ------------------------------------------------------------------------


def test_the_sensitivity_of_a_named_test_is_that_tests() -> None:
    facts = _percentages("The sensitivity of ultrasound is in the order of 70-85%.", "Appendicitis")
    assert facts == {("ultrasound for Appendicitis", "ultrasound", "70-85%", "sensitivity")}


def test_a_test_that_offers_sensitivity_owns_the_figure() -> None:
    facts = _percentages(
        "Duplex ultrasound offers sensitivity and specificity above 90% for carotid stenosis.",
        "Carotid stenosis",
    )
    assert facts == {
        (
            "Duplex ultrasound for Carotid stenosis",
            "Duplex ultrasound",
            "above 90%",
            "sensitivity and specificity",  # one figure for both measures (session 39)
        )
    }


def test_a_later_specificity_is_the_same_tests() -> None:
    facts = _percentages(
        "Sensitivity of the modified Duke criteria is about 80%, with a specificity of 95%.",
        "Infective endocarditis",
    )
    owner = "modified Duke criteria for Infective endocarditis"
    assert facts == {
        (owner, "modified Duke criteria", "about 80%", "sensitivity"),
        (owner, "modified Duke criteria", "95%", "specificity"),
    }


def test_a_sign_with_a_sensitivity_is_the_signs_for_the_condition() -> None:
    facts = _percentages(
        "The target sign has a reported sensitivity of about 85% and a specificity of 90%.",
        "Intussusception",
    )
    assert facts == {
        ("target sign for Intussusception", "target sign", "about 85%", "sensitivity"),
        ("target sign for Intussusception", "target sign", "90%", "specificity"),
    }


def test_a_share_of_patients_is_no_test_figure() -> None:
    facts = _percentages("Haematuria is present in about 80% of patients.", "Renal cell carcinoma")
    assert all(" for " not in subject for subject, *_ in facts)
    assert facts


def test_a_rate_of_the_disease_keeps_the_disease_as_subject() -> None:
    facts = _percentages(
        "Five-year survival is approximately 60% after complete resection.", "Thymoma"
    )
    assert {subject for subject, *_ in facts} == {"Thymoma"}


# --- a property in "the majority of patients (N%)" ------------------------------------------------


def test_a_property_in_the_majority_of_patients_with_a_figure() -> None:
    facts = _percentages(
        "It is multifocal in the majority of patients (about 60-70%).", "Hepatic haemangioma"
    )
    assert facts == {("Hepatic haemangioma", "multifocal", "about 60-70%", "")}


def test_a_worded_share_of_patients_as_the_sentences_subject_is_unchanged() -> None:
    facts = _percentages(
        "The majority of patients (about 70%) are asymptomatic at diagnosis.",
        "Hepatic haemangioma",
    )
    assert ("Hepatic haemangioma", "asymptomatic at diagnosis", "about 70%", "") in facts


# --- the whole after a quantifier ----------------------------------------------------------------


def test_a_bare_share_after_a_quantified_title_head_is_the_titles() -> None:
    facts = _percentages(
        "Almost all cysts arise in the pancreatic tail. About 70% are unilocular, and about "
        "25% are multilocular.",
        "Mucinous cystic neoplasm",
    )
    assert {subject for subject, *_ in facts} == {"Mucinous cystic neoplasm"}


def test_a_bare_share_after_a_quantified_other_noun_keeps_the_noun() -> None:
    facts = _percentages(
        "Almost all ureteric stones form in the kidney. About 80% are radio-opaque.",
        "Renal colic",
    )
    assert ("ureteric stones", "radio-opaque", "About 80%", "") in facts


def test_a_test_named_after_an_earlier_measure_word_owns_the_figure() -> None:
    facts = _percentages(
        "Diagnostic accuracy of CT for perforation is high, with sensitivity and specificity "
        "of approximately 90-95%.",
        "Peptic ulcer disease",
    )
    assert facts == {
        ("CT for Peptic ulcer disease", "CT", "approximately 90-95%", "sensitivity and specificity")
    }


def test_a_labelled_test_owns_its_lines_figures() -> None:
    facts = _percentages(
        "Serum galactomannan assay: sensitivity around 70% and specificity approaching 90%.",
        "Invasive aspergillosis",
    )
    owner = "Serum galactomannan assay for Invasive aspergillosis"
    assert facts == {
        (owner, "Serum galactomannan assay", "around 70%", "sensitivity"),
        (owner, "Serum galactomannan assay", "approaching 90%", "specificity"),
    }


def test_a_measure_word_of_no_test_names_no_owner() -> None:
    facts = _percentages(
        "The sensitivity of the patients to iodinated contrast reaches 3% in some series.",
        "Contrast reaction",
    )
    assert all(not subject.startswith("patients") for subject, *_ in facts)


def test_a_population_after_the_test_stays_with_the_measure() -> None:
    facts = _percentages(
        "The sensitivity of MRI for scaphoid fractures is close to 100%.", "Wrist trauma"
    )
    assert facts == {
        ("MRI for Wrist trauma", "MRI", "close to 100%", "sensitivity for scaphoid fractures")
    }


def test_a_relative_clauses_accuracy_is_not_the_opening_tests() -> None:
    facts = _percentages(
        "Ultrasound shows the pseudokidney sign, which has a specificity of 85% in adults.",
        "Colonic carcinoma",
    )
    assert facts
    assert all("Ultrasound" not in subject for subject, *_ in facts)


# --- a whole that names another thing ----------------------------------------------------------


def test_a_share_of_another_things_whole_is_that_things() -> None:
    facts = _percentages(
        "Only about 20% of renal cysts contain calcification visible on radiographs.",
        "Autosomal dominant polycystic kidney disease",
    )
    assert {subject for subject, *_ in facts} == {"renal cysts"}


def test_a_share_of_the_titles_own_whole_stays_the_titles() -> None:
    facts = _percentages(
        "About 20% of pancreatic pseudocysts resolve spontaneously.", "Pancreatic pseudocyst"
    )
    assert {subject for subject, *_ in facts} == {"Pancreatic pseudocyst"}


def test_a_share_of_generic_heads_or_people_stays_the_titles() -> None:
    facts = _percentages(
        "About 80% of tumours are solitary, and about 30% of patients have pain.",
        "Chondroblastoma",
    )
    assert {subject for subject, *_ in facts} == {"Chondroblastoma"}


def test_a_coordinated_verb_is_no_test_and_a_graphy_is_one() -> None:
    facts = _percentages(
        "Conventional sialography is painful, shows no soft tissue, and has an accuracy of "
        "only about 40%.",
        "Sialolithiasis",
    )
    assert {subject for subject, *_ in facts} == {"Conventional sialography for Sialolithiasis"}


def test_a_short_test_name_keeps_its_capitals_from_its_own_word() -> None:
    facts = _percentages(
        "Most collections on CT are drained, and the positive predictive value of CT for pus "
        "is about 80%.",
        "Neck abscess",
    )
    assert ("CT for Neck abscess", "CT") in {(s, i) for s, i, *_ in facts}
