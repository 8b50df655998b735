"""Generators on the seeds: no ambiguous or leaky item, list cards keep their numbers, and
article text can never become markup or a cloze."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from quizgen.generators import generate
from quizgen.model import CONTENT_FIELDS, ArticleFacts, Fact, FactKind, FactStatus, Provenance
from quizgen.normalize import normalize_answer, same_entity
from quizgen.readers import read_article
from quizgen.selection import resolve_selection


def _seeds(tmp_store: Path, now: datetime) -> list[ArticleFacts]:
    return resolve_selection([], store_dir=tmp_store, now=now).entries


def test_no_question_has_two_right_answers(tmp_store: Path, now: datetime) -> None:
    made = generate(_seeds(tmp_store, now), rng=random.Random(3))
    stems = [q.stem for q in made.questions]
    assert not any("accounts for 10%" in stem for stem in stems)  # prostate and lymphoma
    ambiguous = {f.fact_id for f in made.findings if f.rule_id == "M3" and "two right" in f.reason}
    assert len(ambiguous) == 2
    for question in made.questions:
        normalised = [normalize_answer(o) for o in question.options]
        assert len(set(normalised)) == len(normalised)
        assert question.stem.endswith("?")
        assert 3 <= len(question.options) <= 5


def test_differential_distractors_are_never_on_the_same_list(
    tmp_store: Path, now: datetime
) -> None:
    entries = _seeds(tmp_store, now)
    facts = [f for e in entries for f in e.facts if f.kind is FactKind.DIFFERENTIAL]
    made = generate(entries, rng=random.Random(5))
    for question in (q for q in made.questions if q.kind is FactKind.DIFFERENTIAL):
        subject = next(f.subject for f in facts if f.id == question.fact_id)
        true_items = [f.item for f in facts if f.subject == subject]
        for index, option in enumerate(question.options):
            if index != question.answer_index:
                assert not any(same_entity(option, item) for item in true_items), option


def test_list_notes_hide_one_item_per_card_with_fixed_numbers(
    tmp_store: Path, now: datetime
) -> None:
    made = generate(_seeds(tmp_store, now), rng=random.Random(1))
    primaries = next(n for n in made.notes if "Primaries" in n.text)
    assert [d.answer for d in primaries.deletions] == ["22%", "15%", "10%", "10%", "7%", "5%", "4%"]
    assert [d.number for d in primaries.deletions] == [1, 2, 3, 4, 5, 6, 7]
    assert "others: 24%" in primaries.text  # a catch-all is shown, never asked


def test_rejected_facts_are_never_used(make_fact: Callable[..., Fact]) -> None:
    kept = make_fact(item="breast", value="22%")
    rejected = make_fact(item="lung", value="15%", status=FactStatus.REJECTED)
    entry = ArticleFacts("test-article", "Test article", Provenance(), (kept, rejected))
    made = generate([entry], rng=random.Random(0))
    text = " ".join(n.text for n in made.notes)
    assert "breast" in text
    assert "lung" not in text
    assert not generate([entry], rng=random.Random(0), approved_only=True).notes


def test_article_text_cannot_inject_markup_or_clozes(make_fact: Callable[..., Fact]) -> None:
    hostile = make_fact(
        kind=FactKind.PERCENTAGE,
        item="",
        group="",
        value="10%",
        statement="<img src=x onerror=alert(1)> {{c9::x}} T2 > T1 in 10% of "
        "cases <script>alert(1)</script>",
        text="<script>alert(1)</script>",
    )
    entry = ArticleFacts("test-article", "Test <b>article</b>", Provenance(), (hostile,))
    (note,) = generate([entry], rng=random.Random(0)).notes
    assert "<img" not in note.text
    assert "<script>" not in note.text + note.extra
    assert "{{c9::" not in note.text
    assert "T2 &gt; T1" in note.text
    assert "{{c1::10%}}" in note.text


def test_entry_digest_notices_every_field_a_card_can_show(
    make_fact: Callable[..., Fact], spinal_md: Path
) -> None:
    # Incremental builds reuse an article's items while its digest is unchanged: a field
    # left out of the digest would leave stale cards after a correction.
    from quizgen.generators.incremental import entry_digest  # noqa: PLC0415

    article = read_article(spinal_md)
    fact = make_fact(statement="Breast is the commonest primary.", changed_at="2026-01-01T00:00Z")
    entry = ArticleFacts(article.slug, article.title, article.provenance, (fact,))
    base = entry_digest(entry, entry.facts, "options")
    variants = [replace(fact, **{name: "changed"}) for name in CONTENT_FIELDS]  # type: ignore[arg-type]
    variants += [
        replace(fact, source=replace(fact.source, section="Changed")),
        replace(fact, source=replace(fact.source, text="changed")),
        replace(fact, changed_at="2026-02-02T00:00Z"),
        replace(fact, cloze_number=7),
        replace(fact, status=FactStatus.APPROVED),
        replace(fact, id=fact.id + "x"),
    ]
    for variant in variants:
        assert entry_digest(entry, (variant,), "options") != base, variant
    assert entry_digest(entry, entry.facts, "other options") != base
    assert entry_digest(replace(entry, title="Other"), entry.facts, "options") != base


def test_no_distractor_comes_from_a_list_of_the_same_subject_in_another_setting(
    data_dir: Path, tmp_store: Path, now: datetime
) -> None:
    # "In a cirrhotic liver consider" / "In a non-cirrhotic liver consider": both lists are
    # the differential of HCC, so an item of one is no wrong answer about the other.
    from quizgen.generators.mcq import build_pools  # noqa: PLC0415
    from quizgen.generators.rules import m3_no_true_distractor  # noqa: PLC0415

    names = ("hepatocellular-carcinoma.html", "meningioma.html")
    paths = [str(data_dir / "articles" / name) for name in names]
    entries = resolve_selection(paths, store_dir=tmp_store, now=now).entries
    pools = build_pools(f for e in entries for f in e.facts)
    cirrhotic = "Hepatocellular carcinoma in a cirrhotic liver"
    right = pools.true_items(FactKind.DIFFERENTIAL, cirrhotic)
    assert right.matches("focal nodular hyperplasia")  # on the non-cirrhotic list
    assert right.matches("confluent hepatic fibrosis")  # on its own list
    assert not right.matches("vestibular schwannoma")  # another article's subject

    made = generate(entries, rng=random.Random(3))
    asked = next(
        q
        for q in made.questions
        if q.kind is FactKind.DIFFERENTIAL and q.stem.endswith("in a cirrhotic liver?")
    )
    assert "hepatocellular carcinoma in a" in asked.stem  # the setting, mid-sentence
    assert m3_no_true_distractor(asked, pools) == []
    options = list(asked.options)
    options[(asked.answer_index + 1) % len(options)] = "focal nodular hyperplasia"
    unfair = replace(asked, options=tuple(options))
    assert [f.rule_id for f in m3_no_true_distractor(unfair, pools)] == ["M3"]


def test_distractors_come_first_from_articles_on_the_same_body_system(
    make_fact: Callable[..., Fact],
) -> None:
    # M5: plausible distractors. A question on a brain lesion draws from other brain
    # articles before the liver's, however the hash order of the whole selection falls.
    from quizgen.generators.mcq import build_pools  # noqa: PLC0415
    from quizgen.generators.questions import candidates  # noqa: PLC0415

    def differentials(article: str, subject: str, items: list[str]) -> list[Fact]:
        return [
            make_fact(
                kind=FactKind.DIFFERENTIAL, article=article, subject=subject, item=i, group=""
            )
            for i in items
        ]

    brain = differentials("a", "a dural mass", ["meningioma", "dural metastasis", "lymphoma"])
    other_brain = differentials(
        "b",
        "a ring-enhancing lesion",
        ["radiation necrosis", "glioblastoma", "tumefactive demyelination"],
    )
    liver = differentials(
        "c", "an arterially enhancing liver lesion", [f"type {n} liver tumour" for n in range(30)]
    )
    systems = {"a": "Central Nervous System", "b": "Central Nervous System", "c": "Hepatobiliary"}
    pools = build_pools([*brain, *other_brain, *liver], systems)
    entry = ArticleFacts("a", "A", Provenance(systems=("Central Nervous System",)), tuple(brain))
    for candidate in candidates(entry, brain, pools):
        assert set(candidate.pool[:3]) == {
            "radiation necrosis",
            "glioblastoma",
            "tumefactive demyelination",
        }
        assert len(candidate.pool) > 3  # then the rest of the selection
        assert {arc.pool[1] for arc in candidate.arcs} == {"", "\x1fCentral Nervous System"}


def test_findings_of_another_body_system_are_never_offered(
    make_fact: Callable[..., Fact],
) -> None:
    # M5: "a dural tail" is no plausible option for how a bone tumour enhances.
    from quizgen.generators.mcq import build_pools  # noqa: PLC0415
    from quizgen.generators.questions import candidates  # noqa: PLC0415

    bone = [
        make_fact(
            kind=FactKind.APPEARANCE,
            article="bone",
            subject="Osteosarcoma",
            attribute="MRI T1 C+",
            value="sunburst periosteal reaction",  # no closed vocabulary: library findings
            item="",
            group="",
        )
    ]
    brain = [
        make_fact(
            kind=FactKind.APPEARANCE,
            article=f"brain-{n}",
            subject=f"lesion {n}",
            attribute="MRI T1 C+",
            value=f"finding number {n}",
            item="",
            group="",
        )
        for n in range(10)
    ]
    systems = {"bone": "Musculoskeletal"} | {
        f"brain-{n}": "Central Nervous System" for n in range(10)
    }
    pools = build_pools([*bone, *brain], systems)
    entry = ArticleFacts(
        "bone", "Osteosarcoma", Provenance(systems=("Musculoskeletal",)), tuple(bone)
    )
    (candidate,) = list(candidates(entry, bone, pools))
    assert candidate.pool == ()  # too few plausible options: no question (M2)


def test_a_setting_takes_no_distractor_from_the_articles_other_lists(
    data_dir: Path, tmp_store: Path, now: datetime
) -> None:
    names = ("osteosarcoma.html", "pulmonary-embolism.html", "meningioma.html")
    paths = [str(data_dir / "articles" / name) for name in names]
    entries = resolve_selection(paths, store_dir=tmp_store, now=now).entries
    own = {
        normalize_answer(f.item)
        for e in entries
        if e.slug == "osteosarcoma"
        for f in e.facts
        if f.kind is FactKind.DIFFERENTIAL
    }
    made = generate(entries, rng=random.Random(5))
    asked = [q for q in made.questions if q.stem.endswith("in children and adolescents?")]
    assert asked
    for question in asked:
        distractors = [o for i, o in enumerate(question.options) if i != question.answer_index]
        assert not [d for d in distractors if normalize_answer(d) in own], question.options


def test_a_rank_question_offers_no_distractor_the_selection_ranks_the_same(
    make_fact: Callable[..., Fact], rng: random.Random
) -> None:
    # M3: "which is the most common primary malignant bone tumour of children?" may draw
    # on the article's differentials, but never on one that another article ranks the same;
    # the topic line is the category (the title is the answer, C4).
    title = "Osteosarcoma"
    rank = make_fact(
        kind=FactKind.RANK,
        article="osteo",
        title=title,
        subject=title,
        item=title,
        value="most common",
        group="primary malignant bone tumour of children",
    )
    differentials = [
        make_fact(kind=FactKind.DIFFERENTIAL, article="osteo", title=title, item=i, group="")
        for i in ("Ewing sarcoma", "chondrosarcoma", "osteomyelitis", "giant cell tumour")
    ]
    rival = make_fact(
        kind=FactKind.RANK,
        article="ewing",
        title="Ewing sarcoma",
        subject="Ewing sarcoma",
        item="Ewing sarcoma",
        value="most common",
        group="primary malignant bone tumour of children",
    )
    osteo = ArticleFacts("osteo", title, Provenance(), (rank, *differentials))
    (question,) = generate([osteo], rng=rng, cards=False).questions
    assert question.stem == "Which is the most common primary malignant bone tumour of children?"
    assert question.answer == title
    assert question.topic == "Primary malignant bone tumour of children"
    # (every option written as a title: single._as_title)
    assert set(question.options) - {title} <= {
        "Ewing sarcoma",
        "Chondrosarcoma",
        "Osteomyelitis",
        "Giant cell tumour",
    }
    ewing = ArticleFacts("ewing", "Ewing sarcoma", Provenance(), (rival,))
    made = generate([osteo, ewing], rng=random.Random(7), cards=False)
    assert not made.questions  # two articles rank two tumours the same: not asked
    assert {f.rule_id for f in made.findings} >= {"M3"}


def test_a_threshold_card_names_a_subject_its_sentence_does_not(
    make_fact: Callable[..., Fact],
) -> None:
    """The measure's owner goes before the sentence unless it is the card's title already."""
    sentence = "A nidus larger than 2 cm favours another diagnosis."

    def card(subject: str) -> str:
        fact = make_fact(
            kind=FactKind.THRESHOLD,
            subject=subject,
            item="nidus size",
            group="",
            value="larger than 2 cm",
            attribute="favours another diagnosis",
            statement=sentence,
            text=sentence,
        )
        entry = ArticleFacts("test-article", "Test article", Provenance(), (fact,))
        (note,) = generate([entry], rng=random.Random(0)).notes
        return note.text

    assert card("Test article").startswith("A nidus larger than")
    assert card("Wells score").startswith("Wells score: A nidus")


def test_a_less_specific_list_member_is_shown_not_asked(make_fact: Callable[..., Fact]) -> None:
    """C7: "melanin mutation" beside "melanin K42 mutation" would show its own answer on its
    card; it is shown, while the longer member and the other members are still asked."""
    names = ["melanin K42 mutation", "melanin mutation", "trisomy 9"]
    facts = [
        make_fact(kind=FactKind.ASSOCIATION, item=name, value="", group="genetic features")
        for name in names
    ]
    entry = ArticleFacts("test-article", "Test article", Provenance(), tuple(facts))
    made = generate([entry], rng=random.Random(0))
    genetic = next(n for n in made.notes if "melanin" in n.text)
    assert [d.answer for d in genetic.deletions] == ["melanin K42 mutation", "trisomy 9"]
    assert "melanin mutation" in genetic.text  # still shown as context
    assert any(f.rule_id == "C7" for f in made.findings)


def test_a_sign_quoted_without_its_noun_is_still_asked(make_fact: Callable[..., Fact]) -> None:
    """'the "zebra bone" appearance': the quotes hold the name, not "appearance"; the card
    hides the quoted words (it used to give no card at all)."""
    sentence = 'Alternating sclerotic bands give the characteristic "zebra bone" appearance.'
    sign = make_fact(
        kind=FactKind.SIGN,
        item="zebra bone appearance",
        value="zebra bone appearance",
        group="",
        statement=sentence,
        text=sentence,
    )
    entry = ArticleFacts("test-article", "Test article", Provenance(), (sign,))
    made = generate([entry], rng=random.Random(0))
    texts = [(n.text, [d.answer for d in n.deletions]) for n in made.notes]
    assert texts == [
        (
            "Alternating sclerotic bands give the characteristic &quot;{{c1::zebra bone}}&quot; "
            "appearance.",
            ["zebra bone"],
        )
    ]


def test_a_lone_list_member_is_asked_in_its_own_sentence(make_fact: Callable[..., Fact]) -> None:
    """A list of one ("Complications: [...]") has no cue (C3) and gave no card; the member's
    own sentence is the cue. A lone member not in its sentence (a list entry under an intro)
    still gives no card."""
    sentence = "Patients have a tenfold increased risk of splenic rupture after minor trauma."
    lone = make_fact(
        kind=FactKind.ASSOCIATION,
        item="splenic rupture",
        value="",
        group="complications",
        statement=sentence,
        text=sentence,
    )
    listed = make_fact(
        kind=FactKind.DIFFERENTIAL,
        item="sarcoidosis",
        value="",
        group="",
        statement="The differential includes:",
        text="sarcoidosis",
    )
    entry = ArticleFacts("test-article", "Test article", Provenance(), (lone, listed))
    made = generate([entry], rng=random.Random(0))
    assert [(n.text, [d.answer for d in n.deletions]) for n in made.notes] == [
        (
            "Patients have a tenfold increased risk of {{c1::splenic rupture}} after minor trauma.",
            ["splenic rupture"],
        )
    ]
    assert any(f.rule_id == "C3" and f.fact_id == listed.id for f in made.findings)
