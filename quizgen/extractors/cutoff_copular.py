"""A measure stated with a copula at the head of a sentence: "Mean bowel wall thickness is
around 9 mm", "The normal iliopsoas angle is 40-60 degrees", "The suprapatellar recess
measures 12 mm in depth".

The sentence's first noun phrase is what is measured, when it is the article's (it shares a
word with the article's name, or names only a measure): a measure ("wall thickness") is the
fact's item; a part or lesion that "measures" a length is measured in the dimension written
after the figure, else in size. A copula after anything else ("The usual dose is 500 mg")
and a percentage (a share, read by the percentage extractor) give nothing. Read only where
no other cut-off reader found one in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_measures import DIMENSION, DIMENSION_NOUN, opens_on_another
from quizgen.extractors.cutoff_shapes import (
    CUTOFF,
    MEASURES,
    NUMBER,
    Cutoff,
    Names,
    Text,
    is_measure,
)

__all__ = ["averaged_cutoffs", "copular_cutoffs"]

# An opening phrase of place, modality or case ("On CT, ", "In this patient, ").
_OPENER = re.compile(r"^(?:on|at|in|with|after|before)\s[^,]{1,40},\s", re.I)
_HEAD = re.compile(
    r"^(?:(?i:the|a|an|its|their)\s)?(?P<np>(?:[A-Za-z][\w/-]{0,25}\s){0,5}?[A-Za-z][\w/-]{0,25})"
    r"\s(?P<verb>is|was|measures|measured)\s"
    r"(?P<hedge>(?:usually|typically|normally|generally|often|only)\s)?"
)
# A range said of no norm, mean or usual case ("The tumour measures 3-5 cm") is one lesion's
# figures or a span, no cut-off.
_QUALIFIED = re.compile(r"^(?:normal|mean|average|median)\s", re.I)
_RANGE = re.compile(r"\d\s{0,2}(?:-|–|to)\s{0,2}[-−]?\d")
# Words that make the noun phrase no measured thing of its own: a pronoun, a clause word.
_NOT_MEASURED = re.compile(
    r"\b(?:it|this|that|these|those|there|which|who|what|whereas|while|when|if|and|or|but|"
    r"dose|doses|risk|rate|rates|incidence|prevalence|age|sensitivity|specificity|"
    r"accuracy|survival|mortality|frequency|proportion|number)\b",
    re.I,
)
_LAST = re.compile(
    r"^(?:\s(?:[A-Za-z][\w-]*\s){0,6}?(?:on|in|at|of\sthe|anterior|posterior)\b"
    r"|\s?[(,;.]|\s?$)"
)
# A plain figure with its unit ("around 9 mm", "40-60 degrees", "-90 HU"); a bounded one
# ("less than 3 mm") is CUTOFF's.
_PLAIN = re.compile(
    r"(?:(?:about|approximately|around|roughly|~)\s{0,2})?"
    rf"[-−]?{NUMBER}(?:\s{{0,2}}(?:-|–|to)\s{{0,2}}[-−]?{NUMBER})?"
    r"\s{0,2}(?P<unit>mm|cm|mL|ml|HU|degrees|°|kPa|mmHg|cm/s|m/s|ms|cm³|mm²|cm²)(?![\w/²³])"
)
_LENGTH = re.compile(r"^(?:mm|cm)$", re.I)
_NORMAL = re.compile(r"^normal\s", re.I)
# Words of a measure that name no thing of their own ("mean wall thickness").
_GENERIC = frozenset(
    ("mean", "average", "median", "maximal", "maximum", "minimal", "minimum", "wall", "total")
)


def _owned(np: str, names: Names) -> bool:
    """Whether the measured phrase is the article's: it shares a word with its name ("the
    normal mitral valve area" under "Mitral stenosis") or names only a measure ("mean wall
    thickness"). Another structure's figure ("the aortomesenteric angle is 38-65 degrees"
    under "Nutcracker syndrome") is that structure's fact, not the article's."""
    words = np.lower().split()
    if any(w in names.own or w.rstrip("s") in names.own for w in words):
        return True
    return all(w in _GENERIC or w in MEASURES or w.rstrip("s") in MEASURES for w in words)


def _measure(np: str, verb: str, after: str, unit: str) -> tuple[str, str]:
    """(measure, words after it): the phrase itself when it names a measure, else the
    dimension (or size) of the part that "measures" a length; ("", after) when none."""
    if is_measure(np):
        return np, after
    if not verb.startswith("measure") or not _LENGTH.match(unit):
        return "", after
    dimension = DIMENSION.match(after)
    if dimension:
        dim = dimension.group("dim").lower()
        noun = DIMENSION_NOUN.get(dim) or dim.removeprefix("in ")
        return f"{np} {noun}", after[dimension.end() :]
    return f"{np} size", after


def copular_cutoffs(t: Text, names: Names) -> Iterator[Cutoff]:
    """The figure a sentence's opening measure "is" or "measures"."""
    text = _OPENER.sub("", t.text.strip())
    head = _HEAD.match(text)
    if head is None or _NOT_MEASURED.search(head.group("np")):
        return
    figure = CUTOFF.match(text, head.end()) or _PLAIN.match(text, head.end())
    if figure is None:
        return
    unit = figure.group("unit") or ("" if figure.re is _PLAIN else figure.group("unit2")) or ""
    if not unit or unit == "%":
        return
    np = head.group("np")
    if _RANGE.search(figure.group(0)) and not (head.group("hedge") or _QUALIFIED.match(np)):
        return
    normal = bool(_NORMAL.match(np))
    np = _NORMAL.sub("", np)
    if not _owned(np, names):
        return
    measure, after = _measure(np, head.group("verb").lower(), text[figure.end() :], unit)
    if not measure or not _LAST.match(after):
        return
    yield Cutoff(measure.lower(), figure.group(0).strip(), "normal" if normal else "")


# A stated average of the article's lesions, anywhere in a sentence about them: "tumours are
# usually large when found, with a mean diameter of 10-13 cm", "They have a median size of
# about 4-5 cm at diagnosis". An average says what is typical, so it stands without a
# meaning; a sentence that opens on another thing is that thing's.
_AVERAGE = re.compile(
    r"\b(?:with|has|have|had)\s(?:an?\s)?"
    r"(?P<measure>(?:mean|median|average)\s(?:[a-z-]{3,25}\s){0,2}?[a-z-]{3,25})"
    r"\s(?:of\s)?(?=(?:about|approximately|around|roughly|~|\d))",
    re.I,
)


def averaged_cutoffs(t: Text, names: Names, found: list[Cutoff]) -> Iterator[Cutoff]:
    """The mean or median a sentence about the article's lesions gives them, when no other
    reader took its figure."""
    if t.label or opens_on_another(t.text, names):
        return
    taken = {c.value for c in found}
    for match in _AVERAGE.finditer(t.text):
        figure = _PLAIN.match(t.text, match.end())
        measure = match.group("measure").lower()
        if figure is None or not is_measure(measure) or figure.group(0).strip() in taken:
            continue
        if _LAST.match(t.text[figure.end() :]) or DIMENSION.match(t.text[figure.end() :]):
            yield Cutoff(measure, figure.group(0).strip(), "")
