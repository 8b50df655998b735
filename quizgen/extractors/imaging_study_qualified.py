"""What a study named with qualifier words the closed vocabulary does not know is said to
show: "Interictal SPECT shows X", "Time-of-flight MRA demonstrates X", "The oblique view
shows X" (under a radiograph heading), "When performed, selective angiography shows X". The
study's head noun is from a closed list, its qualifiers are words of an adjective's shape
(hyphenated, "-al", "-ic", "-ive", "-ory", "-ed" or an acronym); the study as written is the
fact's attribute, so a card asks for what that very study shows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging_open import (
    fits_finding,
    names_no_look,
    section_modality,
    skips_section,
    study_findings,
    study_named,
)
from quizgen.extractors.imaging_study_shows import shown_phrase
from quizgen.extractors.imaging_subgroups import subgroup_opening, subgroup_subject
from quizgen.extractors.text import iter_sentences, make_fact, sentence_before, split_sentences
from quizgen.model import Article, BlockKind, Fact, FactKind

__all__ = [
    "STUDY_HEAD",
    "extract_pronoun_study_findings",
    "extract_qualified_study_findings",
    "qualified_study",
    "shown_looks",
]

# The noun a study's name ends on.
_HEAD = (
    r"(?i:CT|MRI?|MRA|MRV|CTA|CTV|PET|PET-CT|SPECT|ultrasound|sonography|Doppler|"
    r"radiographs?|radiography|films?|views?|projections?|images|imaging|sequences?|scans?|"
    r"scanning|scintigraphy|angiography|angiograms?|venography|urography|arthrography|"
    r"enema|swallow|meal|fluoroscopy|mammography|mammograms?|sialography|"
    r"hysterosalpingography|echocardiography|echocardiograms?|ventriculography|"
    r"ventriculograms?|cholangiography|enterography|colonography|spectroscopy|renography|"
    r"cystography|cystourethrography|perfusion|"
    # any "-graphy" or "-gram" study ("portography", "myelogram")
    r"[a-z]{3,20}(?:graphy|grams?))"
)
STUDY_HEAD = _HEAD  # the noun a study's name ends on, for readers of studies as settings
# A word of a qualifier's shape: hyphenated ("time-of-flight"), an adjective's ending
# ("interictal", "selective", "expiratory", "enhanced"), an acronym or a digit ("FDG", "3D"),
# a view's name ("oblique", "erect"), or a noun of a study's agent, route or region.
_QUALIFIER_WORD = (
    r"(?:[A-Za-z0-9]{1,15}(?:-[A-Za-z0-9]{1,15}){1,3}|[A-Za-z][a-z]{1,20}(?:al|ic|ive|ory|ed)|"
    r"[A-Z0-9]{2,8}|[Cc]olou?r|[Pp]ower|[Ss]pectral|[Dd]uplex|[Oo]blique|[Ee]rect|[Ss]upine|"
    r"[Pp]rone|[Dd]ecubitus|"
    # nouns and adjectives that name a study's agent, route or region
    r"(?i:barium|contrast|catheter|chest|skull|spine|brain|neck|bone|cine|left|right|ocular|"
    r"breast|MR|CT))"
)
_STUDY_SHOWS = re.compile(
    rf"^(?P<study>(?:[Tt]he\s|[Aa]n?\s)?(?:{_QUALIFIER_WORD}\s){{1,3}}{_HEAD}|"
    rf"(?:[Tt]he|[Aa]n?)\s{_HEAD})"
    r"\s(?i:(?:may|can|will|typically|usually|often|commonly|classically|characteristically|"
    r"also|then|frequently|sometimes|readily)\s){0,2}"
    r"(?P<verb>(?i:shows?|demonstrates?|reveals?|confirms?))\s(?P<shown>[^;:]{3,300})",
)
# A qualifier that makes the study one of another time, side or thing: no finding of the
# topic ("Post-treatment CT", "Contralateral radiographs", "Normal views").
_OTHER_THING = re.compile(
    r"\b(?:contralateral|other|opposite|normal|healthy|unaffected|follow-up|post-?treatment|"
    r"post-?operative|postoperative|pre-?operative|preoperative|previous|prior|initial|"
    r"repeat|subsequent|serial|later|earlier|comparison|baseline)\b",
    re.I,
)
# "When performed, …", "If abnormal, …": a condition of the study, no subgroup of the topic.
_STUDY_CONDITION = re.compile(
    r"^(?:when|if)\s+(?:performed|done|obtained|used|available|abnormal|positive),\s", re.I
)
# Words that name the modality, so a view or images named with them need no heading's.
_MODALITY_WORD = re.compile(
    r"\b(?:CT|MRI?|MRA|MRV|CTA|CTV|PET|SPECT|ultrasound|sonography|Doppler|radiographs?|"
    r"radiography|films?|scintigraphy|angiography|angiograms?|venography|urography|"
    r"arthrography|enema|swallow|meal|fluoroscopy|mammography|mammograms?|sialography|"
    r"hysterosalpingography|echocardiography|echocardiograms?|ventriculography|"
    r"ventriculograms?|cholangiography|enterography|colonography|spectroscopy|renography|"
    r"cystography|cystourethrography|perfusion|T1|T2|FLAIR|DWI|SWI|STIR|gradient-echo|"
    r"post-?contrast|post-?gadolinium|fat-?suppressed|diffusion-weighted|T[12]-weighted|"
    r"[a-z]{3,20}(?:graphy|grams?))\b",
    re.I,
)
# "The classic chest radiograph": a judgement of the study, no part of its name.
_JUDGED = re.compile(r"^(?:classic(?:al)?|typical|characteristic)\s", re.I)
# A plain sequence or modality without the qualifier words the reader before already read.
_KNOWN_STUDY = re.compile(r"^(?:the|a|an)\s", re.I)


def _written(study: str) -> str:
    """The study as a card names it: no article, a capital only a name keeps ("Interictal"
    opened the sentence; "FDG-PET", "Doppler" keep theirs)."""
    words = _JUDGED.sub("", _KNOWN_STUDY.sub("", study)).split()
    first = words[0]
    if first[:1].isupper() and first[1:].islower() and not first.lower().startswith("doppler"):
        words[0] = first.lower()
    return " ".join(words)


def _study(match: re.Match[str], modality: str, *, opened: bool) -> str:
    """The attribute of the study a sentence opens on; "" when its qualifiers name another
    time or thing, or when the reader of plain studies reads it."""
    study = match.group("study")
    if _OTHER_THING.search(study):
        return ""
    if study_named(study) and not opened:
        return ""  # a plain study: the reader of named studies has it
    written = _written(study)
    if _MODALITY_WORD.search(written):
        return written
    return f"{modality} {written}" if modality else ""  # "radiograph oblique view"


# What the shown phrase is read as: said of a study, whichever ("imaging shows …").
_ANY_STUDY = "imaging"


def extract_qualified_study_findings(article: Article) -> Iterator[Fact]:
    """Appearance facts of sentences that open (after a stage or a condition of the study)
    on a qualified study and say what it shows: the study as written is the attribute, each
    listed finding a value of the article's subject or of the stage it names."""
    names = (article.title, *article.synonyms)
    for section in article.sections:
        if skips_section(section):
            continue
        modality = section_modality(section)
        for block in section.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            for sentence in split_sentences(block.text):
                group, rest = subgroup_opening(sentence.strip(), names)
                condition = _STUDY_CONDITION.match(rest)
                rest = rest[condition.end() :] if condition else rest
                match = _STUDY_SHOWS.match(rest.strip())
                if not match:
                    continue
                attribute = _study(match, modality, opened=bool(group or condition))
                if not attribute:
                    continue
                subject = subgroup_subject(article.title, group)
                if not (shown := shown_phrase(match)):
                    continue
                for value in _shown_looks(shown, article):
                    yield make_fact(
                        FactKind.APPEARANCE,
                        article,
                        section,
                        sentence,
                        key=(subject, attribute, "shown", value.lower()),
                        subject=subject,
                        attribute=attribute,
                        value=value,
                        statement=sentence,
                    )


