"""Appearance in prose: absent findings keep their negation, margins and shape are read on
the section's modality, and subjects come from "there is", "most are", size words and list
fragments. Sentences invented about organs and diseases of every system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.appearance import sequence_name
from quizgen.extractors.imaging import read_findings
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _article(title: str, *blocks: str | tuple[str, ...], heading: str = "MRI") -> Article:
    """Paragraphs as strings; a tuple is a list of items."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(ListItem(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    return Article(slug="x", title=title, sections=(Section(heading, built),))


def _found(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


# --- negation: the absence is the fact, never the finding without it ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The lesion shows no restricted diffusion.", ("MRI DWI", "no restricted diffusion")),
        ("There is no restricted diffusion.", ("MRI DWI", "no restricted diffusion")),
        ("The mass is seen without enhancement.", ("MRI T1 C+", "no enhancement")),
        ("The lesion lacks enhancement after gadolinium.", ("MRI T1 C+", "no enhancement")),
        ("The tumour shows no blooming on SWI.", ("MRI SWI/GRE", "no blooming")),
        ("The tumour does not show restricted diffusion.", ("MRI DWI", "no restricted diffusion")),
        ("There is no evidence of blooming on SWI.", ("MRI SWI/GRE", "no blooming")),
    ],
)
def test_an_absent_finding_keeps_its_negation(sentence: str, expected: tuple[str, str]) -> None:
    assert _found(_article("Pilocytic astrocytoma", sentence)) == {
        ("Pilocytic astrocytoma", *expected)
    }


@pytest.mark.parametrize(
    "clause",
    [
        "no restricted diffusion",
        "without restricted diffusion",
        "no evidence of restricted diffusion",
        "does not show restricted diffusion",
        "absence of restricted diffusion",
    ],
)
def test_no_phrasing_of_absence_reads_as_presence(clause: str) -> None:
    assert [f.value for f in read_findings(clause)] == ["no restricted diffusion"]


def test_an_absent_signal_or_margin_gives_nothing() -> None:
    assert read_findings("not hyperintense on T2") == []
    assert read_findings("no irregular margins", "CT") == []


def test_calcification_stated_absent_after_the_noun() -> None:
    found = read_findings("calcification is absent", "CT")
    assert [(f.attribute, f.value) for f in found] == [("CT", "no calcification")]


def test_a_choice_of_absent_or_minimal_is_kept_whole() -> None:
    found = read_findings("no or minimal enhancement", "MRI")
    assert [f.value for f in found] == ["no or minimal enhancement"]


# --- margins, shape and contents read on the modality that the text names -------------------


def test_margins_and_shape_take_the_sections_modality() -> None:
    article = _article(
        "Warthin tumour",
        "The tumour is an oval mass with smooth margins and internal calcification.",
        heading="Ultrasound",
    )
    assert _found(article) == {
        ("Warthin tumour", "ultrasound shape", "oval"),
        ("Warthin tumour", "ultrasound margins", "smooth"),
        ("Warthin tumour", "ultrasound", "internal calcification"),
    }


def test_a_content_finding_does_not_replace_the_modalitys_density() -> None:
    article = _article(
        "Schwannoma", "On CT, the tumour is hypodense with punctate calcification.", heading=""
    )
    assert _found(article) == {
        ("Schwannoma", "CT", "hypodense"),
        ("Schwannoma", "CT", "punctate calcification"),
    }


def test_morphology_without_a_modality_keeps_its_own_attribute() -> None:
    article = _article("Splenic hamartoma", "The lesion is round.", heading="Imaging")
    assert _found(article) == {("Splenic hamartoma", "shape", "round")}


# --- subjects: "there is", "most are", size words, list fragments ---------------------------


def test_most_are_refers_to_the_topic() -> None:
    article = _article(
        "Pancreatic neuroendocrine tumour", "Most are hyperintense on T2.", heading="MRI"
    )
    assert _found(article) == {("Pancreatic neuroendocrine tumour", "MRI T2", "hyperintense")}


def test_there_is_after_another_subject_gives_nothing() -> None:
    article = _article(
        "Pancreatic neuroendocrine tumour",
        "Adenocarcinomas are hypointense on T1. There is restricted diffusion.",
    )
    assert _found(article) == set()


@pytest.mark.parametrize("size", ["Small", "Larger", "Giant"])
def test_a_size_word_names_the_articles_own_lesions(size: str) -> None:
    article = _article("Thymoma", f"{size} tumours are hypointense on T1.")
    assert _found(article) == {(f"{size} tumours of thymoma", "MRI T1", "hypointense")}


