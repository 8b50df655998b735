"""Key-term candidates of a statement sentence (``statements``): the ``KeyTerm`` type and
the finders by kind (links, eponyms, named signs, scale values, places, modalities,
conditions, rates, numbers with units, markers, vocabulary terms, and the shape and grammar
terms of ``statement_terms``), each yielding every candidate it sees; ``statement_choice``
picks among them."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from quizgen.extractors.statement_eponyms import person_terms
from quizgen.extractors.statement_names import named_terms, widen_method, widen_method_before
from quizgen.extractors.statement_terms import (
    general_terms,
    grammar_terms,
    marker_terms,
    widen_treatment,
)
from quizgen.extractors.vocabulary import KEY_TERMS, MODALITIES, ROLE_OF_MODALITY

__all__ = [
    "_GENERIC_CONDITION",
    "_MEASURES",
    "_NO_CONDITION",
    "KeyTerm",
    "_by_grammar",
    "_by_shape",
    "_found",
    "_singular",
]

# "12 mm", "1.5-2 cm", "40 years", "300 HU", "3 T": a number and its unit.
_NUMBER_WITH_UNIT = re.compile(
    # a number joined to a word by a hyphen is part of a name ("technetium-99m", "Ga-68")
    # ("per 24 hours" is the rate's own time, no figure of its own: see the tail below)
    r"(?<![\w.])(?<![A-Za-z]-)(?<!× )(?<!x )(?<!×)(?<!per )(?<!/)"
    r"[<>≤≥~]?\s?\d+(?:\.\d+)?(?:\s?(?:-|–|to)\s?\d+(?:\.\d+)?)?\s?"
    r"(?:mm|cm|m|mL|ml|L|kg|g|mg|µm|years?|months?|weeks?|days?|hours?|minutes?|HU|T|"
    # an amount of a substance ("300 µmol per 24 hours", "2.5 mmol")
    r"µmol|umol|mmol|nmol|pmol|µg|ng|"
    # a flow or rate per minute ("bleeding at 0.5-1.0 mL/min") and an angle ("less than 18°")
    r"mSv|Gy|MBq|mCi|ppm|mmHg|ms|mg/dL|mmol/L|cm/s|m/s|mL/min|ml/min|L/min|°C|°)(?![\w/])"
    # "300 µmol per 24 hours", "5 mg per litre": the rate is one figure
    r"(?:\s(?:per|a)\s(?:\d{1,3}\s)?(?:hours?|days?|litres?|liters?|dL|L|kg|minutes?|weeks?))?"
)
# A condition named by its ending ("chondrosarcoma", "phaeochromocytomas", "sarcoidosis"):
# one word, so a cloze hides the name and nothing around it.
# Up to two adjectives before it belong to the name ("septic arthritis", "avascular necrosis").
_CONDITION = re.compile(
    # a verb's "-ing" that takes the name as its object is no part of it ("including X")
    r"(?<![\w-])(?:(?!(?:including|excluding|involving|causing|mimicking|following|"
    r"resembling|affecting|complicating|suggesting|showing|having|mimic|"
    # participles that tell how the name stands to others, not which condition it is
    r"associated|related|unrelated|stated)\s)"
    # "juvenile idiopathic arthritis", "pigmented villonodular synovitis", "disseminated
    # tuberculosis": adjectives and participles of the name are part of it
    r"[A-Za-z]{2,30}(?:al|ic|ar|ous|ive|ary|oid|ing|ile|ented|ated|ised|ized|ired|ited)\s"
    # "multiple" names two diseases ("multiple myeloma", "multiple sclerosis"); before any
    # other head it counts lesions ("multiple meningiomas") and stays outside the blank
    r"|multiple\s(?=(?:myeloma|sclerosis)\b)){0,2}"
    # "Langerhans cell histiocytosis", "small cell carcinoma": a kind of cell names it too
    r"(?:[A-Za-z][a-z]{2,20}\scell\s)?"
    r"(?P<head>[a-z]{3,40}(?:omas?|omata|itis|osis))(?![\w-])"
)
# A Latin adjective after the head belongs to the name ("osteoporosis circumscripta",
# "osteitis deformans", "myositis ossificans", "pneumatosis intestinalis"): without it the
# blank would hide another condition.
# A Latin noun in the genitive names the organ ("pseudomyxoma peritonei", "gliomatosis
# cerebri", "fibromatosis colli"): the blank would otherwise leave it dangling.
_LATIN_ADJECTIVE = re.compile(
    r"\s(?:[a-z]{3,20}(?:ans|ens|ta|ca|sa|na|ra|alis|aris|ium)|[a-z]{2,20}(?:ei|ri|ae|orum|lli))"
    r"(?![\w-])"
)
# Heads that need their modifiers to name one thing ("carcinoma" of what?), and words with
# those endings that name no condition.
_GENERIC_CONDITION = re.compile(
    r"^(?:carcinomas?|sarcomas?|lymphomas?|adenomas?|tumou?rs?|neoplasms?|melanomas?)$", re.I
)
_NO_CONDITION = re.compile(
    r"^(?:diagnosis|prognosis|diagnoses|prognoses|osmosis|hypnosis|hypothesis|synthesis|"
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
    r"(?:years?|months?|weeks?|days?|hours?|decades?)"
    # a span told by its units alone: "within days to weeks", "weeks to months"
    r"|(?:hours|days|weeks|months|years)\s(?:to|or)\s(?:days|weeks|months|years|decades)"
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
# A span of the spine with no level word: "between T12 and L2", "from T9 to T12", and a
# junction's two sides "L5-S1"; "between T1 and T2" are two MR sequences, not a span.
_LEVEL_SPAN = re.compile(
    r"(?<![\w-])(?:(?:between|from)\s(?P<a>[CTLS][1-9]\d?)\s(?:and|to)\s(?P<b>[CTLS][1-9]\d?)"
    r"|(?P<c>[CTLS])[1-9]\d?[-–/](?!(?P=c))[CTLS][1-9]\d?)(?![\w-])"
)
_SEQUENCE_NAMES = frozenset({"T1", "T2"})
_TIME_UNITS = ("year", "month", "week", "day", "hour", "trimester", "decade")
# An incidence as a rate: "1-2 per 1000 live births", "5 per 100 000".
_RATE = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:\s?[-–]\s?\d+(?:\.\d+)?)?\s+per\s+"
    r"(?:1000|1,000|10 000|10,000|100 000|100,000|million)(?![\d,])"
    # "1 in 2500", "1 in 1000-2000 live births": one case in so many
    r"|(?<![\w.])(?:1|one)\sin\s(?:\d{1,3}(?:,\d{3})+|\d{2,7})"
    r"(?:\s?[-–]\s?(?:\d{1,3}(?:,\d{3})+|\d{2,7}))?(?![\d,.])"
)
# "Brown-Sequard syndrome", "Courvoisier sign", "von Hippel-Lindau disease", "Ewing's sarcoma".
_EPONYM = re.compile(
    # a body that issues criteria is no person ("the PCOS Society criteria")
    r"(?:\b(?:von|van|de|di|du|la)\s)?\b(?!(?:Society|College|Association|Organi[sz]ation|"
    r"Group|Institute|Committee|Federation|Academy|Consensus|Conference|Board|Union|Task)\s)[A-Z][a-zà-ÿ'’]+(?:[-–][A-Z][a-zà-ÿ'’]+)*(?:'s|’s)?\s"
    r"(?:syndrome|disease|sign|tumou?r|fracture|classification|criteria|score|phenomenon|"
    r"triad|cyst|sarcoma|lymphoma|node|lesion|deformity|malformation|anomaly|ulcer|hernia|"
    r"canal|space|plexus|line|angle|ring|membrane|effect|procedure|operation|rule|law|"
    r"principle)\b"
)
# A possessive eponym with a word before its noun: "Kager's fat pad", "Morison's hepatorenal
# pouch". Without it, the blank took the word alone ("Kager's [fat] pad").
_POSSESSIVE_EPONYM = re.compile(
    r"\b[A-Z][a-zà-ÿ]+(?:'s|’s)\s(?:[a-z]{3,12}\s)?(?:pad|pouch|cave|fossa|triangle|duct|gland|"
    r"fascia|ligament|bursa|diverticulum|cells?|bod(?:y|ies)|layer|capsule|nodes?|space|canal|"
    r"line|angle|sign|disease|syndrome|cyst|fracture|hernia|tumou?r|nodules?|ring|membrane)\b"
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
            head = match.group("head")
            # (a generic head with its modifiers names one thing, "a risk of hepatocellular
            # carcinoma"; as the sentence's subject it stays what the sentence is about)
            if not _NO_CONDITION.match(head) and (
                not _GENERIC_CONDITION.match(head) or (match.group(0) != head and match.start())
            ):
                name = match.group(0)
                if (latin := _LATIN_ADJECTIVE.match(sentence, match.end())) is not None:
                    name += latin.group(0)
                yield KeyTerm(name, match.start(), "condition")
    if " per " in sentence or " in " in sentence:
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
    for match in _LEVEL_SPAN.finditer(sentence):
        if not {match["a"], match["b"]} <= _SEQUENCE_NAMES:
            start = match.start("a") if match["a"] else match.start()
            yield KeyTerm(sentence[start : match.end()], start, "anatomy")
    for match in _NODE_GROUP.finditer(sentence):
        if not _NOT_A_PLACE.match(match.group("place")):
            yield KeyTerm(match.group(0), match.start(), "anatomy")


def _eponyms(sentence: str) -> Iterator[KeyTerm]:
    for match in _EPONYM.finditer(sentence):
        if match.start() > 0 or "-" in match.group(0) or "'" in match.group(0):
            yield KeyTerm(match.group(0), match.start(), "eponym")  # not a capitalised opener
    if "'s " in sentence or "’s " in sentence:  # a cheap test first: most sentences hold none
        for match in _POSSESSIVE_EPONYM.finditer(sentence):
            yield KeyTerm(match.group(0), match.start(), "eponym")


def _found(sentence: str, links: Collection[str]) -> Iterator[KeyTerm]:
    """Every candidate key term, best type first (links, then eponyms, names, numbers, terms)."""
    for link in links:
        if link.endswith("ly") and " " in link:
            continue  # "examined clinically": a linked verb phrase names no thing to recall
        if (start := _find(sentence, link)) >= 0:
            yield KeyTerm(sentence[start : start + len(link)], start, "link")
    yield from _eponyms(sentence)
    for term in named_terms(sentence):  # a defined abbreviation, "Verocay bodies"
        yield KeyTerm(term.text, term.start, term.type)
    yield from _named(sentence)
    for match in _SCALE_VALUE.finditer(sentence):
        yield KeyTerm(match.group(0), match.start(), "scale")
    yield from _places(sentence)
    if ROLE_OF_MODALITY.search(sentence):
        for match in MODALITIES.finditer(sentence):
            end = widen_method(sentence, match.end())  # "CT myelography"
            # "fluorescein angiography"
            start = widen_method_before(sentence, match.start(), end)
            yield KeyTerm(sentence[start:end], start, "modality")
    yield from _conditions_and_rates(sentence)
    yield from _numbers(sentence)
    for marker in marker_terms(sentence):  # before "positive", which names no marker
        yield KeyTerm(marker.text, marker.start, marker.type)
    for match in KEY_TERMS.finditer(sentence):
        if _DESPITE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            # "fever despite broad-spectrum antibiotics", "deteriorate despite
            # anticoagulation": what failed is the circumstance, not what the sentence asks
            continue
        start = widen_treatment(sentence, match.start(), match.end())
        if (place := _JOINED_PLACE.search(sentence, max(0, start - 40), start)) is not None:
            start = place.start()  # "a colovesical fistula": the places name which one
        elif start == match.start() and _KIND_HEAD.fullmatch(match.group(0)):
            start = _widen_kind(sentence, start)
        yield KeyTerm(sentence[start : match.end()], start, "term")


_DESPITE_BEFORE = re.compile(r"\b(?:despite|notwithstanding)\s(?:[\w-]{1,30}\s){0,2}$", re.I)


# Two places joined by a linking "o" ("colovesical", "aortoenteric", "tracheo-oesophageal",
# "bronchopleural"): the adjective says which fistula or which communication the term is.
# Words of that shape that name no place ("radiological", "homogeneous", "anatomical") are
# left out.
_JOINED_PLACE = re.compile(
    r"(?<![\w-])(?![a-z]{0,20}(?:logic|geneous|tomic|nomic))"
    r"[a-z]{3,12}o-?[a-z]{3,14}(?:al|ic|ous|ar|ary)\s$"
)


# Heads of the vocabulary that an adjective before them turns into another name: "myocardial
# infarction", "obstructive hydrocephalus", "intratumoral haemorrhage". A blank of the head
# alone would hide half a name and leave the other half as a clue.
_KIND_HEAD = re.compile(
    r"ha?emorrhage|rupture|torsion|obstruction|perforation|infarction|isch(?:a)?emia|thrombosis|"
    r"embolism|hydrocephalus|herniation|o?edema|necrosis|calcifications?|stenosis|aneurysms?|"
    r"atelectasis|consolidation|cavitation|fever|seizures?|headaches?|jaundice|dyspno?ea",
    re.I,
)
# An adjective of place, tissue or mechanism, by its ending ("myocardial", "lobar",
# "obstructive", "intracellular")
_KIND_ADJECTIVE = re.compile(r"[a-z-]{3,30}(?:al|ar|ic|ous|ive|ary|ory|oid)", re.I)
# … but not one of degree, frequency, judgement or count, which names no other thing
# ("significant", "occasional calcification", "typical haemorrhage", "bilateral effusions").
_NOT_A_KIND = re.compile(
    r"(?:initial|additional|optional|usual|unusual|potential|typical|atypical|clinical|general|"
    r"original|several|special|eventual|occasional|conventional|traditional|individual|"
    r"critical|essential|normal|abnormal|minimal|marginal|massive|extensive|excessive|"
    r"progressive|aggressive|symptomatic|asymptomatic|characteristic|classic|specific|"
    r"non-?specific|radiological|radiographic|sonographic|diagnostic|therapeutic|"
    r"prophylactic|previous|various|numerous|obvious|serious|dangerous|conspicuous|"
    r"active|positive|negative|relative|effective|alternative|definitive|bilateral|"
    r"unilateral|similar|particular|regular|irregular|dramatic|visible|possible|"
    r"overt|subtle|frequent|rare|common|mild|severe|moderate|marked)",
    re.I,
)


def _widen_kind(sentence: str, start: int) -> int:
    """Where a vocabulary head at ``start`` begins once the adjectives of its kind before it
    are read back ("myocardial infarction", "inflammatory abdominal aortic aneurysm");
    ``start`` when there is none."""
    while before := re.search(r"(?:^|[\s(])([\w-]+)\s$", sentence[max(0, start - 40) : start]):
        word = before.group(1)
        if not _KIND_ADJECTIVE.fullmatch(word) or _NOT_A_KIND.fullmatch(word):
            break
        start -= len(word) + 1
    return start


def _by_shape(sentence: str) -> Iterator[KeyTerm]:
    """Terms found by their shape only (anatomy, drugs, genes, treatments): the blank of a
    sentence that holds no stronger key term, never one more blank beside those."""
    for term in general_terms(sentence):
        yield KeyTerm(term.text, term.start, term.type)
    for term in person_terms(sentence):
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
