"""Session 12, helper s24: precision of associations, ranks, percentages and cut-offs at the
point each fact is made. Every sentence here is invented, about organs and diseases other
than those of the corpus pages whose wrong facts showed the shape."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from prose_helpers import clinical_facts, section

from quizgen.extractors import extract_facts
from quizgen.extractors.text import leading_subject, strip_citation
from quizgen.model import Article, Fact, FactKind


def _facts(title: str, *sections_: object) -> list[Fact]:
    article = Article(slug="t", title=title, sections=tuple(sections_))  # type: ignore[arg-type]
    return extract_facts(article)


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


# --- ranks: an ownerless rank after a sentence about another condition ------------------


def test_ownerless_rank_after_a_derived_condition_is_that_conditions() -> None:
    facts = clinical_facts(
        "Hydronephrosis",
        "Features that favour pseudohydronephrosis are a thin cortex and a normal ureter. "
        "The most common cause is a parapelvic cyst.",
        heading="Differential diagnosis",
    )
    ranks = [f for f in _of(facts, FactKind.RANK) if f.item == "parapelvic cyst"]
    assert ranks, "the rank itself is still read"
    assert {f.subject for f in ranks} == {"pseudohydronephrosis"}


def test_ownerless_rank_after_a_sentence_about_the_title_stays_the_titles() -> None:
    facts = clinical_facts(
        "Hydronephrosis",
        "Hydronephrosis is dilatation of the renal collecting system. "
        "The most common cause is a ureteric calculus.",
        heading="Pathology",
    )
    ranks = [f for f in _of(facts, FactKind.RANK) if "calculus" in f.item]
    assert ranks
    assert {f.subject for f in ranks} == {"Hydronephrosis"}


# --- associations: an apposition after a list's last member ------------------------------


def test_apposition_after_the_last_member_names_no_members() -> None:
    facts = clinical_facts(
        "Cardiomyopathy",
        "Recognised associations include Friedreich ataxia and Carney complex (LAMB "
        "syndrome), the combination of lentigines, atrial myxoma and blue naevi.",
        heading="Pathology",
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert "Friedreich ataxia" in items
    assert any(i.startswith("Carney complex") for i in items)
    assert not items & {"combination of lentigines", "atrial myxoma", "blue naevi"}


def test_members_after_the_last_without_apposition_are_kept() -> None:
    facts = clinical_facts(
        "Cardiomyopathy",
        "Recognised associations include Friedreich ataxia, Carney complex and Fabry disease.",
        heading="Pathology",
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"Friedreich ataxia", "Carney complex", "Fabry disease"} <= items


# --- types: a stage list whose intro names another condition ----------------------------


def test_stages_of_another_condition_named_by_the_intro_are_its() -> None:
    facts = _facts(
        "Liver abscess",
        section(
            "Pathology",
            "An amoebic colitis progresses through three stages:",
            (
                "ulcerative stage: flask-shaped mucosal ulcers",
                "invasive stage: spread through the portal vein",
                "abscess stage: a liquefied cavity in the right lobe",
            ),
        ),
    )
    stages = [f for f in _of(facts, FactKind.ASSOCIATION) if f.item.endswith("stage")]
    assert len({f.item for f in stages}) == 3
    assert {f.subject for f in stages} == {"amoebic colitis"}


def test_stages_of_the_articles_own_condition_stay_the_titles() -> None:
    facts = _facts(
        "Liver abscess",
        section(
            "Pathology",
            "Liver abscesses evolve through three stages:",
            (
                "early stage: ill-defined hypoechoic area",
                "suppurative stage: a cavity with debris",
                "healing stage: a shrinking scar",
            ),
        ),
    )
    stages = [f for f in _of(facts, FactKind.ASSOCIATION) if f.item.endswith("stage")]
    assert stages
    assert {f.subject for f in stages} == {"Liver abscess"}


# --- associations: what the owner of a relation list is not ----------------------------


def test_what_to_do_with_a_list_is_no_part_of_its_owner() -> None:
    facts = _facts(
        "Sarcoidosis",
        section(
            "Differential diagnosis",
            "Other causes of hilar lymphadenopathy to consider include:",
            ("lymphoma: usually asymmetric", "tuberculosis"),
        ),
    )
    owners = {f.subject for f in _of(facts, FactKind.ASSOCIATION) if f.item == "tuberculosis"}
    assert owners == {"hilar lymphadenopathy"}


def test_a_list_entry_ending_in_other_causes_keeps_only_its_named_member() -> None:
    facts = _facts(
        "Pleural effusion",
        section(
            "Aetiology",
            "Causes include:",
            ("cirrhosis and other causes of protein loss", "pneumonia"),
        ),
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"cirrhosis", "protein loss"} <= items
    assert not any("other causes" in i or i == "cirrhosis loss" for i in items)


def test_a_run_of_names_in_one_entry_is_split() -> None:
    facts = _facts(
        "Splenic rupture",
        section(
            "Aetiology",
            "Causes include:",
            ("blunt trauma, infectious mononucleosis and splenic lymphoma, which weaken it",),
        ),
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    assert {"blunt trauma", "infectious mononucleosis", "splenic lymphoma"} <= items


def test_two_names_joined_by_and_in_one_entry_stay_one() -> None:
    facts = _facts(
        "Splenic rupture",
        section("Aetiology", "Causes include:", ("nausea and vomiting", "blunt trauma")),
    )
    assert "nausea and vomiting" in {f.item for f in _of(facts, FactKind.ASSOCIATION)}


def test_an_adjective_after_a_preposition_takes_the_next_members_head() -> None:
    facts = clinical_facts(
        "Osteonecrosis",
        "It is most often encountered in patients with sickle cell disease, alcohol excess, "
        "or following exposure to systemic and inhaled corticosteroids.",
        heading="Pathology",
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION)}
    # (the lead-in "following exposure to" is no part of a member: s25's rule)
    assert {"systemic corticosteroids", "inhaled corticosteroids"} <= items
    assert not any(i.endswith("systemic") for i in items)


# --- percentages: the page's own disease in a state owns no figure ------------------------


def test_patients_with_proven_disease_are_the_titles_patients() -> None:
    facts = clinical_facts(
        "Pulmonary embolism",
        "The chest radiograph is normal in up to 40% of patients with angiographically "
        "proven disease.",
        heading="Radiographic features",
    )
    shares = [f for f in _of(facts, FactKind.PERCENTAGE) if "40" in f.value]
    assert shares
    assert {f.subject for f in shares} == {"Pulmonary embolism"}


def test_patients_with_another_named_condition_still_own_the_figure() -> None:
    facts = clinical_facts(
        "Pulmonary embolism",
        "Deep vein thrombosis is found in up to 40% of patients with active cancer.",
        heading="Epidemiology",
    )
    shares = [f for f in _of(facts, FactKind.PERCENTAGE) if "40" in f.value]
    assert shares
    assert {f.subject for f in shares} == {"active cancer"}


# --- the opening noun phrase ----------------------------------------------------------


@given(st.sampled_from(["accounts for", "is", "represents", "has"]))
def test_a_noun_that_is_also_a_verb_heads_the_subject(verb: str) -> None:
    assert leading_subject(f"Perineural spread {verb} about 10% of cases.") == "Perineural spread"


def test_a_verb_of_the_list_after_a_subject_still_ends_it() -> None:
    assert leading_subject("The tumour spreads to the liver.") == "The tumour"
    assert leading_subject("Renal cysts may also show calcification.") == "Renal cysts"


def test_an_adverb_before_the_verb_is_no_part_of_the_subject() -> None:
    assert leading_subject("The infarct classically involves the cortex.") == "The infarct"


# --- cut-offs -------------------------------------------------------------------------


def _cutoffs(title: str, text: str, heading: str, figure: str) -> list[Fact]:
    """The threshold facts of one section whose value holds ``figure``; at least one."""
    facts = clinical_facts(title, text, heading=heading)
    found = [f for f in _of(facts, FactKind.THRESHOLD) if figure in f.value]
    assert found
    return found


def test_a_sentence_adverb_without_a_comma_opens_no_subject() -> None:
    cutoffs = _cutoffs(
        "Pleomorphic adenoma",
        "Macroscopically the tumour is a lobulated nodule, typically 2-3 cm in diameter, and "
        "necrosis is rare.",
        "Pathology",
        "2-3 cm",
    )
    assert {f.subject for f in cutoffs} == {"Pleomorphic adenoma"}


def test_bare_lesions_picked_out_by_the_cut_off_are_the_titles() -> None:
    cutoffs = _cutoffs(
        "Osteoid osteoma",
        "Painful spinal lesions are treated by ablation. Young age and a small nidus are "
        "favourable, whereas lesions larger than 3 cm in diameter recur more often.",
        "Treatment and prognosis",
        "3 cm",
    )
    assert {f.subject for f in cutoffs} == {"Osteoid osteoma"}


def test_a_cut_off_in_an_apposition_belongs_to_the_name_it_describes() -> None:
    cutoffs = _cutoffs(
        "Aortic stenosis",
        "Syncope and angina are typical, and a low-flow state, a stroke volume index of "
        "less than 35 mL/m2, is a marker of poor outcome.",
        "Clinical presentation",
        "35",
    )
    assert {f.subject for f in cutoffs} == {"low-flow state"}
    assert {f.attribute for f in cutoffs} == {"defines low-flow state"}


def test_a_cut_off_with_no_apposition_stays_the_sentences() -> None:
    cutoffs = _cutoffs(
        "Aortic stenosis",
        "A stroke volume index of less than 35 mL/m2 is a marker of poor outcome.",
        "Clinical presentation",
        "35",
    )
    assert {f.subject for f in cutoffs} == {"Aortic stenosis"}


# --- ages, differentials, genetics, shares, citations ----------------------------------


def test_years_after_an_event_are_no_age() -> None:
    facts = clinical_facts(
        "Radiation-induced sarcoma",
        "Tumours usually develop 10-20 years after radiotherapy to the chest.",
    )
    assert not [f for f in _of(facts, FactKind.AGE) if "10-20" in f.value]


def test_years_of_age_are_still_an_age() -> None:
    facts = clinical_facts(
        "Radiation-induced sarcoma",
        "Radiation-induced sarcoma usually presents at 50-70 years of age.",
        heading="Epidemiology",
    )
    assert [f for f in _of(facts, FactKind.AGE) if "50-70" in f.value]


def test_a_mimic_named_in_a_relative_clause_is_no_differential_of_the_sentence() -> None:
    facts = clinical_facts(
        "Caroli disease",
        "Injection through the papilla opacifies only a short, tapering segment that branches "
        "within the head, which can be mistaken for a cholangiocarcinoma.",
        heading="Differential diagnosis",
    )
    assert not _of(facts, FactKind.DIFFERENTIAL)


def test_a_mimic_named_by_the_sentence_itself_is_a_differential() -> None:
    facts = clinical_facts(
        "Caroli disease",
        "Caroli disease can be mistaken for a choledochal cyst.",
        heading="Differential diagnosis",
    )
    assert "choledochal cyst" in {f.item for f in _of(facts, FactKind.DIFFERENTIAL)}


def test_a_clause_after_a_semicolon_names_no_mimic() -> None:
    facts = clinical_facts(
        "Caroli disease",
        "Caroli disease can be mistaken for polycystic liver disease; MRCP demonstrates "
        "communication with the ducts.",
        heading="Differential diagnosis",
    )
    items = {f.item for f in _of(facts, FactKind.DIFFERENTIAL)}
    assert "polycystic liver disease" in items
    assert not any("MRCP" in i for i in items)


def test_a_new_clause_after_comma_and_is_no_mimic() -> None:
    facts = clinical_facts(
        "Caroli disease",
        "Caroli disease may be mistaken for a choledochal cyst, and surgical excision in "
        "this setting can be harmful.",
        heading="Differential diagnosis",
    )
    items = {f.item for f in _of(facts, FactKind.DIFFERENTIAL)}
    assert "choledochal cyst" in items
    assert not any("excision" in i for i in items)


def test_an_amount_lost_is_no_chromosome_and_a_fluid_is_no_gene() -> None:
    facts = clinical_facts(
        "Fatty liver",
        "Weight reduction with loss of 5-10% of body weight improves steatosis. "
        "CSF leaks through a dural tear. Loss of CSF buoyancy allows the brain to sag.",
        heading="Pathology",
    )
    genetic = [f for f in _of(facts, FactKind.ASSOCIATION) if f.group == "genetic features"]
    assert not genetic


def test_a_chromosome_loss_is_still_a_genetic_feature() -> None:
    facts = clinical_facts(
        "Oligodendroglioma",
        "Oligodendroglioma is defined by loss of 1p and 19q.",
        heading="Pathology",
    )
    items = {f.item for f in _of(facts, FactKind.ASSOCIATION) if f.group == "genetic features"}
    assert any("1p" in i for i in items)


def test_a_triad_is_counted_whole() -> None:
    facts = clinical_facts(
        "Renal vein thrombosis",
        "The classic triad of flank pain, haematuria and a falling platelet count is seen in "
        "fewer than 15% of patients.",
    )
    shares = [f for f in _of(facts, FactKind.PERCENTAGE) if "15%" in f.value]
    assert {f.item for f in shares} == {"classic triad"}


def test_a_numbered_genotype_keeps_its_number() -> None:
    assert strip_citation("hepatitis C infection, particularly genotype 3") == (
        "hepatitis C infection, particularly genotype 3"
    )
    assert strip_citation("hepatitis C infection is common 3") == "hepatitis C infection is common"


def test_a_kind_of_the_titles_own_lesion_does_not_own_its_stages() -> None:
    facts = _facts(
        "Liver abscess",
        section(
            "Pathology",
            "Pyogenic abscesses evolve through three stages:",
            (
                "early stage: ill-defined hypoechoic area",
                "suppurative stage: a cavity with debris",
                "healing stage: a shrinking scar",
            ),
        ),
    )
    stages = [f for f in _of(facts, FactKind.ASSOCIATION) if f.item.endswith("stage")]
    assert stages
    assert {f.subject for f in stages} == {"Liver abscess"}
