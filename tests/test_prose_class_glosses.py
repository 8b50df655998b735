"""A class list's entry that names its class and glosses it after a comma ("short-segment
reflux, confined to the distal oesophagus: about 60%"): the class is the name before the
comma. Every text is invented, about organs the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.class_glosses import split_class_gloss
from quizgen.model import FactKind
from quizgen.readers import read_text


def _types(entries: list[str]) -> list[tuple[str, str]]:
    body = "\n".join(f"- {entry}" for entry in entries)
    page = (
        "# Oesophageal stricture\n\n## Pathology\n\n"
        f"The stricture is classified by the length of the narrowed segment:\n\n{body}\n"
    )
    return [
        (f.item, f.value)
        for f in extract_facts(read_text(page))
        if f.kind is FactKind.ASSOCIATION and f.group == "types"
    ]


def test_a_long_entry_names_its_class_before_the_comma() -> None:
    found = _types(
        [
            "short-segment stricture, confined to the distal few centimetres of the "
            "oesophagus: about 70% of cases",
            "long-segment stricture, extending above the level of the aortic arch: about 25%",
        ]
    )
    assert found == [
        ("short-segment stricture", "confined to the distal few centimetres of the oesophagus"),
        ("long-segment stricture", "extending above the level of the aortic arch"),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        # members of a run, not a name and its gloss
        "peptic stricture, caustic stricture and radiation stricture of the mid oesophagus",
        # "including" names the class's members, not what it is
        "rare strictures, including drug-induced strictures (e.g. from doxycycline) and webs",
        # a name too long to be a class
        "a stricture that follows prolonged nasogastric intubation in the very elderly, "
        "usually mild",
        # no comma at all
        "short-segment stricture confined to the distal few centimetres of the oesophagus",
    ],
)
def test_no_gloss_without_a_short_name_and_a_descriptive_opening(entry: str) -> None:
    assert split_class_gloss(entry) == ("", "")
