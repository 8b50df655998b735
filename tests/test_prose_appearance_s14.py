"""Session-14 appearance rules, each checked on sentences invented for other organs."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.appearance import sequence_name
from quizgen.extractors.imaging import read_findings
from quizgen.extractors.imaging_open import section_modality
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section
from quizgen.readers.tables import Table, table_entries


def test_a_table_whose_row_labels_pair_sequences_or_name_the_agent_is_read_turned_round() -> None:
    # rows "DWI/ADC" and "T1 C+ (Gd)" are sequences too: each column is one part's signal,
    # never one line joining the parts' cells ("hyperintense; hypointense")
    table = Table(
        header=("Sequence", "Solid part", "Fluid part"),
        rows=(
            ("T2", "hyperintense", "hypointense"),
            ("DWI/ADC", "restricted", "facilitated"),
            ("T1 C+ (Gd)", "avid enhancement", "none"),
        ),
    )
    items = table_entries(table).items
    assert [(i.text, [c.text for c in i.children]) for i in items] == [
        ("Solid part", ["T2: hyperintense", "DWI/ADC: restricted", "T1 C+ (Gd): avid enhancement"]),
        ("Fluid part", ["T2: hypointense", "DWI/ADC: facilitated", "T1 C+ (Gd): none"]),
    ]
    assert all(sequence_name(label) for label in ("DWI/ADC", "T1 C+ (Gd)"))


def test_a_table_whose_first_column_holds_no_sequences_stays_rows() -> None:
    table = Table(
        header=("Grade", "Solid part", "Fluid part"),
        rows=(("T2 / N1", "one", "two"), ("Gd (III)", "three", "four")),
    )
    items = table_entries(table).items
    assert [i.text for i in items] == ["T2 / N1: one; two", "Gd (III): three; four"]


def _article(
    title: str, *blocks: str | tuple[str | tuple[str, ...], ...], heading: str = "MRI"
) -> Article:
    """Paragraphs as strings; a tuple is a list of items ("label:" then its "T2: …" lines
    when an item is itself a tuple)."""
    built = tuple(
        Block(BlockKind.LIST, items=tuple(_item(t) for t in b))
        if isinstance(b, tuple)
        else Block(BlockKind.PARAGRAPH, text=b)
        for b in blocks
    )
    return Article(slug="x", title=title, sections=(Section(heading, built),))


def _item(entry: str | tuple[str, ...]) -> ListItem:
    if isinstance(entry, tuple):
        return ListItem(entry[0], tuple(ListItem(child) for child in entry[1:]))
    return ListItem(entry)


def _found(article: Article) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


# --- a part labelling its signal lines is the article's part ----------------------------------


def test_a_part_over_signal_lines_is_named_as_the_articles_part() -> None:
    article = _article(
        "Cystic renal cell carcinoma",
        "Signal of the parts:",
        (("Thick septa:", "T2: intermediate signal", "DWI: restricted diffusion"),),
    )
    assert ("Thick septa of cystic renal cell carcinoma", "MRI DWI", "restricted diffusion") in (
        _found(article)
    )


def test_a_kind_of_nodule_over_signal_lines_is_no_part() -> None:
    article = _article(
        "Cystic renal cell carcinoma",
        "Other lesions:",
        (("Angiomyolipoma nodule:", "T1: hyperintense", "T2: hyperintense"),),
    )
    assert {subject for subject, _, _ in _found(article)} == {"Angiomyolipoma nodule"}


def test_another_lesion_over_signal_lines_keeps_its_own_name() -> None:
    article = _article(
        "Cystic renal cell carcinoma",
        "Compared with a simpler lesion:",
        (("Oncocytoma:", "T2: intermediate signal", "DWI: restricted diffusion"),),
    )
    subjects = {subject for subject, _, _ in _found(article)}
    assert "Oncocytoma" in subjects
    assert not any(s.endswith("of cystic renal cell carcinoma") for s in subjects)


# --- a "T1: …" line says how the subject looks, not why it matters ----------------------------


def test_a_signal_line_loses_its_which_clause() -> None:
    article = _article(
        "Hepatic adenoma", "Signal:", ("SWI: blooming foci, which reflect old blood",)
    )
    assert ("Hepatic adenoma", "MRI SWI/GRE", "blooming foci") in _found(article)


def test_a_signal_line_that_is_a_sign_of_something_else_gives_nothing() -> None:
    article = _article(
        "Renal angiomyolipoma",
        "Signal:",
        ("DWI: restricted diffusion in the solid part suggests a carcinoma instead",),
    )
    assert not any(attribute == "MRI DWI" for _, attribute, _ in _found(article))


def test_a_signal_line_that_is_a_sign_of_the_subject_itself_keeps_the_finding() -> None:
    article = _article(
        "Focal nodular hyperplasia",
        "Signal:",
        ("T2: a bright central scar favours focal nodular hyperplasia",),
    )
    assert ("Focal nodular hyperplasia", "MRI T2", "a bright central scar") in _found(article)


# --- open findings: a listed sign of something else, a pronoun for another subject ----------


def test_a_listed_finding_said_to_suggest_something_else_is_that_states() -> None:
    # session 27: the sign is kept, under the state it suggests, never as the lesion's own look
    article = _article(
        "Mucinous cystic neoplasm",
        "Typical findings are:",
        ("peripheral eggshell calcification", "thick irregular septa suggest malignant change"),
        heading="CT",
    )
    found = _found(article)
    assert any("eggshell calcification" in value for _, _, value in found)
    septa = {subject for subject, _, value in found if "septa" in value}
    assert septa == {"Mucinous cystic neoplasm (malignant change)"}


def test_it_that_depicts_the_extent_is_the_modality_and_gives_nothing() -> None:
    sentence = "It depicts the duct anatomy, its extent and any intraductal stone."
    assert not _found(_article("Biliary atresia", sentence, heading="MRCP"))


def test_it_that_shows_a_finding_is_the_lesion() -> None:
    sentence = "It shows a filling defect in the renal pelvis."
    found = _found(_article("Urothelial carcinoma", sentence, heading="CT urography"))
    assert any("filling defect" in value for _, _, value in found)


def test_they_after_another_subject_are_that_subjects() -> None:
    article = _article(
        "Hepatoblastoma",
        "Enlarged paraaortic lymph nodes are seen in a minority. They appear as a solid "
        "mass with internal septa.",
        heading="Ultrasound",
    )
    assert not any("internal septa" in value for _, _, value in _found(article))


def test_they_after_the_articles_own_subject_are_its() -> None:
    article = _article(
        "Hepatoblastoma",
        "Hepatoblastomas are large at diagnosis. They appear as a solid mass with internal septa.",
        heading="Ultrasound",
    )
    found = _found(article)
    assert any("internal septa" in value for _, _, value in found), found


# --- "the primary tumour" is the cancer the article is about ---------------------------------


def test_the_primary_tumour_of_a_cancer_is_the_cancer() -> None:
    sentence = "The primary tumour is hypointense on T1 and hyperintense on T2."
    found = _found(_article("Anal squamous cell carcinoma", sentence))
    assert ("Anal squamous cell carcinoma", "MRI T2", "hyperintense") in found


def test_the_primary_tumour_in_an_article_on_metastases_is_not_the_title() -> None:
    sentence = "The primary tumour is hypointense on T1 and hyperintense on T2."
    found = _found(_article("Cerebral metastases", sentence))
    assert not any(subject == "Cerebral metastases" for subject, _, _ in found)


# --- a heading naming two angiographies, and a case's pertinent negative -------------------


def test_a_heading_naming_ct_and_mr_angiography_names_both() -> None:
    assert section_modality(Section("CT and MR angiography")) == "CT/MR angiography"
    assert section_modality(Section("MR angiography")) == "MR angiography"


def _case(*sections: Section) -> Article:
    return Article(slug="x", title="Osteochondritis dissecans", sections=sections)


def _radiograph(*sentences: str) -> Section:
    return Section("Radiograph", (Block(BlockKind.PARAGRAPH, text=" ".join(sentences)),))


def test_a_case_pages_no_finding_sentence_is_the_patients_alone() -> None:
    discussion = Section("Case discussion", (Block(BlockKind.PARAGRAPH, text="A lesion."),))
    found = _found(_case(_radiograph("Subchondral lucency.", "No loose body."), discussion))
    assert not any("loose body" in value.lower() for _, _, value in found)


def test_an_articles_no_finding_sentence_is_the_diseases() -> None:
    found = _found(_case(_radiograph("Subchondral lucency.", "No loose body.")))
    assert any("loose body" in value.lower() for _, _, value in found), found


# --- enhancement graded by an adverb or against a tissue --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("It enhances moderately, less than the adjacent mucosa.", "moderate enhancement"),
        ("The synovium enhances markedly after gadolinium.", "marked enhancement"),
        ("The wall enhances faintly.", "faint enhancement"),
    ],
)
def test_an_adverb_after_enhances_grades_the_enhancement(sentence: str, value: str) -> None:
    assert ("MRI T1 C+", value) in {(f.attribute, f.value) for f in read_findings(sentence, "MRI")}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mass is hypoenhancing relative to the pancreas.", "hypoenhancing to pancreas"),
        (
            "Hypoenhancement relative to the renal cortex is typical.",
            "hypoenhancing to renal cortex",
        ),
        ("The nodule is isoenhancing.", "isoenhancing"),
    ],
)
def test_enhancement_graded_against_a_tissue_is_read(sentence: str, value: str) -> None:
    found = {(f.attribute, f.value) for f in read_findings(sentence, "CT")}
    assert ("contrast-enhanced CT", value) in found, found


def test_neither_grade_reads_words_that_only_look_alike() -> None:
    assert not read_findings("The signal changes moderately over weeks.", "MRI")
    assert not read_findings("Hypoechogenic enhancers of the gene are marked.", "CT")


# --- open findings: lists as subjects, denied lists, more part states ------------------------


def test_a_list_of_findings_said_to_be_present_is_one_finding() -> None:
    sentence = "Pericholecystic fluid, wall oedema or gallstones may also be present."
    found = _found(_article("Acalculous cholecystitis", sentence, heading="Ultrasound"))
    assert any(v == "pericholecystic fluid, wall oedema or gallstones" for _, _, v in found), found


def test_an_opening_phrase_before_a_list_is_no_finding() -> None:
    sentence = "In older children, wall thickening and pericholecystic fluid are seen."
    found = _found(_article("Acalculous cholecystitis", sentence, heading="Ultrasound"))
    assert not any("older children" in value for _, _, value in found)


def test_a_denied_list_is_one_absent_finding() -> None:
    sentence = "No fetal pole, yolk sac or amnion is seen."
    found = _found(_article("Anembryonic pregnancy", sentence, heading="Ultrasound"))
    assert (
        "Anembryonic pregnancy",
        "ultrasound",
        "no fetal pole, yolk sac or amnion",
    ) in (found)


def test_key_findings_include_introduces_the_topics_findings() -> None:
    sentence = "Key findings include a thickened wall and pericystic fat stranding."
    found = _found(_article("Acalculous cholecystitis", sentence, heading="CT"))
    assert {"thickened wall", "pericystic fat stranding"} <= {v for _, _, v in found}, found


@pytest.mark.parametrize(
    ("sentence", "part", "state"),
    [
        ("The glenoid labrum is slightly flattened.", "glenoid labrum", "flattened"),
        ("The talar dome is thickened medially.", "talar dome", "thickened medially"),
        (
            "The pubic symphysis is widened by comparison with the last film.",
            "pubic symphysis",
            "widened",
        ),
        (
            "The vertebral endplates are sclerotic and broadened.",
            "vertebral endplates",
            "sclerotic and broadened",
        ),
    ],
)
def test_a_parts_state_may_be_graded_placed_or_compared(
    sentence: str, part: str, state: str
) -> None:
    found = _found(_article("Osteitis pubis", sentence, heading="Radiograph"))
    assert ("Osteitis pubis", f"radiograph {part}", state) in found, found


def test_a_state_may_hold_until_a_time() -> None:
    sentence = "The joint space is typically preserved until late in the disease."
    found = _found(_article("Gouty arthropathy", sentence, heading="Radiograph"))
    assert ("Gouty arthropathy", "radiograph joint space", "preserved") in found, found


def test_flow_in_a_vessel_may_be_dampened() -> None:
    sentence = "Flow in the popliteal artery is dampened, with a delayed upstroke."
    found = _found(_article("Aortoiliac occlusive disease", sentence, heading="Ultrasound"))
    assert (
        "Aortoiliac occlusive disease",
        "ultrasound flow in the popliteal artery",
        "dampened",
    ) in (found), found


def test_a_state_followed_by_more_words_is_no_part_state() -> None:
    sentence = "The talar dome is thickened by repeated trauma in athletes."
    found = _found(_article("Osteitis pubis", sentence, heading="Radiograph"))
    assert not any(attribute.endswith("talar dome") for _, attribute, _ in found)


def test_the_imaging_hallmark_is_the_articles_appearance() -> None:
    sentence = "The imaging hallmark is a well-defined cystic mass at the angle of the mandible."
    found = _found(_article("Branchial cleft cyst", sentence, heading="Ultrasound"))
    assert ("Branchial cleft cyst", "ultrasound margins", "well-defined") in found
    other = sentence.replace("imaging", "surgical")
    assert not _found(_article("Branchial cleft cyst", other, heading="Ultrasound"))


def test_what_spectroscopy_shows_is_read_on_mr_spectroscopy() -> None:
    sentence = "MR spectroscopy shows a raised choline peak and a lactate doublet."
    for heading in ("MRI", "CT"):
        found = _found(_article("Oligodendroglioma", sentence, heading=heading))
        assert {attribute for _, attribute, _ in found} == {"MR spectroscopy"}, found


def test_a_finding_said_absent_after_a_sentence_about_no_lesion_is_the_articles() -> None:
    text = "The disc spaces are preserved until late. Calcification is characteristically absent."
    found = _found(_article("Spinal tuberculosis", text, heading="Radiograph"))
    assert ("Spinal tuberculosis", "radiograph", "no calcification") in found, found


def test_a_finding_said_absent_after_another_lesion_is_that_lesions() -> None:
    text = "Bone metastases are lytic. Calcification is characteristically absent."
    found = _found(_article("Spinal tuberculosis", text, heading="Radiograph"))
    assert ("Spinal tuberculosis", "radiograph", "no calcification") not in found, found


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Calcification is present in about 10–20%.", 20.0),
        ("Calcification is present in 60-80%.", 80.0),
        ("Calcification is seen in 10% to 30%.", 30.0),
    ],
)
def test_a_share_written_as_a_range_counts_by_its_upper_bound(sentence: str, share: float) -> None:
    assert [f.share for f in read_findings(sentence, "CT")] == [share]


def test_a_finding_of_a_minority_range_is_not_how_the_lesion_looks() -> None:
    text = "The disc spaces are preserved. Calcification is present in about 10–20%."
    found = _found(_article("Spinal tuberculosis", text, heading="CT"))
    assert not any("calcification" in value for _, _, value in found), found


def test_a_seen_stone_is_no_finding_of_the_article() -> None:
    text = "The disc spaces are preserved. A central echogenic calculus is usually seen."
    found = _found(_article("Spinal tuberculosis", text, heading="Ultrasound"))
    # the calculus's level is never the article's; the stone named whole may be its finding
    assert not any(
        attribute.startswith("ultrasound") and value in ("hyperechoic", "echogenic")
        for _, attribute, value in found
    ), found
