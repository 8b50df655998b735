"""Attenuation stated in Hounsfield units in prose: "fat within the lesion measures less than
-20 HU", "typically 10-25 HU", "attenuation values between -40 and -120 HU".

A figure in HU can only be a CT attenuation, so the measure is named by the unit when the
words before it name none. Read only where no other cut-off reader found one in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_shapes import STOP, WHOLE, Cutoff, Names, Text

__all__ = ["attenuation_cutoffs"]

_HU_VALUE = (
    r"(?:(?:less|more|greater|lower|higher)\sthan\s|below\s|above\s|under\s|over\s|up\sto\s|"
    r"at\s(?:least|most)\s|between\s|<\s?|>\s?|≤\s?|≥\s?)?"
    r"(?:(?:about|approximately|around|roughly|~)\s?)?"
    r"[-−+]?\d{1,4}(?:\.\d)?(?:\s{0,2}(?:-|–|to|and)\s{0,2}[-−+]?\d{1,4}(?:\.\d)?)?\s?HU\b"
    # "10 HU or less": the bound after the figure is half of the cut-off
    r"(?:\s(?:or|and)\s(?:less|lower|below|under|more|higher|greater|above|over)\b(?!\sthan\b))?"
)
_HU = re.compile(rf"(?P<value>{_HU_VALUE})")
# A figure relative to another tissue or phase ("20 HU below that of the spleen", "an
# increase of more than 10 HU") or a change is an enhancement or a difference, not the
# lesion's own attenuation: left to the readers of those.
_RELATIVE_AFTER = re.compile(
    r"^\s{0,2}(?:below|above|higher|lower|less|more|greater|than|relative|compared|of\s"
    r"enhancement|after|following|on\s(?:contrast|post|delayed|arterial|portal))",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:enhanc\w{0,8}|increase\w{0,2}|rise\w{0,1}|rising|washout|wash-out|change\w{0,2}|difference\w{0,1}|"
    r"drop\w{0,3}|decrease\w{0,2}|by|gain\w{0,2}|delta|contrast-enhanced|post-contrast|"
    r"arterial|portal|venous|delayed)\b",
    re.I,
)
# Another thing's figure, given for comparison: "compared with about -100 HU for normal fat",
# "whereas a clot measures 50-70 HU", "the normal liver measures 55-65 HU".
_COMPARED = re.compile(r"\b(?:normal|compared|whereas|unlike|than|while|versus|vs)\b", re.I)
_HEDGE = re.compile(r"\b(?:typically|usually|generally|commonly|often|mostly)\b", re.I)
_UNENHANCED = re.compile(r"\b(?:unenhanced|non-?contrast|pre-?contrast|plain)\b", re.I)
_CLAUSE_START = re.compile(r"[;:]|,\s(?:and|but|which|while|whereas)\s|\.\s")
# The sentence's first noun phrase, after an opening phrase of place or modality ("On CT, …"):
# it ends at a verb, a preposition, a bracket or a comma.
_OPENER = re.compile(r"^(?:on|at|in|with|after|before)\s[^,]{1,40},\s", re.I)
_FIRST_PHRASE = re.compile(
    r"^(?P<np>(?:[A-Za-z][\w-]{0,25}\s){0,5}?[A-Za-z][\w-]{0,25})(?=\s(?:is|are|was|were|"
    r"measures?|measuring|has|have|lies?|shows?|appears?|contains?|demonstrates?|typically|"
    r"usually|generally|often|of|with|within|in|on|from)\b|\s?[(,])"
)
# What a lesion's own figure may be said of: the lesion, a pronoun for it, or a part of it.
_OWN_PARTS = frozenset(
    (
        *("it", "they", "this", "these", "content", "contents", "fat", "fluid", "component"),
        *("portion", "part", "area", "region", "centre", "center", "wall", "rim", "matrix"),
        *("attenuation", "density", "densities", "value", "values", "material", "focus"),
        *("foci", "lesion", "nidus"),
    )
)


# Parts of a lesion whose attenuation is named after them: "macroscopic fat attenuation".
_NAMED_PARTS = frozenset(
    ("fat", "fluid", "content", "contents", "component", "portion", "wall", "rim", "matrix")
)
# A figure in a condition ("For a mass above 10 HU, a washout study is done") is a criterion
# of what follows, not what the lesion measures.
_CONDITION = re.compile(r"\b(?:for|if|when|unless|whether)\b", re.I)


def _opening_words(text: str) -> list[str]:
    """The content words of the sentence's first noun phrase."""
    opening = _FIRST_PHRASE.match(_OPENER.sub("", text.strip()))
    if opening is None:
        return []
    return [w.lower() for w in opening.group("np").split() if w.lower() not in STOP]


def _about_another(words: list[str], names: Names) -> bool:
    """Whether the sentence opens on a thing that is neither the article's subject nor a
    part of it ("Simple effusions measure close to water (0-20 HU)")."""
    if not words:
        return False
    head = words[-1].rstrip("s") if words[-1] not in _OWN_PARTS else words[-1]
    return head not in _OWN_PARTS and head not in names.own | WHOLE


def _measure(text: str, words: list[str]) -> str:
    """ "attenuation", named after the part the sentence opens on ("macroscopic fat
    attenuation") or the unenhanced scan it is read on."""
    if words and words[-1] in _NAMED_PARTS:
        return f"{' '.join(words)} attenuation"
    return "unenhanced attenuation" if _UNENHANCED.search(text) else "attenuation"


def attenuation_cutoffs(t: Text, names: Names) -> Iterator[Cutoff]:
    """The CT attenuation of what the text describes, for every figure in HU that is not a
    change, a difference or another tissue's value."""
    if "HU" not in t.text:
        return
    words = _opening_words(t.text)
    if _about_another(words, names):
        return
    for match in _HU.finditer(t.text):
        before = t.text[: match.start()]
        clause = _CLAUSE_START.split(before)[-1]
        if _RELATIVE_AFTER.match(t.text[match.end() :]) or _CHANGE_BEFORE.search(clause):
            continue
        if _COMPARED.search(clause) or _COMPARED.match(t.text[match.end() :].lstrip(" ,")):
            continue
        if _CONDITION.search(clause):
            continue
        measure = _measure(t.text, words)
        meaning = "typical" if _HEDGE.search(clause) else ""
        yield Cutoff(measure, match.group("value").strip(), meaning)
