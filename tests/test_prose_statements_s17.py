"""Statement shapes read from set J's wrong facts and the lead's reading of dev cards
(issue 11, round 12), and the markdown reader's table of contents without a heading.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_terms import fallback_terms
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Achalasia") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _statements(body: str, title: str = "Achalasia") -> list[Fact]:
    text = f"# {title}\n\n{title} is a motility disorder of the oesophagus.\n\n"
    text += f"## Discussion\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


# --- a complement that is a clause or a judgement of worth is no blank -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A useful rule of thumb is that at the hilum the bronchial wall should be thinner than "
        "the adjacent artery.",
        "The main point is that the lesion never crosses the midline.",
        "Demonstration of a normal ovary on the same side is key to the diagnosis.",
        "Recognition of the fat plane between the mass and the pancreas is essential to staging.",
        "Early diagnosis is essential.",
        "Early contrast-enhanced imaging of the sinus is crucial in suspected thrombosis.",
    ],
)
def test_a_clause_or_a_word_of_worth_after_the_copula_is_no_blank(sentence: str) -> None:
    assert [t.text for t in fallback_terms(sentence)] == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Coronal reformats are essential, as a small fistula is easily missed.",
            "Coronal reformats",
        ),
        (
            "Fat-suppressed sequences are crucial for showing marrow oedema.",
            "Fat-suppressed sequences",
        ),
    ],
)
def test_what_a_word_of_worth_is_said_of_is_the_blank(sentence: str, term: str) -> None:
    assert [t.text for t in fallback_terms(sentence)] == [term]


def test_what_is_shown_is_the_blank_of_a_word_of_worth() -> None:
    found = fallback_terms("Demonstration of a normal left ovary is key to the diagnosis.")
    assert [t.text for t in found] == ["normal left ovary"]


def test_a_word_of_no_consensus_is_a_fact_and_the_blank() -> None:
    found = fallback_terms("Routine follow-up of small incidental cysts is controversial.")
    assert [t.text for t in found] == ["controversial"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Growth of the cyst is slow.", "slow"),
        ("The usual treatment is splenectomy.", "splenectomy"),
    ],
)
def test_a_plain_complement_is_still_the_blank(sentence: str, term: str) -> None:
    assert term in [t.text for t in fallback_terms(sentence)]


# --- a modality that has only a small part is no blank ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "MRI has a limited role but can help when a pleural mass must be told from fluid.",
        "Ultrasound plays only a minor role in staging the tumour.",
        "CT is of little value in the first days of the illness.",
        "Bone scintigraphy has no role in the follow-up of treated patients.",
    ],
)
def test_a_modality_with_a_small_part_is_no_blank(sentence: str) -> None:
    assert [t.text for t in fallback_terms(sentence)] == []


def test_a_modality_with_a_role_of_its_own_is_still_the_blank() -> None:
    found = fallback_terms("MRI has a central role in staging local invasion.")
    assert [t.text for t in found] == ["MRI"]


# --- figures that are adjoining steps of one scale are no blanks ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Nodules are graded by their size as small (up to 2 mm), medium (2-5 mm) or large "
        "(5-12 mm) on the chest radiograph.",
        "Varices are described as grade one (less than 5 mm), grade two (5-10 mm) or grade "
        "three (10-20 mm) at endoscopy.",
    ],
)
def test_adjoining_size_steps_of_one_scale_give_no_statement(sentence: str) -> None:
    assert not [f for f in _statements(sentence) if "mm" in f.value]


def test_figures_that_do_not_adjoin_stay_blanks() -> None:
    facts = _statements(
        "The oesophagus is dilated to more than 4 cm, and the sphincter is 2-3 cm long."
    )
    assert facts
    assert "4 cm" in facts[0].value
    assert "2-3 cm" in facts[0].value


# --- a blank in a reason clause beside one in the main clause ---------------------------------


def test_a_term_in_a_reason_clause_is_no_second_blank() -> None:
    sentence = (
        "Serum CA-125 is raised in most patients, but it is not specific, because it also "
        "rises in endometriosis."
    )
    assert _terms(sentence, title="Ovarian cancer") == ["CA-125"]


def test_a_cause_after_because_of_is_still_a_blank() -> None:
    terms = _terms(
        "On CT the lesion may be hypoattenuating because of fat.", title="Renal oncocytoma"
    )
    assert "fat" in terms


# --- a scale value given as a range of labels is blanked whole --------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Biopsy is advised for TI-RADS 4 and 5 nodules larger than 1.5 cm.", "TI-RADS 4 and 5"),
        ("Recall is advised for BI-RADS 3 or 4 findings in young women.", "BI-RADS 3 or 4"),
        ("Surgery is offered for Bosniak III and IV cysts in fit patients.", "Bosniak III and IV"),
    ],
)
def test_a_range_of_scale_labels_is_one_blank(sentence: str, term: str) -> None:
    assert term in _terms(sentence, title="Thyroid nodule")


# --- a generic head before a place is no blank -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A clustered distribution suggests deposits within a lobule of the gland.",
        "Low signal on every sequence indicates material within the sinus.",
    ],
)
def test_a_generic_head_told_with_its_place_is_no_blank(sentence: str) -> None:
    assert [t.text for t in fallback_terms(sentence)] == []


def test_a_named_finding_before_a_place_is_still_the_blank() -> None:
    found = fallback_terms("A fluid level suggests haemorrhage within the cyst.")
    assert [t.text for t in found] == ["haemorrhage"]


# --- the markdown reader: a table of contents left as plain lines -----------------------------


def _md_page(box: str) -> str:
    return (
        "# Tarsal coalition\n\n"
        f"{box}"
        "Tarsal coalition is an abnormal union between two or more tarsal bones:\n\n"
        "- fibrous\n\n- osseous\n\n"
        "#### Epidemiology\n\n"
        "It presents in adolescence.\n"
    )


def test_a_plain_on_this_page_box_leaves_no_label_in_the_lead() -> None:
    article = read_text(
        _md_page(
            "On this page:\n\n"
            "Article:\n\n"
            "- [Epidemiology](#nav_epidemiology)\n\n"
            "- [References](#references)\n\n"
            "Images:\n\n"
            "- [Cases and figures](#article-images)\n\n"
        )
    )
    lead = [b.text for b in article.sections[0].blocks if b.text]
    assert lead == ["Tarsal coalition is an abnormal union between two or more tarsal bones:"]
    every_item = [i.text for s in article.sections for b in s.blocks for i in b.items]
    assert "Epidemiology" not in every_item
    assert "fibrous" in every_item


def test_a_body_label_over_a_list_is_kept() -> None:
    article = read_text(_md_page("Consider:\n\n- [Talus](/articles/talus)\n\n"))
    lead = [b.text for b in article.sections[0].blocks if b.text]
    assert lead[0] == "Consider:"


def test_a_figure_and_the_range_it_opens_stay_blanks() -> None:
    sentence = (
        "Because the tract normally closes by about 6 weeks of life, a fistula is not "
        "diagnosed before 6-8 weeks."
    )
    values = [f.value.split(" | ") for f in _statements(sentence)]
    assert values
    assert "6 weeks" in values[0]
    assert "6-8 weeks" in values[0]
