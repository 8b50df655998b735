"""Relations stated in prose: sex ratios and ages, named signs, associations, differentials,
definitions and types, each about the sentence's own subject."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _article(title: str, *paragraphs: str, heading: str = "Epidemiology") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="test", title=title, sections=(Section(heading, blocks),))


def _facts(kind: FactKind, title: str, *paragraphs: str) -> list[Fact]:
    return [f for f in extract_facts(_article(title, *paragraphs)) if f.kind is kind]


# --- sex ratio and age -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("Pleomorphic adenomas show an M:F ≈ 2–4:1.", "M:F", "2-4:1"),
        ("Thyroid nodules are common (F:M of 3:1).", "F:M", "3:1"),
        ("Osteoid osteomas have a 3:2 male-to-female ratio.", "M:F", "3:2"),
        ("In sarcoidosis women are affected twice as often as men.", "F:M", "2:1"),
        ("Choroid plexus papillomas are three times more common in boys.", "M:F", "3:1"),
        ("Gout shows a slight male predominance.", "predominance", "male"),
        ("Appendicitis has no sex predilection.", "M:F", "1:1"),
    ],
)
def test_sex_ratios_in_prose(sentence: str, attribute: str, value: str) -> None:
    found = {(f.attribute, f.value) for f in _facts(FactKind.SEX_RATIO, "Topic", sentence)}
    assert (attribute, value) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The ratio of the ADC values is 2:1 in the tumour.",
        "Men and women differ in their symptoms.",
        "Axial involvement is more common in older patients.",
    ],
)
def test_no_sex_ratio_without_the_sexes(sentence: str) -> None:
    assert not _facts(FactKind.SEX_RATIO, "Topic", sentence)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "Renal oncocytomas have an M:F of {n}:1.",
            "Renal oncocytomas show a {n}:1 male-to-female ratio.",
            "Renal oncocytomas have a male to female ratio of {n}:1.",
            "In renal oncocytomas, men are affected {w} as often as women.",
        ]
    ),
    st.sampled_from([("2", "twice"), ("3", "three times"), ("4", "four times")]),
)
def test_one_sex_ratio_in_any_phrasing(template: str, number: tuple[str, str]) -> None:
    n, words = number
    (fact,) = _facts(FactKind.SEX_RATIO, "Renal oncocytoma", template.format(n=n, w=words))
    assert (fact.subject, fact.attribute, fact.value) == ("Renal oncocytoma", "M:F", f"{n}:1")


@pytest.mark.parametrize(
    ("sentence", "item", "value"),
    [
        (
            "Pancreatic adenocarcinoma has a peak incidence between 65 and 75 years.",
            "peak incidence",
            "65-75 years",
        ),
        ("Chordomas are uncommon before the age of 40.", "uncommon before", "40 years"),
        ("Cholangiocarcinoma has a mean age at diagnosis of 61 years.", "mean age", "61 years"),
        ("Ewing sarcoma usually presents in the second decade.", "typical age", "second decade"),
        (
            "Retinoblastoma mainly affects children and infants.",
            "age group",
            "children and infants",
        ),
        ("Median age at presentation is 58 years.", "median age", "58 years"),
    ],
)
def test_ages_in_prose_say_which_age(sentence: str, item: str, value: str) -> None:
    found = {(f.item, f.value) for f in _facts(FactKind.AGE, "Topic", sentence)}
    assert (item, value) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "A lipid peak at 1.48 ppm is typical.",
        "Recurrence is seen after a latency of 10-15 years.",
        "Axial involvement is more common in older patients.",
        "Patients present with pain.",
    ],
)
def test_no_age_in_other_numbers(sentence: str) -> None:
    assert not _facts(FactKind.AGE, "Topic", sentence)


def test_a_pronoun_takes_the_previous_subject_and_a_generic_opening_the_paragraphs() -> None:
    facts = _facts(
        FactKind.AGE,
        "Glioblastoma",
        "Glioblastomas peak in the 7th decade.",
        "Secondary glioblastomas arise from lower-grade astrocytomas. They occur at a mean "
        "age of 45 years. The peak incidence is in the 5th decade.",
    )
    assert [(f.subject, f.item) for f in facts] == [
        ("Glioblastoma", "peak incidence"),
        ("Secondary glioblastomas", "mean age"),
        ("Secondary glioblastomas", "peak incidence"),
    ]


# --- named signs and patterns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "item", "subject"),
    [
        (
            "The snowman sign is seen in pituitary macroadenoma.",
            "snowman sign",
            "pituitary macroadenoma",
        ),
        (
            "Lymphoma may show a butterfly pattern across the splenium.",
            "butterfly pattern",
            "Lymphoma",
        ),
        (
            "A salt-and-pepper appearance is typical of paraganglioma.",
            "salt-and-pepper appearance",
            "paraganglioma",
        ),
        (
            "Courvoisier sign indicates distal biliary obstruction.",
            "Courvoisier sign",
            "distal biliary obstruction",
        ),
        (
            "Colonic metastases show the target sign on ultrasound.",
            "target sign",
            "Colonic metastases",
        ),
    ],
)
def test_named_signs_with_what_they_indicate(sentence: str, item: str, subject: str) -> None:
    found = {(f.item, f.subject) for f in _facts(FactKind.SIGN, "Topic", sentence)}
    assert found == {(item, subject)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The tumour has a heterogeneous appearance and a lobulated pattern.",
        "This is a useful MRI sign.",
        "Clinical signs include fever.",
        "The enhancement pattern is variable.",
    ],
)
def test_ordinary_appearances_are_no_named_sign(sentence: str) -> None:
    assert not _facts(FactKind.SIGN, "Topic", sentence)


# --- associations, risk factors, genetics, presentation --------------------------------


@pytest.mark.parametrize(
    ("sentences", "subject", "group", "item"),
    [
        (
            ("Bilateral vestibular schwannomas are associated with neurofibromatosis type 2.",),
            "Bilateral vestibular schwannomas",
            "associations",
            "neurofibromatosis type 2",
        ),
        (
            ("Prior irradiation is a risk factor.",),
            "Meningioma",
            "risk factors",
            "Prior irradiation",
        ),
        (
            ("Haemangioblastomas can be part of von Hippel-Lindau disease.",),
            "Haemangioblastomas",
            "associations",
            "von Hippel-Lindau disease",
        ),
        (("Most tumours show a 22q deletion.",), "Meningioma", "genetic features", "22q deletion"),
        (
            ("Secondary tumours are IDH-mutant.",),
            "Secondary tumours",
            "genetic features",
            "IDH mutation",
        ),
        (
            ("Patients typically present with painless jaundice and weight loss.",),
            "Meningioma",
            "presenting features",
            "painless jaundice",
        ),
        (
            ("Risk factors for pancreatic cancer include smoking and chronic pancreatitis.",),
            "pancreatic cancer",
            "risk factors",
            "chronic pancreatitis",
        ),
        (
            ("Tuberous sclerosis is associated with meningiomas.",),
            "Meningioma",
            "associations",
            "Tuberous sclerosis",
        ),
        (
            (
                "Ependymomas are divided into three types: supratentorial, posterior fossa "
                "and spinal.",
            ),
            "Ependymomas",
            "types",
            "posterior fossa",
        ),
        (
            ("Perforation is a recognised complication.",),
            "Meningioma",
            "complications",
            "Perforation",
        ),
    ],
)
def test_relations_in_prose(
    sentences: tuple[str, ...], subject: str, group: str, item: str
) -> None:
    found = {
        (f.subject, f.group, f.item) for f in _facts(FactKind.ASSOCIATION, "Meningioma", *sentences)
    }
    assert (subject, group, item) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Meningiomas are not associated with neurofibromatosis type 1.",
        "Unlike IDH-mutant astrocytomas, glioblastomas grow fast.",
        "It presents as a hypodense mass on CT.",
        "PE is uncommon in children, in whom it is almost always associated with trauma.",
        "A less common form, the en plaque variant, is associated with hyperostosis.",
        "Symptoms are often attributed to a sports injury.",
        "The CT scan is associated with radiation dose.",
    ],
)
def test_no_relation_without_a_clear_subject_or_when_negated(sentence: str) -> None:
    facts = _facts(FactKind.ASSOCIATION, "Meningioma", sentence)
    assert [(f.subject, f.item) for f in facts if f.subject == "Meningioma"] == []


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "Oligodendrogliomas are IDH-mutant.",
            "Oligodendrogliomas harbour IDH mutations.",
            "Oligodendrogliomas show mutations in the IDH gene.",
            "Oligodendrogliomas carry an IDH mutation.",
        ]
    )
)
def test_one_genetic_feature_in_any_phrasing(sentence: str) -> None:
    (fact,) = _facts(FactKind.ASSOCIATION, "Oligodendroglioma", sentence)
    assert (fact.subject, fact.group, fact.item) == (
        "Oligodendroglioma",
        "genetic features",
        "IDH mutation",
    )


# --- differentials -----------------------------------------------------------------------


def test_differentials_in_prose() -> None:
    facts = _facts(
        FactKind.DIFFERENTIAL,
        "Renal oncocytoma",
        "The main differentials are chromophobe renal cell carcinoma, lipid-poor "
        "angiomyolipoma and others. Mimics include renal oncocytoma. Renal oncocytomas can be "
        "distinguished from clear cell carcinoma by their central scar.",
    )
    assert {(f.subject, f.item, f.value) for f in facts} == {
        ("Renal oncocytoma", "chromophobe renal cell carcinoma", ""),
        ("Renal oncocytoma", "lipid-poor angiomyolipoma", ""),
        ("Renal oncocytoma", "clear cell carcinoma", "their central scar"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The differential of a parotid mass includes pleomorphic adenoma 60%, Warthin tumour "
        "15% and other 15%.",
        "Diagnostic criteria include a central scar, a spoke-wheel pattern and a pseudocapsule.",
        "The differential diagnosis includes others and unknown.",
        "It cannot be distinguished from chromophobe carcinoma.",
    ],
)
def test_no_differential_from_shares_criteria_catch_alls_or_negations(sentence: str) -> None:
    assert not _facts(FactKind.DIFFERENTIAL, "Renal oncocytoma", sentence)


def _differentials_in(heading: str, *paragraphs: str) -> set[tuple[str, str]]:
    article = _article("Desmoid tumour", *paragraphs, heading=heading)
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.DIFFERENTIAL}


def test_considerations_with_a_comment_each_are_one_differential_per_semicolon() -> None:
    found = _differentials_in(
        "Differential diagnosis",
        "Other considerations include nodular fasciitis, a rapidly growing reactive lesion "
        "of young adults, which is small; low-grade fibromyxoid sarcoma, which has myxoid "
        "areas; and Gardner fibroma, which occurs in children.",
    )
    assert found == {
        ("Desmoid tumour", "nodular fasciitis"),
        ("Desmoid tumour", "low-grade fibromyxoid sarcoma"),
        ("Desmoid tumour", "Gardner fibroma"),
    }


def test_considerations_outside_a_differential_section_are_not_differentials() -> None:
    # "considerations" in a treatment section are not diagnoses
    assert not _differentials_in(
        "Treatment and prognosis",
        "Other considerations include surgical resection, radiotherapy and watchful waiting.",
    )


def test_not_to_be_confused_with_names_a_mimic() -> None:
    found = _differentials_in(
        "Differential diagnosis",
        "Desmoid tumours should not be confused with fibrosarcoma.",
    )
    assert found == {("Desmoid tumour", "fibrosarcoma")}


# --- definitions -------------------------------------------------------------------------


def test_a_named_condition_defined_in_the_body() -> None:
    article = _article(
        "Glioblastoma",
        "Gliosarcoma is a rare variant with a sarcomatous component. Surgery is a treatment "
        "option. It is a common tumour. Meningioma is the most common extra-axial tumour.",
        heading="Pathology",
    )
    definitions = [f for f in extract_facts(article) if f.kind is FactKind.DEFINITION]
    assert [(f.subject, f.item, f.value) for f in definitions] == [
        ("Gliosarcoma", "Gliosarcoma", "rare variant with a sarcomatous component")
    ]


# --- whose fact it is: subordinate openings, bare nouns, later subtypes, contrasts ---------


def _subjects(kind: FactKind, title: str, *paragraphs: str) -> list[tuple[str, str]]:
    return [(f.subject, f.value) for f in _facts(kind, title, *paragraphs)]


def test_a_subordinate_clause_names_no_subject_of_the_paragraph() -> None:
    facts = _subjects(
        FactKind.AGE,
        "Chondrosarcoma",
        "Because the tumour is slow-growing, diagnosis is often late. Most patients present in "
        "the sixth decade.",
    )
    assert facts == [("Chondrosarcoma", "sixth decade")]


def test_a_bare_generic_noun_refers_to_the_topic() -> None:
    facts = _subjects(
        FactKind.AGE,
        "Silicosis",
        "Nodules are seen in the upper zones. Most patients present in the fifth decade.",
    )
    assert facts == [("Silicosis", "fifth decade")]


def test_a_subtype_named_after_the_paragraph_opens_keeps_to_its_own_sentence() -> None:
    facts = _subjects(
        FactKind.SEX_RATIO,
        "Chordoma",
        "Chordomas are rare primary bone tumours. Skull base tumours account for a third of "
        "cases. Men are affected twice as often as women.",
    )
    assert facts == [("Chordoma", "2:1")]


def test_a_comparison_opening_names_no_subject_of_the_paragraph() -> None:
    facts = _subjects(
        FactKind.SEX_RATIO,
        "Sinonasal carcinoma",
        "Among the rarer sinonasal tumours, inverted papilloma is the most common. Men are "
        "affected three times as often as women.",
    )
    assert facts == [("Sinonasal carcinoma", "3:1")]


def test_a_contrast_clause_has_its_own_subject() -> None:
    facts = _subjects(
        FactKind.AGE,
        "Chordoma",
        "Sporadic chordomas present in the sixth decade, whereas familial chordomas appear "
        "in the third decade.",
    )
    assert facts == [("Sporadic chordomas", "sixth decade"), ("familial chordomas", "third decade")]


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("Women are affected seven times more often than men.", "F:M", "7:1"),
        (
            "It is a disease of women, who are affected about ten times as often as men.",
            "F:M",
            "10:1",
        ),
        ("Men are affected slightly more often than women.", "predominance", "male"),
        ("Girls and boys are affected with about equal frequency.", "M:F", "1:1"),
        ("Women account for roughly three-quarters of patients.", "F:M", "3:1"),
    ],
)
def test_sex_ratios_in_words(sentence: str, attribute: str, value: str) -> None:
    found = {(f.attribute, f.value) for f in _facts(FactKind.SEX_RATIO, "Topic", sentence)}
    assert found == {(attribute, value)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In infants younger than 4 months the splint is worn full time.",
        "Patients older than 45 years at diagnosis are staged differently.",
    ],
)
def test_no_typical_age_from_a_treatment_or_staging_cut_off(sentence: str) -> None:
    assert not _facts(FactKind.AGE, "Topic", sentence)


def test_rare_in_the_first_months_of_life() -> None:
    facts = _facts(FactKind.AGE, "Neuroblastoma", "It is rare in the first three months of life.")
    assert [(f.item, f.value) for f in facts] == [("uncommon before", "first three months of life")]


def test_a_differential_for_a_finding_named_in_a_when_clause() -> None:
    facts = _facts(
        FactKind.DIFFERENTIAL,
        "Tuberculosis",
        "When cavitating nodules predominate the differential includes septic emboli, which "
        "are peripheral, and granulomatosis with polyangiitis.",
    )
    assert {(f.subject, f.item) for f in facts} == {
        ("cavitating nodules", "septic emboli"),
        ("cavitating nodules", "granulomatosis with polyangiitis"),
    }


@pytest.mark.parametrize(
    ("sentence", "item", "subject"),
    [
        (
            "The T1-DWI mismatch sign is specific for subacute infarction.",
            "T1-DWI mismatch sign",
            "subacute infarction",
        ),
        (
            "Hilar and paratracheal nodes form the 1-2-3 sign in sarcoid.",
            "1-2-3 sign",
            "Topic",
        ),
        (
            'The "double duct" sign, in which both ducts are dilated, suggests a pancreatic '
            "head tumour.",
            "double duct sign",
            "pancreatic head tumour",
        ),
        (
            "Tendon xanthomas can cause Achilles sign, a visible thickening of the tendon.",
            "Achilles sign",
            "Tendon xanthomas",
        ),
        (
            "Thin septal lines are termed reticular bands on CT.",
            "reticular bands",
            "Topic",
        ),
        (
            "The cells show clear cytoplasm, the so-called plant cell appearance.",
            "plant cell appearance",
            "Topic",
        ),
        (
            'Calcified nodes may give an "eggshell" pattern on radiographs.',
            "eggshell pattern",
            "Topic",
        ),
        (
            "The Thompson manoeuvre (squeezing the calf) identifies a ruptured tendon.",
            "Thompson manoeuvre",
            "ruptured tendon",
        ),
    ],
)
def test_sign_names_with_digits_quotes_eponyms_and_given_names(
    sentence: str, item: str, subject: str
) -> None:
    found = {(f.item, f.subject) for f in _facts(FactKind.SIGN, "Topic", sentence)}
    assert found == {(item, subject)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The rim sign, a thin line of enhancement, favours this over an abscess.",
        "Tumours of 2 cm or less are termed microadenomas.",
    ],
)
def test_no_sign_about_an_unnamed_thing_or_a_named_condition(sentence: str) -> None:
    assert not _facts(FactKind.SIGN, "Topic", sentence)


# --- relations in prose and in lists named by their heading -------------------------------


@pytest.mark.parametrize(
    ("sentence", "subject", "group", "item"),
    [
        (
            "Hip dysplasia is the most important single risk factor.",
            "Meningioma",
            "risk factors",
            "Hip dysplasia",
        ),
        (
            "Prior radiotherapy and a family history also increase the risk.",
            "Meningioma",
            "risk factors",
            "family history",
        ),
        (
            "They are also a feature of Cowden syndrome.",
            "Meningioma",
            "associations",
            "Cowden syndrome",
        ),
        (
            "They are one of the commonest manifestations of Gorlin syndrome.",
            "Meningioma",
            "associations",
            "Gorlin syndrome",
        ),
        (
            "Symptomatic patients usually complain of headache or visual loss.",
            "Meningioma",
            "presenting features",
            "visual loss",
        ),
        (
            "The usual presentation is a slowly enlarging, painless scalp swelling, often "
            "noticed by a relative.",
            "Meningioma",
            "presenting features",
            "slowly enlarging, painless scalp swelling",
        ),
        (
            "By location, tumours are classified as convexity, parasagittal or skull base.",
            "Meningioma",
            "types",
            "parasagittal",
        ),
        (
            "In the elderly it is usually caused by radiation, whereas in the young a "
            "syndrome is the cause.",
            "Meningioma",
            "causes",
            "radiation",
        ),
    ],
)
def test_more_relations_in_prose(sentence: str, subject: str, group: str, item: str) -> None:
    found = {
        (f.subject, f.group, f.item) for f in _facts(FactKind.ASSOCIATION, "Meningioma", sentence)
    }
    assert (subject, group, item) in found


def _list_article(heading: str, intro: str, items: tuple[ListItem, ...]) -> Article:
    lead: tuple[Block, ...] = (Block(BlockKind.PARAGRAPH, text=intro),) if intro else ()
    blocks = (*lead, Block(BlockKind.LIST, items=items))
    return Article(slug="test", title="Chondroma", sections=(Section(heading, blocks),))


def _listed(article: Article) -> set[tuple[str, str]]:
    return {(f.group, f.item) for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}


def test_a_list_under_a_relation_heading_holds_that_relation() -> None:
    article = _list_article(
        "Risk factors", "Others include:", (ListItem("prior trauma"), ListItem("gout"))
    )
    assert _listed(article) == {("risk factors", "prior trauma"), ("risk factors", "gout")}


def test_a_nested_category_entry_is_only_the_heading_of_its_members() -> None:
    article = _list_article(
        "Associations",
        "",
        (ListItem("inherited syndromes", children=(ListItem("Ollier disease"),)),),
    )
    assert _listed(article) == {("associations", "Ollier disease")}


def test_a_staging_list_gives_one_class_per_entry_without_its_share() -> None:
    article = _list_article(
        "Staging",
        "",
        (ListItem("grade A (~70%): intact cortex"), ListItem("grade B: cortical breach")),
    )
    assert _listed(article) == {("types", "grade A"), ("types", "grade B")}
