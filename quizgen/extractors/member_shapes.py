"""Shapes of an association's member that name nothing a card can ask for, whichever
extractor made it (a list entry, a prose relation, a classification): refused by shape of
wording, never by a word of one article.

- a bare reporting verb or participle ("found", "seen", "described"): the clause's verb
  read as a member ("Cortical defects are found in 30% of children");
- a clause fragment that opens on a connective ("with a history that is short",
  "accompanied by nausea", "reflecting the evolution of the lesion", "suggesting
  …") or that describes the member before it ("concave towards the lesion");
- a count of classes ("four classes") or an outcome ranked ("the highest mortality");
- an imaging technique ("CT", "MRI"): how a complication is found, not a complication;
- a larger or smaller part of the subject ("Larger lesions"): the sentence's subject.
"""

from __future__ import annotations

import re

from quizgen.extractors.member_hedges import hedged_member

_NOT_A_MEMBER = re.compile(
    # a bare verb or participle of reporting or being
    r"^(?:found|seen|noted|reported|described|observed|identified|detected|shown|"
    r"demonstrated|involved|affected|associated|caused|included|including|occurs?|"
    r"develops?|present|presents|presented|recogni[sz]ed|known|recorded)$"
    # a participle and where: "found in up to a third of resected specimens"
    r"|^(?:found|seen|noted|reported|observed|identified|detected|present)\s+in\s"
    # a clause fragment opening on a connective participle or phrase
    # ("largely reflecting …": an adverb before it changes nothing)
    r"|^(?:[a-z]{2,20}ly\s)?(?:accompanied|followed|preceded|reflecting|suggesting|indicating|"
    r"implying|resulting|leading|making|allowing|requiring)\b"
    # "Hyponatraemia, due to SIADH, is common": the cause of the member before it, cut
    r"|^(?:[a-z]{2,20}ly\s)?(?:due|owing|secondary)\s+to\s"
    # a comparison closing the list: "fever and vomiting, much as with acute cholecystitis"
    r"|^(?:(?:much|just|very\s+much)\s+)?as\s+(?:with|in|for|seen\s+in)\s"
    r"|^(?:like|unlike|similar\s+to|as\s+opposed\s+to)\s"
    # a description of the member before it: "concave towards the side of the lesion"
    r"|^[\w-]{2,20}\s+(?:towards|away\s+from)\b"
    # a passive predicate: "eased by lying on the left side", "worsened by exertion"
    r"|^(?:[a-z]{2,20}ly\s)?[a-z]{2,20}ed\s+by\s"
    # a subordinate clause: "before neurological signs appear", "when the cyst ruptures"
    r"|^(?:before|until|once|when|whenever|although|though|because|unless|whereas)\s\S+\s"
    # a count of classes: "four classes", "3 types", "three distinct phases"
    r"|^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z-]{3,20}\s+)?"
    r"(?:classes|types|subtypes|groups|categories|forms|grades|stages|patterns|variants|"
    r"phases|zones|layers|subgroups|phenotypes)$"
    # an outcome ranked: "the highest mortality", "a better prognosis"
    r"|^(?:the\s|an?\s)?(?:highest|lowest|greatest|best|worst|poorest|higher|lower|"
    r"greater)\s(?:mortality|morbidity|prognosis|survival|risk|rates?|incidence)\b"
    # an imaging technique: how a member is found, not a member
    r"|^(?:CT|MRI?|MR|US|ultrasound|ultrasonography|radiographs?|radiography|PET(?:[-/]CT)?|"
    r"scintigraphy|angiography|fluoroscopy|mammography)$"
    # "other causes of fluid overload": the rest of a group, no member a card can ask for
    r"|^other\s(?:[\w-]{1,30}\s){0,2}(?:causes|forms|types|conditions|disorders|diseases|"
    r"reasons|aetiologies|etiologies)\b"
    # a second predicate of the list's subject: "Complications are rare and carry a poor
    # prognosis", "… and require surgery"
    r"|^(?:carr(?:y|ies)|requires?|tends?\sto|responds?\sto|resolves?|regress(?:es)?)\s"
    # who or when the member is found in, or a verb of having, read as a member:
    # "occasionally in patients with X", "had symptoms for years"
    r"|^(?:[a-z]{2,20}ly\s)?in\s(?:patients|people|those|families|children|adults)\b"
    r"|^(?:had|has|have)\s"
    # a bare span of time: "slowly progressive over months or years", "(sometimes) decades
    # earlier", "(occasionally) for decades"
    r"|^(?:for\s)?(?:seconds|minutes|hours|days|weeks|months|years|decades)"
    r"(?:\s(?:earlier|later|before|after))?$"
    # a larger or smaller part of the subject: the sentence's subject, not a member
    r"|^(?:larger|smaller|bigger|older|younger|deeper)\s"
    r"(?:lesions?|tumou?rs?|cysts?|masses|nodules?|patients|cases|children|adults)$",
    re.I,
)
# Opening on a preposition: a fragment of the clause ("by the tumour"), save for a class
# named by what it has ("with aura") or a route ("into the orbit").
_PREPOSITION_LEAD = re.compile(r"^(?:without|by|from|than)\s", re.I)
# "presents with a pathological fracture": the member is what follows "with" (or the
# verb that a split left on it, "present with a palpable mass")
_WITH_LEAD = re.compile(r"^(?:(?:may\s|can\s)?(?:presents?|presenting)\s+)?with\s+", re.I)
# What a split left of a feature: where pain goes ("sometimes referred to the buttock"),
# or a region whose symptom noun the next member took ("low back or coccygeal pain" →
# "low back"; "sudden, severe chest or back pain" → "sudden, severe chest"). (A region
# after a preposition is where a named symptom goes: "pain radiating to the back".)
_FEATURE_FRAGMENT = re.compile(
    r"^(?:\w{2,20}\s)?(?:referred|radiating|spreading|extending)\b"
    r"|^(?!.*\s(?:to|into|towards|from|in|of)\s)(?:[\w,-]{1,20}\s){0,3}(?:back|chest|knee|hip|"
    r"groin|neck|flank|shoulder|buttock|thigh|abdomen|arm|leg|jaw|loin|pelvis|perineum|"
    r"scalp|face)$",
    re.I,
)
# "… are common and include a unicornuate uterus": the list's verb a split left on its member
LIST_VERB_LEAD = re.compile(r"^(?:also\s+)?(?:includes?|comprises?)\s+(?:an?\s+|the\s+)?", re.I)
# "with a history that is short": what follows names nothing
_BARE_HISTORY = re.compile(r"^(?:an?\s)?(?:history|background|setting|context)$", re.I)
_OPEN_GROUPS = frozenset({"types", "routes of spread"})
PRESENTATIONS = "presenting features"


