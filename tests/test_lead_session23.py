"""What the lead found wrong on opened blind sets in session 23 (issue 11).

Every sentence here is invented, on organs and diseases the corpora do not cover.
"""

from __future__ import annotations

from prose_helpers import of_kind, page_facts

from quizgen.extractors.shares import shares_in
from quizgen.extractors.statement_choice import key_terms
from quizgen.extractors.statement_terms import general_terms
from quizgen.model import Fact, FactKind


def _facts(body: str, title: str = "Hepatic peliosis", name: str = "page.md") -> list[Fact]:
    return page_facts(body, title, name)


_of = of_kind


def _terms(sentence: str) -> list[str]:
    return [term.text for term in key_terms(sentence, title="Scheuermann disease")]


def test_a_joint_a_junction_or_an_airway_named_with_its_adjective_is_a_key_term() -> None:
    assert _terms("Wedging is most marked at the thoracolumbar junction.") == [
        "thoracolumbar junction"
    ]
    assert _terms("Pain usually arises from the costovertebral joints.") == [
        "costovertebral joints"
    ]
    assert _terms("Mucus plugs lodge in the segmental bronchi.") == ["segmental bronchi"]


def test_a_structure_with_only_a_vague_adjective_is_no_anatomy_term() -> None:
    # "the posterior joints" of what? the place alone names no structure
    assert [t.text for t in general_terms("Stiffness affects the posterior joints.")] == []


def test_a_span_of_the_spine_without_a_level_word_is_a_key_term() -> None:
    assert "T7 and T10" in _terms("The kyphosis is centred between T7 and T10.")
    assert _terms("Schmorl nodes cluster at T12-L1 in adolescents.") == ["T12-L1"]


def test_two_mr_sequences_are_no_span_of_the_spine() -> None:
    assert "T1 and T2" not in " ".join(_terms("The endplates differ between T1 and T2 images."))


def test_a_statement_comes_from_a_sentence_whose_only_key_term_is_a_place() -> None:
    body = (
        "## Epidemiology\n\nScheuermann disease affects adolescents.\n\n"
        "## Pathology\n\nThe vertebral wedging is most marked at the thoracolumbar junction.\n"
    )
    statements = _of(FactKind.STATEMENT, _facts(body, title="Scheuermann disease"))
    assert [f.value for f in statements if "wedging" in f.statement] == ["thoracolumbar junction"]


def test_a_finding_word_after_non_is_denied_not_found() -> None:
    body = (
        "## Differential diagnosis\n\n"
        "- bone island: small, dense and non-expansile, with brush-like margins\n"
        "- fibrous dysplasia: expansile, with ground-glass matrix\n"
    )
    facts = _facts(body, "Osteoid osteoma")
    found = {(f.subject, f.value) for f in _of(FactKind.APPEARANCE, facts)}
    assert ("bone island", "expansile") not in found
    assert ("fibrous dysplasia", "expansile") in found


def test_a_repeated_from_is_no_part_of_a_differential_name() -> None:
    body = (
        "## Differential diagnosis\n\nOn imaging the lesion must be distinguished from a "
        "haemangioma and from a hepatic adenoma.\n"
    )
    names = {f.item for f in _of(FactKind.DIFFERENTIAL, _facts(body))}
    assert "hepatic adenoma" in names
    assert not any(name.startswith("from ") for name in names)


def test_a_share_of_a_structure_a_demonstrative_points_to_is_not_the_titles() -> None:
    body = (
        "## Anatomy\n\nThe gland is supplied by the inferior phrenic artery. This vessel arises "
        "from the aorta in about 60% of people.\n"
    )
    shares = _of(FactKind.PERCENTAGE, _facts(body, title="Adrenal haemorrhage"))
    assert not [f for f in shares if f.subject == "Adrenal haemorrhage" and "60%" in f.value]


def test_a_share_of_the_condition_a_demonstrative_points_to_stays_the_titles() -> None:
    body = "## Epidemiology\n\nThese haemorrhages arise on the right in about 70% of cases.\n"
    shares = _of(FactKind.PERCENTAGE, _facts(body, title="Adrenal haemorrhage"))
    assert [f.value for f in shares if f.subject == "Adrenal haemorrhage"] == ["about 70%"]


def _counted(sentence: str, title: str = "Renal oncocytoma") -> list[str]:
    return [s.item for s in shares_in(sentence, subject=title, title=title)]


