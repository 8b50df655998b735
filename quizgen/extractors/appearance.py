"""Imaging appearance: lesion type × sequence or modality → finding."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from quizgen.extractors.appearance_names import TRACER_STUDY
from quizgen.extractors.appearance_techniques import technique_finding, technique_label
from quizgen.extractors.imaging import has_finding_words
from quizgen.extractors.imaging_entries import extract_differential_findings
from quizgen.extractors.imaging_findings_are import extract_named_findings
from quizgen.extractors.imaging_labelled import extract_labelled_findings
from quizgen.extractors.imaging_levels import extract_level_findings
from quizgen.extractors.imaging_open import (
    extract_open_findings,
    is_case,
    names_only_anatomy,
    short_meaning,
)
from quizgen.extractors.imaging_prose import (
    extract_differential_appearances,
    extract_prose_appearances,
    part_label,
    site_label,
)
from quizgen.extractors.imaging_rarity import extract_rare_findings
from quizgen.extractors.imaging_seen_as import extract_seen_as_findings
from quizgen.extractors.imaging_stages import extract_stage_findings
from quizgen.extractors.imaging_study_fronted import extract_fronted_study_findings
from quizgen.extractors.imaging_study_qualified import (
    extract_pronoun_study_findings,
    extract_qualified_study_findings,
)
from quizgen.extractors.imaging_study_shows import extract_study_findings
from quizgen.extractors.imaging_subgroups import (
    heading_groups,
    listed_groups,
    stage_label,
    subgroup_subject,
    subtype_subject,
)
from quizgen.extractors.text import iter_lists, make_fact, split_sentences
from quizgen.model import (
    Article,
    BlockKind,
    Fact,
    FactKind,
    ListItem,
    Section,
    make_fact_id,
)
from quizgen.phrases import shares_a_word

__all__ = ["extract_appearances", "sequence_name"]

# Sequence/modality labels as articles write them → one canonical name each.
_SEQUENCES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), name)
    for pattern, name in (
        (
            r"^T1\s*(?:C\s*\+|\+\s*C|post[- ]?contrast|with contrast|\+\s*Gd|Gd)(?:\s*\(Gd\))?$",
            "MRI T1 C+",
        ),
        (r"^T1\s*(?:C\s*\+)?\s*\(Gd\)$", "MRI T1 C+"),
        (r"^(?:post[- ]?contrast|contrast[- ]enhanced|C\+|gadolinium)$", "MRI T1 C+"),
        (r"^T1(?:[- ]?weighted|WI)?$", "MRI T1"),
        (r"^T2(?:[- ]?weighted|WI)?$", "MRI T2"),
        (
            r"^T1\s*(?:fat[- ]?(?:suppressed|saturated|sat)|FS)$|^fat[- ]suppressed T1$",
            "MRI T1 fat-suppressed",
        ),
        (r"^(?:T2\s*)?FLAIR$", "MRI FLAIR"),
        (r"^STIR$", "MRI STIR"),
        (r"^DWI(?:\s*/\s*ADC)?$|^diffusion(?:[- ]weighted)?(?: imaging)?$", "MRI DWI"),
        (r"^ADC$", "MRI ADC"),
        (r"^(?:SWI|GRE|T2\*|susceptibility)(?:\s*/\s*(?:SWI|GRE))?$", "MRI SWI/GRE"),
        (
            # "T1 in- and opposed-phase": the two echoes of one chemical-shift sequence
            r"^(?:T1\s)?(?:(?:in[- ]?(?:phase)?\s?(?:/|and)\s?)?(?:out[- ]of|opposed)[- ]phase|"
            r"in[- ]phase|chemical shift)"
            r"(?:\s*(?:/|and)\s*(?:out[- ]of[- ]phase|opposed[- ]phase))?"
            r"(?: T1| images| imaging)?$",
            "MRI chemical shift",
        ),
        (r"^hepatobiliary(?:[- ]phase)?$", "MRI hepatobiliary phase"),  # liver-specific agent
        (r"^(?:(?:proton|1H)\s)?(?:MRI?\s)?spectroscopy$|^(?:1H-)?MRS$", "MRI spectroscopy"),
        (
            r"^(?:MRI?\s+|DSC\s+|ASL\s+)?perfusion(?:[- ]weighted)?(?:\s+(?:MRI?|imaging))?$",
            "MRI perfusion",
        ),
        (r"^(?:NECT|non[- ]contrast CT|unenhanced CT)$", "CT non-contrast"),
        (r"^(?:CECT|contrast[- ]enhanced CT|post[- ]contrast CT)$", "contrast-enhanced CT"),
        (r"^CT$", "CT"),
        (r"^(?:US|ultrasound|sonography)$", "ultrasound"),
        (r"^(?:plain )?(?:radiograph|radiography|x-ray|plain film)s?$", "radiograph"),
        (r"^(?:FDG[- ])?PET[- /]?CT$", "PET-CT"),
        (r"^(?:PET|FDG[- ]PET)$", "PET"),
        (r"^(?:bone scan|scintigraphy|nuclear medicine)$", "nuclear medicine"),
    )
)
_KEY_VALUE = re.compile(
    r"^(?P<key>[^:]{1,40}):\s*(?P<value>.+)$"
)  # "Tc-99m pertechnetate scintigraphy: …"
_MODALITY_IN_TEXT = re.compile(
    r"\b(CT|MRI|ultrasound|radiographs?|plain films?|PET|scintigraphy)\b", re.I
)
# "The more common lytic metastases appear as regions of soft tissue attenuation ..."
_PROSE = re.compile(
    r"^(?:the\s+)?(?:more\s+|most\s+|less\s+)?(?:common\s+)?"
    r"(?P<subject>[A-Za-z][\w -]{2,60}?\s"
    r"[A-Za-z-]{3,}s)"
    r"\s+(?:are\s+(?:usually|typically|often|commonly)|(?:usually|typically|often|commonly)\s+appear|"
    r"appear|are seen)\s+(?:as\s+)?(?P<finding>[^.;]+)",
    re.I,
)
# A subject that opens on a setting ("On contrast-enhanced CT the masses") is no name.
_SETTING_LEAD = re.compile(
    r"^(?:on|in|at|after|before|with|without|following|during|when|if|unlike)\s", re.I
)
_STUDY_LEAD = re.compile(
    r"^(?:on|in|at|with|using)\s+(?:[\w+/-]+\s+){0,3}?(?:CT|MRI?|ultrasound|sonography|"
    r"scintigraphy|imaging|images|radiographs?|sequences?|scans?|PET(?:-CT)?)\s+",
    re.I,
)
# "Ultrasound findings", "The imaging features": the findings themselves, not a thing seen.
_FINDINGS_NOUN = re.compile(
    r"\b(?:findings|features|appearances|changes|signs|abnormalities)$", re.I
)
# A subject that is only a determiner and a generic lesion noun names no lesion type.
_BARE_LESION = re.compile(
    r"^(?:the|these|those|such|most|many|all|small|smaller|large|larger|tiny|giant)\s+"
    r"(?:lesion|tumou?r|mass|nodule|neoplasm|cyst)e?s$",
    re.I,
)
# "The changes are usually bilateral": a noun that names no thing of its own; whose, the
# prose reader decides.
_GENERIC_SUBJECT = re.compile(
    r"^(?:the|these|those|such|all)\s+(?:\w+\s+)?(?:changes|findings|abnormalities|"
    r"appearances|features)$",
    re.I,
)
# "Liver metastases", "Nodal deposits": the spread of the article's condition, named as such.
_SPREAD = re.compile(r"\b(?:metastases|metastatic\s+deposits|deposits|secondaries)$", re.I)
# "usually discovered in children", "diagnosed at birth": when or how it is found, no look.
_EVENT = re.compile(
    r"^(?:\w+ly\s+)?(?:discovered|diagnosed|detected|found|identified|encountered|"
    r"treated|managed|seen\s+in\s+(?:patients|children|adults|women|men))\b",
    re.I,
)
_A_PART = re.compile(
    r"\b(?:components|portions|parts|walls|rims|septa|septations|areas|foci|regions|zones)$",
    re.I,
)
_LABEL_WORDS = 8  # a line naming a lesion type is short
# Words of lines that introduce findings without naming a lesion type.
_NOT_A_LESION = re.compile(
    r"\b(?:MRI?|CT|US|ultrasound|radiograph\w*|signal|sequences?|appearances?|features?|"
    r"characteristics|findings|imaging|includes?|typical(?:ly)?|modalit\w+|enhancement|"
    r"contrast|phase|weighted|T1|T2|DWI|ADC|FLAIR)\b",
    re.I,
)
_FINDING_CUT = re.compile(
    r"\s{1,3}(?:with|but|and are|which|although|while|on|,)\s.*$|,.*$", re.I
)  # "FDG-avid on PET" → "FDG-avid": the modality is the fact's attribute
_FINDING_LEAD = re.compile(r"^(?:regions?|areas?|foci|focus)\s+of\s+", re.I)
# "are seen in 30% of patients", "are seen in children", "are seen after trauma": where or
# how often it is seen, not what it looks like.
_NO_FINDING = re.compile(
    r"^(?:in|among|at|during|after|before|with|within|following|from|up\s+to)\b|\d\s?%|"
    # "are usually too small to resolve", "are often difficult to see": whether it shows
    r"^(?:too|not|difficult|hard|easy|possible|impossible|able|unable|likely|unlikely)\b",
    re.I,
)


# ", which distinguishes it from mucin plugs": why the finding matters, not how it looks
_RELATIVE = re.compile(r",\s{0,2}which\b[^;]{0,300}")
# "high signal due to haemorrhage, best seen on fat-suppressed images": why it looks so and
# where it shows best, not the finding (each up to the clause's end)
_WHY = re.compile(
    # ("often bright, largely due to T2 shine-through": the hedge of the cause goes with it)
    r"(?:(?:,?\s(?:largely|mainly|mostly|partly|probably|presumably|possibly|likely))?"
    r"\s(?:due\s+to|secondary\s+to|caused\s+by)|,\s{0,2}(?:best|better)\s+(?:seen|shown|"
    r"depicted|appreciated)|,\s{0,2}in\s+contrast\s+to|"
    # "hypointense, indicating necrosis": what the finding reflects, after a comma
    r",\s{0,2}(?:indicating|reflecting|representing|denoting|signifying))\b[^;]{0,200}",
    re.I,
)
# "restricted diffusion in a solid part suggests invasion": the finding as a sign of what
# follows the verb; the line's subject shows it only when that is the subject itself
_INFERENCE = re.compile(
    r"\s(?:suggests?|suggestive\s+of|indicates?|indicative\s+of|implies|favou?rs?|"
    r"raises?\s+(?:the\s+)?(?:concern|suspicion|possibility)\s+(?:for|of)|points?\s+to|denotes?|"
    r"predicts?)\s+(?P<what>[^;]{1,200})",
    re.I,
)


# "T1 C+: the ivy sign is also seen as leptomeningeal enhancement": a named sign said to be
# seen as a finding on this sequence; the finding is the value, the sign's name its gloss.
_SIGN_SEEN_AS = re.compile(
    r"^(?:the\s+)?(?P<name>[^,;:()]{1,40}?\s(?:sign|appearance|pattern))\s+(?:is|are)\s+"
    r"(?:also\s+)?(?:seen|visible|shown|depicted)\s+as\s+(?:an?\s+)?(?P<finding>[^;]{2,200})$",
    re.I,
)


def _line_finding(value: str, article: Article) -> str:
    """The finding of a "T1: …" line without its explanation; "" when the line says the
    finding is a sign of something else ("DWI: restriction in a nodule suggests invasion")."""
    readings = _line_readings(value, article)
    return readings[0][0] if len(readings) == 1 and not readings[0][1] else ""


def _line_readings(value: str, article: Article) -> list[tuple[str, str]]:
    """(finding, what it is a sign of: "" for the subject itself) of a "T1: …" line: "high
    signal indicates haematosalpinx" is a finding of the subject in that state, one per
    clause ("enhancement indicates viable marrow; absent enhancement indicates necrosis")."""
    value = _RELATIVE.sub("", value).strip()
    value = _WHY.sub("", value).strip(" ,")
    if seen := _SIGN_SEEN_AS.match(value):
        return [(f"{seen.group('finding').strip(' .')} ({seen.group('name').strip()})", "")]
    first, semicolon, rest = value.partition(";")
    inferred = _INFERENCE.search(first)
    if not inferred:
        return [(value, "")]
    names = (article.title, *article.synonyms)
    if any(_names_word(inferred.group("what"), n) for n in names if len(n) > 1):
        return [(f"{first[: inferred.start()].strip(' ,')}{semicolon}{rest}".strip(), "")]
    readings: list[tuple[str, str]] = []
    for clause in _LINE_CLAUSE.split(value):
        sign = _INFERENCE.search(clause)
        finding = clause[: sign.start()].strip(" ,") if sign else ""
        meaning = short_meaning(sign.group("what")) if sign else ""
        if finding and meaning:
            readings.append((finding, meaning))
    return readings


# Clauses of a line that each say what one finding means: "…; absent enhancement indicates
# necrosis", "…, whereas low signal indicates necrosis".
_LINE_CLAUSE = re.compile(r";|,\s{0,2}(?:whereas|while|but)\s", re.I)


def sequence_name(label: str) -> str:
    """Canonical sequence/modality name for a label ("T1 C+ (Gd)" → "MRI T1 C+"), or ""; a
    study named by its tracer keeps its name ("DMSA scintigraphy"). Labels are read by a
    small grammar: a sequence with a qualifier in brackets ("T1 C+ (dynamic)") or a
    fat-suppression word before or after it ("fat-suppressed T2", "T1 C+ FS"), and several
    such joined by "/", "," or "and" ("T2/FLAIR", "fat-suppressed T2 and STIR")."""
    label = " ".join(label.split())
    if name := _one_sequence(label):
        return name
    if TRACER_STUDY.match(label):
        return label
    return _joined_sequences(label)


def _line_sequence(key: str) -> str:
    """The sequence or technique a line's label names: "T2", and techniques the sequence
    table does not know ("MRA", "ictal SPECT"), which only a line's label is read as."""
    return sequence_name(key) or technique_label(" ".join(key.split()))


