"""Closed vocabularies of imaging findings: signal, density, echogenicity, enhancement.

A finding such as "hyper- or isointense" is read as a vocabulary (MRI signal) and the levels
it names ({hyper, iso}). Distractors for a finding are the vocabulary's plain terms that share
no level with the key nor with anything the selection states for the same subject and
sequence (M3), so "hypointense" is never offered where "hypo- and/or hyperintense" is right.
A finding whose levels cannot be read ("soft tissue attenuation") gets no vocabulary: its
distractors would be guesses about what it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "VOCABULARIES",
    "Vocabulary",
    "is_hedged",
    "is_nonspecific_feature",
    "is_ubiquitous_diagnosis",
    "key_levels",
    "levels",
    "reference_of",
    "vocabulary_of",
]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One closed set of mutually exclusive findings and the words that mark it."""

    name: str
    marker: re.Pattern[str]  # a finding of this vocabulary contains this
    terms: tuple[tuple[str, str], ...]  # (level, plain term) in display order
    # Levels a finding may be described by at once ("rim" enhancement is heterogeneous too).
    overlaps: tuple[tuple[str, str], ...] = ()

    def widen(self, found: frozenset[str]) -> frozenset[str]:
        """``found`` with every level that overlaps one of them."""
        extra = {b for a, b in self.overlaps if a in found} | {
            a for a, b in self.overlaps if b in found
        }
        return found | extra


_LEVEL_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), level)
    for pattern, level in (
        (r"\bhypo", "hypo"),
        (r"\bhyper", "hyper"),
        (r"\biso", "iso"),
        (r"\ban(?:echoic|echogenic)", "an"),
        (r"\bintermediate\b", "iso"),  # intermediate signal is read as isointense (M3: errs)
        (r"\b(?:high|bright|increased)\b", "hyper"),
        (r"\b(?:low|dark|decreased|reduced)\b", "hypo"),
        # Only a negation of enhancement itself: "no APHE" in "enhances like the background
        # liver, no APHE" denies one phase's hyperenhancement, not enhancement.
        (
            r"\b(?:no|without|absent|lack of)\s+(?:\w+\s+)?enhanc|\bnon-?enhancing\b"
            r"|\bdoes(?: not|n't) enhance|\benhancement\s+(?:is\s+)?absent",
            "none",
        ),
        (r"\bhomogeneous(?:ly)?\b", "homogeneous"),
        (r"\bheterogeneous(?:ly)?\b", "heterogeneous"),
        (r"\b(?:rim|ring|peripheral(?:ly)?)\b", "peripheral"),
    )
)

VOCABULARIES: tuple[Vocabulary, ...] = (
    Vocabulary(
        "enhancement",
        # "posterior acoustic enhancement" is sound passing through fluid, no contrast
        re.compile(r"(?<!acoustic )(?<!posterior )enhanc", re.I),
        (
            ("none", "no enhancement"),
            ("homogeneous", "homogeneous enhancement"),
            ("heterogeneous", "heterogeneous enhancement"),
            ("peripheral", "peripheral (rim) enhancement"),
        ),
        overlaps=(("heterogeneous", "peripheral"),),
    ),
    Vocabulary(
        "MRI signal",
        re.compile(r"intens|\bsignal\b", re.I),
        (("hypo", "hypointense"), ("iso", "isointense"), ("hyper", "hyperintense")),
    ),
    Vocabulary(
        "CT density",
        re.compile(r"dens|attenuat", re.I),
        (("hypo", "hypodense"), ("iso", "isodense"), ("hyper", "hyperdense")),
    ),
    Vocabulary(
        "ultrasound echogenicity",
        re.compile(r"echoi|echogen", re.I),
        (
            ("an", "anechoic"),
            ("hypo", "hypoechoic"),
            ("iso", "isoechoic"),
            ("hyper", "hyperechoic"),
        ),
    ),
)


@lru_cache(maxsize=65536)
def levels(finding: str) -> frozenset[str]:
    """The levels a finding names: "hyper- or isointense" → {hyper, iso}."""
    return frozenset(level for pattern, level in _LEVEL_WORDS if pattern.search(finding))


