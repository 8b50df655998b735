"""Statements asked as "which of these statements does the article make?" (issue 12, target
3: every fact kind with an MCQ): other sentences of the article, each with one word made its
contrary, are the distractors; a swap is made only where it makes the sentence false."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from quizgen.generators import generate
from quizgen.generators.contraries import (
    article_sentences,
    is_option_sentence,
    said_right,
    stated_contrary,
    swaps,
)
from quizgen.generators.mcq import build_pools
from quizgen.generators.rules import m3_no_true_distractor
from quizgen.model import ArticleFacts, Fact, FactKind, MCQuestion, Provenance
from quizgen.selection import resolve_selection


def _statement(make_fact: Callable[..., Fact], sentence: str) -> Fact:
    return make_fact(
        kind=FactKind.STATEMENT,
        item="",
        group="",
        value=sentence.rsplit(maxsplit=1)[-1].strip("."),
        attribute="term",
        statement=sentence,
        text=sentence,
        id=f"test-article:statement:{abs(hash(sentence))}",
    )


def _said(facts: list[Fact]) -> list[MCQuestion]:
    entry = ArticleFacts("test-article", "Test article", Provenance(), tuple(facts))
    made = generate([entry], rng=random.Random(0), cards=False).questions
    return [q for q in made if q.id.endswith("#mcq-said")]


def _contraries(sentence: str) -> list[str]:
    return [swap.apply(sentence) for swap in swaps(sentence)]


_ARTICLE = (
    "Lesions are usually hyperintense on T2.",
    "Calcification is common in older patients.",
    "Haemorrhage is rare in small tumours.",
    "MRI is sensitive to marrow infiltration.",
)


def test_each_distractor_is_another_sentence_with_one_contrary(
    make_fact: Callable[..., Fact],
) -> None:
    facts = [_statement(make_fact, s) for s in _ARTICLE]
    questions = _said(facts)
    assert len(questions) == len(_ARTICLE)
    for question in questions:
        assert question.answer in _ARTICLE
        assert question.stem.endswith("which of these statements does the article make?")
        distractors = [o for o in question.options if o != question.answer]
        assert len(set(question.options)) == len(question.options)
        for option in distractors:
            assert option not in _ARTICLE
            # exactly one word differs from exactly one other sentence of the article
            near = [s for s in _ARTICLE if len(set(s.split()) ^ set(option.split())) == 2]
            assert len(near) == 1, option
            assert near[0] != question.answer, option
            assert not said_right(option, list(_ARTICLE))


def test_a_hedged_or_negated_clause_is_never_swapped() -> None:
    """ "may be symptomatic" and "may be asymptomatic" are both true; "not specific" made
    "not nonspecific" says nothing."""
    assert _contraries("Lesions may be symptomatic.") == []
    assert _contraries("Large, hypervascular tumours can bleed.") == []
    assert _contraries("The finding is not specific.") == []
    assert _contraries("Lesions are usually symptomatic.") == [
        "Lesions are rarely symptomatic.",
        "Lesions are usually asymptomatic.",
    ]


def test_a_leading_condition_is_never_swapped_but_its_claim_is() -> None:
    """ "When asymptomatic, patients present with pain" contradicts itself: the opening
    condition says where the claim holds, so only the claim after it is swapped."""
    assert _contraries("When symptomatic, patients usually present with flank pain.") == [
        "When symptomatic, patients rarely present with flank pain."
    ]
    assert _contraries("If untreated, the lesion is usually progressive.") == [
        "If untreated, the lesion is rarely progressive."
    ]
    assert _contraries("Symptomatic patients usually present with flank pain.") == [
        "Asymptomatic patients usually present with flank pain.",
        "Symptomatic patients rarely present with flank pain.",
    ]


def test_a_bound_a_name_or_a_pair_in_the_sentence_is_never_swapped() -> None:
    """ "older than 40" names a group ("younger than 40" may be right too); "high" in a
    score's name; "men and women" already holds the contrary; "higher age groups (>50)"."""
    assert _contraries("Metastases must be considered in patients older than 40.") == []
    assert _contraries("A high Wells score raises the pretest probability.") == []
    assert _contraries("It is seen in men and women.") == []
    assert _contraries("Lesions are much more frequent in higher age groups (>50 years).") == [
        "Lesions are much less frequent in higher age groups (>50 years)."
    ]
    assert _contraries("Three or more nodules are needed.") == []
    # "as often as" measures how much more: "twice as rarely as" claims nothing
    assert _contraries("Boys are affected about three times as often as the others.") == []
    assert _contraries("Seizures are often the first sign.") == [
        "Seizures are rarely the first sign."
    ]
    # one sex named twice: swapping one word would contradict the other
    assert _contraries("There is a female predominance, with women forming 70% of cases.") == []
    assert _contraries("There is a marked female predominance.") == [
        "There is a marked male predominance."
    ]
    # a state only one sex is in names it too: no "breastfeeding men"
    assert _contraries("Mastitis affects one in five breastfeeding women.") == []
    assert _contraries("Most patients are postmenopausal women.") == []
    assert _contraries("Metastases are considered in patients older than the age of forty.") == []
    # an anatomical part: no "left higher lobe" or "higher oesophageal sphincter"
    assert _contraries("The commonest site is the left lower lobe.") == []
    assert _contraries("It arises at the lower oesophageal sphincter.") == []
    assert _contraries("Patients present with low back pain.") == []  # no "high back pain"


