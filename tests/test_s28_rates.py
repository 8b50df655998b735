"""Session 28: a share stated as a named rate ("the perforation rate is around 2-3%") is that
rate's figure, whatever the rate's noun, not a share of the article's patients with no item."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _percentages(text: str, title: str) -> set[tuple[str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Treatment and prognosis", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


def test_a_named_rate_is_the_measure_of_its_figure() -> None:
    assert _percentages("The perforation rate is around 2-3%.", "Colonoscopy") == {
        ("", "around 2-3%", "perforation rate")
    }


def test_a_plural_rate_with_its_qualifier_is_one_rate() -> None:
    facts = _percentages(
        "Laparoscopic conversion rates of 10-20% are reported.", "Xanthogranulomatous cholecystitis"
    )
    assert facts == {("", "10-20%", "laparoscopic conversion rate")}


def test_a_rate_keeps_what_it_is_of() -> None:
    facts = _percentages("The false-negative rate of core biopsy is about 2%.", "Phyllodes tumour")
    assert facts == {("", "about 2%", "false-negative rate of core biopsy")}


def test_a_rate_with_no_figure_of_its_own_measures_nothing() -> None:
    # the share belongs to the lesions that enlarge, not to the growth rate
    facts = _percentages("Its growth rate is slow, and 20% of lesions enlarge.", "Meningioma")
    assert all(attribute != "growth rate" for _, _, attribute in facts)


def test_a_figure_after_a_rate_with_a_whole_of_its_own_is_no_rate() -> None:
    facts = _percentages(
        "The reported miscarriage rate in patients is about 30%, and only around 60% of "
        "pregnancies result in a live birth.",
        "Unicornuate uterus",
    )
    assert ("", "about 30%", "miscarriage rate in patients") in facts
    assert not any(v == "around 60%" and a for _, v, a in facts)


def test_a_second_figure_of_the_same_rate_keeps_it() -> None:
    facts = _percentages(
        "The recurrence rate is about 10% after excision and 40% after curettage.",
        "Giant cell tumour of bone",
    )
    assert {a for _, v, a in facts if v in {"about 10%", "40%"}} == {"recurrence rate"}


def test_the_noun_that_fills_a_role_in_a_share_of_cases_is_counted() -> None:
    facts = _percentages(
        "A pathological fracture is the presenting event in roughly 5-10% of cases.",
        "Unicameral bone cyst",
    )
    assert ("pathological fracture", "roughly 5-10%", "") in facts
    facts = _percentages(
        "Streptococcus pneumoniae is the causative organism in about 60% of adults.",
        "Lobar pneumonia",
    )
    assert ("Streptococcus pneumoniae", "about 60%", "") in facts


def test_a_role_filled_by_a_relative_pronoun_counts_the_noun_before_it() -> None:
    facts = _percentages(
        "Older patients more often present with a subarachnoid haemorrhage, which is the "
        "presenting event in up to a third of them.",
        "Intracranial aneurysm",
    )
    assert ("subarachnoid haemorrhage", "up to a third", "") in facts
