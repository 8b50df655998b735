"""Rank shapes of prose (issue 11, class 9), on sentences about diseases of other organs:
a rank in a second clause ranks that clause's subject, a fronted setting before "the most
common X is Y", "least common", a title's short form or abbreviation is the title, and a
tumour ranked in another disease's article is the fact's subject."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _article(*paragraphs: str, title: str, synonyms: tuple[str, ...] = ()) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(
        slug="a", title=title, synonyms=synonyms, sections=(Section("Epidemiology", blocks),)
    )


def _ranks(article: Article) -> list[Fact]:
    return [f for f in extract_facts(article) if f.kind is FactKind.RANK]


def _fields(article: Article) -> set[tuple[str, str, str, str]]:
    return {(f.subject, f.item, f.value, f.group) for f in _ranks(article)}


def test_a_rank_in_a_second_clause_ranks_that_clauses_subject() -> None:
    article = _article(
        "Lymphomas make up about 5% of thyroid malignancies, and anaplastic carcinoma is the "
        "most aggressive type.",
        "Germ cell tumours account for most mediastinal masses in young men, and teratoma is "
        "the most common single type.",
        title="Mediastinal mass",
    )
    items = {f.item for f in _ranks(article)}
    assert "teratoma" in items
    assert "Germ cell tumours" not in items


def test_a_fronted_clause_before_the_ranked_subject() -> None:
    article = _article(
        "Because the lesion lies near the cortex, headache is the commonest presenting feature.",
        title="Cavernous malformation",
    )
    assert _fields(article) == {
        ("Cavernous malformation", "headache", "most common", "presenting feature")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # an enumeration before the verb is no one clause subject
        "Headache, seizures and focal deficits are the most common presenting features.",
        # an apposition between subject and verb
        "Gout, a crystal arthropathy, is the most common inflammatory arthritis in men.",
    ],
)
def test_no_clause_subject_from_an_enumeration_or_an_apposition(sentence: str) -> None:
    items = {f.item for f in _ranks(_article(sentence, title="Septic arthritis"))}
    assert not items & {"seizures and focal deficits", "a crystal arthropathy", "seizures"}


def test_a_fronted_setting_before_the_category_first() -> None:
    article = _article(
        "When symptomatic, the most common complaint is dull flank pain.",
        "In adults, the commonest site is the distal femur.",
        title="Renal cyst",
    )
    assert {(f.item, f.value, f.group) for f in _ranks(article)} == {
        ("dull flank pain", "most common", "complaint"),
        ("distal femur", "most common", "site"),
    }


def test_least_common_is_a_rank() -> None:
    article = _article(
        "Pedunculated subserosal fibroids are the least common type in this series.",
        title="Uterine fibroid",
    )
    assert {f.value for f in _ranks(article)} == {"least common"}


def test_most_patients_is_no_rank() -> None:
    article = _article(
        "Most patients present with painless haematuria.",
        "Most commonly, patients are older men with a history of smoking.",
        title="Bladder carcinoma",
    )
    assert _ranks(article) == []


@pytest.mark.parametrize(
    ("sentence", "synonyms"),
    [
        ("Meningiomas are by far the most common extra-axial tumour in adults.", ()),
        ("CIDP is the most common chronic acquired demyelinating neuropathy.", ("CIDP",)),
    ],
)
def test_a_short_form_or_abbreviation_of_the_title_is_the_title(
    sentence: str, synonyms: tuple[str, ...]
) -> None:
    title = (
        "Intracranial meningioma"
        if "Meningiomas" in sentence
        else "Chronic inflammatory demyelinating polyneuropathy"
    )
    facts = _ranks(_article(sentence, title=title, synonyms=synonyms))
    assert [f.item for f in facts] == [title]
    assert [f.subject for f in facts] == [title]


def test_a_tumour_ranked_in_another_diseases_article_is_the_subject() -> None:
    article = _article(
        "Pilocytic astrocytomas are the most common posterior fossa tumour of childhood.",
        "Haemangioma is the most common benign liver lesion, and FNH is the second most "
        "common benign hepatic lesion after haemangioma.",
        title="Neurofibromatosis type 1",
    )
    by_item = {f.item: f.subject for f in _ranks(article)}
    assert by_item["Pilocytic astrocytomas"] == "Pilocytic astrocytomas"


def test_a_finding_ranked_stays_the_titles() -> None:
    article = _article(
        "Lymphadenopathy is the commonest radiographic abnormality.",
        "Necrosis is the most common feature of larger lesions.",
        title="Tuberculosis",
    )
    assert {f.subject for f in _ranks(article)} == {"Tuberculosis"}


def test_most_commonly_found_at_ranks_a_site_of_another_tumour() -> None:
    article = _article(
        "Extracranial schwannomas in the neck are most commonly found along the vagus nerve.",
        title="Neurofibromatosis type 2",
    )
    assert _fields(article) == {
        (
            "extracranial schwannomas in the neck",
            "vagus nerve",
            "most common",
            "site of extracranial schwannomas in the neck",
        )
    }


def test_most_commonly_seen_in_a_group_of_people_is_no_site() -> None:
    article = _article(
        "Gallbladder polyps are most commonly seen in middle-aged women.",
        title="Gallbladder adenomyomatosis",
    )
    assert _ranks(article) == []


def test_a_modality_of_choice_is_a_rank() -> None:
    article = _article(
        "Ultrasound is the imaging modality of choice in young infants.",
        "In adults, CT remains the investigation of choice for suspected perforation.",
        title="Pyloric stenosis",
    )
    assert {(f.item, f.value, f.group) for f in _ranks(article)} == {
        # what it is chosen for stays in the rank (session 21)
        ("Ultrasound", "imaging modality of choice in young infants", "imaging modality"),
        ("CT", "investigation of choice for suspected perforation", "investigation"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pyloromyotomy is the treatment of choice.",  # a treatment: a statement, not a rank
        "It is the modality of choice in infants.",  # no named subject
        "Ultrasound is one of the modalities of choice in infants.",
    ],
)
def test_no_modality_rank_without_a_named_imaging_choice(sentence: str) -> None:
    assert [
        f for f in _ranks(_article(sentence, title="Pyloric stenosis")) if "choice" in f.value
    ] == []


def test_most_widely_used_and_a_category_with_an_age_range() -> None:
    article = _article(
        "The Kellgren-Lawrence system is the most widely used grading system.",
        "Osteoarthritis is the most common joint disease in adults aged 50–80 years.",
        title="Osteoarthritis of the knee",
    )
    assert {(f.value, f.group) for f in _ranks(article)} == {
        ("most widely used", "grading system"),
        ("most common", "joint disease in adults aged 50–80 years"),
    }
