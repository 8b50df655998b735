"""Session 27: body sentences that gave no statement for want of a blank, read by English
grammar (roles that make the subject the answer, verbs of becoming, relative clauses,
participles of consequence, commas before a clause, existential "there"). Sentences are
invented here, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.role_subjects import role_subject
from quizgen.extractors.statement_refusals import _testable
from quizgen.extractors.statements import _statement, key_terms
from quizgen.readers import read_text


def _blank(sentence: str) -> str:
    found = list(predicate_terms(sentence))
    return found[0].text if found else ""


def _role(sentence: str) -> str:
    term = role_subject(sentence)
    return term.text if term else ""


def _terms(sentence: str, title: str = "Renal cell carcinoma") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


# --- a predicate that names a role makes the subject the answer --------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Voiding cystourethrography (VCUG) is the recommended screening test.",
            "Voiding cystourethrography (VCUG)",
        ),
        ("Contrast enema remains the investigation of choice.", "Contrast enema"),
        ("Percutaneous drainage is now the mainstay of treatment.", "Percutaneous drainage"),
        ("In infants, hip ultrasound is the preferred examination.", "hip ultrasound"),
        # a superlative: what holds the rank is the answer
        ("The proximal ureter is the most commonly injured.", "proximal ureter"),
        # the passive of recommending, with nothing after it but a condition
        (
            "Annual thyroid ultrasound is often recommended when nodules are multiple.",
            "Annual thyroid ultrasound",
        ),
    ],
)
def test_a_role_predicate_blanks_its_subject(sentence: str, expected: str) -> None:
    assert _role(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Voiding cystourethrography is a useful test.",  # indefinite: many right answers
        "It is the recommended screening test.",  # a pronoun names nothing
        "The lesion is the recommended target for biopsy.",  # a generic head
        "Surgery and radiotherapy are the treatments of choice.",  # two answers
        "Screening is recommended for all adults over fifty.",  # the object is the fact
        "Thyroid ultrasound is the usual first step in a goitre.",  # no role named
        # a subordinate clause's subject: the main clause says the fact
        "The cyst is usually solitary, whereas the left kidney is the most common site.",
    ],
)
def test_a_role_predicate_gives_no_subject_where_none_is_fair(sentence: str) -> None:
    assert _role(sentence) == ""


def test_the_role_subject_is_the_statements_blank() -> None:
    terms = _terms("Voiding cystourethrography (VCUG) is the recommended screening test.")
    assert terms == ["Voiding cystourethrography (VCUG)"]


# --- verbs of becoming, relative clauses and participles ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an auxiliary after "that" is the relative clause's; "becomes" takes a participle
        (
            "The haematoma becomes organised into granulation tissue that is later replaced "
            "by scar.",
            "granulation tissue",
        ),
        # a participle of consequence opens a clause: the comma before it ends the phrase
        (
            "Renal involvement begins with microscopic haematuria, reflecting early "
            "glomerular injury.",
            "microscopic haematuria",
        ),
        # "to be" carries the predicate on after a participle
        ("The cyst is thought to be congenital.", "congenital"),
        # a participle before a noun is an adjective ("isolated proteinuria")
        ("Early nephropathy begins with isolated proteinuria.", "isolated proteinuria"),
        # a comma before a clause or a complement's preposition ends the phrase whole
        ("First-line management is conservative, with rest and analgesia.", "conservative"),
        (
            "The ureter should always be imaged on a prone view, as supine images miss "
            "small stones.",
            "prone view",
        ),
        # a head with the bare phrase its "of" governs
        (
            "Biliary obstruction leads to accumulation of bile salts in the skin.",
            "accumulation of bile salts",
        ),
        # a negative prefix makes the participle an adjective
        ("The aetiology is unknown.", "unknown"),
    ],
)
def test_the_predicate_blank_reads_these_shapes(sentence: str, expected: str) -> None:
    assert _blank(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyst becomes infected.",  # a bare participle says only that it happens
        "The benign tumour arises in the parotid tail.",  # a generic head: any tumour
        # a word after a preposition is no verb ("sons of affected mothers")
        "Especially the sons of affected mothers.",
        # "of the diagnosis": the page's own, said before
        "Bilateral ovarian fibromas are strongly suggestive of the syndrome.",
        "Mumps and rubella are the classically described triggers.",
        # parallel prepositional phrases after a preposition are a list (C3)
        "The hormone is expressed around the tubules, in the loop and at the macula densa.",
        "The papillae are supplied by the long, thin vasa recta.",
        "The cyst leads to compression of the adjacent bronchus.",  # "of" with a determiner
        "Scarring results in a number of strictures.",  # "number of" names no thing
    ],
)
def test_the_predicate_blank_stays_off_these_shapes(sentence: str) -> None:
    assert _blank(sentence) == ""


def test_a_shape_term_does_not_stand_in_for_names_dropped_as_one_of_a_set() -> None:
    sentence = (
        "False positives include bronchial mucosa in a foregut cyst, oesophageal activity, "
        "pneumonia and atelectasis."
    )
    assert _terms(sentence, title="Bronchogenic cyst") == []


def test_a_reading_whose_terms_all_drop_gives_way_to_the_next() -> None:
    """The shape reading's "venous wall" is one of a set and drops; the predicate's blank
    is still a fact of the sentence."""
    sentence = (
        "The clot becomes organised into granulation tissue that is incorporated into the "
        "venous wall, forming webs, bands and scars."
    )
    assert _terms(sentence, title="Deep vein thrombosis") == ["granulation tissue"]


# --- existential "there" ------------------------------------------------------------------------


def test_an_existential_there_is_no_pronoun_lead() -> None:
    assert _testable("There is no curative treatment, and care of the kidney is supportive.")
    assert _terms("There is no curative treatment, and care of the kidney is supportive.") == [
        "supportive"
    ]


@pytest.mark.parametrize(
    "sentence", ["There it forms a mass in the renal pelvis.", "There, the ureter narrows."]
)
def test_a_locative_there_still_points_back(sentence: str) -> None:
    assert not _testable(sentence)


def test_what_is_most_often_involved_is_the_subject() -> None:
    assert _role("The proximal pole of the scaphoid is most often involved.") == (
        "proximal pole of the scaphoid"
    )
    # with a phrase of its own after the participle, the predicate says the fact
    assert _role("The proximal pole is most often involved in adolescents.") == ""


def test_a_verb_whose_bare_form_is_a_noun_makes_a_sentence_testable() -> None:
    assert _testable("Staging uses the Bosniak system for cystic renal masses.")
    assert not _testable("Use of the Bosniak system for cystic renal masses.")


# --- guards on the new readings -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a role is the question, never the blank
        "Surgical drainage, usually via a flank incision, is the mainstay of treatment.",
        "In pregnancy, delivery and steroids are the mainstays of therapy.",
        # "of" before a coordination or an adverb: the head's phrase is cut
        "The radiographic hallmark is a combination of nodules and cysts.",
        # a verb of purpose alone is no blank ("helps [confirm] that …")
        "The halo helps confirm that the nodule is benign.",
        # "of" before a coordination: the head's phrase is cut
        "Chronic reflux leads to accumulation of fluid and debris.",
        # "by far": a rank whose answer is the subject
        "The kidney is by far their favourite site.",
        # a subject of adverbs only: the participle after it is no verb
        "Less severely affected infants present later with vomiting.",
        # a participle of change whose noun is cut before its "of" or names nothing
        "Most patients have a reduced level of consciousness.",
        "Stones are reported with increased frequency in desert climates.",
        # another thing fills the predicate too ("…, as is X"): no one answer (C3)
        "A dilated duct is a major criterion, as is a stone in the common bile duct.",
        # the complement goes on with examples
        "Drainage is undesirable, for instance in coagulopathy.",
    ],
)
def test_the_new_readings_stay_off_these_shapes(sentence: str) -> None:
    assert _blank(sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Surgical drainage, usually via a flank incision, is the mainstay of treatment.",
            "Surgical drainage",
        ),
    ],
)
def test_an_aside_between_commas_leaves_the_subject(sentence: str, expected: str) -> None:
    assert _role(sentence) == expected


def test_an_adjective_of_pointing_blanks_what_it_points_to() -> None:
    assert _blank("Cortical nephrocalcinosis is highly suggestive of acute cortical necrosis.") == (
        "acute cortical necrosis"
    )


def test_a_head_with_its_of_stops_at_an_adverb() -> None:
    assert _blank("The defining feature is the production of mucin directly by the cells.") == (
        "production of mucin"
    )


def test_a_subject_blank_needs_the_sentences_own_subject() -> None:
    """ "It is most often involved" read as "The left lobe is …": the referent is the
    readers' guess, and a blank on it asks for a word the page never wrote there (C2)."""
    article = read_text(
        "# Renal angiomyolipoma\n\nAnnual ultrasound is advised.\n",
        path=Path("renal-angiomyolipoma.md"),
    )
    section = article.sections[0]
    resolved = "The left lobe is most often involved."
    own = _statement(article, section, resolved, resolved, ())
    assert own is not None
    assert own.value == "left lobe"
    source = "It is most often involved."
    assert _statement(article, section, source, resolved, (), own_subject=False) is None
