"""Statement key terms of shapes read from set C's wrong and missed statements (issue 11).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_terms import general_terms
from quizgen.extractors.statements import key_terms
from quizgen.model import FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Splenic hamartoma") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fibrosis of the surrounding stroma explains the retraction of the nipple.",
        "The lesion displaces the adjacent stroma without invading it.",
    ],
)
def test_stroma_is_no_condition(sentence: str) -> None:
    found = key_terms(sentence, title="Phyllodes tumour")
    assert all(t.type != "condition" for t in found if "stroma" in t.text)


def test_a_real_condition_still_found() -> None:
    found = key_terms("Hyperplasia may progress to a fibroadenoma.", title="Breast cyst")
    assert ("fibroadenoma", "condition") in [(t.text, t.type) for t in found]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Diffuse CD117 (KIT) expression is typical of the tumour.", "CD117 (KIT) expression"),
        ("Loss of SMARCB1 (INI1) protein confirms the diagnosis.", "SMARCB1 (INI1) protein"),
    ],
)
def test_gene_with_alias_in_brackets(sentence: str, term: str) -> None:
    assert (term, "gene") in [(t.text, t.type) for t in general_terms(sentence)]


def test_bracket_after_a_word_is_no_gene() -> None:
    found = [t.text for t in general_terms("Pain (often nocturnal) expression is marked.")]
    assert not any("expression" in t for t in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The syndrome is named after Hakaru Hashimoto, a Japanese surgeon.", "Hakaru Hashimoto"),
        ("The fracture was named in honour of Abraham Colles.", "Abraham Colles"),
        ("The nodule is named after Heinrich Irenaeus Quincke.", "Heinrich Irenaeus Quincke"),
    ],
)
def test_named_after_a_person(sentence: str, name: str) -> None:
    assert (name, "eponym") in [(t.text, t.type) for t in general_terms(sentence)]


def test_named_after_a_place_word_in_lower_case_is_no_eponym() -> None:
    found = general_terms("The sign is named after its appearance on radiographs.")
    assert all(t.type != "eponym" for t in found)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The earliest radiographic finding is periosteal reaction.", "periosteal reaction"),
        ("The commonest site of origin is the distal radius.", "distal radius"),
        ("The only curative treatment is lung transplantation.", "lung transplantation"),
        ("The most specific marker is serum calcitonin.", "serum calcitonin"),
    ],
)
def test_what_a_singled_out_subject_is(sentence: str, term: str) -> None:
    assert (term, "term") in [(t.text, t.type) for t in general_terms(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first presentation is usually painless.",
        "The main complication is rare.",
        "A common site is the tibia.",  # one of several, not the singled-out one
    ],
)
def test_no_blank_for_an_adverb_a_rarity_or_one_of_many(sentence: str) -> None:
    found = [t for t in general_terms(sentence) if t.type == "term"]
    assert found == []


def _statement_values(body: str, title: str = "Carotid body tumour") -> list[str]:
    facts = extract_facts(read_text(f"# {title}\n\n## Imaging\n\n{body}\n"))
    return [f.value for f in facts if f.kind is FactKind.STATEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ultrasound is helpful in problem-solving in the neck.",
        "Plain radiographs are usually diagnostic.",
        "Doppler ultrasound is ideal for follow-up in children.",
        "MRI is also valuable before surgery.",
    ],
)
def test_a_praised_modality_is_no_blank(sentence: str) -> None:
    # the modality is the only term these sentences hold: blanking it asks "which of several?"
    assert _statement_values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("CT angiography is used to map the feeding arteries before surgery.", "CT angiography"),
        ("MRI is more sensitive than CT for skull base invasion.", "MRI | CT"),
    ],
)
def test_a_modality_with_its_use_keeps_its_blank(sentence: str, value: str) -> None:
    assert value in _statement_values(sentence)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Incidence is highest in Scandinavia and Scotland.", "Scandinavia and Scotland"),
        ("The disease is most prevalent among young adult smokers.", "young adult smokers"),
        ("Mortality is highest in the first week, when rebleeding is common.", "first week"),
    ],
)
def test_where_or_in_whom_it_peaks(sentence: str, term: str) -> None:
    assert _terms(sentence, title="Langerhans cell histiocytosis") == [term]


def test_a_superlative_without_place_is_no_peak() -> None:
    found = general_terms("Signal is highest on T2.")
    assert ("T2", "term") not in [(t.text, t.type) for t in found]


def test_a_modality_praised_with_its_limit_keeps_its_blank() -> None:
    sentence = "Radiographs are useful as an overview but are insensitive to early erosions."
    assert _statement_values(sentence, title="Gout") == ["Radiographs"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Langerhans cell histiocytosis must be excluded by biopsy.",
            "Langerhans cell histiocytosis",
        ),
        ("It is distinguished from giant cell arteritis by age.", "giant cell arteritis"),
    ],
)
def test_a_condition_named_by_a_kind_of_cell_is_whole(sentence: str, name: str) -> None:
    """ "Langerhans cell [...]" keyed "histiocytosis" hid part of a name (session 19)."""
    found = key_terms(sentence, title="Chronic recurrent multifocal osteomyelitis")
    assert (name, "condition") in [(t.text, t.type) for t in found]


def test_a_participle_with_its_agent_is_no_part_of_the_blank() -> None:
    """ "is a [gynaecological emergency caused] by twisting" cut the clause after the noun
    phrase in two (session 19's own case page)."""
    terms = _terms(
        "Testicular torsion is a urological emergency caused by twisting of the cord.",
        title="Testicular torsion",
    )
    assert "urological emergency" in terms
    assert not any(t.endswith("caused") for t in terms)


@pytest.mark.parametrize(
    "sentence",
    [
        "Echocardiography distinguishes the cyst from a fat pad.",
        "The tumour is made of brown fat cells with granular cytoplasm.",
    ],
)
def test_fat_inside_a_compound_name_is_no_blank_of_its_own(sentence: str) -> None:
    """ "a [fat] pad", "brown [fat] cells" cut a name in two (session 19's own pages): the
    blank takes the whole name."""
    terms = _terms(sentence, title="Pericardial cyst")
    assert "fat" not in terms
    assert any(t in {"fat pad", "fat cells"} for t in terms), terms
