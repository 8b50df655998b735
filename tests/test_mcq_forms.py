"""Question forms that cover the facts the plain forms could not ask fairly (issue 12, target
3): findings across sequences, list members by their description, named kinds of a category;
and the rules found by reading questions from other articles (scales, ubiquitous
diagnoses, nonspecific symptoms, range ends, enhancement of a part)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from quizgen.generators import generate
from quizgen.generators.findings import _levels_of_a_part
from quizgen.generators.mcq import build_pools
from quizgen.generators.questions import candidates
from quizgen.generators.rules import m3_no_true_distractor
from quizgen.model import ArticleFacts, Fact, FactKind, MCQuestion, Provenance
from quizgen.selection import resolve_selection


def _entry(facts: list[Fact], title: str = "Test article") -> ArticleFacts:
    return ArticleFacts("test-article", title, Provenance(), tuple(facts))


def _made(facts: list[Fact], title: str = "Test article") -> list[MCQuestion]:
    return generate([_entry(facts, title)], rng=random.Random(0), cards=False).questions


def _finding(make_fact: Callable[..., Fact], subject: str, sequence: str, value: str) -> Fact:
    return make_fact(
        kind=FactKind.APPEARANCE,
        subject=subject,
        attribute=sequence,
        value=value,
        item="",
        group="",
    )


def _lytic(make_fact: Callable[..., Fact]) -> list[Fact]:
    return [
        _finding(make_fact, "lytic lesions", "MRI T1", "hypointense"),
        _finding(make_fact, "lytic lesions", "MRI T2", "hyper- or isointense"),
        _finding(make_fact, "lytic lesions", "MRI T1 C+", "enhancement usually present"),
    ]


def test_a_finding_with_one_contrary_term_is_asked_across_sequences(
    make_fact: Callable[..., Fact],
) -> None:
    """ "hyper- or isointense" on T2 leaves only "hypointense" there: asked as "which of these
    findings is typical?", with findings the article contradicts on every stated sequence."""
    questions = {q.fact_id: q for q in _made(_lytic(make_fact))}
    t2 = questions[_lytic(make_fact)[1].id]
    assert t2.id.endswith("#mcq-finding")
    assert t2.answer == "MRI T2: hyper- or isointense"
    wrong = set(t2.options) - {t2.answer}
    assert wrong <= {
        "MRI T2: hypointense",
        "MRI T1: isointense",
        "MRI T1: hyperintense",
        "MRI T1: iso- or hyperintense",
        "MRI T1 C+: no enhancement",
    }
    assert len(wrong) >= 2
    enhancing = questions[_lytic(make_fact)[2].id]
    assert enhancing.answer == "MRI T1 C+: enhancement"  # "usually present" against "no"


def test_a_finding_stated_for_a_minority_is_neither_asked_as_typical_nor_contradicted(
    make_fact: Callable[..., Fact],
) -> None:
    """ "enhancement in up to 40%" is no typical finding, and "no enhancement" holds for the
    other 60%: neither is a key, nor a wrong option of another finding's question (M3)."""
    facts = [
        _finding(make_fact, "lytic lesions", "MRI T1", "hypointense"),
        _finding(make_fact, "lytic lesions", "MRI T2", "hyper- or isointense"),
        _finding(make_fact, "lytic lesions", "MRI T1 C+", "enhancement in up to 40%"),
    ]
    questions = {q.fact_id: q for q in _made(facts)}
    assert facts[2].id not in questions
    options = {o for q in questions.values() for o in q.options}
    assert not any(o.startswith("MRI T1 C+") for o in options)
    majority = [*facts[:2], _finding(make_fact, "lytic lesions", "MRI T1 C+", "enhancement in 90%")]
    assert majority[2].id in {q.fact_id for q in _made(majority)}


