"""Issue 11, session 27: association shapes read from the misses and wrong facts of sets U
and V and the dev corpus. Every sentence is invented, about organs the corpora's sentences
were not about."""

from __future__ import annotations

from prose_helpers import clinical_facts

from quizgen.extractors.clauses import split_noun_phrases
from quizgen.extractors.member_shapes import entry_members


def _relations(
    title: str, *paragraphs: str, heading: str = "Clinical presentation"
) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in clinical_facts(title, *paragraphs, heading=heading)
        if f.kind.value == "association"
    }


# --- the opening phrase: an adverb between commas, "differs" ----------------------------


def test_an_adverb_between_commas_leaves_the_opening_phrase_the_subject() -> None:
    found = _relations(
        "Hydrocele",
        "Secondary hydroceles, by contrast, may follow trauma, epididymitis or surgery.",
        heading="Pathology",
    )
    assert {i for s, g, i in found if s == "Secondary hydrocele" and g == "causes"} == {
        "trauma",
        "epididymitis",
        "surgery",
    }
    assert not {i for s, _, i in found if s == "Hydrocele"}


def test_a_relative_clause_between_commas_is_no_interposed_adverb() -> None:
    found = _relations(
        "Hydrocele",
        "Secondary hydroceles, which are less common, may follow trauma or surgery.",
        heading="Pathology",
    )
    assert not {s for s, _, _ in found if s == "Secondary hydrocele"}


def test_an_adverb_between_commas_leaves_a_presentations_subject() -> None:
    found = _relations(
        "Colonic polyp",
        "Juvenile polyps, however, usually present with painless rectal bleeding.",
    )
    assert ("Juvenile polyps", "presenting features", "painless rectal bleeding") in found
    assert not {i for s, _, i in found if s == "Colonic polyp"}


def test_the_subject_of_differs_is_the_one_that_presents() -> None:
    found = _relations(
        "Sarcoidosis",
        "Childhood sarcoidosis differs clinically, presenting with rash, uveitis and "
        "arthritis, before lung disease appears.",
    )
    assert {i for s, _, i in found if s == "Childhood sarcoidosis"} == {
        "rash",
        "uveitis",
        "arthritis",
    }
    assert not {i for s, _, i in found if s == "Sarcoidosis"}


# --- lists: a clause of time, "together with", "in some" ---------------------------------


def test_a_clause_of_time_after_a_comma_ends_the_list() -> None:
    assert split_noun_phrases("jaundice and pruritus, before ascites develops") == [
        "jaundice",
        "pruritus",
    ]
    # no comma: "before" may belong to the name
    assert split_noun_phrases("jaundice and pain before meals") == ["jaundice", "pain before meals"]


def test_together_with_goes_on_the_list_and_a_share_between_commas_is_no_member() -> None:
    assert split_noun_phrases(
        "dull loin pain, which is the commonest complaint, together with haematuria, fever "
        "and, in some, a palpable mass"
    ) == ["dull loin pain", "haematuria", "fever", "palpable mass"]


def test_according_to_ends_the_classes() -> None:
    found = _relations(
        "Duplex kidney",
        "The anomaly is divided into partial and complete forms according to whether the "
        "ureters join.",
        heading="Classification",
    )
    assert {(s, i) for s, g, i in found if g == "types"} == {
        ("Duplex kidney", "partial"),
        ("Duplex kidney", "complete"),
    }


# --- leads the extractor did not read ------------------------------------------------------


def test_seen_with_names_associated_conditions() -> None:
    found = _relations(
        "Cystic hygroma",
        "Most hygromas are sporadic, but they are also seen with Turner syndrome, Noonan "
        "syndrome and trisomy 18.",
        heading="Associations",
    )
    assert {i for s, g, i in found if s == "Cystic hygroma" and g == "associations"} >= {
        "Turner syndrome",
        "Noonan syndrome",
        "trisomy 18",
    }


def test_seen_with_a_frequency_or_a_technique_names_nothing() -> None:
    found = _relations(
        "Cystic hygroma",
        "It is seen with increasing frequency in older mothers.",
        "It is seen with ultrasound as early as eleven weeks.",
        heading="Associations",
    )
    assert not {i for _, g, i in found if g == "associations"}


