"""What a sentence is about: its opening noun phrase, resolved through pronouns, and lists of
noun phrases ("A, B and C") in the rest of it.

A sentence that opens on a specific noun phrase ("Secondary glioblastomas arise …") is about
that phrase; one that opens on a pronoun or an anaphor ("They", "These lesions") is about
the previous sentence's subject; one that names nothing specific ("There is …", "Patients
present …", "The peak incidence is …") is about the paragraph's topic, which is the
article's title until a sentence of the paragraph names another subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, takewhile

from quizgen.extractors.text import Sentence, iter_sentences
from quizgen.extractors.vocabulary import LINKING_ADVERBS
from quizgen.model import Article
from quizgen.normalize import normalize_answer, word_stem
from quizgen.phrases import is_modifier, owner_first, share_head

__all__ = [
    "CONTRAST",
    "Clause",
    "is_catch_all_name",
    "is_condition_name",
    "is_event_of_subject",
    "is_stage_of_subject",
    "iter_clauses",
    "refers_back",
    "same_name",
    "split_noun_phrases",
    "title_head",
]

MAX_SUBJECT_WORDS = 8
MAX_ITEM_WORDS = 8
MAX_ITEMS = 10

# Words that end a sentence's opening noun phrase: finite verbs and the adverbs before them.
_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "may",
        "can",
        "could",
        "might",
        "will",
        "would",
        "should",
        "must",
        "does",
        "do",
        "did",
        "occur",
        "occurs",
        "arise",
        "arises",
        "account",
        "accounts",
        "affect",
        "affects",
        "present",
        "presents",
        # "Symptomatic patients complain of …": a verb of presenting
        "complain",
        "complains",
        "suffer",
        "suffers",
        "develop",
        "develops",
        "appear",
        "appears",
        "seem",
        "seems",
        # "Symptoms become more frequent with age and include …"
        "become",
        "becomes",
        "show",
        "shows",
        "demonstrate",
        "demonstrates",
        "represent",
        "represents",
        "tend",
        "tends",
        "remain",
        "remains",
        "involve",
        "involves",
        "carry",
        "carries",
        "contain",
        "contains",
        "mimic",
        "mimics",
        # "Variant CJD differs clinically, presenting with …": the opening is its subject
        "differ",
        "differs",
        "result",
        "results",
        "increase",
        "increases",
        "leads",
        "raise",
        "raises",
        "comprise",
        "comprises",
        # "Risk factors include …", "Minor features include …": the list's verb
        "include",
        "includes",
        "constitute",
        "constitutes",
        "predominate",
        "predominates",
        "refer",
        "refers",
        # "Benign forms behave differently, …": a comparison's verb
        "behave",
        "behaves",
        "typically",
        "usually",
        "often",
        "commonly",
        "frequently",
        "rarely",
        "characteristically",
        "classically",
        "generally",
        "predominantly",
        "mainly",
        "also",
        "almost",
        "seldom",
        "only",
        "never",
        "always",
        "sometimes",
        "occasionally",
        "mostly",
    ]
)
_ADVERBS = frozenset(w for w in _VERBS if w.endswith("ly")) | {"also", "only", "never", "always"}
# Opening words that name no subject of their own ("There is", "Patients present", "Most …").
_GENERIC = frozenset(
    [
        "there",
        "here",
        "patients",
        "patient",
        "men",
        "women",
        "males",
        "females",
        "male",
        "female",
        "boys",
        "girls",
        "children",
        "adults",
        "people",
        "individuals",
        "cases",
        "most",
        "many",
        "some",
        "few",
        "several",
        # "Three main histological subtypes are recognised": a count, no subject of its own
        "two",
        "three",
        "four",
        "five",
        "six",
        "approximately",
        "about",
        "around",
        "nearly",
        "roughly",
        "up",
        "over",
        "under",
        "the",
        "majority",
        "minority",
        "incidence",
        "prevalence",
        "peak",
        "mean",
        "median",
        "average",
        "age",
        "ages",
        "risk",
        "prognosis",
        "treatment",
        "management",
        "diagnosis",
        "imaging",
        "ct",
        "mri",
        "ultrasound",
        "radiographs",
        "radiography",
        "radiograph",
        "pet",
        "scintigraphy",
        "angiography",
        "biopsy",
        "histology",
        "histologically",
        "clinically",
        "symptoms",
        "presentation",
        "features",
        "findings",
        "differential",
        "differentials",
        "mimics",
        "complications",
        "associations",
        "association",
        "overall",
        "surgery",
        "resection",
        "survival",
        "recurrence",
        "enhancement",
        "signal",
        "appearance",
        "appearances",
        "it's",
    ]
)
_OFF_TOPIC = frozenset(
    [
        "treatment",
        "management",
        "diagnosis",
        "imaging",
        "ct",
        "mri",
        "ultrasound",
        "radiographs",
        "radiography",
        "radiograph",
        "pet",
        "scintigraphy",
        "angiography",
        "biopsy",
        "histology",
        "surgery",
        "resection",
        "survival",
        "prognosis",
        "recurrence",
        "enhancement",
        "signal",
        "appearance",
        "appearances",
        "scan",
        "scans",
    ]
)
_PRONOUN = re.compile(
    r"^(?:it|they|this|these|those|such|the|both)"
    r"(?:\s+(?:lesions?|tumou?rs?|masses|mass|entity|entities|conditions?|diseases?|"
    r"neoplasms?|cysts?|abnormalit(?:y|ies)|anomal(?:y|ies)|malformations?|disorders?|variants?|"
    r"subtypes?|types?|processes|process|findings?))?$",
    re.I,
)
_LEADING_ADVERBIAL = re.compile(
    # "Macroscopically the tumour is …": a sentence adverb with no comma before the subject
    r"^(?:[a-z]{2,20}ally\s(?=(?:the|these|this|its|their)\s)|"
    r"(?:in|on|at|for|among|unlike|although|while|whereas|however|overall|"
    r"histologically|clinically|typically|generally|pathologically|macroscopically|"
    r"microscopically|radiologically|rarely|occasionally|classically|additionally|"
    r"furthermore|moreover|importantly|notably)\b[^,.;]{0,60},\s+)",
    re.I,
)
# A sentence opening on a subordinate clause ("Because the mass is large, …") or on a
# comparison ("Among the other X, Y accounts for …") names no subject of the paragraph.
_SUBORDINATE = re.compile(
    r"^(?:because|although|though|if|when|whenever|since|as|while|whereas|unless|once|until|"
    r"before|after|so|even)\b",
    re.I,
)
_COMPARISON = re.compile(r"^(?:among|unlike|compared\s+with|compared\s+to|in\s+contrast)\b", re.I)
# "Nodules", "the mass", "Large tumours", "untreated lesions": a bare generic noun, at most
# with words of size, number or the condition's course (left untreated, long-standing),
# refers back to what the paragraph is about; it names no new subject.
_GENERIC_HEAD = re.compile(
    r"^(?:(?:the|a|an|these|such|this|most|many|some|all|both|larger|smaller|large|small|"
    r"giant|tiny|big|bigger|multiple|single|solitary|individual|typical|classic|most|"
    r"affected|remaining|characteristic|hallmark|pathognomonic|usual|main|principal|key|"
    r"underlying|defining|index|untreated|neglected|long-?standing|undiagnosed|"
    # "The fundamental lesion is thought to be enthesitis": the condition's own lesion
    r"fundamental|basic|essential|initial|earliest|"
    r"unrecogni[sz]ed)\s+)*"
    r"(?:lesions?|masses|mass|nodules?|tumou?rs?|cysts?|neoplasms?|growths?|foci|focus)$",
    re.I,
)


def title_head(title: str) -> str:
    """The title's head noun, lower-cased: the last word before any "of", "with" or "in"
    ("Fat necrosis of the breast" → "necrosis"), or "" for an empty title."""
    words = re.split(r"\s(?:of|with|in)\s", title.lower())[0].split()
    return words[-1] if words else ""


def refers_back(phrase: str, title: str) -> bool:
    """Whether ``phrase`` names no subject of its own but the one the text is about: a generic
    noun after words of size or course ("Larger tumours", "untreated lesions") or the title's
    own head noun after such words ("untreated mucoceles" in an article on sinus mucocele).
    Words that pick out a subgroup ("multiple tumours", "bilateral lesions") keep theirs."""
    *before, last = phrase.lower().split() or [""]
    # ("the infarct" in an article on omental infarction: one word in another form)
    own_head = word_stem(title_head(title)) == word_stem(last)
    return (
        bool(before)
        and all(_REFERRING_WORD.fullmatch(word) for word in before)
        and (own_head or bool(_GENERIC_NOUN.fullmatch(last)))
    )


# Words before a generic noun that leave it the text's own subject (size, the course).
_REFERRING_WORD = re.compile(
    r"the|these|this|those|such|larger?|small(?:er)?|big(?:ger)?|giant|tiny|untreated|neglected|"
    r"long-?standing|undiagnosed|unrecogni[sz]ed"
)
# ("Untreated disease can progress to …": the page's condition, left untreated)
_GENERIC_NOUN = re.compile(
    r"lesions?|masses|mass|nodules?|tumou?rs?|cysts?|neoplasms?|growths?|disease|condition"
)


# "The anomaly", "this disease": the article's subject named by its class noun alone, as a
# pronoun would; it names no other condition.
_CLASS_ANAPHOR = re.compile(
    r"^(?:the|this)\s(?:anomaly|malformation|disease|disorder|condition|syndrome|abnormality|"
    r"entity|infection|injury)$",
    re.I,
)
# Where a second subject takes over inside a sentence: "A …, whereas B …".
# Where a sentence turns to another subject: "…, whereas …", "…; but …".
CONTRAST = re.compile(r",\s*(?:whereas|while|but)\s+|;\s*(?:whereas\s+|while\s+|but\s+)?", re.I)
_TOKEN = re.compile(r"\S{1,60}")  # bounded, as every extractor pattern (docs/internals.md)
_NESTED = re.compile(r"\([^()]{0,120}\)")
# Head nouns of names of conditions (a closed set of word endings and nouns).
_CONDITION_HEAD = re.compile(
    r"(?:omas?|omata|itis|itides|osis|oses|opathy|opathies|plasias?|trophy|celes?|ectasias?|"
    r"a?emias?|iasis|tumou?rs?|lesions?|cysts?|cancers?|diseases?|syndromes?|malformations?|"
    r"masses|mass|nodules?|infections?|fractures?|aneurysms?|stenoses|infarcts?|infarctions?|"
    r"ha?emorrhages?|abscess(?:es)?|metastas[ie]s|variants?|subtypes?|anomal(?:y|ies)|"
    r"hernias?|effusions?|thrombos[ie]s|embolism|embolus|emboli|dissections?|neoplasms?|"
    r"polyps?|ulcers?|disorders?|deficienc(?:y|ies)|injur(?:y|ies)|tears?|ruptures?)$"
)
_PREPOSITION = re.compile(r"^(?:in|on|at|as|for|among|with|after|during|unlike|from)\s", re.I)
_ANAPHOR_TAIL = re.compile(
    r"\b(?:it|they|th(?:e|is|ese)\s+(?:lesions?|tumou?rs?|masses|mass|conditions?|diseases?))$",
    re.I,
)
_NO_HEAD = re.compile(r"^(?:type|types|grade|\d+|[IVX]+|[A-Z])$", re.I)
# Title words that name no condition of their own ("renal", "disease").
_NOT_NAMING = frozenset({"disease", "tumour", "tumor", "lesion", "syndrome", "cyst", "mass"})
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_INDEFINITE = re.compile(r"^an?\s", re.I)
# "The term congenital biliary dilatation is used …": a sentence about a word, whose
# subject (and a pronoun's antecedent after it) stays the paragraph's.
_A_WORD = re.compile(r"^(?:the\s)?(?:term|name|word|label|designation|eponym)\s", re.I)

# "Extracranial anomalies include A, B and C", "Associated syndromes comprise …": a plural
# noun that opens a list names the category of the members that follow, not a subject the
# paragraph goes on to discuss; the members belong to the paragraph's topic.
_LIST_VERB = re.compile(r"^(?:also\s+)?(?:include|comprise|encompass)\b", re.I)
_PLURAL_HEAD = re.compile(r"^[a-z-]{3,30}(?:ies|[^s]s|ata|ae)$")
# "Associated anomalies", "Other malformations", "Coexisting lesions", "associated cardiac
# defects": conditions that come with the subject, named by a generic class noun (a word may
# stand between for the first adjectives); no subject of their own ("Associated
# tuberculomas are T2 hypointense" names its own).
_OTHER_CONDITIONS = re.compile(
    r"^(?:associated|coexisting|co-existing|concomitant|accompanying)\s(?:[a-z-]{3,30}\s)?"
    r"(?:anomalies|abnormalities|malformations|conditions|disorders|diseases|syndromes|"
    r"defects|injuries)$"
    r"|^(?:(?:the|these)\s)?(?:associated|other|related|coexisting|co-existing|additional|"
    r"concomitant|accompanying)\s(?:anomalies|abnormalities|malformations|conditions|disorders|"
    r"diseases|syndromes|lesions|defects|complications|infections|tumou?rs|cancers|"
    r"malignancies)$",
    re.I,
)
# An item that only closes a list, never a member to learn (M3).
_CATCH_ALL = frozenset({"other", "others", "unknown", "miscellaneous", "rest", "remainder"})


@dataclass(frozen=True, slots=True)
class Clause:
    """A sentence with what it is about.

    ``subject`` is the resolved subject (the title when the sentence names none); ``own`` the
    noun phrase the sentence opens with as written ("" when it opens on a pronoun or a
    generic word); ``rest`` the text after that phrase (the whole sentence when none).
    """

    sentence: Sentence
    subject: str
    own: str
    rest: str
    anaphor: bool
    topic: str = ""  # what the paragraph was about before this sentence
    unclear: bool = False  # no short opening phrase: what the sentence is about is a guess
    # (offset in the sentence, subject) where a contrast clause names its own subject
    contrasts: tuple[tuple[int, str], ...] = ()

    def subject_at(self, offset: int) -> str:
        """The subject of the part of the sentence at ``offset``: "Sporadic tumours present
        late, whereas VHL-associated tumours appear earlier" has two."""
        subject = self.subject
        for start, other in self.contrasts:
            if offset >= start:
                subject = other
        return subject


