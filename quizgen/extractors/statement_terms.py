"""General key terms of statement sentences that no linked or named term marks.

Read from sentences nobody here wrote, a testable sentence often holds no link, number or
named sign, yet names one thing a cloze can blank: an anatomical structure from a closed
list of anatomy heads ("the interatrial septum", "the foramen of Monro", "the internal
maxillary artery"), a drug by its class ending ("imatinib", "denosumab"), a gene or protein
symbol with its word ("the VHL gene"), a chromosome arm ("chromosome 17q"), or the treatment
a sentence prescribes ("is treated with thoracic endovascular repair"; after "is reserved
for" comes the indication, not the treatment). Each pattern is
bounded so that it scans a sentence once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.extractors.statement_absence import absence_term

__all__ = [
    "GeneralTerm",
    "copula_complement",
    "fallback_terms",
    "general_terms",
    "grammar_terms",
    "marker_terms",
    "widen_treatment",
]

# Closed list of anatomy heads: organs' parts, spaces, vessels, layers and tissues.
_ANATOMY_HEAD = (
    r"(?:ventricles?|foramen|foramina|atri(?:um|a)|septum|septa|lobes?|lobules?|arter(?:y|ies)|"
    r"veins?|nerves?|fossae?|fissures?|canals?|sinus(?:es)?|ducts?|glands?|cortex|medulla|"
    r"cavity|cavities|walls?|plexus|trunk|bundles?|valves?|membranes?|capsule|cartilage|"
    r"epithelium|endothelium|parenchyma|pulp|mucosa|submucosa|serosa|muscularis propria|"
    r"marrow|metaphysis|diaphysis|"
    r"epiphysis|physis|hilum|lumen|ligaments?|tendons?|fascia|recess|ostium|surface|"
    r"layers?|stroma|space|zones?|quadrant|segments?|cells|appendage|roof|floor|plate|"
    # joints, airways, tracts and grey-matter parts ("the thoracolumbar junction", "the
    # biliary tree", "the patellofemoral joint", "the corticospinal tracts")
    r"junction|tree|joints?|menisc(?:us|i)|labr(?:um|a)|symphysis|bronch(?:us|i)|"
    r"bronchioles?|tracts?|nucle(?:us|i)|gyr(?:us|i)|sulc(?:us|i)|horns?|condyles?|pedicles?)"
)
# One or two adjectives of place or tissue before the head ("interatrial septum",
# "internal maxillary artery", "right upper quadrant").
_ADJECTIVE = (
    # "middle" and "deep" belong to the name ("the middle cranial fossa"): a blank that
    # leaves them outside splits the name
    r"(?:[a-z-]{3,30}(?:al|ar|ic|ior|ary|ory|ine|ous|oid|eal)|left|right|upper|lower|middle|"
    r"mid|deep|"
    r"first|second|third|fourth|fifth|sixth|"
    # nouns that name the tissue or system of a structure ("circular muscle layer", "bile duct")
    r"muscle|bile|lymph|blood|bone|growth|skull|skin|nerve|root|tendon)"
)
# The regex finds the head; the adjectives before it are read backwards word by word (a
# pattern of adjectives before every head would be tried at every word of every sentence).
_ANATOMY = re.compile(rf"(?<![\w-])(?:{_ANATOMY_HEAD}|margin)(?![\w-])")  # on lower case
_ADJECTIVE_WORD = re.compile(_ADJECTIVE, re.I)
MAX_ANATOMY_MODIFIERS = 3
_OF_PHRASE = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Za-z][a-z-]{2,30}(?:\s[a-z-]{3,30})?(?![\w-])", re.I
)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Za-z][a-z-]{2,30}(?![\w-])", re.I)
# Heads named by what they belong to alone: "the foramen of Monro", "the wall of the sac".
_OF_HEADS = frozenset(
    {"foramen", "foramina", "fossa", "canal", "sinus", "fissure", "cells", "layer", "zone"}
    | {"septum", "wall", "surface", "margin"}
)
# An organ or a part of a bone named as the place something lies, arises or spreads: "go
# chiefly to the liver", "arise in the metaphysis", "drain to the retroperitoneum".
_ORGAN = re.compile(
    r"\b(?:to|into|in|within|from|across|through|along)\s(?:the\s)?(?P<organ>liver|lungs?|"
    r"kidneys?|spleen|pancreas|brain|peritoneum|retroperitoneum|stomach|duodenum|jejunum|"
    r"ileum|small bowel|colon|rectum|bladder|uterus|ovar(?:y|ies)|prostate|thyroid|adrenals?|"
    r"heart|skin|pleura|pericardium|mediastinum|o?esophagus|gallbladder|testis|testes|"
    r"scrotum|orbit|sella|spinal cord|metaphysis|epiphysis|diaphysis|physis|pylorus|appendix|"
    r"caecum|cecum|mesentery|omentum|sacrum|skull base|calvarium|femur|tibia|humerus|fibula|"
    r"radius|ulna|ribs|scapula|vertebral bod(?:y|ies))(?![\w-])"
)
# A noun after the structure makes it a modifier: "facial nerve palsy", "cavernous sinus
# invasion" name the palsy or the invasion, not the structure.
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_FOLLOWERS = re.compile(
    r"^(?:of|in|at|on|to|and|or|with|from|into|is|are|was|were|may|can|which|that|but|by|"
    r"as|for|through|along|rather|than|whose|near|between|via|both)$"
)
# Adjectives that describe any structure rather than name one ("the posterior wall" of
# what?): the head needs a second adjective or an "of" phrase with them.
_VAGUE_ADJECTIVE = re.compile(
    r"^(?:anterior|posterior|distal|proximal|middle|mid|lateral|medial|superior|inferior|central|peripheral|internal|"
    r"external|normal|abnormal|typical|clear|stromal|neoplastic|tumoral|irregular|entire|"
    r"initial|partial|total|general|several|usual|regular|similar|cystic|solid|residual|"
    r"additional|original|local|regional|potential|minimal|focal|diffuse|various|radial|"
    r"left|right|upper|lower|thin|thick|inflammatory|reactive|malignant|benign|anomalous)$",
    re.I,
)
# A drug by its class ending: kinase inhibitors, antibodies, antibiotics, statins.
_DRUG = re.compile(
    r"(?<![\w-])[A-Za-z][a-z]{2,25}(?:tinib|fenib|lisib|ciclib|mab|limus|platin|rubicin|"
    r"penem|cillin|mycin|floxacin|cycline|azole|statin|parin|lutamide|tamide|trexate|"
    r"phosphonate|dronate)(?![\w-])"
)
# A gene or protein symbol named as one ("the VHL gene", "PRKAR1A mutations"), or a
# chromosome locus ("chromosome 17q", "12q14-15").
_GENE = re.compile(
    # the symbol may carry its alias in brackets: "CD99 (MIC2) expression"
    r"(?<![\w-])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,5})?(?:\s\([A-Z][A-Z0-9-]{1,9}\))?\s"
    r"(?:gene|genes|mutations?|protein|"
    r"deletion|rearrangement|fusion|amplification|expression)(?![\w-])"
    # a gene or protein by its name ("the beta-catenin gene"), a pathway or receptor by its
    # symbol ("the Wnt/APC pathway", "RANK ligand")
    r"|(?<![\w-])(?!(?:suppressor|candidate|causative|responsible|mutant|single|same|target|"
    r"driver|novel|fusion|disease|susceptibility|affected|normal|abnormal)\s)"
    r"[a-z][a-z0-9-]{3,25}\sgene(?![\w-])"
    r"|(?<![\w-])(?=[a-z]{0,3}[A-Z])[A-Za-z][A-Za-z0-9/-]{1,15}\s(?:signall?ing\s)?"
    r"(?:pathway|receptors?|ligand)"
    r"(?![\w-])"
    r"|(?<![\w-])chromosome\s\d{1,2}(?:[pq](?:\d{1,2}(?:\.\d{1,2})?(?:-\d{1,2})?)?)?(?![\w-])"
)
# The treatment a sentence prescribes: the noun phrase after "is treated with", "treatment
# of choice is", "is managed by", up to a comma or the end.
_TREATMENT = re.compile(
    r"\b(?:(?:is|are)\s(?:usually\s|often\s|typically\s|generally\s)?(?:treated|managed)\s"
    r"(?:with|by)|treatment of choice (?:is|remains)|(?:is|are|remains) the (?:treatment|"
    r"therapy|management) of choice for)\s"
    r"(?P<term>(?:[\w/-]{1,30}\s){0,5}[\w/-]{2,30}?)(?=\s?[,;.(]|\s(?:and|or|with|in|if|when|"
    r"because|unless|which)\b)",
    re.I,
)
# How a treatment is given, told by a closed set of manner adverbs after the verb: "may be
# treated endoscopically", "are managed conservatively". The adverb is the one answer.
_TREATED_HOW = re.compile(
    r"\b(?:treated|managed|removed|drained|repaired|excised|resected|extracted)\s"
    r"(?P<term>conservatively|surgically|endoscopically|percutaneously|medically|operatively|"
    r"non-?operatively|expectantly|laparoscopically|endovascularly|symptomatically|"
    r"arthroscopically|thoracoscopically|radiologically|hysteroscopically|cystoscopically)\b",
    re.I,
)
# What a sentence names by the role it gives it: "Muscle thickness is the most reliable single
# measurement", "CT is the mainstay of staging", "Germ cell neoplasia in situ is the precursor
# lesion". The subject is the blank; the role is the clue.
_ROLE = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s)?(?P<term>[A-Za-z0-9][\w/-]{0,30}(?:\s[\w/-]{1,30}){0,5}?)\s"
    r"(?:is|are|remains|represents)\s(?:(?:often|usually|now|still|generally|thus)\s)?"
    r"(?:the|a|an)\s(?:(?:[\w-]{1,30})\s){0,4}?"
    r"(?:mainstay|hallmark|cornerstone|precursor|(?P<head>feature|finding|sign|complication|"
    r"investigation|modality|examination|test|marker|measurement|cause|treatment|therapy|"
    r"procedure|risk factor|determinant|predictor|source|site|route|lesion))(?:s|es)?\b"
)
# The role must be singled out ("the key complication", "the most reliable measurement"), not
# merely one among many ("a feature", "an additional finding").
_SINGLED_OUT = re.compile(
    r"\b(?:key|main|principal|major|defining|characteristic|dominant|most|only|first-line|"
    r"standard|definitive|single|commonest|leading|chief|cardinal|classic)\b",
    re.I,
)
_ROLE_SUBJECT_VAGUE = re.compile(
    r"^(?:it|this|that|these|those|they|there|which|one|each|both|another|other|such|"
    r"imaging|diagnosis|treatment|management|surgery|the (?:tumou?r|lesion|mass|disease))\b",
    re.I,
)
# Who first described a disease and when: "First described by Wallmann in 1858", "the term
# was coined by Smith and Jones in 1972". The name and the year are the blanks; without the
# year "as described by Heller myotomy studies" names no one.
# The verb may take an adverb ("described histologically by"), the name a title and up to
# three words ("Sir James Paget", "Harvey Cushing") and an appositive of who they were
# (", an Austrian pathologist,") before the year.
_HISTORY = re.compile(
    r"\b(?:described|reported|introduced|named|coined|recogni[sz]ed|characteri[sz]ed|proposed|"
    r"populari[sz]ed)\s(?:(?:first|originally|[a-z]{3,20}ly)\s)?by\s"
    r"(?P<name>(?:(?:Sir|Dr\.?|Professor)\s)?[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2}"
    r"(?:\s(?:and|&)\s[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?)?(?:\set al\.?)?)"
    r"(?:,\s(?:an?|the)\s[a-zA-Z][\w -]{2,50},)?,?\s(?:in|during)\s(?P<year>1[5-9]\d\d|20[0-4]\d)\b"
)
# The same with the year first: "The term was coined in 1838 by the German physiologist
# Johannes Müller", "The link was established in 1960 by Wagner and colleagues". Who the
# person was ("the German physiologist") stands before the name and is no part of it.
_HISTORY_YEAR_FIRST = re.compile(
    r"\b(?:described|reported|introduced|named|coined|recogni[sz]ed|characteri[sz]ed|proposed|"
    r"populari[sz]ed|established|identified|discovered)\s(?:(?:first|originally|[a-z]{3,20}ly)\s)?"
    r"(?:in|during)\s(?P<year>1[5-9]\d\d|20[0-4]\d)\sby\s"
    r"(?:the\s(?:[A-Z][a-z]{2,20}\s)?[a-z]{3,30}\s)?"
    r"(?P<name>(?:(?:Sir|Dr\.?|Professor)\s)?[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,2}"
    r"(?:\s(?:and|&)\s[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?)?)(?![\w'’-])"
)
# Whom a disease is named after: "The disease is named after Burrill Bernard Crohn", "named
# after James Ewing, an American pathologist". The name (up to four capitalised words) is
# the blank.
# "named after the American audiologist Raymond Carhart", "after Richard von Volkmann": a
# nationality and a calling before the name are no part of it; a particle inside it is.
_NAMED_AFTER = re.compile(
    r"\b(?:named|called)\s(?:in\shonou?r\sof|after)\s(?:the\s)?"
    r"(?:(?:[A-Z][a-z]{2,20}(?:an|ish|ese|ch)|Greek|Swiss|Czech|Thai)\s"
    r"(?:[a-z][a-z-]{2,20}\s){1,2})?"
    r"(?P<name>[A-Z][\w'’-]{1,30}(?:\s(?:[A-Z]\.|[A-Z][\w'’-]{1,30}|(?:von|van|de|di|du|da|del|"
    r"der|la|le)(?=\s[A-Z]))){0,4})(?![\w'’-])"
)
# What a singled-out subject is: "The earliest visible lesion is the aphthous ulcer", "The
# commonest site of origin is the proximal femur". The subject names the question, so the
# complement (a short noun phrase up to the clause's end) is the blank.
_SINGLED_SUBJECT = re.compile(
    r"^The\s(?:(?:earliest|commonest|most\s(?:common|frequent|typical|usual|specific|sensitive|"
    r"reliable|important)|main|principal|chief|usual|typical|first|initial|only|definitive|"
    r"key|cardinal|defining)\s"
    r"(?:[a-z][\w-]{1,30}\s){0,4}?"
    # "The histological hallmark is …", "The imaging hallmark on CT is …": the noun singles
    r"|(?:[a-z][\w-]{1,30}\s){0,2}hallmarks?\s(?:(?:on|in)\s(?:[\w-]{1,30}\s){1,3}?)?)"
    r"(?:of\s(?:the\s)?[a-z][\w-]{1,30}\s)?(?:is|are|remains)\s"
    r"(?P<article>(?:the|an?)\s)?(?P<term>[\w'’-]{2,30}(?:\s[\w'’-]{2,30}){0,4}?)"
    # the noun phrase ends at the clause's end or where a participle qualifies it ("a
    # hypervascular mass centred in the carotid bifurcation")
    r"(?=\s?[,;.(]|\s(?:centred|centered|located|situated|arising|seen|found)\b"
    r"|\s[a-z]{3,20}ing\s(?:into|to|from|through|along|across|around|beyond)\b)"
)
# Where or in whom something peaks: "Incidence is highest in northern Europe", "The disease
# is most prevalent among young adult smokers". The place or group is the blank; the
# superlative alone ("highest") asks nothing.
_PEAKS_IN = re.compile(
    r"\b(?:is|are|remains?)\s(?:(?:\w+ly|also|now)\s)?(?:highest|lowest|greatest|commonest|"
    r"most\s(?:common|frequent|prevalent))\s(?:in|among)\s(?:the\s)?"
    r"(?P<term>[\w'’-]{2,30}(?:\s[\w'’-]{1,30}){0,5}?)(?=\s?[,;.(]|$)"
)
# A distinction the sentence draws: "fusiform rather than saccular", "displaces adjacent
# vessels rather than encasing them". The words just before "rather than" are the blank.
_RATHER_THAN = re.compile(r"(?<=\S)\s(?:rather than|instead of)\s", re.I)
_STOP_WORD = re.compile(
    r"^(?:a|an|the|is|are|be|been|was|were|to|of|in|on|at|by|with|and|or|but|as|most|more|"
    r"it|they|this|these|its|their|than|not|no|usually|often|typically|generally|"
    r"characteristically|typically|considered|regarded|thought)$|\w+ly$",
    re.I,
)
MAX_CONTRAST_WORDS = 3
MAX_CONTRAST_REACH = 200  # characters read back from "rather than": three words fit well
# A class or type of a classification: "class 1 and 2 disease", "Wan type I", "types A, AB
# and B1". Grades, stages and levels are the scale values of ``statements``.
_CLASS_LABEL = r"(?:[IVX]{1,4}[A-Ca-c]?|[0-9][A-Ca-c]?|AB|[A-C][0-9]?)"
_CLASS = re.compile(
    rf"(?<![\w-])(?:[Cc]lass(?:es)?|[Tt]ypes?)\s{_CLASS_LABEL}"
    # the word may come again before the next label: "type I and type IV cysts"
    rf"(?:(?:,\s|\s(?:and|or|to)\s)(?:[Cc]lass\s|[Tt]ype\s)?{_CLASS_LABEL}){{0,4}}(?![\w-])"
)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s", re.I)


# A laboratory test named by its specimen: "serum IgG4", "serum alkaline phosphatase",
# "urinary catecholamines", "plasma metanephrines". The specimen and the analyte (one or two
# words) are the blank.
_LAB_TEST = re.compile(
    r"(?<![\w-])(?:[Ss]erum|[Pp]lasma|[Uu]rinary|[Uu]rine|CSF)\s"
    r"(?P<analyte>[A-Za-z0-9β-][\w-]{1,25}(?:\s[A-Za-z0-9β-][\w-]{1,25})?)(?![\w-])"
)
_NOT_AN_ANALYTE = re.compile(
    r"^(?:is|are|was|were|may|can|should|must|level|levels|concentration|concentrations|test|"
    r"tests|testing|and|or|of|in|on|at|to|for|with|by|from|as|the|a|an|which|that|"
    r"markers?|analysis|studies|study|samples?|sampling|is|be|[a-z]+ly)$",
    re.I,
)
# An immunohistochemical or histochemical marker a tumour is positive for or expresses:
# a symbol with two capitals or digits ("CD34", "HMB-45", "NeuN", "PAS", "S100"), or a
# protein of a closed list whose name ends in -in ("synaptophysin", "desmin").
_MARKER = (
    r"(?:(?=[A-Za-z0-9-]{0,12}[A-Z0-9][a-z]{0,6}[A-Z0-9])[A-Z][A-Za-z0-9]{1,9}(?:-[A-Z0-9]{1,4})?"
    r"(?:/[0-9]{1,2})?"
    r"|(?:cyto)?keratins?|synaptophysin|chromogranin(?:\sA)?|desmin|vimentin|actin|myogenin|"
    r"calretinin|inhibin|glypican-3|thyroglobulin|calcitonin|β-catenin|beta-catenin|"
    r"podoplanin|mesothelin|myoglobin|melan-A|mucin|glycogen)"
)
_STAIN = re.compile(
    r"\b(?:(?:positive|negative|immunoreactive|immunopositive)\s(?:for|to)"
    r"|stains?\s(?:positively\s|strongly\s)?(?:for|with)|express(?:es|ing)?)\s"
    rf"(?:the\s)?(?P<marker>{_MARKER})(?![\w-])"
    rf"|(?<![\w-])(?P<prefixed>{_MARKER})-(?:positive|negative)(?![\w-])"
)


# The next member of a list of markers: "positive for calretinin, WT1, CK5/6 and D2-40".
_NEXT_MARKER = re.compile(rf"(?:,\s(?:and\s|or\s)?|\s(?:and|or)\s)(?P<marker>{_MARKER})(?![\w/-])")
MAX_MARKERS = 6


def marker_terms(sentence: str) -> Iterator[GeneralTerm]:
    """The markers a sentence says cells are positive for, stain for or express, each member
    of a list of them too (one blank of a list whose others are no blanks asks "which?")."""
    low = sentence.lower()
    if not ("positive" in low or "negative" in low or "stain" in low or "express" in low):
        return
    for match in _STAIN.finditer(sentence):
        group = "marker" if match.group("marker") else "prefixed"
        yield GeneralTerm(match.group(group), match.start(group), "marker")
        end = match.end(group)
        for _ in range(MAX_MARKERS):
            following = _NEXT_MARKER.match(sentence, end)
            if following is None:
                break
            yield GeneralTerm(following.group("marker"), following.start("marker"), "marker")
            end = following.end()


# What a sentence recommends: "Antiplatelet therapy (usually aspirin) is recommended for
# most patients", "Annual ultrasound surveillance is advised". The subject, a short noun
# phrase opening the sentence, is the blank.
_RECOMMENDED = re.compile(
    r"^(?:(?:the|an?)\s)?(?P<term>[A-Za-z][\w/-]{1,30}(?:\s[\w/-]{1,30}){0,4}?)"
    r"(?:\s\([^()]{1,40}\))?\s(?:"
    r"(?:is|are)\s(?:(?:usually|generally|now|often|also|still|not)\s)?"
    r"(?:recommended|advised|advocated|indicated|contraindicated|required)\b"
    # "Oestrogen-containing drugs should be avoided", "Progestin therapy may be offered to …",
    # "Lung transplantation is an option for end-stage disease"
    r"|(?:should|must|may|can)\s(?:(?:also|usually|generally|still|not)\s)?be\s"
    r"(?:avoided|offered|performed|considered|undertaken|obtained)\b"
    r"|(?:is|are)\s(?:an?\s)?(?:(?:established|accepted|effective|curative|further|"
    r"therapeutic|treatment|surgical)\s)?(?:option|alternative)s?\sfor\b)"
)
# Cheap substring tests before the pattern: most sentences hold none of these words.
_ADVICE_WORDS = (
    "recommended", "advised", "advocated", "indicated", "required", "avoided", "offered",
    "performed", "considered", "undertaken", "obtained", "option", "alternative",
)  # fmt: skip


# A treatment named by its head ("resection", "irradiation", "angioplasty"): the words before
# it that say which one ("gross total resection", "craniospinal irradiation", "percutaneous
# transluminal angioplasty", "bronchial artery embolisation") belong to its name, and the card
# that blanks the head alone asks a half-question.
_TREATMENT_HEAD = re.compile(
    r"(?:resection|irradiation|radiotherapy|chemotherapy|immunotherapy|embolisation|"
    r"embolization|angioplasty|ablation|drainage|excision|biopsy|[a-z]{3,}ectomy)$",
    re.I,
)
_TREATMENT_MODIFIER = re.compile(
    r"(?:gross|total|subtotal|near-total|partial|radical|maximal|safe|complete|wide|local|"
    r"limited|extended|en bloc|combined|adjuvant|neoadjuvant|definitive|palliative|systemic|"
    r"targeted|stereotactic|whole-brain|craniospinal|percutaneous|transluminal|transarterial|"
    r"endovascular|endoscopic|laparoscopic|open|surgical|image-guided|CT-guided|"
    r"ultrasound-guided|catheter-directed|core|fine-needle|excisional|incisional|"
    r"proton|external beam|fractionated|hypofractionated|intensity-modulated|balloon|needle|"
    # what is drained, embolised or removed: "cyst drainage", "bronchial artery embolisation"
    r"cyst|abscess|bronchial artery|hepatic artery|portal vein|uterine artery|"
    r"[a-z-]{3,25}(?:al|ar|ic|ous|eal))",
    re.I,
)
# Words with those endings that say nothing of which treatment it is.
_NOT_A_TREATMENT_MODIFIER = re.compile(
    r"^(?:initial|additional|optional|usual|potential|typical|clinical|general|original|"
    r"several|special|eventual|occasional|conventional|traditional|individual|external|"
    r"internal|medical|critical|essential|beneficial|successful|curative|therapeutic|"
    r"diagnostic|specific|prophylactic|repeated|various|previous|prior|further)$",
    re.I,
)
MAX_TREATMENT_MODIFIERS = 3


def widen_treatment(sentence: str, start: int, end: int) -> int:
    """Where a treatment term found at ``start:end`` begins once the words before it that
    name which treatment it is are read back (up to three): ``start`` when there are none."""
    if not _TREATMENT_HEAD.search(sentence, start, end):
        return start
    for _ in range(MAX_TREATMENT_MODIFIERS):
        before = sentence[max(0, start - 40) : start]
        found = re.search(r"(?:^|[\s(])((?:[\w-]+\s)?[\w-]+)\s$", before)
        if found is None:
            break
        words = found.group(1)
        # two words only when they are one modifier ("bronchial artery", "external beam")
        if " " in words and _TREATMENT_MODIFIER.fullmatch(words):
            start -= len(words) + 1
            continue
        word = words.split()[-1]
        if not _TREATMENT_MODIFIER.fullmatch(word) or _NOT_A_TREATMENT_MODIFIER.match(word):
            break
        start -= len(word) + 1
    return start


def _lab_tests(sentence: str) -> Iterator[GeneralTerm]:
    for match in _LAB_TEST.finditer(sentence):
        words = match.group("analyte").split()
        while words and _NOT_AN_ANALYTE.match(words[-1]):
            words.pop()
        if words and not _NOT_AN_ANALYTE.match(words[0]):
            text = sentence[match.start() : match.start("analyte")] + " ".join(words)
            yield GeneralTerm(text, match.start(), "lab")


def _tests_and_advice(sentence: str, low: str) -> Iterator[GeneralTerm]:
    """Laboratory tests by their specimen, and what the sentence recommends."""
    if "serum" in low or "plasma" in low or "urin" in low or "csf" in low:
        yield from _lab_tests(sentence)
    if "recommended" in low or "advised" in low or "advocated" in low or "indicated" in low:
        yield from _recommended(sentence)


def grammar_terms(sentence: str) -> Iterator[GeneralTerm]:
    """The term the sentence's own grammar singles out as its point: the subject of a
    singled-out role ("Bisphosphonates are the treatment of choice") or of a recommendation
    ("Annual MRCP surveillance is advised"). A sentence holding one asks for it, whatever
    other names it mentions on the way ("…, together with colonoscopy in those with colitis"),
    or the thing a sentence says is lacking ("There is no [specific treatment]")."""
    if (absent := absence_term(sentence)) is not None:
        # "There is no [evidence of infarction]": what is lacking is the fact, not a name in it
        yield GeneralTerm(absent[0], absent[1], "term")
        return
    low = sentence.lower()
    yield from _role(sentence)
    if any(w in low for w in _ADVICE_WORDS):
        yield from _recommended(sentence)


# What the advice applies to, not a thing advised: "Caution is required", "Care should be …".
_NO_ADVICE = re.compile(
    r"^(?:caution|care|attention|correlation|confirmation|further|additional|close|careful|"
    r"clinical|follow-up|consideration|vigilance|"
    # a subordinate clause opens, not a noun phrase ("Provided the child is stable, …")
    r"provided|if|when|once|unless|although|though|because|since|while|whereas|after|"
    r"before|in|on|at|for|with|during|by)\b"
    # a verb inside: the phrase ran on past its own predicate ("Radiographs are … and")
    r"|\b(?:is|are|was|were|be|been|has|have|had)\b",
    re.I,
)


def _recommended(sentence: str) -> Iterator[GeneralTerm]:
    match = _RECOMMENDED.match(sentence)
    if (
        match is not None
        and not _ROLE_SUBJECT_VAGUE.match(match.group("term"))
        and not _NO_ADVICE.search(match.group("term"))
    ):
        yield GeneralTerm(match.group("term"), match.start("term"), "treatment")


@dataclass(frozen=True, slots=True)
class GeneralTerm:
    """A key term found by shape: its words, where it starts in the sentence, its type."""

    text: str
    start: int
    type: str


def _modifiers(sentence: str, start: int) -> tuple[int, list[str]]:
    """The adjectives (up to three) just before ``start``, and where the first begins."""
    mods: list[str] = []
    while len(mods) < MAX_ANATOMY_MODIFIERS and start > 1 and sentence[start - 1].isspace():
        begin = end = start - 1
        while begin > 0 and (sentence[begin - 1].isalpha() or sentence[begin - 1] == "-"):
            begin -= 1
        word = sentence[begin:end]
        if not _ADJECTIVE_WORD.fullmatch(word) or (begin and _in_word(sentence[begin - 1])):
            break
        mods.insert(0, word)
        start = begin
    return start, mods


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _anatomy(sentence: str) -> Iterator[GeneralTerm]:
    reached = 0  # no structure inside one already taken; a refused one blocks nothing
    # a case-blind scan costs three times a scan of the lower-cased text (same offsets in ASCII)
    low = sentence.lower() if sentence.isascii() else sentence
    for found in _ANATOMY.finditer(low):
        if found.start() < reached:
            continue
        head = found.group(0).lower()
        start, mods = _modifiers(sentence, found.start())
        of = (_OF_PHRASE if mods else _OF_NAME).match(sentence, found.end())
        if not mods and (head not in _OF_HEADS or of is None):
            continue
        if mods and head == "margin":
            continue  # "margin" names a structure only with what it is the margin of
        end = of.end() if of else found.end()
        nxt = _NEXT_WORD.match(sentence, end)
        if nxt and not _FOLLOWERS.match(nxt.group(1)):
            continue  # "facial nerve palsy": the structure only qualifies the next noun
        specific = [m for m in mods if not _VAGUE_ADJECTIVE.match(m)]
        if mods and not specific and not of:
            continue  # "the posterior wall", "stromal cells": a part of nothing named
        if head == "cells" and len(mods) < 2 and not (mods and of):
            continue  # a cell named by one adjective describes, it does not name
        reached = end
        yield GeneralTerm(sentence[start:end], start, "anatomy")
    for match in _ORGAN.finditer(sentence):
        nxt = _NEXT_WORD.match(sentence, match.end())
        if nxt and not _FOLLOWERS.match(nxt.group(1)):
            continue  # "in the liver parenchyma": the organ qualifies the next noun
        yield GeneralTerm(match.group("organ"), match.start("organ"), "anatomy")


# Where a role clause that opens a sentence ends, when the sentence goes on: a comma,
# semicolon or colon, or a "but"/"whereas"/"although" that turns to another claim.
_CLAUSE_BREAK = re.compile(r"\s?[,;:]\s|\s(?:but|whereas|although|while)\s")


def role_clause_end(sentence: str) -> int | None:
    """Where the role clause that ``sentence`` opens on ends ("X is the mainstay of
    treatment|, and …"), or None when the sentence opens on none or is that clause alone."""
    match = _role_match(sentence)
    if match is None or not _THE_ROLE.search(match.group(0)):
        return None  # "X is a single lesion without …": a description, not the one role
    stop = _CLAUSE_BREAK.search(sentence, match.end())
    return stop.start() if stop else None


_THE_ROLE = re.compile(r"\s(?:is|are|remains|represents)\s(?:[a-z]+\s)?the\s")


def _role_match(sentence: str) -> re.Match[str] | None:
    """The role clause ``sentence`` opens on ("X is the mainstay of …"), or None."""
    match = _ROLE.match(sentence)
    # on the words as written too: "The tumour is the …" names no one thing
    if (
        match is None
        or _ROLE_SUBJECT_VAGUE.match(match.group("term"))
        or _ROLE_SUBJECT_VAGUE.match(sentence)
    ):
        return None
    role = sentence[match.end("term") : match.end()]
    of_choice = sentence.startswith(" of choice", match.end())
    if match.group("head") and not (_SINGLED_OUT.search(role) or of_choice):
        return None  # "X is a feature": one of many, the blank has no one answer
    return match


def _role(sentence: str) -> Iterator[GeneralTerm]:
    match = _role_match(sentence)
    if match is not None:
        yield GeneralTerm(match.group("term"), match.start("term"), "role")


def _contrasted(sentence: str) -> Iterator[GeneralTerm]:
    for match in _RATHER_THAN.finditer(sentence):
        before = sentence[max(0, match.start() - MAX_CONTRAST_REACH) : match.start()]
        clause = re.split(r"[,;:()]", before)[-1]
        words: list[str] = []
        for word in reversed(clause.split()):
            if _STOP_WORD.match(word) or len(words) == MAX_CONTRAST_WORDS:
                break
            words.insert(0, word)
        term = " ".join(words)
        if len(term) >= 4:
            yield GeneralTerm(term, match.start() - len(term), "contrast")


# Plain substrings each pattern needs (checked on the lower-cased sentence first: most
# sentences hold none, and a substring test costs far less than a pattern scan).
_DRUG_ENDINGS = (
    "nib", "lisib", "ciclib", "mab", "limus", "platin", "rubicin", "penem", "cillin",
    "mycin", "floxacin", "cycline", "azole", "statin", "parin", "amide", "trexate", "dronate",
    "phosphonate",
)  # fmt: skip
_GENE_WORDS = ("gene", "mutation", "protein", "deletion", "rearrangement", "fusion")
_GENE_WORDS_MORE = ("amplification", "expression", "chromosome", "pathway", "receptor", "ligand")


def _singled_or_named_after(sentence: str, low: str) -> Iterator[GeneralTerm]:
    """What a singled-out subject is ("The earliest finding is X"), and whom a thing is
    named after."""
    found = _SINGLED_SUBJECT.match(sentence)
    # after an article a participle is an adjective ("a thickened muscle"), no passive
    if (
        found is not None
        and (found.group("article") or not _NOT_A_COMPLEMENT.match(found.group("term").split()[0]))
        # "a generalised, symmetrical increase in …": one adjective of several, no noun phrase
        and not (" " not in found.group("term") and sentence.startswith(",", found.end("term")))
    ):
        yield GeneralTerm(found.group("term"), found.start("term"), "term")
    if "est " in low or "most " in low:
        for match in _PEAKS_IN.finditer(sentence):
            yield GeneralTerm(match.group("term"), match.start("term"), "term")
    if "named" in low or "called" in low:
        for match in _NAMED_AFTER.finditer(sentence):
            yield GeneralTerm(match.group("name"), match.start("name"), "eponym")


def _treatments(sentence: str, low: str) -> Iterator[GeneralTerm]:
    """The treatment a sentence prescribes, and how it is given ("treated endoscopically")."""
    if "treat" in low or "manag" in low or "choice" in low:
        for match in _TREATMENT.finditer(sentence):
            term = _LEADING_ARTICLE.sub("", match.group("term"))
            yield GeneralTerm(term, match.end("term") - len(term), "treatment")
    if "ly" in low:
        for match in _TREATED_HOW.finditer(sentence):
            yield GeneralTerm(match.group("term"), match.start("term"), "treatment")


def general_terms(sentence: str) -> Iterator[GeneralTerm]:
    """Key terms of ``sentence`` found by their shape, in the order their kinds are trusted."""
    low = sentence.lower()
    yield from _role(sentence)
    yield from _singled_or_named_after(sentence, low)
    if " by " in low:
        for match in _HISTORY.finditer(sentence):
            yield GeneralTerm(match.group("name"), match.start("name"), "eponym")
            yield GeneralTerm(match.group("year"), match.start("year"), "number")
        for match in _HISTORY_YEAR_FIRST.finditer(sentence):
            yield GeneralTerm(match.group("year"), match.start("year"), "number")
            yield GeneralTerm(match.group("name"), match.start("name"), "eponym")
    yield from _tests_and_advice(sentence, low)
    yield from _treatments(sentence, low)
    if any(w in low for w in _GENE_WORDS) or any(w in low for w in _GENE_WORDS_MORE):
        for match in _GENE.finditer(sentence):
            yield GeneralTerm(match.group(0), match.start(), "gene")
    if any(e in low for e in _DRUG_ENDINGS):
        for match in _DRUG.finditer(sentence):
            yield GeneralTerm(match.group(0), match.start(), "drug")
    yield from _anatomy(sentence)
    if "rather than" in low or "instead of" in low:
        yield from _contrasted(sentence)
    if "class" in low or "type" in low:
        for match in _CLASS.finditer(sentence):
            yield GeneralTerm(match.group(0), match.start(), "scale")


# --- Fallback blanks: what a well-formed sentence with no named term still asks -------------
# Read from blind writers' sentences that no term above marked ("Growth is slow", "The
# cavities contain unclotted blood", "T2 hypointensity indicates viscous contents", "The dog
# is the definitive host"): the sentence's own grammar says what it asks. Each shape reads
# the sentence's first clause only, and each blank is a short phrase.
_MODALITY_SUBJECT = re.compile(
    r"^(?:the\s)?(?P<term>(?:(?:chest|skull|plain|abdominal|catheter|conventional|Doppler|"
    r"colour|color|contrast-enhanced|non-contrast|unenhanced|multiphase|dynamic|cardiac|"
    r"whole-body|diffusion-weighted|transvaginal|transabdominal|endoscopic|high-resolution|"
    r"thin-section|dual-energy|perfusion)\s)?(?:ultrasound|sonography|echocardiography|CT|"
    r"MRI|MRA|CTA|MRCP|HRCT|EUS|ERCP|SPECT(?:[-/]CT)?|PET(?:[-/]CT)?|radiographs?|"
    r"radiography|plain films?|mammography|"
    r"fluoroscopy|scintigraphy|angiography|barium (?:studies|enema|swallow|meal)|"
    r"bone scans?|DWI|SWI|FLAIR|Doppler)(?:\s(?:imaging|images|studies|examination))?)\s"
    # "MRI can be misleading": a caution that says nothing of what the modality shows
    r"(?!(?:can|may|is|are)\s(?:\w+ly\s)?(?:be\s)?(?:misleading|difficult|challenging|"
    r"limited|problematic|confusing|unreliable)\b"
    # a small or no part ("MRI has a limited role but can help when …", "CT is of little
    # value"): any modality but the best fits the blank, so it has no one answer
    r"|(?:has|have|plays?)\s(?:(?:only|a|an|very)\s){0,2}(?:limited|minor|little|no|small|"
    r"secondary|ancillary|adjunctive|restricted)\s(?:role|place|value|use)\b"
    r"|(?:is|are)\s(?:of\s)?(?:only\s)?(?:limited|little|no|minor)\s(?:role|value|use)\b)"
    r"(?:[a-z]{2,20}ly\s)?(?:(?:is|are|has|have|may|can|often|usually|typically|also|now|"
    r"still|further)\s|(?![a-z]{1,20}(?:ions|ists|ments|ances|ities|ings|ures)\s)[a-z]{3,20}s\s)",
    re.I,
)
_FIRST_WORDS = r"[A-Za-z0-9][\w'’/-]{0,30}(?:\s[\w'’/-]{1,30}){0,5}?"
# "<subject> is/are/becomes/remains (adverb) <complement>": the complement up to the clause's
# end. A passive ("is treated with") or a complement opening on an article goes elsewhere.
_COPULA = re.compile(
    rf"^(?:(?:[Tt]he|[Aa]n?)\s)?(?P<subject>{_FIRST_WORDS})\s(?:is|are|becomes?|remains?)\s"
    r"(?:(?:usually|often|typically|generally|characteristically|invariably|always|almost "
    r"always|therefore|then|also|thus|now|sometimes|seldom|never|still|[a-z]{3,20}ly)\s){0,2}"
)
_COMPLEMENT = re.compile(
    r"(?P<complement>[^\s,;:.()]{2,30}(?:\s[^\s,;:.()]{2,30}){0,3}?)"
    r"(?=\s?[,;.(]|\s(?:and|or|but|so|with|in|on|at|for|because|as|when|unless|than|to|"
    r"whereas|while|after|before|during|from|by)\b)",
)
_SINGLED = re.compile(
    r"the\s(?:only|main|principal|definitive|usual|commonest|key|chief|sole|single|major|"
    r"primary|leading|cardinal|dominant|defining|best|preferred|standard|first)\s",
    re.I,
)
_NOT_A_COMPLEMENT = re.compile(
    r"^(?:a|an|the|not|no|of|in|on|at|for|to|from|by|with|within|into|under|over|beyond|seen|found|used|noted|present|absent|known|thought|believed|"
    r"considered|said|likely|unlikely|possible|important|useful|helpful|difficult|needed|"
    # a clause or a pronoun, no noun phrase: "The rule of thumb is that at C2 the …"
    r"that|this|these|those|it|whether|what|how|why|where|when|which|"
    # a judgement of worth with many right words ("is key to the diagnosis": key, essential,
    # crucial …): the blank has no one answer; what is essential is the fact (_WORTH below)
    r"key|essential|crucial|critical|vital|paramount|fundamental|pivotal|necessary|"
    r"mandatory|indispensable|valuable|invaluable|beneficial|worthwhile|advisable|"
    r"preferable|appropriate|relevant|"
    r"required|available|unknown|unclear|variable|different|similar|same|more|less|most|"
    # a judgement of the findings, no finding ("The MRI features are relatively
    # [characteristic]"), and how care is organised ("Management is [multidisciplinary]")
    r"characteristic|distinctive|multidisciplinary|"
    # that it can be seen, not what is seen: "Vascularity is usually demonstrable"
    r"visible|evident|apparent|detectable|demonstrable|identifiable|discernible|"
    r"recogni[sz]able|appreciable|"
    # what a test costs or how it is done, true of the test anywhere ("is cheap"), and
    # irregular participles of a passive ("is incompletely understood", "should be sought")
    r"cheap|inexpensive|expensive|costly|quick|fast|convenient|portable|widely|"
    # how welcome a test is, a judgement with many right words ("Ultrasound is attractive in
    # children")
    r"attractive|ideal|suitable|favourable|favorable|advantageous|desirable|popular|"
    r"understood|sought|thought|taught|made|done|given|taken|shown|seen|known|"
    r"least|often|rarely|one|two|three|due|able|either|neither|both|"
    # a comparative: compared with what the sentence before named ("The prognosis is worse")
    r"worse|better|higher|lower|greater|larger|smaller|longer|shorter|older|younger|poorer|"
    r"milder|faster|slower|wider|narrower|thicker|thinner|broader|deeper|denser|brighter|"
    r"darker|stronger|weaker|earlier|later|"
    # an extent or a specificity that says nothing to recall ("The appearance is
    # non-specific", "this process is incomplete")
    r"complete|incomplete|non-?specific|unspecific|specific|"
    # adjectives whose object is the fact ("is dependent on the age"): the blank asks nothing
    r"dependent|independent|reliant|related|unrelated|linked|subject|responsible|"
    # how often: a blank of two choices ("common" or "rare") asks a guess
    r"common|uncommon|rare|frequent|infrequent|unusual|usual|typical|atypical|"
    r"[a-z]+ing|[a-z]{2,}ed|[a-z]+ly|"
    # an irregular past participle, a passive like "-ed" ("is shown as a rise in …")
    r"shown|given|taken|made|done|held|kept|left|led|felt|told|drawn|grown|brought|"
    r"caught|sought|meant|built|spent|put|set|cut|split|spread|"
    # a signal, density or echo word: the appearance readers own it ("is hyperintense on T2")
    r"(?:hyper|hypo|iso|an)(?:intense|dense|attenuating|echoic|vascular|metabolic))$",
    re.I,
)
# What a finding means or holds: "indicates viscous contents", "contain unclotted blood".
_OBJECT_VERB = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:indicates?|predicts?|reflects?|signifies|"
    r"suggests?|implies|contains?|correlates? with|consists? of|(?:is|are) composed of|"
    r"(?:is|are) made (?:up )?of|"
    r"undergoe?s?|refers? to|"
    r"(?:is|are) filled with|(?:is|are|was) due to|"
    r"(?:is|are) caused by|results? from|(?:is|are) attributed to|(?:is|are) packed with)\s"
    r"(?P<term>(?:an?\s|the\s)?[a-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30}){0,3}?)"
    r"(?=\s?[,;.(]|$|\s(?:and|or|but|with|in|on|at|for|because|as|when|which|that|from|"
    r"within|of)\b)",
)
_VAGUE_OBJECT = re.compile(
    r"^(?:(?:an?|the)\s)?(?:it|this|that|them|these|those|something|other|others|another|several|"
    r"many|some|various|both|either|more|less|one|two|three|a\s+number|a\s+variety|"
    r"a\s+combination|a\s+mixture|a\s+range)\b",
    re.I,
)
_VAGUE_SUBJECT = re.compile(
    r"^(?:it|this|that|these|those|they|there|which|one|each|both|another|other|such|most|"
    r"many|some|all|few|several|no|any|every|two|three|four|patients?|cases?)\b",
    re.I,
)
# A subject holding a subordinator or a preposition other than "of" is no noun phrase
# ("Because the mass is very large", "Lesions in the long bones are painless").
_NOT_IN_SUBJECT = re.compile(
    r"\b(?:because|when|if|although|though|while|whereas|since|unless|that|which|who|where|"
    r"but|than)\b",
    re.I,
)
# "In malrotation this process is incomplete": the subject points back to the sentence
# before, so the card would not say what is asked about (C2).
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|that|those|such)\b", re.I)
_UNSPECIFIC = re.compile(r"^non-specific$", re.I)
# "a mutation", "a feature": one of a kind, no one answer.
_ONE_OF_A_KIND = re.compile(r"^(?:an?)\s[\w'’-]+$", re.I)
MAX_FALLBACK_WORDS = 4


