"""Classes named in a run before the classes' noun after "described as" ("described as
early, chronic (fibrotic) and burnt-out patterns"), and after "Other <adjective> types are"
or "Subtypes other than X include". Every sentence is invented, about organs the corpora do
not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors.class_runs import described_run, recognised_in_brackets
from quizgen.extractors.classification import extract_classifications
from quizgen.model import Fact
from quizgen.readers import read_text


def _classes(body: str, title: str = "Chronic pancreatitis") -> list[Fact]:
    article = read_text(f"{title}\n\nClassification\n\n{body}\n")
    return list(extract_classifications(article))


def test_a_described_run_before_its_class_noun_names_the_classes() -> None:
    facts = _classes(
        "Its appearances are traditionally described as calcific, obstructive (ductal) and "
        "autoimmune patterns 2."
    )
    assert [f.item for f in facts] == ["calcific", "obstructive (ductal)", "autoimmune"]
    assert {f.subject for f in facts} == {"Chronic pancreatitis"}


@pytest.mark.parametrize(
    "sentence",
    [
        # no class noun after the run: a description, not classes
        "The gland is described as atrophic, lobulated and calcified on CT.",
        # degrees alone range a measure
        "The ducts are described as small or large forms.",
        # one member is no classification
        "The disease is described as calcific patterns.",
    ],
)
def test_no_described_run_without_a_class_noun_or_two_classes(sentence: str) -> None:
    assert described_run(sentence) == []


def test_other_adjective_types_are_listed_without_the_relative_clause() -> None:
    facts = _classes(
        "Other histological types are tropical, hereditary and obstructive, the last of which "
        "follows a stricture."
    )
    assert [f.item for f in facts] == ["tropical", "hereditary", "obstructive"]


def test_subtypes_other_than_one_are_listed() -> None:
    facts = _classes(
        "Subtypes other than alcoholic pancreatitis include hereditary, tropical and "
        "autoimmune pancreatitis."
    )
    assert [f.item for f in facts] == ["hereditary", "tropical", "autoimmune pancreatitis"]


def test_subtypes_recognised_by_a_criterion_are_named_in_closing_brackets() -> None:
    facts = _classes(
        "Molecular subtypes are now recognised according to the dominant mutation "
        "(PRSS1, SPINK1 and CFTR)."
    )
    assert [(f.subject, f.item) for f in facts] == [
        ("Chronic pancreatitis", "PRSS1"),
        ("Chronic pancreatitis", "SPINK1"),
        ("Chronic pancreatitis", "CFTR"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # one name in the brackets is no classification
        "Two patterns are described, one of them common (diffuse).",
        # an example, not the classes
        "Several subtypes are recognised on imaging (e.g. calcific and obstructive).",
        # brackets that do not close the sentence
        "Subtypes are defined by the mutation (PRSS1 or SPINK1) and by age at onset.",
    ],
)
def test_no_bracketed_classes_without_a_closing_run(sentence: str) -> None:
    assert recognised_in_brackets(sentence) == []