def _names_finding(key: str, value: str) -> bool:
    """Whether a "label: value" line states a finding: "MRA: useful before surgery" says
    what a technique is for (a plain sequence's line is always read)."""
    return not technique_label(" ".join(key.split())) or technique_finding(value)


def _plain_sequence(label: str) -> str:
    for pattern, name in _SEQUENCES:
        if pattern.match(label):
            return name
    return ""


# What a bracket after a sequence may add without naming another thing: the agent, the
# timing or the technique ("(Gd)", "(gadoxetate)", "(dynamic)", "(b = 1000)").
_LABEL_QUALIFIER = re.compile(
    r"\s?\((?:Gd|gadolinium|gado\w{1,12}|Gd-\w{1,12}|iodinated|contrast|dynamic|DCE|"
    r"delayed|early|late|subtraction|[23]D|b\s?=?\s?\d{1,4}(?:\s?s/mm2)?|"
    r"fat[- ]?(?:suppressed|saturated|sat))\)",
    re.I,
)
_FAT_SUPPRESSED = re.compile(
    r"^fat[- ]?(?:suppressed|saturated|sat)\s|\s(?:fat[- ]?(?:suppressed|saturated|sat)|FS)$",
    re.I,
)


def _one_sequence(label: str) -> str:
    """One sequence as written, with its qualifiers: "" when ``label`` names no sequence."""
    if name := _plain_sequence(label):
        return name
    bare = _LABEL_QUALIFIER.sub("", label).strip()
    if bare != label and (name := _one_sequence(bare)):
        return name
    fat = _FAT_SUPPRESSED.search(bare)
    if fat is None:
        return ""
    name = _plain_sequence(_FAT_SUPPRESSED.sub("", bare).strip())
    # "fat-suppressed T2", "T1 C+ (Gd) fat-suppressed": the sequence, suppressed
    return f"{name} fat-suppressed" if name.startswith("MRI ") and "fat" not in name else ""


