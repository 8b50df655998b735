"""Issue 11, session 18: signs and associations, fixed by shape.

- a sign an examination "demonstrates" ("Portal venography demonstrates a "tree bark""
  pattern) is a sign of what the paragraph is about, not of the examination;
- a quoted name that ends on a word of the condition's own name ('so-called "spinal
  sarcoid"') names a form or site of the condition, not a sign of it.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section

TITLE = "Takayasu arteritis"


def _facts(
    *paragraphs: str,
    title: str = TITLE,
    heading: str = "Radiographic features",
    items: tuple[str, ...] = (),
) -> list[Fact]:
    blocks = [Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs]
    if items:
        blocks.append(Block(BlockKind.LIST, items=tuple(ListItem(i) for i in items)))
    article = Article(slug="t", title=title, sections=(Section(heading, tuple(blocks)),))
    return extract_facts(article)


def _signs(
    *paragraphs: str, title: str = TITLE, items: tuple[str, ...] = ()
) -> set[tuple[str, str]]:
    return {
        (f.subject, f.item)
        for f in _facts(*paragraphs, title=title, items=items)
        if f.kind is FactKind.SIGN
    }


@pytest.mark.parametrize(
    "examination",
    ["Renal venography", "Renal vein angiography", "Renal Doppler ultrasound", "Renal MRI"],
)
def test_an_examination_is_no_subject_of_the_sign_it_shows(examination: str) -> None:
    # the examination shares a word with the title, so it could pass for a form of it
    title = "Renal vein thrombosis"
    found = _signs(
        f'{examination} demonstrates the occluded veins and a "tree bark" network of collaterals.',
        title=title,
    )
    assert (title, "tree bark") in found
    assert not any(subject == examination for subject, _ in found)


def test_a_condition_opening_the_sentence_still_owns_its_sign() -> None:
    found = _signs('Giant cell arteritis demonstrates a "halo" appearance around the vessel.')
    assert ("Giant cell arteritis", "halo appearance") in found


def test_a_quoted_form_of_the_condition_is_no_sign_of_it() -> None:
    found = _signs(
        items=(
            "thickening of the thoracic aortic wall with mural calcification (so-called "
            '"burnt-out arteritis")',
        )
    )
    assert not any(item == "burnt-out arteritis" for _, item in found)


def test_a_quoted_name_not_ending_on_the_condition_is_still_a_sign() -> None:
    found = _signs(
        items=('smooth tapering of the subclavian artery (so-called "pulled thread" narrowing)',)
    )
    assert any("pulled thread" in item for _, item in found)


# --- lists of organisms and of conditions a lesion arises in ---------------------------------


def _listed(
    intro: str, items: tuple[str, ...], *, heading: str = "Pathology"
) -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in _facts(intro, title="Liver abscess", heading=heading, items=items)
        if f.kind is FactKind.ASSOCIATION
    }


@pytest.mark.parametrize(
    "intro",
    ["The most common organisms are:", "Causative pathogens include:", "Organisms isolated:"],
)
def test_a_list_of_organisms_names_the_causes(intro: str) -> None:
    found = _listed(intro, ("Klebsiella pneumoniae", "Escherichia coli"))
    assert ("Liver abscess", "causes", "Klebsiella pneumoniae") in found
    assert ("Liver abscess", "causes", "Escherichia coli") in found


def test_a_list_of_what_the_lesion_arises_from_names_associations() -> None:
    found = _listed(
        "Abscesses that form in the liver include those caused by:",
        ("ascending cholangitis", "portal pyaemia from diverticulitis"),
    )
    assert ("Liver abscess", "associations", "ascending cholangitis") in found
    assert ("Liver abscess", "associations", "portal pyaemia from diverticulitis") in found


@pytest.mark.parametrize(
    ("intro", "heading"),
    [
        ("A gas-containing hepatic lesion may also be caused by:", "Pathology"),
        ("A gas-containing hepatic lesion can be due to:", "Differential diagnosis"),
    ],
)
def test_what_else_gives_the_finding_is_no_association(intro: str, heading: str) -> None:
    found = _listed(intro, ("infected necrotic metastasis", "post-ablation gas"), heading=heading)
    assert not any(item == "infected necrotic metastasis" for _, _, item in found)


# --- what a condition follows ----------------------------------------------------------------


def _causes(sentence: str, *, title: str = "Pericarditis") -> set[tuple[str, str]]:
    return {
        (f.subject, f.item)
        for f in _facts(sentence, title=title, heading="Pathology")
        if f.kind is FactKind.ASSOCIATION and f.group == "causes"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Post-operative pericarditis follows cardiac surgery, for example valve replacement, "
        "and myocardial infarction.",
        "Post-operative pericarditis, following cardiac surgery or myocardial infarction, is "
        "usually self-limiting.",
        "Post-operative pericarditis may follow cardiac surgery and myocardial infarction.",
    ],
)
def test_what_a_condition_follows_are_its_causes(sentence: str) -> None:
    found = _causes(sentence)
    assert ("Post-operative pericarditis", "cardiac surgery") in found
    assert ("Post-operative pericarditis", "myocardial infarction") in found
    assert not any("valve replacement" in item for _, item in found)


def test_a_kind_named_by_the_title_noun_is_the_kind_of_the_title() -> None:
    found = _causes(
        "Secondary (acquired) effusions follow trauma or surgery, and are often loculated.",
        title="Pleural effusion",
    )
    assert found == {
        ("Secondary pleural effusion", "trauma"),
        ("Secondary pleural effusion", "surgery"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pericarditis follows a benign course in most patients.",  # a course, no event
        "Signal intensity follows that of fluid on all sequences.",  # no condition
        "The enhancement follows the distribution of the vessels.",
        "Retrosternal discomfort often follows exertion and heavy meals.",  # a symptom
    ],
)
def test_follow_without_an_event_or_a_condition_names_no_cause(sentence: str) -> None:
    assert not _causes(sentence)


# --- risk factors named before a hedged or trigger predicate ---------------------------------


def _risks(sentence: str, *, title: str = "Takotsubo cardiomyopathy") -> set[tuple[str, str]]:
    return {
        (f.subject, f.item)
        for f in _facts(sentence, title=title, heading="Pathology")
        if f.kind is FactKind.ASSOCIATION and f.group == "risk factors"
    }


@pytest.mark.parametrize(
    ("sentence", "members"),
    [
        (
            "Emotional stress, asthma attacks and sepsis have been suggested as predisposing "
            "factors.",
            {"Emotional stress", "asthma attacks", "sepsis"},
        ),
        ("Phaeochromocytoma may also be a risk factor.", {"Phaeochromocytoma"}),
        ("Bereavement is a frequent precipitant.", {"Bereavement"}),
        ("Bereavement and sepsis are recognised triggers.", {"Bereavement", "sepsis"}),
    ],
)
def test_hedged_and_trigger_predicates_name_risk_factors(sentence: str, members: set[str]) -> None:
    assert _risks(sentence) == {("Takotsubo cardiomyopathy", m) for m in members}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bereavement is not a precipitant.",
        "Emotional stress has been suggested as the mechanism.",
    ],
)
def test_no_risk_factor_without_the_predicate(sentence: str) -> None:
    assert not _risks(sentence)


# --- members of a class of causes named by what the class does -------------------------------


def _grouped(sentence: str, *, title: str = "Septic arthritis") -> set[tuple[str, str, str]]:
    return {
        (f.subject, f.group, f.item)
        for f in _facts(sentence, title=title, heading="Pathology")
        if f.kind is FactKind.ASSOCIATION
    }


def test_organisms_of_a_group_of_patients_are_its_causes() -> None:
    found = _grouped(
        "In neonates the organisms are different and include group B streptococcus and "
        "Escherichia coli, and joint aspirates are often sterile."
    )
    assert found == {
        ("Septic arthritis in neonates", "causes", "group B streptococcus"),
        ("Septic arthritis in neonates", "causes", "Escherichia coli"),
    }


def test_a_class_that_obstructs_a_structure_lists_associations() -> None:
    found = _grouped(
        "Tumours that obstruct the superior vena cava include lung cancer and lymphoma.",
        title="Superior vena cava syndrome",
    )
    assert ("Superior vena cava syndrome", "associations", "lung cancer") in found
    assert ("Superior vena cava syndrome", "associations", "lymphoma") in found


def test_a_class_that_causes_the_condition_lists_its_causes() -> None:
    found = _grouped(
        "Drugs that cause acute pancreatitis include azathioprine and valproate.",
        title="Acute pancreatitis",
    )
    assert ("Acute pancreatitis", "causes", "azathioprine") in found
    assert ("Acute pancreatitis", "causes", "valproate") in found


def test_a_class_that_causes_something_else_lists_no_cause_of_the_condition() -> None:
    found = _grouped(
        "Drugs that cause hyperprolactinaemia include metoclopramide and risperidone.",
        title="Prolactinoma",
    )
    assert not any(item == "metoclopramide" for _, _, item in found)