def _singular(word: str) -> str:
    for suffix, replacement in (("ies", "y"), ("omata", "oma"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word


_NAME_SEPARATORS = re.compile(r"[\s/-]+")


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    words = _NAME_SEPARATORS.split(owner_first(_DETERMINER.sub("", name.strip())))
    return normalize_answer(" ".join(_singular(w.lower()) for w in words if w))


def same_name(first: str, second: str) -> bool:
    """Two names for one thing, up to case, articles, plurals and spelling."""
    return bool(_key(first)) and _key(first) == _key(second)


def is_catch_all_name(name: str) -> bool:
    """ "others", "unknown": the rest of a list, never a member of it."""
    return name.strip().lower() in _CATCH_ALL


# "Acquired cysts, by contrast, may follow …": a sentence adverb set between commas after
# the opening noun phrase is no part of it (a closed class of discourse adverbials).
_INTERPOSED = re.compile(
    r"^(?P<phrase>[^,;]{1,120}),\s{1,3}(?:by\s+contrast|in\s+contrast|however|conversely|"
    r"therefore|thus|moreover|furthermore|in\s+turn|likewise|similarly|in\s+addition|"
    r"instead|too|though|in\s+general|on\s+the\s+other\s+hand|in\s+particular)$",
    re.I,
)


def _opening_phrase(text: str) -> tuple[str, str]:
    """(opening noun phrase, rest) of a sentence, or ("", text) when no verb closes a short
    phrase at its start."""
    lead = _LEADING_ADVERBIAL.match(text)
    # "In children it is caused by A, whereas …": a clause with its own verb is no setting
    setting_only = lead and not any(
        word.lower() in _VERBS - _ADVERBS for word in lead.group(0).split()[1:]
    )
    body = text[lead.end() :] if lead and setting_only else text
    tokens = list(islice(_TOKEN.finditer(body), MAX_SUBJECT_WORDS + 1))  # bounded: linear
    for index, token in enumerate(tokens[: MAX_SUBJECT_WORDS + 1]):
        word = token.group(0).lower().strip(",")
        if word in _VERBS and index:
            phrase = body[: token.start()].strip().rstrip(",")
            interposed = _INTERPOSED.match(phrase)
            if interposed:
                phrase = interposed["phrase"].strip()
            if "," in phrase or ";" in phrase:
                return "", text
            return phrase, body[token.start() :]
    return "", text


def _is_generic(phrase: str) -> bool:
    words = _DETERMINER.sub("", phrase).split()
    if not words:
        return True
    first, head = words[0].lower().strip("("), _head(phrase)
    return (
        first in _GENERIC
        or head in _GENERIC
        or first[:1].isdigit()
        or first[:1] in "~<>≈≤≥"
        or "%" in phrase
    )


_OF_WITH_BETWEEN = re.compile(r" (?:of|with|between) ")
# A place phrase follows its head: "a fluid-fluid level within the sellar mass" is a level,
# not a mass, and shares no naming word with a title on the sella.
_PLACE_AFTER_HEAD = re.compile(r" (?:within|inside|beneath|behind) ")
# "Pancreatic involvement in the primary disease": a noun that names no condition, set in
# one; the phrase names the involvement, not the disease.
_SET_IN = re.compile(r" in (?:the|this|that|its|their|a|an) ")


def _head(phrase: str) -> str:
    """The head noun of a name: "renal cell carcinoma (RCC)" → "carcinoma", "tumours of
    the nerve sheath" → "tumours"."""
    # "the link with inflammatory bowel disease": the head is "link", not "disease"
    bare = _OF_WITH_BETWEEN.split(_NESTED.sub("", phrase), maxsplit=1)[0].split()
    while len(bare) > 1 and _NO_HEAD.match(bare[-1]):
        bare.pop()  # "neurofibromatosis type 2"
    return bare[-1].lower().strip(",") if bare else ""


def is_condition_name(phrase: str) -> bool:
    """Whether a phrase's head noun names a disease or lesion ("papillary microcarcinomas",
    "atypical cartilaginous tumour"), by a closed set of endings and nouns."""
    return bool(_CONDITION_HEAD.search(_head(phrase)))


_LONG_WORD = re.compile(r"[a-z]{4,}")


def _names_a_condition(phrase: str, names: tuple[str, ...]) -> bool:
    """Whether a phrase names a disease, lesion or subtype (so it can be what a paragraph is
    about), rather than a finding, a test or a treatment."""
    # the words before a place phrase: "a level within the hepatic mass" shares no word
    # with "hepatic peliosis" that names it
    own_part = _PLACE_AFTER_HEAD.split(phrase, maxsplit=1)[0]
    # "Dry mouth and dry eyes (sicca symptoms)": a word in the phrase's brackets that the
    # title shares glosses the phrase; the phrase itself names symptoms, not the condition
    own_part = _NESTED.sub("", own_part).strip() or own_part
    own = {_singular(w) for w in _LONG_WORD.findall(own_part.lower())}
    titled = {_singular(w) for name in names for w in _LONG_WORD.findall(name.lower())}
    before_in = _SET_IN.split(own_part, maxsplit=1)[0]
    if before_in != own_part and not _CONDITION_HEAD.search(_head(before_in)):
        before = {_singular(w) for w in _LONG_WORD.findall(before_in.lower())}
        if not before & (titled - _NOT_NAMING):
            return False
    return bool(own & (titled - _NOT_NAMING)) or bool(_CONDITION_HEAD.search(_head(own_part)))


_HEAD_ENDS = re.compile(r" (?:of|with|between) ")


# "Rupture", "Haemorrhage into the cyst", "Infection of the obstructed segment": an event
# that befalls the page's condition (or a part of it), named alone or with "the"/"its" part.
_EVENT_OF_SUBJECT = re.compile(
    r"^(?:the\s)?(?:rupture|ha?emorrhage|bleeding|infection|superinfection|torsion|perforation|"
    r"thrombosis|malignant\stransformation|progression|recurrence|relapse|non-?union)"
    r"(?:\s(?:of|into|within|in)\s(?:the|its|their)\s[a-z][\w\s-]{1,40})?$",
    re.I,
)


def is_event_of_subject(phrase: str) -> bool:
    """Whether a sentence's opening phrase names an event of the page's condition ("Rupture",
    "Infection of the obstructed segment"), a complication, not a condition the paragraph
    goes on to discuss."""
    return _EVENT_OF_SUBJECT.match(phrase.strip()) is not None


# "Advanced disease", "Bilateral lesions", "Early tumours": the page's condition at a stage or
# extent, named by a closed class of such words before a generic noun.
_STAGE_OF_SUBJECT = re.compile(
    r"^(?:(?:early|advanced|late|end-stage|locally|metastatic|locali[sz]ed|bilateral|unilateral|"
    r"multifocal|recurrent|residual|symptomatic|asymptomatic|severe|mild|"
    r"extensive|limited|diffuse|focal|complicated|uncomplicated|sporadic|familial|"
    r"congenital|acquired|functioning|non-functioning|secreting|non-secreting|"
    # "Small acute lesions may be managed with …": a size or an acuity of the condition
    r"small|smaller|large|larger|tiny|giant|acute|subacute|chronic)\s){1,2}"
    r"(?:disease|lesions?|tumou?rs?|cysts?|masses|cases|forms?)$",
    re.I,
)


def is_stage_of_subject(phrase: str) -> bool:
    """Whether a phrase names the page's condition at a stage or extent ("Advanced disease",
    "Bilateral lesions"): a subgroup of its own sentence, not a topic for the paragraph."""
    return _STAGE_OF_SUBJECT.match(phrase.strip()) is not None


# "Pancreatitis is the usual cause", "Smoking is the strongest risk factor": the opening
# condition is named as the topic's cause or complication, not as the paragraph's topic.
_A_ROLE = re.compile(
    # ("Infectious colitis has become an increasingly important cause")
    r"^(?:is|are|was|were|remains?|becomes?|(?:has|have)\s(?:also\s)?become)\s"
    r"(?:(?:by\sfar|still|also)\s)?(?:the|an?|one\sof\sthe)\s"
    r"(?:[\w-]{1,20}\s){0,3}(?:causes?|risk\sfactors?|complications?|triggers?|"
    r"precursors?|sequelae|consequences?|associations?)\b",
    re.I,
)


class _Topics:
    """The running subjects of one section: the last sentence's, and the paragraph's."""

    def __init__(self, article: Article, abbreviations: frozenset[str] = frozenset()) -> None:
        self.article = article
        self.abbreviations = abbreviations
        self.names = (article.title, *article.synonyms)
        self.previous = article.title
        self.paragraph = article.title
        self.paragraph_text = ""

    def canonical(self, phrase: str) -> str:
        """The title when ``phrase`` names the article's subject, else the phrase as
        written without a leading article."""
        if any(same_name(phrase, name) for name in self.names):
            return self.article.title
        return _DETERMINER.sub("", phrase).strip()

    def resolve(self, sentence: Sentence) -> Clause:
        first = sentence.paragraph is not self.paragraph_text
        if first:
            self.paragraph_text = sentence.paragraph
            self.paragraph = self.article.title
        phrase, rest = _opening_phrase(sentence.text)
        topic = self.paragraph
        if _PREPOSITION.match(phrase):
            # "In Western populations the tumour typically …": the phrase after the setting
            tail = _ANAPHOR_TAIL.search(phrase)
            phrase = tail.group(0) if tail else ""
        contrasts = self._contrasts(sentence.text)
        if _SUBORDINATE.match(phrase) or _COMPARISON.match(sentence.text):
            # "Because the mass is large, …", "Among the other X, Y …": no subject of its own
            clause = Clause(sentence, topic, "", sentence.text, False, topic, True, contrasts)
        elif not _DETERMINER.sub("", phrase + " ").strip():
            clause = Clause(sentence, topic, "", sentence.text, False, topic, True, contrasts)
        elif (
            _PRONOUN.match(phrase)
            or _GENERIC_HEAD.match(phrase)
            or _CLASS_ANAPHOR.match(phrase)
            or refers_back(phrase, self.article.title)
        ):
            subject = self.previous if _PRONOUN.match(phrase) else topic
            clause = Clause(sentence, subject, "", rest, True, topic, contrasts=contrasts)
        elif _is_generic(phrase):
            # "The CT scan is …", "Surgery is …": about a test or treatment, not the topic
            off_topic = bool(set(_DETERMINER.sub("", phrase).lower().split()) & _OFF_TOPIC)
            clause = Clause(sentence, topic, "", sentence.text, False, topic, off_topic, contrasts)
        elif (
            not (_names_a_condition(phrase, self.names) or self._abbreviates_a_condition(phrase))
            or _A_WORD.match(phrase)
            or self._names_a_category(phrase, rest)
        ):
            # "Smoking is …", "Surgical resection is …": not what the paragraph is about
            clause = Clause(sentence, topic, phrase, rest, False, topic, contrasts=contrasts)
        else:
            subject = self.canonical(phrase)
            # (an abbreviation names its sentence's subject only: a paragraph that opens on
            # "ADO II has …" may go on to the other forms by words no rule reads as names)
            if (
                first
                and not contrasts
                and not self._abbreviates_a_condition(phrase)
                and not _INDEFINITE.match(phrase)
                and not is_event_of_subject(phrase)
                and not is_stage_of_subject(phrase)
                and not _A_ROLE.match(rest)
            ):
                # a paragraph that opens on a subtype is about it; one named later, or side
                # by side with another, is only its own sentence's subject; so is one
                # described with "a" ("A unilocular cyst with a double wall is …"): an
                # instance, not a kind the next sentences go on about
                self.paragraph = subject
            clause = Clause(sentence, subject, phrase, rest, False, topic, contrasts=contrasts)
        self.previous = clause.subject if not contrasts else topic
        return clause

    def _abbreviates_a_condition(self, phrase: str) -> bool:
        """ "ADO II", "Fibrotic HP": an abbreviation the article defined for a condition,
        perhaps after words that name a kind of it (not "the triad of HP": its head)."""
        bare = _DETERMINER.sub("", phrase).strip()
        head = _HEAD_ENDS.split(bare, maxsplit=1)[0].split()
        return bare in self.abbreviations or (bool(head) and head[-1] in self.abbreviations)

    def _names_a_category(self, phrase: str, rest: str) -> bool:
        """Whether a plural phrase that opens a list ("Cardiac anomalies include …") names
        the members' category rather than the article's subject or one of its kinds."""
        if _OTHER_CONDITIONS.match(phrase):
            return True  # "Associated anomalies are found in …": others, whatever the verb
        return (
            bool(_LIST_VERB.match(rest))
            and bool(_PLURAL_HEAD.match(_head(phrase)))
            and not any(same_name(phrase, name) for name in self.names)
        )

    def _contrasts(self, text: str) -> tuple[tuple[int, str], ...]:
        """Where a clause after "whereas", "while", "but" or ";" names its own condition."""
        found: list[tuple[int, str]] = []
        for match in CONTRAST.finditer(text):
            phrase, _ = _opening_phrase(text[match.end() : match.end() + 1000])  # linear
            if (
                phrase
                and not _PRONOUN.match(phrase)
                and not _GENERIC_HEAD.match(phrase)
                and not _is_generic(phrase)
                and _names_a_condition(phrase, self.names)
            ):
                found.append((match.end(), self.canonical(phrase)))
        return tuple(found)


def iter_clauses(article: Article) -> Iterator[Clause]:
    """Every sentence of the article with the subject it is about, in article order; the
    running subject starts again from the title in each section.

    The clauses of the last article asked for are kept: five extractors walk them, and
    resolving every sentence's subject five times was a fifth of extraction time."""
    if not (_LAST_CLAUSES and _LAST_CLAUSES[0][0] is article):
        _LAST_CLAUSES[:] = [(article, tuple(_resolved(article)))]
    yield from _LAST_CLAUSES[0][1]


_LAST_CLAUSES: list[tuple[Article, tuple[Clause, ...]]] = []


# "autosomal dominant osteopetrosis type II (ADO II)": an abbreviation in brackets after a
# condition's name, which the article may then write alone as a sentence's subject.
_ABBREVIATED = re.compile(r"\((?P<abbr>[A-Z][A-Z0-9-]{1,7}(?:\s(?:[IVX]{1,4}|\d{1,2}))?)\)")


def _body_texts(article: Article) -> Iterator[str]:
    for section in article.sections:
        for block in section.blocks:
            yield block.text
            items = list(block.items)
            while items:
                item = items.pop()
                yield item.text
                items.extend(item.children)


def _condition_abbreviations(article: Article) -> frozenset[str]:
    """The abbreviations the article defines for names of conditions."""
    found: set[str] = set()
    for text in _body_texts(article):
        if "(" not in text:
            continue
        for match in _ABBREVIATED.finditer(text):
            words = re.sub(r"[*_`\"“”]", "", text[max(0, match.start() - 80) : match.start()])
            if is_condition_name(" ".join(words.split()[-6:])):
                found.add(match.group("abbr"))
    return frozenset(found)


def _resolved(article: Article) -> Iterator[Clause]:
    abbreviations = _condition_abbreviations(article)
    topics = _Topics(article, abbreviations)
    section = None
    for sentence in iter_sentences(article):
        if sentence.section is not section:
            section = sentence.section
            topics = _Topics(article, abbreviations)
        yield topics.resolve(sentence)


# --- lists of noun phrases ---------------------------------------------------------------

# Where a run of noun phrases ends: a clause or a qualifying tail begins.
_LIST_END = re.compile(
    r"[;:.!?]|\s[-–—]\s|,?\s(?:in|of|by|with|for)\s+(?:which|whom)\b"
    # "A and B, before neurological signs appear": a clause of time after a comma
    r"|,\s(?:before|until|unless|once)\s|"
    # "palpitations and syncope, usually during exertion, caused by ventricular tachycardia":
    # the cause set off after a list is a comment on it, no member
    r",\s(?:[a-z]{3,15}ly\s)?(?:caused|triggered|provoked|precipitated)\sby\s"
    # ("A, B or C, usually attributable to D": what they are put down to, no member)
    r"|,\s(?:[a-z]{3,15}ly\s)?(?:attributable|ascribed|attributed)\sto\s"
    # ("hypopituitarism, most often affecting the A and B axes": a qualifier of the last
    # member, whose "and" joins no members)
    r"|,\s(?:most\s)?(?:often|commonly|frequently|usually|typically|predominantly|mainly|"
    r"mostly|chiefly)\s[a-z]{3,20}ing\s"
    r"|\s(?:(?:which|that|(?-i:who)|whom|where|when|although|but|whereas|while|"
    r"because|since|as well|if|though|so|thus|hence|with the|particularly|especially|"
    r"including|such as|among|is|are|was|were|has|have|may|can|being|"
    # "complete and incomplete forms according to whether …": the criterion, no member
    r"according to|depending on|"
    # "catching, locking or giving way suggest an unstable fragment": a verb of inference
    r"suggests?|indicates?|implies|imply|signif(?:y|ies))\b|"
    # whole words only: " so" must not end "a solid mass" at "solid", nor " but" "butterfly"
    r"in (?:up to|about|approximately|around|\d))",
    re.I,
)
_FINITE_END = re.compile(r"\s(?:is|are|was|were|has|have|may|can)$", re.I)
# ", and" as a run's one separator (_SEPARATOR never takes a "but": _LIST_END ends a run there)
_COMMA_AND = re.compile(r",\s*and\s")
# "A, which favours the upper zones, and B": a comment set off between two names.
# ("A, which is the commonest, together with B and C": "together with" goes on the list)
_ASIDE = re.compile(
    r",\s*(?:which|(?-i:who)|where)\s[^,;.()]{0,80}"
    r"(?=,\s*(?:and|or|together\s+with|along\s+with)\s)",
    re.I,
)
# "facial swelling and, with orbital extension, proptosis": a setting set between commas
# after "and"/"or" says when the next member occurs; it is no member of its own.
_SETTING_AFTER_CONJUNCTION = re.compile(
    r"(?P<conjunction>\s(?:and|or)),\s(?:with|in|on|after|during|when|if)\s[^,;.()]{1,40},\s",
    re.I,
)
_SEPARATOR = re.compile(
    r",\s*(?:and|or|and/or|together\s+with|along\s+with)\s+"
    # ("raised 1,25-dihydroxyvitamin D", "10,000": a comma inside a chemical's locants or a
    # figure's thousands is part of the name, not a break between two)
    r"|,(?!\d{1,3}-|\d{3}(?!\d))\s*"
    r"|\s+(?:and/or|and|or|as well as)\s+"
)
# "in an S2 or S3 distribution", "the L4 and L5 nerve roots": two codes before the noun they
# share are one member, not two
_CODED_PAIR = re.compile(r"\b[A-Z]{1,4}\d{1,2}\s(?:and|or|and/or)\s[A-Z]{1,4}\d{1,2}(?=\s[a-z])")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or)$")
_LEADING_WORDS = re.compile(
    # ("or following exposure to X": the time word before a member is no part of it;
    # "and to a lesser degree with obesity": how strongly, no part of the member either)
    r"^(?:the|a|an|both|either|underlying|known|prior to|following|"
    r"to\sa\s(?:lesser|greater)\s(?:degree|extent)(?:\swith|\sby)?|"
    # "… and occasionally Candida": how often the last member is one, no word of its name
    # (not before a preposition: "sometimes with nausea" is a comment on the member before)
    r"(?:occasionally|sometimes|rarely|infrequently|uncommonly|"
    r"(?:less|more)\s(?:commonly|often|frequently|rarely))"
    r"(?=\s+(?!(?:with|in|on|at|by|from|after|during|for|when|if)\b)))\s+",
    re.I,
)
_BAD_ITEM = re.compile(
    # "Anything that damages the tube", "whose wall": no name of a thing
    r"\d\s*%|^(?:it|they|them|this|these|those|its|their|other|anything|something|"
    r"everything|nothing|whatever|whose|which|whom)\b",
    re.I,
)
_SHARE_ASIDE = re.compile(r"\s?\([^()]{0,80}\d\s?%[^()]{0,80}\)")
_OTHER_KIND = re.compile(r"^other\s[a-z-]{3,30}(?:\s[a-z-]{3,30}){0,2}$", re.I)
# Words that open a comment between the names, not a name ("pain, often worse at night").
_COMMENT = re.compile(
    # "poorly controlled asthma", "rapidly growing mass": an adverb of a participle before
    # its noun is part of the name, not a comment ("usually painless", "mostly seen in")
    # ("polydactyly", "hepatomegaly", "macrocephaly": nouns of a finding, not adverbs)
    r"^(?:(?!(?:family|families|anomaly|early|elderly|supply|assembly|belly|jelly)\b"
    r"|\w*(?:megaly|cephaly|dactyly)\b)\w+ly\b"
    # ("usually during exercise": "during" is a preposition, not a participle)
    r"(?!\s(?!(?:during|following|including|regarding)\b)[a-z]{3,20}(?:ed|ing)\s"
    r"(?!(?:in|on|at|by|to|with|from|as|after|within)\b)[a-z])|"
    r"often|sometimes|most|more|less|worse|better|very|not|rather|diagnosis|characteristic|"
    # "…, the latter usually from associated bronchiectasis": a comment on a member before
    r"latter|former|"
    # "shearing forces, as occur with violent shaking": a clause of likeness, no name
    r"as\s(?:occurs?|happens?|seen|described|noted|found|expected)|"
    # "weight loss and, in some, a palpable mass": a share of the patients between commas
    r"similar|in\s(?:some|others|many|most|a\s+few|a\s+minority)$)\b",
    re.I,
)
# A member that is itself a vague relation word ("an identifiable risk factor").
_VAGUE = re.compile(
    r"\b(?:risk\s+factors?|causes?|features?|findings?|outcomes?)$|^(?:(?:benign|malignant|"
    r"aggressive|primary|other|focal|solid)\s+)*(?:lesions?|tumou?rs?|masses|mass|diseases?)$",
    re.I,
)


# ... and so is a clause in parentheses: "formula feeding (breast milk is protective)".
_EXAMPLES_AFTER = re.compile(
    r"(?<=\w)\s{1,3}\([^()]{0,120}(?:,|\s(?:is|are|was|were)\s)[^()]{0,120}\)$"
    # "decompression (for example after rupture of membranes)": examples of the member
    r"|(?<=\w)\s{1,3}\((?:e\.\s?g\.|for\s+example|for\s+instance|such\s+as)\s[^()]{1,160}\)$",
    re.I,
)


def _shared_head(items: Iterable[str]) -> list[str]:
    """ "neurofibromatosis type 1 and 2" → "… type 1", "… type 2": a bare number takes the
    words of the name before it."""
    kept: list[str] = []
    for item in items:
        if item.isdigit() and kept and kept[-1].split()[-1].isdigit():
            kept.append(" ".join((*kept[-1].split()[:-1], item)))
        else:
            kept.append(item)
    # "mutations in FGF23, GALNT3 or KL": a bare gene symbol after a change "in" a gene is
    # that change of its own gene ("mutations in GALNT3")
    changed = _CHANGE_IN_GENE.match(kept[0]) if kept else None
    if changed:
        kept = [
            kept[0],
            *(f"{changed['change']}{k}" if _GENE_SYMBOL.match(k) else k for k in kept[1:]),
        ]
    # "biliary and peptic disease": a lone adjective takes the head noun of the adjective-led
    # name after it ("biliary disease"); it named nothing on its own
    for i in range(len(kept) - 2, -1, -1):
        kept[i] = share_head(kept[i], kept[i + 1]) or _gene_change(
            _after_preposition(kept[i], kept[i + 1]), kept[i + 1]
        )
    return kept


_GENE_SYMBOL = re.compile(r"^[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,6})?$")
_CHANGE_IN_GENE = re.compile(
    r"^(?P<change>(?:[\w-]+\s){0,2}(?:mutations?|alterations?|deletions?|variants?|"
    r"amplifications?|fusions?|rearrangements?)\s(?:in|of)\s(?:the\s)?)[A-Z][A-Z0-9]{1,9}$"
)
_GENE_CHANGE = re.compile(
    r"^(?:mutations?|alterations?|deletions?|amplifications?|variants?|fusions?|"
    r"rearrangements?|translocations?|duplications?|losses|gains?)$",
    re.I,
)


def _gene_change(item: str, following: str) -> str:
    """ "DICER1" before "DROSHA alterations": a bare gene symbol coordinated with another's
    change takes that change ("DICER1 alterations"); else the item as it is."""
    after = following.split()
    if (
        _GENE_SYMBOL.match(item)
        and len(after) == 2
        and _GENE_SYMBOL.match(after[0])
        and _GENE_CHANGE.match(after[1])
    ):
        return f"{item} {after[1]}"
    return item


_PREPOSITIONS = frozenset({"to", "of", "with", "by", "from"})


def _after_preposition(item: str, following: str) -> str:
    """ "exposure to cytotoxic" before "immunosuppressive drugs": an adjective of kind after
    a preposition ends no name; it takes the head noun of the adjective-led name after it
    ("exposure to cytotoxic drugs"). Else the item as it is."""
    words, after = item.split(), following.split()
    if (
        len(words) >= 2
        and words[-2].lower() in _PREPOSITIONS
        and is_modifier(words[-1])
        and len(after) >= 2
        and (is_modifier(after[0]) or after[0].endswith(("ive", "ed")))
        and all(map(str.isalpha, after[1:]))
    ):
        return " ".join((*words, *after[1:]))
    return item


# A piece that only qualifies the name before it, as tumour names are written since the
# molecular classifications ("astrocytoma, IDH-mutant, CNS WHO grade 4", "diffuse midline
# glioma, H3 K27-altered"): a genotype or a grade alone names no member.
_NAME_QUALIFIER = re.compile(
    r"^(?:[\w/]+(?:\s[\w/]+)?-(?:mutant|mutated|wildtype|wild-type|codeleted|deleted|altered|"
    r"amplified|rearranged|activated|deficient|fused)|(?:(?:CNS\s+)?WHO\s+)?grade\s+\w+|NOS|NEC)$",
    re.I,
)


# "vague, poorly localised, activity-related pain": an adverb-led modifier between commas
# can only stack before one noun; with no "and"/"or" in the run, the run is one name.
_ADVERB_MODIFIER = re.compile(r"^\w+ly\s[\w-]+(?:ed|al|ic|ive|ous|ent|ant|ar)$", re.I)
_CONJUNCTION = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.I)


