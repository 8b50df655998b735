"""What the lead found wrong on an own page and opened blind sets in session 26 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

from prose_helpers import of_kind, page_facts

from quizgen.model import Fact, FactKind
from quizgen.readers import read_text

_TITLE = "Renal oncocytoma"


def _of(kind: FactKind, body: str, title: str = _TITLE) -> list[Fact]:
    return of_kind(kind, page_facts(body, title))


# --- a classification named for two authors -------------------------------------------------

_GRADED = (
    "## Classification\n\nThe Moreau and Lindqvist classification grades the spread on CT:\n\n"
    "- class 1: tumour confined to the capsule\n- class 2: extension into the perirenal fat\n"
)


def test_a_classification_named_for_two_authors_is_one_scheme() -> None:
    facts = [f for f in _of(FactKind.ASSOCIATION, _GRADED) if f.group == "types"]
    assert [(f.item, f.value, f.attribute) for f in facts] == [
        ("class 1", "tumour confined to the capsule", "Moreau and Lindqvist classification"),
        ("class 2", "extension into the perirenal fat", "Moreau and Lindqvist classification"),
    ]


# --- a quoted word that describes the noun after it -----------------------------------------


def test_a_quoted_word_before_describing_words_names_the_whole_finding() -> None:
    body = (
        '## Ultrasound\n\nCalcified septa cast "clean" posterior acoustic shadowing, unlike '
        "the tumour.\n"
    )
    signs = _of(FactKind.SIGN, body)
    assert [f.item for f in signs] == ["clean posterior acoustic shadowing"]


def test_a_quoted_word_before_a_verb_is_not_stretched() -> None:
    body = '## Ultrasound\n\nThe septa are "clean" and thin on every image.\n'
    assert all("and" not in f.item.split() for f in _of(FactKind.SIGN, body))


# --- a judgement before a named look is no part of its name ---------------------------------


def test_a_judgement_before_a_look_with_other_names_is_not_part_of_the_name() -> None:
    body = (
        '## MRI\n\nMRI shows the characteristic "spoke-wheel" (also called stellate or '
        "radial) pattern of the central scar.\n"
    )
    synonyms = _of(FactKind.SYNONYM, body)
    assert [(f.subject, f.value) for f in synonyms] == [
        ("spoke-wheel", "stellate"),
        ("spoke-wheel", "radial"),
    ]


# --- where a lesion lies is no differential -------------------------------------------------


def test_a_lesion_separated_from_a_structure_by_another_is_no_differential() -> None:
    body = "## MRI\n\nThe mass is lobulated and separated from the renal sinus by a thin capsule.\n"
    assert _of(FactKind.DIFFERENTIAL, body) == []


def test_what_a_lesion_can_be_separated_from_is_its_differential() -> None:
    body = (
        "## MRI\n\nIt can usually be separated from a chromophobe carcinoma by its central scar.\n"
    )
    facts = _of(FactKind.DIFFERENTIAL, body)
    assert [(f.subject, f.item, f.value) for f in facts] == [
        (_TITLE, "chromophobe carcinoma", "its central scar")
    ]


# --- the next in rank after an aside with a figure ------------------------------------------


def test_the_next_in_rank_after_an_aside_with_a_figure() -> None:
    body = (
        "## Pathology\n\nClear cell change is the most common pattern, seen in about 60% of "
        "tumours, followed by papillary change.\n"
    )
    facts = _of(FactKind.RANK, body)
    assert [(f.item, f.value, f.group) for f in facts] == [
        ("Clear cell change", "most common", "pattern"),
        ("papillary change", "second most common", "pattern"),
    ]


# --- a plain-text page that kept no blank lines ---------------------------------------------

_CRAMMED = (
    "Renal oncocytoma\nRenal oncocytoma is a benign renal tumour of intercalated cells.\n"
    "Terminology\nIt was formerly called proximal tubular adenoma.\n"
    "Differential diagnosis\nThe main differential is chromophobe renal cell carcinoma.\n"
    "See also\nrenal cell carcinoma\nangiomyolipoma\n"
)


def test_see_also_ends_a_section_of_a_page_without_blank_lines() -> None:
    facts = of_kind(FactKind.DIFFERENTIAL, page_facts(_CRAMMED, _TITLE, name="page.txt"))
    assert [f.item for f in facts] == ["chromophobe renal cell carcinoma"]


def test_terminology_is_a_section_of_a_page_without_blank_lines() -> None:
    article = read_text(_CRAMMED, path=Path("page.txt"))
    assert [s.heading for s in article.sections] == ["", "Terminology", "Differential diagnosis"]


# --- another name of the condition, or of a kind of it, is no sign --------------------------


def test_the_name_a_condition_is_more_commonly_known_by_is_no_sign() -> None:
    body = (
        "## Pathology\n\nA renal oncocytoma, more commonly known as a mahogany island, is a "
        "benign epithelial neoplasm.\n"
    )
    assert _of(FactKind.SIGN, body) == []


def test_a_name_given_to_qualified_lesions_is_no_sign() -> None:
    body = "## Pathology\n\nLesions larger than 7 cm are called giant mahogany islands.\n"
    assert _of(FactKind.SIGN, body) == []


def test_a_quoted_name_of_a_finding_is_still_a_sign() -> None:
    body = '## CT\n\nThe scar shows radiating strands ("spoke-wheel" pattern) on CT.\n'
    assert [f.item for f in _of(FactKind.SIGN, body)] == ["spoke-wheel pattern"]


# --- what a finding raises concern for ------------------------------------------------------


def _statement_terms(body: str) -> list[str]:
    return [f.value for f in _of(FactKind.STATEMENT, body)]


def test_the_blank_of_raised_concern_is_what_is_suspected() -> None:
    body = (
        "## Nuclear medicine\n\nIntense uptake should raise concern for a chromophobe carcinoma.\n"
    )
    assert _statement_terms(body) == ["chromophobe carcinoma"]
    body = "## CT\n\nA solid nodule in the scar may raise suspicion of a chromophobe carcinoma.\n"
    assert _statement_terms(body) == ["chromophobe carcinoma"]


def test_a_different_diagnosis_is_no_blank() -> None:
    body = "## CT\n\nGrowth on follow-up should prompt an alternative diagnosis.\n"
    assert _statement_terms(body) == []


# --- a saved page that keeps its metadata inside the article body ---------------------------


def test_synonyms_listed_inside_the_article_body_are_the_page_s_synonyms() -> None:
    page = (
        "<html><body><main><h1>Renal oncocytoma</h1>"
        '<div class="meta-item"><div class="meta-item-title">Synonyms:</div><div><ul>'
        "<li>Oncocytic adenoma</li><li>Mahogany island</li></ul></div></div>"
        "<p>Renal oncocytoma is a benign renal tumour of intercalated cells.</p>"
        "<h2>Epidemiology</h2><p>It accounts for about 5% of renal tumours.</p>"
        "</main></body></html>"
    )
    article = read_text(page, path=Path("page.html"))
    assert article.synonyms == ("Oncocytic adenoma", "Mahogany island")
    assert all("Mahogany" not in b.text for s in article.sections for b in s.blocks)


# --- what is no definition ------------------------------------------------------------------


def test_a_time_or_exemplars_or_a_word_about_a_name_define_nothing() -> None:
    body = (
        "## Prognosis\n\nLate metastases, beyond 15 years, are reported.\n\n"
        "## Pathology\n\nSeen organisms include Gram-positive cocci (notably staphylococci and "
        "streptococci) and anaerobes.\n\n"
        "## History and etymology\n\nThe eponym refers to Jan Kowalski, a Polish pathologist "
        "who described the tumour.\n"
    )
    assert _of(FactKind.DEFINITION, body) == []


# --- a later clause names what is mistaken --------------------------------------------------


def test_what_a_later_clause_says_is_mistaken_is_the_differential_s_subject() -> None:
    body = (
        "## Ultrasound\n\nCare is needed, because a lobulated renal column may be mistaken for "
        "a papillary carcinoma.\n\nVascularity is usually minimal, and the lesion may be "
        "mistaken for a haemorrhagic cyst.\n\nPerfusion is variable, although the scar "
        "occasionally shows high rCBV and may be mistaken for a carcinoma.\n"
    )
    facts = _of(FactKind.DIFFERENTIAL, body)
    assert [(f.subject, f.item) for f in facts] == [
        ("lobulated renal column", "papillary carcinoma"),
        (_TITLE, "haemorrhagic cyst"),
    ]


def test_a_pointer_to_the_page_s_other_text_is_no_part_of_a_differential() -> None:
    body = (
        "## Differential diagnosis\n\nImportant differentials on CT include the following.\n\n"
        "- flow artefact, as above\n- chromophobe carcinoma\n"
    )
    assert [f.item for f in _of(FactKind.DIFFERENTIAL, body)] == [
        "flow artefact",
        "chromophobe carcinoma",
    ]


def test_a_fronted_word_before_a_pronoun_is_no_ranked_name() -> None:
    body = "## Epidemiology\n\nWorldwide it is the third most common renal tumour in adults.\n"
    assert all(" it" not in f.item for f in _of(FactKind.RANK, body))


# --- two decades of life -------------------------------------------------------------------


def test_an_age_given_as_two_decades_keeps_both() -> None:
    body = (
        "## Epidemiology\n\nPatients are usually in their 50s or 60s at diagnosis.\n\n"
        "The typical patient is a woman in her thirties to fifties.\n"
    )
    assert [f.value for f in _of(FactKind.AGE, body)] == ["50s or 60s", "thirties to fifties"]


# --- a range keeps both its ends ------------------------------------------------------------


def test_a_range_whose_first_figure_has_its_unit_keeps_both_ends() -> None:
    body = "## Ultrasound\n\nA borderline kidney has a cortical angle between 43° and 59°.\n"
    assert [f.value for f in _of(FactKind.THRESHOLD, body)] == ["between 43° and 59°"]


def test_a_range_of_sex_ratios_keeps_both_ends() -> None:
    body = "## Epidemiology\n\nMen are affected more often than women, at a ratio of 2:1 to 4:1.\n"
    assert [(f.attribute, f.value) for f in _of(FactKind.SEX_RATIO, body)] == [("M:F", "2-4:1")]


def test_a_range_of_rates_from_the_higher_end_is_one_share() -> None:
    body = "## Epidemiology\n\nThe prevalence is between 1 in 300 and 1 in 2000 adults.\n"
    assert [f.value for f in _of(FactKind.PERCENTAGE, body)] == ["between 1 in 300 and 1 in 2000"]


# --- an association in the other clause of a contrast ---------------------------------------


def test_an_association_in_the_other_clause_of_a_contrast_is_not_the_first_subject_s() -> None:
    body = (
        "## CT\n\nNodular oncocytosis is more often benign, whereas irregular septal thickening "
        "is more often associated with carcinoma.\n"
    )
    facts = _of(FactKind.ASSOCIATION, body)
    assert all(f.subject != "Nodular oncocytosis" for f in facts)
