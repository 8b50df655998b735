"""Session 15: "and" followed by a second verb ends a rank's category, whatever the verb
("… the most common congenital cystic lesion of the brain and make up about 1% of …" ranked
nothing). Sentences invented, on other organs."""

from __future__ import annotations

from quizgen.extractors.rank import ranks_in


def test_and_before_a_second_verb_ends_the_category() -> None:
    text = (
        "Pilomatricomas are the most common calcified skin tumour of childhood and make up "
        "about 10% of paediatric skin lesions."
    )
    assert list(ranks_in(text, "Pilomatricomas")) == [
        ("Pilomatricomas", "most common", "calcified skin tumour of childhood")
    ]
    text = "Gallstones are the commonest cause of pancreatitis and tend to recur."
    assert list(ranks_in(text, "Gallstones")) == [
        ("Gallstones", "most common", "cause of pancreatitis")
    ]


def test_and_inside_a_phrase_stays_in_the_category() -> None:
    text = "Osteosarcoma is the most common primary bone malignancy of children and adolescents."
    assert list(ranks_in(text, "Osteosarcoma")) == [
        ("Osteosarcoma", "most common", "primary bone malignancy of children and adolescents")
    ]
