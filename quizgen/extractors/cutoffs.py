"""Cut-offs and sizes stated in prose, and outcomes listed per grade.

"Tumours larger than 4 cm warrant embolisation", "the nidus is usually < 1.5 cm", "an ADC
below 1.0 × 10⁻³ mm²/s suggests malignancy", "a doublet peak at 1.48 ppm", "a score of 7
or more warrants surgery"; "recurrence after a grade I resection 9%, grade II 19%" gives
one fact per grade. A figure becomes a cut-off only with a unit of measurement from a
closed list (or as a score) and a subject that is a measure ("wall thickness", "ADC") or a
lesion or part whose size it gives; ages, durations and shares of patients are other
extractors' facts. Every pattern is bounded, so long runs of digits or spaces cannot make
a search quadratic. The readers of each part live in the ``cutoff_*`` modules; this one
finds the figures and assembles the facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quizgen.extractors.clauses import Clause, iter_clauses
from quizgen.extractors.cutoff_attenuation import attenuation_cutoffs
from quizgen.extractors.cutoff_brackets import bracketed_holder
from quizgen.extractors.cutoff_contrasts import contrasted_measure, contrasted_ranges
from quizgen.extractors.cutoff_copular import averaged_cutoffs, copular_cutoffs
from quizgen.extractors.cutoff_counts import (
    COUNT_WORD,
    bracketed_ranges,
    count_cutoffs,
    duration_cutoffs,
    peak_cutoffs,
    typical_ranges,
)
from quizgen.extractors.cutoff_courses import course_cutoffs
from quizgen.extractors.cutoff_criteria import (
    MAY_HOLD,
    onset_cutoffs,
    reference_cutoffs,
    set_count_cutoffs,
)
from quizgen.extractors.cutoff_grades import grade_cutoffs, grade_labels, grade_of_figures
from quizgen.extractors.cutoff_label_leads import led_label, led_label_cutoffs
from quizgen.extractors.cutoff_meanings import (
    bracketed_state,
    class_defined,
    class_having,
    defined_name,
    defined_term,
    eligible_for,
    intro_meaning,
    meaning_after,
    namely_term,
    prior_meaning,
    sentence_intro,
)
from quizgen.extractors.cutoff_measures import (
    DIMENSION,
    cutoff_measure,
    dimension_of,
    named_measure,
    opens_on_another,
    stated_state,
)
from quizgen.extractors.cutoff_owners import (
    ADJECTIVE_LABEL,
    BARE_KIND,
    CLASS_LABEL,
    KIND_OF_FINDING,
    SIGNS_OF,
    apposed_owner,
    bare_lesions_measured,
    defined_owner,
    fronted_holder,
    label_owner,
    relative_owner,
    set_apart,
    specimen_of,
    subordinate_subject,
    whose_cutoff,
)
from quizgen.extractors.cutoff_phrases import (
    PHRASE_NEEDS_MEANING,
    names_a_percent_measure,
    phrase_measure,
)
from quizgen.extractors.cutoff_shapes import (
    CUTOFF,
    DEFINITION_GOES_ON,
    DIGIT,
    LENGTH,
    LESIONS,
    MEASURES,
    STOP,
    WHOLE,
    WORD,
    Cutoff,
    Names,
    Text,
    is_measure,
    merged_bound,
)
from quizgen.extractors.cutoff_sized import pronoun_size, sized_meaning
from quizgen.extractors.cutoff_subjects import owned_cutoff
from quizgen.extractors.text import (
    blocks_with_flat_lists,
    make_fact,
    split_label,
    split_sentences,
)
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section

__all__ = ["extract_cutoffs", "grade_labels", "grade_of_figures"]


_DISTANCE = re.compile(
    r"^\s{1,2}(?P<dir>from|to)\s(?P<what>(?:the\s)?[\w -]{3,40}?)"
    r"(?=[,;.]|\s(?:is|are|and|or|in|on|was|were|warrants?|suggests?|indicates?)\b|$)",
    re.I,
)
# Coordinated cut-offs share what follows them ("a washout of 60% or more and a relative
# washout of 40% or more favour an adenoma").
_COORDINATED = re.compile(r"^\s{0,2},?\s{0,2}(?:and|or)\s[^,;.]{0,60}$", re.I)
# measures whose figures have no unit: a bare number after them is a cut-off
_UNITLESS = frozenset(
    {"ratio", "index", "score", "scale", "quotient", "suv", "suvmax", "suvpeak", "suvmean"}
    # measures whose figures have no unit by definition ("a pleural fluid pH below 7.2")
    | {"ph", "inr"}
)


def _label_cutoff(label: str) -> tuple[re.Match[str], str] | None:
    """A list label that is itself a cut-off ("below 5.5 cm in men"): the cut-off and the
    group it applies to ("in men"), or None."""
    match = CUTOFF.match(label)
    if not match:
        return None
    rest = label[match.end() :].strip()
    if rest and not re.fullmatch(r"(?:in|for|among)\s[\w -]{1,30}", rest, re.I):
        return None
    return match, rest


def _from_label(t: Text) -> Iterator[Cutoff]:
    """ "below 5.5 cm in men: ultrasound surveillance" under "Management is guided by
    diameter": the label is the cut-off, the entry its meaning, the intro its measure."""
    found = _label_cutoff(t.label)
    if found is None:
        return
    match, group = found
    unit = match.group("unit") or match.group("unit2") or ""
    measures = _intro_measures(t.intro)
    measure = measures[-1].lower() if measures else ("size" if LENGTH.match(unit) else "")
    meaning = re.split(r"[,;(]", t.text)[0].strip()
    if unit and measure and meaning:
        yield Cutoff(f"{measure} {group}".strip(), match.group(0).strip(), meaning)