def test_a_frequency_word_measured_by_a_share_is_never_swapped() -> None:
    """ "rare (<5%)" swapped to "common (<5%)" contradicts its own figure: the option gives
    itself away (M7). Without a figure the same word is swapped."""
    assert _contraries("Recurrence after open repair is rare (<5%).") == []
    assert _contraries("Bleeding after biopsy is uncommon, about 2 per cent.") == []
    assert _contraries("Seizures are frequent, in 1 in 3 patients.") == []
    assert _contraries("Recurrence after open repair is rare.") == [
        "Recurrence after open repair is common."
    ]


def test_a_vessel_or_duct_name_the_writing_or_a_concession_is_never_swapped() -> None:
    """ "the common hepatic artery" has no "rare hepatic artery"; "more recently" and "the
    older name" date the writing, not the disease; "uncommon but include" made "common but
    include" contradicts itself; an organ of one sex names that sex (no "female" infertility
    from an absent vas deferens). Each such distractor gives itself away."""
    assert _contraries("The splenic and common hepatic arteries arise together.") == []
    assert _contraries("Stones lodge in the common bile duct.") == []
    assert _contraries("More recently, ultrasound has replaced radiography.") == []
    assert _contraries("The older name lymphangioma circumscriptum is still used.") == []
    assert _contraries("Familial forms are uncommon but include thyroid medullary lesions.") == []
    assert _contraries("Renal infarcts are rare, but they cause flank pain.") == []
    assert _contraries("There is male subfertility from testicular microlithiasis.") == []
    assert _contraries("There is female subfertility from uterine synechiae.") == []
    # the same words elsewhere are still swapped
    assert _contraries("Splenic infarcts are uncommon in adults.") == [
        "Splenic infarcts are common in adults."
    ]
    assert _contraries("There is a female predominance in thyroid nodules.") == [
        "There is a male predominance in thyroid nodules."
    ]


def test_the_generator_draws_no_contrary_the_article_states(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Haemorrhage is common in small tumours." would contradict "rare" in one sentence and
    be what another says: it is never drawn (and the question is still made)."""
    facts = [_statement(make_fact, s) for s in _ARTICLE]
    facts.append(_statement(make_fact, "Haemorrhage is common in small tumours with necrosis."))
    questions = {q.answer: q for q in _said(facts)}
    question = questions["Lesions are usually hyperintense on T2."]
    assert "Haemorrhage is common in small tumours." not in question.distractor_pool
    assert len(question.options) >= 3


def test_a_contrary_the_article_states_is_never_offered() -> None:
    """M3: "rarely asymptomatic" is not a distractor where the article says it anywhere."""
    sentence = "Lesions are frequently asymptomatic."
    frequency, _ = swaps(sentence)
    assert frequency.contrary == "rarely"
    elsewhere = ["Spinal lesions are rarely asymptomatic in children."]
    assert stated_contrary(frequency, elsewhere)
    assert not stated_contrary(frequency, ["Bone lesions are painful."])
    assert said_right(frequency.apply(sentence), [sentence, *elsewhere])
    assert not said_right(frequency.apply(sentence), [sentence])
    assert said_right(sentence, [sentence])  # the article's own sentence is right


def test_a_an_agrees_with_the_contrary() -> None:
    (swap,) = swaps("A ratio above 1 carries an increased risk.")
    assert swap.apply("A ratio above 1 carries an increased risk.") == (
        "A ratio above 1 carries a decreased risk."
    )


def test_only_whole_sentences_that_name_their_topic_are_options() -> None:
    assert is_option_sentence("Lesions are usually hyperintense on T2.")
    assert not is_option_sentence("They are usually hyperintense on T2.")  # C2
    assert not is_option_sentence("T2: usually hyperintense.")  # a list line
    assert not is_option_sentence("usually hyperintense on T2")


def test_the_m3_check_refuses_a_distractor_the_article_states(
    make_fact: Callable[..., Fact],
) -> None:
    facts = [_statement(make_fact, s) for s in _ARTICLE]
    (question, *_) = _said(facts)
    pools = build_pools(facts)
    assert m3_no_true_distractor(question, pools) == []
    wrong = next(i for i in range(len(question.options)) if i != question.answer_index)
    stated = next(s for s in _ARTICLE if s != question.answer)
    options = list(question.options)
    options[wrong] = stated
    bad = replace(question, options=tuple(options))
    assert [f.rule_id for f in m3_no_true_distractor(bad, pools)] == ["M3"]


def test_the_seeds_statements_get_the_form_where_a_word_can_be_swapped(
    tmp_store: Path, now: datetime
) -> None:
    """Read by a radiologist: "MRI is sensitive to metastatic disease …" keyed, "much less
    frequent in higher age groups" and "very rarely asymptomatic" as distractors (both
    contradict the article)."""
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    questions = [
        q
        for q in generate(entries, rng=random.Random(0), cards=False).questions
        if q.id.endswith("#mcq-said")
    ]
    assert [q.answer for q in questions] == [
        "Radiographs are useful as an overview but are insensitive to small lytic lesions and "
        "struggle to assess for compromise of the canal.",
        "MRI is sensitive to metastatic disease and is able also assess for cord compression.",
    ]
    for question in questions:
        facts = next(e for e in entries if e.slug == question.article).facts
        sentences = article_sentences(facts)
        for option in question.options:
            if option != question.answer:
                assert not said_right(option, sentences), option
        assert len({o.lower() for o in question.options}) == len(question.options)


def test_a_word_in_another_sense_is_never_swapped() -> None:
    """ "Treatment is symptomatic" (of symptoms) has no false contrary, only nonsense
    ("asymptomatic treatment"); nor has "malignant transformation" ("benign
    transformation"). The same words in their own sense are swapped."""
    assert _contraries("Treatment is symptomatic.") == []
    assert _contraries("Malignant transformation is exceptionally rare.") == [
        "Malignant transformation is exceptionally common."
    ]
    assert _contraries("The lesions are benign.") == ["The lesions are malignant."]
