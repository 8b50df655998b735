"""The figure pattern, the closed vocabularies of measures and lesions, and the values
(cut-off, text, names) every cut-off reader shares."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

__all__ = [
    "CUTOFF",
    "DEFINITION_GOES_ON",
    "DIGIT",
    "LENGTH",
    "LESIONS",
    "MEASURES",
    "NUMBER",
    "STOP",
    "WHOLE",
    "WORD",
    "Cutoff",
    "Names",
    "Text",
    "is_measure",
    "last_words",
    "merged_bound",
]


NUMBER = (
    r"\d{1,5}(?:[.,]\d{1,3})?(?:\s{0,2}[×x]\s{0,2}10\s{0,2}(?:⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\^?[-−]\d{1,2}))?"
)
_UNIT = (
    # an indexed figure keeps its "per body surface area": "160 mL/m2" is no "160 mL"
    r"(?:cm\s?H2O|ml/m[2²]|mm/m[2²]|g/m[2²]|cm[2²]/m[2²]|mm²/s|mm2/s|mm\^2/s|cm/s[2²]|m/s[2²]|cm/s|m/s|mmHg|cm³|cm3|mm³|cm²|cm2|mm|cm|ml|mL|cc|HU|ppm|ms|kPa|mg/dL|"
    r"ng/mL|ng/L|pg/mL|µg/L|µmol/L|mmol/L|nmol/L|pmol/L|mIU/mL|mIU/L|mU/L|IU/L|U/L|IU/mL|kU/L|"
    r"U/mL|g/dL|g/L|mg/L|cells/µL|cells/mm³|/µL|/mm³|"
    # the micro prefix spelt out or typed as a Greek mu or a "u": "11 micromol/L", "5 μmol/L"
    r"(?:micro|[uμ])(?:mol|g)/L|mcg/L|mEq/L|mg/mL|µmol|umol|mmol|nmol|"
    # a time is a cut-off's unit too ("a T1/2 of more than 20 minutes is taken as
    # obstructed"); what it times must still be named and what it means said
    r"SUV|degrees|°C|°F|°|%|points?|seconds?|sec|minutes?|mins?|hours?)"
    # a unit ends the figure's unit: "ng/mL" of "0.15 ng/mL/mL" or "mL" of "0.5 mL/min" would
    # state another quantity (a rate per time, "1 cm/year", is read after it)
    r"(?![\w²³]|/(?!\s{0,2}(?:year|month|week|day|hour|minute))[A-Za-zµ])"
)
_BEFORE = (
    r"(?P<cmp>>|<|≥|≤|=>|=<|greater than|larger than|bigger than|more than|less than|"
    r"smaller than|thinner than|thicker than|wider than|shorter than|longer than|"
    # comparatives of depth, height and breadth: "deeper than 10 mm", "narrower than 4 mm"
    r"deeper than|shallower than|taller than|narrower than|broader than|over|under|"
    r"above|below|exceeds?|exceeding|exceeded|at least|at most|up to|no more than|between)"
)
# A rate: "growth of more than 1 cm per year" (the time is part of the cut-off).
# "should not exceed 10 mmol/L in any 24-hour period": a window of hours or days too.
_PER_TIME = (
    r"(?:(?:\s{1,2}(?:per|a)\s{1,2}|\s{0,2}/\s{0,2})(?:year|month|week|day|hour|minute)\b"
    r"|\s{1,2}(?:in|over|per)\s{1,2}(?:any\s{1,2}|the\s{1,2}first\s{1,2})?\d{1,3}[\s-](?:hours?|h|days?)"
    r"(?:\s(?:period|window))?\b)?"
)
_AFTER = r"(?:or (?:more|greater|larger|higher|above|less|smaller|lower|below|fewer))"
CUTOFF = re.compile(
    rf"{_BEFORE}\s{{0,2}}(?:(?:about|approximately|around|roughly|~)\s{{0,2}})?"
    # "between 43° and 59°": a range may give its unit after both figures
    rf"(?P<n>[-−+]?{NUMBER})(?:(?:\s{{0,2}}{_UNIT})?\s{{0,2}}(?:-|–|to|and)\s{{0,2}}[-−+]?{NUMBER})?"
    rf"\s{{0,2}}(?P<unit>{_UNIT})?(?:\s{{1,2}}{_AFTER})?{_PER_TIME}"
    rf"|(?P<n2>{NUMBER})\s{{0,2}}(?P<unit2>{_UNIT})?\s{{1,2}}{_AFTER}{_PER_TIME}",
    re.I,
)
MEASURES = frozenset(
    (
        *("size", "diameter", "thickness", "width", "length", "height", "depth", "volume"),
        *("distance", "adc", "suv", "suvmax", "score", "ratio", "index", "attenuation"),
        *("density", "washout", "stenosis", "fraction", "velocity", "angle", "calibre"),
        *("caliber", "span", "dimension", "axis", "measurement", "value", "diameters"),
        *("gradient", "pressure", "growth", "rate", "uptake", "thickening", "dilatation"),
        *("thinning", "narrowing", "widening", "shift", "time", "duration"),
        # a distance between two structures: "medial clear space: > 4 mm", "tibiofibular
        # overlap: < 6 mm", "a fracture gap", "a surveillance interval"
        *("space", "overlap", "gap", "separation", "diastasis", "interval"),
        # a change measured: "a signal drop of more than 20%", "weight loss above 10%"
        *("drop", "loss", "fall", "rise", "gain", "decline", "decrease", "increase"),
        *("circumference", "area", "enlargement", "expansion", "displacement", "offset"),
        # a serum or tissue figure with its unit: "an AFP level above 400 ng/mL"
        *("level", "levels", "concentration", "concentrations", "count", "counts", "titre"),
        # figures without a unit by definition: "a pleural fluid pH below 7.2"
        *("ph", "inr"),
    )
)
LESIONS = frozenset(
    (
        *("lesion", "tumour", "tumor", "mass", "nodule", "cyst", "nidus", "focus", "polyp"),
        *("aneurysm", "stone", "calculus", "node", "component", "wall", "septum", "rim"),
        *("abscess", "collection", "haematoma", "hematoma", "effusion", "defect", "cavity"),
        *("fragment", "fracture", "stenosis", "plaque", "lymphocele", "pseudocyst"),
    )
)
DIGIT = re.compile(r"\d")
LENGTH = re.compile(r"^(?:mm|cm)$", re.I)
WORD = re.compile(r"[^\W\d_][\w/-]*")  # any letter: "β-hCG", "α-fetoprotein"
STOP = frozenset(
    (
        *("is", "are", "was", "were", "of", "with", "usually", "typically", "generally"),
        *("often", "normally", "measuring", "measure", "measures", "that", "which", "be"),
        *("frequently", "commonly", "mostly"),
        *("and", "or", "a", "an", "the", "in", "for", "if", "when", "than", "having", "has"),
        # "defined as continuous thickening more than 5 cm wide": "as" names nothing
        "as",
        *("have", "mean", "average", "maximal", "maximum", "minimum", "between", "at"),
        *("should", "must", "not", "never", "no", "kept", "remain", "stay"),
        # "cysts rarely exceed 5 cm in diameter": how often, no part of the measure
        *("rarely", "seldom"),
        # "myometrial thinning to less than 1 mm": the measure is before "to"
        *("to", "by"),
        # "Most hamartomas measure less than 4 cm": a share of the lesions, not their name
        *("most", "majority", "being"),
        # "A few larger cysts exceeding 2 cm": how many and which of them, not their name
        *("few", "several", "some", "many", "occasional", "larger", "smaller", "bigger"),
        # "contain one or more cysts of 5 mm or more": a count, no part of the name
        *("more", "one"),
        # a conjunction opens the clause, it names nothing: "although giant lesions exceeding"
        *("although", "though", "whereas", "while", "but"),
        # pronouns and verbs end a measure's noun phrase: "They … 2.5 cm in diameter" is a
        # diameter, "contains cysts larger than 3 mm" a cyst size
        *("they", "it", "its", "their", "these", "those", "this"),
        *("contains", "contain", "containing", "shows", "show", "showing", "includes"),
        *("include", "including", "demonstrates", "demonstrate", "exhibits", "reveals"),
    )
)


@dataclass(frozen=True, slots=True)
class Cutoff:
    measure: str  # what is measured ("wall thickness", "Wells score"): the fact's item
    value: str  # the cut-off as written ("larger than 4 cm")
    meaning: str  # what it means ("carries a risk of haemorrhage"), "" when the text says none
    owner: str = ""  # whom the figure is about when not the article ("osteoblastoma:")
    # the article's own lesion named right before a size comparative ("in tumours larger
    # than 10 cm"): the size is the article's, whatever the sentence opens on
    own_size: bool = False


@dataclass(frozen=True, slots=True)
class Text:
    """One sentence or list entry, with what surrounds it."""

    text: str
    earlier: str = ""  # the paragraph's text before it
    label: str = ""  # "alpha angle" of the list entry "alpha angle: 60° or more is normal"
    intro: str = ""  # the sentence that introduces its list ("Management is guided by diameter")
    listed: bool = False  # a list entry (what it means is its list's, said or not)


@dataclass(frozen=True, slots=True)
class Names:
    lesions: frozenset[str]  # nouns whose size is a measure ("cyst", the article's "adenoma")
    own: frozenset[str]  # words naming the article's lesion itself ("FNH", "tumour")


WHOLE = frozenset({"lesion", "tumour", "tumor", "mass", "neoplasm"})


def last_words(clause: str, skip: Callable[[str], bool], most: int = 3) -> list[str]:
    """The clause's last run of up to ``most`` words, passing over ``skip`` words at its
    end: the noun phrase a figure's measure is named by."""
    kept: list[str] = []
    for word in reversed(WORD.findall(clause)):
        if skip(word):
            if kept:
                break
            continue
        kept.insert(0, word)
        if len(kept) == most:
            break
    return kept