def _leading_article_off(term: str, start: int) -> tuple[str, int]:
    found = _LEADING_ARTICLE.match(term)
    return (term[found.end() :], start + found.end()) if found else (term, start)


# How often a named thing occurs, as the point of its clause: "Bilateral torsion is rare",
# "…, and purely epiphyseal involvement is rare", "Finger clubbing is uncommon, unlike …".
# The subject names what is rare, so the frequency word is the one blank; a subject that
# names nothing ("It", "Most", "This") leaves the clause to the sentence before.
_RARITY = re.compile(
    r"(?:^|[;,]\s(?:(?:and|but|whereas|while)\s)?)(?:(?:the|an?)\s)?"
    r"(?P<subject>[A-Za-z][\w'’-]{1,30}(?:\s[a-z][\w'’-]{1,30}){0,3}?)\s(?:is|are)\s"
    r"(?P<term>(?:(?:very|extremely|relatively|distinctly|exceedingly|strikingly)\s)?"
    r"(?:rare|uncommon|unusual|common))(?=\s?[,;.]|\s(?:in|among|before|after)\s)"
)


# "Cerebellar tumours are common in children": of any tumour, not a fact of this one.
_GENERIC_HEAD = re.compile(
    r"\b(?:tumou?rs?|lesions?|masses|mass|cases?|patients?|findings?|diseases?|conditions?|"
    r"variants?|forms?|types?)$",
    re.I,
)


