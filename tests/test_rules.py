"""Each card rule's check catches the item it exists for (and passes a good one).

One row per rule: a good item, the same item broken in the one way the rule forbids, and the
rule id the finding must carry. Removing a rule's check makes its row fail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from quizgen.generators.incremental import QuestionKey
from quizgen.generators.mcq import Pools, build_pools
from quizgen.generators.rules import (
    check_cloze,
    check_mcq,
    drop_duplicate_notes,
    drop_duplicate_questions,
)
from quizgen.model import (
    ClozeDeletion,
    ClozeNote,
    Fact,
    FactKind,
    MCQuestion,
    Provenance,
    SourceRef,
)

_SOURCE = SourceRef("spine", "Spinal metastasis", "Pathology", "breast: 22%")
_PROVENANCE = Provenance(licence="CC BY-NC-SA 3.0")

GOOD_NOTE = ClozeNote(
    id="spine|primaries",
    article="spine",
    text="Primaries:<br>breast: {{c1::22%}}<br>lung: {{c2::15%}}",
    deletions=(ClozeDeletion(1, "22%", "f-breast"), ClozeDeletion(2, "15%", "f-lung")),
    source=_SOURCE,
    kind=FactKind.FREQUENCY,
    context="Spinal metastasis › Pathology",
    provenance=_PROVENANCE,
)

GOOD_QUESTION = MCQuestion(
    id="f-breast#mcq-item",
    article="spine",
    fact_id="f-breast",
    stem="Spinal metastasis: which of the primaries accounts for 22%?",
    options=("breast", "lung", "kidney", "melanoma"),
    answer_index=0,
    kind=FactKind.FREQUENCY,
    source=_SOURCE,
    provenance=_PROVENANCE,
)


def _facts(make_fact: Callable[..., Fact]) -> Pools:
    shares = {"breast": "22%", "lung": "15%", "kidney": "7%", "melanoma": "4%", "lymphoma": "22%"}
    facts = [
        make_fact(article="spine", item=item, value=value, group="primaries")
        for item, value in shares.items()
    ]
    facts[0] = replace(facts[0], id="f-breast")
    return build_pools(facts)


CLOZE_CASES: list[tuple[str, dict[str, object]]] = [
    ("C5", {"text": "Primaries:<br>breast: <b>{{c1::22%}}</b><br>lung: {{c2::15%}}"}),
    ("C6", {"provenance": Provenance(licence="")}),
    ("C6", {"source": replace(_SOURCE, title="")}),
    (
        "C8",
        {"deletions": (ClozeDeletion(1, "22%", "f-breast"), ClozeDeletion(1, "15%", "f-lung"))},
    ),
    (
        "C8",
        {"deletions": (ClozeDeletion(1, "22%", "f-breast"), ClozeDeletion(2, " ", "f-lung"))},
    ),
]

MCQ_CASES: list[tuple[str, dict[str, object]]] = [
    ("M1", {"stem": "Spinal metastasis: the primary that accounts for 22%."}),
    ("M1", {"stem": "Spinal metastasis: which of the primaries does NOT account for 22%?"}),
    ("M2", {"options": ("breast", "lung"), "answer_index": 0}),
    ("M2", {"options": ("breast", "lung", "kidney", "melanoma", "a", "b")}),
    ("M2", {"answer_index": 7}),
    ("M3", {"options": ("breast", "lung", "lymphoma", "kidney")}),  # lymphoma: 22% too
    ("M3", {"options": ("breast", "lung", "others", "kidney")}),  # a catch-all
    ("M4", {"options": ("breast", "lung", "Lung", "kidney")}),
    ("M4", {"options": ("breast", "tumour", "tumor", "kidney")}),
    (
        "M6",
        {"options": ("22%", "7%", "15%", "4%"), "numeric": True, "id": "f-breast#mcq-value"},
    ),
    (
        "M6",
        {"options": ("4%", "7%", "22%", "150%"), "numeric": True, "id": "f-breast#mcq-value"},
    ),
    ("M7", {"options": ("breast", "lung", "none of the above", "kidney")}),
]


def test_the_good_items_pass_every_rule(make_fact: Callable[..., Fact]) -> None:
    pools = _facts(make_fact)
    assert check_cloze(GOOD_NOTE, pools) == []
    assert check_mcq(GOOD_QUESTION, pools) == []


@pytest.mark.parametrize(("rule", "change"), CLOZE_CASES)
def test_each_cloze_rule_catches_its_fault(
    make_fact: Callable[..., Fact], rule: str, change: dict[str, object]
) -> None:
    found = check_cloze(replace(GOOD_NOTE, **change), _facts(make_fact))  # type: ignore[arg-type]
    assert rule in {finding.rule_id for finding in found}


@pytest.mark.parametrize(("rule", "change"), MCQ_CASES)
def test_each_mcq_rule_catches_its_fault(
    make_fact: Callable[..., Fact], rule: str, change: dict[str, object]
) -> None:
    found = check_mcq(replace(GOOD_QUESTION, **change), _facts(make_fact))  # type: ignore[arg-type]
    assert rule in {finding.rule_id for finding in found}


def test_c7_keeps_the_first_of_two_equal_questions() -> None:
    keys = [
        QuestionKey("q1", "a", "f1", "stem", "key"),
        QuestionKey("q2", "b", "f2", "stem", "key"),
        QuestionKey("q3", "b", "f3", "stem", "other key"),
    ]
    found = list(drop_duplicate_questions(keys))
    assert [(f.rule_id, f.item_id) for f in found] == [("C7", "q2")]


def test_c7_drops_a_cloze_note_whose_text_repeats_an_earlier_one() -> None:
    """Two facts read from one sentence ("twice as often (M:F ~2:1)") made the same card
    twice: the second is dropped with a C7 finding; a note differing in text is kept."""
    twin = replace(GOOD_NOTE, id="spine|primaries-2", text=GOOD_NOTE.text.replace(": ", ":  "))
    other = replace(GOOD_NOTE, id="spine|other", text=GOOD_NOTE.text.replace("lung", "prostate"))
    kept, found = drop_duplicate_notes([GOOD_NOTE, twin, other])
    assert [n.id for n in kept] == [GOOD_NOTE.id, other.id]
    assert [(f.rule_id, f.item_id, f.fact_id) for f in found] == [
        ("C7", "spine|primaries-2", "f-breast")
    ]


_AGE_NOTE = replace(
    GOOD_NOTE,
    id="gout|age",
    text="Most present in the {{c1::fourth and fifth decades}}.",
    deletions=(ClozeDeletion(1, "fourth and fifth decades", "f-age"),),
    kind=FactKind.AGE,
)


@pytest.mark.parametrize(
    "span", ["fourth and fifth decades", "6th and 7th decades of life", "between 40 and 60 years"]
)
def test_c3_an_age_span_is_one_answer(make_fact: Callable[..., Fact], span: str) -> None:
    note = replace(
        _AGE_NOTE,
        text=f"Most present {{{{c1::{span}}}}}.",
        deletions=(ClozeDeletion(1, span, "f-age"),),
    )
    assert "C3" not in {f.rule_id for f in check_cloze(note, _facts(make_fact))}


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("children and young adults", FactKind.AGE),  # two groups: a list
        ("fourth and fifth decades", FactKind.ASSOCIATION),  # only an age is a span
    ],
)
def test_c3_other_answers_with_and_hide_a_list(
    make_fact: Callable[..., Fact], answer: str, kind: FactKind
) -> None:
    note = replace(
        _AGE_NOTE,
        text=f"Most present {{{{c1::{answer}}}}}.",
        deletions=(ClozeDeletion(1, answer, "f-age"),),
        kind=kind,
    )
    assert "C3" in {f.rule_id for f in check_cloze(note, _facts(make_fact))}