def test_symptoms_when_present_are_the_topics_presentation() -> None:
    found = _relations(
        "Renal oncocytoma",
        "When symptoms occur they include dull loin pain, which is the commonest complaint, "
        "together with haematuria, fever and, in some, a palpable mass.",
    )
    assert {i for s, g, i in found if s == "Renal oncocytoma" and g == "presenting features"} == {
        "dull loin pain",
        "haematuria",
        "fever",
        "palpable mass",
    }


def test_symptoms_when_present_that_are_judged_name_nothing() -> None:
    assert not _relations("Renal oncocytoma", "When symptoms occur they are mild.")


def test_associated_anomalies_found_in_a_share_name_the_topics_associations() -> None:
    found = _relations(
        "Oesophageal atresia",
        "Associated malformations are found in up to 40% of cases, most notably trisomy 18, "
        "vertebral defects, anal atresia and renal agenesis.",
        heading="Associations",
    )
    assert {i for s, g, i in found if s == "Oesophageal atresia" and g == "associations"} == {
        "trisomy 18",
        "vertebral defects",
        "anal atresia",
        "renal agenesis",
    }
    assert not {s for s, _, _ in found if s.startswith("Associated")}


def test_a_passive_after_symptoms_are_names_no_presentation() -> None:
    found = _relations(
        "Acute pericarditis",
        "Symptoms are relieved by sitting forward.",
        "The main symptoms are pleuritic chest pain and fever.",
    )
    assert {i for _, g, i in found if g == "presenting features"} == {
        "pleuritic chest pain",
        "fever",
    }


def test_a_passive_before_a_colon_still_lists_its_members() -> None:
    found = _relations(
        "Acute pericarditis",
        "Cardiac abnormalities are found in about a third: a friction rub, tachycardia and "
        "pulsus paradoxus.",
    )
    assert {"friction rub", "tachycardia", "pulsus paradoxus"} <= {i for _, _, i in found}


# --- wrong facts: who the risk is of ----------------------------------------------------


def test_a_stage_of_the_subject_raising_a_risk_is_no_risk_factor() -> None:
    found = _relations(
        "Ulcerative colitis",
        "Long-standing ulcerative colitis is associated with an increased risk of "
        "colorectal carcinoma.",
        heading="Complications",
    )
    assert ("colorectal carcinoma", "risk factors", "Long-standing ulcerative colitis") not in found
    assert any(g == "complications" and i == "colorectal carcinoma" for _, g, i in found)


def test_another_condition_raising_a_risk_is_still_a_risk_factor() -> None:
    found = _relations(
        "Ulcerative colitis",
        "Primary sclerosing cholangitis is associated with an increased risk of "
        "cholangiocarcinoma.",
        heading="Complications",
    )
    assert ("cholangiocarcinoma", "risk factors", "Primary sclerosing cholangitis") in found


def test_a_higher_risk_of_recurrence_is_a_prognostic_factor_of_the_topic() -> None:
    found = _relations(
        "Papillary thyroid carcinoma",
        "The TERT promoter mutation is associated with a higher risk of recurrence.",
        heading="Prognosis",
    )
    assert (
        "Papillary thyroid carcinoma",
        "adverse prognostic factors",
        "TERT promoter mutation",
    ) in found
    assert not {s for s, _, _ in found if s == "recurrence"}


def test_a_lower_risk_of_recurrence_makes_no_fact_about_recurrence() -> None:
    found = _relations(
        "Papillary thyroid carcinoma",
        "Complete resection is associated with a lower risk of recurrence.",
        heading="Prognosis",
    )
    assert not {s for s, _, _ in found if s == "recurrence"}


def test_other_after_and_names_the_group_of_a_list_entry() -> None:
    assert entry_members("hip replacement and other joint replacement") == ["hip replacement"]
    assert entry_members("MLH1 mutation and MSH2 mutation") == ["MLH1 mutation", "MSH2 mutation"]


def test_a_setting_between_commas_after_and_is_no_member() -> None:
    assert split_noun_phrases(
        "hoarseness, stridor and, with mediastinal extension, dysphagia and chest pain"
    ) == ["hoarseness", "stridor", "dysphagia", "chest pain"]
    # a member after "and," stays one
    assert split_noun_phrases("hoarseness, stridor and, finally, dysphagia") == [
        "hoarseness",
        "stridor",
        "dysphagia",
    ]


