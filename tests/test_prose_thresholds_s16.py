"""Cut-offs whose measure is named right before them and that stand without a meaning: an
angle in degrees, a size given by "measure(s)", a level, pressure, attenuation or time; and
the meaning a list takes from an intro of features "associated with" something. Invented
sentences about other organs."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, ListItem, Section


def _thresholds(*blocks: Block, title: str = "Patellar instability") -> set[tuple[str, str, str]]:
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def _paragraph(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text=text)


def test_a_named_angle_stands_alone() -> None:
    facts = _thresholds(_paragraph("Axial images showed a patellar tilt angle greater than 20°."))
    assert ("patellar tilt angle", "greater than 20°", "") in facts


def test_a_named_angle_in_degrees_written_out() -> None:
    facts = _thresholds(
        _paragraph(
            "Radiographs show a lateral trochlear inclination of the groove below 11 degrees."
        )
    )
    # "inclination" names no angle here: the rule reads only a measure named "angle"
    assert not any(value == "below 11 degrees" and not meaning for _, value, meaning in facts)
    facts = _thresholds(
        _paragraph("Radiographs show a sulcus angle of the trochlea above 145 degrees.")
    )
    assert ("sulcus angle of the trochlea", "above 145 degrees", "") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a bare "angle" does not say which one
        "Some authors instead use an angle below 30°.",
        # a rotation, no angle named
        "The fragment is rotated by more than 90 degrees.",
    ],
)
def test_no_angle_without_its_name(sentence: str) -> None:
    assert not _thresholds(_paragraph(sentence))


def test_measures_gives_a_size() -> None:
    facts = _thresholds(_paragraph("The synovial cysts measure up to 4 cm."), title="Baker cyst")
    assert ("synovial cyst size", "up to 4 cm", "") in facts


def test_measuring_as_a_modifier_gives_no_bare_size() -> None:
    # "measuring" opens a phrase whose clause says what the size means ("are rare")
    facts = _thresholds(_paragraph("Lesions measuring over 2 cm are rare."), title="Baker cyst")
    assert not any(value == "over 2 cm" and not meaning for _, value, meaning in facts)


def test_a_level_named_before_its_figure() -> None:
    facts = _thresholds(
        _paragraph("Reactivation follows once the CD8 count falls below 300 cells/µL."),
        title="Cytomegalovirus retinitis",
    )
    assert any(item == "CD8 count" and value == "below 300 cells/µL" for item, value, _ in facts)


def test_a_time_named_before_its_figure() -> None:
    facts = _thresholds(
        _paragraph("The electrocardiogram showed a PR duration of more than 200 ms."),
        title="First-degree heart block",
    )
    assert ("PR duration", "more than 200 ms", "") in facts


def test_a_bare_level_names_no_analyte() -> None:
    facts = _thresholds(
        _paragraph("A level above 300 ng/mL is found in a minority."), title="Hepatoblastoma"
    )
    assert not any(item in ("level", "") for item, _, _ in facts)


def test_features_associated_with_an_outcome_give_the_meaning() -> None:
    facts = _thresholds(
        _paragraph("Features associated with rupture of the cyst include:"),
        Block(
            BlockKind.LIST,
            items=(ListItem("cyst wall thickness of 4 mm or more"), ListItem("septation")),
        ),
        title="Hydatid cyst",
    )
    assert (
        "cyst wall thickness",
        "4 mm or more",
        "features associated with rupture of the cyst",
    ) in facts


def test_an_intro_naming_no_features_gives_no_meaning() -> None:
    facts = _thresholds(
        _paragraph("The report includes:"),
        Block(BlockKind.LIST, items=(ListItem("cyst wall thickness of 4 mm or more"),)),
        title="Hydatid cyst",
    )
    assert not any(value == "4 mm or more" for _, value, _ in facts)


def test_a_percentage_of_a_named_measure_with_a_consequence() -> None:
    facts = _thresholds(
        _paragraph("A neutrophil count above 40% in the lavage fluid favours bacterial infection."),
        title="Pneumonia",
    )
    assert ("neutrophil count", "above 40%", "favours bacterial infection") in facts


def test_a_variation_in_a_measure_is_the_measure() -> None:
    facts = _thresholds(
        _paragraph("Variation in aortic peak velocity of more than 20% suggests tamponade."),
        title="Cardiac tamponade",
    )
    assert (
        "Variation in aortic peak velocity",
        "more than 20%",
        "suggests tamponade",
    ) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a share of a whole, the percentage extractor's
        "A neutrophil count above 40% of the cells favours bacterial infection.",
        # nothing follows from the figure
        "A neutrophil count above 40% is seen in half of the patients.",
        # "usually" says the figure is typical, not what it means
        "The lavage shows a neutrophil count usually above 40%.",
    ],
)
def test_a_percentage_without_a_consequence_is_no_cutoff(sentence: str) -> None:
    assert not any("40%" in value for _, value, _ in _thresholds(_paragraph(sentence)))


def test_a_named_course_with_its_bound() -> None:
    facts = _thresholds(
        _paragraph("The fulminant form has a clinical course of less than 2 weeks."),
        title="Hepatitis",
    )
    assert any(i == "clinical course" and v == "less than 2 weeks" for i, v, _ in facts)


def test_a_symptom_that_lasts_gives_its_duration() -> None:
    facts = _thresholds(
        _paragraph("Infection is likely when fever lasts more than 5 days."), title="Kawasaki"
    )
    assert any(i == "duration of fever" and v == "more than 5 days" for i, v, _ in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        # a treatment given for a time is no criterion
        "Antibiotics are given for more than 6 weeks.",
        # a bare "duration" says of what only in its list
        "Features are an insidious onset, duration of more than 3 months and stiffness.",
    ],
)
def test_no_duration_without_what_lasts(sentence: str) -> None:
    assert not any("months" in v or "weeks" in v for _, v, _ in _thresholds(_paragraph(sentence)))
