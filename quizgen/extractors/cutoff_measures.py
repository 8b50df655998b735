"""What a figure measures: the measure named before it, its holder, the dimension an
adjective names, the state a figure defines, analytes and named scores."""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_brackets import bracketed_holder
from quizgen.extractors.cutoff_meanings import QUALIFIER
from quizgen.extractors.cutoff_shapes import (
    DIGIT,
    LENGTH,
    MEASURES,
    STOP,
    WHOLE,
    WORD,
    Names,
    Text,
    is_measure,
    last_words,
)

__all__ = [
    "DIMENSION",
    "DIMENSION_NOUN",
    "cutoff_measure",
    "dimension_of",
    "named_measure",
    "opens_on_another",
    "stated_state",
]


# Tubes: a length written right after one is its calibre ("common bile duct > 7 mm").
_TUBES = frozenset(
    (
        *("duct", "aorta", "artery", "vein", "ureter", "bowel", "appendix", "oesophagus"),
        *("esophagus", "trachea", "bronchus", "canal", "vessel", "colon", "loop", "lumen"),
        *("cbd", "ivc", "svc", "caecum", "cecum", "stomach", "jejunum", "ileum"),
    )
)
# A concentration or a count per volume: the noun phrase before it names the analyte.
# A temperature is of what the words before it name too ("fever ≥39 °C", "core temperature").
# (Not a bare angle: "requires at least 360°", "In DWM it typically exceeds 45°" named a verb
# and a condition as the measure.)
_LAB_UNIT = re.compile(r"^(?:[a-zµμ]{0,5}(?:mol|g|U|IU|cells|Eq)?/(?:dL|L|mL|µL|mm³)|°[CF])$", re.I)
_NUMBERED_ANALYTE = re.compile(r"\b([A-Z][A-Za-z]{0,10}\s?\d{1,3}-\d{1,3})\s{0,2}$")


def _size_of(phrase: str, known: frozenset[str]) -> str:
    """ "Angiomyolipomas" → "angiomyolipoma size" (the measure of a lesion is its size);
    a capital that is not the sentence's ("Conn adenomas") is a name's and stays."""
    words = phrase.split()
    if re.search(r"[a-z]{2}(?:[^su]|ss)s$", words[-1]):  # "cysts" → "cyst"; "nidus" stays
        words[-1] = _singular_noun(words[-1])
    text = " ".join(words)
    lower = text[1:2].islower() and _singular_noun(words[0].lower()) in known
    return f"{text[:1].lower() + text[1:] if lower else text} size"


def _singular_noun(word: str) -> str:
    """A plural noun's singular as a size's holder names it: "abscesses" → "abscess",
    "masses" → "mass" (not "abscesse"), "cysts" → "cyst"."""
    if word.endswith("sses"):
        return word[:-2]
    return word if word.endswith("ss") else word.rstrip("s")


_MEASURE_WORD = "|".join(sorted(MEASURES, key=len, reverse=True))
# "the diameter of the common duct", "the angle of Wiberg" written just before a cut-off.
_MEASURE_OF = re.compile(
    rf"\b(?:[A-Za-z][\w-]{{0,25}}\s){{0,2}}?(?:{_MEASURE_WORD})\sof\s(?:the\s)?"
    r"(?!(?:the|an?|about|approximately|around|more|less|at|up|over|under|only)\b)"
    r"[A-Za-z][\w-]{0,25}(?:\s[A-Za-z][\w-]{0,25}){0,3}\s{0,2}$",
    re.I,
)


# A change of a named quantity: "a rise in serum creatinine of", "a fall in haemoglobin of".
_CHANGE_IN = re.compile(
    r"\b(?P<measure>(?:rise|fall|increase|decrease|drop|reduction|loss|gain|change|decline|"
    r"variation)\sin\s"
    r"(?:the\s)?(?:[A-Za-z][\w-]{1,25}\s){0,2}[A-Za-z][\w-]{1,25})\s(?:of|by)\s{1,2}$",
    re.I,
)