def _shared_meanings(found: list[Cutoff]) -> Iterator[Cutoff]:
    """Cut-offs waiting for a meaning take the one of the cut-off they are coordinated with;
    one with an owner of its own stands without one ("grade II: a count >12,000/mm³ or …")."""
    shared = ""
    kept: list[Cutoff] = []
    for cutoff in reversed(found):
        if cutoff.meaning == _PENDING and not shared:
            if cutoff.owner:
                kept.append(replace(cutoff, meaning=""))
            continue
        kept.append(replace(cutoff, meaning=shared) if cutoff.meaning == _PENDING else cutoff)
        shared = kept[-1].meaning
    yield from reversed(kept)


# A time point written right after a cut-off says when its measure is taken ("a washout of
# 40% or more at 15 minutes", "a column taller than 2 cm at 5 minutes"): part of the measure.
_TIME_POINT = re.compile(
    r"^\s(?P<when>at\s\d{1,3}\s(?:seconds|minutes|min|hours|h))\b(?=\s[a-z]|[,;]|$)", re.I
)
_PENDING = "\x00"
# "T1b: >4 cm but ≤7 cm": a class bounded on both sides is no "> 4 cm" alone
_UPPER_BOUND = re.compile(r"^\s{0,2}(?:but|and|to)\s{1,2}(?:[<>≤≥]|less|more|under|over|up)", re.I)
_DANGLING = re.compile(r"(?:\s(?:in|when|if|for|where|once|at|with|of|whose|and|or))+$", re.I)


# A list entry's figure stands as a cut-off when a comparator bounds it ("total eosinophil
# count greater than 500 cells/µL"); a range or an "up to" in a list may only describe.
_BOUND = re.compile(
    r"^(?:>|<|≥|≤|=>|=<|(?:greater|larger|more|less|smaller|wider|thicker|longer|deeper)\sthan|"
    r"above|below|exceeds?|exceeding|at\sleast)$",
    re.I,
)


def _bounded_in_list(match: re.Match[str], measure: str) -> bool:
    """Whether a list entry's figure is a cut-off by itself: a comparator bounds it and the
    measure names what it measures ("portal vein diameter greater than 13 mm"); a bare
    dimension ("depth <1 cm" under "Sizes seen:") only describes."""
    return _BOUND.match(match.group("cmp") or "") is not None and len(measure.split()) > 1


