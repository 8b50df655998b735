"""Session-28 card review (a haemophilic arthropathy page written and read as a radiologist),
each rule checked on an invented page about another organ."""

from __future__ import annotations

import random
from pathlib import Path

from prose_helpers import appearances
from prose_helpers import section as _section

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import split_noun_phrases
from quizgen.extractors.statements import key_terms
from quizgen.generators import generate
from quizgen.model import Article, ArticleFacts, Block, BlockKind, Section
from quizgen.readers import read_article

_PAGE = """# Renal angiomyolipoma

**Renal angiomyolipoma** is a benign tumour of the kidney made of fat, vessels and muscle.

## Radiographic features

### CT

CT is the most reliable modality for showing macroscopic fat in the lesion.

### Ultrasound

Small lesions are markedly hyperechoic.
"""


def _notes(tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "renal-angiomyolipoma.md"
    path.write_text(_PAGE, encoding="utf-8")
    article = read_article(path)
    entry = ArticleFacts(
        article.slug, article.title, article.provenance, tuple(extract_facts(article))
    )
    made = generate([entry], rng=random.Random(1), mcqs=False)
    return [(n.context, d.answer) for n in made.notes for d in n.deletions]


def test_a_heading_that_names_the_answer_is_left_off_the_front(tmp_path: Path) -> None:
    """ "CT is the most reliable modality …" under "› CT": the heading would give the answer
    away, so the card shows the headings above it instead of being dropped (C4)."""
    notes = _notes(tmp_path)
    on_ct = [context for context, answer in notes if answer == "CT"]
    assert on_ct, notes
    assert all(context == "Renal angiomyolipoma › Radiographic features" for context in on_ct)


def test_a_heading_that_names_no_answer_stays_on_the_front(tmp_path: Path) -> None:
    notes = _notes(tmp_path)
    echo = [context for context, answer in notes if answer.endswith("hyperechoic")]
    assert echo, notes
    assert all(c.endswith("› Ultrasound") for c in echo), echo


def test_lone_adjectives_before_a_named_finding_are_one_member() -> None:
    """ "a painful, swollen, warm joint" is one presenting feature: cut at its commas it
    taught "painful" and "swollen" as features of their own, and "warm joint"."""
    assert split_noun_phrases("a tender, erythematous, fluctuant swelling and fever") == [
        "tender, erythematous, fluctuant swelling",
        "fever",
    ]
    assert split_noun_phrases("a painful and swollen knee, fever") == [
        "painful and swollen knee",
        "fever",
    ]


def test_one_adjective_after_a_is_part_of_the_finding() -> None:
    """ "Patients present with a soft, fluctuant swelling over the trochanter" taught "soft"
    as a presenting feature of its own: after "a" the adjective names nothing alone."""
    assert split_noun_phrases("a soft, fluctuant swelling over the trochanter and pain") == [
        "soft, fluctuant swelling over the trochanter",
        "pain",
    ]


def test_nouns_and_adjectives_of_kind_are_still_separate_members() -> None:
    assert split_noun_phrases("fever, rigors and jaundice") == ["fever", "rigors", "jaundice"]
    # adjectives of kind share the head noun instead ("oral ulcers", "nasal ulcers")
    assert split_noun_phrases("oral, nasal and pharyngeal ulcers") == [
        "oral ulcers",
        "nasal ulcers",
        "pharyngeal ulcers",
    ]
    # one adjective before a comma may be a finding of its own
    assert split_noun_phrases("tender, fluctuant mass and fever") == [
        "tender",
        "fluctuant mass",
        "fever",
    ]


def test_a_noun_with_an_adjective_ending_takes_no_head() -> None:
    """ "colic, abdominal distension": "colic" is a noun; it became "colic distension"."""
    assert split_noun_phrases("colic, abdominal distension and vomiting") == [
        "colic",
        "abdominal distension",
        "vomiting",
    ]


def _key_terms(sentence: str) -> list[str]:
    return [t.text for t in key_terms(sentence, links=(), title="Renal angiomyolipoma")]


def test_a_condition_blank_keeps_its_own_adjectives_and_participles() -> None:
    """ "juvenile [idiopathic arthritis]" and "Pigmented [villonodular synovitis]" hid half a
    name: the blank must hold the whole condition."""
    assert "senile osteoporosis" in _key_terms("Wedge fractures are common in senile osteoporosis.")
    assert "disseminated histoplasmosis" in _key_terms(
        "The spleen may calcify after disseminated histoplasmosis."
    )


def test_a_participle_that_tells_how_the_name_is_used_stays_out_of_the_blank() -> None:
    """ "with associated hydronephrosis": the participle links it to the sentence's subject."""
    assert _key_terms("Renal calculi may cause colic with associated hydronephrosis.") == [
        "hydronephrosis"
    ]


def test_a_question_agrees_with_the_head_noun_before_a_preposition() -> None:
    """ "how does haemosiderin deposits in thickened synovium appear?": the subject's head is
    "deposits", not "synovium"."""
    from quizgen.generators.wording import is_plural  # noqa: PLC0415 (the generators' own)

    assert is_plural("calcium deposits in the rotator cuff tendon")
    assert is_plural("metastases to bone")
    assert not is_plural("hepatocellular carcinoma (HCCs)")
    assert not is_plural("wall of the cysts")


def test_a_quality_said_after_a_listed_finding_stays_with_it() -> None:
    """ "joint space narrowing that is uniform" became "joint space narrowing": the quality
    that tells it apart was cut off as an explanation."""
    found = appearances(
        "Crohn disease",
        _section(
            "Plain radiograph",
            "Later findings include:",
            ("bowel wall thickening that is concentric", "a lucent band that is common", "ascites"),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert "concentric bowel wall thickening" in values, values
    assert not any(v.startswith("common") for v in values), values


def _kinds(title: str, heading: str, sentence: str) -> list[tuple[str, str, str]]:
    article = Article(
        slug="x",
        title=title,
        sections=(Section(heading, (Block(BlockKind.PARAGRAPH, text=sentence),)),),
    )
    return [(f.kind.value, f.subject, f.item) for f in extract_facts(article)]


def test_a_differential_with_a_long_bracketed_member_is_still_read() -> None:
    """ "… and a tear of the medial head of gastrocnemius (tennis leg)": the member's other
    name in brackets made it too long, and the whole list was dropped."""
    found = _kinds(
        "Pancreatic pseudocyst",
        "Differential diagnosis",
        "The main differential considerations are cystic neoplasm, walled-off necrosis and a "
        "dilated segment of the main pancreatic duct (side-branch ectasia).",
    )
    members = [item for kind, _, item in found if kind == "differential"]
    assert members[:2] == ["cystic neoplasm", "walled-off necrosis"], found
    assert len(members) == 3, found


def test_a_role_in_practice_is_no_definition() -> None:
    """ "Complete tears are a clinical diagnosis in most cases" was a definition card asking
    for "Complete tears"."""
    found = _kinds(
        "Testicular torsion",
        "Overview",
        "Intermittent torsion is a clinical diagnosis in most cases, and imaging is reserved "
        "for equivocal examinations.",
    )
    assert not [f for f in found if f[0] == "definition"], found


def test_a_possessive_eponym_is_blanked_whole() -> None:
    """ "Kager's [fat] pad" hid one word of a named structure."""
    assert _key_terms("Free fluid collects in Morison's hepatorenal pouch.") == [
        "Morison's hepatorenal pouch"
    ]


def test_a_clause_after_whether_is_no_blank() -> None:
    """ "shows [whether the ends come] together": a question clause cut in half."""
    terms = _key_terms(
        "Colour Doppler during the Valsalva manoeuvre shows whether the veins reflux."
    )
    assert not any(t.lower().startswith("whether") for t in terms), terms


def test_an_injury_named_by_its_class_is_the_page_subject() -> None:
    """ "The tear is hyperintense on T2 and STIR" on a tendon rupture page gave nothing."""
    article = Article(
        slug="x",
        title="Supraspinatus tendon rupture",
        sections=(
            Section(
                "MRI",
                (Block(BlockKind.PARAGRAPH, text="The tear is hyperintense on T2 and STIR."),),
            ),
        ),
    )
    found = [(f.subject, f.value) for f in extract_facts(article) if f.kind.value == "appearance"]
    assert ("Supraspinatus tendon rupture", "hyperintense") in found, found


def test_a_person_a_page_is_named_after_is_blanked_whole() -> None:
    """ "named after the American audiologist Raymond Carhart" blanked "American"; "named
    after Richard von Volkmann" blanked "Richard"."""
    assert _key_terms("The notch is named after the Swedish physician Anders Retzius.") == [
        "Anders Retzius"
    ]
    assert _key_terms("The contracture is named after Richard von Volkmann.") == [
        "Richard von Volkmann"
    ]


def test_what_a_test_costs_and_irregular_participles_are_no_blanks() -> None:
    for sentence in (
        "The mechanism of the stenosis is incompletely understood.",
        "Doppler ultrasound is cheap and free of radiation.",
        "Cortical collapse should be specifically sought on the oblique view.",
    ):
        terms = _key_terms(sentence)
        assert not {"understood", "cheap", "sought"} & set(terms), (sentence, terms)
