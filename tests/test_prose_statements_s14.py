"""Statement and definition shapes read from sets E and F's wrong facts (issue 11, round 9).

Every sentence here is invented, about organs and diseases the corpora do not cover.
"""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _terms(sentence: str, title: str = "Hodgkin lymphoma") -> list[str]:
    return [t.text for t in key_terms(sentence, title=title)]


def _facts(body: str, kind: FactKind, title: str = "Hodgkin lymphoma") -> list[Fact]:
    return [f for f in extract_facts(read_text(f"{title}\n\n{body}\n")) if f.kind is kind]


def _statements(body: str, title: str = "Hodgkin lymphoma") -> list[str]:
    return [f.value for f in _facts(body, FactKind.STATEMENT, title)]


# --- labels joined with their word said again -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Renal failure is found in most patients with class III and class IV disease.",
         "class III and class IV"),
        ("Thyroid cancer spreads first to level III and level IV nodes.",
         "level III and level IV"),
        ("Portal vein invasion is typical of segment II and segment III tumours.",
         "segment II and segment III"),
    ],
)  # fmt: skip
def test_labels_joined_with_their_word_again_are_one_key_term(sentence: str, label: str) -> None:
    assert label in _terms(sentence)


def test_a_label_inside_a_longer_label_is_no_repeat() -> None:
    # "type I" stands inside "type IV" as letters, not as the same label: both are blanks
    found = _terms("Corneal clouding marks type I disease, whereas type IV disease spares it.")
    assert "type I" in found
    assert "type IV" in found


def test_a_term_whose_words_show_again_is_still_no_blank() -> None:
    # "fibroadenoma" shows inside "fibroadenomas": the answer would be on the card (C4)
    found = _terms("A cyst or a fibroadenoma may enhance, but fibroadenomas rarely calcify.")
    assert "fibroadenoma" not in found


# --- whose sentence it is ---------------------------------------------------------------------


_NODES = (
    "Hilar lymphadenopathy is present in 60% of patients at diagnosis. The paratracheal nodes "
    "are the first echelon, followed by level IV and level V nodes. A paratracheal node of "
    "10 mm or more in short-axis diameter, or any node with central necrosis, is considered "
    "involved."
)


def test_a_finding_that_opens_the_paragraph_is_not_the_next_sentences_subject() -> None:
    facts = _facts(_NODES, FactKind.STATEMENT)
    about_nodes = [f for f in facts if "paratracheal node" in f.statement]
    assert len(about_nodes) == 2
    assert {f.subject for f in about_nodes} == {"Hodgkin lymphoma"}


def test_a_sentence_that_names_another_condition_keeps_it_as_subject() -> None:
    body = _NODES + " Sarcoidosis is treated with corticosteroids."
    facts = _facts(body, FactKind.STATEMENT)
    assert [f.subject for f in facts if "Sarcoidosis" in f.statement] == ["Sarcoidosis"]


# --- a "sign" named by a word of degree is no name --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Loss of the fat plane is the most specific sign of bladder wall invasion.",
        "Pleural thickening is a more sensitive sign than effusion of early mesothelioma.",
        "Periosteal reaction is the earliest sign of osteomyelitis of the tibia.",
        "Bowing of the septum is the most consistent sign of raised pressure.",
        "Septal bowing is a less consistent sign of raised pressure.",
    ],
)
def test_a_sign_named_by_a_word_of_degree_is_no_key_term(sentence: str) -> None:
    assert not any(t.endswith("sign") for t in _terms(sentence))


def test_a_named_sign_is_still_a_key_term() -> None:
    assert "halo sign" in _terms("The halo sign is seen in angioinvasive aspergillosis.")


def test_a_role_opening_on_a_capital_article_blanks_the_name_without_it() -> None:
    assert _terms("The pleural rind is the key finding.", title="Empyema") == ["pleural rind"]


# --- sentences that ask nothing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A small proportion are found incidentally.",
        "A minority are discovered incidentally.",
    ],
)
def test_a_share_without_its_figure_found_incidentally_asks_nothing(body: str) -> None:
    assert _statements(body, title="Adrenal myelolipoma") == []


def test_a_named_subject_found_incidentally_is_still_a_statement() -> None:
    body = "Splenic hamartomas are usually found incidentally."
    assert _statements(body, title="Adrenal myelolipoma") == ["found incidentally"]


@pytest.mark.parametrize(
    "body",
    [
        "A thin septum within the cyst is sometimes seen.",
        "Internal vascularity is usually demonstrable on colour Doppler.",
        "A fat plane is often visible between the mass and the bowel.",
    ],
)
def test_that_something_can_be_seen_is_no_blank(body: str) -> None:
    assert _statements(body, title="Mesenteric cyst") == []


def test_a_complement_after_an_adverb_of_frequency_is_still_a_blank() -> None:
    assert _statements("Growth is sometimes rapid.", title="Mesenteric cyst") == ["rapid"]


