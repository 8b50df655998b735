"""Definitions in apposition, on label lines, and vague ones left out (issue 11, class 11).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _definitions(body: str, title: str = "Pancreatic trauma") -> list[Fact]:
    text = f"# {title}\n\n{title} is an injury of the pancreas caused by blunt force.\n\n"
    text += f"## Pathology\n\n{body}\n"
    return [
        f
        for f in extract_facts(read_text(text))
        if f.kind is FactKind.DEFINITION and f.subject != title
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "phrase"),
    [
        (
            "Pseudocyst, a collection of pancreatic fluid without an epithelial lining, "
            "develops after four weeks.",
            "Pseudocyst",
            "a collection of pancreatic fluid without an epithelial lining",
        ),
        (
            "Walled-off necrosis, encapsulated necrotic tissue of the gland, may become infected.",
            "Walled-off necrosis",
            "encapsulated necrotic tissue of the gland",
        ),
        (
            "A fluid-filled tract from the duct to the skin, the pancreaticocutaneous fistula, "
            "is a late complication.",
            "pancreaticocutaneous fistula",
            "A fluid-filled tract from the duct to the skin",
        ),
    ],
)
def test_a_name_with_its_description_in_apposition_is_defined(
    sentence: str, name: str, phrase: str
) -> None:
    facts = _definitions(sentence)
    assert [(f.subject, f.value) for f in facts] == [(name, phrase)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Duct disruption, by contrast, is associated with a worse outcome in adults.",
        "Ductal injury, found in about 15% of patients, is the main cause of fistula.",
        "Late stricture, due to fibrosis of the injured duct, is an uncommon sequel.",
        "Pseudocysts, usually single and unilocular, are seen after four weeks.",
        "In adults, a blow to the epigastrium is the usual mechanism of injury.",
        "However, most injuries of the tail are small, and they heal without surgery.",
        "Therefore, complete transection of the main duct, is an indication for surgery.",
        "Fluid, the collection is usually drained percutaneously, is seen early on.",
    ],
)
def test_a_comment_between_commas_is_no_definition(sentence: str) -> None:
    assert _definitions(sentence) == []


def test_a_named_line_on_a_label_line_is_defined() -> None:
    article = read_text(
        "Scoliosis\n\nRadiographic features\n\nOn the standing radiograph:\n\n"
        "Cobb angle: the angle between the end plates of the most tilted vertebrae\n"
        "Risser sign: ossification of the iliac apophysis\n"
    )
    facts = [f for f in extract_facts(article) if f.kind is FactKind.DEFINITION]
    assert [(f.subject, f.value) for f in facts] == [
        ("Cobb angle", "the angle between the end plates of the most tilted vertebrae")
    ]


def test_a_category_without_what_sets_it_apart_is_no_definition() -> None:
    body = "Lipomatosis of the gland is a benign condition.\n\nLipomatosis is a systemic disorder."
    facts = _definitions(body, title="Pancreatic lipomatosis")
    assert facts == []
    kept = _definitions(
        "Lipomatosis of the gland is a benign condition of fatty replacement of acini.",
        title="Pancreatic lipomatosis",
    )
    assert [f.value for f in kept] == ["benign condition of fatty replacement of acini"]
