"""A finding said to be rare or absent after "and" without a comma is no finding of the
subject: "The wall is imperceptible in most cases and calcification is rare" gave a card
"Wall of pericardial cyst — CT: calcification" (session 19's own page), which teaches the
opposite of the sentence. Invented sentences (imaging_prose._DENIED_CLAUSE)."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import FactKind
from quizgen.readers import read_text


def _findings(sentence: str) -> set[str]:
    text = f"# Thymic cyst\n\n## Radiographic features\n\n### CT\n\n{sentence}\n"
    return {f.value for f in extract_facts(read_text(text)) if f.kind is FactKind.APPEARANCE}


@pytest.mark.parametrize(
    "sentence",
    [
        "The wall is thin in most cases and calcification is rare.",
        "The cyst is unilocular and septation is uncommon.",
    ],
)
def test_a_rare_finding_after_and_is_no_finding(sentence: str) -> None:
    assert not any(v in {"calcification", "septation"} for v in _findings(sentence))


def test_a_plain_finding_after_and_still_counts() -> None:
    assert "calcification" in " ".join(_findings("The wall is thick and calcification is common."))
