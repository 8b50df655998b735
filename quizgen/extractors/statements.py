"""Statement facts: testable body sentences that fit no typed kind, with their key terms.

A sentence is a statement when it is a whole declarative sentence of a reasonable length,
says something about the article's matter (not about the article itself), and holds at least
one key term a cloze can blank: a term the page links, a number with its unit, an eponym, a
named sign, pattern or syndrome, or a clinical or imaging term of a closed vocabulary
(``vocabulary.KEY_TERMS``). Sentences that another extractor already used are left to it.
A list entry that only finishes its parent's sentence ("vertebral metastases (94%)" → "may
have epidural extension") is read as the sentence it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from itertools import pairwise

from quizgen.extractors.clauses import Clause, iter_clauses, same_name
from quizgen.extractors.predicate_terms import predicate_terms
from quizgen.extractors.statement_terms import (
    fallback_terms,
    general_terms,
    grammar_terms,
    marker_terms,
    widen_treatment,
)
from quizgen.extractors.text import (
    Sentence,
    iter_lists,
    iter_sentences,
    make_fact,
    split_label,
)
from quizgen.extractors.vocabulary import KEY_TERMS, MODALITIES, ROLE_OF_MODALITY, WEAK_TERMS
from quizgen.model import KEY_TERM_SEPARATOR, Article, Fact, FactKind, ListItem, Section

__all__ = ["KeyTerm", "extract_statements", "key_terms"]

MIN_WORDS = 3  # "Treatment is surgical."
MAX_WORDS = 50
MAX_KEY_TERMS = 3  # more terms than this is a list in disguise (C3), not one statement

# "12 mm", "1.5-2 cm", "40 years", "300 HU", "3 T": a number and its unit.
_NUMBER_WITH_UNIT = re.compile(
    # a number joined to a word by a hyphen is part of a name ("technetium-99m", "Ga-68")
    r"(?<![\w.])(?<![A-Za-z]-)(?<!× )(?<!x )(?<!×)"
    r"[<>≤≥~]?\s?\d+(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d+(?:\.\d+)?)?\s?"
    r"(?:mm|cm|m|mL|ml|L|kg|g|mg|µm|years?|months?|weeks?|days?|hours?|minutes?|HU|T|"
    # a flow or rate per minute ("bleeding at 0.5-1.0 mL/min") and an angle ("less than 18°")
    r"mSv|Gy|MBq|mCi|ppm|mmHg|ms|mg/dL|mmol/L|cm/s|m/s|mL/min|ml/min|L/min|°C|°)(?![\w/])"
)
# A condition named by its ending ("chondrosarcoma", "phaeochromocytomas", "sarcoidosis"):
# one word, so a cloze hides the name and nothing around it.
# Up to two adjectives before it belong to the name ("septic arthritis", "avascular necrosis").
_CONDITION = re.compile(
    # a verb's "-ing" that takes the name as its object is no part of it ("including X")
    r"(?<![\w-])(?:(?!(?:including|excluding|involving|causing|mimicking|following|"
    r"resembling|affecting|complicating|suggesting|showing|having)\s)"
    r"[A-Za-z]{2,30}(?:al|ic|ar|ous|ive|ary|oid|ing)\s){0,2}"
    r"(?P<head>[a-z]{3,40}(?:omas?|omata|itis|osis))(?![\w-])"
)
# A Latin adjective after the head belongs to the name ("osteoporosis circumscripta",
# "osteitis deformans", "myositis ossificans", "pneumatosis intestinalis"): without it the
# blank would hide another condition.
_LATIN_ADJECTIVE = re.compile(r"\s[a-z]{3,20}(?:ans|ens|ta|ca|sa|na|ra|alis|aris|ium)(?![\w-])")
# Heads that need their modifiers to name one thing ("carcinoma" of what?), and words with
# those endings that name no condition.
_GENERIC_CONDITION = re.compile(
    r"^(?:carcinomas?|sarcomas?|lymphomas?|adenomas?|tumou?rs?|neoplasms?|melanomas?|"
    r"diagnosis|prognosis|diagnoses|prognoses|osmosis|hypnosis|hypothesis|synthesis|"
    r"analysis|emphasis|basis|thesis|dosis|stomas?|comas?|aromas?|diplomas?|chromas?|"
    # tissue words with the ending: "the surrounding stroma" names no condition
    r"stromas?|stromata|somas?|chromosomas?|"
    # a procedure or a joining, no condition: "an STA-MCA anastomosis"
    r"anastomos[ie]s)$",
    re.I,
)
# A time in words: "within two to three years", "by the tenth week of gestation".
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|"
    r"twenty|thirty|forty|fifty)"
)
_ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_TIME_IN_WORDS = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORDS}(?:\s(?:to|or)\s{_NUMBER_WORDS})?\s"
    r"(?:years?|months?|weeks?|days?|hours?)"
    # an ordinal week of gestation, a trimester, or a deadline ("involutes by the tenth
    # week"); "common in the first week" says when, the frequency is its point
    rf"|{_ORDINAL_WORDS}\s(?:week|month)\sof\s(?:gestation|pregnancy|life)"
    rf"|{_ORDINAL_WORDS}(?:\s(?:or|and|to)\s{_ORDINAL_WORDS})?\strimester"
    rf"|(?<=by\sthe\s){_ORDINAL_WORDS}\s(?:week|month))"
    r"(?![\w-])",
    re.I,
)
# A vertebral level named as one: "at the level of L1", "the C5-6 disc", "T12 vertebral
# body" ("T1" and "T2" alone are sequences: the level needs its noun or "level of" before it).
_SPINE_LABEL = r"[CTLS][1-9]\d?(?:\s?[-–/]\s?[CTLS]?[1-9]\d?)?"
_VERTEBRAL_LEVEL = re.compile(
    rf"(?<![\w-]){_SPINE_LABEL}(?=\s(?:vertebral|vertebrae?|level|nerve|roots?|disc|pedicles?)\b)"
    rf"|(?:(?<=level of )|(?<=level of the )){_SPINE_LABEL}(?![\w-])"
)
_TIME_UNITS = ("year", "month", "week", "day", "hour", "trimester")
# An incidence as a rate: "1-2 per 1000 live births", "5 per 100 000".
_RATE = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s+per\s+"
    r"(?:1000|1,000|10 000|10,000|100 000|100,000|million)(?![\d,])"
)
# "Brown-Sequard syndrome", "Courvoisier sign", "von Hippel-Lindau disease", "Ewing's sarcoma".
_EPONYM = re.compile(
    # a body that issues criteria is no person ("the PCOS Society criteria")
    r"(?:\b(?:von|van|de|di|du|la)\s)?\b(?!(?:Society|College|Association|Organi[sz]ation|"
    r"Group|Institute|Committee|Federation|Academy|Consensus|Board|Union|Task)\s)[A-Z][a-zà-ÿ'’]+(?:[-–][A-Z][a-zà-ÿ'’]+)*(?:'s|’s)?\s"
    r"(?:syndrome|disease|sign|tumou?r|fracture|classification|criteria|score|phenomenon|"
    r"triad|cyst|sarcoma|lymphoma|node|lesion|deformity|malformation|anomaly|ulcer|hernia|"
    r"canal|space|plexus|line|angle|ring|membrane|effect|procedure|operation)\b"
)
# "the snowman sign", "a butterfly pattern", "salt-and-pepper appearance", "compartment
# syndrome": one or two words naming it before the noun.
_NAMED = re.compile(
    r"\b(?P<name>(?:[a-z][\w'-]{0,40}\s)?[a-z][\w'-]{0,40}\s(?:sign|pattern|appearance|syndrome))\b"
)
# A grade, category, level or segment of a named scale: "CNS WHO grade 3", "BI-RADS 3",
# "Bosniak IIF", "level VI", "segments IVb and V", "stage IIIA", "TR5".
_SCALE_VALUE = re.compile(
    r"(?<![\w-])(?:(?:CNS\s+)?WHO\s+grade\s+(?:[1-4]|I{1,3}|IV)"
    # "grade 2 or 3": the blank that stops at "2" leaves half the range outside it
    r"(?:\s(?:or|and|to)\s(?:[1-4]|I{1,3}|IV)(?![\w-]))?"
    r"|(?:BI|LI|TI|PI|O|C|NI|Lung)-RADS\s+(?:[0-6][ABCabc]?|M|NC|LR-\d)"
    # "PI-RADS 4 and 5 lesions": the blank that stops at "4" leaves the range half outside
    r"(?:(?:,\s|\s(?:or|and|to)\s)[0-6][ABCabc]?(?![\w-])){0,3}|LR-[1-5M]|TR[1-5]"
    r"|Bosniak\s+(?:I{1,3}F?|IV|[1-4]F?)(?:\s(?:or|and|to)\s(?:I{1,3}F?|IV|[1-4]F?)(?![\w-]))?"
    r"|(?:[Ll]evels?|[Ss]egments?|[Ss]tage|[Gg]rades?)\s+(?:[IVX]+[A-Ca-c]?|[0-4][A-C]?)"
    # the word may come again before the next label: "level II and level V nodes"
    r"(?:(?:,\s*|\s+(?:and|or|to)\s+)(?:(?:[Ll]evel|[Ss]egment|[Ss]tage|[Gg]rade)\s+)?"
    r"(?:[IVX]+[A-Ca-c]?|[0-4][A-C]?))*)(?![\w-])"
)
# A named group of lymph nodes: "the left para-aortic nodes", "interaortocaval nodes",
# "the cystic node", "inguinal lymph nodes" (an adjective of place before "node(s)").
_NODE_GROUP = re.compile(
    r"(?<![\w-])(?:(?:left|right)\s+)?(?:[a-z]+-)?(?P<place>[a-z]{3,}(?:al|ar|ic|ac))\s+"
    r"(?:lymph\s+)?nodes?(?![\w-])"
)
_NOT_A_PLACE = re.compile(
    r"^(?:normal|abnormal|regional|local|additional|typical|atypical|metastatic|pathologic|"
    r"pathological|clinical|radiological|several|general|central|peripheral|multiple|"
    r"enlarged|morphologic|cystic|necrotic|calcific|suspicious|benign|malignant|sentinel)$"
)
_NOT_A_NAME = re.compile(
    r"^(?:a|an|the|this|that|these|its|their|typical|imaging|radiological|radiographic|"
    r"characteristic|variable|clinical|similar|same|other|any|no|useful|subtle|important|"
    r"classic|specific|helpful|reliable|first|late|early|more|most|less|is|are|of|and|or|"
    r"sensitive|diagnostic|pathognomonic|suggestive|ominous|indirect|direct|earliest|"
    r"with|by|in|on|as|to|an?)$",
    re.I,
)
# A word of degree before the adjective: "the most sensitive sign", "a more specific pattern".
_DEGREE = re.compile(r"^(?:most|more|less|least)$", re.I)
_DEGREE_BEFORE = re.compile(r"\b(?:most|more|less|least)\s$", re.I)
_VERB_STEMS = [
    "show",
    "occur",
    "present",
    "appear",
    "arise",
    "cause",
    "affect",
    "involve",
    "develop",
    "indicate",
    "suggest",
    "allow",
    "help",
    "remain",
    "become",
    "tend",
    "lack",
    "spread",
    "extend",
    "require",
    "warrant",
    "mimic",
    "predispose",
    "contain",
    "measure",
    "enhance",
    "demonstrate",
    "represent",
    "account",
    "result",
    "respond",
    "regress",
    "grow",
    "increase",
    "decrease",
    "reduce",
    "enlarge",
    "compress",
    "displace",
    "invade",
    "surround",
    "encase",
    "cross",
    "follow",
    "precede",
    "originate",
    "depend",
    "differ",
    "predict",
    "correlate",
    "resemble",
    "seem",
    "form",
    "lead",
    "produce",
    "see",
    "find",
    "detect",
    "associate",
    "confer",
    "make",
    "give",
    "exhibit",
    "accompany",
    "extend",
    "favour",
    "favor",
    "range",
    # verbs of position, spread and behaviour that a testable sentence may carry alone
    "abut",
    "lie",
    "lies",
    "drain",
    "proceed",
    "retain",
    "secrete",
    "signify",
    "signifies",
    "correspond",
    "undergo",
    "undergoes",
    "need",
    "involute",
    "metastasise",
    "metastasize",
    "remodel",
    "scallop",
    "preserve",
    "facilitate",
    "wash",
    # common verbs of treatment, cause and meaning that a testable sentence may carry alone
    "treat",
    "combine",
    "go",
    "goes",
    "refer",
    "reflect",
    "imply",
    "implies",
    "mean",
    "point",
    "prompt",
    "raise",
    "distinguish",
    "outline",
    "spare",
    "bleed",
    "recur",
    "calcify",
    "calcifies",
    "ossify",
    "ossifies",
    "obstruct",
    "narrow",
    "widen",
    "erode",
    "destroy",
    "replace",
    "expand",
    "infiltrate",
    "exclude",
    "confirm",
    "establish",
    "stain",
    "express",
    "persist",
    "resolve",
    "heal",
    "worsen",
    "improve",
    "include",
    "behave",
    "implicate",
    "consist",
    "comprise",
    "underpin",
    # verbs of development, content and supply that carry a fact alone
    "begin",
    "harbour",
    "harbor",
    "activate",
    "supply",
    "supplies",
    "descend",
    "return",
    "pass",
    "passes",
]
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|may|can|could|might|must|should|will|would|"
    r"carr(?:y|ies)|var(?:y|ies)|\w+ed|"
    r"(?:" + "|".join(_VERB_STEMS) + r")(?:s|es|d)?)\b",
    re.I,
)
# Sentences about the article or the page, not about the disease.
_META = re.compile(
    r"\b(?:this article|these articles|discussed separately|see below|see above|refer to the|"
    r"please refer|below are|as above|this page|this section|in this chapter|click|"
    r"described below|listed below|are discussed|this case|the present case)\b",
    re.I,
)
# One patient's course told as a story ("The patient was resuscitated and started on …"):
# true of that patient, not a fact to learn, wherever the page puts it.
_CASE_NARRATIVE = re.compile(
    r"^(?:the|our|this) patient\b|\bthe patient (?:was|were|had|underwent|received|developed)\b",
    re.I,
)
# "The rule is a useful mnemonic …", "The sign was first described …": a bare generic noun
# as the subject points back to the sentence before, and the card would not say which rule
# or sign it asks about (C2).
_BACK_REFERENCE = re.compile(
    # ("The term was coined by …", "The sign is seen in …" name the title itself: kept)
    r"^the\s(?:rule|finding|feature|method|technique|classification|system|scheme|"
    r"criteri(?:on|a)|distinction|association|pattern|procedure|theory|hypothesis|"
    r"observation|mnemonic)\s(?:is|are|was|were|has|have|had|can|may|might|remains?|"
    r"seems?|appears?)\b",
    re.I,
)
_PRONOUN_LEAD = re.compile(
    r"^(?:it|its|they|their|these|this|those|such|each|both|he|she|which|there)\b", re.I
)
# Connectives that tie a sentence to the one before; without it they mean nothing.
_CONNECTIVE = re.compile(
    r"^(?:having said that|however|in addition|additionally|also|moreover|furthermore|thus|"
    r"therefore|hence|as such|of note|importantly|interestingly|nevertheless|indeed|"
    r"in contrast|similarly|again)\s*,?\s+",
    re.I,
)
# Openers that make the sentence a conclusion drawn from the one before ("For this reason, a
# young patient with ... should ..."): alone it states a consequence of nothing.
_DEPENDENT_LEAD = re.compile(
    r"^(?:for (?:this|these|that) reasons?|because of (?:this|that|these)|"
    r"as a (?:result|consequence)|consequently|in (?:this|such|these) (?:cases?|settings?))\b"
    # "Necrosis is then scored as …": the next step of a procedure the sentence before began
    r"|^[\w-]+(?:\s[\w-]+){0,3}\s(?:is|are)\sthen\s\w+ed\b"
    # "Again, calcification is not a feature": a fact the page has stated already
    r"|^again,",
    re.I,
)
# "ADPKD is a systemic disorder.": a category without what sets the subject apart.
_BARE_CATEGORY = re.compile(
    r"^[\w-]+(?:\s[\w-]+){0,2}\s(?:is|are)\san?\s[\w-]+\s(?:disorders?|diseases?|conditions?|"
    r"entity|entities|process(?:es)?|lesions?|tumou?rs?|findings?|abnormalit(?:y|ies))\.$"
)
# "Headache and deficits are less frequent": compared with what the previous sentence named.
_BARE_COMPARISON = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:less|more)\s+(?:frequent|common|often|usual)\b"
    # "In the first trimester the findings are less specific.": than in the stage named
    # before; "is more sensitive for small tumours" says for what, and is kept
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?(?:less|more)\s+(?:specific|sensitive|reliable|obvious|"
    r"conspicuous|pronounced|marked|typical|characteristic|evident|apparent)\s?[.;]",
    re.I,
)
# "By contrast, an empyema is lenticular …": the sentence turns to the thing set against the
# one before; it is a fact of the title only when its subject names it. ("Unlike X, these
# tumours …" and "Conversely, …" keep the page's own subject or reverse a rule: kept.)
_CONTRAST_LEAD = re.compile(r"^(?:by contrast|in contrast|on the other hand),\s", re.I)
# "Features that favour meningioma include …": the features of the other thing named.
_FEATURES_OF_OTHER = re.compile(
    r"^(?:(?:the\s)?(?:imaging\s)?(?:features?|findings?|signs?|clues?|points?)\s(?:that|which)\s"
    r"(?:\w+ly\s)?(?:favou?rs?|suggests?|supports?|indicates?|points?\sto(?:wards)?)\s)"
    r"(?P<other>[^,;:]{1,60}?)\s(?:include|includes|are|is)\b",
    re.I,
)
# "The appearances are typical of a left vestibular schwannoma …": the verdict on one case's
# images (its side marks one patient), not a fact to learn.
_CASE_VERDICT = re.compile(
    r"^the\s(?:imaging\s)?(?:appearances?|findings?|features?)\s(?:are|is)\s(?:\w+ly\s)?"
    r"(?:typical|consistent|compatible|characteristic|diagnostic|in keeping|suggestive)\b"
    r"[^.;]{0,40}\b(?:left|right)\b",
    re.I,
)
# "… whether there is active inflammation": a question the sentence asks, no answer (C1).
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^,;:()]{0,80}$", re.I)
_TITLE_WORD = re.compile(r"[a-z]{5,}")

_THAN = re.compile(r"\bthan\b", re.I)
# Predicates that state nothing a card could ask: a scheme "is still widely used", a finding
# "is easily identified", a scheme "recognises two types" (how many, not which), a task "is
# notoriously difficult", a choice that "depends on" several things.
_VAGUE_PREDICATE = re.compile(
    r"\b(?:is|are)\s(?:still\s|now\s|also\s)?(?:widely|commonly|routinely|generally|frequently)\s"
    r"used\s?\.?$"
    r"|\b(?:is|are)\s(?:usually\s|often\s|also\s)?(?:easily|readily)\s(?:identified|seen|recogni[sz]ed|"
    r"detected|visible|appreciated)\s?\.?$"
    r"|\b(?:recogni[sz]es|describes|distinguishes|defines|comprises|includes)\s"
    r"(?:two|three|four|five|six|seven|several|[2-9])\s(?:[\w-]{1,30}\s){0,2}"
    r"(?:types|subtypes|categories|grades|stages|forms|classes|groups|patterns)\s?\.?$"
    r"|\bnotoriously\s(?:difficult|hard|unreliable)\b"
    r"|\b(?:decision|choice|management)\s(?:\w{1,20}\s)?depends\son\b"
    # "The cause differs with age": that it varies, not how
    r"|^[\w-]+(?:\s[\w-]+){0,3}\s(?:differs?|var(?:y|ies)|depends?|changes?)\s(?:\w+ly\s)?"
    r"(?:with|on|by|according\sto)\s(?:the\s)?[\w-]+\s?\.$",
    re.I,
)
# A subject pronoun after a fronted phrase ("After angiomyolipoma they are …", "In children
# it is …"): the readers replace only a leading pronoun, so the card would lack its topic.
_FRONTED_PRONOUN = re.compile(
    r"^(?:in|on|at|after|before|among|during|unlike|like|for|of|within|by)\s[^,;:]{1,60}?,?\s"
    r"(?:it|they)\s(?:is|are|was|were|has|have|may|can|also|often|usually|typically|tend)\b",
    re.I,
)
# "Some primaries more often cause sclerosis than others": compared with nothing named.
_THAN_OTHERS = re.compile(r"\bthan\s+(?:the\s+)?others\b", re.I)
# "Most are ...", "Many patients ...": a share without its figure.
_QUANTIFIER_LEAD = re.compile(
    r"^(?:most|many|some|few|several|half|the (?:vast )?majority|"
    r"an?\s(?:(?:small|large|significant|substantial|minority)\s)?(?:proportion|minority|"
    r"subset|number|third|quarter|fifth|fraction|few))\b",
    re.I,
)
# A concession ("…, although biopsy is increasingly used"): a hedge on the main clause, not
# the fact a card should ask for; it runs to the next semicolon or the end.
_CONCESSION = re.compile(r"\b(?:although|though|even (?:when|if)|albeit)\b[^;]{0,300}", re.I)
MAX_MEMBER_WORDS = 4  # a member of an enumeration is a short noun phrase
# A list entry that finishes its parent's sentence: "may have epidural extension".
_PREDICATE_ENTRY = re.compile(
    r"^(?:may|can|could|might|often|usually|typically|commonly|rarely|occasionally|"
    r"frequently|sometimes|is|are|has|have|tends? to|shows?|appears?)\s+\w",
    re.I,
)
# The sections of a case page that describe one patient ("Left orchidopexy at the age of
# 4"): true of that patient, not a fact to learn. The case discussion is kept.
_ONE_PATIENT_SECTIONS = frozenset(
    {"presentation", "case presentation", "patient data", "findings", "clinical history"}
)
_DISCUSSION_SECTIONS = frozenset({"case discussion", "discussion"})


def _about_one_patient(section: Section) -> bool:
    """Whether a section describes the case's own patient: the nearest case-page heading on
    its path ("Findings" under "Patient Data") is one of _ONE_PATIENT_SECTIONS; a "Case
    Discussion" nested under "Patient Data" is the discussion, kept."""
    for heading in (section.heading, *reversed(section.parents)):
        name = heading.strip().lower()
        if name in _DISCUSSION_SECTIONS:
            return False
        if name in _ONE_PATIENT_SECTIONS:
            return True
    return False


