"""Issue 11, session 28 (helper s28-appearance): findings named as the topic's findings
("Typical CT findings are A, B and C", "The hallmark is A") and findings on a study the
sentence opens on ("On FDG PET, X shows A", "On CT, there is A", "At angiography, A is
seen"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section

Look = tuple[str, str, str]  # subject, attribute, value


def _looks(title: str, heading: str, *paragraphs: str) -> set[Look]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(
        slug="t",
        title=title,
        sections=(Section(heading, blocks, parents=("Radiographic features",)),),
    )
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


# --- "(Typical CT) findings are A, B and C" ---------------------------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "wanted"),
    [
        (
            "Ultrasound",
            "Classic findings are a distended gallbladder, a sonographic Murphy sign and "
            "pericholecystic fluid.",
            ("Acute cholecystitis", "ultrasound", "distended gallbladder"),
        ),
        (
            "Imaging",
            "Typical CT findings are a whirl of mesenteric vessels, dilated proximal loops and "
            "mural oedema.",
            ("Acute cholecystitis", "CT", "whirl of mesenteric vessels"),
        ),
        (
            "Plain radiograph",
            "The hallmark is a sclerotic band crossing the femoral neck.",
            ("Acute cholecystitis", "radiograph", "sclerotic band crossing the femoral neck"),
        ),
        (
            "Mammography",
            "The typical appearance is a mass with long, thin spicules radiating outwards.",
            (
                "Acute cholecystitis",
                "mammography",
                "mass with long, thin spicules radiating outwards",
            ),
        ),
        (
            "CT",
            "The appearance is of a lobulated fat mass, together with small calcifications.",
            ("Acute cholecystitis", "CT", "small calcifications"),
        ),
    ],
)
def test_named_findings_are_read(heading: str, sentence: str, wanted: Look) -> None:
    assert wanted in _looks("Acute cholecystitis", heading, sentence)


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Ultrasound", "Clinical features include fever and right upper quadrant pain."),
        ("Ultrasound", "Doppler findings are notoriously variable."),
        ("Ultrasound", "Findings are scored using a five-point scale."),
        ("Ultrasound", "The ultrasound features are typical of the disease."),
        ("Treatment", "Typical findings are a good response to antibiotics."),
        ("Pathology", "Histological findings are neutrophils in the wall."),
    ],
)
def test_named_findings_of_other_kinds_give_none(heading: str, sentence: str) -> None:
    assert not _looks("Acute cholecystitis", heading, sentence)


def test_a_comparison_or_share_is_no_listed_look() -> None:
    looks = _looks(
        "Mucinous carcinoma",
        "MRI",
        "The most useful MRI feature is very high T2 signal, equal to that of fluid, "
        "found in most cases.",
    )
    values = {value for _, _, value in looks}
    assert "very high T2 signal" in values
    assert not any(v.startswith(("equal", "found")) for v in values)


# --- "On <study>, X shows A" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "On FDG PET-CT, thymoma typically shows moderate FDG uptake.",
            ("Thymoma", "PET-CT", "moderate FDG uptake"),
        ),
        (
            "At angiography the tumour has a spoke-wheel arrangement of feeding arteries.",
            ("Thymoma", "angiography", "spoke-wheel arrangement of feeding arteries"),
        ),
        (
            "On colour Doppler, there is no flow within the cystic spaces.",
            ("Thymoma", "colour Doppler", "no flow within the cystic spaces"),
        ),
        (
            "On CT, a tubular vessel is seen lateral to the aortic arch.",
            ("Thymoma", "CT", "tubular vessel lateral to the aortic arch"),
        ),
    ],
)
def test_fronted_study_findings_are_read(sentence: str, wanted: Look) -> None:
    assert wanted in _looks("Thymoma", "Imaging", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another thing is the clause's subject
        "On CT, the adjacent pleura shows nodular thickening.",
        # the words after "on" name no study
        "On the left there is a lobulated mediastinal mass.",
        # another time
        "On follow-up CT, there is a residual calcified mass.",
        # the lesion is only said to be seen, with no look
        "On CT, the tumour is seen in the anterior mediastinum.",
    ],
)
def test_fronted_study_of_another_thing_gives_none(sentence: str) -> None:
    assert not _looks("Thymoma", "Imaging", sentence)


def test_the_topic_named_as_a_look_on_a_fronted_study() -> None:
    looks = _looks(
        "Bochdalek hernia",
        "Imaging",
        "On CT a Bochdalek hernia is a posterolateral defect of the diaphragm with herniated fat.",
    )
    assert (
        "Bochdalek hernia",
        "CT",
        "posterolateral defect of the diaphragm with herniated fat",
    ) in (looks)


def test_the_topic_named_as_a_role_gives_none() -> None:
    assert not _looks("Thymoma", "Imaging", "On CT, the tumour is a rare cause of obstruction.")


# --- "<study> confirms X" ------------------------------------------------------------------


def test_what_a_study_confirms_is_read_up_to_its_next_verb() -> None:
    looks = _looks(
        "Osteoid osteoma",
        "CT",
        "CT confirms a lucent nidus with central mineralisation and demonstrates periosteal "
        "new bone.",
    )
    assert ("Osteoid osteoma", "CT", "lucent nidus with central mineralisation") in looks
    assert not any("demonstrates" in value for _, _, value in looks)


@pytest.mark.parametrize(
    "sentence",
    ["Ultrasound confirms that the mass is solid.", "CT confirms the diagnosis."],
)
def test_a_study_confirming_a_claim_gives_none(sentence: str) -> None:
    assert not _looks("Osteoid osteoma", "CT", sentence)


# --- "After contrast, …" and "In the chronic phase there is …" ---------------------------


def test_after_contrast_is_the_heading_modality_enhanced() -> None:
    looks = _looks("Pyogenic ventriculitis", "CT", "After contrast there is a thin ependymal rim.")
    assert ("Pyogenic ventriculitis", "contrast-enhanced CT", "thin ependymal rim") in looks
    looks = _looks("Pyogenic ventriculitis", "MRI", "After contrast there is a thin ependymal rim.")
    assert ("Pyogenic ventriculitis", "MRI T1 C+", "thin ependymal rim") in looks


def test_after_contrast_under_no_cross_sectional_heading_gives_none() -> None:
    assert not _looks(
        "Pyogenic ventriculitis", "Ultrasound", "After contrast there is a thin ependymal rim."
    )


def test_a_subgroup_then_there_is_is_the_subgroups_finding() -> None:
    looks = _looks(
        "Renal infarction", "CT", "In the chronic phase there is a cortical scar and volume loss."
    )
    assert ("Renal infarction (chronic phase)", "CT", "cortical scar") in looks


def test_a_place_then_there_is_gives_none() -> None:
    assert not _looks("Renal infarction", "CT", "In the upper pole there is a cortical scar.")


def test_the_titles_head_words_stand_for_the_topic_but_a_generic_head_does_not() -> None:
    title = "Testicular epidermoid cyst"
    looks = _looks(title, "Imaging", "On MRI, epidermoid cysts show a target of concentric rings.")
    assert (title, "MRI", "target of concentric rings") in looks
    assert not _looks(title, "Imaging", "On MRI, cysts show a target of concentric rings.")
