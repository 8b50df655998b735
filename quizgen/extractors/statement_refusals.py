"""Sentence shapes a statement refuses (``statements``): sentences about the page or one
patient (meta sentences, a case's narrative, verdict and own sections), sentences that lean
on the one before (pronoun and connective leads, back-references, bare comparisons and
categories), vague predicates, contrasts and "features that favour" sentences about another
thing, and terms that only praise a modality or hold of most lesions."""

from __future__ import annotations

import re

from quizgen.extractors.statement_keys import KeyTerm, _singular
from quizgen.extractors.vocabulary import WEAK_TERMS
from quizgen.model import Article, Section

__all__ = [
    "_CASE_NARRATIVE",
    "_CASE_VERDICT",
    "_DEPENDENT_LEAD",
    "_META",
    "_PRONOUN_LEAD",
    "_VERB",
    "_about_another",
    "_clean",
    "_only_weak",
    "_patient_sections",
    "_praised_modality",
    "_testable",
    "fact_verb_stem",
    "third_person_verb",
]

MIN_WORDS = 3  # "Treatment is surgical."
MAX_WORDS = 50

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
    # verbs of management and mechanism that carry a fact alone ("Management focuses on
    # decompression", "The halo corresponds to oedema", "Loss of X underlies the failure")
    "focus",
    "hinge",
    "underlie",
    "underlies",
    "inhibit",
    "impair",
]
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|may|can|could|might|must|should|will|would|"
    r"carr(?:y|ies)|var(?:y|ies)|\w+ed|"
    # third-person forms of verbs whose bare form is also a noun ("use", "fall")
    r"uses|divides|relies|falls|rises|migrates|restores|binds|halves|"
    # verbs of cause, course and mechanism whose bare form is also a noun or rarely a verb
    r"determines|propagates|fixes|joins|starts|regains|survives?|avoids|releases|drives|"
    r"conforms?|accumulates|adapts?|adds|belongs|aims|evolves|transmits|maps|exploits|"
    # verbs of course and origin ("Inflammation progresses to …", "No medical therapy halts
    # …", "A proportion transform into …", "The word derives from …"); "progress" as a
    # noun is no verb, its third person is. ("rests on", "provides", "explains", "perform"
    # were tried: their sentences were mostly wrong statements, session 28)
    r"halts|amplif(?:y|ies)|progresses|recovers|transforms?|offers?|comes\sfrom|derives|"
    r"(?:" + "|".join(_VERB_STEMS) + r")(?:s|es|d)?)\b",
    re.I,
)
# The third person of a verb that carries a fact ("binds", "increases", "supplies"): a
# verb wherever it stands after a subject, for the predicate blank (``predicate_terms``).
_THIRD_PERSON = re.compile(
    r"(?:"
    + "|".join(
        s[:-1] + "ies" if s.endswith("y") else s + "s|" + s + "es"
        for s in _VERB_STEMS
        # ("makes [silicone bright]": an object and its complement, no one blank)
        if s != "make"
    )
    + r"|uses|divides|relies|falls|rises|migrates|restores|binds|determines|propagates|fixes|"
    r"joins|starts|regains|survives|avoids|releases|drives|conforms|accumulates|adapts|adds|"
    r"belongs|aims|evolves|transmits|exploits|halts|amplifies|progresses|recovers|"
    r"transforms|offers)"  # ("derives from [the Greek word]": a name's language, no fact)
)
_STEMS = frozenset(_VERB_STEMS)


def third_person_verb(word: str) -> bool:
    """Whether a lower-case word is the third person of a verb of ``_VERB_STEMS``."""
    return _THIRD_PERSON.fullmatch(word) is not None


def fact_verb_stem(word: str) -> bool:
    """Whether a lower-case word is the bare form of a verb of ``_VERB_STEMS`` ("to
    [result] from", an infinitive after a verb of belief)."""
    return word in _STEMS


