"""Session 28: sentences that gave no statement because the predicate reader found no blank
(quizgen.extractors.predicate_objects): a present-tense verb it did not know, "as" after a
verb of appearing, a passive of involvement. Sentences are invented here, on organs other
than the pages that showed the gap."""

from __future__ import annotations

import pytest

from quizgen.extractors.predicate_objects import object_terms
from quizgen.extractors.statement_refusals import _testable
from quizgen.extractors.statements import key_terms


def _blank(sentence: str, title: str) -> str:
    found = list(object_terms(sentence, title=title))
    return found[0].text if found else ""


# --- the object of a present-tense verb the reader did not know --------------------------------


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        ("Hepatic cysts remodel the adjacent capsule.", "Hepatic cyst", "adjacent capsule"),
        (
            "The nodule typically abuts the pleural surface.",
            "Pulmonary hamartoma",
            "pleural surface",
        ),
        (
            "Ureteric stones cause posterior acoustic shadowing.",
            "Ureteric stone",
            "posterior acoustic shadowing",
        ),
        (
            "Dermoid cysts straddle the frontozygomatic suture.",
            "Orbital dermoid cyst",
            "frontozygomatic suture",
        ),
    ],
)
def test_present_verb_object(sentence: str, title: str, expected: str) -> None:
    assert _blank(sentence, title) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the subject is another thing than the page's: the card's topic would mislead (C2)
        ("Metallic clips cause susceptibility artefact.", "Adrenal adenoma"),
        ("Surgical drains produce linear lucencies.", "Splenic abscess"),
        # a word that begins as a title word does names another thing
        (
            "Encephalopathy produces diffuse cortical oedema.",
            "Acute disseminated encephalomyelitis",
        ),
        # half of a pair joined by "and"/"or" (C3)
        ("Gallbladder polyps cause wall thickening and reverberation.", "Gallbladder polyp"),
        ("The mass reveals painful and restricted abduction.", "Frozen shoulder"),
        # a form in -ed after a noun is a participle that qualifies it
        ("Thymic cysts separated by thin septa.", "Thymic cyst"),
    ],
)
def test_present_verb_refused(sentence: str, title: str) -> None:
    assert _blank(sentence, title) == ""


# --- "as" after a verb of appearing or regarding ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        (
            "Splenic hamartomas appear as isoechoic solid nodules.",
            "Splenic hamartoma",
            "isoechoic solid nodules",
        ),
        (
            "The lesion is seen as a loose body in the joint.",
            "Synovial chondromatosis",
            "loose body",
        ),
    ],
)
def test_as_complement(sentence: str, title: str, expected: str) -> None:
    assert _blank(sentence, title) == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # another verb: "grow as" says how, not what it looks like
        ("Chondromas grow as lobular nodules.", "Chondroma"),
        # another subject than the page's
        ("Surgical clips appear as linear bright foci.", "Thyroid nodule"),
        # half a pair
        ("Parathyroid adenomas appear as oval or bean-shaped nodules.", "Parathyroid adenoma"),
    ],
)
def test_as_complement_refused(sentence: str, title: str) -> None:
    assert _blank(sentence, title) == ""


# --- the subject of a passive of involvement -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the hand the proximal phalanges are most often affected.", "proximal phalanges"),
        ("Girls are more frequently affected.", "Girls"),
        ("Hepatic function is usually preserved.", "Hepatic function"),
        ("The subpleural lung is characteristically spared.", "subpleural lung"),
    ],
)
def test_involved_subject(sentence: str, expected: str) -> None:
    assert _blank(sentence, "Sarcoidosis") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the predicate reader's own blank: "rarely involved"
        "The upper pole is rarely involved.",
        # two things joined: a list answer (C3)
        "The apices and the bases are relatively spared.",
        # something follows the participle: not a bare passive of involvement
        "Adults are occasionally affected by the acute form.",
        # a subject that names nothing
        "These are typically spared.",
        # another participle
        "The nodules are usually resected.",
    ],
)
def test_involved_subject_refused(sentence: str) -> None:
    assert _blank(sentence, "Sarcoidosis") == ""


def test_statement_reads_the_new_blank_last() -> None:
    """Through key_terms: the reading speaks only where none before found a blank."""
    terms = key_terms("Hepatic cysts remodel the adjacent capsule.", title="Hepatic cyst")
    assert [t.text for t in terms] == ["adjacent capsule"]
    assert key_terms("Metallic clips cause susceptibility artefact.", title="Adrenal adenoma") == []


# --- a comparison of involvement: the site is set against the other sites -----------------------


def test_a_site_more_often_affected_is_testable() -> None:
    assert _testable("The right lobe is more often affected.")
    assert _blank("The right lobe is more often affected.", "Lung abscess") == "right lobe"


@pytest.mark.parametrize(
    "sentence",
    [
        # compared with what the sentence before named
        "Haemoptysis is more frequent.",
        "Calcified foci are less common and tend to be peripheral.",
        # something follows the participle: the comparison's other side is unsaid
        "The right lobe is more often affected in adults.",
    ],
)
def test_bare_comparison_is_still_refused(sentence: str) -> None:
    assert not _testable(sentence)


# --- what a treatment is kept for; a passive of involvement with an aside or a "than" ------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Drainage is reserved for infected cysts.", "infected cysts"),
        ("Embolisation should be reserved for persistent haemoptysis.", "persistent haemoptysis"),
        # an aside or the other side of a comparison after the participle
        ("Children are occasionally affected, usually with hepatic lesions.", "Children"),
        ("The lower lobes are involved more often than the upper lobes.", "lower lobes"),
    ],
)
def test_indication_and_involvement(sentence: str, expected: str) -> None:
    assert _blank(sentence, "Hydatid disease") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a group that names no one thing
        "Surgery is reserved for selected cases.",
        "Surgery is reserved for patients unfit for ablation.",
        # half a pair, a head cut before its "of", a list
        "Surgery is reserved for large or symptomatic cysts.",
        "Surgery is reserved for failure of medical therapy.",
        "Surgery is reserved for complications, such as rupture.",
        # how a word is used, no treatment
        "The term should be reserved for chronic dilatation.",
    ],
)
def test_indication_refused(sentence: str) -> None:
    assert _blank(sentence, "Hydatid disease") == ""
