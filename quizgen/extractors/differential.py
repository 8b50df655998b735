"""Differential diagnoses, with the finding they are for and their sub-groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.association import differential_relations
from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    iter_clauses,
    split_noun_phrases,
)
from quizgen.extractors.text import (
    LABEL_WORDS,
    PERCENT,
    ListUnit,
    iter_flat_lists,
    iter_lists,
    make_fact,
    split_label,
)
from quizgen.model import Article, Fact, FactKind, ListItem
from quizgen.normalize import is_catch_all, same_name
from quizgen.phrases import names_nothing_alone

__all__ = ["extract_differentials", "extract_prose_differentials"]

# "For extradural lesions consider:", "The differential diagnosis of X includes:"
# "For X" names the finding the list is for; "In X" (a cirrhotic liver, children) names a
# setting, so the list is the differential of the article's subject in that setting.
_FOR_CONSIDER = re.compile(
    r"^(?P<preposition>for|in)\s+(?P<subject>.+?)\s*,?\s+"
    r"(?:consider|think of|the differential\b.*)",
    re.I,
)
_DIFFERENTIAL_OF = re.compile(
    r"differentials?(?:\s+diagnos[ie]s)?\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?P<subject>.+?)"
    r"\s+(?:includes?|is|are)\b",
    re.I,
)
# "consider", "differential(s)" (not "considered")
_CONSIDER = re.compile(r"\b(?:consider|differentials?)\b", re.I)
_DIFFERENTIAL_HEADING = re.compile(r"differential", re.I)
# A parent that only sorts its children ("if diffuse", "when solitary") is not a diagnosis.
_CONDITION = re.compile(r"^(?:if|when|in|with|for|on)\s", re.I)
# An entry whose children are its features or signs, not diagnoses in their own right.
_DESCRIBED = re.compile(
    r"\b(?:features?|findings?|signs?|appearances?|characteristics|criteria)\b\)?\s*:?$", re.I
)
_WORD = re.compile(r"[\w'-]+")
_NESTED = re.compile(r"\([^()]*\)")
_PARENTHESES = re.compile(r"\s{0,3}\((?:see also|see)[^)]{0,200}\)", re.I)


# "Features that favour restrictive cardiomyopathy are:", "Findings pointing to X include:":
# a list of features that tell the diagnoses apart, even under "Differential diagnosis".
_FEATURES_LIST = re.compile(
    r"^(?:the\s)?(?:[\w-]{1,20}\s){0,2}?(?:features?|findings?|signs?|clues?|"
    r"characteristics|appearances?|points)\s(?:that\s|which\s)?(?:\w{1,12}\s)?"
    r"(?:favou?r|suggest|support|indicat|point|distinguish|differentiat|help|are|include)\w{0,4}\b",
    re.I,
)


def _subject(unit: ListUnit, article: Article) -> str:
    intro = _PARENTHESES.sub("", unit.intro).strip().rstrip(":").strip()
    if _FEATURES_LIST.match(intro) and not _CONSIDER.search(intro):
        return ""
    setting = _FOR_CONSIDER.match(intro)
    if setting and setting.group("preposition").lower() == "in":
        return f"{article.title} in {setting.group('subject').strip()}"
    match = setting or _DIFFERENTIAL_OF.search(intro)
    if match:
        return match.group("subject").strip()
    if _DIFFERENTIAL_HEADING.search(unit.section.path) or _CONSIDER.search(intro):
        return article.title
    return ""


def _members(items: tuple[ListItem, ...], group: str) -> Iterator[tuple[str, str, str, str]]:
    """(item, detail, group, source line) for each diagnosis, depth-first. Children of an
    entry that announces features ("cholangiocarcinoma (LR-M features)") describe it: they
    become its detail, not diagnoses of their own."""
    for item in items:
        name, detail = split_label(item.text)
        children = item.children
        if children and _DESCRIBED.search(name):
            described, children = children, ()
        else:
            described = tuple(child for child in children if _describes(child))
            children = tuple(child for child in children if not _describes(child))
        if described:
            features = "; ".join(child.text for child in described)
            detail = "; ".join(part for part in (detail, features) if part)
        if _CONDITION.match(name) and detail and not children:
            # "for a peripheral lesion: A, and B": a setting heads the entry, whose detail
            # lists that setting's diagnoses (as nested entries under it would)
            for member in split_noun_phrases(detail):
                yield member, "", name, detail
        elif not (children and _CONDITION.match(name)):
            yield name, detail, group, item.text
        if children:
            yield from _members(children, name)


def _describes(child: ListItem) -> bool:
    """A nested entry that describes its parent ("typically diaphyseal, permeative and
    lytic") rather than naming a diagnosis: longer than a name or a clause with a comma."""
    name = _NESTED.sub("", split_label(child.text)[0])
    return not child.children and (len(_WORD.findall(name)) > LABEL_WORDS or ", " in name)


def _lists_shares(items: tuple[ListItem, ...]) -> bool:
    """A list whose entries mostly carry a share ("pleomorphic adenoma 60%") is a frequency
    list wherever it stands, even under "Differential diagnosis": the frequency extractor
    reads it."""
    with_share = sum(bool(PERCENT.search(item.text)) for item in items)
    return with_share >= 2 and 2 * with_share >= len(items)


def _is_diagnosis(name: str, subject: str, article: Article) -> bool:
    """ "others", "unknown" close a list; the article's subject is no differential of itself
    (nor of itself in a setting)."""
    if is_catch_all(name):
        return False
    return not any(same_name(name, own) for own in (subject, article.title, *article.synonyms))


# A comment after the diagnosis's name: "…, which may also cause wall thickening",
# "cerebral abscess, with a smooth complete rim" (what it shows, not a second name).
_NAME_COMMENT = re.compile(
    r",\s*(?:in\s+which|which|where|whereby|who|whose|with(?!\s+or\s+without))\s", re.I
)


MAX_LONG_LABEL_WORDS = 10
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|may|can|shows?|include|includes)\b", re.I)