# A ratio of two things named with "to": "a pulmonary artery to aorta ratio greater than 1".
_RATIO_OF_TWO = re.compile(
    r"\b(?P<measure>(?:[A-Za-z][\w-]{1,25}\s){1,3}to\s(?:[A-Za-z][\w-]{1,25}\s){0,3}ratio)"
    r"\s{1,2}(?:of\s{1,2})?$",
    re.I,
)
_VERB_OR_QUALIFIER = re.compile(
    r"\s(?:is|are|was|were|usually|typically|often|generally|normally|mostly)\b", re.I
)


def _analyte(clause: str) -> str:
    """What a concentration or count measures: "a total serum IgE greater than 1000 IU/mL"
    → "total serum IgE", "a CA 19-9 above 37 U/mL" → "CA 19-9"; "" when unclear."""
    numbered = _NUMBERED_ANALYTE.search(clause)
    if numbered:
        return numbered.group(1)
    # "once the CD4 count falls below …": the verb of a changing level names nothing
    clause = _LEVEL_VERB.sub(" ", clause)
    # "Stage I requires serum ferritin <3 mg/L": the analyte is the noun phrase after the
    # clause's verb
    clause = _CLAUSE_VERB.split(clause)[-1]
    words = last_words(clause, skip=lambda word: word.lower() in STOP)
    # a figure in the phrase is another one's ("3 cm and"); a cell marker's is its name ("CD4")
    plain = [w for w in words if not _MARKER_NAME.match(w)]
    return "" if DIGIT.search(" ".join(plain)) else " ".join(words)


_LEVEL_VERB = re.compile(r"\s(?:falls|drops|rises|climbs|remains|stays|reaches)\s{0,2}$", re.I)
_CLAUSE_VERB = re.compile(r"\b(?:requires?|needs?|shows?)\b", re.I)
# "CD4", "FEV1", "HbA1c": a name with a number in it
_MARKER_NAME = re.compile(r"^[A-Z][A-Za-z]{0,4}\d{1,3}[a-z]?$")


_SUMMARY = r"mean|average|median|maximal|maximum|minimal|minimum"


# A part grown to a size: "Widening of the presacral space to", "dilatation of the duct to":
# the figure is the part's dimension that the noun of growth names.
_GROWN_TO = re.compile(
    r"\b(?P<growth>widening|enlargement|dilatation|dilation|thickening|distension|distention)"
    r"\sof\s(?:the\s)?(?P<part>(?:[A-Za-z][\w-]{1,25}\s){0,2}[A-Za-z][\w-]{1,25})\sto\s{1,2}$",
    re.I,
)
_GROWN_DIMENSION = {
    "widening": "width",
    "enlargement": "size",
    "dilatation": "diameter",
    "dilation": "diameter",
    "thickening": "thickness",
    "distension": "diameter",
    "distention": "diameter",
}


def _changed_part(clause: str, unit: str) -> str:
    """The measure a change names before its figure, or "": "a rise in serum creatinine of
    more than 30%", "a right to left … ratio", "widening of the presacral space to" (its
    width)."""
    change = _CHANGE_IN.search(clause) or _RATIO_OF_TWO.search(clause)
    if change:
        return change.group("measure")
    grown = _GROWN_TO.search(clause) if LENGTH.match(unit) else None
    if grown:
        return f"{grown['part']} {_GROWN_DIMENSION[grown['growth'].lower()]}"
    return ""


