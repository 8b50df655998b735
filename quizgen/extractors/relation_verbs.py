"""Relations stated by a verb or copula phrase: members after the relation words
("associated with A and B", "presents with …") and the member before them ("X is a risk
factor", "Headache is the most common symptom")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, is_condition_name, split_noun_phrases
from quizgen.extractors.presentation_asides import PRESENTING_ASIDE
from quizgen.extractors.relation_common import (
    ASSOCIATIONS,
    CAUSES,
    COMPLICATIONS,
    IMAGING,
    NEGATED,
    NEW_CLAUSE,
    PRESENTATIONS,
    RISK_FACTORS,
    Relation,
    canonical,
    complaints_only,
    lower_first,
    names_subject,
    names_subject_phrase,
    shared_noun_of_adjectives,
    without_naming_apposition,
)
from quizgen.extractors.relation_owners import participle_owner, second_subject_before
from quizgen.extractors.relation_subjects import form_of_title
from quizgen.extractors.text import PARENTHETICAL
from quizgen.model import Article

__all__ = [
    "bare_association",
    "members_after",
    "members_before",
    "usual_antecedents",
]


_OF = r"(?:\s+(?:for|of|in)\s+(?P<of>[^,;:()]{3,60}?))?"
# "Symptoms become more frequent with age and include A": a first predicate of the
# relation's noun, then its members.
_FIRST_PREDICATE = (
    r"(?:(?:are|is|become|becomes|result|results|tend|vary|may\s+be)\s"
    r"(?:(?!(?:which|that|who|whose|include)\b)[^.;:()]){1,80}?,?\s+and\s+(?:may\s+)?)?"
)
# "Complications include A", "Causes are A and B", but not "Complications are managed with
# A and B": a passive says what is done to them, and names no member.
_INCLUDE = (
    r"(?:include|are(?!\s+(?:[a-z]{2,20}ed|seen|known|found|shown|given|taken|driven)\s+"
    r"(?:by|with|in|on|using|through|via|at|from|after)\b))"
)
# Relation words followed by the list of members.
_MEMBERS_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (group, re.compile(pattern, re.I))
    for group, pattern in (
        (ASSOCIATIONS, r"\bassociated\s+with\s+"),
        # "It has been linked to smoking and obesity", "seen in association with A"
        (
            ASSOCIATIONS,
            r"\b(?:is|are|been|be)\s+(?:(?:also|strongly|closely)\s+)?linked\s+(?:to|with)\s+",
        ),
        (
            ASSOCIATIONS,
            r"\b(?:seen|found|occurs?|occurring|arises?|arising)\s+in\s+association\s+with\s+",
        ),
        (ASSOCIATIONS, rf"\b(?:recogni[sz]ed\s+|known\s+)?associations?{_OF}\s+{_INCLUDE}\s+"),
        (
            ASSOCIATIONS,
            r"\b(?:occurs?|arises?|develops?|seen|found)\s+(?:\w+\s+)?in\s+(?:the\s+)?"
            r"(?:setting|context)\s+of\s+",
        ),
        (ASSOCIATIONS, r"\b(?:is|are|be|as|forms?|forming)\s+(?:a\s+)?part\s+of\s+"),
        # "they are also seen with A, B and C": conditions the subject is found together
        # with ("seen with increasing frequency", "seen with MRI" name none)
        (
            ASSOCIATIONS,
            r"\b(?:is|are)\s+(?:(?:also|often|sometimes|occasionally|frequently|commonly)\s+)?"
            r"(?:seen|encountered)\s+(?:together\s+)?with\s+"
            r"(?!(?:increasing|equal|similar|greater|higher|lower|the\s+same|an?\s+"
            r"(?:frequency|prevalence|incidence)|CT|MRI?|ultrasound|contrast|gadolinium|"
            r"imaging|radiographs?|PET|scintigraphy|[\w-]+-weighted)\b)",
        ),
        # "an association with IgG4-related disease is recognised"
        (
            ASSOCIATIONS,
            # "because of their association with biliary stones": the subject's own
            r"\b(?:an?|the|their|its)\s+(?:recogni[sz]ed\s+|known\s+|strong\s+)?association\s+"
            r"with\s+",
        ),
        # "arise in patients with von Hippel-Lindau disease"
        (
            ASSOCIATIONS,
            r"\b(?:occurs?|arises?|develops?|seen|found|encountered|described)\s+"
            r"(?:[\w-]+\s+){0,3}?in\s+(?:patients|children|adults|people|individuals|those|"
            r"women|men)\s+with\s+",
        ),
        (
            ASSOCIATIONS,
            # ("are not features of": denied, no member)
            r"\b(?:is|are)\s+(?:also\s+|often\s+|sometimes\s+)?(?:(?:a|an|one\s+of\s+the)\s+)?"
            r"(?:(?!(?:not|no|never|rarely)\b)[\w-]+\s+){0,2}?"
            r"(?:feature|manifestation|component|association)s?\s+of\s+",
        ),
        (RISK_FACTORS, rf"\b(?:risk|predisposing)\s+factors?{_OF}\s+{_INCLUDE}\s+"),
        # "Recognised triggers are pregnancy, the pill and dehydration"
        (
            RISK_FACTORS,
            rf"\b(?:triggers|precipitants|precipitating\s+factors)\s+{_INCLUDE}\s+",
        ),
        (
            RISK_FACTORS,
            r"\b(?:an\s+)?(?:increased|higher|greater|elevated)\s+(?:risk|incidence)\s+"
            r"(?:is\s+seen\s+)?(?:in|with|among)\s+(?:patients\s+with\s+)?",
        ),
        (COMPLICATIONS, rf"\bcomplications?{_OF}\s+{_INCLUDE}\s+"),
        (COMPLICATIONS, r"\b(?:be|is|are|often|commonly)\s+complicated\s+by\s+"),
        # "An untreated dysplasia leads to early osteoarthritis"
        (COMPLICATIONS, r"\b(?:leads?|led|progress(?:es)?)\s+to\s+"),
        (CAUSES, rf"\bcauses?{_OF}\s+{_INCLUDE}\s+"),
        # ("is most frequently caused by": any adverb of how often, save those of rarity)
        (
            CAUSES,
            r"\b(?:is|are|be|often|(?!(?:rarely|seldom|only|occasionally|infrequently)\b)"
            r"[a-z]{3,12}ly)"
            r"\s+caused\s+by\s+",
        ),
        # "It results from high-energy blunt trauma" (not "results in": an outcome)
        (CAUSES, r"\b(?:results?|resulted)\s+(?:(?:most\s+)?[a-z]{3,12}ly\s+)?from\s+"),
        # "It may be secondary to trauma, infection or surgery"
        (
            CAUSES,
            r"\b(?:is|are|be)\s+(?:[a-z]{3,12}ly\s+)?secondary\s+to\s+"
            r"(?!(?:the|a|an|its|their)\s+(?:age|size|site|location)\b)",
        ),
        # "It usually develops after radiotherapy or chemotherapy" (not after a time or an age)
        (
            CAUSES,
            r"\bdevelops?\s+(?:[a-z]{3,12}ly\s+)?(?:after|following)\s+"
            r"(?!(?:the\s+age|an?\s+(?:[a-z]+\s+)?(?:period|delay|interval|latency)|\d|(?:one|two|three|four|"
            r"five|six|several|many|a\s+few)\s))",
        ),
        # "It is a recognised complication of hip replacement and pregnancy": what the
        # condition complicates brings it on
        (
            CAUSES,
            # ("a relatively frequent complication of": an adverb of degree may come first)
            r"\b(?:is|are)\s+(?:also\s+)?(?:an?|one\s+of\s+the)\s+(?:[a-z]{3,12}ly\s+)?"
            r"(?:(?:recogni[sz]ed|known|"
            r"well[\s-]recogni[sz]ed|well[\s-]known|rare|uncommon|common|frequent|serious|major|"
            r"important|late|early|feared|potential)\s+){0,2}complications?\s+of\s+",
        ),
        # "Brown tumours can complicate both primary and secondary hyperparathyroidism": what
        # the subject complicates brings it on, as "is a complication of" says
        (
            CAUSES,
            r"\b(?:can|may|might|could|often|commonly|frequently|occasionally|sometimes)\s+"
            r"(?:also\s+)?complicates?\s+(?:both\s+|either\s+)?",
        ),
        # "Risk is increased by oral contraceptives, pregnancy and long-haul travel"
        (
            RISK_FACTORS,
            r"^(?:the\s+)?risk\s+is\s+(?:also\s+)?(?:(?:greatly|markedly|further|substantially)\s+)?"
            r"(?:increased|raised|higher)\s+(?:by|with|in|among)\s+(?:patients\s+with\s+)?",
        ),
        (
            PRESENTATIONS,
            # "A minority present acutely with apoplexy": one adverb may come between
            # ("… found in 15-20% of patients presenting with PMR": whom a share counts, no
            # presentation of the subject)
            r"\b(?:present|presents|presented|report|reports|complain|complains|"
            r"(?<!of\sthose\s)(?<!of\spatients\s)(?<!of\speople\s)(?<!of\schildren\s)"
            r"(?<!of\sadults\s)(?<!of\swomen\s)(?<!of\smen\s)presenting)"
            # ("Non-functioning tumours present late with …": an adverb of time likewise)
            r"(?:\s+(?:[a-z]{2,20}ly|late|early|later|earlier|sooner|first))?"
            # ("presents acutely, over days, with …", "presents, as here, with …": an aside
            # set off by commas between the verb and its "with")
            rf"(?:{PRESENTING_ASIDE})?\s+(?:with|of)\s+",
        ),
        # "Symptomatic patients most often report dyspnoea, chest pain or syncope"
        (
            PRESENTATIONS,
            r"^(?:[\w-]+\s+){0,2}?(?:patients|children|adults|they)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:report|describe|experience|complain\s+of)\s+",
        ),
        (
            PRESENTATIONS,
            r"\b(?:presenting\s+)?(?:symptoms|complaints|clinical\s+features)\s+"
            rf"{_FIRST_PREDICATE}include\s+",
        ),
        # "…, and a minority describe expectoration of mucus plugs": a share of the patients
        (
            PRESENTATIONS,
            r"(?:^|,\s{0,3}|\b(?:and|but|while|whereas)\s)(?:a\s+minority|a\s+few|the\s+majority|"
            r"some|others|many|most)(?:\s+(?:patients|children|adults))?\s+(?:also\s+)?"
            r"(?:report|describe|experience|complain\s+of|notice)\s+",
        ),
    )
)
# "… is the most important risk factor and is present in 70%": a second predicate ends it.
_SECOND_PREDICATE = r"and\s+(?=(?:is|are|was|were|may|can|has|have)\s)"
# "X is a (known) risk factor (for Y)": the member is the sentence's own opening phrase.
# A citation number glued on by a plain-text extraction ("… risk factor 5.").
_CITATION = r"(?:\s\d{1,3}(?:[,–-]\d{1,3}){0,4})?"
_MEMBER_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (group, re.compile(pattern, re.I))
    for group, pattern in (
        (
            RISK_FACTORS,
            # "Smoking appears to be a risk factor": a hedged copula is one too
            # ("may also be a risk factor", "is a frequent precipitant": a trigger is one too)
            r"^(?:is|are|may\s+(?:also\s+)?be|(?:appears?|seems?)\s+to\s+be)\s+(?:also\s+)?"
            r"(?:a|an|the)?\s*(?:(?!not\b|no\b)[\w-]+\s+){0,4}?"
            r"(?:(?:risk|predisposing|precipitating)\s+factors?|precipitants?|triggers?)"
            # ("… is the classic trigger for imaging": an action it prompts, no condition)
            r"(?:\s+for\s+(?!(?:further\s|urgent\s)?(?:imaging|investigation|surgery|referral|"
            r"treatment|intervention|biopsy|screening|testing)\b)"
            rf"(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$|{_SECOND_PREDICATE})",
        ),
        (
            RISK_FACTORS,
            # "Maternal diabetes has been implicated as an environmental factor"
            r"^(?:has|have)\s+(?:also\s+)?been\s+(?:implicated|identified|recogni[sz]ed|"
            r"suggested|proposed|postulated|reported|cited)\s+as\s+"
            r"(?:(?:an?|the)\s+)?(?:(?:possible|probable|potential|major|environmental|"
            r"predisposing|contributing|aetiological|etiological)\s+){1,2}factors?"
            rf"(?:\s+for\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$)",
        ),
        (
            RISK_FACTORS,
            # ("are thought to predispose to the infection": a hedge on the verb)
            r"^(?:(?:is|are)\s+(?:thought|believed|known|considered|said)\s+to\s+)?"
            r"(?:\w+\s+)?predispos(?:es|e)\s+(?:patients\s+)?to\s+(?P<of>[^,;:()]{3,60}?)"
            r"\s*(?:[,.;:(]|$)",
        ),
        (
            RISK_FACTORS,
            r"^(?:also\s+)?(?:increases?|raises?)\s+the\s+risk"
            r"(?:\s+of\s+(?P<of>[^,;:()]{3,60}?))?\s*(?:[,.;:(]|$)",
        ),
        # "Headache is the most common symptom", "Seizures are the usual presenting feature"
        (
            PRESENTATIONS,
            r"^(?:is|are)\s+(?:also\s+|usually\s+|typically\s+|by\s+far\s+)?(?:the|a|an)\s+"
            r"(?:(?:(?:most|more|less|second\s+most)\s+)?(?:common|commonest|frequent|usual|"
            r"typical|classic|cardinal|main|principal|leading|initial|earliest|predominant|"
            # ("Acute pancreatitis is an uncommon presentation": a rare one is one too)
            r"dominant|uncommon|unusual|rare|occasional)\s+"
            r"(?:(?:presenting|clinical)\s+)?(?:symptom|complaint|presentation|feature|"
            r"manifestation)s?"
            # "Seizures are the presenting feature in 80% of patients", "A fracture is the
            # presenting event in a minority": the presenting one, in a share of patients
            r"|presenting\s+(?:clinical\s+)?(?:symptom|complaint|feature|event|sign)s?"
            r"(?=\s+in\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|over\s+|more\s+than\s+)?"
            r"(?:\d|a\s+(?:minority|majority|third|quarter|few)|half|most|many|some|one)))"
            rf"(?:\s+of\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}"
            r"(?:\s+in\s+[^,;:()]{1,60}?)?\s*(?:[,.;:(]|$)",
        ),
        # "Cystic fibrosis is also a recognised association"
        (
            ASSOCIATIONS,
            # "Crohn disease is a less frequent association"
            r"^(?:is|are)\s+(?:also\s+)?(?:a|an)\s+(?:(?:much\s+)?(?:less|more)\s+|much\s+)?"
            r"(?:(?:recogni[sz]ed|known|well[\s-]known|well[\s-]recogni[sz]ed|rare|rarer|"
            # ("Median nerve compression is a frequent accompaniment": it comes with it)
            r"uncommon|common|frequent|important|strong|weaker|established)\s+)?"
            r"(?:association|accompaniment"
            # "Neurofibromatosis type 1 is an associated condition"
            r"|associated\s+(?:condition|anomaly|abnormality|disorder|malformation|syndrome))"
            r"\s*(?:[,.;:(]|$)",
        ),
        (
            COMPLICATIONS,
            r"^(?:is|are)\s+(?:also\s+)?(?:a|an|the)?\s*(?:(?:most|more)\s+)?"
            # ("a further recognised complication": two such words may stand together)
            r"(?:(?:known|recogni[sz]ed|rare|common|serious|frequent|major|feared|important|"
            r"further|additional|well[\s-]recogni[sz]ed|well[\s-]known|late)\s+){0,2}"
            r"complications?"
            rf"(?:\s+of\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$)",
        ),
    )
)
# A relation stated inside a relative clause is about that clause's noun ("…, in whom it is").
# (", all of which lead to …": a relative clause after a quantifier too)
_RELATIVE = re.compile(
    r",\s*(?:(?:all|each|both|some|most|many|several|one|none|either|neither)\s+of\s+)?"
    r"(?:in\s+)?(?:whom|which|where|who|whose)\b",
    re.I,
)
_REPEATED_OF = re.compile(r"^of\s+", re.I)
# "A is now detected early, so in current practice most B are encountered in patients with
# X": a clause of result with a subject of its own ("so it is" keeps the one before).
_RESULT_CLAUSE = re.compile(
    r"(?:,|;)\s(?:and\s)?(?:so|thus|hence|therefore|consequently)\s(?!(?:it|they|this|these)\b)",
    re.I,
)
# "On MRI, it is associated with …", "at imaging": the images' findings, no condition.
_ON_IMAGES = re.compile(
    r"\b(?:on|at|with)\s(?:CT|MRI?|MR|US|ultrasound|imaging|radiographs?|radiography|PET|"
    r"angiography|sonography|mammography|scintigraphy)\b",
    re.I,
)
# "Infants usually present with", "older children and adults more commonly present with": a
# group of patients named by age or sex just before the verb (at the clause's opening or
# after ", whereas").
_WHO = (
    r"(?:(?:older|young|younger)\s)?"
    r"(?:infants|neonates|newborns|children|adolescents|adults|women|men)"
)
_POPULATION_BEFORE = re.compile(
    # ("Presentation varies with age: neonates present with …": after a colon too)
    rf"(?:^|,\s(?:whereas|while|but)\s|[;:]\s)(?P<who>{_WHO}(?:\s(?:and|or)\s{_WHO})?)\s"
    # ("Infants may instead present with …": an adverb of contrast or addition too)
    r"(?:(?:usually|typically|often|commonly|more|most|classically|may|can|tend\sto|instead|"
    r"also|sometimes|occasionally|rather)\s){0,3}$",
    re.I,
)


def _text_up_to(clause: Clause, before: str) -> str:
    """The sentence up to ``before``'s end, ``before`` being a prefix of the clause's rest
    (the opening words a clause drops, "Children", are part of it)."""
    text = clause.sentence.text
    start = len(text) - len(clause.rest) if text.endswith(clause.rest) else 0
    return text[: start + len(before)]


# "Others present with …", "A minority report …", "About a third complain of …": a share of
# the patients, so the sentence is about the paragraph's condition.
_SHARE_OF_PATIENTS = re.compile(
    r"^(?:others|some|many|most|few|a\s+few|a\s+minority|the\s+majority|a\s+majority|"
    r"(?:(?:about|around|approximately|nearly|roughly|up\s+to|over)\s+)?"
    r"(?:half|(?:a|one)\s+(?:third|quarter|half)|two[\s-]thirds|\d{1,3}\s?%))"
    r"(?:\s+of\s+(?:them|patients|cases|children|adults|those\s+affected))?"
    r"(?:\s+(?:patients|children|adults|infants|individuals|people|women|men))?$",
    re.I,
)
# "Those who present clinically (often the index case) complain of …": the patients who
# present, whatever an aside says of them ("Those who were treated complain of …" are not).
_THOSE_WHO = re.compile(r"^those\s+who$", re.I)
_WHO_PRESENT = re.compile(
    r"^(?:present|presented|are\s+symptomatic|have\s+symptoms)(?:\s+[a-z]+ly)?"
    r"(?:\s+\([^()]{0,160}\))?\s+(?:complain|report|describe|experience|notice|have)\b",
    re.I,
)


def _patients_own(clause: Clause) -> bool:
    """Whether the clause's own subject is a share of the patients, or those who present."""
    own = clause.own
    return bool(_SHARE_OF_PATIENTS.match(own)) or bool(
        _THOSE_WHO.match(own) and _WHO_PRESENT.match(clause.rest)
    )


