"""Named findings that do not say "sign": an eponym with a noun of form ("Codman triangle",
"Kerley B lines", "Rigler triad"), a likeness ("a bag of worms appearance", "likened to a
bunch of grapes") and a named pattern word on a finding noun ("popcorn calcification",
"onion-skin periosteal reaction").

Each shape is a closed vocabulary of nouns, so an ordinary capitalised word or a phrase with
"of" is not taken for a name. The sign extractor (terms.py) asks ``named_findings`` for the
spans and decides whose sign each is, as for the signs that say "sign".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["PLAIN_ADJECTIVE", "named_findings", "quoted_category", "quoted_verb"]

# Nouns an eponym names a finding with: rare ones only. An eponym's "line", "node" or
# "nodule" is mostly a landmark or a structure ("Hilgenreiner line", "Rokitansky nodule"),
# not a sign; only lettered lines are ("Kerley B lines").
_RARE_FORM_NOUNS = (
    r"triads?|tetrads?|pentads?|triangles?|humps?|knobs?|notch|notches|collars?|cuffs?"
)
_FORM_NOUNS = rf"{_RARE_FORM_NOUNS}|(?<=[A-Z]\s)lines"
_CAPITALISED = r"[A-Z][a-zà-öø-ÿ'’]{2,20}(?:-[A-Z][a-zà-öø-ÿ'’]{2,20})?"
_EPONYM = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CAPITALISED}\s){{1,3}}(?:[A-Z]\s)?(?P<noun>{_FORM_NOUNS}))\b"
)
# Capitalised words that are no one's name.
_NOT_AN_EPONYM = frozenset(
    {
        *("The", "This", "These", "That", "Those", "A", "An", "In", "On", "At", "Its", "Their"),
        *("Both", "Each", "Some", "Many", "Most", "Other", "Further", "Such", "When", "If"),
        *("Central", "Lymph", "Posterior", "Anterior", "Upper", "Lower", "Left", "Right"),
        *("Superior", "Inferior", "Medial", "Lateral", "Cervical", "Axillary", "Hilar"),
        *("Mediastinal", "Regional", "Distant", "Multiple", "Small", "Large", "Enlarged"),
    }
)
# "a bag of worms appearance", "string-of-beads pattern": a container or shape of things.
# Not "ring", "rim", "cluster": "a ring of enhancement", "a rim of new bone" describe.
_CONTAINERS = r"bag|bunch|string|rosary|pile|stack|chain|spray|tuft"
# The contents are things, in the plural ("worms", "beads"), or the likeness is named by its
# noun after them: "a string of intramural dots" strings no name out of "intramural".
_LIKENESS = re.compile(
    rf"(?<![\w-])(?P<name>(?:{_CONTAINERS})[\s-]of[\s-](?:[a-z]{{2,14}}s\b|[a-z]{{3,15}}"
    r"(?=[\s-](?:appearance|pattern|sign|configuration)\b)))"
    r"(?:[\s-](?:appearance|pattern|sign|configuration))?\b",
    re.I,
)
# A named pattern word on a finding noun.
_PATTERN_WORDS = (
    r"popcorn|sunburst|sunray|onion[- ]skin|hair[- ]on[- ]end|eggshell|egg[- ]shell|"
    r"ring[- ]and[- ]arc|rings?[- ]and[- ]arcs?|chicken[- ]wire|cobblestone|lace[- ]like|"
    r"snowstorm|flame[- ]shaped|dripping[- ]candle[- ]wax|candle[- ]wax|ivory|picture[- ]frame"
)
_FINDING_NOUNS = (
    r"calcifications?|periosteal\s+reaction|mucosa|sclerosis|matrix|vertebra|"
    r"vertebrae|margins?|cortex|nodules?|densities|density|opacities|opacity"
)
_PATTERNED = re.compile(rf"(?<![\w-])(?P<name>(?:{_PATTERN_WORDS})\s(?:{_FINDING_NOUNS}))\b", re.I)


# A name in quotation marks, with the finding noun after it when there is one: '"creeping
# fat"', 'deep "rose-thorn" ulcers', 'multiple "cannonball" nodules'. Authors quote what they
# name; a quoted stretch of five words or more is a quotation, not a name.
_QUOTED = re.compile(
    r"[“\"](?P<quoted>[A-Za-z][A-Za-z'’-]{1,20}(?:\s[A-Za-z'’-]{1,20}){0,3})[”\"]"
    # 'with "dirty" posterior acoustic shadowing': up to two describing words before the noun
    r"(?:\s(?P<noun>(?:(?!(?:and|or|but|nor|with|of|in|on|the|an?|is|are|was|were|to|for|by|"
    r"as|at|than|that|which)\s)[a-z][a-z-]{2,15}\s){0,2}?(?:ulcers?|nodules?|lesions?|"
    r"metastases|masses|tumou?rs?|bands?|lines?|appearance|pattern|sign|configuration|shape|shadowing|artefacts?|artifacts?|fat|"
    r"reaction|calcifications?|opacities|opacity|collections?|cysts?|nodes?|deformity|"
    r"lucency|lucencies|effect|margin|margins|contour|outline|bowel|kidney|heart|lung|"
    r"gallbladder|stomach|colon|vertebrae?|skull|spine|facies|morphology|profile|"
    # body parts a look is named on: 'a "cauliflower" ear', 'a "saddle" nose'
    r"ears?|nose|hands?|feet|foot|face|chest|abdomen))\b)?"
)


# Words one of whose shapes every named finding holds: a sentence without any is spared
# the searches (most sentences).
_EPONYM_HINTS: tuple[str, ...] = (
    *("triad", "tetrad", "pentad", "triangle", "hump", "knob", "notch", "collar", "cuff"),
    " lines",
)
# "produces the classic fish-mouth papilla", 'producing the characteristic "coffee-bean"
# nuclei': a look a finding produces, called classic or characteristic, is a named look
# whatever its noun; a word of kind ("the classic features") names none.
_CLASSIC_PRODUCED = re.compile(
    r"\b(?:produces|produce|producing|gives|give|giving|creates|create|creating|forms|form|"
    r"forming|results\sin|resulting\sin)\s(?:the|an?)\s(?:classic(?:al)?|characteristic|"
    r"typical|so-called)\s(?P<name>[\"“]?[a-z][a-z-]{2,20}[\"”]?(?:\s[a-z][a-z-]{2,20}){1,2})"
    r"(?=\s{0,2}(?:[,.;:()]|$)|\s(?:with|that|which|of|on|in)\b)"
)
_PRODUCING_HINT = re.compile(r"\b(?:produc|giv|creat|result)")
_PRODUCED_HINTS = ("classic", "characteristic", "typical", "so-called")
_KIND_HEADS = frozenset(
    {
        *("mnemonic", "features", "feature", "findings", "finding", "symptoms", "signs"),
        *("changes", "presentation", "picture", "history", "course", "triad", "combination"),
    }
)
# "produces the characteristic imaging appearance": a word of modality or kind before the
# noun of form names no look.
_WORDS_OF_KIND = frozenset(
    {
        *("imaging", "radiological", "radiographic", "sonographic", "ultrasound", "mri", "ct"),
        *("clinical", "overall", "gross", "microscopic", "histological", "pathological"),
    }
)
# "giving a dumbbell shape", "producing a cyst-within-cyst appearance": a look a finding
# produces, named by one noun (perhaps hyphenated) before a noun of form; an adjective there
# describes ("giving a lobulated appearance", "produces a similar appearance").
_NOUN_PRODUCED = re.compile(
    r"\b(?:produces|produce|producing|gives|give|giving|creates|create|creating|"
    r"results\sin|resulting\sin)\s(?:an?)\s(?P<name>(?P<word>[a-z]{3,15}(?:-[a-z]{1,12}){0,2})"
    r"\s(?:appearance|shape|configuration|look))\b"
)
_ADJECTIVE = re.compile(
    r"(?:ar|ed|(?<!o)y|ic|al|ous|ing|id|ive|ent|ant|ate|ile|ish|ful|less|like)$"
    r"|^(?:false|similar|different|same|typical|classic|characteristic|normal|abnormal|mixed|"
    r"most|least|common|usual|other|"
    r"dense|coarse|fine|subtle|simple|diffuse|sparse|intense|complex|smooth|thin|thick)$"
)
# "shows vertical striations (corduroy appearance)": a look named in brackets after the
# finding it names ("(mottled appearance)" describes: the word before the noun is no adjective).
_BRACKETED_LOOK = re.compile(
    r"\((?:the\s|an?\s)?(?P<name>(?P<word>[a-z][a-z-]{2,20})(?:\s[a-z][a-z-]{2,20}){0,2}"
    r"\s(?:appearance|pattern|configuration|shape))\)"
)
# "the Romanus lesion, a small erosion at …", "The Andersson lesion is a destructive …": an
# eponymous lesion the sentence defines at once is a named finding. "The" before it keeps a
# capitalised word that opens the sentence ("Pathological fracture, a …") out.
_DEFINED_EPONYM = re.compile(
    r"\b[Tt]he\s(?P<name>(?!(?:The|This|These|Most|Other|First|Second)\b)[A-Z][a-zà-öø-ÿ'’]{2,20}"
    r"(?:-[A-Z][a-zà-öø-ÿ'’]{2,20})?(?:'s|’s)?\s(?:lesions?|fractures?|deformity))"
    r"(?=,\s(?:an?|the)\s|\s(?:is|are)\s(?:an?|the)\s)"
)
_LIKENESS_HINTS = ("bag", "bunch", "string", "rosary", "pile", "stack", "chain", "spray", "tuft")


def named_findings(text: str) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each named finding in ``text`` that does not say "sign"."""
    lower = text.lower()
    if any(hint in lower for hint in _EPONYM_HINTS):
        yield from _eponyms(text)
    if " of" in lower and any(hint in lower for hint in _LIKENESS_HINTS):
        yield from ((m.group(0), m.start(), m.end()) for m in _LIKENESS.finditer(text))
    for match in _PATTERNED.finditer(text):
        yield match.group(0), match.start(), match.end()
    yield from _produced_or_defined(text, lower)
    if '"' in text or "“" in text:
        for match in _QUOTED.finditer(text):
            if quoted_category(text, match.start()) or (
                not match.group("noun") and _KIND_AFTER.match(text[match.end() :])
            ):
                continue
            if not match.group("noun") and (
                _bracketed_gloss(text, match) or _predicate_or_sensed(text, match)
            ):
                continue
            close = match.end("quoted") + 1
            if quoted_verb(text, match.start(), close) or _quoted_plain_adjective(text, match):
                continue
            name = " ".join(filter(None, (match.group("quoted"), match.group("noun"))))
            yield name, match.start(), match.end()


