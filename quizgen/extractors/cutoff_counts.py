"""Counts ("three or more nodules"), typical ranges and spectroscopy peaks as cut-offs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.cutoff_criteria import count_meaning, diagnosed_condition
from quizgen.extractors.cutoff_meanings import meaning_after
from quizgen.extractors.cutoff_measures import DIMENSION_NOUN
from quizgen.extractors.cutoff_shapes import NUMBER, STOP, WHOLE, Cutoff, Names, Text, is_measure
from quizgen.normalize import singular

__all__ = [
    "COUNT_WORD",
    "bracketed_ranges",
    "count_cutoffs",
    "duration_cutoffs",
    "peak_cutoffs",
    "typical_ranges",
]


_PEAK = re.compile(
    rf"(?P<what>(?:[A-Za-z][\w-]{{1,20}}\s){{0,2}}?)(?:doublet\s|inverted\s)?"
    rf"(?:peak|resonance)s?\s(?:at|of)\s(?P<value>{NUMBER}(?:\s{{0,2}}(?:-|–|and)\s{{0,2}}"
    rf"{NUMBER})?\s{{0,2}}ppm)",
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
COUNT_WORD = re.compile(
    r"\b(?:fewer|more|less|least|most)\b.{0,12}\b(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\sor\s(?:more|fewer|less)\b",
    re.I,
)
_COUNT = re.compile(
    r"(?:(?P<cmp>fewer than|more than|less than|at least|at most|no more than|over|under)\s"
    rf"(?P<n>{_NUMBER_WORDS})|(?P<n2>{_NUMBER_WORDS})\s(?P<after>or (?:more|fewer|less)))"
    # a Latin plural counts as one: "three or more foci", "four vertebrae" ("criteria" is
    # left out: the named criteria counted are another thing's more often than the page's)
    r"(?:\s(?P<noun>(?:[a-z][\w-]{1,20}\s){0,2}?(?:[a-z][\w-]{1,20}s|vertebrae|foci|bronchi|"
    r"septa|calculi|nuclei|diverticula)\b"
    # where they are counted changes the criterion: "in each kidney" is not "in total"
    r"(?:\s(?:in|per|on)\s(?:total|(?:each|both|either|one|a|the)\s[a-z-]{2,20}))?))",
    re.I,
)


_UNIT_WORD = re.compile(r"(?:mm|cm|ml|mg|g|kg|hu|kpa|ms|mmhg|gy|iu|u)\b", re.I)


def count_cutoffs(t: Text) -> Iterator[Cutoff]:
    """ "three or more cysts in each kidney are diagnostic": a count criterion, with what it
    means (else nothing)."""
    for match in _COUNT.finditer(t.text):
        noun = (match.group("noun") or "").lower()
        if noun.split()[-1] in _NOT_COUNTED or noun.split()[0] in STOP:
            continue
        if _UNIT_WORD.match(noun):
            continue  # "more than 4 cm polyps": a size with its unit, no count of polyps
        measure = f"number of {noun}"
        meaning = meaning_after(t.text[match.end() :], t.text[: match.start()])
        if meaning and meaning != "typical":
            owner = diagnosed_condition(t.text)
            yield Cutoff(measure, _count_value(match), count_meaning(meaning), owner)


def _count_value(match: re.Match[str]) -> str:
    if match.group("n2"):
        return f"{match.group('n2')} {match.group('after')}".lower()
    return f"{match.group('cmp')} {match.group('n')}".lower()


# "typically measures 3-5 cm in diameter", "are usually 2-4 cm": a typical size as a range
# (a distance "3-5 cm from the verge" is no size).
_TYPICAL_RANGE = re.compile(
    r"\b(?:usually|typically|generally|commonly|often|mostly|normally|"
    # "Most measure 5-25 mm", "Most are 2-4 cm", "the majority being between 1 and 3 cm"
    r"(?<![\w,] )most(?=\smeasure)|(?<![\w,] )most\sare(?=\s(?:about|approximately|around|"
    r"between|\d))|the\smajority\s(?:being|are|measure)"
    # a plain statement of what they measure: "The microliths measure 0.01 to 3 mm", "Cysts
    # are thin-walled and measure 1-3 cm" (one lesion that "measures 3-5 cm" may be one
    # patient's: only "each" generalises it)
    r"|(?<=[a-z]s\s)(?P<plain>measure)(?=\s)|(?<=[a-z]\sand\s)measure(?=\s)"
    r"|(?<=[a-z]\s)(?P<each>measures)(?=\s))"
    r"\s(?:measur(?:e|es|ing)\s)?"
    r"(?:(?:about|approximately|around)\s)?"
    # "between 2 and 4 cm" keeps its "between": "2 and 4 cm" is no range a reader knows
    r"(?P<value>(?:between\s)?\d{1,4}(?:\.\d{1,2})?\s{0,2}(?:-|–|to|and)\s{0,2}\d{1,4}(?:\.\d{1,2})?\s{0,2}"
    r"(?:mm|cm))\b(?!\s(?:from|away|below|above|distal|proximal|beyond|of|deep|in\sfrom)\b)"
    # "commonly 40-100 cm/s": a velocity, not a size in centimetres
    r"(?!\s{0,2}/\s{0,2}(?:s|sec|second|min|minute|h|hr|hour)\b)"
    r"(?:\s(?P<dim>long|wide|thick|deep|tall|across|in\s(?:diameter|length|size|thickness|"
    r"width|depth|height)\b))?"
    # "cysts grow slowly (typically 1-5 cm per year)": a rate of growth, not a size
    r"(?P<rate>\s{1,2}(?:per|a)\s{1,2}(?:year|month|week|day)\b|\s{0,2}/\s{0,2}(?:year|yr|month)\b)?",
    re.I,
)


# The subject of a plain "measure(s)": "The microliths", "Each calculus".
_MEASURED_THING = re.compile(
    r"^(?:the|each|these|its|their)\s(?:[a-z][\w-]{1,25}\s)?(?P<noun>[a-z][\w-]{2,25})\s$", re.I
)


def typical_ranges(t: Text, names: Names) -> Iterator[Cutoff]:
    for match in _TYPICAL_RANGE.finditer(t.text):
        if ":" in t.text[: match.start()]:
            continue  # "honeycombing: cystic airspaces, typically 3-10 mm": the label's size
        dim = (match.group("dim") or "").lower()
        measure = DIMENSION_NOUN.get(dim, dim.removeprefix("in ")) or "size"
        thing = _MEASURED_THING.match(t.text[: match.start()])
        if match.group("each") and not (thing and thing.group(0).lower().startswith("each ")):
            continue
        noun = singular(thing.group("noun").lower()) if thing else ""
        if noun and noun not in names.own | WHOLE and noun.rstrip("s") not in names.own:
            measure = f"{noun} {measure}"  # "The microliths measure 0.01-3 mm": their size
        if match.group("rate"):
            measure = "growth rate"
            yield Cutoff(measure, f"{match.group('value')}{match.group('rate')}", "typical")
            continue
        yield Cutoff(measure, match.group("value"), "typical")


# A range in brackets right after the measure it gives, or after that measure's own cut-off:
# "fluid attenuation (0-20 HU)", "an acromiohumeral distance of less than 7 mm (normal
# 7-14 mm)". What the bracket says of it ("normal", "typically") is its meaning.
_RANGE_UNIT = r"(?:HU|mm|cm|mL|ml|kPa|ms|mmHg|°|degrees|cm/s|m/s)"
_BRACKETED_RANGE = re.compile(
    r"(?P<measure>(?:[A-Za-z][\w-]{1,25}\s){0,2}[A-Za-z][\w-]{1,25})"
    # the measure's own cut-off: a comparator and a figure, nothing else ("the level of the
    # duodenum measures 6 mm" names no measure of 6 mm)
    r"(?P<cutoff>\sof\s(?:(?:less|more|greater)\sthan\s|at\s(?:least|most)\s|up\sto\s|"
    rf"about\s|[<>≤≥]\s?)?\d{{1,4}}(?:\.\d{{1,2}})?\s{{0,2}}{_RANGE_UNIT})?\s{{1,2}}"
    r"\((?:(?P<said>normal|normally|typically|usually)\s{1,2})?"
    rf"(?P<value>[-−]?\d{{1,4}}(?:\.\d{{1,2}})?\s{{0,2}}(?:-|–|to)\s{{0,2}}[-−+]?\d{{1,4}}"
    rf"(?:\.\d{{1,2}})?\s{{0,2}}{_RANGE_UNIT})\)",
    re.I,
)
# What a finding says of its measure, no part of the measure's name.
_FINDING_WORDS = frozenset(("high", "low", "increased", "decreased", "reduced", "raised"))
_SAID = {"normal": "normal", "normally": "normal", "typically": "typical", "usually": "typical"}


def bracketed_ranges(t: Text) -> Iterator[Cutoff]:
    """Ranges in brackets after a measure ("fluid attenuation (0-20 HU)"); a range after a
    measure's cut-off must say it is the normal one ("… of less than 7 mm (normal 7-14
    mm)")."""
    for match in _BRACKETED_RANGE.finditer(t.text):
        words = [w for w in match.group("measure").split() if w.lower() not in STOP]
        while len(words) > 1 and words[0].lower() in _FINDING_WORDS:
            words.pop(0)  # "high attenuation (typically 60-70 HU)": the measure is attenuation
        # "fluid-attenuation (10-25 HU)": a hyphened measure ends on its measure word
        if not words or not is_measure(words[-1].split("-")[-1]):
            continue
        said = _SAID.get((match.group("said") or "").lower(), "")
        if match.group("cutoff") and said != "normal":
            continue
        yield Cutoff(" ".join(words).replace("-", " "), match.group("value"), said)