_NEEDS_SUBJECT = frozenset({ASSOCIATIONS, COMPLICATIONS, CAUSES, RISK_FACTORS, PRESENTATIONS})
_RISK_OF = re.compile(
    r"^(?:an?\s+)?(?:increased|higher|greater|elevated)\s+(?:risk|incidence|rate)\s+of\s+",
    re.I,
)


# An event that befalls a condition, named alone as a sentence's subject ("Rupture", "Torsion").
_EVENT = re.compile(
    r"^(?:rupture|perforation|torsion|dissection|haemorrhage|hemorrhage|infarction|"
    r"thrombosis|obstruction|recurrence|malignant\s+transformation|intussusception|"
    r"volvulus|herniation|infection|incarceration|strangulation|apoplexy)$",
    re.I,
)


# A stage or a repetition of the condition itself, named by a generic noun: "End-stage
# disease", "Repeated infection", "Advanced cases", "Untreated disease".
_STAGE_OF_DISEASE = re.compile(
    r"^(?:(?:the|an?)\s)?(?:end[\s-]stage|late[\s-]stage|advanced|late|longstanding|long-standing|"
    r"untreated|neglected|repeated|recurrent|persistent|progressive|severe|prolonged|acute|"
    r"chronic|complicated)\s(?:disease|illness|infections?|inflammation|episodes?|attacks?|"
    # ("A severe flare may be complicated by …": a bout of the condition)
    r"bouts?|stages?|cases?|forms?|flares?|exacerbations?|relapses?)$",
    re.I,
)


