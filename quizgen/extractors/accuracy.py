"""Test performance figures in prose: whose sensitivity, specificity, accuracy or predictive
value a percentage is ("The sensitivity of CT is 65-88%", "CT angiography offers sensitivity
and specificity above 90%"). A disease has no sensitivity; a test, sign or criterion has, for
the condition it detects, so such a figure's subject is "<test> for <condition>"."""

from __future__ import annotations

import re

from quizgen.extractors.vocabulary import MODALITIES

__all__ = [
    "accuracy_measure",
    "accuracy_subject",
    "is_no_test",
    "test_in_measure",
    "test_in_sentence",
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
_TEST_NOUN = re.compile(
    r"(?<![\w-])(?:tests?|assays?|scans?|study|studies|examinations?|sequences?|imaging|"
    r"biops(?:y|ies)|enemas?|swallow|PCR|scintigraphy|elastography|\w+graphy|\w+scopy|films?|"
    r"signs?|criteria|"
    r"scores?|systems?|rules?)$",
    re.I,
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
    r"(?P<test>[A-Za-z0-9][\w/+-]*(?:\s[\w/+-]+){0,4}?)\s(?:has|have|had|offers|shows)\s"
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
