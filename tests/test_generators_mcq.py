"""MCQs: right before many (M3 with name variants), nothing lost silently, the headline facts
asked, and a property: no distractor is ever something the library states as right."""

from __future__ import annotations

import itertools
import json
import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.generators import generate
from quizgen.generators.coverage import coverage
from quizgen.generators.mcq import build_pools
from quizgen.generators.numeric import MARGIN, SHARE_POINTS, figure_distractors
from quizgen.generators.questions import candidates
from quizgen.generators.vocab import key_levels, vocabulary_of
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance
from quizgen.normalize import same_name
from quizgen.selection import resolve_selection

# --- M3: right before many -------------------------------------------------------------


def _entry(slug: str, title: str, facts: list[Fact]) -> ArticleFacts:
    return ArticleFacts(slug, title, Provenance(), tuple(facts))


def _differential(make_fact: Callable[..., Fact], article: str, subject: str, item: str) -> Fact:
    return make_fact(
        kind=FactKind.DIFFERENTIAL, article=article, subject=subject, item=item, group="", value=""
    )


def test_name_variants_of_a_right_answer_are_never_distractors(
    make_fact: Callable[..., Fact],
) -> None:
    subject = "intradural extramedullary lesion"
    mine = [
        _differential(make_fact, "a", f"{subject}s", name)
        for name in ("spinal meningioma", "schwannoma/neurilemmoma", "tumour X")
    ]
    # Another article states the same list with variants: other order, plural, spelling,
    # singular subject; and a synonym fact says "acoustic neuroma" is a schwannoma.
    theirs = [
        _differential(make_fact, "b", subject, name)
        for name in ("neurilemmomas/schwannomas", "spinal meningiomas", "tumor X")
    ]
    synonym = make_fact(
        kind=FactKind.SYNONYM,
        article="c",
        subject="Schwannoma/neurilemmoma",
        value="acoustic neuroma",
        item="",
        group="",
    )
    wrong = [
        _differential(make_fact, "d", "bone lesions", name)
        for name in ("acoustic neuroma", "Schwannomas/Neurilemmomas", "enchondroma", "others")
    ]
    wrong += [_differential(make_fact, "e", "sclerotic bone lesions", n) for n in ("bone island",)]
    facts = [*mine, *theirs, synonym, *wrong]
    pools = build_pools(facts)
    for candidate in candidates(_entry("a", "Spinal lesions", mine), mine, pools):
        offered = set(candidate.pool)
        assert offered <= {"enchondroma", "bone island"}, (candidate.answer, offered)


def test_catch_alls_and_the_subject_are_never_keys(make_fact: Callable[..., Fact]) -> None:
    facts = [
        _differential(make_fact, "pa", "Pleomorphic adenoma", name)
        for name in ("pleomorphic adenomas", "others", "Warthin tumour", "basal cell adenoma")
    ]
    pools = build_pools(facts)
    made = list(candidates(_entry("pa", "Pleomorphic adenoma", facts), facts, pools))
    refused = {c.answer: c.problem for c in made if c.problem}
    assert "never its own differential" in refused["pleomorphic adenomas"]
    assert "closes the list" in refused["others"]
    assert all("others" not in c.pool and "pleomorphic adenomas" not in c.pool for c in made)


def test_a_list_of_shares_under_differential_diagnosis_is_a_frequency_list(
    data_dir: Path, tmp_store: Path, now: datetime
) -> None:
    path = data_dir / "questions" / "pleomorphic-adenoma.md"
    (entry,) = resolve_selection([str(path)], store_dir=tmp_store, now=now).entries
    differentials = {f.item for f in entry.facts if f.kind is FactKind.DIFFERENTIAL}
    shares = {f.item for f in entry.facts if f.kind is FactKind.FREQUENCY}
    assert "Warthin tumour: 15%" not in differentials
    assert "pleomorphic adenoma" in shares
    assert not any(same_name(item, "pleomorphic adenoma") for item in differentials)
    assert not {"other", "others"} & differentials
    # The real five-item list is there and no fact goes unreported.
    assert len(differentials) == 5
    made = generate([entry], rng=random.Random(0))
    reported = {f.fact_id for f in made.findings}
    carded = {i for n in made.notes for i in n.fact_ids} | {q.fact_id for q in made.questions}
    assert {f.id for f in entry.facts} <= reported | carded


