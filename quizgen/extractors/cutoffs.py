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
from collections.abc import Iterator
from dataclasses import dataclass

from quizgen.extractors.text import make_fact, split_label, split_sentences
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section

__all__ = ["extract_cutoffs"]

_NUMBER = (
    r"\d{1,5}(?:[.,]\d{1,3})?(?:\s{0,2}[×x]\s{0,2}10\s{0,2}(?:⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\^?[-−]\d{1,2}))?"
)
_UNIT = (
    r"(?:mm²/s|mm2/s|mm\^2/s|mm|cm|ml|mL|cc|HU|ppm|ms|kPa|m/s|cm/s|mmHg|mg/dL|ng/mL|"
    r"µmol/L|mmol/L|IU/L|U/L|SUV|degrees|°|%|points?)(?![\w²])"
)
_BEFORE = (
    r"(?P<cmp>>|<|≥|≤|=>|=<|greater than|larger than|bigger than|more than|less than|"
    r"smaller than|thinner than|thicker than|wider than|shorter than|longer than|over|under|"
    r"above|below|exceeding|at least|at most|up to|no more than)"
)
_AFTER = r"(?:or (?:more|greater|larger|higher|above|less|smaller|lower|below|fewer))"
_CUTOFF = re.compile(
    rf"{_BEFORE}\s{{0,2}}(?P<n>{_NUMBER})(?:\s{{0,2}}(?:-|–|to)\s{{0,2}}{_NUMBER})?"
    rf"\s{{0,2}}(?P<unit>{_UNIT})?(?:\s{{1,2}}{_AFTER})?"
    rf"|(?P<n2>{_NUMBER})\s{{0,2}}(?P<unit2>{_UNIT})?\s{{1,2}}{_AFTER}",
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
    )
)
_LESIONS = frozenset(
    (
        *("lesion", "tumour", "tumor", "mass", "nodule", "cyst", "nidus", "focus", "polyp"),
        *("aneurysm", "stone", "calculus", "node", "component", "wall", "septum", "rim"),
    )
)
_DIGIT = re.compile(r"\d")
_LENGTH = re.compile(r"^(?:mm|cm)$", re.I)
_WORD = re.compile(r"[A-Za-z][\w/-]*")
_STOP = frozenset(
    (
        *("is", "are", "was", "were", "of", "with", "usually", "typically", "generally"),
        *("often", "normally", "measuring", "measure", "measures", "that", "which", "be"),
        *("and", "or", "a", "an", "the", "in", "for", "if", "when", "than", "having", "has"),
        *("have", "mean", "average", "maximal", "maximum", "minimum", "between", "at"),
    )
)
_CONSEQUENCE = re.compile(
    r"^\s{0,3}(?:[,)]\s{0,3})?(?:(?:in|on|from|of)\s[^,;]{1,40}?\s)?"
    r"(?P<meaning>(?:(?:is|are|was|were)(?!\s(?:(?:very|more|less|most|also|quite)\s)?(?:common|"
    r"rare|uncommon|unusual|frequent|infrequent|seen|present|found|noted|reported)\b)|"
    r"has|have|carries|carry|warrants?|suggests?|indicates?|"
    r"requires?|predicts?|favou?rs?|implies|signifies|defines?|confers?|raises?|increases?|"
    r"should|must|may|can|merits?|suggesting|indicating|implying|favou?ring|warranting|"
    r"requiring|defining)\s[^.;]{3,100})",
    re.I,
)
_DISTANCE = re.compile(
    r"^\s{1,2}(?P<dir>from|to)\s(?P<what>(?:the\s)?[\w -]{3,40}?)"
    r"(?=[,;.]|\s(?:is|are|and|or|in|on|was|were|warrants?|suggests?|indicates?)\b|$)",
    re.I,
)
_GRADE = re.compile(
    r"\b(?P<scale>grade|stage|type|class|category)\s(?P<level>[IVX]{1,4}[a-c]?|\d{1,2}[a-c]?|[A-D])\b"
    r"(?P<between>[^,;.%]{0,40}?)\s{0,2}(?:[:=(]\s{0,2})?(?P<value>(?:~|≈|approximately\s)?\d{1,3}"
    r"(?:\.\d{1,2})?\s{0,2}%)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Cutoff:
    subject: str
    value: str
    meaning: str


def _size_of(phrase: str) -> str:
    """ "Angiomyolipomas" → "angiomyolipoma size" (the measure of a lesion is its size)."""
    words = phrase.split()
    if re.search(r"[a-z]{2}[^su]s$", words[-1]):  # "cysts" → "cyst"; "nidus", "mass" stay
        words[-1] = words[-1][:-1]
    text = " ".join(words)
    return f"{text[:1].lower() + text[1:] if text[1:2].islower() else text} size"


def _subject(before: str, unit: str, lesions: frozenset[str]) -> str:
    """The measure a cut-off belongs to, from the words just before it in its clause, or ""."""
    words = _WORD.findall(re.split(r"[,;:()]", before[-80:])[-1])
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in _STOP:
            if kept:
                break
            continue
        kept.insert(0, word)
        if len(kept) == 3:
            break
    if not kept:
        return ""
    head = kept[-1].lower().rstrip("s") if kept[-1].lower() not in _MEASURES else kept[-1].lower()
    phrase = " ".join(kept)
    if head in _MEASURES or kept[-1].lower() in _MEASURES:
        return phrase
    if (head in lesions or kept[-1].lower() in lesions) and _LENGTH.match(unit):
        return _size_of(phrase)
    return ""


_QUALIFIER = re.compile(
    r"\b(?P<typical>usually|typically|generally|mostly|commonly|often)\b|"
    r"\b(?P<normal>normal(?:ly)?|upper limit|cut-?off|threshold)\b",
    re.I,
)
_GENERIC = frozenset({"score", "value", "level", "measurement", "ratio", "index"})
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


def _meaning(after: str, sentence: str) -> str:
    """What a cut-off means: the clause after it ("warrants surgery"), else "typical" or
    "normal" when the sentence says so, else ""."""
    consequence = _CONSEQUENCE.match(after)
    if consequence:
        return consequence.group("meaning").strip()
    qualifier = _QUALIFIER.search(sentence)
    if not qualifier:
        return ""
    return "typical" if qualifier.group("typical") else "normal"


def _cutoffs(text: str, earlier: str, lesions: frozenset[str]) -> Iterator[_Cutoff]:
    for match in _CUTOFF.finditer(text):
        unit = match.group("unit") or match.group("unit2") or ""
        is_score = unit.lower().startswith("point")
        before = text[: match.start()]
        if not unit:
            if not re.search(r"\bscores?\s(?:of\s)?$", before[-20:], re.I):
                continue
            is_score = True
        if unit == "%" and not re.search(
            r"\b(?:washout|stenosis|fraction|necrosis|reduction|increase)\s{1,2}(?:of\s)?$",
            before[-30:],
            re.I,
        ):
            continue  # "more than 50% of patients" is a share, not a cut-off
        subject = _subject(before, unit, lesions) if not is_score else _score_subject(before)
        if subject.lower().removeprefix("a ").removeprefix("the ") in _GENERIC or (
            is_score and not subject
        ):
            subject = _score_name(earlier, before)
        after = text[match.end() :]
        distance = _DISTANCE.match(after)
        if distance and _LENGTH.match(unit):
            subject = f"distance {distance.group('dir')} {distance.group('what').strip()}"
            after = after[distance.end() :]
        meaning = _meaning(after, text)
        if subject and meaning:  # a bare size in a criteria list says nothing on its own
            yield _Cutoff(subject, match.group(0).strip(), meaning)


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


def _grades(text: str) -> list[_Cutoff]:
    """ "recurrence after a grade I resection 9%, grade II 19%": one per grade (two or more)."""
    if "%" not in text:
        return []
    matches = list(_GRADE.finditer(text))
    if len(matches) < 2:
        return []
    first = matches[0]
    lead = re.split(r"[,;:(]", text[: first.start()])[-1]
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


def _texts(section: Section) -> Iterator[tuple[str, str]]:
    """(sentence, the paragraph's text before it) for paragraphs and list items."""

    def items(entries: tuple[ListItem, ...]) -> Iterator[tuple[str, str]]:
        for entry in entries:
            if not split_label(entry.text)[1]:
                yield entry.text, ""
            yield from items(entry.children)

    for block in section.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            sentences = split_sentences(block.text)
            for index, sentence in enumerate(sentences):
                yield sentence, " ".join(sentences[:index])
        elif block.kind is BlockKind.LIST:
            yield from items(block.items)


def extract_cutoffs(article: Article, read: set[str] | None = None) -> Iterator[Fact]:
    """Cut-offs, sizes, spectroscopy peaks and per-grade outcomes; every sentence that gave
    a fact is added to ``read``."""
    title_heads = {
        n.split()[-1].lower().rstrip("s") for n in (article.title, *article.synonyms) if n.split()
    }
    lesions = _LESIONS | title_heads
    for section in article.sections:
        for sentence, earlier in _texts(section):
            if not _DIGIT.search(sentence):
                continue
            found = [*_grades(sentence), *_peaks(sentence)]
            if not found:
                found = list(_cutoffs(sentence, earlier, lesions))
            if found and read is not None:
                read.add(sentence)
            for cutoff in found:
                yield make_fact(
                    FactKind.THRESHOLD,
                    article,
                    section,
                    sentence,
                    key=(cutoff.subject, cutoff.meaning or cutoff.value),
                    subject=cutoff.subject,
                    value=cutoff.value,
                    attribute=cutoff.meaning,
                    statement=sentence,
                )