def _event_subject(group: str, clause: Clause, article: Article) -> str:
    """The subject of a presentation or complication whose clause opens on an event or a
    stage of the condition, "" for any other opening."""
    if group == COMPLICATIONS and _STAGE_OF_DISEASE.match(clause.own):
        # "End-stage disease leads to cor pulmonale": a stage of the paragraph's condition
        # is the setting, what it leads to complicates the condition itself
        return article.title
    if group in {PRESENTATIONS, COMPLICATIONS} and _EVENT.match(clause.own):
        # "Rupture classically presents with …": the event of the paragraph's topic
        return f"{clause.own} of {lower_first(clause.topic or article.title)}"
    return ""


def _of_phrase_rejoined(items: list[str], members: str) -> list[str]:
    """ "necrosis of most of the small bowel and the proximal colon": a member after "and
    the" (a place, not a condition) finishes the "of" phrase of the member before it."""
    joined: list[str] = []
    lower = members.lower()
    for item in items:
        # (", and the cord oedema is …" starts a clause of its own)
        if (
            joined
            and " of " in joined[-1]
            and re.search(rf"[^,\s]\s+and\s+the\s+{re.escape(item.lower())}\b", lower)
        ):
            joined[-1] = f"{joined[-1]} and the {item}"
        else:
            joined.append(item)
    return joined


