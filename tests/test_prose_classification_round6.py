"""Classes read from shapes of set C's missed classifications (issue 11): counted classes
after "are recognised:" with their shares in brackets, or in brackets themselves, and TNM
categories stated clause by clause.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from quizgen.extractors.classification import extract_classifications
from quizgen.readers import read_text


def _classes(body: str, title: str = "Thymic carcinoma") -> dict[str, str]:
    text = f"# {title}\n\n## Staging and pathology\n\n{body}\n"
    return {f.item: f.value for f in extract_classifications(read_text(text))}


def test_counted_classes_with_their_shares() -> None:
    found = _classes(
        "Three main histological subtypes are recognised: squamous (~70%), basaloid (~20%) "
        "and clear cell (~10%)."
    )
    assert {"squamous", "basaloid", "clear cell"} <= found.keys()


def test_counted_classes_in_brackets_with_a_nested_bracket() -> None:
    found = _classes(
        "The tumour has four growth patterns (solid, cystic, papillary with necrosis (PN) "
        "and mixed) on histology."
    )
    assert {"solid", "cystic", "mixed"} <= found.keys()
    assert not any("histology" in item for item in found)


def test_a_count_that_does_not_match_gives_no_classes() -> None:
    assert _classes("Two subtypes (solid, cystic and mixed) occur.") == {}


def test_tnm_categories_clause_by_clause() -> None:
    found = _classes(
        "In brief, T1 disease is limited to the thymus; T2 involves the pericardium; "
        "T3 (potentially resectable) involves the brachiocephalic vein; T4 denotes invasion "
        "of the aorta."
    )
    assert found["T1"] == "limited to the thymus"
    assert found["T2"] == "the pericardium"
    assert found["T4"] == "invasion of the aorta"


def test_one_tnm_category_is_no_classification() -> None:
    assert _classes("T4 disease involves the aorta and is unresectable.") == {}


def test_t1_and_t2_alone_may_be_sequences() -> None:
    found = _classes("T1 is best for fat; T2 is best for oedema.")
    assert "T1" not in found
    assert "T2" not in found