_NOTE = re.compile(r"\s{0,2}\([^()]{1,80}\)")
# A list entry's label that only numbers it ("A", "b", "2", "iv"), perhaps with the name
# ``split_label`` reads after it ("B: cholestasis"): it names no owner; the name (a
# criterion's) is what its cut-off means.
_MARKER = re.compile(r"^(?:[A-Za-z]|\d{1,2}|[ivx]{1,4})[.)]?(?::\s(?P<name>[^:]{2,60}))?$")


def _heads(measure: str) -> bool:
    """Whether a measure opens on its measure noun ("rise in serum creatinine", "diameter of
    the duct"): a measure as much as one that ends on it."""
    words = measure.lower().split()
    return len(words) > 2 and words[1] in ("in", "of") and words[0] in MEASURES


def _meaning(
    t: Text,
    before: str,
    after: str,
    *,
    owned: bool,
    fallback: tuple[str, str, str, str],
    measured: bool,
) -> str:
    """What a cut-off means, from the words around it, else from ``fallback`` (its class
    label, the article's definition, the state it defines, its criterion's name) and what
    the sentence or list says; ``measured`` when the measure is a named measure."""
    of_class, defined, state, criterion = fallback
    meaning = (
        defined_term(before)
        or meaning_after(after, before, comma=not (owned or of_class))
        or bracketed_state(before)
    )
    treatment = eligible_for(before) if meaning in ("", "typical") else ""
    if treatment:
        # "Methotrexate is suitable for women with … a β-hCG typically <5000 IU/L": a
        # criterion of the treatment the sentence opens on, not a typical figure
        meaning = f"eligible for {treatment}"
    meaning = (
        meaning
        or of_class
        or defined
        or namely_term(before)
        or prior_meaning(before)
        or state
        or class_defined(before)
        or class_having(before)
        or criterion
    )
    if not meaning and not owned and measured:
        # "Poor prognostic factors include … (>200 mL)", "The signs are …; X to < 1 mm"
        # … or a list's intro: "Typical findings include:" / "wall thickness …"
        meaning = sentence_intro(before) or intro_meaning(t.intro)
    # "valve replacement is considered in [patients when the volume exceeds …]": a
    # meaning cut before the cut-off's clause ends on no dangling preposition
    return _DANGLING.sub("", meaning)


def _label_roles(label: str) -> tuple[str, str, str, str]:
    """What a list entry's label is to its cut-offs: (the measure it names, the owner it
    names, the criterion a lettered label names, the class it names); "" for each it is
    not."""
    # "wall thickness (single wall, measured in transverse section)": a measure with a note
    plain_label = _NOTE.sub("", label).strip()
    label_measure = plain_label if is_measure(plain_label) else ""
    marker = _MARKER.match(label)
    owner = "" if marker else label_owner(label, label_measure)
    criterion = (marker.group("name") or "") if marker else ""
    # "grade II (moderate)": a class with a note is a class
    classed = (
        CLASS_LABEL.match(plain_label)
        or KIND_OF_FINDING.search(plain_label)
        or ADJECTIVE_LABEL.match(plain_label)
    )
    return label_measure, owner, criterion, label if classed else ""


def _measure_after(
    before: str, after: str, unit: str, measure: str, names: Names
) -> tuple[str, str]:
    """(measure, the words after it) once what follows a figure is read: a distance "from"
    or "to" a place, a dimension ("a neck at least 10 mm long"), a time point ("a column
    taller than 2 cm at 5 minutes": when the measure is taken)."""
    distance = _DISTANCE.match(after)
    if distance and LENGTH.match(unit):
        measure = f"distance {distance.group('dir')} {distance.group('what').strip()}"
        after = after[distance.end() :]
    dimension = DIMENSION.match(after)
    if dimension and LENGTH.match(unit):
        measure = dimension_of(before, dimension.group("dim"), names)
        after = after[dimension.end() :]
    timed = _TIME_POINT.match(after) if measure else None
    if timed:
        measure = f"{measure} {timed.group('when')}"
        after = after[timed.end() :]
    return measure, after


