"""Ages stated in prose in the shapes reference articles use: limits written after the thing
they limit ("presentation after 30 is unusual"), ages in words and decades in words, infants'
ages in weeks and months, life stages ("presents in childhood"), "rare in children", a bimodal
distribution; and sex ratios in words ("three women for every two men"). Times that are no
ages (a latency in weeks, a follow-up) give none."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _facts(sentence: str, kind: FactKind, title: str = "Gout") -> set[tuple[str, str, str]]:
    block = Block(BlockKind.PARAGRAPH, text=sentence)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", (block,)),))
    return {
        (f.item or f.attribute, f.value, f.subject)
        for f in extract_facts(article)
        if f.kind is kind
    }


def _ages(sentence: str) -> set[tuple[str, str]]:
    return {(item, value) for item, value, _ in _facts(sentence, FactKind.AGE)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Presentation after 30 is unusual.", {("uncommon after", "30")}),
        ("Onset after the age of 40 is distinctly rare.", {("uncommon after", "40 years")}),
        (
            "Presentation before the age of 5 or after 50 is unusual.",
            {("uncommon before", "5 years"), ("uncommon after", "50")},
        ),
        ("It is rare before the age of forty.", {("uncommon before", "forty years")}),
        ("The median age at diagnosis is about 18 months.", {("median age", "about 18 months")}),
        ("Patients present with a mean of about 50 years.", {("mean age", "about 50 years")}),
        ("The mean age is in the mid-fifties.", {("mean age", "the mid-fifties")}),
        ("Most patients are over 60 at diagnosis.", {("typical age", "over 60")}),
        (
            "Infants typically present between 2 and 12 weeks of age.",
            {("typical age", "2-12 weeks of age")},
        ),
        ("Symptoms begin with a peak at 3-6 weeks.", {("peak incidence", "3-6 weeks")}),
        (
            "Most cases occur between 3 months and 3 years of age.",
            {("typical age", "between 3 months and 3 years of age")},
        ),
        (
            "Most present between twenty and forty years of age.",
            {("typical age", "between twenty and forty years")},
        ),
        ("Gout is rare in children.", {("uncommon in", "children")}),
        ("It usually presents in childhood.", {("age group", "childhood")}),
        ("It is seen almost exclusively in adults.", {("age group", "adults")}),
        ("There is a bimodal age distribution.", {("age distribution", "bimodal")}),
        (
            "Onset is typically in the second or third week of life.",
            {("typical age", "second or third week of life")},
        ),
        ("It becomes uncommon after the menopause.", {("uncommon after", "the menopause")}),
    ],
)
def test_age_shapes(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _ages(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # times after an event, durations and sizes are no ages
        "Symptoms peak at 3-6 weeks after the infection.",
        "The cyst was followed up with a mean of 5 years of imaging surveillance after surgery.",
        "Recurrence after 30 months is rare.",
        "Lesions over 60 mm are usually resected.",
        "Women are affected more often than men.",
        "Gout is rare in women.",
    ],
)
def test_no_age_from_times_sizes_or_sexes(sentence: str) -> None:
    assert _ages(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Women are affected slightly more often, roughly three women for every two men.",
            ("F:M", "3:2"),
        ),
        ("There is approximately three men for every two women.", ("M:F", "3:2")),
        ("A strong male predominance was described (M:F up to 10:1).", ("M:F", "10:1")),
        ("It is predominantly a disease of women.", ("predominance", "female")),
        ("It occurs almost exclusively in adolescent males.", ("predominance", "male")),
    ],
)
def test_sex_ratio_words(sentence: str, expected: tuple[str, str]) -> None:
    ratios = {(attribute, value) for attribute, value, _ in _facts(sentence, FactKind.SEX_RATIO)}
    assert expected in ratios


def test_a_counted_group_of_one_sex_is_no_ratio() -> None:
    assert _facts("Three women were treated for every case in men.", FactKind.SEX_RATIO) == set()


def test_an_age_that_bounds_a_rank_is_not_the_diseases_age() -> None:
    sentence = (
        "It is the most common cause of bowel obstruction between 6 months and 3 years of age."
    )
    assert _ages(sentence) == set()


def test_two_subjects_ratios_in_one_sentence_are_two_facts() -> None:
    sentence = (
        "Sporadic tumours show a male predominance (M:F 2:1), whereas familial tumours have "
        "no sex predilection."
    )
    ratios = _facts(sentence, FactKind.SEX_RATIO, title="Phaeochromocytoma")
    # each the title's subgroup, as an age of the same sentence is
    assert ("M:F", "2:1", "Phaeochromocytoma (sporadic tumours)") in ratios
    assert ("M:F", "1:1", "Phaeochromocytoma (familial tumours)") in ratios


def test_a_ratio_after_whereas_with_an_unnamed_subject_is_given_to_nobody() -> None:
    sentence = (
        "Extralobar sequestration shows a male predominance (M:F 4:1), whereas the intralobar "
        "form has no sex predilection."
    )
    ratios = _facts(sentence, FactKind.SEX_RATIO, title="Pulmonary sequestration")
    assert ("M:F", "4:1", "Extralobar sequestration") in ratios
    assert not any(value == "1:1" for _, value, _ in ratios), ratios


@pytest.mark.parametrize(
    "sentence",
    [
        "Fibroids are two to three times more common in women of African descent.",
        "Gout is more common in men over 65 than in younger men.",
        "The disease predominates in women who smoke.",
    ],
)
def test_a_group_of_one_sex_set_apart_states_no_sex_ratio(sentence: str) -> None:
    assert _facts(sentence, FactKind.SEX_RATIO) == set()


def test_a_predominance_in_words_gets_a_card_hiding_the_favoured_sex() -> None:
    """ "Women are affected slightly more often than men" is a female predominance: its card
    hides "Women" (it had none: the value "female" is not in the sentence)."""
    from quizgen.generators.cloze import build_cloze_notes  # noqa: PLC0415
    from quizgen.model import ArticleFacts, Provenance  # noqa: PLC0415

    block = Block(BlockKind.PARAGRAPH, text="Women are affected slightly more often than men.")
    article = Article(slug="a", title="Gout", sections=(Section("Epidemiology", (block,)),))
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.SEX_RATIO)
    notes = build_cloze_notes(ArticleFacts("a", article.title, Provenance(), facts), facts)
    assert [n.text for n in notes] == ["{{c1::Women}} are affected slightly more often than men."]


def test_a_typical_age_range_is_one_answer_on_its_card() -> None:
    """ "between 5 and 25 years" is stored as "5-25 years" and asked whole: one end alone
    ("between [5] and 25 years") asks half the fact, "5 and 25" asks a list (C3)."""
    from quizgen.generators.cloze import build_cloze_notes  # noqa: PLC0415
    from quizgen.model import ArticleFacts, Provenance  # noqa: PLC0415

    block = Block(BlockKind.PARAGRAPH, text="About 90% of patients are between 5 and 25 years old.")
    article = Article(
        slug="a", title="Chondroblastoma", sections=(Section("Epidemiology", (block,)),)
    )
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.AGE)
    notes = build_cloze_notes(ArticleFacts("a", article.title, Provenance(), facts), facts)
    assert [n.deletions[0].answer for n in notes] == ["5-25 years"]
