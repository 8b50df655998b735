"""Issue 11, session 19: wrong or junk cards of associations, signs and differentials,
refused or repaired by shape where the fact is made.

- a list of the courses a disease takes ("may be: hyperacute: …; acute: …; chronic: …")
  holds forms of a classification by course, not presenting features;
- a member that is a bare verb ("found"), a clause fragment ("with a history",
  "accompanied by nausea", "reflecting …", "concave towards …"), a count of classes
  ("three classes"), a ranked outcome ("the highest mortality"), an imaging technique
  ("CT") or a larger part of the subject ("Larger cysts") names nothing to learn;
- a table's grouping column ("Site: S1; antrum", "Site: S2; body") is no class: the code is;
- a name given by "also called" is another name of the thing before it, not a sign;
- a differential entry's appositive description (", a normal variant that …") is its detail;
- one list entry naming two members ("A mutation and B mutation", "protein X, protein Y
  and Z deficiency") is two or three members.

Every sentence is invented, about organs and diseases the corpora do not cover."""

from __future__ import annotations

import pytest
from prose_helpers import clinical_facts as _facts

from quizgen.extractors.member_shapes import entry_members, grouped_rows, member_repaired
from quizgen.model import Fact, FactKind


def _members(facts: list[Fact]) -> dict[str, str]:
    return {f.item: f.group for f in facts if f.kind is FactKind.ASSOCIATION}


# 1. courses of a disease


def test_a_list_of_courses_holds_forms_not_presenting_features() -> None:
    found = _members(
        _facts(
            "Renal vein thrombosis",
            "Presentation depends on how fast the vein occludes and may be:",
            items=(
                "hyperacute: sudden flank pain with gross haematuria",
                "acute: flank pain and a falling renal function over days",
                "subacute or chronic: an incidental finding of collateral veins",
            ),
        )
    )
    assert found.get("hyperacute") == "types"
    assert found.get("subacute or chronic") == "types"
    assert "presenting features" not in found.values()


def test_a_list_of_complaints_stays_presenting_features() -> None:
    found = _members(
        _facts(
            "Renal vein thrombosis",
            "Patients present with:",
            items=("flank pain", "gross haematuria", "a falling renal function"),
        )
    )
    assert found.get("flank pain") == "presenting features"
    assert found.get("gross haematuria") == "presenting features"


def test_a_lone_course_word_is_no_presenting_feature() -> None:
    found = _members(
        _facts(
            "Ureteric calculus",
            "Patients typically present with sudden, colicky flank pain radiating to the groin.",
        )
    )
    assert "sudden" not in found
    assert member_repaired("acute", "presenting features") == ""
    assert member_repaired("chronic", "types") == "chronic"


# 2. shapes that name no member


@pytest.mark.parametrize(
    ("item", "group"),
    [
        ("found", "associations"),
        ("described", "associations"),
        ("accompanied by nausea", "presenting features"),
        ("reflecting the age of the haematoma", "types"),
        ("concave towards the side of the lesion", "presenting features"),
        ("three classes", "types"),
        ("5 grades", "types"),
        ("the highest mortality", "associations"),
        ("higher mortality", "associations"),
        ("CT", "complications"),
        ("MRI", "complications"),
        ("Larger cysts", "complications"),
        ("with a history", "presenting features"),
        ("by the tumour", "complications"),
    ],
)
def test_a_shape_that_names_no_member_is_refused(item: str, group: str) -> None:
    assert member_repaired(item, group) == ""


@pytest.mark.parametrize(
    ("item", "group", "kept"),
    [
        ("with a pathological fracture", "presenting features", "a pathological fracture"),
        ("with aura", "types", "with aura"),
        (
            "into the orbit through the fissure",
            "routes of spread",
            "into the orbit through the fissure",
        ),
        ("multiple lesions", "associations", "multiple lesions"),
        ("bleeding", "complications", "bleeding"),
        ("CT colonography screening", "risk factors", "CT colonography screening"),
        ("nausea", "presenting features", "nausea"),
    ],
)
def test_a_member_is_kept_or_has_its_with_dropped(item: str, group: str, kept: str) -> None:
    assert member_repaired(item, group) == kept


def test_prose_junk_members_are_not_made() -> None:
    found = _members(
        _facts(
            "Colloid cyst",
            "Patients typically present with features of raised intracranial pressure, namely "
            "headache and vomiting, with a history that is often short.",
            "Patients typically present with sudden headache, accompanied by nausea and vomiting.",
        )
    )
    assert "vomiting" in found
    assert not any(item.startswith(("with", "accompanied", "a history")) for item in found)


def test_a_count_of_classes_and_its_comment_are_no_types() -> None:
    found = _members(
        _facts(
            "Intramural haematoma",
            "The signal of the haematoma was classified by Smith into three classes, reflecting "
            "the age of the blood:",
            heading="Classification",
        )
    )
    assert "three classes" not in found
    assert not any(item.startswith("reflecting") for item in found)


# 3. a table's grouping column


def test_a_repeated_label_is_a_column_heading_and_the_code_names_the_class() -> None:
    rows = grouped_rows(
        [("Site", "S1; antrum"), ("Site", "S2; body"), ("Depth", "D1; mucosa only")]
    )
    assert rows == [("S1", "antrum"), ("S2", "body"), ("D1", "mucosa only")]


def test_labels_that_do_not_repeat_are_classes_themselves() -> None:
    labels = [("type A", "antral"), ("type B", "fundal")]
    assert grouped_rows(labels) == labels
    assert grouped_rows([("Site", "antrum"), ("Site", "body")]) is None