_LABEL_JOINER = re.compile(r"\s?/\s?|,\s(?:and\s)?|\sand\s|\s?&\s?", re.I)


def _joined_sequences(label: str) -> str:
    """ "MRI T2/FLAIR" for "T2/FLAIR", "MRI T2 fat-suppressed and STIR" for
    "fat-suppressed T2 and STIR": MRI sequences read together; "" when a part names no
    sequence or the parts are of different modalities ("CT/MRI")."""
    parts = _LABEL_JOINER.split(label)
    if len(parts) < 2 or len(parts) > 4:
        return ""
    names = [_one_sequence(part.strip()) for part in parts]
    if not all(n.startswith("MRI ") for n in names) or len(set(names)) < len(names):
        return ""
    said = [n.removeprefix("MRI ") for n in names]
    if "/" in label and " and " not in label:
        return "MRI " + "/".join(said)
    return "MRI " + ", ".join(said[:-1]) + " and " + said[-1]


# A contrast phase written as a line's label ("arterial phase: intense hyperenhancement"),
# read on the modality its section names (CT or MRI).
_PHASE_WORD = (
    r"(?:(?:late\s+|early\s+)?arterial|(?:portal\s+)?venous|portal|delayed|equilibrium|"
    r"hepatobiliary|transitional|nephrographic|corticomedullary|excretory|pyelographic)"
)
# "portal venous and delayed phases:": one line for two phases, read on both
_PHASE = re.compile(
    rf"^(?P<phase>{_PHASE_WORD}(?:\s+(?:and|or)\s+{_PHASE_WORD})?|"
    r"(?P<plain>non-?contrast|unenhanced|pre-?contrast))(?:\s+phases?)?$",
    re.I,
)
_OTHER_SUBJECT = re.compile(r"^(?:the|a|an|its|this|these)\s", re.I)
# "the scar gradually enhances": a clause with a subject of its own; "a filling defect" is
# the line's finding
_OWN_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|enhances?|shows?|becomes?|remains?|appears?|contains?|"
    r"fills?|washes|retains?|persists?|fades?|decreases?|increases?)\b",
    re.I,
)
_CLAUSE_END = re.compile(r";|,\s*(?:with|whereas|while|but|which|although)\b", re.I)