def test_a_finding_with_a_parts_own_level_is_not_asked_across_sequences(
    make_fact: Callable[..., Fact],
) -> None:
    """ "hypointense, with hyperintense foci" read as "MRI T1: hypo- or hyperintense" would
    say the lesion may be either: no across question; a part without a level is asked."""
    facts = [
        _finding(make_fact, "lytic lesions", "MRI T1", "hypointense, with hyperintense foci"),
        _finding(make_fact, "lytic lesions", "MRI T2", "hyper- or isointense"),
        _finding(make_fact, "lytic lesions", "MRI T1 C+", "enhancement usually present"),
    ]
    asked = {q.fact_id: q for q in _made(facts)}
    assert not any(q.answer.startswith("MRI T1: hypo") for q in asked.values())
    # a part that adds no level of its own keeps the lesion's one reading
    assert not _levels_of_a_part("hyper- or isointense, with areas of necrosis")
    assert _levels_of_a_part("hyperintense; fibrous septa remain hypointense")


def test_the_finding_check_refuses_an_option_the_article_states_or_never_judges(
    make_fact: Callable[..., Fact],
) -> None:
    facts = _lytic(make_fact)
    pools = build_pools(facts)
    base = MCQuestion(
        id=f"{facts[1].id}#mcq-finding",
        article="test-article",
        fact_id=facts[1].id,
        stem="Test article: which of these findings is typical of lytic lesions?",
        options=("MRI T2: hyper- or isointense", "MRI T1: hyperintense", "MRI T1: isointense"),
        answer_index=0,
        kind=FactKind.APPEARANCE,
        source=facts[1].source,
    )
    assert m3_no_true_distractor(base, pools) == []
    for right in ("MRI T1: hypointense", "MRI T2: isointense", "STIR: hypointense"):
        bad = replace(base, options=(*base.options[:2], right))
        assert m3_no_true_distractor(bad, pools), right  # stated, or a sequence never stated


def test_no_enhancement_is_never_offered_when_a_part_of_the_lesion_does_not_enhance(
    make_fact: Callable[..., Fact],
) -> None:
    """Pilocytic astrocytoma: "the cyst wall usually does not enhance" (a part, on
    "post-contrast"); "MRI T1 C+: no enhancement" was offered as wrong for the tumour."""
    facts = [
        _finding(make_fact, "astrocytoma", "MRI T1", "hypo- to isointense"),
        _finding(make_fact, "astrocytoma", "MRI T2", "hyperintense"),
        _finding(make_fact, "astrocytoma", "MRI T1 C+", "mural nodule shows intense enhancement"),
        _finding(make_fact, "cyst wall of astrocytoma", "post-contrast", "no enhancement"),
    ]
    options = [o for q in _made(facts) for o in q.options]
    assert any(o.startswith("MRI T1 C+") for o in options)
    assert "MRI T1 C+: no enhancement" not in options


def test_a_negation_of_something_else_is_no_absent_enhancement(
    make_fact: Callable[..., Fact],
) -> None:
    """ "enhances like the background liver, no APHE" was read as no enhancement, so
    "homogeneous enhancement" was offered as wrong."""
    facts = [
        _finding(make_fact, "regenerative nodule", "MRI T1 C+", "enhances like the liver, no APHE")
    ]
    options = [o for q in _made(facts) for o in q.options]
    assert "homogeneous enhancement" not in options


def _described(make_fact: Callable[..., Fact], item: str, value: str, intro: str = "") -> Fact:
    return make_fact(
        kind=FactKind.ASSOCIATION,
        subject="Test article",
        group="routes of spread",
        item=item,
        value=value,
        statement=intro or "The spread includes:",
    )


def test_list_members_are_asked_by_their_own_description(
    make_fact: Callable[..., Fact],
) -> None:
    facts = [
        _described(make_fact, "haematogenous", "arterial or venous plexus"),
        _described(make_fact, "lymphatic", "along the root sleeves"),
        _described(make_fact, "subarachnoid", "seeding of primary CNS neoplasms"),
        _described(make_fact, "direct invasion", "from paraspinal malignancies"),
    ]
    described = [q for q in _made(facts) if q.id.endswith("#mcq-described")]
    assert len(described) == 4
    lymphatic = next(q for q in described if q.answer == "lymphatic")
    assert '"along the root sleeves"' in lymphatic.stem
    assert set(lymphatic.options) == {f.item for f in facts}


