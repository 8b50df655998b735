"""Test performance figures in prose: whose sensitivity, specificity, accuracy or predictive
value a percentage is ("The sensitivity of CT is 65-88%", "CT angiography offers sensitivity
and specificity above 90%"). A disease has no sensitivity; a test, sign or criterion has, for
the condition it detects, so such a figure's subject is "<test> for <condition>"."""

from __future__ import annotations

import re

from quizgen.extractors.owners import opens_on_pronoun
from quizgen.extractors.terms import named_signs
from quizgen.extractors.text import Sentence, leading_subject, sentence_before, sentences_before
from quizgen.extractors.vocabulary import MODALITIES

__all__ = [
    "ACCURACY_LEAD",
    "accuracy_measure",
    "accuracy_subject",
    "accuracy_test",
    "is_no_test",
    "pronoun_test",
    "score_of",
    "test_in_measure",
    "test_in_sentence",
    "test_of",
]

_MEASURE = (
    r"(?:sensitivity|specificity|(?:diagnostic\s)?accuracy|(?:positive|negative)\s"
    r"predictive\svalue|[pn]pv|detection\srate)"
)
# "sensitivity", "reported sensitivity and specificity", "a pooled sensitivity"
_MEASURE_NAME = re.compile(
    rf"^(?:(?:the|an?|its|their)\s)?(?:(?:reported|pooled|overall|high|low|modest|"
    rf"estimated|diagnostic)\s)?(?P<measure>{_MEASURE}(?:\s(?:and|or)\s{_MEASURE})?)",
    re.I,
)
# "sensitivity of CT is in the order", "sensitivity of the updated Lake Louise criteria"
_MEASURE_OF = re.compile(
    rf"{_MEASURE_NAME.pattern}\sof\s(?:the\s)?(?P<test>[A-Za-z0-9][\w/+()' -]{{1,60}}?)"
    r"(?:\s(?:is|are|was|were|has|have|had|ranges?|lies|remains?|approaches|exceeds|"
    r"reaches|falls)\b.*|\s(?P<tail>(?:for|in|at|on|with)\s.*))?$",
    re.I,
)
# "CT angiography offers sensitivity", "Ultrasound has a sensitivity"
_TEST_HAS = re.compile(
    r"^(?:the\s)?(?P<test>[A-Za-z0-9][\w/+()' -]{1,60}?)\s(?:offers|has|had|have|shows|"
    r"achieves|yields|gives|provides|carries|demonstrates)\s(?:an?\s)?(?:(?:reported|pooled|"
    rf"overall|high|estimated)\s)?(?P<measure>{_MEASURE}(?:\s(?:and|or)\s{_MEASURE})?)\b",
    re.I,
)
# Words that name no test: a pronoun, a condition's generic head, a population.
_NO_TEST = re.compile(
    r"^(?:it|they|this|these|that|those|which|and|but|or|yet|so|patients?|people|individuals|"
    r"children|adults|women|men|cases?|disease|condition|imaging)\b",
    re.I,
)


def is_no_test(noun_phrase: str) -> bool:
    """Whether a noun phrase names no test (a pronoun, people, the condition itself)."""
    return bool(_NO_TEST.match(noun_phrase.strip()))


def accuracy_measure(attribute: str) -> str:
    """The test performance measure an attribute names ("sensitivity of CT is in the order"
    → "sensitivity"), "" when it names none."""
    text = attribute.strip()
    of_test = _MEASURE_OF.match(text)
    if of_test and of_test.group("tail"):
        # "sensitivity of ultrasound in adults": the population stays with the measure
        return f"{of_test.group('measure').lower()} {of_test.group('tail')}"
    for pattern in (_MEASURE_NAME, _TEST_HAS):
        match = pattern.match(text)
        if match:
            return match.group("measure").lower()
    return ""


def test_in_measure(attribute: str) -> str:
    """The test an attribute names as the measure's owner ("sensitivity of CT is in the
    order" → "CT", "CT angiography offers sensitivity" → "CT angiography"), else ""."""
    text = attribute.strip()
    for pattern in (_MEASURE_OF, _TEST_HAS):
        match = pattern.match(text)
        if match:
            test = match.group("test").strip()
            if not _NO_TEST.match(test) and len(test.split()) <= 8:
                return test
    return ""


def accuracy_subject(test: str, topic: str) -> str:
    """The subject of a test's figure: the test for the page's condition ("MRI for breast
    implant rupture"), or the test alone when it already names the condition."""
    if topic.lower() in test.lower():
        return test
    return f"{test} for {topic}"


