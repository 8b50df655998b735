"""Issue 11, session 14: classes read where they are stated.

- a class entry of a classification list whose nested entries extend its code by one letter
  or digit ("type II" over "IIA: …", "grade 3" over "grade 3b: …") lists subclasses: each is
  a class of "<title> type II" with its own definition.

Every text is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors.association import extract_associations
from quizgen.model import Article, Block, BlockKind, ListItem, Section
from quizgen.readers import read_text

TITLE = "Pancreatic pseudocyst"


def _nested(intro: str, parent: str, *children: str, title: str = TITLE) -> Article:
    entry = ListItem(parent, children=tuple(ListItem(c) for c in children))
    other = ListItem("type III: communication with the duct")
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=(entry, other)),
    )
    return Article(slug="t", title=title, sections=(Section("Classification", blocks),))


def _classes(article: Article) -> set[tuple[str, str, str]]:
    return {(f.subject, f.item, f.value) for f in extract_associations(article)}


@pytest.mark.parametrize(
    ("parent", "children", "expected"),
    [
        (
            "type II: a cyst without septa",
            ("IIA: a single cavity", "IIB: two or more cavities"),
            {
                ("Pancreatic pseudocyst type II", "IIA", "a single cavity"),
                ("Pancreatic pseudocyst type II", "IIB", "two or more cavities"),
            },
        ),
        (
            "grade 3: wall thicker than 3 mm",
            ("grade 3a: smooth wall", "grade 3b: nodular wall"),
            {
                ("Pancreatic pseudocyst grade 3", "grade 3a", "smooth wall"),
                ("Pancreatic pseudocyst grade 3", "grade 3b", "nodular wall"),
            },
        ),
        (
            "stage 2: a collection beyond the gland",
            ("2-1: in the lesser sac", "2-2: in the paracolic gutter"),
            {
                ("Pancreatic pseudocyst stage 2", "2-1", "in the lesser sac"),
                ("Pancreatic pseudocyst stage 2", "2-2", "in the paracolic gutter"),
            },
        ),
    ],
)
def test_nested_entries_that_extend_a_class_code_are_its_subclasses(
    parent: str, children: tuple[str, ...], expected: set[tuple[str, str, str]]
) -> None:
    facts = _classes(
        _nested("The Dalton classification divides pseudocysts into:", parent, *children)
    )
    assert expected <= facts


@pytest.mark.parametrize(
    ("parent", "children"),
    [
        # the nested entries do not extend the parent's code
        ("type I: a unilocular cyst", ("II: a bilocular cyst", "IV: a multilocular cyst")),
        ("type I: a unilocular cyst", ("note: rarely seen", "CT: thin wall")),
        # the parent is no coded class
        ("infected pseudocyst: gas in the cavity", ("IA: after drainage", "IB: spontaneous")),
        # no definition after the label
        ("type II: a cyst without septa", ("IIA", "IIB")),
    ],
)
def test_nested_entries_that_do_not_extend_the_code_are_no_subclasses(
    parent: str, children: tuple[str, ...]
) -> None:
    facts = _classes(
        _nested("The Dalton classification divides pseudocysts into:", parent, *children)
    )
    assert not any(subject.startswith(f"{TITLE} ") for subject, _, _ in facts)


def test_subclasses_are_read_from_a_markdown_list() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Classification\n\nThe Dalton classification has three types:\n\n"
        "- type I: a unilocular cyst\n- type II: a cyst with septa\n"
        "  - IIA: thin septa\n  - IIB: thick septa\n- type III: communication with the duct\n"
    )
    facts = _classes(article)
    assert (f"{TITLE} type II", "IIA", "thin septa") in facts
    assert (f"{TITLE} type II", "IIB", "thick septa") in facts
    # the parent class stays the title's
    assert any(s == TITLE and i == "type II" for s, i, _ in facts)
