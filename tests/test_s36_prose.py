"""Session 36: prose rules from the blind sets BM and BN once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _page(title: str, heading: str, body: str):  # type: ignore[no-untyped-def]
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _thresholds(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.item, f.value) for f in facts if f.kind is FactKind.THRESHOLD}


def test_a_velocity_range_is_no_size_in_centimetres() -> None:
    body = (
        "Duplex shows a high peak systolic velocity, typically 150-300 cm/s, across the "
        "stenosis. The lesions typically measure 2-4 cm."
    )
    found = _thresholds(extract_facts(_page("Renal artery stenosis", "Ultrasound", body)))
    assert not {v for _, v in found if v.startswith("150-300 cm") and "/s" not in v}
    # a size in centimetres still reads as one
    assert ("size", "2-4 cm") in found


def _classes(facts: list[Fact]) -> dict[str, str]:
    return {f.item: f.value for f in facts if f.group == "types"}


def test_subtypes_named_in_a_scheme_are_listed_without_the_shared_head() -> None:
    body = (
        "Subtypes in the current WHO classification are papillary, chromophobe and "
        "clear cell renal cell carcinoma."
    )
    found = _classes(extract_facts(_page("Renal cell carcinoma", "Pathology", body)))
    assert set(found) == {"papillary", "clear cell", "chromophobe"}


def test_a_shared_class_noun_is_taken_off_the_last_member_only_when_the_others_are_bare() -> None:
    page = _page(
        "Pleomorphic adenoma",
        "Pathology",
        "Recognised variants include myxoid, cellular and classic forms.",
    )
    assert {"myxoid", "cellular", "classic"} <= set(_classes(extract_facts(page)))
    # a member of several words keeps its head: no shared head to take off
    page = _page(
        "Pleomorphic adenoma",
        "Pathology",
        "Recognised variants include myxoid stroma type, cellular and classic forms.",
    )
    assert "classic forms" in _classes(extract_facts(page))


def test_two_forms_each_with_its_article_are_classes() -> None:
    body = "A juvenile form and an adult form are recognised."
    found = _classes(extract_facts(_page("Granulosa cell tumour", "Pathology", body)))
    assert {"juvenile form", "adult form"} <= set(found)
    # said to be common, not recognised: no classes
    body = "A small type and a large type are common."
    assert not _classes(extract_facts(_page("Granulosa cell tumour", "Pathology", body)))


def test_a_labelled_run_in_brackets_with_being_then_gapped_classes() -> None:
    body = (
        "An older scheme is still quoted (grade 1 being a tear of the anterior fibres, "
        "grade 2 a tear of half the fibres, and grade 3 complete rupture), which many "
        "surgeons prefer."
    )
    found = _classes(extract_facts(_page("Medial collateral ligament injury", "Grading", body)))
    assert found.get("grade 1") == "a tear of the anterior fibres"
    assert found.get("grade 2") == "a tear of half the fibres"
    assert found.get("grade 3") == "complete rupture"
    # a lone label in brackets still names what comes before it
    body = "Pain is caused by a torn fibre (grade 1a) or by avulsion (grade 2)."
    assert not _classes(extract_facts(_page("Medial collateral ligament injury", "Grading", body)))


def _shares(facts: list[Fact]) -> dict[str, str]:
    return {f.value: f.item for f in facts if f.kind is FactKind.PERCENTAGE}


def test_a_plural_of_the_titles_initials_is_the_title() -> None:
    body = (
        "Hepatic artery aneurysms (HAAs) are the second commonest visceral aneurysms. "
        "Most HAAs are extrahepatic and fusiform. They are multiple in ~20% of patients. "
        "HAAs are saccular in about 30% of cases."
    )
    found = _shares(extract_facts(_page("Hepatic artery aneurysm", "Pathology", body)))
    assert found.get("~20%") == "multiple"
    assert found.get("about 30%") == "saccular"
    # initials of another thing are no pronoun's referent
    body = (
        "Hepatic artery aneurysms are rare. Most PSAs are iatrogenic. They are multiple in "
        "~20% of patients."
    )
    found = _shares(extract_facts(_page("Hepatic artery aneurysm", "Pathology", body)))
    assert found.get("~20%") != "multiple"


def test_a_bracketed_participle_share_counts_the_phrase_before_the_bracket() -> None:
    body = (
        "The usual picture is diffuse mural thickening, which tends to be circumferential, "
        "often with relative sparing of the gastric antrum (seen in about 40% of cases)."
    )
    found = _shares(extract_facts(_page("Gastric lymphoma", "CT", body)))
    assert found.get("about 40%") == "relative sparing of the gastric antrum"
    # a rank before the bracket names which one the figure is of, and is no item itself
    body = "The tibia is the single most commonly affected bone (~30%), followed by the femur."
    found = _shares(extract_facts(_page("Adamantinoma", "Epidemiology", body)))
    assert found.get("~30%") == "tibia"


def test_a_bracket_restating_a_property_counts_that_property() -> None:
    body = "Disease is often bilateral or asymmetric (bilateral in about a third of cases)."
    found = _shares(extract_facts(_page("Chronic sialadenitis", "Clinical presentation", body)))
    assert found.get("about a third") == "bilateral"
    # a participle in the bracket is no property: the subject is counted
    body = "Duct ectasia is uncommon (reported in about a third of cases)."
    found = _shares(extract_facts(_page("Chronic sialadenitis", "Clinical presentation", body)))
    assert found.get("about a third") == "Duct ectasia"


def test_a_glossed_subject_of_a_second_predicate_is_counted() -> None:
    body = (
        "Gritty (sandy) saliva is a clue to sialolithiasis and is described in roughly "
        "half of patients."
    )
    found = _shares(extract_facts(_page("Chronic sialadenitis", "Clinical presentation", body)))
    assert found.get("roughly half") == "Gritty (sandy) saliva"


def _presenting(facts: list[Fact]) -> set[str]:
    return {f.item for f in facts if f.group == "presenting features"}


def test_features_listed_after_a_colon_that_follows_their_kind() -> None:
    body = (
        "Patients tend to present earlier with urinary symptoms than those with upper tract "
        "tumours: haematuria, frequency, dysuria and recurrent or persistent infection "
        "distal to an obstructing stone."
    )
    found = _presenting(extract_facts(_page("Bladder carcinoma", "Clinical presentation", body)))
    assert {"haematuria", "frequency", "dysuria", "recurrent infection"} <= found
    assert "urinary symptoms" not in found
    assert "recurrent" not in found
    # a colon after something that is no kind of feature keeps the member before it
    body = "Patients present with pain: the knee is usually affected."
    found = _presenting(extract_facts(_page("Bladder carcinoma", "Clinical presentation", body)))
    assert "the knee is usually affected" not in found
    # symptoms of a named condition: the condition is the member
    body = "Most patients present with symptoms of renal failure: nausea, itch and fatigue."
    found = _presenting(extract_facts(_page("Bladder carcinoma", "Clinical presentation", body)))
    assert "symptoms of renal failure" in found


def test_those_who_present_complain_of_the_presenting_features() -> None:
    body = (
        "Those who present clinically (often the index case of a family, which accounts for "
        "about a third of cases) complain of haematuria, flank pain or anaemia, and a "
        "considerable number already have metastases at presentation."
    )
    found = _presenting(extract_facts(_page("Renal cell carcinoma", "Clinical presentation", body)))
    assert found == {"haematuria", "flank pain", "anaemia"}
    # those who were treated are no presentation
    body = "Those who were treated complain of flank pain."
    found = _presenting(extract_facts(_page("Renal cell carcinoma", "Clinical presentation", body)))
    assert not found


def test_a_comparison_whose_ranked_thing_is_unnamed_counts_the_line_label() -> None:
    body = (
        "Two forms are recognised:\n\n"
        "- calcific form: ductal stones and atrophy; by far the more frequent subtype "
        "(about 80% of cases)\n"
        "- obstructive form: upstream dilatation behind a stricture\n"
    )
    found = _shares(extract_facts(_page("Chronic pancreatitis", "Pathology", body)))
    assert found.get("about 80%") == "calcific form"


def _members(facts: list[Fact], group: str) -> set[str]:
    return {f.item for f in facts if f.group == group}


def test_two_modifiers_of_one_noun_make_one_member() -> None:
    body = (
        "The condition results from absence or laxity of the phrenicocolic and splenorenal "
        "ligaments."
    )
    found = _members(extract_facts(_page("Splenoptosis", "Pathology", body)), "causes")
    assert found == {"absence or laxity of the phrenicocolic and splenorenal ligaments"}
    body = "Complications include thrombosis of the mesenteric and portal veins, and ascites."
    found = _members(extract_facts(_page("Splenoptosis", "Pathology", body)), "complications")
    assert found == {"thrombosis of the mesenteric and portal veins", "ascites"}
    # nouns listed with "and" stay separate members
    body = "Causes include trauma, surgery and infection of the wound."
    found = _members(extract_facts(_page("Splenoptosis", "Pathology", body)), "causes")
    assert {"trauma", "surgery"} <= found


def test_a_relative_pronoun_is_no_part_of_a_risk_factor() -> None:
    body = "The long mesentery that results predisposes to volvulus."
    found = _members(extract_facts(_page("Malrotation", "Pathology", body)), "risk factors")
    assert found == {"long mesentery"}


def test_an_associated_condition_is_an_association() -> None:
    body = "Tuberous sclerosis is an associated condition."
    found = _members(
        extract_facts(_page("Renal angiomyolipoma", "Pathology", body)), "associations"
    )
    assert found == {"Tuberous sclerosis"}


def _signs(title: str, heading: str, body: str) -> set[str]:
    return {f.item for f in extract_facts(_page(title, heading, body)) if f.kind is FactKind.SIGN}


def test_a_signs_eponym_after_of_is_part_of_its_name() -> None:
    body = 'Left lower lobe collapse with a hilar mass produces the "S sign of Golden".'
    assert "S sign of Golden" in _signs("Bronchial carcinoid", "Radiograph", body)
    # a condition after "of" is no part of the name
    body = "The target sign of Crohn disease is seen on CT."
    assert "target sign" in _signs("Bronchial carcinoid", "Radiograph", body)


def test_a_look_named_by_a_sign_in_brackets_is_no_second_sign() -> None:
    body = (
        'A whorled appearance of the mesenteric vessels (the "whirlpool sign") indicates volvulus.'
    )
    signs = _signs("Midgut volvulus", "CT", body)
    assert signs == {"whirlpool sign"}
    # a look with no sign named after it stays a sign of its own
    body = "A whorled appearance of the mesenteric vessels is typical."
    signs = _signs("Midgut volvulus", "CT", body)
    assert "whorled appearance" in signs


def test_a_shorter_form_of_a_sign_in_brackets_after_it_is_the_same_sign() -> None:
    body = 'Left lower lobe collapse produces the "S sign of Golden" (reverse S sign).'
    signs = _signs("Bronchial carcinoid", "Radiograph", body)
    assert signs == {"S sign of Golden"}
    # another name in brackets is a name to learn
    body = "The reversed halo sign (atoll sign) suggests organising pneumonia."
    signs = _signs("Bronchial carcinoid", "CT", body)
    assert {"reversed halo sign", "atoll sign"} <= signs


def _ranks(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.item, f.value, f.group) for f in facts if f.kind is FactKind.RANK}


def test_the_next_most_common_is_second_after_a_first_rank_and_nothing_alone() -> None:
    body = (
        "The tibia is the most commonly involved bone. The fibula is the next most frequently "
        "involved bone."
    )
    found = _ranks(extract_facts(_page("Adamantinoma", "Epidemiology", body)))
    assert ("fibula", "second most frequently involved", "bone") in found
    # with no first rank before it, "next" says nothing a card could ask
    body = "The fibula is the next most frequently involved bone."
    assert not _ranks(extract_facts(_page("Adamantinoma", "Epidemiology", body)))


def test_an_ordinal_before_a_rank_after_its_noun_is_no_category() -> None:
    body = "The fibula is the second most frequently involved bone."
    found = _ranks(extract_facts(_page("Adamantinoma", "Epidemiology", body)))
    assert found == {("fibula", "second most frequently involved", "bone")}


def test_making_it_the_second_most_common_ranks_the_sentence_subject() -> None:
    body = (
        "Adenocarcinoma accounts for about 40% of all oesophageal cancers, making it the "
        "second most common histological type after squamous cell carcinoma."
    )
    found = _ranks(extract_facts(_page("Oesophageal adenocarcinoma", "Epidemiology", body)))
    assert ("Oesophageal adenocarcinoma", "second most common", "histological type") in found
    # "making" something else is no rank of the subject
    body = "Adenocarcinoma accounts for about 40% of cases, making the diagnosis difficult."
    assert not _ranks(extract_facts(_page("Oesophageal adenocarcinoma", "Epidemiology", body)))


def _looks(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.value, f.attribute) for f in facts if f.kind is FactKind.APPEARANCE}


def _imaging_page(title: str, study: str, body: str):  # type: ignore[no-untyped-def]
    text = f"# {title}\n\n## Radiographic features\n\n### {study}\n\n{body}\n"
    return read_text(text, path=Path("page.md"))


def test_a_study_named_as_a_subject_gives_the_page_its_finding() -> None:
    page = _imaging_page(
        "Pulmonary sequestration", "Plain radiograph", "Chest radiographs are usually normal."
    )
    found = _looks(extract_facts(page))
    assert "Chest radiographs" not in {subject for subject, _, _ in found}
    # one finding: the hedged one the page states, not also its bare twin
    assert found == {("Pulmonary sequestration", "usually normal", "radiograph")}


def test_a_sequence_label_is_no_part_of_a_subject() -> None:
    body = (
        "T2: low-grade lesions are heterogeneous with hyperintense cystic areas; high-grade "
        "tumours tend to have low to intermediate T2 signal, because of high cellularity."
    )
    facts = extract_facts(_imaging_page("Acinic cell carcinoma", "MRI", body))
    subjects = {f.subject for f in facts if f.kind is FactKind.APPEARANCE}
    assert "low-grade lesions" in subjects
    assert not {subject for subject in subjects if subject.startswith("T2:")}
