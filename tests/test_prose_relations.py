"""Issue 11: associations, differentials and signs from prose and from plain-text lists
whose bullets were lost. Every sentence here is invented, about organs and diseases the dev
corpus does not cover."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import (
    Article,
    Block,
    BlockKind,
    Fact,
    FactKind,
    InputFormat,
    ListItem,
    Provenance,
    Section,
)
from quizgen.readers.text import read_text_article


def _text_article(body: str) -> Article:
    return read_text_article(body, Path("splenic-lesion.txt"))


def _of(kind: FactKind, article: Article) -> list[Fact]:
    return [f for f in extract_facts(article) if f.kind is kind]


# --- plain-text lists whose bullets were lost ----------------------------------------------

_FLAT_DIFFERENTIAL = """Splenic hamartoma

Splenic hamartoma is a rare benign lesion of the spleen.

Differential diagnosis

splenic haemangioma: the commonest benign splenic tumour, with peripheral nodular enhancement
littoral cell angioma: multiple small hypoattenuating lesions in a patient with anaemia
splenic lymphoma
"""


def test_a_plain_text_differential_list_without_bullets_gives_one_fact_per_line() -> None:
    facts = _of(FactKind.DIFFERENTIAL, _text_article(_FLAT_DIFFERENTIAL))
    assert {(f.subject, f.item) for f in facts} == {
        ("Splenic hamartoma", "splenic haemangioma"),
        ("Splenic hamartoma", "littoral cell angioma"),
        ("Splenic hamartoma", "splenic lymphoma"),
    }


def test_prose_lines_and_comments_in_parentheses_are_no_flat_list() -> None:
    body = _FLAT_DIFFERENTIAL.replace(
        "splenic lymphoma\n", "(mostly incidental lesions, rarely symptomatic)\n"
    ).replace(
        "littoral cell angioma: multiple small hypoattenuating lesions in a patient with anaemia",
        "It is usually an incidental finding on ultrasound.",
    )
    assert not _of(FactKind.DIFFERENTIAL, _text_article(body))
    under_intro = "Spleen\n\nFor a solid splenic mass consider:\n(mostly incidental, rarely seen)\n"
    assert not _of(FactKind.DIFFERENTIAL, _text_article(under_intro))


def test_flat_lists_are_read_only_from_plain_text() -> None:
    """An HTML or markdown page keeps its lists: its unpunctuated lines are captions."""
    blocks = tuple(
        Block(BlockKind.PARAGRAPH, text=line)
        for line in ("Case 1: splenic hamartoma in a child", "Case 2: littoral cell angioma")
    )
    sections = (Section("Differential diagnosis", blocks),)
    html = Provenance(input_format=InputFormat.HTML)
    as_text = Provenance(input_format=InputFormat.TEXT)
    assert not _of(FactKind.DIFFERENTIAL, Article("x", "Splenic hamartoma", sections, html))
    # the same lines from a text extraction are a list (the rule is the format's, not the lines')
    assert _of(FactKind.DIFFERENTIAL, Article("x", "Splenic hamartoma", sections, as_text))


def test_a_flat_association_list_keeps_members_whose_detail_holds_a_share() -> None:
    body = """Medullary sponge kidney

Medullary sponge kidney is a developmental anomaly of the collecting ducts.

Associations

It occurs more often with several syndromes:
Ehlers–Danlos syndrome: joint hypermobility; risk about 5%
hemihypertrophy: one side larger than the other
nephrocalcinosis 60%
"""
    items = {f.item for f in _of(FactKind.ASSOCIATION, _text_article(body))}
    assert {"Ehlers–Danlos syndrome", "hemihypertrophy"} <= items
    assert not any("60%" in item or "nephrocalcinosis" in item for item in items)


def test_a_relative_clause_after_a_listed_member_is_its_detail() -> None:
    body = """Cholangiocarcinoma

Cholangiocarcinoma is a malignancy of the bile ducts.

Risk factors

