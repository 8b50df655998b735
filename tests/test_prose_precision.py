"""Issue 11, precision: guards that REFUSE a fact whose fields would teach something false or
name nothing. Every sentence here is invented, about organs and diseases the dev corpus does
not cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.relations import names_a_member
from quizgen.extractors.shares import shares_in
from quizgen.extractors.statements import key_terms
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _article(*paragraphs: str, title: str = "Splenic infarct", heading: str = "Imaging") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="a", title=title, sections=(Section(heading, blocks),))


def _list_article(intro: str, items: tuple[ListItem, ...], title: str) -> Article:
    blocks = (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=items))
    return Article(slug="a", title=title, sections=(Section("Classification", blocks),))


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


# --- a band of a score is no share ---------------------------------------------------------


def test_bands_of_a_score_are_no_shares() -> None:
    sentence = (
        "Pleural effusion is scored as absent (0 points), less than 25% of the hemithorax "
        "(1 point) and more than 25% (3 points)."
    )
    assert shares_in(sentence) == []


def test_a_share_beside_a_count_of_patients_is_still_a_share() -> None:
    shares = shares_in("Cavitation is seen in 30% (12 patients) of cases.")
    assert [s.percent.value for s in shares] == ["30%"]


def test_a_score_band_after_an_equals_sign_is_no_share() -> None:
    assert shares_in("An ejection fraction below 40% = 2 points in this score.") == []


# --- an association must name a member ------------------------------------------------------


def test_a_count_without_names_is_no_member() -> None:
    assert not names_a_member("several syndromes")
    assert not names_a_member("a number of genetic disorders")
    assert not names_a_member("mutation in one of three genes")


def test_a_clause_cut_at_its_pronoun_is_no_member() -> None:
    assert not names_a_member("the hereditary deletion syndrome they")


def test_a_judgement_of_frequency_is_no_member() -> None:
    assert not names_a_member("uncommon")
    assert not names_a_member("rare")


def test_names_that_open_on_a_quantifier_word_are_members() -> None:
    for name in ("multiple myeloma", "multiple sclerosis", "typical carcinoid", "common bile duct"):
        assert names_a_member(name)


def test_a_prose_list_intro_gives_no_vague_association() -> None:
    article = _article(
        "Familial splenic hamartomas are associated with several syndromes:",
        "Splenic infarcts are caused by a mutation in one of two coagulation genes.",
        "Complications are uncommon but they are well known examination material.",
        title="Splenic hamartoma",
    )
    items = [f.item for f in _of(extract_facts(article), FactKind.ASSOCIATION)]
    assert items == []


def test_a_named_association_in_prose_is_still_found() -> None:
    article = _article(
        "Splenic hamartomas are associated with tuberous sclerosis.", title="Splenic hamartoma"
    )
    items = [f.item for f in _of(extract_facts(article), FactKind.ASSOCIATION)]
    assert "tuberous sclerosis" in items


# --- a list sorted by time or setting is no list of types ------------------------------------


def test_entries_headed_by_a_time_are_no_types() -> None:
    items = (
        ListItem("within 2 weeks of the injury: a haematoma with a fluid level"),
        ListItem("after 2 weeks: an organised collection with a thick rim"),
    )
    article = _list_article(
        "The collections are classified by their age:", items, title="Splenic injury"
    )
    assert _of(extract_facts(article), FactKind.ASSOCIATION) == []


def test_entries_named_as_types_are_still_types() -> None:
    items = (
        ListItem("type A: a subcapsular haematoma"),
        ListItem("type B: a laceration reaching the hilum"),
    )
    article = _list_article(
        "Splenic injuries are classified into two types:", items, title="Splenic injury"
    )
    names = [f.item for f in _of(extract_facts(article), FactKind.ASSOCIATION)]
    assert names == ["type A", "type B"]


# --- a statement's subject is its sentence's, when the readers are sure of it ----------------


def _statements(*paragraphs: str, title: str) -> list[Fact]:
    return _of(
        extract_facts(_article(*paragraphs, title=title, heading="Treatment")), FactKind.STATEMENT
    )


def test_a_sentence_about_another_condition_has_that_subject() -> None:
    facts = _statements(
        "Portal vein thrombosis is treated with anticoagulation for at least 6 months.",
        title="Hepatic cirrhosis",
    )
    # (the key terms are the treatment class and the duration since session 28)
    assert [(f.subject, f.value) for f in facts] == [
        ("Portal vein thrombosis", "anticoagulation | 6 months")
    ]


def test_a_blank_inside_the_subject_is_refused() -> None:
    # the subject shows "thrombosis": a card blanking it would show its answer (C4)
    facts = _statements(
        "Portal vein thrombosis may extend into the mesenteric veins within 2 weeks.",
        title="Hepatic cirrhosis",
    )
    assert all("thrombosis" not in f.value for f in facts)
    assert [f.subject for f in facts] == ["Portal vein thrombosis"]


def test_a_form_of_the_title_keeps_the_title() -> None:
    facts = _statements(
        "Decompensated cirrhosis is treated with liver transplantation within 6 months.",
        title="Hepatic cirrhosis",
    )
    assert [f.subject for f in facts] == ["Hepatic cirrhosis"]


def test_an_unsure_subject_keeps_the_title() -> None:
    for sentence in (
        "Symptomatic or enlarging tumours are usually removed by laparoscopic splenectomy.",
        "Macroscopically these tumours frequently contain haemorrhage and necrosis.",
        "Pain in a splenic lesion without trauma should raise concern for osteomyelitis.",
    ):
        facts = _statements(sentence, title="Splenic hamartoma")
        assert [f.subject for f in facts] == ["Splenic hamartoma"], sentence


# --- a sign's subject must name a condition --------------------------------------------------


def _sign_subjects(*paragraphs: str, title: str = "Splenic hamartoma") -> dict[str, str]:
    facts = _of(extract_facts(_article(*paragraphs, title=title)), FactKind.SIGN)
    return {f.item: f.subject for f in facts}


def test_a_sign_after_an_adverb_and_a_demonstrative_is_the_titles() -> None:
    subjects = _sign_subjects(
        "Macroscopically these tumours are firm and well circumscribed. Microscopically the "
        "cells are arranged in cords, the so-called checkerboard pattern, within a loose stroma."
    )
    assert subjects == {"checkerboard pattern": "Splenic hamartoma"}


def test_a_sign_of_a_bare_described_mass_is_the_titles() -> None:
    subjects = _sign_subjects(
        "A lobulated soft mass may be palpable below the costal margin, and the flank may "
        "feel hollow (the hollow flank sign)."
    )
    assert subjects == {"hollow flank sign": "Splenic hamartoma"}


def test_a_sign_of_a_named_condition_keeps_that_name() -> None:
    subjects = _sign_subjects("Splenic lymphangiomas classically show the honeycomb sign.")
    assert subjects == {"honeycomb sign": "Splenic lymphangiomas"}


# --- thresholds: a measure cut from a clause is none; a paragraph's lesion owns its cut-off ---


def _thresholds(*paragraphs: str, title: str) -> list[Fact]:
    return _of(extract_facts(_article(*paragraphs, title=title)), FactKind.THRESHOLD)


def test_a_list_of_grades_is_no_cut_off() -> None:
    facts = _thresholds(
        "Grades 2 and 3 indicate true invasion of the splenic hilum, which is rare.",
        title="Splenic hamartoma",
    )
    assert [(f.item, f.value) for f in facts] == []


def test_a_measure_opening_on_a_conjunction_is_no_measure() -> None:
    facts = _thresholds(
        "Lymphomas show more uptake than hamartomas, and an SUVmax above about 6 favours "
        "lymphoma over hamartoma.",
        title="Splenic hamartoma",
    )
    assert all(not f.item.lower().startswith("and") for f in facts)


def test_a_bare_lesions_sentence_is_about_the_paragraphs_condition() -> None:
    facts = _thresholds(
        "Splenic haemangiomas are found in most patients. Lesions larger than 4 cm carry an "
        "increased risk of rupture.",
        title="Klippel-Trenaunay syndrome",
    )
    assert [(f.subject, f.value) for f in facts] == [("Splenic haemangiomas", "larger than 4 cm")]


def test_a_bare_lesions_sentence_under_the_title_keeps_the_title() -> None:
    facts = _thresholds(
        "Lesions larger than 4 cm carry an increased risk of rupture.",
        title="Splenic haemangioma",
    )
    assert [(f.subject, f.value) for f in facts] == [("Splenic haemangioma", "larger than 4 cm")]


# --- appearance: "a typical X" is X; a concession's findings are none -----------------------


def _appearances(*paragraphs: str, title: str = "Splenic hamartoma") -> list[Fact]:
    return _of(extract_facts(_article(*paragraphs, title=title)), FactKind.APPEARANCE)


def test_a_typical_one_is_the_article_lesion() -> None:
    facts = _appearances("On ultrasound, a typical hamartoma is a well-defined, hypoechoic mass.")
    assert {f.subject for f in facts} == {"Splenic hamartoma"}
    assert "hypoechoic" in {f.value for f in facts}


def test_a_finding_after_though_is_no_finding_of_the_lesion() -> None:
    facts = _appearances(
        "A typical splenic hamartoma is a hypoechoic mass on ultrasound, though echogenicity "
        "varies with the amount of calcification."
    )
    assert "hypoechoic" in {f.value for f in facts}
    assert all("calcification" not in f.value for f in facts)


def test_the_classic_appearance_still_sums_up_the_lesion() -> None:
    facts = _appearances("The classic appearance is an oval, hypoechoic mass on ultrasound.")
    assert {f.subject for f in facts} == {"Splenic hamartoma"}


# --- C3: the first member of an enumeration is one of the set too ---------------------------


def test_the_first_member_of_an_enumeration_is_no_blank() -> None:
    sentence = (
        "Untreated, splenic vein occlusion leads to oedema, gastric varices, "
        "hypersplenism and eventually bleeding."
    )
    texts = [t.text for t in key_terms(sentence)]
    assert "oedema" not in texts


def test_a_term_before_a_comma_that_ends_no_enumeration_stays() -> None:
    sentence = "Splenic vein occlusion causes oedema, and it may cause pain."
    assert "oedema" in [t.text for t in key_terms(sentence)]


# --- a participle is no differential; a pronoun is no counted item ---------------------------


def test_a_participle_beside_a_mimic_is_no_differential() -> None:
    article = _article(
        "On ultrasound, a small splenic hamartoma may be mistaken for a splenic cyst and missed."
    )
    items = {f.item for f in _of(extract_facts(article), FactKind.DIFFERENTIAL)}
    assert "missed" not in items
    assert "splenic cyst" in items


def test_a_share_counted_by_an_unresolved_pronoun_is_refused() -> None:
    article = _article(
        'The "rim sign" refers to a thin, bright line around the cyst, thought to represent '
        "compressed capsule. It has a specificity of 90% for abscess over infarct, but a "
        "sensitivity of only 40%.",
        heading="Diagnosis",
    )
    items = [f.item for f in _of(extract_facts(article), FactKind.PERCENTAGE)]
    assert "It" not in items


# --- "the most common X in children" is a rank within children, not the age group -----------


def _age_groups(sentence: str) -> list[str]:
    facts = _of(extract_facts(_article(sentence, heading="Epidemiology")), FactKind.AGE)
    return [f.value for f in facts if f.item == "age group"]


def test_a_rank_among_a_populations_tumours_is_no_age_group() -> None:
    assert _age_groups("It is also the most common splenic tumour in children.") == []
    assert _age_groups("Splenic hamartoma is the commonest benign splenic lesion in adults.") == []


def test_most_common_in_a_population_is_its_age_group() -> None:
    assert _age_groups("Splenic hamartoma is most common in children.") == ["children"]
    assert _age_groups("Splenic hamartoma typically affects young adults.") == ["young adults"]


def test_where_or_how_often_it_is_seen_is_no_appearance() -> None:
    for sentence in (
        "Splenic infarcts are seen in 30% of patients with endocarditis.",
        "Splenic infarcts are seen after splenic artery embolisation.",
    ):
        facts = _appearances("On CT, the spleen is enlarged.", sentence, title="Splenic infarct")
        assert all(not f.value.startswith(("in ", "after ")) for f in facts), sentence


def test_how_it_is_seen_is_still_an_appearance() -> None:
    facts = _appearances(
        "On CT, the spleen is enlarged. Splenic infarcts are seen as wedge-shaped low areas.",
        title="Splenic infarct",
    )
    assert "wedge-shaped low areas" in {f.value for f in facts}


# --- a differential entry's comment is no part of its name; a measure holds no verb ----------


def test_a_differential_entry_with_a_which_comment_keeps_the_name_only() -> None:
    items = (
        ListItem("splenic lymphoma"),
        ListItem("splenic angiosarcoma, which may also cause rupture"),
    )
    article = Article(
        slug="a",
        title="Splenic hamartoma",
        sections=(Section("Differential diagnosis", (Block(BlockKind.LIST, items=items),)),),
    )
    facts = _of(extract_facts(article), FactKind.DIFFERENTIAL)
    assert {(f.item, f.value) for f in facts} == {
        ("splenic lymphoma", ""),
        ("splenic angiosarcoma", "may also cause rupture"),
    }


def test_a_measure_cut_across_a_clause_is_no_threshold() -> None:
    facts = _thresholds(
        "Splenomegaly is a less specific finding, since the normal spleen can measure up to "
        "13 cm in length.",
        title="Splenic infarct",
    )
    assert all(" can " not in f" {f.item} " for f in facts)


def test_a_sentence_whose_only_blank_is_its_subject_keeps_the_title() -> None:
    facts = _statements(
        # ("… the most serious complication of splinting" is now a typed complication, see
        # tests/test_prose_assoc.py, and "the most feared outcome" a rank, see
        # tests/test_s23_rank.py)
        # ("splinting" is a key term of its own since session 44: a harness is not)
        "Avascular necrosis of the femoral head is a feared outcome of harness treatment.",
        title="Hip dysplasia",
    )
    assert [(f.subject, f.value) for f in facts] == [("Hip dysplasia", "Avascular necrosis")]


def test_a_sign_that_confirms_something_unnamed_is_refused() -> None:
    subjects = _sign_subjects(
        "A rim of splenic tissue stretched around the mass, the beak sign, confirms its origin."
    )
    assert subjects == {}


def test_an_including_aside_is_no_definition() -> None:
    article = _article(
        "Splenic cysts, including large epidermoid cysts, are treated surgically in most cases.",
        heading="Treatment",
    )
    assert _of(extract_facts(article), FactKind.DEFINITION) == []


def test_small_lesions_on_radiographs_have_no_subject_of_their_own() -> None:
    facts = _appearances(
        "On radiographs the mass is round. Small lesions are often invisible on radiographs.",
        title="Splenic hamartoma",
    )
    assert all(f.subject != "Small lesions" for f in facts)
