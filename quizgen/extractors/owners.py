"""Whose figure a sentence states: guards that keep a fact off the wrong noun phrase.

Three shapes of error seen on writing the rules were not made from:
- a share phrase taken as a subject ("More than nine in ten tumours carry …" is about the
  tumours, not about "More than nine in ten tumours");
- a treatment's outcome taken as the disease's ("a harness is successful in about 90%",
  "agonists, which shrink fibroids by 35-60%", "success rates for reduction are 80-90%");
- a figure of what an unresolved pronoun stands for ("It has a specificity of 93%") given to
  the article's title.
"""

from __future__ import annotations

import re

from quizgen.extractors.clauses import is_condition_name, same_name
from quizgen.extractors.text import find_percents

__all__ = [
    "REGION_OR_FINDING_WORD",
    "SHARE_OF_PEOPLE",
    "about_the_case",
    "age_subgroup",
    "contrasted_owner",
    "denied_sign",
    "described_owner",
    "is_own_organ",
    "measured_by",
    "opens_on_pronoun",
    "other_condition",
    "other_condition_of",
    "subject_without_share",
    "treatment_owner",
    "turns_to_another",
]

# A share in words that is no figure ("Most", "Many of", "The majority of"); figures and
# fractions ("More than nine in ten", "About 70% of", "Two-thirds of") are text.find_percents'.
_WORDED_LEAD = re.compile(
    r"^(?:(?:some|only)\s{1,2})?(?:most|many|the\s+majority(?=\s{1,2}of\b))(?=\s)", re.I
)
# What joins a share to what it counts: "… of the", "… of these", "… of all".
_SHARE_JOIN = re.compile(r"^(?:\s{1,2}(?:of|out\s+of))?\s{1,2}(?:(?:the|these|all)\s+)?", re.I)
_LEAD_WORD = re.compile(r"^(?:some|only)\s{1,2}", re.I)
# Nouns that name no particular thing: the share is of the article's own cases.
_GENERIC_HEAD = re.compile(
    r"^(?:tumou?rs?|lesions?|cases?|patients?|masses|mass|nodules?|cysts?|individuals?|"
    r"people|adults?|children|those\s+affected)$",
    re.I,
)


def _share_end(subject: str) -> int:
    """Where a share that opens ``subject`` ends (0 when none opens it)."""
    lead = _LEAD_WORD.match(subject)
    skip = lead.end() if lead else 0
    percents = find_percents(subject[skip:])
    if percents and percents[0].start == 0:
        return skip + percents[0].end
    worded = _WORDED_LEAD.match(subject)
    return worded.end() if worded else 0


def subject_without_share(subject: str, title: str) -> str:
    """The subject with a leading share cut off: "More than nine in ten tumours" → the
    title (a generic noun stands for the article's own cases); "Most cysts of the kidney" →
    "cysts of the kidney"; a subject with no leading share is returned as it is."""
    end = _share_end(subject)
    if not end:
        return subject
    rest = _SHARE_JOIN.sub("", subject[end:], count=1).strip()
    if not rest or _GENERIC_HEAD.match(rest):
        return title
    return rest


_AGENT = r"(?P<agent>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)"
# The figure is the outcome of a treatment the sentence names.
_TREATMENT_OUTCOME = (
    re.compile(  # "a Pavlik harness, which holds …, is successful in about 90%"
        rf"\b(?:an?|the)\s{_AGENT}(?:,[^,]{{1,80}},)?\s(?:is|are|was|were|proves?)\s"
        r"(?:(?:usually|often|generally|highly)\s)?(?:successful|effective|curative)\s(?:in|for)\s"
        r"[^%]{0,30}$",
        re.I,
    ),
    re.compile(  # "GnRH agonists, which shrink fibroids by 35-60%"
        r"\b(?P<agent>[\w'’-]{1,30}(?:\s[\w'’-]{1,30})?),?\s(?:(?:which|that)\s)?"
        r"(?:shrinks?|shrink|reduces?|decreases?|lowers?|cuts?)\s[^%,;]{0,40}\bby\s"
        r"[^%]{0,20}$",
        re.I,
    ),
    re.compile(  # "Success rates for pneumatic reduction are around 80-90%"
        rf"\b(?:success|cure|response|failure)\s(?:rates?\s)?(?:for|of|with|after)\s"
        rf"(?:the\s)?{_AGENT}\s(?:is|are|was|were|range|ranges|exceeds?|approaches?)\b[^%]{{0,30}}$",
        re.I,
    ),
)


