"""What the lead found wrong on opened blind sets in session 25 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

from prose_helpers import of_kind, page_facts
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.generators.mcq import _explain
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text

_TITLE = "Renal oncocytoma"


def _of(kind: FactKind, body: str, title: str = _TITLE) -> list[Fact]:
    return of_kind(kind, page_facts(body, title))


# --- a list of what a group of people shows ---------------------------------------------------

_SHOWN = "{intro}\n\n- flank pain\n- gait disturbance and progressive weakness\n- scoliosis\n"


def test_a_list_of_what_people_show_under_a_clinical_heading_is_a_presentation() -> None:
    for intro in ("Children usually show:", "Presentation varies. Affected adults typically have:"):
        body = "## Clinical presentation\n\n" + _SHOWN.format(intro=intro)
        facts = _of(FactKind.ASSOCIATION, body)
        assert [(f.subject, f.item, f.group) for f in facts] == [
            (_TITLE, "flank pain", "presenting features"),
            (_TITLE, "gait disturbance and progressive weakness", "presenting features"),
            (_TITLE, "scoliosis", "presenting features"),
        ]


def test_what_people_have_under_pathology_is_no_presentation() -> None:
    body = "## Pathology\n\n" + _SHOWN.format(intro="Patients typically have:")
    assert _of(FactKind.ASSOCIATION, body) == []


# --- a list line's share before a comment -----------------------------------------------------


def test_a_list_line_s_share_before_a_comment_counts_the_line_s_finding() -> None:
    body = (
        "## Radiographic features\n\nClassical findings on CT:\n\n- a lobulated solid mass\n"
        "- calcification in 50-70%, often peripheral and stippled\n"
    )
    facts = _of(FactKind.PERCENTAGE, body)
    assert [(f.subject, f.item, f.value) for f in facts] == [(_TITLE, "calcification", "50-70%")]


def test_a_line_with_two_shares_is_not_cut_at_its_comment() -> None:
    # "rising to 40% in large tumours" is no comment: the 20% alone would say too little
    body = (
        "## Radiographic features\n\nFindings:\n\n- a lobulated solid mass\n"
        "- calcification in 20%, rising to 40% in large tumours\n- haemorrhage in 10%\n"
    )
    facts = _of(FactKind.PERCENTAGE, body) + _of(FactKind.FREQUENCY, body)
    assert [(f.item, f.value) for f in facts] == [("haemorrhage", "10%")]


def test_findings_seen_in_shares_of_cases_are_no_parts_of_one_whole() -> None:
    # 30 + 20 + 10 % could divide a whole, but findings "in" a share of cases occur together
    body = (
        "## Radiographic features\n\nFindings on CT:\n\n- a central scar in 30%, often stellate\n"
        "- calcification in 20%\n- haemorrhage in 10%\n"
    )
    assert _of(FactKind.FREQUENCY, body) == []
    assert [(f.item, f.value) for f in _of(FactKind.PERCENTAGE, body)] == [
        ("a central scar", "30%"),
        ("calcification", "20%"),
        ("haemorrhage", "10%"),
    ]


# --- old names written without quotes ---------------------------------------------------------


def test_old_names_written_without_quotes_are_synonyms() -> None:
    body = (
        "## Terminology\n\nRenal oncocytoma is a benign tumour. It replaced the older terms "
        "oncocytic adenoma and proximal tubular adenoma, and is now standard. They are benign, "
        "despite the older (and still widely used) name oxyphil carcinoma, which persists.\n"
    )
    assert sorted((f.subject, f.value) for f in _of(FactKind.SYNONYM, body)) == [
        (_TITLE, "oncocytic adenoma"),
        (_TITLE, "oxyphil carcinoma"),
        (_TITLE, "proximal tubular adenoma"),
    ]


def test_a_preposition_after_an_old_naming_noun_is_no_name() -> None:
    body = (
        "## Terminology\n\nThe older term for the lesion is unclear. The former name was dropped.\n"
    )
    assert _of(FactKind.SYNONYM, body) == []


# --- a pronoun before a verb no list knows ----------------------------------------------------


def test_it_before_an_unlisted_verb_stands_for_the_subject_before() -> None:
    body = (
        "## Epidemiology\n\nRenal oncocytoma (RO) is a benign epithelial tumour. It replaced "
        "the older term oncocytic adenoma, and is the second most common benign renal tumour.\n"
    )
    facts = _of(FactKind.RANK, body)
    assert [(f.subject, f.item, f.value, f.group) for f in facts] == [
        (_TITLE, _TITLE, "second most common", "benign renal tumour")
    ]


# --- classes listed by their codes --------------------------------------------------------------


def _classes(body: str, title: str = _TITLE) -> list[tuple[str, str, str]]:
    facts = _of(FactKind.ASSOCIATION, "## Classification\n\n" + body + "\n", title)
    return [(f.subject, f.item, f.value) for f in facts if f.group == "types"]


def test_classes_listed_by_code_in_brackets_are_classes_with_their_definitions() -> None:
    assert _classes(
        "Smith later subdivided type II tumours (IIA: solid; IIB: cystic, with septa; "
        "IIC: mixed), which helps to guide surgery."
    ) == [
        (_TITLE, "IIA", "solid"),
        (_TITLE, "IIB", "cystic, with septa"),
        (_TITLE, "IIC", "mixed"),
    ]


def test_bare_number_codes_take_the_word_the_verb_gives() -> None:
    assert _classes("Lesions are graded as follows: 1: intact cartilage; 2: fissured.") == [
        (_TITLE, "grade 1", "intact cartilage"),
        (_TITLE, "grade 2", "fissured"),
    ]


def test_coded_parts_without_a_classing_word_are_no_classes() -> None:
    assert _classes("On MRI the signal varies (T1: hypointense; T2: hyperintense).") == []
    assert _classes("The findings vary (1: mild; 2: severe).") == []
    assert _classes("The wall has two layers (IIA: inner, solid; IIB: outer, cystic).") == []


def test_a_class_s_bracketed_gloss_is_its_definition_once() -> None:
    # the prose reader and the class reader give one fact per class, not "type A (solid)"
    assert _classes("Renal oncocytomas are divided into type A (solid) and type B (cystic).") == [
        (_TITLE, "type A", "solid"),
        (_TITLE, "type B", "cystic"),
    ]


# --- signs ----------------------------------------------------------------------------------


def _signs(body: str, title: str = "Hip dysplasia") -> list[tuple[str, str]]:
    return [(f.subject, f.item) for f in _of(FactKind.SIGN, body, title)]


def test_a_list_entry_that_is_only_a_sign_s_name_is_a_sign() -> None:
    body = (
        "## Radiographic features\n\nRadiographs may show:\n\n"
        "- the lateral wall sign\n- a deep socket\n"
    )
    assert _signs(body) == [("Hip dysplasia", "lateral wall sign")]


def test_signs_after_findings_suggesting_a_condition_are_that_condition_s() -> None:
    listed = (
        "## Radiographic features\n\nFindings suggesting acetabular overcoverage:\n\n"
        "- the lateral wall sign\n- the spine sign\n"
    )
    prose = (
        "## Radiographic features\n\nFindings suggesting acetabular overcoverage: the lateral "
        "wall sign and the spine sign, and a deep socket.\n"
    )
    for body in (listed, prose):
        assert _signs(body) == [
            ("acetabular overcoverage", "lateral wall sign"),
            ("acetabular overcoverage", "spine sign"),
        ]


def test_a_sign_in_a_differential_entry_is_the_entry_s() -> None:
    body = (
        "## Differential diagnosis\n\nDifferential considerations include:\n\n"
        "- thyroglossal duct cyst: midline, embedded in the strap muscles\n"
        '- ranula (plunging): extends from the sublingual space, "tail sign"\n'
    )
    assert _signs(body, "Cystic hygroma") == [("ranula (plunging)", "tail sign")]


def test_a_quoted_word_before_facies_names_the_facies() -> None:
    body = '## Radiographic features\n\nIt gives mandibular hypoplasia with a "bird-like" facies.\n'
    assert [item for _, item in _signs(body, "Juvenile arthritis")] == ["bird-like facies"]


# --- findings placed "between" two structures ---------------------------------------------


def test_between_two_structures_is_one_place_not_two_findings() -> None:
    for body in (
        "CT findings include a fluid collection lying between the liver surface and the right "
        "hemidiaphragm.",
        "The typical finding is a fat-attenuation mass, with fat stranding, located between "
        "the anterior abdominal wall and the transverse colon.",
    ):
        values = [f.value for f in _of(FactKind.APPEARANCE, f"## CT\n\n{body}\n")]
        assert not any(
            v.endswith(("hemidiaphragm", "transverse colon")) and "between" not in v for v in values
        ), values
        assert any("between" in v and v.endswith(("hemidiaphragm", "colon")) for v in values)


# --- a plain-text page's synonyms on the label's line ------------------------------------------


def test_synonyms_on_the_label_s_own_line_are_read() -> None:
    page = (
        "Omental torsion\nCitation, DOI, disclosures and article data\n"
        "Synonyms: segmental omental torsion; idiopathic omental torsion\n\n"
        "Omental torsion is a rare cause of abdominal pain.\n"
    )
    article = read_text(page, path=Path("omental-torsion.txt"))
    assert article.synonyms == ("segmental omental torsion", "idiopathic omental torsion")


# --- the two forms a condition takes ---------------------------------------------------------


def test_primary_or_secondary_forms_are_two_classes_with_what_defines_them() -> None:
    assert _classes(
        "Torsion may be primary (idiopathic) or secondary to adhesions, hernia or surgery.",
        "Omental torsion",
    ) == [
        ("Omental torsion", "primary", "idiopathic"),
        ("Omental torsion", "secondary", "secondary to adhesions, hernia or surgery"),
    ]
    assert _classes("The deformity is either congenital or acquired.") == [
        (_TITLE, "congenital", ""),
        (_TITLE, "acquired", ""),
    ]


def test_words_of_no_one_division_are_no_classes() -> None:
    assert _classes("Involvement is unilateral or bilateral.") == []
    assert _classes("Lesions may be acute or acquired.") == []


def test_a_division_of_something_else_is_no_class_of_the_condition() -> None:
    # a symptom's forms, and the forms of another lesion a relative clause describes
    assert _classes("Pain may be acute or chronic.") == []
    assert _classes("Some arise in another lesion which may be primary or secondary.") == []


def test_a_list_of_other_settings_lists_associated_conditions() -> None:
    body = (
        "## Epidemiology\n\nIt is seen in older men. Other settings include:\n\n"
        "- aplastic anaemia\n- cyclic neutropenia\n"
    )
    facts = _of(FactKind.ASSOCIATION, body)
    assert [(f.subject, f.item, f.group) for f in facts] == [
        (_TITLE, "aplastic anaemia", "associations"),
        (_TITLE, "cyclic neutropenia", "associations"),
    ]


# --- ranks ---------------------------------------------------------------------------------------


def _ranks(body: str, title: str = _TITLE) -> list[tuple[str, str, str]]:
    return [(f.item, f.value, f.group) for f in _of(FactKind.RANK, body, title)]


def test_a_rank_whose_category_is_the_noun_before_it() -> None:
    body = "## Pathology\n\nMost are adenomas, and the papillary subtype is the most common.\n"
    assert _ranks(body) == [("papillary", "most common", "subtype")]
    assert _ranks("## Pathology\n\nThis type is the most common.\n") == []


def test_a_list_label_ranked_by_far() -> None:
    body = (
        "## Pathology\n\nPseudopolyps include:\n\n- cholesterol polyps: by far the most common "
        "type\n- inflammatory polyps: granulation tissue\n"
    )
    assert _ranks(body, "Gallbladder polyp") == [("cholesterol polyps", "most common", "type")]


def test_a_class_label_defined_by_a_verb_is_a_class_not_a_definition() -> None:
    body = (
        "## Classification\n\nGrade I denotes a tumour confined to the capsule. Grade II "
        "denotes extension into the perinephric fat.\n"
    )
    assert _of(FactKind.DEFINITION, body) == []
    assert [f.item for f in _of(FactKind.ASSOCIATION, body) if f.group == "types"] == [
        "Grade I",
        "Grade II",
    ]


# --- an MCQ sheet of one article file -----------------------------------------------------------

_PAGE = """---
title: Omental torsion
---
# Omental torsion