def test_a_description_two_members_share_or_another_scale_is_never_asked(
    make_fact: Callable[..., Fact],
) -> None:
    """Osteosarcoma "types": "extracompartmental (T2)" described both IB and IIB; Lodwick
    "grade IA" was offered beside Huvos "grade I" (what is true of IA is true of I)."""
    lodwick = "Using the Lodwick classification:"
    facts = [
        _described(make_fact, "stage IB", "extracompartmental tumour (T2)"),
        _described(make_fact, "stage IIB", "extracompartmental tumour (T2)"),
        _described(make_fact, "stage III", "regional or distant metastases"),
        _described(make_fact, "grade IA", "geographic, sclerotic margin", lodwick),
        _described(make_fact, "grade IB", "geographic, well-defined margin", lodwick),
        _described(make_fact, "grade II", "geographic with moth-eaten component", lodwick),
        _described(make_fact, "grade I", "little or no necrosis", "Huvos grading:"),
        _described(make_fact, "grade IV", "complete necrosis, no viable tumour", "Huvos grading:"),
    ]
    questions = _made(facts)
    assert not any("extracompartmental" in q.stem for q in questions)
    ia = next(q for q in questions if q.answer == "grade IA")
    assert set(ia.options) == {"grade IA", "grade IB", "grade II"}  # its own list only
    # A bare label is never asked "which is one of the types?" nor offered there.
    assert all(q.id.endswith("#mcq-described") for q in questions)


def test_a_named_kind_of_a_category_is_a_differential_but_a_source_or_adjective_is_not(
    make_fact: Callable[..., Fact],
) -> None:
    def member(group: str, item: str, subject: str = "intramedullary lesions") -> Fact:
        return make_fact(kind=FactKind.DIFFERENTIAL, subject=subject, group=group, item=item)

    top = [member("", name) for name in ("primary cord tumors", "inflammatory lesions")]
    parents = ("meningioma", "cysts", "drop metastases from CNS primaries", "dural metastases")
    other = [member("", n, "extradural lesions") for n in parents]
    facts = [
        *top,
        *other,
        member("primary cord tumors", "ependymoma"),
        member("drop metastases from CNS primaries", "astrocytoma", "extradural lesions"),
        member("cysts", "developmental", "extradural lesions"),
        member("dural metastases", "breast", "extradural lesions"),
    ]
    asked = {q.answer for q in _made(facts)}
    assert "ependymoma" in asked
    assert not {"astrocytoma", "developmental", "breast"} & asked


def test_metastases_from_another_article_are_never_a_differential_distractor(
    make_fact: Callable[..., Fact],
) -> None:
    """ "hypervascular metastases" (a liver list) was offered as wrong for a cerebellar
    cystic mass: metastasis is a right answer for a mass almost anywhere."""
    brain = [
        make_fact(kind=FactKind.DIFFERENTIAL, subject="cystic mass", group="", item=name)
        for name in ("haemangioblastoma", "medulloblastoma", "ependymoma")
    ]
    liver = [
        make_fact(
            kind=FactKind.DIFFERENTIAL, article="liver", subject="liver lesion", group="", item=n
        )
        for n in ("hypervascular metastases", "hepatic adenoma", "lymphoma", "abscess", "FNH")
    ]
    entries = [_entry(brain), ArticleFacts("liver", "Liver", Provenance(), tuple(liver))]
    questions = generate(entries, rng=random.Random(0), cards=False).questions
    offered = {o for q in questions if q.article == "test-article" for o in q.options}
    assert offered & {"hepatic adenoma", "FNH"}
    assert not offered & {"hypervascular metastases", "lymphoma", "abscess"}