def _state_of(before: str, unit: str, measure: str, names: Names) -> tuple[str, str]:
    """(measure, meaning) of a cut-off that bounds a state written before it: "the duct is
    considered dilated when it exceeds 6 mm", "a thickened fallopian tube (more than 10
    mm)" (the bracket bounds the state); ("", "") when none."""
    state_measure, state = stated_state(before, unit, measure, names)
    if not state_measure:
        held = bracketed_holder(before, unit, names)
        # (the measure may be the bracket's already: cutoff_measure reads it first)
        if not measure or held[0] == measure:
            return held
    return state_measure, state


def _measure_in_words(
    text: str,
    match: re.Match[str],
    unit: str,
    last: tuple[re.Match[str], int] | None,
    found: list[Cutoff],
) -> tuple[str, bool]:
    """(measure, whether a phrase named it) of a figure no measure word names: the noun
    phrase it is "of" ("a gap of more than 10 mm favours repair"), the lesions just named
    ("while those larger than 5 cm are drained"), or the measure of the cut-off it is
    contrasted with ("… is abnormal, less than 60 minutes is normal")."""
    before = text[: match.start()]
    measure = phrase_measure(before)
    if measure:
        return measure, True
    measure = pronoun_size(before, comparator=match.group("cmp") or "", unit=unit)
    if measure or last is None:
        return measure, False
    gap = text[last[0].end() : match.start()]
    return contrasted_measure(gap, text[match.end() :], found[last[1]], unit), False


# "graded by the end-diastolic width of the echo-free space": a measure noun after "of" is
# what the measure before it is taken of, not the measure.
_OF_BEFORE = re.compile(r"\bof\s(?:(?:the|an?)\s)?(?:[\w-]+\s){0,2}$", re.I)


def _intro_measures(intro: str) -> list[str]:
    """The measure nouns a list's intro names, in order, leaving out those that only say
    what another measure is taken of."""
    return [
        m.group(0)
        for m in WORD.finditer(intro)
        if is_measure(m.group(0)) and not _OF_BEFORE.search(intro[: m.start()])
    ]


