"""Findings outside the closed imaging vocabulary, read where the text says they are
findings: under a heading that names one modality ("Plain radiograph", "CT",
"Echocardiography"), a fragment listed as a feature ("- bronchial wall thickening"), what the
modality is said to show ("Chest radiographs may show an irregular aortic contour, …"), what
is said to be seen ("Mucoid impaction is seen in the majority") and what the lesion appears
as ("it appears as a lobulated filling defect").

The value is the finding as written (a noun phrase, without its explanation after ", which"
or in brackets); the attribute is the modality of the heading. A clause with a subject of its
own, a differential's list or a sentence about what the modality is good for gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quizgen.extractors.appearance_names import TRACER_STUDY
from quizgen.extractors.imaging import (
    SEQUENCE_GROUP,
    has_finding_words,
    read_findings,
    sequences_in,
)
from quizgen.extractors.imaging_prose import (
    NAVIGATION_SECTION,
    names_article,
    names_lesion_or_part,
    names_other_lesion,
    others_features,
    telegraphic,
)
from quizgen.extractors.imaging_subgroups import (
    names_a_body_region,
    stage_label,
    subgroup_opening,
    subgroup_subject,
    subgroup_trailing,
)
from quizgen.extractors.named_findings import PLAIN_ADJECTIVE
from quizgen.extractors.text import (
    blocks_with_flat_lists,
    make_fact,
    split_label,
    split_sentences,
)
from quizgen.extractors.vetting import NAMES_NO_FINDING
from quizgen.model import Article, BlockKind, Fact, FactKind, ListItem, Section
from quizgen.phrases import shares_a_word

__all__ = [
    "clean_finding",
    "comma_pieces",
    "extract_open_findings",
    "fits_finding",
    "is_case",
    "names_no_look",
    "names_role",
    "section_modality",
    "short_meaning",
    "sign_of",
    "skips_section",
    "study_findings",
    "study_named",
]

_SKIP_SECTION = re.compile(
    r"differential|mimic|distinguish|treatment|management|prognos|patholog|clinical|"
    rf"epidemiolog|aetiolog|etiolog|{NAVIGATION_SECTION}",
    re.I,
)
# Modalities the sequence vocabulary leaves out, as headings name them.
# A contrast study of the oesophagus by its own name ("oesophagram", "esophagogram").
_OESOPHAGRAM = r"o?esophag(?:og)?rams?|o?esophagography"
_EXTRA_MODALITIES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), name)
    for p, name in (
        (r"\bechocardiograph\w*|\becho\b", "echocardiography"),
        # "CT and MR angiography": both studies, the one angiography written once
        (
            r"\b(?:CT|MRI?)\s{0,2}(?:and|or|/)\s{0,2}(?:CT|MRI?)\s+angiograph\w*",
            "CT/MR angiography",
        ),
        (r"\b(?:CT|computed tomograph\w*)\s+angiograph\w*|\bCTA\b", "CT angiography"),
        (r"\b(?:MR|MRI)\s+angiograph\w*|\bMRA\b", "MR angiography"),
        (r"\bangiograph\w*|\bDSA\b|\bcatheter angiograph\w*", "angiography"),
        (r"\bV/Q\b|\bventilation[- /]{1,3}perfusion\b", "V/Q scintigraphy"),
        (r"\bnuclear medicine\b|\bscintigraph\w*|\bradionuclide\b", "nuclear medicine"),
        # the biliary and pancreatic duct studies, by their usual abbreviations
        (r"\bMRCP\b|\bMR cholangiopancreatograph\w*", "MRCP"),
        (r"\bERCP\b|\bendoscopic retrograde\b", "ERCP"),
        (
            r"\bfluoroscop\w*|\bbarium\b|\bcontrast (?:study|studies|meal|swallow|enema)\b|"
            r"\bupper GI\b|\bwater[- ]soluble contrast\b|\bfollow[- ]through\b|\benteroclysis\b|"
            rf"\b(?:{_OESOPHAGRAM})\b",
            "fluoroscopy",
        ),
        # contrast studies of one organ, named by their own names
        (r"\bhysterosalpingograph\w*|\bHSG\b", "hysterosalpingography"),
        (r"\bCT\s+urograph\w*", "CT urography"),
        (r"\b(?:excretory|intravenous|IV)\s+urograph\w*|\bIVU\b|\bIVP\b", "IV urography"),
        (
            r"\b(?:micturating|voiding)\s+cysto(?:urethro)?graph\w*|\bMCUG\b|\bVCUG\b",
            "voiding cystourethrography",
        ),
        (r"\bCT\s+venograph\w*|\bCTV\b", "CT venography"),
        (r"\b(?:MR|MRI)\s+venograph\w*|\bMRV\b", "MR venography"),
        (r"\bvenograph\w*", "venography"),
        (r"\bmyelograph\w*", "myelography"),
        (r"\bsialograph\w*", "sialography"),
        (r"\bdefa?ecograph\w*|\bproctograph\w*", "defecography"),
    )
)
_FAMILIES = (
    ("MRI", "MRI"),
    ("CT", "CT"),
    ("contrast-enhanced CT", "CT"),
    ("CT non-contrast", "CT"),
    ("ultrasound", "ultrasound"),
    ("colour Doppler", "ultrasound"),
    ("radiograph", "radiograph"),
    ("mammography", "mammography"),
    ("fluoroscopy", "fluoroscopy"),
    ("PET", "PET"),
    ("PET-CT", "PET-CT"),
    ("bone scan", "bone scan"),
    ("scintigraphy", "nuclear medicine"),
)


def _heading_modality(heading: str) -> str:
    """The one modality a heading names ("Plain radiograph" → "radiograph"), else ""."""
    for pattern, name in _EXTRA_MODALITIES:
        if pattern.search(heading):
            return name
    named = sequences_in(heading)
    families = {_family(n) for n in named}
    if len(families) == 2 and _ONLY_MODALITIES.match(heading.strip()):
        # "MRI and CT", "CT/MRI": what follows is seen on both
        return "/".join(dict.fromkeys(_family(n) for n in named))
    if len(families) != 1:
        return ""
    family = families.pop()
    # "Non-contrast CT" keeps its phase; a sequence heading ("T2") is its family's (MRI).
    return named[0] if len(named) == 1 and family == "CT" else family


_ONLY_MODALITIES = re.compile(
    r"^(?:CT|MRI?|ultrasound|US|radiographs?)\s*(?:and|/|or|,)\s*"
    r"(?:CT|MRI?|ultrasound|US|radiographs?)$",
    re.I,
)


# Studies of nuclear medicine, one kin for a sentence naming its own study ("FDG PET-CT
# shows …", "Bone scintigraphy shows …" under "Nuclear medicine")
_NUCLEAR = frozenset({"PET", "PET-CT", "bone scan", "scintigraphy", "nuclear medicine"})


def _kin(name: str) -> str:
    return "nuclear medicine" if _family(name) in _NUCLEAR else _family(name)


def _family(name: str) -> str:
    if name.startswith("MRI"):
        return "MRI"
    return dict(_FAMILIES).get(name, name)


def section_modality(section: Section) -> str:
    """The modality the section's own heading names, else its nearest parent's."""
    for heading in (section.heading, *reversed(section.parents)):
        if heading and (name := _heading_modality(heading)):
            return name
    return ""


# Where a finding's own words end: its explanation, its cause, a hedge on another clause.
_EXPLANATION = re.compile(
    r"\s*(?:,\s*|\s)(?:which|that\s+(?:is|are|represents?|reflects?)|reflecting|representing|"
    r"due\s+to|secondary\s+to|giving|producing|resulting|suggesting|indicating|mimicking|whereas|while|although|"
    r"though|but|unlike|in\s+contrast|compared|similar\s+to|(?:a|an|the)\s+(?:striking|"
    r"useful|helpful|key|important)\s+\w+)\b.*$|"
    # a cause after a comma: "…, from wall thickening", "…, due to the lymphoid stroma"
    r",\s*(?:due\s+to|caused\s+by|from|because|as\s+a\s+result)\b.*$|\s*[;:].*$|\s+[-–—]\s.*$",
    re.I | re.S,
)
# Words a cut finding must not end on: "bony outgrowth in" (before "which"), "… well".
_DANGLING = re.compile(
    r"(?:\s+(?:in|of|with|from|at|on|to|by|for|a|an|the|and|or|as|well|into|within))+$", re.I
)
_BRACKETS = re.compile(r"(?<!\s)\s*\([^()]{0,120}\)|(?<!\s)\s*\[[^\[\]]{0,40}\]")
_QUOTES = re.compile(r"[\"“”‘’]")
# A clause with a finite verb has a subject of its own: not a listed finding.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|shows?|demonstrates?|measures?|enhances?|enhance|"
    r"appears?|becomes?|remains?|contains?|does|do|did|may|might|can|could|will|would|"
    r"should|must|helps?|allows?|"
    # what a technique is worth: "Adding SPECT/CT improves localisation", "X provides …"
    r"improves?|provides?|offers?|enables?|"
    # a finding as a sign of something else: "thick septa raise concern for malignancy"
    r"raises?|raise|suggests?|suggest|indicates?|indicate|favou?rs?|favou?r|implies|imply|"
    r"predicts?|predict|warrants?|warrant)\b",
    re.I,
)
# Words of a sentence about the modality, not the lesion ("the extent of the disease").
_ROLE = re.compile(
    r"\b(?:extent|staging|choice|modality|investigation|technique|sensitiv\w*|specific\w*|"
    r"accura\w*|useful|helpful|assessment|evaluation|diagnosis|guidance|planning|follow-up|"
    r"detection|ionising|radiation|first-line|gold standard|role|confirm\w*|excludes?|"
    r"complications?|response|activity|guides?|guiding|detail)\b",
    re.I,
)
# What a modality does better than another: "CT shows cortical breach better than radiographs".
_BETTER = re.compile(
    r"\b(?:better|best|(?:superior|inferior)\s+to|more\s+(?:clearly|readily|sensitive|accurately)|"
    r"earlier\s+than)\b",
    re.I,
)
_LEAD_ARTICLE = re.compile(r"^(?:a|an|the|some|multiple\s+(?=and))\s+", re.I)
_MIN_WORDS = 2  # "bronchial wall thickening"; a lone word is an adjective of the next
_MAX_WORDS = 16
# An intro to a list that is another thing's: "Features favouring a mimic:".
_OTHER_INTRO = re.compile(
    r"\b(?:unlike|whereas|in contrast|by contrast|mimic\w*|differential|distinguish\w*|"
    r"discriminat\w*|rather than|help\w* to|versus|vs)\b",
    re.I,
)


# An intro to the topic's findings ("Other CT findings include:", "Its typical features
# are:"); a list under another intro ("They favour four regions:") lists something else.
_FINDINGS_INTRO = re.compile(
    r"^(?!.*\b(?:unlike|whereas|in contrast|by contrast|mimic\w*|differential|distinguish\w*|"
    r"discriminat\w*|rather than|versus|vs)\b).*\b(?:features?|findings?|signs?|show\w*|"
    r"includ\w*|demonstrat\w*|reveal\w*|appearances?|characteri\w*|seen)\b",
    re.I | re.S,
)


# "thrombus in, or non-visualisation of, the hepatic veins": a second finding set between a
# preposition and the object both share; the first finding is read with its object.
_SHARED_OBJECT = re.compile(
    r"\b(?P<prep>in|of|within|into|on|at)\s{0,2},\s{0,2}(?:or|and)\s+[^,;.]{1,60}?"
    r"\s(?:in|of|within|into|on|at),\s{1,2}",
    re.I,
)


# "joint space narrowing that is uniform": one quality said after the finding is the
# finding's own ("uniform joint space narrowing"); cut off as an explanation it was lost.
# Words of frequency or worth say how the finding is met or valued, not what it is.
_QUALITY_AFTER = re.compile(
    r"^(?P<finding>[^,;:()]{3,80}?)\s+(?:that|which)\s+(?:is|are)\s+"
    r"(?P<quality>(?:[a-z]{3,15}ly\s+)?(?!(?:common|rare|typical|characteristic|classic|present|"
    r"absent|visible|seen|frequent|unusual|uncommon|important|useful|diagnostic|specific|"
    r"sensitive|pathognomonic|variable|helpful|key|late|early|seen|found|noted)\b)[a-z]{3,20})"
    r"\s*\.?$",
    re.I,
)


def _clean(text: str) -> str:
    """The finding's own words: no brackets, quotes, explanation or leading article."""
    text = _BRACKETS.sub("", _QUOTES.sub("", text))
    text = _QUALITY_AFTER.sub(lambda m: f"{m.group('quality')} {m.group('finding')}", text)
    text = _SHARED_OBJECT.sub(lambda m: f"{m.group('prep')} ", text)
    text = _EXPLANATION.sub("", text).strip(" ,.")
    text = _LEAD_ARTICLE.sub("", text)
    text = _DANGLING.sub("", re.sub(r"\s+", " ", text).strip(" ,."))
    return text.strip(" ,.")


