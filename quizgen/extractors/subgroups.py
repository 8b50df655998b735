"""Which kind of the article's subject, or which other condition, a share belongs to:
"20-40% of branch duct IPMNs" (a kind), "30% of sporadic cases", "for the localised form",
"After resection of non-invasive IPMN, …", "30% of women with TSC" (another condition).
Read by the sentence and list-line share extractors alike; grammar and closed word lists
only, never words of one disease."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import Clause, is_condition_name
from quizgen.extractors.prose_synonyms import names_article
from quizgen.extractors.text import same_name
from quizgen.model import Article
from quizgen.phrases import initials_match

__all__ = [
    "for_kind",
    "opening_kind",
    "opening_owner",
    "people_with",
    "subtype_owner",
    "whole_is_a_kind",
]

# "Multifocal disease is seen in 20-40% of branch duct IPMNs", "… in 30% of sporadic cases":
# a whole that names a kind of the article's subject (its head is the title's head noun, its
# initials or a synonym, or a generic "cases"/"tumours" of a lesion) with a word the title does
# not have counts that kind's cases, not the subject's: the kind owns the figure.
_NOT_A_KIND = frozenset(
    {
        "all",
        "the",
        "these",
        "those",
        "such",
        "some",
        "most",
        "many",
        "other",
        "reported",
        "affected",
        "published",
        "and",
        "or",
        "a",
        "an",
        "its",
        "their",
    }
)
# A preposition, a verb or people in the whole make it a clause or a population, not a kind.
_NOT_IN_A_KIND = re.compile(
    r"\b(?:with|without|in|at|on|from|by|for|who|which|that|to|than|under|over|aged?|is|are|"
    r"was|were|can|cannot|may|might|will|do|does|not|patients?|people|persons?|individuals?|"
    r"children|adults?|men|women|infants?|adolescents?|population)\b|\d",
    re.I,
)
# "Colloid cysts account for 1% of intracranial tumours": the whole is the class the subject
# belongs to, not a kind of it.
_CLASS_SHARE = re.compile(
    r"\b(?:accounts?|accounting|represents?|representing|makes?\sup|making\sup|constitutes?|"
    r"constituting|comprises?|comprising|(?:is|are)\sresponsible)\b",
    re.I,
)
_OF_ALL = re.compile(r"^\s{0,3}\)?\s{0,3}of\s(?:all|the\swhole)\b", re.I)
# "… in 20-50% of diffuse cases, compared with under 10% for the localised form".
_FOR_KIND = re.compile(
    r"^\s{0,3}(?:for|in)\s(?:the\s)?(?P<kind>[a-z][\w-]{2,30}(?:\s[\w-]{1,30}){0,2}\s"
    r"(?:forms?|types?|variants?|subtypes?|disease)|(?:stage|grade)\s(?:[IVX]{1,4}|[1-4])[a-c]?"
    r"(?:\s(?:and|or|to)\s(?:[IVX]{1,4}|[1-4])[a-c]?)?(?:\sdisease)?)"
    r"(?![\w-])",
    re.I,
)


_CLAUSE_BREAK = re.compile(r"[;:]|,\s(?:but|whereas|while|although)\s")


def whole_is_a_kind(before: str, after: str, item: str, names: tuple[str, ...]) -> bool:
    """Whether a share's whole may be a kind of the subject: not the class the subject
    belongs to ("accounts for 1% of all intracranial tumours", "ADPKD causes 5% of ESKD")."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    named = any(same_name(item, n) for n in names) or (item and _names_subject(item, names))
    return not (_CLASS_SHARE.search(clause) or _OF_ALL.match(after) or named)


def for_kind(after: str, title: str) -> str:
    match = _FOR_KIND.match(after)
    # "in Crohn disease" names another condition, not a form of this one
    return f"{title} ({match.group('kind')})" if match and match.group("kind")[0].islower() else ""


_CASES_HEAD = re.compile(r"^(?:cases?|forms?|types?|variants?|subtypes?)$", re.I)
_LESION_HEAD = re.compile(r"^(?:tumou?rs?|lesions?|neoplasms?|masses|mass)$", re.I)
_LESION_TITLE = re.compile(
    r"(?:oma|neoplasm|tumou?r|carcinoma|cancer|cyst|lesion|mass|nodule|mole)s?$", re.I
)


_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SHORT_BRACKET = re.compile(r"\([^()]{0,60}\)")


def _title_words(name: str) -> list[str]:
    return _WORD.findall(_SHORT_BRACKET.sub("", name))


def _names_subject(head: str, names: tuple[str, ...]) -> bool:
    """Whether a head noun names the article's subject: a synonym, the title's head noun or
    its initials, in either number ("IPMNs" for "Intraductal papillary mucinous neoplasm")."""
    for name in names:
        words = _title_words(name)
        if not words:
            continue
        if same_name(head, name) or (len(words[-1]) > 3 and same_name(head, words[-1])):
            return True
        initials = "".join(w[0] for w in words).upper()
        bare = head[:-1] if head.endswith("s") else head  # "IPMNs"
        if len(words) >= 2 and bare.isupper() and bare == initials:
            return True
    return False