def _phase_name(label: str, section: Section) -> str:
    """ "CT arterial phase" for "arterial phase" under a CT heading; "" elsewhere."""
    phase = _PHASE.match(label.strip())
    modality = _modality_of(section)
    family = "MRI" if modality.startswith("MRI") else "CT" if modality.startswith("CT") else ""
    if not phase or not family:
        return ""
    if phase.group("plain"):  # before contrast: a CT phase; MRI has no single one
        return "CT non-contrast" if family == "CT" else ""
    words = " ".join(phase.group("phase").lower().split())
    return f"{family} {words} {'phases' if re.search(r' (?:and|or) ', words) else 'phase'}"


def _phase_finding(value: str) -> str:
    """The finding of a phase line: its first clause; "" when the line is about another
    subject ("the scar gradually enhances")."""
    value = _CLAUSE_END.split(value, maxsplit=1)[0].strip()
    return "" if _OTHER_SUBJECT.match(value) and _OWN_VERB.search(value) else value


def _signal_children(item: ListItem) -> list[tuple[str, str, str]]:
    """(sequence, finding, source line) for each "T1: hypointense" child of an item."""
    found: list[tuple[str, str, str]] = []
    for child in item.children:
        match = _KEY_VALUE.match(child.text)
        if (
            match
            and (name := _line_sequence(match.group("key")))
            and _names_finding(match.group("key"), match.group("value"))
        ):
            found.append((name, match.group("value").strip(), child.text))
    return found


