"""What a radiologist objected to on the lead's own pages of session 20 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Fact, FactKind
from quizgen.readers import read_text


def _facts(body: str, title: str = "Synovial chondromatosis") -> list[Fact]:
    page = f"# {title}\n\n{body}\n"
    return extract_facts(read_text(page, path=Path("page.md")))


def _of(kind: FactKind, facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if fact.kind is kind]


def test_a_differential_entry_with_where_it_is_seen_is_one_diagnosis() -> None:
    """ "X, seen in A and B": where X is seen is its detail, not two more diagnoses."""
    facts = _facts(
        "## Differential diagnosis\n\n"
        "- pigmented villonodular synovitis, seen in young adults and in the knee\n"
        "- lipoma arborescens, usually in the suprapatellar recess\n"
        "- synovial sarcoma\n"
        "- haemophilic arthropathy (no loose bodies)\n"
        "- tuberculous arthritis (TB arthritis)\n"
    )
    found = {(f.item, f.value) for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert found == {
        ("pigmented villonodular synovitis", "seen in young adults and in the knee"),
        ("lipoma arborescens", "usually in the suprapatellar recess"),
        ("synovial sarcoma", ""),
        ("haemophilic arthropathy", "no loose bodies"),
        ("tuberculous arthritis (TB arthritis)", ""),
    }


def test_an_entry_naming_two_diagnoses_keeps_both() -> None:
    facts = _facts(
        "## Differential diagnosis\n\n"
        "- haemophilic arthropathy and septic arthritis\n"
        "- synovial sarcoma\n"
        "- rheumatoid arthritis\n"
    )
    items = {f.item for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert {"haemophilic arthropathy", "septic arthritis"} <= items


def test_being_is_no_item_of_a_share() -> None:
    """ "X are common, being seen in 4-9% of adults": "being" is no finding."""
    facts = _facts("Synovial cysts are common, being seen in about 6% of adults on MRI.")
    shares = _of(FactKind.PERCENTAGE, facts)
    assert shares
    assert all(f.item != "being" for f in shares)


def test_a_conjunction_is_no_part_of_a_measure() -> None:
    facts = _facts(
        "Aspiration may be tried, although recurrence after aspiration alone is common (up to 40%)."
    )
    measures = [f.attribute for f in _of(FactKind.PERCENTAGE, facts)]
    assert measures == ["recurrence after aspiration alone"]


@pytest.mark.parametrize(
    "byline",
    ["Dr Ana Ruiz and Dr Li Wei et al.", "By Ana Ruiz", "Authors: Ana Ruiz, Li Wei et al."],
)
def test_the_authors_line_is_no_lead(byline: str) -> None:
    """An authors' line above the lead stood before the defining sentence: no definition."""
    page = (
        "Radiopaedia.org\nSynovial chondromatosis\n"
        f"{byline}\n"
        "Synovial chondromatosis is a benign metaplasia of the synovium forming cartilaginous "
        "nodules.\n\nEpidemiology\nIt is most often seen in the knee.\n"
    )
    facts = extract_facts(read_text(page, path=Path("synovial-chondromatosis.txt")))
    definitions = [f.value for f in _of(FactKind.DEFINITION, facts)]
    assert any("benign metaplasia" in value for value in definitions)
    texts = [f.source.text for f in facts]
    assert not any(byline in text for text in texts)


def test_a_sentence_citing_authors_is_kept() -> None:
    facts = _facts("Smith et al. found loose bodies in 70% of affected knees.")
    assert any("70%" in f.value for f in facts)


def test_they_after_a_sentence_opening_on_the_subject_carries_it_to_a_site() -> None:
    facts = _facts(
        "Synovial chondromatosis is a benign metaplasia of the synovium. It is most "
        "commonly found in the knee and is usually monoarticular."
    )
    ranks = {(f.item, f.value, f.group) for f in _of(FactKind.RANK, facts)}
    assert ("knee", "most common", "site") in ranks