def treatment_owner(before: str) -> str:
    """The treatment whose outcome a figure states, from the words before the figure
    ("a Pavlik harness is successful in" → "Pavlik harness"), or ""."""
    for pattern in _TREATMENT_OUTCOME:
        match = pattern.search(before[-200:])
        if match:
            return match.group("agent").strip()
    return ""


_PRONOUN_MEASURE = re.compile(
    r"^(?:(?:it|this|they|these|those)"
    r"(?:\s(?:signs?|tests?|findings?|features?|techniques?|methods?|criteri(?:on|a)))?"
    r"\s+(?:has|have|had|shows?|showed|carries|carry|offers?)\s(?:an?\s|the\s)?"
    # "Its sensitivity is quoted at 85%", "Their reported specificity …"
    r"|(?:its|their)\s)"
    r"(?:\w+\s)?(?:sensitivity|specificity|accuracy|(?:positive|negative)\s"
    r"predictive\svalue|[pn]pv)\b",
    re.I,
)


def opens_on_pronoun(text: str) -> bool:
    """Whether a sentence opens on a pronoun that owns a test's measure ("It has a
    specificity of 93%", "This sign has a high sensitivity", "Its sensitivity is 85%"): a
    disease has no sensitivity, so the pronoun stands for a test, a sign or a finding,
    never the article's title."""
    return bool(_PRONOUN_MEASURE.match(text.strip()))


# A sign of another condition: the sentence weighs the article's subject against a named
# other, and the sign is the other's ("Unlike A, B shows the S sign" is B's; "In contrast to
# A, which shows the S sign, …" is A's; "B, by contrast, shows the S sign" is B's).
_SHOWS = (
    r"(?:(?:typically|classically|often|usually|may|can|also)\s)?"
    r"(?:shows?|has|have|demonstrates?|displays?|exhibits?|produces?|gives?|causes?)\s"
)
_NP = r"(?:an?\s|the\s)?(?P<np>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)"
_RELATIVE_OWNER = re.compile(
    rf"(?P<before>[^,;:()]{{3,120}}),\s(?:which|that)\s{_SHOWS}"
    r"(?:an?\s|the\s)?(?:[\w'’\"“”-]{1,30}\s){0,3}$",
    re.I,
)
# What precedes the antecedent in its clause: "In contrast to meningioma" → "meningioma".
_LEAD_IN = re.compile(
    r"\b(?:unlike|contrast\s+to|opposed\s+to|compared\s+(?:with|to)|to|with|from|than|as|"
    r"and|or|like|including)\s+",
    re.I,
)


_CONTRASTED_OPENING = re.compile(
    r"^(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to|compared\s+with|compared\s+to)\s"
    rf"[^,]{{1,80}},\s{_NP}\s{_SHOWS}",
    re.I,
)
# "Mimics such as choledocholithiasis may show the meniscus sign": the example's sign.
_EXAMPLE_OWNER = re.compile(
    r"\b(?:such\s+as|like|including)\s(?:an?\s|the\s)?"
    r"(?P<np>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,3}?)\s"
    rf"{_SHOWS}(?:an?\s|the\s)?(?:[\w'’\"“”-]{{1,30}}\s){{0,3}}$",
    re.I,
)
_CONTRASTED_SUBJECT = re.compile(
    rf"^{_NP},\s(?:by\s+contrast|in\s+contrast|however|instead|conversely),\s{_SHOWS}",
    re.I,
)


# "By contrast, an empyema is lenticular … and shows the S sign": the sentence turns to
# another thing, and what it then says, the sign too, is that thing's.
_CONTRAST_THEN_SUBJECT = re.compile(
    r"^(?:by\s+contrast|in\s+contrast|conversely),\s"
    rf"{_NP}\s(?:(?:is|are|was|were)\s|{_SHOWS})",
    re.I,
)


def turns_to_another(sentence: str) -> str:
    """The thing a sentence turns to when it opens on a contrast ("By contrast, an empyema is
    …" → "empyema"), or ""."""
    match = _CONTRAST_THEN_SUBJECT.match(sentence)
    return match.group("np").strip() if match else ""