def _subject(before: str, unit: str, names: Names) -> str:
    """The measure a cut-off belongs to, from the words just before it in its clause, or "".
    The size of the article's own lesion is "size" ("Tumours larger than 4 cm", "FNH …
    measures less than 5 cm"): the fact's subject names the lesion already."""
    clause = re.split(r"[,;:()]", before[-80:])[-1]
    changed = _changed_part(clause, unit)
    if changed:
        return changed
    measure_of = _MEASURE_OF.search(clause)
    if measure_of:  # "a lateral centre-edge angle of Wiberg below 20°"
        # "The attenuation of the involved fat is usually …": the noun phrase ends at its verb
        phrase = _VERB_OR_QUALIFIER.split(measure_of.group(0).strip(), maxsplit=1)[0]
        return re.sub(r"^(?:an?|the)\s", "", phrase, flags=re.I)
    kept = last_words(clause, skip=lambda word: word.lower() in STOP)
    summary = (
        re.search(rf"\b({_SUMMARY})\s{{1,2}}{re.escape(kept[0])}\b", clause, re.I) if kept else None
    )
    if summary and len(kept) < 3:  # "Mean ADC values above …" is a mean, not any value
        kept.insert(0, summary.group(1).lower())
    if not kept or _LAB_UNIT.match(unit):
        return _analyte(clause) if _LAB_UNIT.match(unit) else ""
    last = kept[-1].lower()
    head = _singular_noun(last) if last not in MEASURES else last
    phrase = " ".join(kept)
    if head in MEASURES or kept[-1].lower() in MEASURES:
        return phrase
    if unit.upper() == "HU" and not DIGIT.search(phrase):
        # "macroscopic fat measuring less than -30 HU"; the lesion's own is "attenuation"
        own = {w.lower().rstrip("s") for w in kept} <= names.own | WHOLE | {"lesion"}
        return "attenuation" if own else f"{phrase} attenuation"
    return _length_measure(kept, head, names) if LENGTH.match(unit) else ""


def _length_measure(kept: list[str], head: str, names: Names) -> str:
    """What a length after a noun phrase measures: a tube's calibre ("main pancreatic duct
    ≥10 mm"), a lesion's size ("size" for the article's own), else ""."""
    phrase = " ".join(kept)
    if head in _TUBES and not DIGIT.search(phrase):
        return f"{phrase} diameter"
    if head in names.lesions or kept[-1].lower() in names.lesions:
        kept_words = {_singular_noun(w.lower()) for w in kept}
        return "size" if kept_words <= names.own else _size_of(phrase, names.lesions | STOP)
    return ""


_GENERIC = frozenset(
    {"score", "value", "values", "level", "levels", "concentration", "measurement", "ratio"}
    | {"index"}
)
_LAB_VALUE = frozenset({"value", "values", "level", "levels", "concentration", "measurement"})
_DIFFUSION_UNIT = re.compile(r"^mm(?:²|2|\^2)/s$")
_NAMED_SCORE = re.compile(r"\b((?:[A-Z][\w'-]{1,15}\s){1,3}(?:score|scale|index))\b")
_ACRONYM = re.compile(r"\b([a-z]?[A-Z]{3,8}(?:-[A-Z\d]{1,4})?)\b")
_NOT_A_SCORE = frozenset({"ADC", "SUV", "MRI", "DWI", "FDG", "PET", "HCC", "CECT", "NECT", "ESC"})


def _score_name(earlier: str, before: str) -> str:
    """A generic "score" or "value" is the named score or acronym written just before it in
    the same sentence ("An sPESI of 0 …, whereas a score of ≥1"), or a named score of the
    paragraph ("The Wells score …"); "" when none."""
    acronyms: list[str] = [a for a in _ACRONYM.findall(before) if a not in _NOT_A_SCORE]
    if acronyms:
        return acronyms[-1]
    names: list[str] = _NAMED_SCORE.findall(f"{earlier} {before}")
    return re.sub(r"^(?:The|A|An)\s", "", names[-1].strip()) if names else ""


def _sentence_subject(text: str, unit: str, names: Names) -> str:
    """The measure of the sentence's own subject when the clause before a cut-off names
    none ("Conn adenomas tend to be small, often less than 2 cm" → "Conn adenoma size")."""
    verb = re.search(r"\s(?:is|are|tends?|measures?|ranges?)\b", text[:120])
    return _subject(text[: verb.start()] + " ", unit, names) if verb else ""


def _content_words(text: str) -> list[str]:
    """Words of ``text`` that are neither function words nor qualifiers ("usually")."""
    return [w for w in WORD.findall(text) if w.lower() not in STOP and not QUALIFIER.match(w)]


# "a difference between maximal and minimal thickness of more than 5 mm": the measure is the
# difference of the two, not the last of them.
_BETWEEN_MEASURE = re.compile(
    r"\b(?P<measure>(?:(?!(?:an?|the)\s)(?:[A-Za-z][\w-]{1,25}\s)?angle|difference|ratio|distance|gap|"
    r"discrepancy)\sbetween\s[\w'’ -]{3,60}?"
    r"\s(?:and|to)\s[\w'’ -]{3,40}?)\s{1,2}(?:of|is|was|exceeding|above|below|over|under)?"
    r"\s{0,2}$",
    re.I,
)


