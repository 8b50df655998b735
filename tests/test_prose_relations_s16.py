"""Issue 11, session 16: whose members a list-opening category names, and what a member is.

- "Skeletal anomalies include A and B": the plural category that opens the list is no
  subject of its own, and the sentences after it stay about the paragraph's topic;
- "… (as part of X syndrome) and B": a relation inside brackets ends at the bracket;
- "polydactyly", "hepatomegaly", "macrocephaly" are names of findings, not adverbs;
- "mutations in the <words> gene SYMBOL": the gene's symbol names it.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.extractors.clauses import iter_clauses, split_noun_phrases
from quizgen.extractors.relations import genetic_features
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

TITLE = "Caudal regression syndrome"


def _relations(*paragraphs: str, title: str = TITLE) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Pathology", blocks),))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


def test_a_category_opening_a_list_is_no_subject() -> None:
    found = _relations(
        "Skeletal anomalies include sacral agenesis and hemivertebrae. Chromosomal "
        "abnormalities, chiefly trisomy 13, are found in a minority. Syndromic associations "
        "include Currarino syndrome and VACTERL association."
    )
    assert (TITLE, "associations", "sacral agenesis") in found
    assert (TITLE, "associations", "hemivertebrae") in found
    assert (TITLE, "genetic features", "trisomy 13") in found
    assert (TITLE, "associations", "Currarino syndrome") in found
    assert not any(subject.startswith("Skeletal") for subject, _, _ in found)


@pytest.mark.parametrize(
    "opening",
    [
        "Cardiac malformations include",
        "Renal abnormalities include",
        "Ocular anomalies comprise",
    ],
)
def test_kinds_of_anomaly_are_associations_of_the_topic(opening: str) -> None:
    found = _relations(f"{opening} atrial septal defect and coloboma.", title="Trisomy 18")
    assert ("Trisomy 18", "associations", "atrial septal defect") in found
    assert ("Trisomy 18", "associations", "coloboma") in found


def test_anomalies_of_nothing_named_are_no_association() -> None:
    # "Anomalies include …": whose, the sentence does not say
    found = _relations("Anomalies include atrial septal defect and coloboma.")
    assert not any(item == "coloboma" for _, _, item in found)


def test_a_subtype_opening_a_paragraph_is_still_its_subject() -> None:
    # no list verb: the phrase is what the paragraph discusses
    found = _relations(
        "Sacral anomalies are associated with anorectal atresia. They are also associated "
        "with tethered cord."
    )
    assert ("Sacral anomalies", "associations", "anorectal atresia") in found


def test_a_relation_in_brackets_ends_at_its_bracket() -> None:
    found = _relations(
        "It may be accompanied by facial naevi (as part of Sturge-Weber syndrome) and glaucoma.",
        title="Leptomeningeal angiomatosis",
    )
    items = {item for _, _, item in found}
    assert "Sturge-Weber syndrome" in items
    assert not any(")" in item and "(" not in item for item in items)


@pytest.mark.parametrize("finding", ["polydactyly", "hepatosplenomegaly", "microcephaly"])
def test_nouns_in_ly_are_members(finding: str) -> None:
    assert finding in split_noun_phrases(f"renal cysts, {finding} and hepatic fibrosis")


def test_an_adverb_still_opens_a_comment() -> None:
    assert split_noun_phrases("fever, usually painless lymphadenopathy and rash") == [
        "fever",
        "rash",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "caused by mutations in the sodium channel gene SCN5A",
        "caused by mutations in the sodium channel gene (SCN5A)",
    ],
)
def test_a_gene_symbol_after_gene_names_it(text: str) -> None:
    assert genetic_features(text) == ["SCN5A mutation"]


def test_a_gene_named_in_words_alone_keeps_its_words() -> None:
    assert genetic_features("due to mutations in the fibrillin gene in most cases") == [
        "fibrillin mutation"
    ]


PKD = "Polycystic kidney disease"


def test_an_abbreviation_of_a_condition_names_its_sentences_subject() -> None:
    found = _relations(
        "Autosomal recessive polycystic kidney disease (ARPKD) presents in infancy.",
        "ARPKD is caused by mutations in the fibrocystin gene PKHD1. Patients present with "
        "hypertension.",
        title=PKD,
    )
    # (the bare abbreviation is spelt out on the way: "Autosomal recessive … (ARPKD)")
    assert any("ARPKD" in subject and item == "PKHD1 mutation" for subject, _, item in found)
    # the abbreviation is its own sentence's subject, not the paragraph's
    assert (PKD, "presenting features", "hypertension") in found
    assert not any(s == PKD and i == "PKHD1 mutation" for s, _, i in found)


def test_an_abbreviation_of_a_test_names_no_subject() -> None:
    found = _relations(
        "Magnetic resonance urography (MRU) is increasingly used.",
        "MRU is associated with nephrogenic systemic fibrosis.",
        title=PKD,
    )
    assert not any(subject == "MRU" for subject, _, _ in found)
    assert not any(item == "nephrogenic systemic fibrosis" for _, _, item in found)


def _signs(*paragraphs: str, title: str) -> set[tuple[str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Ultrasound", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.SIGN}


@pytest.mark.parametrize(
    "sentence",
    [
        "Air in the bladder wall produces echogenic foci with ring-down artefact.",
        "Gas gives bright foci with a comet-tail artefact.",
    ],
)
def test_an_artefact_of_a_substance_is_no_sign_of_the_condition(sentence: str) -> None:
    assert _signs(sentence, title="Emphysematous cystitis") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The collection produces echogenic foci with a comet-tail artefact.",
        "Comet-tail artefacts are typical.",
    ],
)
def test_an_artefact_of_the_condition_stays_its_sign(sentence: str) -> None:
    found = _signs(sentence, title="Emphysematous cystitis")
    assert {subject for subject, _ in found} == {"Emphysematous cystitis"}


def _listed(intro: str, *entries: str, title: str) -> set[tuple[str, str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(e) for e in entries)),
    )
    article = Article(slug="t", title=title, sections=(Section("Risk factors", blocks),))
    return {
        (f.group, f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.ASSOCIATION
    }


@pytest.mark.parametrize(
    ("entry", "member"),
    [
        ("chronic hepatitis B, especially with high viral load", "chronic hepatitis B"),
        (
            "renal transplantation, as part of long-term immunosuppression",
            "renal transplantation",
        ),
        ("obesity, typically with a body mass index above 35", "obesity"),
    ],
)
def test_a_qualifying_comment_after_a_listed_member_is_its_detail(entry: str, member: str) -> None:
    found = _listed("Risk factors include:", entry, "smoking", title="Hepatocellular carcinoma")
    comment = entry[len(member) :].strip(" ,")
    assert ("risk factors", member, comment) in found


def test_a_comma_inside_brackets_belongs_to_the_bracket() -> None:
    entry = "cirrhosis (portal hypertension, typically with varices)"
    found = _listed("Risk factors include:", entry, "smoking", title="Hepatocellular carcinoma")
    assert ("risk factors", entry, "") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoking and cocaine use are recognised predisposing factors.",
        "Smoking, cocaine use and young maternal age have been implicated as environmental "
        "factors.",
        "Smoking has been implicated as a contributing factor.",
    ],
)
def test_members_named_before_a_word_for_risk_factors(sentence: str) -> None:
    found = _relations(sentence, title="Gastroschisis")
    assert ("Gastroschisis", "risk factors", "Smoking") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Smoking is not a predisposing factor.",
        "Smoking has been implicated in its pathogenesis.",
    ],
)
def test_no_risk_factor_when_denied_or_unnamed(sentence: str) -> None:
    found = _relations(sentence, title="Gastroschisis")
    assert not any(group == "risk factors" for _, group, _ in found)


def _clinical(*paragraphs: str, title: str) -> set[tuple[str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    section = Section("Clinical presentation", blocks)
    article = Article(slug="t", title=title, sections=(section,))
    return {
        (f.subject, f.group, f.item)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoarseness and haemoptysis are less common than in squamous cell carcinoma.",
        "Hoarseness and haemoptysis are less common but may herald invasion.",
        "Hoarseness and haemoptysis occur because the recurrent laryngeal nerve is stretched.",
        "Older adults may show hoarseness, haemoptysis or weight loss.",
    ],
)
def test_features_named_first_then_how_often_they_occur(sentence: str) -> None:
    found = _clinical(sentence, title="Tracheal adenoid cystic carcinoma")
    assert ("Tracheal adenoid cystic carcinoma", "presenting features", "haemoptysis") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # one feature alone: "Hoarseness is less common" could be said of anything
        "Hoarseness is less common than in squamous cell carcinoma.",
        # imaging words are no presentation
        "Calcification and enhancement are less common than in chondroma.",
    ],
)
def test_no_feature_from_a_lone_word_or_imaging(sentence: str) -> None:
    found = _clinical(sentence, title="Tracheal adenoid cystic carcinoma")
    assert not any(group == "presenting features" for _, group, _ in found)


def test_members_after_followed_by_share_the_relation() -> None:
    found = _relations(
        "Alcohol is the single most important modifiable risk factor, followed by smoking "
        "and obesity.",
        title="Chronic pancreatitis",
    )
    for member in ("Alcohol", "smoking", "obesity"):
        assert ("Chronic pancreatitis", "risk factors", member) in found


def test_members_after_accompanied_by_share_the_relation() -> None:
    found = _relations(
        "Epigastric pain and nausea are the most common symptoms, often accompanied by "
        "steatorrhoea and weight loss.",
        title="Chronic pancreatitis",
    )
    assert ("Chronic pancreatitis", "presenting features", "steatorrhoea") in found
    assert ("Chronic pancreatitis", "presenting features", "weight loss") in found


def test_followed_by_without_a_relation_names_no_member() -> None:
    found = _relations(
        "Alcohol is the main toxin, followed by smoking and obesity.", title="Chronic pancreatitis"
    )
    assert not any(item == "smoking" for _, _, item in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Other features include hoarseness, stridor and haemoptysis.",
        "Additional signs comprise hoarseness and stridor.",
    ],
)
def test_features_listed_under_a_clinical_heading_present_the_topic(sentence: str) -> None:
    found = _clinical(sentence, title="Laryngeal papillomatosis")
    assert ("Laryngeal papillomatosis", "presenting features", "hoarseness") in found


def test_features_listed_elsewhere_or_of_imaging_are_no_presentation() -> None:
    blocks = (Block(BlockKind.PARAGRAPH, text="Other features include hoarseness and stridor."),)
    article = Article(slug="t", title="Laryngeal papillomatosis", sections=(Section("CT", blocks),))
    assert not any(f.group == "presenting features" for f in extract_facts(article))
    found = _clinical(
        "Other findings include enhancement of the cords and hoarseness.",
        title="Laryngeal papillomatosis",
    )
    assert not any(group == "presenting features" for _, group, _ in found)


SSC = "Primary sclerosing cholangitis"
SSC_DEFINED = "Primary sclerosing cholangitis (PSC) is a chronic liver disease."


def test_a_kind_of_an_abbreviated_condition_names_its_sentences_subject() -> None:
    found = _clinical(
        SSC_DEFINED,
        "Paediatric PSC presents with pruritus and jaundice.",
        title=SSC,
    )
    assert ("Paediatric PSC", "presenting features", "pruritus") in found


def test_a_phrase_whose_head_is_no_abbreviation_names_no_subject() -> None:
    blocks = tuple(
        Block(BlockKind.PARAGRAPH, text=p)
        for p in (SSC_DEFINED, "The classic triad of paediatric PSC is rare.")
    )
    article = Article(slug="t", title=SSC, sections=(Section("Pathology", blocks),))
    subjects = [clause.subject for clause in iter_clauses(article)]
    assert subjects[-1] == SSC


def test_a_member_after_a_contrast_with_an_unnamed_thing_is_dropped() -> None:
    found = _relations(
        SSC_DEFINED,
        "Paediatric PSC occurs in otherwise healthy children, whereas the overlap form is "
        "associated with myositis.",
        title=SSC,
    )
    assert not any(item == "myositis" for _, _, item in found)


def test_an_absent_gene_change_is_no_genetic_feature() -> None:
    found = _relations("KRAS mutation is absent in the familial form.", title="Pancreatic cyst")
    assert not any(item == "KRAS mutation" for _, _, item in found)
    found = _relations("KRAS mutation is present in most cases.", title="Pancreatic cyst")
    assert ("Pancreatic cyst", "genetic features", "KRAS mutation") in found