def contrasted_owner(sentence: str, sign_start: int) -> str:
    """The other condition a sign named at ``sign_start`` belongs to when the sentence
    contrasts two ("Unlike A, B shows the S sign" → "B"), or "" when it contrasts none."""
    before = sentence[:sign_start]
    relative = _RELATIVE_OWNER.search(before[-160:])
    if relative:
        phrase = _LEAD_IN.split(relative.group("before"))[-1].strip()
        phrase = re.sub(r"^(?:the|an?|this|these)\s+", "", phrase, flags=re.I)
        return "" if _GENERIC_HEAD.match(phrase) else phrase
    example = _EXAMPLE_OWNER.search(before[-160:])
    if example:
        phrase = example.group("np").strip()
        return "" if _GENERIC_HEAD.match(phrase) else phrase
    for pattern in (_CONTRASTED_OPENING, _CONTRASTED_SUBJECT, _CONTRAST_THEN_SUBJECT):
        match = pattern.match(before)
        if match and match.end() <= sign_start:
            phrase = match.group("np").strip()
            return "" if _GENERIC_HEAD.match(phrase) else phrase
    return ""


# An age of a subgroup: "Patients with tuberous sclerosis present earlier, at 30 years",
# "Familial cases present in the third decade", "In children, … a median age of 8 years".
_PEOPLE = r"(?:patients|those|children|adults|women|men|girls|boys|individuals|people)"
_SUBGROUP = (
    re.compile(
        rf"^(?:in\s+|among\s+)?(?P<group>{_PEOPLE}\s(?:with|who\s+have|affected\s+by)\s"
        r"[^,;]{2,60}?)(?=,|\s(?:present|presents|are|is|have|has|develop|tend|typically|"
        r"usually|often|may|who|at|in)\b)",
        re.I,
    ),
    re.compile(
        r"^(?P<group>(?:familial|hereditary|inherited|syndromic|syndrome-associated|"
        r"sporadic|secondary|congenital|acquired|multifocal|bilateral)\s"
        r"(?:cases|forms|tumou?rs|lesions|patients|disease))\b",
        re.I,
    ),
    re.compile(
        r"^in\s+(?P<group>children|adults|infants|neonates|adolescents|women|men|the\s+elderly|"
        r"(?:older|younger)\s+(?:patients|adults))\s{0,2},",
        re.I,
    ),
)


def age_subgroup(sentence: str) -> str:
    """The subgroup a sentence's age belongs to, from the words it opens with
    ("Patients with NF1 present earlier" → "patients with NF1"), or ""."""
    for pattern in _SUBGROUP:
        match = pattern.match(sentence.strip())
        if match:
            group = match.group("group").strip()
            return group[:1].lower() + group[1:]
    return ""


# A figure of another condition the sentence names: "In Ollier disease, by contrast, the risk
# is 25-40%", "…, in contrast to neuroblastoma, where it is present in 85-90%", "Unlike A,
# B recurs in 20%" (B's). The caller keeps a name only if it names a condition.
_OTHER = r"(?P<other>[A-Za-z][\w'’-]{1,30}(?:\s[\w'’-]{1,30}){0,4}?)"
_FRONTED_CONDITION = re.compile(rf"^in\s(?:an?\s|the\s)?{_OTHER}\s?,\s", re.I)
_CONTRASTED_WHERE = re.compile(
    r"\b(?:in\s+contrast\s+to|unlike|compared\s+(?:with|to)|as\s+opposed\s+to)\s"
    rf"(?:an?\s|the\s)?{_OTHER},?\s(?:where|in\s+which|which)\b[^,;]{{0,80}}$",
    re.I,
)
_CONTRASTED_MAIN = re.compile(
    r"^(?:unlike|compared\s+(?:with|to)|as\s+opposed\s+to|in\s+contrast\s+to)\s[^,]{1,80},\s"
    rf"(?:an?\s|the\s)?{_OTHER}\s(?=(?:\w+ly\s)?(?:is|are|has|have|shows?|recurs?|occurs?|"
    r"arises?|presents?|erodes?|contains?|calcifies|calcify|metastasi[sz]es?|"
    r"metastasi[sz]e|affects?|develops?|undergoes|undergo|may|can|tends?)\b)",
    re.I,
)


# "Parosteal osteosarcoma, by contrast, typically affects …": the sentence's own subject.
_CONTRASTED_OPENER = re.compile(
    rf"^(?:an?\s|the\s)?{_OTHER},\s(?:by\s+contrast|in\s+contrast|conversely|however),\s",
    re.I,
)
# "In these lesions", "In the tumour": the paragraph's own cases, not another condition.
_GENERIC_OTHER = re.compile(
    r"^(?:(?:these|this|such|those|its|their|most|many|some|all)\s|(?:tumou?rs?|lesions?|"
    r"masses|mass|nodules?|cysts?|cases?)$)",
    re.I,
)