# A modality praised without being singled out ("MRI is helpful in problem-solving",
# "Radiographs are usually diagnostic", "Doppler ultrasound is ideal for the neck vessels"):
# several modalities could fill the blank, so the card has no one answer (C3).
_PRAISED = re.compile(
    r"\s(?:is|are)\s(?:(?:\w+ly|also|often|very|most)\s){0,2}(?:helpful|useful|valuable|"
    r"central|ideal|diagnostic|essential|important|complementary|sufficient|adequate)\b",
    re.I,
)
_TRADE_OFF = re.compile(r"\b(?:but|whereas|while|than|although|though)\b", re.I)


def _patient_sections(article: Article) -> set[int]:
    """Ids of a case page's sections about its one patient: those whose path names one
    (_about_one_patient), and on a page with a case discussion every headed section before
    it (presentation, patient data, a modality's findings under its own heading)."""
    headings = [section.heading.strip().lower() for section in article.sections]
    first = next((i for i, h in enumerate(headings) if h in _DISCUSSION_SECTIONS), 0)
    return {
        id(section)
        for index, section in enumerate(article.sections)
        # the lead (no heading) is the page's own summary
        if _about_one_patient(section) or (index < first and section.heading)
    }


_SHARE_TAIL = re.compile(
    r"(?<!\s)\s*\([^()]{0,200}%[^()]{0,200}\)\s{0,3}$|(?<!\s)\s*:\s{0,3}[^:]{0,300}%\s{0,3}$"
)


