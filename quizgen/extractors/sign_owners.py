"""Whose sign a named sign is, when the grammar around it names the owner: "is a classic
sign of X", "In X the Y sign …", "In variant CJD, …" (a kind of an abbreviated condition),
and the finding a verbless line opens on, which owns no sign."""

from __future__ import annotations

import re

from quizgen.extractors.abbreviations import definitions
from quizgen.extractors.clauses import is_condition_name, same_name
from quizgen.extractors.imaging import modality_in
from quizgen.model import Article

__all__ = [
    "FEATURE_OF",
    "GIVEN_NAME",
    "bare_condition_setting",
    "is_a_look",
    "is_mimicked",
    "kind_of_abbreviated_condition",
    "present_condition",
    "share_group",
    "then_indicating",
    "turned_clause_owner",
]

# "…, is a classic sign of primary tube carcinoma", "is a feature of chronic hydrosalpinx",
# "is a highly specific clue to a venous congestive myelopathy": the sign is called a sign of
# what follows (a fragment for the sign extractor's verbs of indicating). Only a clue is "to"
# a thing: "a subtle sign to seek on AP films" is an infinitive, and names no owner.
FEATURE_OF = (
    r"(?:is|are)\s+(?:also\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:sign|feature|hallmark|marker|presentation)s?\s+of|clues?\s+to)"
)

# "a finding known as torcular inversion", "is called a button sequestrum": a verb of naming
# after a finding, or after a copula with an article ("is known as the unhappy triad"; "is
# known as marrow replacement" restates its subject). "X, also known as Y" is a synonym.
GIVEN_NAME = (
    r"(?<!also\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)known\s+as"
    r"|(?:is|are|was|were|been)\s+known\s+as(?=\s+(?:the|an?)\s)"
    r"|(?:is|are|was|were|been|be)\s+(?:sometimes\s+|often\s+)?called"
)

# "In sigmoid sinus thrombosis the empty delta sign …": a setting the author closed with no
# comma, read only when the sign's own article follows it at once.
_BARE_SETTING = re.compile(
    r"^(?:in|with)\s+(?P<np>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,5}?)\s+(?:the|an?)\s+"
    r"(?:(?:classic(?:al)?|typical|so-called|characteristic)\s+)?[\"“]?$",
    re.I,
)


def bare_condition_setting(before_sign: str) -> str:
    """The condition an opening "In <condition> the <sign>" names ("" when the words after
    "In" name no condition or the sign stands elsewhere in the sentence)."""
    setting = _BARE_SETTING.match(before_sign)
    if setting is None:
        return ""
    np = setting.group("np")
    return np if is_condition_name(np) and not modality_in(np) else ""


# "variant CJD", "sporadic CJD", "fibrotic HP": words of kind before an abbreviation.
_KIND_OF_ABBREVIATION = re.compile(r"^(?:[a-z][\w-]{2,20}\s){1,2}(?P<abbr>[A-Z][A-Z0-9]{1,7})s?$")


def kind_of_abbreviated_condition(np: str, article: Article) -> bool:
    """Whether ``np`` is a kind of a condition the article abbreviates ("variant CJD" on
    Creutzfeldt-Jakob disease): a name of a condition that no closed ending reads as one."""
    match = _KIND_OF_ABBREVIATION.match(np)
    if match is None or modality_in(np):
        return False
    defined = definitions(article).get(match.group("abbr"))
    if defined is None:
        return False
    names = (article.title, *article.synonyms)
    expansion = defined.expansion
    return is_condition_name(expansion) or any(same_name(expansion, n) for n in names)


# A look or a measured property, not a thing that has signs: "intermediate signal",
# "coarse trabeculation", "peripheral enhancement".
_LOOK_HEAD = re.compile(
    r"(?:^|\s|-)(?:pseudo-?)?(?:signal|intensity|enhancement|attenuation|density|echogenicity|"
    r"echotexture|trabeculation|trabeculae|septation|septations|calcification|calcifications|"
    r"lucency|opacity|opacities|shadowing|uptake|diffusion|restriction|flow|margins?|"
    r"contours?|outline|appearance|pattern)$",
    re.I,
)


def is_a_look(phrase: str) -> bool:
    """Whether a phrase ends on a noun of look or signal ("intermediate signal", "coarse
    trabeculation or pseudotrabeculation"): a finding, which a sign describes, not owns."""
    return bool(_LOOK_HEAD.search(phrase.strip().rstrip(".,;:")))


