"""Findings outside the closed imaging vocabulary, read under a heading that names one
modality: listed features, what the modality shows, what is seen, what the lesion appears as.
Sentences invented about organs and diseases of every system."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.appearance import sequence_name
from quizgen.extractors.imaging import read_findings
from quizgen.extractors.imaging_open import extract_open_findings, section_modality
from quizgen.model import Article, Block, BlockKind, ListItem, Section


def _article(
    title: str, *blocks: str | tuple[str, ...], heading: str = "CT", parents: tuple[str, ...] = ()
) -> Article:
    """Paragraphs as strings; a tuple is a list of items."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(ListItem(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    return Article(slug="x", title=title, sections=(Section(heading, built, parents=parents),))


def _open(article: Article) -> set[tuple[str, str, str]]:
    return {(f.subject, f.attribute, f.value) for f in extract_open_findings(article)}


# --- the heading names the modality -------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "modality"),
    [
        ("Plain radiograph", "radiograph"),
        ("Ultrasound", "ultrasound"),
        ("CT", "CT"),
        ("Non-contrast CT", "CT non-contrast"),
        ("MRI", "MRI"),
        ("Echocardiography", "echocardiography"),
        ("CT angiography", "CT angiography"),
        ("Angiography (DSA)", "angiography"),
        ("Nuclear medicine", "nuclear medicine"),
        ("Fluoroscopy", "fluoroscopy"),
        ("Barium studies", "fluoroscopy"),
        ("Epidemiology", ""),
        # two modalities named alone: what follows is seen on both
        ("CT and MRI", "CT/MRI"),
        ("CT and MRI findings", ""),
        ("MRCP", "MRCP"),
        ("ERCP", "ERCP"),
    ],
)
def test_a_heading_names_one_modality(heading: str, modality: str) -> None:
    assert section_modality(Section(heading, ())) == modality


def test_a_subsection_takes_its_parents_modality() -> None:
    section = Section("Findings", (), parents=("Radiographic features", "Ultrasound"))
    assert section_modality(section) == "ultrasound"


# --- listed features ------------------------------------------------------------------------


def test_listed_fragments_under_a_findings_intro_are_findings() -> None:
    article = _article(
        "Chronic pancreatitis",
        "Typical CT findings include:",
        (
            "a dilated and beaded main pancreatic duct",
            "parenchymal atrophy, which is most marked in the tail",
            "intraductal calculi",
        ),
    )
    assert _open(article) == {
        ("Chronic pancreatitis", "CT", "dilated and beaded main pancreatic duct"),
        ("Chronic pancreatitis", "CT", "parenchymal atrophy"),
        ("Chronic pancreatitis", "CT", "intraductal calculi"),
    }


def test_a_list_first_in_its_section_is_the_modalitys_findings() -> None:
    article = _article(
        "Pyloric duplication cyst", ("gut signature of the cyst wall",), heading="Ultrasound"
    )
    assert _open(article) == {
        ("Pyloric duplication cyst", "ultrasound", "gut signature of the cyst wall")
    }


@pytest.mark.parametrize(
    "intro",
    [
        "They favour three regions:",  # where, not how it looks
        "Features that favour a mimic include:",
        "Unlike lymphoma, metastases show:",
    ],
)
def test_a_list_under_another_intro_gives_nothing(intro: str) -> None:
    article = _article("Renal lymphoma", intro, ("perirenal soft tissue rind", "renal sinus"))
    assert _open(article) == set()


@pytest.mark.parametrize(
    "item",
    [
        "T2: intermediate signal of the solid part",  # a labelled line, read elsewhere
        "their septa thicken, whereas the locules do not",  # a clause with its own verb
        "the modality of choice for staging",  # what the modality is for
        "cystic nephroma",  # one word would be an adjective; a lesion name labels lines
    ],
)
def test_an_item_that_is_no_fragment_gives_nothing(item: str) -> None:
    article = _article("Cystic nephroma", "Findings include:", (item,))
    assert _open(article) == set()


def test_an_item_the_vocabulary_reads_is_left_to_it() -> None:
    article = _article("Splenic hamartoma", "Findings include:", ("a hypoechoic solid mass",))
    assert _open(article) == set()


# --- what the modality shows ----------------------------------------------------------------


def test_what_a_radiograph_shows_gives_one_finding_per_item() -> None:
    article = _article(
        "Mitral stenosis",
        "Chest radiographs may show an enlarged left atrium, splaying of the carina, and "
        "upper lobe venous diversion due to raised pressure.",
        heading="Plain radiograph",
    )
    assert _open(article) == {
        ("Mitral stenosis", "radiograph", "enlarged left atrium"),
        ("Mitral stenosis", "radiograph", "splaying of the carina"),
        ("Mitral stenosis", "radiograph", "upper lobe venous diversion"),
    }