def _long_label(entry: str) -> tuple[str, str] | None:
    """ "giant cell tumour of the tendon sheath: sits next to …": a name longer than a
    label's words still ends at the entry's colon (None when no verbless name ends there)."""
    label, colon, rest = entry.partition(": ")
    if colon and rest and len(label.split()) <= MAX_LONG_LABEL_WORDS and not _VERB.search(label):
        return label.strip(), rest.strip()
    return None


def _without_comment(name: str, detail: str) -> tuple[str, str]:
    """ "gallbladder carcinoma, which may also cause wall thickening": the name, then what
    tells it apart as its detail (when the entry has no other)."""
    labelled = (name, detail) if detail else _long_label(name)
    if labelled:
        return labelled
    comment = _NAME_COMMENT.search(name)
    if comment:
        return name[: comment.start()].strip(), name[comment.end() :].strip()
    # "meningeal diverticulum (no nerve fibres in the wall)": what tells it apart, in brackets
    bracket = _BRACKET_COMMENT.search(name)
    if bracket and bracket.start() > 0:
        return name[: bracket.start()].strip(), bracket.group("comment").strip()
    # "dural ectasia, seen in Marfan syndrome and NF1": where it is seen, not two diagnoses
    aside = _NAME_ASIDE.search(name)
    if aside and ", and " not in name[aside.end() :]:
        return name[: aside.start()].strip(), name[aside.end() :].strip()
    # "omega epiglottis, a normal variant that can mimic …": the name, then its description
    apposed = _APPOSITIVE.search(name)
    if apposed and len(name[apposed.end() :].split()) >= MIN_APPOSITIVE_WORDS:
        return name[: apposed.start()].strip(), name[apposed.end() :].strip()
    return name, detail


# A bracket closing the entry that says what tells the diagnosis apart, not another name:
# "(no nerve fibres in the wall)", "(usually older patients)", "(which enhances)".
_BRACKET_COMMENT = re.compile(
    r"\s\((?P<comment>(?:no|not|without|lacks?|usually|typically|often|may|can|which|seen|"
    r"more|less|rarely|commonly)\s[^()]{2,80}"
    # "(distal gas usually present; a web may form a windsock deformity)": clauses of a
    # comment, told by their semicolon or their verb, whatever word they open on
    r"|[^()]{2,120}(?:;|\s(?:is|are|may|can|usually|typically|often)\s)[^()]{2,120})\)$"
)
# An aside after the name's comma that says where or how often it occurs, in its own words
# (kept as the detail): ", seen in …", ", usually on the left", ", particularly in …".
_NAME_ASIDE = re.compile(
    r",\s{1,3}(?=(?:seen|found|associated|caused|usually|typically|often|especially|"
    r"particularly|commonly|classically|mainly|mostly|frequently)\s)",
    re.I,
)

# A description set after the name by a comma: ", a normal variant that …" (the
# description keeps its article). (", such as A and B" stays: the examples are the name's.)
_APPOSITIVE = re.compile(r",\s{1,3}(?=(?:an?|the)\s)", re.I)
MIN_APPOSITIVE_WORDS = 3


def extract_differentials(article: Article) -> Iterator[Fact]:
    """One fact per diagnosis in a "for X consider:" list or a differential section."""
    for unit in (*iter_lists(article), *iter_flat_lists(article)):
        subject = _subject(unit, article)
        if not subject or _lists_shares(unit.block.items):
            continue
        for entry_name, entry_detail, group, line in _members(unit.block.items, ""):
            name, detail = _without_comment(entry_name, entry_detail)
            if not _is_diagnosis(name, subject.split(" in ", 1)[0], article):
                continue
            source = f"{group}: {line}" if group else line
            yield from differential_relations(article, unit, source, name, detail)
            for diagnosis in _coordinated(name):
                yield make_fact(
                    FactKind.DIFFERENTIAL,
                    article,
                    unit.section,
                    f"{group}: {line}" if group else line,
                    key=(subject, group, diagnosis),
                    subject=subject,
                    item=diagnosis,
                    group=group,
                    value=detail,
                    statement=unit.intro,
                )


def _coordinated(name: str) -> list[str]:
    """The diagnoses of one entry: "leukaemia and metastatic neuroblastoma" is two, each a
    condition's name; "head and neck lymphoma" or "A and other malignancies" is one."""
    if " and " not in name:
        return [name]
    parts = split_noun_phrases(name)
    if len(parts) > 1 and all(is_condition_name(part) for part in parts):
        return parts
    return [name]


# --- differentials stated in prose --------------------------------------------------------