def _modality_of(section: Section) -> str:
    for heading in (section.heading, *reversed(section.parents)):
        if name := sequence_name(heading):
            return name
    return ""


_STAGING = re.compile(
    r"\b(?:stag(?:e|es|ing)|TNM|T\s*categor\w*|AJCC|UICC|FIGO|classification)\b", re.I
)


# "T1 C+: the pattern depends on the stage", "DWI: as follows:": a line that leads into its
# children says no finding itself.
_LEADS_INTO = re.compile(
    r":\s{0,3}(?:the\s)?(?:pattern|appearance|signal|findings?|enhancement)\s(?:depends?|"
    r"varies|vary|changes?|evolves?|differs?)\b|:\s{0,3}$|\bas\sfollows\b",
    re.I,
)
# The sequence labels a staging list's T categories share ("T1: confined to …"); "T2/STIR",
# "T1 C+" or "DWI" name sequences only.
_T_CATEGORY = re.compile(r"^\s{0,3}T[0-4][a-c]?\s{0,3}$", re.I)


def _from_lists(article: Article) -> Iterator[Fact]:
    for unit in iter_lists(article):
        for item in unit.block.items:
            for name, finding, line in _signal_children(item):
                label = item.text.rstrip(":")
                subject = part_label(label, article)
                if subject == label and names_only_anatomy(label):
                    subject = site_label(label, article)
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    unit.section,
                    f"{label}: {line}",
                    key=(subject, name),
                    subject=subject,
                    attribute=name,
                    value=finding,
                )
        # A flat list of "T1: …" lines describes what its intro names, or the article's subject;
        # under a staging scheme "T1: confined to the nasopharynx" is a T category, no sequence.
        # An intro that only mentions staging ("MRI is preferred for local staging") keeps
        # the lines that state a signal ("T1: hypointense").
        if _STAGING.search(unit.section.path):
            continue
        staged = _STAGING.search(unit.intro) is not None
        subject = _subject_of(unit.intro, article)
        # an item's children that are no "T1: …" lines go on with its own line ("DWI: bright"
        # then "ADC values low"): the item's line is read too
        # (unless the line only leads into them: "T1 C+: the pattern depends on the stage")
        flat = [
            _KEY_VALUE.match(i.text)
            for i in unit.block.items
            if not i.children or (not _signal_children(i) and not _LEADS_INTO.search(i.text))
        ]
        for match in flat:
            if match and not (
                staged
                and _T_CATEGORY.match(match.group("key"))
                and not has_finding_words(match.group("value"))
            ):
                yield from _line_facts(
                    article,
                    unit.section,
                    match.group(0),
                    subject=subject,
                    key=match.group("key"),
                    value=match.group("value").strip(),
                )


def _line_facts(
    article: Article, section: Section, source: str, *, subject: str, key: str, value: str
) -> Iterator[Fact]:
    """The facts of one "T1: …" line about ``subject``: its finding, or each finding with the
    state it is a sign of ("T1 C+: absent enhancement indicates necrosis" → "<subject>
    (necrosis)": absent enhancement)."""
    name = _line_sequence(key) if _names_finding(key, value) else ""
    if not name and (name := _phase_name(key, section)):
        readings = [(_phase_finding(_line_finding(value, article)), "")]
    else:
        readings = _line_readings(value, article)
    for finding, meaning in readings:
        if not name or not finding:
            continue
        owner = f"{subject} ({meaning})" if meaning else subject
        yield make_fact(
            FactKind.APPEARANCE,
            article,
            section,
            source,
            key=(owner, name),
            subject=owner,
            attribute=name,
            value=finding,
        )