def _rarity(sentence: str) -> Iterator[GeneralTerm]:
    for match in _RARITY.finditer(sentence):
        subject = match.group("subject")
        if not (
            _VAGUE_SUBJECT.match(subject)
            or _NOT_IN_SUBJECT.search(subject)
            or _GENERIC_HEAD.search(subject)
        ):
            yield GeneralTerm(match.group("term"), match.start("term"), "frequency")
            return


_CLAUSE_STOP = re.compile(r"[,;:]")


# A sentence that only judges its subject typical of the page's condition.
_JUDGED_SUBJECT = re.compile(
    r"^(?:(?:the|an?)\s)?(?P<term>(?!(?:it|they|this|these|that|those|the|features?|findings?|"
    r"appearances?)\b)[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)\s(?:is|are)\s"
    r"(?:(?:highly|very|relatively|quite|fairly)\s)?(?:characteristic|distinctive|pathognomonic)"
    r"\s?\.?$",
    re.I,
)


_NAMES_NO_FINDING_HEAD = re.compile(r"\b(?:features?|findings?|appearances?)$", re.I)


def fallback_terms(sentence: str) -> Iterator[GeneralTerm]:
    """One blank for a well-formed sentence that holds no named term, read from its grammar:
    a modality that is the sentence's subject, an object of meaning or content
    ("indicates X", "contain X"), the subject a singled-out role names ("X is the only Y"),
    or a predicate complement ("Growth is slow")."""
    if (found := _MODALITY_SUBJECT.match(sentence)) is not None:
        yield GeneralTerm(found.group("term"), found.start("term"), "modality")
        return
    if " rare" in sentence or "common" in sentence or "unusual" in sentence:
        rarity = list(_rarity(sentence))
        if rarity:
            yield from rarity
            return
    judged = _JUDGED_SUBJECT.match(sentence)
    if judged is not None and not _NAMES_NO_FINDING_HEAD.search(judged.group("term")):
        # "Apical snouts are characteristic": what is characteristic is the answer
        yield GeneralTerm(judged.group("term"), judged.start("term"), "subject")
        return
    first_clause = _CLAUSE_STOP.split(sentence, maxsplit=1)[0]
    match = _OBJECT_VERB.search(first_clause)
    objects = list(_object(match)) if match is not None else []
    yield from objects or _copula_blank(sentence)