# "leads to a small, shrunken, densely calcified spleen(, termed X)": words set apart by
# commas with no "and"/"or" before the last are adjectives of one noun, not a list.
_NOT_CONJUNCTION = r"(?!(?:and|or|nor|but)\b)"
_ADJECTIVE_SERIES = re.compile(
    rf"^(?:(?:an?|the)\s)?(?P<phrase>{_NOT_CONJUNCTION}[\w-]{{2,20}},\s"
    rf"(?:{_NOT_CONJUNCTION}[\w-]{{2,20}},\s){{0,4}}(?:{_NOT_CONJUNCTION}[\w-]{{2,20}}\s){{1,3}}"
    rf"{_NOT_CONJUNCTION}[\w-]{{2,30}})"
    r"(?:,\s(?:termed|called|named|known\s+as|so-called)\s[^,;]{1,60})?[\s.]*$",
    re.I,
)


# "present earlier with airway symptoms than those with peripheral tumours: cough, …": a
# kind of feature, then after a colon the features themselves.
_CATEGORY_BEFORE_COLON = re.compile(
    r"^(?P<head>[^:;.]{0,80}?\b(?:symptoms|signs|features|complaints|manifestations)\b"
    r"[^:;.]{0,60}):\s+(?=\S)",
    re.I,
)
# "symptoms of heart failure: A, B": the kind names a condition, which is the member.
_KIND_OF = re.compile(r"\b(?:symptoms|signs|features|complaints|manifestations)\s+of\b", re.I)