def test_a_named_syndrome_the_sentence_opens_on_owns_its_genes() -> None:
    # ("complex" is no head noun of a condition to the clause reader: the syndrome reader is
    # what names it the genes' owner)
    found = _relations(
        "Cardiac rhabdomyoma",
        "Tuberous sclerosis complex is an autosomal dominant disorder caused by mutation of "
        "the TSC2 gene on chromosome 16p.",
        heading="Pathology",
    )
    genes = {(s, i) for s, g, i in found if g == "genetic features"}
    assert ("Tuberous sclerosis complex", "TSC2 mutation") in genes
    assert not {i for s, i in genes if s == "Cardiac rhabdomyoma"}


def test_the_pages_own_lesion_keeps_its_genes() -> None:
    found = _relations(
        "Cardiac rhabdomyoma",
        "Sporadic tumours also carry TSC2 mutations.",
        heading="Pathology",
    )
    assert any(g == "genetic features" and "complex" not in s for s, g, _ in found)


def _list_relations(title: str, heading: str, intro: str, *entries: str) -> set[tuple[str, str]]:
    return {
        (f.group, f.item)
        for f in clinical_facts(title, intro, heading=heading, items=entries)
        if f.kind.value == "association"
    }


def test_a_list_entry_of_a_plural_category_with_examples_names_the_examples() -> None:
    found = _list_relations(
        "Cerebral venous thrombosis",
        "Risk factors",
        "Recognised risk factors include:",
        "hormonal drugs, such as oral contraceptives and tamoxifen",
        "drugs that raise oestrogen production, including danazol",
        "systemic causes of hypercoagulability, such as nephrotic syndrome, polycythaemia "
        "and antiphospholipid syndrome",
    )
    assert {i for g, i in found if g == "risk factors"} == {
        "hormonal drugs",
        "oral contraceptives",
        "drugs that raise oestrogen production",
        "danazol",
        "tamoxifen",
        "nephrotic syndrome",
        "polycythaemia",
        "antiphospholipid syndrome",
    }


def test_a_singular_entry_with_including_keeps_its_own_name() -> None:
    found = _list_relations(
        "Cerebral venous thrombosis",
        "Risk factors",
        "Recognised risk factors include:",
        "smoking, including passive exposure",
        "Staphylococcus aureus, including MRSA",
        "connective tissue disease, including Marfan syndrome and Ehlers-Danlos syndrome",
    )
    # (two examples or more are members, as a plural category's are)
    assert {i for _, i in found} == {
        "smoking",
        "Staphylococcus aureus",
        "connective tissue disease",
        "Marfan syndrome",
        "Ehlers-Danlos syndrome",
    }


def test_the_condition_usually_follows_names_its_causes() -> None:
    found = _relations(
        "Ludwig angina",
        "In adults the condition is uncommon and usually follows a molar tooth infection, a "
        "floor-of-mouth laceration or tongue piercing.",
        heading="Pathology",
    )
    assert {i for s, g, i in found if s == "Ludwig angina" and g == "causes"} == {
        "molar tooth infection",
        "floor-of-mouth laceration",
        "tongue piercing",
    }


def test_following_a_course_or_a_path_names_no_cause() -> None:
    found = _relations(
        "Ludwig angina",
        "It usually follows a rapid course.",
        "It often follows the fascial planes of the neck.",
        heading="Pathology",
    )
    assert not {i for _, g, i in found if g == "causes"}


def test_a_sentence_ending_on_is_associated_names_an_association_of_the_topic() -> None:
    found = _relations(
        "Thyroid lymphoma",
        "Female sex is the main risk factor. Prior neck irradiation is also associated.",
        heading="Pathology",
    )
    assert ("Thyroid lymphoma", "associations", "Prior neck irradiation") in found


def test_is_associated_after_another_condition_names_no_association() -> None:
    found = _relations(
        "Thyroid lymphoma",
        # (session 26: "Hashimoto thyroiditis is the main risk factor" names a risk factor
        # of the page, and leaves the page the topic; a sentence about the other condition
        # makes it the topic)
        "Hashimoto thyroiditis is common in older women. Prior neck irradiation is also "
        "associated.",
        heading="Pathology",
    )
    assert "Prior neck irradiation" not in {i for _, _, i in found}