# "cause chest pain, dyspnoea or cough by compressing adjacent structures": how the members
# come about is no part of the last one.
_MEANS_TAIL = re.compile(r"\s(?:by|through)\s[a-z]{3,20}ing\b[^,;]{0,120}$")


# "compression of the oesophagus, producing dysphagia": a participle of causing left on a
# member by a split; what it names came of the condition too (a feature or complication of
# it), but is no cause, type or other member of the run it closes.
_CONSEQUENCE_LEAD = re.compile(r"^(?:[a-z]{2,20}ly\s)?(?:producing|causing)\s+(?=\S)", re.I)
_CONSEQUENCE_GROUPS = frozenset({PRESENTATIONS, "complications"})


def member_repaired(item: str, group: str) -> str:
    """``item`` as a member of ``group``'s association, or "" when its shape names none."""
    item = item.strip()
    if group in _OPEN_GROUPS:
        return "" if _NOT_A_MEMBER.search(item) else item
    consequence = _CONSEQUENCE_LEAD.match(item)
    if consequence:
        if group not in _CONSEQUENCE_GROUPS:
            return ""
        item = item[consequence.end() :]
    item = LIST_VERB_LEAD.sub("", _WITH_LEAD.sub("", item))
    item = hedged_member(_MEANS_TAIL.sub("", item))
    if (
        not item
        or _NOT_A_MEMBER.search(item)
        or _PREPOSITION_LEAD.match(item)
        or _BARE_HISTORY.match(item)
        or _COURSE.match(item)  # "presents with acute, severe pain": "acute" is no feature
        or (group == PRESENTATIONS and _FEATURE_FRAGMENT.search(item))
    ):
        return ""
    return item


# "L1; terminal ileum": a table row's code cell, then what the code means
_CODE_CELL = re.compile(r"^(?P<code>[A-Za-z]{0,3}\d{0,2}[a-z]?)\s{0,2};\s{1,3}(?P<meaning>\S.*)$")