# A head noun that names a test, a sign or a set of criteria (what has an accuracy).
# The head nouns of a test proper ("A cell-based assay", "the contrast study").
_TEST_KINDS = (
    r"tests?|assays?|scans?|study|studies|examinations?|sequences?|imaging|"
    r"biops(?:y|ies)|enemas?|swallow|PCR|scintigraphy|elastography|\w+graphy|\w+scopy"
)
_TEST_NOUN = re.compile(
    rf"(?<![\w-])(?:{_TEST_KINDS}|films?|signs?|criteria|scores?|systems?|rules?)$", re.I
)
# "Ultrasound: sensitivity 85%": a label names the test its line measures.
_LABEL = re.compile(
    rf"^(?P<test>[A-Za-z0-9][^:;,.]{{1,60}}?):\s(?:(?:a|the|its)\s)?(?:\w+\s)?{_MEASURE}\b",
    re.I,
)
# "Diagnostic accuracy of MRI for complete tears is high, with sensitivity … of 90%",
# "increases the sensitivity of MRCP": the test named after an earlier measure word.
_OF_TEST = re.compile(
    rf"{_MEASURE}(?:\s(?:and|or)\s{_MEASURE})?\sof\s(?:the\s)?"
    r"(?P<test>[A-Za-z0-9][\w/+-]*(?:\s(?!(?:for|in|is|are|was|were|with|and|or|at|on|to|"
    r"improves?|falls?|rises?|increases?)\b)[\w/+-]+){0,4})",
    re.I,
)
# "…, but the plain film has only modest sensitivity": a test said to have the measure.
_HAS_MEASURE = re.compile(
    r"(?:^|,\s(?:but|and|while|whereas)\s|;\s|\s(?:but|whereas|while)\s)(?:the\s)?"
    # "The open ring sign is reported to have a specificity of …"
    r"(?P<test>[A-Za-z0-9][\w/+-]*(?:\s[\w/+-]+){0,4}?)\s(?:has|have|had|offers|shows|"
    r"(?:is|are)\s(?:reported|said|thought|known|estimated)\sto\shave)\s"
    rf"(?:only\s)?(?:an?\s)?(?:[a-z]+\s)?{_MEASURE}\b",
    re.I,
)


def _names_a_test(noun_phrase: str) -> bool:
    return bool(MODALITIES.search(noun_phrase) or _TEST_NOUN.search(noun_phrase))


def test_in_sentence(before: str) -> str:
    """The test the words before an accuracy figure name outside its own measure: a line's
    label ("RT-PCR: sensitivity …"), "accuracy of MRI …, with sensitivity of 90%", "the
    plain film has only modest sensitivity (50%)"; "" when none names a test."""
    label = _LABEL.match(before.strip())
    if label and not _NO_TEST.match(label.group("test")):
        return label.group("test").strip()
    found = [m.group("test") for m in _OF_TEST.finditer(before)]
    found += [m.group("test") for m in _HAS_MEASURE.finditer(before)]
    tests = [t.strip() for t in found if _names_a_test(t.strip()) and not _NO_TEST.match(t)]
    return tests[-1] if len(set(tests)) == 1 else ""


ACCURACY_LEAD = re.compile(
    r"^(?:\w+\s)?(?:sensitivity|specificity|accuracy|(?:positive|negative)\spredictive|[pn]pv)",
    re.I,
)
_SCORE_OPENING = re.compile(
    r"^(?:an?\s|the\s)?(?P<cut>(?:total\s|overall\s)?(?:score|grade|category|cut-?off|"
    r"threshold)\s[^,;()]{0,30}?\d[^,;()]{0,20}?)\s(?:is|was|are|were|has|had|gives?|yields?|"
    r"predicts?|indicates?|suggests?|favou?rs?)\b",
    re.I,
)
_NAMED_SCORE = re.compile(
    r"^(?:the\s)?(?P<name>[A-Z][\w-]{0,30}(?:\s[\w-]{1,30}){0,6}?\s(?:score|scale|system|"
    r"classification|index|criteria|rule))(?:\s\((?P<short>[A-Z][\w-]{1,15})\))?\s",
    re.I,
)


def score_of(sentence: Sentence) -> tuple[str, str]:
    """(owner, item) of an accuracy figure in a sentence that opens on a score's cut-off:
    the score the sentence before opens on (or "") and the cut-off; ("", "") otherwise."""
    opening = _SCORE_OPENING.match(sentence.text.strip())
    if opening is None:
        return "", ""
    named = _NAMED_SCORE.match(sentence_before(sentence))
    owner = (named.group("short") or named.group("name")) if named else ""
    return owner, opening.group("cut").strip()


