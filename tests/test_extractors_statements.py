"""Statement facts: testable prose sentences with their key terms, and their cloze notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.generators.cloze import build_cloze_notes
from quizgen.generators.mcq import build_pools
from quizgen.generators.rules import check_cloze
from quizgen.model import ArticleFacts, Fact, FactKind, Provenance
from quizgen.readers import read_article, read_text


def _statements(text: str) -> list[Fact]:
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


_PANCREAS_MD = """# Pancreatic adenocarcinoma

Pancreatic adenocarcinoma is a malignant tumour of the exocrine pancreas.

## Clinical presentation

Tumours of the head typically obstruct the [common bile duct](/articles/cbd) and are \
treated by a Whipple procedure 4.

The disease is often advanced at diagnosis.

## Radiographic features

On CT the tumour is hypoattenuating in the pancreatic phase (see pancreatic protocol CT).
"""


def test_linked_term_and_eponym_become_key_terms() -> None:
    (fact,) = _statements(_PANCREAS_MD)
    assert fact.statement == (
        "Tumours of the head typically obstruct the common bile duct and are treated by a "
        "Whipple procedure."
    )
    assert fact.value == "common bile duct | Whipple procedure"
    assert fact.attribute == "link | eponym"
    assert fact.subject == "Pancreatic adenocarcinoma"


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        ("Cysts larger than 3 cm in diameter carry a risk of rupture.", ["3 cm", "rupture"]),
        (
            "Sudden headache in a patient over 50 years may herald a bleed.",
            ["headache", "50 years"],
        ),
        (
            "Lesions of the orbit may show the classic salt-and-pepper appearance.",
            ["salt-and-pepper appearance"],
        ),
        (
            "Cortical tubers are seen in tuberous sclerosis and von Hippel-Lindau disease is rare.",
            ["tuberous sclerosis", "von Hippel-Lindau disease"],  # a condition named by its ending
        ),
    ],
)
def test_key_terms_of_each_type(sentence: str, terms: list[str]) -> None:
    assert [t.text for t in key_terms(sentence)] == terms


@pytest.mark.parametrize(
    "sentence",
    [
        "The presentation can be highly variable.",  # no key term
        "Vascular variants are discussed separately, with their haemorrhage rates.",  # meta
        "Below are some general remarks on the biopsy of liver lesions.",  # meta
        "Small asymptomatic lesion.",  # no sentence
    ],
)
def test_sentences_that_are_no_statement(sentence: str) -> None:
    text = f"Hepatic adenoma\n\nClinical presentation\n\n{sentence}\n"
    assert _statements(text) == []


def test_title_is_never_a_key_term() -> None:
    # The card shows the title as its topic: blanking it would give the answer away (C4).
    assert key_terms(
        "Thyroid nodules show calcification in older patients.", title="Thyroid nodules"
    ) == [key_terms("Thyroid nodules show calcification in older patients.")[-1]]
    assert [
        t.text
        for t in key_terms("Pneumothorax may follow a biopsy of the lung.", title="Pneumothorax")
    ] == ["biopsy"]


def test_sentence_used_by_a_typed_fact_is_not_also_a_statement() -> None:
    text = (
        "Meningioma\n\nEpidemiology\n\n"
        "Meningiomas are associated with calcification in about 20% of cases.\n"
    )
    facts = extract_facts(read_text(text))
    assert any(f.kind is FactKind.PERCENTAGE for f in facts)
    assert not any(f.kind is FactKind.STATEMENT for f in facts)


def test_list_entry_finishing_its_parent_is_a_statement() -> None:
    text = (
        "# Renal cell carcinoma\n\nSubtypes include:\n\n"
        "- clear cell carcinoma (75%)\n  - may show intralesional fat\n"
        "- papillary carcinoma (15%)\n"
    )
    (fact,) = _statements(text)
    assert fact.statement == "Clear cell carcinoma may show intralesional fat."
    assert fact.value == "intralesional fat"


def _entry(text: str) -> tuple[ArticleFacts, list[Fact]]:
    article = read_text(text)
    facts = extract_facts(article)
    entry = ArticleFacts(article.slug, article.title, Provenance(path="x"), tuple(facts))
    return entry, [f for f in facts if f.kind is FactKind.STATEMENT]


def test_cloze_blanks_each_key_term_once_and_obeys_the_card_rules() -> None:
    entry, facts = _entry(
        "Achalasia\n\nClinical presentation\n\n"
        "Long-standing disease predisposes to squamous carcinoma and aspiration pneumonia, "
        "and dysphagia to solids and liquids is typical as described by Heller myotomy "
        "studies.\n\n"
        "An identical appearance of the distal oesophagus may be caused by Chagas disease.\n"
    )
    notes = [n for n in build_cloze_notes(entry, facts) if n.kind is FactKind.STATEMENT]
    # (the first sentence's "squamous carcinoma" is a key term too since session 45: a
    # generic head with its modifiers names one condition)
    (note,) = [n for n in notes if "Chagas" in n.text]
    assert note.text == (
        "An identical appearance of the distal oesophagus may be caused by {{c1::Chagas disease}}."
    )
    assert [d.answer for d in note.deletions] == ["Chagas disease"]
    assert all(check_cloze(n, build_pools(entry.facts)) == [] for n in notes)


def test_cloze_with_several_terms_numbers_them_in_order() -> None:
    entry, facts = _entry(_PANCREAS_MD)
    (note,) = [n for n in build_cloze_notes(entry, facts) if n.kind is FactKind.STATEMENT]
    assert note.text.startswith(
        "Tumours of the head typically obstruct the {{c1::common bile duct}} and"
    )
    assert note.text.endswith("treated by a {{c2::Whipple procedure}}.")
    assert check_cloze(note, build_pools(entry.facts)) == []


def test_no_statement_card_when_a_reviewer_empties_the_terms(spinal_md: Path) -> None:
    facts = [f for f in extract_facts(read_article(spinal_md)) if f.kind is FactKind.STATEMENT]
    entry = ArticleFacts("s", "S", Provenance(path="x"), tuple(facts))
    gone = [
        f.__class__(**{**{k: getattr(f, k) for k in f.__slots__}, "value": "absent term"})
        for f in facts
    ]
    assert list(build_cloze_notes(entry, gone)) == []


def test_seed_prose_facts_come_through(spinal_md: Path, vertebral_txt: Path) -> None:
    statements = {
        f.statement: f.value
        for path in (spinal_md, vertebral_txt)
        for f in extract_facts(read_article(path))
        if f.kind is FactKind.STATEMENT
    }
    assert (
        statements[
            "Sudden onset development of the Brown-Sequard syndrome in patients with known "
            "metastatic cancer has been described as a presenting feature."
        ]
        == "Brown-Sequard syndrome"
    )
    assert (
        statements[
            "Breast cancer, lung cancer and melanoma are also relatively common sources of "
            "intradural disease."
        ]
        == "Breast cancer | lung cancer | melanoma"
    )
    assert statements["Vertebral metastases may have epidural extension."] == "epidural extension"
    incidental = next(s for s in statements if s.startswith("Vertebral lesions are very"))
    assert statements[incidental] == "asymptomatic | found incidentally"
    symptomatic = next(s for s in statements if s.startswith("Lesions may become symptomatic"))
    assert statements[symptomatic] == (
        "bone pain | pathological compression fractures | cord compression"
    )


def test_a_pronoun_is_read_as_its_referent_when_sure_and_dropped_when_not() -> None:
    sure = _statements(
        "# Pilocytic astrocytoma\n\n## Pathology\n\n"
        "Pilocytic astrocytomas are well-circumscribed tumours of childhood. "
        "They are classed as CNS WHO grade 1.\n"
    )
    # (the first sentence is a statement of its own: "well-circumscribed tumours of childhood")
    graded = [f for f in sure if f.source.text.startswith("They")]
    assert [f.statement for f in graded] == [
        "Pilocytic astrocytomas are classed as CNS WHO grade 1."
    ]
    assert graded[0].value == "CNS WHO grade 1"
    # "It" after a plural subject: the reader is not sure what it is, so no card is made
    unsure = _statements(
        "# Pilocytic astrocytoma\n\n## Pathology\n\n"
        "Cerebellar tumours are common in children. "
        "It is classed as CNS WHO grade 1.\n"
    )
    assert unsure == []


@pytest.mark.parametrize(
    ("sentence", "terms"),
    [
        # a modality is a key term where the sentence says what it is for …
        ("Ultrasound is the first-line examination in young children.", ["Ultrasound"]),
        (
            "Transthoracic echocardiography is the investigation of choice for screening.",
            ["Transthoracic echocardiography"],
        ),
        # … and not where it only says where a finding is seen (the finding is the blank:
        # "the lesion" is the page's own, session 29)
        ("The lesion is hyperintense on MRI in most patients.", ["hyperintense"]),
        # procedures named by their ending, with their modifiers
        (
            "Treatment is radical inguinal orchidectomy with staging imaging.",
            ["radical inguinal orchidectomy"],
        ),
        # the treatment a sentence prescribes, whatever its name
        (
            "Symptomatic cysts are treated by laparoscopic fenestration.",
            ["laparoscopic fenestration"],
        ),
        # serum markers
        ("A raised serum AFP points to a yolk sac element.", ["AFP"]),
        # grades, categories, levels and segments of named scales
        ("Most lesions correspond to CNS WHO grade 2 at diagnosis.", ["CNS WHO grade 2"]),
        (
            "Spread is first to level VI and then to levels III and IV.",
            ["level VI", "levels III and IV"],
        ),
        ("Invasion of segments IVb and V is common at presentation.", ["segments IVb and V"]),
        # named groups of lymph nodes, not nodes described by their state
        (
            "Right-sided tumours drain to the interaortocaval nodes first.",
            ["interaortocaval nodes"],
        ),
        ("Enlarged regional nodes are seen in advanced disease.", []),
    ],
)
def test_key_terms_of_the_wider_vocabulary(sentence: str, terms: list[str]) -> None:
    assert [t.text for t in key_terms(sentence)] == terms


def test_a_sentence_whose_only_verb_is_one_of_position_is_a_statement() -> None:
    (fact,) = _statements(
        "# Ependymoma\n\n## Pathology\n\n"
        "The mural nodule of a WHO grade 1 tumour characteristically abuts a pial surface.\n"
    )
    assert fact.value == "WHO grade 1"


def test_a_case_pages_patient_sections_give_no_statements() -> None:
    text = (
        "# Osteosarcoma in a 15-year-old\n\n## Presentation\n\n"
        "A cyst of the distal femur was treated with curettage three years earlier.\n\n"
        "## Case Discussion\n\n"
        "Treatment is neoadjuvant chemotherapy followed by limb-salvage resection.\n"
    )
    # the treatment keeps the word that says which chemotherapy (statement_terms.widen_treatment)
    assert [f.value for f in _statements(text)] == ["neoadjuvant chemotherapy | resection"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A 32 × 24 × 22 mm solid mass occupies the upper pole of the testis.",  # one size
        "Loss of the fat plane with the liver should raise suspicion of invasion.",
    ],
)
def test_parts_of_a_size_and_a_fat_plane_are_no_key_terms(sentence: str) -> None:
    # what a lost fat plane raises suspicion of ("invasion") may be the blank; the plane and
    # the organ it borders never are
    assert [t.text for t in key_terms(sentence)] in ([], ["invasion"])
