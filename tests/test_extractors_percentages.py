"""Percentages in prose and in list lines: every share with what it refers to (item, whole or
measure) in fields; ranges, approximations and words; citations never in a value; parts of
one whole only when they divide one. Sentences are our own, on varied organs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.shares import shares_in
from quizgen.extractors.text import find_percents, strip_citation
from quizgen.model import Article, Block, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.readers import read_text


def _article(
    *paragraphs: str, title: str = "Thyroid nodule", heading: str = "Epidemiology"
) -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="a", title=title, sections=(Section(heading, blocks),))


def _list_article(intro: str, items: tuple[ListItem, ...], title: str = "Pancreatitis") -> Article:
    blocks = (Block(BlockKind.PARAGRAPH, text=intro), Block(BlockKind.LIST, items=items))
    return Article(slug="a", title=title, sections=(Section("Clinical presentation", blocks),))


def _of(facts: list[Fact], kind: FactKind) -> list[Fact]:
    return [f for f in facts if f.kind is kind]


def _fields(fact: Fact) -> tuple[str, str, str, str]:
    return fact.item, fact.group, fact.attribute, fact.value


# --- class 1: every percentage with what it refers to -------------------------------------


def test_one_item_two_wholes_gives_two_facts() -> None:
    facts = extract_facts(
        _article(
            "Papillary carcinoma accounts for 85% of thyroid cancers and 2% of head and neck "
            "malignancies.",
            title="Papillary thyroid carcinoma",
        )
    )
    found = {_fields(f) for f in _of(facts, FactKind.PERCENTAGE)}
    assert found == {
        ("Papillary carcinoma", "thyroid cancers", "", "85%"),
        ("Papillary carcinoma", "head and neck malignancies", "", "2%"),
    }


def test_shares_of_places_are_parts_of_one_whole() -> None:
    text = "Roughly 60% occur in the right colon, 25% in the sigmoid and 15% in the rectum."
    facts = extract_facts(_article(text, title="Colonic diverticulum"))
    parts = {(f.group, f.item): f.value for f in _of(facts, FactKind.FREQUENCY)}
    assert parts == {
        ("distribution", "right colon"): "Roughly 60%",
        ("distribution", "sigmoid"): "25%",
        ("distribution", "rectum"): "15%",
    }
    assert not _of(facts, FactKind.PERCENTAGE)  # each share is told once


def test_symptoms_of_patients_are_no_parts_of_a_whole() -> None:
    # Symptoms "in 75%" and "in 45%" of patients overlap: no "which accounts for 75%?".
    text = "Flank pain occurs in 75% of patients and haematuria in 45%."
    facts = extract_facts(_article(text, title="Renal calculus"))
    assert not _of(facts, FactKind.FREQUENCY)
    found = {(f.item, f.value) for f in _of(facts, FactKind.PERCENTAGE)}
    assert found == {("Flank pain", "75%"), ("haematuria", "45%")}


def test_shares_of_places_that_overlap_are_no_whole() -> None:
    text = "About 70% arise in the liver, 50% in the spleen and 30% in the kidney."
    facts = extract_facts(_article(text, title="Echinococcosis"))
    assert not _of(facts, FactKind.FREQUENCY)  # 150 % cannot be one whole


def test_a_sensitivity_is_a_measure_not_a_share() -> None:
    text = "Contrast-enhanced ultrasound has a sensitivity of 88% and a specificity of 94%."
    facts = extract_facts(_article(text, title="Liver abscess", heading="Diagnosis"))
    found = {_fields(f) for f in _of(facts, FactKind.PERCENTAGE)}
    assert found == {
        ("Contrast-enhanced ultrasound", "", "sensitivity", "88%"),
        ("Contrast-enhanced ultrasound", "", "specificity", "94%"),
    }
    assert not _of(facts, FactKind.FREQUENCY)


def test_a_finding_seen_in_a_share_of_cases() -> None:
    (fact,) = _of(
        extract_facts(_article("Calcification is seen in 40% of oligodendrogliomas.")),
        FactKind.PERCENTAGE,
    )
    assert _fields(fact) == ("Calcification", "oligodendrogliomas", "", "40%")


def test_a_predicate_names_the_part() -> None:
    (fact,) = _of(
        extract_facts(_article("About 15% of adrenal adenomas are bilateral.")),
        FactKind.PERCENTAGE,
    )
    assert _fields(fact) == ("bilateral", "adrenal adenomas", "", "About 15%")


# --- class 2: ranges, approximations and words -------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Gallstones are found in 50–60% of such patients.", ["50-60%"]),
        ("Seizures occur in ~15 % of children.", ["~15%"]),
        ("Bilateral disease is seen in up to a third of women.", ["up to a third"]),
        ("Two-thirds of cases involve the left lobe.", ["Two-thirds"]),
        ("One in five patients has a second lesion.", ["One in five"]),
        ("The vast majority (>90%) are solitary.", [">90%"]),
        ("Malignant change is rare (<1%).", ["<1%"]),
        ("Recurrence occurs in 10% to 20% after excision.", ["10% to 20%"]),
        ("Cysts are present in 12 percent of kidneys.", ["12 percent"]),
    ],
)
def test_ranges_approximations_and_words(text: str, values: list[str]) -> None:
    assert [p.value for p in find_percents(text)] == values


def test_a_word_share_with_its_figure_spans_both() -> None:
    text = "The vast majority (>90%) of splenic cysts are post-traumatic."
    (share,) = shares_in(text)
    assert text[share.percent.start : share.percent.end] == "The vast majority (>90%)"
    assert (share.group, share.percent.value) == ("splenic cysts", ">90%")


@pytest.mark.parametrize(
    "text",
    [
        "The cyst measured 1000 mm.",  # no percent
        "Grade 3 tumours in 2019 were reviewed.",
        "A ratio of 1 in 1 is meaningless.",  # not a share
        "It causes a third nerve palsy.",  # an ordinal, not a fraction
        "Half-life is short.",
        "Grade 1 in 3 cases was found.",  # a grade, not "1 in 3"
    ],
)
def test_no_share_where_none_is_stated(text: str) -> None:
    assert find_percents(text) == []


# --- class 3: list lines with trailing words and citations --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("adamantinomatous (children): ~90 % 9", "adamantinomatous (children): ~90 %"),
        ("in 20% of patients 23.", "in 20% of patients."),
        ("accounting for 20% of sarcomas 1,2.", "accounting for 20% of sarcomas."),
        ("associated with neurofibromatosis type 2", "associated with neurofibromatosis type 2"),
        ("most are grade 4", "most are grade 4"),
        # marker and gene symbols end in their number; a citation after an acronym does not
        ("negative for CD34", "negative for CD34"),
        ("overexpression of HER2", "overexpression of HER2"),
        ("a high Ki67", "a high Ki67"),
        ("best seen on MRI2.", "best seen on MRI."),
        ("uncommon in patients12.", "uncommon in patients."),
    ],
)
def test_citation_numbers_are_dropped_and_names_kept(line: str, expected: str) -> None:
    assert strip_citation(line) == expected


def test_list_shares_with_citations_and_parentheses() -> None:
    items = (
        ListItem("epigastric pain (80-95%) 4"),
        ListItem("vomiting: ~50 % 7,8"),
        ListItem("steatorrhoea (10-15%)"),
    )
    facts = extract_facts(_list_article("Patients present with:", items))
    found = {f.item: f.value for f in _of(facts, FactKind.PERCENTAGE)}
    # 80-95 + 50 + 10-15 is far beyond one whole: each is a share of its own line.
    assert found == {"epigastric pain": "80-95%", "vomiting": "~50%", "steatorrhoea": "10-15%"}
    assert not _of(facts, FactKind.FREQUENCY)


def test_a_nested_share_names_its_parent_and_its_whole() -> None:
    items = (
        ListItem("squamous papillary type", (ListItem("20% of children"),)),
        ListItem("adamantinomatous type"),
    )
    facts = extract_facts(_list_article("Two types are seen:", items, title="Craniopharyngioma"))
    (fact,) = _of(facts, FactKind.PERCENTAGE)
    assert (fact.item, fact.group, fact.value) == ("squamous papillary type", "children", "20%")


def test_a_list_that_divides_a_whole_with_citations_stays_a_whole() -> None:
    items = (ListItem("head: 65% 3"), ListItem("body: 20%"), ListItem("tail: 15% 3,4"))
    facts = extract_facts(_list_article("Locations include:", items, title="Pancreatic cancer"))
    parts = {f.item: f.value for f in _of(facts, FactKind.FREQUENCY)}
    assert parts == {"head": "65%", "body": "20%", "tail": "15%"}


# --- the same fact in several phrasings gives the same fields -----------------------------

_ORGANS = ("kidney", "liver", "spleen", "ovary", "testis", "thyroid")


@settings(max_examples=40, deadline=None)
@given(
    site=st.sampled_from(_ORGANS),
    other=st.sampled_from(_ORGANS),
    share=st.integers(min_value=51, max_value=95),
)
def test_a_share_of_a_site_reads_the_same_in_every_phrasing(
    site: str, other: str, share: int
) -> None:
    if site == other:
        return
    rest = 100 - share
    phrasings = (
        f"About {share}% arise in the {site} and {rest}% in the {other}.",
        f"About {share}% occur in the {site}, {rest}% in the {other}.",
    )
    for text in phrasings:
        facts = _of(extract_facts(_article(text, title="Hydatid cyst")), FactKind.FREQUENCY)
        assert {(f.item, f.value) for f in facts} == {
            (site, f"About {share}%"),
            (other, f"{rest}%"),
        }, text
    listed = (ListItem(f"{site}: About {share}%"), ListItem(f"{other} ({rest}%)"))
    facts = _of(
        extract_facts(_list_article("Sites include:", listed, title="Hydatid cyst")),
        FactKind.FREQUENCY,
    )
    assert {(f.item, f.value) for f in facts} == {(site, f"About {share}%"), (other, f"{rest}%")}


@settings(max_examples=40, deadline=None)
@given(
    finding=st.sampled_from(("Calcification", "Haemorrhage", "Necrosis", "Cystic change")),
    whole=st.sampled_from(("meningiomas", "oligodendrogliomas", "thymomas")),
    share=st.integers(min_value=1, max_value=99),
)
def test_a_finding_in_a_share_of_a_whole_reads_the_same(
    finding: str, whole: str, share: int
) -> None:
    for text in (
        f"{finding} is seen in {share}% of {whole}.",
        f"{finding} is present in {share}% of {whole}.",
        f"{finding} occurs in {share}% of {whole}.",
        f"{finding} is found in {share}% of all {whole}.",
    ):
        (fact,) = _of(extract_facts(_article(text)), FactKind.PERCENTAGE)
        assert _fields(fact) == (finding, whole, "", f"{share}%"), text


@settings(max_examples=40, deadline=None)
@given(
    site=st.sampled_from(("head", "uncinate process", "left lobe", "fundus", "apex")),
    share=st.integers(min_value=5, max_value=95),
    qualifier=st.sampled_from(("", "about ", "~")),
)
def test_one_share_of_a_site_reads_the_same_in_every_phrasing(
    site: str, share: int, qualifier: str
) -> None:
    value = f"{qualifier}{share}%"
    for text in (
        f"Tumours arise in the {site} in {value} of cases.",
        f"The {site} is the site in {value}.",
        f"The {site} is involved in {value}.",
        f"The usual location is the {site} ({value}).",
        f"{value[:1].upper()}{value[1:]} arise in the {site}.",
    ):
        (fact,) = _of(extract_facts(_article(text, title="Gastric carcinoid")), FactKind.PERCENTAGE)
        # A qualifier that opens the sentence keeps its capital, as the source gives it.
        assert (fact.item, fact.value.lower()) == (site, value), text


# --- issue 15: no regular expression here backtracks quadratically ------------------------
# With every repetition bounded, each attempt at a position costs at most a constant, so a
# scan is linear in the text (bench/linear.py measures it on long runs of each character
# class; timings belong in bench/, not in tests).

_UNBOUNDED = re.compile(r"(?<!\\)(?:[+*]|\{\d+,\})")


def _patterns(module: object) -> list[re.Pattern[str]]:
    return [v for v in vars(module).values() if isinstance(v, re.Pattern)]


def test_share_and_rank_patterns_have_no_unbounded_repetition() -> None:
    from quizgen.extractors import rank, shares, text  # noqa: PLC0415

    patterns = [*_patterns(shares), *_patterns(rank), text.PERCENT]
    patterns += [p for p in _patterns(text) if p.pattern.startswith(("(?P<value>", "(?<![\\w-])"))]
    for pattern in patterns:
        # Character classes may hold "+" or "*" literally: drop them before looking.
        source = re.sub(r"\[(?:\\.|[^\]])*\]", "", pattern.pattern)
        assert not _UNBOUNDED.search(source), pattern.pattern[:80]


def test_the_unbounded_check_sees_an_unbounded_pattern() -> None:
    assert _UNBOUNDED.search(r"\d+(?:\.\d+)?\s*%")
    assert not _UNBOUNDED.search(r"\d{1,3}(?:\.\d{1,2})?\s{0,3}%")


def test_labels_with_parentheses_and_citations_divide_a_whole() -> None:
    items = (
        ListItem("squamous (adults): ~15 % 9"),
        ListItem("adenocarcinoma (smokers): ~85 % 9,10"),
    )
    facts = extract_facts(_list_article("Subtypes:", items, title="Oesophageal carcinoma"))
    parts = {f.item: f.value for f in _of(facts, FactKind.FREQUENCY)}
    assert parts == {"squamous (adults)": "~15%", "adenocarcinoma (smokers)": "~85%"}


def test_a_run_of_figures_is_no_sentence_of_shares() -> None:
    # A table flattened into one line: each figure would cost a scan of the line, and no
    # sentence states twenty shares; nothing is taken from it.
    text = "Values were " + ", ".join(f"{n}%" for n in range(20)) + " in the cohort."
    assert shares_in(text) == []
    assert len(shares_in("Values were 10%, 20% and 30% in the cohort.")) == 3


def test_list_share_after_a_label_with_trailing_words_is_a_part() -> None:
    items = (
        ListItem("hilar nodes: ~70%, usually bilateral"),
        ListItem("pleural (~20%): often with effusion"),
        ListItem("chest wall: up to 10% in older series"),
    )
    facts = extract_facts(_list_article("Sites of involvement include:", items, title="Lymphoma"))
    parts = {f.item: f.value for f in _of(facts, FactKind.FREQUENCY)}
    assert parts == {"hilar nodes": "~70%", "pleural": "~20%", "chest wall": "up to 10%"}


def test_list_share_is_read_from_the_line_first_clause() -> None:
    items = (
        ListItem("grade 1: solid nodule (~60%); regression in 70-80%"),
        ListItem("grade 2: nodule with necrosis (~30%); regression in 30-50%"),
        ListItem("grade 3: cavitation (~10%); regression in 5-10%"),
    )
    facts = extract_facts(_list_article("Grades at presentation:", items, title="Abscess"))
    parts = {f.item: f.value for f in _of(facts, FactKind.FREQUENCY)}
    assert parts == {"grade 1": "~60%", "grade 2": "~30%", "grade 3": "~10%"}


def test_a_property_of_the_topic_is_what_the_share_counts() -> None:
    facts = extract_facts(
        _article(
            "Schwannomas are multiple in about 5% of patients. "
            "GIST is multifocal in around 10% of cases.",
            title="Vestibular schwannoma",
        )
    )
    items = {f.value: f.item for f in _of(facts, FactKind.PERCENTAGE)}
    assert items["about 5%"] == "multiple"
    assert items["around 10%"] == "GIST"  # another tumour's property is not the topic's
    facts = extract_facts(
        _article("Schwannomas are present in about 8% of autopsy series.", title="Schwannoma")
    )
    # no "present": a share of autopsies is the title's prevalence there (session 47)
    shares = [(f.subject, f.item) for f in _of(facts, FactKind.PERCENTAGE)]
    assert shares == [("Schwannoma", "prevalence at autopsy")]
    facts = extract_facts(
        _article("PTC is multifocal in around 30% of cases.", title="Papillary thyroid carcinoma")
    )
    assert [f.item for f in _of(facts, FactKind.PERCENTAGE)] == ["multifocal"]


def test_a_finding_other_than_the_topic_keeps_its_own_name() -> None:
    facts = extract_facts(
        _article("Serum CA-125 is raised in about 80% of patients.", title="Ovarian carcinoma")
    )
    assert [f.item for f in _of(facts, FactKind.PERCENTAGE)] == ["Serum CA-125"]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "The lung dominates: hilar adenopathy is present in over 80% of patients.",
            "hilar adenopathy",
        ),
        (
            "Bone infarcts, small areas of necrosis, are found in about a third of cases.",
            "Bone infarcts",
        ),
        ("An IDH1 mutation is present in around 70% of tumours.", "IDH1 mutation"),
        ("Pleural effusion is present at diagnosis in up to half of patients.", "Pleural effusion"),
        ("Renal failure affects 20-30% of patients.", "Renal failure"),
    ],
)
def test_the_noun_before_a_presence_verb_is_the_item(sentence: str, item: str) -> None:
    facts = extract_facts(_article(sentence, title="Lymphangioleiomyomatosis"))
    assert [f.item for f in _of(facts, FactKind.PERCENTAGE)] == [item]


def test_half_before_a_verb_is_a_share_but_a_third_ventricle_is_not() -> None:
    assert [p.value for p in find_percents("Up to half are bilateral at diagnosis.")] == [
        "Up to half"
    ]
    assert find_percents("The third ventricle is dilated in hydrocephalus.") == []


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Haemorrhage is rare (<2%) in these lesions.", "Haemorrhage"),
        ("Necrosis, seen in about 15%, predicts a poor outcome.", "Necrosis"),
        (
            "Doppler assesses the portal vein for thrombus, which is present in about 6%.",
            "thrombus",
        ),
    ],
)
def test_a_worded_figure_and_a_relative_clause_count_their_noun(sentence: str, item: str) -> None:
    facts = extract_facts(_article(sentence, title="Hepatoblastoma"))
    assert [f.item for f in _of(facts, FactKind.PERCENTAGE)] == [item]


# --- a measure with what qualifies it; the subject of a second predicate ------------------
@pytest.mark.parametrize(
    ("sentence", "attribute"),
    [
        ("Five-year overall survival exceeds 80%.", "five-year overall survival"),
        (
            "The annual incidence of rupture in small aneurysms is now below 1%.",
            "annual incidence of rupture in small aneurysms",
        ),
        ("Surveys found a prevalence of 2-3% in women over 50.", "prevalence in women over 50"),
        ("Ablation has technical success rates above 95%.", "technical success rate"),
        ("The risk of malignancy is about 5%.", "risk of malignancy"),
    ],
)
def test_a_measure_keeps_the_words_that_qualify_it(sentence: str, attribute: str) -> None:
    (share,) = shares_in(sentence)
    assert share.attribute == attribute


def test_a_bare_measure_stays_bare() -> None:
    (share,) = shares_in("MRI has a sensitivity of 90%.")
    assert (share.item, share.attribute) == ("MRI", "sensitivity")


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Haemorrhage is the main complication and is seen in 20% of cases.", "Haemorrhage"),
        (
            "As the lesion grows, pain is the usual complaint, occurring in about 70% of patients.",
            "pain",
        ),
        ("Renal cysts are the usual finding and are found in 60% of adults.", "Renal cysts"),
    ],
)
def test_the_subject_of_a_second_predicate_is_counted(sentence: str, item: str) -> None:
    (share,) = shares_in(sentence)
    assert share.item == item


def test_a_subordinate_clause_is_never_the_item() -> None:
    (share,) = shares_in("When the duct is obstructed, found in 30% of patients.")
    assert share.item == ""


def test_the_age_by_which_a_share_holds_is_part_of_the_item() -> None:
    (share,) = shares_in("Liver cysts are present in 70% of patients by the age of 30.")
    assert (share.item, share.group) == ("Liver cysts by the age of 30", "patients")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ductal carcinoma accounts for 75% of breast cancers, lobular carcinoma for 10% and "
        "mucinous carcinoma for 2%.",
        "Ductal carcinoma accounts for 75% of breast cancers; lobular carcinoma for 10%, and "
        "mucinous carcinoma for about 2%.",
    ],
)
def test_a_verb_left_out_after_the_first_share_still_names_each_item(sentence: str) -> None:
    shares = shares_in(sentence, "Ductal carcinoma", "Breast cancer")
    assert [(s.item, s.group) for s in shares] == [
        ("Ductal carcinoma", "breast cancers"),
        ("lobular carcinoma", "breast cancers"),
        ("mucinous carcinoma", "breast cancers"),
    ]


def test_a_gapped_clause_needs_the_same_preposition() -> None:
    # "for" after "seen in": the second figure is no share of "polyps"
    shares = shares_in("Stones are seen in 80% of patients, and polyps for 5%.", "Stones")
    assert shares[1].item != "polyps"


def test_a_list_line_with_two_shares_after_its_label_gives_both() -> None:
    items = (
        ListItem("renal cysts: ~30%"),
        ListItem("hepatic cysts: ~50% overall, rising to ~70% in women over 40 3"),
    )
    facts = extract_facts(_list_article("Associations include:", items, title="Some syndrome"))
    found = {(f.item, f.value) for f in facts if f.kind in {FactKind.PERCENTAGE}}
    assert {("hepatic cysts", "~50%"), ("hepatic cysts", "~70%")} <= found


def test_an_adjective_of_a_measure_before_its_figure_names_the_measure() -> None:
    first, second = shares_in(
        "Spiculation is highly specific (above 90%) but seen in only about 30% of cancers.",
        "Spiculation",
    )
    assert first.attribute == "specificity"
    assert second.attribute == ""  # "but seen in" starts another fact: no specificity of 30%


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "A bladder wall thickness of at least 5% is regarded as abnormal.",
            "bladder wall thickness",
        ),
        ("An ejection fraction of at least 55% is considered normal.", "ejection fraction"),
    ],
)
def test_a_judgement_of_a_figure_is_not_what_it_counts(sentence: str, measure: str) -> None:
    # what the figure sizes is its item (session 41: "a round cell component of more than
    # 5%"); the judgement after it ("abnormal") never is
    (share,) = shares_in(sentence)
    assert share.item == measure


def test_in_the_setting_of_names_the_condition() -> None:
    (share,) = shares_in(
        "About 30% of paragangliomas arise in the setting of a hereditary syndrome."
    )
    assert share.item == "hereditary syndrome"


def test_a_hedged_predicate_still_names_what_is_counted() -> None:
    (share,) = shares_in("About 90% of orbital masses are considered benign in origin.")
    assert share.item == "benign"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Cirrhosis is complicated by ascites in about 50% of patients.", "ascites"),
        ("These cysts are associated with a mural nodule in 40% of cases.", "mural nodule"),
        (
            "Lung metastases are common, whereas bone metastases, mostly lytic, are found in 5%.",
            "bone metastases",
        ),
    ],
)
def test_what_comes_with_the_subject_and_a_contrasted_subject_are_counted(
    sentence: str, item: str
) -> None:
    assert shares_in(sentence)[-1].item == item


def test_an_age_limit_ending_an_item_is_no_citation_marker() -> None:
    (share,) = shares_in("Around 70% of children are diagnosed before the age of 4.")
    assert (share.item, share.group) == ("diagnosed before the age of 4", "children")


def test_a_worded_share_of_cases_arising_somewhere_names_the_place() -> None:
    (share,) = shares_in("Roughly one in five cases arises in the setting of chronic hepatitis.")
    assert share.item == "chronic hepatitis"


def test_a_relative_where_clause_is_no_item() -> None:
    shares = shares_in("Calcification is rare, unlike in teratoma, where it is present in 90%.")
    assert shares[-1].item != "where it"


def test_a_share_of_a_marker_keeps_the_marker_s_number() -> None:
    article = read_text(
        "Solitary fibrous tumour\n\nPathology\n\n"
        "CD34 is positive in 90-95%. STAT6 nuclear staining is seen in 98% of cases.\n"
    )
    items = {f.item for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}
    # (a test's result stays with it: "CD34 is positive in …" counts positive CD34)
    assert {"positive CD34", "STAT6 nuclear staining"} <= items


# --- class 2: shares in words, ranges of them, and what follows "one in N" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between one in ten and one in three present with a fracture.", [(10.0, 33.3)]),
        ("Roughly half to two-thirds arise in the distal femur.", [(50.0, 66.7)]),
        ("Nodal spread occurs in well under one in a hundred patients.", [(1.0, 1.0)]),
        ("Metastases develop in two to five per cent of patients.", [(2.0, 5.0)]),
        ("Bleeding is seen in perhaps one in seven tumours.", [(14.3, 14.3)]),
        # two shares joined by "and" without "between" are two facts
        ("Calcification is seen in 10% and cysts in 20% of cases.", [(10.0, 10.0), (20.0, 20.0)]),
        # a count is no share
        ("A hundred patients were studied.", []),
    ],
)
def test_shares_in_words_and_their_ranges(text: str, expected: list[tuple[float, float]]) -> None:
    assert [(p.low, p.high) for p in find_percents(text)] == expected


def test_the_noun_after_one_in_n_is_the_whole_and_a_verb_is_not() -> None:
    article = read_text(
        "Chondromyxoid fibroma\n\nEpidemiology\n\n"
        "Chondromyxoid fibromas account for roughly one in fifty benign bone tumours. "
        "One in three present with a pathological fracture.\n"
    )
    shares = {
        f.value: (f.item, f.group) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE
    }
    assert shares["roughly one in fifty"][1] == "benign bone tumours"
    assert shares["One in three"] == ("pathological fracture", "")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bleeding is seen in perhaps one in seven tumours.", "perhaps one in seven"),
        (
            "Nodal spread occurs in well under one in a hundred patients.",
            "well under one in a hundred",
        ),
        ("It recurs in an estimated 15% of cases.", "an estimated 15%"),
    ],
)
def test_a_hedge_before_a_share_is_part_of_its_value(text: str, value: str) -> None:
    assert [p.value for p in find_percents(text)] == [value]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # a rank names a category: the share is the ranked thing's; "followed by X (N%)" is X's
        (
            "The femur is the most commonly involved bone (about 40%), followed by the tibia "
            "(about 20%).",
            ["femur", "tibia"],
        ),
        (
            "Seminoma is by far the commonest type (60%), followed by embryonal carcinoma (30%).",
            ["Seminoma", "embryonal carcinoma"],
        ),
    ],
)
def test_a_share_in_brackets_after_a_rank_or_followed_by_is_the_named_things(
    sentence: str, items: list[str]
) -> None:
    assert [s.item for s in shares_in(sentence, "Testicular tumour", "Testicular tumour")] == items


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        # an -ed adjective opens a noun phrase; a participle opens a clause
        ("Seminoma is the commonest type (60%), followed by mixed tumours (30%).", "mixed tumours"),
        ("Enlarged nodes (40%) are common.", "Enlarged nodes"),
    ],
)
def test_a_noun_phrase_opening_on_an_ed_adjective_is_an_item(sentence: str, item: str) -> None:
    assert item in [s.item for s in shares_in(sentence, "Testicular tumour", "Testicular tumour")]


def test_a_range_written_with_an_en_dash_still_gets_its_cloze() -> None:
    """The extractor writes "0.15-6.4%"; the sentence keeps "0.15–6.4%": the card hides the
    sentence's own figure instead of being dropped without a word."""
    from quizgen.generators.cloze import build_cloze_notes  # noqa: PLC0415
    from quizgen.model import ArticleFacts, Provenance  # noqa: PLC0415

    block = Block(
        BlockKind.PARAGRAPH,
        text="Sequestrations account for 0.15–6.4% of all congenital pulmonary malformations.",
    )
    article = Article(
        slug="a", title="Pulmonary sequestration", sections=(Section("Epidemiology", (block,)),)
    )
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE)
    assert [f.value for f in facts] == ["0.15-6.4%"]
    notes = build_cloze_notes(ArticleFacts("a", article.title, Provenance(), facts), facts)
    assert [n.text for n in notes] == [
        "Sequestrations account for {{c1::0.15–6.4%}} of all congenital pulmonary malformations."
    ]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "It is associated with pelvic and acetabular fractures in about a third of cases.",
            "pelvic and acetabular fractures",
        ),
        ("It is associated with hepatic or renal cysts in 30% of cases.", "hepatic or renal cysts"),
        ("It is associated with renal cysts in 30% of cases.", "renal cysts"),
    ],
)
def test_an_adjective_of_kind_before_and_shares_the_associated_item(
    sentence: str, item: str
) -> None:
    """ "associated with pelvic and acetabular fractures in about a third" counted
    "acetabular fractures" alone, a narrower fact than the sentence states."""
    assert [share.item for share in shares_in(sentence, "X", "X")] == [item]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Around two-thirds present within the first decade of life.",
            "present within the first decade of life",
        ),
        ("About half of cases present in the neonatal period.", "present in the neonatal period"),
        ("Roughly 40% of cases result from new mutations.", "result from new mutations"),
        (
            "About 10% of patients die within a year, and most of the rest survive.",
            "die within a year",
        ),
    ],
)
def test_what_the_counted_do_when_or_whence_is_the_item(sentence: str, item: str) -> None:
    """ "About half of cases present in the neonatal period" gave a share of cases counting
    nothing: the item was only in the sentence."""
    assert [share.item for share in shares_in(sentence, "X", "X")] == [item]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("β-hCG is mildly elevated in about 15–20% of seminomas.", "β-hCG"),
        ("CA-125 is markedly raised in 80% of patients.", "CA-125"),
    ],
)
def test_a_marker_raised_with_an_adverb_or_a_greek_letter_is_the_item(
    sentence: str, item: str
) -> None:
    assert [share.item for share in shares_in(sentence, "X", "X")] == [item]


def test_a_place_after_arise_stays_the_place() -> None:
    assert [
        s.item for s in shares_in("About 70% arise in the head of the pancreas.", "X", "X")
    ] == ["head of the pancreas"]


def test_a_predicate_going_on_after_a_comma_is_no_item() -> None:
    """ "progress to an end-stage, burnt-out phase": cut at the comma the item would be a
    fragment ("progress to an end-stage")."""
    found = shares_in("About 5% progress to an end-stage, burnt-out phase.", "X", "X")
    assert [share.item for share in found] == [""]
    found = shares_in("About 5% recur after surgery, typically within months.", "X", "X")
    assert [share.item for share in found] == [""]