# An image's caption that names only how it was made: its plane, sequence, window, phase or
# reconstruction ("Axial T2", "Coronal T1 C+", "Axial 3D CISS", "Axial bone window",
# "Sagittal reformat", "Portal venous phase"). It says what the image is, not what it shows.
_VIEW_WORD = (
    r"axial|coronal|sagittal|oblique|transverse|longitudinal|frontal|lateral|AP|PA|"
    r"[23]D|MIP|MinIP|MPR|reformat(?:s|ted)?|reconstructions?|volume[- ]rendered|VR|"
    r"thin[- ]section|high[- ]resolution|window(?:s|ed)?|bone|lung|soft[- ]tissue|brain|"
    r"mediastinal|chest|abdomen|abdominal|pelvis|pelvic|head|neck|CISS|FIESTA|SPACE|MRA|MRV|CTA|CTV|TOF|arterial|portal|venous|delayed|"
    r"nephrographic|excretory|phase|pre[- ]?contrast|post[- ]?contrast|non[- ]?contrast|"
    r"with|without|contrast|C\+|C-|images?|views?|sequences?|scans?|series|key|"
    rf"{SEQUENCE_GROUP}"
)
_VIEW_ONLY = re.compile(rf"(?:(?:{_VIEW_WORD})(?![\w+])[\s,/]*){{1,8}}", re.I)
_CAPTION_CHARS = 80  # a caption is short; the bound also keeps the match linear


def names_only_view(text: str) -> bool:
    """Whether ``text`` is a caption naming only a plane, sequence, window or phase."""
    text = text.strip(" .")
    return len(text) <= _CAPTION_CHARS and _VIEW_ONLY.fullmatch(text) is not None


def _fits(value: str, *, whole: bool = False) -> bool:
    """A finding of a fair length, without a verb or a word about the modality's role;
    ``whole``: the value is a whole list item or sentence, so one word is a finding too."""
    words = value.split()
    normal = re.match(r"(?:\w+\s+)?normal\b", value, re.I) is not None
    # "splenomegaly": one word that names a finding by its ending is one too
    lone_finding = len(words) == 1 and _LONE_FINDING.search(value) is not None
    return (
        (normal or lone_finding or (1 if whole else _MIN_WORDS) <= len(words) <= _MAX_WORDS)
        and not _FINITE.search(value)
        and not _ROLE.search(value)
        and value[:1].isalpha()
        and not names_only_view(value)
        and not _NAMING_CUE.match(value)
    )


# "…, also called the eggshell sign": a piece that gives another name is no finding.
_NAMING_CUE = re.compile(
    r"^(?:(?:also|sometimes|often|previously|formerly|commonly)\s)?(?:called|termed|named|"
    r"known\sas|referred\sto\sas|described\sas)\b",
    re.I,
)


# A piece that ends on an adjective ("with bilateral, peripheral, … opacities") or opens on an
# adverb ("a high-attenuation, often enhancing wall") is part of its neighbour, not a finding.
_ADJECTIVE_END = re.compile(r"(?:al|ar|ic|ous|ive|ed|ing|ent|ant|ible|able|ile|-[a-z]+)$", re.I)
# "testicular enlargement", "mucus plugging": two words or more ending on a noun's suffix
_NOUN_END = re.compile(r"(?:ing|ment|tion|sion|ness|ity|ence|ance)$", re.I)
# A lone word that names a finding by a noun's ending ("splenomegaly", "ascites",
# "hydronephrosis", "oedema", "varices", "lymphadenopathy", "pneumothorax").
_LONE_FINDING = re.compile(
    r"(?:megaly|osis|itis|ectasis|ites|thorax|rrhage|rrhoea|rrhea|o?edema|aemia|emia|ices|"
    r"pathy|plasia|trophy|cele|lith|liths|stenosis|ptosis)$",
    re.I,
)
_ADVERB_START = re.compile(
    r"^(?:often|usually|typically|sometimes|occasionally|frequently|commonly|rarely)\s", re.I
)
# Examples after the finding belong to it: "…, especially in the pelvis, scapula and spine".
_EXAMPLES = re.compile(
    r",?(?<!\s)\s+(?:especially|particularly|such\s+as|including|e\.g\.|for\s+example)\b.*$",
    re.I | re.S,
)
# A piece after the first that is no finding of its own: an apposition naming it ("the
# hallmark of the lesion", "the so-called doughnut sign"), a share, a place or a manner.
_NOT_A_PIECE = re.compile(
    r"^(?:(?:the\s+|a\s+|an\s+)?(?:so-called|hallmark|key|classic|characteristic|typical|"
    r"pathognomonic|diagnostic)\b|(?:in|on|at|with|where|when|especially|particularly|such|"
    r"caused|due|which|as|than|most|best|both)\b|\w+ing\s(?!of\b|or\s[\w-]+\s+of\b))",
    re.I,
)


# "lingula and lower lobe predominance": one plain phrase with an "and"/"or", no clause.
# (Bounded: on "a and a and …" an unbounded run backtracks to every "and", quadratically.)
_COORDINATED_TAIL = re.compile(
    r"^(?!(?:with|without|in|on|at|of|from|to|by|and|or|but)\b)(?![\w -]{0,610}\b(?:that|which|"
    r"who|is|are)\b)[\w -]{1,300}\s(?:and|or)\s[\w -]{1,300}$",
    re.I,
)


def _shares_a_head(part: str, following: list[str]) -> bool:
    """Whether ``part`` is a bare structure whose head is the last conjunct's ("middle lobe,
    lingula and lower lobe predominance"): alone it would name a place, not a finding, and
    the rest cut from it would name a part of the places as the whole."""
    return (
        bool(following)
        and names_only_anatomy(part)
        and _COORDINATED_TAIL.match(following[0].strip()) is not None
    )


def places_share_a_head(piece: str) -> bool:
    """Whether a piece is one coordinated finding that opens on a bare structure ("middle
    lobe, lingula and lower lobe predominance"): never cut at its "and"."""
    first, _comma, rest = piece.partition(",")
    return bool(rest) and _shares_a_head(first, [rest])


_BETWEEN_AND = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){1,6}?and\s", re.I)


def _pieces(phrase: str) -> list[str]:
    """ "an irregular aortic contour, calcification of the wall, and regional oligaemia" →
    three findings; "transient, migratory perihilar opacities" stays one (a lone word
    before a comma is an adjective of what follows)."""
    # ("located between the abdominal wall and the colon": the "and" of a "between" is no break)
    masked = _BETWEEN_AND.sub(lambda m: m.group(0).replace(" and ", " \x00 "), phrase)
    parts = [
        part.replace(" \x00 ", " and ")
        for part in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=(?:a|an|the)\s)", masked)
    ]
    merged: list[str] = []
    carry = ""
    for at, part in enumerate(parts):
        joined = f"{carry}, {part}" if carry else part
        if _shares_a_head(part, parts[at + 1 : at + 2]):
            carry = joined  # "middle lobe, lingula and lower lobe predominance": one finding
            continue
        if merged and not carry and _ADVERB_START.match(part):
            merged[-1] = f"{merged[-1]}, {part}"
            continue
        words = len(joined.split())
        # "bronchial wall thickening, mucus plugging": a gerund after a noun names a finding
        gerund = words >= _MIN_WORDS and _NOUN_END.search(joined.strip()) is not None
        # "splenomegaly, varices": a lone noun of a finding is one, no adjective of the next
        lone_finding = words == 1 and _LONE_FINDING.search(joined.strip()) is not None
        # ("gas in a thin, non-enhancing wall": a plain adjective ends no finding either)
        last = joined.split()[-1] if joined.split() else ""
        if (
            (words < _MIN_WORDS and not lone_finding)
            or (_ADJECTIVE_END.search(joined.strip()) and not gerund)
            or PLAIN_ADJECTIVE.match(last)
        ):
            carry = joined
            continue
        carry = ""
        merged.append(joined)
    if carry:
        merged.append(carry)
    if len(merged) >= 2:
        # "a J-shaped sella, oar-shaped ribs and bullet-shaped phalanges": a list's last "and"
        merged[-1:] = _and_halves(merged[-1])
    return [merged[0], *(p for p in merged[1:] if not _NOT_A_PIECE.match(p))] if merged else []


