"""How long a finding takes to resolve, improve or peak: "perigraft fluid usually resolves
within 3 months", "Most stenoses improve or recanalise within 3-6 months", "the
hypertrophy resolves by 3-4 years", "The pain usually peaks within 1-2 months".

The measure is the time to what the verb names, of the thing named right before it when
there is one ("time to resolution of perigraft fluid"); a bare "usually resolve within 30
days" is the article's own course. Only a finite verb counts: a participle ("organ failure
resolving within 48 hours") is part of a definition, an infinitive ("failure to improve
after 48 hours") a criterion of another kind, and a relative ("which resolves within 20
minutes") is about the noun before it, not the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_owners import label_owner
from quizgen.extractors.cutoff_shapes import Cutoff, Text

# What each verb's course reaches (a "settling" illness is one that resolves).
_REACHED = {
    "resolve": "resolution",
    "settle": "resolution",
    "subside": "resolution",
    "disappear": "resolution",
    "regress": "regression",
    "improve": "improvement",
    "recanalise": "recanalisation",
    "recanalize": "recanalisation",
    "heal": "healing",
    "normalise": "normalisation",
    "normalize": "normalisation",
    "peak": "peak",
}
_VERB = rf"(?:{'|'.join(_REACHED)})(?:s|es)?"
_ADVERB = (
    r"(?:usually|typically|generally|often|commonly|normally|frequently|mostly|"
    r"spontaneously|completely|gradually|fully)"
)
_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_COURSE = re.compile(
    r"(?:^|(?<=\s))"
    r"(?P<before>(?:[A-Za-z][\w-]{0,25}\s){0,3}?)"
    rf"(?:{_ADVERB}\s)?"
    rf"(?P<verb>{_VERB})(?:\s(?:or|and)\s(?P<verb2>{_VERB}))?"
    rf"(?:\s{_ADVERB})?"
    r"\s(?P<value>(?:within|by|in|over)\s(?:(?:about|approximately|around|roughly)\s)?"
    rf"{_NUMBER}(?:\s{{0,2}}(?:-|–|to)\s{{0,2}}{_NUMBER})?"
    r"\s(?:minutes|hours|days|weeks|months|years)"
    # "within 6 months to 2 years": a range across units
    rf"(?:\s(?:to|-|–)\s{_NUMBER}\s(?:days|weeks|months|years))?)\b"
    # "resolves by 2 years of age" is an age, not a time to resolve
    r"(?!\s(?:of\s(?:age|life)|old)\b)",
    re.I,
)
# Words before the verb that make it no finite verb of a plain subject: a relative, an
# infinitive's "to", a modal ("may resolve" is a possibility, not the usual course).
_NOT_FINITE = re.compile(
    r"\b(?:which|that|who|to|may|might|can|could|will|would|should|must|not|rarely|never)\s"
    rf"(?:{_ADVERB}\s)?$",
    re.I,
)
# Words that end a clause before the verb: its subject is further back ("is self-limiting
# and usually settles"), so the words before the verb name nothing that resolves.
_CLAUSE = frozenset(
    (
        "and",
        "but",
        "or",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "been",
        "then",
        "while",
        "although",
        "when",
        "if",
        "once",
        "until",
    )
)
_RELATIVE = re.compile(r"\b(?:which|that|who|whose)\b", re.I)
# Words that stand for the article's own finding, naming nothing of their own.
_BARE = frozenset(
    (
        "most",
        "many",
        "some",
        "all",
        "it",
        "they",
        "these",
        "this",
        "cases",
        "case",
        "lesions",
        "lesion",
        "patients",
        "majority",
        "the",
        "a",
        "an",
        "and",
        "but",
        "usually",
        "typically",
        "generally",
        "often",
        "then",
        "finally",
        "lesion",
    )
)


def _stem(verb: str) -> str:
    verb = verb.lower()
    for stem in _REACHED:
        if verb in (stem, f"{stem}s", f"{stem}es", f"{stem}d"):
            return stem
    return verb


def _holder(before: str) -> str:
    """The thing that resolves, from the words before the verb ("" when they name none)."""
    if any(w.lower() in _CLAUSE for w in before.split()):
        return ""
    words = before.split()
    if not words or words[-1].lower() in _BARE:
        return ""  # "Most cases resolve", "pubertal cases regress": the article's own course
    words = [w for w in words if w.lower() not in _BARE]
    if not words or any(not w.isalpha() and "-" not in w for w in words):
        return ""
    return " ".join(words).lower()


def course_cutoffs(t: Text) -> Iterator[Cutoff]:
    """The time a finding or illness takes to resolve, improve or peak."""
    for match in _COURSE.finditer(t.text):
        lead = t.text[: match.start("verb")]
        clause = re.split(r"[,;:(]", lead)[-1]
        if _NOT_FINITE.search(lead) or _RELATIVE.search(clause):
            continue  # "bowing, which is symmetrical and resolves by …": the bowing's
        reached = _REACHED[_stem(match.group("verb"))]
        if match.group("verb2"):
            reached = f"{reached} or {_REACHED[_stem(match.group('verb2'))]}"
        holder = _holder(match.group("before"))
        measure = f"time to {reached}" + (f" of {holder}" if holder else "")
        # "reversible vasoconstriction: stenoses resolve within 3 months": the entry's own
        yield Cutoff(measure, match.group("value"), "", label_owner(t.label, ""))
