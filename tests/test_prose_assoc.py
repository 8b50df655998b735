"""Issue 11: association shapes in prose (session 7). Every sentence is invented, about
organs and diseases the dev corpus does not cover."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section


def _article(title: str, *paragraphs: str, heading: str = "Pathology") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="test", title=title, sections=(Section(heading, blocks),))


def _relations(title: str, *paragraphs: str) -> set[tuple[str, str, str]]:
    facts: list[Fact] = [
        f for f in extract_facts(_article(title, *paragraphs)) if f.kind is FactKind.ASSOCIATION
    ]
    return {(f.subject, f.group, f.item) for f in facts}


# --- the relation opens the sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "group", "items"),
    [
        (
            "Established risk factors include smoking, chronic pancreatitis and obesity.",
            "risk factors",
            {"smoking", "chronic pancreatitis", "obesity"},
        ),
        (
            "Rarer susceptibility genes include BRCA2 and PALB2.",
            "genetic features",
            {"BRCA2", "PALB2"},
        ),
        (
            "Other common presentations are haemoptysis and chest pain.",
            "presenting features",
            {"haemoptysis", "chest pain"},
        ),
        (
            "Recognised complications are bowel obstruction and fistula formation.",
            "complications",
            {"bowel obstruction", "fistula formation"},
        ),
    ],
)
def test_a_relation_named_by_the_opening_phrase_lists_its_members(
    sentence: str, group: str, items: set[str]
) -> None:
    found = _relations("Gastric lymphoma", sentence)
    assert {(s, g, i) for s, g, i in found if g == group} == {
        ("Gastric lymphoma", group, item) for item in items
    }


def test_an_opening_relation_of_another_condition_is_about_that_condition() -> None:
    found = _relations(
        "Gastric lymphoma", "Known risk factors for coeliac disease include HLA-DQ2 and HLA-DQ8."
    )
    assert ("coeliac disease", "risk factors", "HLA-DQ2") in found
    assert not any(s == "Gastric lymphoma" for s, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # no relation noun opens it: a finding, not a list of members
        "Typical findings include wall thickening and perigastric nodes.",
        # imaging words are no presentation
        "Other common presentations are a hypoattenuating mass on CT and ascites.",
        # a negated qualifier names nothing
        "No risk factors are known.",
    ],
)
def test_no_opening_relation_without_its_noun_or_of_imaging(sentence: str) -> None:
    found = _relations("Gastric lymphoma", sentence)
    assert not {(s, g, i) for s, g, i in found if g in {"risk factors", "presenting features"}}


# --- a factor that raises or lowers the risk -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "group", "items"),
    [
        (
            "Hepatitis B infection is associated with a higher risk of hepatocellular carcinoma.",
            "risk factors",
            {"Hepatitis B infection"},
        ),
        (
            "Coffee consumption, by contrast, is associated with a lower risk of developing "
            "hepatocellular carcinoma.",
            "protective factors",
            {"Coffee consumption"},
        ),
        (
            "Cirrhosis is the main risk factor, whereas statin use and coffee consumption are "
            "associated with a reduced risk.",
            "protective factors",
            {"statin use", "coffee consumption"},
        ),
    ],
)
def test_a_factor_that_changes_the_risk_of_the_subject(
    sentence: str, group: str, items: set[str]
) -> None:
    found = _relations("Hepatocellular carcinoma", sentence)
    assert {i for s, g, i in found if g == group and s == "Hepatocellular carcinoma"} == items


@settings(max_examples=20, deadline=None)
@given(
    st.sampled_from(
        [
            "Aspirin use is associated with a lower risk of colorectal carcinoma.",
            "Aspirin use, however, is associated with a reduced risk of colorectal carcinoma.",
            "Obesity is a risk factor, while aspirin use is associated with a decreased risk.",
        ]
    )
)
def test_one_protective_factor_in_any_phrasing(sentence: str) -> None:
    found = _relations("Colorectal carcinoma", sentence)
    assert ("Colorectal carcinoma", "protective factors", "Aspirin use") in {
        (s, g, i[:1].upper() + i[1:]) for s, g, i in found
    }


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject itself raises the risk of something else: a complication, not a factor
        "Colorectal carcinoma is associated with an increased risk of a second primary tumour.",
        "It is associated with a higher risk of bowel obstruction.",
        # negated
        "Aspirin use is not associated with a lower risk of colorectal carcinoma.",
        "Patients with polyps are associated with a higher risk.",
    ],
)
def test_no_risk_factor_from_the_subject_a_pronoun_or_a_negation(sentence: str) -> None:
    found = _relations("Colorectal carcinoma", sentence)
    assert not {(s, g, i) for s, g, i in found if g in {"risk factors", "protective factors"}}


# --- genetics that belong to something else --------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a comparison: the gene is the other group's
        "Type 1 disease is the milder form, with onset a decade later than in patients with "
        "COL4A5 mutations.",
        # a gene word inside a syndrome's name
        "Renal cysts are common and may reflect the contiguous NF1/SUZ12 gene deletion syndrome.",
    ],
)
def test_no_genetic_feature_of_a_comparison_or_inside_a_syndrome_name(sentence: str) -> None:
    found = _relations("Alport syndrome", sentence)
    assert not {i for _, g, i in found if g == "genetic features"}


def test_a_gene_named_plainly_is_still_a_genetic_feature() -> None:
    found = _relations("Alport syndrome", "Most families carry COL4A5 mutations.")
    assert ("Alport syndrome", "genetic features", "COL4A5 mutation") in found


# --- signs -------------------------------------------------------------------------------


def _signs(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    facts = extract_facts(_article(title, *paragraphs, heading="Clinical presentation"))
    return {(f.subject, f.item) for f in facts if f.kind is FactKind.SIGN}


def test_signs_in_parentheses_of_a_coordinated_subject_indicate_what_the_verb_names() -> None:
    found = _signs(
        "Splenic rupture",
        "Left shoulder (Kehr sign) and left flank (Ballance sign) pain indicate "
        "peritoneal irritation.",
    )
    assert ("peritoneal irritation", "Kehr sign") in found
    assert ("peritoneal irritation", "Ballance sign") in found


def test_a_sign_in_parentheses_without_a_verb_after_stays_the_subjects() -> None:
    found = _signs("Splenic rupture", "Left shoulder pain (Kehr sign) is common after trauma.")
    assert found == {("Splenic rupture", "Kehr sign")}


# --- presentations: triads, an adverb after "present", events of the subject ------------


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        (
            "The classic triad of fever, jaundice and right upper quadrant pain is seen in "
            "fewer than half of patients.",
            {"fever", "jaundice", "right upper quadrant pain"},
        ),
        (
            "Beck triad consists of hypotension, distended neck veins and muffled heart sounds.",
            {"hypotension", "distended neck veins", "muffled heart sounds"},
        ),
        (
            "The Cushing tetrad of hypertension, bradycardia, irregular breathing and "
            "drowsiness is rare.",
            {"hypertension", "bradycardia", "irregular breathing", "drowsiness"},
        ),
    ],
)
def test_a_triad_names_its_members_as_presenting_features(sentence: str, items: set[str]) -> None:
    found = _relations("Ascending cholangitis", sentence)
    assert {i for s, g, i in found if g == "presenting features"} == items


@pytest.mark.parametrize(
    "sentence",
    [
        # two members counted as three: the list was not read whole
        "The classic triad of fever and jaundice is rare.",
        # an imaging triad is no presentation
        "The triad of a hyperdense duct, biliary dilatation and gas is diagnostic on CT.",
        "The triad is not seen in children with fever, jaundice and pain.",
    ],
)
def test_no_triad_when_the_count_differs_or_it_is_imaging(sentence: str) -> None:
    found = _relations("Ascending cholangitis", sentence)
    assert not {i for _, g, i in found if g == "presenting features"}


def test_one_adverb_may_stand_between_present_and_with() -> None:
    found = _relations("Ovarian torsion", "A minority present acutely with vomiting.")
    assert ("Ovarian torsion", "presenting features", "vomiting") in found


def test_an_event_of_the_subject_presents_with_its_own_features() -> None:
    found = _relations(
        "Ectopic pregnancy",
        "Rupture typically presents with pelvic or shoulder pain, hypotension and syncope.",
    )
    subject = "Rupture of ectopic pregnancy"
    assert {i for s, g, i in found if s == subject and g == "presenting features"} == {
        "pelvic pain",
        "shoulder pain",
        "hypotension",
        "syncope",
    }


def test_clinical_hypo_and_hyper_words_are_no_imaging() -> None:
    found = _relations(
        "Parathyroid adenoma", "Patients usually present with hypercalcaemia and hypotonia."
    )
    assert {i for _, g, i in found if g == "presenting features"} == {
        "hypercalcaemia",
        "hypotonia",
    }


def test_an_imaging_finding_after_present_is_no_presentation() -> None:
    found = _relations("Parathyroid adenoma", "It presents as a hypoechoic nodule with a rim.")
    assert not {i for _, g, i in found if g == "presenting features"}


# --- associations in other shapes ----------------------------------------------------------


def test_a_recognised_association_named_by_the_opening_phrase() -> None:
    found = _relations("Pancreatitis", "Hyperparathyroidism is also a recognised association.")
    assert ("Pancreatitis", "associations", "Hyperparathyroidism") in found


def test_examples_that_are_over_represented_are_associations() -> None:
    found = _relations(
        "Myasthenia gravis",
        "Autoimmune diseases such as thyroiditis and vitiligo are also over-represented.",
    )
    assert {i for s, g, i in found if g == "associations"} == {"thyroiditis", "vitiligo"}


# --- genetics: loci and inheritance ------------------------------------------------------


def test_a_gene_and_its_chromosome_locus() -> None:
    found = _relations(
        "Neurofibromatosis type 2",
        "NF2 is located on chromosome 22q12 and encodes merlin.",
    )
    assert ("Neurofibromatosis type 2", "genetic features", "NF2 (chromosome 22q12)") in found


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Marfan syndrome is an autosomal dominant condition.", "autosomal dominant"),
        ("Inheritance is autosomal dominant with variable expression.", "autosomal dominant"),
        ("The disease is inherited in an X-linked recessive fashion.", "X-linked recessive"),
    ],
)
def test_the_mode_of_inheritance(sentence: str, mode: str) -> None:
    found = _relations("Marfan syndrome", sentence)
    assert ("Marfan syndrome", "genetic features", mode) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Marfan syndrome is not an autosomal recessive condition.",
        # another condition's inheritance
        "Homocystinuria, a mimic, is an autosomal recessive disorder.",
        "Loeys-Dietz syndrome is an autosomal dominant condition.",
    ],
)
def test_no_inheritance_of_another_condition_or_when_negated(sentence: str) -> None:
    found = _relations("Marfan syndrome", sentence)
    assert not {(s, i) for s, g, i in found if g == "genetic features" and s == "Marfan syndrome"}


def test_a_lower_risk_of_developing_it_is_the_subjects_protective_factor() -> None:
    found = _relations(
        "Renal angiomyolipoma",
        "Diabetes mellitus, by contrast, is associated with a lower risk of developing it.",
    )
    assert {(s, g, i) for s, g, i in found if g != "associations"} == {
        ("Renal angiomyolipoma", "protective factors", "Diabetes mellitus")
    }


# --- named findings: quoted names, eponyms, artefacts, relative clauses -----------------


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            'Chondroblastomas have earned the reputation of being a "great pretender".',
            "great pretender",
        ),
        ('The margin is sometimes described as "scalloped".', "scalloped"),
        ('Small tumours have been called a "hidden lesion" on CT.', "hidden lesion"),
        ('Chondroblastomas may show thin "eggshell" shadows on radiographs.', "eggshell shadows"),
        ('Dilated lymphatics give fine "crackling" crackles in the bases.', "crackling crackles"),
        (
            'Seeding along the pleura produces so-called "drop metastases", often unilateral.',
            "drop metastases",
        ),
        (
            "Linear lesions along the perivascular spaces are known as Virchow streaks and are "
            "best seen on T2.",
            "Virchow streaks",
        ),
        ("Echogenic foci with a ring-down artefact are typical.", "ring-down artefact"),
    ],
)
def test_names_given_to_findings(sentence: str, item: str) -> None:
    assert ("Chondroblastoma", item) in _signs("Chondroblastoma", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an unquoted description after "described as" is no name
        "The margin is sometimes described as well defined.",
        # "known as" before a plain lower-case description
        "Infiltration of the marrow is known as marrow replacement.",
        # a hyphenated word without an artefact noun
        "Echogenic foci with a ring-down pattern of echoes are seen.",
    ],
)
def test_no_named_finding_from_a_description(sentence: str) -> None:
    assert not _signs("Chondroblastoma", sentence)


def test_a_sign_closing_a_relative_clause_belongs_to_its_antecedent() -> None:
    found = _signs(
        "Renal cell carcinoma",
        "It may be confused with an oncocytoma, in which the scar is central, or with a "
        "retroperitoneal sarcoma, which tends to displace the kidney (the claw sign).",
    )
    assert found == {("retroperitoneal sarcoma", "claw sign")}


def test_a_sign_after_a_relative_clause_about_no_condition_stays_the_subjects() -> None:
    found = _signs(
        "Renal cell carcinoma",
        "Renal cell carcinoma stretches the cortex, which then forms a rim (the claw sign).",
    )
    assert found == {("Renal cell carcinoma", "claw sign")}


# --- what the lesion's mass effect causes, under a clinical heading ----------------------


def _clinical(title: str, *paragraphs: str, heading: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(_article(title, *paragraphs, heading=heading))
    return {(f.subject, f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def test_what_compression_and_extension_cause_are_presenting_features() -> None:
    sentence = (
        "Compression of the aqueduct results in hydrocephalus, and extension into the "
        "tectum can cause Parinaud syndrome, most often in adolescents."
    )
    found = _clinical("Pineal germinoma", sentence, heading="Clinical presentation")
    assert {i for s, g, i in found if g == "presenting features"} == {
        "hydrocephalus",
        "Parinaud syndrome",
    }
    # the same sentence about pathology names no presentation
    pathology = _clinical("Pineal germinoma", sentence, heading="Pathology")
    assert not {i for _, g, i in pathology if g == "presenting features"}


def test_a_mass_effect_on_imaging_is_no_presentation() -> None:
    found = _clinical(
        "Pineal germinoma",
        "Compression of the aqueduct causes a hypodense periventricular halo on CT.",
        heading="Clinical presentation",
    )
    assert not {i for _, g, i in found if g == "presenting features"}


def test_what_the_subject_contributes_to_is_a_presenting_feature() -> None:
    found = _clinical(
        "Endometriosis",
        "Endometriosis may also contribute to subfertility and to chronic pelvic pain.",
        heading="Clinical presentation",
    )
    assert {i for s, g, i in found if g == "presenting features"} == {
        "subfertility",
        "chronic pelvic pain",
    }


# --- what a list entry's comment says of its member ---------------------------------------


def _listed(title: str, intro: str, *entries: str) -> set[tuple[str, str, str]]:
    items = tuple(ListItem(e) for e in entries)
    section = Section(
        "Associations",
        (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=items)),
    )
    article = Article(slug="test", title=title, sections=(section,))
    facts = extract_facts(article)
    return {(f.subject, f.group, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def test_a_listed_members_genetic_cause_and_what_it_leads_to() -> None:
    found = _listed(
        "Medullary thyroid carcinoma",
        "Hereditary cases are associated with several conditions:",
        "familial medullary carcinoma, due to RET mutations; often bilateral",
        "C-cell hyperplasia, which can lead to multifocal carcinoma",
    )
    assert ("Medullary thyroid carcinoma", "associations", "familial medullary carcinoma") in found
    assert ("familial medullary carcinoma", "genetic features", "RET mutation") in found
    assert ("C-cell hyperplasia", "complications", "multifocal carcinoma") in found


def test_a_listed_member_without_a_causal_comment_gives_no_relation_of_its_own() -> None:
    found = _listed(
        "Medullary thyroid carcinoma",
        "Hereditary cases are associated with several conditions:",
        "familial medullary carcinoma, often bilateral",
        "C-cell hyperplasia, which is not thought to lead to carcinoma",
    )
    assert {s for s, _, _ in found} == {"Medullary thyroid carcinoma"}


# --- members named before the relation -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "subject", "group", "item"),
    [
        (
            "Prematurity is the most important single risk factor 4.",
            "Necrotising enterocolitis",
            "risk factors",
            "Prematurity",
        ),
        (
            "Stricture formation is the most serious complication of surgery.",
            "surgery of necrotising enterocolitis",
            "complications",
            "Stricture formation",
        ),
        (
            "Formula feeding, as in this patient, is the best-established risk factor.",
            "Necrotising enterocolitis",
            "risk factors",
            "Formula feeding",
        ),
    ],
)
def test_a_member_named_before_its_relation(
    sentence: str, subject: str, group: str, item: str
) -> None:
    assert (subject, group, item) in _relations("Necrotising enterocolitis", sentence)


def test_a_condition_that_occurs_in_a_syndrome() -> None:
    found = _relations(
        "Renal angiomyolipoma",
        "Sporadic tumours are usually solitary, and multiple tumours occur in tuberous "
        "sclerosis complex.",
    )
    assert ("multiple tumours", "associations", "tuberous sclerosis complex") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Symptoms occur in tuberous sclerosis complex.",
        "Renal angiomyolipomas never occur in Birt-Hogg-Dubé syndrome.",
        "They occur in tuberous sclerosis complex.",
    ],
)
def test_no_syndrome_of_a_non_condition_a_pronoun_or_a_negation(sentence: str) -> None:
    found = _relations("Renal angiomyolipoma", sentence)
    assert not {(s, i) for s, g, i in found if g == "associations" and s != "Renal angiomyolipoma"}
    assert ("Renal angiomyolipoma", "associations", "Birt-Hogg-Dubé syndrome") not in found


def test_a_listed_members_apposition_or_example_is_no_part_of_its_name() -> None:
    found = _listed(
        "Thyroid lymphoma",
        "Risk factors include:",
        "Hashimoto thyroiditis, the best-established risk factor",
        "immunosuppression, for example after transplantation",
    )
    assert {i for _, g, i in found if g == "risk factors"} == {
        "Hashimoto thyroiditis",
        "immunosuppression",
    }


def test_a_relation_opening_a_clause_after_a_semicolon() -> None:
    found = _relations(
        "Endometriosis",
        "When symptomatic, pain is usual; cyclical symptoms include dysuria and rectal bleeding.",
    )
    assert {i for _, g, i in found if g == "presenting features"} == {
        "dysuria",
        "rectal bleeding",
    }


def test_contraindications_of_a_procedure() -> None:
    found = _relations(
        "Hepatic abscess",
        "Contraindications to percutaneous drainage include coagulopathy and ascites.",
    )
    assert {(s, i) for s, g, i in found if g == "contraindications"} == {
        ("percutaneous drainage", "coagulopathy"),
        ("percutaneous drainage", "ascites"),
    }


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("A pulsatile mass may be palpable in the epigastrium.", "pulsatile mass"),
        ("An abdominal bruit is sometimes heard.", "abdominal bruit"),
    ],
)
def test_what_examination_finds_is_a_presenting_feature(sentence: str, item: str) -> None:
    found = _relations("Abdominal aortic aneurysm", sentence)
    assert ("Abdominal aortic aneurysm", "presenting features", item) in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The aneurysm may be palpable in thin patients.",
        "It is rarely palpable.",
        "A pulsatile mass may be seen on ultrasound.",
    ],
)
def test_no_examination_finding_from_the_subject_a_pronoun_or_imaging(sentence: str) -> None:
    found = _relations("Abdominal aortic aneurysm", sentence)
    assert not {i for _, g, i in found if g == "presenting features"}


def test_a_complication_of_the_topics_treatment_names_the_treatment_and_the_topic() -> None:
    found = _relations(
        "Hip dysplasia",
        "Avascular necrosis of the femoral head is the most serious complication of splinting.",
    )
    assert found == {
        ("splinting of hip dysplasia", "complications", "Avascular necrosis of the femoral head")
    }