# A sentence opening on a test proper or a named sign owns its accuracy figure ("The
# penumbra sign is seen …, with a specificity of more than 95%"); a score opening a sentence
# is read by the score rules instead.
_TEST_HEAD = re.compile(rf"(?<![\w-])(?:{_TEST_KINDS}|sign)$", re.I)


_MODALITY_HEAD = re.compile(rf"(?:{MODALITIES.pattern})$", re.I)
_TEST_WORDS = 6


def test_of(sentence: Sentence) -> str:
    """The test a sentence opens on ("Bedside ultrasound is more sensitive than …, with a
    sensitivity of 90%", "A cell-based assay is the preferred test"), whose accuracy its
    figure is; "" when it opens on anything else (a disease has no sensitivity)."""
    lead = re.sub(r"^(?:the|an?)\s+", "", leading_subject(sentence.resolved), flags=re.I)
    lead = _TRAILING_BRACKET.sub("", lead)  # "Hepatobiliary scintigraphy (HIDA)"
    if not lead:
        return opening_test(sentence.resolved)
    if ACCURACY_LEAD.match(lead):
        return ""
    named = _MODALITY_HEAD.search(lead) or _TEST_HEAD.search(lead)
    return lead if named and len(lead.split()) <= _TEST_WORDS else ""


_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,40}\)$")
# "Scintigraphy with labelled leucocytes (WBC scan) is …", 'The "dark rim sign" refers to
# …': a test or sign as a sentence's subject, with a bracketed short name or a "with …"
# qualifier between its name and its verb (which the plain subject reader does not pass).
_NOT_IN_NAME = r"(?!(?:in|on|at|for|of|by|from|with|after|during|when|if)\b)"
_OPENING_TEST = re.compile(
    # words of a name (a short bracket among them: "Ventilation-perfusion (V/Q) scintigraphy"),
    # no preposition: "In experienced hands ultrasound is …" opens on a circumstance
    rf"^(?:the\s|an?\s)?(?P<test>{_NOT_IN_NAME}[\w/+'-]+"
    rf"(?:\s{_NOT_IN_NAME}(?:[\w/+'-]+|\([^()\s]{{1,20}}\))){{0,5}}?)"
    r"(?:\s\([^()]{1,40}\))?(?:\s(?:with|using)\s[^,;()]{1,80}?(?:\s\([^()]{1,40}\))?)?"
    r"\s(?:is|are|was|were|has|have|had|can|may|shows?|detects?|demonstrates?|offers?|"
    r"remains?|refers|describes|provides?|identifies|confirms?|relies|exploits|uses|measures|"
    r"depicts|allows)\b",
    re.I,
)
# A test noun alone names no test ("The scan is …", "The sign refers to …").
_BARE_TEST_NOUN = re.compile(
    r"^(?:signs?|tests?|scans?|stud(?:y|ies)|examinations?|sequences?|imaging|assays?|films?|"
    r"criteri(?:on|a)|scores?|systems?|rules?)$",
    re.I,
)


def opening_test(text: str) -> str:
    """The test or sign a sentence opens on as its subject ("" when it opens on anything
    else): "Hepatobiliary scintigraphy with IDA derivatives (HIDA scan) is …" →
    "Hepatobiliary scintigraphy"."""
    match = _OPENING_TEST.match(re.sub(r"[\"“”]", "", text.strip()))
    if match is None:
        return ""
    test = match.group("test")
    if is_no_test(test) or ACCURACY_LEAD.match(test) or _BARE_TEST_NOUN.match(test):
        return ""
    return test if _MODALITY_HEAD.search(test) or _TEST_HEAD.search(test) else ""


_SIGN_POINTER = re.compile(r"^(?:this|these|the)\s(?:signs?|patterns?|appearances?)\b", re.I)


def pronoun_test(sentence: Sentence) -> str:
    """The test or sign a pronoun that opens a sentence on a measure stands for ("It has a
    specificity of 93%", "Its sensitivity is 85%"): the one the sentence before opens on,
    else the one sign it names; "This sign" is the last sign it names. "" when none."""
    if not opens_on_pronoun(sentence.text):
        return ""
    earlier = sentences_before(sentence)
    before = earlier[-1] if earlier else ""
    signs = list(dict.fromkeys(named_signs(before)))
    if _SIGN_POINTER.match(sentence.text.strip()):
        return signs[-1] if signs else ""
    # "V/Q scintigraphy is the screening test. It shows … . Its sensitivity is 96%": a
    # sentence that opens on "It" goes on about the one before it
    for text in reversed(earlier[-_POINTER_CHAIN:]):
        if test := opening_test(text):
            return test
        if not _PRONOUN_OPENING.match(text):
            break
    return signs[0] if len(signs) == 1 else ""


