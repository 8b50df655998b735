"""Classes a sentence names each with the condition that puts a case in it, after a verb of
naming or a criterion and a colon: "It is termed early when seen within 6 hours, late
between 6 and 24 hours, and old beyond 24 hours"; "Leaks are described by their size:
small if under 2 mm, medium between 2 and 5 mm, and large beyond 5 mm"; and classes named
in two clauses or more of one sentence: "Those seen in the first month are called primary
leaks, whereas those seen later are called secondary leaks". Grammar only, no word of one
disease.
"""

from __future__ import annotations

import re

__all__ = ["conditioned_classes", "named_in_clauses"]

# What leads into the run: a verb of naming, or a criterion the classes divide by.
_LEAD = re.compile(
    # (not "considered" or "defined as": "considered abnormal if over 7 mm" is a cut-off)
    r"\b(?:(?:is|are)\s(?:\w+ly\s)?(?:termed|called|labelled|labeled|classed)\s"
    r"|(?:described|classified|divided|graded)\s(?:by|according\sto)\s(?:their|its|the)\s"
    r"[a-z][\w -]{2,30}:\s)",
    re.I,
)
# One class and its condition: "subacute between 2 weeks and 3 months".
_CONDITIONED = re.compile(
    r"^(?P<name>[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30})?)\s"
    r"(?P<condition>(?:if|when|where|between|beyond|within|after|before|under|over|below|"
    r"above|less\sthan|more\sthan|greater\sthan|up\sto|from|for)\s[^;]{2,100})$"
)
# Where one part ends: a comma (perhaps "and"/"or"), or "and"/"or" before a name and its
# condition.
_PART = re.compile(
    r",\s(?:and\s|or\s)?|\s(?:and|or)\s(?=[a-z][\w-]{2,30}(?:\s[a-z][\w-]+)?\s"
    r"(?:if|when|between|beyond|within|after|before|under|over|below|above|less|more|greater|"
    r"up|from|for)\s)"
)


def conditioned_classes(text: str) -> list[tuple[str, str]]:
    """Each (class, condition) a run after a verb of naming or a criterion names; [] unless
    two or more parts, to the clause's end, each name a class and its condition."""
    lead = _LEAD.search(text)
    if lead is None:
        return []
    run = re.split(r"[;.](?:\s|$)", text[lead.end() :], maxsplit=1)[0]
    parts = [p.strip() for p in _PART.split(run) if p.strip()]
    matches = [_CONDITIONED.match(p) for p in parts]
    if len(parts) < 2 or not all(matches):
        return []
    return [(m["name"], m["condition"]) for m in matches if m]


# "… are called secondary leaks": a clause that names its subject's class.
_NAMED = re.compile(
    r"\b(?:is|are)\s(?:then\s|usually\s|also\s)?(?:termed|called|known\sas|designated)\s"
    r"(?:the\s)?(?!(?:the|this|that|these|its|their)\s)"  # "called the acute form"
    r"(?P<name>[a-z][\w-]{2,30}(?:\s[a-z][\w-]{2,30}){0,2}?)"
    r"(?=\s?[,;.]|\s(?:whereas|while|and|but)\b|$)"
)
_CLAUSE_BREAK = re.compile(r";\s(?:and\s)?|,\s(?:whereas|while|but|and)\s")
# A pronoun or the page's condition ends a conditional case: "when X predominates it".
_CONDITIONAL = re.compile(r"^(?:when|if|where|once)\s", re.I)
_TRAILING_SUBJECT = re.compile(r"\s(?:it|they|the\s[a-z-]{3,30})$", re.I)


def named_in_clauses(text: str) -> list[tuple[str, str]]:
    """Each (class, case) when two clauses or more of a sentence name different classes
    ("Those seen early are termed primary leaks, whereas those seen later are called
    secondary leaks"); [] otherwise."""
    found: list[tuple[str, str]] = []
    start = 0
    for match in _NAMED.finditer(text):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, start, match.start())]
        case = text[breaks[-1] if breaks else start : match.start()].strip(" ,")
        case = re.sub(r"^(?:those|these)\s", "", case, flags=re.I)
        if _CONDITIONAL.match(case):
            case = _TRAILING_SUBJECT.sub("", case)
        found.append((match["name"], case))
        start = match.end()
    names = {name.lower() for name, _ in found}
    return found if len(found) >= 2 and len(names) == len(found) else []
