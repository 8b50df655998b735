"""Shares of a kind of the subject, found wrong on blind articles and guarded by shape: a
share of "branch duct IPMNs" or of "sporadic cases" is that kind's, not the whole subject's;
an opening "After resection of localised RCC," sets the figures after it in that kind; "for
the chronic form" after a figure names the form; a bracketed range restates the share before
it; "compared with N% of B" counts the same item in another whole. The class a subject
belongs to ("accounts for 1% of intracranial tumours") is no kind of it. Sentences are
invented about other organs and diseases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _shares(
    *paragraphs: str, title: str, synonyms: tuple[str, ...] = ()
) -> set[tuple[str, str, str]]:
    """(subject, item, value) of every percentage the paragraphs give."""
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(
        slug="t", title=title, synonyms=synonyms, sections=(Section("Pathology", blocks),)
    )
    return {
        (f.subject, f.item, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


def _subjects(*paragraphs: str, title: str, synonyms: tuple[str, ...] = ()) -> set[str]:
    return {s for s, _, _ in _shares(*paragraphs, title=title, synonyms=synonyms)}


@pytest.mark.parametrize(
    ("sentence", "title", "synonyms", "subject"),
    [
        (
            "Sarcomatoid change is seen in 10-15% of clear cell RCCs.",
            "Renal cell carcinoma",
            ("RCC",),
            "clear cell RCCs",
        ),
        (
            "Brain invasion is found in about 20% of atypical meningiomas.",
            "Meningioma",
            (),
            "atypical meningiomas",
        ),
        (
            "Local recurrence occurs in 30% of incompletely excised cases.",
            "Chordoma",
            (),
            "Chordoma (incompletely excised cases)",
        ),
        (
            "Haemorrhage is seen in 15% of patients with large tumours.",
            "Meningioma",
            (),
            "Meningioma (large tumours)",
        ),
        (
            "A fibrous capsule is seen in 60% of large nodular tumours.",
            "Hepatocellular carcinoma",
            (),
            "Hepatocellular carcinoma (large nodular tumours)",
        ),
    ],
)
def test_a_share_of_a_kind_of_the_subject_is_that_kinds(
    sentence: str, title: str, synonyms: tuple[str, ...], subject: str
) -> None:
    assert _subjects(sentence, title=title, synonyms=synonyms) == {subject}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the class the subject belongs to, not a kind of it
        ("Meningiomas account for 30% of primary intracranial tumours.", "Meningioma"),
        ("Chordomas make up 1-4% of primary malignant bone tumours.", "Chordoma"),
        (
            "Renal cell carcinoma is responsible for about 90% of solid renal masses.",
            "Renal cell carcinoma",
        ),
        ("Cystic change is seen in 5% of all hepatic tumours.", "Hepatocellular carcinoma"),
        # the subject's own cases, people, or a tumour of a syndrome
        ("Calcification is seen in 20% of meningiomas.", "Meningioma"),
        ("Calcification occurs in 10% of hepatocellular tumours.", "Hepatocellular carcinoma"),
        ("Malignant change occurs in 10% of plexiform tumours.", "Neurofibromatosis type 1"),
        # a whole run on into a clause is no kind, though it ends on the title's head noun
        (
            "The ECG is normal in up to 30% of patients and cannot exclude dissection.",
            "Aortic dissection",
        ),
    ],
)
def test_a_class_or_the_subjects_own_cases_keep_the_title(sentence: str, title: str) -> None:
    assert _subjects(sentence, title=title) == {title}


def test_an_opening_phrase_sets_the_figure_in_a_kind() -> None:
    sentence = "After resection of localised RCC, ten-year survival exceeds 80%."
    assert _subjects(sentence, title="Renal cell carcinoma", synonyms=("RCC",)) == {"localised RCC"}


def test_an_opening_phrase_about_people_keeps_the_title() -> None:
    sentence = "In elderly patients, ten-year survival is below 40%."
    assert _subjects(sentence, title="Renal cell carcinoma", synonyms=("RCC",)) == {
        "Renal cell carcinoma"
    }


def test_a_form_named_after_a_compared_figure_owns_it() -> None:
    sentence = (
        "Remission occurs in 60% of acute cases, compared with under 20% for the chronic form."
    )
    shares = _shares(sentence, title="Sarcoidosis")
    assert ("Sarcoidosis (chronic form)", "Remission", "under 20%") in shares
    assert ("Sarcoidosis (acute cases)", "Remission", "60%") in shares


def test_a_bracketed_range_restates_the_share_before_it() -> None:
    sentence = (
        "Nodal metastases are found in about 30% of resected diffuse tumours "
        "(reported range 20-45%), compared with about 10% of resected intestinal tumours."
    )
    shares = _shares(sentence, title="Gastric carcinoma")
    assert shares == {
        ("Gastric carcinoma (resected diffuse tumours)", "Nodal metastases", "about 30%"),
        ("Gastric carcinoma (resected diffuse tumours)", "Nodal metastases", "20-45%"),
        ("Gastric carcinoma (resected intestinal tumours)", "Nodal metastases", "about 10%"),
    }


def test_a_second_share_with_its_own_verb_is_not_the_firsts() -> None:
    sentence = (
        "Nodal metastases are found in about 30% of cases, and vascular invasion is seen "
        "in 10% of cases."
    )
    items = {i for _, i, _ in _shares(sentence, title="Gastric carcinoma")}
    assert items == {"Nodal metastases", "vascular invasion"}


_KINDS = st.sampled_from(
    [
        ("atypical meningiomas", "atypical meningiomas"),
        ("anaplastic meningiomas", "anaplastic meningiomas"),
        ("familial cases", "Meningioma (familial cases)"),
        ("radiation-induced tumours", "Meningioma (radiation-induced tumours)"),
    ]
)
_VERBS = st.sampled_from(["is seen in", "is found in", "occurs in", "is present in"])
_VALUES = st.sampled_from(["15%", "about 40%", "up to 25%", "10-20%"])


@settings(max_examples=40, deadline=None)
@given(kind=_KINDS, verb=_VERBS, value=_VALUES)
def test_the_kind_owns_the_share_in_every_phrasing(
    kind: tuple[str, str], verb: str, value: str
) -> None:
    whole, subject = kind
    sentence = f"Bone invasion {verb} {value} of {whole}."
    assert _shares(sentence, title="Meningioma") == {(subject, "Bone invasion", value)}


def _measures(sentence: str, title: str) -> set[tuple[str, str, str]]:
    """(subject, value, measure) of every percentage of the sentence."""
    blocks = (Block(BlockKind.PARAGRAPH, text=sentence),)
    article = Article(slug="t", title=title, sections=(Section("Prognosis", blocks),))
    return {
        (f.subject, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.PERCENTAGE
    }


def test_close_to_is_kept_with_its_figure() -> None:
    sentence = "The risk of rebleeding is close to 0% after complete surgical excision."
    assert {v for _, v, _ in _measures(sentence, "Cavernous malformation")} == {"close to 0%"}


@pytest.mark.parametrize("contrast", ["but", "whereas", "while"])
def test_each_population_keeps_its_own_figure_of_one_measure(contrast: str) -> None:
    sentence = (
        f"The risk of collapse is about 5% in younger children {contrast} up to 60% in "
        "older children."
    )
    assert {(v, m) for _, v, m in _measures(sentence, "Osteonecrosis")} == {
        ("about 5%", "risk of collapse in younger children"),
        ("up to 60%", "risk of collapse in older children"),
    }


def test_two_populations_joined_by_and_keep_their_own() -> None:
    sentence = "The sensitivity of ultrasound is 85% in adults and 60% in children."
    assert {(v, m) for _, v, m in _measures(sentence, "Appendicitis")} == {
        # session 29: the test ("ultrasound") is the figure's owner, named in its subject
        ("85%", "sensitivity in adults"),
        ("60%", "sensitivity in children"),
    }


@pytest.mark.parametrize(
    ("sentence", "subjects"),
    [
        (
            "Ten-year survival exceeds 85% for stage I disease but falls to 20% for stage IV.",
            {"Wilms tumour (stage I disease)", "Wilms tumour (stage IV)"},
        ),
        (
            "Cure rates approach 95% for localised disease.",
            {"Wilms tumour (localised disease)"},
        ),
        (
            "Cure rates exceed 90% for stage I and II disease.",
            {"Wilms tumour (stage I and II disease)"},
        ),
        # another condition named after "for" is not a form of this one
        ("Cure rates approach 95% in Beckwith-Wiedemann disease.", {"Wilms tumour"}),
    ],
)
def test_a_stage_or_form_after_a_measure_owns_its_figure(sentence: str, subjects: set[str]) -> None:
    assert {s for s, _, _ in _measures(sentence, "Wilms tumour")} == subjects


def test_people_with_a_complaint_found_to_have_the_subject_are_the_complaints_yield() -> None:
    sentence = (
        "Only about 5% of patients with painless haematuria are found to have bladder cancer."
    )
    assert _shares(sentence, title="Bladder cancer") == {
        ("painless haematuria", "found to have bladder cancer", "about 5%")
    }


def test_people_with_a_complaint_found_to_have_another_thing_keep_the_title() -> None:
    sentence = "About 30% of patients with painless haematuria are found to have a calculus."
    assert {s for s, _, _ in _shares(sentence, title="Bladder cancer")} == {"Bladder cancer"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A nodule that grows by more than 20% within a year should be resected.",
        "Excision is advised when a cyst enlarges by 30% or more on follow-up.",
        "A hernia increasing in size by 10% warrants repair.",
        "Type B lesions show necrosis involving more than half of the femoral head.",
        "A thrombus occupying over 50% of the lumen is treated.",
    ],
)
def test_a_change_or_an_extent_is_no_share(sentence: str) -> None:
    assert _shares(sentence, title="Avascular necrosis") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Disease involving the hip is seen in 30% of patients.",
        "Bilateral disease, involving 30% of patients at diagnosis, carries a worse outcome.",
    ],
)
def test_a_share_of_patients_near_an_extent_verb_is_still_read(sentence: str) -> None:
    assert {v for _, _, v in _shares(sentence, title="Avascular necrosis")} == {"30%"}


def _kind_facts(
    kind: FactKind, *paragraphs: str, title: str, synonyms: tuple[str, ...] = ()
) -> list[Fact]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(
        slug="t", title=title, synonyms=synonyms, sections=(Section("Diagnosis", blocks),)
    )
    return [f for f in extract_facts(article) if f.kind is kind]


@pytest.mark.parametrize(
    ("sentence", "title", "synonyms"),
    [
        (
            "Pleural fluid from MPM is bloody, with a raised SMRP (a level above 2 nmol/L "
            "favours malignancy).",
            "Malignant pleural mesothelioma",
            ("MPM",),
        ),
        (
            "Hepatoblastoma presents early, with a raised AFP (a level above 500 ng/mL favours "
            "the diagnosis).",
            "Hepatoblastoma",
            (),
        ),
    ],
)
def test_a_lab_level_of_the_subject_or_its_fluid_is_the_subjects(
    sentence: str, title: str, synonyms: tuple[str, ...]
) -> None:
    facts = _kind_facts(FactKind.THRESHOLD, sentence, title=title, synonyms=synonyms)
    assert facts
    assert {f.subject for f in facts} == {title}


def test_a_named_score_stays_its_own_subject() -> None:
    sentence = "The Wells score is calculated first; a score above 6 warrants CT angiography."
    facts = _kind_facts(FactKind.THRESHOLD, sentence, title="Pulmonary embolism")
    assert facts
    assert {f.subject for f in facts} == {"Wells score"}


def test_a_sample_of_another_thing_keeps_its_subject() -> None:
    sentence = (
        "Fluid from a seroma is clear, with a protein (a level above 30 g/L favours an exudate)."
    )
    facts = _kind_facts(FactKind.THRESHOLD, sentence, title="Mesothelioma")
    assert "Mesothelioma" not in {f.subject for f in facts}


def test_a_pronoun_ranked_among_disorders_is_the_articles_condition() -> None:
    paragraphs = (
        "The appearance has been likened to a melting candle. It is the most common "
        "sclerosing dysplasia of the long bones.",
    )
    facts = _kind_facts(FactKind.RANK, *paragraphs, title="Melorheostosis")
    assert [(f.item, f.value) for f in facts] == [("Melorheostosis", "most common")]


def test_a_pronoun_ranked_among_findings_keeps_its_referent() -> None:
    paragraphs = (
        "Periosteal reaction is often seen. It is the most common finding on radiographs.",
    )
    facts = _kind_facts(FactKind.RANK, *paragraphs, title="Osteomyelitis")
    assert "Osteomyelitis" not in {f.item for f in facts}


def test_a_pronoun_standing_for_another_condition_keeps_it() -> None:
    paragraphs = (
        "Osteosarcoma is the main differential consideration. It is the most common primary "
        "malignant bone tumour of adolescence.",
    )
    facts = _kind_facts(FactKind.RANK, *paragraphs, title="Ewing sarcoma")
    assert "Ewing sarcoma" not in {f.item for f in facts}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("A common bile duct above 8 mm suggests obstruction.", "common bile duct diameter"),
        ("An abdominal aorta of 3 cm or more is aneurysmal.", "abdominal aorta diameter"),
        (
            "A main portal vein above 13 mm suggests portal hypertension.",
            "main portal vein diameter",
        ),
    ],
)
def test_a_length_after_a_tube_is_its_calibre(sentence: str, item: str) -> None:
    facts = _kind_facts(FactKind.THRESHOLD, sentence, title="Cirrhosis")
    assert [f.item for f in facts] == [item]


def test_a_length_after_a_lesion_is_still_its_size() -> None:
    facts = _kind_facts(
        FactKind.THRESHOLD,
        "A gallbladder polyp above 10 mm warrants cholecystectomy.",
        title="Gallbladder polyp",
    )
    assert [f.item for f in facts] == ["size"]


@pytest.mark.parametrize(
    ("sentence", "subject", "item"),
    [
        (
            "Pulmonary nodules are found in about 20% of patients with rheumatoid arthritis.",
            "rheumatoid arthritis",
            "Pulmonary nodules",
        ),
        (
            "Roughly 40% of children with Down syndrome have an atrioventricular septal defect.",
            "Down syndrome",
            "atrioventricular septal defect",
        ),
        (
            "Intracranial aneurysms are seen in 10% of adults with familial ADPKD.",
            "familial ADPKD",
            "Intracranial aneurysms",
        ),
    ],
)
def test_a_share_of_people_with_a_condition_is_that_conditions(
    sentence: str, subject: str, item: str
) -> None:
    shares = _shares(
        sentence, title="Autosomal dominant polycystic kidney disease", synonyms=("ADPKD",)
    )
    assert {(s, i) for s, i, _ in shares} == {(subject, item)}


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject's own patients, a pronoun-like condition, the subject counted, no item
        "Intracranial aneurysms are seen in 10% of patients with ADPKD.",
        "Liver cysts are found in 80% of women with the disease.",
        "ADPKD is thought to complicate 5% of cases and to affect 2% of patients with lupus.",
        "ADPKD is found in 2% of patients with lupus nephritis.",
        "In one series, the figure was 2% of patients with lupus nephritis.",
    ],
)
def test_people_with_the_subject_or_the_subject_counted_keep_the_title(sentence: str) -> None:
    subjects = _subjects(
        sentence, title="Autosomal dominant polycystic kidney disease", synonyms=("ADPKD",)
    )
    assert "Autosomal dominant polycystic kidney disease" in subjects
    assert not subjects & {"lupus", "lupus nephritis", "disease", "the disease"}


def _list_shares(line: str, title: str, synonyms: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text="Associations include:"),
        Block(BlockKind.LIST, items=(ListItem(text=line),)),
    )
    article = Article(
        slug="t", title=title, synonyms=synonyms, sections=(Section("Associations", blocks),)
    )
    return {(f.subject, f.value) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}


def test_a_list_lines_shares_of_kinds_are_the_kinds() -> None:
    line = (
        "hepatic cysts: present in about 50% of patients with sporadic PLD and in up to 90% "
        "of those with ADPKD-PLD"
    )
    shares = _list_shares(line, "Polycystic liver disease", ("PLD",))
    assert shares == {("sporadic PLD", "about 50%"), ("ADPKD-PLD", "up to 90%")}


def test_a_list_line_about_another_condition_keeps_the_title() -> None:
    line = "ependymoma: calcification in about 50% of the paediatric type"
    shares = _list_shares(line, "Medulloblastoma")
    assert {s for s, _ in shares} == {"Medulloblastoma"}


@pytest.mark.parametrize(
    ("paragraph", "subject"),
    [
        # the sentence before names what the bare share counts
        (
            "Grade C nodules contain thick septa. Roughly half are malignant at resection.",
            "Grade C nodules",
        ),
        (
            "Category IV cysts show mural nodules. Around 90% prove malignant at surgery.",
            "Category IV cysts",
        ),
        # a singular subject, generic patients, or the title itself: the title, as before
        ("The nodule is lobulated. About 20% are malignant at surgery.", "Thyroid nodule"),
        (
            "Patients present with a neck lump. About 20% are malignant at surgery.",
            "Thyroid nodule",
        ),
        ("Thyroid nodules are common. About 5% are malignant at surgery.", "Thyroid nodule"),
        # a share with its own whole keeps its reading
        ("Grade C nodules contain septa. About 40% of women are affected.", "Thyroid nodule"),
    ],
)
def test_a_bare_share_counts_what_the_sentence_before_is_about(
    paragraph: str, subject: str
) -> None:
    """ "Bosniak III masses have … Roughly half are malignant." gave the half to the
    classification (the title)."""
    assert _subjects(paragraph, title="Thyroid nodule") == {subject}


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("About 10% are intradiploic.", True),
        ("Approximately 90% are supratentorial.", True),
        ("About 10% bilateral.", False),  # no verb: a fragment
        ("Sensitivity: 90%.", False),  # a fragment, no verb
    ],
)
def test_a_four_word_share_clause_is_read(sentence: str, found: bool) -> None:
    """My epidermoid article's "About 10% are intradiploic." gave nothing: sentences under
    five words were skipped as fragments."""
    shares = _shares(f"Epidermoid cysts are lobulated. {sentence}", title="Epidermoid cyst")
    assert bool(shares) is found, shares