def is_measure(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (words[-1] in MEASURES or words[-1].rstrip("s") in MEASURES)


# Two cut-offs joined by a bare "or"/"and" ("a count >12,000/mm³ or <4,000/mm³"): the
# second bounds the first's measure.
JOINED = re.compile(r"^\s{0,2}(?P<conj>or|and)\s{1,2}$", re.I)
ABOVE = re.compile(r"^(?:>|≥|=>|greater|larger|bigger|more|over|above|exceed|at least)", re.I)


DEFINITION_GOES_ON = re.compile(r"^[^;:.()]{0,40}?(?:,\s{0,2}(?:and\s|or\s)?|\s(?:and|or)\s)$")


def _opposite(first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether two cut-offs bound opposite sides ("> 12,000" and "< 4,000")."""
    one, two = (m.group("cmp") or "" for m in (first, second))
    return bool(one and two) and bool(ABOVE.match(one)) != bool(ABOVE.match(two))


def merged_bound(
    found: list[Cutoff], last: tuple[re.Match[str], int], match: re.Match[str], text: str
) -> bool:
    """Whether the cut-off ``match`` bounds the other side of the one before it, joined by a
    bare "or"/"and": "a count >12,000/mm³ or <4,000/mm³" (abnormal either way), "lactate
    >2 mmol/L and <4 mmol/L" (a range) are one criterion, of the first's measure, written
    into the first's value."""
    joined = JOINED.match(text[last[0].end() : match.start()])
    if not joined or not _opposite(last[0], match):
        return False
    merged = f"{found[last[1]].value} {joined.group('conj')} {match.group(0).strip()}"
    found[last[1]] = replace(found[last[1]], value=merged)
    return True
