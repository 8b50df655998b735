"""Which stage, form or state of the article's subject a finding is stated for: "In chronic
disease the liver shows …", "If infected, the wall becomes thick", "a filling defect in the
artery in embolic disease". A finding of a subgroup must name it: the card's subject is
"<title> (chronic disease)", never the title alone. Grammar and closed word lists only."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.text import split_label, split_sentences
from quizgen.model import Article, BlockKind, ListItem

__all__ = [
    "heading_groups",
    "listed_groups",
    "names_a_body_region",
    "stage_label",
    "stage_name",
    "subgroup_opening",
    "subgroup_subject",
    "subgroup_trailing",
    "subtype_subject",
]

# A contrast or scan phase is how the image was made, not a stage of the disease.
_SCAN_PHASE = (
    r"(?:late\s+arterial|arterial|portal(?:\s+venous)?|venous|delayed|equilibrium|"
    r"hepatobiliary|excretory|nephrographic|corticomedullary|pyelographic|transitional|"
    r"blood[- ]pool|dynamic|angiographic|pre-?contrast|post-?contrast|contrast|washout|flow|"
    r"unenhanced|non-?contrast)\s+phase"
)
# Words that count cases ("in most cases") or point back ("in these cases"): no subgroup.
_NOT_A_GROUP_WORD = (
    r"(?:most|some|many|all|few|rare|these|those|such|other|both|either|such|the|a|an|"
    r"this|that|its|their|our)\b"
)
# The noun that makes a phrase a stage, form or kind of disease.
_GROUP_HEAD = (
    r"(?:phase|stage|disease|form|type|variant|cases|occlusion|thrombosis|embolism|"
    r"obstruction|infection|inflammation|injury|injuries)"
)
# "In chronic disease the liver …", "During the acute phase, …", "In stage IV disease, …".
_OPENING = re.compile(
    rf"^(?:in|during)\s+(?:the\s+)?(?!{_SCAN_PHASE}\b)(?!{_NOT_A_GROUP_WORD})"
    rf"(?P<group>[a-z][\w-]{{1,25}}(?:\s+(?!{_NOT_A_GROUP_WORD})[\w-]{{1,25}})?\s+{_GROUP_HEAD})"
    r"\b(?:\s*,?\s+(?=[A-Za-z])|\s*:\s*$)",
    re.I,
)
# "In children the cap is thick": a group of patients, a closed list.
_PEOPLE_OPENING = re.compile(
    r"^(?:in|among)\s+(?P<group>(?:young\s+|older\s+)?(?:children|adults|infants|neonates|"
    r"adolescents)|the\s+elderly)(?:\s*,?\s+(?=[A-Za-z])|\s*:\s*$)",
    re.I,
)
# "If infected, the wall becomes thick": a state of the lesion, a closed list.
_STATE_OPENING = re.compile(
    r"^(?:if|when|once)\s+(?P<group>infected|inflamed|ruptured|complicated|thrombosed|"
    r"haemorrhagic|hemorrhagic|torsed)(?:\s*,\s+(?=[A-Za-z])|\s*:\s*$)",
    re.I,
)
# "… in the SMA in embolic disease", "…, in thrombosis": the subgroup closes a listed finding.
_TRAILING = re.compile(
    rf",?\s+in\s+(?!{_SCAN_PHASE}\b)(?!{_NOT_A_GROUP_WORD})"
    rf"(?P<group>(?:[a-z][\w-]{{1,25}}\s+){{0,2}}{_GROUP_HEAD})\s*\.?$",
)


def subgroup_opening(sentence: str, names: tuple[str, ...] = ()) -> tuple[str, str]:
    """(the subgroup a sentence opens on, the sentence after it); ("", sentence) when it
    opens on none. Another condition by name ("In Caroli disease, …") is no subgroup, but an
    eponymous variant is ("In the Heidenhain variant, …"), and so is a form of the subject
    named with one of its ``names`` ("In sporadic CJD:", "In childhood HCC, …")."""
    match = (
        _OPENING.match(sentence)
        or _STATE_OPENING.match(sentence)
        or _PEOPLE_OPENING.match(sentence)
    )
    if match and (
        match.group("group")[:1].islower() or _EPONYM_FORM.fullmatch(match.group("group"))
    ):
        return " ".join(match.group("group").split()), sentence[match.end() :]
    if names and (named := _NAMED_FORM.match(sentence)):
        group = " ".join(named.group("group").split())
        if _names_a_form(group, names):
            return group, sentence[named.end() :]
    return "", sentence


# "the Heidenhain variant", "the Brodie type": a capitalised name before a word that makes it
# a form of the subject, never of another disease ("Caroli disease").
_EPONYM_FORM = re.compile(r"[A-Z][\w'’-]{1,25}\s+(?:variant|form|type|subtype)", re.I)
# "In sporadic CJD:", "In childhood HCC, …": modifiers, then a name, then a comma or colon.
_NAMED_FORM = re.compile(
    rf"^(?:in|among)\s+(?!{_NOT_A_GROUP_WORD})(?P<group>[a-z][\w-]{{2,25}}"
    r"(?:\s+[\w-]{1,40}){1,4}?)\s*[,:]\s*",
    re.I,
)


def _names_a_form(group: str, names: tuple[str, ...]) -> bool:
    """Whether ``group`` is one or two lower-case modifiers before one of ``names``."""
    low = group.lower()
    for name in names:
        wanted = name.strip().lower()
        if not wanted or not low.endswith(f" {wanted}"):
            continue
        modifiers = group[: -len(wanted)].split()
        if 1 <= len(modifiers) <= 2 and all(m[:1].islower() for m in modifiers):
            return True
    return False


def subgroup_trailing(text: str) -> tuple[str, str]:
    """(the subgroup a listed finding closes on, the finding without it); ("", text)."""
    match = _TRAILING.search(text)
    if not match or match.start() == 0:
        return "", text
    return " ".join(match.group("group").split()), text[: match.start()].rstrip(" ,")


def subgroup_subject(title: str, group: str) -> str:
    """ "Budd-Chiari syndrome (chronic disease)"; the title alone when no group."""
    return f"{title} ({group})" if group else title


# A paragraph that is one line of a list whose bullet the plain text lost: no sentence end.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


def listed_groups(article: Article) -> Iterator[tuple[str, str, str]]:
    """(section path, entry text, subgroup) for each entry of a list (or run of "T1: …" lines)
    whose intro opens on a subgroup and ends with a colon ("In sporadic CJD:", "In
    children:"): the entries describe that subgroup, not the subject as a whole."""
    names = (article.title, *article.synonyms)
    for section in article.sections:
        group = ""
        for block in section.blocks:
            if block.kind is BlockKind.LIST:
                for text in _item_texts(block.items):
                    if named := _joined(group, stage_label(text)):
                        yield section.path, text, named
            elif block.kind is BlockKind.KEY_VALUE:
                if named := _joined(group, stage_label(block.text)):
                    yield section.path, block.text, named
            elif block.kind is BlockKind.PARAGRAPH:
                text = block.text.strip()
                if not _SENTENCE_END.search(text) and not text.endswith(":"):
                    # an entry that lost its bullet
                    if named := _joined(group, stage_label(text)):
                        yield section.path, text, named
                    if group:
                        continue
                intro = split_sentences(text)[-1] if text else ""
                group = subgroup_opening(intro, names)[0] if intro.endswith(":") else ""


def _joined(group: str, stage: str) -> str:
    """ "sporadic CJD, follow-up": an intro's subgroup and an entry's stage together."""
    return ", ".join(part for part in (group, stage) if part)


# An entry's label that names a stage or time of the disease ("chronic phase: cord atrophy",
# "follow-up: progressive atrophy", "subacute (days 6-15): hyperintense on T1 and T2").
# ("early subacute", "late stage", "mature thrombus"); and a time of the course: "0-2 weeks",
# "after about 5-6 months", "first 2 weeks", "less than 24 hours" (not years: an age group)
_STAGE_LABEL = re.compile(
    r"(?:(?:early|late|mid)\s+(?=(?:hyper|sub)?acute|chronic|stage|phase))?"
    r"(?:(?:hyper|sub)?acute|chronic|early|late|healed|healing|active|inactive|resolving|"
    r"end-stage|advanced|initial|follow-up|untreated|treated|post-treatment|mature|immature|"
    r"maturing|organi[sz]ing|evolving)"
    r"(?:\s+(?:phase|stage|disease|lesions?|infarcts?|thrombus|haemorrhage|hemorrhage|"
    r"ha?ematomas?|hematomas?|abscess(?:es)?|clots?))?|"
    r"(?:(?:after|before|within|beyond|over|under|less\s+than|more\s+than|up\s+to|first|"
    r"[<>≤≥])\s{0,2})?(?:(?:about|around|approximately)\s+)?"
    r"\d{1,3}(?:\s{0,2}[-–]\s{0,2}\d{1,3})?\s{0,2}(?:hours?|days?|weeks?|months?)",
    re.I,
)
_LABEL_BRACKET = re.compile(r"\s*\([^()]{0,40}\)")
# "macrocystic: one or more anechoic cysts", "type 2: …": a label of one adjective or a type
# names a form of the lesion; "typical:" or "additional:" names none.
_FORM_LABEL = re.compile(
    r"(?!(?:typical|atypical|classical|general|additional|usual|unusual|normal|incidental|"
    r"ancillary|associated|related|technical|clinical|optional|essential|critical)$)"
    r"[a-z]{2,20}(?:ic|ous|ed|al|ar)|type\s+(?:\d{1,2}[a-z]?|[IVX]{1,4}|[A-D])"
)


def stage_label(text: str) -> str:
    """The stage a "label: finding" entry names by its label ("chronic phase"), or ""."""
    label, detail = split_label(text)
    if not detail:
        return ""
    bare = _LABEL_BRACKET.sub("", label).strip()
    return bare.lower() if stage_name(bare) or _FORM_LABEL.fullmatch(bare) else ""


def stage_name(label: str) -> str:
    """The stage or time of the course a line's label names ("late subacute (1-2 weeks)" →
    "late subacute", "after about 5-6 months"), or ""."""
    bare = " ".join(_LABEL_BRACKET.sub("", label).split())
    return bare.lower() if _STAGE_LABEL.fullmatch(bare) else ""


def _item_texts(items: tuple[ListItem, ...]) -> Iterator[str]:
    for item in items:
        yield item.text
        yield from _item_texts(item.children)


# A heading over the imaging findings (its parent's): "Radiographic features", "Imaging".
_IMAGING_PARENT = re.compile(r"\b(?:radiograph\w*|imaging|radiolog\w*)\b", re.I)
# A heading naming an organ or system the disease involves: the findings below are of the
# disease there ("Spinal cord" in a page on a disease of the cord, nerves and brain).
_ORGAN_HEADING = re.compile(
    r"(?:spinal\s+cord|cord|brain|spine|optic\s+nerves?|orbits?|eyes?|chest|thorax|lungs?|"
    r"heart|cardiac|abdomen|pelvis|liver|hepatic|kidneys?|renal|bones?|skeleton|skeletal|skull|"
    r"musculoskeletal(?:\s+system)?|central\s+nervous\s+system|CNS|head\s+and\s+neck|"
    r"skin|joints?|bowel|gastrointestinal(?:\s+tract)?|pancreas|spleen|thyroid|breasts?|"
    r"extraocular\s+muscles?)(?:\s+(?:involvement|disease|lesions?|findings))?",
    re.I,
)
_FORM_WORDS = 2
# The body regions a skeletal or multisystem survey is read by, beside the organs above.
_BODY_REGION = re.compile(
    rf"(?:the\s+)?(?:{_ORGAN_HEADING.pattern}|(?:upper\s+|lower\s+)?(?:limbs?|extremit(?:y|ies))|"
    r"hands?|feet|foot|wrists?|elbows?|shoulders?|hips?|knees?|ankles?|ribs?|thorax|"
    r"(?:long|tubular|flat)\s+bones|face|facial\s+bones|mandible|skull\s+base|"
    r"(?:cervical|thoracic|lumbar)\s+spine|sacrum|pelvic\s+bones)",
    re.I,
)


def names_a_body_region(label: str) -> bool:
    """Whether a list's intro is only a body region's label ("Skull:", "Hands and feet:"): in
    an imaging section the list after it gives the subject's findings there."""
    text = " ".join(label.split()).rstrip(":").strip()
    if not label.rstrip().endswith(":") or not text:
        return False
    return all(_BODY_REGION.fullmatch(part) for part in re.split(r"\s*(?:,|\band\b)\s*", text))


def heading_groups(article: Article) -> dict[str, tuple[str, str]]:
    """(name, "form" or "organ") by section path, for sections under an imaging heading whose
    own heading names a form of the subject ("Miliary tuberculosis" in "Pulmonary
    tuberculosis") or an organ it involves ("Spinal cord")."""
    heads = {_last_word(n) for n in (article.title, *article.synonyms) if n.strip()}
    names = {n.strip().lower() for n in (article.title, *article.synonyms)}
    found: dict[str, tuple[str, str]] = {}
    for section in article.sections:
        heading = " ".join(section.heading.split())
        if not heading or not any(_IMAGING_PARENT.search(p) for p in section.parents):
            continue
        if _ORGAN_HEADING.fullmatch(heading):
            found[section.path] = (heading[:1].lower() + heading[1:], "organ")
            continue
        words = heading.split()
        modifiers = words[:-1]
        if (
            1 <= len(modifiers) <= _FORM_WORDS
            and _last_word(heading) in heads
            and heading.lower() not in names
            and not _IMAGING_PARENT.search(heading)
        ):
            found[section.path] = (heading, "form")
    return found


def _last_word(name: str) -> str:
    words = re.findall(r"[\w-]+", name.lower())
    last = words[-1] if words else ""
    return last[:-1] if last.endswith("s") and not last.endswith(("ss", "is", "us")) else last


# "Type 3 lesions", "Mass-forming tumours": a type numbered or a hyphenated modifier before a
# generic lesion noun names a kind of the article's own lesion, not a lesion of its own.
# A stage word ("Older lesions", "Acute plaques") names a stage of it the same way; the
# card keeps the noun ("(older lesions)"): the adjective alone reads as no stage.
_SUBTYPE = re.compile(
    r"^(?:the\s+)?(?:(?P<group>type\s+(?:\d{1,2}[a-z]?|[IVX]{1,4}|[A-D])"
    r"|[a-z]{2,20}(?:-[a-z]{2,20}){1,2})|(?P<stage>early|late|old|older|new|newer|recent|"
    r"(?:hyper|sub)?acute|chronic|mature|immature|healing|healed|evolving|established|"
    r"resolving|advanced))"
    r"\s+(?P<noun>lesions?|tumou?rs?|masses|mass|nodules?|neoplasms?|deposits?|plaques?)$",
    re.I,
)


def subtype_subject(title: str, subject: str) -> str:
    """ "Congenital X (type 3)" for "Type 3 lesions" in an article on congenital X; the
    subject unchanged when it names no type of a generic lesion."""
    found = _SUBTYPE.match(subject.strip())
    if not found or not title:
        return subject
    if stage := found.group("stage"):
        return subgroup_subject(title, f"{stage.lower()} {found.group('noun').lower()}")
    group = found.group("group")
    return subgroup_subject(title, group[0].lower() + group[1:])  # "type II" keeps its numeral
