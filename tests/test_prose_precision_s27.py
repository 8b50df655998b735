"""Session 27 precision rules, each on invented sentences about organs the rule was not
found on: a fact whose field is a fragment (an aside, a clause, a preposition left on) is
refused or repaired where it is made."""

from __future__ import annotations

from prose_helpers import clinical_facts

from quizgen.model import Fact, FactKind


def _percentages(title: str, *paragraphs: str, items: tuple[str, ...] = ()) -> list[Fact]:
    return [
        f
        for f in clinical_facts(title, *paragraphs, items=items)
        if f.kind in (FactKind.PERCENTAGE, FactKind.FREQUENCY)
    ]


def _associations(title: str, *paragraphs: str) -> list[Fact]:
    return [f for f in clinical_facts(title, *paragraphs) if f.kind is FactKind.ASSOCIATION]


def test_an_aside_before_the_verb_is_not_what_a_share_counts() -> None:
    # "X, aside, develops in N%": the share counts X, the subject of "develops"
    facts = _percentages(
        "Renal angiomyolipoma",
        "Haematuria, usually painless and intermittent, develops in about 30% of patients.",
    )
    assert [f.item for f in facts] == ["Haematuria"]
    facts = _percentages(
        "Thyroid lymphoma",
        "Airway compression, in the form of tracheal narrowing, deviation or invasion, "
        "occurs in 15-25%.",
    )
    assert [f.item for f in facts] == ["Airway compression"]


def test_an_aside_with_a_participle_still_counts_its_own_noun() -> None:
    # "X, found in N%, is …": the share is inside the aside, its noun is what it counts
    facts = _percentages(
        "Renal angiomyolipoma",
        "Aneurysm formation, found in about 20%, is the main predictor of bleeding.",
    )
    assert [f.item for f in facts] == ["Aneurysm formation"]


def test_the_preposition_before_a_list_lines_share_is_no_part_of_its_item() -> None:
    facts = _percentages(
        "Thymoma",
        "On CT the features are:",
        items=(
            "coarse calcification of the capsule in about 20%; when present it is a clue",
            "pleural drop metastases seen in 5%",
        ),
    )
    items = sorted(f.item for f in facts)
    assert items == ["coarse calcification of the capsule", "pleural drop metastases"]


def test_a_clause_after_a_conjunction_is_no_presenting_feature() -> None:
    facts = _associations(
        "Spinal cord compression",
        "It presents with back pain and leg weakness, and numbness, before sphincter "
        "disturbance appears.",
    )
    items = {f.item for f in facts}
    assert "before sphincter disturbance appears" not in items
    assert {"back pain", "leg weakness"} <= items


def test_a_passive_predicate_is_no_presenting_feature() -> None:
    # "Symptoms are relieved by …" says what eases them, it names no feature
    facts = _associations(
        "Acute pericarditis",
        "It presents with pleuritic chest pain and fever.",
        "Symptoms are relieved by sitting up and leaning forward.",
    )
    items = {f.item for f in facts}
    assert not any(item.startswith("relieved by") for item in items)
    assert {"pleuritic chest pain", "fever"} <= items


def _classes(title: str, text: str) -> set[tuple[str, str]]:
    facts = clinical_facts(title, text, heading="Classification")
    return {(f.subject, f.item) for f in facts if f.kind is FactKind.ASSOCIATION}


def test_the_class_noun_alone_stands_for_the_title() -> None:
    # "The anomaly", "The malformation": the article's subject, no other condition
    found = _classes(
        "Pulmonary sequestration", "The anomaly is divided into intralobar and extralobar forms."
    )
    assert found == {
        ("Pulmonary sequestration", "intralobar"),
        ("Pulmonary sequestration", "extralobar"),
    }
    found = _classes(
        "Vein of Galen aneurysm", "The malformation is divided into choroidal and mural types."
    )
    assert {subject for subject, _ in found} == {"Vein of Galen aneurysm"}
    # a condition named in full keeps its own name
    found = _classes(
        "Ovarian teratoma",
        "Germ cell tumours are divided into seminomatous and non-seminomatous types.",
    )
    assert {subject for subject, _ in found} == {"Germ cell tumours"}


