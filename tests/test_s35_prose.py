"""Session 35: prose rules from the blind sets BK and BL once opened. Sentences are invented,
on organs other than the pages that showed the gap."""

from __future__ import annotations

import random
from pathlib import Path

from quizgen.extractors import extract_facts
from quizgen.extractors.text import split_relative_entry
from quizgen.generators import Generated, generate
from quizgen.model import ArticleFacts, Fact, FactKind
from quizgen.readers import read_article, read_text


def _page(title: str, heading: str, body: str):  # type: ignore[no-untyped-def]
    return read_text(f"# {title}\n\n## {heading}\n\n{body}\n", path=Path("page.md"))


def _appearances(facts: list[Fact]) -> set[tuple[str, str]]:
    return {(f.subject, f.value) for f in facts if f.kind is FactKind.APPEARANCE}


_DIFFERENTIALS = (
    "The main differentials are:\n\n"
    "- splenic haemangioma, which shows peripheral nodular enhancement and is markedly "
    "T2 hyperintense\n"
    "- splenic abscess, with a thick enhancing wall and central restricted diffusion\n"
    "- splenic infarct, which can mimic a mass early on\n"
)


def test_a_differential_described_by_a_relative_clause_has_its_own_findings() -> None:
    facts = extract_facts(_page("Splenic hamartoma", "Differential diagnosis", _DIFFERENTIALS))
    found = _appearances(facts)
    assert ("splenic haemangioma", "hyperintense") in found
    assert ("splenic abscess", "restricted diffusion") in found
    assert ("splenic abscess", "thick enhancing wall") in found
    # the hedged clause says what it may do, not how it looks
    assert not {value for subject, value in found if subject == "splenic infarct"}
    # never the page's own lesion
    assert not {value for subject, value in found if subject == "Splenic hamartoma"}


def test_a_with_phrase_is_the_differentials_detail_not_part_of_its_name() -> None:
    facts = extract_facts(_page("Splenic hamartoma", "Differential diagnosis", _DIFFERENTIALS))
    items = {f.item: f.value for f in facts if f.kind is FactKind.DIFFERENTIAL}
    assert items.get("splenic abscess") == (
        "a thick enhancing wall and central restricted diffusion"
    )
    assert "splenic haemangioma" in items


def test_a_relative_clause_in_prose_outside_a_differential_list_is_no_entry() -> None:
    body = (
        "The spleen, which is enlarged in most patients, is examined first.\n\n"
        "Features favouring the diagnosis:\n\n"
        "- splenic cysts, which show a thin wall and peripheral calcification\n"
    )
    facts = extract_facts(_page("Splenic hamartoma", "Clinical presentation", body))
    assert ("spleen", "enlarged") not in _appearances(facts)
    assert not {value for subject, value in _appearances(facts) if subject == "splenic cysts"}


def test_a_long_or_verbal_name_before_which_is_prose_not_an_entry() -> None:
    assert split_relative_entry("hibernoma, which is less fatty and shows vessels") == (
        "hibernoma",
        "less fatty; vessels",
    )
    assert split_relative_entry("the spleen is large, which is rare") == ("", "")
    assert split_relative_entry(
        "a mass in the lower pole of the left kidney near the hilum, which enhances"
    ) == ("", "")
    assert split_relative_entry("splenic abscess: a thick wall") == ("", "")


def _percentages(title: str, body: str) -> list[Fact]:
    facts = extract_facts(_page(title, "Epidemiology", body))
    return [f for f in facts if f.kind is FactKind.PERCENTAGE]


def test_a_figure_approached_or_bounded_and_approximated_keeps_its_words() -> None:
    values = {
        f.value
        for f in _percentages(
            "Septate uterus",
            "Uterine anomalies are found in roughly 5% of women. The live birth rate after "
            "resection is approaching 80%. Miscarriage occurs in up to about 25% of pregnancies.",
        )
    }
    assert {"approaching 80%", "up to about 25%"} <= values


def test_a_sign_reported_to_have_an_accuracy_owns_the_figure() -> None:
    facts = _percentages(
        "Renal infarction",
        "The cortical rim sign is reported to have a specificity approaching 90% for infarction.",
    )
    assert [(f.item, f.attribute) for f in facts] == [("cortical rim sign", "specificity")]


def test_a_comparison_is_no_item_of_a_share() -> None:
    facts = _percentages(
        "Septate uterus",
        "Uterine anomalies are found in roughly 5% of women, but this figure is higher "
        "(up to about 25%) in women with recurrent miscarriage.",
    )
    assert {f.item for f in facts if f.value == "up to about 25%"} == {""}


