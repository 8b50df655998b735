"""Issue 11, session 14: whose relation a sentence or list states.

- "Infants present with A, whereas older adults present with B": how the condition presents
  in each group of patients, the members ending where the contrast begins;
- "because of their association with A and B": the subject's own associations;
- "A and B are not features of X": denied, no relation;
- a list of "causes of <something else>" ("Other causes of hilar narrowing should be
  considered:") holds that thing's causes, not the article's subject's;
- a sentence about a word ("The term X is used …") is no antecedent for the next "They".

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.association import extract_associations
from quizgen.model import Article, Block, BlockKind, FactKind, Section
from quizgen.readers import read_text

TITLE = "Meckel diverticulum"


def _relations(*paragraphs: str, title: str = TITLE) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Clinical presentation", blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def test_each_group_of_patients_has_its_own_presentation() -> None:
    found = _relations(
        "Infants usually present with painless rectal bleeding and anaemia, whereas older "
        "children and adults more commonly present with obstruction or diverticulitis."
    )
    infants = f"{TITLE} in infants"
    older = f"{TITLE} in older children and adults"
    assert {
        (infants, "presenting features", "painless rectal bleeding"),
        (infants, "presenting features", "anaemia"),
        (older, "presenting features", "obstruction"),
        (older, "presenting features", "diverticulitis"),
    } <= found
    # the contrast ends the first group's members
    assert not any(item.startswith("anaemia,") or "whereas" in item for _, _, item in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients present with painless rectal bleeding.",  # every patient: the title's own
        "Most children present with painless rectal bleeding.",  # a share, not a group
    ],
)
def test_patients_in_general_present_with_the_titles_presentation(sentence: str) -> None:
    assert (TITLE, "presenting features", "painless rectal bleeding") in _relations(sentence)


def test_their_association_with_names_the_subjects_associations() -> None:
    found = _relations(
        "Urachal cysts are remnants of the allantois. They are important because of their "
        "association with infection and adenocarcinoma.",
        title="Urachal cyst",
    )
    assert ("Urachal cyst", "associations", "infection") in found
    assert ("Urachal cyst", "associations", "adenocarcinoma") in found


def test_a_sentence_about_a_word_is_no_antecedent() -> None:
    found = _relations(
        "Urachal cysts are remnants of the allantois. The term urachal sinus disease is "
        "sometimes used instead. They are important because of their association with "
        "adenocarcinoma.",
        title="Urachal cyst",
    )
    assert ("Urachal cyst", "associations", "adenocarcinoma") in found
    assert not any(subject.lower().startswith("term") for subject, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Perforation and peritonitis are not features of uncomplicated diverticula.",
        "Perforation and peritonitis are never features of uncomplicated diverticula.",
    ],
)
def test_denied_features_are_no_relation(sentence: str) -> None:
    assert not _relations(sentence)


def test_affirmed_features_are_still_read() -> None:
    found = _relations("Perforation and peritonitis are features of complicated diverticula.")
    assert found


def _listed(intro: str, title: str = "Hilar cholangiocarcinoma") -> set[tuple[str, str, str]]:
    article = read_text(
        f"# {title}\n\n## Differential diagnosis\n\n{intro}\n\n"
        "- primary sclerosing cholangitis: multifocal strictures\n"
        "- IgG4-related sclerosing cholangitis: smooth wall thickening\n"
    )
    return {(f.subject, f.group, f.item) for f in extract_associations(article)}


def test_a_list_of_causes_of_something_else_is_that_things() -> None:
    found = _listed("Other causes of hilar biliary narrowing should be considered:")
    assert ("hilar biliary narrowing", "causes", "primary sclerosing cholangitis") in found
    assert not any(subject == "Hilar cholangiocarcinoma" for subject, _, _ in found)


@pytest.mark.parametrize(
    "intro",
    [
        "Causes include:",
        "Causes of hilar cholangiocarcinoma include:",
        "Causes of this condition include:",
        "Complications of the disease itself include:",
    ],
)
def test_a_list_of_the_subjects_own_causes_stays_the_titles(intro: str) -> None:
    found = _listed(intro)
    assert found
    assert {subject for subject, _, _ in found} == {"Hilar cholangiocarcinoma"}