def test_a_lesion_noun_with_other_words_is_not_sized() -> None:
    article = _article("Thymoma", "Lymphomatous tumours are hypointense on T1.")
    assert ("Thymoma", "MRI T1", "hypointense") not in _found(article)


def test_verbless_list_items_describe_the_topic() -> None:
    article = _article(
        "Medullary thyroid carcinoma",
        "Suspicious features include:",
        ("taller-than-wide shape", "spiculated margins", "coarse calcification"),
        heading="Ultrasound",
    )
    assert _found(article) == {
        ("Medullary thyroid carcinoma", "ultrasound shape", "taller-than-wide"),
        ("Medullary thyroid carcinoma", "ultrasound margins", "spiculated"),
        ("Medullary thyroid carcinoma", "ultrasound", "coarse calcification"),
    }


@pytest.mark.parametrize(
    "intro",
    [
        "In contrast, benign nodules show:",
        "Features that favour a mimic include:",
        "Unlike this tumour, metastases are:",
    ],
)
def test_list_items_under_another_things_intro_give_nothing(intro: str) -> None:
    article = _article(
        "Medullary thyroid carcinoma",
        intro,
        ("smooth margins", "hyperechoic"),
        heading="Ultrasound",
    )
    assert _found(article) == set()


def test_a_formula_item_is_no_finding() -> None:
    article = _article(
        "Adrenal adenoma", "It is computed as:", ("relative washout = (enhanced - delayed)",)
    )
    assert _found(article) == set()


@given(
    lead=st.sampled_from(["", "Typically, ", "On MRI, "]),
    verb=st.sampled_from(["shows no", "demonstrates no", "is seen without", "lacks"]),
)
def test_absence_is_kept_in_every_phrasing(lead: str, verb: str) -> None:
    sentence = f"{lead}the lesion {verb} restricted diffusion."
    sentence = sentence[0].upper() + sentence[1:]
    assert _found(_article("Epidermoid cyst", sentence)) == {
        ("Epidermoid cyst", "MRI DWI", "no restricted diffusion")
    }


# --- comparisons with a named tissue, Doppler flow, liver-specific phase, labels -----------


@pytest.mark.parametrize(
    ("clause", "context", "expected"),
    [
        ("slightly denser than CSF", "CT", ("CT", "slightly denser than CSF")),
        ("less dense than the adjacent muscle", "CT", ("CT", "less dense than muscle")),
        (
            "enhances less than the adjacent renal parenchyma",
            "CT",
            ("contrast-enhanced CT", "enhances less than renal parenchyma"),
        ),
        ("uptake lower than that of the liver", "PET", ("PET", "uptake lower than liver")),
        (
            "iso- or hyperintense to liver in the hepatobiliary phase",
            "",
            ("MRI hepatobiliary phase", "iso- or hyperintense to liver"),
        ),
        ("internal vascularity on colour Doppler", "", ("colour Doppler", "internal vascularity")),
        ("no internal vascularity", "ultrasound", ("colour Doppler", "no internal vascularity")),
    ],
)
def test_comparisons_doppler_and_phases(
    clause: str, context: str, expected: tuple[str, str]
) -> None:
    assert [(f.attribute, f.value) for f in read_findings(clause, context)] == [expected]


@pytest.mark.parametrize(
    "clause",
    [
        "denser than expected",  # no tissue named
        "mucosal hyperaemia",  # no Doppler: an endoscopic or pathological finding
        "blood flow to the gland",
        "uptake lower than before",
    ],
)
def test_comparisons_and_flow_need_their_anchor(clause: str) -> None:
    assert read_findings(clause, "") == []


def test_a_share_written_more_than_is_the_majority() -> None:
    article = _article(
        "Hepatic adenoma",
        "More than 80% of adenomas are hypointense in the hepatobiliary phase.",
    )
    assert _found(article) == {("Hepatic adenoma", "MRI hepatobiliary phase", "hypointense")}


def test_an_after_contrast_opening_is_no_subject() -> None:
    article = _article(
        "Thymoma", "After contrast, the tumour enhances more than muscle.", heading="CT"
    )
    assert _found(article) == {("Thymoma", "contrast-enhanced CT", "enhances more than muscle")}


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("perfusion", "MRI perfusion"),
        ("MR perfusion", "MRI perfusion"),
        ("DSC perfusion", "MRI perfusion"),
        ("T1 fat-suppressed", "MRI T1 fat-suppressed"),
        ("opposed-phase", "MRI chemical shift"),
        ("in-phase/opposed-phase", "MRI chemical shift"),
        ("perfusion defect", ""),
    ],
)
def test_sequence_labels(label: str, name: str) -> None:
    assert sequence_name(label) == name


