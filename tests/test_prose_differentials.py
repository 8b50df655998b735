"""Issue 11: differentials stated in sentences, in the many ways authors open the list.

Every sentence is invented, about a subject none of the gold corpora covers (an orbital
lymphoma, a clival chordoma, a splenic cyst), and each shape is tested outside a section named
"Differential diagnosis" too, where no heading helps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

TITLE = "Chordoma"
HEADINGS = ("Differential diagnosis", "Radiographic features")


def _found(sentence: str, heading: str = "Radiographic features") -> set[tuple[str, str]]:
    article = Article(
        slug="chordoma",
        title=TITLE,
        sections=(
            Section("", (Block(BlockKind.PARAGRAPH, text="Chordoma is a rare bone tumour."),)),
            Section(heading, (Block(BlockKind.PARAGRAPH, text=sentence),)),
        ),
    )
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.DIFFERENTIAL}


def _of_title(*items: str) -> set[tuple[str, str]]:
    return {(TITLE, item) for item in items}


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # a lead noun, then words that say where or for what, then the verb
        (
            "The main differential considerations on imaging are chondrosarcoma and plasmacytoma.",
            ("chondrosarcoma", "plasmacytoma"),
        ),
        (
            "At the skull base the differential diagnosis also includes invasive pituitary "
            "macroadenoma, which usually enlarges the sella, and nasopharyngeal carcinoma.",
            ("invasive pituitary macroadenoma", "nasopharyngeal carcinoma"),
        ),
        (
            "The differential diagnosis is broad and includes giant cell tumour, plasmacytoma "
            "and lymphoma.",
            ("giant cell tumour", "plasmacytoma", "lymphoma"),
        ),
        (
            "Differentials to be considered are plasmacytoma and metastasis.",
            ("plasmacytoma", "metastasis"),
        ),
        (
            "Other entities to consider include plasmacytoma and lymphoma.",
            ("plasmacytoma", "lymphoma"),
        ),
        (
            "Alternative diagnoses include chondrosarcoma and metastasis.",
            ("chondrosarcoma", "metastasis"),
        ),
        (
            "Conditions that may mimic chordoma include chondrosarcoma and plasmacytoma.",
            ("chondrosarcoma", "plasmacytoma"),
        ),
        (  # a look-alike told as "a similar <finding>", the list after a colon
            "Other lesions that can produce a similar appearance include: chondrosarcoma and "
            "plasmacytoma.",
            ("chondrosarcoma", "plasmacytoma"),
        ),
        (
            "Other differential considerations: chondrosarcoma, metastasis and plasmacytoma.",
            ("chondrosarcoma", "metastasis", "plasmacytoma"),
        ),
        # a comment in brackets is no part of the name
        (
            "Important differentials include chondrosarcoma (which arises off the midline) and "
            "metastasis.",
            ("chondrosarcoma", "metastasis"),
        ),
        (
            "The principal differential diagnosis is chondrosarcoma, particularly in the clivus.",
            ("chondrosarcoma",),
        ),
        # the article's subject mimics, is likened to or told apart from a condition
        ("It may also mimic a giant notochordal rest.", ("giant notochordal rest",)),
        ("Unlike metastases, chordomas are usually very bright on T2.", ("metastases",)),
        (
            "The imaging appearance overlaps with that of chondrosarcoma and metastasis.",
            ("chondrosarcoma", "metastasis"),
        ),
        ("Differentiation from chondrosarcoma can be difficult.", ("chondrosarcoma",)),
        (
            "It is often impossible to differentiate chordoma from chondrosarcoma on imaging.",
            ("chondrosarcoma",),
        ),
        # a condition taken for a form of the article's subject is its mimic
        (
            "Ecchordosis physaliphora can be mistaken for a small chordoma but does not enhance.",
            ("Ecchordosis physaliphora",),
        ),
        ("Chondrosarcoma is the chief differential consideration.", ("Chondrosarcoma",)),
        # after "is", any name that does not open on a judgement of the list
        ("The main differential on MRI is Ewing sarcoma.", ("Ewing sarcoma",)),
        ("The main differential is a notochordal rest.", ("notochordal rest",)),
        (
            "Not to be confused with a persistent notochordal canal.",
            ("persistent notochordal canal",),
        ),
        ("The distinction from chondrosarcoma is important but difficult.", ("chondrosarcoma",)),
    ],
)
def test_a_differential_stated_in_a_sentence(
    sentence: str, items: tuple[str, ...], heading: str
) -> None:
    assert _found(sentence, heading) == _of_title(*items)


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Differential enhancement is seen between the solid and cystic parts.",  # an adjective
        "The differential diagnosis is made by biopsy.",  # a judgement, no condition
        "The differential does not include lymphoma.",  # negated
        "Unlike adults, children present with cranial nerve palsies.",  # no condition
        "Unlike other sarcomas, chordomas rarely metastasise early.",  # a class, not a diagnosis
        "It can mimic normal marrow on T1.",  # anatomy, not a diagnosis
        "The differential diagnosis is limited.",  # judgements of the list
        "The differential is based on imaging.",
        "Differentiation from chondrosarcoma (termed low grade in the skull base is hard.",
    ],
)
def test_no_differential(sentence: str, heading: str) -> None:
    assert not _found(sentence, heading)


def test_a_main_consideration_for_nothing_named_is_no_differential() -> None:
    assert not _found("The main consideration is cost.", HEADINGS[1])


def test_other_considerations_outside_a_differential_section_are_treatments() -> None:
    assert not _found(
        "Other considerations include proton beam therapy and watchful waiting.",
        "Treatment and prognosis",
    )


def test_a_list_noun_opening_a_differential_section_sentence_is_no_diagnosis() -> None:
    found = _found("Alternative diagnoses include chondrosarcoma and metastasis.", HEADINGS[0])
    assert ("Chordoma", "Alternative diagnoses") not in found


_LEADS = (
    "The main differential diagnoses are {}.",
    "The differential diagnosis also includes {}.",
    "Differentials to consider include {}.",
    "Other entities to consider are {}.",
    "The imaging differential is broad and includes {}.",
    "Conditions that can mimic chordoma include {}.",
    "Other conditions that may give a similar picture include: {}.",
)
_NAMES = ("chondrosarcoma", "plasmacytoma", "metastasis", "lymphoma", "giant cell tumour")


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(_LEADS),
    names=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3, unique=True),
    heading=st.sampled_from(HEADINGS),
)
def test_the_same_differentials_in_any_phrasing_give_the_same_fields(
    lead: str, names: list[str], heading: str
) -> None:
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    assert _found(lead.format(listed), heading) == _of_title(*names)


def test_a_consideration_for_a_finding_and_an_imperative_list() -> None:
    assert _found(
        "The main consideration for a lytic clival mass is a plasmacytoma.", HEADINGS[1]
    ) == {("lytic clival mass", "plasmacytoma")}
    assert _found(
        "For a midline sacral mass, consider giant cell tumour, which is eccentric, and "
        "plasmacytoma.",
        HEADINGS[1],
    ) == {("midline sacral mass", "giant cell tumour"), ("midline sacral mass", "plasmacytoma")}
