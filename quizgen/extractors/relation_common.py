"""What every prose relation reader shares: the relation names (``group``), the
relation found, the denial, imaging and new-clause patterns, and the checks that choose
or canonicalise a relation's subject."""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extractors.clauses import Clause, is_condition_name, is_event_of_subject, same_name
from quizgen.model import Article

__all__ = [
    "ASSOCIATIONS",
    "CAUSES",
    "CLASS_ANAPHOR",
    "COMPLICATIONS",
    "CONTRAINDICATIONS",
    "GENETICS",
    "IMAGING",
    "MAX_FEATURE_WORDS",
    "NEGATED",
    "NEW_CLAUSE",
    "PRESENTATIONS",
    "PROGNOSTIC",
    "PRONOUNS",
    "PROTECTIVE",
    "RISK_FACTORS",
    "TYPES",
    "Relation",
    "canonical",
    "complaints_only",
    "event_risks",
    "is_title_head",
    "lower_first",
    "names_subject",
    "names_subject_phrase",
    "placed_form",
    "risk_subject",
    "shared_noun_of_adjectives",
    "without_naming_apposition",
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

# The article's condition named by a general noun ("The condition", "This disorder").
CLASS_ANAPHOR = re.compile(
    r"^(?:the|this)\s(?:condition|disease|disorder|syndrome|entity|abnormality|anomaly)$", re.I
)
NEGATED = re.compile(
    r"\b(?:not|no|never|without|lacks?|lacking|absence of|rarely|seldom|unlike|than|from|versus|vs)"
    r"\W+(?:\w+\W+){0,3}$",
    re.I,
)
# Words of imaging, not of a clinical presentation ("presents as a hypodense mass on CT").
IMAGING = re.compile(
    # "hypotension" and "hypercalcaemia" are clinical: only signal, density and echo words
    r"\b(?:hyper|hypo|iso)-?(?:intens|dens|echo|attenuat|enhanc|metabol|vascular|lucen)\w*"
    r"|\benhanc\w*|\bsignal\b|\battenuation\b|\bon\s+(?:CT|MRI|MR|"
    r"ultrasound|radiographs?)\b|\bT[12]\b|\bechogenic\w*|\bimaging\b",
    re.I,
)
# Relations too loose to guess the subject of when the sentence's subject is unclear.
NEW_CLAUSE = re.compile(
    r"(?<!\s),?\s+(?:and|but)\s+(?:their|its|it|they|this|these|there|"
    # ", and a minority describe …": a share of the patients opens a clause of its own
    r"a\s+minority|a\s+few|the\s+majority|some|others|many|most|"
    # ", and a considerable number already have …": a number of the patients, likewise
    r"an?\s+(?:[a-z]+\s+)?(?:number|proportion)|a\s+(?:significant|substantial)\s+minority)\b"
    # ", and symptoms typically wax and wane": a noun, then an adverb or a modal, is a
    # clause of its own
    r"|,\s+and\s+(?:the\s+)?[a-z][\w-]{1,30}(?:\s[a-z][\w-]{1,30})?\s+(?:typically|usually|"
    r"often|commonly|frequently|classically|characteristically|tend\s+to|may|can|later|"
    r"eventually|gradually|then)\s",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Relation:
    group: str
    subject: str
    item: str


def canonical(article: Article, name: str) -> str:
    names = (article.title, *article.synonyms)
    return article.title if any(same_name(name, n) for n in names) else name.strip()


def lower_first(name: str) -> str:
    """ "Abdominal aortic aneurysm" inside a phrase; "MEN 2" and "IgG4 disease" stay."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


# "abdominal or back pain", "renal or hepatic failure": a lone adjective shares the noun of
# the member after it (an adjective by its ending; "back", a noun, is no adjective).
_ADJECTIVE = re.compile(
    # "recurrent or non-resolving pneumonia": "-ent" adjectives too, not "-ment" nouns
    r"^(?!(?:patient|agent|parent|stent|solvent)$)[a-z]{3,30}(?:al|ic|ar|ous|ive|ary|eal|(?<!m)ent)$"
)
# A member whose head is followed by a phrase ("pneumonia distal to a lesion"): its last word
# is no noun the adjective before it shares.
_POSTMODIFIED = re.compile(r"\s(?:of|to|in|with|at|on|from|by|for|after|before)\s", re.I)


# "small bowel and colorectal adenocarcinoma": an organ alone before "and" is a modifier too.
_ORGAN_MODIFIER = re.compile(
    r"^(?:small\s+bowel|large\s+bowel|bowel|colon|stomach|liver|lung|breast|skin|bladder|"
    r"kidney|pancreas|thyroid|bone|brain|rectum|oesophagus|esophagus|prostate|ovary|uterus|"
    r"cervix|gallbladder|biliary\s+tract|bile\s+duct|head\s+and\s+neck|soft\s+tissue)$",
    re.I,
)


# "following exposure to cytotoxic drugs", "after treatment with steroids", "use of
# anticoagulants": a lead-in of exposure is no part of the member it names.
_EXPOSURE_LEAD = re.compile(
    r"^(?:(?:following|after|with|during)\s+)?(?:(?:prior|previous|recent|long-term|chronic)\s+)?"
    r"(?:exposure\s+to|treatment\s+with|therapy\s+with|administration\s+of|use\s+of)\s+"
    r"(?=\S)",
    re.I,
)


def shared_noun_of_adjectives(items: list[str]) -> list[str]:
    # ("cytotoxic and immunosuppressive drugs": both are drugs once the lead-in is off)
    items = [_EXPOSURE_LEAD.sub("", item, count=1) for item in items]
    shared = list(items)
    for index in range(len(items) - 2, -1, -1):
        after = shared[index + 1].split()
        modifier = _ADJECTIVE.match(items[index]) or _ORGAN_MODIFIER.match(items[index])
        head = _head_noun(shared[index + 1])
        if modifier and len(after) >= 2 and head:
            shared[index] = f"{items[index]} {head}"
    return shared


def _head_noun(phrase: str) -> str:
    """The head noun of a member: its last word, or before a phrase after it the last word
    that is no adjective ("pneumonia" in "non-resolving pneumonia distal to a lesion")."""
    postmodified = _POSTMODIFIED.search(phrase)
    words = (phrase[: postmodified.start()] if postmodified else phrase).split()
    if not postmodified:
        return words[-1] if words else ""
    nouns = [w for w in words[1:] if not _ADJECTIVE.match(w)]
    return nouns[-1] if nouns else ""


MAX_FEATURE_WORDS = 5


PRONOUNS = frozenset({"it", "they", "this", "these", "those", "such", "there", "patients"})


def names_subject_phrase(phrase: str, clause: Clause, article: Article) -> bool:
    names = (clause.topic, article.title, *article.synonyms)
    return any(n and same_name(phrase, n) for n in names)


def is_title_head(phrase: str, article: Article) -> bool:
    """ "the aneurysm" in an article on abdominal aortic aneurysm."""
    return article.title.lower().endswith(" " + phrase.lower().strip())


def risk_subject(article: Article, of: str) -> str:
    """ "an aneurysm" in an article on abdominal aortic aneurysm is the title's condition."""
    bare = re.sub(r"^(?:an?|the)\s+", "", of.strip(" ."), flags=re.I)
    if bare.lower() in PRONOUNS:
        return article.title  # "a lower risk of developing it"
    title = article.title.lower()
    if bare and (title.endswith(" " + bare.lower()) or same_name(bare, article.title)):
        return article.title
    return canonical(article, bare)


def event_risks(group: str, owner: str, condition: str) -> tuple[str, str]:
    """(group, owner) of a relation whose owner may be an event of the condition: "Risk
    factors for progression include A" are risks of the condition's progression, filed under
    "progression of <condition>", not under a condition called "progression"."""
    if group != RISK_FACTORS or not is_event_of_subject(owner):
        return group, owner
    event = re.sub(r"^the\s", "", owner.strip(), flags=re.I).lower()
    return group, f"{event} of {lower_first(condition)}"


def names_subject(clause: Clause, article: Article) -> bool:
    names = (clause.subject, article.title, *article.synonyms)
    return any(same_name(clause.own, name) for name in names)


# "pain, typically worse at night and with exertion, …": what makes a complaint worse or
# better is a comment on it, no complaint of its own.
_MODIFIED_BY = re.compile(
    r",\s(?:(?:typically|usually|often|especially|particularly|classically|characteristically|"
    r"mostly|frequently)\s)?(?:worse|better|aggravated|exacerbated|relieved|eased|provoked|"
    r"precipitated|triggered)\b[^,;]{0,100}(?=[,;]|$)",
    re.I,
)
_PREPOSITION_END = re.compile(r"\b(?P<preposition>of|with)\s*$", re.I)


def complaints_only(members: str, verb: str) -> str:
    """The complaints of "complain of A, worse with B, and of C": the comment on A dropped,
    and the verb's preposition said again before C ("and of C") left out of C."""
    members = _MODIFIED_BY.sub("", members)
    preposition = _PREPOSITION_END.search(verb)
    if preposition:
        members = re.sub(
            rf"(,?\s(?:and|or)\s){preposition['preposition']}\s", r"\1", members, flags=re.I
        )
    return members


# "Down syndrome and Allgrove syndrome (triple A syndrome), the combination of achalasia,
# alacrima and adrenal insufficiency": after the last member ("and"/"or" X, perhaps with a
# bracketed other name), "the/a <noun> of|in|with …" says what X is; its words are no members.
# (relation_leads._FINAL_APPOSITION, for a run that opens a sentence, drops any ", a/the …"
# after the last member; this one, for a run after a relation's verb, only one whose noun is
# followed by "of", "in", "with" or a relative word.)
_NAMING_APPOSITION = re.compile(
    r"^(?P<keep>[^;:]{0,300}?\s(?:and|or)\s[^,;:()]{2,60}(?:\s\([^();:]{1,60}\))?),"
    r"\s{1,3}(?:an?|the)\s(?:[a-z-]{2,30}\s){1,3}(?:of|in|with|where|which|that|whereby)\s"
    r"[^;]{0,300}$",
)


def without_naming_apposition(members: str) -> str:
    """A run of members without an apposition that describes its last member."""
    return _NAMING_APPOSITION.sub(r"\g<keep>", members, count=1)


# "Clival tumours", "Lesions in the cerebellopontine angle": the condition's lesions named by
# a generic noun with the place (or another qualifier) that makes them a form of it.
# ("Hereditary cancers account for 5-10%": "familial cases", "hereditary cancers" are forms
# of the page's condition just as well)
_GENERIC_LESION = r"(?:lesions|tumou?rs|cysts|masses|cancers|carcinomas|cases)"
# ("Larger tumours", "Most lesions", "Symptomatic cysts": a size, a share or a state is no
# form of the condition; such a sentence is the title's, read by caused_symptoms)
_NO_FORM_QUALIFIER = (
    r"(?!(?:larger|large|smaller|small|bigger|big|giant|huge|tiny|most|many|some|all|other|"
    r"these|those|such|both|several|few|symptomatic|asymptomatic|untreated|treated|benign|"
    r"malignant|multiple|solitary|recurrent|residual|rare|occasional|reported|documented|"
    r"described|such|similar|typical|classic|new|further|remaining|individual|isolated|"
    # ("Epithelial tumours", "Germ cell tumours": a class of tumours of its own, no form)
    r"epithelial|mesenchymal|stromal|glial|neuronal|lymphoid|myeloid|vascular|neural|"
    r"neuroendocrine|metastatic|secondary|primary|congenital|acquired|"
    r"intracranial|extracranial|skeletal|cutaneous|systemic|clinical|radiological|surgical|"
    r"histological|pathological|medical|typical|atypical|classical|usual|unusual|general)\b)"
)
_QUALIFIED_GENERIC = re.compile(
    # (one qualifier, an adjective by its ending: "Clival", "Parasellar", "Familial",
    # "Hereditary", "Sarcomatoid"; a noun before the noun, "Germ cell", names another class)
    rf"^{_NO_FORM_QUALIFIER}(?P<before>[A-Z][a-z-]{{2,20}}(?:al|ar|ary|ic|oid))"
    rf"\s{_GENERIC_LESION}$"
    rf"|^{_GENERIC_LESION}\s(?P<place>(?:in|of|at|within|near|around)\s(?:the\s)?"
    r"[a-z-]{3,20}(?:\s[a-z-]{3,20}){0,2})$",
    re.I,
)


def placed_form(own: str, article: Article) -> str:
    """The form of the article's condition a generic lesion noun with a qualifier names
    ("clival chordoma", "intracranial epidermoid cyst in the cerebellopontine angle"), when
    the title names a lesion; else ""."""
    match = _QUALIFIED_GENERIC.match(own)
    if match is None or not is_condition_name(article.title):
        return ""
    title = lower_first(article.title)
    if match["before"]:
        qualifier = match["before"]
        return f"{qualifier[:1].lower()}{qualifier[1:]} {title}"
    return f"{title} {match['place']}"
