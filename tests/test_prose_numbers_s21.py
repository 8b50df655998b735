"""Number facts found wrong on set N (session 21), guarded by shape on sentences invented about
other organs and diseases: a pronoun after a fronted phrase with no comma ("Beyond infancy it
…") names no subject; a fronted "In a <lesion>," owns the cut-offs after it and a measure the
paragraph opened on owns none; "signals" states what a cut-off means; "X causes N% of Y"
counts X; the figure after "<process> of" is an extent, not a share whose predicate is its
item; the accuracy of a score's cut-off is the score's; what an investigation "of choice" is
chosen for stays in its fact."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, Section


def _facts(*paragraphs: str, title: str, kind: FactKind) -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Pathology", blocks),))
    return [f for f in extract_facts(article) if f.kind is kind]


@pytest.mark.parametrize(
    "fronted", ["Beyond infancy it", "During pregnancy it", "Outside the pelvis it"]
)
def test_a_pronoun_after_a_fronted_phrase_stands_for_the_subject_before(fronted: str) -> None:
    facts = _facts(
        f"Neuroblastoma is a tumour of neural crest cells. {fronted} usually presents with a "
        "mass. It is the most common extracranial solid tumour of childhood.",
        title="Neuroblastoma",
        kind=FactKind.RANK,
    )
    assert [(f.item, f.group) for f in facts] == [
        ("Neuroblastoma", "extracranial solid tumour of childhood")
    ]


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("In a complex cyst, a septum thicker than 1 mm favours malignancy.", "complex cyst"),
        ("In a solitary nodule, a diameter above 8 mm warrants biopsy.", "solitary nodule"),
        # a setting that is no lesion, or the article's own, leaves the cut-off the title's
        ("In a cystic nephroma, a septum thicker than 1 mm favours malignancy.", "Cystic nephroma"),
    ],
)
def test_a_fronted_lesion_owns_the_cutoff(sentence: str, owner: str) -> None:
    # the sentence before opens on another subject, which the cut-off must not take
    facts = _facts(
        f"Renal cysts are common in adults. {sentence}",
        title="Cystic nephroma",
        kind=FactKind.THRESHOLD,
    )
    assert facts
    assert {f.subject for f in facts} == {owner}


def test_a_measure_the_paragraph_opened_on_owns_no_cutoff() -> None:
    facts = _facts(
        "Septal thickness helps to separate infection from tumour only loosely. Overall, a "
        "septum thicker than 1 mm favours malignancy.",
        title="Cystic nephroma",
        kind=FactKind.THRESHOLD,
    )
    assert facts
    assert {f.subject for f in facts} == {"Cystic nephroma"}


@pytest.mark.parametrize("verb", ["signals", "heralds", "points to"])
def test_a_signalling_verb_states_what_the_cutoff_means(verb: str) -> None:
    facts = _facts(
        f"A common bile duct wider than 8 mm {verb} distal obstruction.",
        title="Choledocholithiasis",
        kind=FactKind.THRESHOLD,
    )
    assert [f.attribute for f in facts] == [f"{verb} distal obstruction"]


def test_what_causes_a_share_of_a_whole_is_counted() -> None:
    facts = _facts(
        "Alcohol is a frequent trigger. Gallstones cause about 40% of cases of acute pancreatitis.",
        title="Acute pancreatitis",
        kind=FactKind.PERCENTAGE,
    )
    assert [(f.item, f.value) for f in facts] == [("Gallstones", "about 40%")]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Involvement of over 30% of the liver volume is associated with a poor outcome.", ""),
        (
            "Resection of more than 70% of the small bowel is often followed by malabsorption.",
            "",
        ),
        # a share opening its clause keeps its predicate as what it counts
        ("About 10% of adrenal adenomas are bilateral on imaging.", "bilateral on imaging"),
    ],
)
def test_an_extent_of_a_process_is_no_share_with_a_predicate(sentence: str, item: str) -> None:
    facts = _facts(sentence, title="Hepatic metastases", kind=FactKind.PERCENTAGE)
    assert [f.item for f in facts] == [item]


def test_the_accuracy_of_a_score_cutoff_is_the_scores() -> None:
    facts = _facts(
        "The Thyroid Imaging Reporting and Data System (TI-RADS) grades nodules on five levels. "
        "A score of 4 or more is taken to indicate malignancy, with a sensitivity of about 85% "
        "and a specificity of around 70%.",
        title="Papillary thyroid carcinoma",
        kind=FactKind.PERCENTAGE,
    )
    assert {(f.subject, f.item, f.attribute) for f in facts} == {
        ("TI-RADS", "score of 4 or more", "sensitivity"),
        ("TI-RADS", "score of 4 or more", "specificity"),
    }


def test_an_unnamed_score_cutoff_keeps_the_cutoff_as_item() -> None:
    facts = _facts(
        "A grade of 3 or higher predicts rupture, with a sensitivity of 70%.",
        title="Popliteal aneurysm",
        kind=FactKind.PERCENTAGE,
    )
    # session 29: a cut-off's accuracy is the cut-off's for the page's condition
    assert [(f.subject, f.item) for f in facts] == [
        ("grade of 3 or higher for Popliteal aneurysm", "grade of 3 or higher")
    ]


def test_a_plain_sensitivity_stays_the_sentences() -> None:
    facts = _facts(
        "Diffusion restriction is seen in most abscesses, with a sensitivity of 90%.",
        title="Cerebral abscess",
        kind=FactKind.PERCENTAGE,
    )
    assert [(f.subject, f.item) for f in facts] == [("Cerebral abscess", "")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Doppler ultrasound is the investigation of choice for the scrotum in boys with pain.",
            "investigation of choice for the scrotum in boys with pain",
        ),
        ("Doppler ultrasound is the investigation of choice.", "investigation of choice"),
    ],
)
def test_what_an_investigation_of_choice_is_for_stays_in_its_fact(
    sentence: str, value: str
) -> None:
    facts = _facts(sentence, title="Testicular torsion", kind=FactKind.RANK)
    assert [(f.item, f.value, f.group) for f in facts] == [
        ("Doppler ultrasound", value, "investigation")
    ]


def test_signal_as_a_noun_states_no_meaning() -> None:
    facts = _facts(
        "Fat-poor angiomyolipoma: shows attenuation above 10 HU on unenhanced CT and signal "
        "drop on opposed-phase imaging.",
        title="Renal cell carcinoma",
        kind=FactKind.THRESHOLD,
    )
    assert all("signal" not in f.attribute for f in facts)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "Renal oncocytoma is the most common benign (non-fatty) solid renal tumour of adults.",
            "benign solid renal tumour of adults",
        ),
        # an aside after the phrase, or one with a figure, still ends it
        (
            "Renal oncocytoma is the most common benign tumour (in adults), after angiomyolipoma.",
            "benign tumour",
        ),
        (
            "Renal oncocytoma is the most common benign tumour (about 5%) of the kidney.",
            "benign tumour",
        ),
    ],
)
def test_a_gloss_inside_a_rank_category_does_not_cut_it(sentence: str, group: str) -> None:
    facts = _facts(sentence, title="Renal oncocytoma", kind=FactKind.RANK)
    assert [f.group for f in facts] == [group]


@pytest.mark.parametrize(
    "sentence",
    [
        "Gallstones are therefore by far the commonest cause, most following a fatty meal.",
        "Gallstones are thus still the most common cause.",
        "Gallstones are by far the commonest cause.",
    ],
)
def test_two_adverbs_before_a_rank_still_rank_the_subject(sentence: str) -> None:
    facts = _facts(sentence, title="Acute pancreatitis", kind=FactKind.RANK)
    assert [(f.item, f.value, f.group) for f in facts] == [("Gallstones", "most common", "cause")]
