"""Differential diagnoses, with the finding they are for and their sub-groups."""

from __future__ import annotations

import re
from collections.abc import Iterator

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
    r"differential(?:\s+diagnos[ie]s)?\s+(?:of|for)\s+(?P<subject>.+?)\s+(?:includes?|is|are)\b",
    re.I,
)
_CONSIDER = re.compile(r"\b(?:consider|differential)\b", re.I)  # not "considered"
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


def _subject(unit: ListUnit, article: Article) -> str:
    intro = _PARENTHESES.sub("", unit.intro).strip().rstrip(":").strip()
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
        if not (children and _CONDITION.match(name)):
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


# A comment after the diagnosis's name: "…, which may also cause wall thickening".
_NAME_COMMENT = re.compile(r",\s*(?:in\s+which|which|where|whereby|who|whose)\s", re.I)


def _without_comment(name: str, detail: str) -> tuple[str, str]:
    """ "gallbladder carcinoma, which may also cause wall thickening": the name, then what
    tells it apart as its detail (when the entry has no other)."""
    comment = _NAME_COMMENT.search(name)
    if not comment or detail:
        return name, detail
    return name[: comment.start()].strip(), name[comment.end() :].strip()


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
            yield make_fact(
                FactKind.DIFFERENTIAL,
                article,
                unit.section,
                f"{group}: {line}" if group else line,
                key=(subject, group, name),
                subject=subject,
                item=name,
                group=group,
                value=detail,
                statement=unit.intro,
            )


# --- differentials stated in prose --------------------------------------------------------

_OF = r"(?:\s+(?:for|of)\s+(?P<of>[^,;:()]{3,60}?))?"
_PROSE_DIFFERENTIAL: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\bdifferentials?(?:\s+diagnos[ie]s)?(?:\s+considerations?)?"
        + _OF
        + r"\s+(?:include|includes|are|is|comprises?)\s+(?:mainly\s+|chiefly\s+)?",
        r"\bmimics?" + _OF + r"\s+(?:include|are|is)\s+",
        r"\b(?:distinguish(?:ed)?|differentiat(?:ed|e)|told\s+apart|separated)\s+"
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
_TOLD_APART = frozenset(_PROSE_DIFFERENTIAL[2:])
_CONDITION_ONLY = _PROSE_DIFFERENTIAL[3]
# "Not to be confused with X", "should not be mistaken for X": X is a mimic all the same.
_CONFUSED = _PROSE_DIFFERENTIAL[4]
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


def _prose_members(clause: Clause, article: Article) -> Iterator[tuple[str, str, str]]:
    """(subject, diagnosis, what tells them apart) for each diagnosis a sentence names."""
    text = clause.rest
    considered = _CONSIDERATIONS.match(clause.sentence.text)
    if considered and _DIFFERENTIAL_SECTION.search(clause.sentence.section.path):
        yield from _considerations(clause, article, clause.sentence.text[considered.end() :])
        return
    for pattern in _PROSE_DIFFERENTIAL:
        for match in pattern.finditer(text):
            if pattern is not _CONFUSED and _NOT.search(text[: match.start()]):
                continue
            members = text[match.end() :]
            feature = ""
            by = _BY.search(members)
            if by:
                members = members[: by.start()]
                words = by.group("by").strip().split()
                feature = " ".join(words) if len(words) <= MAX_FEATURE_WORDS else ""
            of = match.groupdict().get("of")
            subject = _told_apart_subject(clause, article, of)
            if not subject:
                continue
            for name in _member_names(members):
                item = _ON_IMAGING.sub("", name)  # "from X on CT": X
                if pattern is _CONDITION_ONLY and not is_condition_name(item):
                    continue
                if _names_article(item, article) and pattern in _TOLD_APART:
                    # "Athlete's heart can be distinguished from HCM by …": a differential of
                    # the article's subject, which the sentence opens on
                    for own in _own_names(clause, article):
                        yield article.title, own, feature
                elif not same_name(item, subject) and not same_name(item, article.title):
                    yield subject, item, feature


def _considerations(
    clause: Clause, article: Article, members: str
) -> Iterator[tuple[str, str, str]]:
    subject = _setting_subject(clause, article)
    for name in _member_names(members):
        if not _names_article(name, article):
            yield subject, name, ""


