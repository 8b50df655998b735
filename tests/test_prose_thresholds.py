"""Cut-offs in prose: whose cut-off it is (the paragraph's topic, the lesion a sentence opens
on), unitless SUV cut-offs, limits ("should not exceed"), and measures cut at a conjunction."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*paragraphs: str, title: str = "Von Hippel-Lindau disease") -> set[tuple[str, ...]]:
    blocks = tuple(Block(BlockKind.PARAGRAPH, text=p) for p in paragraphs)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.subject, f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_a_generic_lesion_is_the_paragraphs_topic() -> None:
    found = _thresholds(
        "Renal cell carcinomas develop in up to 70% of patients and are often multifocal. "
        "Tumours larger than 3 cm warrant nephron-sparing surgery."
    )
    assert (
        "Renal cell carcinomas",
        "size",
        "larger than 3 cm",
        "warrant nephron-sparing surgery",
    ) in found


def test_the_size_of_the_lesion_a_sentence_opens_on_is_that_lesions() -> None:
    found = _thresholds(
        "A pancreatic cyst larger than 3 cm is usually resected.", title="Cystic fibrosis"
    )
    assert {(s, i) for s, i, _, _ in found} == {("pancreatic cyst", "size")}


def test_a_bare_mass_keeps_the_articles_subject() -> None:
    found = _thresholds(
        "A mass larger than 4 cm raises concern for carcinoma.", title="Adrenal adenoma"
    )
    assert {s for s, _, _, _ in found} == {"Adrenal adenoma"}


def test_the_title_with_its_abbreviation_is_the_title() -> None:
    found = _thresholds(
        "An abdominal aortic aneurysm (AAA) is a dilatation of the aorta to a diameter of "
        "3 cm or more.",
        title="Abdominal aortic aneurysm",
    )
    assert {s for s, _, _, _ in found} == {"Abdominal aortic aneurysm"}


def test_a_contrast_keeps_the_articles_subject() -> None:
    found = _thresholds(
        "Haemangioblastomas are common. Cysts larger than 2 cm warrant surgery, whereas "
        "pheochromocytomas are followed."
    )
    assert {s for s, _, _, _ in found} == {"Von Hippel-Lindau disease"}


def test_an_suv_cut_off_has_no_unit() -> None:
    found = _thresholds("An SUVmax above about 4 favours lymphoma over sarcoidosis.")
    assert ("SUVmax", "above about 4", "favours lymphoma over sarcoidosis") in {
        (i, v, a) for _, i, v, a in found
    }


def test_should_not_exceed_is_a_limit() -> None:
    found = _thresholds("The balloon pressure should not exceed 40 mmHg.")
    assert ("balloon pressure", "not exceed 40 mmHg", "limit") in {
        (i, v, a) for _, i, v, a in found
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Grades 3 and 4 indicate invasion of the cavernous sinus.",
        "Stages 1 or 2 suggest a good outcome.",
    ],
)
def test_a_measure_cut_at_a_conjunction_is_no_cut_off(sentence: str) -> None:
    assert _thresholds(sentence) == set()


def test_an_opening_phrase_holding_the_cut_off_is_not_the_subject() -> None:
    found = _thresholds("Cysts of more than 2 cm are suspicious for carcinoma.")
    assert found
    assert {s for s, _, _, _ in found} == {"Von Hippel-Lindau disease"}


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("A fibrous cap thicker than 2 mm suggests a stable plaque.", "fibrous cap thickness"),
        ("A pedicle longer than 1 cm favours a benign polyp.", "pedicle length"),
        ("A neck wider than 4 mm warrants coiling.", "neck width"),
    ],
)
def test_a_dimensional_comparative_names_the_measure(sentence: str, measure: str) -> None:
    assert measure in {i for _, i, _, _ in _thresholds(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "A colonic adenoma typically measures 5-10 mm in diameter.",
            ("colonic adenoma", "diameter", "5-10 mm", "typical"),
        ),
        (
            "Von Hippel-Lindau disease cysts are usually 2-4 cm long.",
            ("Von Hippel-Lindau disease cysts", "length", "2-4 cm", "typical"),
        ),
    ],
)
def test_a_typical_range_is_a_typical_size(sentence: str, expected: tuple[str, ...]) -> None:
    assert expected in _thresholds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tumour is usually 3-5 cm from the anal verge.",
        "Symptoms usually last 3-5 days.",
        "Features include: cystic airspaces, typically 3-10 mm in diameter.",
        "The tumour measures 3-5 cm in diameter.",
    ],
)
def test_no_typical_size_for_distances_durations_labels_or_unqualified_ranges(
    sentence: str,
) -> None:
    assert _thresholds(sentence) == set()


# --- shapes from the blind articles (session 10) --------------------------------------------


def _list_thresholds(intro: str, *lines: str, title: str) -> set[tuple[str, str, str]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(text=line) for line in lines)),
    )
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


@pytest.mark.parametrize(
    ("sentence", "item", "value"),
    [
        (
            "A serum tryptase greater than 20 IU/mL is diagnostic of mastocytosis.",
            "serum tryptase",
            "greater than 20 IU/mL",
        ),
        (
            "An eosinophil count above 1500 cells/µL defines hypereosinophilia.",
            "eosinophil count",
            "above 1500 cells/µL",
        ),
        ("A CA 19-9 above 37 U/mL suggests malignancy.", "CA 19-9", "above 37 U/mL"),
        (
            "A prostate volume of more than 40 cm³ favours benign hyperplasia.",
            "prostate volume",
            "more than 40 cm³",
        ),
        (
            "Fat with attenuation values between -30 and -100 HU is diagnostic of a lipoma.",
            "attenuation values",
            "between -30 and -100 HU",
        ),
    ],
)
def test_laboratory_and_volume_units_and_ranges_between(
    sentence: str, item: str, value: str
) -> None:
    found = _thresholds(sentence, title="Soft tissue mass")
    assert (item, value) in {(i, v) for _, i, v, _ in found}


def test_what_most_lesions_measure_is_their_typical_size() -> None:
    found = _thresholds(
        "Most lipomas measure less than 5 cm in diameter, the majority being between 2 and "
        "3 cm at diagnosis.",
        title="Lipoma",
    )
    assert {(s, i, v, a) for s, i, v, a in found} == {
        ("Lipoma", "diameter", "less than 5 cm", "typical"),
        ("Lipoma", "size", "between 2 and 3 cm", "typical"),
    }


def test_a_conjunction_is_no_part_of_a_measure() -> None:
    found = _thresholds(
        "Most are small, although giant lesions exceeding 15 cm have been reported.",
        title="Lipoma",
    )
    assert {i for _, i, _, _ in found} == {"giant lesion size"}


def test_a_list_introduced_as_measurements_gives_each_cut_off() -> None:
    found = _list_thresholds(
        "Diagnostic measurements are:",
        "appendiceal outer diameter: >6 mm",
        "wall thickness (single wall): ≥3 mm",
        title="Acute appendicitis",
    )
    assert {(i, v) for i, v, _ in found} == {
        ("appendiceal outer diameter", ">6 mm"),
        ("wall thickness", "≥3 mm"),
    }


def test_a_range_most_lesions_measure_is_their_typical_size() -> None:
    found = _thresholds("Lipomas grow slowly. Most measure 4-12 cm at diagnosis.", title="Lipoma")
    assert {(s, i, v, a) for s, i, v, a in found} == {("Lipoma", "size", "4-12 cm", "typical")}


def test_a_qualified_figure_after_a_comma_is_the_measure_before_it() -> None:
    found = _list_thresholds(
        "MRI features:",
        "DWI: high ADC values, usually above 1.5 × 10⁻³ mm²/s",
        title="Schwannoma",
    )
    assert found == {("high ADC values", "above 1.5 × 10⁻³ mm²/s", "typical")}


def test_no_measure_before_the_comma_gives_no_cut_off() -> None:
    found = _thresholds("Schwannomas are slow-growing, usually above 2 cm.", title="Schwannoma")
    assert all(i != "Schwannomas" for _, i, _, _ in found)


def _subject_thresholds(intro: str, *lines: str, title: str) -> set[tuple[str, ...]]:
    blocks = (
        Block(BlockKind.PARAGRAPH, text=intro),
        Block(BlockKind.LIST, items=tuple(ListItem(text=line) for line in lines)),
    )
    article = Article(slug="t", title=title, sections=(Section("Management", blocks),))
    return {
        (f.subject, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_a_label_naming_a_kind_of_finding_is_the_cut_offs_meaning_not_its_owner() -> None:
    """ "Worrisome features: cyst ≥3 cm": the cut-off is one of the title's worrisome
    features; "Worrisome features" measures nothing and owns nothing."""
    found = _subject_thresholds(
        "Cysts are triaged by the guideline:",
        "High-risk stigmata: enhancing solid component ≥5 mm",
        "Worrisome features: cyst size ≥3 cm",
        title="Mucinous cystic neoplasm",
    )
    assert ("Mucinous cystic neoplasm", "≥3 cm", "Worrisome features") in found
    assert not any(subject in {"Worrisome features", "High-risk stigmata"} for subject, *_ in found)


def test_a_cut_off_in_brackets_means_only_what_the_bracket_says() -> None:
    found = _thresholds(
        "Cyst fluid is viscous, with a raised CEA (a level above 192 ng/mL favours a mucinous "
        "cyst) and usually a high amylase.",
        title="Mucinous cystic neoplasm",
    )
    assert {attribute for *_, attribute in found} == {"favours a mucinous cyst"}
