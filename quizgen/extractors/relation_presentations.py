"""Presenting features stated in clinical prose: features that occur, that patients have,
that mass effect or the condition causes, that accompany it, that examination finds, named
triads and the typical presentation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, is_condition_name, split_noun_phrases, title_head
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    IMAGING,
    MAX_FEATURE_WORDS,
    NEGATED,
    NEW_CLAUSE,
    PRESENTATIONS,
    PRONOUNS,
    Relation,
    canonical,
    complaints_only,
    is_title_head,
    lower_first,
    names_subject,
    names_subject_phrase,
    placed_form,
    shared_noun_of_adjectives,
)
from quizgen.model import Article
from quizgen.phrases import shares_a_word

__all__ = [
    "MAX_PRESENTATION_WORDS",
    "accompanying",
    "caused_symptoms",
    "clinical_features",
    "examination_finds",
    "features_that_occur",
    "fronted_presentation",
    "mass_effects",
    "named_form_causes",
    "on_examination",
    "patients_have",
    "presentation_phrases",
    "presents_as",
    "symptoms_when_present",
    "triads",
]


# "The typical presentation is a painless, firm and mobile lump": one presentation, whole.
_PRESENTATION_IS = re.compile(
    # ("Postnatally the usual presentation is …", "In adults, the first presentation is …":
    # a fronted time or population narrows whose presentation it is, not what it is; "In
    # sarcoidosis, …" would name another condition's)
    r"^(?:(?:[A-Z][a-z]{2,20}ly|In\s(?:[a-z-]{2,20}\s){0,2}(?:children|adults|infants|"
    r"neonates|adolescents|women|men|patients|elderly)),?\s+)?"
    r"(?:the\s+)?(?:typical|usual|classic|classical|commonest|most\s+common|common|main|"
    r"cardinal|principal|dominant|leading|textbook|initial|first|predominant)\s+"
    r"(?:clinical\s+)?(?:presentation|history|(?:presenting\s+)?(?:complaint|symptom))\s+is\s+"
    # "The typical history is of chronic, painless otorrhoea"
    r"(?:with\s+|of\s+)?(?:an?\s+|the\s+)?(?P<what>[^.;:()]+)",
    re.I,
)
MAX_PRESENTATION_WORDS = 12


# "Large tumours occasionally cause haematuria, flank pain or a palpable mass", under a
# clinical heading: what the condition causes there is how it presents.
_CAUSES_SYMPTOMS = re.compile(
    r"^(?:(?:may|can|typically|usually|often|commonly|occasionally|sometimes|frequently|"
    r"classically|also)\s+){0,2}(?:cause|causes|produce|produces|result\s+in|results\s+in|"
    r"contribute\s+to|contributes\s+to)\s+",
    re.I,
)
_CLINICAL_HEADING = re.compile(r"\bclinical|\bpresentation|\bsymptom|\bsigns\b", re.I)


# "Other features include A, B and C", "Additional signs comprise A and B": under a
# clinical heading, the features a sentence lists are how the condition presents.
# "The classic features are A, B and C", "Cardinal symptoms are A and B": so does a
# sentence that says what the classic or typical ones are.
_FEATURES_INCLUDE = re.compile(
    # ("Later features include …", "Less frequent manifestations include …": when or how
    # often they come says which of the condition's features they are)
    r"^(?:(?:other|additional|further|common|typical|associated|accompanying|later?|early|"
    r"earlier|rarer|uncommon|occasional|(?:less|more)\s+(?:common|frequent))\s+)?"
    r"(?:clinical\s+)?(?:features|signs|findings|manifestations)\s+(?:also\s+)?"
    r"(?:include|comprise)\s+(?P<members>[^;:]{3,300})"
    r"|^(?:the\s+)?(?:classic|classical|typical|cardinal|principal|usual|presenting)\s+"
    r"(?:(?:early|late|initial|first)\s+)?"
    r"(?:clinical\s+)?(?:features|signs|symptoms|manifestations)\s+(?:are|include|comprise)\s+"
    r"(?P<listed>[^;:]{3,300})",
    re.I,
)


def clinical_features(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if text[:1] not in "OoAaFfCcTtSsMmPpUuLlEeRr" or not _CLINICAL_HEADING.search(
        clause.sentence.section.path
    ):
        return  # fail fast
    match = _FEATURES_INCLUDE.match(text)
    if match is None:
        return
    members = match.group("members") or match.group("listed")
    items = split_noun_phrases(NEW_CLAUSE.split(members, maxsplit=1)[0])
    if any(IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return  # "Other findings include displacement … on CT": imaging, not a presentation
    owner = _syndrome_heading(clause.sentence.section.heading, article) or clause.topic
    for item in items:
        yield Relation(PRESENTATIONS, owner or article.title, item)


# A heading that names a syndrome or disease of its own ("Gorlin-Goltz syndrome" under
# "Clinical presentation" of odontogenic keratocyst): the features its section lists are the
# syndrome's, of which the page's lesion is one.
_SYNDROME_NAME = re.compile(r"\b(?:syndrome|disease|disorder)$", re.I)


def _syndrome_heading(heading: str, article: Article) -> str:
    """The heading when it names another syndrome or disease than the page's, else ""."""
    if not _SYNDROME_NAME.search(heading.strip()):
        return ""
    own = shares_a_word(heading, (article.title, *article.synonyms))
    return "" if own else heading.strip()


