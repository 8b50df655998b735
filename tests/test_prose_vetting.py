"""Issue 11, precision: the last look at every fact (extractors/vetting.py) repairs or refuses
shapes of error several extractors share. Every sentence here is invented, about organs and
diseases the dev corpus does not cover; each rule has a positive case (the good fact stays) and
a negative one (the bad one goes or is repaired)."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.text import make_fact
from quizgen.extractors.vetting import vet_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _article(*paragraphs: str, title: str = "Meningioma") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="a", title=title, sections=(Section("Overview", blocks),))


def _fact(kind: FactKind, subject: str, item: str, value: str = "", text: str = "") -> Fact:
    article = _article(text or "x")
    return make_fact(
        kind,
        article,
        article.sections[0],
        text or f"{subject} {item} {value}",
        key=(subject, item),
        subject=subject,
        item=item,
        value=value,
    )


def _vetted(*facts: Fact, title: str = "Meningioma") -> list[Fact]:
    return vet_facts(list(facts), _article("x", title=title))


# --- a share's item that is a clause ---------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Thymic cysts are classified as congenital", "congenital"),
        ("Histologically these tumours are papillary", "papillary"),
        ("Meningiomas recur in the operative bed", "recurrence in the operative bed"),
        ("the lesion usually calcifies", "calcification"),
        ("Renal angiomyolipoma bleeds spontaneously", "haemorrhage"),
    ],
)
def test_a_share_whose_item_is_a_clause_gets_what_the_clause_names(
    item: str, expected: str
) -> None:
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Meningioma", item, "10%"))
    assert fact.item == expected


@pytest.mark.parametrize(
    "item",
    ["recurrence after resection", "spindle cell", "calcification", "skull base tumours"],
)
def test_a_share_whose_item_is_a_name_is_left_alone(item: str) -> None:
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Meningioma", item, "10%"))
    assert fact.item == item


def test_a_clause_item_is_repaired_end_to_end() -> None:
    facts = extract_facts(_article("Meningiomas recur in the operative bed in 10-15%."))
    shares = [f for f in facts if f.kind is FactKind.PERCENTAGE]
    assert [(f.item, f.value) for f in shares] == [("recurrence in the operative bed", "10-15%")]


# --- a differential that is a descriptor or a verb ---------------------------------------------


@pytest.mark.parametrize("item", ["irregular", "heterogeneous", "hypoechoic", "includes"])
def test_a_descriptor_or_verb_is_no_differential(item: str) -> None:
    assert _vetted(_fact(FactKind.DIFFERENTIAL, "Sialadenitis", item)) == []


@pytest.mark.parametrize("item", ["lymphoma", "Sjogren syndrome", "sarcoidosis"])
def test_a_named_diagnosis_stays_a_differential(item: str) -> None:
    assert [f.item for f in _vetted(_fact(FactKind.DIFFERENTIAL, "Sialadenitis", item))] == [item]


# --- a differential's subject that runs on into a clause -------------------------------------


def test_a_lead_subject_with_a_dangling_tail_is_cut_at_the_comma() -> None:
    subject = "a well-defined lytic lesion in the skull vault of a child, the main"
    [fact] = _vetted(_fact(FactKind.DIFFERENTIAL, subject, "epidermoid cyst"))
    assert fact.subject == "a well-defined lytic lesion in the skull vault of a child"


def test_a_lead_subject_that_is_a_clause_falls_back_to_the_article() -> None:
    subject = "In an infant, a lucent skull lesion is a dermoid until proven otherwise; in an adult"
    [fact] = _vetted(_fact(FactKind.DIFFERENTIAL, subject, "metastasis"), title="Dermoid cyst")
    assert fact.subject == "Dermoid cyst"


def test_a_subject_with_a_comma_that_names_a_thing_is_kept() -> None:
    subject = "a hyperdense, calcified mass in the pineal region"
    [fact] = _vetted(_fact(FactKind.DIFFERENTIAL, subject, "germinoma"))
    assert fact.subject == subject


@pytest.mark.parametrize("item", ["frank rupture", "rupture of the capsule", "early relapse"])
def test_a_noun_that_could_be_a_verb_is_no_clause(item: str) -> None:
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Splenic cyst", item, "10%"))
    assert fact.item == item


# --- a share with no item, stated in a relative clause ----------------------------------------


def test_a_share_in_a_relative_clause_is_a_share_of_its_noun() -> None:
    text = "The main complication is haemorrhage, which occurs in about 3% of biopsies."
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Renal biopsy", "", "about 3%", text=text))
    assert fact.item == "haemorrhage"


def test_a_share_with_no_item_and_no_relative_clause_is_left_alone() -> None:
    text = "The main complication is haemorrhage; about 3% of biopsies are repeated."
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Renal biopsy", "", "about 3%", text=text))
    assert fact.item == ""


def test_a_relative_clause_with_another_number_names_nothing() -> None:
    text = "Haemorrhage, which occurs in 12% of cases, is rarer than infection (about 3%)."
    [fact] = _vetted(_fact(FactKind.PERCENTAGE, "Renal biopsy", "", "about 3%", text=text))
    assert fact.item == ""
