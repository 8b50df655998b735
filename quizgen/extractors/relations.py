"""Associations, risk factors, genetics, presentations, complications, causes and types
stated in prose, as ASSOCIATION facts: ``group`` the relation, ``item`` one member,
``subject`` what the sentence is about (``clauses``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.extractors.antecedents import followed_events
from quizgen.extractors.case_presentation import presenting_complaints
from quizgen.extractors.class_members import class_members
from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    iter_clauses,
    same_name,
    split_noun_phrases,
)
from quizgen.extractors.member_shapes import member_repaired
from quizgen.extractors.owners import other_condition_of, subject_without_share
from quizgen.extractors.text import Sentence, make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = [
    "ASSOCIATIONS",
    "CAUSES",
    "COMPLICATIONS",
    "CONTRAINDICATIONS",
    "GENETICS",
    "PRESENTATIONS",
    "PROGNOSTIC",
    "PROTECTIVE",
    "RISK_FACTORS",
    "TYPES",
    "extract_prose_associations",
    "genetic_features",
]

# Relation names (``group``): plural nouns, as the list extractor names its lists.
ASSOCIATIONS = "associations"
RISK_FACTORS = "risk factors"
GENETICS = "genetic features"
PRESENTATIONS = "presenting features"
COMPLICATIONS = "complications"
CAUSES = "causes"
TYPES = "types"
PROTECTIVE = "protective factors"
CONTRAINDICATIONS = "contraindications"
PROGNOSTIC = "adverse prognostic factors"

_NEGATED = re.compile(
    r"\b(?:not|no|never|without|lacks?|lacking|absence of|rarely|unlike|than|from|versus|vs)"
    r"\W+(?:\w+\W+){0,3}$",
    re.I,
)
_OF = r"(?:\s+(?:for|of|in)\s+(?P<of>[^,;:()]{3,60}?))?"
# Relation words followed by the list of members.
_MEMBERS_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (group, re.compile(pattern, re.I))
    for group, pattern in (
        (ASSOCIATIONS, r"\bassociated\s+with\s+"),
        (ASSOCIATIONS, rf"\b(?:recogni[sz]ed\s+|known\s+)?associations?{_OF}\s+(?:include|are)\s+"),
        (
            ASSOCIATIONS,
            r"\b(?:occurs?|arises?|develops?|seen|found)\s+(?:\w+\s+)?in\s+(?:the\s+)?"
            r"(?:setting|context)\s+of\s+",
        ),
        (ASSOCIATIONS, r"\b(?:is|are|be|as|forms?|forming)\s+(?:a\s+)?part\s+of\s+"),
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
        (RISK_FACTORS, rf"\b(?:risk|predisposing)\s+factors?{_OF}\s+(?:include|are)\s+"),
        (
            RISK_FACTORS,
            r"\b(?:an\s+)?(?:increased|higher|greater|elevated)\s+(?:risk|incidence)\s+"
            r"(?:is\s+seen\s+)?(?:in|with|among)\s+(?:patients\s+with\s+)?",
        ),
        (COMPLICATIONS, rf"\bcomplications?{_OF}\s+(?:include|are)\s+"),
        (COMPLICATIONS, r"\b(?:be|is|are|often|commonly)\s+complicated\s+by\s+"),
        # "An untreated dysplasia leads to early osteoarthritis"
        (COMPLICATIONS, r"\b(?:leads?|led|progress(?:es)?)\s+to\s+"),
        (CAUSES, rf"\bcauses?{_OF}\s+(?:include|are)\s+"),
        (CAUSES, r"\b(?:is|are|be|commonly|usually|typically|often)\s+caused\s+by\s+"),
        (
            PRESENTATIONS,
            # "A minority present acutely with apoplexy": one adverb may come between
            r"\b(?:present|presents|presenting|presented|report|reports|complain|complains)\s+"
            r"(?:[a-z]{2,20}ly\s+)?(?:with|of)\s+",
        ),
        # "Symptomatic patients most often report dyspnoea, chest pain or syncope"
        (
            PRESENTATIONS,
            r"^(?:[\w-]+\s+){0,2}?(?:patients|children|adults|they)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:report|describe|experience|complain\s+of)\s+",
        ),
        (
            PRESENTATIONS,
            r"\b(?:presenting\s+)?(?:symptoms|complaints|clinical\s+features)\s+include\s+",
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
# "The typical presentation is a painless, firm and mobile lump": one presentation, whole.
_PRESENTATION_IS = re.compile(
    r"^(?:the\s+)?(?:typical|usual|classic|classical|commonest|most\s+common|common|main)\s+"
    r"(?:clinical\s+)?(?:presentation|history|(?:presenting\s+)?(?:complaint|symptom))\s+is\s+"
    # "The typical history is of chronic, painless otorrhoea"
    r"(?:with\s+|of\s+)?(?:an?\s+|the\s+)?(?P<what>[^.;:()]+)",
    re.I,
)
MAX_PRESENTATION_WORDS = 12
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
            rf"(?:\s+for\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$)",
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
            r"^(?:\w+\s+)?predispos(?:es|e)\s+(?:patients\s+)?to\s+(?P<of>[^,;:()]{3,60}?)"
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
            r"(?:(?:most|more|second\s+most)\s+)?(?:common|commonest|frequent|usual|typical|"
            r"classic|cardinal|main|principal|leading|initial|earliest|predominant|dominant)\s+"
            r"(?:(?:presenting|clinical)\s+)?(?:symptom|complaint|presentation|feature|"
            r"manifestation)s?"
            rf"(?:\s+of\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$)",
        ),
        # "Cystic fibrosis is also a recognised association"
        (
            ASSOCIATIONS,
            # "Crohn disease is a less frequent association"
            r"^(?:is|are)\s+(?:also\s+)?(?:a|an)\s+(?:(?:much\s+)?(?:less|more)\s+|much\s+)?"
            r"(?:(?:recogni[sz]ed|known|well[\s-]known|well[\s-]recogni[sz]ed|rare|rarer|"
            r"uncommon|common|frequent|important|strong|weaker|established)\s+)?association"
            r"\s*(?:[,.;:(]|$)",
        ),
        (
            COMPLICATIONS,
            r"^(?:is|are)\s+(?:also\s+)?(?:a|an|the)?\s*(?:(?:most|more)\s+)?"
            r"(?:(?:known|recogni[sz]ed|rare|common|serious|frequent|major|feared|important)\s+)?"
            r"complications?"
            rf"(?:\s+of\s+(?P<of>[^,;:()]{{3,60}}?))?{_CITATION}\s*(?:[,.;:(]|$)",
        ),
    )
)
# Words of imaging, not of a clinical presentation ("presents as a hypodense mass on CT").
_IMAGING = re.compile(
    # "hypotension" and "hypercalcaemia" are clinical: only signal, density and echo words
    r"\b(?:hyper|hypo|iso)-?(?:intens|dens|echo|attenuat|enhanc|metabol|vascular|lucen)\w*"
    r"|\benhanc\w*|\bsignal\b|\battenuation\b|\bon\s+(?:CT|MRI|MR|"
    r"ultrasound|radiographs?)\b|\bT[12]\b|\bechogenic\w*|\bimaging\b",
    re.I,
)
# A relation stated inside a relative clause is about that clause's noun ("…, in whom it is").
_RELATIVE = re.compile(r",\s*(?:in\s+)?(?:whom|which|where|who|whose)\b", re.I)
# Relations too loose to guess the subject of when the sentence's subject is unclear.
_NEW_CLAUSE = re.compile(
    r"(?<!\s),?\s+(?:and|but)\s+(?:their|its|it|they|this|these|there|"
    # ", and a minority describe …": a share of the patients opens a clause of its own
    r"a\s+minority|a\s+few|the\s+majority|some|others|many|most)\b",
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
    rf"(?:^|,\s(?:whereas|while|but)\s|;\s)(?P<who>{_WHO}(?:\s(?:and|or)\s{_WHO})?)\s"
    r"(?:(?:usually|typically|often|commonly|more|most|classically|may|can|tend\sto)\s){0,3}$",
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
_NEEDS_SUBJECT = frozenset({ASSOCIATIONS, COMPLICATIONS, CAUSES, RISK_FACTORS, PRESENTATIONS})
_RISK_OF = re.compile(
    r"^(?:an?\s+)?(?:increased|higher|greater|elevated)\s+(?:risk|incidence|rate)\s+of\s+",
    re.I,
)
# A gene symbol, with the protein change after it when there is one ("BRAF V600E").
_GENE = r"(?P<gene>[A-Z][A-Z0-9]{1,7}(?:/[A-Z0-9]{1,7})?(?:\s[A-Z]\d{1,4}[A-Z])?)"
_GENETIC_WORD = (
    r"(?P<what>(?i:mutant|mutated|mutations?|wild-?type|amplifications?|amplified|deletions?|"
    r"deleted|fusions?|rearrangements?|rearranged|promoter\s+methylation|methylation|"
    r"methylated|overexpression|codeletion|co-deletion|loss|polymorphisms?))"
)
_ARM = r"(?P<arm>\d{1,2}[pq](?:\d{1,2}(?:\.\d{1,2})?)?(?:/\d{1,2}[pq](?:\d{1,2})?)?)"
_GENETIC: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?<![\w-]){_GENE}(?:\s*-\s*|\s+)(?:gene\s+)?{_GENETIC_WORD}\b"),
    re.compile(rf"\b{_GENETIC_WORD}\s+(?:in|of)\s+(?:the\s+)?{_GENE}(?:\s+gene)?\b"),
    re.compile(
        # "TRAF7, KLF4 or SMO mutations", "PTCH1 or SUFU mutations"
        r"(?<![\w-])(?P<genes>(?:[A-Z][A-Z0-9]{1,7},\s*){0,6}[A-Z][A-Z0-9]{1,7},?\s+(?:or|and)\s+)"
        rf"{_GENE}\s+(?:gene\s+)?{_GENETIC_WORD}\b"
    ),
    re.compile(rf"(?<![\w-]){_ARM}\s*(?P<what>deletion|loss|gain|codeletion|co-deletion)\b", re.I),
    re.compile(
        r"\b(?P<what>deletion|loss|gain)\s+of\s+(?:chromosome\s+(?:arm\s+)?)?"
        r"(?P<arm>\d{1,2}[pq]?(?:\d{1,2})?)\b",
        re.I,
    ),
    re.compile(
        r"\b(?P<whole>(?:monosomy|trisomy)\s+\d{1,2}|t\(\d{1,2};\d{1,2}\)(?:\(\w+;\w+\))?)",
        re.I,
    ),
    # "Activating mutations in the beta-catenin gene": a gene named in words, before "gene"
    re.compile(
        rf"\b{_GENETIC_WORD}\s+(?:in|of)\s+the\s+(?P<gene>(?=[a-z0-9-]{{0,30}}[a-z])"
        r"[a-z0-9-]{2,30}(?:\s[a-z0-9-]{2,20})?)\s+gene\b"
    ),
    # "Susceptibility is linked to HLA-B*52", "HLA-B27": an HLA allele
    re.compile(r"(?<![\w-])(?P<whole>HLA-[A-Z]{1,4}\d{0,2}\*?\d{1,4}(?::\d{1,4})?)\b"),
)
_GENETIC_FORMS = {
    "mutant": "mutation",
    "mutated": "mutation",
    "mutations": "mutation",
    "wildtype": "wild-type",
    "amplifications": "amplification",
    "amplified": "amplification",
    "deletions": "deletion",
    "deleted": "deletion",
    "fusions": "fusion",
    "rearrangements": "rearrangement",
    "rearranged": "rearrangement",
    "methylated": "methylation",
    "co-deletion": "codeletion",
    "polymorphisms": "polymorphism",
}
# A genetic word before another condition's name describes that condition, not the subject
# ("unlike IDH-mutant astrocytomas").
# So does one inside a syndrome's name ("the TSC2/PKD1 gene deletion syndrome").
_FOLLOWED_BY_NAME = re.compile(r"^\s+\w*(?:omas?|tumou?rs?|lesions?|syndromes?)\b", re.I)
_TYPES = re.compile(
    r"\bclassified\s+as\s+(?:either\s+)?"
    # "described by their relationship to the uterine wall as A, B or C": a criterion names
    # what the classes divide, so "described" classifies here (never "described as" alone)
    r"|\b(?:classified|categori[sz]ed|grouped|described|divided|subdivided|subclassified)\s+"
    r"(?:by|according\s+to|on\s+the\s+basis\s+of|based\s+on)\s+[^,;.:()]{3,60}?\s+"
    r"(?:as|into)\s+(?:either\s+)?"
    r"|\b(?:(?:sub)?divided|classified|categori[sz]ed|separated|split|grouped)\s+into\s+"
    r"(?:(?P<count>two|three|four|five|\d)\s+(?:main\s+|major\s+|distinct\s+)?"
    r"(?:types|subtypes|forms|groups|categories|variants|classes)\s*[:,]?\s*(?:namely\s+)?)?"
    r"|\b(?:there\s+are\s+|has\s+|have\s+)(?P<count2>two|three|four|five|\d)\s+"
    r"(?:main\s+|major\s+|distinct\s+|histological\s+|pathological\s+)?"
    r"(?:types|subtypes|forms|variants)(?:\s+of\s+\w+(?:\s+\w+)?)?\s*[:,]\s*"
    # "types are A and B", not "types are recognised, A and B" (a verb, then the names with
    # their count unchecked: the classification extractor reads that shape)
    r"|\b(?:sub)?types\s+(?:include|are)\s+(?![a-z]+(?:ed|en)\b|seen\b|known\b|found\b)",
    re.I,
)
_CLASS_NOUN = re.compile(r"^(?:types|subtypes|forms|variants|groups|categories)$", re.I)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


@dataclass(frozen=True, slots=True)
class _Relation:
    group: str
    subject: str
    item: str


def _canonical(article: Article, name: str) -> str:
    names = (article.title, *article.synonyms)
    return article.title if any(same_name(name, n) for n in names) else name.strip()


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
    r"^(?:the\s)?(?:end[\s-]stage|late[\s-]stage|advanced|late|longstanding|long-standing|"
    r"untreated|neglected|repeated|recurrent|persistent|progressive|severe|prolonged|"
    r"chronic|complicated)\s(?:disease|illness|infections?|inflammation|episodes?|attacks?|"
    r"bouts?|stages?|cases?|forms?)$",
    re.I,
)


def _lower_first(name: str) -> str:
    """ "Abdominal aortic aneurysm" inside a phrase; "MEN 2" and "IgG4 disease" stay."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