def test_a_long_subject_seen_in_a_share_is_the_item() -> None:
    sentence = "Stellate central scarring of the tumour on CT is seen in 30-40% of cases."
    assert _counted(sentence) == ["Stellate central scarring of the tumour on CT"]


def test_the_subject_of_a_second_predicate_after_a_long_subject_is_the_item() -> None:
    sentence = (
        "Segmental enhancement inversion on the corticomedullary phase is a useful clue and is "
        "seen in about 60% of cases."
    )
    assert _counted(sentence) == ["Segmental enhancement inversion on the corticomedullary phase"]


def test_a_subject_that_fills_a_role_is_the_item() -> None:
    sentence = (
        "Flank pain, usually dull and intermittent, is the presenting complaint in about a third."
    )
    assert _counted(sentence) == ["Flank pain"]


def test_a_subject_with_an_aside_before_affects_is_the_item() -> None:
    sentence = "Haematuria, usually microscopic and painless, affects about 20% of patients."
    assert _counted(sentence) == ["Haematuria"]


def test_a_measure_that_remains_at_a_share_is_the_item() -> None:
    assert _counted("Local recurrence remains rare, at under 2%.") == ["Local recurrence"]
    assert _counted("Ten-year survival, at about 95%, is excellent.") == ["Ten-year survival"]


def test_a_frequency_word_before_a_bracketed_share_is_not_the_item() -> None:
    sentence = "Central calcification is uncommon (seen in about 5%) and suggests another lesion."
    assert _counted(sentence) == ["Central calcification"]


def test_a_conjunction_before_a_pronoun_opens_no_item() -> None:
    # (session 26: the pronoun's noun with its state is the item, share_clauses.py; the
    # conjunction and the pronoun never are)
    assert _counted("Ultrasound is sensitive, yet it is normal in 15%.") == ["normal ultrasound"]


def test_a_long_opening_phrase_with_a_verb_in_it_is_no_item() -> None:
    sentence = "A biopsy of the rim confirms the diagnosis in only about 40% of cases."
    assert _counted(sentence) == [""]


def _ages(sentence: str) -> set[tuple[str, str]]:
    body = f"## Epidemiology\n\n{sentence}\n"
    return {(f.item, f.value) for f in _of(FactKind.AGE, _facts(body, "Ewing sarcoma"))}


def test_a_second_peak_is_not_the_peak() -> None:
    found = _ages("The peak incidence is at 15 years, with a second, smaller peak in adulthood.")
    assert ("second peak", "adulthood") in found
    assert ("peak incidence", "adulthood") not in found


def test_decades_in_digits_and_the_first_few_decades_are_ages() -> None:
    assert ("typical age", "30s") in _ages("Patients are usually in their 30s.")
    assert ("typical age", "first two decades") in _ages(
        "Most tumours present in the first two decades with pain."
    )


def test_a_small_number_in_words_with_years_is_an_age() -> None:
    assert ("typical age", "under five years") in _ages(
        "The disease is usually seen under five years of age."
    )


def _definitions(body: str, title: str = "Kaposiform haemangioendothelioma") -> dict[str, str]:
    return {f.subject: f.value for f in _of(FactKind.DEFINITION, _facts(body, title))}


def test_a_listed_eponymous_syndrome_with_its_gloss_is_defined() -> None:
    body = (
        "## Complications\n\n"
        "- Kasabach-Merritt phenomenon: consumptive coagulopathy with profound thrombocytopenia\n"
        "- haemorrhage into the lesion\n"
    )
    assert _definitions(body)["Kasabach-Merritt phenomenon"] == (
        "consumptive coagulopathy with profound thrombocytopenia"
    )


def test_a_gloss_in_a_differential_list_or_a_claim_defines_nothing() -> None:
    body = (
        "## Differential diagnosis\n\n"
        "- Gorham disease: progressive osteolysis without a soft-tissue mass\n"
        "\n## Associations\n\n"
        "- Maffucci syndrome: about 20% of patients have such lesions\n"
        "- Stewart-Treves syndrome: it follows chronic lymphoedema\n"
    )
    found = _definitions(body)
    assert "Gorham disease" not in found
    assert "Maffucci syndrome" not in found
    assert "Stewart-Treves syndrome" not in found


