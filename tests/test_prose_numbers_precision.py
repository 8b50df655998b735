"""Numbers given to the wrong thing, found on blind articles and guarded by shape: a strength
is no share ("95% ethanol"), a figure of the parent disease's spread is not the organ-bound
subject's, a noun inside an aside is not what a share counts, a rank names the class the
cases are of, a labelled list line's sequence qualifies its finding, a comparator stays
with its figure, and a growth rate in a clause of its own is that clause's subject's."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.text import find_percents
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

_NUMBERS = (FactKind.PERCENTAGE, FactKind.FREQUENCY, FactKind.THRESHOLD)


def _facts(*paragraphs: str, title: str) -> set[tuple[str, str, str, str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", blocks),))
    return {
        (f.kind.value, f.subject, f.item, f.value, f.attribute, f.group)
        for f in extract_facts(article)
        if f.kind in _NUMBERS
    }


def _list_facts(*lines: str, title: str) -> set[tuple[str, str, str]]:
    items = tuple(ListItem(text=line) for line in lines)
    blocks = (
        Block(BlockKind.PARAGRAPH, text="Signal characteristics are:"),
        Block(BlockKind.LIST, items=items),
    )
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Sclerotherapy of a symptomatic renal cyst with 95% ethanol is performed under CT.",
        "The cavity is irrigated with 3% hypertonic saline before closure.",
        "Biopsy cores are fixed in 10% formalin and sent for histology.",
        "The hazard ratio was 2.3 (95% confidence interval 1.4-3.8) in smokers with emphysema.",
    ],
)
def test_a_strength_or_a_confidence_level_is_no_share(sentence: str) -> None:
    assert _facts(sentence, title="Simple renal cyst") == set()


def test_a_share_written_beside_a_strength_is_still_read() -> None:
    found = _facts(
        "Sclerotherapy with 95% ethanol is successful in about 80% of cases.",
        title="Simple renal cyst",
    )
    assert {value for _, _, _, value, _, _ in found} == {"about 80%"}


def test_the_parent_diseases_spread_over_organs_is_not_the_organ_bound_subjects() -> None:
    # a splenic hydatid cyst is always in the spleen: these figures are the parasite's
    found = _facts(
        "The liver is the most commonly involved organ (about 70%), followed by the lung "
        "(about 20%) and the spleen (about 5%).",
        title="Splenic hydatid cyst",
    )
    assert found == set()


def test_a_share_of_cases_in_the_own_organ_is_the_parent_diseases() -> None:
    found = _facts(
        "The lung is involved in about 20% of patients with echinococcosis.",
        title="Pulmonary hydatid cyst",
    )
    assert found == set()


def test_a_share_within_the_own_organ_is_kept() -> None:
    found = _facts(
        "Within the kidney, the upper pole is affected in about 60% of cases.",
        title="Renal abscess",
    )
    assert {(item, value) for _, _, item, value, _, _ in found} == {("upper pole", "about 60%")}


def test_a_noun_in_a_participial_aside_is_not_what_the_share_counts() -> None:
    found = _facts(
        "The classic triad of flank pain, accompanied by haematuria, fever and a palpable "
        "mass, is present in fewer than 10% of patients.",
        title="Renal cell carcinoma",
    )
    assert found, "the share itself is still a fact"
    assert all("haematuria" not in item for _, _, item, _, _, _ in found)


def test_followed_by_still_names_the_next_ranked_thing() -> None:
    found = _facts(
        "Headache is the most common symptom (60%), followed by seizures (30%).",
        title="Oligodendroglioma",
    )
    items = {(item, value) for _, _, item, value, _, _ in found}
    assert {("Headache", "60%"), ("seizures", "30%")} <= items


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Glioblastoma is the most common of the diffuse gliomas, accounting for about "
            "60% of cases.",
            "diffuse gliomas",
        ),
        (
            "Schwannomas are the commonest cerebellopontine angle mass in adults, where they "
            "account for roughly 80% of all lesions in the region.",
            "cerebellopontine angle mass",
        ),
    ],
)
def test_a_rank_names_the_class_whose_cases_a_share_counts(sentence: str, whole: str) -> None:
    found = _facts(sentence, title="Intracranial tumour")
    assert {group for _, _, _, _, _, group in found} == {whole}


def test_a_named_whole_is_kept_over_the_ranked_class() -> None:
    found = _facts(
        "Meningiomas are the most common extra-axial tumour and account for 30% of primary "
        "intracranial tumours.",
        title="Meningioma",
    )
    assert {group for _, _, _, _, _, group in found} == {"primary intracranial tumours"}


def test_a_sequence_label_qualifies_the_finding_its_line_counts() -> None:
    found = _list_facts(
        "T2: hypointense in about 40%; the rest iso- or hyperintense",
        "CT: calcification in 20% of tumours",
        title="Ependymoma",
    )
    items = {item for item, _, _ in found}
    assert {"hypointense on T2", "calcification on CT"} <= items


def test_a_sequence_label_of_a_sentence_qualifies_its_finding() -> None:
    found = _facts(
        "T1: hyperintense in about 60% of cases; the remainder iso- or hypointense.",
        title="Colloid cyst",
    )
    assert {(item, value) for _, _, item, value, _, _ in found} == {
        ("hyperintense on T1", "about 60%")
    }


def test_a_label_that_is_no_sequence_stays_out_of_the_item() -> None:
    found = _list_facts("adults: cystic change in about 30%", title="Ependymoma")
    assert all(" on " not in item for item, _, _ in found)


def test_a_phrase_that_points_elsewhere_names_no_item() -> None:
    found = _facts(
        "In a multicentre trial this protocol had a sensitivity of approximately 90% for "
        "small tumours.",
        title="Insulinoma",
    )
    assert {(item, value, attr) for _, _, item, value, attr, _ in found} == {
        ("", "approximately 90%", "sensitivity")
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The finding is highly specific (above 95%) for a bronchogenic cyst.", "above 95%"),
        ("Specificity exceeds 90% in experienced hands.", "exceeds 90%"),
        ("MRI has a specificity greater than 90% for a bronchogenic cyst.", "greater than 90%"),
    ],
)
def test_a_comparator_stays_with_its_figure(sentence: str, value: str) -> None:
    found = _facts(sentence, title="Bronchogenic cyst")
    assert value in {v for _, _, _, v, _, _ in found}


def test_a_growth_rate_is_a_rate_of_the_clause_that_states_it() -> None:
    found = _facts(
        "Infection is usually acquired in childhood, but because cysts grow slowly "
        "(typically 1-5 cm per year) the diagnosis is often made in adulthood.",
        title="Splenic hydatid cyst",
    )
    assert {(s, i, v) for _, s, i, v, _, _ in found} == {
        ("Splenic hydatid cyst", "growth rate", "1-5 cm per year")
    }


def test_a_size_in_a_clause_of_another_subject_is_that_subjects() -> None:
    found = _facts(
        "Thyroid nodules are common in adults, but adenomas are usually 2-3 cm in diameter.",
        title="Thyroid nodule",
    )
    assert {(s, i) for _, s, i, _, _, _ in found} == {("adenomas", "diameter")}


def _ages(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Case discussion", blocks),))
    return {(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.AGE}


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients older than 70 years have a worse prognosis.",
        "Age over 65 years predicts poor survival after resection.",
    ],
)
def test_an_age_limit_with_an_outcome_is_no_typical_age(sentence: str) -> None:
    assert _ages(sentence, title="Glioblastoma") == set()


def test_the_case_patients_age_is_not_the_diseases() -> None:
    assert _ages("The patient is aged 60-65 years.", title="Emphysematous cystitis") == set()


def test_an_age_range_of_patients_in_general_is_kept() -> None:
    found = _ages("Most patients are aged 50-70 years.", title="Emphysematous cystitis")
    assert found == {("typical age", "aged 50-70 years")}


def test_a_second_verb_of_the_subject_ends_the_whole() -> None:
    found = _facts(
        "KRAS mutation is found in approximately 90% of cases and predicts a poor response.",
        title="Pancreatic ductal adenocarcinoma",
    )
    assert {(item, group) for _, _, item, _, _, group in found} == {("KRAS mutation", "cases")}


def test_a_note_in_parentheses_ends_the_predicate_a_share_counts() -> None:
    found = _facts(
        "About 85% of meningiomas are benign (WHO grade 1), arising from arachnoid cap cells.",
        title="Meningioma",
    )
    assert {(item, group) for _, _, item, _, _, group in found} == {("benign", "meningiomas")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Relapse in 30% of treated patients predicts a poor outcome.",
        "About 20% of treated patients relapse within a year.",
    ],
)
def test_a_verb_right_after_the_whole_ends_it(sentence: str) -> None:
    found = _facts(sentence, title="Chondrosarcoma")
    assert {group for _, _, _, _, _, group in found} == {"treated patients"}


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("More than nine in ten tumours carry the mutation.", 90.0),
        ("Around four in five lack a sclerotic rim.", 80.0),
        ("Two in three patients present with pain.", 66.7),
    ],
)
def test_a_share_in_words_with_any_small_numerator(sentence: str, share: float) -> None:
    assert [p.low for p in find_percents(sentence)] == [share]
