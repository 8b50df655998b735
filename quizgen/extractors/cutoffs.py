"""Cut-offs and sizes stated in prose, and outcomes listed per grade.

"Tumours larger than 4 cm warrant embolisation", "the nidus is usually < 1.5 cm", "an ADC
below 1.0 × 10⁻³ mm²/s suggests malignancy", "a doublet peak at 1.48 ppm", "a score of 7
or more warrants surgery"; "recurrence after a grade I resection 9%, grade II 19%" gives
one fact per grade. A figure becomes a cut-off only with a unit of measurement from a
closed list (or as a score) and a subject that is a measure ("wall thickness", "ADC") or a
lesion or part whose size it gives; ages, durations and shares of patients are other
extractors' facts. Every pattern is bounded, so long runs of digits or spaces cannot make
a search quadratic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from quizgen.extractors.clauses import Clause, is_condition_name, iter_clauses, same_name
from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.owners import other_condition_of
from quizgen.extractors.text import make_fact, split_label, split_sentences
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section

__all__ = ["extract_cutoffs", "grade_labels", "grade_of_figures"]

_NUMBER = (
    r"\d{1,5}(?:[.,]\d{1,3})?(?:\s{0,2}[×x]\s{0,2}10\s{0,2}(?:⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\^?[-−]\d{1,2}))?"
)
_UNIT = (
    r"(?:mm²/s|mm2/s|mm\^2/s|cm/s|m/s|mmHg|cm³|cm3|mm³|mm|cm|ml|mL|cc|HU|ppm|ms|kPa|mg/dL|"
    r"ng/mL|ng/L|pg/mL|µg/L|µmol/L|mmol/L|nmol/L|pmol/L|mIU/mL|mIU/L|mU/L|IU/L|U/L|IU/mL|kU/L|"
    r"U/mL|g/dL|g/L|mg/L|cells/µL|cells/mm³|/µL|/mm³|"
    r"SUV|degrees|°|%|points?)(?![\w²³])"
)
_BEFORE = (
    r"(?P<cmp>>|<|≥|≤|=>|=<|greater than|larger than|bigger than|more than|less than|"
    r"smaller than|thinner than|thicker than|wider than|shorter than|longer than|over|under|"
    r"above|below|exceeds?|exceeding|exceeded|at least|at most|up to|no more than|between)"
)
# A rate: "growth of more than 1 cm per year" (the time is part of the cut-off).
_PER_TIME = r"(?:(?:\s{1,2}(?:per|a)\s{1,2}|\s{0,2}/\s{0,2})(?:year|month|week|day|hour|minute)\b)?"
_AFTER = r"(?:or (?:more|greater|larger|higher|above|less|smaller|lower|below|fewer))"
_CUTOFF = re.compile(
    rf"{_BEFORE}\s{{0,2}}(?:(?:about|approximately|around|roughly|~)\s{{0,2}})?"
    rf"(?P<n>[-−+]?{_NUMBER})(?:\s{{0,2}}(?:-|–|to|and)\s{{0,2}}[-−+]?{_NUMBER})?"
    rf"\s{{0,2}}(?P<unit>{_UNIT})?(?:\s{{1,2}}{_AFTER})?{_PER_TIME}"
    rf"|(?P<n2>{_NUMBER})\s{{0,2}}(?P<unit2>{_UNIT})?\s{{1,2}}{_AFTER}{_PER_TIME}",
    re.I,
)
_PEAK = re.compile(
    rf"(?P<what>(?:[A-Za-z][\w-]{{1,20}}\s){{0,2}}?)(?:doublet\s|inverted\s)?"
    rf"(?:peak|resonance)s?\s(?:at|of)\s(?P<value>{_NUMBER}(?:\s{{0,2}}(?:-|–|and)\s{{0,2}}"
    rf"{_NUMBER})?\s{{0,2}}ppm)",
    re.I,
)
_MEASURES = frozenset(
    (
        *("size", "diameter", "thickness", "width", "length", "height", "depth", "volume"),
        *("distance", "adc", "suv", "suvmax", "score", "ratio", "index", "attenuation"),
        *("density", "washout", "stenosis", "fraction", "velocity", "angle", "calibre"),
        *("caliber", "span", "dimension", "axis", "measurement", "value", "diameters"),
        *("gradient", "pressure", "growth", "rate", "uptake", "thickening", "dilatation"),
        *("thinning", "narrowing"),
        *("circumference", "area", "enlargement", "expansion", "displacement", "offset"),
        # a serum or tissue figure with its unit: "an AFP level above 400 ng/mL"
        *("level", "levels", "concentration", "concentrations", "count", "counts", "titre"),
    )
)
_LESIONS = frozenset(
    (
        *("lesion", "tumour", "tumor", "mass", "nodule", "cyst", "nidus", "focus", "polyp"),
        *("aneurysm", "stone", "calculus", "node", "component", "wall", "septum", "rim"),
        *("abscess", "collection", "haematoma", "hematoma", "effusion", "defect", "cavity"),
        *("fragment", "fracture", "stenosis", "plaque", "lymphocele", "pseudocyst"),
    )
)
# Tubes: a length written right after one is its calibre ("common bile duct > 7 mm").
_TUBES = frozenset(
    (
        *("duct", "aorta", "artery", "vein", "ureter", "bowel", "appendix", "oesophagus"),
        *("esophagus", "trachea", "bronchus", "canal", "vessel", "colon", "loop", "lumen"),
        *("cbd", "ivc", "svc", "caecum", "cecum", "stomach", "jejunum", "ileum"),
    )
)
_DIGIT = re.compile(r"\d")
# A concentration or a count per volume: the noun phrase before it names the analyte.
_LAB_UNIT = re.compile(r"^(?:[a-zµ]{0,5}(?:mol|g|U|IU|cells)?/(?:dL|L|mL|µL|mm³))$", re.I)
_NUMBERED_ANALYTE = re.compile(r"\b([A-Z][A-Za-z]{0,10}\s?\d{1,3}-\d{1,3})\s{0,2}$")
_LENGTH = re.compile(r"^(?:mm|cm)$", re.I)
_WORD = re.compile(r"[^\W\d_][\w/-]*")  # any letter: "β-hCG", "α-fetoprotein"
_STOP = frozenset(
    (
        *("is", "are", "was", "were", "of", "with", "usually", "typically", "generally"),
        *("often", "normally", "measuring", "measure", "measures", "that", "which", "be"),
        *("and", "or", "a", "an", "the", "in", "for", "if", "when", "than", "having", "has"),
        *("have", "mean", "average", "maximal", "maximum", "minimum", "between", "at"),
        *("should", "must", "not", "never", "kept", "remain", "stay"),
        # "myometrial thinning to less than 1 mm": the measure is before "to"
        *("to", "by"),
        # "Most hamartomas measure less than 4 cm": a share of the lesions, not their name
        *("most", "majority", "being"),
        # a conjunction opens the clause, it names nothing: "although giant lesions exceeding"
        *("although", "though", "whereas", "while", "but"),
        # pronouns and verbs end a measure's noun phrase: "They … 2.5 cm in diameter" is a
        # diameter, "contains cysts larger than 3 mm" a cyst size
        *("they", "it", "its", "their", "these", "those", "this"),
        *("contains", "contain", "containing", "shows", "show", "showing", "includes"),
        *("include", "including", "demonstrates", "demonstrate", "exhibits", "reveals"),
    )
)
_CONSEQUENCE = re.compile(
    # a circumstance between the cut-off and its verb: "… of 40% or more at 15 minutes favour"
    r"^\s{0,3}(?:[,)]\s{0,3})?(?:(?:in|on|from|of|at|with|without|within|after|meeting|"
    r"showing|containing)\s[^,;]{1,40}?\s"
    # a condition in a relative clause is part of the meaning: "larger than 2 cm that show
    # washout are diagnostic"
    r"|(?P<condition>(?:that|which)\s[^,;]{1,60}?\s))?"
    # an aside between commas: "greater than 15 mm, particularly with calcification, suggests"
    r"(?:,\s(?:particularly|especially|notably|even|usually|typically|often)\s[^,;]{1,60}?,\s)?"
    r"(?P<meaning>(?:(?:usually|typically|often|generally|always|strongly|reliably|also)\s)?"
    r"(?:(?:is|are|was|were)(?!\s(?:(?:very|more|less|most|also|quite)\s)?(?:common|"
    r"rare|uncommon|unusual|frequent|infrequent|seen|present|found|noted|reported)\b)|"
    r"has|have|carries|carry|warrants?|suggests?|indicates?|makes?|renders?|excludes?|"
    r"confirms?|supports?|denotes?|constitutes?|prompts?|triggers?|mandates?|justifies|"
    r"corresponds?\sto|qualifies|argues?\s(?:against|for)|"
    r"requires?|predicts?|favou?rs?|implies|signifies|defines?|confers?|raises?|increases?|"
    r"should|must|may|can|merits?|suggesting|indicating|implying|favou?ring|warranting|"
    r"requiring|defining)\s[^.;]{3,100}"
    # "Stones smaller than 5 mm usually pass spontaneously": what they usually do
    r"|(?:usually|typically|often|generally|rarely|seldom|frequently|commonly|invariably)\s"
    r"(?!(?:measure|measures|measuring|be|is|are|and|or|in|on|at|of)\b)[a-z]{3,20}\s[^.;]{3,100})",
    re.I,
)
_DISTANCE = re.compile(
    r"^\s{1,2}(?P<dir>from|to)\s(?P<what>(?:the\s)?[\w -]{3,40}?)"
    r"(?=[,;.]|\s(?:is|are|and|or|in|on|was|were|warrants?|suggests?|indicates?)\b|$)",
    re.I,
)
_JOINED = re.compile(r"\b(?:and|or|for|in|of|with|to|while|whereas)\b", re.I)
_GRADE = re.compile(
    r"\b(?P<scale>grade|stage|type|class|category)\s(?P<level>[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b"
    r"(?P<between>[^,;.%]{0,40}?)\s{0,2}(?:[:=(]\s{0,2})?(?P<value>(?:~|≈|approximately\s)?\d{1,3}"
    r"(?:\.\d{1,2})?\s{0,2}%)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Cutoff:
    measure: str  # what is measured ("wall thickness", "Wells score"): the fact's item
    value: str  # the cut-off as written ("larger than 4 cm")
    meaning: str  # what it means ("carries a risk of haemorrhage"), "" when the text says none
    owner: str = ""  # whom the figure is about when not the article ("osteoblastoma:")


@dataclass(frozen=True, slots=True)
class _Text:
    """One sentence or list entry, with what surrounds it."""

    text: str
    earlier: str = ""  # the paragraph's text before it
    label: str = ""  # "alpha angle" of the list entry "alpha angle: 60° or more is normal"
    intro: str = ""  # the sentence that introduces its list ("Management is guided by diameter")
    listed: bool = False  # a list entry (what it means is its list's, said or not)


def _size_of(phrase: str, known: frozenset[str]) -> str:
    """ "Angiomyolipomas" → "angiomyolipoma size" (the measure of a lesion is its size);
    a capital that is not the sentence's ("Conn adenomas") is a name's and stays."""
    words = phrase.split()
    if re.search(r"[a-z]{2}[^su]s$", words[-1]):  # "cysts" → "cyst"; "nidus", "mass" stay
        words[-1] = words[-1][:-1]
    text = " ".join(words)
    lower = text[1:2].islower() and words[0].lower().rstrip("s") in known
    return f"{text[:1].lower() + text[1:] if lower else text} size"


@dataclass(frozen=True, slots=True)
class _Names:
    lesions: frozenset[str]  # nouns whose size is a measure ("cyst", the article's "adenoma")
    own: frozenset[str]  # words naming the article's lesion itself ("FNH", "tumour")


_WHOLE = frozenset({"lesion", "tumour", "tumor", "mass", "neoplasm"})


_MEASURE_WORD = "|".join(sorted(_MEASURES, key=len, reverse=True))
# "the diameter of the common duct", "the angle of Wiberg" written just before a cut-off.
_MEASURE_OF = re.compile(
    rf"\b(?:[A-Za-z][\w-]{{0,25}}\s){{0,2}}?(?:{_MEASURE_WORD})\sof\s(?:the\s)?"
    r"(?!(?:the|an?|about|approximately|around|more|less|at|up|over|under|only)\b)"
    r"[A-Za-z][\w-]{0,25}(?:\s[A-Za-z][\w-]{0,25}){0,3}\s{0,2}$",
    re.I,
)


def _last_words(clause: str, skip: Callable[[str], bool], most: int = 3) -> list[str]:
    """The clause's last run of up to ``most`` words, passing over ``skip`` words at its
    end: the noun phrase a figure's measure is named by."""
    kept: list[str] = []
    for word in reversed(_WORD.findall(clause)):
        if skip(word):
            if kept:
                break
            continue
        kept.insert(0, word)
        if len(kept) == most:
            break
    return kept