_LEADING_AND = re.compile(r"^\s{0,3}(?:and|or)\s{1,3}", re.I)


def _member_names(members: str) -> list[str]:
    """The diagnoses a sentence lists: "A, B and C"; or, when each has a comment of its own,
    one per semicolon ("A, the commonest valve tumour, which is small; B, which has fat
    signal; and C, which spares the fossa ovalis")."""
    if ";" not in members:
        return split_noun_phrases(members)
    names: list[str] = []
    for segment in members.split(";"):
        found = split_noun_phrases(_LEADING_AND.sub("", segment))
        if found:
            names.append(found[0])
    return names


def _told_apart_subject(clause: Clause, article: Article, of: str | None) -> str:
    """What the differential is of: "differential of Y", the finding of a "When …" clause,
    or what the sentence opens on; "" when the sentence's subject is unclear."""
    if of:
        return article.title if _names_article(of, article) else of.strip()
    setting = _SETTING.match(clause.sentence.text)
    if setting:
        return setting.group("finding").strip()
    if clause.unclear:
        return ""
    # "Bland thrombus is distinguished from tumour thrombus": what the sentence opens
    # on is what is told apart, whatever the paragraph is about
    subject = clause.subject if not clause.own or clause.anaphor else clause.own
    return clause.subject if clause.own and same_name(clause.subject, clause.own) else subject


def _names_article(name: str, article: Article) -> bool:
    return any(same_name(name, own) for own in (article.title, *article.synonyms))


def _own_names(clause: Clause, article: Article) -> list[str]:
    """The conditions the sentence opens on ("A haemorrhagic cyst or an endometrioma"), none
    when it opens on a pronoun or on the article's own subject."""
    if not clause.own or clause.anaphor or not clause.own[:1].isalnum():
        return []
    names = split_noun_phrases(clause.own)
    if not names or any(_names_article(n, article) or not is_condition_name(n) for n in names):
        return []
    return names


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
    r"(?:mimics?|differentials?|differential\s+diagnos[ie]s)\b"
    r"(?:\s+(?:of|for)\s+(?P<of>[^,;:()]{3,60}?))?\s*(?:[,.;(]|$)",
    re.I,
)
_CAN_MIMIC = re.compile(
    r"^(?P<own>[^;:.]{3,160}?)\s+(?:can|may|might|could|often|sometimes|also)\s+"
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
        yield from ((subject, name, "") for subject, name in _mimics(text, article))
    likely = _MORE_LIKELY.search(text) if "likely" in lower else None
    if likely and not _NOT.search(text[: likely.start()]):
        for name in _conditions(text[likely.end() :]):
            if not _names_article(name, article):
                yield _setting_subject(clause, article), name, ""


_OWN_KEY_WORDS = ("excluded", "considered", "ruled out", "mimic", "differential", "unlike")


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
        and not text.rstrip().endswith(":")
        and not _CAN_MIMIC.match(text)
    ):
        yield from ((article.title, name) for name in own)


def _mimics(text: str, article: Article) -> Iterator[tuple[str, str]]:
    """ "A bone infarct can mimic a calcified enchondroma": a differential of the article's
    subject, or of a form of it; "Nodal metastases may mimic the primary tumour" names
    neither, so it gives nothing."""
    can = _CAN_MIMIC.match(text)
    if not can or _NOT.search(can.group("own")):
        return
    target = split_noun_phrases(can.group("target"))
    if len(target) != 1 or not _shares_title_word(target[0], article):
        return
    subject = article.title if _names_article(target[0], article) else target[0]
    for name in _conditions(can.group("own")):
        if not _names_article(name, article):
            yield subject, name


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
    r"narrow|long|short|different|similar)$",
    re.I,
)


def extract_prose_differentials(article: Article) -> Iterator[Fact]:
    """ "The main differentials are A, B and C", "mimics include A", "can be distinguished
    from A by B" (B becomes the fact's ``value``). A run of shares ("A 60%, B 15%") is a
    frequency list, never differentials; "other" and the subject itself are never one."""
    for clause in iter_clauses(article):
        found = (*_prose_members(clause, article), *_stated_members(clause, article))
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