def _produced_or_defined(text: str, lower: str) -> Iterator[tuple[str, int, int]]:
    """Named looks a finding produces ("giving the classic paintbrush appearance", "giving a
    dumbbell shape") and eponymous lesions defined where they are named."""
    if any(hint in lower for hint in _PRODUCED_HINTS):
        for match in _CLASSIC_PRODUCED.finditer(text):
            words = match.group("name").lower().split()
            if words[-1] not in _KIND_HEADS and words[0] not in _WORDS_OF_KIND:
                name = match.group("name").replace('"', "").replace("“", "").replace("”", "")
                yield name, match.start("name"), match.end("name")
    if _PRODUCING_HINT.search(lower):
        for match in _NOUN_PRODUCED.finditer(text):
            if not _ADJECTIVE.search(match.group("word")):
                yield match.group("name"), match.start("name"), match.end("name")
    if "(" in text:
        for match in _BRACKETED_LOOK.finditer(text):
            if not _ADJECTIVE.search(match.group("word")):
                yield match.group("name"), match.start("name"), match.end("name")
    if "lesion" in lower or "fracture" in lower or "deformity" in lower:
        for match in _DEFINED_EPONYM.finditer(text):
            yield match.group("name"), match.start("name"), match.end("name")


# 'a photopenic ("cold") defect', 'the wall is thin ("paper-thin")': one quoted adjective in
# brackets says the word before it again in plain words; it names no finding.
_GLOSS_ADJECTIVE = re.compile(
    r"^(?:cold|hot|warm|thin|thick|dark|bright|dense|soft|hard|[a-z]+-(?:thin|thick|like|"
    r"shaped|sized)|[a-z]{3,20}(?:ic|al|ous|ive|ent|ant|less|ful))$",
    re.I,
)