@dataclass(frozen=True, slots=True)
class KeyTerm:
    """One key term of a sentence: its words as written, where it starts, and its type."""

    text: str
    start: int
    type: str

    @property
    def end(self) -> int:
        """Where it ends in the sentence."""
        return self.start + len(self.text)


def _find(sentence: str, term: str) -> int:
    """Where ``term`` stands as whole words in ``sentence`` (case aside), or -1."""
    if not (sentence.isascii() and term.isascii()):  # Unicode case folding: the regex's
        match = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", sentence, re.I)
        return match.start() if match else -1
    # A plain search: links differ per article, so a regex each would be compiled per article
    low, wanted = sentence.lower(), term.lower()
    start = low.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if not (start and _in_word(low[start - 1])) and not (end < len(low) and _in_word(low[end])):
            return start
        start = low.find(wanted, start + 1)
    return -1


def _in_word(char: str) -> bool:
    return char.isalnum() or char in "_-"  # what [\w-] matches


def _named(sentence: str) -> Iterator[KeyTerm]:
    for match in _NAMED.finditer(sentence):
        words = match.group("name").split()
        graded = False
        while words and _NOT_A_NAME.match(words[0]):
            graded = graded or _DEGREE.match(words[0]) is not None
            words.pop(0)
        if graded or _DEGREE_BEFORE.search(sentence, 0, match.start()):
            continue  # "the most sensitive sign of …": a grade of quality, no name
        if any(_NOT_A_NAME.match(w) or w.endswith("ly") for w in words[:-1]):
            continue  # "virtually any appearance" names nothing
        if words and words[-1] == "appearance" and "-" not in words[0]:
            continue  # "identical appearance" is a description; "salt-and-pepper" names one
        if len(words) >= 2:
            name = " ".join(words)
            yield KeyTerm(name, match.end() - len(name), "sign")


