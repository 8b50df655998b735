"""Issue 11, session 29 (helper s29look): appearances of a site named as a list label
("globus pallidus: T2: …" is the article's disease there, not the place itself), a bare head
noun of another of the article's names ("Stones" in an article also called "Bile duct
stones"), findings stated as the topic's property ("Diffusion restriction is marked",
"Internal vascularity is increased") and a topic kept across a sentence that opens on a
finding ("Calcification is rare."). Every sentence here is invented."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.imaging_property import property_finding
from quizgen.extractors.imaging_prose import names_article
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Look = tuple[str, str, str]  # subject, attribute, value


def _article(title: str, heading: str, *blocks: Block, synonyms: tuple[str, ...] = ()) -> Article:
    return Article(
        slug="t",
        title=title,
        synonyms=synonyms,
        sections=(Section(heading, blocks, parents=("Radiographic features",)),),
    )


def _looks(article: Article) -> set[Look]:
    return {
        (f.subject, f.attribute, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.APPEARANCE
    }


def _prose(title: str, heading: str, *paragraphs: str, synonyms: tuple[str, ...] = ()) -> set[Look]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return _looks(_article(title, heading, *blocks, synonyms=synonyms))


def _nested(title: str, label: str, *lines: str) -> set[Look]:
    item = ListItem(label, children=tuple(ListItem(line) for line in lines))
    return _looks(_article(title, "MRI", Block(BlockKind.LIST, items=(item,))))


# --- a site's signal lines are the article's disease there --------------------------------


@pytest.mark.parametrize(
    ("title", "label", "line", "wanted"),
    [
        (
            "Wilson disease",
            "putamen",
            "T2: hyperintense, bilateral",
            ("putamen in Wilson disease", "MRI T2", "hyperintense, bilateral"),
        ),
        (
            "Methanol toxicity",
            "Periventricular white matter",
            "DWI: restricted diffusion",
            (
                "periventricular white matter in methanol toxicity",
                "MRI DWI",
                "restricted diffusion",
            ),
        ),
        (
            "Hepatic encephalopathy",
            "globus pallidus",
            "T1: hyperintense",
            ("globus pallidus in hepatic encephalopathy", "MRI T1", "hyperintense"),
        ),
    ],
)
def test_site_label_is_the_disease_there(title: str, label: str, line: str, wanted: Look) -> None:
    looks = _nested(title, label, line)
    assert wanted in looks
    assert not any(subject.lower() == label.lower() for subject, _, _ in looks)


@pytest.mark.parametrize(
    ("title", "label", "line", "wanted"),
    [
        # a part keeps its own rule; another lesion and a kind stay as written
        (
            "Ependymoma",
            "Cyst",
            "T2: hyperintense",
            ("Cyst of ependymoma", "MRI T2", "hyperintense"),
        ),
        (
            "Wilms tumour",
            "nephrogenic rest",
            "T2: hypointense",
            ("nephrogenic rest", "MRI T2", "hypointense"),
        ),
        (
            "Bladder cancer",
            "muscle-invasive tumour",
            "T2: intermediate signal",
            ("Bladder cancer (muscle-invasive)", "MRI T2", "intermediate signal"),
        ),
    ],
)
def test_other_labels_stay(title: str, label: str, line: str, wanted: Look) -> None:
    assert wanted in _nested(title, label, line)


# --- a bare head noun of another of the article's names ---------------------------------


def test_head_of_a_synonym_is_the_article() -> None:
    looks = _prose(
        "Nephrocalcinosis",
        "Ultrasound",
        "Deposits appear as echogenic foci with posterior acoustic shadowing.",
        synonyms=("Renal parenchymal calcium deposits",),
    )
    assert ("Nephrocalcinosis", "ultrasound", "hyperechoic foci") in looks
    assert not any(subject == "Deposits" for subject, _, _ in looks)


def test_head_of_a_title_word_only_is_no_synonym_head() -> None:
    # without the synonym a bare "Polyps" in an article on a cancer is another lesion
    looks = _prose("Gastric carcinoma", "CT", "Polyps appear as hyperattenuating foci.")
    assert not any(subject == "Gastric carcinoma" for subject, _, _ in looks)


# --- findings stated as the topic's property ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "context", "wanted"),
    [
        (
            "Diffusion restriction is marked, with low ADC values.",
            "MRI",
            ("MRI DWI", "marked diffusion restriction"),
        ),
        (
            "Internal vascularity is increased.",
            "ultrasound",
            ("ultrasound", "increased internal vascularity"),
        ),
        (
            "Intralesional enhancement is mild and patchy.",
            "MRI",
            ("MRI T1 C+", "mild and patchy intralesional enhancement"),
        ),
        ("Vascularity is low.", "colour Doppler", ("colour Doppler", "low vascularity")),
    ],
)
def test_property_nouns(sentence: str, context: str, wanted: tuple[str, str]) -> None:
    found = property_finding(sentence, context)
    assert found is not None
    assert (found.attribute, found.value) == wanted


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        ("Internal vascularity is increased.", "CT"),  # no Doppler, no study
        ("Diffusion restriction is absent.", "MRI"),  # presence readers' business
        ("Internal architecture is distorted.", "MRI"),  # no property noun
    ],
)
def test_property_nouns_negative(sentence: str, context: str) -> None:
    assert property_finding(sentence, context) is None


# --- a topic kept across a sentence that opens on a finding -------------------------------


def test_topic_kept_after_a_finding_sentence() -> None:
    looks = _prose(
        "Splenic hamartoma",
        "MRI",
        "The lesion is isointense on T1-weighted images. Calcification is uncommon. "
        "Enhancement after gadolinium is heterogeneous and delayed.",
    )
    assert ("Splenic hamartoma", "MRI T1 C+", "heterogeneous and delayed enhancement") in looks


def test_topic_lost_after_a_bare_pronoun_sentence() -> None:
    # "Its cause is unknown" opens on no finding: what follows has no topic to take
    looks = _prose(
        "Splenic hamartoma",
        "MRI",
        "Adjacent nodes are hyperintense on T2-weighted images. Ovoid masses are common. "
        "Enhancement after gadolinium is heterogeneous and delayed.",
    )
    assert ("Splenic hamartoma", "MRI T1 C+", "heterogeneous and delayed enhancement") not in looks


def test_synonym_head_is_the_noun_before_of() -> None:
    # "Thyrotoxicosis" is the last word of "Nodular goitre of thyrotoxicosis", not its head:
    # it names another condition; "Goitres" names the article's own
    article = _article(
        "Toxic multinodular goitre", "Ultrasound", synonyms=("Nodular goitre of thyrotoxicosis",)
    )
    assert not names_article("Thyrotoxicosis", article)
    stones = _article("Biliary colic", "Ultrasound", synonyms=("Gallbladder stones",))
    assert names_article("Stones", stones)
    assert not names_article("Stones", _article("Cholecystitis", "Ultrasound"))


# --- "on every sequence" is all sequences ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Cysts follow CSF signal on every sequence.",
        "The cysts are hypointense on each MRI sequence.",
    ],
)
def test_every_sequence(sentence: str) -> None:
    looks = _prose("Perineural cyst", "MRI", sentence)
    assert any(
        subject == "Perineural cyst" and attribute == "MRI all sequences"
        for subject, attribute, _ in looks
    )


# --- a structure of the body as a sentence's subject ----------------------------------------


def test_sentence_on_a_structure_is_the_disease_there() -> None:
    looks = _prose(
        "Constrictive pericarditis",
        "CT",
        "The pericardium is thickened. Coronary arteries are usually unremarkable.",
    )
    assert ("coronary arteries in constrictive pericarditis", "CT", "unremarkable") in looks
    assert not any(s.lower() == "coronary arteries" for s, _, _ in looks)


@pytest.mark.parametrize("heading", ["Differential diagnosis", "Radiographic features"])
def test_differential_entry_on_a_structure_stays(heading: str) -> None:
    # an entry "name: how it looks" names another condition, whatever its head noun
    items = (
        ListItem("right aortic arch: bilateral indentations on the oesophagus and a ring"),
        ListItem("pulmonary sling: an anterior indentation on the trachea and a ring"),
    )
    article = Article(
        slug="t",
        title="Tracheal compression",
        sections=(
            Section(
                heading,
                (
                    Block(BlockKind.PARAGRAPH, text="The differential includes:"),
                    Block(BlockKind.LIST, items=items),
                ),
            ),
        ),
    )
    assert not any(" in tracheal compression" in s for s, _, _ in _looks(article))


def test_topic_after_a_part_and_a_finding_is_the_lesion() -> None:
    # "Haemorrhage … Calcification is uncommon. After contrast …": the enhancement is the
    # lesion's, not the haemorrhage's
    looks = _prose(
        "Anaplastic ependymoma",
        "CT",
        "Haemorrhage, when present, appears hyperdense. Calcification is uncommon. "
        "After contrast there is irregular, thick peripheral enhancement.",
    )
    assert not any(s.startswith("Haemorrhage") and "enhancement" in v for s, _, v in looks)