def _from_key_values(article: Article) -> Iterator[Fact]:
    """Runs of "T1: …" lines; a short label line before a run names what it describes
    (plain text loses list nesting: "regenerative nodule" then its T1, T2 … lines)."""
    for section in article.sections:
        subject = article.title
        for block in section.blocks:
            if block.kind is BlockKind.PARAGRAPH and (line := _long_sequence_line(block.text)):
                # a "T2/FLAIR: …" line too long for the reader's labelled lines
                yield from _line_facts(
                    article, section, block.text, subject=subject, key=line[0], value=line[1]
                )
            elif block.kind is BlockKind.PARAGRAPH:
                subject = _subject_of(block.text, article)
            elif block.kind is BlockKind.KEY_VALUE:
                yield from _line_facts(
                    article, section, block.text, subject=subject, key=block.key, value=block.value
                )


def _long_sequence_line(text: str) -> tuple[str, str] | None:
    """(sequence, finding) of a paragraph that is one "T2/FLAIR: …" line, else None."""
    match = _KEY_VALUE.match(text.strip())
    if not match or not _line_sequence(match.group("key")):
        return None
    return match.group("key"), match.group("value").strip()


def _subject_of(line: str, article: Article) -> str:
    """What a line introducing sequence findings is about: a short label that does not name
    the article's subject ("dysplastic nodule:", "Osteoblastic metastases") is itself the
    subject; anything else (prose, "Progressed HCC:" in an article on HCC) is the article."""
    label = line.strip().rstrip(":").strip()
    words = label.split()
    if not words or len(words) > _LABEL_WORDS or label.endswith(".") or ":" in label:
        return article.title
    if _NOT_A_LESION.search(label) or sequence_name(label) or _SETTING_LEAD.match(label):
        # "MRI features:", "Signal characteristics include:"; "In most patients:" is a
        # setting, and a subgroup it names ("In sporadic CJD:") is read by listed_groups
        return article.title
    names = (article.title, *article.synonyms)
    if any(_names_word(label, n) for n in names if len(n) > 2):
        return article.title
    return label


def _names_word(text: str, name: str) -> bool:
    """``name`` (any case) stands in ``text`` as whole words: a plain search, not a regex
    compiled per article title."""
    if not (text.isascii() and name.isascii()):  # Unicode case folding: as the regex does
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) is not None
    low, wanted = text.lower(), name.lower()
    start = low.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if not (start and _is_word(low[start - 1])) and not (end < len(low) and _is_word(low[end])):
            return True
        start = low.find(wanted, start + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


def _from_prose(article: Article) -> Iterator[Fact]:
    """Sentences such as "Sclerotic lesions appear hyperdense" where the modality is known
    from the heading or from the paragraph that opens the topic ("The appearance on CT …")."""
    for section in article.sections:
        modality = _modality_of(section)
        for block in section.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            sentences = split_sentences(block.text)
            named = _MODALITY_IN_TEXT.search(sentences[0]) if sentences else None
            if named:  # a paragraph that opens on a modality sets the context
                modality = sequence_name(named.group(1)) or modality
            for sentence in sentences:
                match = _PROSE.match(sentence)
                if not match or not modality:
                    continue
                finding = _FINDING_LEAD.sub("", _FINDING_CUT.sub("", match.group("finding")))
                if (
                    not finding
                    or len(finding.split()) > 6
                    or _NO_FINDING.search(finding)
                    or _EVENT.match(finding)
                ):
                    continue
                subject = match.group("subject").strip()
                # "On testicular scintigraphy acute torsion": the study is no part of the name
                subject = _STUDY_LEAD.sub("", subject, count=1)
                if _SETTING_LEAD.match(subject):
                    continue  # "In older children the masses": whose, the prose reader decides
                if _FINDINGS_NOUN.search(subject):
                    continue  # "Ultrasound findings are often non-specific": no thing's look
                if (
                    _BARE_LESION.match(subject)
                    or _A_PART.search(subject)
                    or _GENERIC_SUBJECT.match(subject)
                ):
                    # "The tumours": whose, the prose reader decides (imaging_prose); "Cystic
                    # components" are the lesion's part, which the prose reader names so
                    continue
                if _SPREAD.search(subject) and not _SPREAD.search(article.title):
                    # "Bone metastases are lytic" in an article on a primary tumour: its
                    # metastases', not bone metastases' in general
                    subject = subgroup_subject(article.title, subject.lower())
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    section,
                    sentence,
                    key=(subject, modality),
                    subject=subject,
                    attribute=modality,
                    value=finding.strip(),
                    statement=sentence,
                )