# "Chest radiographs may show …", "CT typically demonstrates …": what the modality shows.
_SHOWS = re.compile(
    r"^(?P<subject>[A-Za-z][\w /+-]{0,40}?)\s+(?:(?:may|can|will|typically|usually|often|"
    r"commonly|classically|characteristically|also|more\s+typically|frequently|"
    r"(?:most|more)\s+(?:often|commonly|frequently))\s+){0,2}"
    r"(?:shows?|demonstrates?|reveals?|depicts?)\s+(?P<np>.+)$",
    re.I | re.S,
)
# "CT may show …", "It can demonstrate …": what a study shows in some cases.
_HEDGED_SHOWS = re.compile(
    r"^[A-Za-z][\w /+-]{0,40}?\s+(?:may|can|might|could)\s+(?:also\s+)?"
    r"(?:show|demonstrate|reveal|depict)\b",
    re.I,
)
# "The chest radiograph is frequently normal": a normal study is a finding.
_NORMAL = re.compile(
    r"^(?P<subject>[A-Za-z][\w /+-]{0,40}?)\s+(?:is|are|may\s+be|can\s+be)\s+"
    r"(?P<how>(?:(?:often|frequently|usually|typically|commonly)\s+)?normal)\b"
    r"(?P<when>\s+in\s+[\w ,-]{3,40}?)?(?=\s*(?:[,.;]|$))",
    re.I,
)
# "on the iliac side", "at the lower pole": a place after "is seen" (not "at the time of")
_PLACE_LEAD = (
    r"(?:(?:on|along)\s+the|(?:at|around)\s+the(?!\s+(?:time|age|onset|same|start|end|"
    r"moment|point|stage)\b)"
    # "… are seen in the left sublingual space": a place, not a group, a setting or a time
    r"|(?:in|within|throughout)\s+the(?!\s+(?:majority|minority|setting|context|presence|"
    r"absence|elderly|young|old|first|second|early|late|acute|chronic|subacute|case|cases|"
    r"course|same|form|event|remainder|rest|other|adult|paediatric|pediatric|neonatal|fetal|"
    r"postoperative|post-operative|healing|active|end|arterial|venous|portal|delayed|"
    r"nephrographic|excretory|hepatobiliary|equilibrium|[\w-]{1,20}\s+phase)\b))"
)
# "Mucoid impaction within dilated bronchi is seen in the majority of patients",
# "Expansion and thinning of the cortex are common".
_SEEN = re.compile(
    # one finding, or a list of them ("Duct dilatation, sludge or calculi may be present")
    # never a setting or a condition first: "When an underlying mass is present, …", "On
    # colour Doppler vessels may be seen" (the finding is not the words from "When"/"On")
    r"^(?!(?:in|on|at|after|with|when|whenever|if|although|though|because|once|unless|"
    r"where|while|during|for|before|since)\b)"
    r"(?P<np>[A-Za-z][^,;:]{3,100}?|"
    r"[A-Za-z][^,;:]{3,60}(?:,\s{0,2}[A-Za-z][^,;:]{1,60}){0,3},?\s{1,2}(?:and|or)\s[^,;:]{2,60}?)"
    r"\s+(?:is|are|(?:may|can)\s+(?:also\s+)?be)\s+"
    r"(?:(?:usually|typically|often|commonly|"
    r"frequently|characteristically|also|almost\s+always|always|almost|virtually|nearly)\s+)?"
    r"(?:seen|present|common|frequent|typical|characteristic|visible|identified|demonstrated|"
    r"scattered|pathognomonic)\b"
    # where the sentence ends, or a share: not "seen as …", "seen within days"
    r"(?=\s*(?:[,.;]|$|and\b|in\s+(?:the\s+majority|most|many|about|around|up\s+to|\d)|"
    # "… is seen on the iliac side of the joint": where it lies is part of the look
    rf"{_PLACE_LEAD}))",
    re.I,
)
_SEEN_PLACE = re.compile(
    rf"\s+(?P<place>{_PLACE_LEAD}\s+[^,;.()]{{3,80}}?(?:\s?\([^()]{1, 40}\)[^,;.()]{0, 60})?)"
    # ("in the sublingual and submandibular spaces": an "and" inside the place joins places;
    # "… of the joint and the sacrum is spared": an "and" before a new subject ends it)
    r"(?=\s*(?:[,.;]|$|\swith\b|\sand\s+(?:the|a|an|is|are|was|were|may|can|it|they|there|"
    r"no|often|usually|typically)\b))",
    re.I,
)
# "… appears as mobile echogenic foci within the portal vein": the finding after "as".
_APPEARS_AS = re.compile(
    r"\b(?:(?:appears?|presents?|manifests?)\s+(?:(?:typically|usually|classically)\s+)?|"
    # "A tubal abscess is seen as …", "… is typically seen on CT as …"
    r"(?:is|are)\s+(?:(?:typically|usually|classically|often|commonly)\s+)?(?:seen|shown|"
    r"depicted|visible|identified)(?:\s+on\s+[\w -]{2,30}?)?\s+)as\s+"
    r"(?P<np>[^;]+)$",
    re.I,
)
_MODALITY_SUBJECT_WORDS = re.compile(
    r"\b(?:the|a|an|plain|chest|abdominal|conventional|images?|imaging|studies|study|scans?|"
    r"examinations?|films?|radiographs?|radiography|x-rays?|ultrasound|sonography|doppler|"
    r"colou?r|CT|MRI?|MRA|CTA|PET|FDG|PET-CT|scintigraphy|echocardiography|angiography|"
    r"catheter|DSA|fluoroscopy|contrast|enhanced|non-contrast|unenhanced|high-resolution|"
    r"HRCT|transthoracic|transoesophageal|transesophageal|dynamic|multiphase|delayed|"
    r"[A-Za-z0-9-]+\s+scintigraphy|Tc-99m|pertechnetate|DMSA|MAG3|MRCP|ERCP|"
    r"cholangiograph\w*|spectroscopy|MRS|proton|"
    # contrast studies by their names ("The barium oesophagram", "A barium enema")
    rf"barium|swallows?|meals?|enemas?|follow-through|{_OESOPHAGRAM})\b",
    re.I,
)
# The lesion itself as a subject: "the lesion", "it", "the mass".
_OWN_SUBJECT = re.compile(
    r"^(?:it|they|this|these|the\s+(?:lesion|mass|tumou?r|cyst|nodule)s?)$",
    re.I,
)


_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|this|these)$", re.I)


def _names_only_modality(subject: str) -> bool:
    left = re.sub(r"\b(?:or|and)\b", "", _MODALITY_SUBJECT_WORDS.sub("", subject))
    return not re.sub(r"[\s,/+-]+", "", left) and bool(_MODALITY_SUBJECT_WORDS.search(subject))


def _is_own(subject: str, article: Article) -> bool:
    subject = subject.strip().lower()
    names = {n.lower() for n in (article.title, *article.synonyms) if n.strip()}
    return (
        bool(_OWN_SUBJECT.match(subject))
        or subject.removeprefix("the ") in names
        # "A tumour appears as …" in an article on a carcinoma
        or names_article(subject, article)
    )


# (the finding's raw words, its cleaned value, the part of the organ it is of: "" for the
# lesion or organ as a whole)
_Found = list[tuple[str, str, str]]


def _normal(sentence: str) -> _Found:
    """ "The chest radiograph is frequently normal" → "frequently normal"."""
    normal = _NORMAL.match(sentence)
    if not normal or not _names_only_modality(normal.group("subject")):
        return []
    found = f"{normal.group('how')}{normal.group('when') or ''}".strip()
    return [(found, found, "")]


# "…, and is useful to assess the renal vein": a clause with the same subject that says what
# the study is good for; the findings are the words before it
_ROLE_CLAUSE = re.compile(
    r",?\s+and\s+(?:is|are|can|may|helps?|allows?|remains?|provides?)\b[^;]{0,300}$", re.I
)
# "CT shows the margins and separates it from a fracture, which has sharp edges": a second
# verb of the study's role; what follows describes the other thing, never the subject. (Cut
# after the role check: "…, and guides drainage" still marks a sentence about a role.)
_SECOND_ROLE = re.compile(
    r",?\s+and\s+(?:separates?|distinguish(?:es)?|differentiates?|excludes?|permits?|"
    r"enables?|confirms?|guides?|rules?\s+out)\b[^;]{0,300}$",
    re.I,
)
# "shows the corticated margins clearly": how well the study shows it, no part of the finding
_HOW_WELL = re.compile(r"\s+(?:clearly|well|nicely|exquisitely|readily|to\s+advantage)\s*$", re.I)


def _shown(sentence: str, article: Article) -> _Found:
    """What the modality (or the lesion) is said to show, one finding per listed item."""
    sentence = _ROLE_CLAUSE.sub("", sentence)
    if _BETTER.search(sentence):
        return []  # "shows it more clearly than radiographs": a comparison of studies
    shows = _SHOWS.match(_HOW_WELL.sub("", _SECOND_ROLE.sub("", sentence)))
    if not shows:
        return []
    subject = shows.group("subject")
    by_modality = _names_only_modality(subject) or bool(_subject_study(subject))
    # "It depicts the cyst type and its extent": a pronoun may stand for the modality named
    # before, so a sentence about what a modality is good for gives nothing under one either
    unnamed = by_modality or _PRONOUN_SUBJECT.match(subject.strip()) is not None
    part = _organ_part(subject, article)
    if (
        not (by_modality or part or _is_own(subject, article))
        or (unnamed and _ROLE.search(sentence))
        or (part and _ROLE.search(sentence))
    ):
        return []  # another's; "CTA shows the whole aorta …, and it is the first-line technique"
    phrase = re.split(r";|\s[-–—]\s|,\s*(?:but|though|although|whereas|while)\b", shows.group("np"))
    shown = phrase[0]
    examples = _SUCH_AS.search(shown)
    if examples and NAMES_NO_FINDING.match(_clean(shown[: examples.start()])):
        # "the underlying cause, such as an embolus or a flap": the examples are the findings
        shown = re.sub(r"\s+or\s+(?=(?:a|an|the)\s)", ", ", shown[examples.end() :])
    return [(p, _clean(p), part) for p in _pieces(_EXAMPLES.sub("", shown))]


# Examples of what a phrase names: "…, such as an occluding embolus or a dissection flap".
_SUCH_AS = re.compile(r",?(?<!\s)\s+(?:such\s+as|including|e\.g\.,?|for\s+example,?)\s+", re.I)


# "The liver shows caudate hypertrophy": an organ or part named with "the" shows findings;
# "the patient", "the biopsy", "the literature" show no image.
_ORGAN_PART = re.compile(r"^the\s+(?P<part>[a-z][\w-]{2,25}(?:\s+[a-z][\w-]{2,25}){0,2})$")
_NOT_AN_ORGAN = re.compile(
    r"\b(?:patients?|biopsy|histology|histopathology|pathology|specimen|literature|study|"
    r"studies|series|report|examination|exam|follow-up|course|history|test|trial|analysis|"
    r"review|evidence|data|case|image|images|scan|scans|view|views|film|radiologist|clinician|"
    r"surgeon|aspirate|fluid|serum|blood|urine|sample|culture|stain|staining)$",
    re.I,
)


def _organ_part(subject: str, article: Article) -> str:
    """ "liver" for "the liver"; "" for the lesion itself, a modality or no organ."""
    named = _ORGAN_PART.match(subject.strip())
    if not named or _is_own(subject, article) or _names_only_modality(subject):
        return ""
    part = named.group("part")
    return "" if _NOT_AN_ORGAN.search(part) or _names_no_part(part) else part


# "… is seen in around 10% of cases": the share the finding is stated for (a range by its
# upper bound)
_MINORITY_SHARE = re.compile(
    r"\s+in\s+(?:(?:about|around|approximately|roughly|up\s+to|only|~)\s+)?"
    r"(?:\d{1,3}(?:\.\d)?\s?%?\s?(?:[-–]|to)\s?)?(?P<n>\d{1,3}(?:\.\d)?)\s?%",
    re.I,
)
_MINORITY = 25.0  # a finding of a quarter of cases or fewer is no look of the lesion


# "Bilateral, symmetric sclerosis …, with sparing of the epiphyses, is almost pathognomonic":
# the commas after a lone opening adjective and around a "with" phrase before the verb set
# off no other finding; read without them, the subject is one finding.
_OPENING_ADJECTIVE_COMMA = re.compile(
    r"^(?P<adj>[A-Z][a-z]{2,20}(?:al|ar|ic|ous|ive|ed|ent|ant|ile)),\s+(?=[a-z])"
)
_WITH_BEFORE_VERB = re.compile(r",\s+(?P<with>with\s[^,;:]{3,80}),(?=\s+(?:is|are)\s)")


def _seen(sentence: str, article: Article) -> _Found:
    """ "Mucoid impaction is seen in the majority" → the subject is the finding."""
    sentence = _WITH_BEFORE_VERB.sub(r" \g<with>", sentence)
    sentence = _OPENING_ADJECTIVE_COMMA.sub(r"\g<adj> ", sentence)
    seen = _SEEN.match(sentence)
    if not seen or _is_own(seen.group("np"), article) or _names_only_modality(seen.group("np")):
        return []
    minority = _MINORITY_SHARE.match(sentence, seen.end())
    if minority and float(minority.group("n")) < _MINORITY:
        return []  # "Unilateral disease is seen in around 10%": a minority's, not the look
    place = _SEEN_PLACE.match(sentence, seen.end())
    value = f"{seen.group('np')} {place['place']}" if place else seen.group("np")
    return [(seen.group("np"), _clean(value), "")]