# 'leaks are "fast"', 'a palpable "clunk"': one plain quoted word after a copula is a word
# of kind or degree; after a word of touch or hearing, what the examiner feels or hears.
# ('the colon appearing "peaked"': a verb of seeming is a copula too)
_PREDICATE_OR_SENSE = re.compile(
    r"\b(?:(?:is|are|was|were|be|being|appears?|appearing|looks?|looking|seems?|seeming|"
    r"becomes?|becoming)\s(?:[a-z]{2,20}ly\s)?|(?:palpable|audible|felt|heard|"
    r"feels?|hears?)\s(?:an?\s)?)$",
    re.I,
)


# 'a sudden "pop" or tearing sensation', 'a "clicking" feeling': a quoted word before a
# noun of sensation is what the patient feels or hears, a symptom, not an imaging finding.
_SENSATION_AFTER = re.compile(
    r"^\s(?:or\s(?:[a-z-]{2,20}\s)?|and\s(?:[a-z-]{2,20}\s)?)?(?:sensations?|feelings?|sounds?|"
    r"noises?)\b",
    re.I,
)


def _predicate_or_sensed(text: str, match: re.Match[str]) -> bool:
    """Whether the quoted word of ``match`` is one plain word said of a thing after a
    copula ("are "slow""), sensed on examination ("a palpable "clunk"") or felt by the
    patient ('a sudden "pop" or tearing sensation'): no finding."""
    word = match.group("quoted")
    before = text[max(0, match.start() - 40) : match.start()]
    return word.isalpha() and (
        bool(_PREDICATE_OR_SENSE.search(before))
        or bool(_SENSATION_AFTER.match(text[match.end() :]))
    )


