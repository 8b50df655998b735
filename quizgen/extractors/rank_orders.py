"""Names listed in order of frequency: "In order of frequency, the hip, shoulder and elbow are
involved" (the hip first, the shoulder second, the elbow third), "involvement in roughly
descending order: knee, elbow and ankle", and a list introduced by "The teeth involved, in
descending order of frequency, are:". Increasing severity or size is no order of frequency."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.normalize import singular

__all__ = ["listed_in_order", "ordered_run", "ordinal_of"]

_ORDINALS = ("", "second ", "third ", "fourth ", "fifth ")

# "in (roughly) decreasing order (of frequency)", "in order of (decreasing) frequency"
_ORDER_CUE = (
    r"in\s(?:roughly\s|approximately\s|broadly\s)?(?:(?:decreasing|descending)\sorder"
    r"(?:\sof\s(?:frequency|incidence|prevalence))?|order\sof\s(?:decreasing\s|descending\s)?"
    r"(?:frequency|incidence|prevalence))"
)
# A member of the run: a name of one to five words, without figures or clauses.
_MEMBER = r"(?:the\s)?[A-Za-z][\w'’/-]{1,30}(?:\s(?!(?:and|or|are|is|were)\b)[\w'’/-]{1,30}){0,4}"
_RUN = rf"{_MEMBER}(?:,\s{_MEMBER}){{0,6}},?\s(?:and|then)\s{_MEMBER}"
# "In order of frequency, the hip, shoulder and elbow are involved."
_FRONTED = re.compile(
    rf"^{_ORDER_CUE},\s(?P<run>{_RUN})\s(?:are|is)\s(?:most\s)?(?P<verb>involved|affected)"
    r"\s?[.;]?$",
    re.I,
)
# "…, with involvement in roughly descending order: knee, elbow and ankle." / "The commonest
# sites, in decreasing order of frequency, are the femur, tibia and humerus."
_AFTER_CUE = re.compile(
    rf"(?:^|\s)(?P<what>[A-Za-z][\w'’/-]{{1,30}}(?:\s[\w'’/-]{{1,30}}){{0,3}}?)?,?\s{_ORDER_CUE}"
    rf"(?:,?\s(?:are|is|were))?:?\s(?P<run>{_RUN})\s?[.;]?$",
    re.I,
)
# A list's intro: "The teeth involved, in descending order of frequency, are:"
_INTRO = re.compile(
    rf"^(?:the\s)?(?P<what>[A-Za-z][\w'’/-]{{1,30}}(?:\s[\w'’/-]{{1,30}}){{0,3}}?),?\s"
    rf"{_ORDER_CUE},?\s(?:are|is|include)?\s?:$",
    re.I,
)
# What the run ranks when the sentence names places by a verb or noun of involvement.
_OF_PLACE = re.compile(r"\b(?:involve\w*|affect\w*|sites?|locations?)\b", re.I)
_NO_GROUP = re.compile(r"^(?:with|and|the)$", re.I)
_RANK_WORD = re.compile(r"^(?:commonest|common|most|main|usual|frequent)$", re.I)


def ordinal_of(place: int) -> str:
    """ "most common" for the first of a run, "second most common" for the next, …"""
    return f"{_ORDINALS[place]}most common" if place < len(_ORDINALS) else ""


def _members(run: str) -> list[str]:
    names = re.split(r",\s(?:and\s|then\s)?|\s(?:and|then)\s", run)
    return [re.sub(r"^the\s", "", n.strip(), flags=re.I) for n in names if n.strip()]


def _group(what: str, sentence: str) -> str:
    """The category ranked: "site" when the run names places (a verb or noun of
    involvement), else the noun phrase the order is said of ("The commonest causes" →
    "cause"); "" when nothing says."""
    if _OF_PLACE.search(what) or _OF_PLACE.search(sentence):
        return "site"
    words = [w.lower() for w in what.split() if not _NO_GROUP.match(w) and not _RANK_WORD.match(w)]
    return singular(" ".join(words)) if 1 <= len(words) <= 3 else ""


def ordered_run(sentence: str) -> Iterator[tuple[str, str, str]]:
    """(name, rank, category) of each name a sentence lists in order of frequency."""
    if "order" not in sentence:
        return
    fronted = _FRONTED.match(sentence)
    match = fronted or _AFTER_CUE.search(sentence)
    if match is None:
        return
    group = "site" if fronted else _group(match.group("what") or "", sentence)
    members = _members(match.group("run"))
    if not group or len(members) < 2 or any(re.search(r"\d", m) for m in members):
        return
    for place, name in enumerate(members):
        if rank := ordinal_of(place):
            yield name, rank, group


def listed_in_order(intro: str) -> str:
    """The category a list's intro ranks its entries in order of frequency ("The teeth
    involved, in descending order of frequency, are:" → "teeth involved"), else ""."""
    match = _INTRO.match(intro.strip())
    if match is None:
        return ""
    return _group(match.group("what"), "")