def _appears(sentence: str, article: Article) -> _Found:
    """ "It appears as a layered soft tissue mass" → what follows "as", of the lesion only."""
    appears = _APPEARS_AS.search(sentence)
    if not appears:
        return []
    subject = sentence[: appears.start()].rsplit(",", maxsplit=1)[-1]
    if not _is_own(subject, article):
        return []
    # "a sessile mass, that projects into the lumen": what it does is a clause of its own
    np = _THAT_CLAUSE.split(appears.group("np"), maxsplit=1)[0]
    return [(np, _clean(np), "")]


_THAT_CLAUSE = re.compile(r",?\s+that\s+(?=[a-z]+s\b)", re.I)


# "The renal outline may be enlarged", "Corticomedullary differentiation is lost": a part's
# state, a closed list of the words that describe one on any image. The part may be long
# ("Periportal and porta hepatis lymph nodes are frequently enlarged") and the state may be
# two ("enlarged and displaced") or explained in brackets ("enlarged (twice the other side)").
_STATE_WORD = (
    r"(?:enlarged|thickened|dilated|distended|lost|obliterated|effaced|widened|narrowed|"
    r"displaced|destroyed|eroded|expanded|remodell?ed|collapsed|elevated|depressed|atrophic|"
    r"contracted|absent|non-?compressible|preserved|intact|attenuated|splayed|tethered|"
    r"deviated|bowed|indistinct|blurred|hypertrophied|shrunken|irregular|beaded|rounded|"
    r"lobulated|nodular|small|tortuous|thinned|calcified|fragmented|swollen|broadened|"
    r"flattened|sclerotic|shortened|oedematous|edematous|dampened|damped|blunted|reversed|"
    r"plethoric|engorged|spared)"
)
_STATE = re.compile(
    # ("The sacrum is spared and the joint space is preserved": "and the" opens a clause)
    r"(?:^|,\s*(?:and|but)\s+|\s(?:and|but)\s+(?=the\s))"
    r"(?P<np>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,6}?)\s+"
    r"(?:is|are|may\s+be|can\s+be|becomes?)\s+(?:(?P<hedge>often|commonly|frequently|"
    r"sometimes|occasionally)\s+|(?:usually|typically|"
    r"characteristically|also|markedly|diffusely|mildly|moderately|slightly)\s+)?"
    rf"(?P<state>{_STATE_WORD}(?:\s+and\s+{_STATE_WORD})?"
    # where: "thickened laterally"
    r"(?:\s+(?:laterally|medially|anteriorly|posteriorly|superiorly|inferiorly|centrally|"
    r"peripherally|focally|bilaterally|asymmetrically|cranially|caudally|upwards?|"
    r"downwards?|forwards?|backwards?))?)\b"
    # a comparison with the other side ends the state: "widened by comparison with the left"
    # … or when it stops holding: "preserved until late in the disease"
    r"(?=\s*(?:[,.;(]|$|and\b|but\b|by\s+comparison\b|compared\s+(?:with|to)\b|until\b|"
    # where along the structure: "The duodenal lumen is narrowed at this level"
    r"at\s+(?:this|that|the\s+same)\s+level\b))",
    re.I,
)
# "The caudate lobe hypertrophies markedly", "the posterior segments atrophy": the part's
# change said by a verb of a closed list, named by its noun.
_CHANGE = {
    "hypertroph": "hypertrophy",
    "atroph": "atrophy",
    "enlarge": "enlargement",
    "thicken": "thickening",
    "calcif": "calcification",
    "shrink": "shrinkage",
    # a part that moves or breaks: "The capitate migrates proximally", "the dome collapses"
    "migrat": "migration",
    "collaps": "collapse",
    "fragment": "fragmentation",
    "dilat": "dilatation",
    "narrow": "narrowing",
    "herniat": "herniation",
}
_CHANGES = re.compile(
    r"^(?P<np>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,16}?)\s+(?:(?:usually|typically|"
    r"often|commonly|frequently|may|can|later|eventually|progressively)\s+)?"
    r"(?P<verb>hypertroph(?:y|ies)|atroph(?:y|ies)|enlarges?|thickens?|calcif(?:y|ies)|"
    r"shrinks?|migrates?|collapses?|fragments?|dilates?|narrows?|herniates?)"
    r"(?P<how>\s+(?:markedly|mildly|moderately|massively|progressively|proximally|distally|"
    r"superiorly|inferiorly|medially|laterally|anteriorly|posteriorly|cranially|caudally))?"
    r"(?=\s*(?:[,.;(]|$|and\b|but\b))",
    re.I,
)
# A part named by a phrase with a verb of its own, or a determiner of any amount before the
# word read as the verb: that word is a noun ("… measures the size of any fragment").
_VERB_IN_PART = re.compile(
    r"\b(?:[a-z]{3,}(?:ises|izes|ates|ifies)|shows|reveals|demonstrates|depicts|confirms|"
    r"measures|identifies|assesses|detects|any|each|every|no)\b",
    re.I,
)
# "A calcified staghorn calculus is often its first clue"; "the most characteristic finding
# is central bronchiectasis": a finding named as the key one.
_KEY_NAMED = re.compile(
    r"^(?P<np>[A-Za-z][^,;:]{3,100}?)\s+is\s+(?:often\s+|usually\s+|typically\s+)?"
    r"(?:its|the)\s+(?:(?:most\s+)?(?:first|earliest|key|main|commonest|most\s+common|"
    r"characteristic|typical|classic|cardinal|hallmark|principal)\s+){1,2}"
    r"(?:clue|finding|sign|feature|abnormality)\b",
    re.I,
)
_KEY_NAMES = re.compile(
    r"\bthe\s+(?:(?:most\s+)?(?:first|earliest|key|main|commonest|common|characteristic|"
    r"typical|classic|cardinal|principal)\s+){1,2}(?:(?:imaging|radiographic|CT|MRI|"
    r"ultrasound)\s+)?(?:clue|finding|sign|feature|abnormality)\s+is\s+(?P<np>[^;]+)(?:;|$)",
    re.I,
)
# What a key finding comes with is another finding: "The key finding is widening of the
# prevertebral soft tissues, sometimes with anterior displacement of the airway".
_KEY_COMPANION = re.compile(
    r",\s{0,2}(?P<hedge>(?:sometimes|often|usually|occasionally|typically|frequently)\s+)?"
    r"(?:with|and)\s(?P<np>.*)$",
    re.I | re.S,
)


def _states(sentence: str, article: Article) -> _Found:
    """ "The renal outline may be enlarged, and the psoas margin may be lost" → two parts'
    states, each the state of its part; the lesion itself ("the mass is displaced") is none."""
    found: _Found = []
    states = [(m, _hedged(m)) for m in _STATE.finditer(sentence)]
    change = _CHANGES.match(sentence)
    if change and _VERB_IN_PART.search(change.group("np")):
        change = None  # "CT characterises the size of any posterior malleolar fragment"
    if change:
        noun = next(
            n for stem, n in _CHANGE.items() if change.group("verb").lower().startswith(stem)
        )
        how = change.group("how")
        states.append(
            (change, f"{_MANNER.get(how.strip().lower(), '')} {noun}".strip() if how else noun)
        )
    for state, value in states:
        written = state.group("np").strip()
        part = _LEAD_ARTICLE.sub("", written)
        if part[1:2].islower():  # "Flow in the aorta" opening a sentence: "flow …" in the cue
            part = part[:1].lower() + part[1:]
        if (
            _is_own(written, article)
            or _QUANTIFIED.match(written)  # "Some fungus balls calcify": a share, no part
            or _CLAUSE_OPENING.match(part)
            or _names_no_part(part)
            or _SUBJECT_LEAD.match(part)  # "in severe forms the cavity": a setting first
        ):
            continue
        found.append((state.group(0), value, part))
    return found


# A state whose hedge turns the claim round: "A transition zone is often absent" says it is
# mostly there; "absent" alone would teach the opposite. "usually absent" stays "absent".
_PRESENCE_STATE = re.compile(r"^(?:absent|lost|preserved|intact)$", re.I)


def _hedged(state: re.Match[str]) -> str:
    value = state.group("state").lower()
    hedge = state.group("hedge")
    return f"{hedge.lower()} {value}" if hedge and _PRESENCE_STATE.match(value) else value


_QUANTIFIED = re.compile(r"^(?:some|most|many|a\s+few|few|occasional|several|all)\s", re.I)
# A lesion of some kind ("larger lesions may calcify") or a share ("30% calcify") is no part.
_NOT_A_PART = re.compile(r"\d|%|\b(?:lesions?|tumou?rs?|mass(?:es)?|neoplasms?)$", re.I)
# A figure names a share or a count, not a part ("30 patients"); a spinal level after "of"
# or "at" is a part's own name ("the anterior arch of C1").
_SPINAL_LEVEL = re.compile(r"\b(?:of|at)\s[CTLS]\d{1,2}\b", re.I)


def _names_no_part(part: str) -> bool:
    return _NOT_A_PART.search(_SPINAL_LEVEL.sub("", part)) is not None


# "hypertrophies markedly" → "marked hypertrophy"
_MANNER = {
    # "migrates proximally" → "proximal migration"
    **{
        way: way.removesuffix("ly")
        for way in (
            *("proximally", "distally", "medially", "laterally", "cranially", "caudally"),
            *("superiorly", "inferiorly", "anteriorly", "posteriorly"),
        )
    },
    "markedly": "marked",
    "mildly": "mild",
    "moderately": "moderate",
    "massively": "massive",
    "progressively": "progressive",
}


# "There is a small reactive hydrocele and mild wall thickening": what is there is a finding.
_THERE = re.compile(
    r"^there\s+(?:is|are|may\s+be|can\s+be)\s+(?:(?:also|often|usually|typically|"
    r"frequently|commonly)\s+)?(?!no\b|not\b|none\b|little\b|some\s+(?:debate|controversy))"
    r"(?P<np>.+)$",
    re.I | re.S,
)
# "Ancillary findings include A, B and C", "Other CT features include …": the topic's own.
_INCLUDES = re.compile(
    r"^(?:(?:other|ancillary|additional|associated|secondary|further|indirect|supportive|"
    r"supporting|typical|characteristic|common|imaging|CT|MRI|MR|ultrasound|sonographic|"
    r"radiographic|Doppler|later|late|early|key|classic|main|diagnostic|cardinal|direct|"
    r"primary)\s+){1,3}(?:findings|features|signs)\s+"
    r"(?:(?:may|can)\s+(?:also\s+)?)?(?:include|comprise)\s+(?P<np>.+)$"
    # "Signs of tension include …", "CT features of tamponade include …": the signs of a
    # state the sentence names (signs_owner says whose)
    r"|^(?:(?:other|additional|further|imaging|CT|MRI|MR|ultrasound|sonographic|"
    r"radiographic|echocardiographic|Doppler|early|late|secondary|indirect|direct)\s+){0,2}"
    r"(?:findings|features|signs)\s+of\s+(?:an?\s+|the\s+)?[a-z][a-z-]{2,25}"
    r"(?:\s[a-z][a-z-]{2,25}){0,3}?\s+(?:(?:may|can)\s+(?:also\s+)?)?(?:include|comprise)"
    r"\s+(?P<of_np>.+)$",
    re.I | re.S,
)
# " and " between two findings of two words or more each ("a small hydrocele and mild wall
# thickening"); "stenoses and dilatations" is one finding.
_AND_SPLIT = re.compile(r"\s+and\s+")


