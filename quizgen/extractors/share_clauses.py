"""The clause a share's verb belongs to, rewritten without what stands between the counted
noun and its verb, so the share readers see "<noun> <verb> in N%":

- an aside after a sentence's opening noun ("Perianal disease (fistulas and abscesses)
  develops in", "Leukocoria, a white pupillary reflex, is seen in");
- a relative clause after any noun ("… complicated by toxic megacolon, which occurs in");
- a pronoun that opens a later clause and stands for the sentence's opening noun ("The
  pedicle sign is suggestive; it has been reported in", "…, and it occurs in").

Each gives the clause as "<noun> <predicate>" or None; ``shares`` reads the item from it as
from any clause. Read from closed classes of English function words only."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extractors.text import is_plural

__all__ = ["Reread", "clause_without_aside"]


@dataclass(frozen=True, slots=True)
class Reread:
    """A share's clause read again: the noun it counts and "<noun> <predicate>"."""

    noun: str
    clause: str


# Words a simple noun phrase never holds: verbs of being and having, modals, relative and
# subordinating words, prepositions that open a complement ("of" stays: "a tear of the ligament").
_NOT_IN_NP = (
    r"(?:is|are|was|were|be|been|being|has|have|had|may|might|can|could|will|would|should|"
    r"must|does|do|did|which|that|who|whom|whose|where|when|while|whereas|although|though|"
    r"because|if|as|than|with|without|by|to|from|for|in|on|at|into|onto|after|before|during|"
    r"between|within|via|through|under|over|and|or|but|not|no|it|they|this|these|those|there)"
)
_WORD = r"[\w'’/.+-]{1,40}"
# The noun phrase a sentence or a clause after ";" or ":" opens on: up to eight words.
_LEAD_NP = rf"(?P<np>[A-Za-zα-ω][\w'’/.+-]{{0,40}}(?:\s(?!{_NOT_IN_NP}\b){_WORD}){{0,7}})"
# An aside: a bracket, or a phrase between commas (which may hold brackets but no clause break).
_ASIDE = r"(?:\s\([^()]{1,160}\)|,\s[^,;:]{2,160},)"
# The verb that follows the aside and opens the predicate.
# (only verbs the share readers know as verbs: any other would be read into the noun)
_PREDICATE_VERB = (
    r"(?:is|are|was|were|has|have|had|may|can|occurs?|develops?|affects?|complicates?)"
)
_PREDICATE_START = re.compile(rf"^{_PREDICATE_VERB}\s", re.I)
_ASIDE_AFTER_LEAD = re.compile(
    rf"^(?P<lead>(?:.{{0,300}}[;:]\s)?){_LEAD_NP}(?P<aside>{_ASIDE}{{1,2}})"
    rf"\s(?P<rest>(?:(?:usually|often|also|typically|commonly|frequently|only)\s)?"
    rf"{_PREDICATE_VERB}\s.{{1,300}})$",
    re.S,
)
# "…, which is found in", "…, which occurs in", "… (aside), which develops in".
_RELATIVE = re.compile(
    r"(?P<before>.{0,400}?)(?P<np>(?:\s[\w'’/.+-]{1,40}){1,8})(?:\s\([^()]{1,160}\))?,\s"
    r"(?:which|that)\s(?P<rest>.{1,200})$",
    re.S,
)
_DETERMINER = re.compile(r"^(?:a|an|the|its|their)$", re.I)
_BOUNDARY = re.compile(rf"^{_NOT_IN_NP}$", re.I)
# A noun that names the presence, degree or course of what follows "of", not a thing counted.
_LIGHT_HEAD = re.compile(
    r"^(?:(?:the|a|an)\s)?(?:[a-z]{2,15}\s)?(?:presence|degree|development|occurrence|evidence|"
    r"finding|chance|likelihood|possibility)\sof\s",
    re.I,
)
# A preposition of two words after a noun ("due to", "secondary to"): the "which" after its
# object may stand for the noun before it.
_COMPOUND_PREPOSITION = re.compile(
    r"^(?:due|secondary|owing|related|close|next|prior|adjacent)\sto$", re.I
)
# A pronoun that opens a later clause of the sentence.
_PRONOUN_CLAUSE = re.compile(
    r"^(?P<first>.{2,300}?)(?:;\s|,\s(?:and|but|yet)\s|\s(?:and|but|yet)\s)"
    r"(?P<pronoun>it|they)\s(?P<rest>.{1,200})$",
    re.S | re.I,
)
_OPENING_NP = re.compile(rf"^{_LEAD_NP}(?:\s\([^()]{{1,160}}\))?\s{_PREDICATE_VERB}\s", re.I)


def _relative_antecedent(before: str) -> tuple[str, str] | None:
    """The noun phrase a "which" or "that" clause follows, and the clause's predicate."""
    match = _RELATIVE.match(f" {before}")
    if match is None or not _PREDICATE_START.match(match.group("rest")):
        return None
    words = match.group("np").split()
    kept: list[str] = []
    marked = False  # whether a determiner, verb or preposition marks where the noun begins
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        after_of = at > 0 and words[at - 1].lower() == "of"
        if word.lower() == "of" and kept:
            kept.insert(0, word)  # "a tear of the ligament": the noun goes on before "of"
            continue
        if _BOUNDARY.match(word) or word.endswith((",", ";", ":", ")", "(")):
            marked = True
            if at > 0 and _COMPOUND_PREPOSITION.match(f"{words[at - 1]} {word}"):
                return None  # "a neck mass due to nodal metastasis, which": which noun?
            break
        kept.insert(0, word)
        if _DETERMINER.match(word) and not after_of:
            marked = True
            break
    if not marked and match.group("before").strip():
        return None
    if not kept or (_DETERMINER.match(kept[0]) is None and len(kept) > 4):
        return None
    noun = _LIGHT_HEAD.sub("", " ".join(kept))
    return noun, match.group("rest")


def _pronoun_antecedent(before: str) -> tuple[str, str] | None:
    """The sentence's opening noun phrase a later clause's "it" or "they" stands for, with
    that clause's predicate; None when the number disagrees or the sentence opens otherwise."""
    match = _PRONOUN_CLAUSE.match(before)
    if match is None or not _PREDICATE_START.match(match.group("rest")):
        return None
    opening = _OPENING_NP.match(match.group("first"))
    if opening is None:
        return None
    noun = opening.group("np")
    if is_plural(noun) != (match.group("pronoun").lower() == "they"):
        return None
    return noun, match.group("rest")


def clause_without_aside(before: str) -> Reread | None:
    """The words before a share as "<noun> <predicate>", when an aside, a relative clause or
    a pronoun stands between the noun the share counts and its predicate; else None."""
    aside = _ASIDE_AFTER_LEAD.match(before)
    if aside is not None:
        return Reread(aside.group("np"), f"{aside.group('np')} {aside.group('rest')}")
    found = _relative_antecedent(before) or _pronoun_antecedent(before)
    if found is None:
        return None
    noun, rest = found
    return Reread(noun, f"{noun} {rest}")