def subtype_owner(whole: str, names: tuple[str, ...]) -> str:
    """The kind of the article's subject a share's whole names ("branch duct IPMNs"; "sporadic
    cases" → "sporadic <title>"), "" when the whole is all its cases, people or another thing."""
    words = whole.split()
    if len(words) == 1 and "-" in whole.strip("-"):
        words = whole.rsplit("-", 1)  # "TSC-LAM", "BD-IPMN": a prefix names the kind
        return (
            whole if _names_subject(words[1], names) and not _names_subject(words[0], names) else ""
        )
    while words and words[0].lower() in _NOT_A_KIND:
        words = words[1:]
    if not 2 <= len(words) <= 6 or _NOT_IN_A_KIND.search(" ".join(words)):
        return ""
    title = names[0]
    own = {w.lower() for name in names for w in _title_words(name)}
    modifiers = words[:-1]
    if not [m for m in modifiers if m.lower() not in own and m.lower() not in _NOT_A_KIND]:
        return ""  # "of hydatidiform moles": the subject's own cases
    head = words[-1]
    generic = _CASES_HEAD.match(head) or _LESION_HEAD.match(head)
    if generic and (_CASES_HEAD.match(head) or _LESION_TITLE.search(title)):
        # "sporadic cases" names no thing by itself: the title keeps the card's topic (C2)
        return f"{title} ({' '.join(words)})"
    return " ".join(words) if not generic and _names_subject(head, names) else ""


# "After resection of non-invasive IPMN, five-year survival exceeds 90%", "In familial cases,
# …": an opening phrase that sets the figures after it in one kind of the subject.
_OPENING_KIND = re.compile(
    r"^(?:after|following|in|among|for)\s(?:(?:the\s)?[a-z]{3,20}\s(?:of|for)\s)?"
    r"(?P<kind>[A-Za-z][\w'-]{0,30}(?:\s[\w'-]{1,30}){1,5}),\s",
    re.I,
)


def opening_kind(sentence: str, figure_start: int, names: tuple[str, ...]) -> str:
    match = _OPENING_KIND.match(sentence)
    if match is None or match.end() > figure_start:
        return ""
    return subtype_owner(match.group("kind"), names)


# "… in 30% of adult women with TSC", "10-15% of girls with Turner syndrome have
# coarctation": a share of the people with a condition is that condition's (the title's own
# when it names the article's subject; a kind of it when it names one).
_PEOPLE_WITH = re.compile(
    r"^\s{0,3}\)?\s{0,3}of\s(?:the\s|all\s)?(?:[a-z][a-z-]{2,15}\s){0,2}(?:patients|people|"
    r"individuals|persons|children|adults|men|women|girls|boys|infants|neonates|those|carriers)"
    r"\s(?:presenting\s)?with\s(?P<det>an?\s|the\s)?(?P<condition>[A-Za-z][\w'-]{1,30}(?:\s[\w'-]{1,30}){0,4}?)"
    r"(?:\s(?P<verb>have|has|show|shows|demonstrate|demonstrates|harbou?r)\s(?:an?\s|the\s)?"
    r"(?P<what>[A-Za-z][\w'-]{1,30}(?:\s[\w'-]{1,30}){0,3}?))?"
    r"(?=\s?[,;.)]|\s(?:and|or|but|who|which|in|at|on|are|is|were|was|will|may|can|develops?|"
    r"progress|present|undergo|require|die|survive|remain|go|later|eventually)\b|$)",
    re.I,
)


# "women with the disease": the paragraph's own condition, not another one
_ANAPHORIC = re.compile(r"^(?:the|this|that|these|its|their|such)\s", re.I)
# "patients with histologically proven disease", "… with advanced disease": the page's own
# disease in a state (proven, active, advanced), no other condition that owns the figure.
_DISEASE_IN_A_STATE = re.compile(
    r"^(?:[a-z]{3,20}ly\s)?(?:proven|confirmed|established|known|active|advanced|early|late|"
    r"untreated|treated|symptomatic|asymptomatic|biopsy-proven|severe|mild|moderate|"
    r"end-stage|recurrent|extensive|limited|localised|localized|diffuse|"
    # "patients with drug-susceptible disease": a response to treatment is a state too
    r"[a-z]{3,12}-(?:susceptible|sensitive|resistant|refractory))\s"
    r"(?:disease|condition|illness|infection)$",
    re.I,
)