_POINTER_CHAIN = 3
_PRONOUN_OPENING = re.compile(r"^(?:it|this)\s", re.I)


# ", seen in up to 90% of patients,": an aside between a noun and its relative clause
_PARTICIPLE_ASIDE = re.compile(
    r"^(?:seen|found|present|detected|observed|identified|noted|occurring|reported|visible)\b",
    re.I,
)
# The word before a clause's last noun phrase: a preposition, a verb of showing, an article.
_BEFORE_LAST_NP = re.compile(
    r"\b(?:on|by|with|of|in|at|from|to|shows?|showed|demonstrates?|demonstrated|reveals?|"
    r"revealed|the|an?)\s",
    re.I,
)
_NP_WORDS = 5


def relative_antecedent(before: str) -> str:
    """What "which" stands for in "…, which has a sensitivity of": the noun phrase before the
    comma ("identified on core biopsy, which has" → "core biopsy"), past an aside "seen in
    …"; a test or sign one phrase further back wins over an appositive ("the rim sign, a thin
    line at the margin, which has" → "rim sign"). "" when neither reads as one."""
    relative = _RELATIVE_HAS.search(before)
    if relative is None:
        return ""
    head = before[: relative.start()].rstrip()
    if not head.endswith(","):
        return ""  # "the sign that has …": a restrictive clause, read with its noun
    chunks = [c for c in head[:-1].split(", ") if not _PARTICIPLE_ASIDE.match(c)]
    phrases = [_BEFORE_LAST_NP.split(c)[-1].strip(" ()") for c in chunks[-2:]]
    phrases = [p for p in phrases if p and len(p.split()) <= _NP_WORDS and not is_no_test(p)]
    named = [p for p in phrases if _names_a_test(p) or p.lower().endswith(" sign")]
    if named:
        return named[-1]
    return phrases[-1] if phrases and chunks and phrases[-1] in chunks[-1] else ""


def accuracy_test(sentence: Sentence, before: str, attribute: str, item: str, tested: str) -> str:
    """Whose accuracy a figure is ("" for no accuracy figure): the test its measure names
    ("sensitivity of CT"), the item when it is a modality ("…, roughly 52% for
    mammography"), the test the sentence opens on ("CT angiography shows X …, with a
    sensitivity of 90%"), the item (a sign, a criterion), or the sentence's earlier test."""
    if not accuracy_measure(attribute):
        return ""
    if named := test_in_measure(attribute):
        # the attribute's first letter is lower case; the sentence keeps a name's capitals
        said = re.search(rf"(?<![\w-]){re.escape(named)}(?![\w-])", sentence.text, re.I)
        return said.group() if said else named
    if is_no_test(item):
        item = ""  # "which", "it": a pointer names no test
    if _RELATIVE_HAS.search(before):
        # "CT shows the target sign, which has a specificity of 90%": not CT's
        return item or relative_antecedent(before)
    if item and MODALITIES.search(item):
        return item
    # "…; this whirlpool sign is the most specific finding, with a sensitivity of 90%"
    clause = before.rsplit("; ", 1)[-1] if "; " in before else ""
    return (
        pronoun_test(sentence)
        or test_of(sentence)
        or opening_test(clause)
        or test_in_sentence(before)
        or item
        or tested
        or paragraph_test(sentence)
    )


# "Sensitivity for duct stones is modest (20% to 80%)": a measure with no test of its own
# (one named after "of" is read first, by ``test_in_measure``)
_BARE_MEASURE_OPENING = re.compile(
    rf"^(?:the\s)?(?:(?:overall|reported|pooled|diagnostic)\s)?{_MEASURE}\b", re.I
)


def paragraph_test(sentence: Sentence) -> str:
    """The test whose measure a sentence opening on a bare measure gives: the one the
    nearest earlier sentence of its paragraph opens on ("Transabdominal ultrasound is the
    first-line test. … Sensitivity for duct stones is 20-80%"), "" when none does."""
    if not _BARE_MEASURE_OPENING.match(sentence.text.strip()):
        return ""
    return next((t for s in reversed(sentences_before(sentence)) if (t := opening_test(s))), "")


_RELATIVE_HAS = re.compile(
    r"\b(?:which|that)\s(?:has|have|had|carries|carry|shows?|offers?)\b[^,;]*$", re.I
)
