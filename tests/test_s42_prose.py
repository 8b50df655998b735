"""Session 42: rules found on the opened sets BY/BZ and on the development corpus's plain-text
forms. Sentences are invented, on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.statements import key_terms
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text
from quizgen.readers.run_ons import split_glued_entries


def _text_facts(text: str) -> list[Fact]:
    return list(extract_facts(read_text(text, path=Path("page.txt"))))


def test_bare_coded_entries_run_into_one_line_are_split_back() -> None:
    line = (
        "IIIa: cyst confined to the cortex IIIb: cyst reaching the medulla"
        " IIIc: cyst breaching the capsule"
    )
    assert split_glued_entries(line) == [
        "IIIa: cyst confined to the cortex",
        "IIIb: cyst reaching the medulla",
        "IIIc: cyst breaching the capsule",
    ]


def test_labelled_quantities_run_into_one_line_are_split_back() -> None:
    shares = "lower pole: ~55% upper pole: about 30% interpolar region: 10-15% hilum: rare"
    assert split_glued_entries(shares) == [
        "lower pole: ~55%",
        "upper pole: about 30%",
        "interpolar region: 10-15%",
        "hilum: rare",
    ]
    sizes = "minor: under 1 cm moderate: 1-3 cm major: more than 3 cm"
    assert split_glued_entries(sizes) == [
        "minor: under 1 cm",
        "moderate: 1-3 cm",
        "major: more than 3 cm",
    ]


def test_free_text_entries_run_together_stay_whole() -> None:
    # where one entry's description ends and the next label starts is not certain
    glued = (
        "bursitis: fluid in the bursa tendinosis: a thick tendon tear: a gap with 20% retraction"
    )
    assert split_glued_entries(glued) == [glued]
    # a code inside prose opens no entry, and two labels are no run
    prose = "In type II: the cyst grows. IIa: rare IIb: common"
    assert split_glued_entries(prose) == [prose]
    assert split_glued_entries("IIa: rare IIb: common") == ["IIa: rare IIb: common"]
    # a label that is no code among the codes: that entry's end is not certain
    mixed = "A: a thin septum B: a thick septum C: a nodule wall: enhancing"
    assert split_glued_entries(mixed) == [mixed]


def test_a_text_page_gets_a_glued_list_of_shares_back_as_one_whole() -> None:
    text = (
        "Renal abscess\n\nPathology\n\nThe abscess is located in:\n\n"
        "lower pole: ~55% upper pole: about 30% interpolar region: 10-15%\n"
    )
    facts = _text_facts(text)
    shares = {
        (f.item, f.value) for f in facts if f.kind in {FactKind.FREQUENCY, FactKind.PERCENTAGE}
    }
    assert {("lower pole", "~55%"), ("upper pole", "about 30%")} <= shares
    assert ("interpolar region", "10-15%") in shares


def test_entries_labelled_by_the_words_of_one_scale_are_split_back() -> None:
    line = (
        "mild: wall thickening without narrowing, no symptoms moderate: narrowing to half"
        " the lumen severe: near occlusion, with collaterals"
    )
    assert split_glued_entries(line) == [
        "mild: wall thickening without narrowing, no symptoms",
        "moderate: narrowing to half the lumen",
        "severe: near occlusion, with collaterals",
    ]
    # scale words inside another entry's free text are no labels of a run
    other = "wall: thick, mild: patchy severe: rare tear: small"
    assert split_glued_entries(other) == [other]


def test_entries_labelled_by_position_words_are_split_back() -> None:
    line = (
        "medially: the petrous apex and clivus laterally: the parotid space and skin"
        " inferiorly: the parapharyngeal fat"
    )
    assert split_glued_entries(line) == [
        "medially: the petrous apex and clivus",
        "laterally: the parotid space and skin",
        "inferiorly: the parapharyngeal fat",
    ]


def _md_facts(title: str, heading: str, body: str) -> list[Fact]:
    return list(
        extract_facts(read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("p.md")))
    )


def test_the_patients_taken_up_by_an_emphatic_relative_carry_the_conditions_risks() -> None:
    body = (
        "Patients present with subfertility. Women who do conceive have an increased risk of"
        " placental abruption and preterm delivery. Affected men have an increased risk of"
        " testicular atrophy."
    )
    found = {
        f.item
        for f in _md_facts("Uterine synechiae", "Clinical presentation", body)
        if f.group == "complications"
    }
    assert found == {"placental abruption", "preterm delivery", "testicular atrophy"}
    # another group's risk is not the condition's
    other = (
        "Patients present with subfertility. Women who smoke have an increased risk of abruption."
    )
    assert [
        f
        for f in _md_facts("Uterine synechiae", "Clinical presentation", other)
        if f.group == "complications"
    ] == []


def test_features_called_the_usual_early_ones_are_how_the_condition_presents() -> None:
    def presented(body: str) -> list[str]:
        facts = _md_facts("Mastoiditis", "Clinical presentation", body)
        return [f.item for f in facts if f.group == "presenting features"]

    assert presented(
        "Otalgia, fever and post-auricular swelling are the usual early features."
    ) == [
        "otalgia",
        "fever",
        "post-auricular swelling",
    ]
    assert presented("The classic early features are otalgia and fever.") == ["otalgia", "fever"]
    # features of another thing, or looks on a study, are no presentation
    assert presented("Otalgia and fever are the first features of meningitis.") == []
    assert presented("Sclerosis and collapse are the late features on radiographs.") == []


def test_a_listed_eponymous_finding_is_defined_by_its_entry() -> None:
    body = (
        "Recognised signs are:\n\n- Codman triangle: a triangle of periosteal new bone at the"
        " edge of the lesion\n- Hampton hump: a wedge-shaped pleural-based opacity\n"
        "- Moth-eaten pattern: many small holes"
    )
    defined = {
        f.subject: f.value
        for f in _md_facts("Osteosarcoma", "Plain radiograph", body)
        if f.kind is FactKind.DEFINITION
    }
    assert defined == {
        "Codman triangle": "a triangle of periosteal new bone at the edge of the lesion",
        "Hampton hump": "a wedge-shaped pleural-based opacity",
    }


def test_a_second_word_defined_with_its_verb_left_out_is_defined_too() -> None:
    body = (
        "Patients present with pain. Strictly speaking, microcephaly refers to a small head"
        " and micrencephaly to a small brain; the two often coexist."
    )
    defined = {
        f.subject: f.value
        for f in _md_facts("Cerebral dysgenesis", "Terminology", body)
        if f.kind is FactKind.DEFINITION
    }
    assert defined == {"microcephaly": "a small head", "micrencephaly": "a small brain"}


def test_a_listed_eponymous_finding_is_a_sign_of_the_condition_outside_a_differential() -> None:
    body = (
        "Recognised signs are:\n\n- Codman triangle: a triangle of periosteal new bone\n"
        "- Hampton hump: a wedge-shaped pleural-based opacity\n\n## Differential diagnosis\n\n"
        "Consider:\n\n- Kerley lines: septal thickening in heart failure\n"
        "- Ewing sarcoma: a permeative diaphyseal lesion"
    )
    signs = [
        (f.subject, f.item)
        for f in _md_facts("Osteosarcoma", "Plain radiograph", body)
        if f.kind is FactKind.SIGN
    ]
    assert signs == [("Osteosarcoma", "Codman triangle"), ("Osteosarcoma", "Hampton hump")]


def test_a_listed_eponymous_line_drawn_to_measure_is_no_sign() -> None:
    body = (
        "Lines drawn on the radiograph:\n\n- Hilgenreiner line: a horizontal line through both"
        " triradiate cartilages\n- Shenton line: a smooth arc along the femoral neck"
    )
    facts = _md_facts("Hip dysplasia", "Plain radiograph", body)
    assert [f.item for f in facts if f.kind is FactKind.SIGN] == []


def test_these_patients_are_patients_with_the_referent_on_a_card() -> None:
    body = (
        "Neutropenic colitis is an inflammation of the caecum. These patients typically present"
        " with fever when the neutrophil count is below 500 cells/µL."
    )
    facts = _md_facts("Neutropenic colitis", "Clinical presentation", body)
    statements = {f.statement for f in facts if "present with" in f.statement}
    assert statements
    assert all(s.startswith("Patients with ") for s in statements)


def test_how_welcome_a_test_is_is_no_blank() -> None:
    for sentence in (
        "Ultrasound is attractive in children and for serial follow-up.",
        "MRI is ideal for staging because of its soft-tissue contrast.",
    ):
        terms = {t.text for t in key_terms(sentence, links=(), title="Typhlitis")}
        assert not {"attractive", "ideal"} & terms, sentence


def test_multiple_is_part_of_a_diseases_name_but_not_a_count_of_lesions() -> None:
    def terms(sentence: str) -> set[str]:
        return {t.text for t in key_terms(sentence, links=(), title="Amyloidosis")}

    assert "multiple myeloma" in terms("It complicates lymphoma and multiple myeloma.")
    assert "multiple sclerosis" in terms(
        "Optic neuritis is a first presentation of multiple sclerosis."
    )
    assert "meningiomas" in terms("NF2 is associated with multiple meningiomas.")


def _groups(title: str, body: str) -> set[tuple[str, str]]:
    facts = _md_facts(title, "Epidemiology", body)
    return {(f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def test_others_after_a_sentence_opening_on_a_group_are_members_of_that_group() -> None:
    body = (
        "Patients present with cyanosis. Associated cardiac anomalies are found in half of"
        " cases, and the most common of these is a patent ductus arteriosus. Others include"
        " an aortic coarctation and a bicuspid aortic valve."
    )
    assert _groups("Hypoplastic aortic arch", body) >= {
        ("associations", "patent ductus arteriosus"),
        ("associations", "aortic coarctation"),
        ("associations", "bicuspid aortic valve"),
    }
    complications = (
        "Patients present with cyanosis. Complications are seen in a third, and the most"
        " common of these is stroke."
    )
    assert ("complications", "stroke") in _groups("Arteritis", complications)
    risks = (
        "Patients present with cyanosis. Risk factors are many, and the most common of these"
        " is smoking."
    )
    assert ("risk factors", "smoking") in _groups("Arteritis", risks)
    # "Others" after a sentence on no group of relations are no members
    plain = (
        "Patients present with cyanosis. Most cases are sporadic. Others include familial forms."
    )
    assert ("associations", "familial forms") not in _groups("Arteritis", plain)


def _looks(title: str, heading: str, body: str) -> list[str]:
    return [f.value for f in _md_facts(title, heading, body) if f.kind is FactKind.APPEARANCE]


def test_what_no_denies_after_but_is_no_finding() -> None:
    body = (
        "Patients present with pain. There is mild surrounding soft tissue oedema but no joint"
        " effusion, collection or cartilage defect."
    )
    looks = _looks("Sever disease", "MRI", body)
    assert "mild surrounding soft tissue oedema" in looks
    assert not [v for v in looks if "collection" in v or "effusion" in v]


def test_a_line_about_the_patients_or_the_sequences_acquired_is_no_finding() -> None:
    body = (
        "Patients present with heel pain. Sagittal T1, STIR and fat-suppressed post-contrast"
        " sequences. Patchy marrow oedema."
    )
    assert _looks("Sever disease", "MRI", body) == ["patchy marrow oedema"]