# "(PSV)", "(Ki-67/MIB-1)": an abbreviation, perhaps two joined by a slash; or a gloss with
# no figure of its own ("A cyst index (cyst area divided by …) greater than 4")
_ABBREVIATION_BEFORE = re.compile(
    r"(?<=[a-z])\s{1,2}\((?:[A-Za-z][A-Za-z\d/-]{1,14}|[A-Za-z][^()\d]{2,80})\)\s{0,2}$"
)


def cutoff_measure(
    t: Text, match: re.Match[str], names: Names, *, owner: str, label_measure: str
) -> tuple[str, bool]:
    """(the measure a cut-off belongs to, whether it is a score); "" when none is named."""
    unit = match.group("unit") or match.group("unit2") or ""
    # "peak systolic velocity (PSV) >200 cm/s": the abbreviation in brackets names the
    # measure written before it again
    before = _ABBREVIATION_BEFORE.sub(" ", t.text[: match.start()])
    clause = re.split(r"[,;:()]", before)[-1]
    is_score = unit.lower().startswith("point") or (
        not unit and bool(re.search(r"\bscores?\s(?:of\s)?$", before[-20:], re.I))
    )
    measure = _score_subject(before) if is_score else _subject(before, unit, names)
    between = _BETWEEN_MEASURE.search(clause)
    if between and not is_score:
        measure = between.group("measure")  # not "minimal thickness" of the two it compares
    if not measure and not is_score and before.rstrip().endswith("("):
        # "large tumour volume (>200 mL)": the measure is named just before the parenthesis
        named = _subject(before.rstrip()[:-1] + " ", unit, names)
        # "a thin endometrial stripe (under 10 mm)": the state names the dimension
        held = bracketed_holder(before, unit, names)[0]
        measure = held or (named if is_measure(named) else "")
    comparative = _DIMENSIONAL.get((match.group("cmp") or "").lower().split(" ")[0], "")
    if comparative and LENGTH.match(unit) and measure.endswith(" size"):
        # "a wall thinner than 1 mm": the comparative names the dimension, not a size
        measure = f"{measure.removesuffix(' size')} {DIMENSION_NOUN[comparative]}"
    if not measure and comparative and LENGTH.match(unit):
        # "a cartilage cap thicker than 1.5 cm": the comparative names the dimension
        measure = dimension_of(before, comparative, names)
    if not measure and not WORD.search(clause.replace("a value of", "")):
        measure = label_measure  # "alpha angle: 60° or more is normal"
    if not measure and not is_score and not owner and LENGTH.match(unit):
        measure = _sentence_subject(t.text, unit, names)
    if not measure and not _content_words(clause) and "," in before[-80:]:
        # "high ADC values, usually above 1.4 × 10⁻³ mm²/s", "septal thickening, more than
        # 2 mm": the measure named before the comma (before an owner's bare "size")
        named = _subject(before[: before.rfind(",")] + " ", unit, names)
        measure = named if is_measure(named) else ""
    if not measure and owner and LENGTH.match(unit) and not _content_words(clause):
        measure = "size"  # "adrenocortical carcinoma: usually larger than 6 cm"
    generic = measure.lower().removeprefix("a ").removeprefix("the ")
    if generic in _GENERIC and _DIFFUSION_UNIT.match(unit):
        measure = "ADC"  # "values below 0.8 × 10⁻³ mm²/s": only an ADC has that unit
    elif generic in _GENERIC:
        measure = label_measure or _score_name(t.earlier, before)
        # "a raised CEA (a level above 192 ng/mL …)": a level is the lab value's, of what the
        # sentence is about; only a score, index or ratio is a subject of its own
        is_score = is_score or (measure != label_measure and generic not in _LAB_VALUE)
    elif is_score and not measure:
        measure = _score_name(t.earlier, before)
    return measure, is_score