# --- a finding as the sentence's subject, "variable" signal, density on contrast CT --------


@pytest.mark.parametrize(
    "sentence",
    [
        "Calcification is absent.",
        "Calcification is typically absent, which helps to tell it apart.",
    ],
)
def test_a_finding_stated_absent_as_subject(sentence: str) -> None:
    article = _article("Desmoid tumour", sentence, heading="CT")
    assert _found(article) == {("Desmoid tumour", "CT", "no calcification")}


def test_a_finding_as_subject_keeps_its_own_words() -> None:
    article = _article("Desmoid tumour", "Punctate calcification is present.", heading="CT")
    assert _found(article) == {("Desmoid tumour", "CT", "punctate calcification")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Calcification is present in a minority.",  # not how it typically looks
        "Calcification is common in chondrosarcomas.",  # another lesion's
        "Calcification may be present.",  # hedged
    ],
)
def test_a_finding_as_subject_of_another_or_a_few_gives_nothing(sentence: str) -> None:
    assert _found(_article("Desmoid tumour", sentence, heading="CT")) == set()


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("variable on T2", [("MRI T2", "variable signal")]),
        ("variable T2 signal", [("MRI T2", "variable signal")]),
        ("variable in size", []),
        ("variable signal", []),  # no sequence named
    ],
)
def test_variable_signal_needs_its_sequence(clause: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.attribute, f.value) for f in read_findings(clause)] == expected


def test_variable_signal_under_a_sequence_heading() -> None:
    found = read_findings("variable signal", "MRI T2")
    assert [(f.attribute, f.value) for f in found] == [("MRI T2", "variable signal")]


def test_density_on_contrast_enhanced_ct_is_read_there() -> None:
    found = read_findings("hypoattenuating to liver", "contrast-enhanced CT")
    assert [(f.attribute, f.value) for f in found] == [
        ("contrast-enhanced CT", "hypodense to liver")
    ]


def test_scintigraphy_is_named_as_written() -> None:
    article = _article(
        "Follicular thyroid carcinoma",
        "On thyroid scintigraphy, the tumour appears as a cold (photopenic) nodule.",
        heading="Nuclear medicine",
    )
    assert _found(article) == {("Follicular thyroid carcinoma", "scintigraphy", "photopenic")}


# --- openings without a comma, a second clause on its own sequence, "a typical X" -----------


@pytest.mark.parametrize(
    "sentence",
    [
        "On T1-weighted images meningiomas are isointense to grey matter, similar to cortex, "
        "and on T2-weighted images they are hyperintense.",
        "On T1 images meningiomas are isointense to grey matter; on T2 images they are "
        "hyperintense.",
    ],
)
def test_an_opening_without_a_comma_and_a_second_sequence_clause_are_read(sentence: str) -> None:
    found = _found(_article("Meningioma", sentence))
    assert ("Meningioma", "MRI T1", "isointense to grey matter") in found
    assert ("Meningioma", "MRI T2", "hyperintense") in found


def test_a_second_clause_about_another_lesion_is_not_the_articles() -> None:
    found = _found(
        _article(
            "Meningioma",
            "On T1 images meningiomas are isointense to grey matter, whereas on T2 images "
            "lymphomas are hyperintense.",
        )
    )
    assert ("Meningioma", "MRI T1", "isointense to grey matter") in found
    assert not any(attribute == "MRI T2" for _, attribute, _ in found)


def test_a_typical_lesion_named_by_the_title_is_the_articles() -> None:
    found = _found(
        _article("Fibroadenoma", "A typical fibroadenoma is a well-circumscribed, hypoechoic mass.")
    )
    assert {s for s, _, _ in found} == {"Fibroadenoma"}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("are often calcified", {"calcified"}),
        ("they are densely calcified, and enhance", {"densely calcified"}),
        ("shows no calcified component", set()),
        ("a calcified node lies beside it", set()),
    ],
)
def test_calcified_as_a_predicate_is_a_finding(clause: str, expected: set[str]) -> None:
    assert {f.value for f in read_findings(clause, "CT")} == expected


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The fibrous cap is hypointense on T2-weighted images.", "fibrous cap of plaque"),
        ("The pedicle is hyperintense on T2-weighted images.", "pedicle of plaque"),
    ],
)
def test_a_named_part_of_the_lesion_is_its_subject(sentence: str, subject: str) -> None:
    found = _found(_article("Plaque", sentence))
    assert {s for s, _, _ in found} == {subject}