def _listed_after_category(members: str) -> str:
    """The members after a colon when what comes before it only names their kind."""
    category = _CATEGORY_BEFORE_COLON.match(members)
    if category is None or _KIND_OF.search(category["head"]):
        return members
    return members[category.end() :]


def _member_items(members: str, group: str, verb: str) -> list[str]:
    """The members a run after the relation's verb names."""
    # "… VHL disease, and their discovery should …": a new clause, not a member
    if group == PRESENTATIONS:
        members = _listed_after_category(members)
    members = without_naming_apposition(NEW_CLAUSE.split(members, maxsplit=1)[0])
    if group == PRESENTATIONS:
        members = complaints_only(members, verb)
    series = _ADJECTIVE_SERIES.match(members.strip())
    if series:
        return [series["phrase"]]  # one noun with its adjectives
    items = _of_phrase_rejoined(shared_noun_of_adjectives(split_noun_phrases(members)), members)
    if verb.rstrip().lower().endswith(" of"):
        # "a complication of A and of B": the repeated preposition is no part of B
        items = [_REPEATED_OF.sub("", item) for item in items]
    else:
        # "occlusion of the splenic artery or of its branches": "of …" goes on the member
        # before it (its head is left unsaid) and names nothing alone
        items = [item for item in items if not item.lower().startswith("of ")]
    return items


