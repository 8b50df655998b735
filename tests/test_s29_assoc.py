"""Issue 11, session 29 (helper s29assoc): whose association a sentence or list states.

- a list entry's qualifier after ", most often …" is the member's detail, and the "and"
  inside it joins no members ("hyponatraemia, most often affecting the elderly and frail");
- "Causes of this narrowing include:" (a demonstrative naming the page's mechanism) gives the
  causes to the page's condition, "Causes of this complication include:" does not;
- a subject led by a preposition or a possessive ("Under the X classification", "Its link
  with Y") names no condition; "in particular" is no part of a subject;
- "N% of patients develop X. Patients present with A and B": A and B are X's.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

from quizgen.extractors import extract_facts
from quizgen.extractors.relation_subjects import (
    developed_subgroup,
    qualified_title,
    refiled_subject,
    subject_names_nothing,
    without_emphasis,
)
from quizgen.extractors.text import Sentence
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section

Assoc = tuple[str, str, str]  # subject, group, item


def _facts(title: str, heading: str, *blocks: Block) -> list[Fact]:
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return [f for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION]


def _listed(title: str, intro: str, entries: list[str], heading: str = "Aetiology") -> set[Assoc]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(text=e) for e in entries)),
    )
    return {(f.subject, f.group, f.item) for f in _facts(title, heading, *blocks)}


def _prose(title: str, *paragraphs: str, heading: str = "Clinical presentation") -> set[Assoc]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return {(f.subject, f.group, f.item) for f in _facts(title, heading, *blocks)}


# 1. a qualifier after ", most often …" in a list entry


def test_frequency_qualifier_is_the_members_detail() -> None:
    blocks = (
        Block(BlockKind.PARAGRAPH, text="Complications include:"),
        Block(
            BlockKind.LIST,
            items=(
                ListItem(text="hyponatraemia, most often affecting elderly and frail patients"),
                ListItem(text="seizures, commonly occurring in the first week"),
            ),
        ),
    )
    facts = _facts("Pontine myelinolysis", "Complications", *blocks)
    items = {f.item for f in facts}
    assert {"hyponatraemia", "seizures"} <= items
    assert not any("frail" in i or "affecting" in i or "occurring" in i for i in items)
    detail = {f.item: f.value for f in facts}
    assert detail["hyponatraemia"] == "most often affecting elderly and frail patients"


def test_entry_without_a_qualifier_keeps_its_members() -> None:
    found = _listed(
        "Pontine myelinolysis",
        "Risk factors include:",
        ["alcoholism and malnutrition", "liver transplantation"],
    )
    assert {i for _, _, i in found} >= {"liver transplantation"}


# 2. a demonstrative owner of a list of causes


def test_causes_of_this_mechanism_are_the_pages() -> None:
    found = _listed(
        "Gastric volvulus",
        "The underlying defect is laxity of the gastric ligaments. Causes of this laxity include:",
        ["diaphragmatic eventration", "paraoesophageal hernia"],
    )
    assert ("Gastric volvulus", "causes", "diaphragmatic eventration") in found
    assert not any(s.lower().startswith("this") for s, _, _ in found)


def test_causes_of_this_complication_are_not_the_pages() -> None:
    found = _listed(
        "Gastric volvulus",
        "Strangulation may follow. Causes of this complication include:",
        ["delayed diagnosis", "complete obstruction"],
    )
    assert not any(s == "Gastric volvulus" for s, _, _ in found)


# 3. subjects that name no condition


def test_prepositional_and_possessive_subjects_name_nothing() -> None:
    assert subject_names_nothing("Under the Smith classification")
    assert subject_names_nothing("Its link with Gardner syndrome")
    assert subject_names_nothing("No cure exists and the disease")
    assert not subject_names_nothing("Hereditary spherocytosis")
    assert not subject_names_nothing("Inflammatory bowel disease")
    assert without_emphasis("Type B lesions in particular") == "Type B lesions"
    assert without_emphasis("Type B lesions") == "Type B lesions"


def test_scheme_intro_with_a_preposition_owns_no_classes() -> None:
    found = _listed(
        "Renal sinus cyst",
        "Under the Hinman classification of renal sinus cysts:",
        ["type I: parapelvic cysts", "type II: peripelvic cysts"],
        heading="Classification",
    )
    assert {i for _, _, i in found} >= {"type I", "type II"}
    assert not any(s.lower().startswith("under") for s, _, _ in found)


# 4. the subgroup the sentence before names


def test_patients_present_with_the_subgroups_features() -> None:
    found = _prose(
        "Deep vein thrombosis",
        "Between 20% and 40% of patients develop post-thrombotic syndrome, usually within two "
        "years. Patients present with leg swelling, heaviness and venous ulceration.",
    )
    assert ("post-thrombotic syndrome", "presenting features", "leg swelling") in found
    assert not any(s == "Deep vein thrombosis" and i == "leg swelling" for s, _, i in found)


def test_patients_present_without_a_subgroup_are_the_pages() -> None:
    found = _prose(
        "Deep vein thrombosis",
        "The condition is common in hospital. Patients present with leg swelling and pain.",
    )
    assert ("Deep vein thrombosis", "presenting features", "leg swelling") in found


def test_subgroup_only_from_the_sentence_right_before() -> None:
    paragraph = (
        "A fifth of patients develop chronic venous insufficiency. The calf is often tender. "
        "Patients present with leg swelling."
    )
    assert developed_subgroup("Patients present with leg swelling.", paragraph) == ""
    paragraph = "Some patients develop venous gangrene. Patients present with a blue leg."
    assert developed_subgroup("Patients present with a blue leg.", paragraph) == "venous gangrene"


# 5. "Risk factors for X include:" names X as "Risk factors of X" does


def test_risk_factors_for_another_condition_are_its() -> None:
    found = _listed(
        "Osteoarthritis of the knee",
        "Risk factors for meniscal extrusion include:",
        ["root tear", "high body mass index"],
    )
    assert ("meniscal extrusion", "risk factors", "root tear") in found
    assert not any(s == "Osteoarthritis of the knee" for s, _, _ in found)


def test_risk_factors_for_the_disease_are_the_pages() -> None:
    found = _listed(
        "Osteoarthritis of the knee",
        "Risk factors for the disease include:",
        ["obesity", "previous meniscectomy"],
    )
    assert ("Osteoarthritis of the knee", "risk factors", "obesity") in found


# 6. an organ as the running topic owns no relation


def test_organ_page_keeps_its_own_subject() -> None:
    assert refiled_subject_for("Horseshoe kidney", "Horseshoe kidney") == "Horseshoe kidney"
    assert refiled_subject_for("Splenic lymphoma", "spleen") == "Splenic lymphoma"
    assert refiled_subject_for("Splenic lymphoma", "the splenic artery", topic="x") == ""
    # the parts an organ is divided into are its own classes
    sentence = Sentence("It has two parts.", Section("Anatomy", ()), "It has two parts.")
    kept = refiled_subject(
        "the splenic artery", presenting=False, sentence=sentence, own=("x", "y"), classing=True
    )
    assert kept == "the splenic artery"


def refiled_subject_for(title: str, subject: str, topic: str = "") -> str:
    sentence = Sentence("Risk is increased.", Section("Epidemiology", ()), "Risk is increased.")
    return refiled_subject(
        subject, presenting=False, sentence=sentence, own=(title, topic or subject)
    )


# 7. a form of the page's condition named by its abbreviation


def test_form_named_by_the_abbreviation_is_the_titles_form() -> None:
    names = ("Deep vein thrombosis", "DVT")
    assert qualified_title("Acute DVT", names) == "Deep vein thrombosis (acute)"
    assert (
        qualified_title("Chronic proximal DVT", names) == "Deep vein thrombosis (chronic proximal)"
    )
    assert qualified_title("DVT", names) == "DVT"
    assert qualified_title("Most DVT", names) == "Most DVT"
    assert qualified_title("Acute PE", names) == "Acute PE"


def test_prose_qualifier_after_a_member_joins_no_members() -> None:
    found = _prose(
        "Pituitary stalk lesion",
        "It presents with diabetes insipidus and hypopituitarism, most often affecting the "
        "gonadal and growth hormone axes.",
    )
    assert {i for _, _, i in found} == {"diabetes insipidus", "hypopituitarism"}
    found = _prose(
        "Pituitary stalk lesion",
        "Complications include seizures, typically involving the temporal and frontal lobes.",
    )
    assert {i for _, _, i in found} == {"seizures"}
