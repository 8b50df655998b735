"""Session 30 (rank): a list entry ranked at its end ("type A: …, the most common type")
names its label as the thing ranked. Sentences are invented."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.rank_labels import trailing_label_rank
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _listed(heading: str, *lines: str, title: str = "Splenic cyst") -> Article:
    items = tuple(ListItem(text=line) for line in lines)
    blocks = (
        Block(BlockKind.PARAGRAPH, text="The lesions are described in four groups:"),
        Block(BlockKind.LIST, items=items),
    )
    return Article(slug="a", title=title, sections=(Section(heading, blocks),))


def _ranks(article: Article) -> set[tuple[str, str, str, str]]:
    return {
        (f.subject, f.item, f.value, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.RANK
    }


def test_rank_after_a_comma_ranks_the_label() -> None:
    article = _listed(
        "Pathology", "type A: a thin wall around a fluid centre, the most common type"
    )
    assert ("Splenic cyst", "type A", "most common", "type") in _ranks(article)


def test_rank_after_a_semicolon_with_this_is_and_a_category() -> None:
    ranked = trailing_label_rank("plaque form: a flat rind of tissue; this is the commonest form")
    assert ranked is not None
    assert (ranked.label, ranked.value, ranked.group) == ("plaque form", "most common", "form")


def test_bare_rank_in_a_bracket_takes_the_headings_category() -> None:
    article = _listed("Locations", "lower pole: ~55% (most common)", "upper pole: ~25%")
    assert ("Splenic cyst", "lower pole", "most common", "site") in _ranks(article)


def test_rarest_and_a_second_rank_are_read() -> None:
    assert trailing_label_rank("type D: a solid wall, the rarest form") == (
        "type D",
        "rarest",
        "form",
    )
    assert trailing_label_rank("hilar: nodes at the root; the second most common site") == (
        "hilar",
        "second most common",
        "site",
    )


def test_a_figure_bracket_is_no_part_of_the_label() -> None:
    ranked = trailing_label_rank("wall rupture (up to 10% of cases): free fluid; the most common")
    assert ranked is not None
    assert ranked.label == "wall rupture"


def test_rank_of_a_name_after_with_is_not_the_labels() -> None:
    # "with empyema, the most common complication" ranks the empyema
    assert (
        trailing_label_rank("pleural disease: effusion, with empyema, the most common complication")
        is None
    )


def test_rank_after_a_semicolon_is_the_labels_even_after_with() -> None:
    # "; " ends the clause that held "with X": the rank is the entry's
    ranked = trailing_label_rank("type B: a thick wall with nodules; the commonest in adults")
    assert ranked is not None
    assert ranked.label == "type B"


def test_rank_of_a_bare_name_before_a_bracket_is_not_the_labels() -> None:
    assert trailing_label_rank("on T2: dark nodules (the most common pattern)") is None


def test_description_with_its_own_verb_is_not_the_labels() -> None:
    # the description's subject is ranked, not the population label
    assert trailing_label_rank("cortex: a thin rim is thickened, the most common finding") is None
    assert trailing_label_rank("children: abdominal pain, often colicky, is the commonest") is None


def test_a_phrase_is_no_label() -> None:
    assert (
        trailing_label_rank("the same with calcified foci: small nodules, the most common") is None
    )


def test_no_rank_mid_entry() -> None:
    # the rank must end the entry (or a clause of it): here it is inside a longer clause
    assert trailing_label_rank("type B: the most common cause of pain in adults is trauma") is None


def test_condition_ranked_among_conditions_is_its_own_subject() -> None:
    article = _listed(
        "Differential diagnosis",
        "hamartoma: a solid nodule, the second most common benign splenic tumour",
    )
    assert (
        "hamartoma",
        "hamartoma",
        "second most common",
        "benign splenic tumour",
    ) in _ranks(article)


def test_a_kind_of_the_title_stays_the_titles() -> None:
    # a variant or subtype is ranked among the title's kinds: the title owns the rank
    article = _listed("Subtypes", "cystic hamartoma: the most common variant; often solitary")
    assert ("Splenic cyst", "cystic hamartoma", "most common", "variant") in _ranks(article)
