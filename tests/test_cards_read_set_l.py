"""Problems found by reading every MCQ and cloze card of set L (eight articles written blind
in session 9) as a radiologist would: each test names what a reader saw, on invented
sentences about other organs, and fails when it comes back."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.extractors.text import iter_sentences
from quizgen.generators import generate
from quizgen.generators.relations import is_bare_label
from quizgen.model import (
    Article,
    ArticleFacts,
    Block,
    BlockKind,
    Fact,
    FactKind,
    Provenance,
    Section,
)

Make = Callable[..., Fact]


def _questions(facts: list[Fact], title: str, key: str):  # type: ignore[no-untyped-def]
    entry = ArticleFacts("test-article", title, Provenance(systems=("Chest",)), tuple(facts))
    made = generate([entry], rng=random.Random(0)).questions
    return [q for q in made if q.fact_id == key]


def _sign(
    make_fact: Make, item: str, text: str, fact_id: str, subject: str = "Lung abscess"
) -> Fact:
    return replace(
        make_fact(
            kind=FactKind.SIGN,
            title="Lung abscess",
            subject=subject,
            item=item,
            group="",
            value=item,
            text=text,
            statement=text,
            section="Radiographic features",
        ),
        id=fact_id,
    )


def test_a_sign_is_asked_among_names_of_its_own_form(make_fact: Make) -> None:
    """Aspergilloma: 'the ___' keyed "Monod sign" offered "oral or sublingual ranula" and
    "hot potato"; a key named as a sign is asked among signs (M5), a bare name ("spider web")
    among bare names (M7: the one without "sign" would stand out)."""
    facts = [
        _sign(make_fact, "split pleura sign", "Enhancing pleura gives the split pleura sign.", "k"),
        _sign(make_fact, "claw sign", "A claw sign marks a parenchymal origin.", "claw"),
        _sign(make_fact, "halo sign", "Haemorrhage forms a halo sign.", "halo"),
        _sign(make_fact, "air bronchogram sign", "The air bronchogram sign is absent.", "air"),
        _sign(make_fact, "cobweb", 'Septa form a "cobweb" across the cavity.', "bare"),
        # (the bare names are other subjects' signs: a sign of the same subject is never an
        # option, M3, as it may fit the sentence too)
        _sign(make_fact, "cystic lung lesion", "A (cystic lung lesion) is seen.", "bare2", "CPAM"),
        _sign(make_fact, "ring shadow", 'A "ring shadow" surrounds it.', "bare3", "Bronchiectasis"),
        _sign(make_fact, "honeycombing", 'Fibrosis leaves "honeycombing".', "bare4", "UIP"),
    ]
    asked = _questions(facts, "Lung abscess", "k")
    assert asked, "the sign is asked"
    for question in asked:
        assert all(option.endswith(" sign") for option in question.options), question.options
    bare = [q for q in _questions(facts, "Lung abscess", "bare") if "meant" in q.stem]
    assert bare, "the bare name is asked which sign is meant"
    for question in bare:
        assert not any(option.endswith(" sign") for option in question.options), question


def test_a_rank_names_one_member_of_its_group(make_fact: Make) -> None:
    """Non-ossifying fibroma: "Which is the most common fibrous lesions of the skeleton?"
    asks for one thing in the plural; the group's head noun is singular in the stem."""
    title = "Enchondroma"
    rank = make_fact(
        kind=FactKind.RANK,
        title=title,
        subject=title,
        item=title,
        value="most common",
        group="benign cartilage tumours of the hand",
    )
    differentials = [
        make_fact(kind=FactKind.DIFFERENTIAL, title=title, item=name, group="")
        for name in ("osteochondroma", "giant cell tumour", "chondrosarcoma", "bone infarct")
    ]
    entry = ArticleFacts("test-article", title, Provenance(), (rank, *differentials))
    made = generate([entry], rng=random.Random(0))
    (question,) = [q for q in made.questions if q.fact_id == rank.id]
    assert question.stem == "Which is the most common benign cartilage tumour of the hand?"


def _share(make_fact: Make, sentence: str, fact_id: str) -> Fact:
    return replace(
        make_fact(
            kind=FactKind.PERCENTAGE,
            title="Pyloric stenosis",
            subject="Pyloric stenosis",
            item="target sign",
            group="",
            value="about 90%",
            text=sentence,
            statement=sentence,
        ),
        id=fact_id,
    )


def test_a_sentence_opening_on_a_bare_pronoun_is_neither_asked_nor_shown(make_fact: Make) -> None:
    """Gallstone ileus: 'Gallstone ileus: "It demonstrates the Rigler triad in ___"' read as
    the title's figure, while "It" was CT; 'Moyamoya disease: "Its founder variant …"' named
    no gene (C2: never a prompt that opens on a bare pronoun, possessives included)."""
    facts = [
        _share(make_fact, "It shows the target sign in about 90% of infants.", "it"),
        _share(make_fact, "Its target sign is seen in about 90% of infants.", "its"),
        _share(make_fact, "Ultrasound shows the target sign in about 90% of infants.", "named"),
    ]
    entry = ArticleFacts("test-article", "Pyloric stenosis", Provenance(), tuple(facts))
    made = generate([entry], rng=random.Random(0))
    asked = {q.fact_id for q in made.questions}
    shown = {d.fact_id for note in made.notes for d in note.deletions}
    assert "named" in asked
    assert "named" in shown
    assert not {"it", "its"} & (asked | shown)
    dropped = {(f.rule_id, f.fact_id) for f in made.findings}
    assert {("C2", "it"), ("C2", "its")} <= dropped


