"""Key terms of statement sentences named in ways the other finders miss (``statement_keys``).

Named terms, as strong as an eponym: a name the sentence defines by its abbreviation in
brackets ("extracorporeal membrane oxygenation (ECMO)", found by the initials of its words,
after Schwartz and Hearst's algorithm), and a structure named after a person without a
possessive ("Verocay bodies", "Antoni A areas", "the ligament of Wrisberg").

Plain terms, read only where a sentence holds no other blank: an imaging method with the
words that say which ("axial T2 images", "CT myelography", "on obstetric ultrasound"), a part
of the spine or its nerve roots ("the lumbar region", "dorsal nerve roots"), a part of the
brain named by one word ("the cerebellum"), and a kind of immune cell ("CD4+ T cells").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.statement_terms import GeneralTerm

__all__ = ["named_terms", "plain_terms", "widen_method"]

# An abbreviation in brackets: two capitals or more, perhaps digits or small letters between
# ("ECMO", "IgG4", "MRCP"); the long form is read back from the words before the bracket.
_DEFINED = re.compile(r"(?<=\s)\((?P<short>[A-Z][A-Za-z0-9-]{1,9})\)")
_CLAUSE_END = re.compile(r"[,;:()\[\]]")
MIN_CAPITALS = 2
MAX_EXTRA_WORDS = 5  # Schwartz and Hearst: at most len(short) + 5 words, or twice its length
_OPENER = re.compile(r"\s*(?:(?:the|a|an)\s)?", re.I)
# a finite verb right after the bracket: "… (MMPH) produces", "… (ICDC) are"
_VERB_NEXT = re.compile(r"\s(?:is|are|was|were|has|have|[a-z]{3,}(?<!ous)(?<!ss)(?<!is)s)\b")
_LEADING_WORD = re.compile(r"^(?:(?:the|a|an|of|and|or|in|with|by)\s)+", re.I)


def _long_form(before: str, short: str) -> str:
    """The long form that ``short`` abbreviates at the end of ``before``, or "": its letters
    are found from the last backwards, the first at the start of a word."""
    letters = [c.lower() for c in short if c.isalnum()]
    if sum(c.isupper() for c in short) < MIN_CAPITALS or not letters[0].isalpha():
        return ""
    words = before.split()
    reach = min(len(letters) + MAX_EXTRA_WORDS, 2 * len(letters))
    text = " ".join(words[-reach:]).lower()
    at = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        wanted = letters[index]
        while at >= 0 and (
            text[at] != wanted or (index == 0 and at > 0 and text[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return ""
        at -= 1
    start = text.rfind(" ", 0, at + 2) + 1
    found = " ".join(words[-reach:])[start:]
    return _LEADING_WORD.sub("", found)


def _defined_names(sentence: str) -> Iterator[GeneralTerm]:
    for match in _DEFINED.finditer(sentence):
        before = sentence[: match.start()].rstrip()
        # the long form lies in the bracket's own clause
        ends = list(_CLAUSE_END.finditer(before))
        clause = before[ends[-1].end() :] if ends else before
        long = _long_form(clause, match.group("short"))
        if " " not in long.strip() or not long[:1].isalpha():
            continue  # one word is a name, not a phrase its initials spell
        start = match.start() - 1 - len(long)
        if sentence[start : match.start() - 1] != long:
            continue
        if _OPENER.fullmatch(sentence[:start]) and _VERB_NEXT.match(sentence, match.end()):
            # "The Revised Staging System (R-ISS) combines …": the sentence defines the name
            # it opens on; what it says of it is the card, not the name
            continue
        yield GeneralTerm(sentence[start : match.end()], start, "term")


_PERSON = r"[A-Z][a-zà-ÿ'’]{2,20}(?:[-–][A-Z][a-zà-ÿ'’]{2,20})?"
# A structure or histological feature named after a person, mid-sentence (a capital that
# opens the sentence is no sign of a name): "contain Verocay bodies", "Antoni A areas".
_NAMESAKE_NOUN = (
    r"(?:areas?|bod(?:y|ies)|cells?|granules?|fibres?|fibers?|nodules?|nodes?|rosettes?|"
    r"corpuscles?|crystals?|lines|bands?|canals?|ligaments?|glands?|ducts?|tubules?|"
    r"pouch|triangle|space|spaces|fat pad|capsule|layer|organ)"
)
_NAMESAKE = re.compile(rf"(?<=[a-z,;(] ){_PERSON}(?:\s[A-C])?\s{_NAMESAKE_NOUN}(?![\w-])")
# "the ligament of Wrisberg", "the sphincter of Oddi", "the pouch of Douglas": a structure
# and the person it belongs to.
_OF_PERSON = re.compile(
    r"(?<![\w-])(?:ligaments?|pouch|space|canal|foramen|triangle|fossa|duct|gland|bursa|"
    r"sphincter|ampulla|circle|loop|valve|tubercle|bundle|capsule|crypts?|islets?|"
    rf"organ|plexus|nucleus|membrane|cells)\sof\s{_PERSON}(?![\w-])"
)
# Capitalised words that are no person: a people, a body of rules, a month.
_NO_PERSON = re.compile(
    r"^(?:American|British|European|English|French|German|Japanese|Chinese|Western|Eastern|"
    r"Northern|Southern|World|National|International|January|February|March|April|June|"
    r"July|August|September|October|November|December|Gram|Hounsfield|Type|Grade|Stage|Level)",
)


def named_terms(sentence: str) -> Iterator[GeneralTerm]:
    """Names a cloze can blank as it would an eponym: a defined abbreviation's long form
    with its bracket, and a structure named after a person."""
    if "(" in sentence:
        yield from _defined_names(sentence)
    for pattern in (_NAMESAKE, _OF_PERSON):
        for match in pattern.finditer(sentence):
            person = re.search(_PERSON, match.group(0))
            if person is not None and not _NO_PERSON.match(person.group(0)):
                yield GeneralTerm(match.group(0), match.start(), "eponym")


# An imaging method named with what says which: the plane, sequence, region or setting
# before it, or the study it is ("CT myelography", "MR arthrography").
_QUALIFIER = (  # (a capital where the method opens the sentence: "Axial T2 images")
    r"(?i:axial|coronal|sagittal|oblique|obstetric|antenatal|prenatal|fetal|whole-spine|"
    r"whole-body|spinal|cranial|serial|high-resolution|thin-section|fat-suppressed|"
    r"fat-saturated|diffusion-weighted|T1-weighted|T2-weighted|(?:T1|T2)(?:\sC\+)?|STIR|FLAIR|"
    r"post-contrast|postcontrast|contrast-enhanced|dynamic|delayed|weight-bearing|lateral|"
    r"frontal|standing|stress|transvaginal|transabdominal|transrectal|Doppler)"
)
_METHOD = re.compile(
    rf"(?<![\w-])(?:{_QUALIFIER}\s){{1,3}}(?:images?|imaging|sequences?|ultrasound|"
    r"sonography|CT|MRI|radiographs?|views?|films?|scans?)(?![\w-])"
    r"|(?<![\w-])(?:CT|MR)\s(?:myelography|arthrography|cisternography|enterography|"
    r"colonography|urography|angiography|venography|perfusion|spectroscopy|elastography|"
    r"fistulography)(?![\w-])"
)
_STUDY_AFTER = re.compile(
    r"\s(?:myelography|arthrography|cisternography|enterography|colonography|urography|"
    r"angiography|venography|perfusion|spectroscopy|elastography|fistulography)(?![\w-])"
)


def widen_method(sentence: str, end: int) -> int:
    """Where a modality ending at ``end`` ends once the study it names is read on ("CT
    myelography" is another test than CT)."""
    after = _STUDY_AFTER.match(sentence, end)
    return end if after is None else after.end()


# The word that makes a study of a bare method: "fluorescein angiography", "catheter
# angiography", "chest radiography" (a closed set: a verb or a preposition before the method
# is no part of it).
_METHOD_BEFORE = re.compile(
    r"(?<![\w-])(?:fluorescein|indocyanine\sgreen|catheter|conventional|invasive|digital\s"
    r"subtraction|selective|chest|abdominal|plain|contrast|excretory|direct|indirect|"
    # "colour Doppler ultrasound", "power Doppler"
    r"colou?r|power|spectral|duplex)\s$",
    re.I,
)
_BARE_METHOD = re.compile(
    r"^(?:angiography|arteriography|venography|radiography|urography|lymphography|"
    r"Doppler(?:\s(?:ultrasound|ultrasonography|sonography|imaging))?)$",
    re.I,
)


def widen_method_before(sentence: str, start: int, end: int) -> int:
    """Where a bare method from ``start`` to ``end`` begins once the word that makes it a
    study is read before it ("fluorescein angiography" is another test than angiography)."""
    if not _BARE_METHOD.match(sentence[start:end]):
        return start
    before = _METHOD_BEFORE.search(sentence[max(0, start - 30) : start])
    return start if before is None else start - len(before.group(0))


# Parts of the spine and their roots, and parts of the brain that one word names.
_SPINE_PART = re.compile(
    r"(?<![\w-])(?:(?:cervical|thoracic|lumbar|sacral|thoracolumbar|lumbosacral|"
    r"cervicothoracic|craniocervical)\s(?:spine|region|cord|vertebrae|canal)"
    r"|(?:(?:dorsal|ventral|anterior|posterior|sensory|motor|exiting|traversing|cervical|"
    r"thoracic|lumbar|sacral|spinal)\s)(?:nerve\s)?roots?"
    r"|axial\sskeleton|appendicular\sskeleton)(?![\w-])"
)
_BRAIN_PART = re.compile(
    r"(?<=the\s)(?:cerebellum|brainstem|brain\sstem|pons|midbrain|thalam(?:us|i)|"
    r"hippocamp(?:us|i)|hypothalamus|corpus\scallosum|basal\sganglia|claustrum|"
    r"cerebellar\svermis|centrum\ssemiovale|internal\scapsule)(?![\w-])"
)
_IMMUNE_CELL = re.compile(
    r"(?<![\w-])(?:CD\d{1,3}\+?\s(?:[TB]\s)?(?:cells?|lymphocytes)|[TB][- ](?:cells?|"
    r"lymphocytes)|NK\scells?|plasma\scells?|mast\scells?|eosinophils|neutrophils|"
    r"macrophages|histiocytes)(?![\w-])"
)


# "Asymptomatic lesions need no treatment": the management is what the sentence says.
_NO_ACTION = re.compile(
    r"\b(?:needs?|requires?|warrants?)\s(?P<term>no\s(?:(?:further|specific|active|routine)\s)?"
    r"(?:treatment|therapy|follow-up|imaging|intervention|surgery|investigation))(?![\w-])",
    re.I,
)


def plain_terms(sentence: str) -> Iterator[GeneralTerm]:
    """Imaging methods, parts of the spine and brain, immune cells, and a management of
    nothing ("need no treatment"): blanks only for a sentence no other finder gave one."""
    for match in _NO_ACTION.finditer(sentence):
        yield GeneralTerm(match.group("term"), match.start("term"), "treatment")
    for match in _METHOD.finditer(sentence):
        yield GeneralTerm(match.group(0), match.start(), "technique")
    for pattern in (_SPINE_PART, _BRAIN_PART):
        for match in pattern.finditer(sentence):
            yield GeneralTerm(match.group(0), match.start(), "anatomy")
    for match in _IMMUNE_CELL.finditer(sentence):
        yield GeneralTerm(match.group(0), match.start(), "cell")
