"""Cut-offs written without a measure named before their figure: a count taken from a set of
criteria ("three or more of the following features indicate …"), a level compared with a reference
organ ("uptake greater than that of the spleen favours …"), and the time of exposure after
which a condition appears ("develops after more than 15 years of dialysis")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_meanings import meaning_after, prior_meaning
from quizgen.extractors.cutoff_shapes import STOP, Cutoff, Text

__all__ = [
    "MAY_HOLD",
    "count_meaning",
    "diagnosed_condition",
    "onset_cutoffs",
    "reference_cutoffs",
    "set_count_cutoffs",
]


_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A count taken from a set ("three or more of the following features", "at least two of the
# following criteria", "two of the following three features", "at least one of five
# risk factors"): the number of the set's members a diagnosis or a class needs. Not "of these
# features": the set is written elsewhere, and a card could not say which.
_SET_COUNT = re.compile(
    rf"\b(?P<value>(?:(?:at\sleast|more\sthan|fewer\sthan|less\sthan|at\smost)\s{_NUMBER_WORD}"
    rf"|{_NUMBER_WORD}\sor\s(?:more|fewer)|(?<=requires\s){_NUMBER_WORD}|(?<=require\s)"
    rf"{_NUMBER_WORD})\sof\s(?!(?:these|those)\b)(?:the\s)?(?:following\s)?(?:{_NUMBER_WORD}\s)?)"
    r"(?P<noun>(?:[a-z][\w-]{1,20}\s){0,2}?(?:criteria|features|findings|signs|"
    r"characteristics|factors|items|components|abnormalities))\b",
    re.I,
)
# "A definite diagnosis requires", "the Lyon criteria require": what the count is needed
# for, named right before the verb (not a pronoun or a relative: "which requires").
_NEEDED_FOR = re.compile(
    r"(?:^|[,;:]\s)(?:(?:an?|the)\s)?(?P<what>(?!(?:it|this|they|these|which|that)\b)"
    r"[A-Za-z][\w-]{1,25}"
    r"(?:\s[\w()-]{1,25}){0,5}?)\s(?:requires?|needs?)\s$",
    re.I,
)


# "The diagnosis of Alport syndrome rests on four criteria (…): three or more …": the counts are
# the named condition's criteria, not the article's.
_DIAGNOSIS_OF = re.compile(
    r"^(?:the\s)?(?:(?:definite|clinical|formal)\s)?diagnosis\sof\s(?P<what>[A-Za-z][\w-]{1,30}"
    r"(?:\s[\w-]{1,30}){0,4}?)\s(?:rests|is\sbased|relies|depends|requires)\b",
    re.I,
)
# "make the diagnosis definite and two make it possible": a second count's clause is no part
# of the first's meaning
_NEXT_COUNT = re.compile(rf"\s(?:and|or|whereas|while|but)\s(?={_NUMBER_WORD}\b)", re.I)


def diagnosed_condition(text: str) -> str:
    """The condition a sentence opens by saying the diagnosis of ("The diagnosis of X rests
    on …"), else ""."""
    match = _DIAGNOSIS_OF.match(text)
    return match.group("what") if match else ""


def count_meaning(meaning: str) -> str:
    return _NEXT_COUNT.split(meaning)[0].strip()


_RULE_SET = re.compile(r"(?:criteria|guidelines?|definition|system|classification)$", re.I)


def _needed_for(before: str) -> str:
    """'required for definite diagnosis' ("A definite diagnosis requires …"), 'required by
    the Lyon criteria' ("The Lyon criteria require …"), else ""."""
    needed = _NEEDED_FOR.search(before[-120:])
    if not needed:
        return ""
    what = needed.group("what")
    if needed.start("what") == 0 and what[1:2].islower():
        what = what[:1].lower() + what[1:]  # "Diagnosis requires": a common noun
    if _RULE_SET.search(what):
        article = "the " if needed.group(0).lower().lstrip(",;: ").startswith("the ") else ""
        return f"required by {article}{what}"
    return f"required for {what}"


def set_count_cutoffs(t: Text) -> Iterator[Cutoff]:
    """A count of a set's members with what it means: the clause after it ("… indicate an
    aggressive lesion"), else what requires it ("A definite diagnosis requires two of …")."""
    for match in _SET_COUNT.finditer(t.text):
        noun = " ".join(w for w in match.group("noun").split() if w.lower() not in STOP)
        before, after = t.text[: match.start()], t.text[match.end() :]
        meaning = meaning_after(after, before)
        if meaning in ("", "typical"):
            meaning = _needed_for(before)
        # "… suggest an oncocytoma:" before its list: the colon is no part of the meaning
        meaning = (meaning or prior_meaning(before)).rstrip(" :")
        if noun and meaning:
            value = f"{match.group('value')}{match.group('noun')}".strip()
            yield Cutoff(
                f"number of {noun.lower()}",
                value,
                count_meaning(meaning),
                diagnosed_condition(t.text),
            )


# What a reference organ's level is compared for: uptake, signal, attenuation …
_LEVEL = (
    r"(?:uptake|avidity|activity|signal(?:\sintensity)?|intensity|enhancement|attenuation|"
    r"density|echogenicity|stiffness)"
)
# "FDG uptake greater than that of the spleen", "uptake on bone scintigraphy higher than the
# contralateral side", "signal intensity lower than muscle": a level bounded by another's.
_REFERENCE = re.compile(
    r"(?P<pre>(?:[A-Za-z][\w-]{1,20}\s){0,2}?)(?P<measure>" + _LEVEL + r"(?:\s(?:on|at)\s"
    r"(?:[A-Za-z][\w-]{1,20}\s){0,2}?[A-Za-z][\w-]{1,20})?)\s(?P<cmp>(?:greater|higher|lower|less|brighter|"
    r"denser|more\sintense)\sthan\s(?:(?:that|those)\sof\s)?(?:the\s)?)"
    r"(?P<ref>[a-z][\w-]{1,25}(?:\s[a-z][\w-]{1,25}){0,4})",
    re.I,
)


# What a sentence without a figure must hold to give one of these cut-offs.
MAY_HOLD = re.compile(
    r"\bthan\s|\bof\s(?:the\s)?(?:following\s)?(?:[a-z][\w-]{1,20}\s){0,3}?"
    r"(?:criteria|features|findings|signs|characteristics|factors|items|components|"
    r"abnormalities)\b",
    re.I,
)


def reference_cutoffs(t: Text) -> Iterator[Cutoff]:
    """A level bounded by a reference tissue's, only with what it means written after it
    ("… favours malignancy", "… is regarded as significant"); the reference ends where the
    meaning starts."""
    start = 0
    while (match := _REFERENCE.search(t.text, start)) is not None:
        # a failed reference may hold the next level ("higher than the blood pool and uptake
        # greater than spleen suggests …"): the search goes on from the reference
        start = match.start("ref")
        words = match.group("ref").split()
        for count in range(1, len(words) + 1):
            ref_end = match.start("ref") + len(" ".join(words[:count]))
            meaning = meaning_after(t.text[ref_end:], t.text[: match.start()], comma=False)
            if meaning and meaning not in ("typical", "normal", "limit", "by definition"):
                # "FDG uptake", not "pool and uptake": the words before the level up to a
                # conjunction or an article name it
                pre: list[str] = []
                for word in reversed(match.group("pre").split()):
                    if word.lower() in STOP:
                        break
                    pre.insert(0, word)
                words = [w if w.isupper() else w.lower() for w in (*pre, match.group("measure"))]
                value = t.text[match.start("cmp") : ref_end]
                yield Cutoff(" ".join(words), value, meaning)
                start = ref_end
                break


# "appears after more than 15 years of dialysis", "develops after 3-5 years of heavier use",
# "after a latent period of more than 10 years": the time after which a condition appears,
# with what the time is spent on (else the latent period itself).
_TIME = r"(?:years|months|weeks|days|hours)"
_ONSET = re.compile(
    r"\b(?:appears?|appearing|develops?|developing|occurs?|occurring|arises?|arising|"
    r"manifests?|emerges?|presents?)\s(?:(?:usually|typically|generally|only|mostly)\s)?"
    r"(?:after|following)\s(?:an?\s)?"
    r"(?:(?P<latent>(?:latent|latency|induction|incubation)\s(?:period|interval))\sof\s)?"
    r"(?P<value>(?:(?:more|less)\sthan\s|over\s|at\sleast\s|about\s|approximately\s)?"
    rf"\d{{1,3}}(?:\s?(?:-|–|to)\s?\d{{1,3}})?\s{_TIME})"
    r"(?(latent)|\sof\s(?P<what>(?:[a-z][\w-]{1,20}\s){0,2}[a-z][\w-]{2,25}))"
    r"(?=[,;.)]|$|\s(?:and|or|but|in|on|at|with|which|that|is|are)\b)",
    re.I,
)
# "of heavier use": a degree of what is spent says how much, not what
_DEGREE = frozenset(("heavy", "heavier", "intense", "continuous", "regular", "chronic", "low-dose"))


def onset_cutoffs(t: Text) -> Iterator[Cutoff]:
    """The time after which a condition appears, its meaning "onset"."""
    for match in _ONSET.finditer(t.text):
        if match.group("latent"):
            measure = match.group("latent").lower()
        else:
            what = [w for w in match.group("what").split() if w.lower() not in STOP | _DEGREE]
            if not what:
                continue
            measure = f"duration of {' '.join(what).lower()}"
        yield Cutoff(measure, match.group("value"), "onset")
