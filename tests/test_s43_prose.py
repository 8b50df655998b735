"""Session 43: rules found on the opened sets CA/CB and on the development corpus's
sentence-level facts. Sentences are invented, on organs other than the pages that showed the
gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import first_clause
from quizgen.model import Fact, FactKind
from quizgen.readers import read_article, read_text


def _facts(
    body: str, title: str = "Sarcoidosis", heading: str = "Radiographic features"
) -> list[Fact]:
    page = f"# {title}\n\n## {heading}\n\n{body}\n"
    return list(extract_facts(read_text(page, path=Path("page.md"))))


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def test_a_labelled_distance_is_the_measure_of_the_page_not_an_owner() -> None:
    body = (
        "Markers of instability include:\n\n"
        "- lateral joint space widening: more than 3 mm on the stress view indicates ligament"
        " rupture\n"
        "- radiocapitellar overlap: less than 2 mm is abnormal\n"
        "- fracture gap: more than 5 mm predicts non-union\n"
    )
    cutoffs = _of(_facts(body, "Elbow dislocation"), FactKind.THRESHOLD)
    assert {(f.subject, f.item, f.value) for f in cutoffs} == {
        ("Elbow dislocation", "lateral joint space widening", "more than 3 mm"),
        ("Elbow dislocation", "radiocapitellar overlap", "less than 2 mm"),
        ("Elbow dislocation", "fracture gap", "more than 5 mm"),
    }


def test_an_intro_measure_is_not_what_another_measure_is_taken_of() -> None:
    body = (
        "The size is graded by the transverse width of the echo-free space:\n\n"
        "- small: <5 mm\n"
        "- large: >15 mm\n"
    )
    cutoffs = _of(_facts(body, "Pleural effusion"), FactKind.THRESHOLD)
    assert {f.item for f in cutoffs} == {"width"}


def test_an_organ_involved_in_a_share_of_patients_is_counted_as_its_involvement() -> None:
    body = (
        "The kidneys are affected in 60% of patients. The liver is involved clinically in"
        " about a third of patients. Women are affected in 70% of patients. Both eyes are"
        " involved in 20% of patients. The upper pole is involved in 40% of patients. The"
        " spleen is involved in 15% of cases."
    )
    shares = {f.value: f.item for f in _of(_facts(body, "Amyloidosis"), FactKind.PERCENTAGE)}
    assert shares["60%"] == "kidney involvement"
    assert shares["about a third"] == "liver involvement"
    # people, a count of sides and a part of an organ are no organ's involvement
    assert "involvement" not in shares.get("70%", "")
    assert "involvement" not in shares.get("20%", "")
    assert "involvement" not in shares.get("40%", "")
    # a share of cases names the site, as "Tumours arise in the spleen in 15%" does
    assert shares["15%"] == "spleen"


def test_a_role_clause_before_a_typed_clause_is_a_statement_of_its_own() -> None:
    body = (
        "Steroid therapy is the mainstay of treatment, and relapse occurs in 30% of patients."
        " Perilymphatic nodules are the radiological hallmark but are seen in only about half"
        " of cases."
    )
    facts = _facts(body)
    roles = {f.value: f.statement for f in _of(facts, FactKind.STATEMENT)}
    assert roles["Steroid therapy"] == "Steroid therapy is the mainstay of treatment."
    assert roles["Perilymphatic nodules"] == "Perilymphatic nodules are the radiological hallmark."
    # the typed facts of the same sentences stay
    assert {f.value for f in _of(facts, FactKind.PERCENTAGE)} >= {"30%", "about half"}


def test_a_described_role_or_one_that_holds_the_typed_figure_is_no_role_statement() -> None:
    body = (
        "A solitary plasmacytoma is a single lesion without marrow disease; it progresses in"
        " 50% of patients. Biopsy is the gold standard in 95% of centres, and imaging is"
        " rarely needed in 10%."
    )
    statements = _of(_facts(body, "Multiple myeloma"), FactKind.STATEMENT)
    assert not [f for f in statements if "role" in f.attribute]


def test_a_study_opening_a_later_clause_gives_its_finding() -> None:
    body = (
        "The spleen may be enlarged early, and Doppler shows reduced or absent hilar flow."
        " The nodes are normal in size; MRI demonstrates a thin rim of low signal."
    )
    looks = {
        (f.attribute, f.value) for f in _of(_facts(body, "Splenic infarction"), FactKind.APPEARANCE)
    }
    assert ("colour Doppler", "reduced or absent hilar flow") in looks
    assert ("MRI", "thin rim of low signal") in looks


def test_a_study_named_with_its_region_or_time_of_life_is_that_study() -> None:
    body = (
        "Hepatobiliary scintigraphy (HIDA) shows delayed filling of the gallbladder."
        " Fetal MRI shows absence of the septum pellucidum."
    )
    looks = {
        (f.attribute, f.value) for f in _of(_facts(body, "Biliary atresia"), FactKind.APPEARANCE)
    }
    assert ("scintigraphy", "delayed filling of the gallbladder") in looks
    assert any(value == "absence of the septum pellucidum" for _, value in looks)


def test_mechanisms_of_an_injury_are_its_causes() -> None:
    body = "Typical mechanisms are falls from a height, road traffic collisions and contact sport."
    causes = _of(_facts(body, "Lisfranc injury", "Clinical presentation"), FactKind.ASSOCIATION)
    assert {(f.group, f.item) for f in causes} == {
        ("causes", "falls from a height"),
        ("causes", "road traffic collisions"),
        ("causes", "contact sport"),
    }
    # a bare participle after the relation noun names no member
    for said in ("Two mechanisms are proposed.", "The causes are disputed."):
        assert not _of(_facts(said, "Lisfranc injury", "Pathology"), FactKind.ASSOCIATION)


def test_a_quoted_word_the_patient_feels_is_no_sign() -> None:
    body = (
        'Patients describe a sudden "snap" or burning sensation in the calf. A "clicking"'
        ' noise may be heard. Deep "collar-button" ulcers are seen on barium studies.'
    )
    signs = {
        f.item
        for f in _of(_facts(body, "Plantaris rupture", "Clinical presentation"), FactKind.SIGN)
    }
    assert "snap" not in signs
    assert "clicking" not in signs
    assert "collar-button ulcers" in signs


def test_another_spelling_in_brackets_leaves_the_next_name_to_the_title() -> None:
    body = (
        "A boxer fracture (also spelled boxer's fracture, and sometimes called the brawler's"
        " fracture) is a fracture of the fifth metacarpal neck."
    )
    synonyms = _of(_facts(body, "Boxer fracture", "Terminology"), FactKind.SYNONYM)
    assert {(f.subject, f.value) for f in synonyms} == {("Boxer fracture", "brawler's fracture")}


def test_the_first_clause_of_a_refused_compound_sentence_is_a_statement() -> None:
    body = (
        "Löfgren syndrome is the acute presentation with the best prognosis, and it is more"
        " frequent in Scandinavian women."
    )
    statements = _of(_facts(body, heading="Clinical presentation"), FactKind.STATEMENT)
    assert [f.statement for f in statements] == [
        "Löfgren syndrome is the acute presentation with the best prognosis."
    ]


def test_only_a_pronoun_or_a_semicolon_opens_a_second_clause() -> None:
    # a noun after ", and" may be a list's last member ("A, B, and C are …"): not split
    assert first_clause("Hilar nodes, skin plaques, and uveitis are more frequent in women.") == ""
    assert first_clause("Nodes enlarge early, and they calcify later.") == "Nodes enlarge early."
    assert first_clause("Nodes enlarge early; they calcify later.") == "Nodes enlarge early."


def test_an_organ_form_and_a_contrasted_group_keep_their_own_ages() -> None:
    body = (
        "Renal disease usually presents in adolescence (typically 12 to 20 years), while"
        " patients with predominantly cutaneous disease tend to be older, usually presenting"
        " in their fourth decade. Nevertheless, diagnoses have been made in infants and in"
        " patients over 80."
    )
    ages = {
        (f.subject, f.value)
        for f in _of(_facts(body, "Fabry disease", "Epidemiology"), FactKind.AGE)
    }
    assert ("Fabry disease (renal disease)", "12 to 20 years") in ages
    # the fourth decade is the cutaneous form's: given to no one rather than the renal form
    assert not [a for a in ages if a[1] == "fourth decade"]
    # the diagnoses of the disease as a whole are the title's, not the form before
    assert ("Fabry disease", "over 80") in ages


def test_a_quoted_word_after_a_verb_of_seeming_is_no_sign() -> None:
    body = 'Barium studies show the caecum drawn upwards, with its tip appearing "beaked".'
    assert not _of(_facts(body, "Caecal volvulus"), FactKind.SIGN)


def test_a_ranked_name_cut_after_an_adjective_keeps_its_alternative() -> None:
    body = (
        "When abnormal, the commonest finding is diffuse small nodular or reticular opacities."
        " The most common site is the scapula or humerus."
    )
    ranked = {f.item for f in _of(_facts(body, "Silicosis"), FactKind.RANK)}
    assert "diffuse small nodular or reticular opacities" in ranked
    assert "scapula" in ranked  # a noun before "or" is a name of its own


def test_a_kind_of_symptom_that_introduces_a_list_is_no_member() -> None:
    body = (
        "Patients typically present with insidious symptoms:\n\n- exertional dyspnoea\n- dry cough"
    )
    members = {
        f.item for f in _of(_facts(body, heading="Clinical presentation"), FactKind.ASSOCIATION)
    }
    assert members == {"exertional dyspnoea", "dry cough"}


_DEV = Path(__file__).resolve().parent.parent / "bench" / "dev-corpus"


def test_the_timing_of_a_treatment_is_no_age_of_the_disease() -> None:
    # (the shape only this page's context reads: "HSCT is … effective only when performed
    # before symptoms develop, ideally in the first month of life")
    page = read_article(_DEV / "krabbe-disease" / "article.html")
    ages = {(f.subject, f.value) for f in extract_facts(page) if f.kind is FactKind.AGE}
    assert not [a for a in ages if a[1] == "first month of life"]
    assert ("Krabbe disease", "3-6 months of age") in ages


def test_the_findings_of_a_study_are_no_thing_with_a_look() -> None:
    body = "Ultrasound findings are often non-specific in the early phase."
    looks = _of(_facts(body, "Acute tubular necrosis", "Ultrasound"), FactKind.APPEARANCE)
    assert not [f for f in looks if "findings" in f.subject.lower()]


def test_a_noun_after_a_study_verb_is_no_change_of_a_part() -> None:
    body = "CT characterises the size of any posterior malleolar fragment and guides fixation."
    looks = _of(_facts(body, "Trimalleolar fracture", "CT"), FactKind.APPEARANCE)
    assert not [f for f in looks if f.value == "fragmentation"]
    changed = _of(
        _facts("The lunate fragments and collapses.", "Kienbock disease", "Radiographs"),
        FactKind.APPEARANCE,
    )
    assert [f.value for f in changed] == ["fragmentation"]


def test_a_plain_text_subheading_on_the_line_before_its_text_nests_in_its_section() -> None:
    page = (
        "Melorheostosis\n\nRadiographic features\n\nRadiographs are usually diagnostic.\n\n"
        "Long bones\nFeatures of the long bones include:\n\nflowing cortical hyperostosis\n"
        "sclerosis along one side of the bone\n\nHands and feet\n"
        "The carpal bones show dense sclerotic islands.\n"
    )
    article = read_text(page, path=Path("page.txt"))
    paths = [s.path for s in article.sections]
    assert "Radiographic features › Long bones" in paths
    assert "Radiographic features › Hands and feet" in paths
    # a flattened list's entries after a blank line stay entries, not headings
    assert not [p for p in paths if "flowing" in p or "sclerosis" in p]


def test_two_members_that_have_been_associated_are_associations_of_the_page() -> None:
    body = "A pes planus foot shape and high body mass index have been associated."
    members = {
        f.item
        for f in _of(_facts(body, "Lisfranc injury", "Clinical presentation"), FactKind.ASSOCIATION)
    }
    assert members == {"pes planus foot shape", "high body mass index"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The carpal bones are otherwise dense.",
        "Other findings are those of portal hypertension in general.",
    ],
)
def test_a_sentence_that_points_back_to_the_one_before_is_no_statement(sentence: str) -> None:
    assert not _of(_facts(sentence, "Osteopetrosis"), FactKind.STATEMENT)


def test_otherwise_healthy_patients_are_no_back_reference() -> None:
    body = (
        "Many patients are otherwise healthy, although a history of minor trauma is often elicited."
    )
    assert _of(_facts(body, "Osteomyelitis", "Clinical presentation"), FactKind.STATEMENT)


def test_that_a_studys_findings_are_subtle_is_no_statement() -> None:
    for sentence in (
        "Early MRI findings are often subtle and nonspecific.",
        "Radiographic features are usually normal in the first week.",
    ):
        assert not _of(
            _facts(sentence, "Septic arthritis", "Radiographic features"), FactKind.STATEMENT
        )


def test_a_subgroup_named_by_where_it_lies_is_the_titles() -> None:
    body = (
        "Infratentorial tumours are more frequent in children under 3 years, and"
        " supratentorial tumours in older children."
    )
    ages = {
        (f.subject, f.value) for f in _of(_facts(body, "Ependymoma", "Epidemiology"), FactKind.AGE)
    }
    assert ("Ependymoma (infratentorial tumours)", "under 3 years") in ages
    # the second group's age, its verb left out, is not the first group's
    assert not [a for a in ages if a[1] == "older children"]


def test_a_sign_with_its_other_name_in_brackets_is_read_whole() -> None:
    body = "The reversed halo (atoll) sign is occasionally seen on CT."
    signs = {f.item for f in _of(_facts(body, "Organising pneumonia", "CT"), FactKind.SIGN)}
    assert signs == {"reversed halo (atoll) sign"}


def test_a_quoted_pattern_labelling_a_list_entry_is_a_sign() -> None:
    body = (
        "Typical findings include:\n\n"
        '- the "cobblestone" pattern: deep linear ulcers separating islands of oedematous mucosa\n'
    )
    signs = {f.item for f in _of(_facts(body, "Crohn disease", "Fluoroscopy"), FactKind.SIGN)}
    assert signs == {"cobblestone pattern"}


def test_a_sign_also_seen_in_other_conditions_is_theirs_too() -> None:
    body = (
        "The cortical rim sign is not specific, and it is also described in renal infarction and"
        " renal vein thrombosis. Chromophobe tumours show a spoke-wheel pattern of enhancement,"
        " also described in oncocytoma. The molar tooth sign is also seen in other ciliopathies,"
        " such as Meckel-Gruber syndrome."
    )
    signs = {
        (f.subject, f.item)
        for f in _of(_facts(body, "Acute tubular necrosis", "CT"), FactKind.SIGN)
    }
    assert ("renal infarction", "cortical rim sign") in signs
    assert ("renal vein thrombosis", "cortical rim sign") in signs
    assert ("oncocytoma", "spoke-wheel pattern") in signs
    # "also" says whose else: the sign stays the sentence's too, not only oncocytoma's
    assert [s for s in signs if s[1] == "spoke-wheel pattern" and s[0] != "oncocytoma"]
    # "other ciliopathies, such as …" is no list of names; nor are people or a quantity
    assert not [s for s in signs if s[1] == "molar tooth sign" and "ciliopath" in s[0]]
    others = (
        "The halo sign is also seen in children and adults. The crescent sign is also seen in"
        " some lymphomas."
    )
    signs = {(f.subject, f.item) for f in _of(_facts(others, "Aspergillosis", "CT"), FactKind.SIGN)}
    assert not [s for s in signs if s[0] in {"children", "adults", "some lymphomas"}]


def test_a_bounded_figure_is_a_share_of_the_quantity_named_before_it() -> None:
    body = (
        "Cardiac resynchronisation is considered when LVEF remains at or below 35% despite"
        " therapy. A split renal function below 40% is an indication for pyeloplasty."
        " Calcification is present in less than 5% of cases."
    )
    shares = {
        f.value: f.item
        for f in _of(_facts(body, "Heart failure", "Treatment"), FactKind.PERCENTAGE)
    }
    assert shares["below 35%"] == "LVEF"
    assert shares["below 40%"] == "split renal function"
    # a share of cases keeps what it counts
    assert shares["less than 5%"] == "Calcification"
    more = (
        "Malignant transformation of a solitary osteochondroma is rare (<1%). Expansion is"
        " marked, commonly above 40%. Transplant is offered once the FEV1 falls below 30%."
    )
    shares = {
        f.value: f.item
        for f in _of(_facts(more, "Osteochondroma", "Prognosis"), FactKind.PERCENTAGE)
    }
    # a bound in brackets behind a word is that word's share; an adverb names no quantity
    assert shares.get("<1%") != "solitary osteochondroma"
    assert shares.get("above 40%") != "commonly"
    assert shares["below 30%"] == "FEV1"


@pytest.mark.parametrize(
    "sentence",
    [
        "Skull radiographs are now of historical interest.",
        "Pleural effusions are classified into three types.",
    ],
)
def test_a_judgement_or_a_count_of_types_alone_is_no_statement(sentence: str) -> None:
    assert not _of(_facts(sentence, "Tuberculosis"), FactKind.STATEMENT)


def test_a_role_noun_is_no_blank() -> None:
    body = "Repetitive microtrauma during sport is thought to be the cause."
    statements = _of(_facts(body, "Osteitis pubis", "Pathology"), FactKind.STATEMENT)
    assert not [f for f in statements if f.value == "cause"]


def test_coordinated_levels_each_name_their_own_sequence() -> None:
    body = "The lesion shows low T1 and high T2 signal."
    looks = {
        (f.attribute, f.value)
        for f in _of(_facts(body, "Chondroblastoma", "MRI"), FactKind.APPEARANCE)
    }
    assert ("MRI T1", "hypointense") in looks
    assert ("MRI T2", "hyperintense") in looks


def test_a_look_word_in_the_place_of_a_signal_is_no_finding() -> None:
    body = "MRI shows low T2 signal in the sclerotic bone."
    looks = {
        f.value for f in _of(_facts(body, "Osteitis condensans ilii", "MRI"), FactKind.APPEARANCE)
    }
    assert "sclerotic" not in looks
    assert "hypointense" in looks


def test_in_contrast_to_keeps_its_other_arm_on_a_card() -> None:
    body = (
        "In contrast to the thin smooth line of benign pneumatosis, the gas in this condition"
        " tends to be irregular and bubbly."
    )
    statements = _of(_facts(body, "Emphysematous cystitis", "Radiograph"), FactKind.STATEMENT)
    assert statements
    assert all(f.statement.startswith("In contrast to the thin") for f in statements)


def test_a_plain_adjective_before_a_comma_ends_no_listed_finding() -> None:
    body = (
        "The main differentials are:\n\n"
        "- bowel ischaemia: gas in a thin, non-enhancing wall, often with vascular occlusion\n"
    )
    looks = {
        f.value
        for f in _of(
            _facts(body, "Pneumatosis intestinalis", "Differential diagnosis"), FactKind.APPEARANCE
        )
    }
    assert "gas in a thin" not in looks
    assert "non-enhancing wall" in looks