def test_adjectives_before_a_comma_stay_with_their_noun() -> None:
    article = _article(
        "Asbestosis",
        "The chest radiograph shows small lung volumes with bilateral, basal, subpleural "
        "reticular opacities.",
        heading="Plain radiograph",
    )
    assert _open(article) == {
        (
            "Asbestosis",
            "radiograph",
            "small lung volumes with bilateral, basal, subpleural reticular opacities",
        )
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "CT shows the fracture line better than radiographs.",  # what CT is good at
        "CT shows the extent of the disease and is used for staging.",
        "Unlike sarcoma, CT shows a thin capsule around the mass.",  # another lesion's
    ],
)
def test_what_a_modality_is_good_for_gives_nothing(sentence: str) -> None:
    assert _open(_article("Desmoid tumour", sentence)) == set()


def test_an_apposition_and_a_share_are_not_findings_of_their_own() -> None:
    article = _article(
        "Paget disease of bone",
        "Radiographs show cortical thickening and coarsened trabeculae, the hallmark of the "
        "disease, in about two-thirds of cases.",
        heading="Plain radiograph",
    )
    assert _open(article) == {
        ("Paget disease of bone", "radiograph", "cortical thickening and coarsened trabeculae")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The abdominal radiograph is frequently normal.",
        "Abdominal radiographs are often normal.",
        "The abdominal radiograph may be normal.",
    ],
)
def test_a_normal_study_is_a_finding(sentence: str) -> None:
    found = _open(_article("Acute cholecystitis", sentence, heading="Plain radiograph"))
    assert {(s, a) for s, a, _ in found} == {("Acute cholecystitis", "radiograph")}
    assert all(v.endswith("normal") for _, _, v in found)


def test_a_normal_organ_is_no_normal_study() -> None:
    article = _article("Acute cholecystitis", "The common bile duct is normal.")
    assert _open(article) == set()


# --- what is seen, what it appears as ------------------------------------------------------


def test_a_finding_said_to_be_seen_or_common() -> None:
    article = _article(
        "Crohn disease",
        "Fibrofatty proliferation of the mesentery is seen in the majority of patients. "
        "Skip lesions are common.",
    )
    assert _open(article) == {
        ("Crohn disease", "CT", "Fibrofatty proliferation of the mesentery"),
        ("Crohn disease", "CT", "Skip lesions"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Fibrofatty proliferation is seen as a widened gap between loops.",
        "Reduction in bowel wall thickness is seen within weeks of treatment.",
        "Skip lesions are seen in ulcerative colitis.",
    ],
)
def test_seen_as_or_seen_when_is_not_a_finding(sentence: str) -> None:
    assert _open(_article("Crohn disease", sentence)) == set()


def test_what_the_lesion_appears_as() -> None:
    article = _article(
        "Intussusception",
        "It appears as a layered soft tissue mass in the right upper quadrant.",
        heading="Ultrasound",
    )
    assert _open(article) == {
        ("Intussusception", "ultrasound", "layered soft tissue mass in the right upper quadrant")
    }


def test_what_another_thing_appears_as_is_not_the_lesions() -> None:
    article = _article(
        "Intussusception",
        "The lead point appears as a rounded mass at the apex.",
        heading="Ultrasound",
    )
    assert _open(article) == set()


def test_no_modality_heading_no_open_finding() -> None:
    article = _article(
        "Crohn disease", "Skip lesions are common.", heading="Imaging", parents=("Diagnosis",)
    )
    assert _open(article) == set()


@given(
    st.sampled_from(["CT shows", "CT typically shows", "CT usually demonstrates", "CT reveals"]),
)
def test_the_verb_of_showing_does_not_change_the_finding(lead: str) -> None:
    article = _article("Diverticulitis", f"{lead} pericolic fat stranding.")
    assert _open(article) == {("Diverticulitis", "CT", "pericolic fat stranding")}


# --- telegraphic sentences, states of a part, a finding named as the key one ----------------


def test_verbless_sentences_under_a_modality_heading_are_findings() -> None:
    article = _article(
        "Venous angioma",
        "Angiographically occult. No arteriovenous shunting, no early draining vein.",
        heading="Angiography",
    )
    assert _open(article) == {
        ("Venous angioma", "angiography", "Angiographically occult"),
        ("Venous angioma", "angiography", "No arteriovenous shunting, no early draining vein"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Typical findings include:",  # an intro to a list
        "Bone scintigraphy",  # a heading read as a line
        "The staging system divides tumours into four groups.",  # a verb the list knows
        "After contrast the pattern mirrors that on CT.",  # an opening phrase leads a clause
        "A grade of 3 or more prompts referral.",  # a determiner opens a subject
    ],
)
def test_a_clause_or_an_intro_is_not_telegraphic(sentence: str) -> None:
    assert _open(_article("Venous angioma", sentence, heading="Angiography")) == set()


