"""Classes labelled and defined one after another in a sentence, for the classification
extractor: "grade 1 (5-10 microliths), grade 2 (10-20 microliths) and grade 3 (…)", "grade I
is less than 3.5 cm, grade II is 3.5-6 cm …", "stage 1 is X, stage 2 a Y, …". Each label's
segment runs to the next label; what opens it (a bracket, a copula, a verb of showing or a
phrase of place, see ``class_label_verbs``) says what the class is. Grammar only.
"""

from __future__ import annotations

import re

from quizgen.extractors.class_label_verbs import definition_start

__all__ = ["DIGIT", "FINITE_OR_RELATIVE", "closing", "inline_labelled"]

DIGIT = re.compile(r"\d")
FINITE_OR_RELATIVE = re.compile(r"\b(?:is|are|was|were|has|have|which|that)\b", re.I)


def closing(text: str) -> int:
    """Where the bracket that ``text`` is inside of closes (the end when it never does)."""
    depth = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return index
            depth -= 1
    return len(text)


# A class label in running prose: "grade 1", "stage IIb", "type 2" (the same word labels
# every class of one scheme).
_INLINE_LABEL = re.compile(
    r"(?<![\w-])(?P<word>grade|stage|type|class|category|group)\s"
    r"(?P<code>[0-9]{1,2}[a-c]?|[IVX]{1,4}[a-c]?|(?-i:[A-E]))(?![\w-])",
    re.I,
)
MAX_INLINE_CLASSES = 10
MAX_INLINE_VALUE = 160
# What follows a label and says what the class is: "(5-10 microliths)", "is less than 3.5 cm",
# ": pseudoaneurysm", or, after an earlier "is", a gapped "a partially detached fragment".
_LABEL_COPULA = re.compile(r"^\s(?:is|are|being|=|means|denotes|indicates)\s|^:\s", re.I)
_RUN_SEPARATOR = re.compile(r"(?:,?\s(?:and|or)|[,;])\s?$")
_TRAILING_JOIN = re.compile(r"\s?[;,]?\s?(?:(?:and|or)\s?)?$")
_RUN_STOP = re.compile(r"[;.](?:\s|$)|,\s(?:but|although|though|whereas|which|while)\s")
_CITATION = re.compile(r"\s[0-9]{1,2}(?:,[0-9]{1,2}){0,3}$")
# A name just before a label ("HHT type 1", "WHO grade 2"): the classes of another scheme.
_NAMED_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w-]*\s$")


def _label_value(segment: str, *, last: bool, gapped: bool) -> tuple[str, bool]:
    """What a class label's segment says the class is, and whether it used a copula ("")."""
    if segment.startswith(" ("):
        inner = segment[2:]
        value = inner[: closing(inner)].strip()
        head, colon, _ = value.partition(": ")
        # "moderate: e.g. WCC above …": the class's name before its long gloss
        return (head if colon and len(head.split()) <= 3 else value), False
    copula = _LABEL_COPULA.match(segment)
    # "type 1 shows X", "stage 1 at the insertion": a verb or a place opens it too
    start = copula.end() if copula else definition_start(segment)
    if start < 0 and not gapped:
        return "", False
    value = segment[start:] if start >= 0 else segment
    # "grade 1 is X; grade 2 is Y", "…; and grade 3 …": a separator, not a break
    value = _TRAILING_JOIN.sub("", value)
    stop = _RUN_STOP.search(value)
    if stop and not last:
        return "", False  # a clause breaks the run ("grade 1 is X, whereas grade 2 …")
    value = value[: stop.start()] if stop else value
    value = _RUN_SEPARATOR.sub("", value).strip()
    if _NOT_A_MEANING.match(value) or (start < 0 and FINITE_OR_RELATIVE.search(value)):
        # "Group 4 is therefore the most common", "group 3 tumours are …": a claim about
        # the class, not what it is
        return "", False
    if not DIGIT.search(_CITATION.sub("", value)):
        value = _CITATION.sub("", value)  # a reference number after the last class
    return value, start >= 0


_NOT_A_MEANING = re.compile(
    r"^(?:therefore|thus|hence|also|however|usually|often|typically|generally|commonly|rarely|"
    r"the\s(?:most|least|commonest|rarest)|not)\b",
    re.I,
)
# After the last bracketed class, a content word means the labels modify a noun ("type I
# (IgE-mediated) and type III (…) hypersensitivity reactions"): classes of that noun, not of
# the subject.
_PREMODIFIES = re.compile(
    r"^\)\s(?!(?:per|in|on|at|of|with|for|from|by|and|or|but|respectively|is|are|was|were|"
    r"has|have|may|can|which|that|whereas|while)\b)[a-z]"
)


def _one_scheme_run(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether the labels are two or more classes of one scheme, not of another named one
    ("HHT type 1"), nor a range's two ends ("from group I (…) to group IV (…)")."""
    return (
        2 <= len(matches) <= MAX_INLINE_CLASSES
        and len({m["word"].lower() for m in matches}) == 1
        and len({m["code"] for m in matches}) >= 2
        and not any(_NAMED_BEFORE.search(text[: m.start()]) for m in matches)
        and not re.search(r"\bfrom\s$", text[: matches[0].start()])
        # "… caused by a disc (type 1a)": a label alone in brackets names what comes before
        # it ("(type 1 being X, type 2 Y)" is a run in brackets)
        and not any(
            text[: m.start()].endswith("(") and text[m.end() :].lstrip().startswith(")")
            for m in matches
        )
    )


def inline_labelled(text: str) -> list[tuple[str, str]]:
    """ "grade 1 (5-10 microliths), grade 2 (10-20 microliths) and grade 3 (…)", "grade I is
    less than 3.5 cm, grade II is 3.5-6 cm …", "stage 1 is X, stage 2 a Y, …": each class's
    label and what defines it; [] unless two or more classes of one label word are defined."""
    matches = list(_INLINE_LABEL.finditer(text))
    if not _one_scheme_run(text, matches):
        return []
    found: list[tuple[str, str]] = []
    gapped = False
    # a run that opens in brackets ends where they close
    end = len(text)
    if text[: matches[0].start()].endswith("("):
        end = matches[0].start() + closing(text[matches[0].start() :])
    for index, match in enumerate(matches):
        last = index == len(matches) - 1
        segment = text[match.end() : end if last else matches[index + 1].start()]
        if (
            last
            and segment.startswith(" (")
            and _PREMODIFIES.match(segment[2:][closing(segment[2:]) :])
        ):
            return []
        value, used_copula = _label_value(segment, last=last, gapped=gapped)
        gapped = gapped or used_copula
        if not value or len(value) > MAX_INLINE_VALUE:
            return []
        found.append((match.group(0), value))
    return found