# A piece that ends on an adjective after "of" ("laxity of the gastrosplenic"): its noun is
# the next piece's ("… and splenorenal ligaments"), so "and" joined two modifiers.
_DANGLING_OF = re.compile(r"\bof\s(?:the\s)?[a-z-]{3,30}(?:al|ic|ar|ous|ive|ary|eal)\s*$", re.I)
# "absence or laxity of …": one word, then "or" and a noun with its "of" phrase, shares it.
_BARE_WORD = re.compile(r"^\s*[a-z-]{3,30}\s*$", re.I)
_OR = re.compile(r"^\s+or\s+$")


# "myocardial infarction from thrombosis of the dilated feeding artery": how a long member
# comes about, after its short name.
_CAUSE_AFTER_NAME = re.compile(
    r"^(?P<name>[\w'-]+(?:\s[\w'-]+){0,3}?)\s(?:from|due\sto|owing\sto|secondary\sto|"
    r"caused\sby|resulting\sfrom)\s"
)


def _without_long_cause(item: str) -> str:
    """A member too long to be one name, cut to the name before what causes it; any other
    member as it is."""
    if not _too_long(item):
        return item
    cause = _CAUSE_AFTER_NAME.match(item)
    return cause["name"] if cause else item


def _too_long(item: str) -> bool:
    """Whether a member has more words than one name may (``_most_words``); a bracketed other
    name or abbreviation ("… of gastrocnemius (tennis leg)") adds none."""
    return len(_NESTED.sub("", item).split()) > _most_words(item)