# "… confirms the diagnosis", "… shows the cause": what the study settles, no look; "most
# advanced tumours", "it displacing …": which cases, or a pronoun's finding; "much lower
# than that of X": a comparison's piece; "later, cavitation": a time before the finding.
_NO_LOOK = re.compile(
    r"^(?:(?:the\s+)?(?:diagnosis|cause|aetiology|etiology|presence|absence|abnormality)\b|"
    r"(?:most|many|some|all|few|it|they|them|this|these)\s|"
    r"(?:(?:much|far|slightly)\s+)?(?:lower|higher|greater|less|more)\s+than\b|"
    r"(?:later|then|subsequently|eventually),)",
    re.I,
)
# "… demonstrates the thrombus without iodinated contrast": what the study spares, no look.
_SPARES = re.compile(r"\bwithout\s+(?:\w+\s+){0,2}(?:contrast|radiation|sedation|cannulation)\b")


# "the thrombus as a filling defect": the thing, then the look it is shown as.
_SHOWN_AS = re.compile(
    r"^(?:the\s)?[\w-]{2,30}(?:\s[\w-]{2,30})?\sas\s(?:an?\s)?(?P<look>\S.*)$", re.I
)
# "… lucencies outlining the heart border and the aorta": "the aorta" is the participle's
# object, no finding of its own. ("widening of the mediastinum and a …": a noun in "-ing"
# before "of" takes no object)
_PARTICIPLE_AND = re.compile(r"\b[a-z]{3,20}ing\s(?!of\s)(?:[\w-]{1,20}\s){1,5}and\s(?:the\s)?$")


