"""Names of imaging studies shared by the appearance readers."""

from __future__ import annotations

import re

__all__ = ["TRACER_STUDY"]

_TRACER = (
    r"(?:Tc-?99m|I-?123|I-?131|In-?111|Ga-?67|Ga-?68|F-?18|Tl-?201|gallium|indium|thallium|"
    r"technetium|pertechnetate|sestamibi|MIBG|DMSA|MAG-?3|DTPA|HIDA|octreotide|DOTATATE|PSMA|"
    r"sulfur\s+colloid|labelled\s+(?:white\s+cell|leucocyte))"
)
# A nuclear medicine study named by its tracer: the tracer is what a card must name, as
# pertechnetate and MIBG scans show different things ("Tc-99m pertechnetate scintigraphy",
# "DMSA or MAG3 scintigraphy").
TRACER_STUDY = re.compile(
    rf"^{_TRACER}(?:\s+(?:(?:or|and)\s+)?{_TRACER}){{0,3}}\s+"
    r"(?:scintigraphy|scans?|imaging|SPECT(?:[- /]CT)?)$",
    re.I,
)