# A head that names no finding of its own ("deposits", "material", "changes"): told with a
# place, the place is what the sentence says.
_GENERIC_OBJECT = re.compile(
    r"^(?:deposits?|depositions?|material|tissues?|changes?|involvement|components?|contents?|"
    r"elements?|products?|accumulations?|collections?|substances?|foci|focus|areas?|process)$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"\s(?:within|in|inside|along|around|outside|beyond|into|at|on|throughout|beneath|under)\s"
)


def _object(match: re.Match[str]) -> Iterator[GeneralTerm]:
    """The object of a verb of meaning or content, unless it names nothing one ("a mutation")."""
    found = match.group("term")
    term, start = _leading_article_off(found, match.start("term"))
    if " " not in term and match.string.startswith(" of ", match.end("term")):
        return  # "results from disruption of GM-CSF signalling": the head alone is half of it
    if _GENERIC_OBJECT.match(term) and _PLACE_AFTER.match(match.string, match.end("term")):
        return  # "suggests deposits within a duct": where they lie is the point, not "deposits"
    if not (_VAGUE_OBJECT.match(found) or _ONE_OF_A_KIND.match(found) or _STOP_WORD.match(term)):
        yield GeneralTerm(term, start, "term")


def _copula_blank(sentence: str) -> Iterator[GeneralTerm]:
    """The subject a singled-out role names ("The dog is the definitive host"), else a short
    complement that is no preposition, participle or article ("Growth is slow")."""
    copula = _COPULA.match(sentence)
    if copula is None:
        return
    subject = copula.group("subject")
    if (
        _VAGUE_SUBJECT.match(subject)
        or _NOT_IN_SUBJECT.search(subject)
        or _DEMONSTRATIVE.search(subject)
    ):
        return
    if _SINGLED.match(sentence, copula.end()) or _NOT_A_FEATURE.match(sentence, copula.end()):
        # "Treatment is the …": the role names no one thing
        if len(subject.split()) <= MAX_FALLBACK_WORDS and not _ROLE_SUBJECT_VAGUE.match(subject):
            yield GeneralTerm(subject, copula.start("subject"), "term")
        return
    if _WORTH.match(sentence, copula.end()):
        yield from _worth_subject(subject, copula.start("subject"))
        return
    if (complement := _complement(sentence, copula)) is not None:
        yield complement


