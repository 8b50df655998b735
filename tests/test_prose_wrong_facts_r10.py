"""Issue 11, session 8 round 2: shapes behind wrong association and percentage facts on the
blind sets G and H. Every sentence is invented, about organs and diseases those sets do not
cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.relations import names_a_member
from quizgen.extractors.subgroups import whole_with_condition
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _facts(title: str, *blocks: Block, heading: str = "Epidemiology") -> list[Fact]:
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return list(extract_facts(article))


def _paragraphs(title: str, *texts: str, heading: str = "Epidemiology") -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=t) for t in texts)
    return _facts(title, *blocks, heading=heading)


def _list(title: str, intro: str, entries: list[str], heading: str = "Epidemiology") -> list[Fact]:
    return _facts(
        title,
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
        heading=heading,
    )


def _shares(facts: list[Fact]) -> dict[str, tuple[str, str]]:
    """value -> (subject, item) of each percentage fact."""
    return {f.value: (f.subject, f.item) for f in facts if f.kind is FactKind.PERCENTAGE}


def _associations(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


# --- ", which makes up N%": the share counts the antecedent ---------------------------


def test_a_relative_clause_share_counts_its_antecedent_not_the_sentence_subject() -> None:
    facts = _paragraphs(
        "Medulloblastoma",
        "The name is used here for classic medulloblastoma, which makes up about 70% of cases.",
    )
    assert _shares(facts)["about 70%"][1] == "classic medulloblastoma"


def test_a_relative_clause_after_a_whole_gives_the_second_share_to_that_whole() -> None:
    shares = _shares(
        _paragraphs(
            "Glomus jugulare tumour",
            "Glomus jugulare tumours account for about 40% of temporal bone paragangliomas, "
            "which themselves represent less than 2% of skull base tumours.",
        )
    )
    assert shares["less than 2%"][1] == "temporal bone paragangliomas"


def test_without_a_relative_clause_the_accounting_subject_is_counted() -> None:
    shares = _shares(
        _paragraphs(
            "Vestibular schwannoma",
            "Vestibular schwannomas account for about 80% of cerebellopontine angle masses, "
            "which are mostly benign.",
        )
    )
    assert shares["about 80%"][1] == "Vestibular schwannoma"


# --- "much rarer (N)": the comparative says how often its subject is ----------------------


def test_a_comparative_frequency_word_gives_the_share_to_its_subject() -> None:
    shares = _paragraphs(
        "Hepatoblastoma",
        "Pulmonary spread is found in about 20% at diagnosis, although bony spread is much "
        "rarer (under 2%).",
    )
    assert _shares(shares)["under 2%"][1] == "bony spread"


def test_an_estimate_hedge_keeps_the_subject_of_occur_in() -> None:
    shares = _shares(
        _paragraphs(
            "Pyloric stenosis",
            "Pyloric stenosis is estimated to occur in about 3 in 1000 live births in Europe.",
        )
    )
    assert shares["about 3 in 1000"][1] == "Pyloric stenosis"


# --- association items that name no member ------------------------------------------------


def test_a_share_of_a_population_names_no_associated_member() -> None:
    assert not names_a_member("approximately 20-30% of patients with sarcoidosis")
    assert names_a_member("sarcoidosis")
    facts = _paragraphs(
        "Cardiac sarcoidosis",
        "Clinically evident uveitis develops in approximately 20-30% of patients with "
        "sarcoidosis, while subclinical disease is common.",
    )
    assert not any("%" in item for _, item in _associations(facts))


def test_a_list_entry_that_is_a_whole_clause_names_no_member() -> None:
    found = _associations(
        _list(
            "Renal amyloidosis",
            "Complications include:",
            [
                "nephrotic syndrome",
                "renal failure develops in about a third of those affected and usually "
                "requires dialysis",
            ],
            heading="Clinical presentation",
        )
    )
    items = {item for _, item in found}
    assert "nephrotic syndrome" in items
    assert not any(item.startswith("renal failure") for item in items)


# --- "X is associated with:": the list is X's -----------------------------------------------


def test_an_associated_with_list_belongs_to_its_intros_subject() -> None:
    found = _associations(
        _list(
            "Pelviureteric junction obstruction",
            "Horseshoe kidney (and therefore the risk of obstruction) is associated with:",
            ["Turner syndrome", "trisomy 18"],
        )
    )
    assert ("Horseshoe kidney", "Turner syndrome") in found


def test_a_pronoun_or_the_title_before_associated_with_keeps_the_list_the_articles() -> None:
    title = "Pelviureteric junction obstruction"
    for intro in ("It is associated with:", f"{title} is associated with:"):
        found = _associations(_list(title, intro, ["Turner syndrome"]))
        assert (title, "Turner syndrome") in found


# --- "Most infants (about 80%) are …": the predicate is counted, not the quantifier ---------


def test_a_bracketed_share_after_a_quantifier_counts_the_predicate() -> None:
    shares = _shares(
        _paragraphs(
            "Biliary atresia",
            "Most infants (about 75%) are diagnosed before the age of two months.",
        )
    )
    assert shares["about 75%"][1] == "diagnosed before the age of two months"


def test_a_bracketed_share_after_a_named_noun_keeps_the_noun() -> None:
    shares = _shares(
        _paragraphs(
            "Biliary atresia",
            "The isolated form (about 85%) is the one usually treated with a Kasai procedure.",
        )
    )
    assert shares["about 85%"][1] == "isolated form"


# --- sex ratios: the ratio a predominance states, and the age group it holds in -----------


def _sex_ratios(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in facts if f.kind is FactKind.SEX_RATIO}


def test_a_predominance_with_a_ratio_in_an_age_group_keeps_both() -> None:
    found = _sex_ratios(
        _paragraphs(
            "Intussusception",
            "In infants there is a male predominance of about 3:1, but no sex difference in "
            "adults.",
        )
    )
    assert ("Intussusception in infants", "M:F", "3:1") in found


def test_a_bare_predominance_stays_the_subjects_and_names_no_ratio() -> None:
    found = _sex_ratios(
        _paragraphs("Intussusception", "Intussusception shows a slight male predominance.")
    )
    assert found == {("Intussusception", "predominance", "male")}


# --- "N% of people with X": the whole is the people with X, not all people ----------------


def test_a_share_of_people_with_a_condition_keeps_the_condition_in_its_whole() -> None:
    facts = _paragraphs(
        "Optic pathway glioma",
        "Optic pathway gliomas are found in roughly 15% of children with neurofibromatosis type 1.",
    )
    groups = {f.value: f.group for f in facts if f.kind is FactKind.PERCENTAGE}
    assert groups["roughly 15%"] == "children with neurofibromatosis type 1"


def test_the_whole_stays_bare_without_a_named_condition() -> None:
    assert whole_with_condition("patients", " of patients with the disease.") == "patients"
    assert whole_with_condition("cases", " of cases with calcification.") == "cases"
    assert (
        whole_with_condition("patients", " of patients with lupus turn out to have nephritis.")
        == "patients"
    )
    assert whole_with_condition("people", " of people with HHT.") == "people with HHT"


# --- "N% of X secrete Y": the whole ends at the verb, which with its object is counted ------


def test_a_verb_of_making_ends_the_whole_and_is_what_is_counted() -> None:
    facts = _paragraphs(
        "Pituitary macroadenoma",
        "About 20% of pituitary adenomas secrete growth hormone, so acromegaly is common.",
    )
    found = {(f.item, f.group) for f in facts if f.kind is FactKind.PERCENTAGE}
    assert ("secrete growth hormone", "pituitary adenomas") in found


def test_a_counted_noun_before_in_is_not_replaced_by_the_verb_after_the_whole() -> None:
    facts = _paragraphs(
        "Pituitary macroadenoma",
        "Calcification is seen in about 10% of adenomas that contain blood products.",
    )
    items = {f.item for f in facts if f.kind is FactKind.PERCENTAGE}
    assert "Calcification" in items
    assert not any(item.startswith("contain") for item in items)
