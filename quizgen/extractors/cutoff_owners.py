"""Whose cut-off it is: the labelled finding, a specimen, a subordinate or relative
clause's condition, the holder a measure names."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import Clause, is_condition_name, same_name
from quizgen.extractors.cutoff_shapes import DIGIT, LESIONS, MEASURES, STOP, WHOLE, WORD, Cutoff
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.owners import other_condition_of

__all__ = [
    "ADJECTIVE_LABEL",
    "BARE_KIND",
    "CLASS_LABEL",
    "KIND_OF_FINDING",
    "SIGNS_OF",
    "apposed_owner",
    "bare_lesions_measured",
    "defined_owner",
    "fronted_holder",
    "label_owner",
    "relative_owner",
    "set_apart",
    "specimen_of",
    "subordinate_subject",
    "whose_cutoff",
]


# A list label that names a class: the cut-off in its entry means that class.
# A class label: "grade II", "type 3", "T2a", and a size or severity class of a list
# ("small: <1 cm", "massive: >5 cm"): the class is what the cut-off means, not its owner.
CLASS_LABEL = re.compile(
    r"^(?:(?:very\s)?(?:small|medium|medium-sized|moderate|large|massive|giant|mild|severe|"
    r"minimal|marked|tiny|huge|intermediate|extensive|limited|trace))$"
    r"|^(?:(?:grade|stage|type|class|category|group|level)\s{1,2})?(?:[IVX]{1,4}[a-cA-C]?|\d{1,2}[a-c]?)$"
    r"|^(?:grade|stage|type|class|category|group|level)\s{1,2}\w{1,4}$|^[A-Z][A-Z-]{0,10}\s?\d[a-c]?$",
    re.I,
)
_LABEL_NOTE = re.compile(r"\s{0,2}\([^()]{1,40}\)")
_NOT_AN_OWNER = frozenset(
    (
        *("treatment", "management", "prognosis", "follow-up", "surveillance", "indication"),
        *("indications", "criteria", "features", "feature", "finding", "findings", "location"),
        *("site", "complications", "note", "size", "staging", "stage", "imaging", "diagnosis"),
    )
)


# "macrocystic: cysts ≥1 cm", "aortic: …": one adjective names a class or a place of the
# finding the entry measures, never a thing a card can stand on.
ADJECTIVE_LABEL = re.compile(r"^[A-Za-z][a-z-]{2,30}(?:ic|ous|ular)$")


# A label naming a kind of finding ("Worrisome features: cyst ≥3 cm", "High-risk stigmata:
# …", "Major criteria: …"): what the cut-off in its entry means, not whose measure it is.
KIND_OF_FINDING = re.compile(
    r"\b(?:features?|stigmata|criteria|criterion|findings?|factors?|indications?|"
    r"contraindications?)$",
    re.I,
)


def label_owner(label: str, label_measure: str) -> str:
    """The entity a list entry's label names ("osteoblastoma: nidus larger than 2 cm"), ""
    when the label is a measure, a class, a sequence or a heading word."""
    if (
        not label
        or label_measure
        or CLASS_LABEL.match(_LABEL_NOTE.sub("", label).strip())  # "grade II (moderate)"
        or KIND_OF_FINDING.search(label.strip())
        or label.lower() in _NOT_AN_OWNER
        or ADJECTIVE_LABEL.match(label.strip())
        or DIGIT.search(label)
        or sequences_in(label)
    ):
        return ""
    return label


def whose_cutoff(cutoff: Cutoff, clause: Clause | None, title: str) -> tuple[str, str]:
    """(subject, measure) of a cut-off. A list entry's owner or a named score is its own
    subject. In a sentence, the size of the lesion the sentence opens on is that lesion's
    ("A periappendiceal abscess larger than 3 cm is drained" → abscess, size); any other
    cut-off is about what the sentence is about, which after "Renal angiomyolipomas occur
    in …" is the angiomyolipomas for "Lesions larger than 4 cm carry a risk …"."""
    if cutoff.owner or clause is None or clause.contrasts:
        return cutoff.owner or title, cutoff.measure
    lesion = cutoff.measure.removesuffix(" size")
    opening = _DETERMINER.sub("", clause.own.lower())
    # a bare "mass" or "lesion" names no lesion of its own: the sentence's topic has the size
    named = len(lesion.split()) > 1 or lesion.lower() not in LESIONS
    if lesion != cutoff.measure and named and opening.startswith(lesion.lower()):
        return lesion, "size"
    subject = clause.subject
    if DIGIT.search(subject):  # the opening phrase holds the cut-off: "Lesions > 4 cm"
        subject = clause.topic
    holder = _HOLDER.match(clause.sentence.text)
    if holder and not same_name(holder.group("np"), title):
        # "A simple cyst with a wall thinner than 1 mm is benign": the cyst's wall
        return holder.group("np"), cutoff.measure
    words = re.sub(r"\s*\([^()]{1,20}\)", "", subject).split()
    # "abdominal aortic aneurysm (AAA)", "the typical adenoma": the article's own lesion
    title_head = title.rsplit(maxsplit=1)[-1]
    if same_name(" ".join(words), title) or (
        len(words) == 2 and words[0].lower() in _PLAIN and same_name(words[1], title_head)
    ):
        return title, cutoff.measure
    if _names_a_measure(subject):
        # "Wall thickness helps to separate …" before "In a cavity, a wall thinner than …":
        # a measure the paragraph opened on owns no cut-off; the sentence's topic does
        return title, cutoff.measure
    return subject or title, cutoff.measure