def people_with(after: str, names: tuple[str, ...], counted: str = "") -> tuple[str, str]:
    """(owner, what they have) of a share of the people with a condition; ("", "") when
    the condition is the article's own subject or names no condition, or when what is
    counted is the article's subject ("endometriomas are found in 17-44% of women with
    endometriosis": the subject's frequency in the other condition)."""
    match = _PEOPLE_WITH.match(after)
    if match is None or (counted and any(same_name(counted, n) for n in names)):
        return "", ""
    condition = match.group("condition")
    if (
        (match.group("det") or "").lower() == "the "
        or _ANAPHORIC.match(condition)
        or _DISEASE_IN_A_STATE.match(condition.strip())
    ):
        return "", ""  # "women with the disease": the paragraph's own condition
    if any(same_name(condition, n) for n in names):
        return "", ""
    owner = subtype_owner(condition, names) or (condition if is_condition_name(condition) else "")
    return (owner, match.group("what") or "") if owner else ("", "")


_PEOPLE = frozenset(
    {"patients", "people", "individuals", "persons", "children", "adults", "men", "women"}
    | {"girls", "boys", "infants", "neonates", "carriers"}
)


# A whole cut at the participle of "(patients) presenting with X".
_PRESENTING_WHOLE = re.compile(r"^(?:(?P<people>[a-z]+)\s)?presenting$", re.I)


def whole_with_condition(group: str, after: str) -> str:
    """The whole of a share widened to the condition its people have: "people" before "of
    people with HHT" is "people with HHT" (a share of all people would be false); the group
    itself when no condition follows or the condition is only "the disease"."""
    # "of those presenting with PMR": the whole ran to "presenting"; the people are patients
    presenting = _PRESENTING_WHOLE.match(group)
    people = (presenting["people"] or "patients") if presenting else group
    if people.lower() not in _PEOPLE:
        return group
    match = _PEOPLE_WITH.match(after)
    if match is None or (match.group("det") or "").lower() == "the ":
        return group
    condition = match.group("condition").strip()
    # "patients with myasthenia gravis turn out to have": a verb the pattern does not list
    # ran the condition on
    if _ANAPHORIC.match(condition) or re.search(r"\b(?:to|out|turns?|go|goes)\b", condition):
        return group
    if presenting:
        return f"{people} presenting with {match.group('det') or ''}{condition}"
    return f"{group} with {match.group('det') or ''}{condition}"


# Opening words that keep a sentence about the condition's own ages: "Onset is …", "Infants
# present …", "Usually present in …" (a fragment), "Intracranially they …", "Others include …".
_AGE_HEAD = re.compile(
    r"^(?:onset|presentation|diagnosis|symptoms?|age|ages|infants?|neonates?|newborns?|"
    r"toddlers?|adolescents?|it|they|others)$",
    re.I,
)
_ADVERBS_ONLY = re.compile(r"^(?:\w+ly\s?){1,3}$", re.I)
_HEAD_ENDS = re.compile(r"\s(?:of|with|between|in|at|from|after|before|during|within)\s", re.I)
# An opening phrase naming a kind of the condition ("The autoimmune form", "The juvenile
# type") or an abbreviation ("ADO II", "MEN2"): what it opens on is whose age it is.
_KIND_OF = re.compile(
    r"^(?:the\s+)?(?:[\w/-]{1,30}\s+){1,3}(?:forms?|types?|subtypes?|variants?)$"
    r"|^[A-Z][A-Z0-9-]{1,8}s?(?:\s+(?:type\s+)?(?:[IVX]{1,4}|\d{1,2}[A-Za-z]?))?$"
    r"|^(?:[Tt]ype|[Ss]ubtype)\s+(?:[IVX]{1,4}|\d{1,2}[A-Za-z]?)$"
)


def opening_owner(clause: Clause, article: Article) -> str | None:
    """Whose figure (an age, a rate) a sentence states that opens on a phrase of its own:
    the title for the condition's words ("Onset is …", its abbreviation), the title with the
    phrase for a kind of it ("ADO II is discovered … in adulthood" → "<title> (ADO II)"),
    None for a finding, a measure or a treatment ("Gas within a collection is uncommon in
    children", "The latent period …"): a figure of those is no figure of the disease."""
    own = clause.own
    if not own or clause.anaphor or names_article(own, article):
        return article.title
    # "Calcification within the nodule": the noun before the place is what it is about
    before_place = _HEAD_ENDS.split(own, maxsplit=1)[0]
    if _AGE_HEAD.match(before_place.split()[-1]) or _ADVERBS_ONLY.match(own):
        return article.title
    if is_condition_name(before_place) or (before_place == own and clause.subject != clause.topic):
        return clause.subject  # a condition, or the title's own words ("Volvulus presents …")
    if _KIND_OF.match(own):
        bare = re.sub(r"^the\s+", "", own, flags=re.I)
        if initials_match(bare.split()[0], article.title):
            return article.title
        return f"{article.title} ({bare[:1].lower() + bare[1:] if bare[1:2].islower() else bare})"
    return None
