"""Risk factors, protective factors, complications and associations stated by a sentence's
opening list or a risk phrase: "A and B increase the risk", "A is associated with a lower
risk", "there is an increased risk of A", "X occurs in Y syndrome"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, is_condition_name, same_name, split_noun_phrases
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    CAUSES,
    CLASS_ANAPHOR,
    COMPLICATIONS,
    IMAGING,
    MAX_FEATURE_WORDS,
    NEGATED,
    NEW_CLAUSE,
    PROGNOSTIC,
    PRONOUNS,
    PROTECTIVE,
    RISK_FACTORS,
    Relation,
    canonical,
    names_subject,
    names_subject_phrase,
    risk_subject,
    shared_noun_of_adjectives,
)
from quizgen.extractors.relation_owners import last_coordinate_subject
from quizgen.model import Article

__all__ = [
    "aside_members",
    "listed_before",
    "long_risk_factors",
    "more_common_in_conditions",
    "occurs_in_syndrome",
    "over_represented",
    "people_at_risk",
    "risk_changes",
    "there_is_a_risk",
]


# "A previous tumour and a family history also increase the risk": a subject too long for
# the clause reader (more than eight words) still names the risk factors.
_LONG_RISK = re.compile(
    r"^(?P<own>[A-Z][^,;:()]{3,120}?)\s+(?:also\s+)?(?:increases?|raises?)\s+the\s+risk"
    r"(?:\s+of\s+(?P<of>[^,;:()]{3,60}?))?\s*(?:[,.;(]|$)"
)


def long_risk_factors(article: Article, clause: Clause) -> Iterator[Relation]:
    if clause.own:
        return  # read by members_before
    match = _LONG_RISK.match(clause.sentence.text)
    if not match:
        return
    of = match.group("of")
    subject = canonical(article, of) if of else clause.topic or article.title
    for member in split_noun_phrases(match.group("own")):
        yield Relation(RISK_FACTORS, subject, member)


# "Cigarette smoking, obesity and hypertension are the major modifiable risk factors",
# "Of the hereditary syndromes, VHL disease is the classic association": a list the clause
# reader cannot take as one subject opens the sentence, and the relation noun closes it.
_LISTED_BEFORE = re.compile(
    r"^(?:(?:[Oo]f|[Aa]mong)\s[^,;:]{3,60},\s)?"
    # "Worldwide, tuberculosis is …": a fronted adverb is no member
    r"(?:(?:[A-Z][a-z]{2,20}ly|Worldwide|Overall|Globally|Today|Currently|Nowadays|However|"
    r"Moreover|Furthermore|Additionally|Thus|Therefore|Historically),\s)?(?P<own>[A-Za-z][^;:]{2,200}?)\s(?:are|is|"
    r"may\s(?:also\s)?be|"
    # "A, B and C have been implicated as environmental factors", "… suggested as …"
    r"(?:has|have)\s(?:also\s)?been\s(?:implicated|identified|recogni[sz]ed|suggested|"
    r"proposed|postulated|reported|cited)\sas)\s"
    r"(?:(?:also|all|together)\s){0,2}(?:(?:the|an?)\s)?(?P<qualifiers>(?:[\w-]+\s){0,3}?)"
    r"(?P<noun>risk\sfactors?|(?:predisposing|precipitating|environmental|contributing)\s"
    r"factors?|precipitants?|triggers?|"
    r"associations?|complications?|causes?|"
    r"(?:adverse|poor|unfavou?rable)\s(?:prognostic\s)?factors?)"
    r"(?:\s(?:of|for)\s(?P<of>[^,;:()]{3,60}?))?\s?(?:[,.;:(]|$)"
)
_LISTED_GROUPS = (
    ("risk", RISK_FACTORS),
    ("predisposing", RISK_FACTORS),
    ("environmental", RISK_FACTORS),
    ("contributing", RISK_FACTORS),
    ("precipitat", RISK_FACTORS),
    ("trigger", RISK_FACTORS),
    ("association", ASSOCIATIONS),
    ("complication", COMPLICATIONS),
    ("cause", CAUSES),
)


# A word of place or aim among the qualifiers makes the noun a verb's object, not the
# subject's relation ("is aimed at the complications of", "is related to the causes of").
_PLACE_WORD = r"\b(?:at|to|by|in|on|with|from|against|towards?|into)\s"
_NO_RELATION_QUALIFIER = re.compile(rf"(?:{NEGATED.pattern})|(?:{_PLACE_WORD})", re.I)
# The subject is a role in the text, not a member: a differential, a treatment, a test.
_ROLE_OWNER = re.compile(
    r"^(?:(?:the|its|their|this)\s)?(?:(?:main|principal|chief|major|key|usual|first)\s)?"
    r"(?:differentials?|differential\sdiagnos[ie]s|diagnosis|treatment|management|therapy|"
    r"investigation|imaging|examination)$",
    re.I,
)
# The title as a complication of Y has Y among its causes; as a cause of Y, Y among its
# complications; as a risk factor for Y, Y among its complications.
_TURNED_GROUPS = {
    COMPLICATIONS: CAUSES,
    CAUSES: COMPLICATIONS,
    RISK_FACTORS: COMPLICATIONS,
}


def _turned_relation(article: Article, group: str, of: str | None) -> Iterator[Relation]:
    """ "The condition is a complication of ulcerative colitis": the title is the member,
    so what it is said of is the title's own relation, turned round."""
    if of and not _NO_CONDITION.match(of):
        yield Relation(
            _TURNED_GROUPS.get(group, ASSOCIATIONS), article.title, canonical(article, of)
        )