def other_condition_of(sentence: str, figure_start: int, names: tuple[str, ...]) -> str:
    """``other_condition`` when it names a condition none of ``names`` (the title and its
    synonyms) names, else ""."""
    other = other_condition(sentence, figure_start)
    if not other or _GENERIC_OTHER.match(other) or not is_condition_name(other):
        return ""
    return "" if any(same_name(other, name) for name in names) else other


def other_condition(sentence: str, figure_start: int) -> str:
    """The noun phrase a figure at ``figure_start`` belongs to when the sentence sets it
    apart from the paragraph's subject ("In Ollier disease, …" → "Ollier disease"), or ""."""
    before = sentence[:figure_start]
    where = _CONTRASTED_WHERE.search(before[-200:])
    if where:
        return where.group("other").strip()
    for pattern in (_CONTRASTED_MAIN, _FRONTED_CONDITION, _CONTRASTED_OPENER):
        match = pattern.match(before)
        if match:
            return match.group("other").strip()
    return ""


# A sign the sentence denies or warns about is no sign of its subject: "the absence of the
# halo sign", "lacks the claw sign", "without a target sign"; "the doughnut sign should not
# be mistaken for this tumour".
_DENIED_BEFORE = re.compile(
    r"\b(?:absence\s+of|absent|lacks?|lacking|lack\s+of|without|no|not|never|rarely\s+"
    r"(?:shows?|has|have|demonstrates?|produces?)|neither|nor)\s(?:an?\s|the\s|any\s)?"
    r"(?:[\w'’\"“”-]{1,30}\s){0,3}$",
    re.I,
)
_WARNED_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:should|must|may|can|could)\s+not\s+be\s+(?:mistaken|confused)\b"
    r"|^[^.;]{0,30}?\b(?:mimics?|mimicking|simulates?)\b"
    # one patient's sign found absent: "Sonographic Murphy sign could not be elicited", "The
    # crescent sign was not seen", "… was negative"
    r"|^\s(?:could\snot\sbe|(?:was|were|is|are)\snot)\s(?:[a-z]{3,15}ly\s)?(?:seen|identified|"
    r"present|elicited|visible|demonstrated|detected)\b|^\s(?:was|were)\s(?:negative|absent)\b",
    re.I,
)


