"""Session 15, read off cards of a page of my own: a sign whose name the page quotes in part
('the characteristic "sunburst" calcification') is asked with the quoted words in the blank,
not dropped as "not in its sentence"; and another sign of the same subject is never an option
(M3: "bunch of grapes" may fit a sentence keyed "honeycomb pattern" of the same tumour)."""

from __future__ import annotations

import random
from collections.abc import Callable

from quizgen.generators import generate
from quizgen.model import ArticleFacts, Fact, FactKind, MCQuestion, Provenance

Make = Callable[..., Fact]


def _sign(make_fact: Make, article: str, title: str, name: str, text: str) -> Fact:
    return make_fact(
        kind=FactKind.SIGN,
        article=article,
        title=title,
        subject=title,
        item=name,
        value=name,
        group="",
        text=text,
        statement=text,
    )


def _questions(make_fact: Make) -> list[MCQuestion]:
    tumour = "Serous cystadenoma of the pancreas"
    own = [
        _sign(
            make_fact,
            "sca",
            tumour,
            "sunburst calcification",
            'The central scar calcifies in a third, giving the characteristic "sunburst" '
            "calcification.",
        ),
        _sign(
            make_fact,
            "sca",
            tumour,
            "bunch of grapes appearance",
            'The cysts are bright on T2, producing a "bunch of grapes" appearance.',
        ),
        _sign(
            make_fact,
            "sca",
            tumour,
            "honeycomb pattern",
            "On ultrasound the honeycomb pattern can look like a solid echogenic mass.",
        ),
    ]
    others = [
        _sign(make_fact, "other", "Mucinous cystic neoplasm", name, f"It shows the {name}.")
        for name in (
            "cyst within a cyst",
            "spoke-wheel pattern",
            "mother lesion",
            "stealth lesion",
            "target appearance",
            "whirlpool appearance",
            "dot-dash pattern",
            "starry sky appearance",
        )
    ]
    entries = [
        ArticleFacts("sca", tumour, Provenance(), tuple(own)),
        ArticleFacts("other", "Mucinous cystic neoplasm", Provenance(), tuple(others)),
    ]
    return list(generate(entries, rng=random.Random(0), cards=False).questions)


def test_a_sign_quoted_in_part_is_asked_with_its_quotes_in_the_blank(make_fact: Make) -> None:
    asked = {q.answer: q for q in _questions(make_fact)}
    question = asked["sunburst calcification"]
    assert "sunburst" not in question.stem.lower()
    assert '""' not in question.stem  # the quote marks went into the blank with the words


def test_no_option_is_another_sign_of_the_same_subject(make_fact: Make) -> None:
    own = {"sunburst calcification", "bunch of grapes appearance", "honeycomb pattern"}
    asked = [q for q in _questions(make_fact) if q.answer in own]
    assert len(asked) >= 2
    for question in asked:
        assert not (set(question.options) - {question.answer}) & own, question.stem
        assert not (set(question.distractor_pool) & own), question.stem
