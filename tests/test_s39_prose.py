"""Session 39: prose rules from the blind sets BS and BT once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.model import Article, Fact, FactKind
from quizgen.phrases import share_head
from quizgen.readers import read_text


def _page(title: str, heading: str, body: str) -> Article:
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _kind(title: str, heading: str, body: str, kind: FactKind) -> list[Fact]:
    return [f for f in extract_facts(_page(title, heading, body)) if f.kind is kind]


def _members(title: str, heading: str, body: str) -> list[tuple[str, str]]:
    facts = _kind(title, heading, body, FactKind.ASSOCIATION)
    return [(f.subject, f.item.lower()) for f in facts]


def test_two_adjectives_of_action_before_one_noun_each_take_the_noun() -> None:
    body = "Obstructive and infective complications are frequent."
    members = [item for _, item in _members("Ureteric stricture", "Clinical presentation", body)]
    assert "obstructive complications" in members
    assert "obstructive" not in members
    assert share_head("Local compressive", "invasive symptoms") == "Local compressive symptoms"
    # a noun in "-ive" names a thing alone: "a sedative and oral analgesic drugs" are two
    assert share_head("sedative", "oral analgesic drugs") == ""


def test_a_clause_of_likeness_after_the_members_is_no_member() -> None:
    body = "The injury results from axial loading and flexion forces, as occur in diving."
    members = [item for _, item in _members("Burst fracture", "Pathology", body)]
    assert members
    assert not [m for m in members if m.startswith("as ")]


def test_the_injury_opening_a_sentence_is_the_page_s_condition() -> None:
    body = (
        "Patients present after a fall. The injury results from axial loading of the spine."
        " The injury is associated with calcaneal fractures."
    )
    facts = _members("Burst fracture", "Pathology", body)
    assert ("Burst fracture", "calcaneal fractures") in facts
    assert not [subject for subject, _ in facts if subject.lower() == "injury"]


def _accuracy(title: str, body: str) -> list[tuple[str, str, str]]:
    facts = _kind(title, "Radiographic features", body, FactKind.PERCENTAGE)
    return [(f.item, f.attribute, f.value) for f in facts]


def test_one_figure_after_two_measures_is_both_measures() -> None:
    body = "CT is accurate, with sensitivity and specificity of approximately 90-95%."
    assert _accuracy("Splenic injury", body) == [
        ("CT", "sensitivity and specificity", "approximately 90-95%")
    ]


def test_two_figures_after_two_measures_are_one_each() -> None:
    body = "Ultrasound has a sensitivity and specificity of 85% and 95%, respectively."
    assert _accuracy("Testicular torsion", body) == [
        ("Ultrasound", "sensitivity", "85%"),
        ("Ultrasound", "specificity", "95%"),
    ]


def test_a_named_sign_opening_a_sentence_owns_its_accuracy_figure() -> None:
    body = "The crescent sign is often seen, with a specificity of more than 90%."
    facts = _kind("Avascular necrosis", "Radiographic features", body, FactKind.PERCENTAGE)
    assert [(f.subject, f.item, f.attribute) for f in facts] == [
        ("crescent sign for Avascular necrosis", "crescent sign", "specificity")
    ]


def test_a_member_cut_before_its_list_is_no_member() -> None:
    body = "Adults classically present with the triad of:\n\n- fever\n- back pain\n- weakness"
    members = [item for _, item in _members("Spinal epidural abscess", "Clinical", body)]
    assert members == ["fever", "back pain", "weakness"]


def test_what_a_category_member_s_comment_names_is_the_list_owner_s() -> None:
    body = (
        "Risk factors include:\n\n- chromosomal anomalies: trisomy 13 and 5p deletion\n"
        "- familial adenomatous polyposis (germline APC mutation)"
    )
    facts = _members("Hepatoblastoma", "Epidemiology", body)
    assert ("Hepatoblastoma", "trisomy 13") in facts
    # a member naming one thing keeps its own genetics, its aside set apart from its name
    assert ("familial adenomatous polyposis", "apc mutation") in facts
    assert not [s for s, _ in facts if s.lower() == "chromosomal anomalies"]


def test_a_bracketed_share_after_most_often_in_a_place_counts_the_place() -> None:
    body = "Patients present with flank pain, most often in the left upper quadrant (about 70%)."
    facts = _kind("Splenic infarct", "Clinical presentation", body, FactKind.PERCENTAGE)
    assert [(f.item, f.value) for f in facts] == [("left upper quadrant", "about 70%")]


def test_a_subject_with_its_other_name_in_brackets_is_the_page_s_own() -> None:
    body = (
        "Segmental omental infarction (also known as omental torsion) is usually caused by"
        " torsion of the omentum."
    )
    facts = _members("Segmental omental infarction", "Pathology", body)
    assert ("Segmental omental infarction", "torsion of the omentum") in facts


def test_a_sentence_may_open_on_a_name_in_lower_case() -> None:
    from quizgen.extractors.text import split_sentences  # noqa: PLC0415

    text = "Most tumours are HPV-related. p16 staining is a surrogate marker. mRNA is measured."
    assert split_sentences(text) == [
        "Most tumours are HPV-related.",
        "p16 staining is a surrogate marker.",
        "mRNA is measured.",
    ]
    # an abbreviation's full stop still ends no sentence
    assert len(split_sentences("Markers (e.g. p53 and Ki-67) are stained.")) == 1


def _ranks(title: str, body: str) -> list[tuple[str, str, str]]:
    facts = _kind(title, "Epidemiology", body, FactKind.RANK)
    return [(f.item, f.value, f.group) for f in facts]


def test_a_rank_past_the_fifth_is_a_rank() -> None:
    body = "Gastric cancer is the sixth most common cancer worldwide."
    assert _ranks("Gastric carcinoma", body) == [
        ("Gastric cancer", "sixth most common", "cancer worldwide")
    ]
    body = "It is the 8th most common cancer in women."
    assert [value for _, value, _ in _ranks("Gastric carcinoma", body)] == ["eighth most common"]


def test_a_name_with_a_digit_in_it_opens_a_sentence_as_a_name() -> None:
    body = "An IDH1 R132H mutation is the most frequent alteration."
    assert _ranks("Diffuse astrocytoma", body) == [
        ("IDH1 R132H mutation", "most frequent", "alteration")
    ]
    # a number after a word that numbers kinds is part of the name
    assert _ranks("Atrioventricular septal defect", "Trisomy 21 is the most common association.")
    # a figure opens no name
    assert not _ranks("Diffuse astrocytoma", "Over 50 cases are the most common group.")


def test_the_age_a_normal_structure_matures_is_no_age_of_the_condition() -> None:
    body = (
        "The sphenoid sinus begins to pneumatise around 8-10 years of age. Most patients are"
        " adolescents aged 12-16 years."
    )
    facts = _kind("Sphenoid sinusitis", "Epidemiology", body, FactKind.AGE)
    assert [f.value for f in facts if "12-16" in f.value]
    assert not [f for f in facts if "8-10" in f.value]


def test_a_ratio_in_words_beside_a_predominance_keeps_both_figures() -> None:
    body = "Women are affected more often than men, at a ratio of roughly three to two."
    facts = _kind("Hepatic haemangioendothelioma", "Epidemiology", body, FactKind.SEX_RATIO)
    assert [(f.attribute, f.value) for f in facts] == [("F:M", "3:2")]
    # "two to three" is a range of times, no ratio favouring the second figure
    body = "Men are affected more often than women, at a ratio of two to three."
    facts = _kind("Hepatic haemangioendothelioma", "Epidemiology", body, FactKind.SEX_RATIO)
    assert [(f.attribute, f.value) for f in facts] == [("predominance", "male")]
