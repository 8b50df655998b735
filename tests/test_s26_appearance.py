"""Session 26 appearance rules: what a study named with qualifier words the closed vocabulary
does not know ("Interictal SPECT", "Time-of-flight MRA", "The oblique view") is said to show,
and a study's finding stated for a stage or state the sentence opens on ("In the early stage,
CT shows …"). Sentences invented, about other organs than the corpus's."""

from __future__ import annotations

from prose_helpers import appearances, section

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def test_study_with_an_unknown_qualifier_word_shows_a_finding() -> None:
    found = appearances(
        "Mesial temporal sclerosis",
        section("Nuclear medicine", "Interictal SPECT typically shows temporal hypoperfusion."),
    )
    assert ("Mesial temporal sclerosis", "interictal SPECT", "temporal hypoperfusion") in found


def test_hyphenated_qualifier_keeps_its_words_in_the_attribute() -> None:
    found = appearances(
        "Vertebral artery dissection",
        section(
            "MRI",
            "Time-of-flight MRA shows a tapered narrowing of the lumen. "
            "Gradient-echo images may show blooming foci in the wall.",
        ),
    )
    assert (
        "Vertebral artery dissection",
        "time-of-flight MRA",
        "tapered narrowing of the lumen",
    ) in found
    assert ("Vertebral artery dissection", "gradient-echo images", "blooming foci in the wall") in (
        found
    )


def test_a_view_without_a_modality_takes_the_sections() -> None:
    found = appearances(
        "Scaphoid fracture",
        section("Plain radiograph", "The oblique view shows a lucent line across the waist."),
    )
    assert ("Scaphoid fracture", "radiograph oblique view", "lucent line across the waist") in (
        found
    )


def test_a_view_without_a_modality_under_no_modality_heading_gives_nothing() -> None:
    found = appearances(
        "Scaphoid fracture",
        section("Radiographic features", "The oblique view shows a lucent line across the waist."),
    )
    assert not any(v.startswith("lucent line") for _s, _a, v in found)


def test_stage_opening_names_the_subgroup() -> None:
    found = appearances(
        "Septic arthritis",
        section(
            "MRI",
            "In the early stage, MRI shows a joint effusion with synovial thickening.",
        ),
    )
    assert ("Septic arthritis (early stage)", "MRI", "joint effusion with synovial thickening") in (
        found
    )


def test_when_performed_opening_is_no_part_of_the_study() -> None:
    found = appearances(
        "Renal artery stenosis",
        section(
            "Angiography",
            "When performed, selective angiography demonstrates a beaded narrowing of the "
            "mid artery.",
        ),
    )
    assert (
        "Renal artery stenosis",
        "selective angiography",
        "beaded narrowing of the mid artery",
    ) in (found)


def test_confirms_a_look_but_not_the_diagnosis() -> None:
    found = appearances(
        "Osteoid osteoma",
        section(
            "CT",
            "Thin-section CT confirms a small lucent nidus with central mineralisation. "
            "Dynamic imaging confirms the diagnosis.",
        ),
    )
    assert (
        "Osteoid osteoma",
        "thin-section CT",
        "small lucent nidus with central mineralisation",
    ) in found
    assert not any("diagnosis" in v for _s, _a, v in found)


def test_qualifier_naming_another_time_or_side_is_no_study_of_the_topic() -> None:
    found = appearances(
        "Osteoid osteoma",
        section(
            "CT",
            "Post-treatment CT shows a sclerotic scar. "
            "Contralateral radiographs show a normal cortex.",
        ),
    )
    assert not any("scar" in v or "cortex" in v for _s, _a, v in found)


def test_a_lesion_subject_is_no_study() -> None:
    found = appearances(
        "Osteoid osteoma",
        section("CT", "Cortical lesions show a dense sclerotic reaction."),
    )
    assert not any(a.endswith("lesions") for _s, a, _v in found)


def test_the_study_fact_keeps_its_sentence() -> None:
    sentence = "Interictal SPECT typically shows temporal hypoperfusion."
    article = Article(
        slug="x",
        title="Mesial temporal sclerosis",
        sections=(section("Nuclear medicine", sentence),),
    )
    facts = [f for f in extract_facts(article) if f.kind is FactKind.APPEARANCE]
    assert [(f.source.text, f.item, f.group) for f in facts] == [(sentence, "", "")]


def test_a_thing_shown_as_a_look_gives_the_look() -> None:
    found = appearances(
        "Portal vein thrombosis",
        section("CT", "CT portography demonstrates the clot as a non-enhancing filling defect."),
    )
    assert ("Portal vein thrombosis", "CT portography", "non-enhancing filling defect") in found


def test_second_object_of_a_participle_is_no_finding() -> None:
    found = appearances(
        "Oesophageal perforation",
        section(
            "Plain radiograph",
            "An erect chest radiograph shows pneumomediastinum, with lucent streaks outlining "
            "the aortic knuckle and the left hemidiaphragm.",
        ),
    )
    assert ("Oesophageal perforation", "erect chest radiograph", "pneumomediastinum") in {
        (s, a, v.split(",")[0]) for s, a, v in found
    }
    assert not any(v.startswith("left hemidiaphragm") for _s, _a, v in found)


