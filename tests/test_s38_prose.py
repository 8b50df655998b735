"""Session 38: prose rules from the blind sets BQ and BR once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Article, Fact, FactKind
from quizgen.readers import read_text


def _page(title: str, heading: str, body: str) -> Article:
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _kind(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def _shares(title: str, heading: str, body: str) -> list[tuple[str, str]]:
    facts = _kind(extract_facts(_page(title, heading, body)), FactKind.PERCENTAGE)
    return [(f.item, f.value) for f in facts]


def test_an_and_joining_two_places_of_one_noun_keeps_the_whole_noun_counted() -> None:
    body = (
        "Dilated veins in the spermatic cord and inguinal canal are seen in up to 40% of patients."
    )
    assert _shares("Varicocele", "Ultrasound", body) == [
        ("Dilated veins in the spermatic cord and inguinal canal", "up to 40%")
    ]


def test_an_and_opening_a_clause_or_after_a_verb_is_no_joined_place() -> None:
    assert _shares(
        "Varicocele", "Ultrasound", "Pain is common, and reflux is seen in 30% of patients."
    ) == [("reflux", "30%")]
    body = "A hydrocele acts as a window and is found in 20% of patients."
    assert all(not item.startswith("A hydrocele acts") for item, _ in _shares("X", "US", body))
    body = "Fluid is present in the pelvis and flank in 30% of patients."
    assert all(" is " not in item for item, _ in _shares("Ovarian torsion", "CT", body))
    body = "A fracture of the radius and ulna stimulates healing in 10%."
    assert all("stimulates" not in item for item, _ in _shares("Bone cyst", "Course", body))


def test_a_finding_named_before_its_description_is_what_a_sequence_line_counts() -> None:
    body = (
        "MRI shows:\n\n- T1 and T2: the ring sign, small rounded bands of low signal centred"
        " on the dilated ducts, reported in about 25% of patients\n- T2: bright fluid in 20% of"
        " patients"
    )
    assert _shares("Caroli disease", "MRI", body) == [
        ("ring sign on T1 and T2", "about 25%"),
        ("bright fluid on T2", "20%"),
    ]


def test_a_sequence_line_that_lists_several_findings_counts_no_sequence() -> None:
    body = (
        "MRI shows:\n\n- T2: high signal, restricted diffusion and marked enhancement of the"
        " whole lesion, reported in about 40% of patients"
    )
    assert ("T2", "about 40%") not in _shares("Caroli disease", "MRI", body)


def test_a_lab_cut_off_in_micromoles_spelt_out_or_with_a_greek_mu_is_a_cut_off() -> None:
    for unit in ("micromol/L", "μmol/L", "umol/L"):
        body = f"A serum copper below 12 {unit} is taken as the diagnostic threshold."
        facts = _kind(extract_facts(_page("Wilson disease", "Pathology", body)), FactKind.THRESHOLD)
        assert [(f.item, f.value) for f in facts] == [("serum copper", f"below 12 {unit}")]


def _features(title: str, body: str) -> list[tuple[str, str]]:
    text = f"# {title}\n\n## Clinical presentation\n\n{body}\n"
    facts = _kind(extract_facts(read_text(text, path=Path("page.md"))), FactKind.ASSOCIATION)
    return [(f.subject, f.item) for f in facts if f.group == "presenting features"]


def test_features_listed_under_a_heading_naming_another_syndrome_are_that_syndromes() -> None:
    body = (
        "Jaw pain is common.\n\n### McCune-Albright syndrome\n\nPolyostotic lesions should"
        " prompt a search for it. Other features include café-au-lait macules and precocious"
        " puberty."
    )
    assert _features("Fibrous dysplasia", body) == [
        ("McCune-Albright syndrome", "café-au-lait macules"),
        ("McCune-Albright syndrome", "precocious puberty"),
    ]


def test_features_under_a_heading_naming_the_pages_own_disease_stay_the_pages() -> None:
    body = (
        "### Polyostotic fibrous dysplasia disease\n\nOther features include bone pain and"
        " pathological fractures."
    )
    assert {owner for owner, _ in _features("Fibrous dysplasia", body)} == {"Fibrous dysplasia"}


def test_two_adjectives_of_place_share_the_head_noun_after_them() -> None:
    body = (
        "Other features include bifid ribs, palmar and plantar pits, and lumbar and sacral dimples."
    )
    items = {item for _, item in _features("Naevoid syndrome", body)}
    assert {"palmar pits", "plantar pits", "lumbar dimples", "sacral dimples"} <= items
    assert "palmar" not in items
    assert "lumbar" not in items


def test_adjectives_of_quality_in_ar_share_no_head() -> None:
    from quizgen.phrases import share_head  # noqa: PLC0415

    assert share_head("irregular", "lobular margins") == ""
    assert share_head("irregular", "plantar thickening") == ""  # a quality before a place
    assert share_head("collar", "cervical spine") == ""


def test_a_count_of_a_category_or_a_pro_form_is_no_member() -> None:
    body = (
        "Untreated disease leads to a number of complications:\n\n- strictures\n\n"
        "- Barrett oesophagus\n\nSTIR is also useful to show marrow oedema in acute"
        " collapse and to distinguish them from old ones, as well as to detect occult lesions."
    )
    facts = extract_facts(_page("Oesophagitis", "Complications", body))
    items = {f.item for f in facts if f.kind in {FactKind.ASSOCIATION, FactKind.DIFFERENTIAL}}
    assert "number of complications" not in items
    assert "old ones" not in items


def test_an_item_cut_before_the_complement_of_its_last_word_loses_that_word() -> None:
    body = (
        "On the frontal view, the most useful finding is widening of the interpedicular"
        " distance compared with the levels above and below."
    )
    facts = _kind(extract_facts(_page("Chance fracture", "Radiographs", body)), FactKind.RANK)
    assert [f.item for f in facts] == ["widening of the interpedicular distance"]


def _looks(title: str, body: str) -> set[tuple[str, str, str]]:
    facts = _kind(extract_facts(_page(title, "MRI", body)), FactKind.APPEARANCE)
    return {(f.subject, f.attribute, f.value) for f in facts}


def test_a_form_named_by_a_kin_word_of_the_title_keeps_its_own_look() -> None:
    body = "An endometrioma appears as a homogeneous, markedly T1 hyperintense cyst."
    looks = _looks("Endometriosis", body)
    assert ("endometrioma", "MRI T1", "hyperintense") in looks
    assert not {look for look in looks if look[0] == "Endometriosis"}


def test_another_lesion_without_kin_to_the_title_gives_the_title_no_look() -> None:
    body = "A fibroid appears as a well-defined, markedly T2 hypointense mass."
    assert not {look for look in _looks("Endometriosis", body) if look[0] == "Endometriosis"}


def test_a_short_measure_after_a_circumstance_keeps_its_figure_and_its_setting() -> None:
    facts = _kind(
        extract_facts(
            _page("Mesenteric ischaemia", "Prognosis", "Untreated, mortality approaches 100%.")
        ),
        FactKind.PERCENTAGE,
    )
    assert [(f.attribute, f.value) for f in facts] == [("mortality untreated", "approaches 100%")]


def test_overall_before_a_short_measure_adds_no_setting() -> None:
    facts = _kind(
        extract_facts(_page("Mesenteric ischaemia", "Prognosis", "Overall, mortality is 60%.")),
        FactKind.PERCENTAGE,
    )
    assert [(f.attribute, f.value) for f in facts] == [("mortality", "60%")]


def _ratios(title: str, body: str) -> list[tuple[str, str, str]]:
    facts = _kind(extract_facts(_page(title, "Epidemiology", body)), FactKind.SEX_RATIO)
    return [(f.subject, f.attribute, f.value) for f in facts]


def test_so_many_of_one_sex_for_every_one_of_the_other_is_one_ratio() -> None:
    body = "A slight female predilection is reported, at about 2.5 women for every man."
    assert _ratios("Lipoma arborescens", body) == [("Lipoma arborescens", "F:M", "2.5:1")]


def test_without_a_sex_predilection_is_an_even_ratio() -> None:
    body = "The condition is seen in adults of any age, without a sex predilection."
    assert _ratios("Lipoma arborescens", body) == [("Lipoma arborescens", "M:F", "1:1")]


def test_it_after_an_epidemiological_figure_is_the_disease_not_the_figure() -> None:
    body = "A slight male predilection is usually quoted. It occurs in about 1 in 5000 live births."
    facts = _kind(
        extract_facts(_page("Choanal atresia", "Epidemiology", body)), FactKind.PERCENTAGE
    )
    assert [(f.item, f.value) for f in facts] == [("Choanal atresia", "about 1 in 5000")]


def _cut_offs(title: str, body: str) -> list[tuple[str, str, str]]:
    text = f"Patients with the lesion on CT need a diagnosis. {body}"
    facts = _kind(extract_facts(_page(title, "Echocardiography", text)), FactKind.THRESHOLD)
    return [(f.subject, f.item, f.value) for f in facts]


def test_a_cut_off_after_a_fronted_grade_is_that_grades_with_or_without_a_comma() -> None:
    for body in (
        "In mild regurgitation the mean gradient is below 3 mmHg.",
        "In mild regurgitation, the mean gradient is below 3 mmHg.",
    ):
        assert _cut_offs("Mitral regurgitation", body) == [
            ("mild regurgitation", "mean gradient", "below 3 mmHg")
        ]


def test_a_cut_off_after_a_fronted_group_of_people_is_that_groups() -> None:
    body = "In infants the mean gradient is below 2 mmHg."
    assert _cut_offs("Mitral regurgitation", body) == [
        ("Mitral regurgitation in infants", "mean gradient", "below 2 mmHg")
    ]


def test_an_area_in_square_centimetres_is_a_cut_off_unit() -> None:
    body = "Severe regurgitation is defined by an effective orifice area of 0.4 cm2 or more."
    assert ("0.4 cm2 or more") in {value for _, _, value in _cut_offs("Mitral regurgitation", body)}


def test_a_verb_of_change_before_a_figure_names_no_measure() -> None:
    body = "Symptoms do not occur until the orifice area falls below about 2.5 cm2."
    assert all(item != "falls" for _, item, _ in _cut_offs("Mitral regurgitation", body))


def test_a_member_opening_on_a_preposition_is_no_member() -> None:
    body = (
        "Renal involvement is present in up to 60% of patients and is the leading cause of death."
    )
    facts = extract_facts(_page("Fabry disease", "Clinical presentation", body))
    assert all(not f.item.startswith("of ") for f in facts if f.kind is FactKind.ASSOCIATION)


def test_a_finding_judged_pathognomonic_is_the_pages_look_on_its_study() -> None:
    body = (
        "Bilateral, symmetric metaphyseal lucency, with sparing of the diaphyses, is almost"
        " pathognomonic."
    )
    facts = _kind(extract_facts(_page("Scurvy", "Plain radiograph", body)), FactKind.APPEARANCE)
    assert [(f.subject, f.value) for f in facts] == [
        ("Scurvy", "bilateral symmetric metaphyseal lucency with sparing of the diaphyses")
    ]


def test_a_test_judged_pathognomonic_is_no_look() -> None:
    facts = extract_facts(_page("Scurvy", "Plain radiograph", "Biopsy is pathognomonic."))
    assert not _kind(facts, FactKind.APPEARANCE)


def test_a_plural_noun_before_a_comma_opens_a_list_of_findings() -> None:
    body = "Erosions, bone marrow oedema and synovitis are also seen."
    facts = _kind(extract_facts(_page("Psoriatic arthritis", "MRI", body)), FactKind.APPEARANCE)
    assert [f.value for f in facts] == ["erosions, bone marrow oedema and synovitis"]


def _parts(title: str, body: str) -> list[tuple[str, str, str]]:
    text = f"Patients with the lesion on CT need a diagnosis. {body}"
    facts = extract_facts(_page(title, "Clinical presentation", text))
    return [(f.item, f.value, f.group) for f in _kind(facts, FactKind.FREQUENCY)]


def test_accounts_for_said_again_after_while_still_divides_one_whole() -> None:
    body = (
        "Diverticular disease accounts for 40% of cases of lower GI bleeding, while"
        " angiodysplasia accounts for about 10% and colitis for approximately 20%."
    )
    assert _parts("Lower gastrointestinal bleeding", body) == [
        ("Diverticular disease", "40%", "cases of lower GI bleeding"),
        ("angiodysplasia", "about 10%", "cases of lower GI bleeding"),
        ("colitis", "approximately 20%", "cases of lower GI bleeding"),
    ]


def test_accounts_for_said_again_of_another_whole_divides_none() -> None:
    body = (
        "Smoking accounts for 70% of lung cancers, while asbestos accounts for 5% of mesotheliomas."
    )
    assert _parts("Occupational lung disease", body) == []


def test_a_measure_after_a_sentence_on_a_named_sign_is_the_signs() -> None:
    body = (
        "The split fat sign describes a rim of fat around the tumour. It has a specificity of"
        " about 90%."
    )
    facts = _kind(extract_facts(_page("Schwannoma", "MRI", body)), FactKind.PERCENTAGE)
    assert [(f.item, f.attribute, f.value) for f in facts] == [
        ("split fat sign", "specificity", "about 90%")
    ]


def test_a_number_after_a_bound_word_ending_a_sentence_is_no_citation() -> None:
    page = _page(
        "Prostatic hyperplasia", "Epidemiology", "It is unusual before 40. It is common in men 12."
    )
    texts = [block.text for section in page.sections for block in section.blocks]
    assert any("unusual before 40." in t for t in texts)
    assert any(t.endswith("common in men.") or "common in men." in t for t in texts)