# "abdominal or back pain", "renal or hepatic failure": a lone adjective shares the noun of
# the member after it (an adjective by its ending; "back", a noun, is no adjective).
_ADJECTIVE = re.compile(r"^[a-z]{3,30}(?:al|ic|ar|ous|ive|ary|eal)$")


# "small bowel and colorectal adenocarcinoma": an organ alone before "and" is a modifier too.
_ORGAN_MODIFIER = re.compile(
    r"^(?:small\s+bowel|large\s+bowel|bowel|colon|stomach|liver|lung|breast|skin|bladder|"
    r"kidney|pancreas|thyroid|bone|brain|rectum|oesophagus|esophagus|prostate|ovary|uterus|"
    r"cervix|gallbladder|biliary\s+tract|bile\s+duct|head\s+and\s+neck|soft\s+tissue)$",
    re.I,
)


def _shared_noun_of_adjectives(items: list[str]) -> list[str]:
    shared = list(items)
    for index in range(len(items) - 2, -1, -1):
        after = shared[index + 1].split()
        if (_ADJECTIVE.match(items[index]) or _ORGAN_MODIFIER.match(items[index])) and len(
            after
        ) >= 2:
            shared[index] = f"{items[index]} {after[-1]}"
    return shared


def _event_subject(group: str, clause: Clause, article: Article) -> str:
    """The subject of a presentation or complication whose clause opens on an event or a
    stage of the condition, "" for any other opening."""
    if group == COMPLICATIONS and _STAGE_OF_DISEASE.match(clause.own):
        # "End-stage disease leads to cor pulmonale": a stage of the paragraph's condition
        # is the setting, what it leads to complicates the condition itself
        return article.title
    if group in {PRESENTATIONS, COMPLICATIONS} and _EVENT.match(clause.own):
        # "Rupture classically presents with …": the event of the paragraph's topic
        return f"{clause.own} of {_lower_first(clause.topic or article.title)}"
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