# "When symptoms occur they include A and B", "Symptoms, when present, include A": the
# symptoms the condition has when it has any (the clause opens on "when", so the clause
# reader names no subject: the paragraph's topic is the one).
_SYMPTOMS_WHEN_PRESENT = re.compile(
    r"^(?:(?:when|if)\s(?:symptoms\s(?:do\s)?(?:occur|develop|arise|are\spresent)|present|"
    r"symptomatic)"
    r",?\s(?:they|these|symptoms|the\ssymptoms)"
    r"|(?:the\s)?symptoms,\s(?:when|if)\s(?:present|they\soccur),)"
    r"\s(?:(?:may|can|typically|usually|commonly)\s)?(?:include|comprise)\s"
    r"(?P<members>[^;:]{3,300})",
    re.I,
)


def symptoms_when_present(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if "ymptom" not in text[:40]:
        return  # fail fast
    match = _SYMPTOMS_WHEN_PRESENT.match(text)
    if match is None:
        return
    items = split_noun_phrases(NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0])
    if any(IMAGING.search(i) for i in items):
        return
    for item in items:
        yield Relation(PRESENTATIONS, clause.topic or article.title, item)


# "Low-grade fever, malaise and haemoptysis may also occur", "Nausea and vomiting are
# common": under a clinical heading, features the sentence opens on are how it presents.
_MAY_OCCUR = re.compile(
    r"^(?P<members>[A-Z][^;:()]{2,200}?)\s(?:(?:may|can|might|could|also|often|commonly|"
    r"frequently|sometimes|occasionally|usually|typically|then|later)\s){1,3}"
    r"(?:occur|develop|ensue|supervene|be\s(?:present|seen))(?=\s?[.,;]|$)"
    # ("Diarrhoea (sometimes bloody) and nausea are common": a bracketed comment on a
    # feature is no end of the run)
    r"|^(?P<common>[A-Z](?:[^;:()]|\([^;:()]{1,60}\)){2,200}?)\s(?:are|is)\s(?:also\s)?"
    r"(?:(?:common|frequent|usual|typical)"
    # "A, B and C are also reported", "… are also encountered in the paediatric group",
    # "A, B and C are also described"
    r"|(?:reported|encountered|described)"
    # "A and B are occasional presenting features", "… are other presentations": the
    # predicate names them features; "A and B are frequent in children": a population
    # ("… are the usual early features", "… are the presenting symptoms": the article and a
    # word of when they come change nothing)
    r"|(?:the\s)?(?:(?:common|frequent|usual|typical|occasional|other|additional|less\scommon|"
    r"uncommon|rarer|main|cardinal|classic|principal)\s)?(?:(?:early|late|initial|first)\s)?"
    r"(?:presenting\s|clinical\s)?(?:features|presentations|symptoms|complaints|"
    r"manifestations))"
    r"(?:\s(?:in|among)\s(?:(?:the\s)?(?:older|younger|adult|paediatric|pediatric)\s)?"
    r"(?:children|adults|infants|neonates|adolescents|patients|women|men|group))?"
    # ("… are common and may be severe": a second predicate after "and")
    r"(?=\s?[.,;]|\sand\s|$)"
    # "Stridor and drooling are less common than in X", "Haemoptysis and haemothorax are
    # less common but …", "Platypnoea and orthodeoxia occur because …": two or more
    # features named first, then how often (or why) they occur
    r"|^(?P<less>[A-Z][^;:(),]{2,120}?\sand\s[^;:(),]{2,60}?)\s(?:(?:are|is)\s(?:also\s)?"
    r"(?:less|more)\s(?:common|frequent)|occur|develop)(?=\s?[.,;]|\s(?:than|but|because|"
    r"when|after|as|and)\b|$)"
)
# "When symptomatic, gastrointestinal bleeding is the most common presentation": the
# presentation is the subject of a clause after a fronted phrase.
_FRONTED_PRESENTATION = re.compile(
    r",\s(?:and\s)?(?P<own>[a-z][\w-]{1,30}(?:\s[\w-]{1,30}){0,5}?)\s(?:is|are)\s"
    r"(?:usually\s|typically\s|by\s+far\s)?the\s(?:most\scommon|commonest|usual|typical|main|"
    r"cardinal|predominant|leading)\s(?:presenting\s|clinical\s)?(?:symptom|complaint|"
    r"presentation)s?\b"
)
_NOT_A_PRESENTATION_OWN = re.compile(
    r"\b(?:it|they|this|these|those|which|that|there|is|are|was|were|has|have|may|can)\b"
)


