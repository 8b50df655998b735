"""Number facts found wrong on blind set I and guarded by shape (session 16): an age of a
finding, a measure or a treatment is no age of the disease, and the age of a kind of it
("The juvenile form presents …", "MEN2 is diagnosed …") is that kind's. Sentences are
invented about other organs and diseases."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _facts(*paragraphs: str, title: str, kind: FactKind) -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", blocks),))
    return [f for f in extract_facts(article) if f.kind is kind]


def _ages(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    """(subject, value) of every age fact the paragraphs give."""
    return {(f.subject, f.value) for f in _facts(*paragraphs, title=title, kind=FactKind.AGE)}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Calcification within the nodule is rare in children but favours a benign cause.",
            "Thyroid nodule",
        ),
        (
            "Perineural spread is uncommon in adults and implies a poor outcome.",
            "Adenoid cystic carcinoma",
        ),
        (
            "The latent period between infection and diagnosis is long, typically 20-30 years.",
            "Hepatocellular carcinoma",
        ),
        ("Contralateral pinning is advised in children younger than 10 years.", "Perthes disease"),
    ],
)
def test_an_age_of_a_finding_measure_or_treatment_is_no_age_of_the_disease(
    sentence: str, title: str
) -> None:
    assert _ages(sentence, title=title) == set()


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        (
            "The juvenile form usually presents between 5 and 15 years of age.",
            "Nephronophthisis",
            ("Nephronophthisis (juvenile form)", "5-15 years"),
        ),
        (
            "MEN2B is often diagnosed in childhood.",
            "Medullary thyroid carcinoma",
            ("Medullary thyroid carcinoma (MEN2B)", "childhood"),
        ),
        (
            "Type II is typically discovered in adulthood.",
            "Glycogen storage disease",
            ("Glycogen storage disease (type II)", "adulthood"),
        ),
    ],
)
def test_the_age_of_a_kind_of_the_disease_names_that_kind(
    sentence: str, title: str, expected: tuple[str, str]
) -> None:
    assert _ages(sentence, title=title) == {expected}


@pytest.mark.parametrize(
    ("sentence", "title", "value"),
    [
        ("Onset is usually between 30 and 50 years of age.", "Achalasia", "30-50 years"),
        (
            "Infants typically present between 2 and 8 weeks of age.",
            "Biliary atresia",
            "2-8 weeks of age",
        ),
        ("Usually present in young adults.", "Pilonidal sinus", "young adults"),
        ("Achalasia is rare in children.", "Achalasia", "children"),
        ("HCM is often diagnosed in adolescence.", "Hypertrophic cardiomyopathy", "adolescence"),
        ("They are rare in children.", "Achalasia", "children"),
    ],
)
def test_the_disease_its_abbreviation_a_pronoun_or_an_age_word_keeps_the_title(
    sentence: str, title: str, value: str
) -> None:
    assert (title, value) in _ages(sentence, title=title)


def test_a_kind_named_before_a_contrast_owns_no_age_after_it() -> None:
    sentence = (
        "The classic type carries the worst outcome, whereas nodular and extensive forms, "
        "which arise mainly in infants, do better."
    )
    assert _ages(sentence, title="Neuroblastoma") == set()


def _percentages(*paragraphs: str, title: str) -> set[tuple[str, str, str]]:
    """(item, value, attribute) of every percentage the paragraphs give."""
    return {
        (f.item, f.value, f.attribute)
        for f in _facts(*paragraphs, title=title, kind=FactKind.PERCENTAGE)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "On a lateral view the prevertebral soft tissue should be no wider than half the "
        "width of the adjacent vertebral body.",
        "A normal ventricle measures less than a third the diameter of the hemisphere here.",
        "The normal duct is less than a quarter the length of the gland in a healthy adult.",
    ],
)
def test_a_fraction_of_a_measurement_is_no_share(sentence: str) -> None:
    assert _percentages(sentence, title="Parotid sialadenitis") == set()


def test_a_fraction_of_a_measurement_with_its_item_stays() -> None:
    sentence = (
        "Features of malignancy are pain, deep cortical erosion (more than half of the "
        "cortical thickness) and a soft-tissue mass."
    )
    assert ("deep cortical erosion", "more than half", "") in _percentages(
        sentence, title="Giant cell tumour"
    )


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Calcification is coarse in about a third of cases.", "coarse calcification"),
        ("Involvement is bilateral in roughly 20% of patients.", "bilateral involvement"),
        ("Bacteraemia is polymicrobial in up to 15% of cases.", "polymicrobial bacteraemia"),
    ],
)
def test_a_property_of_a_finding_counts_the_finding_with_it(sentence: str, item: str) -> None:
    assert {i for i, _, _ in _percentages(sentence, title="Septic arthritis")} == {item}


def test_a_property_of_the_subject_counts_the_property() -> None:
    sentence = "Adenomas are bilateral in about 10% of patients."
    assert {i for i, _, _ in _percentages(sentence, title="Adrenal adenoma")} == {"bilateral"}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Patients present with haematuria (in about 60% of cases), flank pain and a mass.",
            "haematuria",
        ),
        ("It presents with seizures (in up to 70%), headache and focal deficits.", "seizures"),
    ],
)
def test_a_bracketed_in_share_counts_the_noun_before_it(sentence: str, item: str) -> None:
    assert item in {i for i, _, _ in _percentages(sentence, title="Oligodendroglioma")}


def test_a_bracketed_in_share_after_a_rank_counts_the_ranked_thing() -> None:
    sentence = (
        "The kidneys are the most commonly involved organs (in about 70% of patients), "
        "followed by the spleen."
    )
    items = {i for i, _, _ in _percentages(sentence, title="Polyarteritis nodosa")}
    assert items == {"kidneys"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "CT is more sensitive than radiographs for small fractures, with a sensitivity "
            "of 95% compared with 60% for radiographs.",
            {("CT", "95%", "sensitivity"), ("radiographs", "60%", "sensitivity")},
        ),
        (
            "MRI is the most accurate test, with a sensitivity and specificity of 90% and 85%.",
            {("MRI", "90%", "sensitivity"), ("MRI", "85%", "specificity")},
        ),
        (
            "The specificity of ultrasound is 80%, compared with 95% for MRI.",
            # session 29: "of ultrasound" names the test, which is the figure's owner
            {("ultrasound", "80%", "specificity"), ("MRI", "95%", "specificity")},
        ),
    ],
)
def test_an_accuracy_names_its_test(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _percentages(sentence, title="Scaphoid fracture") == expected


def test_an_accuracy_in_a_sentence_about_a_sign_is_not_the_opening_tests() -> None:
    sentence = "CT shows the target sign, which has a specificity of 90% in adults."
    assert all(i != "CT" for i, _, _ in _percentages(sentence, title="Intussusception"))


def _list_facts(intro: str, entries: tuple[str, ...], title: str) -> list[Fact]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("MRI", blocks),))
    return [f for f in extract_facts(article) if f.kind is FactKind.THRESHOLD]


def test_a_cut_off_then_a_colon_means_what_follows_and_a_lead_in_means_nothing() -> None:
    facts = _list_facts(
        "The bowel wall is assessed on CT. The following cut-offs are used:",
        (
            "wall thickness of 6 mm or more: strongly suggests colitis",
            "wall thickness of 3 mm or less: colitis is unlikely",
        ),
        title="Pseudomembranous colitis",
    )
    assert {(f.item, f.value, f.attribute) for f in facts} == {
        ("wall thickness", "6 mm or more", "strongly suggests colitis"),
        ("wall thickness", "3 mm or less", "colitis is unlikely"),
    }


def test_a_lead_in_alone_gives_no_meaning() -> None:
    facts = _list_facts(
        "The following thresholds are commonly used:",
        ("a common duct diameter of 7 mm or more",),
        title="Choledocholithiasis",
    )
    assert all("following" not in f.attribute for f in facts)


def test_a_difference_between_two_measures_is_the_measure() -> None:
    sentence = (
        "Asymmetry is common, and a difference between left and right thickness of more "
        "than 4 mm also supports the diagnosis."
    )
    facts = _facts(sentence, title="Unilateral hypertrophy", kind=FactKind.THRESHOLD)
    assert {(f.item, f.value) for f in facts} == {
        ("difference between left and right thickness", "more than 4 mm")
    }


@pytest.mark.parametrize(
    ("sentence", "meaning"),
    [
        (
            "Hydronephrosis, defined as a renal pelvic diameter of 10 mm or more, may be present.",
            "defines hydronephrosis",
        ),
        (
            "Microcephaly is defined as a head circumference of 3 cm or more below the mean.",
            "defines microcephaly",
        ),
    ],
)
def test_a_cut_off_that_defines_a_term_means_that_term(sentence: str, meaning: str) -> None:
    facts = _facts(sentence, title="Prune belly syndrome", kind=FactKind.THRESHOLD)
    assert [f.attribute for f in facts] == [meaning]


def test_a_rate_of_a_kind_of_the_disease_names_that_kind() -> None:
    facts = _facts(
        "MEN2B has an estimated prevalence of about 1 in 40,000.",
        title="Medullary thyroid carcinoma",
        kind=FactKind.THRESHOLD,
    )
    assert [(f.subject, f.value) for f in facts] == [
        ("Medullary thyroid carcinoma (MEN2B)", "about 1 in 40,000")
    ]


def test_a_rate_of_the_disease_stays_the_titles() -> None:
    facts = _facts(
        "The condition has an estimated prevalence of about 1 in 40,000.",
        title="Medullary thyroid carcinoma",
        kind=FactKind.THRESHOLD,
    )
    assert [f.subject for f in facts] == ["Medullary thyroid carcinoma"]


def test_a_conjunction_before_a_measured_thing_is_no_part_of_it() -> None:
    sentence = "Early signs are subtle, although the Shenton line has a sensitivity of about 40%."
    items = {i for i, _, _ in _percentages(sentence, title="Developmental hip dysplasia")}
    assert items == {"Shenton line"}