def extract_appearances(article: Article) -> Iterator[Fact]:
    """Signal/attenuation per lesion type from nested lists, "T1: …" lines and prose."""
    capitalised: frozenset[str] | None = None
    grouped = _grouped(article)
    read_before: set[tuple[str, str]] = set()  # sentence, sequence
    read_sentences: set[str] = set()
    for read in chain(
        _from_lists(article),
        _from_key_values(article),
        _from_prose(article),
        extract_prose_appearances(article),
        extract_open_findings(article),
        extract_stage_findings(article),
        extract_differential_appearances(article),
        extract_differential_findings(article),
        # the gap readers (a level said of any noun, "appears as", "part: …" lines, rarity):
        # only what the readers above left
        (f for f in extract_level_findings(article) if _unread(f, read_before)),
        (f for f in extract_seen_as_findings(article) if _unread(f, read_before)),
        (f for f in extract_labelled_findings(article) if _unread(f, read_before)),
        (f for f in extract_rare_findings(article) if _unread(f, read_before)),
        # a study named with its qualifiers ("Skull radiographs, now rarely performed, show
        # …"): only sentences no reader above gave a finding
        _unread_sentences(extract_study_findings(article), read_sentences),
        # a study with qualifiers the vocabulary does not know ("Interictal SPECT shows …")
        _unread_sentences(
            chain(
                extract_qualified_study_findings(article), extract_pronoun_study_findings(article)
            ),
            read_sentences,
        ),
        # a study the sentence opens on ("On FDG PET, X shows …"): sentences still unread
        _unread_sentences(extract_fronted_study_findings(article), read_sentences),
        # "Typical CT findings are A, B and C": sentences still unread
        _unread_sentences(extract_named_findings(article), read_sentences),
    ):
        read_before.add((read.source.text, read.attribute))
        read_sentences.add(read.source.text)
        found = _of_listed_group(read, article, grouped) if grouped else read
        if (subject := subtype_subject(article.title, found.subject)) != found.subject:
            found = replace(found, subject=subject)
        if _bare_place(found, article):
            # "The corpus callosum is swollen": the place as the disease leaves it
            found = replace(found, subject=site_label(found.subject, article))
        if (value := _TRAILING_SHARE.sub("", found.value)) != found.value and value:
            found = replace(found, value=value)  # the share is a percentage fact of its own
        if (value := _ALSO.sub("", found.value)) != found.value and value:
            # "paraganglioma, which is also hypervascular": "also" compares with the page's
            # condition, which a card of paraganglioma does not name
            found = replace(found, value=value)
        if _ONLY_A_REASON.match(found.value):
            continue  # "because the haemarthrosis acts as a contrast agent": no finding
        if _NORMAL_FINDING.match(found.value) and is_case(article):
            continue  # a case's "The trapezium is intact.": this patient's, not the disease's
        if not _OPENER.match(found.value):
            yield found
            continue
        capitalised = _capitalised_inside(article) if capitalised is None else capitalised
        yield replace(found, value=_sentence_case(found.value, capitalised))


_ENTRY_SECTION = re.compile(r"differential|mimic", re.I)
# What a case report finds normal or rules out ("intact", "no other fracture", "no
# collection"): this patient's, no look of the disease. A look that is missing ("absent")
# stays: it is abnormal; so does a lesion's own property it lacks ("no internal
# vascularity", "no restricted diffusion"), which tells the diagnosis apart.
_NORMAL_FINDING = re.compile(
    r"^(?:intact|normal|unremarkable|preserved|"
    r"no\s(?![^,;]{0,60}\b(?:vascularity|flow|enhancement|enhancing|diffusion|restriction|"
    r"calcifications?|haemosiderin|hemosiderin|signal\sdrop|blooming|fat|cystic|septations?|"
    r"fracture\sline)\b)[^,;]{2,60})$",
    re.I,
)
_ALSO = re.compile(r"^(?:also|likewise|similarly)\s+", re.I)


def _bare_place(fact: Fact, article: Article) -> bool:
    """Whether a sentence's subject names a structure of the body and nothing else ("corpus
    callosum", "Coronary arteries"), no word of the article's name: what it shows is the
    article's disease there, not how that structure looks in everyone. A differential's
    entry ("double aortic arch: …") names another condition, whatever its head noun."""
    subject = fact.subject
    return (
        names_only_anatomy(subject)
        and not shares_a_word(subject, (article.title,))
        and not _ENTRY_SECTION.search(fact.source.section)
        and not fact.source.text.lower().startswith(f"{subject.lower()}:")
    )


# A value that only says why ("because the haemarthrosis acts as a natural contrast agent"):
# the finding it explains is elsewhere. A reason after a finding ("hyperintense because of
# melanin") stays: annotators and residents read it as part of the finding.
_ONLY_A_REASON = re.compile(r"^(?:because|owing\s+to|due\s+to|as\s+a\s+result\s+of)\b", re.I)


# "a soft tissue mass in about 50%": how often the finding is seen is no part of it
_TRAILING_SHARE = re.compile(
    r"\s(?:in|of)\s(?:(?:about|around|approximately|up\sto|over|nearly|almost|~)\s?)?"
    r"\d{1,3}(?:\.\d)?(?:\s?[-–]\s?\d{1,3}(?:\.\d)?)?\s?%(?:\sof\s(?:cases|patients|lesions))?$",
    re.I,
)