def _after(article: Article, clause: Clause) -> Iterator[_Relation]:
    text = clause.rest
    for group, pattern in _MEMBERS_AFTER:
        for match in pattern.finditer(text):
            before = text[: match.start()]
            if _NEGATED.search(before) or _RELATIVE.search(before):
                continue
            members = text[match.end() :]
            if before.count("(") > before.count(")"):
                # "facial naevi (as part of X syndrome) and …": the aside ends at its bracket
                members = members.split(")", 1)[0]
            subject = clause.subject
            of = match.groupdict().get("of")
            population = (
                _POPULATION_BEFORE.search(_text_up_to(clause, before))
                if group == PRESENTATIONS and _names_subject_phrase(clause.subject, clause, article)
                else None
            )
            if of:
                subject = _canonical(article, of)
            elif population:
                # "Infants present with …, whereas older adults present with …": how the
                # condition presents in each
                subject = f"{article.title} in {population['who'].lower()}"
            elif event := _event_subject(group, clause, article):
                subject = event
            elif group in _NEEDS_SUBJECT and (
                clause.unclear
                or (
                    clause.own
                    and not _names_subject(clause, article)
                    and not (group == PRESENTATIONS and _SHARE_OF_PATIENTS.match(clause.own))
                )
            ):
                continue  # "The CT scan is associated with …": a fact about the wrong subject
            relation = group
            risk = _RISK_OF.match(members)
            if group == ASSOCIATIONS and risk:
                # "It is associated with an increased risk of Y": Y complicates the subject;
                # "An RV:LV ratio > 1 is associated with …" is no complication of it
                if clause.own and not _names_subject(clause, article):
                    continue
                members = members[risk.end() :]
                relation = COMPLICATIONS
            # "… VHL disease, and their discovery should …": a new clause, not a member
            members = _NEW_CLAUSE.split(members, maxsplit=1)[0]
            items = _of_phrase_rejoined(
                _shared_noun_of_adjectives(split_noun_phrases(members)), members
            )
            if relation == PRESENTATIONS and any(_IMAGING.search(i) for i in items):
                continue
            for item in items:
                yield _Relation(relation, subject, item)


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
_FEATURES_INCLUDE = re.compile(
    r"^(?:(?:other|additional|further|common|typical|associated|accompanying)\s+)?"
    r"(?:clinical\s+)?(?:features|signs|findings|manifestations)\s+(?:also\s+)?"
    r"(?:include|comprise)\s+(?P<members>[^;:]{3,300})",
    re.I,
)


