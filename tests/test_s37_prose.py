"""Session 37: prose rules from the blind sets BO and BP once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_article, read_text


def _page(title: str, heading: str, body: str):  # type: ignore[no-untyped-def]
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _kind(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def test_a_few_larger_lesions_past_a_size_are_a_size_cut_off_of_the_lesion() -> None:
    for body in (
        "A few larger cysts exceeding 2 cm are common in the lower lobes.",
        "Several cysts larger than 2 cm are common in the lower lobes.",
    ):
        facts = _kind(
            extract_facts(_page("Lymphangioleiomyomatosis", "CT", body)), FactKind.THRESHOLD
        )
        assert [(f.subject, f.item) for f in facts] == [("Lymphangioleiomyomatosis", "cyst size")]
        assert facts[0].attribute.startswith("are common")


def test_a_share_of_the_lesions_past_a_size_is_still_no_cut_off() -> None:
    body = "Fewer than half of calculi larger than 6 mm pass spontaneously."
    facts = extract_facts(_page("Ureteric calculus", "Treatment", body))
    assert not _kind(facts, FactKind.THRESHOLD)


def test_a_named_time_with_its_bound_is_a_cut_off() -> None:
    body = "A thyroglobulin doubling time of less than 1 year is associated with poor survival."
    facts = _kind(
        extract_facts(_page("Papillary thyroid carcinoma", "Prognosis", body)), FactKind.THRESHOLD
    )
    assert [(f.item, f.value) for f in facts] == [
        ("thyroglobulin doubling time", "less than 1 year")
    ]
    assert facts[0].attribute == "is associated with poor survival"


def test_a_signal_line_nested_under_another_is_the_pages_finding() -> None:
    text = (
        "Ewing sarcoma\n\nMRI\n\nRelative to muscle, the soft tissue mass is:\n\n"
        "- T1: iso- to slightly hypointense\n  - T2: hyperintense, often heterogeneous\n"
    )
    page = read_text(f"# Ewing sarcoma\n\n## MRI\n\n{text}", path=Path("page.md"))
    subjects = {f.subject for f in _kind(extract_facts(page), FactKind.APPEARANCE)}
    assert subjects == {"Ewing sarcoma"}


def test_a_share_with_a_risk_of_names_the_risk_as_its_item() -> None:
    body = (
        "Carriers have an increased risk of several cancers:\n\n"
        "- gastric carcinoma, with a risk of around 20-30%\n"
        "- colorectal carcinoma, with a lifetime risk of about 40%\n"
    )
    facts = _kind(
        extract_facts(_page("Juvenile polyposis syndrome", "Prognosis", body)), FactKind.PERCENTAGE
    )
    items = {f.item: f.value for f in facts}
    assert items.get("risk of gastric carcinoma") == "around 20-30%"
    assert not any(item.endswith(" of") for item in items)


def test_an_abbreviation_that_leaves_out_syndrome_is_the_title() -> None:
    body = (
        "Cronkhite-Canada syndrome (CC) is a rare non-inherited polyposis. CC is associated "
        "with protein-losing enteropathy."
    )
    facts = extract_facts(_page("Cronkhite-Canada syndrome", "Pathology", body))
    subjects = {f.subject for f in _kind(facts, FactKind.ASSOCIATION)}
    assert subjects == {"Cronkhite-Canada syndrome"}


def test_a_denied_sex_predilection_with_a_hedged_alternative_is_one_equal_ratio() -> None:
    body = "There is no significant sex predilection, or perhaps a slight female predominance."
    facts = _kind(
        extract_facts(_page("Chondromyxoid fibroma", "Epidemiology", body)), FactKind.SEX_RATIO
    )
    assert [f.value for f in facts] == ["1:1"]


def test_the_heading_of_examples_is_no_member() -> None:
    for opening in ("Untreated cases", "Untreated disease"):
        body = f"{opening} can progress to complications such as septic arthritis and sinus tracts."
        facts = _kind(
            extract_facts(_page("Chronic osteomyelitis", "Clinical presentation", body)),
            FactKind.ASSOCIATION,
        )
        assert {(f.subject, f.item) for f in facts} == {
            ("Chronic osteomyelitis", "septic arthritis"),
            ("Chronic osteomyelitis", "sinus tracts"),
        }


def test_a_form_of_the_condition_keeps_its_own_relations() -> None:
    for opening, form in (
        ("The rare sclerosing variant", "sclerosing variant"),
        ("The diffuse form", "diffuse form"),
    ):
        body = f"{opening} is associated with Hashimoto thyroiditis."
        facts = _kind(
            extract_facts(_page("Papillary thyroid carcinoma", "Pathology", body)),
            FactKind.ASSOCIATION,
        )
        assert [(f.subject, f.item) for f in facts] == [
            (f"Papillary thyroid carcinoma ({form})", "Hashimoto thyroiditis")
        ]
    # a presentation of one form is that form's too
    body = "The rare diffuse variant typically presents with goitre and hypothyroidism."
    facts = _kind(
        extract_facts(_page("Papillary thyroid carcinoma", "Clinical presentation", body)),
        FactKind.ASSOCIATION,
    )
    assert {f.subject for f in facts} == {"Papillary thyroid carcinoma (diffuse variant)"}
    # "the other form" is not one the sentence names
    body = "The other form is associated with Hashimoto thyroiditis."
    facts = extract_facts(_page("Papillary thyroid carcinoma", "Pathology", body))
    assert not any("(" in f.subject for f in facts)


def test_a_manifestation_named_by_its_kind_gives_the_conditions_age_of_onset() -> None:
    body = (
        "Cutaneous lesions usually appear in the second or third decade, whereas renal cysts "
        "are found later."
    )
    facts = _kind(
        extract_facts(_page("Cowden syndrome", "Clinical presentation", body)), FactKind.AGE
    )
    assert [(f.subject, f.item, f.value) for f in facts] == [
        ("Cowden syndrome", "onset of cutaneous lesions", "second or third decade")
    ]
    # the page's own lesions are the page's subject, with its typical age
    body = "The lesions usually appear in the second decade."
    facts = _kind(
        extract_facts(_page("Cowden syndrome", "Clinical presentation", body)), FactKind.AGE
    )
    assert [(f.subject, f.item) for f in facts] == [("Cowden syndrome", "typical age")]


_DEV = Path(__file__).resolve().parent.parent / "bench" / "dev-corpus"


def test_a_forms_examples_are_that_forms_and_a_cut_clause_is_no_member() -> None:
    # (the shape only this page's context reads: "The idiopathic form is associated with
    # vascular risk factors such as A and B, and C frequently coexists")
    page = read_article(_DEV / "normal-pressure-hydrocephalus" / "article.txt")
    facts = [
        f
        for f in _kind(extract_facts(page), FactKind.ASSOCIATION)
        if "frequently coexists" in f.source.text
    ]
    assert {(f.subject, f.item) for f in facts} == {
        ("Normal pressure hydrocephalus (idiopathic form)", "hypertension"),
        ("Normal pressure hydrocephalus (idiopathic form)", "diabetes"),
    }


def test_a_judgement_of_the_findings_or_of_care_is_no_statement() -> None:
    for body in (
        "The CT features are relatively characteristic.",
        "Management is multidisciplinary and surveillance based.",
        "Genetic counselling is an important part of care.",
    ):
        facts = extract_facts(_page("Gardner syndrome", "Treatment and prognosis", body))
        assert not _kind(facts, FactKind.STATEMENT), body
    # a complement that says what the treatment is still makes one
    facts = extract_facts(
        _page("Gardner syndrome", "Treatment and prognosis", "Treatment is supportive.")
    )
    assert [f.value for f in _kind(facts, FactKind.STATEMENT)] == ["supportive"]


def _shares(body: str, title: str = "Aneurysmal bone cyst") -> dict[str, str]:
    facts = extract_facts(_page(title, "Clinical presentation", body))
    return {f.item: f.value for f in _kind(facts, FactKind.PERCENTAGE)}


def test_a_fronted_share_counts_the_role_or_state_the_clause_after_it_names() -> None:
    found = _shares(
        "In up to half of patients, however, the first presentation is a pathological "
        "fracture after minor trauma."
    )
    assert found == {"pathological fracture as first presentation": "up to half"}
    assert _shares("In 10% of cases, the lesion is multifocal.") == {"lesion multifocal": "10%"}
    # a pronoun for the page's own lesion: its state alone, and no pronoun in the whole
    for body in ("In 10% of cases it is multifocal.", "In 10% of cases, it is multifocal."):
        facts = _kind(
            extract_facts(_page("Aneurysmal bone cyst", "Pathology", body)), FactKind.PERCENTAGE
        )
        assert [(f.item, f.value, f.group) for f in facts] == [("multifocal", "10%", "cases")]
    # what it is associated with is a relation, not a state
    assert _shares("In 10% of cases it is associated with trauma.") == {"": "10%"}


def test_what_a_sentence_judges_characteristic_is_its_blank() -> None:
    facts = extract_facts(
        _page("Chondroblastoma", "Pathology", "Eosinophilic granules are characteristic.")
    )
    assert [f.value for f in _kind(facts, FactKind.STATEMENT)] == ["Eosinophilic granules"]


def test_an_abbreviation_defined_beside_another_name_is_spelt_out() -> None:
    body = (
        "Endoscopic retrograde cholangiopancreatography (ERCP, also called ERP) is reserved "
        "for treatment."
    )
    facts = extract_facts(_page("Choledocholithiasis", "Radiographic features", body))
    synonyms = {(f.subject, f.value) for f in _kind(facts, FactKind.SYNONYM)}
    assert synonyms == {("Endoscopic retrograde cholangiopancreatography (ERCP)", "ERP")}


def test_a_sex_ratio_of_a_fronted_other_condition_is_that_conditions() -> None:
    body = "In Maffucci syndrome, men are more frequently affected."
    facts = _kind(extract_facts(_page("Enchondroma", "Epidemiology", body)), FactKind.SEX_RATIO)
    assert [(f.subject, f.value) for f in facts] == [("Maffucci syndrome", "male")]
    # a group of people is no other condition: the page's, in that group
    body = "In adults, men are more frequently affected."
    facts = _kind(extract_facts(_page("Enchondroma", "Epidemiology", body)), FactKind.SEX_RATIO)
    assert [f.subject for f in facts] == ["Enchondroma in adults"]


def test_a_pronoun_for_a_manifestation_dates_the_manifestation() -> None:
    body = (
        "The characteristic cutaneous papules are skin-coloured and found on the face. They "
        "typically appear in adolescence and persist."
    )
    facts = _kind(
        extract_facts(_page("Tuberous sclerosis", "Clinical presentation", body)), FactKind.AGE
    )
    assert [(f.subject, f.item, f.value) for f in facts] == [
        ("Tuberous sclerosis", "onset of cutaneous papules", "adolescence")
    ]


def test_the_views_a_study_took_are_no_finding() -> None:
    text = (
        "# Distal radius fracture in a 9-year-old\n\n## Presentation\n\nFall onto an "
        "outstretched hand.\n\n## Findings\n\n### X-ray\n\nAP, lateral and oblique views of "
        "the left wrist. There is a transverse fracture of the distal radial metaphysis.\n\n"
        "## Diagnosis\n\nDistal radius fracture.\n"
    )
    facts = _kind(extract_facts(read_text(text, path=Path("case.md"))), FactKind.APPEARANCE)
    values = [f.value for f in facts]
    assert not any("views" in v for v in values)
    assert any("transverse fracture" in v for v in values)


def test_a_ratio_after_a_turn_to_another_age_group_holds_in_that_group() -> None:
    body = (
        "In adults there is a female predominance of around 2:1, whereas in children boys "
        "are affected more often."
    )
    facts = _kind(extract_facts(_page("Volvulus", "Epidemiology", body)), FactKind.SEX_RATIO)
    assert {(f.subject, f.value) for f in facts} == {
        ("Volvulus in adults", "2:1"),
        ("Volvulus in children", "male"),
    }


def test_a_case_pages_title_inside_a_subject_is_its_diagnosis() -> None:
    text = (
        "# Splenic infarction in a 60-year-old\n\n## Presentation\n\nLeft upper quadrant pain."
        "\n\n## Case discussion\n\nIn adults there is a male predominance of around 2:1, "
        "whereas in children girls are affected more often.\n"
    )
    facts = extract_facts(read_text(text, path=Path("case.md")))
    subjects = {f.subject for f in _kind(facts, FactKind.SEX_RATIO)}
    assert subjects == {"Splenic infarction in adults", "Splenic infarction in children"}


def test_a_sign_one_patient_did_not_show_is_no_sign_fact() -> None:
    for body in (
        "The sonographic McBurney sign could not be reliably elicited.",
        "The sonographic McBurney sign was negative.",
        "The target sign was not seen.",
    ):
        facts = extract_facts(_page("Acute appendicitis", "Findings", body))
        assert not _kind(facts, FactKind.SIGN), body
    facts = extract_facts(_page("Acute appendicitis", "Ultrasound", "The target sign is typical."))
    assert [f.item for f in _kind(facts, FactKind.SIGN)] == ["target sign"]


def test_a_denied_sign_is_no_sign_of_any_owner_on_a_case_page() -> None:
    text = (
        "# Gallbladder volvulus in a 90-year-old\n\n## Presentation\n\nRight upper quadrant "
        "pain.\n\n## Findings\n\n### Ultrasound\n\nThe gallbladder is distended. Sonographic "
        "Murphy sign could not be reliably elicited.\n\n## Diagnosis\n\nGallbladder volvulus.\n"
    )
    facts = extract_facts(read_text(text, path=Path("case.md")))
    assert not _kind(facts, FactKind.SIGN)


def test_a_long_run_of_other_names_is_never_cut_mid_word() -> None:
    body = (
        "Rosai-Dorfman disease, also known as sinus histiocytosis with massive "
        "lymphadenopathy or Destombes-Rosai-Dorfman disease, is a rare histiocytosis."
    )
    facts = extract_facts(_page("Rosai-Dorfman disease", "Epidemiology", body))
    names = {f.value for f in _kind(facts, FactKind.SYNONYM)}
    assert "Destombes-Rosai-Dorfman disease" in names
    # every name ends where a word of the sentence ends
    assert all(re.search(rf"{re.escape(name)}(?![\w-])", body) for name in names)


def test_the_tumour_and_examples_in_an_appearance_subject() -> None:
    body = (
        "Other causes of bronchiectasis to consider include:\n\n"
        "- primary ciliary dyskinesia: middle lobe predominance\n"
        "- immunodeficiency, such as common variable immunodeficiency: lower lobe predominance\n"
    )
    facts = _kind(
        extract_facts(_page("Cystic fibrosis", "Differential diagnosis", body)), FactKind.APPEARANCE
    )
    assert {f.subject for f in facts} == {"primary ciliary dyskinesia", "immunodeficiency"}


def test_the_tumour_as_an_appearance_subject_is_the_page() -> None:
    # (the shape only this page's context gives: "On cine … the tumour appears as …")
    page = read_article(_DEV / "papillary-fibroelastoma" / "article.html")
    subjects = {f.subject for f in _kind(extract_facts(page), FactKind.APPEARANCE)}
    assert "the tumour" not in {s.lower() for s in subjects}
    assert "Papillary fibroelastoma" in subjects


def test_where_the_vessels_run_is_kept_in_a_doppler_finding() -> None:
    body = "Reactive nodes are oval and hypoechoic with preserved hilar vascularity."
    facts = _kind(
        extract_facts(_page("Cervical lymphadenitis", "Ultrasound", body)), FactKind.APPEARANCE
    )
    doppler = [f.value for f in facts if f.attribute == "colour Doppler"]
    assert doppler == ["preserved hilar vascularity"]
