"""Cut-offs in brackets after the state they bound ("a thickened tendon (more than 6 mm)") and
bounded measures named in list entries ("serum ferritin above 300 ng/mL"). Invented
sentences about several organs."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*blocks: Block, title: str) -> set[tuple[str, str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Diagnosis", blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*entries: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))


# --- a bracketed cut-off bounds the state of the noun phrase before it -------------------


def test_a_bracket_after_a_thickened_part_is_its_thickness() -> None:
    facts = _thresholds(
        _paragraph(
            "Ultrasound shows a hypoechoic plantar fascia, a thickened plantar fascia "
            "(more than 4 mm) and perifascial fluid."
        ),
        title="Plantar fasciitis",
    )
    assert (
        "Plantar fasciitis",
        "plantar fascia thickness",
        "more than 4 mm",
        "thickened plantar fascia",
    ) in facts


def test_a_bracket_after_a_thin_part_is_its_thickness() -> None:
    facts = _thresholds(
        _paragraph("Late films show a thin renal cortex (<4 mm) and a small kidney."),
        title="Reflux nephropathy",
    )
    assert ("Reflux nephropathy", "renal cortex thickness", "<4 mm", "thin renal cortex") in facts


def test_a_bracket_after_small_lesions_is_their_size_and_keeps_what_follows() -> None:
    facts = _thresholds(
        _paragraph("Small polyps (less than 6 mm) may be left in place."),
        title="Gallbladder polyp",
    )
    assert any(
        (item, value, meaning) == ("size", "less than 6 mm", "may be left in place")
        for _, item, value, meaning in facts
    )


def test_a_bracket_without_a_state_adjective_names_no_measure() -> None:
    # "the septum (more than 2 mm)" says no state the figure bounds: nothing to read
    facts = _thresholds(
        _paragraph("The cyst shows a septum (more than 2 mm) and a solid part."),
        title="Ovarian cyst",
    )
    assert not any(value == "more than 2 mm" for _, _, value, _ in facts)


def test_a_bracketed_percentage_is_no_size() -> None:
    facts = _thresholds(
        _paragraph("A thickened wall (more than 50%) is seen in a few."), title="Cholecystitis"
    )
    assert not any("50%" in value for _, _, value, _ in facts)


# --- a list entry's measure with a comparator stands as a cut-off -----------------------


def test_a_bounded_lab_value_in_a_list_is_a_cut_off() -> None:
    facts = _thresholds(
        _paragraph("Supportive findings:"),
        _list("fatigue and joint pain", "serum ferritin above 300 ng/mL"),
        title="Haemochromatosis",
    )
    assert any(
        item == "serum ferritin" and value == "above 300 ng/mL" for _, item, value, _ in facts
    )


def test_a_bounded_measure_in_a_list_is_a_cut_off() -> None:
    facts = _thresholds(
        _paragraph("Supportive findings:"),
        _list("splenic vein diameter greater than 11 mm", "ascites"),
        title="Portal hypertension",
    )
    assert any(item == "splenic vein diameter" for _, item, _, _ in facts)


def test_an_unbounded_size_in_a_list_still_says_nothing() -> None:
    # "up to" only describes: no cut-off without what it means
    facts = _thresholds(
        _paragraph("Supportive findings:"),
        _list("splenic vein diameter up to 11 mm", "ascites"),
        title="Portal hypertension",
    )
    assert not any(item == "splenic vein diameter" for _, item, _, _ in facts)


# --- a size comparative right after a lesion noun is the lesion's size -------------------


def test_a_size_after_a_lesion_noun_takes_the_clause_before_as_meaning() -> None:
    facts = _thresholds(
        _paragraph("Rupture is more frequent in cysts larger than 8 cm."), title="Hydatid cyst"
    )
    assert ("Hydatid cyst", "size", "larger than 8 cm", "rupture is more frequent") in facts


def test_a_size_after_a_lesion_noun_takes_the_clause_after_when_it_opens() -> None:
    facts = _thresholds(
        _paragraph("Nodules smaller than 6 mm, or those with calcification, need no follow-up."),
        title="Pulmonary nodule",
    )
    assert any(
        (item, value, meaning) == ("size", "smaller than 6 mm", "need no follow-up")
        for _, item, value, meaning in facts
    )


def test_a_size_in_a_sentence_about_another_thing_stays_the_lesions() -> None:
    # the sentence opens on the metastases; the size is the tumours' (the article's own)
    facts = _thresholds(
        _paragraph("Liver metastases are found in a third of tumours larger than 5 cm."),
        title="Gastric carcinoid",
    )
    assert any(
        subject == "Gastric carcinoid" and value == "larger than 5 cm"
        for subject, _, value, _ in facts
    )


def test_more_than_after_a_lesion_noun_is_no_size_comparative() -> None:
    # "more than" after a noun counts or compares as often as it measures
    facts = _thresholds(
        _paragraph("Calcification is seen in cysts more than 3 cm deep in the liver."),
        title="Hydatid cyst",
    )
    assert not any(meaning == "calcification is seen" for _, _, _, meaning in facts)


def test_a_size_of_a_plain_noun_is_no_cut_off() -> None:
    # "patients" names no lesion whose size the figure could be
    facts = _thresholds(
        _paragraph("Pain is common in patients larger than 3 cm."), title="Hydatid cyst"
    )
    assert not facts


def test_those_with_a_size_comparative_are_the_lesions_just_named() -> None:
    facts = _thresholds(
        _paragraph(
            "Cysts smaller than 4 cm are aspirated, while those larger than 6 cm are resected."
        ),
        title="Renal cyst",
    )
    assert ("Renal cyst", "size", "larger than 6 cm", "are resected") in facts


def test_those_with_an_age_is_no_size() -> None:
    facts = _thresholds(
        _paragraph("Screening stops in those older than 75 years."), title="Renal cyst"
    )
    assert not any(item == "size" for _, item, _, _ in facts)


def test_what_a_share_of_the_lesions_does_is_no_meaning_of_their_size() -> None:
    facts = _thresholds(
        _paragraph("Fewer than half of polyps larger than 2 cm regress without treatment."),
        title="Gallbladder polyp",
    )
    assert not any(value == "larger than 2 cm" for _, _, value, _ in facts)


def test_one_lesion_of_one_patient_is_no_size_cut_off() -> None:
    # an indefinite singular may be one patient's lesion: a description, not a cut-off
    facts = _thresholds(
        _paragraph("Of the cases reviewed, one showed a calcified cyst larger than 9 cm."),
        title="Hydatid cyst",
    )
    assert not facts


def test_a_size_after_plural_lesions_in_a_comparison_of_tests() -> None:
    facts = _thresholds(
        _paragraph("CT is more sensitive than radiography for stones under 3 mm."),
        title="Urolithiasis",
    )
    assert any(
        (item, value, meaning)
        == ("stone size", "under 3 mm", "CT is more sensitive than radiography")
        for _, item, value, meaning in facts
    )


# --- a state or complaint that has lasted "for" a bounded time ---------------------------


def test_symptoms_for_a_bounded_time_are_a_duration() -> None:
    facts = _thresholds(
        _paragraph("Severe disease is suggested by fever, symptoms for more than 5 days or shock."),
        title="Appendicitis",
    )
    assert any(
        (item, value) == ("duration of symptoms", "more than 5 days") for _, item, value, _ in facts
    )


def test_a_state_persisting_for_a_time_is_its_duration() -> None:
    facts = _thresholds(
        _paragraph("Oedema persisting for more than 6 weeks suggests a stress fracture."),
        title="Bone marrow oedema",
    )
    assert any(
        (item, value) == ("duration of oedema", "more than 6 weeks") for _, item, value, _ in facts
    )


def test_a_treatment_for_a_time_is_no_duration_cut_off() -> None:
    facts = _thresholds(
        _paragraph("Steroids are given for more than 6 weeks."), title="Sarcoidosis"
    )
    assert not facts


def test_one_patients_complaint_is_no_duration_cut_off() -> None:
    facts = _thresholds(
        _paragraph(
            "She had cough for more than 3 weeks, and symptoms had been present for less "
            "than 2 days."
        ),
        title="Sarcoidosis",
    )
    assert not facts


# Session 33: the same bracket after a state said of its noun phrase by a copula.
def test_a_bracket_after_a_state_said_by_a_copula_bounds_it() -> None:
    facts = _thresholds(
        _paragraph("Septa are thin (less than 3 mm) and enhance."),
        _paragraph("The duct wall is markedly thickened (>2.5 mm)."),
        title="Mucinous cystadenoma",
    )
    assert ("Mucinous cystadenoma", "septa thickness", "less than 3 mm", "thin septa") in facts
    assert (
        "Mucinous cystadenoma",
        "duct wall thickness",
        ">2.5 mm",
        "markedly thickened duct wall",
    ) in facts


def test_a_bracket_after_a_copula_with_no_state_or_a_pronoun_names_no_measure() -> None:
    facts = _thresholds(
        _paragraph("The septa are present (more than 2 mm apart)."),
        _paragraph("It is small (usually under 1 cm)."),
        title="Mucinous cystadenoma",
    )
    assert not any(item.endswith(("thickness", "size")) for _, item, _, _ in facts)
