"""Sex ratios in the words other writers use (session 13): each phrasing was written for
these tests, on no article of the corpora."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _ratios(sentence: str) -> list[tuple[str, str]]:
    section = Section("Epidemiology", (Block(BlockKind.PARAGRAPH, text=sentence),))
    article = Article(slug="t", title="Renal oncocytoma", sections=(section,))
    return [(f.attribute, f.value) for f in extract_facts(article) if f.kind is FactKind.SEX_RATIO]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Males outnumber females by roughly two to one.", ("M:F", "2:1")),
        ("It has a strong predilection for middle-aged women.", ("predominance", "female")),
        ("There is a marked female bias.", ("predominance", "female")),
        ("The incidence is higher in men than in women.", ("predominance", "male")),
        ("The disease is more prevalent among men.", ("predominance", "male")),
        ("It is commoner in men.", ("predominance", "male")),
        ("Most patients are women in their fifth decade.", ("predominance", "female")),
        ("Patients are mostly young men.", ("predominance", "male")),
        ("The sex distribution is equal.", ("M:F", "1:1")),
        ("There is a 2:1 male predominance.", ("M:F", "2:1")),
        ("There is a male predominance (3:1).", ("M:F", "3:1")),
        ("Males are affected more than females, with a ratio of about 3 to 1.", ("M:F", "3:1")),
        ("Men are affected more frequently, by a ratio of approximately 4:1.", ("M:F", "4:1")),
    ],
)
def test_a_sex_ratio_in_other_words(sentence: str, expected: tuple[str, str]) -> None:
    assert _ratios(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a denied predilection names no sex
        ("There is no predilection for women.", []),
        # another ratio of the sentence is not the sexes'
        (
            "There is a male predominance, and the lesion-to-muscle ratio exceeds 2:1.",
            [("predominance", "male")],
        ),
        # a group of one sex set apart states no ratio
        ("It is more common in women over 50.", []),
    ],
)
def test_what_states_no_sex_ratio_or_another_figure(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _ratios(sentence) == expected
