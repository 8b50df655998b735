"""Session-22 appearance rules, each checked on sentences invented for other organs and
diseases: an image caption naming only its plane, sequence or window, a sentence about what a
technique is worth, a pronoun's sentence about what a modality guides, and a finding placed at
a site an operation made are no findings of the disease."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from prose_helpers import section as _section

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging_open import names_only_view
from quizgen.extractors.imaging_prose import treated_site
from quizgen.model import Article, FactKind, Section


def _values(title: str, *sections: Section) -> set[str]:
    article = Article(slug="x", title=title, sections=sections)
    return {f.value for f in extract_facts(article) if f.kind is FactKind.APPEARANCE}


# --- a caption naming only how the image was made is no finding ----------------------------

_CAPTIONS = (
    "Sagittal STIR",
    "Coronal T2",
    "Axial T1 C+",
    "Axial 3D CISS",
    "Axial lung window",
    "Coronal reformat",
    "Portal venous phase",
    "Axial CT with contrast",
)


def test_captions_naming_only_a_view_give_no_findings() -> None:
    values = _values("Osteoid osteoma", _section("MRI", _CAPTIONS))
    assert not values & {c.lower() for c in _CAPTIONS}
    assert not values & set(_CAPTIONS)


def test_a_listed_finding_among_captions_stays() -> None:
    values = _values(
        "Osteoid osteoma",
        _section("MRI", ("Sagittal STIR", "extensive marrow oedema", "thickened periosteum")),
    )
    assert "extensive marrow oedema" in values
    assert "thickened periosteum" in values


@given(
    plane=st.sampled_from(("Axial", "Coronal", "Sagittal", "Oblique")),
    view=st.sampled_from(("T2", "FLAIR", "DWI", "T1 C+", "STIR", "bone window", "3D MIP")),
)
def test_any_plane_and_sequence_is_a_view(plane: str, view: str) -> None:
    assert names_only_view(f"{plane} {view}")


@pytest.mark.parametrize(
    "finding",
    [
        "lateral displacement of the nerve",
        "bone marrow oedema",
        "delayed enhancement",
        "T2 hyperintense rim",
        "lung window nodules",
    ],
)
def test_a_finding_with_view_words_is_no_caption(finding: str) -> None:
    assert not names_only_view(finding)


# --- a sentence about what a technique is worth is no finding ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Adding diffusion imaging improves lesion conspicuity, particularly for small nodules.",
        "Contrast-enhanced ultrasound provides both morphological and perfusion detail.",
        "Elastography offers additional stiffness data.",
    ],
)
def test_what_a_technique_improves_or_provides_is_no_finding(sentence: str) -> None:
    values = _values("Thyroid nodule", _section("Ultrasound", sentence))
    assert not any(w in v for v in values for w in ("improves", "provides", "offers"))


def test_a_verbless_finding_sentence_stays() -> None:
    values = _values(
        "Thyroid nodule",
        _section("Ultrasound", "Markedly hypoechoic solid nodule with microcalcifications."),
    )
    assert values


# --- what a pronoun's modality shows and guides is its role, no finding ---------------------


def test_it_shows_and_guides_gives_no_finding() -> None:
    values = _values(
        "Liver abscess",
        _section(
            "CT",
            "CT is the modality of choice. "
            "It also shows underlying biliary disease such as stones or strictures, and guides "
            "percutaneous drainage.",
        ),
    )
    assert "underlying biliary disease" not in values


def test_it_shows_a_finding_without_a_role_stays() -> None:
    values = _values(
        "Liver abscess",
        _section("CT", "It also shows a rim-enhancing collection with internal gas bubbles."),
    )
    assert any("collection" in v for v in values)


# --- a finding at a site an operation made is the treated state's --------------------------


def test_a_finding_at_a_surgical_site_is_not_the_diseases() -> None:
    values = _values(
        "Coarctation of the aorta",
        _section(
            "MRI",
            "Late gadolinium enhancement is commonly seen at the aortic patch and the site of "
            "graft anastomosis.",
        ),
    )
    assert "late gadolinium enhancement" not in values


def test_a_finding_of_the_disease_itself_stays() -> None:
    values = _values(
        "Cardiac sarcoidosis",
        _section("MRI", "Late gadolinium enhancement is commonly seen at the basal septum."),
    )
    assert "late gadolinium enhancement" in values


@pytest.mark.parametrize(
    "sentence",
    [
        "Enhancement is seen along the resection cavity.",
        "Fluid is common in the surgical bed.",
        "Postoperatively the wall enhances.",
        "Stenosis develops at the anastomosis.",
        "Scarring is seen at the site of valve repair.",
    ],
)
def test_treated_sites(sentence: str) -> None:
    assert treated_site(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Enhancement is seen at the tumour margin.",
        "A patchy consolidation is seen in the lower lobe.",
        "The graft-versus-host disease involves the bowel wall.",
    ],
)
def test_sites_of_the_disease_are_not_treated(sentence: str) -> None:
    assert not treated_site(sentence)