# --- the headline facts ------------------------------------------------------------------


def _seed_questions(tmp_store: Path, now: datetime) -> tuple[list[ArticleFacts], object]:
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    return entries, generate(entries, rng=random.Random(0))


def test_every_compartment_share_and_one_level_signal_has_a_question(
    tmp_store: Path, now: datetime
) -> None:
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    made = generate(entries, rng=random.Random(0))
    asked = {q.fact_id for q in made.questions}
    facts = [f for e in entries for f in e.facts]
    compartments = [f for f in facts if f.group == "metastatic disease"]
    assert len(compartments) == 3
    assert all(f.id in asked for f in compartments)
    most = [q for q in made.questions if q.id.endswith("#mcq-most")]
    assert [q.answer for q in most] == ["vertebral metastases"]  # 94 %; not "breast" (others 24 %)
    one_level = [
        f
        for f in facts
        if f.kind is FactKind.APPEARANCE
        and (v := vocabulary_of(f.value))
        and len(key_levels(f.value, v)) == 1
    ]
    assert len(one_level) == 4  # osteoblastic T1 and T2, mixed T1, sclerotic CT
    assert all(f.id in asked for f in one_level)
    three = [q for q in made.questions if len(q.options) == 3]
    assert three  # three-option items are asked rather than dropped (M2)


def test_signal_distractors_are_levels_the_library_never_states(
    make_fact: Callable[..., Fact],
) -> None:
    def finding(sequence: str, value: str) -> Fact:
        return make_fact(
            kind=FactKind.APPEARANCE,
            subject="lytic lesions",
            attribute=sequence,
            value=value,
            item="",
            group="",
        )

    facts = [finding("MRI T1", "hypointense"), finding("MRI T2", "hyperintense")]
    facts.append(replace_article(finding("MRI T1", "isointense"), "other"))  # a second source
    pools = build_pools(facts)
    made = list(candidates(_entry("test-article", "Lytic lesions", facts[:2]), facts[:2], pools))
    # iso is stated elsewhere for T1: never offered; one contrary term left on T1, so the
    # question is asked across the subject's sequences instead.
    assert not any(c.fact.attribute == "MRI T1" and c.suffix == "value" for c in made)
    t1 = next(c for c in made if c.fact.attribute == "MRI T1" and c.suffix == "finding")
    assert t1.answer == "MRI T1: hypointense"
    assert set(t1.pool) == {"MRI T1: hyperintense", "MRI T2: hypointense", "MRI T2: isointense"}
    t2 = next(c for c in made if c.fact.attribute == "MRI T2" and c.suffix == "value")
    assert set(t2.pool) == {"hypointense", "isointense"}


def replace_article(fact: Fact, article: str) -> Fact:
    return replace(fact, id=f"{fact.id}-{article}", source=replace(fact.source, article=article))


def test_numeric_distractors_follow_the_documented_rule() -> None:
    made = figure_distractors("approximately 90%", ["approximately 90%", "70%"], count=3)
    numbers = [float(o.split()[-1].rstrip("%")) for o in made]
    assert made
    assert all(o.startswith("approximately ") for o in made)
    for number in numbers:
        assert 0 < number < 100
        assert abs(number - 90) >= MARGIN * 90
        assert abs(number - 70) >= MARGIN * 70  # never near a figure the article states
    assert all(
        abs(a - b) >= MARGIN * max(a, b) for i, a in enumerate(numbers) for b in numbers[i + 1 :]
    )
    assert figure_distractors("7-18", []) == ()  # a range: no rule, no question
    ages = figure_distractors(">50 years", [">40 years"], count=3)
    assert len(ages) == 3
    assert all(o.startswith(">") and o.endswith(" years") for o in ages)  # C5: as written
    assert ">40 years" not in ages