def _most_words(item: str) -> int:
    """How many words a member may have: two more when modifiers joined by "and"/"or" share
    its noun ("absence or laxity of the gastrosplenic and splenorenal ligaments")."""
    return MAX_ITEM_WORDS + 2 if re.search(r"\s(?:and|or)\s", item) else MAX_ITEM_WORDS


def _modifiers_rejoined(run: str, spans: list[tuple[int, int]]) -> list[str]:
    """The pieces of ``run`` with two modifiers of one noun joined back into one member
    ("thrombosis of the splenic and portal veins"), and a bare noun before "or" joined to
    the member whose "of" phrase it shares ("absence or laxity of the … ligaments")."""
    joined = list(spans)
    index = 0
    while index < len(joined) - 1:
        first, second = joined[index], joined[index + 1]
        dangling = _DANGLING_OF.search(run[first[0] : first[1]])
        shares_of = (
            _BARE_WORD.match(run[first[0] : first[1]])
            and _OR.match(run[first[1] : second[0]])
            and _DANGLING_OF.search(run[second[0] : second[1]])
        )
        if dangling or shares_of:
            joined[index : index + 2] = [(first[0], second[1])]
            continue
        index += 1
    return [run[a:b] for a, b in joined]


def _stacked_modifiers(items: list[str]) -> list[str]:
    """``items`` with their leading run of three or more pieces that are no comment joined
    back into one name, when an adverb-led modifier stands inside the run and no "and"/"or"
    in it ("vague, poorly localised, activity-related pain"); else ``items`` as they are."""
    pieces = [item.strip(" ,") for item in items]
    named = list(takewhile(lambda p: _ADVERB_MODIFIER.match(p) or not _COMMENT.match(p), pieces))
    if (
        len(named) < 3
        or _CONJUNCTION.search(", ".join(named))
        or not any(_ADVERB_MODIFIER.match(p) for p in named[1:-1])
    ):
        return items
    return [", ".join(named), *pieces[len(named) :]]