# "about three-quarters of DNETs", "minority of cases", "40% of patients": a share of a group.
_SHARE = re.compile(
    r"^(?:(?:about|approximately|around|roughly|nearly|almost|up\s+to|over|only)\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?:small|large|vast|significant|substantial)\s+)?"
    r"(?:minority|majority|proportion|fraction|half|(?:(?:one|two|three|four)[- ])?"
    r"(?:thirds?|quarters?|fifths?|tenths?)|\d{1,3}(?:\.\d{1,2})?\s?%)\s+of\s+"
    r"(?:all\s+|the\s+|these\s+)?(?P<group>[\w-]+(?:\s[\w-]+){0,3})$",
    re.I,
)
_PEOPLE = re.compile(
    r"^(?:patients|cases|children|adults|people|individuals|women|men|infants)$", re.I
)


def share_group(phrase: str) -> str | None:
    """The group a share names ("DNETs" in "about three-quarters of DNETs"; "" for people or
    cases, who are the paragraph's own), or None when ``phrase`` is no share."""
    match = _SHARE.match(phrase.strip())
    if match is None:
        return None
    group = match.group("group")
    return "" if _PEOPLE.match(group) else group


# "… can mimic a crescent sign": a sign another thing imitates is not shown by the sentence.
_MIMICKED = re.compile(
    r"\b(?:mimic|mimics|mimicking|mimicked|simulate|simulates|simulating|imitate|imitates|"
    r"imitating)\s+(?:an?\s+|the\s+)?(?:so-called\s+)?[\"“]?$",
    re.I,
)


def is_mimicked(before_sign: str) -> bool:
    """Whether the sign that follows ``before_sign`` is the object of "mimic" or "simulate":
    the sentence names a look-alike, no sign of anything."""
    return bool(_MIMICKED.search(before_sign[-60:]))


# "(the swirl sign) represent unclotted blood and suggest active bleeding": after what the
# sign is made of, a second verb says what it is a sign of.
_THEN_INDICATES = re.compile(
    r"^[^;:.]{0,120}?\s(?:and|but)\s+(?=(?:may\s+|can\s+|often\s+|usually\s+)?"
    r"(?:suggests?|indicates?|favou?rs?|signals?)\s)",
    re.I,
)


def then_indicating(after_sign: str) -> str | None:
    """The words from a second verb of indicating after the sign's first verb ("suggest
    active bleeding."), or None when the clause has no such verb."""
    match = _THEN_INDICATES.match(after_sign)
    return after_sign[match.end() :] if match else None


# "(Hamman sign) may be heard when pneumomediastinum is present": the condition the sign
# goes with, named in a clause of time or condition.
_WHEN_PRESENT = re.compile(
    r"^[^;:.]{0,80}?\b(?:when|if|where)\s+(?:an?\s+|the\s+)?(?P<np>[A-Za-z][\w'’-]*"
    r"(?:\s[\w'’-]+){0,3}?)\s+(?:is|are)\s+(?:also\s+)?present\b",
    re.I,
)


def present_condition(after_sign: str) -> str:
    """The condition named in "when <condition> is present" after a sign ("" when none)."""
    match = _WHEN_PRESENT.match(after_sign)
    if match is None:
        return ""
    np = match.group("np")
    return "" if is_a_look(np) or modality_in(np) else np


# "… favour ADEM, whereas ovoid lesions (Dawson fingers), callosal lesions and black holes
# favour multiple sclerosis": a sign in a clause turned by "whereas" is a sign of what that
# clause's own verb names, however long its list of subjects.
_TURNED = re.compile(r",\s(?:whereas|while)\s[^;:.]{0,200}$", re.I)
_FAVOURS = re.compile(
    r"^[^;:.]{0,200}?\s(?:favou?rs?|suggests?|indicates?|points?\s+to)\s+"
    r"(?P<what>[^;:,.()]{2,60}?)(?=\s+(?:over|rather\s+than)\b|\s*[;:,.]|\s*$)",
    re.I,
)


def turned_clause_owner(before_sign: str, after_sign: str) -> str:
    """What the verb of a "whereas" clause holding the sign favours or suggests ("" when
    the sign is in no such clause or its verb names nothing)."""
    if not _TURNED.search(before_sign[-220:]):
        return ""
    match = _FAVOURS.match(after_sign)
    if match is None:
        return ""
    what = re.sub(r"^(?:the|an?)\s+", "", match.group("what").strip(), flags=re.I)
    return "" if is_a_look(what) or modality_in(what) else what