def _unread_sentences(facts: Iterator[Fact], read: set[str]) -> Iterator[Fact]:
    """The facts of sentences no reader before ``facts`` gave a finding (the set as it
    stands when the first fact is asked for, so one sentence may give several)."""
    before: set[str] | None = None
    for fact in facts:
        before = set(read) if before is None else before
        if fact.source.text not in before:
            yield fact


def _unread(fact: Fact, read_before: set[tuple[str, str]]) -> bool:
    """Whether no reader before gave the fact's sentence a finding on its sequence: the
    readers above decide whose a sentence's finding is, the gap readers only fill in."""
    return (fact.source.text, fact.attribute) not in read_before


def _grouped(article: Article) -> dict[str, list[tuple[str, str]]]:
    """Entries of lists introduced by a subgroup ("In sporadic CJD:"), by section path; the
    whole section ("") where its heading names a form of the subject or an organ."""
    grouped: dict[str, list[tuple[str, str]]] = {}
    for path, text, group in listed_groups(article):
        grouped.setdefault(path, []).append((text, group))
    for path, (name, kind) in heading_groups(article).items():
        grouped.setdefault(path, []).append(("", f"{kind}:{name}"))
    return grouped


def _of_listed_group(
    fact: Fact, article: Article, grouped: dict[str, list[tuple[str, str]]]
) -> Fact:
    """A finding read from an entry of a list whose intro names a subgroup of the subject
    is that subgroup's: "Creutzfeldt-Jakob disease (sporadic CJD)", never the whole's; so is
    one under a heading naming a form ("Miliary tuberculosis") or an organ ("Spinal cord")."""
    entries = grouped.get(fact.source.section, [])
    text = fact.source.text
    listed = next(((entry, g) for entry, g in entries if entry and text and text in entry), None)
    if listed and listed[0] != text and stage_label(listed[0]):
        # "subacute (days 6-15): hyperintense …" read without its label: the source is the
        # whole entry, label and all
        fact = replace(fact, source=replace(fact.source, text=listed[0]))
    group = listed[1] if listed else next((g for entry, g in entries if not entry), "")
    own = f" of {_lower(article.title)}"
    if not group or not (fact.subject == article.title or fact.subject.endswith(own)):
        return fact
    kind, _, name = (
        group.partition(":") if group.startswith(("form:", "organ:")) else ("", "", group)
    )
    if kind == "form":  # "Miliary tuberculosis", "cavities of post-primary tuberculosis"
        subject = (
            name
            if fact.subject == article.title
            else fact.subject.replace(own, f" of {_lower(name)}")
        )
    elif fact.subject == article.title:
        subject = subgroup_subject(article.title, name)
    else:
        subject = f"{fact.subject} ({name})"
    return replace(
        fact,
        subject=subject,
        id=make_fact_id(fact.kind, article.slug, subject, fact.id),
    )


def _lower(name: str) -> str:
    """A name as it reads inside a phrase: "miliary tuberculosis", but "MRI-negative …"."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


# A value's first word written with a capital only because it opened a sentence or a list
# item ("Cystic areas"): as an option among lower-case ones the capital gives it away.
_OPENER = re.compile(r"^[A-Z][a-z'’-]*\b(?![’']s\b)")
# Words a text capitalises wherever they stand, which an article may write only at a
# sentence's start: places and peoples in the names of findings ("India ink artefact").
_PROPER_WORDS = frozenset(("india", "indian", "chinese", "swiss", "mediterranean", "doppler"))
# A capitalised word after a lower-case word, a digit or a comma: capitalised mid-sentence.
_INSIDE_CAPITAL = re.compile(r"[a-z0-9,;]\s+([A-Z][a-z'’-]*)\b")


def _capitalised_inside(article: Article) -> frozenset[str]:
    """Words the article writes with a capital inside a sentence (proper nouns, eponyms)."""
    words: set[str] = set()
    for section in article.sections:
        for block in section.blocks:
            for text in (block.text, block.key, block.value, *_item_texts(block.items)):
                words.update(_INSIDE_CAPITAL.findall(text))
    return frozenset(words)


def _item_texts(items: tuple[ListItem, ...]) -> Iterator[str]:
    for item in items:
        yield item.text
        yield from _item_texts(item.children)


def _sentence_case(value: str, capitalised: frozenset[str]) -> str:
    """ "Cystic areas" → "cystic areas"; an acronym ("MRI"), a name the article capitalises
    mid-sentence ("Doppler", "Paget") or a place ("India ink") keeps its capital."""
    first = _OPENER.match(value)
    if not first or first.group(0) in capitalised or first.group(0).lower() in _PROPER_WORDS:
        return value
    return value[:1].lower() + value[1:]