# One adjective of quality by its ending or a common plain one ("painful", "lobulated",
# "warm"); adjectives of kind ("oral", "biliary") share a head instead (``_shared_head``).
_QUALITY_ADJECTIVE = re.compile(
    r"[a-z]{3,20}(?:ful|less|ous|ive|ent|ant|ated|ened|ish|ile|ar|ose)|"
    r"swollen|sunken|shrunken|broken|large|small|big|warm|hot|cold|red|firm|soft|hard|tender|"
    r"smooth|thick|thin|round|oval|deep|wide|narrow|dense|bright|dark|pale|dry|stiff|weak|"
    r"dull|sharp|bulky|lumpy|itchy"
)
_BETWEEN_QUALITIES = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)")


def _quality_series(items: list[str], run: str) -> list[str]:
    """``items`` with a leading series of lone adjectives of quality joined to the
    adjective-led name after them: "a painful, swollen, warm joint" and "a painful and
    swollen joint" name one thing, not "painful" and "swollen joint". One adjective before
    a comma is not enough ("tender, fluctuant mass" may list two findings)."""
    count = 0
    while count < len(items) and _is_quality(items[count]):
        count += 1
    # "recurrent or persistent, often bilateral, parotid swelling": an adverb-led adjective
    # set between commas after the qualities stacks before the noun after it, so that noun
    # is the name whatever its first word
    asides = 0
    while (
        count
        and count + asides < len(items) - 1
        and _HEDGED_ADJECTIVE.fullmatch(items[count + asides])
    ):
        asides += 1
    if asides:
        count += asides
    if count == 0 or count == len(items):
        return items
    name = items[count].split()
    # ("painful, often bilateral swelling": the hedged adjective opens the name itself)
    hedged = len(name) > 2 and _HEDGED_ADJECTIVE.fullmatch(" ".join(name[:2])) is not None
    # ("a painless, slowly enlarging swelling": an adverb and participle open the name)
    graded = len(name) > 2 and _ADVERB_PARTICIPLE.fullmatch(" ".join(name[:2])) is not None
    if not asides and not hedged and not graded and (len(name) < 2 or not _is_quality(name[0])):
        return items
    written = re.search(
        _BETWEEN_QUALITIES.pattern.join(re.escape(item) for item in items[: count + 1]),
        run,
        re.I,
    )
    if written is None:
        return items
    if (
        count == 1
        and not hedged
        and "," in written.group(0)
        and not _ONE_THING.search(run[: written.start()])
    ):
        return items
    return [written.group(0), *items[count + 1 :]]