def _cutoffs(t: Text, names: Names, *, defined: str = "") -> Iterator[Cutoff]:
    """Cut-offs of one text; ``defined`` is the meaning of a cut-off that a definition of
    the article's subject states."""
    text = t.text
    label_measure, owner, criterion, of_class = _label_roles(t.label)
    found: list[Cutoff] = []
    matches = list(CUTOFF.finditer(text))
    last: tuple[re.Match[str], int] | None = None  # the previous cut-off and its index
    for index, match in enumerate(matches):
        unit = match.group("unit") or match.group("unit2") or ""
        before = text[: match.start()]
        measure, is_score = cutoff_measure(
            t, match, names, owner=owner, label_measure=label_measure
        )
        phrased = False
        if not measure and not is_score and not label_measure:
            measure, phrased = _measure_in_words(text, match, unit, last, found)
        if last and merged_bound(found, last, match, text):
            last = None
            continue
        if (
            not measure
            and of_class
            and LENGTH.match(unit)
            and not WORD.search(text[: match.start()])
            and not _UPPER_BOUND.match(text[match.end() :])
        ):
            # "small: <1 cm" under "Tears are graded by their greatest dimension:": the size
            # class's measure is the one its list's intro names, else a size
            measures = _intro_measures(t.intro)
            measure = measures[-1].lower() if measures else "size"
        if not unit and not is_score and not (measure and measure.split()[-1].lower() in _UNITLESS):
            continue  # a bare number is a cut-off only of a ratio, an index or a score
        after = text[match.end() :]
        named_after = _PERCENT_MEASURE_AFTER.match(after) if unit == "%" else None
        if named_after and not measure:  # "(less than 90% necrosis)": the measure follows
            measure = named_after.group("measure").lower()
            after = after[named_after.end() :]
        elif (
            unit == "%"
            and not label_measure
            and not _PERCENT_MEASURE.search(before[-60:])
            and not _measured_percent(measure, before, after)
            and not (phrased and names_a_percent_measure(measure))
        ):
            continue  # "more than 50% of patients" is a share, not a cut-off
        measure, after = _measure_after(before, after, unit, measure, names)
        state_measure, state = _state_of(before, unit, measure, names)
        measure = state_measure or measure
        meaning = _meaning(
            t,
            before,
            after,
            owned=bool(owner),
            fallback=(of_class, defined, state, criterion),
            measured=is_measure(measure) or bool(named_after) or _heads(measure),
        )
        if phrased and meaning_after(after, before) in PHRASE_NEEDS_MEANING:
            measure = ""  # a phrase-named figure stands only with what it means
        if not meaning and last and DEFINITION_GOES_ON.match(text[last[0].end() : match.start()]):
            # "defined as … more than 5 cm wide, more than 8 cm in … extent and more than
            # 3 mm thick": the cut-offs listed after the first define the same term
            meaning = (
                found[last[1]].meaning if found[last[1]].meaning.startswith("defines ") else ""
            )
        # "Torsion is more likely in tumours larger than 10 cm": the clause it sits in
        meaning, sized = (
            sized_meaning(
                before, after, measure=measure, comparator=match.group("cmp") or "", unit=unit
            )
            if not meaning and not t.listed
            else (meaning, False)
        )
        following = matches[index + 1] if index + 1 < len(matches) else None
        if not meaning and following and _COORDINATED.match(text[match.end() : following.start()]):
            meaning = _PENDING  # filled in from the cut-off it is coordinated with
        named = (
            not t.label
            and (not t.listed or _bounded_in_list(match, measure))
            and named_measure(measure, unit, before, text[match.end() :])
            and not opens_on_another(text, names, measure)
        )
        if measure and (meaning or owner or named):  # a bare size in a list says nothing
            # A score is its own subject ("Wells score: 7 or more warrants CT angiography").
            # A treatment's criterion stays the condition's: "Radiosurgery is an option for
            # tumours smaller than 3 cm" is a size of the tumour that makes it eligible; a
            # "radiosurgery size" teaches nothing.
            whose = owner or (measure if is_score else "")
            own_size = sized and measure == "size" and not whose
            found.append(
                Cutoff(measure, _negated(before) + match.group(0).strip(), meaning, whose, own_size)
            )
            last = (match, len(found) - 1)
        else:
            last = None
    found.extend(contrasted_ranges(text, found))
    yield from _shared_meanings(found)


# A measure named after its percentage: "less than 90% necrosis", "over 50% stenosis".
_PERCENT_MEASURE_AFTER = re.compile(
    r"^\s(?P<measure>necrosis|stenosis|narrowing|reduction|regression|shrinkage|washout|"
    r"coverage|occlusion|fat\sfraction)\b",
    re.I,
)
_PERCENT_MEASURE = re.compile(
    r"\b(?:washout|stenosis|fraction|necrosis|reduction|increase|coverage|index|ratio|"
    # a change of a measured quantity: "a signal drop of", "a rise in serum creatinine of"
    r"drop|loss|fall|rise|decline|decrease|(?:rise|fall|increase|decrease|drop|reduction|"
    r"loss|gain|change|decline)\sin\s(?:[A-Za-z][\w-]{1,25}\s){1,3}?of)"
    r"\s{1,2}(?:of\s)?$",
    re.I,
)


_NO_CONSEQUENCE = frozenset(("", "typical", "normal", "limit", "by definition", "rarely"))


def _measured_percent(measure: str, before: str, after: str) -> bool:
    """Whether a percentage is a cut-off of the measure named before it, as the verb after
    it says ("A lymphocyte count above 30% in a non-smoker supports the diagnosis"); not a
    share of a whole ("a count above 30% of …") nor a figure nothing follows from."""
    if not is_measure(measure) or after.lstrip().startswith("of "):
        return False
    return meaning_after(after, before) not in _NO_CONSEQUENCE