def _set_in(said: str, of: str) -> bool:
    """Whether ``of`` follows "in" in ``said`` and names no condition ("causes in adults",
    "causes in the neck"): a setting of the relation, not what it is of."""
    at = said.rfind(of)
    return at >= 3 and said[:at].rstrip().lower().endswith(" in") and not is_condition_name(of)


def _named_owner(match: re.Match[str], before: str, clause: Clause) -> str:
    """What the relation's words say it is of ("causes of X"), or the noun a participle
    opens on; "" when neither."""
    named = match.groupdict().get("of")
    if named and _set_in(match.group(0), named):
        # "Other recognised causes in adults are …": the people or the place the causes are
        # found in, no owner of them
        return ""
    return named or ("" if clause.own else participle_owner(before, match.group(0)))


def _members_owner(
    article: Article, clause: Clause, group: str, match: re.Match[str], before: str
) -> str:
    """Whose members a relation verb lists: a named owner, the population or event the
    clause opens on, a form of the page's condition, else the clause's subject; "" when the
    clause is about something else ("The CT scan is associated with …")."""
    # ("A, presenting with B": B is A's, when the clause is only A and the participle)
    # (only when the clause reader took no subject: "X differs, presenting with" is X's)
    of = _named_owner(match, before, clause)
    population = (
        _POPULATION_BEFORE.search(_text_up_to(clause, before))
        if group == PRESENTATIONS and names_subject_phrase(clause.subject, clause, article)
        else None
    )
    if of:
        return canonical(article, of)
    if population:
        # "Infants present with …, whereas older adults present with …": how the
        # condition presents in each
        return f"{article.title} in {population['who'].lower()}"
    if event := _event_subject(group, clause, article):
        return event
    if ";" not in before and (form := form_of_title(clause.own, article.title)):
        # "The sclerotic form is associated with …": that form's (not after "; …", where
        # another subject may have taken over)
        return form
    if group in _NEEDS_SUBJECT and (
        clause.unclear
        or (
            clause.own
            and not names_subject(clause, article)
            and not (group == PRESENTATIONS and _patients_own(clause))
        )
        # "Complications result from bone erosion": the cause of a complication
        or (group == CAUSES and _FEATURES_OF_IT.match(clause.own or before.strip()))
    ):
        return ""
    return clause.subject