def peak_cutoffs(text: str) -> Iterator[Cutoff]:
    if "ppm" not in text:
        return
    for match in _PEAK.finditer(text):
        what = match.group("what").strip()
        what = re.sub(r"^(?:an?|the|shows?|with)\s", "", what, flags=re.I).strip()
        if what:
            yield Cutoff(f"{what} peak", match.group("value"), "MR spectroscopy")


# A duration named as one, with its bound: "a clinical course of less than 4 weeks",
# "symptoms for more than 72 hours" is not read (a treatment "for" a time is no criterion),
# "neutropenia lasting more than 10 days", "morning stiffness lasting over 30 minutes".
_DURATION = re.compile(
    r"(?:(?P<named>\b(?:(?:clinical|symptom|disease)\s)?(?:duration|course|history)"
    r"(?:\sof\s(?:the\s)?[a-z][\w-]{2,25}(?:\s[a-z][\w-]{2,25})?)?"
    # a time named as one: "a calcitonin doubling time of less than 6 months", "a
    # symptom-free interval of over 2 years" (a latent period is an onset: onset_cutoffs)
    r"|(?:[a-z][\w-]{2,25}\s)?(?:doubling\stime|(?<=-free\s)interval))"
    r"\s(?:of|lasting)"
    r"|\b(?P<what>[a-z][\w-]{2,25}(?:\s[a-z][\w-]{2,25})?)\s(?:lasting|lasts|persisting|persists)"
    # "echogenicity persisting for more than 7 days", "hyponatraemia that is present for
    # more than 48 hours", "symptoms for more than 72 hours", "had diabetes for more than
    # ten years": a state or complaint that has lasted (not a treatment given "for" a time,
    # nor one patient's "had pain for more than 3 days")
    r"(?:\sfor)?"
    r"|\b(?P<held>[a-z][\w-]{2,25})\s(?:that|which)\s(?:is|are|has\sbeen|have\sbeen)\spresent\sfor"
    r"|\b(?P<complaint>symptoms)\s(?:(?:present|persisting)\s)?for"
    r"|\b(?:has|have)\shad\s(?P<had>[a-z][\w-]{2,25})\sfor)"
    r"\s(?P<value>(?:more|less|longer|shorter)\sthan|over|under|at\sleast|up\sto)"
    r"\s(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"\s(?:minutes|hours|days|weeks|months|years|(?<=\s1\s)(?:minute|hour|day|week|month|year))\b",
    re.I,
)


def duration_cutoffs(t: Text) -> Iterator[Cutoff]:
    """A bounded duration of a named course or of a symptom that lasts, as a criterion of
    what the sentence or list is about; its meaning is what follows, else none."""
    for match in _DURATION.finditer(t.text):
        # "when neutropenia lasts": the clause's conjunction names nothing
        held = match.group("held") or match.group("complaint") or match.group("had") or ""
        what = " ".join(w for w in (match.group("what") or held).split() if w.lower() not in STOP)
        measure = (match.group("named") or (f"duration of {what}" if what else "")).lower()
        value = t.text[match.start("value") : match.end()]
        meaning = meaning_after(t.text[match.end() :], t.text[: match.start()])
        if measure and (meaning or " " in measure):  # a bare "duration" of what?
            yield Cutoff(measure, value, meaning)