# What opens a sentence's own list of differentials, whatever the sentence opens on: "the
# (main) differential diagnosis (of X) (on imaging) (also) includes", "mimics include", "other
# entities to consider are", "conditions that may mimic X include", "alternative diagnoses
# include", "other differential considerations: A, B and C". The words between the noun and
# the verb are bounded and stop at punctuation; "of X" / "for X" / "mimic X" in them names
# what the list is the differential of.
_LEAD_NOUN = (
    r"\b(?:differentials?(?:\s+diagnos[ie]s)?(?:\s+considerations?)?|mimics?"
    r"|(?:alternative|other|further|additional)\s+diagnos[ie]s"
    # "the main consideration for a solid adrenal mass is …": a consideration for a finding
    r"|(?:main|chief|principal|major|key|important)\s+considerations?(?=\s+for\s)"
    # "other considerations include surgery": only what is there to consider or what can
    # mimic is a list of diagnoses (a differential section's own sentences: _CONSIDERATIONS)
    r"|(?:(?:other|further|additional)\s+)?(?:entities|conditions|lesions|diagnoses|diseases|"
    r"disorders|considerations|possibilities)\s+(?=to\s+(?:be\s+)?consider|(?:that|which)\s+"
    r"(?:can|may|might|could)\s+(?:also\s+)?(?:mimic|simulate|resemble|look|appear|"
    # "conditions that can produce a similar mediastinal contour": a look-alike too
    r"(?:produce|give|cause|show)\s+(?:an?\s+)?similar))"
    # "Other masses of the hand to consider include": masses of the same place to consider
    r"|(?:other|further|additional)\s+(?:masses|tumou?rs|neoplasms|cysts|lesions)\s+"
    r"(?:of|in)\s+(?:the\s+)?[a-z]{3,20}(?:\s[a-z]{3,20})?\s+(?=to\s+(?:be\s+)?consider))"
)
_NAMES_A_LIST = re.compile(_LEAD_NOUN, re.I)
_LEAD = re.compile(
    _LEAD_NOUN + r"(?P<gap>[^,;:.()]{0,70}?)"
    r"(?:\s+(?:also\s+|mainly\s+|chiefly\s+|primarily\s+|principally\s+|therefore\s+|thus\s+)?"
    r"(?:(?:is|are)\s+(?:[\w-]+\s+){0,2}?(?:and|but)\s+(?:also\s+)?)?"
    r"(?:includes?|including|comprises?|consists?\s+of|encompasses|are|is)\s+"
    r"|\s*:\s*)"
    r"(?:mainly\s+|chiefly\s+|principally\s+|primarily\s+|usually\s+|typically\s+)?",
    re.I,
)
# In the gap: "of X", "for X", "(that may) mimic X", "to consider", "on imaging".
_GAP_OF = re.compile(
    r"^\s*(?:(?:of|for)\s+|(?:that|which)\s+(?:can|may|might|could)\s+(?:also\s+)?"
    r"(?:mimic|simulate|resemble)\s+)(?P<of>.{3,60}?)"
    r"(?:\s+(?:on|at|in|to)\s+.*)?$",
    re.I,
)
_PROSE_DIFFERENTIAL: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        # "is separated from the cord by the dura" is where a lesion lies: only what "can
        # be separated" from it is told apart
        r"\b(?:distinguish(?:ed)?|differentiat(?:ed|e)|told\s+apart|"
        r"(?<=\sbe\s)(?:\w+ly\s+)?separated)\s+"
        r"(?:(?:it|them|this|these)\s+)?(?:\w+ly\s+)?from\s+",
        # "indistinguishable from the surrounding liver" is about conspicuity: only a
        # condition after it is a differential (_CONDITION_ONLY)
        r"\b(?:in)?distinguishable\s+(?:\w+ly\s+)?from\s+",
        r"\b(?:confused|confusion)\s+with\s+|\bmistaken\s+for\s+",
    )
)
# "When perilymphatic nodules predominate the differential includes …": the differential is
# that finding's, named in the opening clause.
_SETTING = re.compile(
    r"^(?:when|if|where|for|with)\s+(?P<finding>[^,;]{3,60}?)\s*(?:\s(?:predominates?|dominates?|"
    r"(?:is|are)\s+(?:present|seen|found|identified|the\s+main\s+finding)))?\s*,?\s+"
    r"(?:the\s+)?(?:main\s+|chief\s+)?(?:differentials?|differential\s+diagnos[ie]s)\b",
    re.I,
)
# The patterns whose members are what the sentence's subject is told apart from: when a
# member is the article's subject, the sentence's own subject is the article's differential.
_TOLD_APART = frozenset(_PROSE_DIFFERENTIAL)
_CONDITION_ONLY = _PROSE_DIFFERENTIAL[1]
# "Not to be confused with X", "should not be mistaken for X": X is a mimic all the same.
_CONFUSED = _PROSE_DIFFERENTIAL[2]
# In a differential section: "Other considerations include A, B and C", "The main
# considerations are A and B" (the sentence's subject is the list, not a diagnosis).
_CONSIDERATIONS = re.compile(
    r"^(?:the\s+)?(?:other|further|main|chief|additional)\s+considerations?\s+"
    r"(?:include|are|is)\s+",
    re.I,
)
_ON_IMAGING = re.compile(
    r"(?<=\w)\s+(?:on|at)\s+(?:the\s+)?(?:CT|MRI?|ultrasound|imaging|radiographs?|"
    r"mammography|PET(?:[/-]CT)?|[\w-]+\s+(?:CT|MRI|images|imaging|sequences))$",
    re.I,
)
_BY = re.compile(r"\s{1,3}(?:by|on\s+the\s+basis\s+of|because\s+of)\s{1,3}(?P<by>[^;.]{3,120})")
_NOT = re.compile(r"\b(?:not|no|never|cannot|rarely)\W+(?:\w+\W+){0,2}$", re.I)
MAX_FEATURE_WORDS = 15


# The gap between a lead noun and its verb may only say what or where the list is for:
# "differential enhancement is seen" is an adjective, not a list.
_GAP_SHAPE = re.compile(
    r"^(?:$|\s*(?:of|for|on|at|in|to|that|which|also|here|then|now|usually|typically)\b)", re.I
)
_GAP_NEGATED = re.compile(r"\b(?:not|no|never|rarely|seldom|hardly)\b", re.I)
# "is" and "are" also open a judgement of the list ("is made by biopsy", "is wide", "is
# difficult"): a member that opens on such a word is none.
_JUDGEMENT = re.compile(
    # a participle with nothing after it but a preposition ("made by biopsy", "limited"),
    # lower case: "Ewing sarcoma", "mixed germ cell tumour" are names
    r"^(?:[a-z]+(?:ed|ing)|made|done|seen|shown|given|taken|drawn|known)"
    r"(?:\s+(?:by|on|with|in|at|from|to|using|after|for)\b|$)"
    r"|^(?i:broad|wide|narrow|limited|extensive|difficult|important|challenging|similar|"
    r"different|long|short|large|small|often|usually|typically|not|rarely|that|whether|"
    r"beyond|as|in|on|by|with|from|to|of|for|unclear|uncertain|clinical|radiological|"
    r"histological|possible|necessary|essential|crucial|key)\b"
)
_COPULA_END = re.compile(r"\s(?:is|are)\s+$", re.I)


# "chondrosarcoma (which arises off the midline)": a comment, not part of the name; an
# abbreviation in brackets ("(RCC)") stays.
_COMMENT_IN_BRACKETS = re.compile(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)")