def test_what_follows_the_class_noun_is_no_part_of_the_last_class() -> None:
    found = _classes(
        "Pulmonary sequestration",
        "It is divided into intralobar and extralobar forms according to its pleural covering.",
    )
    assert {item for _, item in found} == {"intralobar", "extralobar"}


def test_those_in_a_cut_off_stand_for_the_noun_phrase_before_the_comma() -> None:
    facts = clinical_facts(
        "Portal hypertension",
        "Enlarged gastric veins, usually taken as those exceeding 5 mm in diameter, are "
        "found in most patients.",
        heading="Radiographic features",
    )
    items = [f.item for f in facts if f.kind is FactKind.THRESHOLD]
    assert items == ["enlarged gastric vein diameter"]


def test_associated_conditions_named_by_category_are_no_subject() -> None:
    # "Associated anomalies …, most notably trisomy 18": the title's association
    facts = _associations(
        "Congenital diaphragmatic hernia",
        "Associated anomalies are present in 40% of infants, most notably trisomy 18.",
    )
    assert {(f.subject, f.item) for f in facts} == {
        ("Congenital diaphragmatic hernia", "trisomy 18")
    }
    facts = _associations(
        "Choledochal cyst", "Coexisting lesions are associated with a KRAS mutation."
    )
    assert {f.subject for f in facts} == {"Choledochal cyst"}


def test_a_list_verb_left_on_a_member_is_dropped() -> None:
    facts = _associations(
        "Renal agenesis", "Other malformations are common and include a unicornuate uterus."
    )
    assert [f.item for f in facts] == ["unicornuate uterus"]


def _accuracies(title: str, text: str) -> list[tuple[str, str, str]]:
    facts = clinical_facts(title, text, heading="Radiographic features")
    return [(f.item, f.value, f.attribute) for f in facts if f.kind is FactKind.PERCENTAGE]


def test_an_accuracy_figure_names_the_test_the_sentence_opens_on() -> None:
    found = _accuracies(
        "Acute cholecystitis", "Ultrasound is the first-line test, with a sensitivity of about 88%."
    )
    assert found == [("Ultrasound", "about 88%", "sensitivity")]
    found = _accuracies(
        "Pulmonary embolism",
        "A D-dimer assay is used to exclude the diagnosis, with a sensitivity above 95%.",
    )
    assert found == [("D-dimer assay", "above 95%", "sensitivity")]
    # a finding or the disease itself is no test: no item is made up
    found = _accuracies(
        "Testicular torsion",
        "Absent intratesticular flow is the key finding, with a sensitivity of around 86%.",
    )
    assert found == [("", "around 86%", "sensitivity")]


def test_a_role_is_not_what_its_share_counts_what_fills_it_is() -> None:
    facts = _percentages(
        "Pleural mesothelioma",
        "The cardinal symptom is breathlessness on exertion, present in about 80% of patients.",
    )
    assert [f.item for f in facts] == ["breathlessness on exertion"]
    # a subject that is no role keeps its share
    facts = _percentages(
        "Pleural mesothelioma", "Chest pain is the commonest complaint, seen in 60%."
    )
    assert [f.item for f in facts] == ["Chest pain"]


def test_a_description_that_points_back_defines_nothing() -> None:
    facts = clinical_facts(
        "Wilms tumour",
        "Staging before surgery uses the imaging extent of disease. "
        "The same system re-applied after chemotherapy is termed post-treatment staging.",
        heading="Staging",
    )
    assert not [f for f in facts if f.kind is FactKind.DEFINITION]
    facts = clinical_facts(
        "Wilms tumour",
        "A tumour that has spread through the capsule into the perirenal fat is termed stage II.",
        heading="Staging",
    )
    assert [f.item for f in facts if f.kind is FactKind.DEFINITION] == ["stage II"]