def _conditions_and_rates(sentence: str) -> Iterator[KeyTerm]:
    # plain substring tests first: most sentences hold neither, and these are cheap
    if "oma" in sentence or "itis" in sentence or "osis" in sentence:
        for match in _CONDITION.finditer(sentence):
            if not _GENERIC_CONDITION.match(match.group("head")):
                name = match.group(0)
                if (latin := _LATIN_ADJECTIVE.match(sentence, match.end())) is not None:
                    name += latin.group(0)
                yield KeyTerm(name, match.start(), "condition")
    if " per " in sentence:
        for match in _RATE.finditer(sentence):
            yield KeyTerm(match.group(0), match.start(), "number")


def _numbers(sentence: str) -> Iterator[KeyTerm]:
    """Numbers with their units, and times told in words ("within two to three years")."""
    for match in _NUMBER_WITH_UNIT.finditer(sentence):
        text = match.group(0).strip()
        yield KeyTerm(text, match.end() - len(text), "number")
    low = sentence.lower()
    if any(unit in low for unit in _TIME_UNITS):  # a cheap test first: most sentences hold none
        for match in _TIME_IN_WORDS.finditer(sentence):
            yield KeyTerm(match.group(0), match.start(), "number")


def _places(sentence: str) -> Iterator[KeyTerm]:
    """Vertebral levels and named groups of lymph nodes."""
    if "level" in sentence or "vertebra" in sentence or "disc" in sentence or "root" in sentence:
        for match in _VERTEBRAL_LEVEL.finditer(sentence):
            yield KeyTerm(match.group(0), match.start(), "anatomy")
    for match in _NODE_GROUP.finditer(sentence):
        if not _NOT_A_PLACE.match(match.group("place")):
            yield KeyTerm(match.group(0), match.start(), "anatomy")


def _found(sentence: str, links: Collection[str]) -> Iterator[KeyTerm]:
    """Every candidate key term, best type first (links, then eponyms, names, numbers, terms)."""
    for link in links:
        if link.endswith("ly") and " " in link:
            continue  # "examined clinically": a linked verb phrase names no thing to recall
        if (start := _find(sentence, link)) >= 0:
            yield KeyTerm(sentence[start : start + len(link)], start, "link")
    for match in _EPONYM.finditer(sentence):
        if match.start() > 0 or "-" in match.group(0) or "'" in match.group(0):
            yield KeyTerm(match.group(0), match.start(), "eponym")  # not a capitalised opener
    yield from _named(sentence)
    for match in _SCALE_VALUE.finditer(sentence):
        yield KeyTerm(match.group(0), match.start(), "scale")
    yield from _places(sentence)
    if ROLE_OF_MODALITY.search(sentence):
        for match in MODALITIES.finditer(sentence):
            yield KeyTerm(match.group(0), match.start(), "modality")
    yield from _conditions_and_rates(sentence)
    yield from _numbers(sentence)
    for marker in marker_terms(sentence):  # before "positive", which names no marker
        yield KeyTerm(marker.text, marker.start, marker.type)
    for match in KEY_TERMS.finditer(sentence):
        start = widen_treatment(sentence, match.start(), match.end())
        if (place := _JOINED_PLACE.search(sentence, max(0, start - 40), start)) is not None:
            start = place.start()  # "a colovesical fistula": the places name which one
        yield KeyTerm(sentence[start : match.end()], start, "term")


# Two places joined by a linking "o" ("colovesical", "aortoenteric", "tracheo-oesophageal",
# "bronchopleural"): the adjective says which fistula or which communication the term is.
# Words of that shape that name no place ("radiological", "homogeneous", "anatomical") are
# left out.
_JOINED_PLACE = re.compile(
    r"(?<![\w-])(?![a-z]{0,20}(?:logic|geneous|tomic|nomic))"
    r"[a-z]{3,12}o-?[a-z]{3,14}(?:al|ic|ous|ar|ary)\s$"
)


def _by_shape(sentence: str) -> Iterator[KeyTerm]:
    """Terms found by their shape only (anatomy, drugs, genes, treatments): the blank of a
    sentence that holds no stronger key term, never one more blank beside those."""
    for term in general_terms(sentence):
        yield KeyTerm(term.text, term.start, term.type)


_MEASURES = frozenset({"number", "scale"})


def _by_grammar(sentence: str) -> Iterator[KeyTerm]:
    """The term the sentence's grammar makes its point (``grammar_terms``): the one blank."""
    for term in grammar_terms(sentence):
        yield KeyTerm(term.text, term.start, term.type)


_PLURAL_END = re.compile(r"(?:ta|s)$")


def _singular(text: str) -> str:
    """Each word without a plural ending: "oncocytomas" and "oncocytoma" agree."""
    return " ".join(_PLURAL_END.sub("", w) if len(w) > 4 else w for w in text.split())


def key_terms(sentence: str, *, links: Collection[str] = (), title: str = "") -> list[KeyTerm]:
    """The sentence's key terms in reading order, none overlapping another, none that the
    title already shows or that the sentence repeats (C4: the answer would show)."""
    chosen = _chosen(sentence, _found(sentence, links), title)
    if not any(t.type in _MEASURES for t in chosen):
        # the sentence's grammar names its point; a figure or grade, when it holds one, is
        # what a resident is asked ("FNA is recommended for TR5 nodules of 1 cm or larger")
        chosen = _chosen(sentence, _by_grammar(sentence), title) or chosen
    if not chosen:
        chosen = _chosen(sentence, _by_shape(sentence), title)
    if not chosen:  # the sentence's grammar says what it asks ("Growth is slow")
        chosen = _chosen(
            sentence, (KeyTerm(t.text, t.start, t.type) for t in fallback_terms(sentence)), title
        )
    if not chosen:  # last: what the predicate says ("occurs in an anticlockwise direction")
        chosen = _chosen(
            sentence, (KeyTerm(t.text, t.start, t.type) for t in predicate_terms(sentence)), title
        )
    hedges = [_hedge_span(sentence, m) for m in _CONCESSION.finditer(sentence)]
    return sorted(
        (
            t
            for t in chosen
            if not _one_of_a_set(sentence, t, chosen)
            and not any(start <= t.start < end for start, end in hedges)
            and not _second_fact_in_reason(sentence, t, chosen)
        ),
        key=lambda t: t.start,
    )