_LEAD_HINTS = (
    "differential",
    "mimic",
    "diagnos",
    "consider",
    "simulat",
    "resembl",
    "look",
    "appear",
    "similar",
)


def _lead_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(subject, diagnosis, "") for a sentence's own list of differentials (_LEAD)."""
    text = clause.sentence.text
    lower = text.lower()
    if not any(hint in lower for hint in _LEAD_HINTS):
        return  # every lead holds one of these words: most sentences are spared the search
    for match in _LEAD.finditer(text):
        gap = match.group("gap")
        if not _GAP_SHAPE.match(gap) or _GAP_NEGATED.search(gap):
            continue
        if _NOT.search(text[: match.start()]):
            continue
        of = _GAP_OF.match(gap)
        subject = _lead_subject(clause, article, of.group("of") if of else "")
        copula = bool(_COPULA_END.search(match.group(0)))
        for name in _member_names(text[match.end() :]):
            item = _ON_IMAGING.sub("", _COMMENT_IN_BRACKETS.sub("", name)).strip()
            if copula and _JUDGEMENT.match(item):
                continue
            if not _names_article(item, article) and not same_name(item, subject):
                yield subject, item, ""
        return  # one list per sentence: a second lead names the same list's parts


def _lead_subject(clause: Clause, article: Article, of: str) -> str:
    """What a lead's list is the differential of: "of X" (the article's title when X names
    it), the finding of an opening "When …" clause, else the article's subject in the
    setting the sentence opens with."""
    of = _ON_IMAGING.sub("", of.strip())
    if of and not re.match(r"^(?:it|them|this|these|those)$", of, re.I):
        return article.title if _names_article(of, article) else _strip_determiner(of)
    setting = _SETTING.match(clause.sentence.text)
    if setting:
        return setting.group("finding").strip()
    return _setting_subject(clause, article)


def _imperative_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """ "For a midline mass, consider A and B": the differential of the named finding."""
    imperative = _FOR_X_CONSIDER.match(clause.sentence.text)
    if not imperative:
        return
    of = imperative.group("of")
    subject = article.title if _names_article(of, article) else _strip_determiner(of)
    for name in _member_names(clause.sentence.text[imperative.end() :]):
        if not _names_article(name, article):
            yield subject, _COMMENT_IN_BRACKETS.sub("", name).strip(), ""


def _prose_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(subject, diagnosis, what tells them apart) for each diagnosis a sentence names."""
    text = clause.rest
    considered = _CONSIDERATIONS.match(clause.sentence.text)
    if considered and _DIFFERENTIAL_SECTION.search(clause.sentence.section.path):
        yield from _considerations(clause, article, clause.sentence.text[considered.end() :])
        return
    yield from _lead_members(clause, article)
    yield from _imperative_members(clause, article)
    for pattern in _PROSE_DIFFERENTIAL:
        for match in pattern.finditer(text):
            if pattern is not _CONFUSED and _NOT.search(text[: match.start()]):
                continue
            if _IN_RELATIVE.search(text[: match.start()]):
                continue  # "…, a duct that …, which can be mistaken for X": the duct's mimic
            members = text[match.end() :]
            feature = ""
            by = _BY.search(members)
            if by:
                members = members[: by.start()]
                words = by.group("by").strip().split()
                feature = " ".join(words) if len(words) <= MAX_FEATURE_WORDS else ""
            of = match.groupdict().get("of")
            later = None if of else _LATER_SUBJECT.search(text[: match.start()])
            subject = (
                _later_subject(later.group("np"), article)
                if later
                else _told_apart_subject(clause, article, of)
            )
            if not subject:
                continue
            for name in _member_names(members):
                item = _ON_IMAGING.sub("", name)  # "from X on CT": X
                if pattern is _CONDITION_ONLY and not is_condition_name(item):
                    continue
                if _is_a_form_of_article(item, article) and pattern in _TOLD_APART:
                    # "Athlete's heart can be distinguished from HCM by …": a differential of
                    # the article's subject, which the sentence opens on
                    for own in _own_names(clause, article, named=True):
                        yield article.title, own, feature
                elif not same_name(item, subject) and not same_name(item, article.title):
                    yield subject, item, feature


# "Care is required, because normal vascularity … may be mistaken for X", "Vascularity is
# minimal, and the lesion may be mistaken for X": the trigger's own clause, after a
# conjunction or a semicolon, names what is mistaken; the sentence's opening does not.
_LATER_SUBJECT = re.compile(
    r"(?:,\s(?:and|but|so|because|as|since|although|while|whereas)|;|\sbecause|\ssince)\s"
    r"(?P<np>(?:[\w'’-]+\s){0,7}?[\w'’-]+)\s(?:may|can|could|might|should|must|will|is|are)\s"
    r"(?:(?:also|easily|sometimes|often|occasionally|readily|then|be|usually)\s){0,3}$",
    re.I,
)
_BACK_REFERENCE = re.compile(
    r"^(?:it|they|this|these|(?:the|this|these|such\san?)\s(?:(?:clinical\s)?picture|"
    r"presentation|lesions?|tumou?rs?|mass(?:es)?|condition|disease|cysts?|nodules?|abnormality))$",
    re.I,
)
# Words no noun phrase of a clause's subject holds: a clause or a verb runs in it.
_NOT_IN_A_SUBJECT = frozenset(
    re.findall(
        r"\w+",
        "that because and or but which who so shows show has have had is are was were it they "
        "although whereas while when if",
    )
)


def _later_subject(np: str, article: Article) -> str:
    """What a later clause says is mistaken: the article's subject for "it" or "the lesion",
    the clause's own noun phrase when it is one, else "" (no subject sure enough)."""
    if _BACK_REFERENCE.match(np.strip()):
        return article.title
    if any(word.lower() in _NOT_IN_A_SUBJECT for word in np.split()):
        return ""
    return _strip_determiner(np)


def _considerations(
    clause: Clause, article: Article, members: str
) -> Iterator[tuple[str, str, str]]:
    subject = _setting_subject(clause, article)
    for name in _member_names(members):
        if not _names_article(name, article):
            yield subject, name, ""