primary sclerosing cholangitis, in which strictures and dilatations alternate
choledochal cyst
"""
    facts = _of(FactKind.ASSOCIATION, _text_article(body))
    found = {f.item: f.value for f in facts}
    assert found.get("primary sclerosing cholangitis") == "strictures and dilatations alternate"
    assert "choledochal cyst" in found


# --- named signs ---------------------------------------------------------------------------


def _prose(title: str, *sentences: str, heading: str = "Clinical presentation") -> Article:
    blocks = (Block(BlockKind.PARAGRAPH, text=" ".join(sentences)),)
    return Article(slug="test", title=title, sections=(Section(heading, blocks),))


def test_a_sign_that_is_the_agent_of_a_passive_verb_is_about_what_the_sentence_opens_on() -> None:
    article = _prose(
        "Shoulder impingement",
        "A torn supraspinatus tendon is unmasked by the drop arm sign.",
    )
    assert {(f.subject, f.item) for f in _of(FactKind.SIGN, article)} == {
        ("torn supraspinatus tendon", "drop arm sign")
    }


def test_a_sign_in_an_active_sentence_keeps_the_topic() -> None:
    article = _prose(
        "Shoulder impingement",
        "A torn supraspinatus tendon shows weakness revealed by the drop arm sign.",
    )
    assert {(f.subject, f.item) for f in _of(FactKind.SIGN, article)} == {
        ("Shoulder impingement", "drop arm sign")
    }


def test_a_sign_carries_the_modality_its_sentence_names() -> None:
    article = _prose(
        "Splenic infarct",
        "On contrast-enhanced CT the infarct shows the rim sign.",
        "A wedge of low signal may show a stripe pattern on both CT and MRI.",
        heading="Radiographic features",
    )
    found = {f.item: f.attribute for f in _of(FactKind.SIGN, article)}
    assert found["rim sign"] == "CT"
    assert found.get("stripe pattern", "") == ""  # two modalities: none is the sign's


def _listed(title: str, heading: str, *entries: str) -> Article:
    block = Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries))
    intro = Block(BlockKind.PARAGRAPH, text="Consider:")
    sections = (Section(heading, (intro, block)),)
    return Article(slug="t", title=title, sections=sections)


def test_a_sign_inside_a_list_entry_is_about_the_entrys_condition() -> None:
    article = _listed(
        "Renal cell carcinoma",
        "Differential diagnosis",
        'angiomyolipoma: macroscopic fat, an "ice cream cone" sign at the cortex',
        "T2: heterogeneous, a mosaic pattern in larger tumours",
    )
    found = {(f.subject, f.item) for f in _of(FactKind.SIGN, article)}
    assert found == {
        ("angiomyolipoma", "ice cream cone sign"),
        ("Renal cell carcinoma", "mosaic pattern"),  # "T2" names no condition
    }


def test_a_sign_inside_a_list_entry_is_about_what_it_favours_not_what_it_is_weighed_against() -> (
    None
):
    article = _listed(
        "Pyogenic spondylodiscitis",
        "Differential diagnosis",
        "tuberculous spondylitis: subligamentous spread; the rim sign favours tuberculosis "
        "over pyogenic infection",
    )
    assert {(f.subject, f.item) for f in _of(FactKind.SIGN, article)} == {
        ("tuberculosis", "rim sign")
    }


def test_a_listed_sign_seen_in_a_named_place_is_about_that_place() -> None:
    article = _listed(
        "Pulmonary embolism",
        "CT",
        "the polo mint sign: a central filling defect ringed by contrast, seen in the "
        "pulmonary artery",
        "the railway track sign: contrast on both sides of a clot",
    )
    assert {(f.subject, f.item) for f in _of(FactKind.SIGN, article)} == {
        ("pulmonary artery", "polo mint sign"),
        ("Pulmonary embolism", "railway track sign"),
    }


# --- differentials in prose ----------------------------------------------------------------


def _differentials(title: str, *sentences: str, heading: str = "Diagnosis") -> set[tuple[str, str]]:
    article = _prose(title, *sentences, heading=heading)
    return {(f.subject, f.item) for f in _of(FactKind.DIFFERENTIAL, article)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chronic pancreatitis can be distinguished from pancreatic adenocarcinoma by the duct.",
        "Chronic pancreatitis is often indistinguishable from pancreatic adenocarcinoma on CT.",
        "Chronic pancreatitis may be mistaken for pancreatic adenocarcinoma.",
        "Chronic pancreatitis should be excluded.",
        "Chronic pancreatitis must also be considered, especially after stenting.",
        "Chronic pancreatitis is the most difficult mimic.",
        "Chronic pancreatitis can mimic a pancreatic adenocarcinoma.",
        "Chronic pancreatitis may also be hypoattenuating but, unlike an adenocarcinoma, it "
        "shows the duct-penetrating sign.",
        "A focal hypoattenuating area is far more likely to be chronic pancreatitis.",
    ],
)
def test_a_differential_of_the_article_in_many_phrasings(sentence: str) -> None:
    title = "Pancreatic adenocarcinoma"
    article = Article(
        "t",
        title,
        (Section("Diagnosis", (Block(BlockKind.PARAGRAPH, text=sentence),)),),
        synonyms=("adenocarcinoma",),
    )
    found = {(f.subject, f.item.lower()) for f in _of(FactKind.DIFFERENTIAL, article)}
    assert found == {(title, "chronic pancreatitis")}


def test_a_differential_in_a_setting_names_the_setting() -> None:
    assert _differentials(
        "Pancreatic adenocarcinoma",
        "In a young woman, a solid pseudopapillary neoplasm must be excluded.",
    ) == {("Pancreatic adenocarcinoma in a young woman", "solid pseudopapillary neoplasm")}


@pytest.mark.parametrize(
    "sentence",
    [
        # "considered" as "regarded as": no differential
        "A cystic neck abscess should be considered a metastasis until proven otherwise.",
        # a treatment is no diagnosis
        "Surgical resection should be considered.",
        # negated
        "Chronic pancreatitis should not be excluded on CT alone.",
        # what it mimics is not the article's subject
        "Duodenal ulcers may mimic a cystic duct remnant.",
        # indistinguishable from a tissue, not a condition
        "The tumour is often indistinguishable from the surrounding parenchyma.",
        # "more likely to be" a description, not a condition
        "Men are more likely to be affected.",
    ],
)
def test_no_differential_from_regard_treatment_negation_other_targets_or_tissue(
    sentence: str,
) -> None:
    assert not _differentials("Pancreatic adenocarcinoma", sentence)


def test_a_differential_section_sentence_opening_on_a_named_condition() -> None:
    paragraphs = (
        "Autoimmune pancreatitis usually causes diffuse sausage-shaped enlargement.",
        "A calcified cystic tumour should also suggest:",
        "Mucinous cystic neoplasms should also suggest:",
        "A serous cystadenoma is more common in older women.",
        "Incidental lesions are common in older adults.",
    )
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    title = "Pancreatic adenocarcinoma"
    article = Article("t", title, (Section("Differential diagnosis", blocks),))
    found = {(f.subject, f.item) for f in _of(FactKind.DIFFERENTIAL, article)}
    assert found == {(title, "Autoimmune pancreatitis")}


# --- associations in prose -----------------------------------------------------------------


def _relations(title: str, *paragraphs: str, heading: str = "Pathology") -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article("t", title, (Section(heading, blocks),))
    return {(f.group, f.item) for f in _of(FactKind.ASSOCIATION, article)}


@pytest.mark.parametrize(
    ("sentence", "group", "item"),
    [
        ("An association with coeliac disease is recognised.", "associations", "coeliac disease"),
        (
            "Most are sporadic, but a minority arise in patients with Turner syndrome, and their "
            "discovery prompts screening.",
            "associations",
            "Turner syndrome",
        ),
        (
            "Renal angiomyolipoma is also one of the recognised tumour associations of "
            "tuberous sclerosis.",
            "associations",
            "tuberous sclerosis",
        ),
        (
            "An untreated renal angiomyolipoma leads to retroperitoneal haemorrhage.",
            "complications",
            "retroperitoneal haemorrhage",
        ),
        (
            "Symptomatic patients most often report flank pain, nausea or haematuria.",
            "presenting features",
            "nausea",
        ),
        (
            "A large tumour size and a history of tuberous sclerosis in the family also increase "
            "the risk.",
            "risk factors",
            "history of tuberous sclerosis in the family",
        ),
        (
            "Most mutations affect the genes encoding tuberin (TSC2) or hamartin (TSC1).",
            "genetic features",
            "TSC1 mutation",
        ),
    ],
)
def test_associations_in_prose(sentence: str, group: str, item: str) -> None:
    assert (group, item) in _relations("Renal angiomyolipoma", sentence)


def test_symptoms_a_condition_causes_are_its_presentation_only_under_a_clinical_heading() -> None:
    sentence = "Large tumours occasionally cause flank pain, haematuria or a palpable mass."
    clinical = _relations("Renal angiomyolipoma", sentence, heading="Clinical presentation")
    assert clinical == {
        ("presenting features", "flank pain"),
        ("presenting features", "haematuria"),
        ("presenting features", "palpable mass"),
    }
    assert not _relations("Renal angiomyolipoma", sentence, heading="Pathology")


@pytest.mark.parametrize(
    "sentence",
    [
        # what another thing causes is no presentation of the article's subject
        "Smoking may cause haemoptysis and cough.",
        # an imaging finding is no presentation
        "Large tumours typically cause hyperattenuating foci on CT.",
        # a lower risk is no risk factor
        "Diabetes mellitus, by contrast, is associated with a lower risk of developing it.",
    ],
)
def test_no_presentation_from_another_subject_or_imaging(sentence: str) -> None:
    found = _relations("Renal angiomyolipoma", sentence, heading="Clinical presentation")
    # a lower risk makes a protective factor (tests/test_prose_assoc.py), never a risk factor
    assert not {
        item for group, item in found if group not in {"associations", "protective factors"}
    }


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(
        [
            "{x} can be distinguished from {t} by its margins.",
            "{x} may be mistaken for {t}.",
            "{x} should be excluded.",
            "{x} is the most difficult mimic.",
            "{x} can mimic {t}.",
        ]
    ),
    st.sampled_from(["Chronic pancreatitis", "Groove pancreatitis", "Pancreatic lymphoma"]),
)
def test_one_differential_in_any_phrasing(template: str, name: str) -> None:
    """The same differential, however the sentence puts it, gives the same fields."""
    title = "Pancreatic adenocarcinoma"
    text = template.format(x=name, t="pancreatic adenocarcinoma")
    article = Article("t", title, (Section("Diagnosis", (Block(BlockKind.PARAGRAPH, text=text),)),))
    assert {(f.subject, f.item) for f in _of(FactKind.DIFFERENTIAL, article)} == {(title, name)}


def test_a_differential_named_again_in_a_later_sentence_is_one_fact() -> None:
    """A sentence of the differential section that opens on a listed condition under a
    shorter name ("Giant cell tumour occurs after physeal closure") made a second member, so
    the list card showed one cloze's answer in another."""
    article = _prose(
        "Chondroblastoma",
        "The main differentials are giant cell tumour of bone, clear cell chondrosarcoma "
        "and Brodie abscess.",
        "Giant cell tumour occurs after physeal closure and lacks a sclerotic margin.",
        heading="Differential diagnosis",
    )
    items = [f.item.lower() for f in _of(FactKind.DIFFERENTIAL, article)]
    assert items.count("giant cell tumour of bone") == 1
    assert "giant cell tumour" not in items
    assert len(items) == 3