def test_a_sentence_that_says_again_what_was_said_is_no_statement() -> None:
    assert _statements("Again, haemorrhage is not a feature.", title="Mesenteric cyst") == []
    assert _statements("Haemorrhage is not a feature.", title="Mesenteric cyst") == ["Haemorrhage"]


# --- definitions ------------------------------------------------------------------------------


def test_a_name_opening_on_an_indefinite_article_is_defined_nowhere() -> None:
    body = (
        "A grade IV, complete transection of the duct, has been reported but is exceptional.\n\n"
        "Kerley B lines, short horizontal lines at the lung periphery, are seen in oedema."
    )
    defined = [f.item for f in _facts(body, FactKind.DEFINITION, title="Pancreatic trauma")]
    assert defined == ["Kerley B lines"]


# --- what a sentence advises ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Iodinated contrast should be avoided in these patients.", "Iodinated contrast"),
        ("Renal denervation may be offered to selected patients with resistant disease.",
         "Renal denervation"),
        ("Liver transplantation is an option for end-stage disease.", "Liver transplantation"),
        ("Oral cholestyramine (a bile acid binder) is an established alternative for pruritus.",
         "Oral cholestyramine"),
        ("Annual echocardiography is required after valve repair.", "Annual echocardiography"),
        ("Percutaneous drainage alone is not recommended because the cavity refills.",
         "Percutaneous drainage alone"),
    ],
)  # fmt: skip
def test_what_a_sentence_advises_is_its_blank(sentence: str, term: str) -> None:
    assert _terms(sentence, title="Hepatic hydatid disease") == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "Caution is required in the elderly.",
        "Close follow-up is required after drainage.",
        "Radiographs are non-specific and are not required for diagnosis.",
        "Provided the child is stable, reduction may be performed under fluoroscopy.",
    ],
)
def test_advice_whose_subject_names_no_thing_advised_gives_no_such_blank(sentence: str) -> None:
    found = [t.type for t in key_terms(sentence, title="Hepatic hydatid disease")]
    assert "treatment" not in found


# --- times in words, vertebral levels, markers ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Most relapses appear within two to three years of treatment.", "two to three years"),
        ("Symptoms settle within six months in most children.", "six months"),
        ("The bud appears during the fifth week of gestation.", "fifth week of gestation"),
        ("The membrane normally ruptures by the eighth week.", "eighth week"),
    ],
)  # fmt: skip
def test_a_time_told_in_words_is_a_key_term(sentence: str, time: str) -> None:
    assert time in _terms(sentence, title="Branchial cleft cyst")


def test_a_count_without_a_unit_of_time_is_no_key_term() -> None:
    assert _terms("The guideline divides findings into two tiers.", title="Renal cyst") == []


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("The conus medullaris ends at the level of L1-2 in adults.", "L1-2"),
        ("The lesion most often compresses the C6 nerve root.", "C6"),
        ("Herniation is commonest at the L4-5 disc.", "L4-5"),
    ],
)
def test_a_vertebral_level_is_a_key_term(sentence: str, level: str) -> None:
    assert level in _terms(sentence, title="Spinal meningioma")


def test_a_sequence_name_is_no_vertebral_level() -> None:
    found = _terms("T2 signal is high at the level of the cord lesion.", "Spinal meningioma")
    assert "T2" not in found


@pytest.mark.parametrize(
    ("sentence", "markers"),
    [
        ("The spindle cells are positive for CD34 and negative for S100.", ["CD34", "S100"]),
        ("Tumour cells are diffusely positive for desmin.", ["desmin"]),
        ("The tumour cells are CD99-positive.", ["CD99"]),
        ("The cells express CD117 and DOG1.", ["CD117", "DOG1"]),
    ],
)
def test_a_marker_the_cells_are_positive_for_is_a_key_term(
    sentence: str, markers: list[str]
) -> None:
    assert _terms(sentence, title="Solitary fibrous tumour") == markers


def test_a_list_of_markers_is_blanked_whole_or_not_at_all() -> None:
    # one marker blanked while the others show asks "which of them?" (C3): every member is a
    # blank, and five blanks are a list in disguise, so the sentence makes no statement
    body = "The cells are positive for CD31, CD34, ERG, FLI1 and D2-40."
    assert _statements(body, title="Hepatic angiosarcoma") == []


def test_a_capitalised_word_after_positive_for_is_no_marker() -> None:
    found = key_terms("Margins are positive for Tumour.", title="Desmoid fibromatosis")
    assert "marker" not in [t.type for t in found]


def test_a_signalling_pathway_is_named_with_its_word() -> None:
    sentence = "Most ependymomas here harbour a fusion that activates the NF-kB signalling pathway."
    assert "NF-kB signalling pathway" in _terms(sentence, title="Supratentorial ependymoma")