# "…, which can be mistaken for": the trigger stands in a relative clause, whose antecedent
# (not the sentence's subject) is what is mistaken.
_IN_RELATIVE = re.compile(r",\s(?:which|who)\s(?:[\w-]{1,20}\s){0,3}$", re.I)
_LEADING_AND = re.compile(r"^\s{0,3}(?:and|or)\s{1,3}", re.I)
# "…; immunostaining is positive in A": after a semicolon, a few words and a finite verb
# (no comma between) start a new clause, whose opening noun is no diagnosis ("B, which has
# fat signal" keeps its comma before the verb).
_NEW_CLAUSE_SEGMENT = re.compile(
    r"^\s{0,3}(?:(?:and|but|while|whereas)\s{1,3})?"
    r"(?P<opening>[\w'’-]{1,40}(?:\s{1,3}[\w'’-]{1,40}){0,4}?)"
    r"\s{1,3}(?:is|are|was|were|has|have|may|can|shows?|remains?|stains?|"
    # "…; contrast-enhanced ultrasound confirms internal enhancement": a test's verb
    r"confirms?|demonstrates?|reveals?|excludes?|establishes|allows?|helps?|indicates?|"
    r"suggests?|favou?rs?)\s",
    re.I,
)
# "…; an adenomyoma has no pseudocapsule": a clause that opens on a lesion is one more
# diagnosis with what tells it apart.
_LESION_HEAD = re.compile(
    r"(?:[a-z]{2,30}omas?|tumou?rs?|cysts?|abscess(?:es)?|malformations?|syndromes?|"
    r"aneurysms?)$",
    re.I,
)


_MEMBER_COMMENT = re.compile(r",\s(?:which|that|who)\s[^,;]{1,80}?(?=,\s|\.?$)", re.I)


# "distinguished from A and from B": the preposition repeated before a later member
_REPEATED_PREPOSITION = re.compile(r"^(?:from|with|for)\s+(?:an?\s+|the\s+)?", re.I)


def _member_names(members: str) -> list[str]:
    """The diagnoses a sentence lists: "A, B and C" ("from A and from B" too); or, when each
    has a comment of its own, one per semicolon ("A, the commonest valve tumour, which is
    small; B, which has fat signal; and C, which spares the fossa ovalis")."""
    return [_REPEATED_PREPOSITION.sub("", name) for name in _listed_names(members)]


# ", both of which produce an elevated hemidiaphragm,": a comment on the members before it
_SHARED_COMMENT = re.compile(
    r",\s(?:both|all|each|either|neither|any|some|most|many|none)\sof\s(?:which|whom|these|"
    r"them)\s[^,;]{1,80}?(?=,\s|\.?$)",
    re.I,
)


# "and congenital defects such as a Bochdalek hernia or Morgagni hernia": a plural category
# before its examples; the examples are the diagnoses
_CATEGORY_SUCH_AS = re.compile(
    r"(?:(?<=,\s)|(?<=\band\s)|(?<=\bor\s)|^)(?:[a-z-]+\s){0,2}[a-z-]+s\s"
    r"(?:such\sas|including|like)\s",
    re.I,
)


def _listed_names(members: str) -> list[str]:
    # "overlapping rectal" of "overlapping rectal or sigmoid gas": an adjective whose noun no
    # rule could give it is no diagnosis (a class may be an adjective, a diagnosis is not)
    return [n for n in _names_in_run(members) if not names_nothing_alone(n.split()[-1])]


def _names_in_run(members: str) -> list[str]:
    members = _CATEGORY_SUCH_AS.sub("", _SHARED_COMMENT.sub("", members))
    if ";" not in members:
        if len(_MEMBER_COMMENT.findall(members)) >= 2:
            # "A, which is anechoic, B, which lacks blooming, and C, which enhances": each
            # name's comment goes, the names stay
            members = _MEMBER_COMMENT.sub("", members)
        return split_noun_phrases(members)
    names: list[str] = []
    for index, segment in enumerate(members.split(";")):
        clause = _NEW_CLAUSE_SEGMENT.match(segment) if index else None
        if clause and not _LESION_HEAD.search(clause.group("opening")):
            break  # "…; inhibin is positive in A": a clause of its own, no more names
        found = split_noun_phrases(_LEADING_AND.sub("", segment))
        if found and _WHOLE_LIST.search(segment):
            # "A, B and C; D may mimic it": the first segment is a list closed by its "and"
            names.extend(found)
        elif found:
            names.append(found[0])
    return names


# A list closed by its own conjunction: "an abscess, a haematoma and a soft-tissue tumour".
_WHOLE_LIST = re.compile(r",\s[^,;]{2,60}\s(?:and|or)\s[^,;]{2,60}$", re.I)


_TELEGRAPHIC_NOT = re.compile(r"^not\s+to\s+be\s+(?:confused|mistaken)\b", re.I)
# "For mediastinal lymphadenopathy, consider lymphoma and tuberculosis": an imperative list.
_FOR_X_CONSIDER = re.compile(
    r"^(?:for|with|in)\s+(?P<of>[^,;:]{3,60}),\s+(?:also\s+)?(?:consider|think\s+of)\s+", re.I
)


def _told_apart_subject(clause: Clause, article: Article, of: str | None) -> str:
    """What the differential is of: "differential of Y", the finding of a "When …" clause,
    or what the sentence opens on; "" when the sentence's subject is unclear."""
    if of:
        return article.title if _names_article(of, article) else of.strip()
    setting = _SETTING.match(clause.sentence.text)
    if setting:
        return setting.group("finding").strip()
    if _TELEGRAPHIC_NOT.match(clause.sentence.text):
        return clause.topic or article.title  # "Not to be confused with X.": no subject written
    if clause.unclear:
        return ""
    # "Bland thrombus is distinguished from tumour thrombus": what the sentence opens
    # on is what is told apart, whatever the paragraph is about
    subject = clause.subject if not clause.own or clause.anaphor else clause.own
    return clause.subject if clause.own and same_name(clause.subject, clause.own) else subject