def test_a_nonspecific_symptom_is_never_offered_from_another_article(
    make_fact: Callable[..., Fact],
) -> None:
    """ "vomiting" (a brain tumour's presenting feature) was offered as wrong for acute
    cholecystitis."""

    def feature(article: str, item: str) -> Fact:
        return make_fact(
            kind=FactKind.ASSOCIATION, article=article, group="presenting features", item=item
        )

    mine = [feature("test-article", n) for n in ("right upper quadrant pain", "jaundice")]
    theirs = [feature("b", n) for n in ("vomiting", "fever", "ataxia", "diplopia", "seizures")]
    entries = [_entry(mine), ArticleFacts("b", "B", Provenance(), tuple(theirs))]
    questions = generate(entries, rng=random.Random(0), cards=False).questions
    offered = {o for q in questions if q.article == "test-article" for o in q.options}
    assert offered & {"ataxia", "diplopia", "seizures"}
    assert not offered & {"vomiting", "fever"}


def test_one_end_of_a_range_is_never_blanked(make_fact: Callable[..., Fact]) -> None:
    """ "Most are discovered between ___ and 50 years": "between 20 and 50" is right too."""
    text = "Most are discovered between 30 and 50 years of age."
    fact = make_fact(kind=FactKind.AGE, item="", group="", value="30", text=text, statement=text)
    assert _made([fact]) == []


