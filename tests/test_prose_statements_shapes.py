"""Statement key terms found by their shape (issue 11): anatomy, drugs, genes, treatments.

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_terms import general_terms
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _statements(
    body: str, title: str = "Splenic hamartoma", heading: str = "Pathology"
) -> list[Fact]:
    text = f"# {title}\n\n## {heading}\n\n{body}\n"
    return [f for f in extract_facts(read_text(text)) if f.kind is FactKind.STATEMENT]


def _shapes(sentence: str) -> list[tuple[str, str]]:
    return [(t.text, t.type) for t in general_terms(sentence)]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The lesion usually lies beneath the anterior renal fascia.", "anterior renal fascia"),
        ("The tumour arises from the posterior tibial nerve.", "posterior tibial nerve"),
        ("Spread is along the pterygopalatine fossa.", "pterygopalatine fossa"),
        ("Most lie within the foramen of Winslow.", "foramen of Winslow"),
        ("The cyst is lined by ciliated columnar epithelium.", "columnar epithelium"),
        ("These tumours derive from pancreatic acinar cells.", "pancreatic acinar cells"),
    ],
)
def test_a_named_structure_is_a_key_term(sentence: str, term: str) -> None:
    assert (term, "anatomy") in _shapes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the structure only qualifies the noun after it
        "Facial nerve palsy should prompt a search for malignancy.",
        "Cavernous sinus invasion is rare in small tumours.",
        # a part of nothing named, or a cell described rather than named
        "The lesion bulges the posterior wall.",
        "The stromal cells have clear cytoplasm.",
        "Reflux predisposes to stricture of the distal segment.",
    ],
)
def test_a_structure_that_names_nothing_is_no_key_term(sentence: str) -> None:
    assert [t for t in _shapes(sentence) if t[1] == "anatomy"] == []


@pytest.mark.parametrize(
    ("sentence", "term", "kind"),
    [
        ("Responding tumours shrink slowly on sorafenib.", "sorafenib", "drug"),
        ("Relapse after rituximab is common in the marrow.", "rituximab", "drug"),
        ("Loss of the SMARCB1 gene defines the tumour.", "SMARCB1 gene", "gene"),
        ("The locus maps to chromosome 11q13.", "chromosome 11q13", "gene"),
        (
            "Nodular disease is treated with radioiodine ablation.",
            "radioiodine ablation",
            "treatment",
        ),
        (
            "Small lesions are usually managed by endoscopic mucosal resection, with surveillance.",
            "endoscopic mucosal resection",
            "treatment",
        ),
        ("The treatment of choice is the Whipple operation.", "Whipple operation", "treatment"),
    ],
)
def test_drugs_genes_and_treatments_are_key_terms(sentence: str, term: str, kind: str) -> None:
    assert (term, kind) in _shapes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The imaging pattern is variable and often non-specific.",  # no drug ending
        "Surgery is reserved for symptomatic lesions.",  # after it comes the indication
        "The MRI features overlap with other lesions.",  # an acronym is no gene
    ],
)
def test_no_shape_term_where_none_is_named(sentence: str) -> None:
    assert _shapes(sentence) == []


def test_shape_terms_only_fill_in_for_a_sentence_without_stronger_terms() -> None:
    # the vocabulary term is the blank; the structure beside it adds no second blank
    sentence = "Lesions may bleed into the anterior pararenal space with haemorrhage."
    assert [t.text for t in key_terms(sentence)] == ["haemorrhage"]
    alone = "Lesions may extend into the anterior pararenal space."
    assert [t.text for t in key_terms(alone)] == ["anterior pararenal space"]


def test_a_sentence_naming_a_structure_becomes_a_statement() -> None:
    facts = _statements("The tumour typically arises from the subcapsular sinusoidal cells.")
    assert [f.value for f in facts] == ["subcapsular sinusoidal cells"]
    assert facts[0].attribute == "anatomy"


def test_a_patients_story_is_no_statement() -> None:
    story = "The patient was started on intravenous meropenem and discharged after two weeks."
    assert _statements(story, heading="Discussion") == []
    rule = "Intravenous meropenem is the usual first choice in severe infection."
    assert [f.value for f in _statements(rule, heading="Treatment")] == ["meropenem"]


@given(
    verb=st.sampled_from(["is treated with", "is usually treated with", "is managed by"]),
    treatment=st.sampled_from(["radioiodine ablation", "partial splenectomy", "octreotide"]),
)
def test_the_treatment_is_the_term_whatever_the_verb(verb: str, treatment: str) -> None:
    sentence = f"Symptomatic disease {verb} {treatment}, with good results."
    assert (treatment, "treatment") in _shapes(sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Serum calcitonin is the most sensitive marker of residual disease.", "Serum calcitonin"),
        ("Endoscopic ultrasound is the mainstay of local staging.", "Endoscopic ultrasound"),
        ("Biliary atresia is the leading cause of neonatal cholestasis.", "Biliary atresia"),
        ("Atypical ductal hyperplasia is the precursor lesion.", "Atypical ductal hyperplasia"),
    ],
)
def test_what_a_sentence_singles_out_for_a_role_is_the_key_term(sentence: str, term: str) -> None:
    assert (term, "role") in _shapes(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Splenic rupture is a recognised complication.",  # one among many
        "The tumour is the most common cause of the syndrome.",  # the subject names nothing
        "Imaging is the key investigation in every patient.",
    ],
)
def test_a_role_that_is_not_singled_out_or_names_nothing_is_no_key_term(sentence: str) -> None:
    assert [t for t in _shapes(sentence) if t[1] == "role"] == []


def test_who_described_it_and_when_are_the_key_terms() -> None:
    shapes = _shapes("The condition was first reported by Kasabach and Merritt in 1940.")
    assert shapes == [("Kasabach and Merritt", "eponym"), ("1940", "number")]
    assert _shapes("The lesion was described in many series.") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a short sentence that names its answer is still a statement
        ("Scintigraphy is the first-line investigation.", "Scintigraphy"),
        # two capitals are a modality's name, not a stray fragment
        ("CT is the mainstay of follow-up.", "CT"),
        # a grade of a scale without the scale's name
        ("Most of these tumours are grade I at presentation.", "grade I"),
        # verbs of treatment and cause carry the sentence alone
        ("Drainage treats the collection but not the fistula.", "fistula"),
    ],
)
def test_short_and_plain_sentences_with_a_key_term_are_statements(sentence: str, term: str) -> None:
    facts = _statements(sentence, title="Renal abscess", heading="Treatment")
    assert [f.value for f in facts] == [term]


def test_a_four_word_sentence_is_no_statement() -> None:
    assert _statements("Hydronephrosis is uncommon here.", title="Renal abscess") == []


def test_described_by_without_a_year_names_no_one() -> None:
    assert _shapes("The sign was described by Fleischner criteria studies.") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Haematogenous spread goes chiefly to the lungs.", "lungs"),
        ("The tumour is thought to arise in the diaphysis.", "diaphysis"),
        ("Lymphatic drainage is to the mediastinum.", "mediastinum"),
    ],
)
def test_an_organ_named_as_a_place_is_a_key_term(sentence: str, term: str) -> None:
    assert (term, "anatomy") in _shapes(sentence)


def test_an_organ_that_qualifies_the_next_noun_is_no_key_term() -> None:
    assert _shapes("Oedema in the liver parenchyma resolves slowly.") == []


def test_an_opening_concession_ends_at_its_comma() -> None:
    sentence = "Although often called cortical, the lesion is thought to arise in the diaphysis."
    assert [t.text for t in key_terms(sentence)] == ["diaphysis"]
    hedged = "The lesion arises in the marrow, although some arise in the diaphysis."
    assert "diaphysis" not in [t.text for t in key_terms(hedged)]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Most splenic artery aneurysms are saccular rather than fusiform.", "saccular"),
        # an article ends the phrase: the blank is the noun, the verb stays as the clue
        ("The mass usually splays the calyces rather than invading them.", "calyces"),
        ("It is now regarded as a reactive process rather than a neoplasm.", "reactive process"),
        ("Diagnosis rests on cytology instead of imaging.", "cytology"),
    ],
)
def test_the_side_a_contrast_takes_is_the_key_term(sentence: str, term: str) -> None:
    assert (term, "contrast") in _shapes(sentence)


def test_a_contrast_without_words_before_it_is_no_key_term() -> None:
    assert _shapes("Rather than a neoplasm, it is a malformation.") == []


def test_a_long_sentence_up_to_fifty_words_is_still_read() -> None:
    # 45 words: one testable fact inside a long descriptive sentence
    sentence = (
        "Histologically, the nodules consist of lobules of mature cartilage separated by "
        "clefts lined by respiratory epithelium, with variable amounts of adipose tissue and "
        "smooth muscle between them, and it is this mixture of tissues, with occasional "
        "ossification, that explains the appearance on imaging."
    )
    assert 40 < len(sentence.split()) <= 50
    assert [f.value for f in _statements(sentence, title="Splenic hamartoma")] == [
        "respiratory epithelium"
    ]


def test_verbs_of_composition_carry_a_sentence() -> None:
    facts = _statements("Options include sclerotherapy and partial splenectomy for large cysts.")
    assert [f.value for f in facts] == ["partial splenectomy"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Class II and III lesions need surgical repair.", "Class II and III"),
        ("Stable type A fractures are treated conservatively.", "type A"),
        ("Types 1, 2 and 3 are considered low risk.", "Types 1, 2 and 3"),
    ],
)
def test_a_class_or_type_of_a_classification_is_a_key_term(sentence: str, term: str) -> None:
    assert (term, "scale") in _shapes(sentence)


def test_a_type_without_a_label_is_no_key_term() -> None:
    assert _shapes("This type of lesion is common in the classical form.") == []


def test_a_refused_structure_does_not_hide_the_one_inside_it() -> None:
    # "margin of the atrial" is no structure (a noun follows); "atrial septum" is
    sentence = "The tumour is removed with a margin of the atrial septum at its base."
    assert ("atrial septum", "anatomy") in _shapes(sentence)
    assert ("Ventricle", "anatomy") not in _shapes("Ventricle size is normal.")


@pytest.mark.parametrize(
    ("sentence", "term", "kind"),
    [
        ("Mutations of the dystrophin gene are found in most boys.", "dystrophin gene", "gene"),
        ("Tumour growth depends on the mTOR pathway.", "mTOR pathway", "gene"),
        ("The drug binds the VEGF receptor.", "VEGF receptor", "gene"),
        ("The cyst lies in the floor of the fourth ventricle.", "fourth ventricle", "anatomy"),
        ("Clot forms in the left atrial appendage.", "left atrial appendage", "anatomy"),
    ],
)
def test_named_genes_pathways_and_numbered_structures_are_key_terms(
    sentence: str, term: str, kind: str
) -> None:
    assert (term, kind) in _shapes(sentence)


def test_a_gene_described_not_named_is_no_key_term() -> None:
    assert _shapes("Loss of a tumour suppressor gene is common in the disease.") == []
