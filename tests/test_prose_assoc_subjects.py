"""Issue 11, round 7: whose association a sentence states. A paragraph that opens on "The
characteristic lesion" or "Three main subtypes" names no new subject; a member after a
contrast belongs to the contrasted clause ("; sarcomatoid tumours are associated with …"),
and a group of patients after "whereas" ("whereas adults present with …") to the paragraph's
condition, not to what the first clause opened on. A gene's protein change stays with it.
Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _associations(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Pathology", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION}


@pytest.mark.parametrize(
    "opening",
    [
        "The characteristic lesion is dense periductal fibrosis.",
        "The hallmark lesion is a storiform fibrosis.",
        "Three main histological subtypes are recognised.",
    ],
)
def test_an_opening_that_names_no_condition_leaves_the_title_the_topic(opening: str) -> None:
    found = _associations(
        "Autoimmune pancreatitis",
        f"{opening} The pathogenesis is thought to be immune-mediated, with associations to "
        "HLA-DR4 and HLA-DQ8.",
    )
    assert found == {("Autoimmune pancreatitis", "HLA-DR4"), ("Autoimmune pancreatitis", "HLA-DQ8")}


def test_a_subtype_opening_a_paragraph_is_still_its_topic() -> None:
    found = _associations(
        "Pleural sarcoma",
        "Synovial sarcomas of the pleura are rare. The pathogenesis is thought to involve "
        "associations with HLA-DR4.",
    )
    assert found == {("Synovial sarcomas of the pleura", "HLA-DR4")}


def test_a_member_after_a_contrast_belongs_to_the_contrasted_condition() -> None:
    found = _associations(
        "Renal mesothelioma",
        "The epithelioid variant carries the best prognosis; sarcomatoid tumours are also "
        "frequently associated with asbestos exposure.",
    )
    # (session 28: the generic "tumours" with its qualifier is named as that form of the
    # page's condition, placed_form)
    assert found == {("sarcomatoid renal mesothelioma", "asbestos exposure")}


def test_a_group_of_patients_after_whereas_is_the_paragraphs_condition() -> None:
    found = _associations(
        "Pituitary germinoma",
        "In children, growth hormone deficiency is the usual presentation, whereas adults "
        "more often present with galactorrhoea.",
    )
    assert ("Pituitary germinoma", "galactorrhoea") in found
    assert all(subject == "Pituitary germinoma" for subject, _ in found)


def test_without_a_contrast_the_opening_condition_keeps_its_member() -> None:
    found = _associations(
        "Pituitary germinoma",
        "Growth hormone deficiency is associated with short stature in children.",
    )
    assert found == {("Growth hormone deficiency", "short stature in children")}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Papillary thyroid carcinomas often carry a BRAF V600E mutation.", "BRAF V600E mutation"),
        ("Most tumours harbour KRAS G12D mutations.", "KRAS G12D mutation"),
        ("Most tumours harbour KRAS mutations.", "KRAS mutation"),
    ],
)
def test_a_protein_change_stays_with_its_gene(sentence: str, item: str) -> None:
    assert item in {i for _, i in _associations("Thyroid carcinoma", sentence)}


def _presentations(title: str, *paragraphs: str) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Clinical presentation", blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


@pytest.mark.parametrize("verb", ["complain of", "often complain of"])
def test_patients_who_complain_of_symptoms_state_a_presentation(verb: str) -> None:
    found = _presentations(
        "Chronic pancreatitis", f"Symptomatic patients {verb} steatorrhoea and weight loss."
    )
    assert found == {
        ("Chronic pancreatitis", "presenting features", "steatorrhoea"),
        ("Chronic pancreatitis", "presenting features", "weight loss"),
    }


@pytest.mark.parametrize(
    ("sentence", "group", "member"),
    [
        ("Coeliac disease is a less frequent association.", "associations", "Coeliac disease"),
        ("Coeliac disease is a much rarer association.", "associations", "Coeliac disease"),
        ("Smoking appears to be a risk factor.", "risk factors", "Smoking"),
        ("Smoking seems to be a risk factor.", "risk factors", "Smoking"),
    ],
)
def test_an_opening_member_with_a_hedged_or_graded_relation(
    sentence: str, group: str, member: str
) -> None:
    assert _presentations("Chronic pancreatitis", sentence) == {
        ("Chronic pancreatitis", group, member)
    }


@pytest.mark.parametrize(
    "sentence",
    ["Smoking appears not to be a risk factor.", "Coeliac disease is not an association."],
)
def test_a_denied_relation_gives_no_member(sentence: str) -> None:
    assert _presentations("Chronic pancreatitis", sentence) == set()


def test_a_link_with_a_disease_is_no_topic_of_its_own() -> None:
    found = _presentations(
        "Chronic pancreatitis",
        "The link with cystic fibrosis is strong. Coeliac disease is a less frequent association.",
    )
    assert found == {("Chronic pancreatitis", "associations", "Coeliac disease")}