def named_measure(measure: str, unit: str, before: str, after: str) -> bool:
    """Whether a sentence's cut-off names its measure right before it, well enough to stand
    without a meaning: a length after its dimension ("a wall thickness greater than 3 mm", "a
    radial diameter of less than 3 cm") or after "measures" ("The cysts measure up to 3 cm":
    their size), an angle in degrees after its name ("a subcarinal angle greater than 90°"),
    a level, pressure, attenuation or time after its name ("the LDH exceeds 1000 IU/L");
    not a range's end ("ranges from 2 mm to 7 cm or more") nor a figure after "and"/"or"
    (another thing's: "≤1.5 mm in the bile duct or ≤1 mm in …")."""
    words = measure.lower().split()
    near = before[-40:].lower()
    if not words or _NOT_NAMED_HERE.search(near) or _LISTED_FEATURE.search(before):
        return False
    if ":" in before or after.lstrip().startswith(","):  # "… > 4 mm, mural nodules and …"
        return False
    if _ANGLE_UNIT.match(unit):
        # "angle" is its own measure's name: "an aortomesenteric angle of 25° or less"; a
        # bare "angle" ("some use an angle below 22°") names none of the several angles
        return len(words) > 1 and "angle" in words and "angle" in near.split()
    if _NAMED_UNIT.match(unit):
        # "a sinus attenuation above 62 HU", "a QRS duration over 180 ms"
        named = _LAB_UNIT.match(unit) or words[-1] in MEASURES
        return bool(named) and words[-1] in near
    return bool(LENGTH.match(unit)) and _named_length(words, before, after)


def _named_length(words: list[str], before: str, after: str) -> bool:
    """Whether a length's measure is named next to it: by the verb ("Most cysts measure up
    to 3 cm": their size) or by its dimension ("a feeding artery of 3 mm in diameter")."""
    if _MEASURED.search(before) and words[-1] == "size":
        return True
    near = before[-40:].lower()
    return words[-1] in _DIMENSION_WORDS and (
        words[-1] in near or DIMENSION.match(after) is not None
    )


# A size given by the verb: "The nodules measure up to 5 mm". Not "measuring": a modifier,
# its clause goes on to what the size means ("lesions measuring over 2 cm are rare").
_MEASURED = re.compile(
    r"\bmeasures?\s{1,2}(?:(?:only|usually|typically|generally|about|"
    r"approximately|around|roughly)\s{1,2}){0,2}$",
    re.I,
)
_ANGLE_UNIT = re.compile(r"^(?:°|degrees)$", re.I)
# Units whose figure is a level, pressure, attenuation or time, not a share ("%") or a size.
_NAMED_UNIT = re.compile(rf"{_LAB_UNIT.pattern}|^(?:HU|mmHg|kPa|cm/s|m/s|ms|cm\s?H2O)$", re.I)


_OPENING = re.compile(
    r"^\s{0,2}(?P<np>(?:[A-Za-z][\w-]{1,25}\s){0,4}?[A-Za-z][\w-]{1,25})\s(?:is|are|was|were)\b"
)


def opens_on_another(text: str, names: Names, measure: str = "") -> bool:
    """Whether a sentence opens on a thing other than the article's own lesion ("The left
    axillary lymph nodes are normal, with a cortical thickness of less than 3 mm"): a
    figure without a meaning there describes that thing, not the subject. A sentence that
    opens on the measure itself ("The serum ferritin is above 500 ng/mL") opens on no other."""
    opening = _OPENING.match(text)
    if opening is None:
        return False
    np_words = opening.group("np").lower().split()
    if measure and np_words[-1] == measure.lower().split()[-1]:
        return False
    words = {w.rstrip("s") for w in np_words} - STOP
    return not words <= names.own | WHOLE


# "Features favouring a malignant stricture include a wall thickness greater than 3 mm": an
# entry of a list whose meaning and owner the lead names, not a figure of the subject's.
_LISTED_FEATURE = re.compile(r"\b(?:includes?|including|such\sas|comprises?)\b", re.I)
_DIMENSION_WORDS = frozenset(
    ("diameter", "thickness", "width", "length", "thickening", "calibre", "caliber", "depth")
)
_NOT_NAMED_HERE = re.compile(
    r"\b(?:ranges?|ranging|from)\b[^.;]{0,40}$|\b(?:and|or)\s(?:[\w-]{1,20}\s){0,2}$"
)