def test_a_share_with_its_own_item_in_a_list_intro_is_kept() -> None:
    body = (
        "## Epidemiology\n\nMultiple lesions are uncommon, occurring in fewer than 5% of "
        "patients, and should prompt a search for:\n\n- a familial syndrome\n- prior irradiation\n"
    )
    shares = _of(FactKind.PERCENTAGE, _facts(body, title="Cavernous malformation"))
    assert [(f.item, f.value) for f in shares] == [("Multiple lesions", "fewer than 5%")]


def test_a_list_intros_share_of_its_entries_is_not_taken() -> None:
    body = (
        "## Clinical presentation\n\nIn about 30% of cases the following are seen:\n\n"
        "- headache\n- seizures\n"
    )
    shares = _of(FactKind.PERCENTAGE, _facts(body, title="Cavernous malformation"))
    assert [f.value for f in shares if "30%" in f.value] == []


def test_a_subject_ends_before_becomes() -> None:
    sentence = "The opposite knee becomes involved in about 15% of patients."
    assert _counted(sentence) == ["opposite knee"]


def test_the_condition_is_the_pages_own_subject_for_a_property_share() -> None:
    assert _counted("The condition is bilateral in about a fifth of patients.") == ["bilateral"]


def test_a_worded_share_after_relatively_counts_the_subject() -> None:
    assert _counted("Malignant change is relatively rare (under 1%).") == ["Malignant change"]


def _associated(sentence: str, title: str = "Osteitis pubis") -> set[str]:
    body = f"## Clinical presentation\n\n{sentence}\n"
    return {f.item for f in _of(FactKind.ASSOCIATION, _facts(body, title))}


def test_a_gene_said_to_be_no_more_common_is_no_feature() -> None:
    assert "HLA-B27" not in _associated("HLA-B27 is no more common than in the general population.")
    assert "HLA-B27" not in _associated(
        "Inflammatory markers are normal and HLA-B27 is no more common than in healthy people."
    )
    assert "HLA-B27" not in _associated("HLA-B27 is not associated with the condition.")


def test_a_gene_present_in_most_patients_stays_a_feature() -> None:
    assert "HLA-B27" in _associated("Markers are raised and HLA-B27 is present in most patients.")


def _looks(sentence: str, heading: str = "Plain radiograph") -> set[str]:
    body = f"## Radiographic features\n\n### {heading}\n\n{sentence}\n"
    return {f.value for f in _of(FactKind.APPEARANCE, _facts(body, "Osteitis pubis"))}


def test_a_finding_seen_at_a_place_is_a_finding_with_its_place() -> None:
    assert "subchondral sclerosis on the pubic side of the joint" in _looks(
        "Subchondral sclerosis is seen on the pubic side of the joint."
    )


def test_a_finding_seen_at_a_time_keeps_no_time() -> None:
    assert not any("time" in v for v in _looks("Sclerosis is seen at the time of presentation."))


def _parts(sentence: str) -> set[tuple[str, str]]:
    body = f"## Radiographic features\n\n### Plain radiograph\n\n{sentence}\n"
    return {
        (f.attribute, f.value) for f in _of(FactKind.APPEARANCE, _facts(body, "Osteitis pubis"))
    }


def test_a_spared_part_and_a_second_clause_after_and_the_are_read() -> None:
    found = _parts("The acetabulum is spared and the joint space is preserved.")
    assert ("radiograph acetabulum", "spared") in found
    assert ("radiograph joint space", "preserved") in found


def test_two_properties_joined_by_and_are_counted_together() -> None:
    assert _counted("The erosions are bilateral and symmetric in about 80% of cases.") == [
        "bilateral and symmetric erosions"
    ]


def test_a_worded_share_before_its_figure_is_no_item() -> None:
    assert _counted("Roughly half (about 50%) of patients are asymptomatic.") == ["asymptomatic"]


def test_counted_kinds_of_the_title_own_no_run_of_shares() -> None:
    body = (
        "## Radiographic features\n\nThree patterns are usually described: a cyst with a mural "
        "nodule in about 40–50%, a solid mass in about 40%, and a cyst without a nodule in 10%.\n"
    )
    shares = _of(FactKind.PERCENTAGE, _facts(body, title="Pilocytic astrocytoma"))
    assert len(shares) == 3
    assert {f.subject for f in shares} == {"Pilocytic astrocytoma"}