def _analyte(clause: str) -> str:
    """What a concentration or count measures: "a total serum IgE greater than 1000 IU/mL"
    → "total serum IgE", "a CA 19-9 above 37 U/mL" → "CA 19-9"; "" when unclear."""
    numbered = _NUMBERED_ANALYTE.search(clause)
    if numbered:
        return numbered.group(1)
    phrase = " ".join(_last_words(clause, skip=lambda word: word.lower() in _STOP))
    return "" if _DIGIT.search(phrase) else phrase


_SUMMARY = r"mean|average|median|maximal|maximum|minimal|minimum"


def _subject(before: str, unit: str, names: _Names) -> str:
    """The measure a cut-off belongs to, from the words just before it in its clause, or "".
    The size of the article's own lesion is "size" ("Tumours larger than 4 cm", "FNH …
    measures less than 5 cm"): the fact's subject names the lesion already."""
    clause = re.split(r"[,;:()]", before[-80:])[-1]
    measure_of = _MEASURE_OF.search(clause)
    if measure_of:  # "a lateral centre-edge angle of Wiberg below 20°"
        return re.sub(r"^(?:an?|the)\s", "", measure_of.group(0).strip(), flags=re.I)
    kept = _last_words(clause, skip=lambda word: word.lower() in _STOP)
    summary = (
        re.search(rf"\b({_SUMMARY})\s{{1,2}}{re.escape(kept[0])}\b", clause, re.I) if kept else None
    )
    if summary and len(kept) < 3:  # "Mean ADC values above …" is a mean, not any value
        kept.insert(0, summary.group(1).lower())
    if not kept or _LAB_UNIT.match(unit):
        return _analyte(clause) if _LAB_UNIT.match(unit) else ""
    head = kept[-1].lower().rstrip("s") if kept[-1].lower() not in _MEASURES else kept[-1].lower()
    phrase = " ".join(kept)
    if head in _MEASURES or kept[-1].lower() in _MEASURES:
        return phrase
    if unit.upper() == "HU" and not _DIGIT.search(phrase):
        # "macroscopic fat measuring less than -30 HU"; the lesion's own is "attenuation"
        own = {w.lower().rstrip("s") for w in kept} <= names.own | _WHOLE | {"lesion"}
        return "attenuation" if own else f"{phrase} attenuation"
    return _length_measure(kept, head, names) if _LENGTH.match(unit) else ""