# "often bilateral", "usually painless": a hedged adjective, a comment that stacks before
# the noun after it (a frequency adverb, then an adjective of quality or kind).
_HEDGED_ADJECTIVE = re.compile(
    r"(?:often|usually|sometimes|typically|commonly|occasionally|frequently|generally|mostly)"
    r"\s(?:[a-z]{3,20}(?:al|ar|ic|ful|less|ous|ive|ent|ant|ile|ose)|painless|tender|firm|soft)",
    re.I,
)
# "a soft, fluctuant swelling": after "a" the lone adjective and the name are one thing ("a
# soft" names nothing); without it "tender, fluctuant mass" may list two findings.
_ONE_THING = re.compile(r"(?:^|\s)an?\s+$", re.I)


def _is_quality(word: str) -> bool:
    if _ADVERB_PARTICIPLE.fullmatch(word):
        return True  # "slowly growing", "rapidly enlarging": one quality in two words
    return _QUALITY_ADJECTIVE.fullmatch(word) is not None and not is_modifier(word)


_ADVERB_PARTICIPLE = re.compile(r"[a-z]{3,15}ly\s[a-z]{3,20}(?:ing|ed)")
_ADVERB_PARTICIPLE_SERIES = re.compile(r"[a-z]{3,15}ly\s[a-z]{3,20}(?:ing|ed),\s", re.I)


