"""The grammar of sequence labels on "label: finding" lines (issue 11, session 12): compound
labels, qualifiers in brackets, fat suppression before or after, "and"/"/"-joined sequences."""

from __future__ import annotations

import pytest
from prose_helpers import appearances, section

from quizgen.extractors.appearance import sequence_name


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("T2/FLAIR", "MRI T2/FLAIR"),
        ("T1 and T2", "MRI T1 and T2"),
        ("T1, T2 and STIR", "MRI T1, T2 and STIR"),
        ("fat-suppressed T2 and STIR", "MRI T2 fat-suppressed and STIR"),
        ("fat-saturated T2", "MRI T2 fat-suppressed"),
        ("T1 C+ (Gd) fat-suppressed", "MRI T1 C+ fat-suppressed"),
        ("T1 C+ (dynamic)", "MRI T1 C+"),
        ("DWI (b = 1000)", "MRI DWI"),
        ("hepatobiliary phase (gadoxetate)", "MRI hepatobiliary phase"),
        ("T1 in- and opposed-phase", "MRI chemical shift"),
        ("MR spectroscopy", "MRI spectroscopy"),
        ("T1", "MRI T1"),
    ],
)
def test_compound_and_qualified_labels_name_their_sequences(label: str, name: str) -> None:
    assert sequence_name(label) == name


@pytest.mark.parametrize(
    "label",
    [
        "CT/MRI",  # two modalities: which finding is which is not said
        "T2 (solid part)",  # a bracket that names a part, not a qualifier
        "kidney and liver",
        "fat-suppressed",
        "T2 and T2",
    ],
)
def test_labels_that_name_no_one_reading_give_nothing(label: str) -> None:
    assert sequence_name(label) == ""


def test_a_list_of_compound_labels_gives_findings_on_those_sequences() -> None:
    found = appearances(
        "Meningioma",
        section(
            "MRI",
            "On MRI:",
            (
                "T2/FLAIR: isointense to grey matter",
                "T1 C+ (Gd) fat-suppressed: intense homogeneous enhancement",
                "MR spectroscopy: raised alanine peak",
            ),
        ),
    )
    assert ("Meningioma", "MRI T2/FLAIR", "isointense to grey matter") in found
    assert ("Meningioma", "MRI T1 C+ fat-suppressed", "intense homogeneous enhancement") in found
    assert ("Meningioma", "MRI spectroscopy", "raised alanine peak") in found
