"""A signal or density level said of a noun phrase on a named sequence: "Mucus is
hyperintense on T2-weighted images", "The tendons are of low signal on all sequences", "Bile
is T1 hyperintense".

The level and the sequence it is read on make the clause an imaging finding whatever its
subject's noun, so this reader takes subjects the lesion vocabulary does not know: a part,
tissue or content of the topic ("mucus", "the tendons", "fat") is the topic's ("mucus of
<title>"); a generic lesion noun ("Lesions are …") is the topic. Another lesion ("whereas
sarcomas are …") and the organ around the lesion ("the adjacent liver", "the dilated ureter")
give nothing: the lesion readers weigh those. A pronoun is read as the topic only when the
sentence before named it. The caller keeps a finding only when no other reader gave its
sentence a finding on the same sequence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.imaging import sequences_in
from quizgen.extractors.imaging_prose import names_article
from quizgen.extractors.text import iter_sentences, make_fact, same_name
from quizgen.model import Article, Fact, FactKind
from quizgen.normalize import singular

__all__ = ["clause_subject", "extract_level_findings", "level_readings"]

# Sections whose sentences are about another lesion, the specimen or the patient.
_OTHER_SECTION = re.compile(
    r"differential|mimic|distinguish|patholog|histolog|macroscop|microscop|clinical|"
    r"presentation|treatment|management|prognos|related|references|see\s+also",
    re.I,
)
_DEGREE = (
    r"(?:(?:mildly|slightly|markedly|moderately|very|highly|predominantly|mostly|relatively|"
    r"extremely|intensely|heterogeneously|homogeneously|uniformly|diffusely)\s+)"
)
_LEVEL_WORD = r"(?:(?:hypo|hyper|iso)-?(?:intense|dense|attenuating|echoic)|anechoic)"
_SIGNAL_WORD = r"(?:low|high|intermediate|mixed|variable|bright|dark)"
# "markedly hypointense", "iso- to slightly hyperintense to muscle", "of low signal",
# "of low to intermediate signal intensity", "low in signal", "very dark"
_LEVEL = (
    rf"(?:{_DEGREE}?(?:{_LEVEL_WORD}|iso-|hypo-|hyper-)(?:\s+(?:to|or)\s+{_DEGREE}?"
    rf"{_LEVEL_WORD})?|(?:of\s+)?{_DEGREE}?{_SIGNAL_WORD}(?:\s+to\s+{_SIGNAL_WORD})?"
    r"\s+(?:in\s+)?signal(?:\s+intensity)?|" + rf"{_DEGREE}?(?:bright|dark))"
    # the tissue it is compared with: "to muscle", "relative to grey matter"
    r"(?:\s+(?:to|relative\s+to|compared\s+(?:to|with))\s+(?!the\s+(?:lesion|tumou?r)\b)"
    r"(?:the\s+)?(?:adjacent\s+|normal\s+|surrounding\s+)?[a-z]+(?:\s+matter|\s+muscle)?)?"
)
# Where a clause may begin: the sentence, after a colon, or after a joiner ("…, and fat is
# …", "whereas …"); not after an opening ("When infected, the wall is …", "Rarely, …"), which
# makes the finding a minority's, nor after a semicolon, whose clause has its own subject
_START = (
    r"(?:(?P<start>^|:\s{0,2}|,\s{0,2}(?:and|but|whereas|while)\s+|\s(?:whereas|while)\s+)"
    # a study the sentence opens on leaves its subject the sentence's own ("On fetal MRI the
    # affected lung is T2 hyperintense", "On MRI, which …, the cyst is …")
    r"|^On\s+(?:[\w-]+\s+){0,2}?(?:MRI|MR|CT|ultrasound|sonography|imaging|images)"
    r"(?:,\s*which\s[^,]{1,60})?,?\s+)"
)
_NP = (
    r"(?P<np>(?!(?:and|but|which|that|there|this)\b)[A-Za-z][\w-]{1,30}"
    r"(?:\s+[A-Za-z][\w-]{1,30}){0,3})"
)
_ADVERBS = (
    r"(?:(?:usually|typically|often|frequently|generally|characteristically|classically|"
    r"invariably|also|both|always|commonly|consistently)\s+){0,2}"
)
# "is", "are", or "may be": a level a kind or a part may have ("Haemorrhagic cysts may be T1
# hyperintense", "The central scar may be hypointense on T2") is its look as the page gives
# it; the page's lesion as a whole that "may be" so is a possibility, no finding of it
_COPULA = r"(?P<copula>is|are|(?:may|can)\s+(?:also\s+)?be)"
# "… is T1 hyperintense", "… are T2 and FLAIR hyperintense": the sequence written before
_INLINE = re.compile(
    _START
    + _NP
    + rf"\s+{_COPULA}\s+"
    + _ADVERBS
    + r"(?P<seq>(?:T1|T2|FLAIR|STIR|DWI)(?:\s*(?:/|and)\s*(?:T1|T2|FLAIR|STIR))?)[- ]"
    + rf"(?P<level>{_DEGREE}?{_LEVEL_WORD})"
    # "… and T2 hypointense": a second sequence and its level
    + r"(?:\s+and\s+(?P<seq2>T1|T2|FLAIR|STIR)[- ](?P<level2>"
    + rf"{_DEGREE}?{_LEVEL_WORD}))?\b",
    re.I,
)
# What follows "on": the sequences, up to an explanation or the next clause ("on T2 and of
# variable signal on T1"); "on T1 and T2" is one phrase
_ON_WHAT = (
    r"(?:(?!\s(?:because|due|owing|reflecting|when|in|with|whereas|while|but|which|as)\b|"
    r"\s(?:and|or)\s(?!(?:T1|T2|FLAIR|STIR|DWI|ADC|SWI)\b))[^,;.()]){1,50}"
)
# "… is hypointense on T2-weighted images", "… are of low signal on all sequences", and a
# second level of the same subject ("… and of variable signal on T1")
_ON = re.compile(
    _START + _NP + rf"\s+{_COPULA}\s+" + _ADVERBS + rf"(?P<level>{_LEVEL})"
    rf"\s+on\s+(?P<on>{_ON_WHAT})"
    rf"(?:,?\s+and\s+(?:(?:is|are)\s+)?(?P<level2>{_LEVEL})\s+on\s+(?P<on2>{_ON_WHAT}))?",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|they)$", re.I)
_DETERMINER = re.compile(r"^(?:(?:the|a|an|its|their|these|those|most|all|both|many)\s+)+", re.I)
# A noun that names a lesion or a disease of its own: the lesion readers decide whose its
# finding is ("stroma" is tissue, no -oma).
_LESION_NOUN = re.compile(
    r"(?:(?<!str)omas?|omata|itis|osis|oses)$|"
    # whole nouns only: the "pericyst" is a part of a cyst, no cyst
    r"\b(?:cancers?|carcinomas?|tumou?rs?|lesions?|masses|mass|nodules?|cysts?|"
    r"metastas[ie]s|abscess(?:es)?|haematomas?|hematomas?|infarcts?|aneurysms?|stones?|"
    r"calculi|polyps?|clots?|thrombi|thrombus|plaques?|deposits?|tubers?)$",
    re.I,
)
# Phrases that say which image or which normal tissue, not what the topic looks like.
_NOT_A_SUBJECT = re.compile(
    r"^(?:normal|healthy|unaffected|same|other|such|signal|image|images|sequence|appearance|"
    r"finding|contrast|background|it|they|this|that|there)\b|"
    r"\b(?:of|in|within|with|on|at|from|that|which|who|whose|when|where)\b|\d",
    re.I,
)
# An organ's tissue beside the lesion or changed by it, not a part of the lesion; the
# tissue the disease itself is in ("the affected segments", "the inflamed tendon") is its own.
_NOT_ITS_OWN = re.compile(
    r"^(?:adjacent|surrounding|nearby|neighbouring|neighboring|contralateral|underlying|"
    r"overlying|remaining|residual|background|"
    r"(?!(?:affected|involved|diseased|inflamed|infected)\b)[a-z]+ed)\b",
    re.I,
)
# A title naming a disease or condition rather than a lesion.
_CONDITION = re.compile(
    r"(?:disease|syndrome|itis|osis|pathy|plasia|trophy|ectasia|aemia|emia|ism)$", re.I
)
# A lesion named by a generic noun: the topic's own ("Lesions", "the solid tumour").
_GENERIC_LESION = re.compile(r"\b(?:lesion|tumou?r|mass|nodule|cyst|neoplasm)(?:s|es)?$", re.I)


def clause_subject(np: str, referent: str, article: Article, *, first: bool = True) -> str:
    """The fact's subject for a clause's noun phrase, or "" when it names none to trust;
    ``first``: the clause opens the sentence (a later one's "cysts" are contrasted with it)."""
    if _PRONOUN.match(np):
        # "It is hypointense on T2" goes on about the topic the sentence before named
        known = referent and (
            same_name(referent, article.title) or names_article(referent, article)
        )
        return article.title if known else ""
    bare = _DETERMINER.sub("", np).strip()
    if not bare or _NOT_A_SUBJECT.search(bare):
        return ""
    if names_article(bare, article) or same_name(bare, article.title):
        return article.title
    return _part_subject(bare, article, first=first)


def _part_subject(bare: str, article: Article, *, first: bool) -> str:
    """A part, content or generic lesion noun as the topic's; "" for anything else."""
    word = bare.split(maxsplit=1)[0]
    # "Mucus" inside a name, but "Rokitansky-Aschoff sinuses" as written
    name = bare[:1].lower() + bare[1:] if word[1:].islower() else bare
    if _GENERIC_LESION.search(bare):
        if not first:
            return ""  # "…, whereas cysts are hyperintense": other lesions than the topic
        # "Lesions are …" is the topic; "the solid tumour", "intramural nodules" its part
        # ("cysts" of a disease are its lesions, not the disease: "cysts of <title>")
        whole = len(bare.split()) == 1 and not _CONDITION.search(article.title)
        return article.title if whole else _of_topic(name, article)
    if _LESION_NOUN.search(bare) or _NOT_ITS_OWN.match(bare):
        # "sarcomas", "the clot": another lesion, whose finding the lesion readers weigh;
        # "the adjacent liver", "the dilated ureter": the organ around or beside it
        return ""
    return _of_topic(name, article)


def _of_topic(name: str, article: Article) -> str:
    """A part named without the topic is the topic's: "mucus" → "mucus of <title>"."""
    title = article.title
    own = {singular(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", title)}
    if own & {singular(w.lower()) for w in re.findall(r"[A-Za-z]{4,}", name)}:
        # "the thymic tissue" in "Thymic hyperplasia", "haemorrhagic cysts" in "Breast cyst"
        # name it already
        return name
    # "budd-Chiari syndrome" never: a title whose first word holds a capital keeps it
    first = title.split(maxsplit=1)[0] if title else ""
    return f"{name} of {title[:1].lower() + title[1:] if first[1:].islower() else title}"


def _value(level: str) -> str:
    """The level as a card's answer: "of low signal" → "low signal"."""
    return re.sub(r"^of\s+", "", " ".join(level.split()), flags=re.I)


# A line's value of levels without a subject: "T1 hypointense, T2 hyperintense", "bright on
# T1, iso- to hypointense on T2"
_BARE_INLINE = re.compile(
    r"(?:^|,\s{0,2}|\band\s+)(?P<seq>T1|T2|FLAIR|STIR|DWI)[- ]"
    + rf"(?P<level>{_DEGREE}?{_LEVEL_WORD})\b",
    re.I,
)
_BARE_ON = re.compile(
    rf"(?:^|,\s{{0,2}}|\band\s+)(?P<level>{_LEVEL})\s+on\s+(?P<on>{_ON_WHAT})",
    re.I,
)


def level_readings(value: str) -> list[tuple[str, str]]:
    """(sequence as written, level) of each level a subjectless value states."""
    found = [(m.group("seq"), m.group("level")) for m in _BARE_INLINE.finditer(value)]
    found += [(m.group("on"), _value(m.group("level"))) for m in _BARE_ON.finditer(value)]
    return found


def _readings(text: str) -> Iterator[tuple[str, bool, str, str, bool]]:
    """(noun phrase, whether its clause opens the sentence, the sequences as written, the
    level, whether it is said with "may be") of each level a sentence states: the sequence
    written before the level (``_INLINE``), then after it (``_ON``), each with its second."""
    for pattern, sequence, second in ((_INLINE, "seq", "seq2"), (_ON, "on", "on2")):
        for found in pattern.finditer(text):
            first = not found.group("start")
            hedged = not found.group("copula").lower().startswith(("is", "are"))
            np = found.group("np")
            yield np, first, found.group(sequence), found.group("level"), hedged
            if found.group(second):
                yield np, first, found.group(second), found.group("level2"), hedged


def extract_level_findings(article: Article) -> Iterator[Fact]:
    """(subject, sequence, level) of every clause that says a level on a named sequence."""
    for sentence in iter_sentences(article):
        section = sentence.section
        if _OTHER_SECTION.search(section.path):
            continue
        text = sentence.text
        for np, first, written, level, hedged in _readings(text):
            subject = clause_subject(np.strip(), sentence.referent, article, first=first)
            if not subject or (hedged and subject == article.title):
                continue
            for attribute in sequences_in(written):
                yield make_fact(
                    FactKind.APPEARANCE,
                    article,
                    section,
                    text,
                    key=(subject, attribute, "level", _value(level).lower()),
                    subject=subject,
                    attribute=attribute,
                    value=_value(level),
                    statement=text,
                )