def test_a_reason_alone_is_no_finding() -> None:
    facts = extract_facts(
        _page(
            "SLAP lesion",
            "MRI",
            "Non-arthrographic MRI can show an acute SLAP lesion well, because the joint "
            "effusion acts as a natural contrast agent.",
        )
    )
    values = {value for _subject, value in _appearances(facts)}
    assert not {v for v in values if v.startswith("because")}


def test_a_reason_after_a_finding_stays_with_it() -> None:
    facts = extract_facts(
        _page(
            "Ovarian endometrioma",
            "MRI",
            "T1: markedly hyperintense because of blood products",
        )
    )
    assert _appearances(facts) == {
        ("Ovarian endometrioma", "markedly hyperintense because of blood products")
    }


_CLASSES = """# Splenic injury

**Splenic injury** is damage to the spleen from blunt or penetrating trauma.

## Radiographic features

The AAST classification is most widely used:

- grade I: subcapsular haematoma under 10% of the surface area
- grade II: laceration 1-3 cm deep not involving a trabecular vessel
- grade III: laceration deeper than 3 cm or involving a trabecular vessel
"""


def _generated(tmp_path: Path, page: str) -> Generated:
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    article = read_article(path)
    entry = ArticleFacts(
        article.slug, article.title, article.provenance, tuple(extract_facts(article))
    )
    return generate([entry], rng=random.Random(1))


def test_a_list_of_one_schemes_classes_is_headed_by_the_scheme(tmp_path: Path) -> None:
    made = _generated(tmp_path, _CLASSES)
    lists = [n.text for n in made.notes if "<ul>" in n.text and "grade II" in n.text]
    assert lists
    assert all("Splenic injury — AAST classification:" in text for text in lists), lists
    described = [q.stem for q in made.questions if "described as" in q.stem]
    assert described
    assert all(s.startswith("Splenic injury, AAST classification:") for s in described)


def test_two_schemes_in_one_list_are_headed_by_neither(tmp_path: Path) -> None:
    page = _CLASSES + (
        "\nThe older Buntain classification is also used:\n\n"
        "- class A: intact capsule\n- class B: torn capsule\n"
    )
    made = _generated(tmp_path, page)
    mixed = [n.text for n in made.notes if "grade II" in n.text and "class B" in n.text]
    for text in mixed:  # one list card holds both schemes' classes: no scheme names it
        assert "AAST classification:" not in text, text
        assert "Buntain classification:" not in text, text


def test_an_organism_isolated_in_a_share_of_cases_is_the_item() -> None:
    facts = _percentages(
        "Septic arthritis",
        "Staphylococcus aureus is the commonest organism, isolated in about 60% of cases.",
    )
    assert [(f.item, f.value) for f in facts] == [("Staphylococcus aureus", "about 60%")]


def _thresholds(title: str, body: str) -> set[tuple[str, str, str]]:
    facts = extract_facts(_page(title, "Radiographic features", body))
    return {(f.item, f.value, f.attribute) for f in facts if f.kind is FactKind.THRESHOLD}


def test_a_listed_cutoff_means_what_its_intro_says_the_entries_point_to() -> None:
    found = _thresholds(
        "Desmoid tumour",
        "No single feature is decisive, but several favour malignancy:\n\n"
        "- tumour size greater than 5 cm\n- a wall thickness greater than 3 mm\n",
    )
    assert found == {
        ("tumour size", "greater than 5 cm", "favours malignancy"),
        ("wall thickness", "greater than 3 mm", "favours malignancy"),
    }


def test_an_intro_that_names_its_entries_keeps_its_own_meaning() -> None:
    found = _thresholds(
        "Desmoid tumour",
        "Features that predict recurrence include:\n\n- a wall thickness greater than 3 mm\n",
    )
    assert found == {("wall thickness", "greater than 3 mm", "features that predict recurrence")}


def test_a_rank_before_a_second_predicate_of_one_of_the_most_is_read() -> None:
    facts = extract_facts(
        _page(
            "Spondylolysis",
            "Epidemiology",
            "Spondylolysis is a defect of the pars interarticularis. It is the single most "
            "common cause of back pain in adolescents and one of the most frequent reasons "
            "for spinal MRI.",
        )
    )
    ranks = {(f.item, f.value, f.group) for f in facts if f.kind is FactKind.RANK}
    assert ranks == {("Spondylolysis", "most common", "cause of back pain in adolescents")}