def test_the_ranked_subject_is_written_like_its_distractors(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Which is the most common benign liver tumour? A. Hepatic haemangioma B. focal
    nodular hyperplasia …": the only capitalised option was the key."""
    title = "Hepatic haemangioma"
    rank = make_fact(
        kind=FactKind.RANK,
        title=title,
        subject=title,
        item=title,
        group="benign liver tumour",
        value="most common",
    )
    differentials = [
        make_fact(kind=FactKind.DIFFERENTIAL, subject=title, group="", item=name)
        for name in ("focal nodular hyperplasia", "hepatic adenoma", "hepatocellular carcinoma")
    ]
    (question,) = [q for q in _made([rank, *differentials], title) if q.kind is FactKind.RANK]
    # every option written as a title, the key as its distractors (a list written in capitals,
    # "Bronchogenic cyst" beside "pericardial cyst", had marked the key the other way round)
    assert question.answer == "Hepatic haemangioma"
    assert all(option[:1].isupper() for option in question.options), question.options


def test_candidates_of_the_seed_forms_are_deterministic(make_fact: Callable[..., Fact]) -> None:
    facts = _lytic(make_fact)
    pools = build_pools(facts)
    first = [c.pool for c in candidates(_entry(facts), facts, pools)]
    assert first == [c.pool for c in candidates(_entry(facts), facts, pools)]


def test_a_bound_written_after_the_figure_takes_figures_from_the_wrong_side_only(
    make_fact: Callable[..., Fact],
) -> None:
    """ "a polyp of ___ or more is an indication for cholecystectomy" offered 15 mm and 20 mm
    (a polyp of 20 mm or more is an indication too)."""
    text = "A polyp of 10 mm or more is generally an indication for cholecystectomy."
    fact = make_fact(
        kind=FactKind.THRESHOLD, item="", group="", value="10 mm", text=text, statement=text
    )
    (question,) = _made([fact])
    wrong = [float(o.split()[0]) for o in question.options if o != "10 mm"]
    assert wrong
    assert all(figure < 10 for figure in wrong), question.options


@pytest.mark.parametrize(
    ("text", "below"),
    [
        ("A neck wider than 3 cm makes rupture less likely.", True),
        ("A wall thicker than 3 mm suggests malignancy.", True),
        ("A septum thinner than 3 mm is reassuring.", False),
    ],
)
def test_a_comparative_bound_takes_figures_from_the_wrong_side_only(
    make_fact: Callable[..., Fact], text: str, below: bool
) -> None:
    """ "A defect wider than ___ is less likely to strangulate" offered 2.5, 4 and 5 cm: a
    defect wider than 4 cm is wider than 2 cm too (two right answers)."""
    value = "3 cm" if "cm" in text else "3 mm"
    fact = make_fact(
        kind=FactKind.THRESHOLD, item="", group="", value=value, text=text, statement=text
    )
    (question,) = _made([fact])
    wrong = [float(o.split()[0]) for o in question.options if o != value]
    assert wrong, question.options
    assert all((figure < 3) == below for figure in wrong), question.options


def test_a_blank_after_an_unknown_comparative_is_not_asked_with_figures(
    make_fact: Callable[..., Fact],
) -> None:
    """ "stiffer than ___": which side is wrong is not known, so no figures are offered."""
    text = "Tissue stiffer than 30 kPa on elastography suggests fibrosis."
    fact = make_fact(
        kind=FactKind.THRESHOLD, item="", group="", value="30 kPa", text=text, statement=text
    )
    assert not [q for q in _made([fact]) if "30 kPa" in q.options]


def test_a_bound_said_of_the_subject_takes_figures_below_an_upper_bound(
    make_fact: Callable[..., Fact],
) -> None:
    """ "Lesions are usually smaller than ___" offered 5, 7 and 9 cm: lesions usually
    smaller than 4 cm are usually smaller than 9 cm too (two right answers). A bound after
    "are" states the lesions' size, as a share does; after a noun it names a group."""
    stated = "Lesions are usually smaller than 4 cm."
    group = "Lesions larger than 4 cm are usually resected."
    sides = []
    for text in (stated, group):
        fact = make_fact(
            kind=FactKind.THRESHOLD, item="", group="", value="4 cm", text=text, statement=text
        )
        (question,) = _made([fact])
        wrong = [float(o.split()[0]) for o in question.options if o != "4 cm"]
        assert wrong, question.options
        sides.append({figure < 4 for figure in wrong})
    assert sides == [{True}, {True}]  # stated upper bound: below; group lower bound: below


def test_a_figure_inside_a_range_key_is_never_its_distractor(
    make_fact: Callable[..., Fact],
) -> None:
    """ "what percentage is low-grade central osteosarcoma? ~1-2% / ~1.5% / …": 1.5 is
    inside 1–2."""

    def share(item: str, value: str) -> Fact:
        return make_fact(kind=FactKind.FREQUENCY, group="subtypes", item=item, value=value)

    facts = [
        share("conventional", "~75%"),
        share("low-grade central", "~1-2%"),
        share("small cell", "~1.5%"),
        share("telangiectatic", "~4%"),
        share("parosteal", "~10%"),
    ]
    (question,) = [q for q in _made(facts) if q.answer == "~1-2%"]
    assert "~1.5%" not in question.options
    assert len(question.options) >= 3


def test_variable_enhancement_never_makes_no_enhancement_wrong(
    make_fact: Callable[..., Fact],
) -> None:
    """Morton neuroma "T1 C+: variable enhancement": "no enhancement" was offered as wrong,
    and the key was shown as plain "enhancement"."""
    facts = [
        _finding(make_fact, "neuroma", "MRI T1", "hypointense"),
        _finding(make_fact, "neuroma", "MRI T2", "hypointense"),
        _finding(make_fact, "neuroma", "MRI T1 C+", "variable enhancement"),
    ]
    questions = _made(facts)
    options = {o for q in questions for o in q.options}
    assert not {"no enhancement", "MRI T1 C+: no enhancement", "MRI T1 C+: enhancement"} & options


def test_a_percentage_cut_off_written_or_more_takes_smaller_figures(
    make_fact: Callable[..., Fact],
) -> None:
    """ "An absolute washout of ___ or more favours an adenoma" offered 75% and 95% (a
    washout of 75% or more favours an adenoma too)."""
    text = "An absolute washout of 60% or more favours an adenoma."
    fact = make_fact(
        kind=FactKind.PERCENTAGE, item="", group="", value="60%", text=text, statement=text
    )
    (question,) = _made([fact])
    wrong = [float(o.rstrip("%")) for o in question.options if o != "60%"]
    assert wrong
    assert all(figure < 60 for figure in wrong), question.options


def test_the_seeds_reach_the_issue_targets_that_a_fair_question_allows(
    tmp_store: Path, now: datetime
) -> None:
    """Issue 12 target 3 on the seeds: at least 60 % of facts with an MCQ (43 % before the
    forms above, 64 % now), every compartment share and every MRI signal fact asked (lytic T1
    "intermediate to hypointense" shown as "hypo- or isointense", not the only long option),
    and every kind but one: the two bounded ages ("older than 40", ">50 years") are asked as
    the article's cut-off (67 % now); and every kind: a statement is asked as "which of
    these statements does the article make?" where a word of it has a contrary that makes
    other sentences false (``contraries``; 70 % now)."""
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    made = generate(entries, rng=random.Random(0))
    facts = [f for e in entries for f in e.usable_facts(approved_only=False)]
    asked = {q.fact_id for q in made.questions}
    assert len(asked & {f.id for f in facts}) >= 0.6 * len(facts)
    signal = [f for f in facts if f.kind is FactKind.APPEARANCE and f.attribute.startswith("MRI")]
    assert len(signal) == 7
    assert all(f.id in asked for f in signal)
    assert all(f.id in asked for f in facts if f.kind is FactKind.ASSOCIATION)
    kinds = {f.kind for f in facts if f.id in asked}
    assert {f.kind for f in facts} - kinds == set()


def test_the_three_new_articles_give_no_question_a_reader_found_unfair(
    data_dir: Path, tmp_store: Path, now: datetime
) -> None:
    """tests/data/questions-s4 (liver md, brain txt, gallbladder html), read question by
    question: what was unfair there stays out."""
    paths = sorted(str(p) for p in (data_dir / "questions-s4").iterdir())
    entries = resolve_selection(paths, store_dir=tmp_store, now=now).entries
    questions = generate(entries, rng=random.Random(0), cards=False).questions
    assert len(questions) > 40
    by_article: dict[str, set[str]] = {}
    for question in questions:
        by_article.setdefault(question.article, set()).update(question.options)
        assert "between ___" not in question.stem
    assert "hypervascular metastases" not in by_article["pilocytic-astrocytoma"]
    assert "vomiting" not in by_article["acute-cholecystitis"]
    assert "MRI T1 C+: no enhancement" not in by_article["pilocytic-astrocytoma"]


def test_a_type_is_asked_by_its_description_never_among_other_pages_types(
    make_fact: Callable[..., Fact],
) -> None:
    """Set O's cards: "Rotator cuff tear: which of these is one of the types? delayed phase /
    massive / traumatic pneumothorax …": every type of the page's own scheme is right, so the
    wrong options could only be other pages' types, which no resident would weigh (M5)."""

    def kind(article: str, title: str, item: str, value: str = "") -> Fact:
        return make_fact(
            kind=FactKind.ASSOCIATION,
            article=article,
            title=title,
            group="types",
            item=item,
            value=value,
        )

    tears = [
        kind("tear", "Cuff tear", "partial-thickness tear", "does not reach both surfaces"),
        kind("tear", "Cuff tear", "full-thickness tear", "extends through the whole tendon"),
        kind("tear", "Cuff tear", "massive tear", "involves two or more tendons"),
    ]
    others = [
        kind("pneumo", "Pneumothorax", name)
        for name in ("traumatic pneumothorax", "iatrogenic pneumothorax", "tension pneumothorax")
    ] + [
        kind("ovary", "Ovarian tumour", name)
        for name in ("serous tumour", "mucinous tumour", "endometrioid tumour")
    ]
    entries = [
        ArticleFacts("tear", "Cuff tear", Provenance(), tuple(tears)),
        ArticleFacts("pneumo", "Pneumothorax", Provenance(), tuple(others[:3])),
        ArticleFacts("ovary", "Ovarian tumour", Provenance(), tuple(others[3:])),
    ]
    questions = generate(entries, rng=random.Random(0), cards=False).questions
    assert any(q.id.endswith("#mcq-described") for q in questions), "described types are asked"
    assert not any("one of the types" in q.stem for q in questions)