def test_it_after_a_sentence_about_something_else_ranks_no_site_of_the_title() -> None:
    facts = _facts("A loose body may calcify over years. It is most commonly found in the knee.")
    assert not [f for f in _of(FactKind.RANK, facts) if f.group == "site"]


def test_the_most_commonly_affected_with_its_article_is_a_site() -> None:
    facts = _facts("The medial compartment is the most commonly affected.")
    ranks = {(f.item, f.value, f.group) for f in _of(FactKind.RANK, facts)}
    assert ranks == {("medial compartment", "most common", "site")}


def test_a_setting_before_the_patients_keeps_their_complaints() -> None:
    facts = _facts(
        "## Clinical presentation\n\n"
        "When symptomatic, patients complain of knee pain, locking and swelling."
    )
    found = {f.item for f in _of(FactKind.ASSOCIATION, facts) if f.group == "presenting features"}
    assert found == {"knee pain", "locking", "swelling"}


def _on(title: str, body: str) -> list[Fact]:
    return _facts(body, title=title)


def test_initials_then_a_former_name_keep_the_title_as_subject() -> None:
    """ "X (ABC), previously called Y, is a …": Y is X's other name and the sentence still
    defines X (the defining sentence runs past 80 characters before its verb)."""
    facts = _on(
        "Nodular fasciitis of the forearm",
        "**Nodular fasciitis of the forearm** (NFF), previously called **pseudosarcomatous "
        "fasciitis of the forearm**, is a benign, self-limiting proliferation of fibroblasts.",
    )
    synonyms = {(f.subject, f.value) for f in _of(FactKind.SYNONYM, facts)}
    assert synonyms == {
        ("Nodular fasciitis of the forearm", "pseudosarcomatous fasciitis of the forearm"),
        ("Nodular fasciitis of the forearm", "NFF"),
    }
    definitions = [f.value for f in _of(FactKind.DEFINITION, facts)]
    assert definitions == ["a benign, self-limiting proliferation of fibroblasts"]


def test_a_rare_finding_owns_no_finding_of_the_next_clause() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### Plain radiograph\n\n"
        "Calcification is rare and periosteal reaction is absent.",
    )
    subjects = {f.subject for f in _of(FactKind.APPEARANCE, facts)}
    assert not any(subject.lower().startswith("calcification") for subject in subjects)


def test_what_a_study_shows_in_a_share_is_the_item_not_the_study() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### Plain radiograph\n\n"
        "Radiographs show a soft tissue mass in about 40%, and bone scalloping in around 5%.",
    )
    items = {(f.item, f.value) for f in _of(FactKind.PERCENTAGE, facts)}
    assert ("soft tissue mass", "about 40%") in items
    values = {f.value for f in _of(FactKind.APPEARANCE, facts)}
    assert not any("%" in value for value in values)


def test_a_cause_before_the_subject_is_no_part_of_it() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### MRI\n\n"
        "Because of its dense collagen, the mass is typically low signal on both T1 and T2.",
    )
    found = {(f.attribute, f.value) for f in _of(FactKind.APPEARANCE, facts)}
    assert {("MRI T1", "hypointense"), ("MRI T2", "hypointense")} <= found


def test_other_masses_of_a_place_to_consider_each_with_a_comment() -> None:
    facts = _on(
        "Nodular fasciitis",
        "Other masses of the forearm to consider include a lipoma, which follows fat, a "
        "desmoid tumour, which is infiltrative, and a sarcoma, which grows steadily.",
    )
    items = {f.item for f in _of(FactKind.DIFFERENTIAL, facts)}
    assert items == {"lipoma", "desmoid tumour", "sarcoma"}


def test_a_fronted_first_of_a_ranking() -> None:
    facts = _on(
        "Nodular fasciitis",
        "Nodular fasciitis is a benign proliferation of fibroblasts. After lipomas, it is the "
        "second most common soft tissue mass of the forearm.",
    )
    ranks = {(f.item, f.value) for f in _of(FactKind.RANK, facts)}
    assert ranks == {("Nodular fasciitis", "second most common"), ("lipomas", "most common")}
    assert all(f.source.text.startswith("After lipomas") for f in _of(FactKind.RANK, facts))