def _sentences(*paragraphs: str, title: str) -> dict[str, str]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", blocks),))
    return {s.text: s.resolved for s in iter_sentences(article)}


def test_a_possessive_is_read_as_the_titles_and_only_the_titles() -> None:
    """'Its annual incidence is about 3.8 per 100,000' opened a testicular torsion card on a
    bare "Its"; read as the title's it keeps its card (C2). After another subject it stays
    as written: "The operation is difficult. Its prognosis …" is the disease's, not the
    operation's (a fact about the wrong subject is worse than none)."""
    read = _sentences(
        "Ovarian torsion is a gynaecological emergency. Its incidence is about 2.7%.",
        "Detorsion is the usual operation. Its success is high.",
        "Ovarian torsions are twisted adnexa. Their peak is in the reproductive years.",
        title="Ovarian torsion",
    )
    assert read["Its incidence is about 2.7%."] == "Ovarian torsion's incidence is about 2.7%."
    assert read["Its success is high."] == "Its success is high."
    assert read["Their peak is in the reproductive years."] == (
        "Ovarian torsions' peak is in the reproductive years."
    )


def _rate(make_fact: Make, sentence: str, value: str, fact_id: str) -> Fact:
    return replace(
        make_fact(
            kind=FactKind.PERCENTAGE,
            title="Moyamoya disease",
            subject="Moyamoya disease",
            item="Moyamoya disease",
            group="population",
            value=value,
            text=sentence,
            statement=sentence,
            section="Epidemiology",
        ),
        id=fact_id,
    )


def test_a_one_in_n_rate_asks_its_denominator(make_fact: Make) -> None:
    """Dev cards asked "HCM affects approximately ___ in 500" among 0.5, 1.5 and 2, and
    "TSC has an estimated incidence of ___ in 6,000-10,000": the "1" tells nothing (M5);
    the figure is the N, thousands written with a comma are one figure, no list (C3)."""
    facts = [
        _rate(make_fact, "It affects about 1 in 400 adults in Japan.", "about 1 in 400", "a"),
        _rate(make_fact, "Its prevalence is 1 in 2,600 in Korea.", "1 in 2,600", "b"),
        _rate(make_fact, "Prevalence is roughly 3 per 100,000 in Europe.", "3 per 100,000", "c"),
    ]
    facts[0] = replace(facts[0], statement="Moyamoya affects about 1 in 400 adults in Japan.")
    facts[1] = replace(facts[1], statement="Moyamoya has a prevalence of 1 in 2,600 in Korea.")
    entry = ArticleFacts("test-article", "Moyamoya disease", Provenance(), tuple(facts))
    made = generate([entry], rng=random.Random(0))
    answers = {d.fact_id: d.answer for note in made.notes for d in note.deletions}
    assert answers == {"a": "400", "b": "2,600", "c": "3 per 100,000"}
    (question,) = [q for q in made.questions if q.fact_id == "a"]
    assert question.answer == "400"
    assert "1 in ___" in question.stem


def test_a_lone_adjective_of_kind_takes_the_head_noun_after_it() -> None:
    """'distinguished from … biliary and peptic disease' gave the differential "biliary"; an
    adjective of kind shares the coordinated name's head noun, an adjective of quality does
    not ("irregular and heterogeneous plaque" is one plaque)."""
    assert split_noun_phrases("renal and hepatic cysts") == ["renal cysts", "hepatic cysts"]
    assert split_noun_phrases("gastric or colonic ulcers, and abscess") == [
        "gastric ulcers",
        "colonic ulcers",
        "abscess",
    ]
    assert split_noun_phrases("irregular and heterogeneous plaque") != [
        "irregular plaque",
        "heterogeneous plaque",
    ]
    assert (
        split_noun_phrases("cortical and medullary (cancellous) types")[0]
        != "cortical (cancellous)"
    )


def test_a_conjunction_before_an_aside_is_no_part_of_the_member() -> None:
    """'…, cor pulmonale and, rarely, secondary amyloidosis' listed "cor pulmonale and"."""
    members = split_noun_phrases("empyema, cor pulmonale and, rarely, secondary amyloidosis")
    assert members == ["empyema", "cor pulmonale", "secondary amyloidosis"]


def test_a_lettered_label_on_an_unnamed_scale_is_neither_asked_nor_offered() -> None:
    """ "Avascular necrosis of the femoral head: which of these is one of the types? … class
    A" (another page's "class B" or "stage C" may be right on this one); a named scale
    ("Shamblin I", "DeBakey type I") and a described member are kept."""
    assert is_bare_label("class A")
    assert is_bare_label("stage C")
    assert is_bare_label("type II")
    assert not is_bare_label("Shamblin I")
    assert not is_bare_label("DeBakey type I")
    assert not is_bare_label("type A aortic dissection")


def test_a_reference_glued_to_a_sex_ratio_is_cut_off() -> None:
    """Set M's haemangioma page (plain text): "a F:M ratio of about 5:13." is 5:1 and
    reference 3; a ratio with its own second figure ("3:2") or mid-sentence stays."""

    def ratios(sentence: str) -> set[str]:
        block = Block(BlockKind.PARAGRAPH, text=sentence)
        article = Article(slug="t", title="Lipoma", sections=(Section("Epidemiology", (block,)),))
        return {f.value for f in extract_facts(article) if f.kind is FactKind.SEX_RATIO}

    assert ratios("Lesions are common, with a F:M ratio of about 5:13.") == {"5:1"}
    assert ratios("The M:F ratio is about 3:2.") == {"3:2"}
    assert ratios("The M:F ratio is 1:12 in this series of children with the disease.") == {"1:12"}