def denied_sign(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence denies the sign named from ``start`` to ``end`` or names it as
    a pitfall ("should not be mistaken for …")."""
    before = sentence[max(0, start - 80) : start]
    return bool(_DENIED_BEFORE.search(before) or _WARNED_AFTER.match(sentence[end : end + 80]))


# A percentage that is the value of a measure, not a share of cases: "an ejection fraction of
# 25%", "oxygen saturation was 88%", "a stenosis of more than 70%", "absolute washout of 60%".
_MEASURE_BEFORE = re.compile(
    r"(?P<measure>(?:(?:absolute|relative|oxygen|ejection|fat|signal|regurgitant|shunt|"
    r"left|right|ventricular|venous|arterial|luminal|diameter|area|percentage|relative)\s){0,2}"
    r"(?:saturation|ejection\s+fraction|fat\s+fraction|fraction|ha?ematocrit|stenosis|"
    r"narrowing|washout|wash-out))"
    r"\s(?:was|were|is|are|of|at|measured|measuring|reached|:)?\s?"
    r"(?:only\s|about\s|approximately\s|around\s|roughly\s|nearly\s|(?:more|less|greater)\s+than\s"
    r"|over\s|under\s|above\s|below\s|at\s+least\s|[<>≤≥]\s?)?$",
    re.I,
)


def measured_by(before: str) -> str:
    """The measure a percentage is the value of, from the words before it ("an ejection
    fraction of " → "ejection fraction"), or "" when the percentage is a share."""
    match = _MEASURE_BEFORE.search(before[-80:])
    return match.group("measure").strip().lower() if match else ""


# A sentence about the case on a case page: its figures are the patient's, never a share of
# the disease ("The patient had 30% weight loss", "Her saturation was 88%").
_CASE_SUBJECT = re.compile(
    r"^(?:(?:on\s+admission|at\s+presentation|on\s+examination|initially|subsequently|"
    r"at\s+follow-up),?\s)?(?:(?:the|this|our)\s(?:patient|child|infant|boy|girl|man|woman|"
    r"neonate|baby)\b|(?:he|she|his|her)\s)",
    re.I,
)


def about_the_case(sentence: str) -> bool:
    """Whether a sentence opens on the case's patient ("The patient had …", "She was …")."""
    return bool(_CASE_SUBJECT.match(sentence.strip()))


# The organ a title names by its adjective or its noun ("Hepatic hydatid cyst" → liver).
_ORGAN_WORDS = (
    ("liver", ("hepatic", "liver")),
    ("kidney", ("renal", "kidney", "kidneys")),
    ("lung", ("pulmonary", "lung", "lungs")),
    ("brain", ("cerebral", "brain", "intracranial")),
    ("heart", ("cardiac", "heart")),
    ("spleen", ("splenic", "spleen")),
    ("pancreas", ("pancreatic", "pancreas")),
    ("stomach", ("gastric", "stomach")),
    ("bone", ("osseous", "bone")),
    ("ovary", ("ovarian", "ovary")),
    ("testis", ("testicular", "testis")),
    ("breast", ("breast", "mammary")),
    ("orbit", ("orbital", "orbit")),
    ("spine", ("spinal", "spine")),
    ("bladder", ("vesical", "bladder")),
    ("adrenal gland", ("adrenal",)),
    ("thyroid", ("thyroid",)),
)
_ORGANS = {word: organ for organ, words in _ORGAN_WORDS for word in words}


_LETTERS = re.compile(r"[A-Za-z]+")


def _own_organ(title: str) -> str:
    """The organ the title confines its subject to, or ""."""
    for word in _LETTERS.findall(title.lower()):
        if word in _ORGANS:
            return _ORGANS[word]
    return ""


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s")


def is_own_organ(item: str, title: str) -> bool:
    """Whether ``item`` is the organ the title confines its subject to ("the liver" for
    "Hepatic hydatid cyst"): a share of cases in that organ is the parent disease's."""
    organ = _own_organ(title)
    # ("lung involvement" for "The lung is involved in 20%": the organ all the same)
    name = _LEADING_ARTICLE.sub("", item.strip().lower()).removesuffix(" involvement")
    return bool(organ) and name.rstrip("s") == organ.rstrip("s")


# "Spinal disease tends to …", "The earliest radiographic change is …": a region of the page's
# condition, or a finding word behind adjectives, names no owner of a sign.
REGION_OR_FINDING_WORD = (
    r"^(?:the\s)?(?:[a-z]{3,20}al\sdisease|(?:[a-z-]{3,20}(?:al|ic|est|ar|ed)\s){1,3}"
    r"(?:changes?|findings?|features?|abnormalit(?:y|ies)|manifestations?))$"
)

# "…, seen in the false lumen" at the end of a listed sign's description: where it is seen.
_SEEN_IN_TAIL = re.compile(
    r"[,;]\s+(?:(?:typically|usually|only|classically|strongly)\s+)?(?:(?:seen|found)\s+in"
    r"|associated\s+with"
    # "milky way sign: punctate foci …, typical of early drug-associated disease"
    r"|(?:typical|characteristic|pathognomonic)\s+of)\s+"
    # "fat pad sign: an elevated fat pad indicates an effusion; …": what the finding indicates
    r"|\s(?:indicates|signifies)\s+(?:an?\s+|the\s+)?(?=[^;.]{3,60}(?:[;.]|$))"
)


# "seen in a minority of cases", "found in most patients": how often the sign is seen among
# those with the page's condition, not another thing it is a sign of.
SHARE_OF_PEOPLE = re.compile(
    r"^(?:(?:about|approximately|around|roughly|nearly|almost|up\s+to|over|more\s+than|"
    r"less\s+than|fewer\s+than|only|under)\s+)?(?:a\s+(?:third|quarter|half|fifth|tenth|"
    r"minority|majority|few)|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?|half)|half|"
    r"the\s+(?:vast\s+)?(?:majority|minority)|\d{1,3}(?:\.\d{1,2})?\s?%|most|many|some|few)"
    r"\s+(?:of\s+)?(?:all\s+|the\s+|these\s+)?(?:patients|cases|children|adults|people|"
    r"individuals|women|men|infants|lesions|tumou?rs)\b(?P<with>\s+with\s+)?",
    re.I,
)


def described_owner(detail: str) -> str:
    """What a listed sign's description says it is seen in or indicates ("" when it says
    neither, or says only how often): "fat pad sign: an elevated fat pad indicates an
    effusion; …" → "effusion"."""
    seen = _SEEN_IN_TAIL.search(detail)
    if not seen:
        return ""
    owner = detail[seen.end() :]
    if share := SHARE_OF_PEOPLE.match(owner):
        # "… of patients with gout" names its condition; "… of cases" the page's own
        owner = owner[share.end() :] if share.group("with") else ""
    return re.split(r"[;.]", owner)[0]
