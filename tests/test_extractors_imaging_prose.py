"""Imaging appearance stated in prose: one fact per subject, sequence and part, on any organ;
nothing from sentences about another lesion, hedged or conditional findings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging import _signal_value, read_findings
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _article(title: str, *paragraphs: str, heading: str = "Radiographic features") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(
        slug=title.lower().replace(" ", "-"),
        title=title,
        sections=(Section(heading, blocks),),
    )


def _signals(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Meningioma",
            "Meningiomas are isointense to grey matter on T1 and T2 with homogeneous "
            "enhancement after gadolinium.",
            {
                ("Meningioma", "MRI T1", "isointense to grey matter"),
                ("Meningioma", "MRI T2", "isointense to grey matter"),
                ("Meningioma", "MRI T1 C+", "homogeneous enhancement"),
            },
        ),
        (
            "Multiple sclerosis",
            "The plaques are hyperintense on T2/FLAIR.",
            {  # the disease's lesions, not the disease: "plaques of …"
                ("plaques of multiple sclerosis", "MRI T2", "hyperintense"),
                ("plaques of multiple sclerosis", "MRI FLAIR", "hyperintense"),
            },
        ),
        (
            "Cerebral abscess",
            "The abscess cavity typically shows restricted diffusion.",
            {("abscess cavity", "MRI DWI", "restricted diffusion")},
        ),
        (
            "Cavernous malformation",
            "It shows prominent blooming on SWI.",
            {("Cavernous malformation", "MRI SWI/GRE", "blooming")},
        ),
        (
            "Colloid cyst",
            "Colloid cysts are hyperdense on non-contrast CT in 70%.",
            {("Colloid cyst", "CT non-contrast", "hyperdense")},
        ),
        (
            "Hepatic haemangioma",
            "Most haemangiomas are hyperechoic on ultrasound.",
            {("Hepatic haemangioma", "ultrasound", "hyperechoic")},
        ),
        (
            "Hepatocellular carcinoma",
            "The tumour shows intense arterial phase enhancement with washout.",
            {
                (
                    "Hepatocellular carcinoma",
                    "CT/MRI multiphase",
                    "arterial phase enhancement with washout",
                )
            },
        ),
        (
            "Renal oncocytoma",
            "On MRI the tumour has a T2 hypointense rim.",
            {("Renal oncocytoma", "MRI T2", "hypointense rim")},
        ),
        (
            "Enchondroma",
            "The lesion returns low T1 signal.",
            {("Enchondroma", "MRI T1", "hypointense")},
        ),
        (
            "Pancreatic adenocarcinoma",
            "It typically appears as a hypoattenuating mass.",
            {("Pancreatic adenocarcinoma", "CT", "hypodense")},
        ),
        (
            "Osteolytic metastasis",
            "Purely lytic deposits are often photopenic on bone scan.",
            {("Purely lytic deposits", "bone scan", "photopenic")},
        ),
        (
            "Lung adenocarcinoma",
            "Solid tumours are usually FDG-avid on PET.",
            {("Solid tumours", "PET", "FDG-avid")},
        ),
        (
            "Papillary thyroid carcinoma",
            "The nodule is hypoechoic with microcalcifications.",
            {
                ("Papillary thyroid carcinoma", "ultrasound", "hypoechoic"),
                ("Papillary thyroid carcinoma", "morphology", "microcalcifications"),
            },
        ),
        (
            "Simple breast cyst",
            "The cyst wall is thin and the contents are anechoic on ultrasound.",
            {("cyst wall", "ultrasound", "anechoic")},
        ),
    ],
)
def test_findings_in_prose(title: str, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _signals(_article(title, sentence)) == expected


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        ("Glioblastoma", ("T2-weighted images were obtained in all patients.",)),
        (
            "Vestibular schwannoma",
            ("Unlike meningioma, which is hypointense on T2, it has no dural tail.",),
        ),
        ("Meningioma", ("Haemangiopericytomas are also T2 hyperintense.",)),
        ("Renal angiomyolipoma", ("Renal cell carcinomas are hyperintense on T2.",)),
        ("Meningioma", ("The surrounding brain is hyperintense on FLAIR because of oedema.",)),
        ("Hepatic adenoma", ("The lesion may be hyperintense on T1 when haemorrhagic.",)),
        ("Hepatic adenoma", ("If haemorrhage is present, it is hyperintense on T1.",)),
        ("Colloid cyst", ("About 25% of colloid cysts are isodense on CT.",)),
        ("Thyroid adenoma", ("The nodule is not hypoechoic.",)),
        ("Pituitary macroadenoma", ("The tumour is hyperintense.",)),  # no sequence named
        # (what radiographs are said to show is an open finding of its own, read elsewhere)
        ("Osteoid osteoma", ("Radiographs are the first study. CT is the modality of choice.",)),
    ],
)
def test_no_finding_for_another_subject_or_a_hedge(title: str, sentences: tuple[str, ...]) -> None:
    assert _signals(_article(title, *sentences)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The tumour is hypointense on T1, whereas lipomas are hyperintense on T2.",
        "The tumour is hypointense on T1 but can be hyperintense on T2 after haemorrhage.",
        "The tumour is hypointense on T1, unlike a lipoma, which is hyperintense on T2.",
        "The tumour is hypointense on T1; cysts are hyperintense on T2.",
    ],
)
def test_only_the_main_clause_counts(sentence: str) -> None:
    assert _signals(_article("Desmoid tumour", sentence)) == {
        ("Desmoid tumour", "MRI T1", "hypointense")
    }


@pytest.mark.parametrize(
    "text", ["hyperintense on CT", "hypodense on T2", "hyperechoic on MRI", "blooming on CT"]
)
def test_a_finding_is_never_read_on_a_modality_that_cannot_show_it(text: str) -> None:
    assert read_findings(text) == []


def test_a_pronoun_after_another_subject_gives_nothing() -> None:
    article = _article(
        "Meningioma",
        "Haemangiopericytomas are a rare mimic. They are hyperintense on T2.",
    )
    assert _signals(article) == set()


def test_heading_names_the_sequence_for_bare_signal_words() -> None:
    article = Article(
        slug="pituitary-macroadenoma",
        title="Pituitary macroadenoma",
        sections=(
            Section(
                "T2",
                (Block(BlockKind.PARAGRAPH, text="The tumour is mildly hyperintense."),),
                ("Radiographic features", "MRI"),
            ),
        ),
    )
    assert _signals(article) == {("Pituitary macroadenoma", "MRI T2", "mildly hyperintense")}


def test_a_differential_section_gives_no_appearance() -> None:
    article = _article(
        "Glioblastoma",
        "It is hyperdense on CT and shows restricted diffusion.",
        heading="Differential diagnosis",
    )
    assert _signals(article) == set()


def test_a_share_below_half_is_not_how_it_typically_looks() -> None:
    facts = _signals(
        _article(
            "Meningioma",
            "Meningiomas are hyperdense on non-contrast CT in 70% and isodense in 25%.",
        )
    )
    assert facts == {("Meningioma", "CT non-contrast", "hyperdense")}


def test_enhancement_follows_the_modality_of_its_paragraph() -> None:
    ct = _signals(_article("Renal oncocytoma", "On CT, the tumour enhances avidly."))
    mri = _signals(_article("Renal oncocytoma", "On MRI, the tumour enhances avidly."))
    assert ct == {("Renal oncocytoma", "contrast-enhanced CT", "avid enhancement")}
    assert mri == {("Renal oncocytoma", "MRI T1 C+", "avid enhancement")}


# The same finding in several phrasings gives the same fields.
_T2_BRIGHT = (
    "is hyperintense on T2",
    "is T2 hyperintense",
    "returns high T2 signal",
    "is bright on T2-weighted images",
    "is T2 bright",
    "has high signal on T2-weighted imaging",
    "is T2-hyperintense",
)
_ORGANS = (
    ("Hepatic cyst", "The cyst"),
    ("Renal angiomyolipoma", "The tumour"),
    ("Thyroid nodule", "The nodule"),
    ("Breast fibroadenoma", "The lesion"),
    ("Enchondroma", "It"),
)


@given(st.sampled_from(_T2_BRIGHT), st.sampled_from(_ORGANS))
def test_phrasings_of_one_finding_give_the_same_fields(phrase: str, organ: tuple[str, str]) -> None:
    title, subject = organ
    assert _signals(_article(title, f"{subject} {phrase}.")) == {(title, "MRI T2", "hyperintense")}


@given(
    st.sampled_from(("T1", "T2", "FLAIR", "STIR")),
    st.sampled_from(("hypo", "iso", "hyper")),
    st.booleans(),
)
def test_sequence_before_or_after_reads_the_same(sequence: str, level: str, before: bool) -> None:
    text = f"{sequence} {level}intense" if before else f"{level}intense on {sequence}"
    (finding,) = read_findings(text)
    assert (finding.attribute, finding.value) == (f"MRI {sequence}", f"{level}intense")


@given(st.text(alphabet="0123456789 .-%<>", max_size=400))
def test_runs_of_digits_and_spaces_give_no_finding(text: str) -> None:
    assert read_findings(text) == []


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (  # a part named alone is the article's part
            "Chondroblastoma",
            "The matrix is of low to intermediate signal on T1.",
            {("matrix of chondroblastoma", "MRI T1", "low to intermediate signal")},
        ),
        (  # an opening without a comma is no part of the subject
            "Renal oncocytoma",
            "On delayed contrast-enhanced imaging the central scar shows delayed enhancement.",
            {("central scar of renal oncocytoma", "post-contrast", "delayed enhancement")},
        ),
        (  # another subject's coordinated clause is not read for this one
            "Polycystic liver disease",
            "Most cysts are hypodense on CT, and cysts that contain blood are bright on T1.",
            {("cysts of polycystic liver disease", "CT", "hypodense")},
        ),
        (  # a coordinated clause about the lesion's own components is still read
            "Gastric schwannoma",
            "The tumours are usually isodense on CT, and hypodense foci are seen in 60% of cases.",
            {
                ("Gastric schwannoma", "CT", "isodense"),
                ("Gastric schwannoma", "CT", "hypodense foci"),
            },
        ),
        (  # the title's initials stand for the title
            "Follicular thyroid carcinoma",
            "Classic FTC is usually hypoechoic on ultrasound.",
            {("Classic follicular thyroid carcinoma", "ultrasound", "hypoechoic")},
        ),
        (  # posterior acoustic enhancement is an ultrasound finding, not contrast uptake
            "Fibroadenoma",
            "The tumour is hypoechoic with posterior acoustic enhancement.",
            # one fact per sequence; the acoustic behaviour has a cue of its own
            {
                ("Fibroadenoma", "ultrasound", "hypoechoic"),
                ("Fibroadenoma", "ultrasound acoustic", "posterior acoustic enhancement"),
            },
        ),
    ],
)
def test_subjects_and_values_of_parts_and_clauses(
    title: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _signals(_article(title, sentence)) == expected


def test_acoustic_enhancement_is_read_on_ultrasound() -> None:
    found = read_findings("hypoechoic with posterior acoustic enhancement")
    assert [(f.attribute, f.value) for f in found] == [
        ("ultrasound", "hypoechoic"),
        ("ultrasound", "posterior acoustic enhancement"),
    ]


# --- morphology: margins, shape and contents, a closed vocabulary for any organ -------------


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Renal oncocytoma",
            "The tumour is a round, well-circumscribed mass with a central scar.",
            {
                ("Renal oncocytoma", "shape", "round"),
                ("Renal oncocytoma", "margins", "well-circumscribed"),
                ("Renal oncocytoma", "morphology", "central scar"),
            },
        ),
        (
            "Medullary thyroid carcinoma",
            "The nodule has irregular, lobulated or spiculated margins.",
            {("Medullary thyroid carcinoma", "margins", "irregular, lobulated or spiculated")},
        ),
        (
            "Phyllodes tumour",
            "On ultrasound, the mass has a taller-than-wide shape.",
            {("Phyllodes tumour", "ultrasound shape", "taller-than-wide")},
        ),
        (
            "Dermoid cyst",
            "On CT, the lesion contains a fat-fluid level.",
            {("Dermoid cyst", "CT", "fat-fluid level")},
        ),
        (
            "Nonspecific interstitial pneumonia",
            "The typical appearance is ground-glass opacity.",
            {("Nonspecific interstitial pneumonia", "morphology", "ground-glass opacity")},
        ),
        (  # the head of a title written "X of the Y" is X
            "Lipoma of the spermatic cord",
            "Lipomas are typically oval and well-defined.",
            {
                ("Lipoma of the spermatic cord", "shape", "oval"),
                ("Lipoma of the spermatic cord", "margins", "well-defined"),
            },
        ),
        (  # a modality written as the sentence's subject names how the image was made
            "Phyllodes tumour",
            "Mammography typically shows a lobulated mass.",
            {("Phyllodes tumour", "mammography margins", "lobulated")},
        ),
    ],
)
def test_morphology_in_prose(
    title: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _signals(_article(title, sentence)) == expected


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Glioma", "Gliomas look deceptively well-circumscribed."),  # hedged
        ("Osteoid osteoma", "The lesion shows a round lucent nidus."),  # the nidus's shape
        ("Ewing sarcoma", "Ewing sarcoma is a small round cell tumour."),  # histology
        ("Takayasu arteritis", "Takayasu arteritis is a well-defined clinical entity."),
        ("Ovarian fibroma", "The appearance of the ovary is oval."),  # another subject
    ],
)
def test_morphology_that_is_not_the_lesions_gives_nothing(title: str, sentence: str) -> None:
    assert _signals(_article(title, sentence)) == set()


def test_morphology_under_pathology_is_the_specimen() -> None:
    sentence = "Adenomas are well-circumscribed, yellow nodules."
    assert _signals(_article("Adrenal adenoma", sentence, heading="Pathology")) == set()
    assert _signals(_article("Adrenal adenoma", sentence)) == {
        ("Adrenal adenoma", "margins", "well-circumscribed")
    }


# --- contrast phases written as list labels ------------------------------------------------


def _phase_lines(heading: str, *lines: str) -> set[tuple[str, str, str]]:
    block = Block(BlockKind.LIST, items=tuple(ListItem(line) for line in lines))
    article = Article(
        slug="hepatic-adenoma",
        title="Hepatic adenoma",
        sections=(Section(heading, (block,), parents=("Radiographic features",)),),
    )
    return _signals(article)


def test_phase_labels_are_read_on_the_modality_of_their_section() -> None:
    assert _phase_lines(
        "CT",
        "non-contrast: hypoattenuating to liver",
        "arterial phase: heterogeneous hyperenhancement, with a hypoattenuating rim",
        "portal venous phase: isoattenuating to liver",
        "delayed phase: the capsule enhances",  # about the capsule, not the lesion
    ) == {
        ("Hepatic adenoma", "CT non-contrast", "hypoattenuating to liver"),
        ("Hepatic adenoma", "CT arterial phase", "heterogeneous hyperenhancement"),
        ("Hepatic adenoma", "CT portal venous phase", "isoattenuating to liver"),
    }


def test_phase_labels_without_a_ct_or_mri_section_give_nothing() -> None:
    assert _phase_lines("Imaging", "arterial phase: heterogeneous hyperenhancement") == set()


def test_two_density_levels_written_together_are_both_kept() -> None:
    sentence = "Mammography typically shows a mass of equal or low density."
    assert _signals(_article("Phyllodes tumour", sentence)) == {
        ("Phyllodes tumour", "mammography", "isodense or hypodense")
    }


def test_a_frequency_qualifier_is_no_part_of_the_subject() -> None:
    # "the more common lytic deposits" are lytic deposits; "more common" says how often.
    article = _article(
        "Bone metastases",
        "The more common lytic deposits appear hypodense on CT with irregular margins.",
        heading="CT",
    )
    subjects = {subject for subject, _, _ in _signals(article)}
    assert subjects
    assert all(not s.lower().startswith(("more common", "less common")) for s in subjects)
    assert any(s.lower() == "lytic deposits" for s in subjects)


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Pulmonary sequestration",
            "Antenatally, extralobar sequestration appears as a hyperechoic mass on ultrasound.",
            {("extralobar sequestration", "ultrasound", "hyperechoic")},
        ),
        (
            "Desmoid tumour",
            "Sonographically, the tumour is hypoechoic on ultrasound.",
            {("Desmoid tumour", "ultrasound", "hypoechoic")},
        ),
        # an adverb of rarity qualifies the finding: no plain "hypointense" fact from it
        ("Desmoid tumour", "Rarely, the tumour is hypointense on T2.", set()),
    ],
)
def test_an_opening_adverb_of_when_or_how_seen_is_not_the_subject(
    title: str, sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _signals(_article(title, sentence)) == expected


def test_t_categories_of_a_staging_list_are_no_mri_sequences() -> None:
    """ "T1: confined to the nasopharynx" under a staging intro is a T category: reading it as
    an MRI T1 finding teaches a wrong fact."""
    intro = Block(BlockKind.PARAGRAPH, text="The AJCC/UICC 8th edition T categories are:")
    staging = Block(
        BlockKind.LIST,
        items=(
            ListItem("T1: confined to the nasopharynx"),
            ListItem("T2: parapharyngeal space extension"),
        ),
    )
    signals = Block(BlockKind.LIST, items=(ListItem("T1: hypointense"), ListItem("T2: bright")))
    article = Article(
        slug="npc",
        title="Nasopharyngeal carcinoma",
        sections=(
            Section("Staging", (intro, staging)),
            Section("MRI", (Block(BlockKind.PARAGRAPH, text="Signal is typical:"), signals)),
        ),
    )
    assert {(a, v) for _, a, v in _signals(article)} == {
        ("MRI T1", "hypointense"),
        ("MRI T2", "bright"),
    }


def test_a_fluid_reference_keeps_its_case_and_is_never_left_out() -> None:
    """ "slightly hyperintense to CSF" was stored "… to csf"; and a reference left out for
    length made a finding against CSF read as against brain (false)."""
    values = _signals(
        _article(
            "Arachnoid granulation",
            "On T1, arachnoid granulations are slightly hyperintense to the adjacent CSF.",
        )
    )
    assert ("Arachnoid granulation", "MRI T1", "slightly hyperintense to CSF") in values, values
    # too long for a card with its reference: a soft-tissue reference goes, a fluid stays
    assert _signal_value("hypo- to isointense", "cerebrospinal fluid").endswith("fluid")
    assert _signal_value("hypo- to isointense", "normal white matter") == "hypo- to isointense"


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        (
            "Simple cysts have a thin smooth wall and no septa, calcification or enhancement.",
            {"no calcification", "no enhancement"},
            {"calcification", "enhancement", "or enhancement"},
        ),
        (
            "On radiographs there is no cortical destruction, periosteal reaction or "
            "soft-tissue mass.",
            {"no periosteal reaction"},
            {"periosteal reaction"},
        ),
        (
            "On multiphase CT the nodule shows no APHE or washout.",
            {"no washout"},
            {"washout"},
        ),
        # a comma closes the list when a new clause follows: the zone is still narrow
        (
            "On radiographs the lesion is purely lytic, with no matrix mineralisation, and the "
            "zone of transition is narrow.",
            {"narrow zone of transition"},
            {"no narrow zone of transition"},
        ),
        (
            "The tumour shows little or no enhancement after gadolinium.",
            {"little or no enhancement"},
            {"or no enhancement"},
        ),
    ],
)
def test_no_before_a_list_holds_for_every_member(
    sentence: str, present: set[str], absent: set[str]
) -> None:
    """ "no septa, calcification or enhancement" gave "calcification" and "or enhancement":
    a Bosniak I cyst carded as calcified."""
    values = {value for _, _, value in _signals(_article("Bone lesion", sentence))}
    assert present <= values, values
    assert not absent & values, values


def test_a_coordinated_clause_with_a_long_subject_of_its_own_keeps_its_findings() -> None:
    """ "the disc and marrow enhance, and any paravertebral or epidural abscess shows rim
    enhancement" gave the disc rim enhancement: a five-word subject after ", and" was not
    read as the clause's own. A setting ("and in active disease the wall shows …") is no
    subject of its own."""
    facts = _signals(
        _article(
            "Discitis",
            "After gadolinium the disc and marrow enhance, and any paravertebral or epidural "
            "abscess shows rim enhancement.",
        )
    )
    assert ("paravertebral or epidural abscess", "MRI T1 C+", "rim enhancement") in facts
    assert not [f for f in facts if "disc" in f[0] and f[2] == "rim enhancement"], facts
    setting = _signals(
        _article(
            "Aortitis",
            "Mural thickening is shown on black-blood sequences, and in active disease the "
            "wall shows T2 hyperintensity.",
        )
    )
    assert not [f for f in setting if f[0].lower().startswith("in ")], setting


def test_a_technique_word_after_the_modality_is_part_of_the_opening() -> None:
    """ "On CT angiography the mass … enhances intensely" gave the subject "angiography the
    mass" (set H's carotid body tumour, after its blind measure)."""
    facts = _signals(_article("Glomus tumour", "On CT angiography the mass enhances intensely."))
    assert facts == {("Glomus tumour", "contrast-enhanced CT", "intense enhancement")}, facts