_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+$", re.I)
_SIDE_END = re.compile(
    r"\b(?:superior|inferior|left|right|anterior|posterior|upper|lower|medial|lateral|"
    r"internal|external|proximal|distal|central|peripheral|deep|superficial)$",
    re.I,
)


def _and_pieces(phrase: str) -> list[str]:
    return [half for piece in _pieces(phrase) for half in _and_halves(piece)]


def _and_halves(piece: str) -> list[str]:
    """The two findings a piece joins by " and ", or the piece when it is one finding."""
    halves = _AND_SPLIT.split(piece)
    # "thickening of the epiglottis and aryepiglottic folds": a second structure the
    # change is also of, no finding of its own
    shared = len(halves) == 2 and (
        (" of " in halves[0] and names_only_anatomy(halves[1]))
        # "distension of the superior and inferior venae cavae": two sides of one noun
        or _SIDE_END.search(halves[0]) is not None
        # "located between the abdominal wall and the colon": "and" ends the "between"
        or _BETWEEN_OPEN.search(halves[0]) is not None
    )
    if len(halves) == 2 and all(len(h.split()) >= 2 for h in halves) and not shared:
        return halves
    return [piece]


def _listed(match: re.Match[str] | None) -> _Found:
    if not match:
        return []
    np = match.groupdict().get("np") or match.groupdict().get("of_np") or ""
    # ("mild oedema but no joint effusion, collection or cartilage defect": what "no" denies
    # after "but" or "and" is absent, no finding)
    phrase = re.split(
        r";|\s[-–—]\s|,\s*(?:but|though|although|whereas|while)\b"
        r"|,?\s(?:but|and)\s(?=(?:no|not|without)\b)",
        np,
    )
    return [(p, _clean(p), "") for p in _and_pieces(_EXAMPLES.sub("", phrase[0]))]


# "The ducts have thickened, enhancing walls": what a part of the organ has.
_HAS = re.compile(
    r"^(?P<np>(?:the\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:(?:often|usually|typically|"
    r"commonly|frequently)\s+)?(?:has|have)\s+(?P<finding>[^;:]+?)\s*\.?$",
    re.I,
)
_NOT_A_HOLDER = re.compile(
    r"^(?:patients?|children|adults?|women|men|infants?|neonates?|people|both|each|all|most|"
    r"some|many|few|one|either|neither|it|they|this|these|those|there)\b",
    re.I,
)


def _has(sentence: str, article: Article) -> _Found:
    """ "The ducts have thickened, enhancing walls" → the ducts: "thickened, enhancing walls"."""
    has = _HAS.match(sentence)
    if not has:
        return []
    part = _LEAD_ARTICLE.sub("", has.group("np").strip())
    if (
        _is_own(has.group("np"), article)
        or _NOT_A_HOLDER.match(part)
        or _names_no_part(part)
        or _names_only_modality(part)
        or _heading_modality(part)  # "Barium studies have largely been replaced by …"
        or _PERFECT.match(has.group("finding"))
    ):
        return []
    return [(has.group("finding"), _clean(has.group("finding")), part)]


# "have (largely) been replaced": a perfect tense, not what the part has
_PERFECT = re.compile(r"^(?:(?:\w+ly|also|not|never)\s+)?(?:been|become|shown|had|gone)\b", re.I)


# "No intratesticular flow is demonstrated on colour Doppler": an absence seen is a finding.
_NONE_SEEN = re.compile(
    # "No embryo, fetal parts or amniotic fluid are seen": a list denied at once
    r"^(?P<np>no\s+[A-Za-z][\w-]*(?:,?\s+[\w-]+){0,8}?)\s+(?:is|are|was|were)\s+"
    r"(?:seen|demonstrated|identified|detected|present|visible|shown)\b",
    re.I,
)
# "Gallbladder abnormalities are common: wall thickening, gallstones and polyps": the part's
# findings listed after a colon.
_PART_LIST = re.compile(
    r"^(?P<np>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:abnormalities|changes|findings)\s+"
    r"(?:are|may\s+be)\s+(?:(?:very|also|often)\s+)?(?:common|frequent|seen|present|"
    r"typical)\s*:\s*(?P<list>[^;:]+)$",
    re.I,
)


def _none_seen(sentence: str) -> _Found:
    if none := _NONE_SEEN.match(sentence):
        return [(none.group("np"), _clean(none.group("np")).lower(), "")]
    return []


def _part_list(sentence: str, article: Article) -> _Found:
    listed = _PART_LIST.match(sentence)
    if (
        not listed
        or _is_own(listed.group("np"), article)
        or _NOT_A_HOLDER.match(listed.group("np"))
    ):
        return []
    part = _LEAD_ARTICLE.sub("", listed.group("np").strip()).lower()
    return [(p, _clean(p), part) for p in _and_pieces(listed.group("list"))]


# What makes "There is X" a change an image shows and not a statement that a normal part
# exists ("There is a single intrauterine pregnancy", "There are two kidneys"): a finding
# noun, a word of the imaging vocabulary, a state, a degree, or a herniation's or a pleural
# collection's ending ("varicocele", "hydropneumothorax").
_DEGREE = re.compile(
    r"\b(?:small|large|mild|moderate|severe|marked|extensive|minimal|subtle|massive|trace|"
    r"prominent|reactive|\w+celes?|\w*thorax)\b",
    re.I,
)


def _there(sentence: str) -> _Found:
    """ "There is a small joint effusion and …" → its findings, when they are changes."""
    there = _THERE.match(sentence)
    if not there:
        return []
    np = there.group("np")
    if not (
        _FINDING_NOUN.search(np)
        or has_finding_words(np)
        or re.search(rf"\b{_STATE_WORD}\b", np, re.I)
        or _DEGREE.search(np)
    ):
        return []
    return _listed(there)


# "There is no enhancing capsule", "There is little or no luminal narrowing": an absence the
# text states is a testable finding, kept with its "no".
_THERE_NONE = re.compile(
    r"^there\s+(?:is|are)\s+(?:(?:usually|typically|generally|characteristically)\s+)?"
    r"(?P<np>(?:little\s+or\s+)?no\s+[A-Za-z].+)$",
    re.I | re.S,
)
# What "There is no …" denies that is no finding: a role, a need, a link, a difference.
_NOT_DENIED_FINDING = re.compile(
    r"^(?:little\s+or\s+)?no\s+(?:(?:clear|consistent|significant|known|proven|single|"
    r"specific|reliable|definite|further|established|other)\s+)?(?:role|need|consensus|"
    r"correlation|relationship|association|link|difference|predilection|predisposition|"
    r"agreement|indication|benefit|treatment|therapy|management|data|risk|history|cure|"
    r"increase|decrease|change|proof|guidelines?|standard|place|time|way|reason|sex|gender|"
    r"age|family|genetic|racial|evidence(?!\s+of)|method|test|imaging|modality|"
    r"feature\s+that|finding\s+that|sign\s+that)\b",
    re.I,
)
# ", and the arteries are of normal calibre": a clause of its own after the denial.
_NEXT_CLAUSE = re.compile(r",\s*(?:and|but|while|whereas|which|as|because|so)\s", re.I)


def _there_none(sentence: str) -> _Found:
    """ "There is no joint effusion and no periosteal reaction" → each absence, with its "no",
    when what is denied is a change an image shows."""
    there = _THERE_NONE.match(sentence)
    if not there or _NOT_DENIED_FINDING.match(there.group("np")):
        return []
    np = _NEXT_CLAUSE.split(there.group("np"), maxsplit=1)[0].rstrip(" .")
    np = re.sub(r"^(no\s+)evidence\s+of\s+", r"\1", np, flags=re.I)
    if not (
        _FINDING_NOUN.search(np)
        or has_finding_words(np)
        or re.search(rf"\b{_STATE_WORD}\b", np, re.I)
    ):
        return []
    return [(p, _clean(p), "") for p in _AND_NO.split(np) if p]


# "no effusion and no periosteal reaction": two absences; "little or no narrowing" is one
_AND_NO = re.compile(r"(?<!little),?(?<!\s)\s+(?:and|or|nor)\s+(?=no\s)|,\s+(?=no\s)", re.I)


_POSSESSIVE = re.compile(r"(?:its|their|his|her)\s", re.I)


def _key_named(sentence: str) -> _Found:
    if named := _KEY_NAMED.match(sentence):
        return [(named.group("np"), _clean(named.group("np")), "")]
    if names := _KEY_NAMES.search(sentence):
        companion = _KEY_COMPANION.search(names.group("np"))
        if not companion:
            return [(names.group("np"), _clean(names.group("np")), "")]
        key = names.group("np")[: companion.start()]
        # ", with loss of …" comes with it; ", sometimes with …" only in some; ", with its
        # base along the joint" says how the key finding lies, no finding of its own
        possessive = _POSSESSIVE.match(companion.group("np"))
        more = [] if companion.group("hedge") or possessive else _listed(companion)
        return [(key, _clean(key), ""), *more]
    return []


_WHEREAS = re.compile(r",\s*(?:whereas|while)\s")
_EXTENDING = re.compile(
    r",\s(?:(?:often|usually|sometimes|typically|frequently|commonly|occasionally)\s)?"
    r"(?:extending|spreading|reaching|progressing)\s(?:to|into|along|towards)\s",
    re.I,
)
# A case page: its images are one patient's, under a discussion of the disease.
_CASE_HEADING = re.compile(r"^case\s+(?:discussion|presentation|report|history|summary)\b", re.I)
_NEGATIVE = re.compile(r"^no\s", re.I)


# The organ's background, the tissue a lesion lies in, not the lesion: a breast's density
# ("Heterogeneously dense breasts (ACR density category C)"), its composition, or the
# "background" enhancement or echotexture every scan of the organ has.
_BACKGROUND = re.compile(
    r"\b(?:(?:heterogeneously|extremely)\s+dense|scattered\s+(?:areas\s+of\s+)?"
    r"fibroglandular|almost\s+entirely\s+fat(?:ty)?|(?:breast|parenchymal|ACR|BI-RADS)\s+"
    r"(?:density|composition)|density\s+(?:category|grade)|background\s+(?:parenchymal\s+)?"
    r"(?:enhancement|uptake|echotexture|parenchyma|liver|lung|marrow))\b",
    re.I,
)


def _only_a_group(intro: str, article: Article) -> bool:
    """Whether a list's intro is a subgroup and nothing else ("In sporadic CJD:")."""
    group, rest = subgroup_opening(intro, _names(article))
    return bool(group) and intro.endswith(":") and not rest.strip(" :")


def _names(article: Article) -> tuple[str, ...]:
    return (article.title, *article.synonyms)


def is_case(article: Article) -> bool:
    """Whether the page is a case (a "Case discussion" heading): its findings are one patient's."""
    return any(_CASE_HEADING.match(section.heading.strip()) for section in article.sections)


def _sentence_findings(sentence: str, article: Article, modality: str) -> _Found:
    """The open findings one sentence states, as written: the first shape that fits."""
    # "No flow is seen in the left testis, whereas the right testis shows …": the clause
    # before "whereas" is the topic's own
    sentence = _WHEREAS.split(sentence, maxsplit=1)[0]
    # "…, often extending to the putamen, caudate and thalami": where the finding reaches,
    # places, not findings of their own
    sentence = _EXTENDING.split(sentence, maxsplit=1)[0]
    # "In chronic disease the liver shows …": the subgroup is the fact's subject, read apart
    sentence = subgroup_opening(sentence, _names(article))[1]
    # "(unlike a blood clot)": an aside in brackets compares; the sentence stays the topic's
    if _OTHER_INTRO.search(_BRACKETS.sub("", sentence)):
        return []
    if telegraphic(sentence, modality):  # "Angiographically occult."
        if _NEGATIVE.match(sentence) and is_case(article):
            return []  # a case's "No fragmentation.": this patient's, not the disease's
        return [(sentence, _clean(_EXAMPLES.sub("", sentence)), "")]
    return (
        _sign(sentence)
        or _normal(sentence)
        or _key_named(sentence)
        or _listed(_INCLUDES.match(sentence))
        or _none_seen(sentence)
        or _part_list(sentence, article)
        or _there(sentence)
        or ([] if is_case(article) else _there_none(sentence))
        or _shown(sentence, article)
        or _produced(sentence, article)
        or _seen(sentence, article)
        or _appears(sentence, article)
        or _states(sentence, article)
        or _has(sentence, article)
    )


