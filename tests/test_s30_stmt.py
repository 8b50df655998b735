"""Session 30 (helper s30stmt): a statement sentence that fronts a scope ("In infants, …")
is said of the title in that scope, not of the title at large; a framing phrase ("In
practice,", "In most cases,") narrows nothing.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_bare import bare_frequency_of_title
from quizgen.extractors.statement_scopes import scoped_subject
from quizgen.model import Article, Block, BlockKind, FactKind, Section

TITLE = "Lacrimal gland lymphoma"


def _subjects(*paragraphs: str) -> dict[str, str]:
    """Statement facts' subject by the sentence they were read from."""
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=TITLE, sections=(Section("Treatment", blocks),))
    return {
        f.source.text: f.subject for f in extract_facts(article) if f.kind is FactKind.STATEMENT
    }


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("In elderly patients, radiotherapy alone is usually curative.", "elderly patients"),
        ("Among smokers, bilateral involvement predominates.", "smokers"),
        ("For the diffuse form, systemic rituximab is preferred.", "the diffuse form"),
    ],
)
def test_a_fronted_scope_narrows_the_title(sentence: str, subject: str) -> None:
    assert scoped_subject(TITLE, sentence) == f"{TITLE} in {subject}"


@pytest.mark.parametrize(
    "sentence",
    [
        "In practice, biopsy is reserved for atypical lesions.",
        "In most cases, radiotherapy alone is curative.",
        "For this reason, orbital MRI is preferred.",
        "In older children the gland is still growing, so dosing differs.",
        "In infants the duct is patent, so reflux is common.",
        "In lacrimal gland lymphoma, orbital MRI is preferred.",  # the title itself
        "Radiotherapy alone is usually curative in elderly patients.",  # nothing fronted
    ],
)
def test_a_framing_phrase_narrows_nothing(sentence: str) -> None:
    assert scoped_subject(TITLE, sentence) == ""


def test_statement_takes_the_scoped_subject() -> None:
    subjects = _subjects(
        "In the sclerosing variant, restricted diffusion predominates in the lateral canthus.",
        "In practice, doxycycline is reserved for chlamydial cases.",
    )
    scoped = "In the sclerosing variant, restricted diffusion predominates in the lateral canthus."
    assert subjects[scoped] == f"{TITLE} in the sclerosing variant"
    framed = "In practice, doxycycline is reserved for chlamydial cases."
    assert subjects.get(framed, TITLE) == TITLE


# 2. a sentence that only says the page's condition is common or rare


def _article(*paragraphs: str) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="t", title=TITLE, sections=(Section("Epidemiology", blocks),))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lacrimal gland lymphomas are extremely common.",
        "Lacrimal gland lymphoma is rare.",
        "The condition is uncommon.",
    ],
)
def test_bare_frequency_of_the_title_is_no_statement(sentence: str) -> None:
    assert bare_frequency_of_title(_article(sentence), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Malignant transformation is rare.",  # what is rare of the condition: a fact
        "Bilateral involvement is uncommon.",
        "Lacrimal gland lymphoma is rare in children.",  # a group: a fact
        "Lacrimal gland lymphoma is rare, with an incidence of 1 per million.",
    ],
)
def test_what_is_rare_of_the_title_stays(sentence: str) -> None:
    assert not bare_frequency_of_title(_article(sentence), sentence)


def test_statements_skip_the_bare_frequency_of_the_title() -> None:
    article = _article(
        "Lacrimal gland lymphomas are uncommon.", "Orbital extension of the lymphoma is rare."
    )
    sources = {f.source.text for f in extract_facts(article) if f.kind is FactKind.STATEMENT}
    assert "Lacrimal gland lymphomas are uncommon." not in sources
    assert "Orbital extension of the lymphoma is rare." in sources
