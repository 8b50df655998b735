"""A relation's member that its own words deny, hedge or compare, whichever extractor read
it (a list entry or a prose relation): cut to the name it states, or refused.

- a denied member: "not alcohol", "neither smoking nor alcohol", "no family history";
- a comparison or concession after the name: "smoking than squamous cell carcinoma",
  "obesity, although the evidence is conflicting", "endometriosis, as is clear cell
  carcinoma": the name is kept, the tail cut;
- what the member is set against: "CT angiography rather than of the disease itself";
- a clause of its own: "chest radiographs show a mass";
- a member named only by another's: "the same organisms";
- a share of cases after the name: "trauma in most cases" (the name is kept);
- a clause that judges the member, not names it: "recurrence after resection is common";
- an aside that withdraws the member: "smoking (no longer thought to be relevant)";
- a sentence that withdraws its own relation: "It was once thought to be associated with
  trauma", "an association with obesity has not been established".
"""

from __future__ import annotations

import re

__all__ = ["hedged_member", "retracted_relation", "without_set_aside"]

# "not alcohol", "neither A nor B", "no family history": a member the entry denies.
_DENIED = re.compile(r"^(?:not|neither|none|no|nor)\s", re.I)
# A concession or contrast closing the member: ", although the evidence is weak".
_CONCESSION_TAIL = re.compile(
    r",\s(?:although|though|but|whereas|while|albeit|even\s+though)\s.*$"
    r"|\s(?:although|though|whereas|albeit)\s.*$",
    re.I,
)
# ", as is clear cell carcinoma", ", as in adults": a comparison with something else.
_AS_TAIL = re.compile(r",\s(?:as|like)\s(?:is|are|does|do|in|with|for|seen\s+in)\s.*$", re.I)
# "smoking than squamous cell carcinoma": what the member is compared with, unless "than"
# belongs to the member's own words ("more than half", "greater than expected",
# "younger than 18 months", "rather than asbestos").
_THAN_TAIL = re.compile(r"(?<=[a-z])(?<!\smore)(?<!\sless)(?<!\srather)(?<!\sother)\sthan\s.*$")
_COMPARED_INSIDE = re.compile(
    r"\b(?:more|less|rather|other|fewer|better|worse|[a-z]{2,20}er)\b", re.I
)
# "the same organisms (that cause cellulitis)": named only by what the text compares it with.
_SAME_AS_ANOTHER = re.compile(r"^(?:the\s)?(?:same|similar)\s[\w-]{2,30}$", re.I)
# "CT angiography rather than of the disease itself": the thing set aside is no part of it.
_RATHER_TAIL = re.compile(r",?\s(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s.*$", re.I)
# "chest radiographs show a mass": a clause of its own (a short noun phrase, then a finite
# verb), split off a run of members after ", and".
_CLAUSE_MEMBER = re.compile(
    r"^(?!.*\b(?:that|which|who|whom|where)\s)[\w-]{2,30}(?:\s[\w-]{2,30}){0,3},?\s"
    r"(?:is|are|was|were|shows?|reveals?|demonstrates?|confirms?|remains?|becomes?|appears?|"
    # "malignant transformation has not been described"
    r"(?:has|have|had)\s(?:not\s|never\s)?been)\s",
    re.I,
)
# "trauma in most cases", "infection in about a third of patients": a share, no member words.
_SHARE_TAIL = re.compile(
    r"\s(?:in|for)\s(?:(?:about|around|approximately|nearly|roughly|up\s+to|over|under)\s)?"
    r"(?:most|many|some|a\s+few|few|the\s+majority\s+of|a\s+minority\s+of|(?:a|one)\s+"
    r"(?:third|quarter|half)(?:\s+of)?|half\s+of|two[\s-]thirds(?:\s+of)?|\d{1,3}\s?%\s+of|all)\s?"
    r"(?:the\s)?(?:cases|patients|children|adults|instances)?$",
    re.I,
)
# "recurrence after resection is common": a clause judging how often, no name.
_JUDGED_CLAUSE = re.compile(
    r"\s(?:is|are)\s(?:(?:very|relatively|fairly|quite|also|more|less)\s)?"
    r"(?:common|uncommon|rare|frequent|infrequent|unusual|typical|usual|likely|unlikely)$",
    re.I,
)
# "(no longer thought to be relevant)", "(disproven)": an aside that withdraws the member.
_WITHDRAWN_ASIDE = re.compile(
    r"\((?:[^()]{0,40}\s)?(?:no\s+longer|not\s+confirmed|unconfirmed|disproven|disproved|"
    r"refuted|now\s+doubted|not\s+supported)\b[^()]{0,80}\)",
    re.I,
)
# A sentence that withdraws the relation it states.
_RETRACTED = re.compile(
    r"\b(?:once|previously|formerly|originally|historically)\s+(?:been\s+)?"
    r"(?:thought|believed|considered|suggested|proposed|held)\b"
    r"|\b(?:associations?|links?|relationships?|connections?|role)\b[^.;]{0,80}?"
    r"\b(?:has|have)\s+not\s+been\s+(?:firmly\s+|clearly\s+|consistently\s+)?"
    r"(?:established|confirmed|proven|proved|shown|demonstrated|substantiated|replicated)\b"
    r"|\bbut\s+(?:this|these|that)\s+(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:disputed|refuted|questioned|doubted|disproven|disproved|not\s+(?:been\s+)?confirmed)\b"
    r"|\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:disproven|disproved|refuted)\b",
    re.I,
)


# Words a split leaves alone that name nothing: "as is X", "all of which …", "now with …".
_NO_NAME = frozenset({"as", "like", "now", "then", "all", "both", "each", "either", "none"})


def retracted_relation(sentence: str) -> bool:
    """Whether ``sentence`` withdraws the relation it states ("was once thought to be
    associated with …", "an association with X has not been established")."""
    return bool(_RETRACTED.search(sentence))


def without_set_aside(name: str) -> str:
    """``name`` without what it is set against ("CT angiography rather than the disease")."""
    return _RATHER_TAIL.sub("", name).strip()


def hedged_member(item: str) -> str:
    """``item`` without what compares, concedes or shares it out, or "" when its own words
    deny it or judge it instead of naming it."""
    item = item.strip()
    if _DENIED.match(item) or _WITHDRAWN_ASIDE.search(item) or _SAME_AS_ANOTHER.match(item):
        return ""
    if _CLAUSE_MEMBER.match(item):
        return ""
    item = _RATHER_TAIL.sub("", _CONCESSION_TAIL.sub("", item))
    item = _AS_TAIL.sub("", item)
    than = _THAN_TAIL.search(item)
    # ("more often ulcerative colitis than Crohn disease": the comparison is the member's own)
    if than and not _COMPARED_INSIDE.search(item[: than.start()]):
        item = item[: than.start()]
    item = _SHARE_TAIL.sub("", item).strip(" ,")
    if item.count("(") > item.count(")"):
        # "perforation (rare, but fatal)": a cut inside the aside leaves the name before it
        item = item[: item.rfind("(")].strip(" ,")
    if _JUDGED_CLAUSE.search(item) or item.lower() in _NO_NAME:
        return ""
    return item
