"""The last-resort blank of a statement: what its predicate says (quizgen.extractors.
predicate_terms), tested on sentences written here about organs of every system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.statements import key_terms


def blank(sentence: str) -> str:
    found = list(predicate_terms(sentence))
    return found[0].text if found else ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the object of the predicate's preposition
        ("Rotation usually occurs in a clockwise direction.", "clockwise direction"),
        ("Most thymic cysts arise de novo.", "de novo"),
        ("The cyst comes to lie in the anterior mediastinum.", "anterior mediastinum"),
        # the complement of "be", with its classifier head dropped
        ("Meniscal cysts are overwhelmingly a condition of adulthood.", "adulthood"),
        ("Xanthelasma is a cutaneous marker of hyperlipidaemia.", "hyperlipidaemia"),
        ("Haemarthrosis is unusual.", "unusual"),
        ("The isodense collection is the classic pitfall.", "classic pitfall"),
        # a passive told with how often and nothing more
        ("The upper pole is rarely involved.", "rarely involved"),
        # the verb after a modal is the verb, not its object
        ("A thyroid adenoma may coexist with a parathyroid adenoma.", "parathyroid adenoma"),
        ("Imaging should always raise the possibility of child abuse.", "child abuse"),
        # what a relational adjective relates to
        ("Fracture risk is dependent on the cortical thickness.", "cortical thickness"),
        # words of manner or degree inside the verb group
        ("The ureter is most often seen at the pelvic brim.", "pelvic brim"),
        (
            "Uncomplicated diverticulitis is increasingly managed in the outpatient setting.",
            "outpatient setting",
        ),
        ("The nidus lies close to the cortex.", "cortex"),
        # a participle after the head ends the phrase ("… known as the X")
        (
            "Chronic reflux leads to columnar metaplasia known as Barrett oesophagus.",
            "columnar metaplasia",
        ),
        # "one of the" leads to the class
        (
            "Histoplasmosis remains one of the leading causes of fibrosing mediastinitis.",
            "fibrosing mediastinitis",
        ),
        ("Diagnosis rests on sputum culture.", "sputum culture"),
        # a bare plural head, with a word of quantity at most, is the page's own lesions
        ("Most tumours are sporadic.", "sporadic"),
        ("Nodules are distributed evenly throughout the gland.", "gland"),
        ("Young adults show typical post-primary features.", "typical post-primary features"),
        # a purpose after "to"
        ("Cystoscopy is needed to exclude a bladder tumour.", "bladder tumour"),
    ],
)
def test_predicate_gives_the_phrase_that_says_the_fact(sentence: str, expected: str) -> None:
    assert blank(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject points elsewhere (C2)
        "It is usually solitary.",
        "Others arise in the posterior mediastinum.",
        "On imaging they form a crescent over the convexity.",
        # a negation blanked asks yes/no in disguise
        "The lesion is not encapsulated.",
        "A typical lesion needs neither follow-up nor treatment.",
        # judgements with many right words, words naming nothing
        "Appearances are variable.",
        "The presentation can be highly variable.",
        "Thymic lesions can have virtually any appearance.",
        "Enlarged nodes are seen in advanced disease.",
        "Hydronephrosis is uncommon here.",
        "Gas may fill a large amount of the lumen.",
        "The cyst needs no treatment, and most remain stable for years.",
        "No medical therapy has been shown to halt the disease.",
        "Retained stones are an important distinction.",
        "Focal sparing is a helpful additional clue.",
        "A linear distribution suggests deposits within a duct.",
        "Mumps and rubella are the classically described triggers.",
        # the state of knowledge, not a fact of the disease
        "The pathophysiology of the syndrome is incompletely understood.",
        "Lesions involve the subcortical and deep white matter, the pons and the cord.",
        "Thymic tumours are common in adults.",
        "Several small tumours are found in the tail.",
        "Tumours can arise anywhere along the sympathetic chain.",
        "Such cysts arise in the posterior mediastinum.",
        "MRI is also valuable before surgery.",
        "The ducts may still be visible.",
        "Cysts may fluctuate in size.",
        # a modality is asked only where its role is said
        "A draining vein may be seen in the venous phase.",
        "The nidus is best seen on CT.",
        # one of a list, or an adjective a comma parts from its noun
        "Patients should avoid dehydration, hypotension and hyperventilation.",
        "The papillae are supplied by the long, thin vasa recta.",
        # a bare passive: nothing said but that it is done
        "The whole bone should be imaged.",
        # no verb
        "Marked oedema of the surrounding fat.",
    ],
)
def test_predicate_gives_no_blank_where_none_is_fair(sentence: str) -> None:
    assert blank(sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the direction of a comparison with "than" is the fact, without its word of degree
        ("Pineoblastoma is considerably less common than pineocytoma.", "less common"),
        ("The outcome is much better than that of anaplastic carcinoma.", "better"),
        ("The left lobe is wider than the caudate lobe.", "wider"),
        # a phrase between the comparative and "than" is what is compared
        ("Symptoms are more severe in infants than in older children.", "infants"),
        ("Uptake is greater in the cortex than in the medulla.", "cortex"),
    ],
)
def test_a_comparison_blanks_its_direction_or_what_it_compares(
    sentence: str, expected: str
) -> None:
    assert blank(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # against a figure: the figure is the fact, and it has its own key term
        "The nidus is smaller than 1.5 cm.",
        "The cyst is usually less than 2 cm.",
        # a comparison whose compared phrase runs on past a clause
        "The wall is thinner on its medial side, probably because the white matter has a "
        "poorer blood supply than the cortex.",
    ],
)
def test_a_comparison_gives_no_blank_where_none_is_fair(sentence: str) -> None:
    assert blank(sentence) == ""


def test_a_comparison_without_than_is_read_as_any_predicate() -> None:
    assert blank("Thoracic neuroblastomas have a better prognosis.") == "better prognosis"


def test_statement_key_terms_fall_back_to_the_predicate() -> None:
    terms = key_terms("Rotation usually occurs in a clockwise direction.")
    assert [t.text for t in terms] == ["clockwise direction"]


def test_a_named_term_wins_over_the_predicate() -> None:
    terms = key_terms("Rotation usually causes obstruction in a clockwise direction.")
    assert "clockwise direction" not in [t.text for t in terms]


_SUBJECTS = ["The thymoma", "A bronchogenic cyst", "Most thymic cysts", "The teratoma"]
_HEDGES = ["", "usually ", "typically ", "characteristically "]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_HEDGES))
def test_hedges_do_not_change_the_blank(subject: str, hedge: str) -> None:
    """The same predicate with or without a word of hedging gives the same blank."""
    assert blank(f"{subject} {hedge}lies in the posterior mediastinum.") == (
        "posterior mediastinum"
    )


@given(st.text(alphabet="ab ,;:()-", max_size=400))
def test_any_text_gives_at_most_one_short_blank(text: str) -> None:
    found = list(predicate_terms(text))
    assert len(found) <= 1
    assert all(len(t.text.split()) <= 4 and text[t.start :].startswith(t.text) for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prone imaging can help to resolve the doubt.",
        "The fracture line may pass either through the physis or through the metaphysis.",
    ],
)
def test_a_word_of_doubt_or_of_choosing_between_is_no_blank(sentence: str) -> None:
    """Set W and X's wrong statements (after their measure): "resolve the [doubt]", "pass
    [either] through …" ask nothing (rewritten here on other organs)."""
    assert [t.text for t in predicate_terms(sentence)] == []
