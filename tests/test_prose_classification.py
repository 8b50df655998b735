"""Classes of a classification outside bulleted lists (issue 11, class 11).

Every text here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.classification import extract_classifications
from quizgen.model import Fact
from quizgen.readers import read_text


def _classes(body: str, title: str = "Splenic injury") -> list[Fact]:
    article = read_text(f"{title}\n\nClassification\n\n{body}\n")
    return list(extract_classifications(article))


def test_label_lines_under_an_intro_that_names_the_classification() -> None:
    body = (
        "The older Hartley classification is based on the depth of the tear:\n\n"
        "Hartley type I: subcapsular haematoma without parenchymal tear\n"
        "Hartley type II: laceration less than 3 cm deep\n"
        "Hartley type III: laceration involving the hilum\n"
    )
    facts = _classes(body)
    assert [(f.item, f.value) for f in facts] == [
        ("Hartley type I", "subcapsular haematoma without parenchymal tear"),
        ("Hartley type II", "laceration less than 3 cm deep"),
        ("Hartley type III", "laceration involving the hilum"),
    ]
    assert {f.group for f in facts} == {"types"}
    assert {f.attribute for f in facts} == {"Hartley classification"}


def test_label_lines_under_a_grading_heading_without_intro() -> None:
    article = read_text(
        "Pineal parenchymal tumour\n\nGrading\n\n"
        "CNS WHO grade 2: few mitoses and no necrosis\n"
        "CNS WHO grade 3: frequent mitoses or necrosis\n"
    )
    assert [f.item for f in extract_classifications(article)] == [
        "CNS WHO grade 2",
        "CNS WHO grade 3",
    ]


def test_label_lines_that_are_not_classes_give_nothing() -> None:
    # an intro about something else, and label lines under a plain heading: no classes
    assert _classes("Patients describe it as follows:\n\nPain: dull\nFever: rare\n") == []
    article = read_text("Splenic injury\n\nClinical presentation\n\nPain: dull\nFever: rare\n")
    assert list(extract_classifications(article)) == []
    # a single line is no classification
    assert _classes("The grading is as follows:\n\ngrade 1: minor tear\n") == []


def test_a_counted_run_of_categories_after_a_colon() -> None:
    facts = _classes(
        "The consensus statement recognises three diagnostic categories: definite "
        "vasculitis, possible vasculitis and alternative diagnosis."
    )
    assert [f.item for f in facts] == [
        "definite vasculitis",
        "possible vasculitis",
        "alternative diagnosis",
    ]


def test_a_count_that_does_not_match_the_run_gives_nothing() -> None:
    assert (
        _classes(
            "The consensus statement recognises four diagnostic categories: definite "
            "vasculitis, possible vasculitis and alternative diagnosis."
        )
        == []
    )


def test_classes_named_by_bracketed_labels() -> None:
    facts = _classes(
        "The Leeds imaging classification separates diffuse (class 1) from focal (class 2) disease."
    )
    assert [(f.item, f.value) for f in facts] == [("class 1", "diffuse"), ("class 2", "focal")]
    facts = _classes(
        "The scoring system places each lesion into one of four categories ranging from "
        "PR1 (benign) to PR4 (highly suspicious, 6 points or more)."
    )
    assert [(f.item, f.value) for f in facts] == [("PR1", "benign"), ("PR4", "highly suspicious")]


def test_bracketed_labels_outside_a_sentence_about_classes_give_nothing() -> None:
    assert _classes("Curve A rose early (type 2) and curve B fell late (type 3).") == []
    # one class alone is no classification
    assert _classes("On the scoring system's grading, the lesion is PR3 (indeterminate).") == []


def test_a_list_of_recognised_patterns() -> None:
    article = read_text(
        "# Renal sinus lipomatosis\n\n## Pathology\n\n"
        "The following patterns are recognised:\n\n"
        "- diffuse: ~70%\n- focal\n- peripelvic\n"
    )
    assert [f.item for f in extract_classifications(article)] == ["diffuse", "focal", "peripelvic"]
    article = read_text(
        "# Renal sinus lipomatosis\n\n## Pathology\n\n"
        "Enhancement patterns include:\n\n- diffuse\n- focal\n"
    )
    assert list(extract_classifications(article)) == []


_NAMES = st.sampled_from(
    [
        ("bland", "erosive", "stenosing"),
        ("early", "established", "end-stage"),
        ("acinar", "tubular", "cribriform"),
    ]
)


@given(_NAMES, st.sampled_from(["three", "3"]), st.sampled_from(["types", "subtypes", "patterns"]))
def test_the_same_classes_in_several_phrasings_give_the_same_items(
    names: tuple[str, str, str], count: str, noun: str
) -> None:
    a, b, c = names
    facts = _classes(f"Histology distinguishes {count} main {noun}: {a}, {b} and {c}.")
    assert [f.item for f in facts] == [a, b, c]


def test_classes_reach_extract_facts_once() -> None:
    article = read_text(
        "Splenic injury\n\nClassification\n\nThe scheme recognises three grades: minor, "
        "moderate and severe.\n"
    )
    items = [f.item for f in extract_facts(article) if f.group == "types"]
    assert sorted(items) == ["minor", "moderate", "severe"]


def test_a_bulleted_class_list_under_a_named_classification_keeps_the_name() -> None:
    # the same lines as a markdown list: the classification's name is still the attribute
    article = read_text(
        "# Splenic injury\n\n## Classification\n\n"
        "The older Hartley classification is based on the depth of the tear:\n\n"
        "- Hartley type I: subcapsular haematoma without parenchymal tear\n"
        "- Hartley type II: laceration less than 3 cm deep\n"
    )
    facts = [f for f in extract_facts(article) if f.group == "types"]
    assert [(f.item, f.attribute) for f in facts] == [
        ("Hartley type I", "Hartley classification"),
        ("Hartley type II", "Hartley classification"),
    ]
