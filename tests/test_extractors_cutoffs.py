"""Cut-offs, sizes and per-grade outcomes stated in prose (threshold facts): the measure,
the cut-off as written and what it means; shares of patients, ages and bare criteria sizes
are not cut-offs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.cutoffs import extract_cutoffs
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _article(*paragraphs: str, title: str = "Test lesion") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="test-lesion", title=title, sections=(Section("Diagnosis", blocks),))


def _cutoffs(*paragraphs: str) -> set[tuple[str, str, str]]:
    """(measure, cut-off, meaning) of every threshold fact."""
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(_article(*paragraphs))
        if f.kind is FactKind.THRESHOLD
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tumours larger than 4 cm carry a risk of haemorrhage.",
            ("size", "larger than 4 cm", "carry a risk of haemorrhage"),
        ),
        (
            "A tumour > 4 cm is usually resected.",
            ("size", "> 4 cm", "is usually resected"),
        ),
        (
            "A lesion less than 2 mm from the articular surface suggests a subchondral fracture.",
            (
                "distance from the articular surface",
                "less than 2 mm",
                "suggests a subchondral fracture",
            ),
        ),
        ("The nidus is usually < 1.5 cm.", ("nidus size", "< 1.5 cm", "typical")),
        (
            "An ADC below 1.0 × 10⁻³ mm²/s suggests a hypercellular tumour.",
            ("ADC", "below 1.0 × 10⁻³ mm²/s", "suggests a hypercellular tumour"),
        ),
        (
            "Spectroscopy shows an alanine peak at 1.48 ppm.",
            ("alanine peak", "1.48 ppm", "MR spectroscopy"),
        ),
        (
            "The Wells score is widely used. A score of 7 or more warrants CT angiography.",
            ("Wells score", "7 or more", "warrants CT angiography"),
        ),
        (
            "Absolute washout greater than 60% indicates an adrenal adenoma.",
            ("Absolute washout", "greater than 60%", "indicates an adrenal adenoma"),
        ),
        (
            "A thyroid nodule with a wall thickness over 3 mm is abnormal.",
            ("wall thickness", "over 3 mm", "is abnormal"),
        ),
        (
            "A main pulmonary artery diameter >29 mm, suggesting pulmonary hypertension.",
            ("pulmonary artery diameter", ">29 mm", "suggesting pulmonary hypertension"),
        ),
    ],
)
def test_cutoffs_in_prose(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _cutoffs(sentence) == {expected}


def test_one_fact_per_grade() -> None:
    found = _cutoffs("Recurrence after a grade I resection is 9%, grade II 19% and grade III 29%.")
    assert found == {
        ("recurrence after resection", "9%", "grade I"),
        ("recurrence after resection", "19%", "grade II"),
        ("recurrence after resection", "29%", "grade III"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 50% of patients are older than 60 years.",  # a share and an age
        "Patients were followed for more than 5 years.",
        "Symptoms last less than 2 weeks in most cases.",
        "Up to 3 tumours, each ≤3 cm, or",  # a criteria list line: nothing on its own
        "A score of 7 or more warrants surgery.",  # which score? none named
        "CT showed a mass measuring 4 x 3 cm.",  # a case's size, not a cut-off
        "Grade I tumours are the commonest.",  # one grade, no outcome per grade
        "Recurrence after a grade I resection is 9%.",  # one grade: a percentage fact
        "An ADC below 1.0 × 10⁻³ mm²/s is common. A score of 2 or more is typical.",
    ],
)
def test_no_cutoff(sentence: str) -> None:
    assert _cutoffs(sentence) == set()


@given(st.text(alphabet="0123456789 .,-%<>x×cmgrade", max_size=2000))
def test_long_runs_of_digits_and_spaces_are_no_cutoff(text: str) -> None:
    facts = list(extract_cutoffs(_article(text)))
    assert all(f.subject.strip() for f in facts)


@pytest.mark.parametrize(
    "phrase",
    ["larger than 4 cm", "> 4 cm", "greater than 4 cm", "over 4 cm", "4 cm or larger"],
)
def test_phrasings_of_one_cutoff_give_the_same_subject(phrase: str) -> None:
    (found,) = _cutoffs(f"Cysts {phrase} warrant aspiration.")
    assert (found[0], found[2]) == ("cyst size", "warrant aspiration")


def test_the_article_lesion_is_a_lesion_whose_size_counts() -> None:
    article = _article(
        "Angiomyolipomas larger than 4 cm carry a risk of haemorrhage.",
        title="Renal angiomyolipoma",
    )
    (fact,) = extract_cutoffs(article)
    assert (fact.subject, fact.item, fact.value) == (
        "Renal angiomyolipoma",
        "size",
        "larger than 4 cm",
    )


def _facts(article: Article) -> set[tuple[str, str, str, str]]:
    """(subject, measure, cut-off, meaning) of every threshold fact."""
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _listed(title: str, intro: str, *entries: str) -> Article:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    return Article(slug="test", title=title, sections=(Section("Imaging", blocks),))


def test_subject_is_the_article_and_the_measure_is_the_item() -> None:
    article = _article(
        "A renal cyst with a wall thickness of 3 mm or more warrants follow-up.",
        title="Renal cyst",
    )
    assert _facts(article) == {
        ("Renal cyst", "wall thickness", "3 mm or more", "warrants follow-up")
    }


@pytest.mark.parametrize(
    ("title", "sentence", "subject", "measure"),
    [
        ("Focal nodular hyperplasia", "FNH usually measures less than 5 cm.", "", "size"),
        # a named kind the sentence opens on is the subject; its size is the measure
        (
            "Adrenal adenoma",
            "Conn adenomas tend to be small, often less than 2 cm.",
            "Conn adenoma",
            "size",
        ),
        ("Osteoid osteoma", "The nidus is usually less than 1.5 cm.", "", "nidus size"),
    ],
)
def test_size_of_the_article_lesion_or_of_a_named_one(
    title: str, sentence: str, subject: str, measure: str
) -> None:
    (fact,) = _facts(_article(sentence, title=title))
    assert (fact[0], fact[1], fact[3]) == (subject or title, measure, "typical")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ratio: less than 4 suggests a benign cause.",  # a comparator is no measure
    ],
)
def test_no_qualifier_or_measure_from_elsewhere(sentence: str) -> None:
    assert _cutoffs(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "meaning"),
    [
        # "more often": no "usually"; the clause before the lesions is what the size means
        # (session 23: a size comparative after plural lesions is read, test_s23_thresh.py)
        (
            "Haemorrhage is seen more often in tumours larger than 6 cm.",
            "haemorrhage is seen more often",
        ),
        # "Typically" qualifies the tumour, not the size of lesions with necrosis
        (
            "Typically the tumour is solitary and lobulated, with necrosis in lesions over 5 cm.",
            "with necrosis",
        ),
    ],
)
def test_no_qualifier_from_elsewhere(sentence: str, meaning: str) -> None:
    assert {m for _, _, m in _cutoffs(sentence)} == {meaning}


def test_meaning_stops_where_the_sentence_moves_on() -> None:
    found = _cutoffs(
        "A nodule attenuation above 40 HU suggests a haemangioma, with a sensitivity of 80%."
    )
    assert found == {("nodule attenuation", "above 40 HU", "suggests a haemangioma")}


def test_coordinated_cutoffs_share_their_meaning() -> None:
    found = _cutoffs(
        "A peak systolic velocity of 200 cm/s or more and an end-diastolic velocity of "
        "40 cm/s or more indicate a severe stenosis."
    )
    assert found == {
        ("peak systolic velocity", "200 cm/s or more", "indicate a severe stenosis"),
        ("end-diastolic velocity", "40 cm/s or more", "indicate a severe stenosis"),
    }


def test_signed_and_approximate_values() -> None:
    found = _cutoffs(
        "An attenuation below −10 HU indicates fat. A diameter over about 9 mm is abnormal."
    )
    assert found == {
        ("attenuation", "below −10 HU", "indicates fat"),
        ("diameter", "over about 9 mm", "is abnormal"),
    }


def test_a_measure_label_names_its_unitless_cutoff() -> None:
    article = _listed(
        "Hydronephrosis",
        "Doppler indices:",
        "resistive index: greater than 0.70 suggests obstruction",
        "pulsatility index: values vary widely",
    )
    assert _facts(article) == {
        ("Hydronephrosis", "resistive index", "greater than 0.70", "suggests obstruction")
    }


def test_a_cutoff_label_takes_its_measure_from_the_list_intro() -> None:
    article = _listed(
        "Popliteal artery aneurysm",
        "Treatment depends on the diameter:",
        "below 2 cm in adults: observation",
        "2 cm or more in adults: elective repair, usually endovascular",
    )
    assert _facts(article) == {
        (
            "Popliteal artery aneurysm",
            "diameter in adults",
            "below 2 cm",
            "observation",
        ),
        (
            "Popliteal artery aneurysm",
            "diameter in adults",
            "2 cm or more",
            "elective repair",
        ),
    }


def test_an_entity_label_is_the_subject_and_a_class_label_the_meaning() -> None:
    article = _listed(
        "Adrenal incidentaloma",
        "Other adrenal masses:",
        "phaeochromocytoma: usually larger than 3 cm, with avid enhancement",
        "grade 3: a duct diameter above 7 mm",
        "treatment: larger than 4 cm",
    )
    assert _facts(article) == {
        ("phaeochromocytoma", "size", "larger than 3 cm", "typical"),
        ("Adrenal incidentaloma", "duct diameter", "above 7 mm", "grade 3"),
    }


def test_a_definition_of_the_article_gives_the_meaning() -> None:
    article = _article(
        "Splenomegaly is an enlargement of the spleen to a length of more than 13 cm.",
        title="Splenomegaly",
    )
    assert _facts(article) == {
        ("Splenomegaly", "length", "more than 13 cm", "defines splenomegaly")
    }


# --- comparators written as verbs, consequences, counts without a unit ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An aortic diameter that exceeds 5.5 cm warrants repair.",
            ("aortic diameter", "exceeds 5.5 cm", "warrants repair"),
        ),
        (
            "A renal collection larger than 4 cm usually corresponds to an abscess.",
            # the subject is the collection the sentence opens on: its measure is its size
            ("size", "larger than 4 cm", "usually corresponds to an abscess"),
        ),
        (
            "A Bosniak score of 3 or more makes surgery likely.",
            ("Bosniak score", "3 or more", "makes surgery likely"),
        ),
    ],
)
def test_verb_comparators_and_consequences(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _cutoffs(sentence) == {expected}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three or more cysts in each kidney are diagnostic of the disease.",
            ("number of cysts in each kidney", "three or more", "are diagnostic of the disease"),
        ),
        (
            "Fewer than two enhancing nodules suggest a benign course.",
            ("number of enhancing nodules", "fewer than two", "suggest a benign course"),
        ),
    ],
)
def test_counts_without_a_unit_are_cut_offs(sentence: str, expected: tuple[str, str, str]) -> None:
    assert _cutoffs(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Three or more patients were seen, which suggests clustering.",  # people: a share
        "Two or more years of follow-up are required.",  # time: not a count criterion
        "At least two lesions are seen in most cases.",  # no consequence
        "Fewer than five per field of view is termed limited.",  # counts nothing named
    ],
)
def test_counts_that_are_not_criteria_give_nothing(sentence: str) -> None:
    assert _cutoffs(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the measure of a named thing: "angle of Wiberg", "diameter of the common bile duct"
        (
            "In adults, an alpha angle of Alsus below 50° indicates femoroacetabular impingement.",
            (
                "alpha angle of Alsus",
                "below 50°",
                "indicates femoroacetabular impingement",
            ),
        ),
        (
            "The diameter of the common bile duct greater than 8 mm suggests obstruction.",
            ("diameter of the common bile duct", "greater than 8 mm", "suggests obstruction"),
        ),
        # a dimension written after the figure names the measure
        (
            "For stenting, a landing zone at least 20 mm long is generally required.",
            ("landing zone length", "at least 20 mm", "is generally required"),
        ),
        # the meaning written before the measure
        (
            "Surgery is indicated for growth of more than 5 mm per year.",
            ("growth", "more than 5 mm per year", "surgery is indicated"),
        ),
        (
            "In children the diagnosis requires a septal thickness of 8 mm or more.",
            ("septal thickness", "8 mm or more", "the diagnosis requires"),
        ),
        # a circumstance between the cut-off and its verb
        (
            "A peak systolic velocity above 125 cm/s at rest indicates a significant stenosis.",
            ("peak systolic velocity", "above 125 cm/s", "indicates a significant stenosis"),
        ),
        (
            "A solid nodule smaller than 6 mm without spiculation requires no follow-up.",
            ("solid nodule size", "smaller than 6 mm", "requires no follow-up"),
        ),
        (
            "A transvalvular gradient above 40 mmHg defines severe aortic stenosis.",
            ("transvalvular gradient", "above 40 mmHg", "defines severe aortic stenosis"),
        ),
    ],
)
def test_measure_and_meaning_in_other_positions(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _cutoffs(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure between the meaning and the cut-off takes the meaning for itself
        "Surgery is indicated for 40% of patients, and growth of more than 5 mm is common.",
        # the dimension of a case's own finding, said of nothing
        "The fragment was 12 mm long.",
        # "of" followed by a figure is no named thing
        "The mean diameter of 4 cm was recorded.",
    ],
)
def test_no_cutoff_from_the_new_positions(sentence: str) -> None:
    assert _cutoffs(sentence) == set()


def test_a_cutoff_label_too_long_for_a_label_still_splits() -> None:
    article = _listed(
        "Popliteal aneurysm",
        "Management is guided by diameter:",
        "2.0 cm or more in symptomatic patients: repair",
    )
    assert _facts(article) == {
        ("Popliteal aneurysm", "diameter in symptomatic patients", "2.0 cm or more", "repair")
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In adults, surgery is usually considered when the ventricular diameter exceeds 6 cm.",
            ("ventricular diameter", "exceeds 6 cm", "surgery is usually considered"),
        ),
        (
            "A bile duct diameter greater than 8 mm, particularly with pain, suggests obstruction.",
            ("bile duct diameter", "greater than 8 mm", "suggests obstruction"),
        ),
    ],
)
def test_a_considered_treatment_and_an_aside_before_the_verb(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert _cutoffs(sentence) == {expected}


def test_a_measure_in_a_list_of_findings_means_a_finding() -> None:
    article = _listed(
        "Cholecystitis",
        "Ultrasound is the first examination. Typical findings include:",
        "a distended gallbladder",
        "wall thickness of 4 mm or more",
    )
    assert _facts(article) == {
        ("Cholecystitis", "wall thickness", "4 mm or more", "typical findings")
    }


@pytest.mark.parametrize(
    "intro",
    ["Management options include:", "The report should mention:"],
)
def test_a_measure_in_a_list_of_other_things_means_nothing(intro: str) -> None:
    article = _listed(
        "Cholecystitis", intro, "a distended gallbladder", "wall thickness of 4 mm or more"
    )
    assert _facts(article) == set()


def test_what_a_size_needs_or_does_not_need_is_its_meaning() -> None:
    """ "Cysts under 1 cm need no follow-up": the cut-off's meaning is what such cysts need
    (session 13, a phrasing written for the test)."""
    assert ("cyst size", "under 1 cm", "need no follow-up") in _cutoffs(
        "Cysts under 1 cm need no follow-up."
    )
    assert ("nodule size", "smaller than 4 mm", "do not require surveillance") in _cutoffs(
        "Nodules smaller than 4 mm do not require surveillance."
    )
