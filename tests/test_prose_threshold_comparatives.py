"""Cut-offs said with a comparative of depth, height or breadth ("deeper than", "taller
than", "narrower than"), with a time in seconds, or with a pressure in cm H2O; and numbers
that stay no cut-offs (a share, an age, a dose). Invented sentences about other organs."""

from __future__ import annotations

import pytest

from quizgen.extractors import extract_facts
from quizgen.model import Article, Block, BlockKind, FactKind, Section


def _thresholds(sentence: str, title: str = "Pericardial effusion") -> set[tuple[str, str, str]]:
    blocks = (Block(BlockKind.PARAGRAPH, text=sentence),)
    article = Article(slug="t", title=title, sections=(Section("Imaging", blocks),))
    return {
        (f.item, f.value, f.attribute)
        for f in extract_facts(article)
        if f.kind is FactKind.THRESHOLD
    }


def test_deeper_than_names_a_depth() -> None:
    facts = _thresholds("An effusion pocket deeper than 20 mm indicates a large effusion.")
    assert ("effusion pocket depth", "deeper than 20 mm", "indicates a large effusion") in facts


def test_taller_than_names_a_height() -> None:
    facts = _thresholds(
        "A vertebral body taller than 30 mm suggests gigantism.", title="Acromegaly"
    )
    assert ("vertebral body height", "taller than 30 mm", "suggests gigantism") in facts


def test_narrower_than_names_a_width() -> None:
    facts = _thresholds(
        "A spinal canal narrower than 10 mm indicates stenosis.", title="Lumbar canal stenosis"
    )
    # a canal's breadth is its diameter
    assert ("spinal canal diameter", "narrower than 10 mm", "indicates stenosis") in facts


def test_a_time_in_seconds() -> None:
    facts = _thresholds(
        "A circulation time longer than 30 seconds suggests cardiac failure.",
        title="Cardiac failure",
    )
    assert any(value == "longer than 30 seconds" for _, value, _ in facts)


def test_a_pressure_in_cm_of_water() -> None:
    facts = _thresholds(
        "A central venous pressure of 15 cm H2O or more indicates fluid overload.",
        title="Fluid overload",
    )
    assert (
        "central venous pressure",
        "15 cm H2O or more",
        "indicates fluid overload",
    ) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a share of patients, not a cut-off
        "The effusion is higher than 40% in patients with uraemia, which suggests a link.",
        # a height of the patient population, an age
        "Patients older than 60 years suggest a malignant cause.",
    ],
)
def test_no_cutoff_from_shares_or_ages(sentence: str) -> None:
    assert not _thresholds(sentence)


def test_a_time_point_after_the_cutoff_belongs_to_the_measure() -> None:
    facts = _thresholds(
        "A residual tracer column taller than 3 cm at 10 minutes indicates delayed transit.",
        title="Oesophageal dysmotility",
    )
    assert (
        "residual tracer column height at 10 minutes",
        "taller than 3 cm",
        "indicates delayed transit",
    ) in facts


def test_a_bracketed_range_after_its_measure() -> None:
    facts = _thresholds(
        "CT shows a thin-walled lesion of homogeneous fluid attenuation (5-15 HU).",
        title="Renal cyst",
    )
    assert ("homogeneous fluid attenuation", "5-15 HU", "") in facts


def test_a_finding_word_is_no_part_of_the_bracketed_measure() -> None:
    facts = _thresholds(
        "The clot shows high attenuation (typically 50-70 HU) on unenhanced CT.",
        title="Cerebral venous thrombosis",
    )
    assert ("attenuation", "50-70 HU", "typical") in facts


def test_a_bracketed_normal_range_after_a_measure_and_its_cutoff() -> None:
    facts = _thresholds(
        "An atlantodental distance of more than 3 mm (normal 1-3 mm) is seen in instability.",
        title="Atlantoaxial instability",
    )
    assert ("atlantodental distance", "1-3 mm", "normal") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a size of a thing that is no measure: no range fact
        "Innumerable tiny (1-2 mm) nodules fill both lungs.",
        # a share or an age in brackets
        "The lesions occur in young adults (20-40 years).",
    ],
)
def test_no_bracketed_range_without_a_measure(sentence: str) -> None:
    assert not _thresholds(sentence, title="Miliary tuberculosis")


def test_a_normal_range_after_a_place_is_no_measure_of_it() -> None:
    facts = _thresholds(
        "The gap at the level of the joint measures 6 mm (normal 2-4 mm).",
        title="Acromioclavicular separation",
    )
    assert not any(value == "2-4 mm" for _, value, _ in facts)


def test_a_figure_with_its_unit_is_no_count() -> None:
    facts = _thresholds("More than 4 cm polyps are removed surgically.", title="Gallbladder polyp")
    assert not any(item.startswith("number of") for item, _, _ in facts)