def test_not_associated_names_no_association() -> None:
    found = _relations(
        "Thyroid lymphoma", "Prior neck irradiation is not associated.", heading="Pathology"
    )
    assert not found


def test_linked_to_and_in_association_with_name_associations() -> None:
    found = _relations(
        "Gallbladder carcinoma",
        "It has been linked to gallstones, porcelain gallbladder and chronic typhoid carriage.",
        "It is also seen in association with anomalous pancreaticobiliary junction.",
        heading="Pathology",
    )
    assert {i for s, g, i in found if s == "Gallbladder carcinoma" and g == "associations"} == {
        "gallstones",
        "porcelain gallbladder",
        "chronic typhoid carriage",
        "anomalous pancreaticobiliary junction",
    }


def test_not_linked_to_names_no_association() -> None:
    found = _relations(
        "Gallbladder carcinoma", "It has not been linked to smoking.", heading="Pathology"
    )
    assert not found


def test_a_hedged_include_is_no_part_of_the_members() -> None:
    found = _relations(
        "Gallbladder carcinoma",
        "Recognised risk factors are thought to include gallstones and obesity.",
        heading="Pathology",
    )
    assert {i for _, _, i in found} == {"gallstones", "obesity"}


def test_a_degree_is_no_part_of_the_member() -> None:
    found = _relations(
        "Gallbladder carcinoma",
        "It is strongly associated with gallstones, and to a lesser degree with obesity.",
        heading="Pathology",
    )
    assert {i for _, _, i in found} == {"gallstones", "obesity"}


def test_a_hedge_without_include_names_no_member() -> None:
    found = _relations(
        "Gallbladder carcinoma",
        "Recognised risk factors are thought to differ between regions.",
        heading="Pathology",
    )
    assert not found


def test_patients_with_conditions_at_increased_risk_name_risk_factors() -> None:
    found = _relations(
        "Cerebral venous thrombosis",
        "Patients with thrombophilia, dehydration or a recent ear infection are at increased risk.",
        "Risk is increased by oral contraceptives and pregnancy.",
        heading="Pathology",
    )
    assert {
        i for s, g, i in found if s == "Cerebral venous thrombosis" and g == "risk factors"
    } == {
        "thrombophilia",
        "dehydration",
        "recent ear infection",
        "oral contraceptives",
        "pregnancy",
    }


def test_patients_at_risk_of_death_have_a_prognostic_factor() -> None:
    found = _relations(
        "Cerebral venous thrombosis",
        "Patients with coma at presentation are at higher risk of death.",
        heading="Prognosis",
    )
    assert found == {
        ("Cerebral venous thrombosis", "adverse prognostic factors", "coma at presentation")
    }


def test_what_the_condition_complicates_brings_it_on() -> None:
    found = _relations(
        "Fat embolism syndrome",
        "It is a recognised complication of long bone fractures and intramedullary nailing.",
        heading="Pathology",
    )
    assert {i for s, g, i in found if s == "Fat embolism syndrome" and g == "causes"} == {
        "long bone fractures",
        "intramedullary nailing",
    }


def test_another_conditions_complication_brings_on_nothing_of_the_page() -> None:
    found = _relations(
        "Fat embolism syndrome",
        "Petechial rash is a complication of thrombocytopenia.",
        "It is not a complication of pelvic fractures.",
        heading="Pathology",
    )
    assert not {i for _, g, i in found if g == "causes"}


def test_patients_with_the_condition_itself_at_risk_have_a_complication() -> None:
    found = _relations(
        "Primary sclerosing cholangitis",
        "Patients with long-standing disease, particularly with dominant strictures, are at "
        "increased risk of cholangiocarcinoma and require surveillance.",
        heading="Complications",
    )
    assert found == {("Primary sclerosing cholangitis", "complications", "cholangiocarcinoma")}


def test_examples_of_a_route_or_a_setting_are_no_members() -> None:
    found = _list_relations(
        "Splenic abscess",
        "Pathology",
        "Causes include:",
        "direct extension from an adjacent infection, such as a pancreatic abscess or a "
        "perforated colon",
        "post-procedural, including after embolisation or biopsy",
    )
    assert {i for _, i in found} == {
        "direct extension from an adjacent infection",
        "post-procedural",
    }
