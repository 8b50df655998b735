"""Open findings of a part of the organ and listed findings under a modality heading: a
part's state ("The renal pelvis is dilated"), a part's change said by a verb ("The right
lobe atrophies"), what a part has ("The bowel loops have thickened walls"), "Ancillary
findings include A, B and C", "There is A and B", "X may be seen". Sentences invented about
organs and diseases of several systems."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging import read_findings
from quizgen.extractors.imaging_open import extract_open_findings
from quizgen.model import Article, Block, BlockKind, Section


def _article(title: str, *sentences: str, heading: str = "CT") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=s) for s in sentences)
    return Article(slug="x", title=title, sections=(Section(heading, blocks),))


def _open(article: Article) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in extract_open_findings(article)}


# --- a part's state: the part in the cue, the state the answer ------------------------------


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        (
            "The ipsilateral renal pelvis is dilated and distended.",
            "CT ipsilateral renal pelvis",
            "dilated and distended",
        ),
        (
            "The left adrenal limb is enlarged (about twice the right) and is hypodense.",
            "CT left adrenal limb",
            "enlarged",
        ),
        (
            "Para-aortic and aortocaval lymph nodes are often enlarged; they are reactive.",
            "CT para-aortic and aortocaval lymph nodes",  # a sentence's capital is not the cue's
            "enlarged",
        ),
        ("The right lobe shrinks progressively.", "CT right lobe", "progressive shrinkage"),
        (
            "The medial segment of the left lobe and the anterior segments of the right lobe "
            "atrophy.",
            "CT medial segment of the left lobe and the anterior segments of the right lobe",
            "atrophy",
        ),
        ("The caudate lobe hypertrophies markedly.", "CT caudate lobe", "marked hypertrophy"),
    ],
)
def test_a_parts_state_is_read_with_the_part_in_the_cue(
    sentence: str, attribute: str, value: str
) -> None:
    assert _open(_article("Chronic pancreatitis", sentence)) == {
        ("Chronic pancreatitis", attribute, value)
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The mass is displaced.",  # the lesion itself is no part
        "Larger tumours may calcify.",  # a kind of lesion, not a part of the organ
        "In 30% the ducts calcify.",  # a share
        "These tumours enlarge.",
    ],
)
def test_no_part_state_of_the_lesion_a_kind_or_a_share(sentence: str) -> None:
    assert _open(_article("Chronic pancreatitis", sentence)) == set()


@given(
    part=st.sampled_from(["common bile duct", "pancreatic duct", "left renal vein"]),
    verb=st.sampled_from(["is", "may be", "can be", "is often", "is usually", "becomes"]),
)
def test_the_same_state_in_several_phrasings_gives_the_same_fields(part: str, verb: str) -> None:
    sentence = f"The {part} {verb} dilated."
    assert _open(_article("Pancreatic carcinoma", sentence)) == {
        ("Pancreatic carcinoma", f"CT {part}", "dilated")
    }


# --- what a part has -----------------------------------------------------------------------


def test_what_a_part_has_is_its_finding() -> None:
    article = _article(
        "Crohn disease", "The affected bowel loops have thickened, stratified walls.", heading="MRI"
    )
    assert _open(article) == {
        ("Crohn disease", "MRI affected bowel loops", "thickened, stratified walls")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients have abdominal pain and diarrhoea.",
        "Most lesions have a thin wall.",
        "Both have similar appearances.",
        "MRI has a high sensitivity for perianal disease.",
        "Barium studies have largely been replaced by ultrasound.",
        "The bowel loops have been resected.",
    ],
)
def test_what_patients_lesions_or_the_modality_have_is_no_part_finding(sentence: str) -> None:
    assert _open(_article("Crohn disease", sentence, heading="MRI")) == set()


# --- listed findings: "Ancillary findings include …", "There is …", "… may be seen" ----------


def test_ancillary_findings_are_listed_one_by_one() -> None:
    article = _article(
        "Acute cholecystitis",
        "Secondary findings include gallbladder wall thickening, pericholecystic fluid, "
        "mosaic attenuation of the adjacent liver and a positive sonographic Murphy sign.",
        heading="Ultrasound",
    )
    values = {v for _, _, v in _open(article)}
    assert {"gallbladder wall thickening", "pericholecystic fluid"} <= values
    # named by the closed vocabulary too, which reads no subject in this sentence
    assert "mosaic attenuation of the adjacent liver" in values


def test_findings_of_a_mimic_or_outside_a_modality_section_are_not_listed() -> None:
    mimic = _article(
        "Acute cholecystitis",
        "Findings that favour a mimic include wall thickening without gallstones.",
        heading="Ultrasound",
    )
    clinical = _article(
        "Acute cholecystitis",
        "Other findings include fever, leucocytosis and right upper quadrant pain.",
        heading="Clinical presentation",
    )
    assert _open(mimic) == set()
    assert _open(clinical) == set()


def test_what_there_is_are_findings_split_at_and() -> None:
    article = _article(
        "Perforated appendicitis",
        "There is a small periappendiceal collection and mild caecal wall thickening.",
    )
    assert {v for _, _, v in _open(article)} == {
        "small periappendiceal collection",
        "mild caecal wall thickening",
    }


def test_what_there_is_some_debate_about_is_no_finding() -> None:
    sentence = "There is some debate about its role."
    assert _open(_article("Perforated appendicitis", sentence)) == set()


def test_what_there_is_not_is_read_only_with_its_no() -> None:
    # session 12: a denied finding is testable, but never as the finding itself
    sentence = "There is no periappendiceal collection."
    assert _open(_article("Perforated appendicitis", sentence)) == {
        ("Perforated appendicitis", "CT", "no periappendiceal collection")
    }


def test_what_may_be_seen_is_a_finding() -> None:
    article = _article("Mesenteric ischaemia", "Portal venous gas may be seen.")
    assert _open(article) == {("Mesenteric ischaemia", "CT", "Portal venous gas")}


def test_a_sentence_with_a_verb_of_risk_is_not_a_telegraphic_finding() -> None:
    article = _article(
        "Gallbladder polyp", "Polyps in PSC carry a high risk.", heading="Ultrasound"
    )
    assert _open(article) == set()


def test_a_cholangiography_heading_names_its_modality() -> None:
    article = _article(
        "Cholangiocarcinoma",
        "MRCP shows an abrupt shouldered stricture of the hilar ducts.",
        heading="MRCP",
    )
    assert {a for _, a, _ in _open(article)} == {"MRCP"}


def test_a_part_of_the_lesion_is_not_a_subject_of_its_own() -> None:
    article = _article("Mucinous cystadenoma", "Cystic components are usually of low attenuation.")
    subjects = {f.subject for f in extract_facts(article) if f.kind.value == "appearance"}
    assert "Cystic components" not in subjects


def test_an_absence_seen_is_a_finding_and_the_clause_after_whereas_is_not_read() -> None:
    article = _article(
        "Lymphadenitis",
        "No internal vascularity is identified on colour Doppler, whereas the adjacent node "
        "shows a thickened hilum.",
        heading="Ultrasound",
    )
    assert _open(article) == {("Lymphadenitis", "ultrasound", "no internal vascularity")}


def test_a_parts_abnormalities_listed_after_a_colon() -> None:
    article = _article(
        "Tuberous sclerosis",
        "Renal abnormalities are common: cortical cysts, fat-containing masses and "
        "multifocal tumours.",
    )
    found = _open(article)
    assert {a for _, a, _ in found} == {"CT renal"}
    assert {"cortical cysts", "fat-containing masses"} <= {v for _, _, v in found}


def test_findings_listed_in_a_paragraph_that_named_its_modality() -> None:
    named = _article(
        "Acute pyelonephritis",
        "Contrast-enhanced CT is the test of choice in adults. Other findings include renal "
        "enlargement, a striated nephrogram and perinephric stranding.",
        heading="Discussion",
    )
    unnamed = _article(
        "Acute pyelonephritis",
        "Other findings include renal enlargement and perinephric stranding.",
        heading="Discussion",
    )
    assert {(a, v) for _, a, v in _open(named)} == {
        ("contrast-enhanced CT", "renal enlargement"),
        ("contrast-enhanced CT", "striated nephrogram"),
        ("contrast-enhanced CT", "perinephric stranding"),
    }
    assert _open(unnamed) == set()


@pytest.mark.parametrize(
    ("sentence", "attribute", "value"),
    [
        ("The spleen becomes small and calcified.", "CT spleen", "small and calcified"),
        ("The gland outline becomes lobulated.", "CT gland outline", "lobulated"),
    ],
)
def test_shape_and_size_words_are_states_of_a_part(
    sentence: str, attribute: str, value: str
) -> None:
    assert _open(_article("Sickle cell disease", sentence)) == {
        ("Sickle cell disease", attribute, value)
    }


def test_what_is_frequent_is_a_finding() -> None:
    article = _article("Lobar collapse", "Volume loss and crowding of the fissures are frequent.")
    assert _open(article) == {("Lobar collapse", "CT", "Volume loss and crowding of the fissures")}


def test_a_signal_the_organ_loses_is_not_its_signal() -> None:
    lost = read_findings("the inflamed gland loses its normal high signal on T1-weighted images")
    kept = read_findings("the inflamed gland shows high signal on T1-weighted images")
    assert [f.value for f in lost] == []
    assert [f.value for f in kept] == ["hyperintense"]