@pytest.mark.parametrize("modality", ["EUS", "HRCT", "ERCP"])
def test_an_abbreviated_modality_opening_the_sentence_is_its_blank(modality: str) -> None:
    sentence = f"{modality} shows the mural nodules best."
    assert _terms(sentence, title="Gallbladder polyp") == [modality]


def test_a_comparison_with_what_the_sentence_before_named_is_no_statement() -> None:
    body = "In the third trimester the findings are less specific."
    assert _statements(body, title="Placental chorioangioma") == []
    body = "In the third trimester the findings are less specific than in the second."
    assert _statements(body, title="Placental chorioangioma") == ["third trimester"]


def test_a_comparison_that_says_for_what_is_kept() -> None:
    body = "Contrast-enhanced ultrasound is more sensitive for small metastases."
    assert _statements(body, title="Placental chorioangioma") == ["Contrast-enhanced ultrasound"]


def test_two_ordinals_joined_are_one_time() -> None:
    sentence = "Bleeding in the second or third trimester suggests abruption."
    assert "second or third trimester" in _terms(sentence, title="Placental chorioangioma")


# --- half a name, one of a set ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The disease results from loss of surfactant protein C in the alveoli.",
        "Pain reflects stretching of the organ.",
    ],
)
def test_an_object_that_needs_its_of_phrase_is_no_blank(sentence: str) -> None:
    assert _terms(sentence, title="Alveolar microlithiasis") == []


def test_an_object_that_names_its_thing_is_still_a_blank() -> None:
    sentence = "The cavities contain unclotted blood."
    assert _terms(sentence, title="Alveolar microlithiasis") == ["unclotted blood"]


def test_a_complement_that_opens_a_list_is_no_blank() -> None:
    assert _terms("Less often the nodules are ill-defined, confluent or cavitating.") == []
    assert _terms("Growth is slow.") == ["slow"]


@pytest.mark.parametrize(
    ("sentence", "treatment"),
    [
        ("Residual tumour is treated by fractionated radiotherapy.", "fractionated radiotherapy"),
        ("The diagnosis needs a core needle biopsy of the mass.", "core needle biopsy"),
        ("Balloon angioplasty is preferred in adults.", "Balloon angioplasty"),
    ],
)
def test_the_words_that_say_which_treatment_belong_to_it(sentence: str, treatment: str) -> None:
    assert treatment in _terms(sentence, title="Renal artery stenosis")


def test_an_object_named_by_its_own_words_keeps_its_blank_before_of() -> None:
    sentence = "Spiculation reflects the desmoplastic reaction of the surrounding stroma."
    assert _terms(sentence, title="Tubular carcinoma") == ["desmoplastic reaction"]


# --- definitions a cue marks ------------------------------------------------------------------


def _defined(body: str) -> dict[str, str]:
    text = "# Renal trauma\n\nRenal trauma is an injury of the kidney.\n\n## Pathology\n\n" + body
    return {
        f.subject: f.value
        for f in extract_facts(read_text(text + "\n"))
        if f.kind is FactKind.DEFINITION and f.subject != "Renal trauma"
    }


@pytest.mark.parametrize(
    ("sentence", "name", "phrase"),
    [
        ("Microinvasion is defined as invasion of 1.5 mm or less into the stroma.",
         "Microinvasion", "invasion of 1.5 mm or less into the stroma"),
        ("The term urinoma refers to an encapsulated collection of extravasated urine.",
         "urinoma", "an encapsulated collection of extravasated urine"),
        ("Large infarcts may cause the flank pain syndrome, characterised by pain and "
         "haematuria after exercise.", "flank pain syndrome", "pain and haematuria after exercise"),
        ("Compressed veins produce the nutcracker syndrome, characterised by haematuria and "
         "left flank pain.", "nutcracker syndrome", "haematuria and left flank pain"),
        ("The rim sign on contrast-enhanced CT is formed by preserved capsular perfusion "
         "around an infarct.", "rim sign", "preserved capsular perfusion around an infarct"),
        ("A thin rim of enhancing cortex around the infarct produces the cortical rim sign of "
         "Moreau.", "cortical rim sign of Moreau", "A thin rim of enhancing cortex around the "
         "infarct"),
    ],
)  # fmt: skip
def test_a_cue_marks_a_definition(sentence: str, name: str, phrase: str) -> None:
    assert _defined(sentence).get(name) == phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "It is defined as a laceration deeper than 1 cm.",
        "Imaging shows the most useful sign, characterised by loss of the fat plane.",
        "Treatment is defined as by the grade.",
    ],
)
def test_a_cue_without_a_named_term_defines_nothing(sentence: str) -> None:
    assert _defined(sentence) == {}


def test_a_sign_formed_by_a_list_keeps_the_whole_list() -> None:
    sentence = (
        "The double bubble sign is formed by the distended stomach, the pylorus, and the "
        "dilated proximal duodenum."
    )
    found = _defined(sentence)
    assert found["double bubble sign"] == (
        "the distended stomach, the pylorus, and the dilated proximal duodenum"
    )
