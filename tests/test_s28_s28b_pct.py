"""Session 28's percentage items, on invented sentences: what a share counts when the
predicate after its whole says what the counted do ("… of patients report X"), when a
qualifier or "however" stands before that verb, when a fronted "In N% of cases" opens a
clause ("… the cyst is located in X"), after an absolute "with", after "because"/"as", and a
quantity "at least one X" as an item."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.shares import shares_in
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _percentages(text: str, title: str) -> set[tuple[str, str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Clinical presentation", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {
        (f.subject, f.item, f.value, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


def _items(text: str, title: str = "Topic") -> list[str]:
    return [s.item for s in shares_in(text, "", title)]


# --- what the counted do, after the whole ------------------------------------------------------


def test_a_verb_of_what_the_counted_do_gives_the_item() -> None:
    assert _items("About 60% of patients report a preceding viral illness.") == [
        "report a preceding viral illness"
    ]
    assert _items("Roughly 30% of children require surgery within five years.") == [
        "require surgery within five years"
    ]
    assert _items("More than nine in ten tumours carry a mutation of the KIT gene.") == [
        "carry a mutation of the KIT gene"
    ]


def test_a_negation_stays_in_the_item() -> None:
    assert _items("About 90% of people with a cervical rib never develop symptoms.") == [
        "never develop symptoms"
    ]


def test_a_qualifier_and_however_between_whole_and_verb() -> None:
    assert _items("Around half of men with a varicocele, however, have no symptoms.") == [
        "no symptoms"
    ]
    assert _items("About 15% of nodules detected on ultrasound are malignant.") == ["malignant"]


def test_a_named_condition_the_qualified_have_is_no_item() -> None:
    # the share of children with a café-au-lait spot who prove to have NF1: no feature
    assert _items("Only about 10% of children with a single spot have NF1.") == [""]


def test_an_alternative_is_kept_whole() -> None:
    assert _items("About 60% of patients with sarcoidosis are current or former smokers.") == [
        "current or former smokers"
    ]


def test_a_comma_set_share_after_a_quantified_noun() -> None:
    assert _items("Most chordomas, about 90%, express brachyury on immunohistochemistry.") == [
        "express brachyury on immunohistochemistry"
    ]


# --- a fronted share of cases --------------------------------------------------------------------


def test_a_fronted_share_counts_the_state_of_the_clause_subject() -> None:
    assert _items("In about 70% of cases the cyst is located in the right lobe.") == [
        "cyst located in the right lobe"
    ]
    assert _items("In up to a third of patients no cause can be identified.") == [
        "no cause identified"
    ]
    assert _items("In about half of adults there is no history of trauma.") == [
        "no history of trauma"
    ]


def test_a_fronted_share_with_a_pronoun_or_a_role_has_no_item() -> None:
    assert _items("In 10% of patients it is the first sign of the disease.") == [""]
    # (session 37: what fills a first sign's role is counted in that role)
    assert _items("In 20% of patients the first sign is a palpable mass.") == [
        "palpable mass as first sign"
    ]


# --- the noun before "in N%" ----------------------------------------------------------------


def test_an_absolute_with_names_what_is_counted() -> None:
    assert _items("Most meningiomas are solitary, with multiple tumours in about 8%.") == [
        "multiple tumours"
    ]


def test_a_subordinate_clause_subject_is_counted() -> None:
    assert _items(
        "Staging CT is advised because liver metastases are present in 15% of patients."
    ) == ["liver metastases"]
    assert _items("The chest should be imaged, as pleural effusions are found in 25%.") == [
        "pleural effusions"
    ]


def test_more_verbs_of_the_record_and_a_perfect_after_and() -> None:
    assert _items("A family history can be elicited in about 20% of patients.") == [
        "family history"
    ]
    assert _items("Renal cysts are common and have been found in up to 40% of patients.") == [
        "Renal cysts"
    ]


def test_at_least_one_is_a_quantity_not_a_circumstance() -> None:
    facts = _percentages(
        "About a third of infants have at least one cardiac anomaly.", title="Duodenal atresia"
    )
    assert ("Duodenal atresia", "at least one cardiac anomaly", "About a third", "infants") in facts


def test_a_bracketed_name_cut_inside_is_no_item() -> None:
    facts = _percentages(
        "Nearly all tumours (over 90%) carry the t(11;22)(q24;q12) translocation, which is "
        "diagnostic.",
        title="Ewing sarcoma",
    )
    assert {item for _, item, _, _ in facts} == {""}


def test_a_state_of_the_own_disease_owns_no_share() -> None:
    facts = _percentages(
        "With appropriate treatment, more than 85% of patients with drug-susceptible disease "
        "are cured.",
        title="Tuberculous meningitis",
    )
    assert {subject for subject, *_ in facts} == {"Tuberculous meningitis"}