def _names_article(name: str, article: Article) -> bool:
    return any(same_name(name, own) for own in (article.title, *article.synonyms))


def _is_a_form_of_article(name: str, article: Article) -> bool:
    """ "a small chordoma", "an early abscess": the article's subject with a describing word
    before it ("mistaken for a small chordoma" makes the sentence's subject a mimic)."""
    if _names_article(name, article):
        return True
    words = _strip_determiner(name).split()
    head = article.title.split()[-1].lower() if article.title else ""
    if len(words) == 1 and len(head) > 5 and same_name(words[0].lower(), head):
        return True  # "mistaken for thrombosis" on ovarian vein thrombosis: the title's head
    return len(words) <= 4 and any(
        _names_article(" ".join(words[start:]), article) for start in range(1, len(words))
    )


def _own_names(clause: Clause, article: Article, *, named: bool = False) -> list[str]:
    """The conditions the sentence opens on ("A haemorrhagic cyst or an endometrioma"), none
    when it opens on a pronoun or on the article's own subject. ``named``: the sentence
    itself says they are conditions ("X can be mistaken for <the article's subject>"), so a
    name without a disease ending ("ecchordosis physaliphora") counts, a finding does not."""
    if not clause.own or clause.anaphor or not clause.own[:1].isalnum():
        return []
    names = split_noun_phrases(clause.own)

    def condition(name: str) -> bool:
        if named:
            return not _DESCRIPTIVE_HEAD.search(name) and not _GENERIC_OPENING.match(name)
        return is_condition_name(name)

    if not names or any(_names_article(n, article) or not condition(n) for n in names):
        return []
    return names


# An opening that names no condition: "The appearance", "This finding", "Its signal".
_GENERIC_OPENING = re.compile(
    r"^(?:(?:the|this|these|its|their|such)\s+)?(?:[\w-]+\s+)?(?:appearances?|findings?|"
    r"features?|signal|pattern|imaging|picture|enhancement|changes?|signs?)$",
    re.I,
)


# "X should be excluded", "X must also be considered", "X should be ruled out".
_CONSIDERED = re.compile(
    r"^[^.;]{0,80}?\b(?:must|should)\s+(?:also\s+|always\s+|first\s+)?be\s+"
    r"(?:excluded|considered|ruled\s+out)"
    # "should be considered a metastasis" regards the subject as something: no differential
    r"(?=\s*(?:[,.;)]|$)|\s+(?:in|if|when|where|especially|particularly|too|also)\b)",
    re.I,
)
# "X is (far) more likely to be A", "X is the most difficult mimic", "X can mimic Y".
_MORE_LIKELY = re.compile(
    r"\b(?:is|are)\s+(?:far\s+|much\s+|also\s+)?more\s+likely\s+to\s+be\s+", re.I
)
_IS_A_MIMIC = re.compile(
    r"^(?:is|are)\s+(?:also\s+)?(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:mimics?|differentials?|differential\s+(?:diagnos[ie]s|considerations?))\b"
    r"(?:\s+(?:of|for)\s+(?P<of>[^,;:()]{3,60}?))?\s*(?:[,.;(]|$)",
    re.I,
)
_CAN_MIMIC = re.compile(
    r"^(?P<own>[^;:.]{2,160}?)\s+(?:can|may|might|could|often|sometimes|also)\s+"
    r"(?:also\s+|closely\s+)?(?:mimic|simulate)\s+(?P<target>[^,;:()]{3,80}?)\s*(?:[,.;(]|$)",
    re.I,
)
# "Circumscribed carcinomas, particularly mucinous and medullary carcinoma, …": the names
# after "particularly" are differentials too.
_PARTICULARLY = re.compile(r",\s*(?:particularly|especially|notably|including|such\s+as)\s+", re.I)
# "Unlike a dermoid, …" / "…, unlike a dermoid, …": what it is contrasted with.
_UNLIKE = re.compile(r"\bunlike\s+(?P<what>[^,;:()]{3,60}?)\s*(?:,|$)", re.I)
_IN_SETTING = re.compile(r"^In\s+(?P<setting>[^,;]{3,50}),\s", re.I)
_DIFFERENTIAL_SECTION = re.compile(r"\bdifferential", re.I)


def _setting_subject(clause: Clause, article: Article) -> str:
    """The article's subject, in the setting the sentence opens with ("In a child, …")."""
    setting = _IN_SETTING.match(clause.sentence.text)
    if setting:
        return f"{article.title} in {setting.group('setting').strip()}"
    return article.title


def _conditions(text: str) -> list[str]:
    names = [n for part in _PARTICULARLY.split(text) for n in split_noun_phrases(part)]
    return [n for n in names if is_condition_name(n)]


