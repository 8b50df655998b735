"""Session 34: prose rules from the blind sets BI and BJ once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

import pytest
from prose_helpers import paragraph_facts

from quizgen.extractors import extract_facts
from quizgen.extractors.statement_scopes import scoped_subject
from quizgen.extractors.text import iter_sentences
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _page(title: str, heading: str, paragraph: str):  # type: ignore[no-untyped-def]
    return read_text(f"# {title}\n\n## {heading}\n\n{paragraph}\n", path=Path("page.md"))


@pytest.mark.parametrize(
    "fronted",
    [
        "Untreated, it progresses to renal failure within a decade.",
        "If left untreated, it progresses to renal failure within a decade.",
        "Occasionally, they bleed.",
    ],
)
def test_a_pronoun_after_a_fronted_word_keeps_the_topic(fronted: str) -> None:
    article = _page(
        "Medullary sponge kidney",
        "Overview",
        f"Medullary sponge kidney is a developmental anomaly of the collecting ducts. {fronted} "
        "It is the most common cause of medullary nephrocalcinosis in adults.",
    )
    referents = {s.text: s.referent for s in iter_sentences(article)}
    last = "It is the most common cause of medullary nephrocalcinosis in adults."
    assert referents[last] == "Medullary sponge kidney"


def test_a_named_subject_after_a_fronted_word_takes_the_pronoun() -> None:
    article = _page(
        "Medullary sponge kidney",
        "Overview",
        "Medullary sponge kidney is a developmental anomaly. Typically, nephrocalcinosis "
        "follows. It is common in hyperparathyroidism.",
    )
    referents = {s.text: s.referent for s in iter_sentences(article)}
    assert referents["It is common in hyperparathyroidism."] == "nephrocalcinosis"


def _demographics(text: str) -> tuple[set[str], set[str]]:
    facts = paragraph_facts(
        "Slipped capital femoral epiphysis",
        "Epidemiology",
        text,
        FactKind.AGE,
        FactKind.SEX_RATIO,
    )
    ages = {f.value for f in facts if f.kind is FactKind.AGE and f.item == "age group"}
    sexes = {f.value for f in facts if f.kind is FactKind.SEX_RATIO}
    return ages, sexes


@pytest.mark.parametrize(
    ("text", "age", "sex"),
    [
        ("Patients are usually young and male.", "young", "male"),
        ("Most patients are older men.", "older", "male"),
        ("Affected patients are typically middle-aged women.", "middle-aged", "female"),
        ("Patients are mostly elderly.", "elderly", ""),
        ("It typically affects middle-aged women.", "middle-aged women", "female"),
    ],
)
def test_the_age_and_sex_a_predicate_gives_the_patients(text: str, age: str, sex: str) -> None:
    ages, sexes = _demographics(text)
    assert ages == {age}
    assert sexes == ({sex} if sex else set())


@pytest.mark.parametrize(
    "text",
    [
        "Patients are older than 40 years at diagnosis.",  # a limit, not an age group
        "It affects men and women equally.",  # no age at all
        "Patients are young women or older men.",  # two groups: no one answer
    ],
)
def test_no_age_group_without_one_age_of_the_patients(text: str) -> None:
    ages, _ = _demographics(text)
    assert "young" not in ages
    assert "older" not in ages
    assert not {a for a in ages if "men" in a}


def _thresholds(title: str, heading: str, text: str) -> set[tuple[str, str]]:
    facts = paragraph_facts(title, heading, text, FactKind.THRESHOLD)
    return {(f.item, f.value) for f in facts}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A lesion measuring 10 HU or less effectively excludes a metastasis.", "10 HU or less"),
        ("A nodule measuring 40 HU or more usually indicates haemorrhage.", "40 HU or more"),
        # another measure's bound ("more than 4 cm") is not the figure's
        ("A mass below 10 HU and more than 4 cm across is lipid rich.", "below 10 HU"),
    ],
)
def test_a_bound_after_an_attenuation_stays_with_it(text: str, value: str) -> None:
    found = _thresholds("Adrenal myelolipoma", "CT", text)
    assert {v for _, v in found if "HU" in v} == {value}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the relative clause is on another condition: its age, not the page's
        (
            "It is associated with spontaneous coronary artery dissection, which predominantly "
            "affects middle-aged women.",
            False,
        ),
        ("Slipped capital femoral epiphysis is a hip disorder, which affects adolescents.", True),
    ],
)
def test_an_age_in_a_relative_clause_belongs_to_what_it_hangs_on(text: str, kept: bool) -> None:
    ages, _ = _demographics(text)
    assert bool(ages) is kept


def _ranks(text: str) -> set[tuple[str, str]]:
    facts = paragraph_facts(
        "Septic arthritis of the hip", "Radiographic features", text, FactKind.RANK
    )
    return {(f.item, f.value) for f in facts}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Hip ultrasound with colour and power Doppler is the imaging modality of choice.",
            "Hip ultrasound with colour and power Doppler",
        ),
        (
            "MRI with and without contrast is the investigation of choice.",
            "MRI with and without contrast",
        ),
        # a second clause after "and" still names its own subject
        ("Effusion is common, and ultrasound is the investigation of choice.", "ultrasound"),
    ],
)
def test_a_ranked_subject_joined_by_and_is_one_name(text: str, item: str) -> None:
    assert {i for i, _ in _ranks(text)} == {item}


def test_a_bracket_with_and_gives_no_clipped_name() -> None:
    text = "CT (with 3D reconstructions and bone subtraction) is the investigation of choice."
    assert not {i for i, _ in _ranks(text) if i.endswith(")")}


def _appearances(text: str) -> set[tuple[str, str]]:
    facts = paragraph_facts("Hill-Sachs lesion", "Plain radiograph", text, FactKind.APPEARANCE)
    return {(f.subject, f.value) for f in facts}


@pytest.mark.parametrize(
    "text",
    [
        "A bony Hill-Sachs lesion appears as a wedge-shaped defect of the posterolateral humeral "
        "head.",
        "A bony Hill-Sachs lesion appears as a wedge-shaped defect of the posterolateral humeral "
        "head, best seen on internal rotation views.",
    ],
)
def test_a_kind_named_with_a_appears_as_its_finding(text: str) -> None:
    assert _appearances(text) == {
        ("bony Hill-Sachs lesion", "wedge-shaped defect of the posterolateral humeral head")
    }


def test_some_kinds_named_with_a_give_no_finding() -> None:
    # a minority's look is no look of the kind
    text = "Some bony lesions appear as a wedge-shaped defect of the humeral head."
    assert not _appearances(text)


def _levels(title: str, text: str) -> set[tuple[str, str, str]]:
    facts = paragraph_facts(title, "MRI", text, FactKind.APPEARANCE)
    return {(f.subject, f.attribute, f.value) for f in facts}


def test_a_level_a_kind_may_have_is_its_finding() -> None:
    found = _levels("Thyroid cyst", "Colloid or haemorrhagic cysts may be T1 hyperintense.")
    assert found == {("colloid or haemorrhagic cysts", "MRI T1", "hyperintense")}


def test_a_level_a_part_may_have_is_the_topics_part() -> None:
    found = _levels("Renal oncocytoma", "The central scar may be hypointense on T2.")
    assert found == {("central scar of renal oncocytoma", "MRI T2", "hypointense")}


def test_a_level_that_may_follow_a_condition_stays_unread() -> None:
    # a finding after an opening is a minority's (unchanged by "may be")
    found = _levels("Renal cyst", "When infected, the wall may be hyperintense on T2.")
    assert not {f for f in found if f[2] == "hyperintense"}


def _page_facts(title: str, body: str) -> list[Fact]:
    return extract_facts(read_text(f"# {title}\n\n{body}\n", path=Path("page.md")))


def test_a_sign_in_an_unlabelled_differential_entry_is_that_diagnosis() -> None:
    body = (
        "Pyloric stenosis is a hypertrophy of the pyloric muscle.\n\n"
        "## Differential diagnosis\n\n"
        "For a dilated stomach in an infant, consider:\n\n"
        '- pylorospasm (transient narrowing; no "shoulder" sign)\n'
        '- antral web (a thin membrane may give a "windsock" appearance)\n'
    )
    signs = {
        (f.subject, f.item)
        for f in _page_facts("Pyloric stenosis", body)
        if f.kind is FactKind.SIGN
    }
    assert ("antral web", "windsock appearance") in signs
    assert not {s for s in signs if s[0] == "Pyloric stenosis" and "windsock" in s[1]}


def test_a_linking_adverb_is_no_word_of_what_a_sign_indicates() -> None:
    body = '## Radiographic features\n\nA "triple bubble" suggests jejunal atresia instead.'
    signs = {
        (f.subject, f.item)
        for f in _page_facts("Annular pancreas", body)
        if f.kind is FactKind.SIGN
    }
    assert signs == {("jejunal atresia", "triple bubble")}


def test_a_lead_definition_ends_before_a_second_predicate() -> None:
    body = (
        "Pyloric stenosis is an idiopathic hypertrophy of the pyloric muscle and is the most "
        "common surgical cause of vomiting in infancy."
    )
    definitions = [
        f for f in _page_facts("Pyloric stenosis", body) if f.kind is FactKind.DEFINITION
    ]
    assert [d.value for d in definitions] == ["an idiopathic hypertrophy of the pyloric muscle"]


def test_a_definition_with_and_inside_its_noun_phrase_stays_whole() -> None:
    body = "Pyloric stenosis is a hypertrophy and hyperplasia of the pyloric muscle."
    definitions = [
        f for f in _page_facts("Pyloric stenosis", body) if f.kind is FactKind.DEFINITION
    ]
    assert [d.value for d in definitions] == ["a hypertrophy and hyperplasia of the pyloric muscle"]


def test_a_linking_adverb_is_no_word_of_a_shares_item() -> None:
    text = (
        "About 10% of affected infants have a family history, and conversely pyloric stenosis "
        "is seen in roughly 7% of sons of affected mothers."
    )
    facts = paragraph_facts("Pyloric stenosis", "Epidemiology", text, FactKind.PERCENTAGE)
    assert not {f.item for f in facts if f.item.lower().startswith("conversely")}
    assert not {f.subject for f in facts if f.subject.lower().startswith("conversely")}


@pytest.mark.parametrize(
    ("entry", "item"),
    [
        # clauses in brackets are what tells the entry apart, no part of its name
        ("antral web (thin membrane; the muscle is normal)", "antral web"),
        # another name in brackets stays with it
        (
            "gastric outlet obstruction (peptic ulcer disease)",
            "gastric outlet obstruction (peptic ulcer disease)",
        ),
    ],
)
def test_a_differential_entrys_bracket_is_its_detail_only_when_it_holds_clauses(
    entry: str, item: str
) -> None:
    body = (
        "## Differential diagnosis\n\n"
        "For a dilated stomach in an infant, consider:\n\n"
        f"- {entry}\n"
        "- pylorospasm\n"
    )
    items = {
        f.item for f in _page_facts("Pyloric stenosis", body) if f.kind is FactKind.DIFFERENTIAL
    }
    assert items == {item, "pylorospasm"}


def test_a_comparative_of_size_alone_is_no_finding() -> None:
    text = (
        "The classic appearance is the double bubble sign: two gas-filled lucencies, the "
        "larger on the left and the smaller on the right."
    )
    facts = paragraph_facts("Duodenal stenosis", "Plain radiograph", text, FactKind.APPEARANCE)
    values = {f.value for f in facts}
    assert "double bubble sign" in values
    assert not {v for v in values if v.startswith(("the larger", "larger", "smaller"))}


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Sarcoid, lymphoma and tuberculosis, however, are recognised causes of "
            "false-positive PET.",
            {"Sarcoid", "lymphoma", "tuberculosis"},
        ),
        (
            "Patients typically report one or more slowly enlarging, painless lumps.",
            {"painless lumps"},
        ),
    ],
)
def test_a_linking_adverb_or_a_count_is_no_member(text: str, members: set[str]) -> None:
    facts = paragraph_facts("Parotid lymphoma", "Clinical presentation", text, FactKind.ASSOCIATION)
    assert {f.item for f in facts} == members


@pytest.mark.parametrize(
    ("sentence", "scoped"),
    [
        ("In the absence of a septum, the two horns fuse into one cavity.", ""),
        ("In the presence of ascites, the nodules may float freely.", ""),
        ("In children, the cyst is usually asymptomatic.", "Pyloric cyst in children"),
    ],
)
def test_a_fronted_condition_is_no_scope_of_the_subject(sentence: str, scoped: str) -> None:
    assert scoped_subject("Pyloric cyst", sentence) == scoped


@pytest.mark.parametrize(
    "sentence",
    [
        "In adults, it is the most common benign tumour of the gland.",
        "Worldwide, it is the most common benign tumour of the gland.",
        "Worldwide it is the most common benign tumour of the gland.",
    ],
)
def test_a_pronoun_after_a_fronted_phrase_is_read_as_the_topic(sentence: str) -> None:
    facts = paragraph_facts("Pleomorphic adenoma", "Epidemiology", sentence, FactKind.RANK)
    assert {(f.item, f.group) for f in facts} == {
        ("Pleomorphic adenoma", "benign tumour of the gland")
    }


def test_a_fronted_pronoun_after_a_fronted_pronoun_keeps_the_topic() -> None:
    article = _page(
        "Pleomorphic adenoma",
        "Epidemiology",
        "In adults, it is usually solitary. Histologically, it is a mixed tumour.",
    )
    resolved = [s.resolved_fronted for s in iter_sentences(article)]
    assert resolved == [
        "In adults, Pleomorphic adenoma is usually solitary.",
        "Histologically, Pleomorphic adenoma is a mixed tumour.",
    ]
    # the other readers keep the words as written
    assert [s.resolved for s in iter_sentences(article)] == [
        "In adults, it is usually solitary.",
        "Histologically, it is a mixed tumour.",
    ]


def test_a_fronted_phrase_before_a_name_changes_nothing() -> None:
    article = _page(
        "Pleomorphic adenoma",
        "Epidemiology",
        "Warthin tumour is bilateral. In adults, the parotid is the usual site.",
    )
    resolved = [s.resolved_fronted for s in iter_sentences(article)]
    assert resolved[1] == "In adults, the parotid is the usual site."


@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        ("Typical symptoms: hoarseness, stridor and dysphagia.", "presenting features", 3),
        ("Complications: perforation, abscess and fistula.", "complications", 3),
        ("Risk factors: smoking and asbestos exposure.", "risk factors", 2),
    ],
)
def test_a_relation_noun_and_a_colon_introduce_its_members(
    text: str, group: str, members: int
) -> None:
    facts = paragraph_facts(
        "Laryngeal carcinoma", "Clinical presentation", text, FactKind.ASSOCIATION
    )
    assert len({f.item for f in facts if f.group == group}) == members


def test_a_colon_after_another_noun_introduces_no_relation() -> None:
    text = "Typical sites: glottis, supraglottis and subglottis."
    facts = paragraph_facts(
        "Laryngeal carcinoma", "Clinical presentation", text, FactKind.ASSOCIATION
    )
    assert not facts


def test_a_longer_verbless_sentence_under_a_study_is_a_finding() -> None:
    # fifteen words, no verb: how a case's findings are written
    text = (
        "Diffuse small bowel dilatation from the duodenum to the terminal ileum, most marked in "
        "the jejunum."
    )
    facts = paragraph_facts("Paralytic ileus", "CT", text, FactKind.APPEARANCE)
    assert {f.value for f in facts} == {
        "diffuse small bowel dilatation from the duodenum to the terminal ileum, most marked in "
        "the jejunum"
    }


def test_a_long_run_without_a_verb_is_still_no_finding() -> None:
    # twenty words: longer than any finding (the finding's own length limit refuses it)
    text = (
        "Diffuse small bowel dilatation from the duodenum to the terminal ileum, most marked in "
        "the proximal and mid jejunum loops."
    )
    facts = paragraph_facts("Paralytic ileus", "CT", text, FactKind.APPEARANCE)
    assert not facts


def test_a_sentence_with_a_verb_of_a_limit_is_no_telegraphic_finding() -> None:
    text = "Benign collapses rarely exceed half of the vertebral height."
    facts = paragraph_facts("Vertebral collapse", "Plain radiograph", text, FactKind.APPEARANCE)
    assert not {f.value for f in facts if "rarely exceed" in f.value}
