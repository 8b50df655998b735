"""Numbers and definitions from sets O and P, guarded by shape on sentences about other
organs: an age that brackets a sex ratio or the clause after it is no age of the subject;
a bare generic or head noun is the title, a subgroup of it the title's subgroup; a ratio
after an age bracket holds in it; a size-class list label is the cut-off's meaning; an
indexed unit keeps "/m2"; a treatment's criterion stays the condition's; a rate predicated
of another condition is not the title's; "1 in A to 1 in B" is never split; the causes a
list divides belong to their condition; a participle phrase is no definition."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

Row = tuple[str, str, str, str, str, str]


def _facts(*blocks: Block, title: str) -> set[Row]:
    article = Article(slug="t", title=title, sections=(Section("Epidemiology", blocks),))
    return {
        (f.kind.value, f.subject, f.item, f.value, f.attribute, f.group)
        for f in extract_facts(article)
    }


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def _list(*lines: str) -> Block:
    return Block(BlockKind.LIST, items=tuple(ListItem(line) for line in lines))


def _of(kind: FactKind, found: set[Row]) -> set[Row]:
    return {row for row in found if row[0] == kind.value}


@pytest.mark.parametrize(
    "sentence",
    [
        "Below 60 years men are affected more often than women, whereas above 60 years there "
        "is a female predominance.",
        "Under 30 years boys are affected more often than girls.",
    ],
)
def test_an_age_that_brackets_a_sex_ratio_is_no_age(sentence: str) -> None:
    found = _facts(_para(sentence), title="Renal cell carcinoma")
    assert not _of(FactKind.AGE, found)


def test_a_sex_ratio_after_an_age_bracket_holds_in_it() -> None:
    found = _facts(
        _para(
            "Below 60 years men are affected more often than women, whereas above 60 years "
            "there is a female predominance."
        ),
        title="Renal cell carcinoma",
    )
    subjects = {(s, v) for _, s, _, v, *_ in _of(FactKind.SEX_RATIO, found)}
    assert ("Renal cell carcinoma in patients below 60 years", "male") in subjects
    assert ("Renal cell carcinoma in patients above 60 years", "female") in subjects


def test_an_opening_age_bracket_is_no_age_of_the_clause_after_it() -> None:
    found = _facts(
        _para(
            "In patients older than 50 years, metastases are the leading cause of solitary lesions."
        ),
        title="Solitary bone lesion",
    )
    assert not _of(FactKind.AGE, found)


def test_an_age_of_the_condition_itself_stays() -> None:
    found = _facts(
        _para("Renal cell carcinoma usually presents in patients older than 50 years."),
        title="Renal cell carcinoma",
    )
    assert ("Renal cell carcinoma", "older than 50 years") in {
        (s, v) for _, s, _, v, *_ in _of(FactKind.AGE, found)
    }


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ruptures are uncommon before the age of 30.", "Achilles tendon rupture"),
        (
            "Bilateral ruptures present in the 7th decade.",
            "Achilles tendon rupture (bilateral ruptures)",
        ),
        (
            "Sporadic tumours are usually solitary and present in the 6th and 7th decades.",
            "Achilles tendon rupture (sporadic tumours)",
        ),
    ],
)
def test_a_head_noun_or_subgroup_of_the_title_names_the_title(sentence: str, subject: str) -> None:
    found = _facts(_para(sentence), title="Achilles tendon rupture")
    assert {s for _, s, *_ in _of(FactKind.AGE, found)} == {subject}


def test_a_size_class_label_is_the_meaning_and_the_title_the_subject() -> None:
    found = _facts(
        _para("Effusions are graded by the largest depth:"),
        _list("small: <1 cm", "large: >2 cm", "massive: >3 cm, or compressing the chamber"),
        title="Pericardial effusion",
    )
    rows = {(s, item, v, a) for _, s, item, v, a, _ in _of(FactKind.THRESHOLD, found)}
    assert ("Pericardial effusion", "depth", "<1 cm", "small") in rows
    assert ("Pericardial effusion", "depth", ">3 cm", "massive") in rows


def test_a_class_bounded_on_both_sides_gives_no_lone_cutoff() -> None:
    found = _facts(
        _para("Size classes:"), _list("T1b: >4 cm but ≤7 cm, limited to the kidney"), title="RCC"
    )
    assert not _of(FactKind.THRESHOLD, found)


def test_an_indexed_volume_keeps_its_unit_and_meaning_ends_on_no_preposition() -> None:
    found = _facts(
        _para(
            "Valve replacement is generally considered in asymptomatic patients when the indexed "
            "left ventricular end-systolic volume exceeds 45 mL/m2."
        ),
        title="Aortic stenosis",
    )
    values = {(v, a) for _, _, _, v, a, _ in _of(FactKind.THRESHOLD, found)}
    assert ("exceeds 45 mL/m2", "valve replacement is generally considered") in values


def test_a_treatments_size_criterion_stays_the_conditions() -> None:
    found = _facts(
        _para("Pericardiectomy is an option for effusions larger than about 3 cm."),
        title="Pericardial effusion",
    )
    rows = {(s, a) for _, s, _, _, a, _ in _of(FactKind.THRESHOLD, found)}
    assert rows == {("Pericardial effusion", "eligible for pericardiectomy")}


def test_a_rate_of_the_condition_the_sentence_opens_on_is_not_the_titles() -> None:
    for opening in ("Chronic kidney disease", "Secondary hyperparathyroidism"):
        found = _facts(
            _para(f"{opening} is common, with a prevalence of roughly 1 in 10 adults."),
            title="Renal osteodystrophy",
        )
        subjects = {s for _, s, *_ in _of(FactKind.THRESHOLD, found)}
        assert "Renal osteodystrophy" not in subjects


def test_a_rate_of_the_title_stays() -> None:
    found = _facts(
        _para("Renal osteodystrophy has a prevalence of about 1 in 800 adults."),
        title="Renal osteodystrophy",
    )
    assert {s for _, s, *_ in _of(FactKind.THRESHOLD, found)} == {"Renal osteodystrophy"}


def test_a_range_of_one_in_n_is_never_split() -> None:
    found = _facts(
        _para(
            "Renal osteodystrophy is now seen in about 1 in 500 to 1 in 1,000 dialysis patients."
        ),
        title="Renal osteodystrophy",
    )
    values = {v for _, _, _, v, *_ in _of(FactKind.PERCENTAGE, found)}
    assert not {"about 1 in 500", "1 in 1,000", "1 in 1000"} & values


def test_up_to_one_in_n_is_still_a_share() -> None:
    found = _facts(
        _para("Contrast nephropathy develops in up to 1 in 20 patients with diabetes."),
        title="Contrast nephropathy",
    )
    assert "up to 1 in 20" in {v for _, _, _, v, *_ in _of(FactKind.PERCENTAGE, found)}


def test_the_causes_a_list_divides_belong_to_their_condition() -> None:
    found = _facts(
        _para("The causes of acute kidney injury are distributed as follows:"),
        _list("prerenal failure: 60-70%", "intrinsic renal disease: 25-40%", "obstruction: 5-10%"),
        title="Renal calculi",
    )
    assert {s for _, s, *_ in _of(FactKind.FREQUENCY, found)} == {"acute kidney injury"}


def test_the_causes_of_the_title_stay_the_titles() -> None:
    found = _facts(
        _para("The causes of renal calculi are distributed as follows:"),
        _list("calcium oxalate: 70-80%", "struvite: 10-15%", "uric acid: 5-10%"),
        title="Renal calculi",
    )
    assert {s for _, s, *_ in _of(FactKind.FREQUENCY, found)} == {"Renal calculi"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Contrast-enhanced MRI, obtained in a portal venous phase about 70 seconds after "
        "injection, is the most useful technique.",
        "Ultrasound, performed with a high-frequency probe, shows the collection.",
    ],
)
def test_a_participle_phrase_is_no_definition(sentence: str) -> None:
    assert not _of(FactKind.DEFINITION, _facts(_para(sentence), title="Liver abscess"))


def test_an_appositive_noun_phrase_still_defines() -> None:
    found = _facts(
        _para(
            "Hepatic hydatid disease, an infection caused by Echinococcus granulosus, shows "
            "daughter cysts."
        ),
        title="Liver abscess",
    )
    assert ("an infection caused by Echinococcus granulosus") in {
        v for _, _, _, v, *_ in _of(FactKind.DEFINITION, found)
    }


def test_a_pronoun_after_a_conjunction_is_no_item() -> None:
    found = _facts(
        _para(
            "Abdominal radiography is often the first test, yet it is normal in up to 40% of "
            "patients."
        ),
        title="Acute pancreatitis",
    )
    assert not any(item.startswith("yet") for _, _, item, *_ in _of(FactKind.PERCENTAGE, found))
