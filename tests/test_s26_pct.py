"""Session 26's percentage shapes, on invented sentences: the noun a share counts when an
aside, a relative clause or a pronoun stands between it and the verb of the share
("Haematuria, often painless, is present in 40%", "… complicated by haemorrhage, which occurs
in 10%", "The flank mass is a late sign; it is reported in 10%")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _percentages(text: str, title: str) -> set[tuple[str, str, str, str, str]]:
    article = Article(
        slug="t",
        title=title,
        sections=(Section("Clinical presentation", (Block(BlockKind.PARAGRAPH, text=text),)),),
    )
    return {
        (f.subject, f.item, f.value, f.attribute, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


# --- an aside after the sentence's opening noun ----------------------------------------------


def test_a_bracket_after_the_opening_noun_is_no_part_of_the_clause() -> None:
    facts = _percentages(
        "Nail changes (pitting, onycholysis and subungual hyperkeratosis) develop in about "
        "half of patients.",
        title="Psoriatic arthritis",
    )
    assert facts == {("Psoriatic arthritis", "Nail changes", "about half", "", "patients")}


def test_a_comma_aside_after_the_opening_noun_is_no_part_of_the_clause() -> None:
    facts = _percentages(
        "Dactylitis, a diffusely swollen sausage digit, is seen in roughly 40% of patients.",
        title="Psoriatic arthritis",
    )
    assert facts == {("Psoriatic arthritis", "Dactylitis", "roughly 40%", "", "patients")}


# --- a relative clause after a noun ----------------------------------------------------------


def test_the_noun_a_which_clause_follows_is_counted() -> None:
    facts = _percentages(
        "The course may be complicated by spontaneous splenic rupture, which occurs in fewer "
        "than 1% of cases.",
        title="Infectious mononucleosis",
    )
    assert facts == {
        ("Infectious mononucleosis", "spontaneous splenic rupture", "fewer than 1%", "", "cases")
    }


def test_a_noun_of_presence_is_left_out_of_the_counted_noun() -> None:
    facts = _percentages(
        "Staging rests on the presence of nodal disease, which is found in about 30% of "
        "patients at diagnosis.",
        title="Merkel cell carcinoma",
    )
    assert facts == {("Merkel cell carcinoma", "nodal disease", "about 30%", "", "patients")}


def test_a_which_clause_with_another_verb_counts_nothing() -> None:
    # what the drug does to a size is no share of patients the noun names
    facts = _percentages(
        "Treatment options include octreotide, which shrinks the tumour by 30% in most.",
        title="Acromegaly",
    )
    assert all(item == "" for _, item, _, _, _ in facts)


# --- a pronoun that opens a later clause -----------------------------------------------------


def test_it_after_a_semicolon_stands_for_the_opening_noun() -> None:
    facts = _percentages(
        "The target sign is a late finding; it is reported in fewer than 10% of children.",
        title="Intussusception",
    )
    assert facts == {("Intussusception", "target sign", "fewer than 10%", "", "children")}


def test_it_after_and_stands_for_the_opening_noun() -> None:
    facts = _percentages(
        "A palpable sausage-shaped mass is a classic clue, and it is found in about a third of "
        "children.",
        title="Intussusception",
    )
    assert facts == {
        ("Intussusception", "palpable sausage-shaped mass", "about a third", "", "children")
    }


def test_they_does_not_stand_for_a_singular_noun() -> None:
    facts = _percentages(
        "The lead point is rarely identified, and they are seen in about 5% of children.",
        title="Intussusception",
    )
    assert all(item != "lead point" for _, item, _, _, _ in facts)


def test_a_noun_with_an_of_phrase_is_counted_whole() -> None:
    facts = _percentages(
        "The injury is often accompanied by a tear of the medial collateral ligament, which is "
        "present in about 60% of cases.",
        title="Knee dislocation",
    )
    assert facts == {
        ("Knee dislocation", "tear of the medial collateral ligament", "about 60%", "", "cases")
    }


def test_which_after_a_due_to_phrase_names_no_item() -> None:
    # "which" may stand for the swelling or for the haemorrhage: no item is chosen
    facts = _percentages(
        "The usual complaint is a tender swelling due to subperiosteal haemorrhage, which is "
        "the first sign in about half of children.",
        title="Scurvy",
    )
    assert all(item != "subperiosteal haemorrhage" for _, item, _, _, _ in facts)


def test_a_noun_of_the_predicate_is_not_the_counted_noun() -> None:
    facts = _percentages(
        "Epistaxis, surprisingly, is an infrequent presenting complaint (well under 10%).",
        title="Sinonasal melanoma",
    )
    assert all("complaint" not in item for _, item, _, _, _ in facts)


def test_the_pages_own_noun_after_a_pronoun_is_no_item() -> None:
    facts = _percentages(
        "Cholesteatomas are common in this population, and they are found in up to 20% of "
        "children with chronic otitis media.",
        title="Cholesteatoma",
    )
    assert all(item == "" for _, item, _, _, _ in facts)