# The condition's features or complications named as a whole ("Complications", "Its
# symptoms"): what they result from causes them, not the condition.
_FEATURES_OF_IT = re.compile(
    r"^(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?:complications|symptoms|signs|features|"
    r"manifestations|findings|sequelae)$",
    re.I,
)


def members_after(article: Article, clause: Clause) -> Iterator[Relation]:
    text = clause.rest
    for group, pattern in _MEMBERS_AFTER:
        for match in pattern.finditer(text):
            before = text[: match.start()]
            if (
                NEGATED.search(before)
                # (a relative clause inside an aside in brackets is the aside's own)
                or _RELATIVE.search(PARENTHETICAL.sub("", before))
                or _RESULT_CLAUSE.search(before)
                or second_subject_before(before)  # ", and oestrogen production may lead to"
                # "On MRI, it is associated with oedema": a finding of the images
                or (group == ASSOCIATIONS and _ON_IMAGES.search(_text_up_to(clause, before)))
            ):
                continue
            members = text[match.end() :]
            if before.count("(") > before.count(")"):
                # "facial naevi (as part of X syndrome) and …": the aside ends at its bracket
                members = members.split(")", 1)[0]
            subject = _members_owner(article, clause, group, match, before)
            if not subject:
                continue  # "The CT scan is associated with …": a fact about the wrong subject
            relation = group
            risk = _RISK_OF.match(members)
            if group == ASSOCIATIONS and risk:
                # "It is associated with an increased risk of Y": Y complicates the subject;
                # "An RV:LV ratio > 1 is associated with …" is no complication of it
                if clause.own and not names_subject(clause, article):
                    continue
                members = members[risk.end() :]
                relation = COMPLICATIONS
            items = _member_items(members, group, match.group(0))
            if relation == PRESENTATIONS and any(IMAGING.search(i) for i in items):
                continue
            for item in items:
                yield Relation(relation, subject, item)


# "In adults the condition is rare and usually follows penetrating trauma or a foreign
# body": the events the condition arises after (an adverb before the verb; "follows the
# course of", "follows a benign course" name no event).
_USUALLY_FOLLOWS = re.compile(
    r"\b(?:usually|often|typically|commonly|classically|mostly|sometimes|may|can)\s+"
    r"follows?\s+(?!(?:the|that|those|its|their|this|these|an?\s+(?:[\w-]+\s+)?"
    r"(?:course|pattern|path|distribution|rule|law|sequence|trajectory|period))\b)",
    re.I,
)


def usual_antecedents(article: Article, clause: Clause) -> Iterator[Relation]:
    """What the paragraph's condition, named by a pronoun or "the condition", usually
    follows (a sentence that opens on a condition's name is the antecedents reader's)."""
    if clause.own or clause.unclear or "follow" not in clause.rest:
        return
    for match in _USUALLY_FOLLOWS.finditer(clause.rest):
        before = clause.rest[: match.start()]
        if NEGATED.search(before) or _RELATIVE.search(before):
            continue
        for item in _member_items(clause.rest[match.end() :], CAUSES, match.group(0)):
            yield Relation(CAUSES, clause.subject, item)


