"""Number facts found wrong on the cards of sets I and J (session 17), guarded by shape: a
figure of a per-grade run belongs to its grade, "Patients …" after a subtype's sentence are
the disease's patients, a pronoun after an opening subordinate clause stands for the
sentence before's subject, and a bare "type" ranks within what the sentence before names.
Sentences are invented about other organs and diseases."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _facts(*paragraphs: str, title: str, kind: FactKind) -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Prognosis", blocks),))
    return [f for f in extract_facts(article) if f.kind is kind]


def _graded(sentence: str, title: str) -> set[tuple[str, str, str]]:
    """(measure, grade, value) of every per-grade threshold fact."""
    facts = _facts(sentence, title=title, kind=FactKind.THRESHOLD)
    return {(f.item, f.attribute, f.value) for f in facts}


def test_a_grade_named_in_the_first_measure_is_no_measure_of_the_other_grades() -> None:
    sentence = (
        "Local recurrence after a Enneking stage 1 excision is 8%, stage 2 22%, and "
        "stage 3 41% at five years."
    )
    shares = _facts(sentence, title="Giant cell tumour", kind=FactKind.PERCENTAGE)
    for fact in shares:
        fields = f"{fact.subject} {fact.item} {fact.group} {fact.attribute}"
        assert "stage 1" not in fields or fact.value == "8%", fact
    assert {v for _, _, v in _graded(sentence, "Giant cell tumour")} == {"8%", "22%", "41%"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ten-year survival ranges from 85% (stage I) to 15% (stage IV).",
            {("ten-year survival", "stage I", "85%"), ("ten-year survival", "stage IV", "15%")},
        ),
        (
            "Five-year survival by stage is as follows: stage I: 92%; stage II: 75%; "
            "stage III: 41%.",
            {
                ("five-year survival", "stage I", "92%"),
                ("five-year survival", "stage II", "75%"),
                ("five-year survival", "stage III", "41%"),
            },
        ),
        (
            "Local recurrence rates are 7% for grade 1, 18% for grade 2 and 35% for grade 3.",
            {
                ("local recurrence", "grade 1", "7%"),
                ("local recurrence", "grade 2", "18%"),
                ("local recurrence", "grade 3", "35%"),
            },
        ),
    ],
)
def test_outcomes_listed_per_grade_give_one_fact_per_grade(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _graded(sentence, "Synovial sarcoma") == expected
    # and no share claims a figure for the whole disease or for another grade
    for fact in _facts(sentence, title="Synovial sarcoma", kind=FactKind.PERCENTAGE):
        assert any(g in f"{fact.subject} {fact.attribute}" for _, g, _ in expected), fact


@pytest.mark.parametrize(
    "sentence",
    [
        "Headache occurs in 60% (often frontal), seizures in 30% and visual loss in 10%.",
        "Pain is reported by 70%, swelling by 40% and a mass by 20% of patients.",
        "Grade is the strongest predictor of outcome; overall survival is about 55%.",
    ],
)
def test_a_list_of_symptoms_with_percentages_is_no_grade_scale(sentence: str) -> None:
    assert not any(
        f.attribute.startswith(("grade", "stage"))
        for f in _facts(sentence, title="Ependymoma", kind=FactKind.THRESHOLD)
    )
    assert _facts(sentence, title="Ependymoma", kind=FactKind.PERCENTAGE)


def test_patients_after_a_subtype_sentence_are_the_diseases() -> None:
    paragraph = (
        "Papillary tumours are the most common type of thyroid cancer, accounting for 80% "
        "of cases. Patients are usually in their 4th decade, and women are affected three "
        "times more often than men."
    )
    ages = _facts(paragraph, title="Differentiated thyroid carcinoma", kind=FactKind.AGE)
    sexes = _facts(paragraph, title="Differentiated thyroid carcinoma", kind=FactKind.SEX_RATIO)
    assert ages
    assert sexes
    assert {f.subject for f in (*ages, *sexes)} == {"Differentiated thyroid carcinoma"}


def test_patients_that_name_the_subtype_keep_it() -> None:
    paragraph = (
        "The juvenile form is the commonest. Patients with the juvenile form present "
        "between 5 and 15 years of age."
    )
    ages = _facts(paragraph, title="Nephronophthisis", kind=FactKind.AGE)
    assert ages
    assert all("juvenile form" in f.subject for f in ages)


def test_a_pronoun_after_an_opening_clause_is_the_previous_subject() -> None:
    paragraph = (
        "CMT I is often mild and found on nerve studies done for another reason. "
        "When symptomatic it presents with foot drop (in about 40% of symptomatic patients), "
        "pes cavus and weakness."
    )
    shares = _facts(paragraph, title="Charcot-Marie-Tooth disease", kind=FactKind.PERCENTAGE)
    assert [f.subject for f in shares] == ["Charcot-Marie-Tooth disease (CMT I)"]


def test_a_pronoun_after_an_opening_clause_standing_for_no_condition_gives_no_share() -> None:
    paragraph = (
        "The renal pelvis is dilated in most cases. When severe, it shows cortical thinning "
        "in 40% of kidneys."
    )
    assert _facts(paragraph, title="Hydronephrosis", kind=FactKind.PERCENTAGE) == []


def test_a_pronoun_after_an_opening_clause_for_the_title_stays_the_titles() -> None:
    paragraph = (
        "Gout is common and often affects the first toe. When untreated it progresses to "
        "tophi in about 30% of patients."
    )
    shares = _facts(paragraph, title="Gout", kind=FactKind.PERCENTAGE)
    assert shares
    assert {f.subject for f in shares} == {"Gout"}


def test_a_bare_type_ranks_within_what_the_sentence_before_names() -> None:
    paragraph = (
        "Ectopic tissue is found in a third of resected cysts. Thyroid tissue is by far the "
        "most common type, followed by salivary tissue."
    )
    ranks = _facts(paragraph, title="Dermoid cyst", kind=FactKind.RANK)
    assert ("Thyroid tissue", "type of ectopic tissue") in {(f.item, f.group) for f in ranks}
    assert {f.group for f in ranks} == {"type of ectopic tissue"}


def test_a_bare_type_of_the_title_stays_a_type() -> None:
    paragraph = (
        "Renal cell carcinoma has several histological subtypes. Clear cell renal cell "
        "carcinoma is the most common type."
    )
    ranks = _facts(paragraph, title="Renal cell carcinoma", kind=FactKind.RANK)
    assert [f.group for f in ranks] == ["type"]


def test_make_up_in_a_later_clause_counts_that_clauses_subject() -> None:
    sentence = (
        "Serous tumours are the most common type, accounting for 60% of cases; mucinous "
        "(intestinal-type) tumours make up 15%, whereas Brenner tumours make up 2%."
    )
    shares = _facts(sentence, title="Ovarian epithelial neoplasm", kind=FactKind.PERCENTAGE)
    items = {(f.item, f.value) for f in shares}
    assert ("mucinous tumours", "15%") in items
    assert ("Brenner tumours", "2%") in items
    assert not any(f.item == "Serous tumours" and f.value in {"15%", "2%"} for f in shares)
