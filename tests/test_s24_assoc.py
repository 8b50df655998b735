"""Issue 11, session 24: association facts in prose, wrong and missed shapes.

- a sentence opening on symptoms glossed in brackets by a word of the title ("Night sweats
  and itch (lymphogranuloma symptoms) are the hallmark") does not become the paragraph's
  topic, so later sentences' members stay the page's;
- qualities before a comma-set hedged adjective ("recurrent or persistent, often painless,
  neck swelling") describe one member, not three;
- a case page's presentation note ("Two days of A, B and C") tells one patient's
  complaints, no presenting features of the diagnosis;
- "Symptoms are largely those of X: A, B and C" names X's symptoms as a member too;
- an event of the condition ("Rupture", "Infection of the cyst cavity") causes complications
  of the condition, and is no paragraph topic;
- "are common and include", "present late with", "Reported risk factors are";
- the condition at a stage, extent or hormonal state ("Advanced disease", "Non-secreting
  tumours") is named with the title and is no paragraph topic; "an increasing number" is a
  share of the patients, no member.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _associations(facts: list[Fact]) -> set[tuple[str, str, str]]:
    return {(f.subject, f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def _page(
    title: str, heading: str, *paragraphs: str, synonyms: tuple[str, ...] = ()
) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(
        slug="t", title=title, sections=(Section(heading, blocks),), synonyms=synonyms
    )
    return _associations(extract_facts(article))


# 1. symptoms glossed by a title word are no paragraph topic


def test_symptoms_glossed_by_a_title_word_are_no_topic_of_later_members() -> None:
    found = _page(
        "Kimura disease",
        "Clinical presentation",
        "Night sweats and itch (lymphogranuloma symptoms) are the hallmark. Many patients "
        "also report fever, weight loss and nephrotic syndrome.",
        synonyms=("Eosinophilic lymphogranuloma",),
    )
    subjects = {subject for subject, _, item in found if item == "nephrotic syndrome"}
    assert subjects == {"Kimura disease"}


def test_a_subtype_named_outside_brackets_is_still_the_paragraphs_topic() -> None:
    found = _page(
        "Kimura disease",
        "Clinical presentation",
        "Nodular Kimura disease (the commoner form) is seen in young men. Many patients "
        "also report fever.",
    )
    assert found == {("Nodular Kimura disease (the commoner form)", "presenting features", "fever")}


# 2. a hedged adjective between commas stacks before the noun after it


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        (
            "Many patients also report recurrent or persistent, often painless, neck swelling.",
            "recurrent or persistent, often painless, neck swelling",
        ),
        (
            "Patients present with tender, usually unilateral, calf swelling.",
            "tender, usually unilateral, calf swelling",
        ),
        (
            "Patients present with painful, often bilateral ankle swelling and fever.",
            "painful, often bilateral ankle swelling",
        ),
    ],
)
def test_qualities_and_a_hedged_adjective_describe_one_member(sentence: str, member: str) -> None:
    items = {item for _, _, item in _associations(clinical_facts("Kimura disease", sentence))}
    assert member in items
    assert not items & {"recurrent", "persistent", "tender", "painful"}


def test_two_findings_before_a_comma_without_a_hedge_stay_two() -> None:
    items = {
        item
        for _, _, item in _associations(
            clinical_facts("Kimura disease", "Patients present with itching, fever and rash.")
        )
    }
    assert items == {"itching", "fever", "rash"}


# 3. a case page's presentation note is one patient's


@pytest.mark.parametrize(
    "note",
    [
        "Four days of pleuritic chest pain, fever and a dry cough.",
        "Two-week history of painless swelling of the right calf with ankle oedema.",
        "Sudden onset of severe epigastric pain radiating to the back.",
    ],
)
def test_a_case_presentation_note_gives_no_presenting_features(note: str) -> None:
    facts = clinical_facts("Pulmonary infarction", note, heading="Presentation")
    assert not {g for _, g, _ in _associations(facts)} & {"presenting features"}


def test_general_presenting_features_are_still_read_under_a_presentation_heading() -> None:
    facts = clinical_facts(
        "Pulmonary infarction",
        "Patients typically present with pleuritic chest pain and haemoptysis.",
        heading="Presentation",
    )
    assert {i for _, g, i in _associations(facts) if g == "presenting features"} == {
        "pleuritic chest pain",
        "haemoptysis",
    }


# 4. another condition's symptoms


def test_symptoms_that_are_another_conditions_name_that_condition() -> None:
    found = _associations(
        clinical_facts(
            "Split cord malformation",
            "Symptoms are largely those of a tethered cord: progressive weakness and numbness "
            "of the legs, urinary incontinence and back pain.",
        )
    )
    assert (
        "Split cord malformation",
        "presenting features",
        "symptoms of a tethered cord",
    ) in found
    assert {i for _, _, i in found} >= {"urinary incontinence", "back pain"}


def test_symptoms_listed_directly_are_still_members() -> None:
    found = _associations(
        clinical_facts(
            "Split cord malformation", "Symptoms include back pain and urinary incontinence."
        )
    )
    assert {i for _, _, i in found} == {"back pain", "urinary incontinence"}


# 5. an event of the condition


@pytest.mark.parametrize(
    ("sentence", "member"),
    [
        ("Rupture can cause haemoperitoneum and shock.", "haemoperitoneum"),
        (
            "Infection of the cyst cavity can lead to a recurrent abscess in the same place.",
            "recurrent abscess in the same place",
        ),
    ],
)
def test_what_an_event_of_the_condition_causes_complicates_the_condition(
    sentence: str, member: str
) -> None:
    found = _associations(clinical_facts("Splenic cyst", sentence))
    assert ("Splenic cyst", "complications", member) in found
    assert all(subject == "Splenic cyst" for subject, _, _ in found)


def test_an_event_is_no_topic_of_the_next_sentence() -> None:
    found = _associations(
        clinical_facts(
            "Splenic cyst",
            "Haemorrhage is the presenting feature in a third of patients. Pain is the "
            "second most common presentation, while fever and malaise account for the rest.",
        )
    )
    assert found
    assert all(subject == "Splenic cyst" for subject, _, _ in found)


def test_a_named_condition_still_owns_what_it_causes() -> None:
    found = _associations(
        clinical_facts("Splenic cyst", "Sickle cell disease can cause splenic infarction.")
    )
    assert all(subject != "Splenic cyst" for subject, _, _ in found)


# 6. missed leads


@pytest.mark.parametrize(
    ("sentence", "group", "members"),
    [
        (
            "Systemic features are common and include fever, weight loss and nephrotic syndrome.",
            "presenting features",
            {"fever", "weight loss", "nephrotic syndrome"},
        ),
        (
            "Complications are uncommon and include ulceration and secondary infection.",
            "complications",
            {"ulceration", "secondary infection"},
        ),
        (
            "Reported predisposing factors are atopy, smoking and, rarely, parasitic infection.",
            "risk factors",
            {"atopy", "smoking", "parasitic infection"},
        ),
        (
            "Patients present late with neck pain, a palpable mass or hoarseness.",
            "presenting features",
            {"neck pain", "palpable mass", "hoarseness"},
        ),
    ],
)
def test_leads_with_a_judgement_or_an_adverb_of_time_name_members(
    sentence: str, group: str, members: set[str]
) -> None:
    found = _associations(clinical_facts("Kimura disease", sentence))
    assert {i for _, g, i in found if g == group} == members


# 7. the condition at a stage or extent


def test_a_stage_of_the_condition_is_named_with_the_title() -> None:
    found = _associations(
        clinical_facts(
            "Olfactory schwannoma",
            "Advanced disease may produce headache, proptosis or visual loss.",
        )
    )
    assert {s for s, _, _ in found} == {"Olfactory schwannoma (advanced disease)"}


def test_a_stage_is_no_topic_of_the_next_sentence() -> None:
    found = _associations(
        clinical_facts(
            "Olfactory schwannoma",
            "Early lesions are often silent. Symptomatic patients complain of nasal obstruction.",
        )
    )
    assert found == {("Olfactory schwannoma", "presenting features", "nasal obstruction")}


def test_another_disease_named_by_a_generic_noun_keeps_its_name() -> None:
    found = _associations(
        clinical_facts(
            "Olfactory schwannoma", "Inflammatory bowel disease may produce anosmia and fatigue."
        )
    )
    assert all("(" not in subject for subject, _, _ in found)


def test_a_hormonal_subgroup_is_named_with_the_title_and_a_share_is_no_member() -> None:
    found = _associations(
        clinical_facts(
            "Phaeochromocytoma",
            "Non-secreting tumours present late with flank pain or a palpable mass, and an "
            "increasing number are found incidentally.",
        )
    )
    assert found == {
        ("Phaeochromocytoma (non-secreting tumours)", "presenting features", "flank pain"),
        ("Phaeochromocytoma (non-secreting tumours)", "presenting features", "palpable mass"),
    }


# 8. features named first, then a second predicate; a list closed by what it is put down to


@pytest.mark.parametrize(
    "sentence",
    [
        "Itching and fatigue are less common and usually reflect a larger lesion.",
        "Itching and fatigue are common and may be severe.",
    ],
)
def test_features_named_first_keep_their_second_predicate_apart(sentence: str) -> None:
    found = _associations(clinical_facts("Kimura disease", sentence))
    assert {i for _, _, i in found} == {"itching", "fatigue"}


def test_what_a_list_is_put_down_to_ends_it() -> None:
    found = _associations(
        clinical_facts(
            "Kimura disease",
            "A minority complain of mild itching, fatigue or low-grade fever, usually "
            "attributable to eosinophilia rather than to the nodules themselves.",
        )
    )
    assert {i for _, _, i in found} == {"mild itching", "fatigue", "low-grade fever"}