# "Loculated contrast around the fimbrial end indicates peritubal adhesions": a finding
# named as the sentence's subject, said to be the sign of a state of the topic.
_SIGN_OF = re.compile(
    r"^(?P<np>[A-Za-z][^,;:]{3,90}?|[A-Za-z][^;:]{3,60},\s{0,2}[^;:]{3,60}?\s(?:and|or)\s"
    r"[^,;:]{3,60}?)\s+(?:(?:usually|typically|often|strongly|generally)\s+)?"
    # (not "favours": it weighs diagnoses, "favours malignancy" is no state of an adenoma)
    r"(?P<verb>indicates?|indicate|suggests?|suggest|implies|imply|denotes?|"
    r"denote|signifies|signify|raises?\s+(?:the\s+)?(?:concern|suspicion|possibility)\s+"
    r"(?:for|of))\s+(?P<what>[^;]{2,120}?)\.?$",
    re.I,
)
# A sign's own noun: a finding, not the modality nor a measurement ("A ratio above 2
# suggests …", "This suggests …", "The combination suggests …").
_NOT_A_SIGN = re.compile(
    r"^(?:this|these|that|those|it|they|such|the\s+(?:combination|presence|finding|"
    r"pattern|appearance)s?\b)|(?<![A-Za-z])\d|\b(?:ratio|index|score|value|level\s+of|history|age|"
    r"patients?|clinical)\b",
    re.I,
)
_SIGN_WORDS = 12
# Every verb of _SIGN_OF, after its space: without one the pattern cannot match, and its lazy
# subject would try 90 lengths over a long run of spaces first.
_SIGN_VERB = re.compile(r"\s(?:indicate|suggest|impl|denote|signif|raise)", re.I)


def sign_of(sentence: str) -> tuple[str, str]:
    """(the finding a sentence names as its subject, the state it is a sign of) for
    "Absent enhancement indicates necrosis"; ("", "") for any other sentence."""
    sign = _SIGN_OF.match(sentence.strip()) if _SIGN_VERB.search(sentence) else None
    if not sign:
        return "", ""
    found = sign.group("np").strip()
    meaning = short_meaning(sign.group("what"))
    if (
        not meaning
        or len(found.split()) > _SIGN_WORDS
        or _NOT_A_SIGN.search(found)
        or _names_only_modality(found)
        or _FINITE.search(found)
        or not (
            has_finding_words(found) or _FINDING_NOUN.search(found) or _IMAGE_NOUN.search(found)
        )
    ):
        return "", ""
    return found, meaning


# Nouns of what an image shows that the finding nouns above leave out: the contrast or
# tracer itself, echoes and septa ("Loculated contrast …", "Low-level internal echoes …").
_IMAGE_NOUN = re.compile(
    r"\b(?:contrast|tracer|uptake|echoes|septa|septations?|walls?|rims?|margins?|"
    r"enhancement|signal|vessels?|loops?)\b",
    re.I,
)
# Where what a finding means ends: an example, an aside or a further clause.
_MEANING_END = re.compile(
    r",|\(|\s(?:such\s+as|e\.g\.|including|especially|which|that|when|if|in|on|at|with|"
    r"and\s+(?:is|are|may|can|should|warrants?))\s",
    re.I,
)
_MEANING_WORDS = 5
_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|has|have|may|can|will|should)\b", re.I)


def short_meaning(what: str) -> str:
    """The state a finding is said to be a sign of, as a short noun phrase ("a partial
    obstruction such as stenosis" → "partial obstruction"); "" when it is no short phrase."""
    if _COMPARED.search(what):
        return ""  # "favour RCC over a fat-poor AML": a differential, not a state
    phrase = _MEANING_END.split(what, maxsplit=1)[0].strip(" .")
    phrase = re.sub(r"^(?:an?|the)\s+", "", phrase, flags=re.I)
    words = phrase.split()
    if (
        not words
        or len(words) > _MEANING_WORDS
        or _VERBISH.search(phrase)
        or _OTHER_DIAGNOSIS.search(phrase)
    ):
        return ""
    return phrase


_COMPARED = re.compile(r"\b(?:over|rather\s+than|versus|vs|than|instead\s+of)\b", re.I)
# A lesion of its own ("suggests a carcinoma instead"): another diagnosis, whose finding this
# is not, rather than a state of the subject ("necrosis", "a partial obstruction").
_OTHER_DIAGNOSIS = re.compile(
    r"\b(?:instead|rather|alternative|another|other|different)\b|"
    r"(?:oma|omas|cancers?|neoplasms?|tumou?rs?|lesions?|mass(?:es)?|metastas[ie]s)$",
    re.I,
)


# "Mesenteric desmoids produce a spiculated soft tissue mass", "Folding produces incomplete
# septa": what the subject, a form of it or its process, makes on the image.
_PRODUCES = re.compile(
    r"^(?P<subject>[A-Za-z][\w -]{2,60}?)\s+(?:(?:typically|usually|often|commonly|may|can)\s+)?"
    r"(?:produces?|forms?|creates?|causes?|results?\s+in|gives?\s+rise\s+to)\s+"
    r"(?P<np>[^;]{3,160}?)\.?$",
    re.I,
)
_PROCESS_END = re.compile(r"(?:tion|sion|ing|ment|sis|ure)$", re.I)
_NAMED_SIGN = re.compile(r"\b(?:sign|appearance|pattern)$", re.I)


def _produced(sentence: str, article: Article) -> _Found:
    """What the subject, a form of it named by its own words or a process makes: "Folding
    produces incomplete septa" → "incomplete septa"; another thing's product gives none."""
    made = _PRODUCES.match(sentence.strip())
    if not made:
        return []
    subject = made.group("subject").strip()
    found = _clean(made.group("np"))
    own = {
        w.lower()[:6]
        for name in (article.title, *article.synonyms)
        for w in re.findall(r"[A-Za-z]{4,}", name)
    }
    words = re.findall(r"[A-Za-z]{4,}", subject)
    if (
        not found
        or _NOT_A_HOLDER.match(subject)
        or _names_only_modality(subject)
        or _NAMED_SIGN.search(found)
        or not (
            has_finding_words(found) or _FINDING_NOUN.search(found) or _IMAGE_NOUN.search(found)
        )
        or not (
            _is_own(subject, article)
            or {w.lower()[:6] for w in words} & own
            or _PROCESS_END.search(_head_noun(subject))  # "Detachment of the membrane"
        )
    ):
        return []
    return [(made.group("np"), found, "")]


def _sign(sentence: str) -> _Found:
    found = sign_of(sentence)[0]
    return [(found, _clean(found), "")] if found else []


_CLAUSE_OPENING = re.compile(r"^(?:their|its|they|it|these|this|those)\s", re.I)


# A change of a structure an intro names for the list after it ("Other erosions to report
# include:", "Structures that may be invaded:"): a closed list of imaging changes, by noun or
# participle, each → the noun a finding is named by.
_CHANGE_LEAD = re.compile(
    r"\b(?P<word>erosions?|eroded|destruction|destroyed|invasion|invaded|involvement|"
    r"thickening|thickened|dilatation|dilated|narrowing|narrowed|displacement|displaced|"
    r"compression|compressed|encasement|encased|obliteration|obliterated|effacement|effaced|"
    r"expansion|expanded|widening|widened|thinning|thinned|enlargement|enlarged)\b",
    re.I,
)
_CHANGE_NOUN = {
    "ero": "erosion",
    "destr": "destruction",
    "inva": "invasion",
    "invol": "involvement",
    "thicken": "thickening",
    "dilat": "dilatation",
    "narrow": "narrowing",
    "displac": "displacement",
    "compress": "compression",
    "encas": "encasement",
    "obliterat": "obliteration",
    "effac": "effacement",
    "expan": "expansion",
    "widen": "widening",
    "thin": "thinning",
    "enlarg": "enlargement",
}
# Words that make a phrase a finding rather than a bare structure: a change's or a disease's
# ending ("thickening", "fistula" aside, "stenosis", "splenomegaly") or a thing an image shows.
_FINDING_NOUN = re.compile(
    r"\b(?!(?:segment|ligament|compartment|filament|fundament)s?\b)"
    r"\w{3,}(?:tion|sion|ment|ments|ing|ings|(?<!phy)sis|ses|itis|megaly|trophy|pathy|"
    r"ectasis|ectasia|plasia|oma|omas|ema|osis|less)\b|"
    r"\b(?:gas|air|fluid|mass(?:es)?|collections?|levels?|defects?|signs?|nodules?|cysts?|"
    r"stones?|calcul(?:us|i)|thromb(?:us|i)|effusions?|ascites|collaterals?|lesions?|"
    r"soft[- ]tissue|opacit(?:y|ies)|lucen(?:t|cy|cies)|halo|fat|ha?emorrhage|o?edema|"
    r"debris|abscess(?:es)?|fistulae?|aneurysms?|polyps?|ulcers?|strictures?|shadow\w*|"
    r"sludge|clots?|spurs?|fractures?|ruptures?|tears?|loss|absence|normal|reflux|flow)\b",
    re.I,
)


# Head nouns of anatomical structures (singular; a plural adds "s" or is listed): a phrase
# headed by one names a place, never a finding by itself.
_ANATOMY_HEADS = frozenset(
    (
        *("plate", "canal", "segment", "sinus", "fold", "tegmen", "nerve", "artery", "vein"),
        *("duct", "lobe", "ligament", "muscle", "tendon", "space", "fossa", "recess"),
        *("foramen", "process", "cartilage", "ossicle", "orbit", "gland", "bone", "cortex"),
        *("vertebra", "disc", "joint", "valve", "ventricle", "atrium", "cistern", "sulcus"),
        *("gyrus", "lamina", "tract", "bronchus", "airway", "trachea", "mucosa", "epiglottis"),
        *("tonsil", "pharynx", "larynx", "mastoid", "abdomen", "uterus", "kidney", "liver"),
        *("spleen", "pancreas", "lung", "colon", "stomach", "oesophagus", "esophagus"),
        *("bladder", "ovary", "testis", "septum", "aorta", "vessel", "arch", "root", "apex"),
        *("floor", "roof", "tympani", "mastoideum", "ring", "wall", "capsule", "cavity"),
        *("arteries", "vertebrae", "sulci", "gyri", "bronchi", "foramina", "ovaries", "testes"),
        *("fissure", "suture", "meatus", "labyrinth", "cochlea", "vestibule", "lumen"),
        *("cardia", "fundus", "antrum", "pylorus", "duodenum", "jejunum", "ileum", "caecum"),
        *("cecum", "rectum", "urethra", "ureter", "prostate", "cervix", "vagina", "thalamus"),
        *("hippocampus", "cerebellum", "pons", "medulla", "hypothalamus", "chiasm", "clivus"),
        *("cava", "cavae", "diaphragm", "hemidiaphragm", "pericardium", "pleura", "mediastinum"),
        # the deep grey and white matter of the brain: "globus pallidus", "white matter"
        *("pallidus", "pallidi", "putamen", "caudate", "nucleus", "nuclei", "ganglia", "thalami"),
        *("matter", "brainstem", "cord", "hemisphere", "semiovale", "callosum"),
    )
)