def grouped_rows(labels: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """Labelled entries whose labels repeat are a table's rows under a grouping column
    ("Location: L1; terminal ileum", "Location: L2; colon"): the label is the column's
    heading, no class. Each row becomes its code ("L1") with what the code means; None
    when a repeated label's row holds no code to name the class by. Labels that do not
    repeat come back as they are."""
    names = [name.strip() for name, _ in labels]
    if len(set(names)) == len(names):
        return list(labels)
    rows: list[tuple[str, str]] = []
    for _name, detail in labels:
        cell = _CODE_CELL.match(detail.strip())
        if cell is None or not cell["code"]:
            return None
        rows.append((cell["code"], cell["meaning"].strip()))
    return rows


# The words of a disease's course: "fulminant", "acute", "subacute or chronic"
_COURSE_WORD = (
    r"(?:hyper|sub|super)?acute|fulminant|chronic|insidious|acute-on-chronic|relapsing|sudden|"
    r"gradual"
)
_COURSE = re.compile(rf"^(?:{_COURSE_WORD})(?:\s(?:or|and|to)\s(?:{_COURSE_WORD}))?$", re.I)


def names_courses(names: list[str]) -> bool:
    """Whether a list's entries are the courses a disease may take ("fulminant: …",
    "acute: …", "subacute or chronic: …"): the forms of a classification by course, not
    features it presents with."""
    return len(names) >= 2 and all(_COURSE.match(name.strip()) for name in names)


# Head nouns that a list of their kinds shares: "protein C, protein S and antithrombin
# deficiency" are three deficiencies.
_SHARED_HEAD = re.compile(
    r"^(?:deficiency|deficiencies|mutations?|deletions?|translocations?|polymorphisms?|"
    r"variants?|insufficiency|overload)$",
    re.I,
)
_ENTRY_AND = re.compile(r",\s{1,3}|\s{1,3}(?:,\s{0,3})?and\s{1,3}")
MAX_SHARED_WORDS = 3
MAX_LISTED_WORDS = 5
_LONE_ADJECTIVE = re.compile(r"^[a-z-]{2,30}(?:ic|al|ous|ive|ar|ed|ent|ant)$")
# A part of a run that may be a name of its own: a word of three letters or more first, not a
# word of comment ("both", "all"), five words at most.
_LISTED_NAME = re.compile(
    r"^(?!(?:both|all|each|either|neither|and|or|but|then|usually|often|mainly|especially|"
    r"particularly|including|with|without)\b)[A-Za-z][\w'’-]{2,30}(?:\s[^\s]{1,30}){0,4}$",
    re.I,
)
_OWN_GROUP = re.compile(r"^other\s|\sof\s", re.I)
# "disorders such as A and B": the examples of one member, not members
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.g\.|including|like|especially)\s", re.I)


def _run_of_names(name: str, parts: list[str]) -> list[str]:
    """The names of an entry that is a run of short names: "trauma, aortic dissection and
    myocardial rupture" (commas and three parts or more), or "heart failure and other causes
    of fluid overload" (the "other" part is the rest of a group, no member); else []."""
    *first, last = parts
    if any(not _LISTED_NAME.match(part) for part in parts) or any(
        _LONE_ADJECTIVE.match(part) for part in parts[1:]
    ):
        # "hepatitis B and C", "…, both rare", "Anaemia, normocytic and normochromic": a
        # part that names nothing alone, or describes the first
        return []
    if re.match(r"other\s", last, re.I):
        # "alcohol misuse and other causes of aspiration": aspiration causes it too
        cause = re.match(r"other\s(?:causes|sources)\sof\s(?P<what>.+)$", last, re.I)
        return [*first, cause["what"]] if cause else first
    if len(parts) >= 3 and ", and " not in name and "," in name:
        return parts
    return []


def entry_members(name: str) -> list[str]:
    """The members one list entry names: "A mutation and B mutation" (each part ends on
    the same head noun) are two; "protein C, protein S and antithrombin deficiency" (the
    last part's head noun is of a kind the others lack) three, each with the head. Any
    other entry is one member, "and" and all ("nausea and vomiting" stays as it is said)."""
    if "(" in name or " and " not in name or _EXAMPLES.search(name):
        return [name]
    parts = [part.strip() for part in _ENTRY_AND.split(name)]
    if len(parts) < 2 or any(not part for part in parts):
        return [name]
    heads = [part.split()[-1].lower() for part in parts]
    if all(len(part.split()) >= 2 for part in parts) and len(set(heads)) == 1:
        # "bariatric surgery and other upper gastrointestinal surgery": "other …" with the
        # same head names the group the parts before it belong to, no member of its own
        # ("alcohol misuse and other causes of aspiration" does name aspiration)
        return [part for part in parts if not _OTHER.match(part)] or [name]
    return _split_by_shared_head(name, parts)


_OTHER = re.compile(r"^other\s", re.I)


def _split_by_shared_head(name: str, parts: list[str]) -> list[str]:
    """The members of an entry whose parts do not all end on one head noun."""
    *first, last = parts
    head = last.split()[-1]
    if (
        len(last.split()) >= 2
        # "heart failure and other causes of fluid overload": the last part's head is no
        # head the others share when "of" or "other" shows it names a group of its own
        and not _OWN_GROUP.search(last)
        and _SHARED_HEAD.match(head)
        and all(len(part.split()) <= MAX_SHARED_WORDS for part in first)
        and not any(_SHARED_HEAD.match(part.split()[-1]) for part in first)
    ):
        return [f"{part} {head}" for part in first] + [last]
    return _run_of_names(name, parts) or [name]
