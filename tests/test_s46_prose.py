"""Session 46: rules found on the opened sets CG/CH and the development corpus. Sentences are
invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.text import iter_sentences
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Splenic infarction", heading: str = "Diagnosis") -> list[Fact]:
    page = f"# {title}\n\n## {heading}\n\n{body}\n"
    return list(extract_facts(read_text(page, path=Path("page.md"))))


def _accuracy(facts: list[Fact], value: str) -> list[tuple[str, str, str]]:
    """(subject, item, attribute) of each percentage fact with this value."""
    return [
        (f.subject, f.item, f.attribute)
        for f in facts
        if f.kind is FactKind.PERCENTAGE and f.value == value
    ]


# --- whose accuracy a figure is ------------------------------------------------------------


def test_a_pronoun_on_a_measure_stands_for_the_test_the_sentence_before_opens_on() -> None:
    facts = _facts(
        "Contrast-enhanced ultrasound with a microbubble agent (CEUS) is a quick bedside "
        "test for a wedge-shaped defect. Its sensitivity is quoted at about 80%, although "
        "it shows little of the hilum."
    )
    ((subject, item, attribute),) = _accuracy(facts, "about 80%")
    assert item == "Contrast-enhanced ultrasound"
    assert subject == "Contrast-enhanced ultrasound for Splenic infarction"
    assert attribute == "sensitivity"
    # a pronoun after a sentence that opens on no test names nothing: no fact on the title
    facts = _facts(
        "Infarcts are wedge-shaped and peripheral. Its sensitivity is quoted at about 80%."
    )
    assert _accuracy(facts, "about 80%") == []


def test_this_sign_stands_for_the_sign_the_sentence_before_names() -> None:
    facts = _facts(
        "The capsule is preserved around the infarct, producing the rim sign. This sign has "
        "a specificity of approximately 90% for infarction."
    )
    ((subject, item, _),) = _accuracy(facts, "approximately 90%")
    assert item == "rim sign"
    assert subject.startswith("rim sign")
    # "This sign" is the sign, not the test the sentence before opens on
    facts = _facts("Ultrasound shows the rim sign. This sign has a specificity of 85%.")
    assert [item for _, item, _ in _accuracy(facts, "85%")] == ["rim sign"]


def test_a_demonstrative_with_a_noun_of_observation_stands_for_no_organ() -> None:
    page = read_text(
        "# Splenic infarction\n\n## Diagnosis\n\nThe capsule is preserved, producing the "
        "rim sign. This sign is common.\n",
        path=Path("page.md"),
    )
    resolved = [s.resolved for s in iter_sentences(page)]
    assert resolved[-1] == "This sign is common."
    # a noun of the antecedent's own kind still agrees
    page = read_text(
        "# Splenic infarction\n\n## Diagnosis\n\nThe rim sign is a thin line. This sign "
        "is common.\n",
        path=Path("page.md"),
    )
    assert [s.resolved for s in iter_sentences(page)][-1] == "The rim sign is common."


def test_it_stands_for_a_quoted_sign_the_sentence_before_opens_on() -> None:
    facts = _facts(
        'The "bright band sign" refers to a linear high signal along the capsule. It has a '
        "specificity of 85% for infarction, but a sensitivity of only 30%."
    )
    items = {item for _, item, _ in _accuracy(facts, "85%") + _accuracy(facts, "30%")}
    assert items == {"bright band sign"}


def test_a_test_opening_the_sentence_with_a_bracketed_short_name_owns_its_figure() -> None:
    facts = _facts(
        "Technetium scintigraphy (sulphur colloid) is the most accurate test, with a "
        "sensitivity of around 92%."
    )
    ((_, item, attribute),) = _accuracy(facts, "around 92%")
    assert item == "Technetium scintigraphy"
    assert attribute == "sensitivity"


def test_a_relative_measure_belongs_to_the_noun_before_which() -> None:
    facts = _facts(
        "The diagnosis can be confirmed on core biopsy, which has a specificity approaching "
        "100% although sensitivity is lower."
    )
    ((_, item, _),) = _accuracy(facts, "approaching 100%")
    assert item == "core biopsy"
    # an appositive between the sign and "which" is skipped
    facts = _facts(
        "CT may show the capsular rim sign, a thin enhancing line at the margin of the "
        "infarct, which has a sensitivity of around 60% for infarction."
    )
    ((_, item, _),) = _accuracy(facts, "around 60%")
    assert item == "capsular rim sign"


def test_a_possessive_after_a_pronoun_sentence_reaches_back_to_the_test() -> None:
    facts = _facts(
        "Sulphur colloid (SC) scintigraphy is the recommended screening test. It shows a "
        "photopenic wedge. Its sensitivity is about 88%, higher than that of CT, in which "
        "CT detected only about half of cases."
    )
    ((_, item, _),) = _accuracy(facts, "about 88%")
    assert item == "Sulphur colloid (SC) scintigraphy"
    # the later figure of the sentence, no measure, stays
    assert _accuracy(facts, "about half")


def test_a_sentence_opening_on_a_circumstance_names_no_test() -> None:
    facts = _facts(
        "In experienced hands ultrasound is as accurate as CT for large infarcts, with a "
        "sensitivity of about 90%."
    )
    assert all("hands" not in item for _, item, _ in _accuracy(facts, "about 90%"))


# --- shares in list lines ------------------------------------------------------------------


def test_a_list_line_with_a_share_in_words_gives_the_finding_its_share() -> None:
    facts = _facts(
        "- a wedge-shaped defect in approximately one-third, more often in young patients\n"
        "- capsular enhancement",
        heading="CT",
    )
    shares = {(f.item, f.value) for f in facts if f.kind is FactKind.PERCENTAGE}
    assert ("a wedge-shaped defect", "approximately one-third") in shares
    # a word that is no share ("the medial half") gives none
    facts = _facts("- infarction of the medial half\n- capsular enhancement", heading="CT")
    assert not [f for f in facts if f.kind is FactKind.PERCENTAGE]
    # nor a half that measures the finding ("in half the thickness"), no share of cases
    facts = _facts("- a tear in half the thickness of the capsule\n- a haematoma", heading="CT")
    assert not [f for f in facts if f.kind is FactKind.PERCENTAGE]


# --- definitions ---------------------------------------------------------------------------


def test_a_named_index_defined_by_its_copula_is_a_definition() -> None:
    facts = _facts(
        "The Evans index is the ratio of the maximal width of the frontal horns to the "
        "maximal internal diameter of the skull, measured on the same axial slice.",
        title="Normal pressure hydrocephalus",
        heading="Radiographic features",
    )
    defined = {(f.subject, f.value) for f in facts if f.kind is FactKind.DEFINITION}
    assert (
        "Evans index",
        "the ratio of the maximal width of the frontal horns to the maximal internal diameter "
        "of the skull",
    ) in defined
    # a role is no definition
    facts = _facts(
        "The Kasai procedure is the operation of choice in infants.",
        title="Biliary atresia",
        heading="Treatment",
    )
    assert not [
        f for f in facts if f.kind is FactKind.DEFINITION and f.subject == "Kasai procedure"
    ]


def test_a_listed_eponymous_procedure_with_its_gloss_is_a_definition() -> None:
    facts = _facts(
        "- Kasai procedure: an operation in which a loop of jejunum is joined to the porta "
        "hepatis\n- liver transplantation",
        title="Biliary atresia",
        heading="Treatment",
    )
    assert (
        "Kasai procedure",
        "an operation in which a loop of jejunum is joined to the porta hepatis",
    ) in {(f.subject, f.value) for f in facts if f.kind is FactKind.DEFINITION}


# --- relations -----------------------------------------------------------------------------


def test_risk_factors_for_an_event_of_the_condition_are_the_conditions() -> None:
    facts = _facts(
        "Risk factors for recurrence include a positive margin and older age.",
        title="Giant cell tumour of tendon sheath",
        heading="Treatment and prognosis",
    )
    risks = {(f.subject, f.item, f.group) for f in facts if f.kind is FactKind.ASSOCIATION}
    assert (
        "recurrence of giant cell tumour of tendon sheath",
        "older age",
        "risk factors",
    ) in risks
    assert not [s for s, _, _ in risks if s.lower() == "recurrence"]
    # in a list too
    facts = _facts(
        "Risk factors for non-union include:\n- smoking\n- diabetes",
        title="Scaphoid fracture",
        heading="Treatment and prognosis",
    )
    risks = {(f.subject, f.item, f.group) for f in facts if f.kind is FactKind.ASSOCIATION}
    assert ("non-union of scaphoid fracture", "smoking", "risk factors") in risks
    # risk factors for another condition stay that condition's
    facts = _facts(
        "Risk factors for gallbladder carcinoma include gallstones and a porcelain gallbladder.",
        title="Gallbladder polyp",
        heading="Epidemiology",
    )
    owners = {f.subject for f in facts if f.kind is FactKind.ASSOCIATION}
    assert owners == {"gallbladder carcinoma"}


def test_a_course_with_an_adverb_and_an_adjective_is_no_event_followed() -> None:
    facts = _facts(
        "The disease follows a highly stereotyped course.",
        title="MELAS",
        heading="Clinical presentation",
    )
    assert not [f for f in facts if f.kind is FactKind.ASSOCIATION and "course" in f.item]


def test_a_side_or_an_order_before_a_fraction_makes_it_a_part_not_a_share() -> None:
    facts = _facts(
        "The lateral half of the clavicle is expanded. The first third of pregnancy is "
        "uneventful. About half of patients have rib lesions.",
        title="Infantile cortical hyperostosis",
        heading="Findings",
    )
    values = {f.value for f in facts if f.kind is FactKind.PERCENTAGE}
    assert values == {"About half"}


def test_a_choice_for_a_setting_ends_where_a_new_predicate_starts() -> None:
    facts = _facts(
        "Pyeloplasty is now the technique of choice in most centres and is usually performed "
        "laparoscopically.",
        title="Pelviureteric junction obstruction",
        heading="Treatment and prognosis",
    )
    ranks = {f.value for f in facts if f.kind is FactKind.RANK}
    assert ranks == {"technique of choice in most centres"}


def test_the_verb_that_lists_a_member_is_no_part_of_a_shares_item() -> None:
    facts = _facts(
        "Complications of the procedure are rare and include haematoma formation, which "
        "occurs in under 3%.",
        title="Varicocele",
        heading="Treatment and prognosis",
    )
    items = {f.item for f in facts if f.kind is FactKind.PERCENTAGE}
    assert items == {"haematoma formation"}


# --- differentials -------------------------------------------------------------------------


def test_a_comment_on_several_members_is_no_member() -> None:
    facts = _facts(
        "The differential includes lipoma and haemangioma, both of which are hyperechoic, "
        "and cystic lesions such as a seroma or lymphocele, which may be anechoic.",
        title="Splenic hamartoma",
        heading="Differential diagnosis",
    )
    members = {f.item for f in facts if f.kind is FactKind.DIFFERENTIAL}
    assert members == {"lipoma", "haemangioma", "seroma", "lymphocele"}


def test_what_can_mimic_a_bare_noun_in_a_differential_section_is_a_differential() -> None:
    facts = _facts(
        "Lymphoma and sarcoidosis can also mimic a deposit.",
        title="Splenic metastases",
        heading="Differential diagnosis",
    )
    assert {f.item for f in facts if f.kind is FactKind.DIFFERENTIAL} == {
        "Lymphoma",
        "sarcoidosis",
    }
    # outside a differential section the bare noun may be anything
    facts = _facts(
        "Lymphoma and sarcoidosis can also mimic a deposit.",
        title="Splenic metastases",
        heading="Radiographic features",
    )
    assert not [f for f in facts if f.kind is FactKind.DIFFERENTIAL]


def test_a_whole_ends_where_its_relative_clause_goes_on_to_include() -> None:
    facts = _facts(
        "Associated injuries are present in more than 80% of patients and include rib "
        "fractures and splenic lacerations.",
        title="Traumatic aortic injury",
        heading="Clinical presentation",
    )
    wholes = {f.group for f in facts if f.kind is FactKind.PERCENTAGE}
    assert wholes == {"patients"}


def test_a_bare_measure_belongs_to_the_test_its_paragraph_opened_on() -> None:
    facts = _facts(
        "Dual-phase technetium scintigraphy relies on the washout of tracer. A focus persists "
        "on delayed images. Sensitivity for a single infarct is 70-80% but falls in small "
        "lesions."
    )
    ((subject, item, attribute),) = _accuracy(facts, "70-80%")
    assert item == "Dual-phase technetium scintigraphy"
    assert subject == "Dual-phase technetium scintigraphy for Splenic infarction"
    assert attribute.startswith("sensitivity")
    # a measure named with its own test keeps that test
    facts = _facts(
        "Dual-phase technetium scintigraphy relies on the washout of tracer. The sensitivity "
        "of CT is 60%."
    )
    assert [item for _, item, _ in _accuracy(facts, "60%")] == ["CT"]


# --- classes -------------------------------------------------------------------------------


def test_a_word_and_its_negation_by_prefix_divide_the_condition() -> None:
    facts = _facts(
        "Rings may be described as complete, where the trachea is fully encircled, or "
        "incomplete, where the ring is open posteriorly.",
        title="Vascular ring",
        heading="Pathology",
    )
    classes = {(f.item, f.value) for f in facts if f.kind is FactKind.ASSOCIATION}
    assert ("complete", "the trachea is fully encircled") in classes
    assert ("incomplete", "the ring is open posteriorly") in classes
    # a symptom divided so is no class of the condition
    facts = _facts("Pain may be typical or atypical.", title="Vascular ring", heading="Pathology")
    assert not [f for f in facts if f.kind is FactKind.ASSOCIATION]
    # nor a pair that is no negation of one word
    facts = _facts(
        "Rings may be double or right-sided.", title="Vascular ring", heading="Pathology"
    )
    assert not [f for f in facts if f.group == "types"]
