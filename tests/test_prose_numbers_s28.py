"""Cut-offs and signs in other writers' words (session 28): phrasings written for these
tests, on organs other than the pages that showed the shapes."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.text import split_label
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Row = tuple[str, str, str, str]


def _facts(
    title: str, *blocks: str | tuple[str, ...], kind: FactKind = FactKind.THRESHOLD
) -> list[Row]:
    """(subject, item, value, attribute) of the facts of ``kind``: paragraphs as strings, a
    list as a tuple of its entries."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(ListItem(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    article = Article(slug="t", title=title, sections=(Section("Diagnosis", built),))
    return [
        (f.subject, f.item, f.value, f.attribute) for f in extract_facts(article) if f.kind is kind
    ]


# --- list entries numbered by a letter ---------------------------------------------------


def test_a_lettered_criterion_is_the_articles_and_means_its_name() -> None:
    """ "B: cholestasis: … (bilirubin ≥2 mg/dL)" gave the subject "B"."""
    found = _facts(
        "Septic arthritis",
        "The diagnostic criteria are:",
        ("A: inflammation: a synovial white cell count above 50,000/mm³", "B: culture: positive"),
    )
    assert found == [("Septic arthritis", "white cell count", "above 50,000/mm³", "inflammation")]


def test_a_named_label_still_owns_its_cut_off() -> None:
    found = _facts("Bone tumours", "Sizes:", ("osteoblastoma: nidus larger than 2 cm",))
    assert [row[0] for row in found] == ["osteoblastoma"]


def test_split_label_keeps_the_name_after_a_letter() -> None:
    assert split_label("C: imaging: duct dilatation") == ("C: imaging", "duct dilatation")
    assert split_label("imaging: duct dilatation: common") == (
        "imaging",
        "duct dilatation: common",
    )


# --- coordinated cut-offs ---------------------------------------------------------------


def test_two_bounds_joined_by_or_are_one_criterion_of_one_measure() -> None:
    """ "white cell count >12,000/mm³ or <4,000/mm³" gave the measure "mm³" to the second
    and lost the first."""
    found = _facts(
        "Septic arthritis",
        "Severity is graded as follows:",
        ("grade 2 (moderate): a platelet count <100,000/µL or >450,000/µL and fever ≥38.5°C",),
    )
    assert found == [
        ("Septic arthritis", "platelet count", "<100,000/µL or >450,000/µL", "grade 2 (moderate)"),
        ("Septic arthritis", "fever", "≥38.5°C", "grade 2 (moderate)"),
    ]


def test_a_class_label_with_a_note_is_no_owner() -> None:
    found = _facts(
        "Septic arthritis",
        "Severity is graded as follows:",
        ("grade II (moderate): a lactate ≥4 mmol/L",),
    )
    assert found == [("Septic arthritis", "lactate", "≥4 mmol/L", "grade II (moderate)")]


def test_two_bounds_on_one_side_stay_two() -> None:
    found = _facts(
        "Renal cyst",
        "Severity is graded as follows:",
        ("grade 2: a wall thicker than 2 mm or a septum thicker than 1 mm",),
    )
    assert len(found) == 2, found


# --- what is measured --------------------------------------------------------------------


def test_an_abbreviation_in_brackets_before_the_figure_names_the_measure_again() -> None:
    found = _facts(
        "Carotid stenosis",
        "Direct criteria are measured at the narrowing:",
        ("end-diastolic velocity (EDV) >140 cm/s",),
    )
    assert found == [("Carotid stenosis", "end-diastolic velocity", ">140 cm/s", "direct criteria")]


def test_a_time_and_an_acceleration_are_measures() -> None:
    """ "cm/s²" was read as "cm"; a time in ms had no measure; "are the usual cut-offs" was
    the meaning."""
    found = _facts(
        "Carotid stenosis",
        "A pulsatility time above 90 ms and a rise index below 250 cm/s² are the commonly "
        "accepted cut-offs.",
    )
    assert found == [
        ("Carotid stenosis", "pulsatility time", "above 90 ms", "commonly accepted cut-offs"),
        ("Carotid stenosis", "rise index", "below 250 cm/s²", "commonly accepted cut-offs"),
    ]