_PROCEDURE = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:treatment|surgery|resection|biopsy|therapy|radiotherapy|"
    r"chemotherapy|embolisation|embolization|intervention|repair|reduction|excision|"
    r"ablation|drainage|screening|splinting|bracing|casting|stenting|grafting|irradiation|"
    r"transplantation|catheteri[sz]ation)$",
    re.I,
)


# "Prior radiation exposure is also associated.": associated with the page's condition,
# which the sentence leaves unsaid.
# ("A cavovarus foot and low vitamin D levels have been associated.": the perfect too)
_BARE_ASSOCIATED = re.compile(
    r"^(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:also\s+)?"
    r"(?:(?:strongly|often|frequently|commonly|variably)\s+)?"
    rf"associated{_CITATION}\s*(?:[.;]|$)",
    re.I,
)


_WHOLE_BARE_ASSOCIATED = re.compile(
    r"^(?P<own>[A-Z][^,;:()]{3,120}?\sand\s[^,;:()]{3,80}?)\s+(?:has|have)\s+(?:also\s+)?been\s+"
    rf"(?:(?:strongly|often|frequently|commonly|variably)\s+)?associated{_CITATION}\s*\.?$",
    re.I,
)


def bare_association(article: Article, clause: Clause) -> Iterator[Relation]:
    """The opening phrase of "X is also associated." as an association of the page's
    condition, when the paragraph is about it (after "Hashimoto thyroiditis is the main risk
    factor." the paragraph's topic may be the thyroiditis, whose association X is not)."""
    own = clause.own
    if not own and (whole := _WHOLE_BARE_ASSOCIATED.match(clause.sentence.text.strip())):
        # (a subject of two noun phrases that the clause reader leaves unread)
        own = whole.group("own")
    elif not own or not _BARE_ASSOCIATED.match(clause.rest):
        return
    if clause.topic == article.title:
        own = re.sub(r"^(?:an?|the)\s+(?=[a-z])", "", own, flags=re.I)
        members = split_noun_phrases(own) if " and " in own else [own]
        for member in members:
            yield Relation(ASSOCIATIONS, article.title, member)


_FOLLOWED_BY = re.compile(
    r",\s(?:(?:often|usually|sometimes|frequently|commonly|typically|then)\s)?"
    r"(?:followed|accompanied)\sby\s(?P<members>[^;:]{3,300})"
)


# "the infection", "this injury": the paragraph's condition named by its class noun.
_DEFINITE_ANAPHOR = re.compile(
    r"^(?:the|this)\s(?:infection|injury|condition|disease|disorder|syndrome|entity|"
    r"abnormality|anomaly|malformation|fracture|complication)$",
    re.I,
)


_TRAILING_RELATIVE = re.compile(r"\s(?:that|which|who)$", re.I)


def members_before(article: Article, clause: Clause) -> Iterator[Relation]:
    if not clause.own:
        return
    for group, pattern in _MEMBER_BEFORE:
        match = pattern.search(clause.rest)
        if match:
            of = match.groupdict().get("of")
            # without "for Y", the risk factor or complication is the paragraph topic's
            subject = canonical(article, of) if of else clause.topic
            if of and _DEFINITE_ANAPHOR.match(of.strip()):
                subject = clause.topic or article.title  # "predispose to the infection"
            if of and _PROCEDURE.match(of.strip()):
                # "the most serious complication of treatment": the topic's treatment
                subject = f"{of.strip()} of {lower_first(clause.topic or article.title)}"
            # "A previous tumour and a family history increase the risk": two members
            members = split_noun_phrases(clause.own) if " and " in clause.own else []
            # ("A pathological fracture is the presenting event": the article names no part)
            own = re.sub(r"^(?:an?|the)\s+(?=[a-z])", "", clause.own, flags=re.I)
            # "The long vascular pedicle that results predisposes to …": the relative
            # pronoun whose verb ended the phrase is no part of the member
            own = _TRAILING_RELATIVE.sub("", own)
            for member in members if len(members) > 1 else [own]:
                yield Relation(group, subject, member)
            # "X is the most important risk factor, followed by A and B", "X and Y are the
            # commonest symptoms, often accompanied by A and B": more members of the relation
            more = _FOLLOWED_BY.match(clause.rest, match.end() - 1)
            for member in split_noun_phrases(more.group("members")) if more else []:
                yield Relation(group, subject, member)
