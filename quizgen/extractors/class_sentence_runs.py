"""Classes defined one to a sentence (or to a semicolon clause), for the classification
extractor: "Type I lesions have a smooth margin. Type II lesions have an irregular margin.",
"Grade 1 denotes oedema; grade 2 denotes a partial tear.", "In the medial type the fragment
lies within the joint; in the lateral type it lies outside the capsule.", "Primary
(congenital) cysts result from …. Secondary (acquired) cysts follow …". Two or more such
parts in a row, each opening on a label of one scheme (the same label word, different codes)
or on a form adjective of one noun, each saying what its class is. A part that makes a claim
about the class instead ("Type 2 is the most common", "Type 1 disease is seen in older men")
breaks the run. Grammar only.

Also classes named after a copula, their definitions before them ("a sum of 6 is grade
group 1, 7 is grade group 2 and 8 is grade group 3"), and what a sentence just before some
classes says about them: the scheme it names and whose classes they are ("X are described
with the Eden classification, which has four types.").
"""

from __future__ import annotations

import re

__all__ = [
    "announces_classes",
    "label_led",
    "names_labelled_classes",
    "scheme_before_colon",
    "sentence_run",
    "valued_labels",
]

_CODE = r"(?:[0-9]{1,2}[a-c]?|[IVX]{1,4}[a-c]?|(?-i:[A-E]))"
_WORD = r"(?:grade|stage|type|class|category|group)"
# "Type A cysts", "grade 2": a phrase that opens on a class label names the class, never
# the thing classified.
_LABEL_LED = re.compile(rf"^(?:(?:the|a|an)\s)?{_WORD}\s{_CODE}(?![\w-])", re.I)
# "Type I lesions have …", "Grade 2 denotes …", "stage III is defined by …": a label, its
# plural holder noun (not a singular in -itis/-sis, "type 2 diabetes"), then what opens a
# definition.
_LABELLED_PART = re.compile(
    rf"^(?:and\s)?(?P<label>(?P<word>{_WORD})\s(?P<code>{_CODE}))"
    r"(?:\s(?P<holder>(?![a-z]*(?:itis|sis|betes|pes|ness)\s)[a-z]{3,20}s))?"
    r"\s(?P<verb>denotes|means|indicates|represents|refers\sto|describes|"
    r"(?:is|are)\s(?:defined|characteri[sz]ed)\s(?:by|as)|consists?\sof|comprises?|"
    r"has|have|shows?|contains?|is|are)\s(?P<value>.+)$",
    re.I,
)
# "In the medial type the fragment lies …", "in the lateral form, it lies …": a named
# class, then a clause that says what happens in it.
_IN_THE_CLASS = re.compile(
    r"^(?:and\s)?in\s(?:the\s)?(?P<label>[a-z][\w-]{2,25}\s(?:type|form|variant|subtype))"
    r",?\s(?P<value>(?:the|a|an|it|they|there)\s.+)$",
    re.I,
)
# What a copula's value must not open on: an adverb, a comparison, a rank or a participle
# of a claim ("are more often symptomatic", "is the most common", "are seen in men").
_CLAIM_START = re.compile(
    r"^(?:\w+ly|more|less|most|least|the\s(?:most|least|commonest|rarest|only)|not|also|"
    r"still|often|seen|found|thought|believed|associated|treated|managed|common|rare|"
    r"uncommon|frequent|usual)\b|^(?!(?:confined|limited|restricted|located|situated|centred|"
    r"composed|characteri[sz]ed|defined|seated|based)\b)[a-z]+ed\b",
    re.I,
)
# Who has the class, how common it is or how it fares is no definition of it: "has a male
# predominance", "are seen in 20%", "resolve after treatment". A cause may name a treatment
# ("follow surgery"): only who and how common bar a causal part.
_WHO_WORDS = re.compile(
    r"%|\b(?:men|women|males?|females?|patients|children|adults|infants|aged?|years?|"
    r"decades?|prevalence|incidence|predominance|predilection|common|commonest|rare)\b",
    re.I,
)
_FARE_WORDS = re.compile(
    r"\b(?:prognosis|risk|outcome|survival|mortality|treat\w*|surgery|surgical|resol\w+|"
    r"recur\w*)\b",
    re.I,
)
# Two forms of one thing, one to a part, each opening on its adjective and the shared noun:
# "Primary (congenital) cysts result from …. Secondary (acquired) cysts follow …". A closed
# list of adjectives that sort a thing into forms.
_FORM = (
    r"primary|secondary|congenital|acquired|sporadic|familial|hereditary|acute|subacute|"
    r"chronic|typical|atypical|focal|diffuse|unilateral|bilateral|superficial|deep|simple|"
    r"complex|intrinsic|extrinsic|macrocystic|microcystic|complete|incomplete|idiopathic|"
    r"juvenile|adult|infantile|locali[sz]ed|generali[sz]ed"
)
_CAUSAL = (
    r"(?:is|are)\s(?:thought|believed)\sto\s(?:result|arise)\sfrom|results?\sfrom|"
    r"arises?\s(?:from|when)|follows?|(?:is|are)\scaused\sby|develops?\s(?:from|when|after)|"
    r"occurs?\s(?:when|after)"
)
_FORM_PART = re.compile(
    rf"^(?:and\s|whereas\s|while\s)?(?P<form>{_FORM})(?P<alias>\s\([a-z][a-z -]{{2,30}}\))?"
    r"\s(?P<head>[a-z][\w-]{2,25}(?:\s[a-z][\w-]{2,25})?)"
    rf"\s(?:(?P<causal>{_CAUSAL})|(?P<verb>is|are|has|have|shows?|contains?|consists?\sof|"
    r"comprises?|denotes|means))\s(?P<value>.+)$",
    re.I,
)
MAX_VALUE = 160
MAX_PARTS = 10