def test_a_series_of_qualities_names_one_presenting_mass() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Clinical presentation\n\n"
        "Patients present with a rapidly enlarging, tender, firm nodule, and fever.",
    )
    items = {f.item for f in _of(FactKind.ASSOCIATION, facts)}
    assert "rapidly enlarging, tender, firm nodule" in items
    assert "tender" not in items


def test_a_rate_is_one_blank_and_its_time_is_none() -> None:
    """ "above 300 µmol per 24 hours": blanking "24 hours" asks nothing a reader could know."""
    facts = _on(
        "Nodular fasciitis",
        "Affected patients excrete 250 µmol per 24 hours of hydroxyproline in the urine.",
    )
    keys = [key for f in _of(FactKind.STATEMENT, facts) for key in f.value.split(" | ")]
    assert "24 hours" not in keys
    assert "250 µmol per 24 hours" in keys


def test_an_amount_of_a_substance_per_day_is_a_cut_off() -> None:
    facts = _on(
        "Nodular fasciitis",
        "A urinary hydroxyproline level above 250 µmol per 24 hours is associated with "
        "progression.",
    )
    cut_offs = [f.value for f in _of(FactKind.THRESHOLD, facts)]
    assert cut_offs == ["above 250 µmol per 24 hours"]


def test_no_more_than_keeps_its_no() -> None:
    """ "positive in no more than 10%" cut to "more than 10%" says the opposite."""
    facts = _on("Nodular fasciitis", "The marker is positive in no more than 10% of patients.")
    values = [f.value for f in _of(FactKind.PERCENTAGE, facts)]
    assert values == ["no more than 10%"]


def test_a_marker_few_patients_carry_is_no_genetic_feature() -> None:
    few = _on("Nodular fasciitis", "HLA-B27 is positive in no more than 10% of patients.")
    assert not [f for f in _of(FactKind.ASSOCIATION, few) if "HLA-B27" in f.item]
    many = _on("Nodular fasciitis", "HLA-B27 is positive in 90% of patients.")
    assert [f for f in _of(FactKind.ASSOCIATION, many) if "HLA-B27" in f.item]


def test_a_gene_symbol_keeps_its_number() -> None:
    facts = _on("Nodular fasciitis", "HLA-B27 is positive in 90% of patients.")
    assert "HLA-B27" in " ".join(f.item for f in _of(FactKind.PERCENTAGE, facts))


def test_how_the_key_finding_lies_is_no_finding_of_its_own() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### Plain radiograph\n\n"
        "The classic finding is a triangular soft tissue mass, with its base along the fascia.",
    )
    values = {f.value for f in _of(FactKind.APPEARANCE, facts)}
    assert "triangular soft tissue mass" in values
    assert not any(value.startswith("its ") for value in values)


def test_the_condition_is_no_item_of_its_own_share() -> None:
    facts = _on("Nodular fasciitis", "The condition is seen in roughly 1-3% of adults.")
    assert [(f.item, f.value) for f in _of(FactKind.PERCENTAGE, facts)] == [("", "roughly 1-3%")]


def test_where_a_finding_extends_to_is_no_finding() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### CT\n\n"
        "It shows dense calcification of the fascia in most cases, often extending to the "
        "deltoid, biceps and triceps muscles.",
    )
    values = {f.value for f in _of(FactKind.APPEARANCE, facts)}
    assert not any("triceps" in value for value in values)


def test_a_more_correct_name_is_another_name() -> None:
    facts = _on(
        "Nodular fasciitis",
        "Nodular fasciitis, more correctly termed pseudosarcomatous fibromatosis, is a benign "
        "proliferation of fibroblasts.",
    )
    assert [f.value for f in _of(FactKind.SYNONYM, facts)] == ["pseudosarcomatous fibromatosis"]
    assert [f.item for f in _of(FactKind.DEFINITION, facts)] == ["Nodular fasciitis"]


