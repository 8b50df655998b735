"""Session 28: a statement whose grammatical subject names another condition, syndrome or
injury is about that thing (its blank is what the predicate says of it), and a passive's
irregular participle is no blank. Sentences are invented here, on organs other than the pages
that showed the gap."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors.statement_subjects import _opening_name
from quizgen.extractors.statements import extract_statements, key_terms
from quizgen.readers import read_text


def _facts(title: str, *sentences: str) -> dict[str, tuple[str, str]]:
    """statement -> (subject, blanks) of a one-section page."""
    body = "\n\n".join(sentences)
    article = read_text(f"# {title}\n\n{body}\n", path=Path("page.md"))
    return {f.statement: (f.subject, f.value) for f in extract_statements(article)}


def test_a_named_syndrome_as_subject_is_the_facts_subject() -> None:
    facts = _facts(
        "Carpal tunnel syndrome",
        "Pronator syndrome compresses the median nerve at the elbow.",
        "Guyon canal syndrome typically affects the ulnar nerve at the wrist.",
    )
    # the class noun "syndrome" the title shares makes no form of the title
    assert facts["Pronator syndrome compresses the median nerve at the elbow."] == (
        "Pronator syndrome",
        "median nerve",
    )
    subject, blank = facts["Guyon canal syndrome typically affects the ulnar nerve at the wrist."]
    assert subject == "Guyon canal syndrome"
    assert blank == "ulnar nerve"  # not a piece of the subject's name


def test_a_named_injury_opening_a_comparison_is_the_subject() -> None:
    sentence = "Chance fractures are more common than burst fractures in restrained drivers."
    facts = _facts("Lumbar spinal stenosis", sentence)
    assert facts[sentence][0] == "Chance fractures"


def test_a_name_before_a_verb_outside_the_clause_readers_set() -> None:
    """ "requires" closes no opening phrase for the clause reader; the name before it is
    still the sentence's subject, and the blank lies in the predicate."""
    sentence = "Cauda equina syndrome requires urgent decompression within 48 hours of onset."
    facts = _facts("Lumbar spinal stenosis", sentence)
    assert facts[sentence] == ("Cauda equina syndrome", "48 hours")


@pytest.mark.parametrize(
    "sentence",
    [
        # a generic class noun after a word of relation names no other thing
        "Associated injuries are treated with a rigid brace.",
        # not the name of a condition: a procedure
        "Carpal tunnel release relieves symptoms within 48 hours in most patients.",
        # a form of the title (it shares "tunnel")
        "Tunnel syndrome of the wrist requires surgery within 48 hours of onset.",
    ],
)
def test_the_title_stays_the_subject_where_no_other_thing_is_named(sentence: str) -> None:
    facts = _facts("Carpal tunnel syndrome", sentence)
    assert all(subject == "Carpal tunnel syndrome" for subject, _ in facts.values())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fibrous dysplasia responds well to bisphosphonates.", "Fibrous dysplasia"),
        ("Brachial plexus neuritis typically follows a viral illness.", "Brachial plexus neuritis"),
        # a noun in "-sis" after the name is no verb
        ("Renal cell carcinoma metastasis is common.", ""),
        # a plural noun before the verb: the name is not the subject
        ("Cauda equina syndrome symptoms are urgent.", ""),
        # a finding of the title, told by what it means; one word names a sign as often
        ("Proptosis indicates orbital spread.", ""),
        ("Orbital cellulitis indicates spread beyond the septum.", ""),
        ("Sarcoidosis requires a tissue diagnosis.", ""),
        # not a name of a condition
        ("Urgent surgery requires a full blood count.", ""),
    ],
)
def test_the_opening_name_before_a_singular_verb(sentence: str, expected: str) -> None:
    assert _opening_name(sentence) == expected


def test_the_only_term_in_the_subject_gives_way_to_the_predicate() -> None:
    """The linked name opening the sentence was its one key term: with the name as the
    subject, the blank is what the predicate says."""
    sentence = "Fibrous dysplasia characteristically involves the proximal femur in children."
    linked = "[Fibrous dysplasia](https://example.org/fd)" + sentence[len("Fibrous dysplasia") :]
    links = ("Fibrous dysplasia",)
    assert [t.text for t in key_terms(sentence, links=links, title="Bone cyst")] == [
        "Fibrous dysplasia"
    ]
    assert _facts("Bone cyst", linked)[sentence] == ("Fibrous dysplasia", "proximal femur")


@pytest.mark.parametrize(
    "sentence",
    [
        "Venous compression is shown as a loss of phasic flow in the vein with abduction.",
        "Thenar muscle atrophy is shown as a loss of bulk on the radial side of the palm.",
    ],
)
def test_an_irregular_participle_is_no_blank(sentence: str) -> None:
    assert "shown" not in [t.text for t in key_terms(sentence, title="Carpal tunnel syndrome")]