DIMENSION = re.compile(
    r"^\s{1,2}(?P<dim>long|wide|thick|deep|tall|high|across|in\s(?:diameter|length|size|"
    # "more than 8 cm in craniocaudal extent": an extent along an axis
    r"thickness|width|depth|height|(?:[a-z-]{4,20}\s)?extent))\b",
    re.I,
)
# A comparative that names a dimension ("thicker than" a thickness); "larger" names none.
_DIMENSIONAL = {"thicker": "thick", "thinner": "thick", "wider": "wide", "longer": "long"}
_DIMENSIONAL |= {"shorter": "long", "deeper": "deep", "taller": "tall"}
_DIMENSIONAL |= {"shallower": "deep", "narrower": "wide", "broader": "wide"}
DIMENSION_NOUN = {"long": "length", "wide": "width", "thick": "thickness", "deep": "depth"}
DIMENSION_NOUN |= {"tall": "height", "high": "height", "across": "size"}


# A word joined to the cut-off by "and"/"or" is a coordinated predicate, not what is measured.
_COORDINATED_PREDICATE = re.compile(
    r"[\w-]\s(?:and|or)\s{1,2}(?:(?:usually|typically|generally|often|always)\s{1,2})?$", re.I
)
# "… a long common channel, usually longer than 15 mm": the noun phrase before the comma.
_PHRASE_BEFORE_COMMA = re.compile(
    r"\b(?:an?|the)\s(?P<np>(?:[A-Za-z][\w-]{1,25}\s){0,3}[A-Za-z][\w-]{1,25}),"
    r"\s(?:[a-z]{3,12}\s)?$"
)
# "Plaques are ovoid, usually at least 3 mm across", "their walls are thin and smooth,
# generally less than 2 mm thick": the clause's subject, before predicate adjectives.
_CLAUSE_SUBJECT = re.compile(
    r"^\s{0,2}(?P<np>(?:[A-Za-z][\w-]{1,25}\s){0,3}?[A-Za-z][\w-]{1,25})\s(?:is|are)\s"
    r"(?!(?:an?|the|not|seen|found|present|usually|typically)\b)[^;:()\d]{1,80}$",
    re.I,
)
_SIZE_ADJECTIVE = frozenset(("long", "short", "wide", "narrow", "thick", "thin", "large", "small"))


def _holder_before(before: str) -> list[str]:
    """What a dimension measures when nothing stands just before the figure: the noun
    phrase closed by the comma before it, or the subject of a clause of predicate
    adjectives; [] when neither."""
    phrase = _PHRASE_BEFORE_COMMA.search(before[-120:])
    if phrase is None:
        phrase = _CLAUSE_SUBJECT.match(re.split(r"[;:]", before)[-1])
    if phrase is None:
        return []
    words = [w for w in phrase.group("np").split() if w.lower() not in STOP]
    while len(words) > 1 and words[0].lower() in _SIZE_ADJECTIVE:
        words = words[1:]
    if words and words[0][1:2].islower():  # "Plaques are …" → "plaque size"
        words[0] = words[0].lower()
    return words


# A pronoun standing for the noun phrase before the comma ("taken as those exceeding").
_POINTS_BACK = re.compile(r"\b(?:those|ones)\b", re.I)


