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


# --- uptake written with its strength ----------------------------------------------------------


def _article(title: str, heading: str, *paragraphs: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="x", title=title, sections=(Section(heading, blocks),))


def test_uptake_keeps_its_strength_and_tracer() -> None:
    found = _found(
        _article(
            "Osteoid osteoma",
            "Nuclear medicine",
            "Lesions show intense uptake on bone scintigraphy.",
        )
    )
    assert ("Osteoid osteoma", "bone scan", "intense uptake") in found
    pet = _found(_article("Thymic lymphoma", "PET", "The mass shows avid FDG uptake on PET-CT."))
    assert ("Thymic lymphoma", "PET-CT", "avid FDG uptake") in pet


def test_uptake_of_another_strength_or_place_is_no_finding() -> None:
    found = _found(
        _article(
            "Thyroid adenoma",
            "Nuclear medicine",
            "Uptake is high in the normal gland.",
            "Uptake on scintigraphy is variable.",
        )
    )
    assert not {f for f in found if "uptake" in f[2]}


# --- an opening that names the reference tissue ------------------------------------------------


def test_an_opening_reference_tissue_leaves_the_sentence_subject() -> None:
    found = _found(
        _article(
            "Leiomyosarcoma",
            "MRI",
            "Relative to skeletal muscle, the tumour is isointense on T1 and hyperintense on T2.",
            "Compared with the renal cortex, the mass is hypointense on T2.",
        )
    )
    # the opening tissue grades the levels too (session 29: "isointense" alone reads as
    # against soft tissue)
    assert ("Leiomyosarcoma", "MRI T1", "isointense to skeletal muscle") in found
    assert ("Leiomyosarcoma", "MRI T2", "hyperintense to skeletal muscle") in found


def test_a_reference_opening_does_not_adopt_another_subject() -> None:
    found = _found(
        _article(
            "Leiomyosarcoma",
            "MRI",
            "Relative to the tumour, the adjacent liver is hyperintense on T2.",
        )
    )
    assert not found


# --- a telegraphic line that denies another lesion ---------------------------------------------


def test_a_line_denying_another_lesion_is_no_finding_but_a_negative_finding_stays() -> None:
    found = _found(
        _article(
            "Renal angiomyolipoma",
            "CT",
            "No additional or contralateral renal lesion.",
            "No further focal abnormality.",
            "No calcification.",
        )
    )
    values = {f[2].lower() for f in found}
    assert not {v for v in values if "additional" in v or "further" in v}
    assert "no calcification" in values


# --- a verbless description of one lesion under a modality heading -----------------------------


def test_a_verbless_lesion_description_is_the_lesions_findings() -> None:
    found = _found(
        _article(
            "Papillary thyroid carcinoma",
            "Ultrasound",
            "A 14 × 12 mm solid, markedly hypoechoic nodule with microlobulated margins and "
            "posterior acoustic shadowing.",
        )
    )
    echo = {v for s, a, v in found if s == "Papillary thyroid carcinoma" and a == "ultrasound"}
    assert {v for v in echo if v.startswith("markedly hypoechoic")}
    assert ("Papillary thyroid carcinoma", "ultrasound margins", "microlobulated") in found


def test_a_lesion_description_needs_a_modality_heading_and_no_verb() -> None:
    elsewhere = _found(
        _article(
            "Papillary thyroid carcinoma",
            "Presentation",
            "A 14 mm solid, hypoechoic nodule with microlobulated margins.",
        )
    )
    assert not elsewhere
    with_verb = _found(
        _article(
            "Papillary thyroid carcinoma",
            "Ultrasound",
            "A hypoechoic nodule in the other lobe represents a colloid cyst.",
        )
    )
    assert not with_verb


# --- the usual manner of enhancement after a comma ---------------------------------------------


def test_enhances_then_its_usual_manner_after_a_comma() -> None:
    found = _found(
        _article(
            "Hepatoblastoma",
            "MRI",
            "After gadolinium the tumour enhances, usually heterogeneously.",
        )
    )
    assert ("Hepatoblastoma", "MRI T1 C+", "heterogeneous enhancement") in found


def test_a_manner_after_a_comma_that_is_not_usual_is_not_read() -> None:
    found = _found(
        _article(
            "Hepatoblastoma",
            "MRI",
            "After gadolinium the tumour enhances, rarely heterogeneously.",
        )
    )
    assert ("Hepatoblastoma", "MRI T1 C+", "heterogeneous enhancement") not in found
