"""Statement key terms of shapes read from sets C and D's missed statements, round 2 (issue 11).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Splenic infarction") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _statements(body: str, title: str = "Splenic infarction") -> list[str]:
    article = read_text(f"{title}\n\n{body}\n")
    return [f.value for f in extract_facts(article) if f.kind is FactKind.STATEMENT]


# --- who and when, year first -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "year", "name"),
    [
        ("The term was coined in 1921 by the French radiologist Paul Lemaire, who thought it "
         "a cyst.", "1921", "Paul Lemaire"),
        ("The link with silica was established in 1958 by Hartmann and colleagues in miners.",
         "1958", "Hartmann"),
        ("The syndrome was first described in 1887 by Anna Berg.", "1887", "Anna Berg"),
    ],
)  # fmt: skip
def test_a_year_before_the_name_gives_both_blanks(sentence: str, year: str, name: str) -> None:
    found = _terms(sentence)
    assert year in found
    assert name in found


def test_a_year_without_a_discoverer_is_no_history() -> None:
    # "in 1990 by" needs a name after it: a capital-less agent names no one
    assert "1990" not in _terms("Screening was introduced in 1990 by most health services.")


def test_two_people_with_their_years_are_two_facts_not_a_list() -> None:
    body = (
        "The lesion was described histologically by Karl Vogt, a Swiss anatomist, in 1898, "
        "and the term was popularised by Maria Lund in 1936."
    )
    assert _statements(body) == ["Karl Vogt | 1898 | Maria Lund | 1936"]


def test_four_plain_terms_are_still_a_list_in_disguise() -> None:
    body = "Fever, haematuria, weight loss and seizures may follow haemorrhage in 1898 patients."
    assert not any("haemorrhage" in v for v in _statements(body))


# --- which treatment ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Management is gross total resection of the mural nodule.", "gross total resection"),
        ("Relapse is treated with craniospinal irradiation in older children.",
         "craniospinal irradiation"),
        ("Percutaneous transluminal angioplasty restores flow in most renal webs.",
         "Percutaneous transluminal angioplasty"),
        ("Bleeding is controlled by uterine artery embolisation in most women.",
         "uterine artery embolisation"),
        ("Large collections are treated by abscess drainage under ultrasound.", "abscess drainage"),
        ("Outcome after en bloc resection of the sacrum is good.", "en bloc resection"),
    ],
)  # fmt: skip
def test_a_treatment_keeps_the_words_that_say_which(sentence: str, term: str) -> None:
    assert term in _terms(sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Recurrence is frequent after initial resection of the gland.", "resection"),
        ("The patient underwent additional chemotherapy for residual disease.", "chemotherapy"),
    ],
)
def test_a_word_that_says_nothing_of_which_treatment_stays_out(sentence: str, term: str) -> None:
    found = _terms(sentence)
    assert term in found
    assert not any(t.endswith(" " + term) for t in found)


def test_drainage_alone_names_no_treatment() -> None:
    assert "drainage" not in " ".join(_terms("Venous drainage is to the portal system."))


# --- how often, as the point of the clause ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Splenic clefts are rare.", "rare"),
        ("The right side is affected more often, and bilateral involvement is very rare.",
         "very rare"),
        ("Capsular thickening is uncommon, unlike in hydatid disease.", "uncommon"),
        ("Postoperative ileus is common in the first week.", "common"),
        ("Bilateral involvement is common in the hereditary form.", "common"),
    ],
)  # fmt: skip
def test_how_often_a_named_thing_occurs_is_the_blank(sentence: str, term: str) -> None:
    assert _terms(sentence, title="Renal cortical necrosis") == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is rare.",
        "Most are uncommon.",
        "This is common.",
        "Because the mass is small it is rare.",
        "Rare variants are described in older children.",
        "Cerebellar tumours are common in children.",
        "Such lesions are rare in adults.",
    ],
)
def test_how_often_without_a_named_subject_is_no_blank(sentence: str) -> None:
    assert not any(t in {"rare", "uncommon", "common"} for t in _terms(sentence))