def _texts(section: Section, article: Article) -> Iterator[Text]:
    """Sentences of paragraphs and list entries (a labelled entry with its label and the
    paragraph that introduces its list), and "key: value" lines. A plain-text page's run of
    lines that lost its bullets ("wall thickness: ≥3 mm", …) is read as the list it was."""

    def items(entries: tuple[ListItem, ...], intro: str) -> Iterator[Text]:
        for entry in entries:
            label, detail = split_label(entry.text)
            head, colon, rest = entry.text.partition(": ")
            if (
                not detail
                and colon
                and rest.strip()
                and (_label_cutoff(head.strip()) or led_label(head.strip()))
            ):
                label, detail = head.strip(), rest.strip()  # "5.5 cm or more in men: repair"
            yield (
                Text(detail, label=label, intro=intro, listed=True)
                if detail
                else Text(entry.text, intro=intro, listed=True)
            )
            yield from items(entry.children, entry.text)

    intro = ""
    for block in blocks_with_flat_lists(section, article):
        if block.kind is BlockKind.PARAGRAPH:
            sentences = split_sentences(block.text)
            for index, sentence in enumerate(sentences):
                yield Text(sentence, " ".join(sentences[max(0, index - 8) : index]))  # linear
            intro = sentences[-1] if sentences else ""
        elif block.kind is BlockKind.LIST:
            yield from items(block.items, intro)
        elif block.kind is BlockKind.KEY_VALUE:
            yield Text(block.value, label=block.key, intro=intro)


# A measure names a thing measured; a finite verb in it means the words ran across a clause
# ("the normal gallbladder can measure up to 10 cm in length" → "gallbladder can length").
_VERB_IN_MEASURE = re.compile(
    r"\b(?:can|may|might|could|should|will|would|must|is|are|was|were|does|do|did)\b"
    # "… until it falls below about 2.5 cm²": a verb of change is no measure's name
    r"|^(?:falls|drops|rises|increases|decreases|exceeds|reaches|returns|grows|shrinks)$",
    re.I,
)


def _apposed_or_bare(
    t: Text, cutoff: Cutoff, subject: str, names: tuple[str, ...]
) -> tuple[str, str]:
    """(subject, meaning) of a sentence's cut-off once two shapes are read: bare "lesions"
    the cut-off picks out are the article's own, not an earlier subgroup's; a cut-off in an
    apposition ("pulsus paradoxus, a fall of more than 10 mmHg, is …") defines the name."""
    if t.label:
        return subject, cutoff.meaning
    if bare_lesions_measured(t.text, cutoff.value, subject):
        subject = names[0]
    apposed = "" if cutoff.owner else apposed_owner(t.text, cutoff.value, names)
    if apposed:
        return apposed, f"defines {apposed}"
    return subject, cutoff.meaning