def test_a_later_clause_that_points_back_defines_nothing() -> None:
    facts = clinical_facts(
        "Wilms tumour",
        "Most tumours are confined to the kidney at diagnosis, and the same tumour after "
        "preoperative rupture is termed upstaged disease.",
        heading="Staging",
    )
    assert not [f for f in facts if f.kind is FactKind.DEFINITION]


def test_a_degree_of_narrowing_is_no_share_of_patients() -> None:
    facts = _percentages(
        "Renal artery stenosis",
        "The lesion is graded by angiography:",
        items=(
            "grade 1: wall irregularity with less than 50% narrowing",
            "grade 2: a web or plaque with 50% or greater stenosis",
        ),
    )
    assert facts == []
    facts = _percentages("Renal artery stenosis", "Disease is bilateral in about 30% of patients.")
    assert [f.value for f in facts] == ["about 30%"]


def test_a_field_cut_at_a_coordinator_loses_the_coordinator() -> None:
    facts = clinical_facts(
        "Pulmonary hydatid cyst",
        "Intact cysts appear as a round opacity or, once they rupture, as a cavity.",
        heading="Plain radiograph",
    )
    values = [f.value for f in facts if f.kind is FactKind.APPEARANCE]
    assert values
    assert not [v for v in values if v.endswith((" or", " and"))]


def test_a_tests_role_is_no_appearance() -> None:
    facts = clinical_facts(
        "Pulmonary hydatid cyst",
        "Chest radiographs are usually the first test. Intact cysts appear as a round opacity.",
        heading="Radiographic features",
    )
    values = [f.value for f in facts if f.kind is FactKind.APPEARANCE]
    assert "the first test" not in values
    assert "a round opacity" in values


def test_a_noun_phrase_that_points_back_has_no_synonym() -> None:
    facts = clinical_facts(
        "Renal cell carcinoma",
        "Some tumours contain both clear and papillary areas. Such tumours, sometimes called "
        "hybrid carcinomas, behave like the clear cell type.",
    )
    assert not [f for f in facts if f.kind is FactKind.SYNONYM]
    facts = clinical_facts(
        "Soft tissue sarcoma",
        "Clear cell sarcoma, sometimes called malignant melanoma of soft parts, arises near "
        "tendons.",
    )
    found = [(f.subject, f.value) for f in facts if f.kind is FactKind.SYNONYM]
    assert found == [("Clear cell sarcoma", "malignant melanoma of soft parts")]


def test_a_subject_before_differs_is_the_sentences_own() -> None:
    facts = _associations(
        "Huntington disease",
        "Huntington disease (HD) presents with chorea and behavioural change.",
        "Juvenile HD differs clinically, presenting with rigidity and seizures.",
    )
    found = {(f.subject, f.item) for f in facts}
    assert ("Juvenile HD", "rigidity") in found
    assert ("Huntington disease", "rigidity") not in found
    assert ("Huntington disease", "chorea") in found


def test_a_list_lines_clause_with_its_own_subject_counts_that_subject() -> None:
    facts = _percentages(
        "Renal angiomyolipoma",
        "Associations include:",
        items=(
            "tuberous sclerosis: loss of the TSC2 gene on chromosome 16 is also found in about a "
            "third of sporadic tumours",
            "lymphangioleiomyomatosis: present in about 30%",
        ),
    )
    found = sorted((f.item, f.value) for f in facts)
    assert found == [
        ("loss of the TSC2 gene on chromosome 16", "about a third"),
        ("lymphangioleiomyomatosis", "about 30%"),
    ]


def test_associated_lesions_named_by_their_own_noun_keep_their_subject() -> None:
    from quizgen.extractors.clauses import iter_clauses  # noqa: PLC0415
    from quizgen.model import Article, Block, BlockKind, Section  # noqa: PLC0415

    texts = ("Associated abscesses are typically rim-enhancing.", "Associated anomalies are rare.")
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=t) for t in texts)
    article = Article(slug="t", title="Spinal tuberculosis", sections=(Section("Imaging", blocks),))
    subjects = [c.subject for c in iter_clauses(article)]
    assert subjects == ["Associated abscesses", "Spinal tuberculosis"]
