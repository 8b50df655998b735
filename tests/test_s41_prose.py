"""Session 41: prose rules from the blind sets BW and BX once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.text import split_label
from quizgen.generators.numeric import bound_is_stated, bound_of
from quizgen.model import Article, Fact, FactKind
from quizgen.readers import read_text


def _page(title: str, heading: str, body: str) -> Article:
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _facts(title: str, heading: str, body: str) -> list[Fact]:
    return list(extract_facts(_page(title, heading, body)))


def _kind(title: str, heading: str, body: str, kind: FactKind) -> list[Fact]:
    return [f for f in _facts(title, heading, body) if f.kind is kind]


def test_a_signs_name_given_after_a_phrase_hanging_on_a_preposition_names_no_tail() -> None:
    # the name is the whole finding's ("wrapping of the vein … without narrowing of its
    # lumen"), not "lumen"'s, nor "narrowing"'s
    body = (
        "Patients present with pain. A useful clue is wrapping of the splenic vein by soft"
        ' tissue without narrowing of its lumen, sometimes called the "draped vein sign".'
    )
    synonyms = _kind("Splenic angiosarcoma", "Radiographic features", body, FactKind.SYNONYM)
    assert [f.value for f in synonyms] == []
    signs = _kind("Splenic angiosarcoma", "Radiographic features", body, FactKind.SIGN)
    assert [f.item for f in signs] == ["draped vein sign"]
    # a phrase that opens its sentence is whole
    whole = (
        "Patients present with pain. Vein wrapping, also known as the draped vein sign, is seen."
    )
    synonyms = _kind("Splenic angiosarcoma", "Radiographic features", whole, FactKind.SYNONYM)
    assert [(f.subject, f.value) for f in synonyms] == [("Vein wrapping", "draped vein sign")]
    # a place's other name is the place's, whatever preposition it hangs on
    place = (
        "Patients present with pain. It arises in the splenic hilum, also known as the"
        " porta lienis."
    )
    synonyms = _kind("Splenic angiosarcoma", "Pathology", place, FactKind.SYNONYM)
    assert [(f.subject, f.value) for f in synonyms] == [("splenic hilum", "porta lienis")]


def test_a_quoted_look_keeps_the_body_part_it_is_named_on() -> None:
    body = 'Patients present with pain. Repeated episodes may lead to a "cauliflower" ear.'
    signs = _kind("Gouty tophus", "Clinical presentation", body, FactKind.SIGN)
    assert [f.item for f in signs] == ["cauliflower ear"]
    nose = 'Patients present with pain. Some develop a "saddle" nose.'
    assert [f.item for f in _kind("Gouty tophus", "Pathology", nose, FactKind.SIGN)] == [
        "saddle nose"
    ]


def test_a_share_of_those_with_another_qualifier_counts_the_same_item_in_its_own_whole() -> None:
    body = (
        "Patients present with pain. Tumours of the renal sinus as a whole are uncommon, making"
        " up less than 1% of renal neoplasms in adults but 3-8% of those in children."
    )
    shares = _kind("Renal oncocytoma", "Epidemiology", body, FactKind.PERCENTAGE)
    assert [(f.item, f.value, f.group) for f in shares] == [
        ("Tumours of the renal sinus", "less than 1%", "renal neoplasms in adults"),
        ("Tumours of the renal sinus", "3-8%", "renal neoplasms in children"),
    ]


def test_a_negated_bound_keeps_its_negation_in_the_cut_off() -> None:
    body = (
        "Patients present with pain. A normal common duct should not exceed 6 mm in diameter."
        " By convention a gallbladder wall no thicker than 3 mm is normal."
    )
    cutoffs = _kind("Choledochal cyst", "Radiographic features", body, FactKind.THRESHOLD)
    assert [(f.item, f.value) for f in cutoffs] == [
        ("common duct diameter", "not exceed 6 mm"),
        ("gallbladder wall thickness", "no thicker than 3 mm"),
    ]


def test_a_negated_comparative_bounds_from_above() -> None:
    assert bound_of("a wall no thicker than ") == "upper"
    assert bound_of("a wall not larger than ") == "upper"
    assert bound_of("a wall thicker than ") == "lower"


def test_a_modal_limit_is_a_bound_stated_of_the_subject() -> None:
    # "should not exceed 6 mm" says every normal duct is at most 6 mm: "at most 7.5 mm" is
    # right too, so the distractors must lie below, as for "ducts are smaller than 6 mm"
    assert bound_is_stated("A normal common duct should not exceed ")
    assert not bound_is_stated("A common duct wider than ")


def _ranks(title: str, body: str) -> list[tuple[str, str, str]]:
    facts = _kind(title, "Pathology", f"Patients present with pain. {body}", FactKind.RANK)
    return [(f.item, f.value, f.group) for f in facts]


def test_names_listed_in_order_of_frequency_are_ranked_in_that_order() -> None:
    assert _ranks(
        "Septic arthritis", "In order of frequency, the knee, hip and wrist are involved."
    ) == [
        ("knee", "most common", "site"),
        ("hip", "second most common", "site"),
        ("wrist", "third most common", "site"),
    ]
    causes = "The commonest causes, in decreasing order of frequency, are trauma, surgery and gout."
    assert _ranks("Septic arthritis", causes) == [
        ("trauma", "most common", "cause"),
        ("surgery", "second most common", "cause"),
        ("gout", "third most common", "cause"),
    ]
    # an order of severity ranks no frequency
    severity = "Three stages are known, in order of increasing severity: mild, moderate and severe."
    assert _ranks("Septic arthritis", severity) == []


def test_a_list_its_intro_orders_by_frequency_is_ranked_entry_by_entry() -> None:
    body = (
        "Patients present with pain.\n\nThe bones involved, in descending order of frequency,"
        " are:\n\n- femur\n- tibia\n- humerus"
    )
    facts = _kind("Osteomyelitis", "Location", body, FactKind.RANK)
    assert [(f.item, f.value) for f in facts] == [
        ("femur", "most common"),
        ("tibia", "second most common"),
        ("humerus", "third most common"),
    ]


def test_a_place_a_lesion_is_most_often_located_on_is_its_commonest_site() -> None:
    body = "The nodule is most often located on the medial aspect of the plantar fascia."
    assert _ranks("Plantar fibromatosis", body) == [
        ("medial aspect of the plantar fascia", "most common", "site of nodule")
    ]


def _relations(title: str, body: str, heading: str = "Pathology") -> list[tuple[str, str, str]]:
    facts = _kind(title, heading, f"Patients present with pain. {body}", FactKind.ASSOCIATION)
    return [(f.subject, f.item, f.group) for f in facts if f.item != "pain"]


def test_a_group_presenting_instead_with_something_is_that_groups_presentation() -> None:
    found = _relations("Ependymoma", "Infants may instead present with macrocephaly.")
    assert ("Ependymoma in infants", "macrocephaly", "presenting features") in found


def test_a_bare_gene_symbol_takes_the_change_of_the_gene_coordinated_with_it() -> None:
    found = _relations("Ependymoma", "The tumour is associated with NF2 or SMARCB1 deletions.")
    items = {item for _, item, _ in found}
    assert {"NF2 deletions", "SMARCB1 deletions"} <= items
    assert "NF2" not in items


def test_a_molecular_group_named_by_its_label_is_a_form_of_the_pages_condition() -> None:
    found = _relations("Ependymoma", "The RELA group is associated with TP53 mutations.")
    assert {group for _, _, group in found} == {"associations", "genetic features"}
    assert all(subject == "Ependymoma (RELA group)" for subject, _, _ in found)


def test_one_adjective_and_a_graded_participle_after_a_make_one_finding() -> None:
    body = "Patients notice a painless, slowly enlarging lump."
    found = _relations("Lipoma", body, "Clinical presentation")
    assert [item for _, item, _ in found if "lump" in item or item == "painless"] == [
        "painless, slowly enlarging lump"
    ]


def test_a_thing_sized_as_a_figure_of_the_whole_is_the_figures_item() -> None:
    body = (
        "Patients present with pain. A clear cell component of more than 10% is associated"
        " with a worse outcome. In a total of 5% of cases it recurs."
    )
    shares = _kind("Synovial sarcoma", "Pathology", body, FactKind.PERCENTAGE)
    assert [(f.item, f.value) for f in shares] == [
        ("clear cell component", "more than 10%"),
        ("", "5%"),
    ]


def test_these_figures_point_back_to_the_pages_account_not_to_a_thing() -> None:
    body = (
        "Patients present with pain. Gastrinomas are described by a rule of thirds: about a"
        " third are multiple and a third are malignant. These figures are approximations;"
        " malignancy is defined by spread to the liver."
    )
    statements = [f.statement for f in _facts("Gastrinoma", "Pathology", body)]
    assert not [s for s in statements if "are approximations" in s and "figures" not in s]


def test_list_entries_run_together_in_plain_text_give_no_fact_of_the_page() -> None:
    """A text extraction ran a differential list into one line: synovial sarcoma's 30% and
    gout's "punched-out" erosions were filed under the page's own subject."""
    text = (
        "Bursitis\n\nDifferential diagnosis\n\nThe differential includes several entities.\n\n"
        'gout: tophi are dense and cause "punched-out" erosions synovial sarcoma: a soft tissue'
        " mass with calcification in approximately 30% of cases lipoma arborescens: frond-like"
        " fat within the joint myositis ossificans: zonal ossification\n"
    )
    facts = list(extract_facts(read_text(text, path=Path("bursitis.txt"))))
    assert [
        f for f in facts if f.subject == "Bursitis" and f.kind is not FactKind.DIFFERENTIAL
    ] == []
    # a sentence that ends as one is read as prose, colons and all
    prose = (
        "Bursitis\n\nClinical presentation\n\nThree forms are told apart by their course:"
        " acute: hours; subacute: days; chronic: months. Patients present with pain.\n"
    )
    facts = list(extract_facts(read_text(prose, path=Path("bursitis.txt"))))
    assert [f.item for f in facts if f.kind is FactKind.ASSOCIATION] == ["pain"]


def test_a_change_in_one_gene_is_shared_by_the_bare_symbols_after_it() -> None:
    found = _relations("Osteopetrosis", "It results from mutations in CLCN7, TCIRG1 or OSTM1.")
    assert [item for _, item, _ in found] == [
        "mutations in CLCN7",
        "mutations in TCIRG1",
        "mutations in OSTM1",
    ]


def test_what_a_relative_clause_after_a_quantifier_leads_to_is_no_complication() -> None:
    body = (
        "It results from mutations in CLCN7 or TCIRG1, both of which lead to failure of"
        " osteoclast resorption and dense bones."
    )
    found = _relations("Osteopetrosis", body)
    assert [g for _, _, g in found if g == "complications"] == []


def test_a_comma_between_a_chemicals_locants_splits_no_list() -> None:
    body = "It is associated with hypercalcaemia and raised 1,25-dihydroxyvitamin D."
    items = [item for _, item, _ in _relations("Sarcoidosis", body)]
    assert "raised 1,25-dihydroxyvitamin D" in items
    assert "raised 1" not in items


def test_what_is_absent_owns_no_finding() -> None:
    body = (
        "Patients present with pain. No solid mass is present. There is no calcific acoustic"
        " shadowing."
    )
    found = _kind("Retinal detachment", "Ultrasound", body, FactKind.APPEARANCE)
    assert found
    assert {f.subject for f in found} == {"Retinal detachment"}


def test_a_range_of_rare_shares_with_three_decimals_is_one_share() -> None:
    body = "Patients present with pain. It is found in approximately 0.025-0.05% of angiograms."
    shares = _kind("Persistent sciatic artery", "Epidemiology", body, FactKind.PERCENTAGE)
    assert [f.value for f in shares] == ["approximately 0.025-0.05%"]


def test_a_label_whose_detail_runs_into_other_entries_labels_nothing() -> None:
    glued = "gout: tophi are dense sarcoma: a mass with calcification lipoma arborescens: fat"
    assert split_label(glued) == (glued, "")
    # one label inside a detail is the entry's own sub-label
    assert split_label("imaging: duct dilatation: common") == (
        "imaging",
        "duct dilatation: common",
    )