def label_led(phrase: str) -> bool:
    """Whether a noun phrase opens on a class label ("Type A cysts", "the grade 2 tear")."""
    return _LABEL_LED.match(phrase.strip()) is not None


# An intro that names a scheme or counts classes: "… the Eden classification, which has
# four types", "Lesions are graded as follows", "… is divided into three stages".
_ANNOUNCES = re.compile(
    r"\b(?:classif\w*|grad(?:ed|ing)|stag(?:ed|ing)|(?:sub)?divided|divides|system|"
    r"(?:two|three|four|five|six|seven|[2-9])\s(?:[\w-]+\s)?(?:types|grades|stages|classes|"
    r"categories|groups|subtypes))\b",
    re.I,
)


def announces_classes(text: str) -> bool:
    """Whether a sentence announces the classes after it (names a scheme or counts them)."""
    return _ANNOUNCES.search(text) is not None


def _coded_part(part: str) -> tuple[str, str, str, bool] | None:
    """ "Type I lesions have …": (label word, label, definition, False), or None."""
    match = _LABELLED_PART.match(part)
    if match is None:
        return None
    value = match["value"].strip(" ,")
    word = match["word"].lower()
    # one label to a part: a part with two labels is a run of its own (class_inline)
    labels = re.findall(rf"\b{word}\s{_CODE}(?![\w-])", part, re.I)
    if (match["verb"].lower() in {"is", "are"} and _CLAIM_START.match(value)) or len(labels) != 1:
        return None
    return word, match["label"], value, False


def _form_part(part: str) -> tuple[str, str, str, bool] | None:
    """ "Primary (congenital) cysts result from …": (noun, class, definition, causal)."""
    match = _FORM_PART.match(part)
    if match is None:
        return None
    value = match["value"].strip(" ,")
    if match["verb"] and match["verb"].lower() in {"is", "are"} and _CLAIM_START.match(value):
        return None
    label = f"{match['form']}{match['alias'] or ''} {match['head']}"
    return match["head"].lower(), label, value, bool(match["causal"])


def _labelled_part(part: str) -> tuple[str, str, str, bool] | None:
    """(run key, label, definition, causal) of a part opening on a class label, or one
    opening on a form adjective and its noun, or one set in a named class; None else."""
    read = _coded_part(part) or _form_part(part)
    if read is not None:
        return read
    match = _IN_THE_CLASS.match(part)
    if match is None:
        return None
    label = match["label"]
    return label.split()[-1].lower(), label, match["value"].strip(" ,"), False


def _part_class(part: str) -> tuple[str, str, str] | None:
    """(run key, label, definition) of one sentence or clause that defines a class, or None."""
    read = _labelled_part(part.strip().rstrip(".").strip())
    if read is None:
        return None
    key, label, value, causal = read
    if not value or len(value) > MAX_VALUE or _WHO_WORDS.search(value):
        return None
    if not causal and _FARE_WORDS.search(value):
        return None
    if re.search(r",\s(?:but|although|though|whereas|while|which)\s", value):
        return None
    return key, label, value