# 'transient, migratory ("fleeting") opacities', 'granular ("hazy") opacities',
# 'inconspicuous ("vanish")': a plain participle, adjective or verb in brackets after an
# adjective says that adjective again in everyday words. A noun there names the look
# ('irregular ("corkscrew")', 'expansile ("blow-out")'), as one after a noun may ('fluffy
# periostitis ("whiskering")'): kept.
_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w-])[a-z]{2,20}(?:ory|ary|ular|al|ic|ous|ive|ent|ant|ile)\s{0,2}\($", re.I
)
_PLAIN_WORD = re.compile(r"[a-z]{3,20}(?:ing|ed|y|ish)")


def _bracketed_gloss(text: str, match: re.Match[str]) -> bool:
    """Whether the quoted word of ``match`` stands alone in brackets and is an adjective, or
    glosses the adjective just before the bracket."""
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
    return (
        before.endswith("(")
        and after.startswith(")")
        and (
            bool(_GLOSS_ADJECTIVE.match(match.group("quoted")))
            or (
                bool(_PLAIN_WORD.fullmatch(match.group("quoted")))
                and bool(_ADJECTIVE_BEFORE.search(before))
            )
        )
    )


# 'characteristically "engulfs" the calcification', 'tend to "explode" it', 'that
# progressively "fills in"': a quoted verb says what a lesion does, it names no finding. A
# verb is told by grammar: an object's determiner after it, an infinitive's "to" after a verb
# of tendency or a modal before it, or a particle ending a quoted phrasal verb.
_OBJECT_AFTER = re.compile(r"^\s(?:the|an?|its|their|this|these|those|any)\s", re.I)
_INFINITIVE_BEFORE = re.compile(
    r"\b(?:(?:tends?|tended|seems?|seemed|appears?|appeared|likely|able|used)\sto|"
    r"may|might|can|could|will|would|must|should|does|do|did)\s$",
    re.I,
)
_PHRASAL_VERB = re.compile(r"^[a-z]{2,20}\s(?:in|out|up|off|down|away|through)$")


def quoted_verb(text: str, start: int, close: int) -> bool:
    """Whether the quoted words from ``start`` (the opening mark) to ``close`` (after the
    closing mark) are a verb: followed by an object's determiner, set after an infinitive's
    "to" or a modal, or a phrasal verb ("fills in")."""
    quoted = text[start + 1 : close - 1]
    before = text[max(0, start - 40) : start]
    return (
        bool(_OBJECT_AFTER.match(text[close:]))
        or bool(_INFINITIVE_BEFORE.search(before))
        or bool(_PHRASAL_VERB.match(quoted))
    )