def test_a_change_in_a_named_quantity_is_the_measure_of_a_percentage() -> None:
    found = _facts(
        "Renovascular hypertension",
        "Features that should prompt screening include:",
        ("a rise in serum urea of more than 25% after starting an ACE inhibitor",),
    )
    assert found == [
        (
            "Renovascular hypertension",
            "rise in serum urea",
            "more than 25%",
            "features that should prompt screening",
        )
    ]


def test_a_share_of_patients_is_still_no_cut_off() -> None:
    found = _facts(
        "Renovascular hypertension",
        "Features that should prompt screening include:",
        ("a fall in blood pressure in more than 25% of patients",),
    )
    assert found == []


def test_a_signal_drop_where_it_is_measured_and_what_it_favours() -> None:
    found = _facts(
        "Adrenal adenoma",
        "A signal drop of more than 25% on opposed-phase images relative to in-phase images "
        "favours a lipid-rich adenoma.",
    )
    assert found == [
        ("Adrenal adenoma", "signal drop", "more than 25%", "favours a lipid-rich adenoma")
    ]


def test_a_subject_of_an_adjective_on_lesions_is_the_articles() -> None:
    """ "Atypical lesions contain little fat. …: a signal drop …" gave "Atypical lesions"."""
    found = _facts(
        "Adrenal adenoma",
        "Atypical lesions contain little fat. Chemical shift imaging helps: a signal drop of "
        "more than 25% favours a benign lesion.",
    )
    assert [row[0] for row in found] == ["Adrenal adenoma"]


# --- what the cut-off means --------------------------------------------------------------


def test_the_entries_after_a_management_intro_are_its_criteria() -> None:
    found = _facts(
        "Splenic injury",
        "Observation alone may be considered for a laceration with all of the following:",
        ("depth <1 cm", "midline shift <2 mm"),
    )
    assert found == [
        ("Splenic injury", "depth", "<1 cm", "observation alone criterion"),
        ("Splenic injury", "midline shift", "<2 mm", "observation alone criterion"),
    ]


def test_a_bare_list_of_sizes_means_nothing() -> None:
    assert _facts("Splenic injury", "Sizes seen:", ("depth <1 cm",)) == []


def test_what_guidelines_recommend_for_a_size_is_its_meaning() -> None:
    found = _facts(
        "Liver abscess",
        "Current guidelines recommend percutaneous drainage of an abscess with a diameter "
        "greater than 5 cm.",
    )
    assert found == [
        ("Liver abscess", "diameter", "greater than 5 cm", "percutaneous drainage recommended")
    ]


def test_a_bracketed_cut_off_defines_the_state_said_before_it() -> None:
    found = _facts(
        "Hypokalaemic paralysis",
        "Weakness is likely when the potassium is low (serum potassium below 2.5 mmol/L).",
    )
    assert found == [
        ("Hypokalaemic paralysis", "serum potassium", "below 2.5 mmol/L", "low potassium")
    ]


def test_a_class_of_lesion_whose_parts_the_cut_off_measures() -> None:
    found = _facts(
        "Hydatid disease",
        "By ultrasound, unilocular lesions contain one or more cysts of 10 mm or more, whereas "
        "multilocular lesions have cysts smaller than 10 mm.",
    )
    assert found == [
        ("Hydatid disease", "cyst size", "10 mm or more", "unilocular lesions"),
        ("Hydatid disease", "cyst size", "smaller than 10 mm", "multilocular lesions"),
    ]


def test_most_lesions_name_no_class() -> None:
    found = _facts("Hydatid disease", "Most lesions contain cysts of 10 mm or more.")
    assert all(row[3] != "most lesions" for row in found), found


# --- definitions -------------------------------------------------------------------------


def test_a_term_defined_on_a_modality_owns_every_cut_off_of_its_definition() -> None:
    found = _facts(
        "Chronic sinusitis",
        "Look also for:",
        (
            "mucosal thickening, defined on MRI as mucosa more than 4 mm thick, more than "
            "2 cm in craniocaudal extent and more than 1 cm wide",
        ),
    )
    meaning = "defines mucosal thickening"
    assert found == [
        ("mucosal thickening", "mucosa thickness", "more than 4 mm", meaning),
        ("mucosal thickening", "craniocaudal extent", "more than 2 cm", meaning),
        ("mucosal thickening", "width", "more than 1 cm", meaning),
    ]