def test_a_verbless_sentence_of_the_vocabulary_is_the_topics() -> None:
    article = _article("Venous angioma", "Minimal or no contrast enhancement.", heading="CT")
    found = {(f.subject, f.attribute, f.value) for f in extract_facts(article) if f.attribute}
    # (since session 44 "minimal or no" is kept as written: "no enhancement" overstated it)
    assert ("Venous angioma", "CT", "minimal or no contrast enhancement") in found
    assert not any(value == "no enhancement" for _, _, value in found)


def test_the_state_of_a_part_is_a_finding() -> None:
    article = _article(
        "Renal vein thrombosis",
        "The renal outline may be enlarged, and the corticomedullary differentiation is lost.",
        heading="Ultrasound",
    )
    assert _open(article) == {
        # the part in the cue, its state the answer
        ("Renal vein thrombosis", "ultrasound renal outline", "enlarged"),
        ("Renal vein thrombosis", "ultrasound corticomedullary differentiation", "lost"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The lesion is displaced.",  # the lesion itself: no part's state
        "It is enlarged.",
        "The renal outline is enlarged in pyonephrosis.",  # where, not how it looks
    ],
)
def test_a_state_of_the_lesion_or_elsewhere_is_not_a_parts(sentence: str) -> None:
    assert _open(_article("Renal vein thrombosis", sentence, heading="Ultrasound")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "A dilated common bile duct is often its first clue.",
        "The most characteristic finding is a dilated common bile duct.",
    ],
)
def test_a_finding_named_as_the_key_one(sentence: str) -> None:
    article = _article("Choledochal cyst", sentence, heading="Ultrasound")
    assert _open(article) == {("Choledochal cyst", "ultrasound", "dilated common bile duct")}


def test_a_one_word_item_is_a_finding() -> None:
    article = _article(
        "Mitral stenosis", "Findings include:", ("cardiomegaly",), heading="Plain radiograph"
    )
    assert _open(article) == {("Mitral stenosis", "radiograph", "cardiomegaly")}


# --- the noun forms of signal and density -----------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "context", "expected"),
    [
        ("the wall shows T2 hyperintensity", "", ("MRI T2", "hyperintense")),
        ("FLAIR hypointensity of the nodule", "", ("MRI FLAIR", "hypointense")),
        ("a region of hypoattenuation", "CT", ("CT", "hypodense")),
        ("a focus of hyperdensity", "CT", ("CT", "hyperdense")),
    ],
)
def test_a_noun_of_signal_or_density_reads_as_its_adjective(
    clause: str, context: str, expected: tuple[str, str]
) -> None:
    assert [(f.attribute, f.value) for f in read_findings(clause, context)] == [expected]


@pytest.mark.parametrize(
    "clause", ["surrounding T2 hyperintensity", "perilesional FLAIR hyperintensity"]
)
def test_the_signal_around_a_lesion_is_not_its_own(clause: str) -> None:
    assert read_findings(clause) == []


# --- a nuclear medicine study keeps its tracer ----------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Tc-99m pertechnetate scintigraphy", "Tc-99m pertechnetate scintigraphy"),
        ("MIBG scan", "MIBG scan"),
        ("DMSA or MAG3 scintigraphy", "DMSA or MAG3 scintigraphy"),
        ("bone scan", "nuclear medicine"),  # the canonical name of a plain bone scan
        ("vague or scan", ""),
    ],
)
def test_a_tracer_study_is_named_as_written(label: str, name: str) -> None:
    assert sequence_name(label) == name


def test_a_tracer_line_under_nuclear_medicine_gives_its_study() -> None:
    article = _article(
        "Phaeochromocytoma",
        ("I-123 MIBG scintigraphy: intense uptake in the adrenal mass",),
        heading="Nuclear medicine",
    )
    found = {(f.attribute, f.value) for f in extract_facts(article) if f.kind.value == "appearance"}
    assert ("I-123 MIBG scintigraphy", "intense uptake in the adrenal mass") in found


def test_what_a_tracer_study_shows_is_read_on_it() -> None:
    article = _article(
        "Reflux nephropathy",
        "DMSA scintigraphy shows cortical scarring of the upper pole.",
        heading="Nuclear medicine",
    )
    assert _open(article) == {
        ("Reflux nephropathy", "DMSA scintigraphy", "cortical scarring of the upper pole")
    }