# Sentences about the article or the page, not about the disease.
_META = re.compile(
    r"\b(?:this article|these articles|discussed separately|see below|see above|refer to the|"
    r"please refer|below are|as above|this page|this section|in this chapter|click|"
    r"described below|listed below|are discussed|this case|the present case|"
    # "Bone windows show the remodelling described above": what the page said before
    r"(?:described|mentioned|discussed|noted|outlined|listed)\s(?:above|earlier))\b",
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
    r"observation|mnemonic)\s(?:is|are|was|were|has|have|had|can|"
    r"may|might|remains?|seems?|appears?)\b"
    # "The hand bones are otherwise sclerotic": otherwise than the sentence before says
    # ("Patients are otherwise healthy" is said of the patients alone: kept)
    r"|^[^,;]{3,60}\s(?:is|are)\s(?:\w+ly\s)?otherwise\s(?!healthy|well\b)",
    re.I,
)
_PRONOUN_LEAD = re.compile(
    # "Others include …": others than the ones the sentence before named
    r"^(?:it|its|they|their|these|this|those|such|each|both|he|she|which|others|"
    # "There it forms …" points back; existential "there is/are" names what exists
    r"there(?!\s(?:is|are|was|were|(?:may|can|could|might|will)\s(?:also\s)?be)\b))\b",
    re.I,
)
# Connectives that tie a sentence to the one before; without it they mean nothing.
_CONNECTIVE = re.compile(
    r"^(?:having said that|however|in addition|additionally|also|moreover|furthermore|thus|"
    r"therefore|hence|as such|of note|importantly|interestingly|nevertheless|indeed|"
    # ("In contrast to X, …" names the other arm: the phrase stays whole)
    r"in contrast(?!\s+(?:to|with)\b)|similarly|again)\s*,?\s+",
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
    # "The dominant arm is more often affected": the site is set against the other sites, and
    # which one is the fact (a bare passive of involvement, ``predicate_objects``)
    r"(?!\s+(?:affected|involved)\s?[.;])"
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
# One patient's course told from an occasion ("In this patient, the 3 mm step led to …", "At
# laparotomy, 18 cm of ileum was resected"): the case's events, not a fact of the disease. An
# occasion told in the present ("At surgery the appendage is found …") is general: kept.
_CASE_OCCASION = re.compile(
    r"^in\s(?:this|our)\spatient\b|^at\s(?:laparotomy|surgery|operation|thoracotomy|"
    r"laparoscopy|arthroscopy|craniotomy)\b(?=[^.;]{0,200}\b(?:was|were)\b)",
    re.I,
)
_TITLE_WORD = re.compile(r"[a-z]{5,}")


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
    # "Spinal CSF leaks are classified into four types.": how many, not which
    r"|\b(?:is|are)\s(?:classified|divided|grouped|categori[sz]ed|subdivided)\s(?:in)?to\s"
    r"(?:two|three|four|five|six|seven|several|[2-9])\s(?:[\w-]{1,30}\s){0,2}"
    r"(?:types|subtypes|categories|grades|stages|forms|classes|groups|patterns)\s?\.?$"
    # "Radiographs are of historical interest.": a judgement with nothing of what is shown
    r"|\b(?:is|are)\s(?:now\s|mainly\s|largely\s)?of\s(?:historical|limited|little|no)\s"
    r"(?:interest|value|use|importance)\s?\.?$"
    r"|\bnotoriously\s(?:difficult|hard|unreliable)\b"
    r"|\b(?:decision|choice|management)\s(?:\w{1,20}\s)?depends\son\b"
    # "The cause differs with age": that it varies, not how
    r"|^[\w-]+(?:\s[\w-]+){0,3}\s(?:differs?|var(?:y|ies)|depends?|changes?)\s(?:\w+ly\s)?"
    r"(?:with|on|by|according\sto)\s(?:the\s)?[\w-]+(?:\s(?:and|or)\s(?:the\s)?[\w-]+)?\s?\.$"
    # "Epidemiology is straightforward.", "Management remains controversial.": a judgement of
    # a whole heading of the page, with nothing of what it holds
    r"|^(?:the\s)?(?:epidemiology|pathology|aetiology|etiology|pathogenesis|presentation|"
    r"imaging|management|treatment|diagnosis|prognosis|terminology|nomenclature)\s"
    r"(?:is|are|remains?)\s(?:\w+ly\s)?(?:straightforward|simple|complex|complicated|"
    r"controversial|challenging|difficult|debated|unclear|evolving|confusing|variable)\s?\.$"
    # "The presentation differs between the two age groups.": groups named before, no how
    r"|\b(?:differs?|var(?:y|ies))\s(?:\w+ly\s)?(?:between|among|across)\s(?:the\s)?"
    r"(?:two|three|four|these|those|both)\b[\w\s-]{0,30}\.$"
    # "The lesion has a broad differential.", "The differential is wide and includes …":
    # that the list is long, not what is on it
    r"|\b(?:has|have|carries|carry)\s(?:an?\s)?(?:very\s|rather\s)?(?:broad|wide|long)\s"
    r"differential(?:\sdiagnosis)?\s?\.$"
    r"|^the\sdifferential(?:\sdiagnosis)?\s(?:is|remains)\s(?:\w+ly\s)?(?:broad|wide|long)\b"
    # "CT and MRI are complementary.": of every pair of tests, with nothing said of how
    r"|\s(?:is|are)\s(?:\w+ly\s)?complementary\s?\.$"
    # "Early CT findings are often subtle and nonspecific.": that a study shows little, not what
    r"|^(?:the\s)?(?:[\w-]+\s){0,3}(?:findings|features|appearances|changes)\s(?:is|are|may\sbe)\s"
    r"(?:\w+ly\s|often\s)?(?:subtle|non-?specific|variable|normal)(?:\s(?:and|or)\s(?:\w+ly\s)?"
    r"(?:subtle|non-?specific|variable|absent|normal))?(?:\s(?:in|at|during)\s[\w\s-]{2,30})?\s?\.$"
    # "Specific sites have their own signs.": that there are some, not which
    r"|^[\w-]+(?:\s[\w-]+){0,3}\s(?:has|have)\s(?:their|its)\sown\s[\w-]+\s?\.$"
    # "Management follows standard guidance.": the guidance of every condition
    r"|\bfollows?\s(?:the\s)?(?:standard|usual|general|established|current|conventional|"
    r"local)\s(?:[\w-]+\s){0,3}(?:guidance|guidelines|principles|practice|protocols?)\s?\.$"
    # "The appearance depends on the proportions of fat and blood.", "Presentation varies with
    # the organ involved.": that a heading's content varies, not how (the whole sentence)
    r"|^(?:the\s)?(?:(?:imaging|radiographic|clinical)\s)?(?:appearances?|presentation|"
    r"differential(?:\sdiagnosis)?)\s(?:\w+ly\s)?(?:depends?|var(?:y|ies))\s(?:\w+ly\s)?"
    r"(?:on|with|according\sto)\s"
    # (a clause after a comma says how: "…, fibrotic lesions being dark on T2")
    r"(?![^;:]{0,80},\s(?:[\w-]{1,20}\s){0,2}(?:[a-z]{2,20}ing|which|where|so|but|whereas|while)\b)"
    r"[^;:]{0,80}\.$"
    # "Radiographs are often characteristic.": a test praised with no finding named
    r"|^(?:the\s)?(?:plain\s)?(?:[\w-]+\s)?(?:radiographs?|films?|CT|MRI|ultrasound|sonography|"
    r"imaging|scintigraphy)\s(?:is|are)\s(?:(?:often|usually|highly|very|frequently|typically|"
    r"generally|sometimes)\s){0,2}(?:characteristic|suggestive|typical|informative)\s?\.$"
    # "The disease has a striking geographic distribution.": that it varies, not where
    r"|\b(?:has|have|shows?)\san?\s(?:\w+ly\s)?(?:striking|marked|distinct|wide|characteristic|"
    r"uneven)\s(?:geographic(?:al)?|racial|ethnic|seasonal)\s(?:distribution|variation)\s?\.$"
    # "Outcomes have improved substantially with modern treatment.": of every disease
    r"|^(?:the\s)?(?:overall\s)?(?:outcomes?|survival|prognosis|results?|mortality)\s(?:has|have)\s"
    r"(?:\w+ly\s)?(?:improved|fallen|declined)\s(?:\w+ly\s)?(?:with|since|owing\sto|due\sto)\s"
    r"(?:the\s)?(?:modern|current|recent|contemporary|improved|better|advances\sin)\s"
    r"(?:[\w-]+\s){0,2}?(?:treatments?|therap(?:y|ies)|management|care|techniques|imaging)\s?\.$"
    # "Susceptibility reflects both genes and environment.": of nearly every disease
    r"|\b(?:reflects?|involves?|depends?\son|(?:is|are)\s(?:influenced|determined)\sby)\s(?:both\s)?"
    r"(?:genes?|genetics|genetic\sfactors)\sand\s(?:the\s)?(?:environment|environmental\sfactors)\s?\.$",
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
# "Some are ...", "A minority of patients ...": a small share without its figure holds of a
# few lesions only; "Most are …" opens on no noun, like a bare pronoun (C2). ("Most tumours
# are asymptomatic", "Many patients are asymptomatic" name what they hold of: kept.)
_QUANTIFIER_LEAD = re.compile(
    r"^(?:(?:some|few|several|half|"
    r"an?\s(?:(?:small|large|significant|substantial|minority)\s)?(?:proportion|minority|"
    r"subset|number|third|quarter|fifth|fraction|few))\b"
    r"|(?:most|many|the\s(?:vast\s)?majority)\s(?:of\s(?:them|these|those)\s)?"
    r"(?:are|is|were|was|have|has|may|can|present)\b)",
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
# ("Radiographs are usually diagnostic", "Ultrasound is often sufficient": which test settles
# it is a fact, kept; the test stays the blank)
_SETTLES = re.compile(
    r"\s(?:is|are)\s(?:(?:\w+ly|also|often|very|most)\s){0,2}(?:diagnostic|sufficient)\b", re.I
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
        and not _bare_comparison(sentence)
        and not ("others" in sentence and _THAN_OTHERS.search(sentence))
        and not _VAGUE_PREDICATE.search(sentence)
        and not _FRONTED_PRONOUN.match(sentence)
        and not _CASE_NARRATIVE.search(sentence)
        and not _BACK_REFERENCE.match(sentence)
        and not _BARE_CATEGORY.match(sentence)
        and bool(_VERB.search(sentence))
    )


# The other arm of a comparison named in the same sentence: before it, after a contrast
# ("unusual in type 1 but more frequent in type 2", "…, whereas atypical ones are more
# frequent in smokers"), or anywhere by a word of comparison.
_CONTRAST_BEFORE = re.compile(r"(?:,\s|\s)(?:whereas|while|but)\s", re.I)
_OTHER_ARM = re.compile(r"\b(?:than|unlike|compared\s(?:with|to)|relative\sto)\b", re.I)


def _bare_comparison(sentence: str) -> bool:
    """Whether the sentence compares ("is more common") with what it does not name."""
    found = _BARE_COMPARISON.search(sentence)
    if found is None or _OTHER_ARM.search(sentence):
        return False
    return _CONTRAST_BEFORE.search(sentence, 0, found.start()) is None


def _only_weak(terms: list[KeyTerm], sentence: str, *, own_subject: bool) -> bool:
    """Whether the sentence's only key terms hold of most lesions ("asymptomatic") and the
    sentence does not name what it is about ("Most are …", a pronoun read as the title)."""
    weak = all(WEAK_TERMS.match(t.text) for t in terms)
    # "Small tumours may be asymptomatic": a hedge on what holds of most lesions
    hedged = any(_HEDGE_BEFORE.search(sentence, 0, t.start) for t in terms)
    return weak and (
        not own_subject
        or hedged
        or bool(_QUANTIFIER_LEAD.match(sentence))
        or bool(_TREND.search(sentence))
    )


# A trend or an occasion told of finding lesions by chance ("Tumours are increasingly
# discovered incidentally", "Occasionally the tumour is found incidentally"): how imaging is
# used now, true of most lesions, not a fact of this one.
_TREND = re.compile(
    r"\b(?:increasingly|occasionally|sometimes|an\sincreasing\s(?:number|proportion)|"
    r"(?:with\s)?increasing\s(?:frequency|use)|more\sand\smore)\b",
    re.I,
)


_HEDGE_BEFORE = re.compile(r"\b(?:may|can|might|could)\s(?:\w+ly\s)?be\s$", re.I)


def _praised_modality(terms: list[KeyTerm], sentence: str) -> bool:
    """Whether the one blank is the modality the sentence opens on, and the sentence only
    praises it ("MRI is helpful …")."""
    if len(terms) != 1 or terms[0].type != "modality":
        return False
    opener = sentence[: terms[0].start].strip().lower()
    if _TRADE_OFF.search(sentence) or _SETTLES.match(sentence, terms[0].end):
        return False  # "useful as an overview but insensitive to small lesions" narrows it
    return opener in {"", "the"} and bool(_PRAISED.match(sentence, terms[0].end))


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