def _below_and_above(options: tuple[str, ...], key: float) -> tuple[list[float], list[float]]:
    figures = [float(re.findall(r"\d+(?:\.\d+)?", o)[0]) for o in options]
    return [f for f in figures if f < key], [f for f in figures if f > key]


def test_120_mmhg_takes_figures_on_either_side_by_its_question_id() -> None:
    """ "120 mmHg" was offered 150, 200 and 250 only (100 lies within 20 %, 50 is far on the
    log scale, so nearest-first never went below): the key was always A (M6)."""
    counts = set()
    for number in range(40):
        made = figure_distractors("120 mmHg", [], count=3, place=f"fact-{number}#mcq-value")
        below, above = _below_and_above(made, 120)
        assert len(made) == 3
        assert all(o.endswith(" mmHg") for o in made)
        assert below == [10, 20, 50][3 - len(below) :]  # the nearest valid ones below
        assert above == [150, 200, 250][: len(above)]  # and above
        counts.add(len(below))
    assert counts == {0, 1, 2, 3}  # the key takes every position A-D


def _looks_round(figure: float) -> bool:
    digits = f"{figure:.6g}".replace(".", "").lstrip("0").rstrip("0")
    return digits.endswith("5") or (figure.is_integer() and figure % 10 == 0)


@pytest.mark.parametrize(
    ("value", "side"),
    [
        ("up to 24%", "below"),
        ("about 37%", None),
        ("61 years", None),
        ("1.48 ppm", None),
        ("12 mm", "below"),
        ("at least 13%", "above"),
    ],
)
def test_a_key_that_is_no_round_figure_takes_no_round_figures(
    value: str, side: Literal["below", "above"] | None
) -> None:
    """ "up to 24 %" was offered "5 %, 10 %, 15 %": the only figure that is not round is
    the key, a cue (M5). Such a key takes figures like it, still 20 % apart (M6)."""
    key = float(re.findall(r"\d+(?:\.\d+)?", value)[0])
    for number in range(12):
        made = figure_distractors(value, [value], count=3, side=side, place=f"q{number}#mcq-value")
        figures = [float(re.findall(r"\d+(?:\.\d+)?", o)[0]) for o in made]
        assert len(made) == 3
        assert not any(_looks_round(f) for f in figures), made
        for first, second in itertools.combinations([key, *figures], 2):
            assert abs(first - second) >= MARGIN * max(first, second)
        if side == "below":
            assert all(f < key for f in figures)
        if side == "above":
            assert all(f > key for f in figures)


def test_a_round_key_keeps_round_figures() -> None:
    made = figure_distractors("about 20%", ["about 20%"], count=3, place="q1#mcq-value")
    assert made
    assert all(_looks_round(float(o.split()[1].rstrip("%"))) for o in made)


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([1, 3, 7, 12, 25, 45, 120, 350, 800, 2500]),
    st.sampled_from(["mmHg", "mm", "HU", "%", "years"]),
)
def test_the_keys_position_is_spread_over_every_place_the_grid_allows(key: int, unit: str) -> None:
    """How many figures go below the key is drawn per question id: over many ids it takes
    every count both sides can fill, each side holds its nearest valid figures, and the
    key's place is not fixed by its size (M6)."""
    value = f"{key} {unit}" if unit != "%" else f"{min(key, 95)}%"
    figure = float(value.split(maxsplit=1)[0].rstrip("%"))
    lower = figure_distractors(value, [], count=3, side="below")
    upper = figure_distractors(value, [], count=3, side="above")
    if len(lower) + len(upper) < 3:
        return
    seen: dict[int, int] = {}
    for number in range(80):
        made = figure_distractors(value, [], count=3, place=f"q{number}#mcq-value")
        below, above = _below_and_above(made, figure)
        assert len(made) == 3
        assert made[: len(below)] == lower[len(lower) - len(below) :]  # nearest below
        assert made[len(below) :] == upper[: len(above)]  # nearest above
        seen[len(below)] = seen.get(len(below), 0) + 1
    possible = range(max(0, 3 - len(upper)), min(3, len(lower)) + 1)
    assert set(seen) == set(possible), (value, seen)
    if len(possible) == 4:  # both sides can take three: no place holds most of the keys
        assert max(seen.values()) <= 0.5 * 80, (value, seen)