def test_a_table_of_coded_classes_gives_its_codes_as_types() -> None:
    found = {
        (f.item, f.value)
        for f in _facts(
            "Gastric ulcer",
            "The Example classification of gastric ulcers includes:",
            heading="Classification",
            items=("Site: S1; antrum", "Site: S2; body", "Depth: D1; mucosa only"),
        )
        if f.kind is FactKind.ASSOCIATION
    }
    assert ("S1", "antrum") in found
    assert not any(item in {"Site", "Depth"} for item, _ in found)


# 4. another name is no sign


def test_a_name_given_by_also_called_is_no_sign() -> None:
    facts = _facts(
        "Oesophageal web",
        "A thin oesophageal web (also called a mucosal or cervical web) narrows the lumen.",
        heading="Radiographic features",
    )
    assert not any(f.kind is FactKind.SIGN and "mucosal" in f.item for f in facts)


def test_a_finding_named_by_also_called_is_still_a_sign() -> None:
    facts = _facts(
        "Pulmonary alveolar proteinosis",
        "Smooth septal thickening over ground-glass opacity (also called crazy paving) is typical.",
        heading="Radiographic features",
    )
    assert any(f.kind is FactKind.SIGN and f.item == "crazy paving" for f in facts)


# 5. a differential's appositive description


def test_a_differential_entry_keeps_its_name_and_moves_its_description_to_the_detail() -> None:
    facts = _facts(
        "Testicular torsion",
        "The differential diagnosis includes:",
        heading="Differential diagnosis",
        items=(
            "appendix testis torsion, a small twisted appendage that gives a blue dot",
            "epididymo-orchitis",
        ),
    )
    found = {(f.item, f.value) for f in facts if f.kind is FactKind.DIFFERENTIAL}
    assert ("appendix testis torsion", "a small twisted appendage that gives a blue dot") in found
    assert ("epididymo-orchitis", "") in found


def test_a_short_apposition_stays_in_the_name() -> None:
    facts = _facts(
        "Testicular torsion",
        "The differential diagnosis includes:",
        heading="Differential diagnosis",
        items=("scrotal hernia, a mimic", "epididymo-orchitis"),
    )
    assert any(f.item == "scrotal hernia, a mimic" for f in facts)


# 6. one entry, several members


@pytest.mark.parametrize(
    ("entry", "members"),
    [
        (
            "JAK2 V617F mutation and CALR exon 9 mutation",
            ["JAK2 V617F mutation", "CALR exon 9 mutation"],
        ),
        (
            "factor XII, factor XI and plasminogen deficiency",
            ["factor XII deficiency", "factor XI deficiency", "plasminogen deficiency"],
        ),
        ("Turner syndrome and Noonan syndrome", ["Turner syndrome", "Noonan syndrome"]),
        ("nausea and vomiting", ["nausea and vomiting"]),
        ("head and neck irradiation", ["head and neck irradiation"]),
        (
            "collagen disorders such as Stickler syndrome and Alport syndrome",
            ["collagen disorders such as Stickler syndrome and Alport syndrome"],
        ),
        # (a run of three short names is three members since session 12: a card's answer
        # holds no list separators, C3)
        ("smoking, alcohol and obesity", ["smoking", "alcohol", "obesity"]),
        ("smoking, alcohol, and obesity", ["smoking, alcohol, and obesity"]),
    ],
)
def test_one_entry_names_as_many_members_as_it_lists(entry: str, members: list[str]) -> None:
    assert entry_members(entry) == members


def test_a_risk_factor_entry_with_two_mutations_gives_two_facts() -> None:
    found = _members(
        _facts(
            "Portal vein thrombosis",
            "Risk factors include:",
            heading="Risk factors",
            items=("JAK2 V617F mutation and CALR exon 9 mutation", "cirrhosis"),
        )
    )
    assert found.get("JAK2 V617F mutation") == "risk factors"
    assert found.get("CALR exon 9 mutation") == "risk factors"


# 7. what a diagnosis requires is no class


def test_what_a_classification_says_the_diagnosis_requires_are_criteria_not_types() -> None:
    found = _members(
        _facts(
            "Acute cholangitis",
            "According to the revised Tokyo classification, the diagnosis requires two of the "
            "following three features:",
            items=("fever with rigors", "jaundice", "biliary dilatation on imaging"),
        )
    )
    assert found.get("jaundice") == "diagnostic criteria"
    assert "types" not in found.values()


def test_a_classification_list_without_a_diagnosis_stays_types() -> None:
    found = _members(
        _facts(
            "Acute cholangitis",
            "The revised Tokyo classification grades severity as:",
            heading="Classification",
            items=("grade I: mild", "grade II: moderate", "grade III: severe"),
        )
    )
    assert found.get("grade I") == "types"


# 8. what a split leaves of a feature


@pytest.mark.parametrize(
    "item",
    ["longstanding low back", "sudden, severe chest", "knee", "sometimes referred to the thigh"],
)
def test_a_region_or_a_referral_left_by_a_split_is_no_presenting_feature(item: str) -> None:
    assert member_repaired(item, "presenting features") == ""


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("severe loin pain radiating to the groin", "severe loin pain radiating to the groin"),
        ("present with a slowly enlarging neck mass", "a slowly enlarging neck mass"),
        ("a lump in the neck", "a lump in the neck"),
    ],
)
def test_a_feature_with_its_symptom_noun_is_kept(item: str, kept: str) -> None:
    assert member_repaired(item, "presenting features") == kept
    assert member_repaired("knee", "associations") == "knee"
