"""Session 29 (helper s29thresh): a cut-off's subject names the thing measured, never a
quantifier carried over from the sentence before ("Almost all cysts … Most measure …"), a
subgroup another figure drew ("Small nodules (under 1 cm)") or a one-adjective list label
("macronodular: …"); a noun label keeps its entry's figure; a length in brackets after a
state adjective measures the noun the state describes ("a thin mucosal fold (under 2 mm)")."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*blocks: Block, title: str) -> set[tuple[str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.subject, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*entries: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))


def test_a_quantifier_from_the_sentence_before_is_no_subject() -> None:
    facts = _thresholds(
        _paragraph(
            "Almost all cysts are supratentorial. Most measure less than 5 cm; the majority "
            "of incidental cysts are under 2 cm."
        ),
        title="Arachnoid cyst",
    )
    assert {s for s, _, _ in facts} == {"Arachnoid cyst"}
    assert ("Arachnoid cyst", "size", "less than 5 cm") in facts


def test_a_bracketed_size_class_is_the_article_lesion_size() -> None:
    facts = _thresholds(
        _paragraph("Small asymptomatic nodules (under 1 cm) may be followed with ultrasound."),
        title="Thyroid adenoma",
    )
    # the bracket bounds the state "small": what is sized is the asymptomatic nodule
    assert facts == {("Thyroid adenoma", "asymptomatic nodule size", "under 1 cm")}


def test_a_subgroup_drawn_by_an_earlier_cutoff_owns_no_later_one() -> None:
    facts = _thresholds(
        _paragraph(
            "Small asymptomatic nodules (under 1 cm) may be followed with ultrasound. "
            "Symptomatic lesions, or those larger than 3 cm, are usually resected."
        ),
        title="Thyroid adenoma",
    )
    assert {s for s, _, v in facts if v == "larger than 3 cm"} == {"Thyroid adenoma"}


def test_an_adjective_label_is_a_class_not_an_owner() -> None:
    facts = _thresholds(
        _paragraph("Nodules are classified by size:"),
        _list("macronodular: nodules ≥1 cm", "micronodular: nodules <1 cm"),
        title="Adrenal hyperplasia",
    )
    assert facts == {
        ("Adrenal hyperplasia", "nodule size", "≥1 cm"),
        ("Adrenal hyperplasia", "nodule size", "<1 cm"),
    }


def test_a_noun_label_still_owns_its_figure() -> None:
    facts = _thresholds(
        _paragraph("Findings by site:"),
        _list("ovary: volume of 10 mL or more"),
        title="Polycystic ovary syndrome",
    )
    assert facts == {("ovary", "volume", "10 mL or more")}


def test_a_bracketed_length_after_a_state_names_its_dimension() -> None:
    facts = _thresholds(
        _paragraph(
            "A bowel wall thickness greater than 4 mm suggests colitis, whereas a thin mucosal "
            "fold (under 2 mm) makes it unlikely."
        ),
        title="Pseudomembranous colitis",
    )
    assert ("Pseudomembranous colitis", "mucosal fold thickness", "under 2 mm") in facts


def test_a_demonstrative_after_another_subject_is_the_article_lesion() -> None:
    facts = _thresholds(
        _paragraph("Secondary infection is common. These cysts usually measure less than 3 cm."),
        title="Epidermoid cyst",
    )
    assert facts == {("Epidermoid cyst", "size", "less than 3 cm")}


def test_a_demonstrative_keeps_the_earlier_subgroup_it_points_to() -> None:
    facts = _thresholds(
        _paragraph("Daughter cysts may form. Such cysts rarely exceed 5 cm."),
        title="Hydatid disease",
    )
    # the subgroup is kept, and "Such" is no word of the measure
    assert facts == {("Daughter cysts", "cyst size", "exceed 5 cm")}


def test_a_named_subgroup_without_quantifier_or_class_is_kept() -> None:
    facts = _thresholds(
        _paragraph("A periappendiceal abscess larger than 3 cm is usually drained."),
        title="Acute appendicitis",
    )
    assert {s for s, _, _ in facts} == {"periappendiceal abscess"}