def _qualifies_last(items: list[str], piece: str) -> bool:
    """Whether ``piece`` qualifies the name ``items`` ends on (never another qualifier's:
    "grade 1, grade 2 or grade 3" are three classes)."""
    return (
        bool(items)
        and _NAME_QUALIFIER.match(piece.strip()) is not None
        and _NAME_QUALIFIER.match(items[-1].split(",")[0].strip()) is None
    )


_RUN_END_CONJUNCTION = re.compile(r"[\s,]+(?:and|or)\s*$")


def split_noun_phrases(text: str) -> list[str]:
    """ "neurofibromatosis type 2, schwannomatosis and prior irradiation in …" → the three
    names; [] when the run does not read as a list of short names."""
    text = _ASIDE.sub("", text)
    text = _SETTING_AFTER_CONJUNCTION.sub(r"\g<conjunction> ", text)
    # "formula feeding (breast milk is protective), polycythaemia": a verb inside
    # parentheses ends no list (the mask keeps every offset)
    end = _LIST_END.search(_NESTED.sub(lambda m: "\x00" * len(m.group(0)), text))
    run = _RUN_END_CONJUNCTION.sub("", text[: end.start()] if end else text)
    masked = _NESTED.sub(lambda m: "\x00" * len(m.group(0)), run)
    masked = _CODED_PAIR.sub(lambda m: "\x00" * len(m.group(0)), masked)
    items: list[str] = []
    spans: list[tuple[int, int]] = []  # where each item stands in ``run``
    start = items_end = 0  # items_end: where the last item's text ends in ``run``
    separators = list(_SEPARATOR.finditer(masked))
    for separator in separators:
        piece = run[start : separator.start()]
        if _qualifies_last(items, piece):
            # "astrocytoma, IDH-mutant, CNS WHO grade 4": the qualifier is the name's own
            items[-1] = f"{items[-1]}{run[items_end : separator.start()]}"
            spans[-1] = (spans[-1][0], separator.start())
        else:
            items.append(piece)
            spans.append((start, separator.start()))
        items_end = separator.start()
        start = separator.end()
    piece = run[start:]
    if _qualifies_last(items, piece):
        items[-1] = f"{items[-1]}{run[items_end:]}"
        spans[-1] = (spans[-1][0], len(run))
    else:
        items.append(piece)
        spans.append((start, len(run)))
    items = _modifiers_rejoined(run, spans) if len(spans) == len(items) else items
    if (
        end is not None
        and _FINITE_END.match(end.group(0))
        and len(separators) == 1
        and _COMMA_AND.match(separators[0].group(0))
        # (a long new subject made the run no list before: it still does)
        and len(items[-1].split()) <= MAX_ITEM_WORDS
    ):
        # "mistaken for A, and decompression in this setting can worsen it": after ", and"
        # the verb that ends the run is the new clause's; its subject is no member
        items = items[:1]
    items = _stacked_modifiers(items)
    cleaned = [_LEADING_WORDS.sub("", item.strip(" ,")).strip() for item in items]
    # "cor pulmonale and, rarely, amyloidosis": the conjunction before an aside is no part
    cleaned = [_TRAILING_CONJUNCTION.sub("", item) for item in cleaned]
    # "poorly controlled asthma (wheeze, cough and …)": examples listed in parentheses
    # after a name are a comment on it, not part of it
    cleaned = [_EXAMPLES_AFTER.sub("", item) for item in cleaned]
    cleaned = _shared_head(_quality_series([item for item in cleaned if item], run))
    # "Dupuytren contracture (seen in 10-65% of patients), Peyronie disease and …": a share
    # in brackets is an aside on the member (a percentage fact of its own), no part of it
    cleaned = [_SHARE_ASIDE.sub("", item).strip() for item in cleaned]
    if len(cleaned) > 2:
        # "A, B or other otological surgery, and C": the catch-all among named members
        # names none of its own, and the others stay members
        cleaned = [item for item in cleaned if not _OTHER_KIND.match(item)]
    if not cleaned or len(cleaned) > MAX_ITEMS:
        return []
    if len(cleaned) >= 3:
        # (a run of three or more names is a list whatever the last one's tail; two may be
        # one phrase, "a combination of compression and ischaemia caused by …")
        cleaned = [_without_long_cause(item) for item in cleaned]
    if any(_too_long(i) or _BAD_ITEM.search(i) for i in cleaned):
        return []
    return [
        item
        for item in cleaned
        if not is_catch_all_name(item)
        # (a series of qualities joined into one name, "slowly growing, painless, firm
        # mass", holds a comma no single item holds: its adverb is the name's own)
        and (not _COMMENT.match(item) or _ADVERB_PARTICIPLE_SERIES.match(item) is not None)
        and not _VAGUE.search(item)
        and not _DEGREE_ONLY.fullmatch(item)
        and not _NO_MEMBER_WORD.fullmatch(item)
    ]


# "AIS, MIA and mucinous tumours, however, …": a linking adverb set off by commas, and "one
# or more swellings": a count before "or more", are no members of their own.
_NO_MEMBER_WORD = re.compile(rf"{LINKING_ADVERBS}|though|also|one|two|several", re.I)


# "occlusion of the splenic artery or, much more commonly, of its branches": an adverb of
# degree set off between members is no member.
_DEGREE_ONLY = re.compile(
    r"(?:(?:much|far|even|very|more|most|less|least)\s){1,3}(?:[a-z]{3,15}ly|often)", re.I
)
