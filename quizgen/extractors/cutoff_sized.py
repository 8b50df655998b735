"""A size comparative right after a lesion noun: "Torsion is more likely in tumours larger
than 10 cm", "Stones smaller than 5 mm respond to …", "Ascites accompanies 40% of fibromas
larger than 10 cm". The noun and the comparative name the measure (the lesion's size) and
bound it, so the cut-off stands with the clause it sits in as what it means."""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_shapes import DIGIT, LENGTH
from quizgen.phrases import is_plural

__all__ = ["pronoun_size", "sized_meaning"]

# Comparatives of size (not "more than", which counts as often as it measures).
_SIZE_COMPARATIVE = re.compile(
    r"^(?:larger|smaller|bigger|greater)\sthan$|^(?:over|under|exceeding)$", re.I
)
# Lesions named in the plural are a group the size picks out ("tumours larger than 10
# cm"); one lesion with an indefinite article may be one patient's ("one had a renal mass
# larger than 4 cm"): not read.
_ONE_THING = re.compile(
    r"\b(?:a|an|one)\s(?:[A-Za-z][\w-]{0,25}\s){0,2}(?P<word>[A-Za-z][\w-]{0,25})$", re.I
)


def _one_thing(phrase: str) -> bool:
    """Whether a noun phrase ending here is one lesion with an indefinite article."""
    match = _ONE_THING.search(phrase)
    if match is None:
        return False
    return not is_plural(match.group("word"))


# The lesion noun right before the comparative: the last word, nothing between.
_LAST_WORD = re.compile(r"(?P<word>[A-Za-z][\w-]{1,30})\s$")
# Where the clause of the cut-off ends: a contrast or another clause.
_CLAUSE_END = re.compile(
    r",\s(?:while|whereas|but|although|though|which|and\s(?:those|these|lesions))\b|[.;:()]",
    re.I,
)
# A share of the lesions is no clause: "fewer than half of stones larger than 6 mm pass …"
_QUANTITY = re.compile(
    r"^(?:(?:fewer|more|less)\sthan|up\sto|about|around|approximately|nearly|almost)\b"
    r"|\b(?:most|some|many|all|half|few)$",
    re.I,
)
# Which few of the lesions, no clause of their own: "A few (larger) cysts exceeding 2 cm are
# common" means what the rest of its clause says.
_PICKED = re.compile(r"^(?:(?:an?\s)?few|several|occasional)?\s?(?:larger|smaller|bigger)?$", re.I)
_ASIDE = re.compile(r"^,\s(?:or|and)\s[^,.;]{1,60},\s")
_OPENER = re.compile(r"^(?:and|or|but|while|whereas|although|though|so|as|which|that)\s", re.I)
_TRAILING = re.compile(r"(?:\s(?:in|of|for|with|among|to|at|on|by|that|than))+$", re.I)


def sized_meaning(
    before: str, after: str, *, measure: str, comparator: str, unit: str
) -> tuple[str, bool]:
    """What a size cut-off after a lesion noun means: the clause before the noun phrase
    ("Torsion is more likely" of "Torsion is more likely in tumours larger than 10 cm"), else
    the rest of its clause after the figure ("respond to antibiotics"); "" when the measure
    is no lesion's size, the comparative no size's, or the clause says nothing. The flag
    says the meaning is the clause before: the sentence is about another thing than the
    lesion measured ("Torsion …"), so the size is not its subject's."""
    holder = measure.removesuffix("size").split()
    noun = _LAST_WORD.search(before)
    if (
        not (measure == "size" or measure.endswith(" size"))
        or not LENGTH.match(unit)
        or len(holder) > 2  # "N3 denotes node size": words run across a clause
        or DIGIT.search(measure)
        or not _SIZE_COMPARATIVE.match(comparator.strip())
        or noun is None
        or _one_thing(before[: noun.end("word")])
    ):
        return "", False
    # the noun phrase: the words of the measure's holder written before the comparative
    holder_words = len(holder) or 1
    start = noun.start()
    for _ in range(holder_words - 1):
        earlier = _LAST_WORD.search(before[:start])
        if earlier is None:
            break
        start = earlier.start()
    head = re.split(r"[,;:()]", before[:start])[-1].strip()
    head = _TRAILING.sub("", _OPENER.sub("", head)).strip()
    if _PICKED.match(head):
        head = ""
    if _QUANTITY.search(head):
        return "", False  # what "fewer than half" of them do is no meaning of the size
    if len(head.split()) >= 2:
        return (head[:1].lower() + head[1:] if head[1:2].islower() else head), True
    after = _ASIDE.sub("", after)  # "…, or those with discordant imaging, should …"
    tail = _CLAUSE_END.split(after, maxsplit=1)[0].strip(" ,")
    tail = _OPENER.sub("", tail)
    return (tail if len(tail.split()) >= 2 and not DIGIT.search(tail) else ""), False


# "those larger than 5 cm are drained": a pronoun for the lesions just named
_PRONOUN = re.compile(r"(?:^|[\s,;(])(?:those|ones)\s$", re.I)


# "Most are under 1 cm", "Most measure less than 1 cm": a sentence that opens on a bare
# "Most" gives the typical size of the lesions the text is about (a verb "measure" makes any
# bound a size; "are" only a size comparative: "most are over 65 years" is an age).
_MOST = re.compile(r"^most\s(?:(?P<measure>measure)|are)\s(?:usually\s|typically\s)?$", re.I)


def pronoun_size(before: str, *, comparator: str, unit: str) -> str:
    """ "size" when a length after "those" and a size comparative is the size of the
    lesions the pronoun stands for ("Abscesses smaller than 3 cm …, while those larger than
    5 cm are drained"), or after a sentence's bare opening "Most are", else ""."""
    if not LENGTH.match(unit):
        return ""
    most = _MOST.match(before.strip() + " ")
    if most and (most.group("measure") or _SIZE_COMPARATIVE.match(comparator.strip())):
        return "size"
    sized = _SIZE_COMPARATIVE.match(comparator.strip()) and _PRONOUN.search(before[-20:])
    return "size" if sized else ""
