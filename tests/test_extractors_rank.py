"""Ranks and superlatives, and pronouns that stand for the noun phrase before them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import extract_facts
from quizgen.extractors.text import Sentence, iter_sentences, leading_subject
from quizgen.generators.cloze import build_cloze_notes
from quizgen.model import (
    Article,
    ArticleFacts,
    Block,
    BlockKind,
    FactKind,
    ListItem,
    Provenance,
    Section,
)


def _article(*paragraphs: str, title: str, heading: str = "Epidemiology") -> Article:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    return Article(slug="a", title=title, sections=(Section(heading, blocks),))


def _ranks(article: Article) -> set[tuple[str, str, str]]:
    return {(f.item, f.value, f.group) for f in extract_facts(article) if f.kind is FactKind.RANK}


# --- class 9: rank and superlatives -------------------------------------------------------


def test_the_subject_ranked_in_its_category() -> None:
    article = _article(
        "Hepatoblastoma is the most common primary malignant liver tumour of early childhood.",
        title="Hepatoblastoma",
    )
    assert _ranks(article) == {
        ("Hepatoblastoma", "most common", "primary malignant liver tumour of early childhood")
    }


def test_two_ranks_in_one_sentence_and_a_resolved_pronoun() -> None:
    article = _article(
        "Chondrosarcomas are malignant cartilage-forming tumours. They are the third most "
        "common primary bone malignancy, and the most common primary malignancy of the "
        "scapula 4.",
        title="Chondrosarcoma",
    )
    assert _ranks(article) == {
        ("Chondrosarcoma", "third most common", "primary bone malignancy"),
        ("Chondrosarcoma", "most common", "primary malignancy of the scapula"),
    }


def test_the_category_first_ranks_what_follows_the_verb() -> None:
    article = _article(
        "The commonest site is in the humerus, followed by the femur.",
        "The most common presenting complaint is painless haematuria.",
        title="Aneurysmal bone cyst",
    )
    assert _ranks(article) == {
        ("humerus", "most common", "site"),
        ("femur", "second most common", "site"),  # "followed by" names the next in rank
        ("painless haematuria", "most common", "presenting complaint"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Lipoma is one of the most common soft tissue tumours.",  # one of: no rank
        "Lipoma is among the most common soft tissue tumours.",
        "Lipomas are most common in the fifth decade.",  # an age, not a rank
        "It is most commonly found in the thigh.",
        "The most common finding on radiographs.",  # no verb: a fragment
        "The most common cause is unknown.",  # nothing ranked
    ],
)
def test_no_rank_where_none_is_stated(text: str) -> None:
    assert _ranks(_article(text, title="Lipoma")) == set()


@settings(max_examples=30, deadline=None)
@given(
    name=st.sampled_from(("Nephroblastoma", "Thymoma", "Pleomorphic adenoma", "Seminoma")),
    category=st.sampled_from(
        ("solid renal tumour of childhood", "anterior mediastinal mass", "salivary tumour")
    ),
    ordinal=st.sampled_from(("", "second ")),
)
def test_a_rank_reads_the_same_in_every_phrasing(name: str, category: str, ordinal: str) -> None:
    rank = f"{ordinal}most common"
    for text in (
        f"{name} is the {rank} {category}.",
        f"{name} is the {rank} {category}, accounting for 10% of cases.",
        f"{name} remains the {rank} {category} in most series 3.",
    ):
        found = _ranks(_article(text, title=name))
        assert found in ({(name, rank, category)}, {(name, rank, f"{category} in most series")})


def test_a_rank_is_asked_by_the_rank_for_its_own_subject_and_by_name_otherwise() -> None:
    article = _article(
        "Osteoid osteoma is the third most common benign bone tumour. The commonest site is "
        "the femur.",
        title="Osteoid osteoma",
    )
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.RANK)
    entry = ArticleFacts("a", article.title, Provenance(), facts)
    texts = {note.deletions[0].answer: note.text for note in build_cloze_notes(entry, facts)}
    assert texts == {
        "third most common": "Osteoid osteoma: the {{c1::third most common}} benign bone tumour",
        "femur": "Osteoid osteoma: the most common site is {{c1::femur}}",
    }


def test_a_long_place_name_after_the_category_is_ranked_whole() -> None:
    article = _article(
        "The most common location is the posterior basal segment of the left lower lobe.",
        title="Pulmonary sequestration",
        heading="Radiographic features",
    )
    assert _ranks(article) == {
        ("posterior basal segment of the left lower lobe", "most common", "location")
    }


def test_a_rank_that_names_its_category_says_it_once() -> None:
    """ "CT angiography is the investigation of choice" ranks among investigations: the card
    reads "the investigation of choice is …", not "the investigation of choice investigation"."""
    article = _article(
        "CT angiography is the investigation of choice for the feeding artery.",
        title="Pulmonary sequestration",
        heading="Radiographic features",
    )
    facts = tuple(f for f in extract_facts(article) if f.kind is FactKind.RANK)
    entry = ArticleFacts("a", article.title, Provenance(), facts)
    texts = [note.text for note in build_cloze_notes(entry, facts)]
    assert texts == [
        "Pulmonary sequestration: the investigation of choice for the feeding artery is "
        "{{c1::CT angiography}}"
    ]


# --- class 12: pronouns stand for the noun phrase they refer to ---------------------------


def _sentences(article: Article) -> list[Sentence]:
    return list(iter_sentences(article))


def _percent_items(article: Article) -> set[tuple[str, str]]:
    return {(f.item, f.value) for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE}


def test_they_is_the_subject_of_the_sentence_before_not_the_title() -> None:
    article = _article(
        "Secondary lymphomas of the breast spread from nodal disease elsewhere. They are "
        "uncommon, about 15%.",
        title="Breast lymphoma",
    )
    second = _sentences(article)[1]
    assert second.referent == "Secondary lymphomas of the breast"
    assert second.resolved == "Secondary lymphomas of the breast are uncommon, about 15%."
    assert _percent_items(article) == {("Secondary lymphomas of the breast", "about 15%")}


def test_these_lesions_carry_the_referent_over_several_sentences() -> None:
    article = _article(
        "Mucinous cystic neoplasms occur almost exclusively in women. They are typically "
        "solitary. These lesions are malignant in 10% of cases.",
        title="Pancreatic cystic lesion",
    )
    referents = [s.referent for s in _sentences(article)]
    assert referents == ["", "Mucinous cystic neoplasms", "Mucinous cystic neoplasms"]


def test_a_pronoun_that_does_not_agree_is_left_as_written() -> None:
    # "They" cannot be "the cyst" (singular): keep the sentence's own words, ask nothing.
    article = _article(
        "In adults, the cyst is usually unilocular. They are bilateral in 20%.",
        title="Renal cyst",
    )
    second = _sentences(article)[1]
    assert second.referent == ""
    facts = [f for f in extract_facts(article) if f.kind is FactKind.PERCENTAGE]
    assert [f.item for f in facts] == [""]
    assert facts[0].statement.startswith("They are bilateral")


def test_a_pronoun_after_an_unreadable_sentence_is_not_guessed() -> None:
    article = _article(
        "Glioblastoma is the most common primary brain malignancy. Patients with seizures, "
        "headache, or focal deficits are imaged. They are uncommon before 40.",
        title="Glioblastoma",
    )
    assert _sentences(article)[2].referent == ""


def test_the_first_sentence_of_a_section_on_a_subtype_refers_to_its_heading() -> None:
    article = _article(
        "They account for 5% of cases.", title="Craniopharyngioma", heading="Papillary type"
    )
    assert _sentences(article)[0].referent == "Papillary type"
    generic = _article("They account for 5% of cases.", title="Craniopharyngiomas")
    assert _sentences(generic)[0].referent == "Craniopharyngiomas"


def test_a_singular_title_is_made_plural_for_they() -> None:
    article = _article("They account for 3% of renal masses.", title="Oncocytoma")
    assert _sentences(article)[0].resolved == "Oncocytomas account for 3% of renal masses."


def test_under_an_imaging_heading_a_pronoun_is_not_resolved() -> None:
    # "It" opening the radiographic features is the radiograph, never the disease.
    article = _article(
        "It is abnormal in 40%, most often showing atelectasis.",
        title="Pulmonary embolism",
        heading="Radiographic features",
    )
    assert [s.referent for s in _sentences(article)] == [""]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Secondary glioblastomas arise from lower-grade tumours.", "Secondary glioblastomas"),
        ("In children, the tumour is usually infratentorial.", "the tumour"),
        ("Hydronephrosis may develop.", "Hydronephrosis"),
        ("Most patients present with pain.", ""),  # a quantified generic noun
        ("They are rare.", ""),
        ("About 10% are bilateral.", ""),
        ("Although rare, it is serious.", ""),
    ],
)
def test_leading_subject(sentence: str, subject: str) -> None:
    assert leading_subject(sentence) == subject


def test_a_sentence_without_a_subject_that_names_the_title_lets_they_refer_to_it() -> None:
    # "Most adrenal masses turn out to be adenomas. They are …": the sentence before has no
    # plain subject but names the article's subject (in either number), so "They" is it.
    article = _article(
        "Most incidental adrenal masses turn out to be adenomas. They are more frequent in "
        "older patients.",
        title="Adrenal adenoma",
    )
    assert _sentences(article)[1].resolved.startswith("Adrenal adenomas are more frequent")
    other = _article(
        "Roughly 60% of incidental adrenal masses are benign. They are more frequent in older "
        "patients.",
        title="Adrenal adenoma",
    )
    assert _sentences(other)[1].referent == ""


def test_it_after_a_sentence_about_people_is_the_title() -> None:
    # "It" cannot be the patients the sentence before was about; the page's topic is meant.
    article = _article(
        "Women are affected twice as often as men. It is usually solitary.",
        title="Renal oncocytoma",
    )
    assert _sentences(article)[1].resolved == "Renal oncocytoma is usually solitary."
    quantified = _article(
        "Most patients present in the sixth decade, with haematuria. It is bilateral in 5%.",
        title="Renal oncocytoma",
    )
    assert _sentences(quantified)[1].referent == "Renal oncocytoma"
    # "They" after people may be the people themselves: left as written
    people = _article(
        "Most patients present in the sixth decade. They are bilateral in 5%.",
        title="Renal oncocytomas",
    )
    assert _sentences(people)[1].referent == ""


def test_they_after_a_share_sentence_is_the_part_it_names() -> None:
    article = _article(
        "About 30% of splenic masses are considered to be haemangiomas. They are usually "
        "found incidentally.",
        title="Splenic lesion",
    )
    assert _sentences(article)[1].resolved == "Haemangiomas are usually found incidentally."


def test_the_next_and_the_first_in_rank_are_named_by_followed_by_and_after() -> None:
    article = _article(
        "Pancreatic pseudocyst is the second most common cystic lesion after serous cystadenoma.",
        "The lungs are the most common site of spread, followed by bone.",
        "The kidney is the most common site, followed by the liver and spleen.",  # which next?
        "The most important risk factor is smoking, followed by obesity.",  # not a frequency
        title="Pancreatic pseudocyst",
    )
    assert _ranks(article) == {
        ("Pancreatic pseudocyst", "second most common", "cystic lesion"),
        ("serous cystadenoma", "most common", "cystic lesion"),
        ("lungs", "most common", "site of spread"),
        ("bone", "second most common", "site of spread"),
        ("kidney", "most common", "site"),
        ("smoking", "most important", "risk factor"),
    }


def test_a_list_label_followed_by_its_rank_is_ranked() -> None:
    items = (
        ListItem("Brenner tumour: the second most common benign ovarian epithelial tumour"),
        ListItem("serous type: the most common type; usually bilateral"),
        ListItem("mucinous type: one of the most common types"),  # "one of": no rank
    )
    blocks = (Block(BlockKind.PARAGRAPH, text="Subtypes:"), Block(BlockKind.LIST, items=items))
    article = Article(slug="a", title="Ovarian tumour", sections=(Section("Pathology", blocks),))
    assert _ranks(article) == {
        ("Brenner tumour", "second most common", "benign ovarian epithelial tumour"),
        ("serous type", "most common", "type"),
    }


def test_a_subject_with_an_apposition_is_ranked_in_its_whole_category() -> None:
    article = _article(
        "Bile leak, escape of bile from the cystic duct stump, is the commonest complication "
        "after cholecystectomy.",
        "In adults, by contrast, it is the most common tumour.",  # a fronted phrase: no subject
        title="Cholecystectomy",
    )
    assert _ranks(article) == {("Bile leak", "most common", "complication after cholecystectomy")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Plaques are most frequent in the periventricular white matter.",
            ("periventricular white matter", "most frequent", "site of plaques"),
        ),
        (
            "Chondroblastoma most commonly affects the proximal humerus.",
            ("proximal humerus", "most common", "site"),
        ),
        (
            "Chondroblastomas are most common in the epiphysis.",
            ("epiphysis", "most common", "site"),
        ),
    ],
)
def test_the_place_where_something_is_most_common_is_its_commonest_site(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _ranks(_article(sentence, title="Chondroblastoma"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pain is most common at night.",  # a time, not a place: no name after "at the"
        "It is unclear where they are most common in the skeleton.",
        "Chondroblastoma is one of the most common lesions in the epiphysis.",
    ],
)
def test_no_site_rank_without_a_plain_place(sentence: str) -> None:
    found = _ranks(_article(sentence, title="Chondroblastoma"))
    assert not any(group.startswith("site") for _, _, group in found)


def test_the_best_modality_is_a_rank_and_a_category_ends_before_and() -> None:
    found = _ranks(
        _article(
            "Ultrasound is the best modality for assessing the cortex. Nephroblastomatosis is "
            "the most common precursor lesion of childhood and, in infants, second only to X.",
            title="Nephroblastomatosis",
        )
    )
    assert ("Ultrasound", "best", "modality for assessing the cortex") in found
    assert ("Nephroblastomatosis", "most common", "precursor lesion of childhood") in found


def test_a_sentence_whose_verb_is_include_names_what_they_next_stands_for() -> None:
    """ "Bosniak II lesions include cysts with a few thin septa … They are also benign." was
    carded as "Bosniak classification of cystic renal masses are also benign": with no
    readable subject, "They" went to the title the sentence mentioned ("masses")."""
    article = _article(
        "Category B lesions include cysts with a few thin septa and dense masses. "
        "They are also benign.",
        title="Classification of cystic masses",
    )
    assert _sentences(article)[1].referent == "Category B lesions"


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        (
            "The lumbar spine is the most common site (about 60%), followed by the thoracic "
            "spine (30%) and the cervical spine (10%).",
            "site",
        ),
        (
            "The stomach is the most commonly involved organ (60%), followed by the small "
            "bowel (30%) and the colon (5%).",
            "organ",
        ),
        # no rank: the section's heading names the whole, as before
        ("It arises in the stomach (60%), the small bowel (30%) and the colon (5%).", "pathology"),
    ],
)
def test_a_run_of_shares_after_a_rank_divides_what_the_rank_ranks(
    sentence: str, group: str
) -> None:
    """Spondylodiscitis's sites were carded under "Pathology:" (the section), asking "which
    accounts for about 60%?" of nothing named."""
    article = _article(sentence, title="Some disease", heading="Pathology")
    groups = {f.group for f in extract_facts(article) if f.kind is FactKind.FREQUENCY}
    assert groups == {group}, groups


