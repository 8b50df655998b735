"""Statement and definition shapes read from set I's wrong facts (issue 11, round 11).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Achalasia") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _facts(body: str, kind: FactKind, title: str = "Achalasia") -> list[Fact]:
    text = f"# {title}\n\n{title} is a motility disorder of the oesophagus.\n\n"
    text += f"## Discussion\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is kind]


# --- a rate or an angle is a number with its unit -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("Red cell scintigraphy can detect bleeding at rates of 0.1-0.2 mL/min.", "0.1-0.2 mL/min"),
        ("The renal plasma flow falls below 200 ml/min in advanced disease.", "200 ml/min"),
        ("The Cobb angle in congenital scoliosis often exceeds 40°.", "40°"),
    ],
)
def test_a_rate_or_an_angle_is_the_blank(sentence: str, number: str) -> None:
    assert number in _terms(sentence)


# --- a modality that only shows something is no blank --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "MRI demonstrates nerve root compression and can show a paraspinal collection.",
        "Angiography can identify the bleeding point in most patients.",
        "Ultrasound can detect the thickened pylorus in most infants.",
    ],
)
def test_a_modality_that_shows_a_finding_is_no_blank(sentence: str) -> None:
    found = key_terms(sentence, title="Pyloric stenosis")
    assert all(t.type != "modality" for t in found)


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("CT shows cortical erosion better than radiographs.", "CT"),
        ("Ultrasound shows only a nonspecific effusion.", "Ultrasound"),
        ("MRI is the modality of choice for local staging.", "MRI"),
    ],
)
def test_a_modality_singled_out_stays_the_blank(sentence: str, modality: str) -> None:
    assert modality in _terms(sentence, title="Pyloric stenosis")


# --- one member of a set of examples -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "left_out"),
    [
        (
            "MRI also shows complications, including spread into the epidural space, "
            "venous sinus thrombosis and narrowing of the carotid artery.",
            "thrombosis",
        ),
        (
            "Relapse is uncommon, and follow-up is clinical, with chest radiographs, "
            "liver tests and screening for tuberculosis.",
            "tuberculosis",
        ),
    ],
)
def test_one_example_of_a_set_is_no_blank(sentence: str, left_out: str) -> None:
    assert not any(left_out in t for t in _terms(sentence))


def test_examples_that_are_all_key_terms_stay_blanks() -> None:
    found = _terms("Renal masses, including angiomyolipoma and oncocytoma, are often incidental.")
    assert found == ["angiomyolipoma", "oncocytoma"]  # not "including angiomyolipoma"


# --- a set of foils after "distinguish … from" -------------------------------------------------


def test_a_set_of_foils_is_no_blank_but_one_foil_is() -> None:
    assert "cellulitis" not in _terms(
        "Imaging aims to distinguish a collection from cellulitis or phlegmon, and to stage it."
    )
    assert "sarcoidosis" in _terms("Nodal calcification helps distinguish it from sarcoidosis.")


# --- steps of one scale --------------------------------------------------------------------------


def test_the_steps_of_one_scale_make_no_statement() -> None:
    body = (
        "Injury is graded as grade I (contusion), grade II (laceration) or grade III "
        "(transection) on CT."
    )
    assert _facts(body, FactKind.STATEMENT) == []
    kept = _facts(
        "The reaction is a combined type II and type III hypersensitivity response.",
        FactKind.STATEMENT,
    )
    assert [f.value for f in kept] == ["type II and type III"]


# --- a generic noun pointing back, and a patient's own course ------------------------------------


def test_a_generic_noun_pointing_back_makes_no_statement() -> None:
    backward = "The rule is a useful mnemonic rather than an exact law."
    assert _facts(backward, FactKind.STATEMENT) == []
    kept = _facts("Barium swallow is a useful test rather than endoscopy.", FactKind.STATEMENT)
    assert kept


def test_a_paragraph_telling_one_patients_course_makes_no_statement() -> None:
    narrated = (
        "This patient underwent a Heller myotomy. Final histology confirmed ganglion cell loss "
        "over 40 mm of the distal oesophagus."
    )
    assert _facts(narrated, FactKind.STATEMENT) == []
    general = (
        "Heller myotomy is the usual surgical treatment. Ganglion cell loss extends over "
        "40 mm of the distal oesophagus."
    )
    assert any(f.value == "40 mm" for f in _facts(general, FactKind.STATEMENT))


# --- definitions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Barium swallows, now rarely performed, show a dilated oesophagus with a beak.",
        "Manometry studies, still widely used, show absent peristalsis in the body.",
        "Chest films, previously obtained routinely, may show an air-fluid level.",
    ],
)
def test_an_aside_between_commas_is_no_definition(sentence: str) -> None:
    assert [f for f in _facts(sentence, FactKind.DEFINITION) if f.subject != "Achalasia"] == []


def test_a_look_on_imaging_is_no_definition() -> None:
    title = "Splenic abscess"
    looks = "A splenic abscess is a hypoechoic or anechoic lesion with a thick irregular wall."
    assert all("hypoechoic" not in f.value for f in _facts(looks, FactKind.DEFINITION, title))
    defined = "A splenic abscess is a suppurative lesion of the parenchyma caused by bacteria."
    assert any("suppurative" in f.value for f in _facts(defined, FactKind.DEFINITION, title))


# --- what a hallmark or a key feature is ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("The histological hallmark is the Verocay body.", "Verocay body"),
        ("The imaging hallmark on CT is a fat-containing mass.", "fat-containing mass"),
        (
            "The key feature on all sequences is a thickened pyloric muscle extending into the "
            "antrum.",
            "thickened pyloric muscle",
        ),
    ],
)
def test_what_a_hallmark_is_is_the_blank(sentence: str, blank: str) -> None:
    assert _terms(sentence, title="Hypertrophic pyloric stenosis") == [blank]


def test_one_adjective_of_several_is_no_hallmark_blank() -> None:
    found = _terms("The key finding is a diffuse, symmetrical widening of the pylorus.")
    assert "diffuse" not in found


def test_steps_out_of_order_are_a_fact() -> None:
    body = "Spread is first to level VI and then to level III, and later to level II, on CT."
    assert _facts(body, FactKind.STATEMENT)


# --- a page's navigation labels before the lead -------------------------------------------------


def test_navigation_labels_do_not_hide_the_lead_definition() -> None:
    text = (
        "# Choledochal cyst\n\nOn this page:\n\nArticle:\n\nImages:\n\n"
        "Choledochal cyst is a congenital dilatation of the bile ducts.\n\n"
        "## Pathology\n\nMost are type I.\n"
    )
    facts = [f for f in extract_facts(read_text(text)) if f.kind is FactKind.DEFINITION]
    assert [f.value for f in facts] == ["a congenital dilatation of the bile ducts"]


# --- figures before names when a sentence holds too many blanks ---------------------------------


def test_figures_are_kept_when_names_make_too_many_blanks() -> None:
    body = (
        "Complete ischemia of the caecum usually requires at least 270° of rotation; tighter "
        "twists (540° or more) produce infarction and perforation more quickly."
    )
    values = [f.value for f in _facts(body, FactKind.STATEMENT)]
    assert values == ["270° | 540°"]


def test_a_number_joined_to_a_name_is_no_figure() -> None:
    assert "99m" not in " ".join(_terms("Technetium-99m sestamibi is taken up by the adenoma."))