def test_a_definition_of_the_title_stays_the_titles() -> None:
    found = _facts(
        "Aortic aneurysm",
        "An aortic aneurysm is defined as a dilatation with a diameter of 3 cm or more.",
    )
    assert [row[0] for row in found] == ["Aortic aneurysm"]


# --- limits ------------------------------------------------------------------------------


def test_a_limit_over_a_window_of_hours_for_patients_with_a_condition() -> None:
    """ "In chronic hyponatraemia, correction should not exceed 10-12 mmol/L in any 24-hour
    period" gave the limit to the hyponatraemia, without its window."""
    found = _facts(
        "Parathyroid crisis",
        "In chronic hypercalcaemia, the fall in calcium should not exceed 0.5 mmol/L in any "
        "24-hour period.",
    )
    assert found == [
        (
            "Parathyroid crisis",
            "calcium in chronic hypercalcaemia",
            "not exceed 0.5 mmol/L in any 24-hour period",
            "limit",
        )
    ]


def test_another_conditions_figure_is_still_its_own() -> None:
    found = _facts(
        "Osteochondroma",
        "In chondrosarcoma, by contrast, a cartilage cap thicker than 2 cm suggests malignancy.",
    )
    assert [row[0] for row in found] == ["chondrosarcoma"]


# --- signs -------------------------------------------------------------------------------


def _signs(title: str, *blocks: str | tuple[str, ...]) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in _facts(title, *blocks, kind=FactKind.SIGN)]


def test_a_second_gloss_of_a_word_is_no_sign() -> None:
    assert (
        _signs(
            "Silicosis",
            'The word silica comes from the Latin for "flint" or "hard stone", after its look.',
        )
        == []
    )


def test_a_name_given_in_a_dated_act_of_naming_is_no_sign() -> None:
    assert _signs("Gout", 'Sydenham described the attack in 1683 as "the disease of kings".') == []


def test_a_quoted_name_of_a_look_is_still_a_sign() -> None:
    assert _signs("Gout", 'Tophi give a "punched-out" appearance on radiographs.') == [
        ("Gout", "punched-out appearance")
    ]


def test_a_listed_sign_with_a_long_name_or_an_eponym_and_its_association() -> None:
    found = _signs(
        "Pneumoperitoneum",
        "Described signs include:",
        (
            "the gas beneath the diaphragm sign: a lucent crescent",
            "the lucent triangle sign of Weller: a triangle of gas between loops, classically "
            "associated with bowel perforation",
        ),
    )
    assert sorted(found) == [
        ("Pneumoperitoneum", "gas beneath the diaphragm sign"),
        ("bowel perforation", "lucent triangle sign of Weller"),
    ]


def test_a_kind_of_sign_is_no_name() -> None:
    assert _signs("Pneumothorax", "Tracheal deviation is a late physical sign.") == []
    assert _signs("Pneumothorax", "The deep sulcus sign is a qualitative sign.") == [
        ("Pneumothorax", "deep sulcus sign")
    ]


def test_two_bounds_joined_by_and_are_a_range() -> None:
    found = _facts(
        "Lactic acidosis",
        "Severity is graded as follows:",
        ("grade 2: lactate >2 mmol/L and <4 mmol/L",),
    )
    assert found == [("Lactic acidosis", "lactate", ">2 mmol/L and <4 mmol/L", "grade 2")]


def test_a_labelled_entrys_coordinated_cut_offs_both_stand() -> None:
    """The first of two cut-offs joined by "or" waited for the meaning of the second, and
    was lost when the second had none, though its entry's label owns both."""
    found = _facts(
        "Bone tumours",
        "Sizes:",
        ("osteoblastoma: a nidus larger than 2 cm or a rim thicker than 3 mm",),
    )
    assert [row[2] for row in found] == ["larger than 2 cm", "thicker than 3 mm"], found


