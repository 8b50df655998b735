"""Issue 11, session 29 (helper s29look2): the open findings of a sentence that opens on its
own study ("On bone scintigraphy, infarcts appear as …" under "Angiography") are that
study's, not the section's. Every sentence here is invented."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

Look = tuple[str, str, str]  # subject, attribute, value


def _prose(title: str, heading: str, text: str, synonyms: tuple[str, ...] = ()) -> set[Look]:
    block = Block(BlockKind.PARAGRAPH, text=text)
    article = Article(
        slug="t",
        title=title,
        synonyms=synonyms,
        sections=(Section(heading, (block,), parents=("Radiographic features",)),),
    )
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def test_fronted_study_wins_over_the_section() -> None:
    looks = _prose(
        "Splenic infarction",
        "Angiography and nuclear medicine",
        "Catheter angiography is rarely needed. "
        "On sulfur colloid scintigraphy, splenic infarcts appear as wedge-shaped photopenic areas.",
        synonyms=("splenic infarcts",),
    )
    attributes = {attribute for _, attribute, value in looks if "photopenic" in value}
    assert attributes
    assert not any("angiograph" in a for a in attributes)


def test_same_kin_fronted_study_keeps_the_section() -> None:
    # "On T2-weighted images" under "MRI" is the section's own study: nothing moves
    looks = _prose(
        "Tarlov cyst",
        "MRI",
        "MRI shows a sacral cyst. On T2-weighted images, there is a fluid-signal sacral cyst "
        "with a thin wall.",
    )
    assert all(not a.startswith(("CT", "ultrasound", "nuclear")) for _, a, _ in looks)


def test_a_side_fronted_names_no_study() -> None:
    # "On the left," names no study: the section's stays
    looks = _prose(
        "Renal vein thrombosis",
        "Ultrasound",
        "On the left, the kidney is enlarged with loss of corticomedullary differentiation.",
    )
    assert all(not a.startswith(("CT", "MRI", "nuclear")) for _, a, _ in looks)


# --- a second comparison with another tissue is a grade of its own -------------------------


def test_second_comparison_gives_its_own_grade() -> None:
    looks = _prose(
        "Mesenteric panniculitis",
        "CT",
        "The lesion is hyperattenuating compared with retroperitoneal fat "
        "but lower in attenuation than muscle.",
    )
    values = {value for _, attribute, value in looks if attribute == "CT"}
    assert "hyperdense to retroperitoneal fat" in values
    assert "hypodense to muscle" in values


def test_higher_in_attenuation_than_a_tissue() -> None:
    looks = _prose(
        "Splenic haematoma",
        "CT",
        "An acute splenic haematoma is slightly higher in attenuation than the adjacent spleen.",
    )
    assert any(value == "slightly hyperdense to spleen" for _, _, value in looks)


def test_lower_in_attenuation_than_no_tissue_gives_nothing() -> None:
    looks = _prose(
        "Thyroid adenoma", "CT", "The nodule is lower in attenuation than expected for its size."
    )
    assert not any("dense" in value for _, _, value in looks)


def test_a_range_of_levels_is_one_grade() -> None:
    # "iso- to hypointense" is a range, not a grade against a tissue
    looks = _prose(
        "Meningioma",
        "MRI",
        "Meningiomas are iso- to hypointense on T1. They are hyperintense to grey matter on T2.",
    )
    assert not any(value.startswith("iso- to") and "MRI T2" in a for _, a, value in looks)