# A reason told as a clause of its own after the main one: "Serum CA 19-9 is elevated …,
# because it also rises in benign biliary obstruction". "because of X" names the cause of
# the main clause's finding and is kept ("hypoattenuating because of fat").
_REASON_CLAUSE = re.compile(r",\sbecause\s(?!of\b)", re.I)


def _second_fact_in_reason(sentence: str, term: KeyTerm, terms: list[KeyTerm]) -> bool:
    """Whether ``term`` lies in a reason clause while another blank lies in the main clause:
    the card would ask two unrelated facts, the reason's blank a side one (C1)."""
    reason = _REASON_CLAUSE.search(sentence, 0, term.start)
    return reason is not None and any(other.end <= reason.start() for other in terms)


def _hedge_span(sentence: str, match: re.Match[str]) -> tuple[int, int]:
    """Where a concession hedges: to the next semicolon or the end, but a concession that
    opens the sentence ("Although often described as X, the tumour arises in Y") ends at
    its first comma, where the main clause begins."""
    if match.start() == 0 and (comma := sentence.find(", ", 0, match.end())) > 0:
        return 0, comma
    return match.span()


def _chosen(sentence: str, found: Iterator[KeyTerm], title: str) -> list[KeyTerm]:
    """The found terms in reading order that overlap no earlier one, that the title does
    not show and that the sentence does not repeat."""
    chosen: list[KeyTerm] = []
    for term in found:
        if any(term.start < other.end and other.start < term.end for other in chosen):
            continue
        lowered = term.text.lower()
        if title and (lowered in title.lower() or title.lower() in lowered):
            continue
        if title and _singular(lowered) in _singular(title.lower()):
            continue  # "oncocytomas" in "Renal oncocytoma": the title shows the answer (C4)
        if title and _form_of_title_word(lowered, title):
            continue  # "infarction" on "Splenic infarct": the card asks the page's own name
        if _repeated(sentence, term) or (len(term.text) < 3 and not term.text.isupper()):
            continue
        if _repeated_singular(sentence, term) or _WHETHER_BEFORE.search(sentence, 0, term.start):
            continue  # "… a lung abscess … because [abscesses] are …"; "… whether there is X"
        if _aside(sentence, term) or _weak_modifier(sentence, term) or _other_arm(sentence, term):
            continue
        if _also_subject(sentence, term) or _showing_subject(sentence, term):
            continue
        if _given_process(sentence, term):
            continue
        chosen.append(term)
    return chosen


_ONE_WORD = re.compile(r"[a-z]{5,40}")
MAX_SUFFIX = 3  # "infarct" -> "infarction", "stenosis" -> "stenoses"


def _form_of_title_word(term: str, title: str) -> bool:
    """Whether a one-word term is a title word with a short ending added or changed."""
    if not _ONE_WORD.fullmatch(term):
        return False
    named = _NAMING_ENDING.search(term)
    return any(
        term != word
        and (term.startswith(word) or word.startswith(term[:-2]))
        and abs(len(term) - len(word)) <= MAX_SUFFIX
        # "tuberculoma" on "Tuberculous meningitis" names another thing
        and (named is None or word.endswith(named.group(0)[:3]))
        for word in _ONE_WORD.findall(title.lower())
    )


# Endings that make a word the name of a condition of its own.
_NAMING_ENDING = re.compile(r"(?:omas?|omata|itis|itides|osis|oses)$")


def _repeated_singular(sentence: str, term: KeyTerm) -> bool:
    """Whether a plural one-word term shows elsewhere in the sentence in the singular
    ("Differentiation from a lung abscess … because [abscesses] are …"): the answer shows."""
    word = term.text.lower()
    if not (_ONE_WORD.fullmatch(word) and word.endswith("s")):
        return False
    # "abscesses" -> "abscess", "tumours" -> "tumour"
    singles = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    low = sentence.lower()
    for single in singles:
        for match in re.finditer(rf"(?<![\w-]){re.escape(single)}(?![\w-])", low):
            if not term.start <= match.start() < term.end:
                return True
    return False


# "Imaging shows the site of the obstruction", "since the obstruction is mechanical": a bare
# word of the closed vocabulary after "the", owning a part ("of the X") or the subject of a
# clause ("the X is …"), is what the sentence takes as known from before, not what it
# teaches; the blank asks for a word any disease of the kind could fill. As an object ("CSF
# shunting treats the hydrocephalus") it is what the sentence says, and before another noun
# ("the biopsy tract") it names which one.
_OF_THE_BEFORE = re.compile(r"\bof\sthe\s$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s$", re.I)
_CLAUSE_VERB_AFTER = re.compile(r"\s(?:is|are|was|were|may|can|has|have)\b", re.I)