def dimension_of(before: str, dimension: str, names: Names) -> str:
    """ "an infrarenal neck at least 10 mm long" → "infrarenal neck length"; the article's
    own lesion gives the bare dimension ("Plaques are usually at least 3 mm across")."""
    noun = DIMENSION_NOUN.get(dimension.lower(), dimension.lower().removeprefix("in "))
    clause = re.split(r"[,;:()]", before[-80:])[-1]
    kept = last_words(clause, skip=lambda word: word.lower() in STOP or bool(QUALIFIER.match(word)))
    if _COORDINATED_PREDICATE.search(clause):
        kept = []  # "smooth, bilateral and less than 1 cm thick": "bilateral" is no holder
    if _POINTS_BACK.search(clause):
        # "Dilated arteries, generally taken as those exceeding 2 mm in diameter": "those"
        # are the noun phrase the comma closes, the words after it hold nothing measured
        segments = re.split(r"[,;:()]", before[-120:])
        earlier = segments[-2] if len(segments) > 1 else ""
        kept = last_words(earlier, skip=lambda word: word.lower() in STOP)
        if kept and kept[0][1:2].islower():  # "Dilated arteries" → "dilated artery …"
            kept[0] = kept[0].lower()
    if not kept:
        kept = _holder_before(before)
    if not kept or {w.lower().rstrip("s") for w in kept} <= names.own | WHOLE:
        return noun
    if kept[-1].lower() in MEASURES:
        # "thickening more than 5 cm wide" is the thickening's width
        same = kept[-1].lower() == noun or kept[-1].lower().startswith(noun[:5])
        return " ".join(kept) if same else f"{' '.join(kept)} {noun}"
    # "arteries" → "artery", "cysts" → "cyst"
    last = re.sub(r"(?<=[a-z]{2})ies$", "y", kept[-1])
    words = [*kept[:-1], re.sub(r"(?<=[a-z]{2}[^sui])s$", "", last)]
    return f"{' '.join(words)} {noun}"


# A state the cut-off defines, written before it: "The common bile duct is considered dilated
# when it exceeds 6 mm", "the ureter is abnormal when wider than 7 mm".
_STATE_BEFORE = re.compile(
    r"(?:^|[,;]\s|\b(?:the|a|an)\s)(?P<whose>(?:[A-Za-z][\w-]{1,25}\s){1,4}?)"
    r"(?P<meaning>(?:is|are)\s(?:(?:considered|regarded\sas|said\sto\sbe|called|termed)\s)?"
    r"(?P<state>dilated|enlarged|widened|thickened|abnormal|pathological|hypertrophied))\s"
    # "the bowel wall is thickened (more than 3 mm …)": the parenthesis gives the cut-off
    r"(?:(?:when|if|once|where)\s(?P<rest>[^;:.\d]{0,60})|\()$",
    re.I,
)
_STATE_MEASURE = {"dilated": "diameter", "widened": "width", "enlarged": "size"}
_STATE_MEASURE |= {"thickened": "thickness", "hypertrophied": "thickness"}


def stated_state(before: str, unit: str, measure: str, names: Names) -> tuple[str, str]:
    """(measure, meaning) of a cut-off that defines a state written before it; ("", "")
    when none. The measure named before the figure is kept ("if the AP diameter is …")."""
    match = _STATE_BEFORE.search(before[-160:])
    if not match or not LENGTH.match(unit):
        return "", ""
    rest = (match.group("rest") or "").lower().split()
    if rest and rest[0] not in ("it", "they") and not set(rest) & MEASURES:
        return "", ""  # "abnormal when the pelvis is …": another thing's figure
    meaning = match.group("meaning")
    state = match.group("state").lower()
    words = re.sub(r"^(?:an?|the)\s", "", match.group("whose").strip(), flags=re.I).split()
    own = {w.lower().rstrip("s") for w in words} <= names.own | WHOLE
    if measure and state in measure.lower():  # "abnormal width" of "is abnormal when wider"
        dimension = measure.rsplit(maxsplit=1)[-1]
    elif measure.endswith(" size") and state in _STATE_MEASURE:
        # "the bowel wall is thickened (more than 3 mm)": a thickness, not a size
        return f"{measure.removesuffix(' size')} {_STATE_MEASURE[state]}", meaning
    elif measure:
        return measure, meaning
    else:
        dimension = _STATE_MEASURE.get(state, "")
    if not dimension or not words:
        return "", ""
    return (dimension if own else f"{' '.join(words)} {dimension}"), meaning


def _score_subject(before: str) -> str:
    named = re.search(
        r"((?:[A-Z][\w-]{1,15}\s){0,3}(?:[A-Z]{2,10}|\w+\sscore))\s?(?:of\s)?$", before
    )
    return named.group(1).strip() if named else ""