def _listed(heading: str, *lines: str) -> Article:
    items = tuple(ListItem(text=line) for line in lines)
    block = Block(BlockKind.LIST, items=items)
    return Article(slug="a", title="Osteochondroma", sections=(Section(heading, (block,)),))


@pytest.mark.parametrize(
    ("heading", "group"), [("Location", "site"), ("Sites", "site"), ("Subtypes", "subtype")]
)
def test_a_bare_rank_in_a_list_takes_its_category_from_the_heading(
    heading: str, group: str
) -> None:
    article = _listed(
        heading, "distal femur (metaphysis): most common", "proximal tibia", "pelvis: rare"
    )
    assert _ranks(article) == {("distal femur (metaphysis)", "most common", group)}


@pytest.mark.parametrize("heading", ["Pathology", "Radiographic features", ""])
def test_a_bare_rank_under_a_heading_that_names_no_category_is_no_rank(heading: str) -> None:
    article = _listed(heading, "distal femur: most common", "proximal tibia")
    assert _ranks(article) == set()


def test_a_bracket_listing_parts_leaves_the_ranked_name() -> None:
    article = _listed("Location", "lumbar roots (L4 and L5): most common", "cervical roots (C7)")
    assert _ranks(article) == {("lumbar roots", "most common", "site")}