def _length_measure(kept: list[str], head: str, names: _Names) -> str:
    """What a length after a noun phrase measures: a tube's calibre ("main pancreatic duct
    ≥10 mm"), a lesion's size ("size" for the article's own), else ""."""
    phrase = " ".join(kept)
    if head in _TUBES and not _DIGIT.search(phrase):
        return f"{phrase} diameter"
    if head in names.lesions or kept[-1].lower() in names.lesions:
        kept_words = {w.lower().rstrip("s") for w in kept}
        return "size" if kept_words <= names.own else _size_of(phrase, names.lesions | _STOP)
    return ""


_QUALIFIER = re.compile(
    r"(?<!more\s)(?<!less\s)\b(?P<typical>usually|typically|generally|mostly|commonly|often|"
    # "Most hamartomas measure less than 4 cm": what most do is the typical size
    r"^most(?:\s[a-z-]{3,25}){0,2}\smeasure|the\smajority\s(?:being|are|measure))\b|"
    r"\b(?P<normal>normal(?:ly)?|upper limit|cut-?off|threshold)\b|"
    r"\bby\s(?P<definition>convention|definition)\b|"
    # "should not exceed 120 mmHg", "must be kept below 40 mmHg": the figure is a limit
    r"\b(?P<limit>(?:should|must)\s(?:not|never)|(?:should|must)\s(?:be\s)?(?:kept|remain|stay))"
    r"\s{0,2}$",
    re.I,
)
_QUALIFIER_REACH = 40  # a qualifier belongs to a cut-off only when written just before it
# A meaning ends where the sentence goes on to something else ("…, with a specificity of 98%").
_MEANING_END = re.compile(
    r",\s{0,2}(?:with|but|whereas|although|though|while|which|and|as)\b|\s\((?![^()]*\))", re.I
)
# A definition of the article's subject: "An AAA is a ..." (the name compared apart).
_LEADING_ARTICLE = re.compile(r"an?\s|the\s", re.I)
_DEFINES_AFTER_NAME = re.compile(
    r"(?:\s\([^()]{1,30}\))?\s(?:is|are)\s(?:defined as\s)?(?:an?\s)", re.I
)
# Coordinated cut-offs share what follows them ("a washout of 60% or more and a relative
# washout of 40% or more favour an adenoma").
_COORDINATED = re.compile(r"^\s{0,2},?\s{0,2}(?:and|or)\s[^,;.]{0,60}$", re.I)
# A list label that names a class: the cut-off in its entry means that class.
_CLASS_LABEL = re.compile(
    r"^(?:(?:grade|stage|type|class|category|group|level)\s{1,2})?(?:[IVX]{1,4}[a-cA-C]?|\d{1,2}[a-c]?)$"
    r"|^(?:grade|stage|type|class|category|group|level)\s{1,2}\w{1,4}$|^[A-Z][A-Z-]{0,10}\s?\d[a-c]?$",
    re.I,
)
# measures whose figures have no unit: a bare number after them is a cut-off
_UNITLESS = frozenset(
    {"ratio", "index", "score", "scale", "quotient", "suv", "suvmax", "suvpeak", "suvmean"}
)
_NOT_AN_OWNER = frozenset(
    (
        *("treatment", "management", "prognosis", "follow-up", "surveillance", "indication"),
        *("indications", "criteria", "features", "feature", "finding", "findings", "location"),
        *("site", "complications", "note", "size", "staging", "stage", "imaging", "diagnosis"),
    )
)
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


# The rest of a list the cut-off opens, up to the plural verb they share: ", eccentric
# bulging, and loss of the fatty hilum " before "are the most useful signs of …".
_LISTED_WITH = re.compile(
    r"\s{0,2},\s(?:[^,;.()]{1,60},\s){0,3}(?:and\s|or\s)?[^,;.()]{1,80}?\s(?=(?:are|were)\s)",
    re.I,
)


_CLOSED_BEFORE_OPENED = re.compile(r"^([^()]*)\).*$", re.S)


# "junctional zone thickness of 12 mm or more: highly predictive of X": the words after a
# colon that follows the cut-off are what it means.
_COLON_MEANING = re.compile(r"^\s{0,2}:\s{1,3}(?P<meaning>[^.;:()]{3,120})")
# "Lateral ventriculomegaly, defined as an atrial diameter of 10 mm or more, …": the cut-off
# defines the term named before "defined as" (not a pronoun: "it is defined as" is the topic's).
_DEFINED_TERM = re.compile(
    r"(?:^|[,;:(]\s{0,2}|\b(?:and|or|but|whereas|while)\s)"
    r"(?P<term>(?!(?:it|this|they|these|which|that|the\sterm)\b)[A-Za-z][\w'’-]{1,30}"
    r"(?:\s[\w'’-]{1,30}){0,4}?)\s{0,2}(?:,|\(|\s(?:is|are|being))?\s{0,2}"
    r"(?:usually\s|generally\s|conventionally\s)?(?:defined|diagnosed)\s(?:as|by|when|if)\s"
    r"[^,;:()]{0,60}$",
    re.I,
)


def _defined_term(before: str) -> str:
    """ "defines lateral ventriculomegaly" when the words before a cut-off say it defines a
    named term ("Lateral ventriculomegaly, defined as an atrial diameter of …"), else ""."""
    match = _DEFINED_TERM.search(before[-160:])
    if not match or _CLASS_DEFINED.search(before):
        return ""  # "Grade 3 is defined by …": a class's definition, read by _class_defined
    term = match.group("term").strip()
    return f"defines {term[:1].lower() + term[1:] if term[1:2].islower() else term}"


def _meaning(after: str, before: str, *, comma: bool = True) -> str:
    """What a cut-off means: the words after a colon after it ("…: highly predictive of
    X"), the clause after it ("warrants surgery"), else "typical", "normal" or "by
    definition" when written just before it ("is usually < 1.5 cm"), else "".
    ``comma=False`` refuses a clause after a comma (in a list entry of several features,
    "…, favouring the spine" is another feature)."""
    colon = _COLON_MEANING.match(after)
    if colon:
        return colon.group("meaning").strip()
    consequence = _CONSEQUENCE.match(after)
    listed = None if consequence or not comma else _LISTED_WITH.match(after)
    if listed:  # "a cortex thicker than 3 mm, hilar loss and X are signs of …": the list's
        consequence = _CONSEQUENCE.match(after[listed.end() :])
    if consequence and (comma or not after.lstrip().startswith(",")):
        meaning = _MEANING_END.split(consequence.group("meaning"))[0].strip()
        # a bracket the cut-off stood in ends its meaning ("(a level above 192 ng/mL favours
        # a mucinous cyst) and usually …"); a bracket of the meaning's own stays
        meaning = _CLOSED_BEFORE_OPENED.sub(r"\1", meaning).strip()
        condition = consequence.group("condition") or ""
        return f"{condition}{meaning}"
    near = re.split(r"[,;:()]", before[-_QUALIFIER_REACH:])[-1]
    qualifier = _QUALIFIER.search(near)
    if not qualifier:
        return ""
    if qualifier.group("typical"):
        return "typical"
    if qualifier.group("limit"):
        return "limit"
    return "normal" if qualifier.group("normal") else "by definition"


