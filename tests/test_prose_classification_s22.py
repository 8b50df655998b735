"""Classes stated in prose shapes of session 22: a coded class a sentence assigns to its
subject ("is classified as LI-RADS 4", "are assigned CNS WHO grade 2 or grade 3"), classes
labelled one after another with a verb or a place instead of a copula ("type 1 shows …",
"stage 1 at the …"), and TNM categories separated by commas ("T1 tumours are …, T2 tumours
extend …"). Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from quizgen.extractors.class_assigned import assigned_classes
from quizgen.extractors.class_conditioned import conditioned_classes, named_in_clauses
from quizgen.extractors.class_label_verbs import definition_start
from quizgen.extractors.class_semicolon_runs import semicolon_classes
from quizgen.extractors.class_tnm import tnm_clauses
from quizgen.extractors.classification import extract_classifications
from quizgen.model import Fact
from quizgen.readers import read_text


def _classes(body: str, title: str = "Hepatocellular adenoma") -> list[Fact]:
    article = read_text(f"{title}\n\nClassification\n\n{body}\n")
    return list(extract_classifications(article))


# --- a coded class assigned to the sentence's subject ---------------------------------------


def test_a_reporting_category_assigned_to_the_page_condition_is_a_class() -> None:
    facts = _classes("On MRI with hepatobiliary contrast it is usually classified as LI-RADS 3.")
    assert [(f.subject, f.item, f.value) for f in facts] == [
        ("Hepatocellular adenoma", "LI-RADS 3", "")
    ]


def test_the_case_a_clause_describes_defines_each_assigned_class() -> None:
    found = assigned_classes(
        "Under the local system, a nodule smaller than 1 cm without washout is categorised as "
        "LR-RADS 3, whereas a nodule of 2 cm or more with washout is categorised as LR-RADS 5."
    )
    assert found == [
        ("LR-RADS 3", "a nodule smaller than 1 cm without washout"),
        ("LR-RADS 5", "a nodule of 2 cm or more with washout"),
    ]


def test_a_second_grade_joined_by_or_keeps_the_first_grades_scheme() -> None:
    found = assigned_classes(
        "In the current scheme they are assigned to CNS WHO grade 3 or grade 4."
    )
    assert found == [("CNS WHO grade 3", ""), ("CNS WHO grade 4", "")]


def test_a_copula_before_a_who_grade_assigns_it() -> None:
    assert assigned_classes("They are WHO grade 2 tumours that recur locally.") == [
        ("WHO grade 2", "")
    ]


def test_a_staged_clause_after_a_semicolon_keeps_its_own_case() -> None:
    found = assigned_classes(
        "Drainage is to the hilar nodes; spread to the supraclavicular nodes is staged as N3."
    )
    assert found == [("N3", "spread to the supraclavicular nodes")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a description, not a scheme's coded class
        "The lesion is classified as benign on imaging.",
        # denied
        "The lesion is not classified as type 2.",
        # no verb of classing before the label: a label used as a subject
        "Type 2 is the commonest and grade 3 is rare.",
        # a condition after the label: the class holds only in some cases
        "Nodules are usually graded as grade 1 unless they bleed.",
        "The cyst is classified as type 2, or type 3 when septated.",
        # a bare copula before a class word and numeral says too little
        "The most frequent finding is type 2 enhancement.",
    ],
)
def test_no_class_assigned_without_a_verb_of_classing_and_a_coded_label(sentence: str) -> None:
    assert assigned_classes(sentence) == []


# --- classes labelled with a verb or a place -------------------------------------------------


def test_labels_defined_by_a_verb_of_showing_are_classes() -> None:
    facts = _classes(
        "A simple grading is used: type 1 shows a thin septum; type 2 shows a thick septum "
        "with nodules; and type 3 shows a solid component."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("type 1", "a thin septum"),
        ("type 2", "a thick septum with nodules"),
        ("type 3", "a solid component"),
    ]


def test_labels_defined_by_a_place_are_classes() -> None:
    facts = _classes(
        "Extension is staged on axial images: stage 1 within the capsule, stage 2 beyond the "
        "capsule, and stage 3 into the portal vein."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("stage 1", "within the capsule"),
        ("stage 2", "beyond the capsule"),
        ("stage 3", "into the portal vein"),
    ]


@pytest.mark.parametrize(
    ("segment", "start"),
    [
        (" lesions are small, ", len(" lesions are ")),
        (" extends into the canal", 1),
        (" in 30% of patients, ", -1),  # how common, not what the class is
        (" was first described in 1980", -1),
    ],
)
def test_where_a_labels_definition_starts(segment: str, start: int) -> None:
    assert definition_start(segment) == start


# --- TNM categories separated by commas ------------------------------------------------------


def test_tnm_categories_separated_by_commas_are_each_a_clause() -> None:
    assert tnm_clauses(
        "In short: T1 tumours are confined to the gland, T2 tumours invade the capsule, and "
        "T3 tumours encase the artery."
    ) == [
        "In short",
        "T1 tumours are confined to the gland",
        "T2 tumours invade the capsule",
        "T3 tumours encase the artery.",
    ]


def test_tnm_categories_with_verbs_of_reaching_are_classes() -> None:
    facts = _classes(
        "In local staging, T1 tumours are confined to the gland, T2 tumours invade the "
        "capsule, and T3 tumours encase the artery."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("T1", "confined to the gland"),
        ("T2", "invade the capsule"),
        ("T3", "encase the artery"),
    ]


def test_a_case_coordinated_by_comma_or_is_kept_whole() -> None:
    found = assigned_classes(
        "Size decides between them: a nodule of 2 cm or more, or showing venous invasion, is "
        "LR-RADS 5 rather than 4."
    )
    assert found == [("LR-RADS 5", "a nodule of 2 cm or more, or showing venous invasion")]


# --- classes one to a semicolon-separated part -----------------------------------------------


def test_counted_classes_in_semicolon_parts_keep_their_glosses() -> None:
    facts = _classes(
        "Three growth patterns are described: lacy (fine septa throughout the lesion), the "
        "commonest; nodular, with solid foci; and cystic (one locule, thin-walled), about 10%."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("lacy", "fine septa throughout the lesion; the commonest"),
        ("nodular", "with solid foci"),
        ("cystic", "one locule, thin-walled; about 10%"),
    ]


def test_classes_after_their_noun_and_are_in_semicolon_parts() -> None:
    assert semicolon_classes(
        "Growth forms are plaque-like, with a broad base; polypoid, on a stalk; and "
        "infiltrative, spreading along the wall."
    ) == [
        ("plaque-like", "with a broad base"),
        ("polypoid", "on a stalk"),
        ("infiltrative", "spreading along the wall"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # parts that are clauses, not named classes
        "Imaging patterns vary: the mass is hypoechoic; the rim enhances.",
        # a count the parts do not match
        "Four patterns are described: lacy, with septa; and nodular, with foci.",
        # no semicolons: one list, read by other makers
        "Three patterns are described: lacy, nodular and cystic.",
    ],
)
def test_no_semicolon_classes_without_named_parts(sentence: str) -> None:
    assert semicolon_classes(sentence) == []


def test_labels_in_brackets_after_a_defined_label_are_no_run() -> None:
    facts = _classes(
        "Type 1 cysts are simple, usually thin-walled (type 1a), or rarely septated (type 1b)."
    )
    assert [f.item for f in facts] == []


# --- classes named each with its condition ---------------------------------------------------


def test_classes_termed_with_their_conditions_are_classes() -> None:
    facts = _classes(
        "By custom, the collection is termed early when seen within 6 hours, late between 6 "
        "and 24 hours, and old beyond 24 hours."
    )
    assert [(f.item, f.value) for f in facts] == [
        ("early", "when seen within 6 hours"),
        ("late", "between 6 and 24 hours"),
        ("old", "beyond 24 hours"),
    ]


def test_classes_after_a_criterion_and_a_colon_with_their_conditions() -> None:
    assert conditioned_classes(
        "Leaks are described by their size: small if under 2 mm, medium between 2 and 5 mm, "
        "and large beyond 5 mm."
    ) == [("small", "if under 2 mm"), ("medium", "between 2 and 5 mm"), ("large", "beyond 5 mm")]


def test_classes_named_in_clauses_of_their_own() -> None:
    assert named_in_clauses(
        "Those seen in the first month are called primary leaks, whereas those seen later are "
        "called secondary leaks."
    ) == [("primary leaks", "seen in the first month"), ("secondary leaks", "seen later")]


def test_a_named_class_loses_its_article() -> None:
    assert named_in_clauses(
        "Early ones are called the acute form, whereas late ones are called the chronic form."
    ) == [("acute form", "Early ones"), ("chronic form", "late ones")]


def test_a_conditional_clause_loses_its_trailing_subject() -> None:
    assert (
        named_in_clauses(
            "When fluid predominates the lesion is called a seroma-like form; when blood "
            "predominates it is called haematoma-like form."
        )
        == []
    )  # "a seroma-like form" names with an article: no class
    assert named_in_clauses(
        "When fluid predominates the lesion is called seroma-like; when blood predominates it "
        "is called haematoma-like."
    ) == [("seroma-like", "When fluid predominates"), ("haematoma-like", "when blood predominates")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a cut-off, not classes: "considered" is no verb of naming
        "A duct is considered dilated if over 7 mm, and borderline between 5 and 7 mm.",
        # one part has no condition
        "The collection is termed early when seen within 6 hours, or organised.",
        # one name only
        "Such a lesion is called a pseudocyst.",
    ],
)
def test_no_conditioned_classes(sentence: str) -> None:
    assert conditioned_classes(sentence) == []
    assert named_in_clauses(sentence) == []


def test_a_conjunction_and_an_anaphor_name_no_case() -> None:
    assert assigned_classes(
        "The nodule was small and smooth, so the nodule was classified as LR-RADS 3."
    ) == [("LR-RADS 3", "")]


def test_a_sentence_adverb_after_a_semicolon_names_no_class() -> None:
    assert (
        semicolon_classes(
            "Two patterns are recognised: lacy septa, which are thin, and nodular foci, which "
            "are thick; however, neither is specific."
        )
        == []
    )
