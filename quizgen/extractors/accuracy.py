"""Test performance figures in prose: whose sensitivity, specificity, accuracy or predictive
value a percentage is ("The sensitivity of CT is 65-88%", "CT angiography offers sensitivity
and specificity above 90%"). A disease has no sensitivity; a test, sign or criterion has, for
the condition it detects, so such a figure's subject is "<test> for <condition>"."""

from __future__ import annotations

import re

from quizgen.extractors.text import Sentence, leading_subject, sentence_before
from quizgen.extractors.vocabulary import MODALITIES

__all__ = [
    "ACCURACY_LEAD",
    "accuracy_measure",
    "accuracy_subject",
    "accuracy_test",
    "is_no_test",
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
    if not lead or ACCURACY_LEAD.match(lead):
        return ""
    named = _MODALITY_HEAD.search(lead) or _TEST_HEAD.search(lead)
    return lead if named and len(lead.split()) <= _TEST_WORDS else ""


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
        return item  # "CT shows the target sign, which has a specificity of 90%": not CT's
    if item and MODALITIES.search(item):
        return item
    return test_of(sentence) or test_in_sentence(before) or item or tested


_RELATIVE_HAS = re.compile(
    r"\b(?:which|that)\s(?:has|have|had|carries|carry|shows?|offers?)\b[^,;]*$", re.I
)