def test_a_listed_sign_typical_of_a_named_form_is_that_forms() -> None:
    found = _signs(
        "Cerebral vasculitis",
        "Signs:",
        (
            "string of beads sign: alternating narrowing and dilatation, typical of primary "
            "angiitis",
        ),
    )
    assert found == [("primary angiitis", "string of beads sign")]


# --- U+V shapes --------------------------------------------------------------------------


def test_figures_after_namely_spell_out_the_term_before_it() -> None:
    found = _facts(
        "Portal hypertension",
        "The diagnosis requires clinically significant portal hypertension on catheterisation, "
        "namely a hepatic venous pressure gradient of 10 mmHg or more with a wedge pressure "
        "above 20 mmHg.",
    )
    assert [row[3] for row in found] == ["clinically significant portal hypertension"] * 2, found


def test_signs_of_a_condition_are_that_conditions() -> None:
    """ "Signs of pulmonary hypertension are usually present: …" gave that phrase as the
    subject."""
    found = _facts(
        "Chronic portal hypertension",
        "Signs of portal hypertension are usually present: a portal vein diameter of 13 mm "
        "or more.",
    )
    assert found == [
        (
            "portal hypertension",
            "portal vein diameter",
            "13 mm or more",
            "signs of portal hypertension",
        )
    ]


def test_a_ratio_of_two_things_named_with_to() -> None:
    found = _facts(
        "Tetralogy of Fallot",
        "Signs of right heart strain are usually present: a right to left ventricular "
        "diameter ratio greater than 1.",
    )
    assert [row[1] for row in found] == ["right to left ventricular diameter ratio"]


def test_a_measure_of_a_part_ends_at_its_verb() -> None:
    """ "The attenuation of the involved fat is usually …" gave the measure "attenuation of
    the involved fat is usually", which a later check dropped."""
    found = _facts(
        "Fat necrosis",
        "The attenuation of the affected fat is usually between -30 and -70 HU.",
    )
    assert found == [
        ("Fat necrosis", "attenuation of the affected fat", "between -30 and -70 HU", "typical")
    ]


def test_a_fronted_stage_is_the_meaning_of_its_figures() -> None:
    found = _facts(
        "Hallux valgus",
        "In stage IIB the joint subluxes and the hallux valgus angle exceeds 40°.",
    )
    assert found == [("Hallux valgus", "hallux valgus angle", "exceeds 40°", "stage IIB")]


def test_an_angle_after_a_verb_or_a_pronoun_has_no_measure() -> None:
    """A degree taken like a lab value named "requires" and the condition "it" stands for."""
    assert _facts("Volvulus", "Complete ischaemia generally requires at least 360° of twist.") == []
    assert (
        _facts("Blake pouch cyst", "In DWM it typically exceeds 45°, whereas here it is small.")
        == []
    )


def test_an_opening_on_two_stages_names_no_class() -> None:
    found = _facts("Hallux valgus", "In stage II and III the hallux valgus angle exceeds 40°.")
    assert all(row[3] != "stage II" for row in found), found


def test_a_term_defined_after_the_figure_leaves_the_figure_the_articles() -> None:
    found = _facts(
        "Hypertrophic cardiomyopathy",
        "A peak outflow gradient of 30 mmHg or more defines obstruction.",
    )
    assert [row[0] for row in found] == ["Hypertrophic cardiomyopathy"]


def test_what_a_figure_reflects_is_its_meaning() -> None:
    found = _facts(
        "Pheochromocytoma",
        "On unenhanced CT the mass has an attenuation above 10 HU, reflecting its low lipid "
        "content.",
    )
    assert found == [
        ("Pheochromocytoma", "attenuation", "above 10 HU", "reflecting its low lipid content")
    ]


def test_a_look_a_finding_produces_named_with_the_is_a_sign() -> None:
    found = _signs(
        "Renal lymphoma", "Encasement of the hilar vessels produces the sandwich kidney appearance."
    )
    # whose sign it is, the producer's grammar says (``_producer``)
    assert [name for _, name in found] == ["sandwich kidney appearance"]


def test_a_look_produced_without_the_or_a_typical_one_is_no_sign() -> None:
    assert _signs("Renal lymphoma", "Infiltration produces a mottled kidney appearance.") == []
    assert _signs("Renal lymphoma", "Infiltration gives the typical appearance.") == []