def listed_before(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if clause.own or not any(
        w in text for w in (" factor", " association", " complication", " cause")
    ):
        return  # an opening the clause reader took is read by members_before; or no relation noun
    # "…; cleft palate, Down syndrome and Turner syndrome are all recognised associations"
    parts = [part.strip() for part in text.split(";")]
    match = next(filter(None, (_LISTED_BEFORE.match(part) for part in parts)), None)
    # ("Treatment is aimed at the complications of X": a verb's object, no relation)
    if match is None or _NO_RELATION_QUALIFIER.search(match.group("qualifiers")):
        return
    noun = match.group("noun").lower()
    group = next((g for word, g in _LISTED_GROUPS if noun.startswith(word)), PROGNOSTIC)
    # "The true prevalence is unknown, and X is a recognised cause": X alone
    own = last_coordinate_subject(match.group("own"))
    of = match.group("of")
    if CLASS_ANAPHOR.match(own):  # "The condition is a complication of X"
        yield from _turned_relation(article, group, of)
        return
    # ("The principal differential is other causes of X": no member, a role)
    items = [] if _ROLE_OWNER.match(own) else split_noun_phrases(own)
    if not items or any(IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return
    if of and _NO_CONDITION.match(of):
        return  # "… are the leading cause of death in adults": an outcome, not a condition
    subject = risk_subject(article, of) if of else clause.topic or article.title
    for item in items:
        yield Relation(group, subject, item)


# "The main complication is post-haemorrhagic hydrocephalus", "The principal risk factor
# for X is smoking": one member, singled out by a word of importance, after "is". (A word of
# rank, "the most common complication is …", is the rank extractor's: one card, not two.)
_SINGLED_OUT = re.compile(
    r"^(?:the\s)?(?:main|principal|major|chief|usual|dominant|predominant)\s(?:[a-z-]+\s)?"
    r"(?P<noun>complication|cause|risk\sfactor|association|trigger|sequela)"
    r"(?:\s(?:of|for)\s(?P<of>[^,;:()]{3,60}?))?\s(?:is|remains|was)\s"
    r"(?:(?:still|probably|usually|generally)\s)?(?P<member>[^,;:()]{3,80}?)\s?(?:[,;.(]|$)",
    re.I,
)
_SINGLED_GROUPS = {
    "complication": COMPLICATIONS,
    "sequela": COMPLICATIONS,
    "cause": CAUSES,
    "risk factor": RISK_FACTORS,
    "trigger": RISK_FACTORS,
    "association": ASSOCIATIONS,
}


def singled_out(article: Article, clause: Clause) -> Iterator[Relation]:
    """The one member a sentence singles out by rank: "The main complication is X"."""
    match = _SINGLED_OUT.match(clause.sentence.text)
    if match is None:
        return
    of = match.group("of")
    if of and (_NO_CONDITION.match(of) or of.strip().lower() in PRONOUNS):
        return  # "the leading cause of death is …": an outcome, not the title's relation
    group = _SINGLED_GROUPS[re.sub(r"\s+", " ", match.group("noun").lower())]
    subject = risk_subject(article, of) if of else clause.topic or article.title
    for member in split_noun_phrases(match.group("member")):
        yield Relation(group, subject, member)


# ("… is the classic trigger for imaging": an action the members prompt, no condition)
_NO_CONDITION = re.compile(
    r"^(?:death|mortality|morbidity|disability|admission|(?:further\s|urgent\s)?(?:imaging|"
    r"investigation|surgery|referral|treatment|intervention|biopsy|screening|testing))\b",
    re.I,
)


# "There is an increased risk of small bowel adenocarcinoma and lymphoma": complications of
# the paragraph's condition (not when the risk is another group's: "… in patients with …").
# "Patients have a 60-fold increased risk of lymphoma": the patients are the condition's (not
# "Patients with X have …"), and a fold says how much; "Affected women", "Women who do
# conceive" are the condition's patients too (an emphatic "who do …" takes up the patients
# of the sentence before; "Women who smoke" are another group, and "with" names another).
_THERE_IS_RISK = re.compile(
    r"^(?:there\s(?:is|are)|(?:(?:affected|these|such)\s)?"
    r"(?:patients|women|men|children|adults|infants|individuals|people)"
    r"(?:\swho\s(?:do|does)\s[a-z]{3,20})?\s(?:have|carry))\s(?:also\s)?an?\s"
    r"(?:(?:small|slightly|markedly|significantly)\s)?"
    r"(?:(?:\d{1,4}(?:\.\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)"
    r"[-\s]fold\s)?"
    r"(?:increased|higher|greater|elevated)\s(?:lifetime\s)?risk\sof\s(?:developing\s)?"
    r"(?P<members>[^;:()]{3,200}?)\s?(?:[.;(]|$)",
    re.I,
)
_RISK_OF_OTHERS = re.compile(
    r"\b(?:in|among|for)\s(?:patients|those|people|children|women|men)\b|\bwith\b", re.I
)


# ", and toxic megacolon, while possible, is less common": a clause with its own verb.
_CLAUSE_AFTER = re.compile(
    r",\s(?:and|but|while|whereas)\s(?=[^;]{0,120}?\b(?:is|are|was|were|may|can|might|will)\b)",
    re.I,
)


def there_is_a_risk(article: Article, clause: Clause) -> Iterator[Relation]:
    if "risk of" not in clause.sentence.text:
        return  # fail fast
    match = _THERE_IS_RISK.match(clause.sentence.text)
    if match is None:
        return
    members = NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    members = _CLAUSE_AFTER.split(members, maxsplit=1)[0]
    if _RISK_OF_OTHERS.search(members):
        return
    for item in shared_noun_of_adjectives(split_noun_phrases(members)):
        yield Relation(COMPLICATIONS, clause.topic or article.title, item)


# "Diabetes, by contrast, is associated with a lower risk of aneurysm", "…, whereas parity
# and the pill are associated with a reduced risk": the opening phrase is a factor that
# raises or lowers the risk of the topic (or of the condition named after "risk of").
_RISK_CHANGE = re.compile(
    r"(?:^|,\s{0,3}(?:whereas|while|but)\s{1,3}|;\s{0,3})"
    r"(?P<own>[A-Za-z][^,;:()]{2,100}?)\s{1,3}(?:is|are)\s{1,3}(?:also\s{1,3})?"
    r"(?:(?:strongly|independently|consistently)\s{1,3})?associated\s{1,3}with\s{1,3}"
    r"(?:an?\s{1,3})?(?P<change>increased|higher|greater|elevated|reduced|lower|decreased)"
    r"\s{1,3}risk(?:\s{1,3}of\s{1,3}(?:developing\s{1,3})?(?P<of>[^,;:()]{3,60}?))?"
    r"\s{0,3}(?:[,.;(]|$)",
    re.I,
)
_ASIDE_COMMAS = re.compile(
    r",\s{0,3}(?:by\s+contrast|in\s+contrast|however|conversely|though|"
    r"as\s+in\s+(?:this|our|the\s+present)\s+(?:patient|case))\s{0,3},",
    re.I,
)
_LOWER = frozenset({"reduced", "lower", "decreased"})
# What befalls a condition after it is found, not a condition of its own: "recurrence",
# "local relapse", "death", "metastasis".
_OUTCOME = re.compile(
    r"^(?:(?:local|distant|early|late)\s)?(?:recurrence|relapse|death|mortality|metastas[ie]s|"
    r"progression|treatment\sfailure|poor\soutcome)$",
    re.I,
)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _members(own: str) -> list[str]:
    """The factors a risk sentence opens on, without a leading article."""
    items = split_noun_phrases(own) if " and " in own else [own.strip()]
    return [_DETERMINER.sub("", item) for item in items]


def _stage_of_subject(own: str, clause: Clause, article: Article) -> bool:
    """ "Long-standing achalasia" in the achalasia article: the subject itself with a word of
    time or degree before it is no risk factor of what it leads to (that is a complication)."""
    words = own.split()
    return len(words) >= 2 and names_subject_phrase(" ".join(words[1:]), clause, article)


def risk_changes(article: Article, clause: Clause) -> Iterator[Relation]:
    if " risk" not in clause.sentence.text:
        return  # fail fast
    text = _ASIDE_COMMAS.sub("", clause.sentence.text)
    for match in _RISK_CHANGE.finditer(text):
        own = match.group("own")
        if NEGATED.search(text[: match.start("own")]) or re.search(
            r"\b(?:not|no|never)\b", own, re.I
        ):
            continue
        if (
            names_subject_phrase(own, clause, article)
            or own.split()[0].lower() in PRONOUNS
            or _stage_of_subject(own, clause, article)
        ):
            continue  # "It is associated with an increased risk of Y": Y is a complication
        of = match.group("of")
        lower = match.group("change").lower() in _LOWER
        if of and _OUTCOME.match(of.strip()):
            # "The X mutation is associated with a higher risk of recurrence": a factor of
            # the topic's outcome, not a risk factor of a condition named "recurrence"
            if not lower:
                for member in _members(own):
                    yield Relation(PROGNOSTIC, clause.topic or article.title, member)
            continue
        subject = risk_subject(article, of) if of else clause.topic or article.title
        group = PROTECTIVE if lower else RISK_FACTORS
        for member in split_noun_phrases(own) if " and " in own else [own.strip()]:
            if not same_name(member, subject):
                yield Relation(group, subject, member)


# "Patients with malignancy, thrombophilia or recent surgery are at increased risk": the
# conditions that put the patients at risk of the paragraph's condition (or of the one named
# after "risk of").
_PEOPLE_AT_RISK = re.compile(
    r"^(?:patients|people|individuals|those|children|adults|women|men)\swith\s"
    r"(?P<members>[^;:()]{3,200}?)\s(?:are|remain)\s(?:also\s)?at\s(?:an?\s)?"
    r"(?:increased|higher|greater|particular|high)\srisk"
    r"(?:\sof\s(?:developing\s)?(?P<of>[^,;:()]{3,60}?))?"
    # ("… of hepatocellular carcinoma and require surveillance": a clause of its own)
    r"\s?(?:[.;,(]|\sand\s(?:require|need|should|must|may|are|undergo)\b|$)",
    re.I,
)
# A member that names the page's own condition ("long-standing disease", "PCOS undergoing
# stimulation"): the risk is of a complication of the condition, not a risk factor.
_OWN_CONDITION = re.compile(r"\b(?:disease|condition|disorder|syndrome)\b", re.I)


def people_at_risk(article: Article, clause: Clause) -> Iterator[Relation]:
    match = _PEOPLE_AT_RISK.match(clause.sentence.text)
    if match is None:
        return
    members = split_noun_phrases(match.group("members"))
    of = match.group("of") or ""
    if any(_names_own_condition(member, clause, article) for member in members):
        # "Women with PCOS undergoing stimulation are at increased risk of OHSS"
        if of and not _OUTCOME.match(of.strip()):
            yield Relation(COMPLICATIONS, clause.topic or article.title, of.strip())
        return
    # "at higher risk of death": a factor of the topic's outcome, not a risk factor
    group = PROGNOSTIC if _OUTCOME.match(of.strip()) else RISK_FACTORS
    if group == PROGNOSTIC or (of and of.split()[0].lower() in PRONOUNS):
        of = ""  # "… at increased risk of it": the topic's
    subject = risk_subject(article, of) if of else clause.topic or article.title
    for member in members:
        if not same_name(member, subject):
            yield Relation(group, subject, member)


def _names_own_condition(member: str, clause: Clause, article: Article) -> bool:
    """Whether a member names the page's condition: a word of its name or an abbreviation of
    it, or a bare "disease" (the paragraph's)."""
    words = member.split()
    names = (clause.topic, article.title, *article.synonyms)
    return bool(words) and (
        any(
            names_subject_phrase(" ".join(words[: n + 1]), clause, article)
            for n in range(len(words))
        )
        or any(same_name(words[0], name) for name in names if name)
        or bool(_OWN_CONDITION.search(member) and len(words) <= 3)
    )


# "Cryptorchidism, as in this patient, is the best-established risk factor": an aside
# between the member and its verb hides the member from the clause reader.
_ASIDE_MEMBER = re.compile(
    r"^(?P<own>[A-Z][^,;:()]{2,80}?)\s{1,3}(?:is|are)\s{1,3}(?:also\s{1,3})?(?:the|a|an)\s{1,3}"
    r"(?:(?!not\b|no\b)[\w-]+\s{1,3}){0,3}?(?P<noun>risk\s{1,3}factor|complication|"
    r"association|cause)s?\b",
    re.I,
)
_ASIDE_GROUPS = {
    "risk factor": RISK_FACTORS,
    "complication": COMPLICATIONS,
    "association": ASSOCIATIONS,
    "cause": CAUSES,
}


def aside_members(article: Article, clause: Clause) -> Iterator[Relation]:
    if clause.own or not _ASIDE_COMMAS.search(clause.sentence.text):
        return
    match = _ASIDE_MEMBER.match(_ASIDE_COMMAS.sub("", clause.sentence.text))
    if match is None or names_subject_phrase(match.group("own"), clause, article):
        return
    group = _ASIDE_GROUPS[re.sub(r"\s+", " ", match.group("noun").lower())]
    yield Relation(group, clause.topic or article.title, match.group("own").strip())


# "myxoid fibroadenomas occur in Carney complex", "…, and schwannomas arise in patients
# with neurofibromatosis type 2": a condition named before the verb occurs in a syndrome.
_OCCURS_IN_SYNDROME = re.compile(
    r"(?:^|,\s{0,3}(?:and|but|whereas|while)\s{1,3}|;\s{0,3})"
    r"(?P<own>[A-Za-z][\w-]{1,40}(?:\s{1,3}[\w-]{1,40}){0,3}?)\s{1,3}"
    r"(?:(?:typically|usually|often|also|may|can|only|mainly|characteristically)\s{1,3}){0,2}"
    r"(?:occur|occurs|arise|arises|develop|develops)\s{1,3}in\s{1,3}"
    r"(?:(?:patients|children|adults|people|individuals)\s{1,3}with\s{1,3})?"
    r"(?P<member>[A-Za-z][^,;:()]{2,60}?(?:syndrome|complex|disease|neoplasia|"
    r"neurofibromatosis(?:\s{1,3}type\s{1,3}\d)?|sclerosis|polyposis)"
    r"(?:\s{1,3}type\s{1,3}(?:\d|[IV]{1,3}))?)(?=\s{0,3}[,.;(]|\s{1,3}(?:and|or|but)\b|$)",
)


_SYNDROME_HINT = re.compile(r"syndrome|complex|disease|neoplasia|sclerosis|polyposis")


def occurs_in_syndrome(article: Article, clause: Clause) -> Iterator[Relation]:
    if " in " not in clause.sentence.text or not _SYNDROME_HINT.search(clause.sentence.text):
        return  # fail fast
    text = clause.sentence.text
    for match in _OCCURS_IN_SYNDROME.finditer(text):
        own = re.sub(r"^(?:the|a|an)\s+", "", match.group("own"), flags=re.I)
        if not (is_condition_name(own) or names_subject_phrase(own, clause, article)):
            # "Symptoms occur in …", "They occur in …", "Tumours never occur in …" (the
            # phrase then ends on "never"): no condition of its own
            continue
        yield Relation(ASSOCIATIONS, canonical(article, own), match.group("member").strip())


# "Autoimmune conditions such as lupus and polymyositis are also over-represented": the
# named examples occur with the topic more often than chance.
_OVER_REPRESENTED = re.compile(
    r"^(?:[\w-]+\s+){1,4}(?:such\s+as|including)\s+(?P<members>[^.;:()]{3,160}?)\s+"
    r"(?:is|are)\s+(?:also\s+)?(?:over-?represented|more\s+(?:common|frequent|prevalent))\b",
    re.I,
)


def over_represented(article: Article, clause: Clause) -> Iterator[Relation]:
    if "represented" not in clause.sentence.text and " more " not in clause.sentence.text:
        return  # fail fast
    match = _OVER_REPRESENTED.match(clause.sentence.text)
    if match is None or (clause.own and names_subject(clause, article)):
        return  # "Tumours such as X are more common in …": a comparison of the subject's kinds
    for item in split_noun_phrases(match.group("members")):
        yield Relation(ASSOCIATIONS, clause.topic or article.title, item)


# "It is over-represented in Down syndrome, Morquio syndrome and Klippel-Feil syndrome", "is
# more common in patients with cystic fibrosis": the conditions the topic goes with. Only
# named conditions are members: "more common in women" is a sex ratio and "more frequent in
# the left kidney" a site, neither an association.
_MORE_COMMON_IN = re.compile(
    r"^(?P<own>[^,;:()]{1,60}?)\s+(?:is|are)\s+(?:also\s+)?(?:(?:much|considerably|"
    r"significantly|markedly)\s+)?(?:over-?represented|more\s+(?:common|frequent|prevalent))"
    r"\s+(?:in|among)\s+(?:(?:patients|children|adults|people|individuals|those)\s+with\s+)?"
    # ("… than in the general population": the comparison is no member)
    r"(?P<members>[^.;:()]{3,200}?)(?:\s+than\s[^.;:()]{1,80})?\s*(?:[.;]|$)",
    re.I,
)


def more_common_in_conditions(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if "represented" not in text and " more " not in text:
        return  # fail fast
    match = _MORE_COMMON_IN.match(text)
    if match is None:
        return
    own = _DETERMINER.sub("", match.group("own").strip())
    if own.lower() not in PRONOUNS and not names_subject_phrase(own, clause, article):
        return  # "Tumours in children are more common in …": not the topic itself
    members = split_noun_phrases(match.group("members"))
    # one member that is no condition ("women", "the elderly") leaves the sentence unread:
    # its list may be of groups, places or exposures
    if members and all(is_condition_name(m) for m in members):
        for member in members:
            yield Relation(ASSOCIATIONS, clause.topic or article.title, member)