@lru_cache(maxsize=65536)
def vocabulary_of(finding: str) -> Vocabulary | None:
    """The vocabulary a finding belongs to, when its levels can be read; else None.

    Enhancement comes first: "enhancing hyperintense rim" is about enhancement. A finding
    that says enhancement is present but no pattern ("enhancement usually present") reads
    as every pattern but "none".
    """
    for vocabulary in VOCABULARIES:
        if not vocabulary.marker.search(finding):
            continue
        found = levels(finding) & {level for level, _ in vocabulary.terms}
        if found or vocabulary.name == "enhancement":
            return vocabulary
        return None
    return None


def key_levels(finding: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Levels of a finding within its vocabulary; enhancement without a named pattern
    ("enhancement usually present") stands for every pattern except "none"."""
    own = {level for level, _ in vocabulary.terms}
    found = levels(finding) & own
    if vocabulary.name == "enhancement" and _HEDGED.search(finding):
        return frozenset(own)  # "variable enhancement" may be none at all
    if vocabulary.name == "enhancement" and not found:
        return frozenset(own - {"none"})
    return vocabulary.widen(frozenset(found))


# An enhancement that may be absent: it excludes no pattern, "no enhancement" included.
_HEDGED = re.compile(
    r"\b(?:variabl[ey]|inconsistent(?:ly)?|occasional(?:ly)?|sometimes|may)\b|±|\+/-", re.I
)


# Diagnoses that can be found in almost any organ: "hypervascular metastases" from a liver
# article is a right answer for a cerebellar cystic mass. Offered as a differential's
# distractor only when the question's own article lists it (M3).
_UBIQUITOUS = re.compile(
    r"\b(?:metasta\w*|secondar(?:y|ies)|lymphomas?|abscess(?:es)?|ha?ematomas?|"
    r"ha?emorrhages?|infections?|tuberculosis|sarcoid\w*|granulom\w*|inflammat\w*)\b",
    re.I,
)
# Presenting features common to most diseases: "vomiting" from a brain tumour article is a
# presenting feature of acute cholecystitis too. Never offered from another article (M3).
_NONSPECIFIC = re.compile(
    r"^(?:nausea|vomiting|nausea and vomiting|fever|pain|headache|malaise|fatigue|"
    r"weight loss|anorexia|lethargy|asymptomatic|incidental finding|mass|swelling)$",
    re.I,
)


@lru_cache(maxsize=16384)  # asked of every distractor drawn, for every differential question
def is_ubiquitous_diagnosis(name: str) -> bool:
    """Whether a diagnosis occurs in nearly every organ ("metastases", "lymphoma")."""
    return bool(_UBIQUITOUS.search(name))


def is_nonspecific_feature(name: str) -> bool:
    """Whether a presenting feature belongs to nearly every disease ("vomiting", "fever")."""
    return bool(_NONSPECIFIC.match(name.strip()))


def is_hedged(finding: str) -> bool:
    """Whether a finding says it may be absent ("variable enhancement")."""
    return bool(_HEDGED.search(finding))


# "hyperintense to CSF", "hypoattenuating relative to the liver", "denser than muscle": the
# tissue a signal or density is read against. Words of a level ("iso- to hyperintense") are
# no reference.
_REFERENCE = re.compile(
    r"(?:\bto|\bthan|\brelative\s+to|\bcompared\s+(?:with|to))\s+(?:that\s+of\s+)?"
    r"(?:the\s+)?(?:(?:normal|surrounding|adjacent|background)\s+)?"
    r"(?P<ref>(?!(?:hypo|hyper|iso|an|slight|mild|moderate|marked|intermediate|high|low)\w*\b)"
    r"[A-Za-z][\w-]*(?:\s+(?:matter|cortex|parenchyma|fluid|muscles?|tissue|fat|marrow|bone|cord))?)",
    re.I,
)


@lru_cache(maxsize=65536)
def reference_of(finding: str) -> str:
    """The tissue a finding of one vocabulary is compared with ("" when none is named):
    "slightly hyperintense to CSF" → "CSF". Its levels hold against that tissue only."""
    if vocabulary_of(finding) is None:
        return ""
    # The last: "fading to become isoattenuating to liver" is read against the liver.
    found = [match.group("ref") for match in _REFERENCE.finditer(finding)]
    return found[-1] if found else ""