def _stated_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(subject, diagnosis, "") for differentials stated around the sentence's own subject:
    "X should be excluded", "X is the main mimic", "X can mimic Y", "is more likely to be
    X", "unlike <the article's subject>", and a condition a differential section's sentence
    opens on ("Hypertensive heart disease usually causes concentric hypertrophy")."""
    text = clause.sentence.text
    lower = text.lower()
    # most sentences state none of these: look for the rules' key words before the rules
    in_section = bool(_DIFFERENTIAL_SECTION.search(clause.sentence.section.path))
    if in_section or any(word in lower for word in _OWN_KEY_WORDS):
        own = _own_names(clause, article)
        yield from ((subject, name, "") for subject, name in _around_own(clause, article, own))
    if "mimic" in lower or "simulat" in lower:
        yield from ((subject, name, "") for subject, name in _mimicked_by(text, clause, article))
        yield from ((subject, name, "") for subject, name in _mimics(text, clause, article))
    likely = _MORE_LIKELY.search(text) if "likely" in lower else None
    if likely and not _NOT.search(text[: likely.start()]):
        for name in _conditions(text[likely.end() :]):
            if not _names_article(name, article):
                yield _setting_subject(clause, article), name, ""


_OWN_KEY_WORDS = ("excluded", "considered", "ruled out", "mimic", "differential", "unlike")

# "Differentiation from A can be difficult", "distinction from A rests on …": the nouns of
# telling apart, with what they tell the article's subject apart from.
_TELLING_APART_FROM = re.compile(
    r"\b(?:differentiation|distinction|discrimination|separation|distinguishing\s+it|"
    r"differentiating\s+it)\s+from\s+(?P<members>[^;:.]{3,160})",
    re.I,
)
# "to differentiate chordoma from chondrosarcoma", "distinguishing these lesions from A".
_TELL_OWN_APART = re.compile(
    r"\b(?:distinguish|differentiate|separate|tell)(?:e?s|e?d|ing)?\s+"
    r"(?P<what>[^,;:.()]{2,50}?)\s+(?:apart\s+)?from\s+(?P<members>[^;:.]{3,160})",
    re.I,
)
# "overlaps with that of A and B", "similar to that of A", "indistinguishable from that of".
_LIKE_THAT_OF = re.compile(
    r"\b(?:overlaps?|overlapping|similar|identical|indistinguishable)\s+(?:\w+ly\s+)?"
    r"(?:with|to|from)\s+(?:that|those)\s+of\s+(?P<members>[^;:.]{3,160})",
    re.I,
)
# A verb (or what opens a clause) ends the names after "from": "from A can be difficult".
_PREDICATE = re.compile(
    r"\s(?:can|may|might|could|is|are|was|were|relies|rely|rests?|depends?|requires?|"
    r"remains?|should|must|will|on|by|because|using|with|at|in)\b.*$",
    re.I,
)
# What "Unlike A, …" compares A with: the phrase its clause opens on ("chordomas are …").
_AFTER_UNLIKE = re.compile(
    r"\s*(?P<own>(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:are|is|do|does|can|may|tend|typically|"
    r"usually|often|show|shows|have|has|lack|lacks|rarely|seldom|demonstrates?|appears?)\b",
    re.I,
)
# Only a determiner before the telling-apart noun: the sentence opens on it.
_OPENS = re.compile(r"^\W*(?:(?:the|a|an|its|their|this|such)\s+)?(?:[\w-]+\s+)?$", re.I)
_UNLIKE_ANY = re.compile(r"\bunlike\s+(?P<what>[^,;:()]{3,60}?)\s*(?:,|$)", re.I)


# Every telling-apart shape holds one of these (the nouns and verbs of _TELLING_APART_FROM
# and _TELL_OWN_APART): a sentence without them is spared both searches.
_APART_HINTS = ("differentiat", "distinct", "discriminat", "separat", "distinguish", "tell")


def _contrasted_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(title, diagnosis, "") for what the article's own subject is told apart from or
    likened to: "Unlike metastases, chordomas …", "differentiation from A can be difficult",
    "to differentiate chordoma from A", "overlaps with that of A and B"."""
    text = clause.sentence.text
    lower = text.lower()
    about_article = clause.subject == article.title
    if "unlike" in lower:
        unlike = _UNLIKE_ANY.search(text)
        after = _AFTER_UNLIKE.match(text, unlike.end()) if unlike else None
        if (
            after
            and unlike
            and _is_article_itself(_strip_determiner(after["own"]), clause, article)
        ):
            yield from _named_conditions(unlike.group("what"), article)
    telling_apart = any(hint in lower for hint in _APART_HINTS)
    if telling_apart or "that of" in lower or "those of" in lower:
        for pattern in (_TELLING_APART_FROM, _LIKE_THAT_OF):
            match = pattern.search(text)
            # "Differentiation from A can be difficult" opens on the telling apart itself
            opens = match is not None and bool(_OPENS.match(text[: match.start()]))
            if match and (about_article or opens) and not _NOT.search(text[: match.start()]):
                yield from _named_conditions(match.group("members"), article)
        tell = _TELL_OWN_APART.search(text) if telling_apart else None
        if tell and not _NOT.search(text[: tell.start()]):
            what = _strip_determiner(tell.group("what"))
            if _names_article(what, article) or (_PRONOUN.match(what) and about_article):
                yield from _named_conditions(tell.group("members"), article)


def _named_conditions(members: str, article: Article) -> Iterator[tuple[str, str, str]]:
    members = _PREDICATE.sub("", _COMMENT_IN_BRACKETS.sub("", members))
    if members.count("(") != members.count(")"):
        return  # a bracket cut open: the names are not where they seem
    for name in _member_names(members):
        item = _strip_determiner(_ON_IMAGING.sub("", name))
        if (
            is_condition_name(item)
            and not re.match(r"^(?:other|most|many|some|all|typical)\b", item, re.I)
            and not _is_a_form_of_article(item, article)
        ):
            yield article.title, item, ""


def _around_own(clause: Clause, article: Article, own: list[str]) -> Iterator[tuple[str, str]]:
    if not own:
        return
    text = clause.sentence.text
    if _CONSIDERED.match(clause.rest):
        yield from ((_setting_subject(clause, article), name) for name in own)
    mimic = _IS_A_MIMIC.match(clause.rest)
    if mimic:
        of = mimic.group("of")
        subject = article.title if not of or _names_article(of, article) else of.strip()
        yield from ((subject, name) for name in own)
    unlike = _UNLIKE.search(text)
    if unlike and _names_article(_strip_determiner(unlike.group("what")), article):
        yield from ((article.title, name) for name in own)
    # a differential section's sentence that opens on a named condition ("Immature teratoma
    # is usually larger"), not on a described finding ("A calcified cortical tumour …") nor
    # on the intro of a list; "X may mimic Y" says itself what X is a differential of
    if (
        _DIFFERENTIAL_SECTION.search(clause.sentence.section.path)
        and not _INDEFINITE.match(clause.own)
        and not any(_DESCRIPTIVE_HEAD.search(name) for name in own)
        and not _TELLING_APART_FROM.search(clause.own)
        and not _NAMES_A_LIST.search(clause.own)
        and not text.rstrip().endswith(":")
        and not _CAN_MIMIC.match(text)
    ):
        yield from ((article.title, name) for name in own)


