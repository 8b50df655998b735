"""What the lead found wrong on opened blind sets in session 24 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from prose_helpers import of_kind, page_facts

from quizgen.model import Fact, FactKind


def _thresholds(sentence: str, title: str = "Renal oncocytoma") -> list[tuple[str, str, str]]:
    facts = page_facts(f"## Radiographic features\n\n{sentence}\n", title)
    return [(f.subject, f.item, f.value) for f in of_kind(FactKind.THRESHOLD, facts)]


def _facts(body: str, title: str = "Renal oncocytoma") -> list[Fact]:
    return page_facts(body, title)


# --- attenuation in Hounsfield units ---------------------------------------------------------


def test_a_figure_in_hounsfield_units_is_the_lesion_s_attenuation() -> None:
    assert _thresholds("The tumour has an attenuation of 35-45 HU.") == [
        ("Renal oncocytoma", "attenuation", "35-45 HU")
    ]
    assert _thresholds("Its solid portion typically measures 30 to 50 HU.") == [
        ("Renal oncocytoma", "solid portion attenuation", "30 to 50 HU")
    ]
    assert _thresholds("Fat within the tumour measures less than -15 HU on CT.") == [
        ("Renal oncocytoma", "fat attenuation", "less than -15 HU")
    ]


def test_a_figure_in_a_condition_is_a_criterion_not_the_lesion_s_attenuation() -> None:
    assert _thresholds("For a nodule above 20 HU, a biopsy is usually advised.") == []
    assert _thresholds("If the mass measures over 20 HU, further imaging follows.") == []


def test_an_unenhanced_figure_says_so() -> None:
    assert _thresholds("It usually measures 25-35 HU on unenhanced images.") == [
        ("Renal oncocytoma", "unenhanced attenuation", "25-35 HU")
    ]


def test_another_tissue_s_attenuation_is_not_the_lesion_s() -> None:
    # the figure belongs to the thing the sentence opens on, or is given for comparison
    assert _thresholds("Simple renal cysts measure close to water (0-15 HU).") == []
    assert _thresholds("The normal renal cortex measures about 30 HU before contrast.") == []
    assert _thresholds("A perinephric haematoma (around 50 to 75 HU) may surround it.") == []
    assert _thresholds("It is denser than the cortex, compared with 30 HU for the cortex.") == []


def test_a_change_in_hounsfield_units_is_no_attenuation() -> None:
    assert all(
        item != "attenuation"
        for _, item, _ in _thresholds("It shows washout of more than 40 HU on delayed images.")
    )
    assert all(
        item != "attenuation"
        for _, item, _ in _thresholds("The lesion enhances by 20-30 HU in the nephrographic phase.")
    )


# --- plain sizes ---------------------------------------------------------------------------------


def test_a_plain_range_that_a_part_measures_is_that_part_s_size() -> None:
    title = "Testicular microlithiasis"
    assert _thresholds("The microliths measure 1 to 3 mm.", title) == [
        (title, "microlith size", "1 to 3 mm")
    ]
    assert _thresholds("Each calcification measures 0.5-2 mm in diameter.", title) == [
        (title, "calcification diameter", "0.5-2 mm")
    ]


def test_a_plain_range_the_lesion_measures_is_its_size() -> None:
    assert _thresholds("The tumours measure 2 to 12 cm.") == [
        ("Renal oncocytoma", "size", "2 to 12 cm")
    ]


def test_a_distance_a_single_figure_or_one_lesion_s_range_is_no_plain_size() -> None:
    assert _thresholds("The lesion measures 2-4 cm from the renal hilum.") == []
    # one lesion "measures 3-5 cm": it may be one patient's; "each" makes it general
    assert _thresholds("The mass measures 3-5 cm.") == []
    assert _thresholds("The microliths measure 3 mm.", "Testicular microlithiasis") == []


# --- differentials and synonyms ------------------------------------------------------------


def _differentials(sentence: str) -> list[str]:
    facts = page_facts(f"## Differential diagnosis\n\n{sentence}\n", "Gossypiboma")
    return [f.item for f in of_kind(FactKind.DIFFERENTIAL, facts)]


def test_a_list_closed_by_its_and_before_a_semicolon_keeps_every_member() -> None:
    assert _differentials(
        "The main differentials are a lymphocele, a seroma and a cystic neoplasm; "
        "a loculated ascites may mimic it in the pelvis."
    )[:3] == ["lymphocele", "seroma", "cystic neoplasm"]
    assert _differentials(
        "The main differentials are a lymphocele, a seroma and a cystic neoplasm; "
        "amylase is raised in the fluid of the last."
    ) == ["lymphocele", "seroma", "cystic neoplasm"]


def test_names_with_comments_of_their_own_stay_one_per_semicolon() -> None:
    assert _differentials(
        "The differential includes a seroma, the commonest collection, which is thin-walled; "
        "a lymphocele, which lies along the iliac vessels; and a urinoma."
    ) == ["seroma", "lymphocele", "urinoma"]
    assert _differentials(
        "The differential includes a seroma, which is thin-walled and anechoic; "
        "a lymphocele, which lies along the iliac vessels; and a urinoma."
    ) == ["seroma", "lymphocele", "urinoma"]


def _synonyms(sentence: str, title: str = "Gossypiboma") -> list[tuple[str, str]]:
    facts = page_facts(f"## Radiographic features\n\n{sentence}\n", title)
    return [(f.subject, f.value) for f in of_kind(FactKind.SYNONYM, facts)]


def test_the_other_name_of_a_pattern_of_something_is_the_pattern_s() -> None:
    sentence = (
        "It appears as a mass with a mottled pattern of trapped gas, sometimes called "
        'the "honeycomb" sign.'
    )
    assert _synonyms(sentence) == [("mottled pattern of trapped gas", "honeycomb sign")]
    assert _synonyms("A thin rim of calcification, also called the eggshell sign, is seen.") == [
        ("thin rim of calcification", "eggshell sign")
    ]


def test_a_piece_that_gives_another_name_is_no_finding() -> None:
    facts = page_facts(
        "## Radiograph\n\nThere is a ring of calcification, also called the eggshell sign.\n",
        "Hydatid cyst",
    )
    values = [f.value for f in of_kind(FactKind.APPEARANCE, facts)]
    assert values
    assert not any("called" in value for value in values)


def test_quotation_marks_are_no_part_of_a_name() -> None:
    assert _synonyms('Textiloma, also called the "cotton ball" mass, is rare.', "Textiloma") == [
        ("Textiloma", "cotton ball mass")
    ]


# --- a rank whose noun is left unsaid ------------------------------------------------------


def _ranks(
    sentence: str, title: str = "Pulmonary hyalinising granuloma"
) -> list[tuple[str, str, str]]:
    facts = page_facts(f"## Clinical presentation\n\n{sentence}\n", title)
    return [(f.item, f.value, f.group) for f in of_kind(FactKind.RANK, facts)]


def test_a_superlative_without_its_noun_ranks_among_the_plural_the_sentence_opened_on() -> None:
    assert _ranks(
        "When complaints arise, the most frequent is a dry cough, followed by haemoptysis."
    ) == [
        ("dry cough", "most frequent", "complaint"),
        ("haemoptysis", "second most frequent", "complaint"),
    ]
    assert _ranks("Of the complications, the commonest is bronchiectasis.") == [
        ("bronchiectasis", "most common", "complication")
    ]
    assert _ranks(
        "Skin lesions over the chest are seen in a third, and the most characteristic is "
        "a café-au-lait macule."
    ) == [("café-au-lait macule", "most characteristic", "skin lesion")]


def test_people_or_a_singular_in_s_are_no_ranked_category() -> None:
    assert _ranks("Patients are often well; the most common is a cough.") == []
    assert _ranks("Pulmonary fibrosis develops in some, and the most common is a cough.") == []


def _shares(sentence: str, title: str = "Hereditary haemochromatosis") -> list[tuple[str, str]]:
    facts = page_facts(f"## Clinical presentation\n\n{sentence}\n", title)
    return [(f.item, f.value) for f in of_kind(FactKind.PERCENTAGE, facts)]


def test_a_share_after_being_and_a_participle_counts_the_sentence_s_subject() -> None:
    assert _shares(
        "Fatigue is the commonest complaint, being reported in about 70% of patients."
    ) == [("Fatigue", "about 70%")]
    assert _shares("Arthropathy is typical, being seen in roughly 40%.") == [
        ("Arthropathy", "roughly 40%")
    ]


# --- ages and sexes ----------------------------------------------------------------------------


def _demographics(
    sentence: str, title: str = "Peritonsillar abscess"
) -> list[tuple[str, str, str]]:
    facts = page_facts(f"## Epidemiology\n\n{sentence}\n", title)
    return [
        (f.kind.value, f.item or f.attribute, f.value)
        for f in facts
        if f.kind in (FactKind.AGE, FactKind.SEX_RATIO)
    ]


def test_two_ages_of_one_group_and_a_group_that_is_affected() -> None:
    assert _demographics("It mostly affects older and middle-aged adults.") == [
        ("age", "age group", "older and middle-aged adults")
    ]
    assert _demographics("Young adults are typically affected.") == [
        ("age", "age group", "Young adults")
    ]
    assert _demographics("Adolescents are involved most often by far.") == [
        ("age", "age group", "Adolescents")
    ]


def test_women_named_by_the_age_of_their_life_are_an_age_group() -> None:
    assert _demographics("It occurs almost exclusively in women of childbearing age.") == [
        ("age", "age group", "women of childbearing age")
    ]
    assert _demographics("It typically affects perimenopausal women.") == [
        ("age", "age group", "perimenopausal women")
    ]


def test_a_sex_affected_more_often_after_with_is_a_predominance() -> None:
    assert _demographics("It is seen at any age, with women affected more often than men.") == [
        ("sex_ratio", "predominance", "female")
    ]
    # a cause that affects one sex more says nothing of the patients' sex
    assert _demographics("Young adults are typically affected by trauma.") == []


# --- a finding seen in a place ---------------------------------------------------------------


def _looks(sentence: str, title: str = "Retropharyngeal abscess") -> list[str]:
    facts = page_facts(f"## Radiographic features\n\n### CT\n\n{sentence}\n", title)
    return [f.value for f in of_kind(FactKind.APPEARANCE, facts)]


def test_a_finding_seen_in_a_place_keeps_its_place() -> None:
    assert _looks("Tiny bubbles of gas are seen in the left parapharyngeal space.") == [
        "tiny bubbles of gas in the left parapharyngeal space"
    ]
    # an "and" inside the place joins places
    assert _looks("Fluid pockets are scattered in the prevertebral and danger spaces.") == [
        "fluid pockets in the prevertebral and danger spaces"
    ]


def test_a_group_a_setting_or_a_time_after_in_the_is_no_place() -> None:
    assert _looks("Gas bubbles are seen in the elderly.") == []
    assert _looks("Gas bubbles are seen in the setting of instrumentation.") == []
    assert _looks("Gas bubbles are seen in the early phase.") == []
    assert _looks("A draining vein may be seen in the venous phase.") == []


# --- a definition by "in which" on the name a sentence opens on -------------------------------


def _definitions(sentence: str) -> list[tuple[str, str]]:
    facts = page_facts(f"## Pathology\n\n{sentence}\n", "Breast implant rupture")
    return [(f.item, f.value) for f in of_kind(FactKind.DEFINITION, facts)]


def test_the_name_a_sentence_opens_on_is_defined_by_its_in_which_clause() -> None:
    assert _definitions(
        "Capsular contracture, in which the fibrous capsule tightens around the implant, "
        "is the commonest complication."
    ) == [("Capsular contracture", "the fibrous capsule tightens around the implant")]


def test_a_quantity_or_a_determiner_opening_is_no_name() -> None:
    assert _definitions("Most ruptures, in which the shell has failed, are silent.") == []
    assert _definitions("The implant, in which the shell has failed, is removed.") == []


# --- a range is one figure: no MCQ blanks half of it ----------------------------------------


def test_a_range_written_with_to_is_not_asked_by_its_first_figure() -> None:
    import random  # noqa: PLC0415

    from quizgen.generators import generate  # noqa: PLC0415
    from quizgen.model import ArticleFacts, Provenance  # noqa: PLC0415

    facts = page_facts(
        "## Radiographic features\n\n### CT\n\nIts content usually measures 20 to 40 HU.\n",
        "Gossypiboma",
    )
    threshold = of_kind(FactKind.THRESHOLD, facts)
    assert [f.value for f in threshold] == ["20 to 40 HU"]
    entry = ArticleFacts("gossypiboma", "Gossypiboma", Provenance(), tuple(threshold))
    made = generate([entry], rng=random.Random(0))
    assert not [q for q in made.questions if "___" in q.stem]
    assert "M6" in [f.rule_id for f in made.findings]


def test_a_share_of_a_span_of_levels_counts_the_span() -> None:
    assert _shares("Roughly 75% occur between T10 and L2.", "Spinal dermal sinus") == [
        ("between T10 and L2", "Roughly 75%")
    ]


def test_a_share_associated_with_a_long_place_keeps_the_whole_complement() -> None:
    assert _shares(
        "About 70% of duplex systems are associated with the lower pole moiety of the kidney.",
        "Vesicoureteric reflux",
    ) == [("associated with the lower pole moiety of the kidney", "About 70%")]


# --- a second predicate is no member ---------------------------------------------------------


def test_a_second_predicate_of_the_list_subject_is_no_member() -> None:
    for sentence in (
        "Complications are rare and carry a poor prognosis.",
        "Complications are uncommon and require surgery.",
    ):
        facts = page_facts(f"## Treatment and prognosis\n\n{sentence}\n", "Splenic abscess")
        assert of_kind(FactKind.ASSOCIATION, facts) == [], sentence