def _names_a_measure(subject: str) -> bool:
    """Whether a subject is (or runs on from) a measure's name: "wall thickness", "ADC
    values help …" (a word that names a lesion too, "stenosis", is no measure here)."""
    words = {w.lower() for w in WORD.findall(subject)}
    words |= {w.removesuffix("s") for w in words}  # "diameters", not "thickness" → "thicknes"
    return bool(words & (MEASURES - LESIONS))


# The words that grade a disease ("mild", "end-stage").
_GRADE = (
    r"(?:mild|moderate|severe|minimal|marked|early|late|advanced|end-stage|low-grade|high-grade)"
)
# The people a figure may hold in alone ("In children(,) the mean gradient is …").
_PEOPLE = r"(?:children|adults|infants|neonates|newborns|adolescents|women|men|the\selderly)"
# "In a solitary cavity, a wall thicker than 15 mm …": a fronted setting names the lesion
# the cut-off is measured on.
_FRONTED_HOLDER = re.compile(
    r"^(?:in|for|within)\s(?:an?|the)\s(?P<np>(?:[\w'’-]{2,30}\s){0,3}?[\w'’-]{2,30}),\s"
    # "In mild stenosis(,) the mean gradient is …": a grade of the disease, with or without
    # its comma before the clause's own subject
    rf"|^in\s(?P<graded>{_GRADE}\s[\w'’-]{{2,30}})(?:,\s|\s(?=the\s))"
    rf"|^in\s(?P<people>{_PEOPLE})(?:,\s|\s(?=the\s))"
)


def _head(name: str) -> str:
    """A name's last word, lower case and singular by its "s" ("Aortic stenoses" → "stenose")."""
    return name.rsplit(maxsplit=1)[-1].lower().rstrip("s") if name.split() else ""


def fronted_holder(text: str, value: str, names: tuple[str, ...]) -> str | None:
    """The lesion a fronted "In a <lesion>," names before a cut-off ("" when it is the
    article's own), None when the sentence opens on none."""
    match = _FRONTED_HOLDER.match(text.lower())
    if match is None or text.find(value) < match.end():
        return None
    if match.group("people"):
        # "In children the mean gradient is below 10 mmHg": the figure of that group only
        return f"{names[0]} in {text[match.start('people') : match.end('people')].lower()}"
    if match.group("graded"):
        # "In mild stenosis …" on a page on aortic stenosis: the grade's figure, not the
        # disease's as a whole
        graded = text[match.start("graded") : match.end("graded")]
        titled = _head(graded) in {_head(n) for n in names}
        return graded if is_condition_name(graded) or titled else None
    np = text[match.start("np") : match.end("np")]
    head = np.split()[-1].lower()
    if head.rstrip("s") not in LESIONS and not is_condition_name(np):
        return None
    if any(same_name(np, n) for n in names):
        return ""
    return "" if _head(np) in {_head(n) for n in names if n.split()} else np