## Epidemiology

The right side of the omentum is involved in approximately 90% of cases. Most patients are
adults, although about 15% of cases occur in children, usually obese boys. Men are affected
about twice as often as women.

## Radiographic features

The typical finding is a heterogeneous fat-attenuation mass, usually larger than 5 cm.
"""


def test_a_sheet_of_one_article_file_is_titled_by_the_article_and_explains_figures(
    tmp_path: Path,
) -> None:
    page = tmp_path / "omental-torsion.md"
    page.write_text(_PAGE, encoding="utf-8")
    out = tmp_path / "sheet.md"
    args = ["sheet", str(page), "-o", str(out), "--seed", "3", "--store", str(tmp_path / "f")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Omental torsion — version A")  # not the file's name
    assert ", :" not in text  # no empty field in an explanation
    # a figure's question is explained by the sentence that states the figure
    assert "The right side of the omentum is involved in approximately 90% of cases." in text


def test_an_explanation_names_no_empty_field() -> None:
    body = "## Terminology\n\nOmental torsion is also known as omental volvulus.\n"
    synonym = _of(FactKind.SYNONYM, body, "Omental torsion")[0]
    assert _explain(synonym, "Omental torsion") == "Omental torsion: omental volvulus."


def test_it_before_an_unlisted_verb_opening_a_section_stays_unread() -> None:
    # "It" opening "Treatment" is the treatment as often as the condition: no topic is guessed
    body = (
        "## Treatment and prognosis\n\nIt replaced the older term, and is the most common "
        "benign renal tumour.\n"
    )
    assert _of(FactKind.RANK, body) == []


# --- sex ratios ----------------------------------------------------------------------------------


def _sexes(body: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.attribute, f.value) for f in _of(FactKind.SEX_RATIO, body)]


def test_a_ratio_written_n_to_one_after_its_label() -> None:
    assert _sexes("## Epidemiology\n\nThe male to female ratio is approximately 3 to 1.\n") == [
        (_TITLE, "M:F", "3:1")
    ]
    assert _sexes("## Epidemiology\n\nThe male to female ratio is 2-3 to 1.\n") == [
        (_TITLE, "M:F", "2-3:1")
    ]


def test_ratios_of_two_kinds_contrasted_are_each_kind_s() -> None:
    body = (
        "## Epidemiology\n\nSolid morphology predominates in older men (male to female ratio "
        "approximately 3 to 1), whereas cystic morphology is more common in women.\n"
    )
    assert _sexes(body) == [
        ("Solid morphology", "M:F", "3:1"),
        ("cystic morphology", "predominance", "female"),
    ]


def test_a_kind_opening_one_clause_owns_no_ratio_of_the_next() -> None:
    body = (
        "## Epidemiology\n\nThe juvenile form is typically seen in obese girls; there is an "
        "overall female predominance.\n"
    )
    assert [subject for subject, _, _ in _sexes(body)] == [_TITLE]