_HEAD_END = re.compile(
    r"\s(?:of|in|into|at|on|within|with|from|to|lying|seen|extending|along|behind|near)\s", re.I
)


def _head_noun(phrase: str) -> str:
    """The head noun of a noun phrase: the last word before its first preposition ("loops
    lying in the abdomen" → "loops"), else its last."""
    words = re.findall(r"[A-Za-z-]+", _HEAD_END.split(phrase, maxsplit=1)[0])
    return words[-1].lower() if words else ""


def names_only_anatomy(text: str) -> bool:
    """Whether a listed phrase names a structure and no finding ("the sigmoid sinus plate",
    "aryepiglottic folds"): headed by an anatomical noun, with no word of the imaging
    vocabulary, of a state or of a finding before its first comma."""
    head = _LEAD_ARTICLE.sub("", _BRACKETS.sub("", text).split(",")[0].strip(" .;"))
    noun = _head_noun(head)
    return (
        bool(head)
        and (noun in _ANATOMY_HEADS or noun.removesuffix("s") in _ANATOMY_HEADS)
        and not has_finding_words(head)
        and not re.search(_STATE_WORD, head, re.I)
        and not _FINDING_NOUN.search(head)
    )


def _lead_change(intro: str) -> str:
    """The change an intro names for the structures listed after it ("erosion"), or ""."""
    found = _CHANGE_LEAD.search(intro)
    if not found:
        return ""
    word = found.group("word").lower()
    return next((noun for stem, noun in _CHANGE_NOUN.items() if word.startswith(stem)), "")


def _item_finding(text: str, lead: str = "") -> _Found:
    """A listed feature: the item's own words when it is a fragment, else none. A bare
    structure takes the change its intro names ("erosion of the sigmoid sinus plate"), and
    without one it is no finding."""
    if sign := _sign(text):
        return sign  # "gas in the bowel indicates a distal fistula": the finding is its subject
    if stage_label(text):  # "chronic phase: cord atrophy": the stage's finding
        text = split_label(text)[1]
    if split_label(text)[1] or _CLAUSE_OPENING.match(text):
        # "T1: …", "pleomorphic adenoma: …" are read elsewhere or another's; "their walls
        # thicken" is a clause whose verb the closed list may not know
        return []
    if names_only_anatomy(text):
        if not lead:
            return []
        place = _LEAD_ARTICLE.sub("", _clean(_BRACKETS.sub("", text).split(",")[0]))
        return [(text, f"{lead} of the {place}", "")]
    return [(text, _clean(text), "")]


def _new(value: str, raw: str, modality: str, article: Article, *, whole: bool) -> bool:
    """A finding the closed vocabulary does not already read ("a cold (photopenic) nodule"
    is read as "photopenic"), and that does not name a kind of the lesion itself
    ("fat-poor angiomyolipoma" labels the lines after it)."""
    heads = {n.split()[-1].lower() for n in (article.title, *article.synonyms) if n.split()}
    last = value.rsplit(maxsplit=1)[-1].lower().rstrip("s") if value.split() else ""
    return _fits(value, whole=whole) and last not in heads and not read_findings(raw, modality)


# A sentence's subject: the words before its first verb, after any determiner or share.
_SUBJECT_END = re.compile(r"\s(?:is|are|was|were|appears?|shows?|has|have|may|can|occurs?)\b", re.I)
_SUBJECT_LEAD = re.compile(r"^(?:in|on|at|after|with|when|if|although|on|during|for)\b", re.I)
# Subjects that name no thing of their own: what a pronoun after them stands for is open.
_NEUTRAL_SUBJECT = re.compile(
    r"\b(?:it|they|this|these|there|findings?|features?|appearances?|imaging|signs?|picture)$",
    re.I,
)
# "They …", and "There is no …" after a sentence about another thing, are that thing's.
_PRONOUN_OPENING = re.compile(
    r"^(?:it|they|these|there\s+(?:is|are)\s+(?:little\s+or\s+)?no)\s", re.I
)
_CLAUSE_JOINER = re.compile(r"^\s*(?:and|but|or)\s+", re.I)


_HOW_DONE = re.compile(r"\s+(?:with|using|performed|obtained|acquired)\s", re.I)


def _names_other(sentence: str, article: Article) -> bool:
    """Whether ``sentence``'s subject is a thing of its own, neither the article's lesion nor
    a modality ("Bilateral theca lutein cysts are seen in a third"), so that "They" in the
    next sentence stands for it."""
    end = _SUBJECT_END.search(sentence)
    subject = sentence[: end.start()].strip(" ,") if end else ""
    if not subject or _SUBJECT_LEAD.match(subject) or _NEUTRAL_SUBJECT.search(subject):
        return False
    # "MRI with positional MR angiography avoids …": a modality, and how it is done
    technique = _HOW_DONE.split(subject, maxsplit=1)[0]
    if _is_own(subject, article) or _names_only_modality(technique):
        return False
    own = {
        w.lower().rstrip("s")[:6]
        for name in (article.title, *article.synonyms)
        for w in re.findall(r"[A-Za-z]{4,}", name)
    }
    words = {w.lower().rstrip("s")[:6] for w in re.findall(r"[A-Za-z]{4,}", subject)}
    return not words & own


def _denies_of_a_part(sentence: str, previous: str, article: Article) -> bool:
    """ "There is little or no luminal narrowing" after "The artery origin is displaced": a
    denial after a sentence about a part of the body, not about another lesion, is still the
    topic's."""
    if not _THERE_NONE.match(sentence):
        return False
    end = _SUBJECT_END.search(previous)
    subject = previous[: end.start()].strip(" ,") if end else ""
    return bool(subject) and not names_other_lesion(subject, article)


def _regrouped(items: tuple[ListItem, ...]) -> tuple[ListItem, ...]:
    """A text extraction's flattened list with a plain line over "T2: …", "DWI: …" lines
    heading them, as in the nested list it was ("peripheral zone tumour"): a group's name,
    no finding."""
    grouped: list[ListItem] = []
    for item in items:
        label, detail = split_label(item.text)
        under_a_head = bool(grouped) and not split_label(grouped[-1].text)[1]
        if detail and sequences_in(label) and under_a_head:
            head = grouped[-1]
            grouped[-1] = replace(head, children=(*head.children, item))
        else:
            grouped.append(item)
    return tuple(grouped)


def _texts(section: Section, article: Article) -> Iterator[tuple[str, str, str | None, str]]:
    """(source text, finding, the change a list's intro names: "" when none, None outside a
    list, the state whose signs the sentence or the list's intro names: "" when none) in one
    section; a sentence opening on "they" or "it" after one about another thing is that
    thing's, and gives nothing."""
    intro = ""
    # (a text extraction's list that lost its bullets is read as the list it was)
    for block in blocks_with_flat_lists(section, article, _regrouped):
        if block.kind is BlockKind.PARAGRAPH:
            sentences = split_sentences(block.text)
            intro = sentences[-1] if sentences else ""
            previous = ""
            for sentence in sentences:
                if not (
                    _PRONOUN_OPENING.match(sentence)
                    and _names_other(previous, article)
                    and not _denies_of_a_part(sentence, previous, article)
                ):
                    owner = signs_owner(sentence, article)
                    yield sentence, sentence, None, owner
                    # "…; loss of the normal lordosis is common": a clause after a semicolon
                    # states its own finding, read as a sentence of its own
                    # (without its full stop: a clause is no verbless sentence of its own)
                    for written in sentence.split("; ")[1:]:
                        clause = _CLAUSE_JOINER.sub("", written).strip().rstrip(".")
                        if not _PRONOUN_OPENING.match(clause):
                            yield sentence, clause, None, owner
                previous = sentence
        elif (
            block.kind is BlockKind.LIST
            and not others_features(intro, article)
            and (
                _FINDINGS_INTRO.search(intro or "findings")
                # "In sporadic CJD:": the findings of a form of the subject (an intro that says
                # more, "In adults, the criteria of instability are:", lists something else)
                or _only_a_group(intro, article)
                # "Skull:", "Spine:": a skeletal survey's findings, read region by region
                or names_a_body_region(intro)
            )
        ):
            top: tuple[ListItem, ...] = block.items
            lead = _lead_change(intro)
            owner = signs_owner(intro, article)
            for entry in top:
                if not entry.children:  # an item with children labels them ("solid X:")
                    # "gas in the bowel indicates a distal fistula": the item's own state
                    yield entry.text, entry.text, lead, _sign_owner(entry.text, article) or owner


# "On renal scintigraphy with DMSA,", "At ultrasound,": a study a sentence opens on.
_FRONTED_STUDY = re.compile(r"^(?:on|at|with|using)\s+(?P<study>[^,;]{2,50}),", re.I)
_SPECTROSCOPY = re.compile(r"(?:(?:the\s+)?(?:proton\s+)?(?:MR\s+|MRI\s+)?spectroscopy|MRS)", re.I)


def _study(sentence: str, modality: str) -> str:
    """ "DMSA or MAG3 scintigraphy shows …" under "Nuclear medicine": the study the sentence
    names by its tracer, which a card must name; else the section's modality."""
    fronted = _FRONTED_STUDY.match(sentence)
    opened = _heading_modality(fronted.group("study")) if fronted else ""
    if opened and _kin(opened) != _kin(modality):
        # "On renal scintigraphy with DMSA, infarcts appear as …" under "Angiography": the
        # study the sentence opens on, not the section's
        return opened
    sign = sign_of(sentence)[0]
    in_sign = list(dict.fromkeys(sequences_in(sign))) if sign else []
    if len(in_sign) == 1 and _family(in_sign[0]) == _family(modality):
        return in_sign[0]  # "High T2 signal suggests oedema" under "MRI": the sequence named
    shows = _SHOWS.match(sentence)
    if shows and _SPECTROSCOPY.fullmatch(shows.group("subject").strip()):
        return "MR spectroscopy"  # "Spectroscopy shows a raised choline peak", any heading
    if shows and modality in ("nuclear medicine", "scintigraphy", "bone scan"):
        named = re.sub(r"^the\s+", "", shows.group("subject").strip(), flags=re.I)
        if TRACER_STUDY.match(named):
            return " ".join(named.split())
    own = _subject_study(shows.group("subject")) if shows else ""
    if own and own != modality and _kin(own) == _kin(modality):
        return own  # "Colour Doppler shows …" under "Ultrasound": the study the sentence names
    return modality


def _paragraph_findings(section: Section) -> Iterator[tuple[str, str]]:
    """(sentence, modality) for "Other findings include …" in a section whose heading names no
    modality ("Case discussion"), when its paragraph has named one before: "Ultrasound is the
    modality of choice. … Other findings include testicular enlargement, …"."""
    for block in section.blocks:
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        modality = ""
        for sentence in split_sentences(block.text):
            if modality and _INCLUDES.match(sentence) and not _OTHER_INTRO.search(sentence):
                yield sentence, modality
            modality = _heading_modality(sentence) or modality