# "Cyst fluid from IPMN is viscous, with a raised CEA (a level above 192 ng/mL …)": a sample
# taken from the article's subject is the subject's, for a card about it (C2).
_SPECIMEN = re.compile(
    r"^(?:the\s)?(?:[\w-]{2,20}\s){0,2}(?:fluid|aspirates?|serum|plasma|urine|effusions?|"
    r"specimens?|samples?|tissue|contents?)\s(?:from|of|in|within)\s(?:an?\s|the\s)?(?P<np>.{2,80})$",
    re.I,
)


def specimen_of(subject: str, names: tuple[str, ...]) -> bool:
    match = _SPECIMEN.match(subject)
    return match is not None and any(same_name(match.group("np"), n) for n in names)


# "Infection is acquired in childhood, but because cysts grow slowly (typically 1-5 cm per
# year) …": a clause of its own after a conjunction has its own subject.
_SUBORDINATE = re.compile(
    r"\b(?:because|since|although|though|while|whereas|but|as)\s(?:the\s|these\s|such\s)?"
    r"(?P<np>[a-z][\w-]{2,30}(?:\s(?![a-z]{3,12}ly\b)[a-z][\w-]{2,30})?)\s(?:[a-z]{3,12}ly\s)?"
    r"(?:grows?|enlarges?|measures?|reach(?:es)?|expands?|are|is)\b[^,;]{0,40}$",
    re.I,
)


def subordinate_subject(text: str, value: str, names: tuple[str, ...]) -> str | None:
    """The subject of the subordinate clause that holds a cut-off ("" for the article's own
    lesion: "cysts" on a page about hydatid cysts), None when no such clause holds it."""
    at = text.find(value)
    match = _SUBORDINATE.search(text[: max(0, at)]) if at > 0 else None
    if match is None:
        return None
    np = match.group("np")
    head = np.split()[-1].lower().rstrip("s")
    heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    if head in heads or head in WHOLE or any(same_name(np, n) for n in names):
        return ""
    return np


# "…, in contrast to medulloblastoma, which typically has values below 0.8": a relative clause
# after a named condition gives that condition's figure.
_RELATIVE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w-]{1,30}\s){0,2}[A-Za-z][\w-]{2,30}),\s(?:which|who)\s[^,;.()]{0,60}$"
)
_NOT_IN_NAME = frozenset(("against", "from", "than", "to", "as", "like", "unlike", "over", "on"))


def relative_owner(text: str, value: str, names: tuple[str, ...]) -> str:
    """The condition a non-restrictive relative clause holding a cut-off is about, when it
    is another than the article's ("" otherwise)."""
    at = text.find(value)
    match = _RELATIVE.search(text[: max(0, at)]) if at > 0 else None
    if match is None:
        return ""
    words = match.group("np").split()
    while words and (words[0].lower() in STOP or words[0].lower() in _NOT_IN_NAME):
        words = words[1:]
    while len(words) > 1 and any(w.lower() in STOP | _NOT_IN_NAME for w in words):
        words = words[1:]
    np = " ".join(words)
    if not np or not is_condition_name(np) or any(same_name(np, n) for n in names):
        return ""
    heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    head = words[-1].lower()
    return "" if {head, head.removesuffix("s")} & (heads | WHOLE) else np


_DETERMINER = re.compile(r"^(?:an?|the)\s")
# A sentence opening on a lesion "with" the part a cut-off measures.
_HOLDER = re.compile(
    r"^(?:an?|the)\s(?P<np>(?:[\w'’-]{1,30}\s){0,3}?(?:cysts?|nodules?|masses|mass|lesions?|"
    r"polyps?|tumou?rs?|aneurysms?|collections?|[\w-]{2,30}omas?))\swith\s(?:an?\s|the\s)?"
    r"(?:[\w-]{1,30}\s){0,2}?[\w-]{1,30}\s(?:thicker|thinner|larger|smaller|wider|longer|"
    r"greater|less|more|measuring|exceeding|of|over|under|above|below|[<>≤≥])",
    re.I,
)
_PLAIN = frozenset(("typical", "usual", "classic", "common", "small", "large", "most", "many"))