def _list_article(title: str, heading: str, intro: str, items: tuple[ListItem, ...]) -> Article:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=items),
    )
    return Article(slug="x", title=title, sections=(Section(heading, blocks),))


def _looks(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def test_sequence_lines_after_an_intro_naming_a_stage_are_read() -> None:
    article = _list_article(
        "Septic arthritis",
        "MRI",
        "MRI is sensitive from the earliest stage of the disease:",
        (
            ListItem("T2/STIR: joint effusion and periarticular soft tissue oedema"),
            ListItem("T1: subchondral marrow signal is low"),
        ),
    )
    looks = _looks(article)
    assert (
        "Septic arthritis",
        "MRI T2/STIR",
        "joint effusion and periarticular soft tissue oedema",
    ) in looks


def test_t_category_lines_after_a_staging_intro_are_still_no_sequences() -> None:
    article = _list_article(
        "Laryngeal carcinoma",
        "MRI",
        "MRI is used for local staging:",
        (
            ListItem("T1: tumour limited to one subsite"),
            ListItem("T2: invasion of an adjacent subsite"),
        ),
    )
    assert not _looks(article)


def test_sequence_line_with_a_continuation_child_is_read() -> None:
    article = _list_article(
        "Cholesteatoma",
        "MRI",
        "On MRI:",
        (
            ListItem("T2: hyperintense"),
            ListItem(
                "DWI: markedly hyperintense on non-EPI images",
                children=(ListItem("ADC values lower than those of granulation tissue"),),
            ),
        ),
    )
    assert ("Cholesteatoma", "MRI DWI", "markedly hyperintense on non-EPI images") in _looks(
        article
    )


def test_sequence_line_leading_into_its_children_gives_no_finding() -> None:
    article = _list_article(
        "Spinal epidural abscess",
        "MRI",
        "On MRI:",
        (
            ListItem(
                "T1 C+ (Gd): the pattern varies with the phase of the infection",
                children=(ListItem("phlegmon: diffuse homogeneous enhancement"),),
            ),
        ),
    )
    assert not any(v.startswith("the pattern") for _s, _a, v in _looks(article))


def test_stage_lines_with_modifiers_times_and_maturity_name_their_stage() -> None:
    article = _list_article(
        "Cerebral venous thrombosis",
        "Imaging",
        "On MRI the thrombus signal changes with its age:",
        (
            ListItem("early subacute: hyperintense on T1 and hypointense on T2"),
            ListItem("late subacute (1-2 weeks): hyperintense on T1 and T2"),
            ListItem("2-4 weeks: isointense on T1 and hyperintense on T2"),
            ListItem("mature thrombus: hypointense on T1 and T2"),
        ),
    )
    looks = _looks(article)
    assert ("Cerebral venous thrombosis (late subacute)", "MRI T1", "hyperintense") in looks
    assert ("Cerebral venous thrombosis (2-4 weeks)", "MRI T2", "hyperintense") in looks
    assert ("Cerebral venous thrombosis (mature thrombus)", "MRI T1", "hypointense") in looks
    assert ("Cerebral venous thrombosis (early subacute)", "MRI T2", "hypointense") in looks
    assert not any(s == "Cerebral venous thrombosis" for s, _a, _v in looks)


def test_stage_lines_under_a_modality_heading_take_a_bracketed_or_timed_label() -> None:
    article = _list_article(
        "Heterotopic ossification",
        "Plain radiograph",
        "The radiographic appearance matures over months:",
        (
            ListItem("first 2 weeks: soft tissue swelling only"),
            ListItem("after about 6-8 weeks: a well-defined peripheral rim of ossification"),
        ),
    )
    looks = _looks(article)
    assert any(
        s == "Heterotopic ossification (after about 6-8 weeks)" and "peripheral rim" in v
        for s, _a, v in looks
    )
    assert not any(s == "Heterotopic ossification" for s, _a, _v in looks)


def test_an_age_label_is_no_stage() -> None:
    article = _list_article(
        "Developmental dysplasia of the hip",
        "Ultrasound",
        "The alpha angle by age:",
        (ListItem("0-3 years: shallow acetabulum"),),
    )
    assert not any("(0-3 years)" in s for s, _a, _v in _looks(article))


def test_it_shows_under_a_modality_heading_is_the_topics_finding() -> None:
    found = appearances(
        "Pulmonary sarcoid nodule",
        section(
            "Plain radiograph",
            "The chest radiograph is often normal. "
            "When abnormal, it shows fine perihilar nodules with hilar lymphadenopathy.",
        ),
    )
    assert (
        "Pulmonary sarcoid nodule",
        "radiograph",
        "fine perihilar nodules with hilar lymphadenopathy",
    ) in found


def test_it_shows_after_another_named_thing_is_not_the_topics() -> None:
    found = appearances(
        "Pulmonary sarcoid nodule",
        section(
            "Plain radiograph",
            "Tuberculosis is the main mimic. It shows upper lobe cavities with fibrosis.",
        ),
    )
    assert not any("cavities" in v for _s, _a, v in found)


def test_it_shows_under_a_heading_naming_no_modality_gives_nothing() -> None:
    found = appearances(
        "Pulmonary sarcoid nodule",
        section("Variants", "The fibrotic form is rare. It shows upper lobe volume loss."),
    )
    assert not any("volume loss" in v for _s, _a, v in found)
