"""Appearance rules written from set C's misses and wrong facts (session 6, round 2): how a
listed differential looks, in the closed imaging vocabulary. Sentences invented about other
organs and diseases."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _found(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def _listed(title: str, heading: str, *entries: str) -> Article:
    block = Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))
    return Article(slug="x", title=title, sections=(Section(heading, (block,)),))


# --- a differential's own appearance ---------------------------------------------------------


def test_a_listed_differential_gets_its_findings_under_its_own_name() -> None:
    found = _found(
        _listed(
            "Hepatic adenoma",
            "Differential diagnosis",
            "focal nodular hyperplasia: isointense on T1 and T2, with a T2 hyperintense scar",
            "haemangioma: T2 hyperintense, with peripheral nodular enhancement",
        )
    )
    assert ("focal nodular hyperplasia", "MRI T1", "isointense") in found
    assert ("haemangioma", "MRI T2", "hyperintense") in found
    assert not {f for f in found if f[0] == "Hepatic adenoma"}  # never the article's own


def test_a_plain_text_differential_line_reads_the_same() -> None:
    block = Block(
        BlockKind.KEY_VALUE,
        text="Warthin tumour: hypoechoic on ultrasound, with restricted diffusion",
        key="Warthin tumour",
        value="hypoechoic on ultrasound, with restricted diffusion",
    )
    article = Article(
        slug="x",
        title="Pleomorphic adenoma",
        sections=(Section("Differential diagnosis", (block,)),),
    )
    assert ("Warthin tumour", "ultrasound", "hypoechoic") in _found(article)


def test_a_differential_entry_stops_at_its_hedge_and_reads_each_semicolon_piece() -> None:
    found = _found(
        _listed(
            "Thymoma",
            "Differential diagnosis",
            "lymphoma: homogeneous, T2 hyperintense; may be hypodense on CT; high ADC values",
        )
    )
    assert ("lymphoma", "MRI T2", "hyperintense") in found
    assert ("lymphoma", "MRI ADC", "high") in found
    assert not {f for f in found if f[1].startswith("CT")}  # "may be hypodense" is hedged


def test_no_differential_finding_outside_a_differential_section_or_from_a_label() -> None:
    entries = (
        "T2: hyperintense to muscle",
        "when large: heterogeneous, T2 hyperintense",
        "abscess: a peripheral collection, with a T2 hyperintense centre",
    )
    under_mri = _found(_listed("Soft tissue sarcoma", "MRI", entries[2]))
    assert not {f for f in under_mri if f[0] == "abscess"}
    in_differential = _found(_listed("Soft tissue sarcoma", "Differential diagnosis", *entries))
    subjects = {f[0] for f in in_differential}
    assert "T2" not in subjects
    assert "when large" not in subjects
    assert "abscess" in subjects