def _is_measure(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (words[-1] in _MEASURES or words[-1].rstrip("s") in _MEASURES)


def _sentence_subject(text: str, unit: str, names: _Names) -> str:
    """The measure of the sentence's own subject when the clause before a cut-off names
    none ("Conn adenomas tend to be small, often less than 2 cm" → "Conn adenoma size")."""
    verb = re.search(r"\s(?:is|are|tends?|measures?|ranges?)\b", text[:120])
    return _subject(text[: verb.start()] + " ", unit, names) if verb else ""


def _defined(text: str, names: tuple[str, ...]) -> str:
    """ "defines X" when the sentence defines the article's subject ("An AAA is a dilatation
    of the aorta to a diameter of 3 cm or more"), else ""."""
    # One generic pattern and a plain comparison of the name, not a regex built per title.
    article = _LEADING_ARTICLE.match(text)
    starts = (article.end(), 0) if article else (0,)
    for name in names:
        if len(name) > 2 and any(_defines_at(text, start, name) for start in starts):
            return f"defines {name[:1].lower() + name[1:] if name[1:2].islower() else name}"
    return ""


def _defines_at(text: str, start: int, name: str) -> bool:
    """``name`` (any case) at ``start`` of ``text``, then "is/are (defined as) a/an"."""
    end = start + len(name)
    found = text[start:end]
    if found.isascii() and name.isascii():
        same = found.lower() == name.lower()
    else:  # Unicode case folding ("K" and the Kelvin sign): as the regex compares
        same = re.fullmatch(re.escape(name), found, re.I) is not None
    return same and _DEFINES_AFTER_NAME.match(text, end) is not None


def _label_cutoff(label: str) -> tuple[re.Match[str], str] | None:
    """A list label that is itself a cut-off ("below 5.5 cm in men"): the cut-off and the
    group it applies to ("in men"), or None."""
    match = _CUTOFF.match(label)
    if not match:
        return None
    rest = label[match.end() :].strip()
    if rest and not re.fullmatch(r"(?:in|for|among)\s[\w -]{1,30}", rest, re.I):
        return None
    return match, rest


def _from_label(t: _Text) -> Iterator[_Cutoff]:
    """ "below 5.5 cm in men: ultrasound surveillance" under "Management is guided by
    diameter": the label is the cut-off, the entry its meaning, the intro its measure."""
    found = _label_cutoff(t.label)
    if found is None:
        return
    match, group = found
    unit = match.group("unit") or match.group("unit2") or ""
    measures = [w for w in _WORD.findall(t.intro) if _is_measure(w)]
    measure = measures[-1].lower() if measures else ("size" if _LENGTH.match(unit) else "")
    meaning = re.split(r"[,;(]", t.text)[0].strip()
    if unit and measure and meaning:
        yield _Cutoff(f"{measure} {group}".strip(), match.group(0).strip(), meaning)


# A label naming a kind of finding ("Worrisome features: cyst ≥3 cm", "High-risk stigmata:
# …", "Major criteria: …"): what the cut-off in its entry means, not whose measure it is.
_KIND_OF_FINDING = re.compile(
    r"\b(?:features?|stigmata|criteria|criterion|findings?|factors?|indications?|"
    r"contraindications?)$",
    re.I,
)


def _owner(label: str, label_measure: str) -> str:
    """The entity a list entry's label names ("osteoblastoma: nidus larger than 2 cm"), ""
    when the label is a measure, a class, a sequence or a heading word."""
    if (
        not label
        or label_measure
        or _CLASS_LABEL.match(label)
        or _KIND_OF_FINDING.search(label.strip())
        or label.lower() in _NOT_AN_OWNER
        or _DIGIT.search(label)
        or sequences_in(label)
    ):
        return ""
    return label


def _content_words(text: str) -> list[str]:
    """Words of ``text`` that are neither function words nor qualifiers ("usually")."""
    return [w for w in _WORD.findall(text) if w.lower() not in _STOP and not _QUALIFIER.match(w)]


# "a difference between maximal and minimal thickness of more than 5 mm": the measure is the
# difference of the two, not the last of them.
_BETWEEN_MEASURE = re.compile(
    r"\b(?P<measure>(?:difference|ratio|distance|gap|discrepancy)\sbetween\s[\w'’ -]{3,60}?"
    r"\s(?:and|to)\s[\w'’ -]{3,40}?)\s{1,2}(?:of|is|was|exceeding|above|below|over|under)?"
    r"\s{0,2}$",
    re.I,
)


def _measure_of(
    t: _Text, match: re.Match[str], names: _Names, *, owner: str, label_measure: str
) -> tuple[str, bool]:
    """(the measure a cut-off belongs to, whether it is a score); "" when none is named."""
    unit = match.group("unit") or match.group("unit2") or ""
    before = t.text[: match.start()]
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
        measure = named if _is_measure(named) else ""
    comparative = _DIMENSIONAL.get((match.group("cmp") or "").lower().split(" ")[0], "")
    if comparative and _LENGTH.match(unit) and measure.endswith(" size"):
        # "a wall thinner than 1 mm": the comparative names the dimension, not a size
        measure = f"{measure.removesuffix(' size')} {_DIMENSION_NOUN[comparative]}"
    if not measure and comparative and _LENGTH.match(unit):
        # "a cartilage cap thicker than 1.5 cm": the comparative names the dimension
        measure = _dimension_of(before, comparative, names)
    if not measure and not _WORD.search(clause.replace("a value of", "")):
        measure = label_measure  # "alpha angle: 60° or more is normal"
    if not measure and not is_score and not owner and _LENGTH.match(unit):
        measure = _sentence_subject(t.text, unit, names)
    if not measure and not _content_words(clause) and "," in before[-80:]:
        # "high ADC values, usually above 1.4 × 10⁻³ mm²/s", "septal thickening, more than
        # 2 mm": the measure named before the comma (before an owner's bare "size")
        named = _subject(before[: before.rfind(",")] + " ", unit, names)
        measure = named if _is_measure(named) else ""
    if not measure and owner and _LENGTH.match(unit) and not _content_words(clause):
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


def _shared_meanings(found: list[_Cutoff]) -> Iterator[_Cutoff]:
    """Cut-offs waiting for a meaning take the one of the cut-off they are coordinated with."""
    shared = ""
    kept: list[_Cutoff] = []
    for cutoff in reversed(found):
        if cutoff.meaning == _PENDING and not shared:
            continue
        kept.append(replace(cutoff, meaning=shared) if cutoff.meaning == _PENDING else cutoff)
        shared = kept[-1].meaning
    yield from reversed(kept)


_PENDING = "\x00"


_NOTE = re.compile(r"\s{0,2}\([^()]{1,80}\)")


def _cutoffs(t: _Text, names: _Names, *, defined: str = "") -> Iterator[_Cutoff]:
    """Cut-offs of one text; ``defined`` is the meaning of a cut-off that a definition of
    the article's subject states."""
    text = t.text
    # "wall thickness (single wall, measured in transverse section)": a measure with a note
    plain_label = _NOTE.sub("", t.label).strip()
    label_measure = plain_label if _is_measure(plain_label) else ""
    owner = _owner(t.label, label_measure)
    of_class = (
        t.label if _CLASS_LABEL.match(t.label) or _KIND_OF_FINDING.search(plain_label) else ""
    )
    found: list[_Cutoff] = []
    matches = list(_CUTOFF.finditer(text))
    for index, match in enumerate(matches):
        unit = match.group("unit") or match.group("unit2") or ""
        before = text[: match.start()]
        measure, is_score = _measure_of(t, match, names, owner=owner, label_measure=label_measure)
        if not unit and not is_score and not (measure and measure.split()[-1].lower() in _UNITLESS):
            continue  # a bare number is a cut-off only of a ratio, an index or a score
        after = text[match.end() :]
        named_after = _PERCENT_MEASURE_AFTER.match(after) if unit == "%" else None
        if named_after and not measure:  # "(less than 90% necrosis)": the measure follows
            measure = named_after.group("measure").lower()
            after = after[named_after.end() :]
        elif unit == "%" and not label_measure and not _PERCENT_MEASURE.search(before[-30:]):
            continue  # "more than 50% of patients" is a share, not a cut-off
        distance = _DISTANCE.match(after)
        if distance and _LENGTH.match(unit):
            measure = f"distance {distance.group('dir')} {distance.group('what').strip()}"
            after = after[distance.end() :]
        dimension = _DIMENSION.match(after)
        if dimension and _LENGTH.match(unit):  # "a neck at least 10 mm long"
            measure = _dimension_of(before, dimension.group("dim"), names)
            after = after[dimension.end() :]
        state_measure, state = _state(before, unit, measure, names)
        measure = state_measure or measure
        meaning = _defined_term(before) or _meaning(after, before, comma=not (owner or of_class))
        treatment = _eligible_for(before) if meaning in ("", "typical") else ""
        if treatment:
            # "Methotrexate is suitable for women with … a β-hCG typically <5000 IU/L": a
            # criterion of the treatment the sentence opens on, not a typical figure
            meaning = f"eligible for {treatment}"
        meaning = (
            meaning
            or of_class
            or defined
            or _prior_meaning(before)
            or state
            or _class_defined(before)
        )
        if not meaning and not owner and (_is_measure(measure) or named_after):
            # "Poor prognostic factors include … (>200 mL)", "The signs are …; X to < 1 mm"
            # … or a list's intro: "Typical findings include:" / "wall thickness …"
            meaning = _sentence_intro(before) or _intro_meaning(t.intro)
        following = matches[index + 1] if index + 1 < len(matches) else None
        if not meaning and following and _COORDINATED.match(text[match.end() : following.start()]):
            meaning = _PENDING  # filled in from the cut-off it is coordinated with
        named = (
            not t.label
            and not t.listed
            and _named_measure(measure, unit, before, text[match.end() :])
            and not _opens_on_another(text, names)
        )
        if measure and (meaning or owner or named):  # a bare size in a list says nothing
            # A score is its own subject ("Wells score: 7 or more warrants CT angiography").
            whose = owner or treatment or (measure if is_score else "")
            found.append(_Cutoff(measure, match.group(0).strip(), meaning, whose))
    yield from _shared_meanings(found)


def _named_measure(measure: str, unit: str, before: str, after: str) -> bool:
    """Whether a sentence's length cut-off names its dimension right before it, well enough
    to stand without a meaning ("a wall thickness greater than 3 mm", "a radial diameter of
    less than 3 cm"); not a range's end ("ranges from 2 mm to 7 cm or more") nor a figure
    after "and"/"or" (another thing's: "≤1.5 mm in the bile duct or ≤1 mm in …")."""
    words = measure.lower().split()
    if not _LENGTH.match(unit) or not words or words[-1] not in _DIMENSION_WORDS:
        return False
    near = before[-40:].lower()
    if _NOT_NAMED_HERE.search(near) or _LISTED_FEATURE.search(before) or ":" in before:
        return False
    if after.lstrip().startswith(","):  # "… greater than 4 mm, mural nodules and …": a list
        return False
    # the dimension is written next to the figure ("a feeding artery of 3 mm in diameter")
    return words[-1] in near or _DIMENSION.match(after) is not None


_OPENING = re.compile(
    r"^\s{0,2}(?P<np>(?:[A-Za-z][\w-]{1,25}\s){0,4}?[A-Za-z][\w-]{1,25})\s(?:is|are|was|were)\b"
)


def _opens_on_another(text: str, names: _Names) -> bool:
    """Whether a sentence opens on a thing other than the article's own lesion ("The left
    axillary lymph nodes are normal, with a cortical thickness of less than 3 mm"): a
    figure without a meaning there describes that thing, not the subject."""
    opening = _OPENING.match(text)
    if opening is None:
        return False
    words = {w.lower().rstrip("s") for w in opening.group("np").split()} - _STOP
    return not words <= names.own | _WHOLE


# "Features favouring a malignant stricture include a wall thickness greater than 3 mm": an
# entry of a list whose meaning and owner the lead names, not a figure of the subject's.
_LISTED_FEATURE = re.compile(r"\b(?:includes?|including|such\sas|comprises?)\b", re.I)
_DIMENSION_WORDS = frozenset(
    ("diameter", "thickness", "width", "length", "thickening", "calibre", "caliber", "depth")
)
_NOT_NAMED_HERE = re.compile(
    r"\b(?:ranges?|ranging|from)\b[^.;]{0,40}$|\b(?:and|or)\s(?:[\w-]{1,20}\s){0,2}$"
)


_DIMENSION = re.compile(
    r"^\s{1,2}(?P<dim>long|wide|thick|deep|tall|high|across|in\s(?:diameter|length|size|"
    r"thickness|width|depth|height))\b",
    re.I,
)
# A comparative that names a dimension ("thicker than" a thickness); "larger" names none.
_DIMENSIONAL = {"thicker": "thick", "thinner": "thick", "wider": "wide", "longer": "long"}
_DIMENSIONAL |= {"shorter": "long", "deeper": "deep", "taller": "tall"}
_DIMENSION_NOUN = {"long": "length", "wide": "width", "thick": "thickness", "deep": "depth"}
_DIMENSION_NOUN |= {"tall": "height", "high": "height", "across": "size"}


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
    words = [w for w in phrase.group("np").split() if w.lower() not in _STOP]
    while len(words) > 1 and words[0].lower() in _SIZE_ADJECTIVE:
        words = words[1:]
    if words and words[0][1:2].islower():  # "Plaques are …" → "plaque size"
        words[0] = words[0].lower()
    return words


def _dimension_of(before: str, dimension: str, names: _Names) -> str:
    """ "an infrarenal neck at least 10 mm long" → "infrarenal neck length"; the article's
    own lesion gives the bare dimension ("Plaques are usually at least 3 mm across")."""
    noun = _DIMENSION_NOUN.get(dimension.lower(), dimension.lower().removeprefix("in "))
    clause = re.split(r"[,;:()]", before[-80:])[-1]
    kept = _last_words(
        clause, skip=lambda word: word.lower() in _STOP or bool(_QUALIFIER.match(word))
    )
    if _COORDINATED_PREDICATE.search(clause):
        kept = []  # "smooth, bilateral and less than 1 cm thick": "bilateral" is no holder
    if not kept:
        kept = _holder_before(before)
    if not kept or {w.lower().rstrip("s") for w in kept} <= names.own | _WHOLE:
        return noun
    if kept[-1].lower() in _MEASURES:
        return " ".join(kept)
    words = [*kept[:-1], re.sub(r"(?<=[a-z]{2}[^su])s$", "", kept[-1])]
    return f"{' '.join(words)} {noun}"


# A cut-off whose meaning is written before it: "repair is indicated for growth of more
# than 1 cm per year", "the diagnosis requires a wall thickness of 15 mm or more".
_PRIOR_MEANING = re.compile(
    r"(?P<meaning>\b(?:[A-Za-z][\w-]{1,25}\s){1,3}?(?:is|are)\s(?:also\s|generally\s|usually\s|"
    r"only\s)?(?:indicated|recommended|required|advised|reserved|performed|needed|considered|"
    # "A stricture is suggested when … dilatation greater than 3 cm": what the cut-off shows
    r"suggested|diagnosed)\s"
    r"(?:for|when|"
    r"if|in)\b|\b(?:the\s)?diagnosis\s(?:requires|needs))(?P<rest>[^;:.]{0,80})$",
    re.I,
)


# A list's intro that names what its entries are: "Typical ultrasound findings include:".
_FINDINGS_INTRO = re.compile(
    r"(?:^|[.;]\s)(?P<what>(?:[A-Za-z][\w-]{1,25}\s){0,3}?(?:findings|features|signs|criteria|"
    r"appearances|measurements|thresholds|cut-offs|cutoffs))\s(?:include|includes|are|comprise)\b"
    r"[^.;]{0,40}:?\s{0,2}$",
    re.I,
)


# A sentence that opens on what its listed entries are: "Poor prognostic factors include …".
_SENTENCE_INTRO = re.compile(
    r"^(?:the\s)?(?P<what>(?:[A-Za-z][\w-]{1,25}\s){0,4}?(?:findings|features|signs|criteria|"
    r"factors|predictors|indicators|markers))\s(?:include|includes|are|comprise)\s",
    re.I,
)


def _sentence_intro(before: str) -> str:
    """ "poor prognostic factors" when the sentence holding a cut-off opens by saying its
    entries are factors, signs or criteria, else ""."""
    match = _SENTENCE_INTRO.match(before)
    if not match:
        return ""
    what = match.group("what").strip()
    return what[:1].lower() + what[1:] if what[1:2].islower() else what


# "The following thresholds are used:": a lead-in that names only what its entries are
# (thresholds, cut-offs) says nothing of what any of them means.
_LEAD_IN_ONLY = re.compile(
    r"^(?:(?:the|these|following|some|other|several|various|common|commonly|used|main|"
    r"usual)\s){0,3}(?:measurements|thresholds|cut-offs|cutoffs|criteria)$",
    re.I,
)


def _intro_meaning(intro: str) -> str:
    """ "typical findings" when a list's intro says its entries are findings or criteria;
    "" for a lead-in that names nothing more ("The following thresholds are used:")."""
    match = _FINDINGS_INTRO.search(intro[-160:])
    if not match or _LEAD_IN_ONLY.match(match.group("what").strip()):
        return ""
    what = match.group("what").strip()
    return what[:1].lower() + what[1:] if what[1:2].islower() else what


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
# "Grade 3 is defined by a pelvic diameter of more than 15 mm": the class it defines.
_CLASS_DEFINED = re.compile(
    r"\b(?P<cls>(?:grade|stage|type|class|category)\s[IVX\d]{1,4}[a-c]?)\s(?:is|are)\s"
    r"(?:defined|characteri[sz]ed)\sby\s[^;:.\d]{0,60}$",
    re.I,
)


def _state(before: str, unit: str, measure: str, names: _Names) -> tuple[str, str]:
    """(measure, meaning) of a cut-off that defines a state written before it; ("", "")
    when none. The measure named before the figure is kept ("if the AP diameter is …")."""
    match = _STATE_BEFORE.search(before[-160:])
    if not match or not _LENGTH.match(unit):
        return "", ""
    rest = (match.group("rest") or "").lower().split()
    if rest and rest[0] not in ("it", "they") and not set(rest) & _MEASURES:
        return "", ""  # "abnormal when the pelvis is …": another thing's figure
    meaning = match.group("meaning")
    state = match.group("state").lower()
    words = re.sub(r"^(?:an?|the)\s", "", match.group("whose").strip(), flags=re.I).split()
    own = {w.lower().rstrip("s") for w in words} <= names.own | _WHOLE
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


def _class_defined(before: str) -> str:
    match = _CLASS_DEFINED.search(before[-120:])
    return match.group("cls").lower() if match else ""


# A sentence that opens on a treatment and the patients it suits: every cut-off in the
# criteria that follow is one for that treatment ("Methotrexate is suitable for stable women
# with an unruptured ectopic, a mass <35 mm and a β-hCG <5000 IU/L").
_ELIGIBLE = re.compile(
    r"^(?P<treatment>[A-Z][\w-]{1,25}(?:\s[\w-]{1,25}){0,3}?)(?:\s\([^()]{1,40}\))?"
    r"\s(?:is|are)\s(?:(?:usually|generally|only|also|often)\s)?"
    r"(?:suitable|appropriate|eligible|an\soption|a\s(?:reasonable\s|safe\s)?option)\s"
    r"(?:for|in)\s(?P<rest>[^;:.]{0,160})$",
    re.I,
)
_NOT_A_TREATMENT = re.compile(r"^(?:it|they|this|these|those|there|that)\b", re.I)


def _eligible_for(before: str) -> str:
    """The treatment ("methotrexate") a sentence opens on when it says the treatment suits
    the patients a cut-off describes, else "" (a lesion or pronoun names no treatment). The
    cut-off is the treatment's criterion: the treatment is the fact's subject."""
    match = _ELIGIBLE.match(before)
    if match is None or re.search(r"\b(?:is|are|was|were|has|have)\b", match.group("rest")):
        return ""
    treatment = match.group("treatment")
    if _NOT_A_TREATMENT.match(treatment) or is_condition_name(treatment):
        return ""
    if treatment[1:2].islower():  # "Methotrexate" → "methotrexate"; "TACE" stays
        treatment = treatment[:1].lower() + treatment[1:]
    return treatment


def _prior_meaning(before: str) -> str:
    match = _PRIOR_MEANING.search(before[-160:])
    if not match or re.search(r"\d", match.group("rest")):
        return ""  # another figure between them has the meaning
    meaning = match.group("meaning").strip()
    return meaning[:1].lower() + meaning[1:] if meaning[1:2].islower() else meaning


# A measure named after its percentage: "less than 90% necrosis", "over 50% stenosis".
_PERCENT_MEASURE_AFTER = re.compile(
    r"^\s(?P<measure>necrosis|stenosis|narrowing|reduction|regression|shrinkage|washout|"
    r"coverage|occlusion|fat\sfraction)\b",
    re.I,
)
_PERCENT_MEASURE = re.compile(
    r"\b(?:washout|stenosis|fraction|necrosis|reduction|increase|coverage|index|ratio)"
    r"\s{1,2}(?:of\s)?$",
    re.I,
)


_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# Things counted by a criterion: a plural noun written after the count ("five per field" names
# no counted thing: left out); never people, cases or time, which other extractors read.
_NOT_COUNTED = frozenset(
    (
        *("patients", "cases", "people", "persons", "women", "men", "children", "adults"),
        *("years", "months", "weeks", "days", "hours", "minutes", "times", "decades"),
        *("percent", "studies", "series", "reports", "authors", "points"),
    )
)
_COUNT_WORD = re.compile(
    r"\b(?:fewer|more|less|least|most)\b.{0,12}\b(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\sor\s(?:more|fewer|less)\b",
    re.I,
)
_COUNT = re.compile(
    r"(?:(?P<cmp>fewer than|more than|less than|at least|at most|no more than|over|under)\s"
    rf"(?P<n>{_NUMBER_WORDS})|(?P<n2>{_NUMBER_WORDS})\s(?P<after>or (?:more|fewer|less)))"
    r"(?:\s(?P<noun>(?:[a-z][\w-]{1,20}\s){0,2}?[a-z][\w-]{1,20}s\b"
    # where they are counted changes the criterion: "in each kidney" is not "in total"
    r"(?:\s(?:in|per|on)\s(?:total|(?:each|both|either|one|a|the)\s[a-z-]{2,20}))?))",
    re.I,
)


def _counts(t: _Text) -> Iterator[_Cutoff]:
    """ "three or more cysts in each kidney are diagnostic": a count criterion, with what it
    means (else nothing)."""
    for match in _COUNT.finditer(t.text):
        noun = (match.group("noun") or "").lower()
        if noun.split()[-1] in _NOT_COUNTED or noun.split()[0] in _STOP:
            continue
        measure = f"number of {noun}"
        meaning = _meaning(t.text[match.end() :], t.text[: match.start()])
        if meaning and meaning != "typical":
            yield _Cutoff(measure, _count_value(match), meaning)


def _count_value(match: re.Match[str]) -> str:
    if match.group("n2"):
        return f"{match.group('n2')} {match.group('after')}".lower()
    return f"{match.group('cmp')} {match.group('n')}".lower()


# "typically measures 3-5 cm in diameter", "are usually 2-4 cm": a typical size as a range
# (a distance "3-5 cm from the verge" is no size).
_TYPICAL_RANGE = re.compile(
    r"\b(?:usually|typically|generally|commonly|often|mostly|normally|"
    # "Most measure 5-25 mm", "the majority being between 1 and 3 cm"
    r"(?<![\w,] )most(?=\smeasure)|the\smajority\s(?:being|are|measure))\s(?:measur(?:e|es|ing)\s)?"
    r"(?:(?:about|approximately|around|between)\s)?"
    r"(?P<value>\d{1,4}(?:\.\d{1,2})?\s{0,2}(?:-|–|to|and)\s{0,2}\d{1,4}(?:\.\d{1,2})?\s{0,2}"
    r"(?:mm|cm))\b(?!\s(?:from|away|below|above|distal|proximal|beyond|of|deep|in\sfrom)\b)"
    r"(?:\s(?P<dim>long|wide|thick|deep|tall|across|in\s(?:diameter|length|size|thickness|"
    r"width|depth|height)\b))?"
    # "cysts grow slowly (typically 1-5 cm per year)": a rate of growth, not a size
    r"(?P<rate>\s{1,2}(?:per|a)\s{1,2}(?:year|month|week|day)\b|\s{0,2}/\s{0,2}(?:year|yr|month)\b)?",
    re.I,
)


def _typical_ranges(t: _Text) -> Iterator[_Cutoff]:
    for match in _TYPICAL_RANGE.finditer(t.text):
        if ":" in t.text[: match.start()]:
            continue  # "honeycombing: cystic airspaces, typically 3-10 mm": the label's size
        dim = (match.group("dim") or "").lower()
        measure = _DIMENSION_NOUN.get(dim, dim.removeprefix("in ")) or "size"
        if match.group("rate"):
            measure = "growth rate"
            yield _Cutoff(measure, f"{match.group('value')}{match.group('rate')}", "typical")
            continue
        yield _Cutoff(measure, match.group("value"), "typical")


def _score_subject(before: str) -> str:
    named = re.search(
        r"((?:[A-Z][\w-]{1,15}\s){0,3}(?:[A-Z]{2,10}|\w+\sscore))\s?(?:of\s)?$", before
    )
    return named.group(1).strip() if named else ""


def _peaks(text: str) -> Iterator[_Cutoff]:
    if "ppm" not in text:
        return
    for match in _PEAK.finditer(text):
        what = match.group("what").strip()
        what = re.sub(r"^(?:an?|the|shows?|with)\s", "", what, flags=re.I).strip()
        if what:
            yield _Cutoff(f"{what} peak", match.group("value"), "MR spectroscopy")


# The figure written before its grade: "survival of 90% for stage I and 60% for stage II",
# "recurrence in 5% of grade 1 and 20% of grade 3 lesions".
_VALUE_GRADE = re.compile(
    r"(?P<value>(?:(?:~|≈|approximately|about|around|roughly|nearly|over|under|up\sto)\s{0,2})?"
    r"\d{1,3}(?:\.\d{1,2})?(?:\s{0,2}(?:-|–|to)\s{0,2}\d{1,3}(?:\.\d{1,2})?)?\s{0,2}%)"
    # "90% for stage I", "5% of grade 1 lesions", and the grade in brackets: "90% (stage I)"
    r"(?:\s(?:for|in|of|with|among)\s(?:(?:the|all|patients\swith|those\swith)\s)?|\s\(\s{0,2})"
    r"(?:CNS\sWHO\s|WHO\s|FIGO\s|TNM\s)?"
    r"(?P<scale>grade|stage|type|class|category)\s(?P<level>[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b",
    re.I,
)
# Words that end the outcome's name before its first figure ("survival is about 90%").
_OUTCOME_TAIL = re.compile(
    r"(?:\s(?:is|are|was|were|of|at|rates?|approximately|about|around|roughly|nearly|"
    r"ranges?|falls?|falling|from|to|reaches|reaching|occurs?|occurring|seen|in))+\s*$",
    re.I,
)
_OUTCOME_LEAD = re.compile(r"^\s*(?:with|and|but|while|whereas|the)\s", re.I)


# What ends an outcome's name before a colon that opens its per-grade figures.
_LIST_LEAD = re.compile(
    r"(?:\s(?:by|according\sto|per|for\seach|across)\s(?:the\s)?(?:grades?|stages?|types?))?"
    r"(?:\s(?:is|are|was|were))?(?:\s(?:as\sfollows|approximately|about|roughly))?\s*$",
    re.I,
)


def _values_before_grades(text: str) -> list[_Cutoff]:
    """ "5-year survival of 90% for stage I and 60% for stage II": one per grade (two or
    more), the outcome named before the first figure."""
    matches = list(_VALUE_GRADE.finditer(text))
    if len(matches) < 2:
        return []
    lead = re.split(r"[,;:(]", text[: matches[0].start()])[-1]
    # "Five-year survival exceeds 90% for stage I": the verb is the first figure's bound
    bound = _BOUND_VERB.search(lead)
    lead = lead[: bound.start()] if bound else lead
    outcome = _OUTCOME_LEAD.sub("", _OUTCOME_TAIL.sub("", lead)).strip()
    if not _WORD.search(outcome) or len(outcome.split()) > 6:
        return []
    outcome = outcome[:1].lower() + outcome[1:] if outcome[1:2].islower() else outcome
    values = [m.group("value").strip() for m in matches]
    if bound and values[0][:1].isdigit():
        values[0] = f"{_BOUND_WORDS[bound.group('verb').lower()[:4]]} {values[0]}"
    return [
        _Cutoff(outcome, value, f"{m.group('scale').lower()} {m.group('level')}")
        for value, m in zip(values, matches, strict=True)
    ]


_BOUND_VERB = re.compile(
    r"\s(?P<verb>exceeds?|exceeding|exceeded|surpass(?:es)?|remains?\sbelow|falls?\sbelow)\s*$",
    re.I,
)
_BOUND_WORDS = {"exce": "more than", "surp": "more than", "rema": "less than", "fall": "less than"}


def _grades(text: str) -> list[_Cutoff]:
    """ "recurrence after a grade I resection 9%, grade II 19%": one per grade (two or more)."""
    if "%" not in text:
        return []
    before = _values_before_grades(text)
    if before:
        return before
    # a grade followed by "and" or "for" is the next figure's, not the one after it
    matches = [m for m in _GRADE.finditer(text) if not _JOINED.search(m.group("between"))]
    if len(matches) < 2:
        return []
    first = matches[0]
    lead = re.split(r"[,;:(]", text[: first.start()])[-1]
    if not _WORD.search(lead) and ":" in text[: first.start()]:
        # "Five-year survival by stage is as follows: stage I: 95%; stage II: 80%"
        heading = text[: first.start()].split(":", maxsplit=1)[0]
        lead = _LIST_LEAD.sub("", re.split(r"[,;(]", heading)[-1])
    lead = re.sub(
        r"\b(?:after|following|for|in|of|with)?\s?(?:an?|the)\s*$", "", lead.strip(), flags=re.I
    )
    between = re.sub(r"\s(?:is|are|was|were|of|rates?)$", "", " " + first.group("between").strip())
    between = between.strip()
    joiner = re.search(
        r"\b(?:after|following|for|in|of|with)\s(?:an?|the)\s*$", text[: first.start()], re.I
    )
    outcome = lead.strip()
    if joiner:
        outcome = f"{outcome} {joiner.group(0).split()[0]} {between}".strip()
    elif between:
        outcome = f"{outcome} {between}".strip()
    if not _WORD.search(outcome):
        return []
    return [
        _Cutoff(
            outcome[:1].lower() + outcome[1:] if outcome[1:2].islower() else outcome,
            m.group("value").strip(),
            f"{m.group('scale').lower()} {m.group('level')}",
        )
        for m in matches
    ]


# A grade or stage label as a field may hold it ("Simpson grade I", "stage IVb").
_GRADE_LABEL = re.compile(
    r"\b(?:grade|stage|type|class|category)\s(?:[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b", re.I
)


def grade_of_figures(text: str) -> dict[str, str]:
    """The grade each percentage of a per-grade run belongs to, keyed by the figure's
    digits ("grade I 9%, grade II 19%" → {"9": "grade I", "19": "grade II"}); {} when the
    sentence lists no outcome per grade."""
    return {
        "".join(re.findall(r"[\d.]+", cutoff.value)): cutoff.meaning for cutoff in _grades(text)
    }


def grade_labels(text: str) -> set[str]:
    """Every grade or stage label a phrase names, lower-cased ("grade i")."""
    return {re.sub(r"\s+", " ", m.group(0)).lower() for m in _GRADE_LABEL.finditer(text)}


def _texts(section: Section) -> Iterator[_Text]:
    """Sentences of paragraphs and list entries (a labelled entry with its label and the
    paragraph that introduces its list), and "key: value" lines."""

    def items(entries: tuple[ListItem, ...], intro: str) -> Iterator[_Text]:
        for entry in entries:
            label, detail = split_label(entry.text)
            head, colon, rest = entry.text.partition(": ")
            if not detail and colon and rest.strip() and _label_cutoff(head.strip()):
                label, detail = head.strip(), rest.strip()  # "5.5 cm or more in men: repair"
            yield (
                _Text(detail, label=label, intro=intro, listed=True)
                if detail
                else _Text(entry.text, intro=intro, listed=True)
            )
            yield from items(entry.children, entry.text)

    intro = ""
    for block in section.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            sentences = split_sentences(block.text)
            for index, sentence in enumerate(sentences):
                yield _Text(sentence, " ".join(sentences[max(0, index - 8) : index]))  # linear
            intro = sentences[-1] if sentences else ""
        elif block.kind is BlockKind.LIST:
            yield from items(block.items, intro)
        elif block.kind is BlockKind.KEY_VALUE:
            yield _Text(block.value, label=block.key, intro=intro)


def _whose(cutoff: _Cutoff, clause: Clause | None, title: str) -> tuple[str, str]:
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
    named = len(lesion.split()) > 1 or lesion.lower() not in _LESIONS
    if lesion != cutoff.measure and named and opening.startswith(lesion.lower()):
        return lesion, "size"
    subject = clause.subject
    if _DIGIT.search(subject):  # the opening phrase holds the cut-off: "Lesions > 4 cm"
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
    return subject or title, cutoff.measure


# "Cyst fluid from IPMN is viscous, with a raised CEA (a level above 192 ng/mL …)": a sample
# taken from the article's subject is the subject's, for a card about it (C2).
_SPECIMEN = re.compile(
    r"^(?:the\s)?(?:[\w-]{2,20}\s){0,2}(?:fluid|aspirates?|serum|plasma|urine|effusions?|"
    r"specimens?|samples?|tissue|contents?)\s(?:from|of|in|within)\s(?:an?\s|the\s)?(?P<np>.{2,80})$",
    re.I,
)


def _specimen_of(subject: str, names: tuple[str, ...]) -> bool:
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


def _subordinate_subject(text: str, value: str, names: tuple[str, ...]) -> str | None:
    """The subject of the subordinate clause that holds a cut-off ("" for the article's own
    lesion: "cysts" on a page about hydatid cysts), None when no such clause holds it."""
    at = text.find(value)
    match = _SUBORDINATE.search(text[: max(0, at)]) if at > 0 else None
    if match is None:
        return None
    np = match.group("np")
    head = np.split()[-1].lower().rstrip("s")
    heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    if head in heads or head in _WHOLE or any(same_name(np, n) for n in names):
        return ""
    return np


# "…, in contrast to medulloblastoma, which typically has values below 0.8": a relative clause
# after a named condition gives that condition's figure.
_RELATIVE = re.compile(
    r"(?P<np>(?:[A-Za-z][\w-]{1,30}\s){0,2}[A-Za-z][\w-]{2,30}),\s(?:which|who)\s[^,;.()]{0,60}$"
)
_NOT_IN_NAME = frozenset(("against", "from", "than", "to", "as", "like", "unlike", "over", "on"))


def _relative_owner(text: str, value: str, names: tuple[str, ...]) -> str:
    """The condition a non-restrictive relative clause holding a cut-off is about, when it
    is another than the article's ("" otherwise)."""
    at = text.find(value)
    match = _RELATIVE.search(text[: max(0, at)]) if at > 0 else None
    if match is None:
        return ""
    words = match.group("np").split()
    while words and (words[0].lower() in _STOP or words[0].lower() in _NOT_IN_NAME):
        words = words[1:]
    while len(words) > 1 and any(w.lower() in _STOP | _NOT_IN_NAME for w in words):
        words = words[1:]
    np = " ".join(words)
    if not np or not is_condition_name(np) or any(same_name(np, n) for n in names):
        return ""
    heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    head = words[-1].lower()
    return "" if {head, head.removesuffix("s")} & (heads | _WHOLE) else np


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


# A measure names a thing measured; a finite verb in it means the words ran across a clause
# ("the normal gallbladder can measure up to 10 cm in length" → "gallbladder can length").
_VERB_IN_MEASURE = re.compile(
    r"\b(?:can|may|might|could|should|will|would|must|is|are|was|were|does|do|did)\b", re.I
)


def extract_cutoffs(article: Article, read: set[str] | None = None) -> Iterator[Fact]:
    """Cut-offs, sizes, spectroscopy peaks and per-grade outcomes; every sentence that gave
    a fact is added to ``read``.

    A fact's subject is the article (or the entity a list entry names: "osteoblastoma:
    nidus larger than 2 cm", or the named score), its item the measure, its value the
    cut-off as written and its attribute what the cut-off means.
    """
    names = (article.title, *article.synonyms)
    title_heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    own = {w.lower().rstrip("s") for n in names for w in n.split()} - _STOP
    initials = {"".join(w[0] for w in n.split() if w[0].isalnum()).lower() for n in names}
    known = _Names(_LESIONS | title_heads | own | initials, _WHOLE | own | initials)
    clauses: dict[tuple[str, str], Clause] = {}
    keyed: dict[tuple[str, ...], str] = {}  # a fact's key → the subject that first had it
    for clause in iter_clauses(article):
        clauses.setdefault((clause.sentence.section.path, clause.sentence.text), clause)
    for section in article.sections:
        for t in _texts(section):
            digits = bool(_DIGIT.search(t.text) or _DIGIT.search(t.label))
            if not digits and not _COUNT_WORD.search(t.text):  # "three or more cysts"
                continue
            source = f"{t.label}: {t.text}" if t.label else t.text
            found = [*_grades(t.text), *_peaks(t.text)] if digits else []
            if digits and not found:
                defined = "" if t.label else _defined(t.text, names)
                found = list(_from_label(t)) or list(_cutoffs(t, known, defined=defined))
            if digits and not found and not t.label:
                found = list(_typical_ranges(t))
            if not found:
                found = list(_counts(t))
            if found and read is not None:
                read.add(source)
            opened = None if t.label else clauses.get((section.path, t.text))
            for cutoff in found:
                if _VERB_IN_MEASURE.search(cutoff.measure):
                    continue  # "gallbladder can length": words cut across a clause
                subject, measure = _whose(cutoff, opened, article.title)
                subject = article.title if _specimen_of(subject, names) else subject
                subordinate = None if t.label else _subordinate_subject(t.text, cutoff.value, names)
                subject = subject if subordinate is None else subordinate or article.title
                relative = "" if t.label else _relative_owner(t.text, cutoff.value, names)
                subject = relative or subject
                if subject == article.title and not t.label:
                    # "In chondrosarcoma, by contrast, a cap thicker than 2 cm …": its own
                    at = max(0, t.text.find(cutoff.value))
                    subject = other_condition_of(t.text, at, names) or subject
                key = (
                    *([cutoff.owner] if cutoff.owner else []),
                    cutoff.measure,
                    cutoff.meaning or cutoff.value,
                )
                # two subjects' "diameter, typical" are two facts (the first keeps its id)
                if keyed.setdefault(key, subject) != subject:
                    key = (*key, subject)
                yield make_fact(
                    FactKind.THRESHOLD,
                    article,
                    section,
                    source,
                    key=key,
                    subject=subject,
                    item=measure,
                    value=cutoff.value,
                    attribute=cutoff.meaning,
                    statement=source,
                )