def _complement(sentence: str, copula: re.Match[str]) -> GeneralTerm | None:
    """The short complement after the copula, when it is an adjective phrase of its own
    ("Growth is [slow]"), not a passive, a list or a word of frequency or worth."""
    found = _COMPLEMENT.match(sentence, copula.end())
    if found is None or _LIST_GOES_ON.match(sentence, found.end()):
        return None  # "the opacities are patchy, asymmetrical or nodular": one of a set (C3)
    words = found.group("complement").split()
    if _NOT_A_COMPLEMENT.match(words[0]) and not (
        "-" in words[0] and words[0][0].islower() and not _UNSPECIFIC.match(words[0])
    ):
        return None  # "is seen in", "is used": a passive; "ill-defined" is an adjective
    if any(w.lower() in _FUNCTION_WORDS for w in words):
        return None
    return GeneralTerm(found.group("complement"), found.start("complement"), "term")


# A passive whose adverb of frequency is the fact: "is rarely needed", "are never seen".
_RARE_PASSIVE = re.compile(
    r"\s(?:is|are)\s(?P<term>(?:rarely|seldom|never|always)\s[a-z]{3,20}(?:ed|en|wn))\b"
)


def copula_complement(sentence: str) -> tuple[GeneralTerm, tuple[int, int]] | None:
    """The complement of "<subject> is <complement>" with the subject's span, when the
    sentence says what its subject is like ("AFP is usually [normal]", "CT is
    [insensitive]") and no role, worth or lack singles the subject out as the answer."""
    copula = _COPULA.match(sentence)
    if copula is None:
        return None
    subject = copula.group("subject")
    if (
        _VAGUE_SUBJECT.match(subject)
        or _NOT_IN_SUBJECT.search(subject)
        or _DEMONSTRATIVE.search(subject)
    ):
        return None  # "Because AFP is high in neonates, …": no main clause's subject
    after = copula.end()
    if _SINGLED.match(sentence, after) or _NOT_A_FEATURE.match(sentence, after):
        return None
    if _WORTH.match(sentence, after):
        return None
    if (rare := _RARE_PASSIVE.match(sentence, copula.end("subject"))) is not None:
        # "MRI is [rarely needed] acutely": how often the subject is used is what it says
        return GeneralTerm(rare.group("term"), rare.start("term"), "term"), copula.span("subject")
    complement = _complement(sentence, copula)
    return None if complement is None else (complement, copula.span("subject"))