def extract_cutoffs(article: Article, read: set[str] | None = None) -> Iterator[Fact]:
    """Cut-offs, sizes, spectroscopy peaks and per-grade outcomes; every sentence that gave
    a fact is added to ``read``.

    A fact's subject is the article (or the entity a list entry names: "osteoblastoma:
    nidus larger than 2 cm", or the named score), its item the measure, its value the
    cut-off as written and its attribute what the cut-off means.
    """
    names = (article.title, *article.synonyms)
    title_heads = {n.split()[-1].lower().rstrip("s") for n in names if n.split()}
    own = {w.lower().rstrip("s") for n in names for w in n.split()} - STOP
    initials = {"".join(w[0] for w in n.split() if w[0].isalnum()).lower() for n in names}
    known = Names(LESIONS | title_heads | own | initials, WHOLE | own | initials)
    clauses: dict[tuple[str, str], Clause] = {}
    keyed: dict[tuple[str, ...], str] = {}  # a fact's key → the subject that first had it
    for clause in iter_clauses(article):
        clauses.setdefault((clause.sentence.section.path, clause.sentence.text), clause)
    for section in article.sections:
        for t in _texts(section, article):
            digits = bool(DIGIT.search(t.text) or DIGIT.search(t.label))
            # "three or more cysts", "uptake greater than that of the liver"
            if not digits and not COUNT_WORD.search(t.text) and not MAY_HOLD.search(t.text):
                continue
            source = f"{t.label}: {t.text}" if t.label else t.text
            found = [*grade_cutoffs(t.text), *peak_cutoffs(t.text)] if digits else []
            if digits and not found:
                defined = "" if t.label else defined_name(t.text, names)
                found = (
                    list(_from_label(t))
                    or list(led_label_cutoffs(t, known))
                    or list(_cutoffs(t, known, defined=defined))
                )
            if digits and not found and not t.label:
                found = (
                    list(typical_ranges(t, known))
                    or list(bracketed_ranges(t))
                    or list(attenuation_cutoffs(t, known))
                    or list(copular_cutoffs(t, known))
                )
            found = [*found, *averaged_cutoffs(t, known, found)] if digits else found
            if not found:
                found = (
                    list(count_cutoffs(t))
                    or list(duration_cutoffs(t))
                    or list(course_cutoffs(t))
                    or [*set_count_cutoffs(t), *reference_cutoffs(t), *onset_cutoffs(t)]
                )
            if found and read is not None:
                read.add(source)
            opened = None if t.label else clauses.get((section.path, t.text))
            for cutoff in found:
                if _VERB_IN_MEASURE.search(cutoff.measure):
                    continue  # "gallbladder can length": words cut across a clause
                subject, measure = whose_cutoff(cutoff, opened, article.title)
                # a specimen, or "Atypical lesions": no name a card can stand on
                bare = BARE_KIND.match(subject) or specimen_of(subject, names)
                subject = article.title if bare else SIGNS_OF.sub("", subject)
                subordinate = None if t.label else subordinate_subject(t.text, cutoff.value, names)
                subject = subject if subordinate is None else subordinate or article.title
                relative = "" if t.label else relative_owner(t.text, cutoff.value, names)
                subject = relative or subject
                holder = (
                    None if t.label or cutoff.owner else fronted_holder(t.text, cutoff.value, names)
                )
                subject = subject if holder is None else holder or article.title
                subject, meaning = _apposed_or_bare(t, cutoff, subject, names)
                subject = defined_owner(t.text, meaning, cutoff, names) or subject
                if subject == article.title and not t.label:
                    subject, measure = set_apart(t.text, cutoff, (subject, measure, meaning), names)
                # "Torsion is more likely in tumours larger than 10 cm": the tumours' size
                subject = article.title if cutoff.own_size else subject
                subject, measure = owned_cutoff(subject, measure, article.title, t.text)
                # "Bone marrow oedema usually resolves within 6 months": the oedema's own time
                own_time = measure.removesuffix(f" of {subject.lower()}")
                measure = own_time if measure.startswith("time to ") else measure
                key = (
                    *([cutoff.owner] if cutoff.owner else []),
                    cutoff.measure,
                    meaning or cutoff.value,
                )
                # two subjects' "diameter, typical" are two facts (the first keeps its id)
                if keyed.setdefault(key, subject) != subject:
                    key = (*key, subject)
                yield make_fact(
                    FactKind.THRESHOLD,
                    article,
                    section,
                    source,
                    key=key,
                    subject=subject,
                    item=measure,
                    value=cutoff.value,
                    attribute=meaning,
                    statement=source,
                )


# "should not exceed 3 mm", "a space no wider than 5 mm", "not more than 2 cm": the word of
# negation before the comparison turns the bound over; a value without it says the opposite.
_NEGATION_BEFORE = re.compile(r"(?:^|\s)(?P<neg>not|no|never)\s{1,2}$", re.I)


def _negated(before: str) -> str:
    negation = _NEGATION_BEFORE.search(before[-12:])
    return f"{negation.group('neg').lower()} " if negation else ""