def sentence_run(sentences: list[str]) -> list[tuple[int, str, str]]:
    """The classes defined one to a part in consecutive sentences of one paragraph: for each,
    the index of its sentence, its label and its definition. A run wants two parts or more
    of one label word with different labels, one after the other."""
    found: list[tuple[int, str, str]] = []
    run: list[tuple[int, str, str, str]] = []  # (sentence index, word, label, value)

    def close() -> None:
        labels = {label.lower() for _, _, label, _ in run}
        if 2 <= len(run) <= MAX_PARTS and len(labels) == len(run):
            found.extend((index, label, value) for index, _, label, value in run)
        run.clear()

    for index, sentence in enumerate(sentences):
        parts = re.split(r";\s", sentence.strip())
        for part in parts:
            read = _part_class(part)
            if read is None:
                close()
                continue
            word, label, value = read
            if run and run[-1][1] != word:
                close()
            run.append((index, word, label, value))
    close()
    return found


# "3+4=7 is grade group 2", "a purely bony injury is B1": a class named after a copula, its
# definition before it. A label word and code, or a bare code of a letter and a digit, that
# ends its part (a comma, "and"/"or" or the end follows).
_VALUED_LABEL = re.compile(
    rf"\s(?:is|are)\s(?:(?:an?|the)\s)?(?P<label>(?P<word>(?:grade\sgroup|{_WORD}))\s{_CODE}"
    r"|(?-i:[A-Z]{1,2}[0-9][a-c]?))(?=,\s|\s(?:and|or)\s|$)",
    re.I,
)
_JOIN = re.compile(r"^(?:,\s)?(?:(?:and|or|whereas|while)\s)?", re.I)
_BARE_VALUE = re.compile(r"^(?:this|that|these|those|it|they|which|one|each)$", re.I)
MAX_VALUED = 80


def valued_labels(text: str) -> list[tuple[str, str]]:
    """ "Score 6 is grade group 1, 7 is grade group 2 and 8 is grade group 3", "a bony injury
        is B1, a ligamentous one is B2": each class's label and the definition before it; [] unless
        the parts after the sentence's start each end on a label of one word (or
        each on a bare code), two or more, every label different. The run starts after the last
    colon or semicolon ("…: a bony injury is B1, while a ligamentous one is B2")."""
    body = re.split(r"[:;]\s", text.rstrip(". "))[-1]
    found: list[tuple[str, str]] = []
    words: set[str] = set()
    start = 0
    for match in _VALUED_LABEL.finditer(body):
        value = _JOIN.sub("", body[start : match.start()]).strip()
        if not value or len(value) > MAX_VALUED or re.search(r"[,;()]", value):
            return []
        if FINITE.search(value) or _BARE_VALUE.match(value):
            return []  # "the tumour is large and is stage 2": a clause, not a definition
        words.add((match["word"] or "").lower())
        found.append((match["label"], value))
        start = match.end()
    if start != len(body) or len(found) < 2 or len(words) != 1:
        return []
    if len({label.lower() for label, _ in found}) < len(found):
        return []
    return found


FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|may|can|will|which|that)\b", re.I)


# "… reported as the ISUP grade group: …": a named scheme that the colon opens the classes of.
_SCHEME_AT_COLON = re.compile(
    r"(?:\(|\bthe\s)(?P<name>(?:[A-Z][\w/-]*\s){1,3}(?:grade\sgroups?|grading|score|scale|"
    r"classification|system|criteria|staging))\)?:\s",
)


def scheme_before_colon(text: str) -> str:
    """The named scheme just before the colon that opens a sentence's classes ("")."""
    found = list(_SCHEME_AT_COLON.finditer(text))
    if not found or ": " in text[found[-1].end() :]:
        return ""
    return found[-1]["name"]


# A list entry's whole name is a class label, with at most a gloss in brackets: "group I",
# "stage II (perinephric)".
_BARE_LABEL = re.compile(
    rf"^(?P<word>{_WORD})\s(?P<code>{_CODE})(?:\s\([^()]{{1,40}}\))?$",
    re.I,
)


def names_labelled_classes(names: list[str]) -> bool:
    """Whether the names of a list's entries are all bare class labels of one label word,
    two or more, all different ("group I", "group II", …): a scheme's classes, whatever the
    intro calls them ("divides the complications into five groups:")."""
    matches = [_BARE_LABEL.match(name.strip()) for name in names]
    if len(matches) < 2 or not all(matches):
        return False
    words = {m["word"].lower() for m in matches if m}
    codes = {m["code"].lower() for m in matches if m}
    return len(words) == 1 and len(codes) == len(matches)