def _subject_study(subject: str) -> str:
    """The one study a sentence's subject names and nothing else ("Colour and power Doppler"
    → "colour Doppler", "DWI" → "MRI DWI", "Conventional sialography" → "sialography"); ""
    when it names more, or other words ("MR spectroscopy of a tuberculoma")."""
    subject = subject.strip()
    # "The lateral radiograph of the left knee": the study, of the part the case is about;
    # "of the contralateral testis" is another part's
    place = _STUDY_OF_PLACE.search(subject)
    if place and not _OTHER_PLACE.search(place.group(0)):
        subject = subject[: place.start()]
    left = _STUDY_WORDS.sub("", _SEQUENCE_NAMES.sub("", subject))
    if re.sub(r"[\s,/+-]+", "", _MODALITY_SUBJECT_WORDS.sub("", left)) or _STUDY_NOT_NAMED.search(
        subject
    ):
        return ""
    if TRACER_STUDY.match(re.sub(r"^the\s+", "", subject, flags=re.I)):
        return " ".join(re.sub(r"^the\s+", "", subject, flags=re.I).split())
    named = sequences_in(subject)
    if len(named) == 1:
        return named[0]
    return "" if named else _heading_modality(subject)


_STUDY_OF_PLACE = re.compile(r"\s+of\s+the\s+[a-z][\w -]{2,40}$", re.I)
_OTHER_PLACE = re.compile(r"\b(?:contralateral|other|opposite|normal|healthy)\b", re.I)
_SEQUENCE_NAMES = re.compile(rf"(?<![\w-])(?:{SEQUENCE_GROUP})(?![\w-])", re.I)
# Words of a study's name beside the modality: its technique, approach or body region.
_STUDY_WORDS = re.compile(
    r"\b(?:and|or|power|spectral|duplex|conventional|digital|subtraction|weighted|perfusion|"
    r"diffusion|transperineal|transvaginal|transabdominal|transrectal|endoscopic|brain|"
    r"cardiac|renal|abdominal|pelvic|spinal|breast|neck|scrotal|testicular|cranial|"
    r"intraoperative|lateral|frontal|AP|PA|axial|coronal|sagittal|oblique|targeted|"
    # a region, a time of life or a manner of the study: "Hepatobiliary scintigraphy",
    # "Fetal MRI", "Dynamic contrast-enhanced MRI", "High-resolution CT"
    r"hepatobiliary|biliary|thyroid|chest|thoracic|orbital|cervical|lumbar|whole-body|"
    r"fetal|foetal|antenatal|prenatal|obstetric|dynamic|dedicated|high-resolution|"
    # the body part a plain film is of: "Skull radiographs", "Hand radiographs"
    r"skull|facial|hand|wrist|elbow|shoulder|hip|knee|ankle|foot)\b",
    re.I,
)
# Subjects that name a study only in part: "Gradient-echo images" (no echocardiogram), "a
# study", "imaging" alone.
_STUDY_NOT_NAMED = re.compile(
    r"gradient[- ]echo|^(?:the\s+|a\s+)?(?:imaging|images?|studies|study|scans?|examinations?)$",
    re.I,
)


def _study_shows(section: Section, article: Article) -> Iterator[tuple[str, str, _Found]]:
    """(sentence, study, findings) for "Colour Doppler may show a twinkling artefact",
    "Bone scintigraphy demonstrates a photopenic defect" in a section whose heading names no
    modality: the study the sentence opens on is the findings' attribute."""
    for block in section.blocks:
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        for sentence in split_sentences(block.text):
            shows = _SHOWS.match(sentence)
            study = _subject_study(shows.group("subject")) if shows else ""
            if study and not _ROLE.search(_ROLE_CLAUSE.sub("", sentence)):
                yield sentence, study, _shown(sentence, article)


def _section_findings(
    section: Section, article: Article, modality: str
) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(source, attribute, raw, value, part, the state they are signs of: "" for the
    article's subject) of the open findings of one section."""
    if not modality:
        for sentence, named in _paragraph_findings(section):
            owner = signs_owner(sentence, article)
            for raw, value, part in _listed(_INCLUDES.match(sentence)):
                if value and _fits(value):
                    yield sentence, named, raw, value, part, owner
        for sentence, study, found in _study_shows(section, article):
            owner = signs_owner(sentence, article)
            hedged = _HEDGED_SHOWS.match(sentence) is not None
            for raw, value, part in found:
                if names_no_look(value):
                    continue
                candidate = f"{part} {value}".strip()
                # what the closed vocabulary reads ("CT shows a lytic lesion": "lytic") the
                # prose reader gives; a hedged clause ("may show …") it leaves, so it is read here
                if value and (
                    _new(candidate, raw, study, article, whole=False)
                    or (hedged and _fits(candidate))
                ):
                    yield sentence, study, raw, value, part, owner
        return
    for source, text, lead, owner in _texts(section, article):
        listed = lead is not None
        values = (
            _item_finding(text, lead)
            if lead is not None
            else _sentence_findings(text, article, modality)
        )
        # the prose reader finds no subject in "Ancillary findings include …" nor in "No flow
        # is seen", so what the closed vocabulary names in them is read here too
        unread = not listed and (
            (_INCLUDES.match(text) or _NONE_SEEN.match(text)) is not None
            # nor in "Absent enhancement indicates necrosis", whose subject is the sign, nor
            # in "Hydatid cysts produce a calcified mass", whose verb it does not know
            or bool(sign_of(text)[0])
            or _PRODUCES.match(text.strip()) is not None
            # nor in "It may show hypoattenuation of the pons": its clause ends at a hedge
            or _HEDGED_SHOWS.match(text) is not None
        )
        for raw, value, part in values:
            candidate = f"{part} {value}".strip()
            # nor a part of the organ ("The spleen becomes small and calcified")
            unread_part = bool(part) and not names_lesion_or_part(part)
            if (
                not value
                or _BACKGROUND.search(raw)
                or not (
                    _new(candidate, raw, modality, article, whole=raw == text)
                    or ((unread or unread_part) and _fits(candidate))
                )
            ):
                continue
            yield source, modality if listed else _study(text, modality), raw, value, part, owner


# "Signs of strangulation" under "CT": the findings below are those of a complication or
# state the heading names, never of the article's condition as a whole.
_SIGNS_OF = re.compile(
    r"^(?:(?:imaging|radiographic|CT|MRI?|ultrasound)\s+)?(?:signs|features|findings)\s+of\s+"
    r"(?P<group>[a-z][a-z -]{2,40})$",
    re.I,
)


# "Echocardiographic signs of tamponade include:", "Signs of tension include …": what follows
# are the signs of the state the sentence names, not of the article's condition as a whole.
_SIGNS_OF_INCLUDE = re.compile(
    r"\b(?:signs|features|findings|criteria)\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
    r"(?P<group>[a-z][a-z-]{2,25}(?:\s[a-z][a-z-]{2,25}){0,3}?)\s+"
    r"(?:(?:may|can)\s+(?:also\s+)?)?(?:include|comprise|are)\b",
    re.I,
)


def signs_owner(sentence: str, article: Article) -> str:
    """The state a sentence says its findings are signs of ("tamponade"), or "" when it names
    none, names the article's own subject or a word of its title, or names a modality or
    view ("on a supine film")."""
    signs = _SIGNS_OF_INCLUDE.search(sentence)
    if not signs:
        # "Absent enhancement indicates necrosis": the finding is of the state it shows
        return _sign_owner(sentence, article)
    group = signs.group("group").lower()
    # "Findings of malrotation and volvulus" in an article on midgut volvulus: its own
    if (
        _is_own(group, article)
        or _heading_modality(group)
        or names_only_view(group)  # "venous phase"; "portal hypertension" is a state
        or shares_a_word(group, (article.title,))
    ):
        return ""
    return group


def _sign_owner(sentence: str, article: Article) -> str:
    """The state a sentence names its subject a sign of, unless it is the article's own
    subject ("A fat-containing mass suggests a teratoma" in an article on teratoma)."""
    meaning = sign_of(sentence)[1]
    if not meaning or _is_own(meaning, article) or shares_a_word(meaning, (article.title,)):
        return ""
    return meaning


def _heading_group(section: Section, article: Article) -> str:
    """The complication or state a section's heading says its findings are signs of."""
    signs = _SIGNS_OF.match(section.heading.strip())
    if not signs:
        return ""
    group = signs.group("group").strip()
    return "" if _is_own(group, article) or _heading_modality(group) else group.lower()


def extract_open_findings(article: Article) -> Iterator[Fact]:
    """Findings under a modality heading that the closed vocabulary cannot name."""
    for section in article.sections:
        if _SKIP_SECTION.search(section.path):
            continue
        modality = section_modality(section)
        findings = _section_findings(section, article, modality)
        for source, attribute, _raw, found, part, owner in findings:
            # "MRI caudate lobe: marked hypertrophy": the part in the cue, its state the answer
            cue = f"{attribute} {part}" if part else attribute
            # a finding stated for a stage or form of the subject names it
            group, value = subgroup_trailing(found)
            group = (
                subgroup_opening(source, _names(article))[0]
                or group
                or owner
                or _heading_group(section, article)
            )
            subject = subgroup_subject(article.title, group)
            yield make_fact(
                FactKind.APPEARANCE,
                article,
                section,
                source,
                key=(subject, cue, "open", value.lower()),
                subject=subject,
                attribute=cue,
                value=value,
                statement=source,
            )


# What a study shows that is no look of the lesion: what it shows well ("the degree of
# encasement", "the changes", "the following"), the same as another study, or a minority's.
_NO_LOOK = re.compile(
    r"^(?:the\s+)?(?:same|following|changes?|degree|extent|characteristic|findings?|features?|"
    r"signs?|indirect|typical\s+features|site|nature|location|number|level\s+and)\b|"
    r"\banatomy$|\bcannot\b|\bin\s+only\b|\bminority\b",
    re.I,
)
# Pieces of a list that only place or grade the finding before them: "the largest in the
# upper pole", "accentuated in expiration", "4 cm from the nipple".
_MODIFIER_PIECE = re.compile(
    r"^(?:(?:the\s+)?(?:largest|smallest|biggest)\b|each\s|[a-z]+ed\s+(?:in|on|at|by|with|during)\s|"
    r"\d[\d.]*\s?(?:mm|cm)\s+(?:from|above|below)\b)",
    re.I,
)


def names_no_look(value: str) -> bool:
    """Whether a finding a study is said to show is no look of the lesion: what the study
    shows well ("the degree of encasement"), the same as another, or a piece that only
    places or grades the one before it ("the largest in the upper pole")."""
    return _NO_LOOK.search(value) is not None or _MODIFIER_PIECE.match(value) is not None


def names_role(text: str) -> bool:
    """Whether a clause says what a study is for ("the first-line technique", "useful")."""
    return _ROLE.search(text) is not None


def study_named(subject: str) -> str:
    """The one study a sentence's subject names ("Targeted ultrasound" → "ultrasound"), or ""."""
    return _subject_study(subject)


def study_findings(study: str, shown: str, article: Article) -> list[tuple[str, str]]:
    """(raw, value) of each finding a study is said to show ("CT shows ``shown``"), none
    when the sentence says what the study is good for or compares it with another."""
    return [
        (raw, value) for raw, value, part in _shown(f"{study} shows {shown}", article) if not part
    ]


def skips_section(section: Section) -> bool:
    """Whether a section's findings are of other things (differentials, management)."""
    return _SKIP_SECTION.search(section.path) is not None


def clean_finding(text: str) -> str:
    """A finding's own words (no brackets, quotes, explanation or leading article)."""
    return _clean(text)


def comma_pieces(phrase: str) -> list[str]:
    """The findings a listed phrase holds between its commas, without the examples after
    them (a lone adjective before a comma stays with what follows)."""
    return _pieces(_EXAMPLES.sub("", phrase))


def fits_finding(value: str) -> bool:
    """A finding of a fair length, without a verb or a word about the modality's role."""
    return _fits(value)