def _as_what(value: str) -> str:
    """The look a thing is shown as ("thrombus as a filling defect" → "filling defect")."""
    shown_as = _SHOWN_AS.match(value)
    return shown_as.group("look") if shown_as else value


def _object_of_participle(shown: str, raw: str) -> bool:
    """Whether a listed piece is the second object of a participle in the piece before."""
    at = shown.find(raw)
    before = shown[:at].rsplit(",", 1)[-1] if at > 0 else ""
    return _PARTICIPLE_AND.search(before) is not None


def _a_look(value: str) -> bool:
    """Whether a piece a qualified study shows is a look of the topic."""
    return (
        fits_finding(value)
        and not names_no_look(value)
        and not _NO_LOOK.match(value)
        and not _SPARES.search(value)
        and value.count("(") == value.count(")")
        and not _FIGURE.search(value)
    )


# "a differential renal function of 38%": a measured figure, no look (a threshold's or a
# percentage's fact)
_FIGURE = re.compile(r"\d\s?%")


# "When abnormal, it shows X", "More often it shows X": the study a modality heading names,
# said again by a pronoun.
_IT_SHOWS = re.compile(
    r"^(?:(?:when|if)\s(?:performed|done|obtained|abnormal|positive),\s|more\soften\s|"
    r"otherwise,?\s)?it\s(?:(?:may|can|typically|usually|often|classically|also)\s){0,2}"
    r"(?P<verb>shows?|demonstrates?|reveals?)\s(?P<shown>[^;:]{3,300})",
    re.I,
)


# The subject a sentence opens on, before its verb: "The chest radiograph is often normal".
_LEAD_SUBJECT = re.compile(
    r"^(?:the\s|a\s|an\s)?(?P<np>[\w/+-]{1,30}(?:\s[\w/+-]{1,30}){0,3}?)\s"
    r"(?:is|are|may|can|remains?|shows?|demonstrates?|was|were)\b",
    re.I,
)


def _stands_for_study_or_topic(before: str, names: set[str]) -> bool:
    """Whether a leading "it" can only be the heading's study or the topic: the paragraph
    opens on it, or the sentence before opens on a study or on the topic's name."""
    if not before:
        return True
    lead = _LEAD_SUBJECT.match(before.strip())
    if lead is None:
        return False
    return bool(study_named(lead.group("np"))) or lead.group("np").lower() in names


def extract_pronoun_study_findings(article: Article) -> Iterator[Fact]:
    """Appearance facts of "It shows X" under a heading that names one modality, where "it"
    stands for that study or for the topic (no other referent): the heading's modality is
    the attribute, each listed finding a value of the article's subject."""
    names = {n.lower() for n in (article.title, *article.synonyms) if n.strip()}
    for sentence in iter_sentences(article):
        section = sentence.section
        match = _IT_SHOWS.match(sentence.text.strip())
        if not match or skips_section(section) or not (modality := section_modality(section)):
            continue
        if not _stands_for_study_or_topic(sentence_before(sentence), names):
            continue  # "it" is another thing the sentence before named
        if not (shown := shown_phrase(match)):
            continue
        for value in _shown_looks(shown, article):
            yield make_fact(
                FactKind.APPEARANCE,
                article,
                section,
                sentence.text,
                key=(article.title, modality, "shown", value.lower()),
                subject=article.title,
                attribute=modality,
                value=value,
                statement=sentence.text,
            )


def qualified_study(words: str) -> str:
    """The study ``words`` name as a whole with qualifiers ("barium enema", "fetal MRI",
    "sinus radiographs"), as a card writes it; "" when they name none or another time."""
    words = words.strip()
    whole = _STUDY_NAME.fullmatch(words)
    if whole is None or _OTHER_THING.search(words):
        return ""
    written = _written(words)
    return written if _MODALITY_WORD.search(written) else ""


_STUDY_NAME = re.compile(
    rf"(?:[Tt]he\s|[Aa]n?\s)?(?:{_QUALIFIER_WORD}\s){{1,3}}{_HEAD}|(?:[Tt]he|[Aa]n?)\s{_HEAD}"
)


def shown_looks(shown: str, article: Article) -> Iterator[str]:
    """The looks a study's "shows" phrase names (see ``_shown_looks``)."""
    return _shown_looks(shown, article)


def _shown_looks(shown: str, article: Article) -> Iterator[str]:
    """The looks a study's "shows" phrase names, each as what it is ("as a filling defect"),
    none that is no look or the object of a participle."""
    for raw, found in study_findings(_ANY_STUDY, shown, article):
        value = _as_what(found)
        if _a_look(value) and not _object_of_participle(shown, raw):
            yield value
