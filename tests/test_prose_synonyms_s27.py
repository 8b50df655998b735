"""Other names in the words other writers use (session 13): each phrasing was written for
these tests, on no article of the corpora."""

from __future__ import annotations

import pytest
from prose_helpers import paragraph_facts

from quizgen.model import FactKind


def _synonyms(sentence: str, heading: str = "") -> list[str]:
    return [
        f.value for f in paragraph_facts("Renal oncocytoma", heading, sentence, FactKind.SYNONYM)
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The term oncocytic adenoma is used interchangeably with renal oncocytoma.", "oncocytic"),
        ("Renal oncocytoma (oncocytic adenoma) is a benign renal tumour.", "oncocytic"),
        ("An older name for renal oncocytoma is proximal tubular adenoma.", "tubular"),
        ("Oncocytic adenoma is a synonym of renal oncocytoma.", "Oncocytic"),
        ("It is also known by the eponym Zippel tumour.", "Zippel"),
        ("Renal oncocytoma (a.k.a. oncocytic adenoma) is a benign renal tumour.", "oncocytic"),
        ("The lesion is also referred to in older literature as tubular adenoma.", "tubular"),
        ("The preferred term is renal oncocytoma rather than oncocytic adenoma.", "oncocytic"),
    ],
)
def test_another_name_in_other_words(sentence: str, name: str) -> None:
    found = _synonyms(sentence)
    assert len(found) == 1, found
    assert found[0].startswith(name) or f" {name}" in f" {found[0]}", found


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("Renal oncocytoma (eosinophilic variant) is uncommon.", ""),  # a subtype
        ("Renal oncocytoma (in older adults) is often incidental.", ""),  # a group
        ("Renal oncocytoma (left kidney) is seen as a central scar.", "Findings"),  # a place
        ("Chromophobe carcinoma is a synonym of nothing here.", ""),  # not the title's
        ("Renal oncocytoma (rare) is benign.", ""),  # one word
    ],
)
def test_a_bracket_or_a_name_of_another_is_no_synonym(sentence: str, heading: str) -> None:
    assert _synonyms(sentence, heading) == []