def test_a_figure_questions_key_is_not_always_at_one_end(make_fact: Callable[..., Fact]) -> None:
    """The generator draws the place per question: twenty articles stating the same share
    (only their ids differ) do not all put the key at one letter."""
    places = set()
    for number in range(20):
        text = "Lesions are multiple in 30% of patients."
        fact = make_fact(
            kind=FactKind.PERCENTAGE,
            article=f"article-{number}",
            item="",
            group="",
            value="30%",
            text=text,
            statement=text,
        )
        made = generate([_entry(f"article-{number}", "Lesions", [fact])], rng=random.Random(0))
        (question,) = made.questions
        places.add(question.answer_index)
    assert places == {0, 1, 2, 3}


# --- nothing lost silently, and the report ----------------------------------------------


def test_every_seed_fact_gives_a_card_or_a_finding(tmp_store: Path, now: datetime) -> None:
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    for cards, mcqs in ((True, True), (False, True), (True, False)):
        made = generate(entries, rng=random.Random(0), cards=cards, mcqs=mcqs)
        covered = {i for n in made.notes for i in n.fact_ids} | {q.fact_id for q in made.questions}
        covered |= {f.fact_id for f in made.findings}
        assert {f.id for e in entries for f in e.usable_facts()} <= covered


def test_coverage_counts_per_kind(tmp_store: Path, now: datetime) -> None:
    entries = resolve_selection([], store_dir=tmp_store, now=now).entries
    facts = [f for e in entries for f in e.usable_facts()]
    made = generate(entries, rng=random.Random(0))
    figures = coverage(facts, made.notes, made.questions, made.findings)
    assert figures.total.facts == len(facts)
    assert len(facts) >= 59  # every fact of the seeds, prose statements included
    assert figures.kinds["frequency"].facts == 12
    assert figures.kinds["frequency"].dropped["M3"] == 4  # two catch-alls, 10 % twice
    assert figures.total.with_mcq == len({q.fact_id for q in made.questions})
    assert figures.total.with_mcq >= 29


def test_cards_coverage_in_the_terminal_and_in_json(runner: CliRunner, tmp_path: Path) -> None:
    store = str(tmp_path / "facts")
    shown = runner.invoke(app, ["cards", "--type", "mcq", "--coverage", "--store", store])
    assert shown.exit_code == 0
    assert "kind           facts  card   mcq  dropped by rule" in shown.stdout
    assert "facts with an MCQ: " in shown.stdout
    as_json = runner.invoke(app, ["cards", "--json", "--store", store])
    report = json.loads(as_json.stdout)["coverage"]
    stored = resolve_selection([], store_dir=Path(store), now=datetime.now(UTC)).entries
    assert report["total"]["facts"] == sum(len(e.usable_facts()) for e in stored)
    assert report["total"]["facts"] == sum(k["facts"] for k in report["kinds"].values())
    assert set(report["kinds"]["appearance"]) == {"facts", "with_card", "with_mcq", "dropped"}


# --- property: no question with two right answers ----------------------------------------

