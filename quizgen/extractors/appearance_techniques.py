"""Imaging techniques beyond the plain sequences, as labels of "label: finding" lines.

"MRA: stenosis of the distal basilar artery", "DCE: early, intense enhancement", "ictal SPECT:
focal hyperperfusion", "cine: dyskinesis of the apical segments" name a technique the sequence
table does not know (angiography, perfusion, functional and named MR sequences). The label is
kept as written, MR-only techniques with "MRI" before them, so that a card names the technique
the article named. A line whose value says what the technique is for ("MRA: useful before
surgery", "cine: confirms the diagnosis") states no finding and gives nothing.
"""

from __future__ import annotations

import re

__all__ = ["technique_finding", "technique_label"]

# Words before a technique that say when or how it is read: "ictal SPECT", "native T1".
_WHEN = (
    r"(?:(?:ictal|interictal|native|tagged|dynamic|early|delayed|late|post-?contrast|"
    r"contrast-enhanced|time-resolved|black-blood|bright-blood|3D|2D|time-of-flight|TOF)\s+)"
)
# Techniques read only on MRI, whose label does not say so: named "MRI …" on a card.
_MR_ONLY = (
    r"(?:DCE(?:[- ]MRI?)?|dynamic\s+contrast(?:[- ]enhanced)?(?:\s+(?:MRI?|imaging))?|"
    r"cine(?:\s+(?:SSFP|MRI?|imaging))?|SSFP|CISS|FIESTA|CISS\s*/\s*FIESTA|"
    r"native\s+T[12]|T[12]\s+mapping|T1\s+scout(?:\s+\(TI\s+scout\))?|TI\s+scout|"
    r"late\s+gadolinium\s+enhancement(?:\s+\(LGE\))?|LGE|ECV|DTI|tractography|"
    r"(?:T[12]-weighted\s+)?STIR\s+and\s+T2\s+mapping)"
)
# Techniques whose label names their modality itself: "MRA", "CT angiography", "SPECT".
_NAMED = (
    r"(?:MR[AVI]?\s+(?:angiography|venography|arthrography|urography|enterography|"
    r"spectroscopy)|MRA|MRV|MRCP|MRU|CTA|CTV|CTPA|HRCT|CT\s+(?:angiography|venography|"
    r"perfusion|colonography|enterography|urography)|SPECT(?:[- /]CT)?|PET[- /]MRI?|"
    r"DSA|(?:catheter|conventional|digital\s+subtraction)\s+angiography|angiography|"
    r"venography|arthrography|myelography|cisternography|CEUS|elastography|"
    r"(?:colour|color|power|spectral|duplex)\s+Doppler|Doppler|mammography|tomosynthesis|"
    r"fluoroscopy|barium\s+(?:swallow|meal|enema|follow-through)|IVU|HSG|"
    r"hysterosalpingography|(?:voiding\s+|micturating\s+)?cystourethrography|VCUG|MCUG)"
)
_TECHNIQUE = re.compile(rf"^{_WHEN}?(?:(?P<mr>{_MR_ONLY})|(?P<named>{_NAMED}))$", re.I)
# What a line says about the technique rather than the lesion: its use, its worth, its place.
_ROLE = re.compile(
    r"^(?:is|are|was|may|can|could|should|will|has|have|useful|used|helpful|helps?|allows?|"
    r"depicts?|confirms?|shows?|demonstrates?|reveals?|best|better|superior|preferred|"
    r"indicated|recommended|performed|required|needed|reserved|rarely|seldom|often|usually|"
    r"not|no\s+(?:role|longer)|more|less|most|sensitive|specific|accurate|limited|first[- ]line|"
    r"gold\s+standard|(?:the\s+)?(?:modality|investigation|test|technique|method)\b|"
    r"(?:for|to|in)\s)",
    re.I,
)


def technique_label(label: str) -> str:
    """The card's name of a technique a line's label names ("MRI DCE" for "DCE", "MRA" as
    written), or "" when the label names none of them."""
    label = " ".join(label.split())
    match = _TECHNIQUE.match(label)
    if not match:
        return ""
    if label[1:2].islower():
        label = label[:1].lower() + label[1:]  # "Cine imaging" inside a name
    return f"MRI {label}" if match.group("mr") else label


def technique_finding(value: str) -> bool:
    """Whether a technique line's value is a finding, not what the technique is for."""
    return not _ROLE.match(value.strip())
