"""What a radiologist objected to on the lead's own pages of session 21 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Kikuchi disease", name: str = "page.md") -> list[Fact]:
    page = body if name.endswith(".txt") else f"# {title}\n\n{body}\n"
    return extract_facts(read_text(page, path=Path(name)))


def _of(kind: FactKind, facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if fact.kind is kind]


_LEAD = (
    "Kikuchi disease is a self-limiting necrotising lymphadenitis of young women and the most "
    "common cause of tender cervical nodes in the Far East."
)
_TEXT_PAGE = f"""Kikuchi disease | Example.org
Skip to main content
Articles Cases Courses Quiz Log in Sign up
Kikuchi disease
{_LEAD}
Epidemiology
Young adults are affected.
Differential diagnosis
Conditions to consider include
tuberculous lymphadenitis: matted nodes with necrosis
lymphoma
systemic lupus erythematosus
"""


def test_a_text_page_skip_link_and_repeated_title_are_not_its_lead() -> None:
    """ "Skip to main content" and the title line again stood before the lead's first
    sentence, so the lead's definition was never read."""
    facts = _facts(_TEXT_PAGE, name="page.txt")
    definitions = _of(FactKind.DEFINITION, facts)
    assert [f.value for f in definitions] == [
        "a self-limiting necrotising lymphadenitis of young women and the most common cause of "
        "tender cervical nodes in the Far East"
    ]
    assert not any("Skip" in f.source.text for f in facts)


def test_a_list_intro_that_lost_its_colon_is_no_member() -> None:
    facts = _facts(_TEXT_PAGE, name="page.txt")
    items = {f.item for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert items == {"tuberculous lymphadenitis", "lymphoma", "systemic lupus erythematosus"}


def test_a_second_predicate_after_and_is_ranked() -> None:
    """ "X is a <kind> and the most common cause of Y": X is ranked."""
    facts = _facts(_TEXT_PAGE, name="page.txt")
    ranks = {(f.item, f.value, f.group) for f in _of(FactKind.RANK, facts)}
    assert ranks == {
        ("Kikuchi disease", "most common", "cause of tender cervical nodes in the Far East")
    }


def test_a_rank_after_and_is_not_taken_from_another_clause() -> None:
    """ "… and the most common site is the femur" ranks the femur, not the subject."""
    facts = _facts(
        "Kikuchi disease is a disease of young women and the most common site is the neck."
    )
    assert not [f for f in _of(FactKind.RANK, facts) if f.item == "Kikuchi disease"]


def test_a_share_of_patients_early_in_the_disease_counts_patients() -> None:
    facts = _facts("Night sweats occur in up to 30% of patients early in the illness.")
    shares = _of(FactKind.PERCENTAGE, facts)
    assert [(f.item, f.value, f.group) for f in shares] == [
        ("Night sweats", "up to 30%", "patients")
    ]


def test_a_fold_increased_risk_of_the_patients_is_a_complication() -> None:
    facts = _facts("Patients have a 12-fold increased risk of subsequent lupus nephritis.")
    found = {(f.item, f.group) for f in _of(FactKind.ASSOCIATION, facts)}
    assert found == {("subsequent lupus nephritis", "complications")}


def test_the_risk_of_other_patients_is_no_complication() -> None:
    facts = _facts("Patients with lupus have a 12-fold increased risk of lymphadenitis.")
    assert not [f for f in _of(FactKind.ASSOCIATION, facts) if f.group == "complications"]


def test_a_case_carousel_left_in_a_text_dump_gives_no_member() -> None:
    """ "• Drag", "Drag here to reorder.", "• Updating… Please wait." after a differential
    list were two differentials ("Drag", "Updating… Please wait.")."""
    page = (
        "Kikuchi disease\n\nKikuchi disease is a necrotising lymphadenitis.\n\n"
        "Differential diagnosis\n\nConsider:\n\n"
        "  • lymphoma\n  • tuberculous lymphadenitis\n"
        "  • Drag\n    Case 1: Kikuchi disease\n    Drag here to reorder.\n"
        "  • Updating… Please wait.\n\n    Alert accept\n\n"
        "    Error Unable to process the form. Check for errors and try again.\n"
    )
    facts = _facts(page, name="page.txt")
    assert {f.item for f in _of(FactKind.DIFFERENTIAL, facts)} == {
        "lymphoma",
        "tuberculous lymphadenitis",
    }
    assert not [f for f in facts if "Drag" in f.source.text or "wait" in f.source.text]


def test_an_age_group_in_which_the_disease_becomes_apparent() -> None:
    facts = _facts("The condition usually becomes apparent in late childhood or early adulthood.")
    ages = {(f.item, f.value) for f in _of(FactKind.AGE, facts)}
    assert ages == {("age group", "late childhood or early adulthood")}
    facts = _facts("The swelling became apparent in patients after surgery.")
    assert not _of(FactKind.AGE, facts)


def test_a_gene_in_a_relative_clause_is_its_antecedents() -> None:
    """ "associated with Kellgren dysplasia, which is caused by KDR1 mutations": the gene is
    the dysplasia's, not the page's."""
    facts = _facts(
        "It can be associated with Kellgren dysplasia, which is caused by KDR1 gene mutations.",
        title="Brachymesophalangy",
    )
    genes = {(f.subject, f.item) for f in _of(FactKind.ASSOCIATION, facts)}
    assert ("Kellgren dysplasia", "KDR1 mutation") in genes
    assert ("Brachymesophalangy", "KDR1 mutation") not in genes


def test_a_lead_definition_after_a_relative_clause() -> None:
    """ "X, which is caused by Y, is a Z": the relative clause's "is" is not the defining
    verb (the defined name read "X, which")."""
    facts = _facts(
        "Brachymesophalangy, which is caused by a growth plate defect, is a shortening of the "
        "middle phalanges.",
        title="Brachymesophalangy",
    )
    definitions = {(f.item, f.value) for f in _of(FactKind.DEFINITION, facts)}
    assert definitions == {("Brachymesophalangy", "a shortening of the middle phalanges")}


def test_a_kind_of_an_eponymous_title_keeps_the_capital() -> None:
    """ "Secondary (pseudo-Kirner) deformity may follow trauma": "Secondary Kirner
    deformity", not "Secondary kirner deformity"; a title the article writes in small
    letters is lowered as before."""
    facts = _facts(
        "Kirner deformity is a curving of the little finger.\n\n"
        "Secondary (pseudo-Kirner) deformity may follow trauma or infection.",
        title="Kirner deformity",
    )
    subjects = {f.subject for f in _of(FactKind.ASSOCIATION, facts)}
    assert subjects == {"Secondary Kirner deformity"}
    facts = _facts(
        "A synovial cyst is a fluid collection.\n\n"
        "Secondary (acquired) cysts may follow trauma or infection.",
        title="Synovial cyst",
    )
    assert {f.subject for f in _of(FactKind.ASSOCIATION, facts)} == {"Secondary synovial cyst"}