# "…, whereas lesions larger than 2 cm do less well": a bare plural lesion noun that the
# cut-off itself picks out of all lesions; no earlier subgroup ("Stable juvenile lesions")
# owns it.
_BARE_LESIONS_BEFORE = re.compile(
    r"(?:^|[,;:]\s|\b(?:whereas|while|but|and|or|although|though)\s)"
    r"(?:lesions|tumou?rs|cysts|nodules|masses|polyps|aneurysms|fragments)\s"
    r"(?:(?:that\s(?:are|measure)|measuring)\s)?$",
    re.I,
)


def bare_lesions_measured(text: str, value: str, subject: str) -> bool:
    """Whether a cut-off measures bare "lesions" while the subject found for it is only a
    subgroup of lesions named earlier ("Stable juvenile lesions"): then the cut-off is the
    article's own."""
    at = text.find(value)
    if at <= 0 or not _BARE_LESIONS_BEFORE.search(text[:at]):
        return False
    head = subject.rsplit(maxsplit=1)[-1].lower().removesuffix("s") if subject.split() else ""
    return head in LESIONS or head in WHOLE


# "…, and pulsus paradoxus, an inspiratory fall in systolic pressure of more than 10 mmHg,
# is a characteristic sign": the cut-off stands in an apposition that says what the name
# before it is; the name owns it.
_APPOSED = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|or|while|whereas|but)\s)(?:(?:an?|the)\s)?"
    r"(?P<np>(?:[A-Za-z][\w'’-]{1,30}\s){0,3}[A-Za-z][\w'’-]{2,30}),\s(?:an?|the)\s"
    r"[^,;:()]{3,120}$"
)
_APPOSITION_CLOSED = re.compile(r"^[^,;:()]{0,40},\s(?:is|are|was|were|remains?|may|can)\b")


def apposed_owner(text: str, value: str, names: tuple[str, ...]) -> str:
    """The name a cut-off's apposition describes ("" when there is none, or it is the
    article's own or no name at all)."""
    at = text.find(value)
    if at <= 0 or not _APPOSITION_CLOSED.match(text[at + len(value) :]):
        return ""
    match = _APPOSED.search(text[:at])
    if match is None:
        return ""
    words = match.group("np").split()
    while words and words[0].lower() in STOP:
        words = words[1:]
    np = " ".join(words)
    if not np or DIGIT.search(np) or any(same_name(np, n) for n in names):
        return ""
    return np


# A subject that is an adjective on a bare "lesions" or "tumours" names a kind of the
# article's lesion, nothing a card could name on its own ("Atypical lesions …").
BARE_KIND = re.compile(r"^(?:[A-Za-z][a-z-]{2,20}\s)?(?:lesions?|tumou?rs?|masses|mass)$", re.I)


# "Signs of pulmonary hypertension are usually present: …": the figures are that
# condition's, the sentence's subject only says they are its signs.
SIGNS_OF = re.compile(r"^(?:the\s)?(?:signs|features|findings|criteria)\sof\s(?:the\s)?", re.I)


def defined_owner(text: str, meaning: str, cutoff: Cutoff, names: tuple[str, ...]) -> str:
    """The term a cut-off defines when the text names the term first ("diffuse pleural
    thickening, defined as … more than 3 mm thick"): the figure is that term's, not the
    article's; "" when it defines the article's own subject, the cut-off has an owner
    already, or the term follows the figure ("a gradient of 30 mmHg or more defines
    obstruction": the article's figure, what it defines is its meaning)."""
    term = meaning.removeprefix("defines ")
    if cutoff.owner or term == meaning or any(same_name(term, name) for name in names):
        return ""
    at = text.lower().find(term.lower())
    return term if 0 <= at < text.find(cutoff.value) else ""


def set_apart(
    text: str, cutoff: Cutoff, read: tuple[str, str, str], names: tuple[str, ...]
) -> tuple[str, str]:
    """(subject, measure) of a cut-off of the article's (``read``: subject, measure,
    meaning) in a sentence that sets another condition apart: "In chondrosarcoma, by
    contrast, a cap thicker than 2 cm …" is that condition's; "In chronic hyponatraemia,
    correction should not exceed …" is a limit the article sets for those patients, not a
    figure of theirs: the condition qualifies the measure."""
    subject, measure, meaning = read
    other = other_condition_of(text, max(0, text.find(cutoff.value)), names)
    if other and meaning == "limit":
        return subject, f"{measure} in {other}"
    return other or subject, measure
