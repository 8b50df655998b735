"""A list entry ranked at its end: "type I: dilatation of the duct, the most common type",
"intrinsic: an aperistaltic segment; this is the commonest cause in infants", "superior
sagittal sinus: ~60% (most common)". The entry's label is what is ranked; the description
between the label and the rank says what it is, not what the rank is about."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ORDINAL_WORDS", "LabelRank", "trailing_label_rank"]

# The ordinals a rank is written with in words (rank.py adds the numerals: "6th").
ORDINAL_WORDS = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# The superlatives a glossary entry ends on ("the rarest form", "the most specific sign").
_SUPERLATIVE = (
    rf"(?:(?P<ordinal>{ORDINAL_WORDS})\s)?"
    r"(?P<rank>most\s(?:common|frequent|specific|sensitive|severe|aggressive)|"
    r"least\s(?:common|frequent|severe)|commonest|rarest)"
)
# "classic and most common", "classic, most severe": a quality said beside the rank
_BESIDE = r"(?:classic(?:,|\sand)?\s)?"
# A label: a short name before the entry's colon, with an optional bracketed gloss.
_LABEL = re.compile(
    r"^(?P<label>[A-Za-z][\w'’/ –-]{0,50}?(?:\s\([^()]{1,40}\))?):\s{1,3}(?P<rest>\S.*)$"
)
# The rank as the entry's last segment: after "; " or ", " ("this is" may open it), with
# an optional category of up to six words that ends the entry or a clause of it.
_END_SEGMENT = re.compile(
    r"(?:;|,)\s(?:this\sis\s)?(?:(?:by\sfar|overall)\s)?(?:the\s)?"
    rf"{_BESIDE}{_SUPERLATIVE}"
    r"(?:\s(?P<group>[a-z][\w'’-]{1,30}(?:\s(?!(?:and|accounting|with|which|that|though|"
    r"although|but|seen|typical|causing)\b)[\w'’-]{1,30}){0,5}))?"
    r"(?=\s?(?:$|[,;.(])|\s(?:and|accounting|with|which|though|although|but|seen|typical)\b)",
    re.I,
)
# The rank in the entry's last bracket: "~60% (most common)", "(the classic, most severe
# form)".
_BRACKETED = re.compile(
    rf"\((?:[^()]{{0,20}},\s)?(?:the\s)?{_BESIDE}{_SUPERLATIVE}"
    r"(?:\s(?P<group>[a-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}))?\)\s?\.?$",
    re.I,
)
# A rank after "with X, the most …" or "such as X, the most …" belongs to X, not the label.
_APPOSED_BEFORE = re.compile(
    r"\b(?:with|including|includes?|such\sas|especially|particularly|from|e\.g\.)"
    r"\s[^,;:()]{1,60}$",
    re.I,
)
# A description that is only a short name, with no figure or comma in it.
_BARE_NAME = re.compile(r"^[A-Za-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,4}$")
# A verb in the segment before the rank makes that segment a clause of its own.
_VERB_BEFORE = re.compile(r"\b(?:is|are|was|were)\s[^,;]*$", re.I)
# Labels that name who or when, not a kind of anything ("children:", "adults:").
_NOT_A_NAME = re.compile(
    r"^(?:children|adults|infants|neonates|men|women|patients|elderly|adolescents|"
    r"treatment|prognosis|note|imaging|ct|mri|ultrasound|radiograph)s?$",
    re.I,
)


# A category that only names a kind: "the rarest form" ranks the entry, whatever it mentions.
_KIND = re.compile(r"^(?:type|form|subtype|variant|pattern)s?$")


class LabelRank(NamedTuple):
    """A list label ranked at its entry's end."""

    label: str
    value: str
    group: str  # "" when the entry leaves the category unsaid


def _value(match: re.Match[str]) -> str:
    rank = re.sub(r"\s+", " ", match.group("rank").lower())
    rank = "most common" if rank == "commonest" else rank
    return f"{(match.group('ordinal') or '').lower()} {rank}".strip()


def _ranks_the_label(before: str, match: re.Match[str], group: str) -> bool:
    """Whether the rank after ``before`` (the entry's description) is the label's, not that
    of a name the description ends on."""
    if not before.strip() or _VERB_BEFORE.search(before):
        return False
    if match.group(0).startswith("(") and _BARE_NAME.match(before.strip()):
        return False  # "…: mineralised nodules (the most common pattern)": the nodules' rank
    after_clause = match.group(0).startswith(";")  # "…; the most common …" ends a clause
    # "with empyema, the most common complication": empyema's rank
    return not (_APPOSED_BEFORE.search(before) and not after_clause and not _KIND.match(group))


def trailing_label_rank(line: str) -> LabelRank | None:
    """The label of ``line`` and the rank its entry ends on, or None (no label, no rank at
    the end, or a rank that belongs to a name inside the description)."""
    labelled = _LABEL.match(line.strip())
    if (
        labelled is None
        or _NOT_A_NAME.match(labelled.group("label").strip())
        # "the same with foci of signal void:" is a phrase, not a name
        or re.match(r"(?:the|a|an|this|these)\s", labelled.group("label"), re.I)
    ):
        return None
    rest = labelled.group("rest")
    match = _BRACKETED.search(rest) or _END_SEGMENT.search(rest)
    if match is None:
        return None
    group = (match.group("group") or "").strip().lower()
    if not _ranks_the_label(rest[: match.start()], match, group):
        return None
    # ("gangrenous cholecystitis (up to 20-30% of cases):" a bracketed figure is no name)
    label = re.sub(r"\*+|\s\([^()]*\d[^()]*\)", "", labelled.group("label")).strip()
    return LabelRank(label, _value(match), group)