# 'a photopenic "cold" area', 'the "empty" or "naked" facet': a plain adjective of state,
# quoted before the noun it describes, says how the thing looks; the noun, not the quoted
# word, is the finding (and a noun of form after it, '"cold" appearance', is read whole).
PLAIN_ADJECTIVE = re.compile(
    r"^(?:cold|cool|warm|hot|empty|naked|bare|full|hollow|blank|dark|bright|pale|thin|thick|"
    r"soft|hard|wet|dry|quiet|silent|smooth|rough|flat|tall|short|long|wide|narrow|high|low)$",
    re.I,
)
_NOUN_AFTER = re.compile(
    r"^\s(?:or\s[\"“][^\"”]{1,20}[\"”]\s)?(?!(?:and|but|nor|with|from|for|into|onto|over|"
    r"under|than|that|which|when|while|after|before|because)\b)[a-z]{3,20}\b"
)


def _quoted_plain_adjective(text: str, match: re.Match[str]) -> bool:
    """Whether ``match`` quotes one plain adjective of state before the noun it describes."""
    return (
        not match.group("noun")
        and bool(PLAIN_ADJECTIVE.match(match.group("quoted")))
        and bool(_NOUN_AFTER.match(text[match.end() :]))
    )


# 'graded as "typical HP", "compatible with HP" or …', 'the older division into "benign"
# and "malignant"', 'formerly grouped with serous tumours as "cystadenomas"': quoted words
# after a verb of sorting are the names of categories.
_SORTED_AS = re.compile(
    r"\b(?:graded|classified|classed|categori[sz]ed|divided|division|scored|stratified|"
    r"reported|designated|labell?ed|grouped|lumped)\s(?:[^.;:\"“”]{0,60}\s)?(?:as|into)\s"
    r"[^.;:]{0,120}$",
    re.I,
)
# 'The term literally means "stone bone"', 'from the Greek for "…"': a word's meaning.
_MEANING = re.compile(
    r"\b(?:means?|meaning|literally|(?:Greek|Latin|French|German)\s+(?:word\s+)?for|"
    r"derived\s+from|translates?\s+(?:as|to))\s{1,3}(?:an?\s|the\s)?"
    # 'from the Greek for "unquenchable" or "inextinguishable"': the second gloss too
    r"(?:[\"“][^\"”]{1,40}[\"”],?\s{1,3}(?:or|and)\s{1,3})?$",
    re.I,
)
# 'the infantile or "malignant" form', 'the "benign" adult variant': a quoted word naming a
# kind of the condition (a class noun follows, perhaps after one more adjective).
_KIND_AFTER = re.compile(
    r"^\s{1,3}(?:[a-z-]{3,20}\s{1,3})?(?:forms?|types?|variants?|subtypes?|varieties|variety|"
    r"categor(?:y|ies)|grades?|groups?|classes|class|"
    # 'a "wait and scan" approach', '"second-look" surgery', 'the "vicious vortex" model': a
    # way of managing or explaining the disease, no finding on a patient
    r"approach(?:es)?|strateg(?:y|ies)|polic(?:y|ies)|protocols?|procedures?|operations?|"
    r"surgery|regimens?|models?|theor(?:y|ies)|hypothes[ie]s)\b",
    re.I,
)


# 'Charcot described the triad in 1877 as "hepatic fever"': a name given in a dated act of
# naming is a name of history (of what the sentence names), no finding on a patient.
_DATED_NAMING = re.compile(
    r"\b(?:in|by)\s(?:1[5-9]\d\d|20[0-2]\d)\b[^.;:]{0,40}\b(?:as|called|named|termed)\s$"
    r"|\b(?:described|called|named|termed|coined|dubbed)\b[^.;:]{0,60}\b(?:in|by)\s"
    r"(?:1[5-9]\d\d|20[0-2]\d)\b[^.;:]{0,20}?\s(?:as\s)?$",
)


def quoted_category(text: str, start: int) -> bool:
    """Whether the quoted name opening at ``start`` follows a verb of sorting ("graded as",
    "division into"), of meaning ("literally means") or a dated act of naming ("described in
    1877 as"): a category, a gloss or a name of history, no finding."""
    before = text[max(0, start - 200) : start]
    return bool(
        _SORTED_AS.search(before) or _MEANING.search(before) or _DATED_NAMING.search(before)
    )


def _eponyms(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _EPONYM.finditer(text):
        words = match.group("name").split()
        while words and words[0] in _NOT_AN_EPONYM:
            words.pop(0)
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        yield name, start, match.end()