# "It may be mimicked by A and B": the passive of "A can mimic it".
_MIMICKED_BY = re.compile(
    r"^(?P<own>[^;:.]{2,80}?)\s+(?:can|may|might|could|is|are)\s+(?:also\s+|often\s+)?"
    r"(?:be\s+)?(?:closely\s+)?(?:mimicked|simulated)\s+by\s+(?P<members>[^;:.]{3,160})",
    re.I,
)
_TRAILING_ADVERB = re.compile(r"\s+\w+ly$")


def _mimicked_by(text: str, clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """ "It may be mimicked by A and B": what mimics the article's subject."""
    mimicked = _MIMICKED_BY.match(text)
    if mimicked and _is_article_itself(mimicked.group("own"), clause, article):
        for name in split_noun_phrases(_PREDICATE.sub("", mimicked.group("members"))):
            if _may_name_condition(name) and not _is_a_form_of_article(name, article):
                yield article.title, name


def _mimics(text: str, clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """ "A bone infarct can mimic a calcified enchondroma": a differential of the article's
    subject, or of a form of it; "Nodal metastases may mimic the primary tumour" names
    neither, so it gives nothing."""
    can = _CAN_MIMIC.match(text)
    if not can or _NOT.search(can.group("own")):
        return
    # "Chromophobe carcinoma may mimic it closely": the pronoun is the paragraph's topic
    bare_target = _TRAILING_ADVERB.sub("", can.group("target").strip())
    if _PRONOUN.match(bare_target) and clause.topic in {"", article.title}:
        for name in _conditions(can.group("own")):
            if not _names_article(name, article):
                yield article.title, name
        return
    target = split_noun_phrases(can.group("target"))
    if _is_article_itself(can.group("own"), clause, article):
        # "It may also mimic a giant notochordal rest": what the article's subject mimics
        # is its differential
        for name in target:
            if _may_name_condition(name) and not _is_a_form_of_article(name, article):
                yield article.title, name
        return
    if len(target) != 1:
        return
    # "A, B and C can also mimic a tear" in a differential section: a bare noun for what the
    # page is about (no name of another thing) makes them the page's differentials
    generic = _BARE_NOUN.match(bare_target) and _DIFFERENTIAL_SECTION.search(
        clause.sentence.section.path
    )
    if not generic and not _shares_title_word(target[0], article):
        return
    named = generic or _names_article(target[0], article)
    subject = article.title if named else target[0]
    for name in _conditions(can.group("own")):
        if not _names_article(name, article):
            yield subject, name


_BARE_NOUN = re.compile(r"^(?:an?|the|this)\s[a-z-]{3,20}$", re.I)


def _may_name_condition(name: str) -> bool:
    """A name the sentence itself calls a diagnosis ("mimic a giant notochordal rest"): a
    condition's name, or a short name that is no finding, normal anatomy or generic noun."""
    if is_condition_name(name):
        return True
    words = name.split()
    return (
        len(words) <= 4
        and not _DESCRIPTIVE_HEAD.search(name)
        and not _GENERIC_OPENING.match(name)
        and not re.match(r"^(?:normal|physiological|the|its|their)\b", name, re.I)
    )


_PRONOUN = re.compile(
    r"^(?:it|they|this|these|(?:this|these|such)\s+(?:lesions?|tumou?rs?|masses|mass|"
    r"conditions?|diseases?|entit(?:y|ies)))$",
    re.I,
)


def _is_article_itself(own: str, clause: Clause, article: Article) -> bool:
    """Whether a sentence's opening phrase is the article's subject: its name, or a pronoun
    the sentence's resolved subject says stands for it."""
    own = own.strip()
    if _names_article(own, article):
        return True
    return bool(_PRONOUN.match(own)) and clause.subject == article.title


def _shares_title_word(name: str, article: Article) -> bool:
    words = {w for title in (article.title, *article.synonyms) for w in _words(title)}
    return _names_article(name, article) or bool(_words(name) & (words - _GENERIC_WORDS))


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", text.lower())}


_GENERIC_WORDS = frozenset({"tumour", "tumor", "lesion", "disease", "mass", "cyst", "syndrome"})
_INDEFINITE = re.compile(r"^(?:a|an)\s", re.I)
# Nouns that describe a finding rather than name a diagnosis ("incidental lesions").
_DESCRIPTIVE_HEAD = re.compile(
    r"\b(?:lesions?|masses|mass|nodules?|foci|focus|opacit(?:y|ies))$", re.I
)


def _strip_determiner(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)


# A word that names no diagnosis: "may be mistaken for bowel gas and overlooked" lists a
# participle beside the mimic, not a second one.
_NO_DIAGNOSIS = re.compile(
    r"^(?:[a-z]+ed|missed|seen|shown|(?:un)?recogni[sz]ed"
    # "the differential is narrower": a judgement of the list, no diagnosis in it
    r"|narrower|broader|wider|shorter|longer|smaller|larger|limited|extensive|wide|broad|"
    r"narrow|long|short|different|similar|"
    # "include the following": a pointer to a list, no diagnosis
    r"(?:the\s)?following)$",
    re.I,
)


def extract_prose_differentials(article: Article) -> Iterator[Fact]:
    """ "The main differentials are A, B and C", "mimics include A", "can be distinguished
    from A by B" (B becomes the fact's ``value``). A run of shares ("A 60%, B 15%") is a
    frequency list, never differentials; "other" and the subject itself are never one."""
    for clause in iter_clauses(article):
        found = (
            *_prose_members(clause, article),
            *_stated_members(clause, article),
            *_contrasted_members(clause, article),
        )
        for subject, item, feature in found:
            if _NO_DIAGNOSIS.match(item):
                continue
            yield make_fact(
                FactKind.DIFFERENTIAL,
                article,
                clause.sentence.section,
                clause.sentence.text,
                key=(subject, "", item),
                subject=subject,
                item=item,
                value=feature,
                statement=clause.sentence.text,
            )