_WORTH = re.compile(
    r"(?:key|essential|crucial|vital|mandatory|indispensable)(?=\s?[,;.]|\s(?:for|to|in|as|when|"
    r"because|if)\b)",
    re.I,
)
_SHOWING_OF = re.compile(
    r"^(?:demonstration|identification|visuali[sz]ation|recognition|detection|depiction)\s"
    r"of\s(?:(?:the|an?)\s)?",
    re.I,
)
# "Early diagnosis is essential", "Prompt treatment is crucial": a platitude of any disease,
# no fact of this one.
_GENERIC_ACTION = re.compile(
    r"^(?:(?:early|prompt|timely|accurate|correct|careful|urgent|rapid|close)\s)?"
    r"(?:diagnosis|treatment|management|recognition|identification|detection|follow-up|"
    r"surveillance|therapy|intervention|imaging|assessment|evaluation|correlation|"
    r"communication|awareness|care)$",
    re.I,
)


def _worth_subject(subject: str, start: int) -> Iterator[GeneralTerm]:
    """The subject of "Thin sections are essential": what is essential is the fact, the word
    of worth one of many that fit; of "Demonstration of a normal appendix is key", what is
    shown."""
    if (shown := _SHOWING_OF.match(subject)) is not None:
        subject, start = subject[shown.end() :], start + shown.end()
    if len(subject.split()) <= MAX_FALLBACK_WORDS and not _GENERIC_ACTION.match(subject):
        yield GeneralTerm(subject, start, "term")


# The complement is the first member of a list: ", asymmetrical or nodular".
_LIST_GOES_ON = re.compile(r",\s[\w-]{2,30}(?:\s[\w-]{2,30}){0,2}(?:,|\s(?:or|and)\s)")
# "Facial nerve palsy is not a feature": what the disease lacks is the blank.
_NOT_A_FEATURE = re.compile(
    r"not\s(?:a\s|an\s)?(?:typical\s|usual\s|recogni[sz]ed\s)?(?:feature|finding|sign|cause|"
    r"complication)s?\b",
    re.I,
)
_FUNCTION_WORDS = frozenset({"the", "a", "an", "is", "are", "was", "were"})