def _clinical_features(article: Article, clause: Clause) -> Iterator[_Relation]:
    text = clause.sentence.text
    if text[:1] not in "OoAaFfCcTtSsMm" or not _CLINICAL_HEADING.search(
        clause.sentence.section.path
    ):
        return  # fail fast
    match = _FEATURES_INCLUDE.match(text)
    if match is None:
        return
    items = split_noun_phrases(_NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0])
    if any(_IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return  # "Other findings include displacement … on CT": imaging, not a presentation
    for item in items:
        yield _Relation(PRESENTATIONS, clause.topic or article.title, item)


# "Low-grade fever, malaise and haemoptysis may also occur", "Nausea and vomiting are
# common": under a clinical heading, features the sentence opens on are how it presents.
_MAY_OCCUR = re.compile(
    r"^(?P<members>[A-Z][^;:()]{2,200}?)\s(?:(?:may|can|might|could|also|often|commonly|"
    r"frequently|sometimes|occasionally|usually|typically|then|later)\s){1,3}"
    r"(?:occur|develop|ensue|supervene|be\s(?:present|seen))(?=\s?[.,;]|$)"
    r"|^(?P<common>[A-Z][^;:()]{2,200}?)\s(?:are|is)\s(?:also\s)?(?:common|frequent|usual|"
    r"typical)(?=\s?[.,;]|$)"
    # "Stridor and drooling are less common than in X", "Haemoptysis and haemothorax are
    # less common but …", "Platypnoea and orthodeoxia occur because …": two or more
    # features named first, then how often (or why) they occur
    r"|^(?P<less>[A-Z][^;:(),]{2,120}?\sand\s[^;:(),]{2,60}?)\s(?:(?:are|is)\s(?:also\s)?"
    r"(?:less|more)\s(?:common|frequent)|occur|develop)(?=\s?[.,;]|\s(?:than|but|because|"
    r"when|after|as)\b|$)"
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


def _fronted_presentation(article: Article, clause: Clause) -> Iterator[_Relation]:
    text = clause.sentence.text
    if clause.own or "," not in text or not any(w in text for w in _PRESENTATION_WORDS):
        return  # fail fast
    match = _FRONTED_PRESENTATION.search(clause.sentence.text)
    if match and not _NOT_A_PRESENTATION_OWN.search(match.group("own")):
        yield _Relation(PRESENTATIONS, clause.topic or article.title, match.group("own"))


MAX_FEATURE_WORDS = 5
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
)


def _features_that_occur(article: Article, clause: Clause) -> Iterator[_Relation]:
    text = clause.sentence.text
    if not any(w in text for w in _OCCUR_WORDS) or not _CLINICAL_HEADING.search(
        clause.sentence.section.path
    ):
        return  # fail fast
    match = _MAY_OCCUR.match(text)
    if match is None or clause.sentence.referent:
        return
    items = split_noun_phrases(
        match.group("members") or match.group("common") or match.group("less")
    )
    if (match.group("common") or match.group("less")) and len(items) < 2:
        return  # "Calcification is common": one word of any kind, not a list of features
    if any(
        len(i.split()) > MAX_FEATURE_WORDS
        or _IMAGING.search(i)
        or _names_subject_phrase(i, clause, article)
        for i in items
    ):
        return
    for item in (_lower_first(items[0]), *items[1:]):
        # "Phaeochromocytoma may also occur": another condition is an association
        group = ASSOCIATIONS if _is_tumour_or_syndrome(item) else PRESENTATIONS
        yield _Relation(group, clause.topic or article.title, item)


_TUMOUR_OR_SYNDROME = re.compile(
    r"(?:omas?|omata|tumou?rs?|cancers?|carcinomas?|syndromes?|neoplasms?|neoplasia)$", re.I
)


def _is_tumour_or_syndrome(name: str) -> bool:
    return bool(_TUMOUR_OR_SYNDROME.search(name.strip()))


# "They often have anaemia and pyuria", "Many give a history of recurrent infection": under
# a clinical heading, what the patients have or report having had is how it presents.
_PATIENTS_HAVE = re.compile(
    r"^(?:(?:most|many|some|affected|these|older|younger)\s+)?(?:patients|children|adults|infants|"
    r"neonates|women|men|they|many|most|some|others)\s+(?:(?:often|usually|typically|"
    r"commonly|frequently|may|also|can|classically|then)\s+){0,2}"
    r"(?:have|has|develop|show|exhibit|display|give\s+a\s+(?:\w+\s+)?history\s+of)\s+",
    re.I,
)
_NOT_A_FEATURE = re.compile(
    r"\b(?:risk|prognosis|outcome|survival|history|rate|chance|incidence|age|tumou?rs?|"
    r"lesions?|masses|mass|cysts?|calcifications?)\b",
    re.I,
)


def _patients_have(article: Article, clause: Clause) -> Iterator[_Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    match = _PATIENTS_HAVE.match(clause.sentence.text)
    if match is None:
        return
    members = _NEXT_CLAUSE.split(clause.sentence.text[match.end() :], maxsplit=1)[0]
    members = _NEW_CLAUSE.split(members, maxsplit=1)[0]
    items = split_noun_phrases(members)
    if not items or any(_IMAGING.search(i) or _NOT_A_FEATURE.search(i) for i in items):
        return
    for item in items:
        yield _Relation(PRESENTATIONS, clause.topic or article.title, item)


def _caused_symptoms(article: Article, clause: Clause) -> Iterator[_Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    match = _CAUSES_SYMPTOMS.match(clause.rest)
    if not match or clause.unclear or (clause.own and not _names_subject(clause, article)):
        return
    members = _NEW_CLAUSE.split(clause.rest[match.end() :], maxsplit=1)[0]
    # "contribute to subfertility and to pregnancy complications": the repeated preposition
    items = [re.sub(r"^to\s+", "", i) for i in split_noun_phrases(members)]
    if not any(_IMAGING.search(i) for i in items):
        for item in items:
            yield _Relation(PRESENTATIONS, clause.subject, item)


# "Compression of the normal gland results in hypopituitarism, and lateral extension into
# the cavernous sinus can cause cranial nerve palsies": under a clinical heading, what the
# lesion's mass effect causes is how it presents.
_MASS_EFFECT = re.compile(
    r"(?:^|,\s{0,3}and\s{1,3}|;\s{0,3})(?:(?:the|its|their)\s{1,3})?(?:[\w-]+\s{1,3}){0,2}?"
    r"(?:compression|invasion|extension|obstruction|involvement|encasement|infiltration|"
    r"displacement|erosion|stretching|distension|distention)\b[^,;:()]{0,60}?\s{1,3}"
    r"(?:(?:can|may|often|typically|usually|classically|commonly|also|then)\s{1,3}){0,2}"
    r"(?:cause|causes|result\s{1,3}in|results\s{1,3}in|lead\s{1,3}to|leads\s{1,3}to|"
    r"produce|produces)\s{1,3}(?:an?\s{1,3})?(?P<members>[^;:()]{3,160})",
    re.I,
)


# ", and headache is common", ", and lateral extension … can cause": a clause of its own.
_NEXT_CLAUSE = re.compile(
    r",\s{0,3}(?:and|but)\s(?=[^,;]{0,60}?\b(?:is|are|was|were|can|may|might|will|causes?|"
    r"results?|produces?|leads?)\b)",
    re.I,
)


def _mass_effects(article: Article, clause: Clause) -> Iterator[_Relation]:
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    if (
        clause.own
        and not _MASS_EFFECT.match(clause.sentence.text)
        and (_names_subject(clause, article) or is_condition_name(clause.own))
    ):
        return  # read by _caused_symptoms
    text = clause.sentence.text
    position = 0
    while match := _MASS_EFFECT.search(text, position):
        position = match.start("members")  # the next clause may start inside these members
        if _NEGATED.search(text[: match.start("members")]):
            continue
        members = _NEXT_CLAUSE.split(match.group("members"), maxsplit=1)[0]
        members = _NEW_CLAUSE.split(members, maxsplit=1)[0]
        items = split_noun_phrases(members)
        if not any(_IMAGING.search(i) for i in items):
            for item in items:
                yield _Relation(PRESENTATIONS, clause.topic or article.title, item)


# "A previous tumour and a family history also increase the risk": a subject too long for
# the clause reader (more than eight words) still names the risk factors.
_LONG_RISK = re.compile(
    r"^(?P<own>[A-Z][^,;:()]{3,120}?)\s+(?:also\s+)?(?:increases?|raises?)\s+the\s+risk"
    r"(?:\s+of\s+(?P<of>[^,;:()]{3,60}?))?\s*(?:[,.;(]|$)"
)


def _long_risk_factors(article: Article, clause: Clause) -> Iterator[_Relation]:
    if clause.own:
        return  # read by _before
    match = _LONG_RISK.match(clause.sentence.text)
    if not match:
        return
    of = match.group("of")
    subject = _canonical(article, of) if of else clause.topic or article.title
    for member in split_noun_phrases(match.group("own")):
        yield _Relation(RISK_FACTORS, subject, member)


# "Cigarette smoking, obesity and hypertension are the major modifiable risk factors",
# "Of the hereditary syndromes, VHL disease is the classic association": a list the clause
# reader cannot take as one subject opens the sentence, and the relation noun closes it.
_LISTED_BEFORE = re.compile(
    r"^(?:(?:[Oo]f|[Aa]mong)\s[^,;:]{3,60},\s)?(?P<own>[A-Za-z][^;:]{2,200}?)\s(?:are|is|"
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


def _listed_before(article: Article, clause: Clause) -> Iterator[_Relation]:
    text = clause.sentence.text
    if clause.own or not any(
        w in text for w in (" factor", " association", " complication", " cause")
    ):
        return  # an opening the clause reader took is read by _before; or no relation noun
    # "…; cleft palate, Down syndrome and Turner syndrome are all recognised associations"
    parts = [part.strip() for part in text.split(";")]
    match = next(filter(None, (_LISTED_BEFORE.match(part) for part in parts)), None)
    if match is None or _NEGATED.search(match.group("qualifiers")):
        return
    noun = match.group("noun").lower()
    group = next((g for word, g in _LISTED_GROUPS if noun.startswith(word)), PROGNOSTIC)
    items = split_noun_phrases(match.group("own"))
    if not items or any(_IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return
    of = match.group("of")
    if of and _NO_CONDITION.match(of):
        return  # "… are the leading cause of death in adults": an outcome, not a condition
    subject = _risk_subject(article, of) if of else clause.topic or article.title
    for item in items:
        yield _Relation(group, subject, item)


_NO_CONDITION = re.compile(r"^(?:death|mortality|morbidity|disability|admission)\b", re.I)


# "There is an increased risk of small bowel adenocarcinoma and lymphoma": complications of
# the paragraph's condition (not when the risk is another group's: "… in patients with …").
_THERE_IS_RISK = re.compile(
    r"^there\s(?:is|are)\s(?:also\s)?an?\s(?:(?:small|slightly|markedly|significantly)\s)?"
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


def _there_is_a_risk(article: Article, clause: Clause) -> Iterator[_Relation]:
    if "risk of" not in clause.sentence.text:
        return  # fail fast
    match = _THERE_IS_RISK.match(clause.sentence.text)
    if match is None:
        return
    members = _NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    members = _CLAUSE_AFTER.split(members, maxsplit=1)[0]
    if _RISK_OF_OTHERS.search(members):
        return
    for item in _shared_noun_of_adjectives(split_noun_phrases(members)):
        yield _Relation(COMPLICATIONS, clause.topic or article.title, item)


# "in response to stimuli such as A, B or C", "endocrine dysfunction such as A", "an adjacent
# process such as A or B": examples of a relation noun, one member each. The noun says the
# relation; a noun outside this closed list ("techniques such as CT") names none, nor does
# "causes such as" (of death? of the finding?) or "including" (a part of a whole).
_EXAMPLE_NOUNS: tuple[tuple[str, str], ...] = (
    (
        CAUSES,
        r"stimul(?:i|us)|triggers?|insults?|process(?:es)?|exposures?|injur(?:y|ies)",
    ),
    (RISK_FACTORS, r"risk\s+factors|predisposing\s+factors|predispositions"),
    (COMPLICATIONS, r"complications|sequelae"),
    (
        PRESENTATIONS,
        r"symptoms|complaints|dysfunction|disturbances?|deficits|manifestations|"
        r"clinical\s+features",
    ),
    (
        ASSOCIATIONS,
        r"conditions?|disorders?|diseases|syndromes?|infections?|associations",
    ),
)
_SUCH_AS = re.compile(
    r"\b(?P<noun>"
    + "|".join(f"(?P<g{index}>{nouns})" for index, (_, nouns) in enumerate(_EXAMPLE_NOUNS))
    + r"),?\s+such\s+as\s+",
    re.I,
)
# "The traditional view is …", "The proposed mechanism is …": an opening about the
# condition's explanation, whose examples are the condition's own.
_EXPLANATION = re.compile(
    r"^(?:the\s)?(?:[\w-]+\s)?(?:view|theory|hypothesis|explanation|mechanism|pathogenesis|"
    r"a?etiology|origin|cause)$",
    re.I,
)
# "thickened without adequate explanation by loading conditions such as A": examples denied
# some words back, in the same clause.
_DENIED_BEFORE = re.compile(
    r"\b(?:not|no|never|without|absence\s+of|absent|excluding|exclusion\s+of|other\s+than|"
    r"rather\s+than|unlike)\b[^,;:]{0,80}$",
    re.I,
)
# "has a coexisting disorder such as A", "an adjacent infection such as A": words that tie
# a generic condition noun to the subject (a bare "diseases such as" does not).
_LINKED_BEFORE = re.compile(
    r"\b(?:coexist\w*|associat\w*|underlying|concomitant|accompan\w*|predispos\w*|adjacent|"
    r"preceding|prior|with|has|have|had)\b[^,;:]{0,40}$",
    re.I,
)
# Where a member list ends: a new clause ("…, the last of which …", "…, and a rare …").
_EXAMPLES_END = re.compile(
    r",\s{0,3}(?:the|which|who|where|whereas|while|but|in\s+which|and\s+(?:an?|the)\s)|"
    r"\s(?:may|can|is|are|was|were|has|have)\s|[;:()]",
    re.I,
)


def _examples(article: Article, clause: Clause) -> Iterator[_Relation]:
    """ "metaplasia in response to stimuli such as necrosis, infection or stress": each
    example a member of the relation its noun names, of the sentence's subject when it
    names the condition (or opens on the condition's explanation), else of nothing."""
    text = clause.rest
    if "such as" not in text:
        return  # fail fast
    for match in _SUCH_AS.finditer(text):
        group = next(
            _EXAMPLE_NOUNS[int(name[1:])][0]
            for name, value in match.groupdict().items()
            if value and name != "noun"
        )
        before = text[: match.start()]
        if _DENIED_BEFORE.search(before[-120:]) or _IMAGING.search(match.group("noun")):
            continue
        if group == ASSOCIATIONS and not _LINKED_BEFORE.search(before[-60:]):
            continue  # "CT is helpful in diseases such as A": no link of A to the subject
        if not clause.own or _names_subject(clause, article):
            subject = clause.subject
        elif _EXPLANATION.match(clause.own):
            subject = clause.topic or article.title
        else:
            continue
        members = _EXAMPLES_END.split(text[match.end() :], maxsplit=1)[0]
        for item in _shared_noun_of_adjectives(split_noun_phrases(members)):
            yield _Relation(group, subject, item)


# "Visual disturbance and headache may accompany them": what accompanies the paragraph's
# condition, named by a pronoun, is how it presents.
_ACCOMPANY = re.compile(
    r"^(?P<members>[A-Z][^,;:()]{2,160}?)\s(?:(?:may|can|often|commonly|frequently|usually)\s)?"
    r"(?:also\s)?accompan(?:y|ies)\s(?:them|it|this|these)\b"
)


def _accompanying(article: Article, clause: Clause) -> Iterator[_Relation]:
    if "accompan" not in clause.sentence.text:
        return  # fail fast
    match = _ACCOMPANY.match(clause.sentence.text)
    if match is None:
        return
    # ("endocrine dysfunction such as precocious puberty": the example is read by _examples)
    members = split_noun_phrases(match.group("members"))
    for item in _shared_noun_of_adjectives(members):
        yield _Relation(PRESENTATIONS, clause.topic or article.title, item)


# "Recognised risk factors include A, B and C", "Less common susceptibility genes include A
# and B", "Other common presentations are A and B": the relation is the sentence's opening
# noun phrase (the clause reader stops it at the verb), its members follow the verb.
_RELATION_NOUNS = (
    (RISK_FACTORS, r"risk\s+factors|predisposing\s+(?:factors|conditions)"),
    (COMPLICATIONS, r"complications"),
    (CAUSES, r"causes|aetiologies|etiologies"),
    (
        ASSOCIATIONS,
        r"associations|associated\s+(?:conditions|syndromes|disorders|anomalies)|"
        # "Paraneoplastic syndromes are frequent; they include …", "Extraintestinal
        # manifestations …. They include …"
        r"paraneoplastic\s+syndromes|extra-?[a-z]{4,15}\s+manifestations|"
        # "Extracranial anomalies include …", "Skeletal abnormalities include …": a kind of
        # anomaly the condition comes with (a qualifier must name the kind: _KIND_OF_ANOMALY)
        r"anomalies|abnormalities|malformations|defects",
    ),
    (
        PROGNOSTIC,
        r"(?:adverse|poor|unfavou?rable|negative)\s+(?:prognostic\s+)?(?:factors|features|"
        r"indicators)|high[\s-]risk\s+features",
    ),
    (GENETICS, r"susceptibility\s+genes|genetic\s+(?:causes|associations)"),
    (CONTRAINDICATIONS, r"contraindications"),
    (
        PRESENTATIONS,
        r"(?:presenting\s+)?(?:symptoms|complaints)|presentations|presenting\s+features|"
        r"clinical\s+(?:features|presentations)",
    ),
)
_RELATION_OPENING = re.compile(
    r"^(?:the\s+)?(?P<qualifiers>(?:(?:two|three|four|five|other|main|major|dominant|"
    r"predominant|leading|key|chief|strongest|recogni[sz]ed|known|established|"
    r"important|common|commonest|less|more|most|rare|rarer|uncommon|additional|further|"
    r"well[\s-]recogni[sz]ed|typical|usual|classic|clinical|principal|late|early|acute|"
    r"chronic|serious|potential|frequent|associated|modifiable|environmental|hereditary|"
    r"inherited|[a-z]+-related|[a-z]{3,20}(?:al|ic|ac|ar|ive|ous|ary))\s+){0,3})"
    rf"(?P<noun>{'|'.join(f'(?:{p})' for _, p in _RELATION_NOUNS)})"
    r"(?:\s+(?:of|for|in|to)\s+(?P<of>[^,;:()]{3,60}?))?"
    # "Risk factors besides prematurity include …": the one set apart is a member too
    r"(?:,?\s+(?:besides|other\s+than|apart\s+from|in\s+addition\s+to|as\s+well\s+as)\s+"
    r"(?P<besides>[^,;:()]{3,60}?),?)?"
    # "Complications result from bone erosion and include …"
    r"(?:\s+(?:result|arise|stem|follow|occur)s?\s+[^,;:()]{3,60}?\s+and)?\s+"
    r"(?:include|includes|are|comprise|consist\s+of)\s*:?\s+(?P<members>[^:;]+)"
    # "…, and intracranial infection: meningitis or abscess": the last member's own members
    r"(?::\s+(?P<more>[^:;]+))?$",
    re.I,
)
# The relation noun phrase a sentence opens on, with no verb yet ("Complications result …").
_RELATION_NOUN_PHRASE = re.compile(
    _RELATION_OPENING.pattern[: _RELATION_OPENING.pattern.index("(?:\\s+(?:of|for|in|to)")]
    + r"(?=\s|$)",
    re.I,
)
_RELATION_NOUN_GROUPS = tuple(
    (group, re.compile(rf"^(?:{p})$", re.I)) for group, p in _RELATION_NOUNS
)


def _relation_opening(article: Article, clause: Clause) -> Iterator[_Relation]:
    """Members of a relation the sentence opens on ("Recognised risk factors include …")."""
    # "…; bulk-related symptoms include A and B": a clause after a semicolon opens anew
    parts = clause.sentence.text.split(";")
    for index, part in enumerate(parts):
        they = _THEY_INCLUDE.match(part.strip())
        if they:
            # "Paraneoplastic syndromes are frequent; they include A and B", "Extraintestinal
            # manifestations occur in a third. They include A and B": the relation is the
            # noun phrase the clause or sentence before opens on
            before = parts[index - 1] if index else _sentence_before(clause.sentence)
            named = _RELATION_NOUN_PHRASE.match(before.strip())
            if named:
                yield from _opening_members(
                    article, clause, f"{named.group(0)} include {part.strip()[they.end() :]}"
                )
            continue
        if (
            index == 0
            and not clause.own
            and not _BESIDES.search(part)
            and not _RELATION_NOUN_PHRASE.match(part.strip())
        ):
            continue  # an opening the clause reader took as generic is searched by _after
        yield from _opening_members(article, clause, part.strip())


# "A, B and Stauffer syndrome, a reversible hepatic dysfunction": an apposition after the
# last member describes it; it names no member of its own.
_FINAL_APPOSITION = re.compile(
    r"^(?P<keep>[^;:]{0,300}?\s(?:and|or)\s[^,;:()]{2,60}),\s+(?:an?|the)\s.*$", re.S
)


def _without_final_apposition(members: str) -> str:
    return _FINAL_APPOSITION.sub(r"\g<keep>", members, count=1)


_THEY_INCLUDE = re.compile(r"^(?:they|these)\s+(?:also\s+)?include\s+", re.I)


def _sentence_before(sentence: Sentence) -> str:
    """The sentence before this one in its paragraph ("" when it opens the paragraph)."""
    at = sentence.paragraph.find(sentence.text)
    if at <= 0:
        return ""
    return re.split(r"(?<=[.!?])\s+", sentence.paragraph[:at].strip())[-1]


_BESIDES = re.compile(r"\s(?:besides|other\s+than|apart\s+from|in\s+addition\s+to)\s", re.I)


_ANOMALIES = re.compile(r"^(?:anomalies|abnormalities|malformations|defects)$", re.I)


def _opening_members(article: Article, clause: Clause, text: str) -> Iterator[_Relation]:
    match = _RELATION_OPENING.match(text)
    if match is None or _NEGATED.search(match.group("qualifiers")):
        return
    noun = re.sub(r"\s+", " ", match.group("noun"))
    if _ANOMALIES.match(noun) and not match.group("qualifiers"):
        return  # "Anomalies include …": of what, the sentence does not say
    group = next(g for g, pattern in _RELATION_NOUN_GROUPS if pattern.match(noun))
    of = match.group("of")
    subject = _canonical(article, of) if of else clause.topic or article.title
    members = _NEW_CLAUSE.split(match.group("members"), maxsplit=1)[0]
    members = _without_final_apposition(members)
    items = split_noun_phrases(members)
    if match.group("more") and match.group("more") != match.group("members"):
        more = _NEW_CLAUSE.split(match.group("more"), maxsplit=1)[0]
        items += split_noun_phrases(_without_final_apposition(more))
    items = _shared_noun_of_adjectives(items)
    if items and match.group("besides"):
        items = [*split_noun_phrases(match.group("besides")), *items]
    if group == PRESENTATIONS and any(_IMAGING.search(i) for i in items):
        return
    for item in items:
        yield _Relation(group, subject, item)


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


def _risk_changes(article: Article, clause: Clause) -> Iterator[_Relation]:
    if " risk" not in clause.sentence.text:
        return  # fail fast
    text = _ASIDE_COMMAS.sub("", clause.sentence.text)
    for match in _RISK_CHANGE.finditer(text):
        own = match.group("own")
        if _NEGATED.search(text[: match.start("own")]) or re.search(
            r"\b(?:not|no|never)\b", own, re.I
        ):
            continue
        if _names_subject_phrase(own, clause, article) or own.split()[0].lower() in _PRONOUNS:
            continue  # "It is associated with an increased risk of Y": Y is a complication
        of = match.group("of")
        subject = _risk_subject(article, of) if of else clause.topic or article.title
        group = PROTECTIVE if match.group("change").lower() in _LOWER else RISK_FACTORS
        for member in split_noun_phrases(own) if " and " in own else [own.strip()]:
            if not same_name(member, subject):
                yield _Relation(group, subject, member)


_PRONOUNS = frozenset({"it", "they", "this", "these", "those", "such", "there", "patients"})


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


def _aside_members(article: Article, clause: Clause) -> Iterator[_Relation]:
    if clause.own or not _ASIDE_COMMAS.search(clause.sentence.text):
        return
    match = _ASIDE_MEMBER.match(_ASIDE_COMMAS.sub("", clause.sentence.text))
    if match is None or _names_subject_phrase(match.group("own"), clause, article):
        return
    group = _ASIDE_GROUPS[re.sub(r"\s+", " ", match.group("noun").lower())]
    yield _Relation(group, clause.topic or article.title, match.group("own").strip())


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


def _occurs_in_syndrome(article: Article, clause: Clause) -> Iterator[_Relation]:
    if " in " not in clause.sentence.text or not _SYNDROME_HINT.search(clause.sentence.text):
        return  # fail fast
    text = clause.sentence.text
    for match in _OCCURS_IN_SYNDROME.finditer(text):
        own = re.sub(r"^(?:the|a|an)\s+", "", match.group("own"), flags=re.I)
        if not (is_condition_name(own) or _names_subject_phrase(own, clause, article)):
            # "Symptoms occur in …", "They occur in …", "Tumours never occur in …" (the
            # phrase then ends on "never"): no condition of its own
            continue
        yield _Relation(ASSOCIATIONS, _canonical(article, own), match.group("member").strip())


# "A sausage-shaped mass may be palpable", "a bruit may be heard": what the examining hand
# or ear finds is how the topic presents.
_ON_EXAMINATION = re.compile(
    r"^(?:(?:may|can|is|are)\s+(?:often\s+|usually\s+|sometimes\s+|occasionally\s+|also\s+)?"
    r"(?:be\s+)?)(?:palpable|palpated|felt|heard|audible)\b",
    re.I,
)


def _on_examination(article: Article, clause: Clause) -> Iterator[_Relation]:
    if not clause.own or not _ON_EXAMINATION.match(clause.rest):
        return
    own = re.sub(r"^(?:an?|the)\s+", "", clause.own, flags=re.I)
    if (
        _names_subject_phrase(clause.own, clause, article)
        or _is_title_head(own, article)
        or _PRONOUNS & {own.split()[0].lower()}
    ):
        return  # "The tumour is palpable": a feature of the subject, not a presentation
    yield _Relation(PRESENTATIONS, clause.topic or article.title, own)


def _names_subject_phrase(phrase: str, clause: Clause, article: Article) -> bool:
    names = (clause.topic, article.title, *article.synonyms)
    return any(n and same_name(phrase, n) for n in names)


def _is_title_head(phrase: str, article: Article) -> bool:
    """ "the aneurysm" in an article on abdominal aortic aneurysm."""
    return article.title.lower().endswith(" " + phrase.lower().strip())


def _risk_subject(article: Article, of: str) -> str:
    """ "an aneurysm" in an article on abdominal aortic aneurysm is the title's condition."""
    bare = re.sub(r"^(?:an?|the)\s+", "", of.strip(" ."), flags=re.I)
    if bare.lower() in _PRONOUNS:
        return article.title  # "a lower risk of developing it"
    title = article.title.lower()
    if bare and (title.endswith(" " + bare.lower()) or same_name(bare, article.title)):
        return article.title
    return _canonical(article, bare)


# "The classic triad of headache, sweating and palpitations", "Vogt triad consists of A, B
# and C": a named set of clinical features, as many members as its name counts.
_TRIAD = re.compile(
    r"\b(?P<name>triad|tetrad|pentad)\s+(?:of|consists\s+of|comprises|comprising|includes|"
    r"is|(?:is\s+)?made\s+up\s+of)\s+:?\s*(?P<members>[^.;:()]{5,240})",
    re.I,
)
_TRIAD_SIZE = {"triad": 3, "tetrad": 4, "pentad": 5}


def _triads(clause: Clause) -> Iterator[_Relation]:
    if "ad " not in clause.sentence.text:
        return  # no "triad", "tetrad" or "pentad": fail fast
    for match in _TRIAD.finditer(clause.sentence.text):
        before = clause.sentence.text[: match.start()]
        items = _shared_noun_of_adjectives(split_noun_phrases(match.group("members")))
        if _NEGATED.search(before) or any(_IMAGING.search(i) for i in items):
            continue  # an imaging triad is no presentation
        if len(items) == _TRIAD_SIZE[match.group("name").lower()]:
            for item in items:
                yield _Relation(PRESENTATIONS, clause.topic or clause.subject, item)


# "Autoimmune conditions such as lupus and polymyositis are also over-represented": the
# named examples occur with the topic more often than chance.
_OVER_REPRESENTED = re.compile(
    r"^(?:[\w-]+\s+){1,4}(?:such\s+as|including)\s+(?P<members>[^.;:()]{3,160}?)\s+"
    r"(?:is|are)\s+(?:also\s+)?(?:over-?represented|more\s+(?:common|frequent|prevalent))\b",
    re.I,
)


def _over_represented(article: Article, clause: Clause) -> Iterator[_Relation]:
    if "represented" not in clause.sentence.text and " more " not in clause.sentence.text:
        return  # fail fast
    match = _OVER_REPRESENTED.match(clause.sentence.text)
    if match is None or (clause.own and _names_subject(clause, article)):
        return  # "Tumours such as X are more common in …": a comparison of the subject's kinds
    for item in split_noun_phrases(match.group("members")):
        yield _Relation(ASSOCIATIONS, clause.topic or article.title, item)


# "TSC1 is located on chromosome 9q34", "PKD1 on chromosome 16p13.3": a gene and its locus.
_GENE_LOCUS = re.compile(
    r"(?<![\w-])(?P<gene>[A-Z][A-Z0-9]{1,7})(?:\s+gene)?\s+(?:(?:is|are)\s+)?"
    r"(?:(?:located|mapped|found|situated)\s+)?on\s+(?:the\s+)?(?:short\s+|long\s+)?"
    r"(?:arm\s+of\s+)?chromosome\s+(?P<locus>\d{1,2}(?:[pq]\d{1,2}(?:\.\d{1,2})?)?|X|Y)\b"
)


def _gene_loci(clause: Clause) -> Iterator[_Relation]:
    if "chromosome" not in clause.sentence.text:
        return  # fail fast
    text = clause.sentence.text
    for match in _GENE_LOCUS.finditer(text):
        if not _NEGATED.search(text[: match.start()]):
            # "TSC1 is located on …" opens the sentence: the gene is the topic's
            gene = match.group("gene")
            subject = clause.topic if same_name(clause.own, gene) else clause.subject
            yield _Relation(GENETICS, subject, f"{gene} (chromosome {match.group('locus')})")


# "Hereditary multiple exostoses is an autosomal dominant condition", "inheritance is
# autosomal dominant", "inherited in an X-linked recessive fashion": the mode of inheritance.
_INHERITANCE = re.compile(
    r"(?:\binheritance\s+is\s+|\binherited\s+(?:in\s+|as\s+)?(?:an?\s+)?|"
    r"^(?:is|are)\s+(?:an?\s+)?)"
    r"(?P<mode>autosomal[\s-]+(?:dominant|recessive)|X-linked(?:\s+(?:dominant|recessive))?)\b",
    re.I,
)
_INHERITANCE_OWN = re.compile(
    r"^(?:the\s+)?(?:inheritance|transmission|mode\s+of\s+inheritance)$", re.I
)


def _inheritance(article: Article, clause: Clause) -> Iterator[_Relation]:
    if "utosomal" not in clause.sentence.text and "linked" not in clause.sentence.text:
        return  # fail fast
    own_is_mode = bool(_INHERITANCE_OWN.match(clause.own))
    if clause.own and not own_is_mode and not _names_subject(clause, article):
        return  # "The recessive form is autosomal recessive": another condition's
    text = clause.sentence.text if own_is_mode else clause.rest
    for match in _INHERITANCE.finditer(text):
        if not _NEGATED.search(text[: match.start()]):
            mode = re.sub(r"[\s-]+", " ", match.group("mode").lower()).replace(
                "x linked", "X-linked"
            )
            subject = clause.topic if own_is_mode else clause.subject
            yield _Relation(GENETICS, subject or article.title, mode)


def _names_subject(clause: Clause, article: Article) -> bool:
    names = (clause.subject, article.title, *article.synonyms)
    return any(same_name(clause.own, name) for name in names)


_PROCEDURE = re.compile(
    r"^(?:(?:the|its|their)\s+)?(?:treatment|surgery|resection|biopsy|therapy|radiotherapy|"
    r"chemotherapy|embolisation|embolization|intervention|repair|reduction|excision|"
    r"ablation|drainage|screening|splinting|bracing|casting|stenting|grafting|irradiation|"
    r"transplantation|catheteri[sz]ation)$",
    re.I,
)


_FOLLOWED_BY = re.compile(
    r",\s(?:(?:often|usually|sometimes|frequently|commonly|typically|then)\s)?"
    r"(?:followed|accompanied)\sby\s(?P<members>[^;:]{3,300})"
)


def _before(article: Article, clause: Clause) -> Iterator[_Relation]:
    if not clause.own:
        return
    for group, pattern in _MEMBER_BEFORE:
        match = pattern.search(clause.rest)
        if match:
            of = match.groupdict().get("of")
            # without "for Y", the risk factor or complication is the paragraph topic's
            subject = _canonical(article, of) if of else clause.topic
            if of and _PROCEDURE.match(of.strip()):
                # "the most serious complication of treatment": the topic's treatment
                subject = f"{of.strip()} of {_lower_first(clause.topic or article.title)}"
            # "A previous tumour and a family history increase the risk": two members
            members = split_noun_phrases(clause.own) if " and " in clause.own else []
            for member in members if len(members) > 1 else [clause.own]:
                yield _Relation(group, subject, member)
            # "X is the most important risk factor, followed by A and B", "X and Y are the
            # commonest symptoms, often accompanied by A and B": more members of the relation
            more = _FOLLOWED_BY.match(clause.rest, match.end() - 1)
            for member in split_noun_phrases(more.group("members")) if more else []:
                yield _Relation(group, subject, member)


# One of these opens every genetic pattern's key word: a sentence without any fails fast.
_GENETIC_HINT = re.compile(
    r"mut|wild|amplif|delet|fusion|rearrang|methyl|overexpress|loss|gain|polymorph|HLA-|"
    r"somy|t\(",
    re.I,
)


_SYMBOL_AFTER_GENE = re.compile(r"\s{1,3}\(?(?P<symbol>[A-Z][A-Z0-9]{1,7})\b(?![a-z-])")


def _genetics(text: str) -> Iterator[str]:
    if not _GENETIC_HINT.search(text):
        return
    for pattern in _GENETIC:
        for match in pattern.finditer(text):
            if _NEGATED.search(text[: match.start()]) or _FOLLOWED_BY_NAME.match(
                text[match.end() :]
            ):
                continue
            found = match.groupdict()
            if found.get("whole"):
                yield found["whole"]
                continue
            what = re.sub(r"\s+", " ", found["what"].lower())
            what = _GENETIC_FORMS.get(what.replace("wild-type", "wildtype"), what)
            name = found.get("gene") or found.get("arm") or ""
            symbol = _SYMBOL_AFTER_GENE.match(text, match.end())
            if symbol and name.islower():
                # "mutations in the chloride channel gene CLCN7": the symbol names the gene
                name = symbol.group("symbol")
            if found.get("arm") and not re.search(r"[pq]", name):
                name = f"chromosome {name}"
            for gene in re.findall(r"[A-Z][A-Z0-9]{1,7}", found.get("genes") or ""):
                yield f"{gene} {what}"  # "TRAF7, KLF4 or SMO mutations": one per gene
            yield f"{name} {what}"


def genetic_features(text: str) -> list[str]:
    """The genetic features a phrase names ("due to RET mutations" → "RET mutation")."""
    return list(dict.fromkeys(_genetics(text)))


# "mutations affect the genes encoding beta-myosin heavy chain (MYH7) or troponin T (TNNT2)"
_GENES_ENCODING = re.compile(
    r"\b(?:mutations?|variants?)\b[^.;]{0,60}?\bgenes?\s+(?:encoding|coding\s+for|for)\s+", re.I
)
_SYMBOL_IN_PARENTHESES = re.compile(r"\((?P<gene>[A-Z][A-Z0-9]{1,7})\)")


def _named_genes(text: str) -> Iterator[str]:
    match = _GENES_ENCODING.search(text)
    if match is None or _NEGATED.search(text[: match.start()]):
        return
    for gene in _SYMBOL_IN_PARENTHESES.finditer(text, match.end(), match.end() + 240):
        yield f"{gene.group('gene')} mutation"


def _presentation(clause: Clause) -> Iterator[str]:
    """ "The usual presentation is a painless, slowly enlarging lump": the phrase as one
    presentation (its commas join adjectives, not members), cut where a comment begins."""
    match = _PRESENTATION_IS.match(clause.sentence.text)
    if not match or _IMAGING.search(match.group("what")):
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


def _types(clause: Clause) -> Iterator[str]:
    for match in _TYPES.finditer(clause.rest):
        items = split_noun_phrases(clause.rest[match.end() :])
        count = match.group("count") or match.group("count2")
        expected = _COUNTS.get(count.lower(), 0) if count else 0
        if count and count.isdigit():
            expected = int(count)
        if len(items) >= 2 and (not expected or expected == len(items)):
            yield from _shared_noun(items)


def _shared_noun(items: list[str]) -> list[str]:
    """ "osteoblastic, chondroblastic and fibroblastic variants": the last name's noun is
    shared by the single words before it, and is not part of the last type's name."""
    *first, last = items
    words = last.split()
    if len(words) == 2 and all(len(i.split()) == 1 for i in first) and _CLASS_NOUN.match(words[1]):
        return [*first, words[0]]
    return items


_ABSENT = re.compile(
    r"^(?:is|are)\s+(?:\w+ly\s+)?(?:absent|lacking|not\s+(?:found|seen|present|detected))\b",
    re.I,
)


def _relations(article: Article, clause: Clause) -> Iterator[_Relation]:
    found = (
        *_after(article, clause),
        *_before(article, clause),
        *_caused_symptoms(article, clause),
        *_features_that_occur(article, clause),
        *_clinical_features(article, clause),
        *_patients_have(article, clause),
        *_fronted_presentation(article, clause),
        *_mass_effects(article, clause),
        *_long_risk_factors(article, clause),
        *_relation_opening(article, clause),
        *_listed_before(article, clause),
        *_there_is_a_risk(article, clause),
        *_examples(article, clause),
        *_accompanying(article, clause),
        *_risk_changes(article, clause),
        *_triads(clause),
        *_aside_members(article, clause),
        *_on_examination(article, clause),
        *_occurs_in_syndrome(article, clause),
        *_over_represented(article, clause),
        *_inheritance(article, clause),
    )
    for relation in found:
        # "Tuberous sclerosis is associated with angiomyolipomas", in the angiomyolipoma
        # article: the association is the article's, its member the sentence's subject.
        if clause.own and _canonical(article, relation.item) == article.title:
            if relation.group == ASSOCIATIONS and not same_name(clause.own, article.title):
                yield _Relation(ASSOCIATIONS, article.title, clause.own)
            continue
        if not same_name(relation.item, relation.subject):
            yield relation
    for item in _presentation(clause):
        yield _Relation(PRESENTATIONS, clause.subject, item)
    # "Secondary cysts follow trauma or surgery": what the condition arises after
    follower, events = followed_events(article, clause.sentence.text)
    for item in events:
        yield _Relation(CAUSES, follower, item)
    # "Tumours that invade the hepatic veins include A and B", "the organisms include …"
    relation_name, owner, members = class_members(article, clause.sentence.text)
    for item in members:
        yield _Relation(relation_name, owner, item)
    # a case page's presentation note: the complaints of the page's diagnosis
    for item in presenting_complaints(clause.sentence.section.heading, clause.sentence.text):
        yield _Relation(PRESENTATIONS, article.title, item)
    yield from _gene_loci(clause)
    # "Activating mutations of the KIT gene are found in 80%": the gene opens the sentence
    own = clause.own if clause.own and not is_condition_name(clause.own) else ""
    # ("Loss of EXT1 function has been shown in solitary lesions": a loss of function is
    # shown somewhere, not a feature of the subject)
    opening = [g for g in _genetics(own) if not g.endswith(" loss")]
    if _ABSENT.match(clause.rest):
        opening = []  # "USP6 rearrangement is absent in secondary ABC": whose it is not
    for item in (*opening, *_genetics(clause.rest), *_named_genes(clause.rest)):
        yield _Relation(GENETICS, clause.subject, item)
    for item in _types(clause):
        yield _Relation(TYPES, clause.subject, item)


# What names no member to learn: a count without names ("several syndromes", "one of two
# genes"), a clause cut at its pronoun ("the deletion syndrome they"), a bare judgement of
# frequency ("Complications are uncommon but …").
_NO_MEMBER = re.compile(
    r"^(?:(?:several|various|many|numerous|a\s+number\s+of|a\s+variety\s+of|"
    r"a\s+range\s+of|other|some)\s+[\w-]+(?:\s+[\w-]+)?$"
    r"|(?:un)?common|rare|frequent|infrequent|unusual|important|well[\s-]known)$"
    r"|\bone\s+of\s+(?:two|three|four|five|several|many|\d)\b"
    r"|\s(?:they|it|them|these|those|this|which)$"
    # "develops in 25-50% of patients with X": a share of a population, not a member
    r"|\d\s{0,2}%\s{1,3}of\s"
    # "associated with a good prognosis": an outcome, not a cause, gene or presentation
    r"|^(?:an?\s)?(?:good|poor|better|worse|excellent|favou?rable|unfavou?rable|dismal)\s"
    r"(?:prognosis|outcomes?|survival)\b"
    # "the leading cause of death in adults": a rank of the subject, not a member
    r"|^(?:the\s)?(?:leading|main|major|principal|commonest|most\s+common|(?:second|third)"
    r"(?:\s+most\s+common)?)\s+causes?\s+of\b"
    # "a negative effusion cytology": a test that found nothing names nothing to learn
    r"|^(?:an?\s)?(?:negative|normal|non-?diagnostic|unremarkable)\s(?:[\w-]+\s){0,2}"
    r"(?:cytology|biopsy|biopsies|cultures?|serology|tests?|results?|studies|study|work-?up)$",
    re.I,
)


def names_a_member(item: str) -> bool:
    """Whether a relation's item names something a card can ask for (see ``_NO_MEMBER``)."""
    return not _NO_MEMBER.search(item.strip())


def _other_owner(text: str, item: str, article: Article) -> str:
    """The other condition a sentence sets apart before the relation's member, or ""."""
    at = text.lower().find(item.lower().split()[0]) if item.split() else -1
    return other_condition_of(
        text, at if at >= 0 else len(text), (article.title, *article.synonyms)
    )


# "…, whereas adults more often present with hypogonadism": a clause about a group of
# patients, after a contrast, states the paragraph's condition in that group, not what the
# first clause opened on ("growth failure … is the commonest presentation in children").
_PEOPLE_CONTRAST = re.compile(
    r"(?:,\s{0,3}(?:whereas|while|but)|;\s{0,3}(?:whereas|while|but)?)\s{1,3}(?:in\s)?"
    r"(?:(?:older|younger|elderly|adult|most|many|some|affected)\s)?"
    r"(?:adults|children|infants|neonates|adolescents|patients|women|men|girls|boys)\b",
    re.I,
)


# "…, whereas the teratological form develops in …": a clause about another thing that
# the clause reader could not take as a name.
_THING_CONTRAST = re.compile(
    r"(?:,\s{0,3}(?:whereas|while)|;\s{0,3}(?:whereas|while)?)\s{1,3}(?:the|a|an)\s", re.I
)


def _contrasted_subject(article: Article, clause: Clause, relation: _Relation) -> str:
    """The subject of the clause a relation's member stands in, when a contrast ("whereas",
    "while", "but", ";") starts another clause before it; else the relation's own."""
    if relation.subject != clause.subject:
        return relation.subject  # the relation chose its subject itself
    text = clause.sentence.text
    at = text.lower().find(relation.item.lower())
    if at < 0:
        return relation.subject
    own = clause.subject_at(at)
    if own != clause.subject:
        return own  # "…; sarcomatoid tumours are also associated with …"
    if clause.own and _PEOPLE_CONTRAST.search(text, 0, at):
        return clause.topic or article.title
    if clause.own and _THING_CONTRAST.search(text, 0, at):
        return ""  # "A occurs in X, whereas the other form develops in Y": Y is not A's
    return relation.subject


def extract_prose_associations(article: Article) -> Iterator[Fact]:
    """One fact per member of a relation a sentence states: "associated with A and B",
    "prior irradiation is a risk factor", "IDH-mutant", "presents with painless jaundice",
    "divided into type A and type B"."""
    for clause in iter_clauses(article):
        for found in _relations(article, clause):
            if not names_a_member(found.item):
                continue
            contrasted = _contrasted_subject(article, clause, found)
            if not contrasted:
                continue
            # "presents with a short history", "are found in 30%": shapes that name no member
            member = member_repaired(found.item, found.group)
            if not member:
                continue
            relation = _Relation(found.group, contrasted, member)
            # "More than nine in ten tumours carry …": the share is no part of the subject
            subject = subject_without_share(relation.subject, article.title)
            if subject == article.title:
                # "Turcot syndrome, in contrast, is associated with …": the other's relation
                subject = _other_owner(clause.sentence.text, relation.item, article) or subject
            yield make_fact(
                FactKind.ASSOCIATION,
                article,
                clause.sentence.section,
                clause.sentence.text,
                # keyed as the list extractor keys the article's own relations, so one
                # member stated in a list and in prose is one fact
                key=(
                    (relation.group, relation.item)
                    if subject == article.title
                    else (subject, relation.group, relation.item)
                ),
                subject=subject,
                group=relation.group,
                item=relation.item,
                value="",
                statement=clause.sentence.text,
            )
