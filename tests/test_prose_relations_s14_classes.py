"""Issue 11, session 14: classes read where they are stated.

- a class entry of a classification list whose nested entries extend its code by one letter
  or digit ("type II" over "IIA: …", "grade 3" over "grade 3b: …") lists subclasses: each is
  a class of "<title> type II" with its own definition;
- classes named in a run before their noun ("A, B and C subtypes are recognised", "…,
  subdivided into A and B forms") and a named scheme's classes with their meanings in
  brackets, in its own clause ("the X classification divides … into A (…) and B (…)", "…
  grades … from A (…) to D (…)"), of the scheme.

Every text is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors.association import extract_associations
from quizgen.extractors.classification import extract_classifications
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


# --- classes named in a run before their noun, and a named scheme's bracketed classes --------


def _prose(*sentences: str, title: str = "Splenic angiosarcoma") -> set[tuple[str, str, str]]:
    article = read_text(f"{title}\n\nPathology\n\n{' '.join(sentences)}\n")
    return {(f.subject, f.item, f.value) for f in extract_classifications(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Histologically, epithelioid, spindle-cell and mixed subtypes are recognised.",
            {("Splenic angiosarcoma", i, "") for i in ("epithelioid", "spindle-cell", "mixed")},
        ),
        (
            "Histology is divided into favourable and unfavourable types.",
            {
                ("Splenic angiosarcoma", "favourable", ""),
                ("Splenic angiosarcoma", "unfavourable", ""),
            },
        ),
        (
            # another condition opens the sentence: the classes are its own
            "Splenic cysts are divided into true, false and parasitic types.",
            {("Splenic cysts", i, "") for i in ("true", "false", "parasitic")},
        ),
        (
            "Uterine adenomyosis, subdivided into focal and diffuse forms, may coexist.",
            {("Uterine adenomyosis", "focal", ""), ("Uterine adenomyosis", "diffuse", "")},
        ),
        (
            "The Paris classification divides polyps into type 0-I (protruded) and type 0-II "
            "(flat), and the Kudo system sorts pits from type I (round pits) to type V "
            "(non-structured pits).",
            {
                ("Paris classification", "type 0-I", "protruded"),
                ("Paris classification", "type 0-II", "flat"),
                ("Kudo system", "type I", "round pits"),
                ("Kudo system", "type V", "non-structured pits"),
            },
        ),
    ],
)
def test_classes_named_in_a_run_or_by_a_named_scheme(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= _prose(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sizes are divided into small and large.",  # no noun of classes after the run
        "Small and large cysts are seen in this disease.",  # no verb of describing classes
        "Histologically, a papillary subtype is described.",  # one class is no classification
        "The Paris classification divides polyps into protruded and flat lesions.",
        "The Kudo system sorts pits from round to non-structured.",  # no bracketed meanings
    ],
)
def test_runs_and_schemes_that_name_no_classes_give_none(sentence: str) -> None:
    assert not _prose(sentence)


@given(
    opening=st.sampled_from(["", "Histologically, ", "Microscopically, "]),
    verb=st.sampled_from(["are described", "are recognised", "have been identified"]),
    noun=st.sampled_from(["subtypes", "variants", "histological types"]),
)
def test_the_same_run_in_other_words_gives_the_same_classes(
    opening: str, verb: str, noun: str
) -> None:
    sentence = f"{opening}epithelioid, spindle-cell and mixed {noun} {verb}."
    items = {item for _, item, _ in _prose(sentence)}
    assert items == {"epithelioid", "spindle-cell", "mixed"}


@pytest.mark.parametrize("verb", ["graded", "staged"])
def test_a_list_introduced_as_graded_or_staged_holds_classes(verb: str) -> None:
    article = read_text(
        f"# {TITLE}\n\n## Imaging\n\nSeverity is {verb} by the wall thickness on CT:\n\n"
        "- mild: less than 3 mm\n- moderate: 3-5 mm\n- severe: more than 5 mm\n"
    )
    facts = {(f.group, f.item, f.value) for f in extract_associations(article)}
    assert ("types", "mild", "less than 3 mm") in facts
    assert ("types", "severe", "more than 5 mm") in facts


def test_a_list_introduced_without_classing_holds_no_classes() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Imaging\n\nThe wall is measured on CT:\n\n"
        "- mild: less than 3 mm\n- moderate: 3-5 mm\n- severe: more than 5 mm\n"
    )
    assert not [f for f in extract_associations(article) if f.group == "types"]


@pytest.mark.parametrize(
    ("sentence", "grades"),
    [
        (
            "Dysplasia ranges from low grade through high grade to invasive carcinoma.",
            # a bare "low grade" of dysplasia names the class "low-grade dysplasia"
            {"low-grade dysplasia", "high-grade dysplasia", "invasive carcinoma"},
        ),
        (
            "Differentiation varies from well differentiated to poorly differentiated.",
            {"well differentiated", "poorly differentiated"},
        ),
    ],
)
def test_a_graded_quality_ranging_from_one_grade_to_another_names_its_grades(
    sentence: str, grades: set[str]
) -> None:
    assert {item for _, item, _ in _prose(sentence)} == grades


@pytest.mark.parametrize(
    "sentence",
    [
        "Size ranges from 2 to 10 cm.",
        "The appearance ranges from a simple cyst to a solid mass.",
        "Severity ranges from mild to severe.",
    ],
)
def test_a_range_of_anything_else_names_no_grades(sentence: str) -> None:
    assert not _prose(sentence)


# --- session 15: named phases under a bare class entry; codes extended by letter and digit ---


def test_named_entries_under_a_bare_class_entry_are_its_subclasses() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Pathology\n\nIts evolution is divided into three stages:\n\n"
        "- early stage: a thin-walled collection\n- mature stage\n"
        "  - organising phase: a wall of granulation tissue\n"
        "  - fibrotic phase: a thick fibrous wall\n"
        "- involuting stage: slow shrinkage of the cavity\n"
    )
    facts = _classes(article)
    assert (f"{TITLE} (mature stage)", "organising phase", "a wall of granulation tissue") in facts
    assert (f"{TITLE} (mature stage)", "fibrotic phase", "a thick fibrous wall") in facts
    assert any(s == TITLE and i == "early stage" for s, i, _ in facts)


def test_a_code_extended_by_a_letter_and_a_digit_is_a_subclass() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Staging\n\nThe Dalton classification has three types:\n\n"
        "- type I: a unilocular cyst\n- type II: a cyst with septa\n"
        "  - IIA1: thin septa\n  - IIA2: thick septa\n- type III: communication with the duct\n"
    )
    facts = _classes(article)
    assert (f"{TITLE} type II", "IIA1", "thin septa") in facts
    assert (f"{TITLE} type II", "IIA2", "thick septa") in facts


def test_labels_sharing_a_class_noun_after_a_lead_are_classes() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Pathology\n\nThe wall matures from the edge inward, in a concentric "
        "arrangement:\n\n- outer zone: dense collagen with few cells\n"
        "- middle zone: granulation tissue\n- inner zone: necrotic debris and fibrin\n"
    )
    facts = {(s, i, v) for s, i, v in _classes(article) | _class_facts(article)}
    assert (TITLE, "outer zone", "dense collagen with few cells") in facts
    assert (TITLE, "inner zone", "necrotic debris and fibrin") in facts


def test_contrast_phases_are_no_classes() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Radiographic features\n\nAfter intravenous contrast the wall "
        "behaves as follows:\n\n- arterial phase: thin rim enhancement\n"
        "- portal venous phase: persistent rim enhancement\n"
    )
    assert not any(i.endswith("phase") for _, i, _ in _class_facts(article))


def _class_facts(article: Article) -> set[tuple[str, str, str]]:
    return {(f.subject, f.item, f.value) for f in extract_classifications(article)}


def test_bare_names_among_defined_subclasses_are_subclasses_too() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Classification\n\nPseudocysts are divided by their wall:\n\n"
        "- simple\n  - thin-walled (unilocular): a single smooth cavity\n"
        "  - septated\n- complex: debris and septa\n"
    )
    facts = _classes(article)
    assert (f"{TITLE} (simple)", "thin-walled (unilocular)", "a single smooth cavity") in facts
    assert (f"{TITLE} (simple)", "septated", "") in facts


def test_field_labels_under_a_class_entry_are_no_subclasses() -> None:
    article = read_text(
        f"# {TITLE}\n\n## Classification\n\nPseudocysts are divided into two types:\n\n"
        "- acute type\n  - imaging: a thin wall\n  - treatment: drainage\n"
        "- chronic type: a thick wall\n"
    )
    assert not any(s.startswith(f"{TITLE} (") for s, _, _ in _classes(article))


def test_a_count_of_phases_before_the_phases_is_no_class() -> None:
    article = Article(
        slug="t",
        title=TITLE,
        sections=(
            Section(
                "Pathology",
                (
                    Block(
                        BlockKind.PARAGRAPH,
                        text="The wall is divided into three phases, exudative, organising "
                        "and fibrotic.",
                    ),
                ),
            ),
        ),
    )
    items = {i for _, i, _ in _classes(article) | _class_facts(article)}
    assert {"exudative", "organising", "fibrotic"} <= items
    assert "three phases" not in items
