"""Blanks read from a sentence's grammar when it holds no named term, and definitions that
are no definitions (issue 11).

Blind writers' sentences often hold no link, number or named sign yet state one testable
thing: "Growth is slow", "The cavities contain unclotted blood", "The ferret is the
definitive host". Every sentence here is invented, about organs the corpora do not cover.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.classification import extract_classifications
from quizgen.extractors.statement_terms import fallback_terms
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, kind: FactKind, title: str = "Splenic hamartoma") -> list[Fact]:
    text = f"# {title}\n\n## Pathology\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is kind]


def _blanks(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.type) for t in fallback_terms(sentence)]


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        # a modality that is the sentence's subject: what the sentence says it does
        ("Ultrasound is increasingly used to follow the cysts.", ("Ultrasound", "modality")),
        ("Plain radiographs are insensitive to early erosions.", ("Plain radiographs", "modality")),
        ("MRI avoids ionising radiation in growing children.", ("MRI", "modality")),
        # the object of a verb of meaning or content
        ("The locules contain inspissated keratin and debris.", ("inspissated keratin", "term")),
        ("Marked T2 shortening indicates fibrous stroma.", ("fibrous stroma", "term")),
        (
            "The swelling is attributed to venous congestion, at least in part.",
            ("venous congestion", "term"),
        ),
        # the subject a singled-out role names
        ("The ferret is the definitive host of the parasite.", ("ferret", "term")),
        ("Haematuria is the only reliable clinical sign of rupture.", ("Haematuria", "term")),
        # a short predicate complement
        ("Involution is slow and many persist into adulthood.", ("slow", "term")),
        ("The capsule becomes calcified in long-standing lesions.", ()),  # a participle
        ("The overlying cortex remains intact.", ("intact", "term")),
        # "non-specific" names nothing a resident recalls (round 10)
        ("Laboratory tests are non-specific in most patients.", ()),
        # what treatment or diagnosis is, in one word; "or" ends the complement
        ("Treatment is conservative.", ("conservative", "term")),
        ("The gland is usually atrophic or absent by adulthood.", ("atrophic", "term")),
        # what the disease lacks
        ("Jaundice is not a feature and suggests another diagnosis.", ("Jaundice", "term")),
        # what a structure undergoes, what a term refers to
        (
            "The ductal epithelium undergoes squamous metaplasia with age.",
            ("squamous metaplasia", "term"),
        ),
        ("The name refers to the honeycomb cut surface.", ("honeycomb cut surface", "term")),
    ],
)
def test_a_sentence_without_a_named_term_blanks_what_its_grammar_asks(
    sentence: str, blank: tuple[str, str]
) -> None:
    assert _blanks(sentence) == ([blank] if blank else [])


@pytest.mark.parametrize(
    "sentence",
    [
        # (how often a named thing occurs is a blank since round 8:
        # tests/test_prose_statements_round8.py; of a generic subject it is none)
        "Cerebellar tumours are common in children.",
        # a signal word belongs to the appearance readers
        "The nodule is hyperintense on T2 in most patients.",
        # no one thing: a vague subject, a subordinate opener, a preposition, a passive
        "Several grading systems are in use.",
        "No single feature is specific enough for diagnosis.",
        "Because the gland is often small, its margins can be hard to see.",
        "The microliths are of little significance on their own.",
        "Treatment is dependent on the age of the patient.",
        "The duct is seen in most patients.",
        # an object that names one of a kind, or sits in a relative clause
        "The syndrome is caused by a mutation in one of two genes.",
        "Cysts that contain blood are hyperattenuating on CT.",
        # a number of schemes is no modality
        "Two CT classifications are in common use.",
        # a role whose subject names no one thing
        "Treatment is the main concern in adults.",
    ],
)
def test_a_sentence_whose_grammar_asks_nothing_one_gets_no_blank(sentence: str) -> None:
    assert _blanks(sentence) == []


def test_a_named_term_wins_over_the_fallback() -> None:
    # the condition is the blank, not the complement "slow"
    terms = key_terms("Growth of the splenic lymphangioma is slow.", title="Splenic hamartoma")
    assert [t.text for t in terms] == ["splenic lymphangioma"]


def test_a_fallback_blank_becomes_a_statement_on_the_title() -> None:
    facts = _facts("The locules contain inspissated keratin and debris.", FactKind.STATEMENT)
    assert [(f.subject, f.value) for f in facts] == [("Splenic hamartoma", "inspissated keratin")]


_SUBJECTS = st.sampled_from(["Growth", "Involution", "Regression of the nodule"])
_ADVERBS = st.sampled_from(["", "usually ", "typically ", "often "])


@given(_SUBJECTS, _ADVERBS)
def test_the_complement_is_the_blank_whatever_the_subject_and_adverb(
    subject: str, adverb: str
) -> None:
    sentence = f"{subject} is {adverb}slow and many persist into adulthood."
    assert _blanks(sentence) == [("slow", "term")]


# --- definitions -----------------------------------------------------------------------


def test_a_participle_between_commas_is_no_definition() -> None:
    body = "Sarcomatous change, arising de novo or after irradiation, occurs in few patients."
    assert _facts(body, FactKind.DEFINITION) == []


def test_a_drug_in_apposition_is_defined_under_the_article() -> None:
    body = "Sirolimus, an inhibitor of the mTOR pathway, is used for unresectable lesions."
    facts = _facts(body, FactKind.DEFINITION)
    assert [(f.subject, f.item, f.value) for f in facts] == [
        ("Splenic hamartoma", "Sirolimus", "an inhibitor of the mTOR pathway")
    ]


def test_a_ranked_lead_defines_what_it_ranks_in() -> None:
    text = (
        "# Renal hydatid cyst\n\nRenal hydatid cysts are the most common urinary manifestation "
        "of alveolar echinococcosis, a parasitic infection caused by a fox tapeworm.\n"
    )
    facts = [f for f in extract_facts(read_text(text)) if f.kind is FactKind.DEFINITION]
    assert [(f.subject, f.value) for f in facts] == [
        ("alveolar echinococcosis", "a parasitic infection caused by a fox tapeworm")
    ]


# --- classification: parts and phases announced like classes ------------------------------


def test_the_layers_a_structure_has_are_its_classes() -> None:
    article = read_text(
        "Placental cyst\n\nPathology\n\nThe cyst wall has three layers:\n\n"
        "amnion: the inner avascular membrane\n"
        "chorion: the outer vascular membrane\n"
        "decidua: the maternal layer, which may calcify\n"
    )
    facts = list(extract_classifications(article))
    assert [(f.item, f.value) for f in facts] == [
        ("amnion", "the inner avascular membrane"),
        ("chorion", "the outer vascular membrane"),
        ("decidua", "the maternal layer, which may calcify"),
    ]


def _classes(body: str, title: str = "Renal cyst") -> list[tuple[str, str]]:
    article = read_text(f"# {title}\n\n## Pathology\n\n{body}\n")
    return [(f.item, f.value) for f in extract_classifications(article)]


def test_two_forms_named_in_brackets_after_what_defines_them_are_classes() -> None:
    body = (
        "Most arise without a cause (primary hydronephrosis) or follow an obstructing "
        "stone (secondary hydronephrosis)."
    )
    assert _classes(body) == [
        ("primary hydronephrosis", "arise without a cause"),
        ("secondary hydronephrosis", "follow an obstructing stone"),
    ]


def test_two_forms_before_a_class_noun_are_classes() -> None:
    assert _classes("Both sporadic and hereditary forms are recognised.") == [
        ("sporadic", ""),
        ("hereditary", ""),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # places in brackets are no forms
        "The cyst may lie medially (upper pole) or laterally (lower pole).",
        # two labels with different heads are two things, not two forms of one
        "It may arise de novo (primary cyst) or in a tumour (secondary neoplasm).",
        # one form alone is no classification
        "Most arise de novo (primary cyst).",
        "The same acute and acute forms are seen.",
    ],
)
def test_labels_that_are_no_pair_of_forms_are_no_classes(body: str) -> None:
    assert _classes(body) == []


# --- statements refused or taken by shape ---------------------------------------------------


def test_a_three_word_sentence_with_a_blank_is_a_statement() -> None:
    facts = _facts("The fat plane is lost.\n\nMRI is rarely needed.", FactKind.STATEMENT)
    # (how often the modality is needed is what the second says: s28 _RARE_PASSIVE)
    assert [f.value for f in facts] == ["lost", "rarely needed"]


@pytest.mark.parametrize(
    "body",
    [
        # a linked verb phrase names nothing to recall
        "All infants are [examined clinically](/articles/hip-examination).",
        # the next step of a procedure begun in the sentence before
        "Fibrosis is then scored as none, mild or severe by the [Ishak system](/articles/ishak).",
        # a category without what sets the subject apart
        "Hamartomatosis is a [systemic disorder](/articles/systemic-disorder).",
        # a caution that says nothing of what the modality shows
        "MRI can be misleading.",
    ],
)
def test_sentences_that_ask_nothing_are_no_statements(body: str) -> None:
    assert _facts(body, FactKind.STATEMENT) == []


def test_a_category_that_is_itself_a_term_is_kept() -> None:
    facts = _facts(
        "Hamartomatosis is a [panarteritis](/articles/panarteritis).", FactKind.STATEMENT
    )
    assert [f.value for f in facts] == ["panarteritis"]