def _given_process(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` is a one-word vocabulary term that "the" marks as already known."""
    if term.type != "term" or " " in term.text or not KEY_TERMS.fullmatch(term.text):
        return False
    before = sentence[max(0, term.start - 7) : term.start]
    if _OF_THE_BEFORE.search(before):
        after = _AFTER_WEAK.match(sentence, term.end)
        return after is None or bool(_NOT_A_NOUN.match(after.group(1)))
    return bool(_THE_BEFORE.search(before) and _CLAUSE_VERB_AFTER.match(sentence, term.end))


# "CT also shows the degree of encasement": the subject does what another named before it
# does, so another answer fits the blank as well (C3).
_ALSO_AFTER = re.compile(r"\s(?:can\s|may\s|is\s|are\s)?also\b", re.I)


def _also_subject(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` opens the sentence (after "the" at most) and "also" follows it."""
    opener = sentence[: term.start].strip().lower()
    return opener in {"", "the"} and bool(_ALSO_AFTER.match(sentence, term.end))


# "MRI demonstrates optic nerve compression", "Angiography can detect bleeding at …": a
# modality that opens the sentence as the subject of a verb of showing. Other modalities show
# the same finding, so the blank has no one answer; what is shown (or how little) is the fact.
# A role, a comparison or a task ("CT shows X better than radiographs", "shows only …",
# "shows the extent of …") singles it out, and then the modality is the fact.
_SHOWING_VERB = re.compile(
    r"\s(?:(?:can|may|will|also|often|usually|typically|reliably|clearly|readily)\s){0,2}"
    r"(?:shows?|demonstrates?|depicts?|detects?|reveals?|identif(?:y|ies)|delineates?|displays?|"
    r"visuali[sz]es?)\s",
    re.I,
)
# "MRI shows the extent of marrow involvement": staging is a task the modality is chosen for
_SINGLED_OUT_MODALITY = re.compile(
    r"\b(?:only|than|superior|inferior|best|better|extent|staging)\b", re.I
)


def _showing_subject(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` is a modality opening the sentence as the subject of a verb of
    showing, with nothing that singles it out (``_SHOWING_VERB``)."""
    if term.type != "modality" or sentence[: term.start].strip().lower() not in {"", "the"}:
        return False
    if not _SHOWING_VERB.match(sentence, term.end):
        return False
    return not (_SINGLED_OUT_MODALITY.search(sentence) or ROLE_OF_MODALITY.search(sentence))


def _repeated(sentence: str, term: KeyTerm) -> bool:
    """Whether the sentence shows the term's words again, even inside a longer word
    ("endometrioma" in "endometriomas", "PET" in "PET-CT"): the answer would show (C4). A
    label inside a longer label ("type I" in "type IV", "level II" in "level III") is
    another label, not the term again."""
    low, wanted = sentence.lower(), term.text.lower()
    if _ABBREVIATION.match(term.text):
        # an abbreviation is read as written: "CT" is not inside "suspected", "MRI" is
        # inside "MRI-guided"
        low, wanted = sentence, term.text
    label = wanted[-1:] in _LABEL_CHARACTERS
    found = low.find(wanted)
    while found >= 0:
        after = low[found + len(wanted) : found + len(wanted) + 1]
        inside = _ABBREVIATION.match(term.text) and found and low[found - 1].isalpha()
        if (
            found != term.start
            and not inside
            and not (label and after and after in _LABEL_CHARACTERS)
        ):
            return True
        found = low.find(wanted, found + 1)
    return False


# A short abbreviation in capitals ("CT", "MRI", "PET", "IVC")
_ABBREVIATION = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")


_LABEL_CHARACTERS = frozenset("ivx0123456789")


# A bracket that opens on a preposition or a word of comparison is an aside on the main
# clause ("Management may be expectant (for a small, declining β-hCG), medical or
# surgical", "(rather than at the origin, as with atherosclerosis)"): a term inside it is
# not what the sentence states, so a blank there asks about the wrong thing.
_ASIDE_OPENER = re.compile(
    r"\(\s?(?:for|with|as|when|if|unless|unlike|like|rather|compared|versus|vs\.?|than|"
    r"except|where|whereas|while)\s",
    re.I,
)
MAX_ASIDE_REACH = 200  # characters read back for the bracket's opening


def _aside(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` lies inside a bracketed aside that opens on a preposition."""
    before = sentence[max(0, term.start - MAX_ASIDE_REACH) : term.start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    return bool(_ASIDE_OPENER.match(before, opening))


# The other arm of a comparison: "favour RCC over angiomyolipoma", "earlier than in patients
# with PKD2 mutations", "Unlike meningiomas, …". The sentence states
# what sets its subject apart; the thing it is set against is no blank (the card would ask
# for the foil, whose clue is the subject's own finding). After "whereas" the foil is the
# subject of its own clause ("whereas X involves the ostium"), a fact of its own: kept.
_COMPARED_WITH = re.compile(r"\b(?:over|than|unlike|versus|vs\.?)\s(?:[\w-]{1,30}\s){0,3}$", re.I)
# "distinguish a drainable abscess from cellulitis or oedema": a set of foils after "from".
# One foil ("helps distinguish Ewing sarcoma from osteosarcoma") is a fact of its own: kept.
_DISTINGUISHED_FROM = re.compile(
    r"\b(?:distinguish|differentiat|discriminat|separat|tell)\w{0,6}\s(?:[\w-]{1,30}\s){1,6}"
    r"from\s(?P<foils>(?:[\w-]{1,30}\s){0,3})$",
    re.I,
)
_COORDINATED = re.compile(r"\s(?:or|and)\s")
MAX_ARM_REACH = 120


_CLAUSE_MARK = re.compile(r"[,;:()]")


def _other_arm(sentence: str, term: KeyTerm) -> bool:
    """Whether ``term`` follows a word of comparison within the same clause (a number
    after "than" is the threshold itself: "wider than 7 mm"; of two modalities compared,
    "more sensitive than CT", either is the fact)."""
    if term.type in {"number", "scale", "modality"}:
        return False
    before = sentence[max(0, term.start - MAX_ARM_REACH) : term.start]
    before = _CLAUSE_MARK.split(before)[-1]
    if _COMPARED_WITH.search(before):
        return True
    foils = _DISTINGUISHED_FROM.search(before)
    return foils is not None and bool(
        _COORDINATED.search(" " + foils.group("foils")) or _COORDINATED.match(sentence, term.end)
    )


# A weak term inside a phrase of a preposition, before the noun it qualifies ("not for
# asymptomatic radiographic disease", "in asymptomatic patients"): the blank would hide an
# adjective of a side phrase, not what the sentence states. As the sentence's own subject
# ("Asymptomatic lesions need no treatment") it is the point of the sentence, and kept.
_AFTER_WEAK = re.compile(r"\s([a-z]+)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:for|in|of|with|among|from|to|by|on)\s$", re.I)
_NOT_A_NOUN = re.compile(
    r"^(?:and|or|but|in|on|at|of|to|for|with|by|from|as|until|unless|when|if|is|are|was|were|"
    r"may|can|which|that|who|than|because|so|throughout|despite)$"
)


def _weak_modifier(sentence: str, term: KeyTerm) -> bool:
    """Whether a weak term ("asymptomatic") stands before a noun it only qualifies."""
    if not WEAK_TERMS.match(term.text):
        return False
    after = _AFTER_WEAK.match(sentence, term.end)
    before = sentence[max(0, term.start - 8) : term.start]
    return (
        after is not None
        and not _NOT_A_NOUN.match(after.group(1))
        and bool(_PREPOSITION_BEFORE.search(before))
    )


def _members(segment: str) -> tuple[int, list[str]] | None:
    """Where an enumeration "…the trachea, oesophagus, larynx and nodes" starts in the clause
    and its short members after the first (the first is the end of the words before its
    comma), or None when the clause enumerates nothing."""
    parts = segment.split(", ")
    last = re.split(r"\s+(?:and|or)\s+", parts[-1])
    if len(parts) < 3 or len(last) < 2 or len(last[0].split()) > MAX_MEMBER_WORDS:
        return None
    short = 0  # the run of short members just before the last
    while short < len(parts) - 2 and _short_member(parts[-2 - short]):
        short += 1
    members = [*parts[len(parts) - 1 - short : -1], *last]
    if not short or any(_VERB.search(m) for m in members):
        return None  # "…, particularly X, suggests a higher grade": a clause, not a set
    return len(", ".join(parts[: len(parts) - 1 - short])), members


def _short_member(part: str) -> bool:
    """Whether a comma-separated part can be a member: a few words, no clause of its own
    ("and management is supportive, with fracture care, dental hygiene and …": the run of
    members stops at the clause, it does not make the set a clause)."""
    return len(part.split()) <= MAX_MEMBER_WORDS and not (
        _VERB.search(part) or _CLAUSE_OPENER.match(part)
    )


_CLAUSE_OPENER = re.compile(r"^(?:and|but|or|whereas|while|although|which)\s", re.I)
# "complications, including extension into X, vein thrombosis and narrowing of Y": what
# follows the cue is a set of examples, however long each member is.
_EXAMPLES_CUE = re.compile(r"\b(?:including|such as|e\.g\.,?|for example|notably)\s", re.I)
_MEMBER_SPLIT = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")


_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|may|can|could|might|must|should|will|would)\b", re.I
)


def _listed_example(
    segment: str, offset: int, term: KeyTerm, *, strict: bool = False
) -> list[str] | None:
    """The members of an example list ("including A, B and C") that holds ``term`` (at
    ``offset`` in ``segment``), up to a member that is a clause of its own; None when the
    term follows no such cue or the cue lists one example."""
    cues = list(_EXAMPLES_CUE.finditer(segment, 0, offset))
    if not cues:
        return None
    cue = cues[-1]  # the nearest cue before the term
    members: list[str] = []
    for member in _MEMBER_SPLIT.split(segment[cue.end() :]):
        if strict and (finite := _FINITE.search(member)) is not None:
            # "such as A (AA), B (BB) and C are preferred": the last member ends where its
            # verb begins
            if last := member[: finite.start()].strip():
                members.append(last)
            break
        if members and _VERB.search(member) and not _VERB.search(members[0]):
            break  # "Infections, such as tuberculosis, can mimic it": the clause goes on
        members.append(member)
    holds = sum(len(m) + 2 for m in members) >= offset - cue.end()
    return members if len(members) >= 2 and holds else None


# A short bracketed aside: an abbreviation or an alias ("encephalomyosynangiosis (EMS)"). A
# longer one ("headache (classically worse in the morning)") is the member's own cue (C3).
_SHORT_ASIDE = re.compile(r"\([^()\s]{1,20}(?:\s[^()\s]{1,20}){0,2}\)")


def _without_asides(sentence: str, term: KeyTerm) -> str:
    """The sentence with its short bracketed asides blanked out (offsets kept), but the one
    that holds ``term``: "such as X (XA), Y (YA) and Z" is a list of three, and an aside
    must not cut it into one-member pieces."""
    return _SHORT_ASIDE.sub(
        lambda m: m.group(0) if m.start() <= term.start < m.end() else " " * len(m.group(0)),
        sentence,
    )


def _one_of_a_set(sentence: str, term: KeyTerm, terms: list[KeyTerm]) -> bool:
    """Whether ``term`` is one member of an enumeration whose other members are no key
    terms: blanking it asks "which of several?" (C3), and the card has no one answer. The
    enumeration is looked for in the sentence as written (an aside may close it: "measles or
    tuberculosis (TB), is …") and with its short asides blanked out."""
    masked = _without_asides(sentence, term)
    return _one_of_a_set_in(sentence, term, terms) or (
        masked != sentence and _one_of_a_set_in(masked, term, terms, strict=True)
    )


def _one_of_a_set_in(
    sentence: str, term: KeyTerm, terms: list[KeyTerm], *, strict: bool = False
) -> bool:
    start = max(sentence.rfind(c, 0, term.start) for c in ";:()") + 1
    ends = [i for c in ";:()" if (i := sentence.find(c, term.end)) >= 0]
    segment = sentence[start : min(ends, default=len(sentence))]
    names = [t.text.lower() for t in terms]
    examples = _listed_example(segment, term.start - start, term, strict=strict)
    if examples is not None:
        return not all(any(n in m.lower() for n in names) for m in examples)
    if sentence.count(", ") < 2:
        return False  # no enumeration without two commas
    found = _members(segment)
    # the first member is the end of the words before its comma: "leads to oedema, arterial
    # compromise, ischaemia and perforation" blanks one of four with "oedema" too
    first = sentence[start : start + found[0]].rstrip().endswith(term.text) if found else False
    if found is None or (term.start - start < found[0] and not first):
        return False
    members = found[1]
    return not all(any(n in m.lower() for n in names) for m in members)


def _clean(sentence: str) -> str:
    """The sentence without a connective that ties it to the previous one."""
    cleaned = _CONNECTIVE.sub("", sentence.strip(), count=1)
    return cleaned[:1].upper() + cleaned[1:] if cleaned != sentence.strip() else cleaned


def _testable(sentence: str) -> bool:
    words = sentence.split()
    return (
        MIN_WORDS <= len(words) <= MAX_WORDS
        and sentence.rstrip().endswith(".")
        and not _PRONOUN_LEAD.match(sentence)
        and not (_BARE_COMPARISON.search(sentence) and not _THAN.search(sentence))
        and not ("others" in sentence and _THAN_OTHERS.search(sentence))
        and not _VAGUE_PREDICATE.search(sentence)
        and not _FRONTED_PRONOUN.match(sentence)
        and not _CASE_NARRATIVE.search(sentence)
        and not _BACK_REFERENCE.match(sentence)
        and not _BARE_CATEGORY.match(sentence)
        and bool(_VERB.search(sentence))
    )


def _only_weak(terms: list[KeyTerm], sentence: str, *, own_subject: bool) -> bool:
    """Whether the sentence's only key terms hold of most lesions ("asymptomatic") and the
    sentence does not name what it is about ("Most are …", a pronoun read as the title)."""
    weak = all(WEAK_TERMS.match(t.text) for t in terms)
    # "Small tumours may be asymptomatic": a hedge on what holds of most lesions
    hedged = any(_HEDGE_BEFORE.search(sentence, 0, t.start) for t in terms)
    return weak and (not own_subject or hedged or bool(_QUANTIFIER_LEAD.match(sentence)))


_HEDGE_BEFORE = re.compile(r"\b(?:may|can|might|could)\s(?:\w+ly\s)?be\s$", re.I)


def _praised_modality(terms: list[KeyTerm], sentence: str) -> bool:
    """Whether the one blank is the modality the sentence opens on, and the sentence only
    praises it ("MRI is helpful …")."""
    if len(terms) != 1 or terms[0].type != "modality":
        return False
    opener = sentence[: terms[0].start].strip().lower()
    if _TRADE_OFF.search(sentence):
        return False  # "useful as an overview but insensitive to small lesions" narrows it
    return opener in {"", "the"} and bool(_PRAISED.match(sentence, terms[0].end))


MIN_SCALE_STEPS = 3


def _steps_of_one_scale(terms: list[KeyTerm]) -> bool:
    """Whether every blank is a step of one scale ("graded as grade I (mild), grade II
    (moderate) or grade III (severe)"): each card shows the other steps, so its answer is
    the next label in the row and teaches nothing (C3)."""
    if len(terms) < MIN_SCALE_STEPS or not all(t.type == "scale" for t in terms):
        return False  # two steps can be a fact ("a combined type III and type IV reaction")
    heads = {t.text.split()[0].lower().rstrip("s") for t in terms}
    steps = [_STEP_NUMBER.get(t.text.split()[-1].upper(), -1) for t in terms]
    # one after the other, as a scale is listed ("spreads to level VI, then level II" is an
    # order of spread, a fact)
    return len(heads) == 1 and all(b == a + 1 for a, b in pairwise(steps))


def _without_scale_steps(terms: list[KeyTerm]) -> list[KeyTerm]:
    """The terms less those that are steps of one scale, by label or by figure; none when
    every blank is a labelled step."""
    if _steps_of_one_scale(terms):
        return []
    chained = _adjoining_ranges(terms)
    return [t for i, t in enumerate(terms) if i not in chained]


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _adjoining_ranges(terms: list[KeyTerm]) -> set[int]:
    """Indexes of number blanks that are steps of one scale told as figures ("p (up to
    1.5 mm), q (1.5-3 mm) or r (3-10 mm)"): where one figure ends, the next begins, in the
    same unit, over three steps or two ranges. Each card would show its own bounds in the
    steps beside it (C4). A figure and a range that meet ("until about 18 weeks …, not
    before 18-20 weeks") can be a fact of their own: kept."""
    chained: set[int] = set()
    for (i, a), (j, b) in pairwise(enumerate(terms)):
        ends, starts = _FIGURE.findall(a.text), _FIGURE.findall(b.text)
        unit_a, unit_b = (_FIGURE.split(t.text)[-1].strip() for t in (a, b))
        if (
            a.type == b.type == "number"
            and ends
            and starts
            and ends[-1] == starts[0]
            and unit_a == unit_b
            and len(starts) > 1  # the later one is a range that opens where the other ended
        ):
            chained |= {i, j}
    ranges = all(len(_FIGURE.findall(terms[i].text)) > 1 for i in chained)
    return chained if len(chained) >= MIN_SCALE_STEPS or ranges else set()


_STEP_NUMBER = {
    **{str(n): n for n in range(10)},
    **{r: n for n, r in enumerate(("", "I", "II", "III", "IV", "V", "VI"), 0) if r},
}


def _blanks(terms: list[KeyTerm]) -> int:
    """How many facts the terms ask: a person and the year beside them ("described by
    Jakob Erdheim in 1904") are one fact, so two such pairs are two, not a list of four."""
    pairs = sum(
        {a.type, b.type} == {"eponym", "number"} and bool(_YEAR.search(a.text + b.text))
        for a, b in zip(terms[::2], terms[1::2], strict=False)
    )
    return len(terms) - pairs


# A year beside a name, at either end of the two joined: "Jakob Erdheim1904", "1838Müller".
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20[0-4]\d)\D|\D(?:1[5-9]\d\d|20[0-4]\d)$")


def _names_title(article: Article, words: str) -> bool:
    """Whether ``words`` name the title (or a synonym) by one of its longer words."""
    names = (article.title, *article.synonyms)
    titled = {_singular(w)[:7] for n in names for w in _TITLE_WORD.findall(n.lower())}
    return any(_singular(w)[:7] in titled for w in _TITLE_WORD.findall(words.lower()))


def _about_another(article: Article, sentence: str) -> bool:
    """Whether the sentence turns to a thing other than the title: a contrast whose subject
    does not name the title ("By contrast, an empyema is lenticular …" on a page about lung
    abscess), or the features that favour another named thing."""
    if (lead := _CONTRAST_LEAD.match(sentence)) is not None:
        verb = _VERB.search(sentence, lead.end())
        own = sentence[lead.end() : verb.start() if verb else len(sentence)]
        return not _names_title(article, own)
    other = _FEATURES_OF_OTHER.match(sentence)
    return other is not None and not _names_title(article, other.group("other"))


def _statement(
    article: Article,
    section: Section,
    source: str,
    sentence: str,
    links: Collection[str],
    *,
    own_subject: bool = True,
    subject: str = "",
) -> Fact | None:
    """The statement fact of one sentence, or None when it is no testable statement.
    ``own_subject`` is False when a pronoun of the source was replaced by its referent;
    ``subject`` is what the sentence is about (the title when "")."""
    if (
        _DEPENDENT_LEAD.match(sentence.strip())
        or _META.search(source)
        or _about_another(article, sentence.strip())
    ):
        return None  # on the words as written: _clean and the referent would hide them
    cleaned = _clean(sentence)
    if not _testable(cleaned) or _CASE_VERDICT.match(cleaned):
        return None
    subject = subject or article.title
    terms = key_terms(cleaned, links=links, title=article.title)
    outside = [t for t in terms if t.text.lower() not in subject.lower()]
    if subject != article.title and outside:
        # "Infected necrosis is managed by …": the subject shows, so no blank inside it (C4)
        terms = outside
    else:
        # every blank inside the sentence's subject ("Avascular necrosis of the femoral head
        # is the most serious complication of treatment"): what it is to the title is the fact
        subject = article.title
    if _blanks(terms) > MAX_KEY_TERMS:
        # "Complete ischaemia requires at least 360° of twisting; tighter twists (720° or
        # more) produce infarction": the figures are the facts, the names around them clues
        terms = [t for t in terms if t.type in _MEASURES]
    if not terms or _blanks(terms) > MAX_KEY_TERMS:
        return None
    if _only_weak(terms, cleaned, own_subject=own_subject) or _praised_modality(terms, cleaned):
        return None
    terms = _without_scale_steps(terms)
    if not terms:
        return None
    fact = make_fact(
        FactKind.STATEMENT,
        article,
        section,
        source,
        key=(source,),
        subject=subject,
        value=KEY_TERM_SEPARATOR.join(t.text for t in terms),
        attribute=KEY_TERM_SEPARATOR.join(t.type for t in terms),
        statement=cleaned,
    )
    # A pronoun the subject could not replace leaves a card without its topic (C2).
    return None if _PRONOUN_LEAD.match(fact.statement) else fact


# A name the clause reader may hand a statement as its subject: a few words, no demonstrative
# or adverb ("Macroscopically these tumours"), no preposition but "of" ("Pain in a long-bone
# lesion without a fracture"), ending on the name of one condition ("angiomyolipomas",
# "necrosis", "cholecystitis"), not on a noun any lesion could take ("Symptomatic tumours").
_SUBJECT_NAME = re.compile(
    r"^(?!.*\b(?:these|this|those|such|its|their|in|within|without|with|on|at|from|after|"
    r"during|for|by|or|and)\b)(?![\w-]+ly\b)"
    r"(?:[\w'-]+\s){0,4}[a-z-]{3,40}(?:omas?|omata|itis|itides|osis|oses|opathy|opathies|"
    r"plasias?|iasis|ectasias?)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s[\w-]+)?)?$",
    re.I,
)
_GENERIC_NAME_HEAD = re.compile(
    r"\b(?:carcinomas?|sarcomas?|lymphomas?|adenomas?|neoplasms?|diagnosis|prognosis)$", re.I
)


def _own_or_referred(clause: Clause) -> bool:
    """Whether the clause reader's subject is the sentence's own or the one its pronoun or
    generic head ("The tumour") refers to. A sentence that opens on a phrase of its own that
    names no condition ("The lateral nodes are …") or whose opening the reader could not read
    gets the paragraph's topic only as a guess: a finding that opened the paragraph
    ("Cervical lymphadenopathy is present in …") is not what the next sentences are about."""
    if clause.unclear:
        return False
    return not clause.own or clause.anaphor or same_name(clause.own, clause.subject)


_ARTICLE_FIRST = re.compile(r"^(?:the|a|an)\s+", re.I)


_LONG_WORD = re.compile(r"[a-z]{4,}")


def _subject_of(article: Article, sentence: Sentence, clause: Clause | None) -> str:
    """What a sentence is about, when the readers are sure it is not the title: the noun
    phrase its leading pronoun stands for, else the clause reader's subject; either only when
    it names one other condition (``_SUBJECT_NAME``) sharing no word with the title (then it
    is a form of the title, and the title is what the card asks about)."""
    found = sentence.referent or (clause.subject if clause and _own_or_referred(clause) else "")
    found = _ARTICLE_FIRST.sub("", found.strip())
    head = found.split(" of ")[0]
    if (
        not _SUBJECT_NAME.match(found)
        or _GENERIC_NAME_HEAD.search(head)
        # "The central stroma is …": a word with the ending that names no condition
        or _GENERIC_CONDITION.match(head.rsplit(" ", 1)[-1])
    ):
        return article.title
    names = (article.title, *article.synonyms)
    titled = {_singular(w) for n in names for w in _LONG_WORD.findall(n.lower())}
    own = {_singular(w) for w in _LONG_WORD.findall(found.lower())}
    if own & titled or any(same_name(found, name) for name in names):
        return article.title
    return found


def _entries_finishing_parent(items: tuple[ListItem, ...]) -> Iterator[tuple[ListItem, ListItem]]:
    for item in items:
        for child in item.children:
            if _PREDICATE_ENTRY.match(child.text) and not child.children:
                yield item, child
        yield from _entries_finishing_parent(item.children)


def extract_statements(article: Article, *, covered: Collection[str] = ()) -> Iterator[Fact]:
    """Statement facts of the sentences (and parent-finishing list entries) whose text is not
    in ``covered`` (the source texts of the facts other extractors made)."""
    used = set(covered)
    patients = _patient_sections(article)
    links_of = {
        (id(section), block.text): block.links
        for section in article.sections
        for block in section.blocks
    }
    clauses = {(id(c.sentence.section), c.sentence.text): c for c in iter_clauses(article)}
    narrated: set[tuple[int, str]] = set()  # paragraphs that tell one patient's course
    for sentence in iter_sentences(article):
        paragraph = (id(sentence.section), sentence.paragraph)
        if _CASE_NARRATIVE.search(sentence.text):
            # "This patient underwent mastectomy. Final histology confirmed DCIS measuring
            # 64 mm …": what follows in the paragraph is the same patient's course
            narrated.add(paragraph)
        if sentence.text in used or id(sentence.section) in patients or paragraph in narrated:
            continue
        links = links_of.get((id(sentence.section), sentence.paragraph), ())
        clause = clauses.get((id(sentence.section), sentence.text))
        # "They correspond to WHO grade 1": read with the noun phrase the pronoun stands for
        # (only when the reader is sure of it; else the sentence stays off, C2).
        fact = _statement(
            article,
            sentence.section,
            sentence.text,
            sentence.resolved,
            links,
            own_subject=sentence.resolved == sentence.text,
            subject=_subject_of(article, sentence, clause),
        )
        if fact is not None:
            used.add(sentence.text)
            yield fact
    for unit in iter_lists(article):
        for parent, child in _entries_finishing_parent(unit.block.items):
            source = f"{parent.text}: {child.text}"
            if source in used or child.text in used or id(unit.section) in patients:
                continue
            subject = _SHARE_TAIL.sub("", split_label(parent.text)[0]).strip()
            joined = f"{subject} {child.text.rstrip('.')}."
            fact = _statement(article, unit.section, source, joined[:1].upper() + joined[1:], ())
            if fact is not None:
                yield fact