# Names with the variants M3 must see through: word order ("a/b" = "b/a"), plural, spelling.
_NAMES = [
    "schwannoma",
    "neurilemmoma",
    "meningioma",
    "ependymoma",
    "lipoma",
    "haemangioma",
    "hemangioma",
    "cyst",
]
_name = st.builds(
    lambda words, plural: "/".join(words) + ("s" if plural else ""),
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=2, unique=True),
    st.booleans(),
)
_subject = st.sampled_from(["dural lesion", "dural lesions", "spinal nodule", "spinal nodules"])
_list = st.tuples(_subject, st.lists(_name, min_size=1, max_size=5, unique=True))
_synonym = st.tuples(st.sampled_from(_NAMES), st.sampled_from(_NAMES))


def _variant_key(name: str) -> frozenset[str]:
    """The test's own idea of one name (independent of quizgen.normalize): words in any
    order, without a plural s, British spelling made American."""
    words = re.split(r"[/ ]+", name.lower().replace("haem", "hem"))
    return frozenset(word.removesuffix("s") for word in words if word)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_list, min_size=1, max_size=5), st.lists(_synonym, max_size=3))
def test_no_distractor_is_stated_right_anywhere_in_the_library(
    make_fact: Callable[..., Fact],
    lists: list[tuple[str, list[str]]],
    synonyms: list[tuple[str, str]],
) -> None:
    facts: list[Fact] = []
    for number, (subject, items) in enumerate(lists):
        facts += [_differential(make_fact, f"a{number}", subject, item) for item in items]
    for number, (name, other) in enumerate(synonyms):
        synonym = make_fact(
            kind=FactKind.SYNONYM, article=f"s{number}", subject=name, value=other, item=""
        )
        facts.append(replace(synonym, group=""))
    pools = build_pools(facts)
    for number in range(len(lists)):
        mine = [f for f in facts if f.source.article == f"a{number}"]
        entry = _entry(f"a{number}", "Library", mine)
        for candidate in candidates(entry, mine, pools):
            family = _variant_key(candidate.fact.subject)
            right = {
                _variant_key(f.item)
                for f in facts
                if f.kind is FactKind.DIFFERENTIAL and _variant_key(f.subject) == family
            }
            right |= {
                _variant_key(b)
                for a, b in [*synonyms, *((b, a) for a, b in synonyms)]
                if _variant_key(a) in right
            }
            for option in candidate.pool:
                key = _variant_key(option)
                assert not any(key <= r or r <= key for r in right), (option, right)


def test_a_share_near_the_whole_has_figures_above_it_and_is_not_always_last() -> None:
    """No figure lies 20 % above a share of 80 % or more within 100 %: such keys were always
    the last option (M6). Near the whole, shares are also apart when what they leave out is
    (85 % leaves out 15 %, 95 % leaves out 5 %), by at least SHARE_POINTS."""
    positions = set()
    for number in range(40):
        made = figure_distractors("85%", [], count=3, place=f"q{number}")
        figures = sorted([85.0, *(float(o.rstrip("%")) for o in made)])
        positions.add(figures.index(85.0))
        assert all(b - a >= SHARE_POINTS for a, b in itertools.pairwise(figures))
        assert all(f < 100 for f in figures)
    assert positions - {3}  # the key is not always last
    # far from the whole the plain margin alone decides: 45 % and 50 % are not apart
    assert not any(o in {"40%", "50%"} for o in figure_distractors("45%", [], count=3))


def test_a_unit_counted_in_words_agrees_with_its_distractor_figure() -> None:
    """Coarctation's "rarely seen before ___ of age" offered "1 years": a figure of one
    takes the singular, any other figure the plural, and a hyphened "5-year" is left alone."""
    ages = figure_distractors("2 years", [], count=3)
    assert "1 year" in ages
    assert all(o.endswith(" years") for o in ages if not o.startswith("1 "))
    assert "1 years" not in ages
    months = figure_distractors("1 month", [], count=3)
    assert months
    assert all(o.endswith(" months") for o in months)
    assert all("-year" in o for o in figure_distractors("5-year survival", [], count=3))
