"""Session-25 card review (set S/T pages read as a teacher would), each rule checked on
sentences invented for other organs and diseases."""

from __future__ import annotations

from prose_helpers import appearances
from prose_helpers import section as _section


def test_places_sharing_one_head_are_one_finding() -> None:
    """ "frontal lobe, insula and temporal lobe predominance" is one finding: cut at its comma
    or its "and", it would teach "insula and temporal lobe predominance" (a member cut in half)."""
    found = appearances(
        "Herpes simplex encephalitis",
        _section(
            "Differential diagnosis",
            (
                "limbic encephalitis: frontal lobe, insula and temporal lobe predominance",
                "gliomatosis: bilateral non-enhancing infiltration",
            ),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert not any(v.startswith(("insula", "temporal lobe")) for v in values), values
    assert "frontal lobe, insula and temporal lobe predominance" in values


def test_findings_joined_by_and_are_still_cut() -> None:
    found = appearances(
        "Renal infarction",
        _section(
            "Differential diagnosis",
            ("pyelonephritis: cortical thinning, perinephric stranding and urothelial thickening",),
        ),
    )
    values = {value for _subject, _attribute, value in found}
    assert "cortical thinning, perinephric stranding and urothelial thickening" not in values
