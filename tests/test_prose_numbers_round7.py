"""Numbers from round 7's blind set, guarded by shape on sentences about other organs: a
test's measure after "It has" belongs to the modality the sentence before opens on; a share
"of patients with A develop B" is A's; a cut-off in the criteria a treatment suits means
that treatment (the condition stays its subject), not a typical figure; a Greek-letter
analyte keeps its letter."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section

_NUMBERS = (FactKind.PERCENTAGE, FactKind.FREQUENCY, FactKind.THRESHOLD)


def _facts(
    *paragraphs: str, title: str, heading: str = "Diagnosis"
) -> set[tuple[str, str, str, str, str]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section(heading, blocks),))
    return {
        (f.kind.value, f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind in _NUMBERS
    }


@pytest.mark.parametrize(
    ("paragraph", "test"),
    [
        (
            "CT angiography is the first-line examination. It has a sensitivity of 95% and a "
            "specificity of 97% for acute mesenteric ischaemia.",
            "CT angiography",
        ),
        (
            "Ultrasound is the initial test of choice. It has a sensitivity of about 80% for "
            "gallstones in the gallbladder neck.",
            "Ultrasound",
        ),
    ],
)
def test_a_pronoun_measure_belongs_to_the_modality_before(paragraph: str, test: str) -> None:
    # under an imaging heading the reader leaves "It" unresolved (it may be the heading's)
    found = _facts(paragraph, title="Acute mesenteric ischaemia", heading="Imaging")
    measures = {(item, attribute) for kind, _, item, _, attribute in found if kind == "percentage"}
    assert (test, "sensitivity") in measures


def test_a_modality_named_later_in_the_sentence_before_is_not_the_pronouns() -> None:
    # the sentence before opens on a sign: "It" is the sign, not "radiographs"
    found = _facts(
        "The crescent sign is seen on radiographs. It has a sensitivity of about 60% for collapse.",
        title="Avascular necrosis of the femoral head",
    )
    items = {item for _, _, item, _, attribute in found if attribute == "sensitivity"}
    assert items == {"crescent sign"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 5-10% of patients with coeliac disease develop refractory sprue.",
        "About 20% of patients with coeliac disease will develop refractory sprue.",
        "Roughly 5-10% of adults with coeliac disease go on to develop refractory sprue.",
    ],
)
def test_a_share_of_patients_with_a_condition_who_develop_another_is_its(sentence: str) -> None:
    found = _facts(sentence, title="Refractory sprue")
    assert {(s, i) for _, s, i, _, _ in found} == {
        ("coeliac disease", "developing refractory sprue")
    }


def test_a_share_of_patients_with_a_finding_is_not_moved() -> None:
    # "back pain" names no condition: the share keeps the article's subject
    found = _facts(
        "Only 5% of patients with back pain develop a vertebral fracture.",
        title="Osteoporosis",
    )
    assert all(subject == "Osteoporosis" for _, subject, *_ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Radioiodine ablation is suitable for adults with a nodule <30 mm and a TSH typically "
        "<0.1 mU/L.",
        "Radioiodine ablation is an option for adults with a nodule <30 mm and a TSH <0.1 mU/L.",
    ],
)
def test_a_cutoff_among_a_treatments_criteria_means_that_treatment(sentence: str) -> None:
    # the criterion is the condition's (its nodule, its TSH); the treatment is what it means
    found = _facts(sentence, title="Toxic thyroid adenoma")
    thresholds = {(s, item, value, attribute) for kind, s, item, value, attribute in found}
    eligible = "eligible for radioiodine ablation"
    assert ("Toxic thyroid adenoma", "nodule size", "<30 mm", eligible) in thresholds
    assert ("Toxic thyroid adenoma", "TSH", "<0.1 mU/L", eligible) in thresholds


def test_a_lesion_opening_names_no_treatment() -> None:
    found = _facts(
        "Adenomas are suitable for surveillance when typically <30 mm across.",
        title="Toxic thyroid adenoma",
    )
    assert not any("eligible" in attribute for *_, attribute in found)


def test_a_greek_letter_analyte_keeps_its_letter() -> None:
    found = _facts(
        "Surgery is advised when the α-fetoprotein level is above 400 ng/mL in a cirrhotic liver.",
        title="Hepatocellular carcinoma",
    )
    assert any(item.startswith("α-fetoprotein") for _, _, item, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "item", "value"),
    [
        (
            "The annual incidence is approximately 2.5 per 100,000 population.",
            "annual incidence",
            "approximately 2.5 per 100,000 population",
        ),
        (
            "Prevalence in Japan and Korea is about 40 per 100 000 adults.",
            "prevalence in Japan and Korea",
            "about 40 per 100 000 adults",
        ),
        (
            "It has an estimated prevalence of 1 in 2,500-4,000 live births.",
            "estimated prevalence",
            "1 in 2,500-4,000 live births",
        ),
        (
            "The incidence is between 1 in 300 and 1 in 800 pregnancies.",
            "incidence",
            "between 1 in 300 and 1 in 800 pregnancies",
        ),
    ],
)
def test_an_incidence_or_prevalence_rate_is_a_structured_figure(
    sentence: str, item: str, value: str
) -> None:
    found = _facts(sentence, title="Biliary atresia", heading="Epidemiology")
    assert ("threshold", "Biliary atresia", item, value, "") in found


@pytest.mark.parametrize(
    ("sentence", "item", "value"),
    [
        (
            "Median overall survival is roughly 14-16 months despite treatment.",
            "median overall survival",
            "roughly 14-16 months",
        ),
        (
            "Patients have a median survival of about 9 months (6-12 months) from diagnosis.",
            "median survival",
            "about 9 months (6-12 months)",
        ),
        (
            "Median survival now exceeds 12 years for low-grade tumours.",
            "median survival",
            "now exceeds 12 years",
        ),
    ],
)
def test_a_median_survival_time_is_a_structured_figure(
    sentence: str, item: str, value: str
) -> None:
    found = _facts(sentence, title="Pancreatic neuroendocrine tumour", heading="Prognosis")
    assert ("threshold", "Pancreatic neuroendocrine tumour", item, value, "") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The incidence of 3 cases in 2019 was lower than expected.",
        "Its prevalence rises with age, by about 5% per decade.",
        "The five-year survival is about 20% in stage III disease.",
        "Median survival is 45% at two years.",
        "Survival of 12 months was seen in one patient.",
    ],
)
def test_counts_shares_and_bare_survivals_are_no_rate_or_time(sentence: str) -> None:
    found = _facts(sentence, title="Pancreatic neuroendocrine tumour", heading="Prognosis")
    assert not any(kind == "threshold" for kind, *_ in found)


def _ranks(paragraph: str, title: str) -> set[tuple[str, str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=paragraph),)
    article = Article(slug="t", title=title, sections=(Section("Clinical presentation", blocks),))
    return {
        (f.subject, f.item, f.value, f.group)
        for f in extract_facts(article)
        if f.kind is FactKind.RANK
    }


def test_a_relative_clause_ranks_the_noun_phrase_before_its_comma() -> None:
    found = _ranks(
        "Symptoms reflect the structures compressed: back pain, which is the most frequent "
        "complaint, leg weakness and sphincter disturbance.",
        title="Spinal ependymoma",
    )
    assert ("Spinal ependymoma", "back pain", "most frequent", "complaint") in found
    assert not any(item == "Symptoms" for _, item, _, _ in found)


def test_a_second_superlative_as_well_as_the_first_is_read() -> None:
    found = _ranks(
        "Wilms tumours account for 6% of childhood cancers, and they are the most common renal "
        "tumour of childhood as well as the most common abdominal mass in toddlers.",
        title="Wilms tumour",
    )
    groups = {group for _, _, _, group in found}
    assert {"renal tumour of childhood", "abdominal mass in toddlers"} <= groups


def test_the_most_common_type_is_a_type_of_what_the_sentence_opens_on() -> None:
    found = _ranks(
        "Malignant transformation is rare but carries a poor prognosis; squamous cell "
        "carcinoma is the most common type.",
        title="Mature cystic teratoma",
    )
    assert ("Malignant transformation", "squamous cell carcinoma", "most common", "type") in found


def test_a_second_superlative_sharing_the_category_is_not_the_category() -> None:
    found = _ranks("Cylindroid adenoma is the commonest and the mildest form.", title="Adenoma")
    assert {group for *_, group in found} == {"form"}


def _list_differentials(intro: str, *lines: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(text=line) for line in lines)),
    )
    article = Article(slug="t", title="Acute cholecystitis", sections=(Section("Imaging", blocks),))
    return {(f.subject, f.item) for f in extract_facts(article) if f.kind is FactKind.DIFFERENTIAL}


@pytest.mark.parametrize(
    "intro",
    [
        "The main differentials for a thick-walled gallbladder are:",
        "Differentials for a thick-walled gallbladder include:",
    ],
)
def test_a_list_of_differentials_in_the_plural_is_read(intro: str) -> None:
    found = _list_differentials(
        intro, "adenomyomatosis: comet-tail artefact", "gallbladder carcinoma", "hepatitis"
    )
    assert found == {
        ("thick-walled gallbladder", "adenomyomatosis"),
        ("thick-walled gallbladder", "gallbladder carcinoma"),
        ("thick-walled gallbladder", "hepatitis"),
    }


def test_a_list_that_is_no_differential_is_not_read_as_one() -> None:
    found = _list_differentials(
        "Different treatments for a thick-walled gallbladder are:", "cholecystectomy", "drainage"
    )
    assert found == set()


def _classes(blocks: tuple[Block, ...], heading: str = "Pathology") -> set[tuple[str, str]]:
    article = Article(slug="t", title="Wilms tumour", sections=(Section(heading, blocks),))
    return {
        (f.item, f.value)
        for f in extract_facts(article)
        if f.kind is FactKind.ASSOCIATION and f.group == "types"
    }


def test_classes_after_are_recognised_and_a_comma_are_read() -> None:
    found = _classes(
        (
            Block(
                BlockKind.PARAGRAPH,
                text="Two main histological types are recognised, favourable and anaplastic.",
            ),
        )
    )
    assert {item for item, _ in found} >= {"favourable", "anaplastic"}


def test_a_count_that_does_not_match_the_names_after_the_comma_gives_no_classes() -> None:
    found = _classes(
        (
            Block(
                BlockKind.PARAGRAPH,
                text="Three histological types are recognised, favourable and anaplastic.",
            ),
        )
    )
    assert found == set()


def _coded_list(heading: str, *lines: str) -> set[tuple[str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text="The system relies on imaging before treatment."),
        Block(BlockKind.LIST, items=tuple(ListItem(text=line) for line in lines)),
    )
    return _classes(blocks, heading=heading)


def test_a_list_of_coded_stages_under_a_staging_heading_gives_the_classes() -> None:
    found = _coded_list(
        "Staging",
        "S1: tumour confined to the kidney",
        "S2: tumour beyond the capsule",
        "M: metastases",
    )
    assert found == {
        ("S1", "tumour confined to the kidney"),
        ("S2", "tumour beyond the capsule"),
        ("M", "metastases"),
    }


@pytest.mark.parametrize(
    ("heading", "lines"),
    [
        ("Imaging", ("S1: tumour confined to the kidney", "S2: tumour beyond the capsule")),
        ("Staging", ("CT: chest for metastases", "MRI: local extent")),
        ("Staging", ("A: tumour confined to the kidney", "B: tumour beyond the capsule")),
    ],
)
def test_coded_lines_without_a_staging_heading_or_a_digit_give_no_classes(
    heading: str, lines: tuple[str, ...]
) -> None:
    assert _coded_list(heading, *lines) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Hepatic involvement has been found incidentally in about 5% of autopsies.",
        "Hepatic involvement is found incidentally in about 5% of autopsies.",
        "Hepatic involvement may be found in about 5% of autopsies.",
        "Hepatic involvement can also be seen in about 5% of autopsies.",
    ],
)
def test_a_perfect_or_modal_verb_before_in_keeps_the_share_item(sentence: str) -> None:
    found = _facts(sentence, title="Sarcoidosis", heading="Epidemiology")
    assert ("Hepatic involvement", "about 5%") in {(i, v) for k, _, i, v, _ in found}


def test_only_after_the_participle_is_no_adverb_of_manner() -> None:
    # "seen in only 5%": "only" qualifies the figure; the item is still the subject
    found = _facts("Hepatic involvement is seen in only 5% of autopsies.", title="Sarcoidosis")
    assert {(i, v) for _, _, i, v, _ in found} == {("Hepatic involvement", "5%")}


def test_a_bracketed_participle_share_takes_no_words_across_the_bracket() -> None:
    # the noun before "(seen in …)" is not read across the bracket into a junk item
    found = _facts(
        "Central (perihilar) disease with mucoid impaction (seen in about 30% of cases) "
        "suggests ABPA.",
        title="Bronchiectasis",
    )
    assert not any("(" in item or ")" in item for _, _, item, _, _ in found)


def test_rates_for_two_populations_are_two_facts_each_with_its_population() -> None:
    found = _facts(
        "The annual incidence is estimated at ~2 per 100,000 in children and ~7 per 100,000 "
        "in adults, with a slight female predominance.",
        title="Biliary atresia",
        heading="Epidemiology",
    )
    rates = {(item, value) for kind, _, item, value, _ in found if kind == "threshold"}
    assert rates == {
        ("annual incidence in children", "~2 per 100,000"),
        ("annual incidence in adults", "~7 per 100,000"),
    }