_PRESENTATION_WORDS = ("presentation", "symptom", "complaint")


def fronted_presentation(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if clause.own or "," not in text or not any(w in text for w in _PRESENTATION_WORDS):
        return  # fail fast
    match = _FRONTED_PRESENTATION.search(clause.sentence.text)
    if match and not _NOT_A_PRESENTATION_OWN.search(match.group("own")):
        yield Relation(PRESENTATIONS, clause.topic or article.title, match.group("own"))


_OCCUR_WORDS = (
    " occur",
    " develop",
    " ensue",
    " supervene",
    " present",
    " seen",
    " common",
    " frequent",
    " usual",
    " typical",
    " reported",
    " encountered",
    " described",
)
# ("Familial and sporadic cases are also reported": kinds of the condition, no features)
_KINDS_OF_CASES = re.compile(r"\b(?:cases|forms|types|variants|patients|families|series)$", re.I)


_CAUSE_ASIDE = re.compile(
    r",\s(?:[a-z]{2,20}ly\s)?(?:due|owing|secondary)\s+to\s[^,;]{1,80}(?=,|$)", re.I
)


def features_that_occur(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if not any(w in text for w in _OCCUR_WORDS) or not _CLINICAL_HEADING.search(
        clause.sentence.section.path
    ):
        return  # fail fast
    match = _MAY_OCCUR.match(text)
    if match is None or clause.sentence.referent:
        return
    said = match.group("members") or match.group("common") or match.group("less")
    # "Hyponatraemia, due to SIADH or salt wasting, is common": the cause set off after a
    # feature is its comment, no feature of its own
    bare = _CAUSE_ASIDE.sub("", said)
    items = split_noun_phrases(bare)
    if not items:
        return  # "Anything that compresses the nerve may occur": no list of names
    # (a feature given its cause is a finding of the patient, not "Calcification is common")
    if (match.group("common") or match.group("less")) and len(items) < 2 and bare == said:
        return  # "Calcification is common": one word of any kind, not a list of features
    if any(
        len(i.split()) > MAX_FEATURE_WORDS
        or IMAGING.search(i)
        or names_subject_phrase(i, clause, article)
        or _KINDS_OF_CASES.search(i)
        for i in items
    ):
        return
    for item in (lower_first(items[0]), *items[1:]):
        # "Phaeochromocytoma may also occur": another condition is an association
        group = ASSOCIATIONS if _is_tumour_or_syndrome(item) else PRESENTATIONS
        yield Relation(group, clause.topic or article.title, item)


_TUMOUR_OR_SYNDROME = re.compile(
    r"(?:omas?|omata|tumou?rs?|cancers?|carcinomas?|syndromes?|neoplasms?|neoplasia)$", re.I
)


def _is_tumour_or_syndrome(name: str) -> bool:
    return bool(_TUMOUR_OR_SYNDROME.search(name.strip()))


# "They often have anaemia and pyuria", "Many give a history of recurrent infection",
# "Patients report cough and fever": under
# a clinical heading, what the patients have or report having had is how it presents.
_PATIENTS_HAVE = re.compile(
    # "When symptomatic, patients complain of …": a setting before the patients
    r"^(?:(?:when|if|once|clinically|typically|usually|classically)\b[^,;:.]{0,40},\s+)?"
    r"(?:(?:most|many|some|affected|these|older|younger)\s+)?(?:patients|children|adults|infants|"
    r"neonates|women|men|they|many|most|some|others)\s+(?:(?:often|usually|typically|"
    r"commonly|frequently|may|also|can|classically|then)\s+){0,2}"
    r"(?:have|has|develop|show|exhibit|display|give\s+a\s+(?:\w+\s+)?history\s+of|"
    # "Patients report cough, fever and weight loss": what they tell is how it presents
    r"report|complain\s+of|notice|experience|suffer\s+from)\s+",
    re.I,
)
_NOT_A_FEATURE = re.compile(
    # "experience the pain as dull": how a feature feels, not a feature
    r"\sas\s|"
    r"\b(?:risk|prognosis|outcome|survival|history|rate|chance|incidence|age|tumou?rs?|"
    r"lesions?|masses|mass|cysts?|calcifications?)\b",
    re.I,
)


def patients_have(article: Article, clause: Clause) -> Iterator[Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    match = _PATIENTS_HAVE.match(clause.sentence.text)
    if match is None:
        return
    members = _NEXT_CLAUSE.split(clause.sentence.text[match.end() :], maxsplit=1)[0]
    members = complaints_only(NEW_CLAUSE.split(members, maxsplit=1)[0], match.group(0))
    items = split_noun_phrases(members)
    if not items or any(IMAGING.search(i) or _NOT_A_FEATURE.search(i) for i in items):
        return
    for item in items:
        yield Relation(PRESENTATIONS, clause.topic or article.title, item)


def caused_symptoms(article: Article, clause: Clause) -> Iterator[Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    match = _CAUSES_SYMPTOMS.match(clause.rest)
    if not match or clause.unclear or (clause.own and not names_subject(clause, article)):
        return
    members = NEW_CLAUSE.split(clause.rest[match.end() :], maxsplit=1)[0]
    # "contribute to subfertility and to pregnancy complications": the repeated preposition
    items = [re.sub(r"^to\s+", "", i) for i in split_noun_phrases(members)]
    if not any(IMAGING.search(i) for i in items):
        for item in items:
            yield Relation(PRESENTATIONS, clause.subject, item)


# "Tension pneumothorax causes hypotension and tachycardia", "EPM produces movement
# disorders": under a clinical heading, a sentence that opens on a form of the condition (its
# title's head word with a qualifier) or on an abbreviation, then a verb of causing, lists
# how that form presents; the members are its own, not the title's.
_NAMED_FORM_CAUSES = re.compile(
    r"^(?P<own>[A-Z][\w-]*(?:\s[\w-]+){0,5}?)\s(?:(?:may|can|often|typically|usually|"
    r"classically|commonly|also|characteristically)\s){0,2}(?:causes?|produces?)\s"
    r"(?P<members>[^;:]{3,300})"
)
# "Arterial TOS": a qualified abbreviation names a form (a bare one, "CPM", may be one of the
# title's other names, which would lose the form)
_QUALIFIED_ABBREVIATION = re.compile(r"^[A-Z]?[a-z-]{3,20}\s[A-Z]{2,6}s?$")
_OF_THE_PART = re.compile(r"\sof\sthe\s[a-z]{3,20}$")


def named_form_causes(article: Article, clause: Clause) -> Iterator[Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    match = _NAMED_FORM_CAUSES.match(clause.sentence.text)
    if match is None:
        return
    own = match.group("own")
    placed = placed_form(own, article)
    if placed:
        own = placed  # "Clival tumours" in an article on chordoma: "clival chordoma"
    elif len(own.split()) > 4 or not (
        _QUALIFIED_ABBREVIATION.match(own) or _names_a_form(own, article)
    ):
        # "The mass causes …", "Smoking causes …": no form of the condition (a long
        # opening names a form only by a place, as placed_form reads it)
        return
    if names_subject_phrase(own, clause, article):
        return  # the title itself: read by caused_symptoms
    members = _NEXT_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    if _NOTHING_FOUND.match(members):
        return  # "An uncomplicated cyst produces no symptoms"
    members = NEW_CLAUSE.split(members, maxsplit=1)[0]
    items = split_noun_phrases(members)
    if not items or any(IMAGING.search(i) for i in items):
        return
    if (
        len(items) > 1
        and _OF_THE_PART.search(items[-2])
        and re.fullmatch(r"[a-z]{3,20}", items[-1])
    ):
        # "claudication of the arm and hand": the last word finishes the "of" phrase
        items[-2:] = [f"{items[-2]} and {items[-1]}"]
    for item in items:
        yield Relation(PRESENTATIONS, own, item)


# "Compression of the normal gland results in hypopituitarism, and lateral extension into
# the cavernous sinus can cause cranial nerve palsies": under a clinical heading, what the
# lesion's mass effect causes is how it presents.
_MASS_EFFECT = re.compile(
    r"(?:^|,\s{0,3}and\s{1,3}|;\s{0,3})(?:(?:the|its|their)\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?"
    r"(?:compression|invasion|extension|obstruction|involvement|encasement|infiltration|"
    r"displacement|erosion|stretching|distension|distention)\b[^,;:()]{0,60}?\s{1,3}"
    r"(?:(?:can|may|often|typically|usually|classically|commonly|also|then)\s{1,3}){0,2}"
    r"(?:cause|causes|result\s{1,3}in|results\s{1,3}in|lead\s{1,3}to|leads\s{1,3}to|"
    # ("is the leading cause of death": "cause" is a noun there, "of death" no member)
    r"produce|produces)\s{1,3}(?:an?\s{1,3})?(?P<members>(?!(?:of|for|in)\s)[^;:()]{3,160})",
    re.I,
)


# ", and headache is common", ", and lateral extension … can cause": a clause of its own.
_NEXT_CLAUSE = re.compile(
    r",\s{0,3}(?:and|but)\s(?=[^,;]{0,60}?\b(?:is|are|was|were|can|may|might|will|causes?|"
    r"results?|produces?|leads?)\b)",
    re.I,
)


def mass_effects(article: Article, clause: Clause) -> Iterator[Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    if (
        clause.own
        and not _MASS_EFFECT.match(clause.sentence.text)
        and (names_subject(clause, article) or is_condition_name(clause.own))
    ):
        return  # read by caused_symptoms
    text = clause.sentence.text
    position = 0
    while match := _MASS_EFFECT.search(text, position):
        position = match.start("members")  # the next clause may start inside these members
        if NEGATED.search(text[: match.start("members")]):
            continue
        members = _NEXT_CLAUSE.split(match.group("members"), maxsplit=1)[0]
        members = NEW_CLAUSE.split(members, maxsplit=1)[0]
        items = split_noun_phrases(members)
        if not any(IMAGING.search(i) for i in items):
            for item in items:
                yield Relation(PRESENTATIONS, clause.topic or article.title, item)


# "Visual disturbance and headache may accompany them": what accompanies the paragraph's
# condition, named by a pronoun, is how it presents.
_ACCOMPANY = re.compile(
    r"^(?P<members>[A-Z][^,;:()]{2,160}?)\s(?:(?:may|can|often|commonly|frequently|usually)\s)?"
    r"(?:also\s)?accompan(?:y|ies)\s(?:them|it|this|these)\b"
)


# "The cardinal symptom is bloody diarrhoea, often accompanied by urgency and tenesmus",
# "Chest pain is the commonest symptom and is usually accompanied by dyspnoea": under a
# clinical heading, what comes with the feature a clause names comes with the condition too.
_ACCOMPANIED_BY = re.compile(
    r"(?:,\s|\sand\s(?:is\s|are\s)?|,\sand\s(?:is\s|are\s)?)(?:(?:often|usually|typically|"
    r"commonly|frequently|sometimes|variably|classically|also)\s){0,2}accompanied\sby\s"
    r"(?P<members>[^;:()]{3,200})"
)


# ("The classic presentation of an obstructing stone is colic, accompanied by …", "Sporadic
# CJD presents with dementia, often accompanied by …": the features are of the form the
# clause names, which the title is not)
_OTHER_OWNER = re.compile(
    r"\b(?:presentations?|symptoms?|features?|complaints?)\s{1,3}of\s|^(?:[\w-]{1,40}\s){0,2}"
    r"[A-Z]{2,}",
)


def accompanying(article: Article, clause: Clause) -> Iterator[Relation]:
    if "accompan" not in clause.sentence.text:
        return  # fail fast
    if _CLINICAL_HEADING.search(clause.sentence.section.path) and not clause.sentence.referent:
        by = _ACCOMPANIED_BY.search(clause.sentence.text)
        if by and not _OTHER_OWNER.search(clause.sentence.text, 0, by.start()):
            members = NEW_CLAUSE.split(by["members"], maxsplit=1)[0]
            items = split_noun_phrases(members)
            if items and not any(
                IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items
            ):
                for item in items:
                    yield Relation(PRESENTATIONS, clause.topic or article.title, item)
    match = _ACCOMPANY.match(clause.sentence.text)
    if match is None:
        return
    # ("endocrine dysfunction such as precocious puberty": the example is read by example_members)
    members = split_noun_phrases(match.group("members"))
    for item in shared_noun_of_adjectives(members):
        yield Relation(PRESENTATIONS, clause.topic or article.title, item)


# "A sausage-shaped mass may be palpable", "a bruit may be heard": what the examining hand
# or ear finds is how the topic presents.
_ON_EXAMINATION = re.compile(
    r"^(?:(?:may|can|is|are)\s+(?:often\s+|usually\s+|sometimes\s+|occasionally\s+|also\s+)?"
    r"(?:be\s+)?)(?:palpable|palpated|felt|heard|audible)\b",
    re.I,
)


def on_examination(article: Article, clause: Clause) -> Iterator[Relation]:
    if not clause.own or not _ON_EXAMINATION.match(clause.rest):
        return
    own = re.sub(r"^(?:an?|the)\s+", "", clause.own, flags=re.I)
    if (
        names_subject_phrase(clause.own, clause, article)
        or is_title_head(own, article)
        or PRONOUNS & {own.split()[0].lower()}
    ):
        return  # "The tumour is palpable": a feature of the subject, not a presentation
    yield Relation(PRESENTATIONS, clause.topic or article.title, own)


# "Examination may reveal A, B and C", "Abdominal examination shows A": what the examiner
# finds is how the condition presents (a histological or microscopic examination is no
# bedside one, so only a clinical kind of examination is read).
_EXAMINATION_FINDS = re.compile(
    r"^(?:(?:on\s+)?(?:physical|clinical|bedside|abdominal|neurological|rectal|pelvic|"
    r"vaginal|chest|cardiac|cardiovascular|respiratory|ophthalmic|fundoscopic|otoscopic)\s+)?"
    r"examination\s+(?:(?:may|can|might|often|typically|usually|classically|commonly|"
    r"frequently|sometimes|also|then)\s+){0,2}"
    r"(?:reveals?|shows?|demonstrates?|finds?|discloses?|elicits?)\s+(?P<members>[^;:]{3,300})",
    re.I,
)


_BETWEEN_AND = re.compile(r"\bbetween\s[^,;]{2,40}?\sand\s")
_LONE_ADJECTIVE = re.compile(r"^[a-z]{3,20}(?:ful|less|ed|al|ic|ive|ous|ing)$")
_NOTHING_FOUND = re.compile(r"(?:no|nothing|little|only|neither|normal|unremarkable)\b", re.I)


def examination_finds(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if "xamination" not in text[:40]:
        return  # fail fast
    match = _EXAMINATION_FINDS.match(text)
    if match is None:
        return
    members = _NEXT_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    if _NOTHING_FOUND.match(members):
        return
    members = complaints_only(NEW_CLAUSE.split(members, maxsplit=1)[0], match.group(0))
    # ("a pressure difference between the arms and legs": one finding, not two)
    members = _BETWEEN_AND.sub(lambda m: m.group(0).replace(" and ", " \x00 "), members)
    items = [i.replace(" \x00 ", " and ") for i in split_noun_phrases(members)]
    if not items or any(IMAGING.search(i) or _NOT_A_FEATURE.search(i) for i in items):
        return  # "Examination shows no abnormality", "… shows a mass on CT"
    # ("painful and restricted rotation": the lone adjective qualifies the next member)
    items = [i for i in items if not _LONE_ADJECTIVE.match(i)]
    for item in shared_noun_of_adjectives(items):
        yield Relation(PRESENTATIONS, clause.topic or article.title, item)


# "The classic triad of headache, sweating and palpitations", "Vogt triad consists of A, B
# and C": a named set of clinical features, as many members as its name counts.
_TRIAD = re.compile(
    r"\b(?P<name>triad|tetrad|pentad)\s+(?:of|consists\s+of|comprises|comprising|includes|"
    r"is|(?:is\s+)?made\s+up\s+of)\s+:?\s*(?P<members>[^.;:()]{5,240})",
    re.I,
)
_TRIAD_SIZE = {"triad": 3, "tetrad": 4, "pentad": 5}


# "The characteristic histological triad is …", "risk factors can be traced back to
# Virchow's triad of …": a triad of the tissue, or of causes, is no way of presenting.
_NOT_CLINICAL_TRIAD = re.compile(
    r"\b(?:histolog\w*|patholog\w*|microscop\w*|risk\s+factors?|causes?|mechanisms?|"
    r"pathogenesis)\b[^.;:]{0,60}$",
    re.I,
)
# "Late signs of raised intracranial pressure include the Cushing triad of …": the triad is
# a sign of what the clause names after "of".
_SIGNS_OF = re.compile(
    r"\b(?:signs?|symptoms?|features?|manifestations?)\s+of\s+(?P<of>[^,;:()]{3,60}?)\s+"
    r"(?:include|includes|are|is|comprise|may\s+include)\b[^.;:]{0,60}$",
    re.I,
)


_REFERRING = re.compile(r"^(?:the|this|these|that|those|its|their|such)\s|^(?:it|them)$", re.I)
# "fever, neutropenia and abdominal pain, the last often accompanied by a mass": a comment
# on the members after the last of them ends the run.
_MEMBER_COMMENT = re.compile(
    r",\s(?:the\s(?:last|first|latter|former|second|third)|which|all|each|both)\b", re.I
)


def triads(article: Article, clause: Clause) -> Iterator[Relation]:
    if "ad " not in clause.sentence.text:
        return  # no "triad", "tetrad" or "pentad": fail fast
    for match in _TRIAD.finditer(clause.sentence.text):
        before = clause.sentence.text[: match.start()]
        members = _MEMBER_COMMENT.split(match.group("members"), maxsplit=1)[0]
        items = shared_noun_of_adjectives(split_noun_phrases(members))
        if NEGATED.search(before) or any(IMAGING.search(i) for i in items):
            continue  # an imaging triad is no presentation
        if _NOT_CLINICAL_TRIAD.search(before):
            continue
        signs_of = _SIGNS_OF.search(before)
        # ("signs of the disease", "features of this condition": the topic's own)
        owner = canonical(article, signs_of["of"]) if signs_of else ""
        if _REFERRING.match(owner):
            owner = ""
        if len(items) == _TRIAD_SIZE[match.group("name").lower()]:
            for item in items:
                yield Relation(PRESENTATIONS, owner or clause.topic or clause.subject, item)


def presentation_phrases(clause: Clause) -> Iterator[str]:
    """ "The usual presentation is a painless, slowly enlarging lump": the phrase as one
    presentation (its commas join adjectives, not members), cut where a comment begins."""
    match = _PRESENTATION_IS.match(clause.sentence.text)
    if not match or IMAGING.search(match.group("what")):
        return
    what = re.split(
        r",\s*(?:often|usually|typically|which|who|with|although|but|particularly)\b|\s+or\s+|"
        r"\s+that\s+|"
        r"\s+(?:and\s+)?(?:is|are|was|may|can)\b",
        match.group("what"),
        maxsplit=1,
    )[0].strip(" ,")
    if 0 < len(what.split()) <= MAX_PRESENTATION_WORDS:
        yield what


# "When palpable, it presents as a firm, usually painless lump, which may be fixed", "A
# plunging ranula usually presents as a painless, soft swelling of the upper neck": under a
# clinical heading, the phrase after "presents as" is one presentation, whole (its commas
# join adjectives), cut where a comment begins.
_PRESENTS_AS = re.compile(
    r"\bpresents?\s+(?:(?:clinically|typically|usually|commonly|often)\s+)?as\s+"
    r"(?:an?\s+|the\s+)?(?P<what>[^.;:()]{3,200})",
    re.I,
)
_PRESENTS_AS_END = re.compile(
    r",\s*(?:which|who|with|although|but|and|or|closely|resembling|mimicking|simulating|"
    r"particularly|especially|in\s|on\s)\b|\s+(?:that|and\s+(?:is|are|may|can))\b|"
    r"\s+(?:is|are|was|may|can|mimicking|resembling|simulating)\b",
    re.I,
)


def presents_as(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.sentence.text
    if "present" not in text or not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return  # fail fast
    match = _PRESENTS_AS.search(text)
    if match is None or NEGATED.search(text[: match.start()]) or IMAGING.search(text):
        return  # "On MRI it presents as a T2-bright mass": an appearance, no presentation
    own = re.sub(r"^(?:an?|the)\s+", "", clause.own, flags=re.I)
    if own and _names_a_form(own, article) and not is_title_head(own, article):
        subject = own  # "A plunging ranula usually presents as …": the form's own
    elif not clause.own or names_subject(clause, article):
        subject = clause.subject
    else:
        return
    what = _PRESENTS_AS_END.split(match.group("what"), maxsplit=1)[0].strip(" ,")
    if 0 < len(what.split()) <= MAX_PRESENTATION_WORDS and not re.search(r"\d", what):
        yield Relation(PRESENTATIONS, subject, what)


def _names_a_form(phrase: str, article: Article) -> bool:
    """Whether a phrase names a form of the article's condition: the title's head noun with
    a qualifier before it ("plunging ranula" in an article on ranula)."""
    words = phrase.lower().split()
    # ("Fat necrosis of the breast": the head is the noun before "of")
    head = title_head(article.title)
    return len(words) > 1 and words[-1].rstrip("s") == head.rstrip("s")