def test_the_noun_of_a_with_clause_is_what_its_share_counts() -> None:
    facts = _on(
        "Nodular fasciitis",
        "Inheritance is autosomal dominant, with mutations in COL4A1 accounting for about 30% "
        "of familial cases.",
    )
    items = [f.item for f in _of(FactKind.PERCENTAGE, facts)]
    assert items == ["mutations in COL4A1"]


def test_a_person_s_name_in_the_title_keeps_its_capital_in_a_part_s_subject() -> None:
    facts = _on(
        "Kessler disease",
        "## Radiographic features\n\n### MRI\n\nCalcified regions are hypointense on T2.",
    )
    subjects = {f.subject for f in _of(FactKind.APPEARANCE, facts)}
    assert subjects == {"Calcified regions of Kessler disease"}


def test_a_title_the_article_writes_in_small_letters_is_lowered() -> None:
    facts = _on(
        "Ganglion cyst",
        "A ganglion cyst is a mucin-filled cyst.\n\n## Radiographic features\n\n### MRI\n\n"
        "Septations are hypointense on T2.",
    )
    subjects = {f.subject for f in _of(FactKind.APPEARANCE, facts)}
    assert subjects == {"Septations of ganglion cyst"}


def test_a_measure_noun_after_a_term_is_part_of_the_blank() -> None:
    facts = _on(
        "Nodular fasciitis", "The calcification volume correlates poorly with the symptoms."
    )
    keys = [key for f in _of(FactKind.STATEMENT, facts) for key in f.value.split(" | ")]
    assert keys == ["calcification volume"]


def test_a_finding_of_a_minority_is_no_look_of_the_lesion() -> None:
    few = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### Plain radiograph\n\n"
        "Bilateral disease is seen in around 10% of cases.",
    )
    assert not _of(FactKind.APPEARANCE, few)
    assert [f.value for f in _of(FactKind.PERCENTAGE, few)] == ["around 10%"]
    most = _on(
        "Nodular fasciitis",
        "## Radiographic features\n\n### Plain radiograph\n\n"
        "Bilateral disease is seen in around 80% of cases.",
    )
    assert [f.value.lower() for f in _of(FactKind.APPEARANCE, most)] == ["bilateral disease"]


def test_an_eponymous_rule_is_a_blank() -> None:
    facts = _on(
        "Nodular fasciitis",
        "In a duplex kidney, the upper pole moiety is typically obstructed, following the "
        "Weigert-Meyer rule.",
    )
    keys = [key for f in _of(FactKind.STATEMENT, facts) for key in f.value.split(" | ")]
    assert "Weigert-Meyer rule" in keys


def test_a_participle_s_complement_is_part_of_what_a_share_counts() -> None:
    facts = _on(
        "Nodular fasciitis", "About 30% are associated with a prior injury, and 10% are bilateral."
    )
    items = {(f.item, f.value) for f in _of(FactKind.PERCENTAGE, facts)}
    assert items == {("associated with a prior injury", "About 30%"), ("bilateral", "10%")}


def test_the_latter_opens_a_comment_not_a_member() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Clinical presentation\n\n"
        "Others present with a painful lump or paraesthesia, the latter usually from nerve "
        "compression.",
    )
    items = {f.item for f in _of(FactKind.ASSOCIATION, facts)}
    assert items == {"painful lump", "paraesthesia"}


def test_an_age_at_diagnosis_after_although_is_the_disease_s() -> None:
    facts = _on(
        "Nodular fasciitis",
        "## Epidemiology\n\n"
        "The causative injury occurs in childhood, although the diagnosis is often made in "
        "adulthood.",
    )
    ages = {(f.subject, f.item, f.value) for f in _of(FactKind.AGE, facts)}
    assert ("Nodular fasciitis", "age at diagnosis", "adulthood") in ages
    assert not any(s == "causative injury" and v == "adulthood" for s, _, v in ages)