def test_a_complement_adjective_is_still_a_blank() -> None:
    terms = key_terms("Nerve conduction is slow.", title="Carpal tunnel syndrome")
    assert [t.text for t in terms] == ["slow"]


# --- what a copula says of a named subject is the blank --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Serum amylase is usually normal.", ["normal"]),
        ("Endoscopic ultrasound is insensitive.", ["insensitive"]),
        ("The serum lipase is usually normal.", ["normal"]),
    ],
)
def test_the_complement_of_a_named_subject_is_the_blank(sentence: str, expected: list[str]) -> None:
    """Many tests are normal or insensitive: the subject's blank has no one answer."""
    assert [t.text for t in key_terms(sentence, title="Chronic pancreatitis")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role singles the subject out: it is the answer
        ("MRCP is the modality of choice.", ["MRCP"]),
        # two named terms are the point of the sentence
        ("Radiotherapy and chemotherapy are further options.", ["Radiotherapy", "chemotherapy"]),
        # a subordinate clause's subject, not the main clause's
        ("Because CA 19-9 is high in cholestasis, values must be read with care.", ["CA 19-9"]),
        # the test that settles it is the answer (kept as a statement since session 44;
        # praise alone, "MRI is helpful", is refused: _praised_modality)
        ("Transabdominal ultrasound is often sufficient.", ["Transabdominal ultrasound"]),
        # the name is not the whole subject: which thing grows slowly is the fact
        ("Growth of the pancreatic lymphangioma is slow.", ["pancreatic lymphangioma"]),
        # a figure is what a resident is asked
        ("A duct of 3 mm is normal.", ["3 mm"]),
    ],
)
def test_the_subject_stays_the_blank_where_it_is_the_point(
    sentence: str, expected: list[str]
) -> None:
    assert [t.text for t in key_terms(sentence, title="Chronic pancreatitis")] == expected


# --- where the named subject is the title's own finding or relation ----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a definite description of the title's kind points back to the title
        "The compressive syndrome typically affects the coeliac trunk.",
        # what the subject is to the title is the fact
        "Short gut syndrome is the other major long-term complication.",
        "Hereditary cancer syndromes are uncommon but include Lynch syndrome.",
    ],
)
def test_a_subject_related_to_the_title_stays_the_title(sentence: str) -> None:
    facts = _facts("Small bowel obstruction", sentence)
    assert all(subject == "Small bowel obstruction" for subject, _ in facts.values())


def test_a_finding_of_the_title_keeps_its_blank_on_the_title() -> None:
    """ "Peritoneal carcinomatosis" is a name of the ending's shape but neither linked nor
    named after a person: told with no other term, it is the title's finding, blanked."""
    facts = _facts(
        "Small bowel obstruction",
        "Peritoneal carcinomatosis is found in the pelvis.",
        "Spontaneous rupture is exceptionally rare.",
    )
    assert facts["Peritoneal carcinomatosis is found in the pelvis."] == (
        "Small bowel obstruction",
        "Peritoneal carcinomatosis",
    )
    assert facts["Spontaneous rupture is exceptionally rare."][0] == "Small bowel obstruction"


def test_a_complement_in_place_of_the_subject_keeps_the_title() -> None:
    """The copula's complement stands in for a subject that was a condition: the card asks
    what the subject is like, on the title's page."""
    sentence = "Retroperitoneal fibrosis is usually painless."
    subject, blank = _facts("Abdominal aortic aneurysm", sentence)[sentence]
    assert subject == "Abdominal aortic aneurysm"
    assert blank == "painless"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MRCP is rarely needed in the acute setting.", ["rarely needed"]),
        ("Endoscopic ultrasound is seldom required before surgery.", ["seldom required"]),
        # a frequency adverb before an adjective is the complement rule's, not this one's
        ("MRCP is usually needed before surgery.", ["MRCP"]),
    ],
)
def test_a_passive_of_frequency_is_the_blank(sentence: str, expected: list[str]) -> None:
    assert [t.text for t in key_terms(sentence, title="Chronic pancreatitis")] == expected


def _page(title: str, *paragraphs: str) -> dict[str, tuple[str, str]]:
    article = read_text(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", path=Path("p.md"))
    return {f.statement: (f.subject, f.value) for f in extract_statements(article)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a form of the title told by words before its abbreviation
        ("Apical HCM typically spares the basal septum.", "Apical HCM"),
        ("Obstructive HCM requires septal myectomy in refractory cases.", "Obstructive HCM"),
        # a share or a determiner before it names no form
        ("Most HCM is treated with beta-blockers.", "Hypertrophic cardiomyopathy"),
    ],
)
def test_a_form_of_the_title_by_its_abbreviation(sentence: str, expected: str) -> None:
    facts = _page(
        "Hypertrophic cardiomyopathy",
        "Hypertrophic cardiomyopathy (HCM) is a genetic disease of the sarcomere.",
        sentence,
        "**Synonyms:** HCM",
    )
    assert facts[sentence][0] == expected
