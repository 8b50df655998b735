"""Session 15: association facts stated in clinical prose (a symptom list after a lead other
than "presents with", an association reported in the plural, a treatment list that is no
list of complications). Every sentence is invented, about organs the dev corpus's matching
sentences were not about."""

from __future__ import annotations

from prose_helpers import clinical_facts

from quizgen.model import FactKind


def _relations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in clinical_facts(title, *paragraphs, heading=heading)
        if f.kind is FactKind.ASSOCIATION
    }


def _items(found: set[tuple[str, str, str]]) -> set[str]:
    return {item for _, _, item in found}


# --- a comment after a symptom list ends the list -------------------------------------------


def test_a_cause_set_off_after_a_symptom_list_ends_the_list() -> None:
    found = _relations(
        "Gastric volvulus",
        "Typical symptoms are retching, epigastric pain and early satiety, usually after "
        "meals, caused by intermittent twisting of the stomach around its long axis.",
    )
    assert {"retching", "epigastric pain", "early satiety"} <= _items(found)
    assert not {i for i in _items(found) if "usually" in i or "caused" in i}


def test_a_time_adverb_before_during_is_a_comment_not_a_member() -> None:
    found = _relations(
        "Exercise-induced bronchospasm",
        "Typical symptoms are cough, wheeze and chest tightness, usually during exercise.",
    )
    assert {"cough", "wheeze", "chest tightness"} <= _items(found)
    assert "usually during exercise" not in _items(found)


# --- what examination finds ------------------------------------------------------------------


def test_what_examination_reveals_is_how_the_condition_presents() -> None:
    found = _relations(
        "Splenic infarction",
        "Examination may reveal left upper quadrant tenderness, a splenic rub and fever.",
    )
    assert ("Splenic infarction", "presenting features", "left upper quadrant tenderness") in found
    assert ("Splenic infarction", "presenting features", "splenic rub") in found


def test_examination_findings_keep_a_between_phrase_and_drop_a_lone_adjective() -> None:
    found = _relations(
        "Subclavian steal syndrome",
        "Examination shows painful and reduced wrist movement and a pressure difference "
        "between the two arms and hands.",
    )
    assert "pressure difference between the two arms and hands" in _items(found)
    assert not {"hands", "painful"} & _items(found)


def test_examination_that_is_normal_or_negated_names_no_feature() -> None:
    found = _relations(
        "Splenic infarction",
        "Examination does not reveal any tenderness.",
        "Examination shows no focal tenderness or guarding.",
        "Histological examination shows infarcted red pulp and haemosiderin deposits.",
        "Examination is often normal.",
    )
    assert not found


# --- an association reported in the plural -----------------------------------------------


def test_associations_with_a_and_b_have_been_reported() -> None:
    found = _relations(
        "Frozen shoulder",
        "Associations with psoriasis and Dupuytren contracture have been reported.",
        heading="Epidemiology",
    )
    assert ("Frozen shoulder", "associations", "psoriasis") in found
    assert ("Frozen shoulder", "associations", "Dupuytren contracture") in found
    # a paragraph that opened on a finding, not a condition: the associations are the title's
    found = _relations(
        "Frozen shoulder",
        "Capsular thickening is found in most affected shoulders. Associations with "
        "psoriasis have been reported.",
        heading="Epidemiology",
    )
    assert ("Frozen shoulder", "associations", "psoriasis") in found


def test_no_association_with_a_is_no_association() -> None:
    found = _relations(
        "Frozen shoulder",
        "No associations with psoriasis have been reported.",
        heading="Epidemiology",
    )
    assert not found


# --- a treatment list is no list of complications -----------------------------------------


def test_complications_managed_with_treatments_name_no_complication() -> None:
    found = _relations(
        "Chronic pancreatitis",
        "Complications are managed with enzyme supplements, analgesia and endoscopic "
        "stenting for strictures.",
        heading="Treatment and prognosis",
    )
    assert not found
    # the plain copula still lists them
    found = _relations(
        "Chronic pancreatitis",
        "Complications are pseudocysts, splenic vein thrombosis and diabetes.",
        heading="Treatment and prognosis",
    )
    assert {"pseudocysts", "splenic vein thrombosis", "diabetes"} <= _items(found)


# --- a named form of the condition causes its own features ---------------------------------


def test_a_qualified_form_of_the_title_causes_features_of_its_own() -> None:
    found = _relations(
        "Pericarditis",
        "Constrictive pericarditis causes ascites, peripheral oedema and hepatomegaly.",
    )
    assert ("Constrictive pericarditis", "presenting features", "ascites") in found
    assert ("Constrictive pericarditis", "presenting features", "hepatomegaly") in found
    assert not {s for s, _, _ in found} & {"Pericarditis"}


def test_an_abbreviated_form_causes_features_of_its_own() -> None:
    found = _relations(
        "Osmotic demyelination",
        "Extrapontine demyelination (EPD) affects the basal ganglia. "
        "Basal EPD causes tremor, rigidity and ataxia.",
    )
    assert {"tremor", "rigidity", "ataxia"} <= {
        i for s, _, i in found if s != "Osmotic demyelination"
    }


def test_a_thing_that_is_no_form_of_the_condition_names_no_owner() -> None:
    found = _relations("Pericarditis", "Cardiac surgery causes pain and fever.")
    assert not {i for _, _, i in found} & {"pain", "fever"}
    found = _relations("Pericarditis", "Dry pericarditis causes no symptoms and resolves.")
    assert not {i for _, _, i in found if "symptoms" in i}


def test_the_last_word_after_of_the_part_and_finishes_the_phrase() -> None:
    found = _relations(
        "Compartment syndrome",
        "Chronic compartment syndrome causes aching and tightness of the calf and shin.",
    )
    assert "tightness of the calf and shin" in _items(found)
    assert "shin" not in _items(found)


# --- "presents as" ---------------------------------------------------------------------------


def test_presents_as_gives_one_whole_presentation() -> None:
    found = _relations(
        "Lipoma of the breast",
        "When palpable, it presents as a soft, usually mobile lump, which may be large.",
    )
    assert ("Lipoma of the breast", "presenting features", "soft, usually mobile lump") in found


def test_a_form_of_the_title_presents_as_its_own() -> None:
    found = _relations(
        "Mucocele",
        "A sinus mucocele usually presents as a painless, slowly enlarging swelling of the "
        "medial orbit, and vision is often spared.",
    )
    assert (
        "sinus mucocele",
        "presenting features",
        "painless, slowly enlarging swelling of the medial orbit",
    ) in found


def test_presents_as_on_imaging_is_no_presentation() -> None:
    found = _relations(
        "Mucocele", "On CT it presents as an expansile, non-enhancing mass of the sinus."
    )
    assert not found
