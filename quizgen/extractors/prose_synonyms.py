"""Other names stated in sentences: "Wilms tumour, also known as nephroblastoma, is …",
"It was formerly known as X", "Also known as X." (no subject written), "facial
angiofibromas (historically called adenoma sebaceum)", "An older name for the condition is
X", "haemorrhage (Wunderlich syndrome)".

The subject is the noun phrase the name is attached to (the article's title when that phrase
names it, the resolved subject when the sentence opens on a pronoun); the value is the other
name as written. A name cue is a closed set of naming verbs with the adverbs that make them
name another name ("also", "formerly", "historically"); a bare parenthesis counts only when it
holds an eponym with a lesion noun ("(Koenen tumours)"). Every pattern is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    iter_clauses,
    same_name,
    split_noun_phrases,
)
from quizgen.extractors.text import is_plural, leading_subject, make_fact
from quizgen.model import Article, Fact, FactKind
from quizgen.phrases import initials_match, share_head

__all__ = ["extract_prose_synonyms"]

_ADVERB = (
    r"(?:also|sometimes|commonly|often|more commonly|previously|formerly|historically|now|"
    r"originally|once|otherwise|still|widely|frequently|colloquially|classically|"
    # "Fahr disease, more correctly termed primary familial brain calcification, is …"
    r"(?:more\s)?(?:correctly|properly|accurately|appropriately))"
)
_NAMING = (
    # not "described as": what follows is mostly a description ("often described as tearing")
    r"(?:known\sas|called|termed|named|designated(?:\sas)?|"
    # "referred to (in older literature) as"
    # ("referred to simply as": the shorter name)
    r"referred\sto(?:\s(?:in|by)\s[^,;:.()]{2,30}?)?(?:\s(?:simply|just))?\sas|"
    r"(?:referred\sto|known)\sby\sthe\s(?:abbreviation|acronym|name|eponym|term))"
)
# "…, also known as X", "(historically called X)", "It was formerly known as X"
# A name run after its cue: the whole run up to its stop; a longer run is cut nowhere, never
# mid-word ("Kikuchi-Fujimoto di").
_NAME_RUN = r"[^,;:.()]{2,120}(?![^,;:.()])"
_CUE = re.compile(
    rf"(?P<lead>,\s{{1,2}}|\(\s{{0,2}}|\b(?:is|are|was|were|has\sbeen|have\sbeen)\s)"
    rf"(?:(?:and|or)\s)?(?:(?:{_ADVERB}\s){{1,2}}{_NAMING}|a\.k\.a\.?|aka)\s"
    rf"(?P<name>{_NAME_RUN})",
    re.I,
)
# "Historically it was called X": the adverb opens the sentence, the verb names.
_ADVERB_FIRST = re.compile(
    rf"^{_ADVERB},?\s(?:it|they|this|these|the\s(?:condition|disease|entity|lesions?|tumou?rs?))"
    rf"\s(?:is|are|was|were|has\sbeen|have\sbeen)\s{_NAMING}\s(?P<name>{_NAME_RUN})",
    re.I,
)
# "Synonyms include X and Y", "Other names are X and Y", "Eponyms: X".
_SYNONYMS_INCLUDE = re.compile(
    r"^(?:other\s|older\s|alternative\s)?(?:synonyms|names|terms|eponyms)(?:\sfor\s(?:it|this"
    r"(?:\s\w{3,15})?|the\s(?:condition|disease|entity|lesion|tumou?r|syndrome|disorder)))?"
    r"(?:\s(?:include|are|have\sincluded)\s|\s?:\s)(?P<names>[^;:.()]{2,160})",
    re.I,
)
# "Spongioblastoma is an older, now obsolete term": the name opens the sentence.
_IS_AN_OLDER_TERM = re.compile(
    r"^(?P<name>[^,;:.()]{2,60}?)\s(?:is|was)\s(?:an?\s)?(?:(?:older|former|obsolete|outdated|"
    r"historical|archaic|alternative|synonymous|now|largely|no\slonger\sused)[,\s]\s?){1,3}"
    r"(?:name|term|synonym)\b",
    re.I,
)
# "Pilocytic astrocytomas, or juvenile pilocytic astrocytomas, are …": the article's name,
# then its other name between commas.
_OR_APPOSITION = re.compile(
    r"^(?P<own>[^,;:.()]{2,60}),\s(?:or|alternatively)\s(?P<name>[^,;:.()]{2,60}),"
)
# "Pilocytic astrocytoma (PA)", "(abbreviated PA)", "(ABCs)": an abbreviation whose letters
# are the phrase's initials, in order.
_ABBREVIATION = re.compile(
    r"\(\s?(?:abbreviated(?:\sas)?\s|also\s)?(?P<abbr>[A-Z][A-Za-z0-9-]{1,9}?)(?:s)?\s?\)"
)
# "Also known as X." — a telegraphic sentence without a subject: the name is the subject's
# the sentences around it are about.
_OPENING_CUE = re.compile(rf"^(?:{_ADVERB}\s){{1,2}}{_NAMING}\s(?P<name>[^,;:.()]{{2,60}})", re.I)
# "The older label "cavernous haemangioma" is a misnomer": the name after a naming noun.
_OLDER_LABEL = re.compile(
    r"^(?:the\s)?(?:older|former|historical|obsolete|outdated|archaic|alternative|original)\s"
    r"(?:label|name|term|designation)\s(?P<name>[\"“'‘][^\"”'’]{2,60}[\"”'’]|[^,;:.()]{2,60}?)"
    r"\s(?:is|was|has|remains|persists)\b",
    re.I,
)
# Names in quotation marks that the sentence calls old or no longer used: 'hence the old
# terms "hypernephroma" and "Grawitz tumour"', '"primitive neuroectodermal tumours" (PNET),
# a term that is no longer used', 'described it in 1921 as a "diffuse endothelioma of bone"'.
_QUOTED_NAME = r"[\"“](?P<name>[^\"”]{2,60})[\"”]"
_OLD_TERMS = re.compile(
    r"\b(?:old|older|former|historical|obsolete|outdated|archaic|original)\s"
    r"(?:terms?|names?|labels?|designations?)\s(?P<names>[\"“][^.;:]{2,160})",
    re.I,
)
_TERM_NO_LONGER_USED = re.compile(
    _QUOTED_NAME
    + r"(?:\s?\([^()]{1,15}\))?,\s(?:a|an)\s(?:term|name|label)\s(?:that\s(?:is|has\sbeen)\s"
    r"|now\s)?(?:no\slonger\sused|obsolete|outdated|abandoned|discouraged|discarded)",
    re.I,
)
_DESCRIBED_IT_AS = re.compile(
    r"\bdescribed\s(?:it|them|the\s(?:condition|disease|entity|lesion|tumou?r))"
    r"(?:\s(?:in|around)\s\d{4})?\sas\s(?:an?\s|the\s)?" + _QUOTED_NAME,
    re.I,
)
_EACH_QUOTED = re.compile(r"[\"“]([^\"”]{2,60})[\"”]")
# "American spelling: pheochromocytoma", "(US spelling hemangioma)".
_SPELLING = re.compile(
    rf"\b(?:American|British|US|UK|alternative)\s+spelling:?\s+(?P<name>{_NAME_RUN})",
    re.I,
)
# "An older name for the condition is X", "Another term for it is X"
_OLDER_NAME = re.compile(
    r"^(?:an?\s|another\s)(?:older|former|alternative|historical|obsolete|archaic|other)?\s?"
    r"(?:name|term|synonym)\sfor\s(?:the\s(?:condition|disease|entity|lesion|tumou?r|"
    r"syndrome|disorder)|it|this(?:\s\w{3,15})?)\s(?:is|was)\s"
    rf"(?P<name>{_NAME_RUN})",
    re.I,
)
# "The term X is increasingly used as a synonym", "The name X is also used as an alternative
# name for <title>": the name after "term" is used for the page's subject (or the one named).
_USED_AS_A_SYNONYM = re.compile(
    r"^the\s(?:term|name)\s(?P<name>[^,;:.()]{2,60}?)\s(?:is|was|has\sbeen)\s"
    r"(?:(?:[a-z]{3,15}ly|also|now|still|often|sometimes)\s){0,2}used\sas\s(?:a|an)\s"
    r"(?:synonym|alternative(?:\sname|\sterm)?)(?:\s(?:for|of)\s(?P<own>[^,;:.()]{2,60}?))?\.?$",
    re.I,
)
# Sentences that name the article's subject and another name for it, each captured as
# "own" (checked to be the title) and "name": "An older name for renal oncocytoma is X",
# "X is a synonym of renal oncocytoma", "The term X is used interchangeably with <title>",
# "The preferred term is <title> rather than X", "<title> (X, two words or more) is …".
_TITLE_NAMED = (
    re.compile(
        r"^(?:an?\s|another\s)(?:older|former|alternative|historical|obsolete|archaic|other)?"
        r"\s?(?:name|term|synonym)\sfor\s(?P<own>[^,;:.()]{2,60}?)\s(?:is|was)\s"
        rf"(?P<name>{_NAME_RUN})",
        re.I,
    ),
    re.compile(
        r"^(?P<name>[^,;:.()]{2,60}?)\s(?:is|was)\s(?:an?\s)?(?:(?:older|former|alternative|"
        r"historical|obsolete|archaic)\s)?(?:synonym|name|term)\s(?:of|for)\s"
        r"(?P<own>[^,;:.()]{2,60}?)\.?$",
        re.I,
    ),
    re.compile(
        r"^the\s(?:term|name)\s(?P<name>[^,;:.()]{2,60}?)\s(?:is|was)\s(?:often\s|sometimes\s|"
        r"also\s)?used\sinterchangeably\swith\s(?P<own>[^,;:.()]{2,60}?)\.?$",
        re.I,
    ),
    re.compile(
        r"^the\s(?:preferred|recommended|current|accepted)\s(?:term|name)\sis\s"
        r"(?P<own>[^,;:.()]{2,60}?)\s(?:rather\sthan|instead\sof)\s(?P<name>[^,;:.()]{2,60}?)\.?$",
        re.I,
    ),
    re.compile(
        r"^(?P<own>[^,;:.()]{2,60}?)\s\((?P<name>[A-Za-z][^,;:.()\d]{2,50}?)\)\s(?:is|are)\s"
    ),
)
# The headings of an article's lead (no heading, or the title repeated).
LEAD_HEADINGS = frozenset({""})
# Words that open a bracket of no name ("(in children)", "(see below)", "(rare)").
_NOT_A_NAME_OPENING = frozenset({*("see", "also", "formerly", "previously", "rare"), "rarely"})


# "…, and less often as myomas": a second name for the same thing
_SECOND = re.compile(
    r"\s(?:and|or)\s(?:less\s(?:often|commonly)|sometimes|occasionally|more\srarely|rarely)"
    r"\s(?:as\s)?(?P<name>[^,;:.()]{2,60})$",
    re.I,
)
# "(Koenen tumours)", "(Wunderlich syndrome)": an eponym with a lesion noun in parentheses
_EPONYM = re.compile(
    r"\(\s{0,2}(?P<name>[A-Z][a-zà-öø-ÿ'’-]{2,20}(?:[\s-][A-Z][a-zà-öø-ÿ'’-]{2,20}){0,2}"
    r"(?:['’]s)?\s(?:syndrome|disease|tumou?rs?|lesions?|fractures?|deformity|anomaly|"
    r"malformation|cysts?|ulcers?))\s{0,2}\)"
)
# "Trevor disease (dysplasia epiphysealis hemimelica)": an eponymous condition, then a
# bracket of lower-case words (at a line's start a capital may be a plain word's: "Advanced
# disease (…)" names no one).
_EPONYM_GLOSSED = re.compile(
    r"(?:^|(?<=[a-z,;:]\s))(?!(?i:early|late|advanced|metastatic|bilateral|unilateral|primary|"
    r"secondary|chronic|acute|congenital|acquired|systemic|recurrent|residual|active|severe|mild|"
    r"inflammatory|infectious|malignant|benign|extensive|localised|localized|diffuse|focal|"
    r"invasive|progressive|underlying|associated|concurrent|other)\b)"
    r"(?P<eponym>[A-Z][a-zà-öø-ÿ'’-]{2,20}(?:[\s-][A-Z][a-zà-öø-ÿ'’-]{2,20}){0,2}"
    r"(?:['’]s)?\s(?:syndrome|disease|malformation|deformity|anomaly))"
    r"\s\((?P<gloss>[a-z][a-z\s-]{3,60})\)"
)
# Where a name ends: a verb or a clause word after it.
_NAME_END = re.compile(
    r"\s(?:is|are|was|were|has|have|had|and|or|but|which|that|who|in|on|for|with|by|because|"
    r"although|whereas|while|now|today|or)\b.*$",
    re.I,
)
_FUNCTION = frozenset(
    (
        *("the", "a", "an", "of", "and", "or", "with", "in", "on", "by", "as", "to", "for"),
        *("is", "are", "was", "were", "be", "been", "has", "have", "its", "their", "this"),
        *("that", "which", "from", "into", "at", "consists", "include", "includes", "called"),
        *("such", "like", "than", "any", "some", "risk", "increased", "due", "seen"),
        # verbs that end the phrase a name can follow ("may cause bleeding (X syndrome)")
        *("may", "can", "could", "might", "will", "would", "should", "must", "do", "does"),
        *("cause", "causes", "caused", "causing", "produce", "produces", "including"),
        *("show", "shows", "carry", "carries", "lead", "leads", "result", "results"),
        *("present", "presents", "develop", "develops", "mimic", "mimics", "known"),
        *("without", "within", "beneath"),
    )
)
_PRONOUN = re.compile(
    r"^(?:it|they|this|these|the\s(?:condition|disease|entity|lesions?|tumou?rs?))$", re.I
)
_PREPOSITION = frozenset(
    (*("of", "with", "without", "within", "in", "on", "at", "into", "from", "beneath"),)
)
_SIGN_NAME = re.compile(r"\b(?:sign|pattern|appearance|phenomenon)$", re.I)
_DETERMINER = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "these"))


def _hangs_on_preposition(words_before: list[str]) -> bool:
    """Whether the words before a phrase end on a preposition (after any determiner)."""
    rest = [w.lower().strip(".'\"‘’“”") for w in words_before]
    while rest and rest[-1] in _DETERMINER:
        rest.pop()
    return bool(rest) and rest[-1] in _PREPOSITION


_PRONOUN_OPENING = re.compile(r"^(?:it|they|this|these)\s", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A head noun that names no particular thing: "a syndrome (Gardner syndrome)" is not a name.
_VAGUE_HEAD = frozenset(
    (
        *("syndrome", "disease", "condition", "disorder", "tumour", "tumor", "lesion"),
        *("entity", "type", "form", "variant", "finding", "sign", "feature", "association"),
    )
)
_MAX_NAME_WORDS = 8  # "invasive breast carcinoma of no special type"


def _clean(name: str) -> str:
    """A name without markup, a leading article, a trailing abbreviation or verb clause."""
    # quotation marks around a word of the name are no part of it: 'the "whorled" sign'
    name = re.sub(r"[*_`\"“”]", "", name).strip()
    name = _NAME_END.sub("", name).strip()
    name = re.sub(r"^(?:the|an?)\s", "", name, flags=re.I)
    name = name.strip(" '\"‘’“”")
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or re.search(r"\d{3,}|%", name):
        return ""
    return name


def _phrase_before(text: str, *, sign_name: bool = False) -> str:
    """The noun phrase written just before ``text``'s end ("… and facial angiofibromas");
    "" for a sign's name given to a phrase that hangs on a preposition (``sign_name``)."""
    tail = re.sub(r"[*_`]", "", text[-120:])
    tail = re.sub(r"\s{0,2}\([^()]{0,40}\)\s{0,2}$", "", tail).rstrip(" ,(")
    segment = re.split(r"[,;:()\[\]]", tail)[-1]
    kept: list[str] = []
    words = segment.split()
    for word in reversed(words):
        bare = word.strip(".'\"‘’“”")
        if not _WORD.fullmatch(bare) or bare.lower() in _FUNCTION or len(kept) == 5:
            break
        kept.insert(0, bare)
    before_kept = words[: len(words) - len(kept)]
    spelling = _SPELLING_ASIDE.match(" ".join(kept))
    if spelling and "(" in tail:
        # "A clay-shoveler fracture (also spelled clay-shoveller, and sometimes called …)":
        # the other spelling is of the name before the bracket, and so is the next name
        return _phrase_before(tail[: tail.rindex("(")], sign_name=sign_name)
    # "the term moyamoya syndrome (also called …)": the word for a word is not the name's
    while len(kept) > 1 and kept[0].lower() in _WORD_FOR_A_NAME:
        kept.pop(0)
    # 'the pathognomonic "tiger-striped" (also called …) pattern': a judgement of the look
    # is no word of its name
    while len(kept) > 1 and kept[0].lower() in _JUDGEMENT:
        kept.pop(0)
    shape = _SHAPE_OF.search(segment[: len(segment.rstrip()) - len(" ".join(kept))])
    if kept and shape is not None:
        # "a spongiform pattern of trapped gas bubbles, sometimes called …": the pattern is
        # what is named, not the bubbles it is made of
        return f"{shape.group('shape')} of {' '.join(kept)}"
    if sign_name and kept and _hangs_on_preposition(before_kept):
        # "encasement of the artery … without narrowing of its lumen, sometimes called the
        # X sign": a sign names the whole finding, not the tail hanging on a preposition
        # ("… in the lateral recess, also known as the fossa of Rosenmüller" is the recess's)
        return ""
    return " ".join(kept)


_SPELLING_ASIDE = re.compile(r"^(?:also\s)?(?:spelled|spelt|written)\b", re.I)


# A look made of something: "a spongiform pattern of", "a rim of", "a cluster of".
_SHAPE_OF = re.compile(
    r"(?:^|\s)(?:an?\s|the\s)?(?P<shape>(?:[a-z][\w-]{2,20}\s)?(?:pattern|appearance|"
    r"configuration|arrangement|cluster|rim|ring|band|collection|network))\sof\s(?:the\s)?$",
    re.I,
)


_WORD_FOR_A_NAME = frozenset({"term", "name", "label", "designation", "eponym", "diagnosis"})
_JUDGEMENT = frozenset(
    {"pathognomonic", "characteristic", "typical", "classic", "classical", "so-called"}
)


def _subject(clause: Clause, before: str, article: Article, *, sign_name: bool = False) -> str:
    """Whose other name it is: the phrase the cue follows, or the sentence's subject."""
    # "X (TGCT), previously called Y": the name before its bracketed initials
    before = _INITIALS_AFTER.sub("", before)
    phrase = _phrase_before(before, sign_name=sign_name)
    stripped = before.strip(" ,(*")
    if _ends_on_name(stripped, article.title):
        return article.title  # "Coarctation of the aorta, also called …": not just "aorta"
    if not phrase or _PRONOUN.match(stripped) or _PRONOUN.match(phrase):
        return clause.subject if not stripped or _PRONOUN.match(stripped) else ""
    if any(same_name(phrase, n) for n in (article.title, *article.synonyms)):
        return article.title
    if _DEMONSTRATIVE_BEFORE.search(stripped[: -len(phrase)] if stripped.endswith(phrase) else ""):
        return ""  # "Such tumours, sometimes called X": which tumours is in another sentence
    return phrase


_INITIALS_AFTER = re.compile(r"[*_]{0,2}\s{0,3}\([A-Z][A-Za-z0-9-]{1,11}\)[\s,]{0,3}$")
# "Such tumours", "these lesions": the noun phrase points back, it names nothing itself.
_DEMONSTRATIVE_BEFORE = re.compile(r"(?:^|\s)(?:such|these|those|this|that)\s{1,2}$", re.I)


def _ends_on_name(text: str, name: str) -> bool:
    """Whether ``text`` ends on ``name`` itself, not on a kind of it ("A simple ranula"
    ends on a name of its own, not on "Ranula")."""
    low, wanted = text.lower(), name.lower()
    if not low.endswith(wanted):
        return False
    before = low[: len(low) - len(wanted)].split()
    return not before or before[-1] in _FUNCTION or not before[-1][-1].isalnum()


def _names(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """(subject, other name) pairs a sentence states."""
    text = clause.sentence.text
    yield from _names_without_a_cue(clause, article)
    yield from _cued_names(clause, article)
    for eponym in _EPONYM.finditer(text):
        phrase = _phrase_before(text[: eponym.start()])
        words = phrase.lower().split()
        name = eponym.group("name")
        if len(words) < 2 or words[-1].rstrip("s") in _VAGUE_HEAD or name.lower() in phrase.lower():
            continue
        if is_plural(words[-1]) != is_plural(name.split()[-1]):
            # "elderly women with tree-in-bud nodules (Lady Windermere syndrome)": findings
            # in the plural are not one syndrome's other name, the bracket names the picture
            continue
        yield phrase, name
    for named in _EPONYM_GLOSSED.finditer(text):
        # "Sever disease (calcaneal apophysitis)": the eponym's descriptive name in brackets
        gloss = named.group("gloss").strip()
        if is_condition_name(gloss) and not set(gloss.lower().split()) & _FUNCTION - {"of"}:
            yield named.group("eponym"), gloss


def _names_without_a_cue(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """Names a sentence gives by its shape rather than a naming verb after a name: "Another
    name for it is X", "Synonyms include X and Y", "X is an older term", "<title>, or X,",
    "<title> (ABBR)"."""
    text = clause.sentence.text
    older = (
        _OLDER_NAME.match(text)
        or _OPENING_CUE.match(text)
        or _ADVERB_FIRST.match(text)
        or _OLDER_LABEL.match(text)
        or _SPELLING.search(text)
    )
    # "The older term for the lesion is unclear": a preposition, not a name, follows the noun
    if older and (name := _clean(older.group("name"))) and name.split()[0].lower() not in _FUNCTION:
        yield _named_subject(clause, article), name
        second = _OR_NAME.search(older.group("name"))
        if second and (other := _clean(second.group("name"))):
            yield _named_subject(clause, article), other
    yield from _title_named(text, article, lead=clause.sentence.section.heading in LEAD_HEADINGS)
    listed = _SYNONYMS_INCLUDE.match(text)
    if listed:
        for name in split_noun_phrases(listed.group("names")):
            if cleaned := _clean(name):
                yield _named_subject(clause, article), cleaned
    used = _USED_AS_A_SYNONYM.match(text)
    if (
        used
        and (used.group("own") is None or names_article(used.group("own"), article))
        and (name := _clean(used.group("name")))
    ):
        yield _named_subject(clause, article), name
    obsolete = _IS_AN_OLDER_TERM.match(text)
    if obsolete and (name := _clean(obsolete.group("name"))) and not _PRONOUN.match(name):
        yield _named_subject(clause, article), name
    apposition = _OR_APPOSITION.match(text)
    if (
        apposition
        and names_article(apposition.group("own"), article)
        and (name := _clean(apposition.group("name")))
    ):
        yield article.title, name
    if "(" in text:
        yield from _abbreviations(text, article)
    if '"' in text or "“" in text:
        yield from _quoted_old_names(clause, article)
    else:
        yield from _plain_old_names(clause, article)


def _title_named(text: str, article: Article, *, lead: bool) -> Iterator[tuple[str, str]]:
    """(title, name) for the shapes of ``_TITLE_NAMED``, only where "own" names the title.
    A bracket after the title is a name only in the lead ("Renal oncocytoma (left kidney)"
    on a case page is a place), with two words or more, opening on no function word and
    ending on no word of a kind ("(eosinophilic variant)" is a subtype)."""
    for pattern in _TITLE_NAMED:
        match = pattern.match(text)
        if not match or not names_article(match.group("own"), article):
            continue
        name = _clean(match.group("name"))
        words = name.lower().split()
        if pattern is _TITLE_NAMED[-1] and (
            not lead
            or len(words) < 2
            or words[0] in _FUNCTION
            or words[0] in _NOT_A_NAME_OPENING
            or words[-1].rstrip("s") in _VAGUE_HEAD
        ):
            continue
        if name and not names_article(name, article):
            yield article.title, name


def _quoted_old_names(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """Quoted names the sentence calls old, obsolete or the describer's own."""
    text = clause.sentence.text
    old = _OLD_TERMS.search(text)
    names = [m.group(1) for m in _EACH_QUOTED.finditer(old.group("names"))] if old else []
    names += [m.group("name") for m in _TERM_NO_LONGER_USED.finditer(text)]
    # 'described it as "bosselated"' describes; a name has two words or a disease's ending
    names += [
        m.group("name")
        for m in _DESCRIBED_IT_AS.finditer(text)
        if len(m.group("name").split()) >= 2 or is_condition_name(m.group("name"))
    ]
    for name in names:
        if cleaned := _clean(name):
            yield _named_subject(clause, article), cleaned


# "It replaced the older terms X and Y", "despite the older (and still widely used) name X":
# names written without quotes after a naming noun the sentence calls old.
_PLAIN_OLD_NAMES = re.compile(
    r"\b(?:the|an?)\s(?:old|older|former|earlier|historical|obsolete|outdated|archaic)\s"
    r"(?:\([^()]{1,40}\)\s)?(?P<noun>terms?|names?|designations?|labels?)\s"
    r"(?P<names>[A-Za-z][^;:.,()]{2,160})",
    re.I,
)
_LISTED = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")


def _plain_old_names(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """Unquoted names the sentence calls old; a plural noun lists several."""
    old = _PLAIN_OLD_NAMES.search(clause.sentence.text)
    if old is None or old.group("names").split()[0].lower() in _FUNCTION:
        return  # "the older term for it", "the former name was": no name follows the noun
    written = old.group("names")
    listed = _LISTED.split(written) if old.group("noun").lower().endswith("s") else [written]
    for name in listed:
        if (cleaned := _clean(name)) and not names_article(cleaned, article):
            yield _named_subject(clause, article), cleaned


def _cued_names(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """ "X, also known as Y", "It was formerly called Y", "X is also known as Y or Z"."""
    text = clause.sentence.text
    for cue in _CUE.finditer(text):
        before = text[: cue.start()]
        if cue.group("lead").strip().lower() in {
            "is",
            "are",
            "was",
            "were",
            "has been",
            "have been",
        }:
            before = before + " " + cue.group("lead")
            # "Because skin dominates, they are widely known as X": the clause's own subject
            opening = _opening(before).split(",")[-1].strip()
            if _PRONOUN.match(opening) or _PRONOUN.match(" ".join(opening.split()[-2:])):
                subject = clause.subject
            elif _SECOND_PREDICATE.search(before):
                # "Hibernomas account for 1% of … and are sometimes called X": the second
                # predicate's subject is the sentence's own
                own = leading_subject(text)
                if _PRONOUN_OPENING.match(text):
                    # "It is … and is also called X": its referent ("X (XA)": the name)
                    referent = re.sub(r"\s\([^()]{1,12}\)$", "", clause.subject)
                    subject = article.title if names_article(referent, article) else referent
                else:
                    subject = article.title if own and names_article(own, article) else ""
            else:
                # "Pilocytic astrocytoma is also known as JPA": the article's own name
                subject = article.title if names_article(opening, article) else ""
        else:
            sign_name = bool(_SIGN_NAME.search(cue.group("name").strip(" \"'“”‘’.")))
            subject = _subject(clause, before, article, sign_name=sign_name)
        name = _clean(cue.group("name"))
        if not subject or not name:
            continue
        second = _SECOND.search(cue.group("name")) or _OR_NAME.search(cue.group("name"))
        other = _clean(second.group("name")) if second else ""
        # "an oral or sublingual ranula": two modifiers share one head noun
        name = share_head(name, other) or name
        yield subject, name
        if other:
            yield subject, other


# "… and are": a verb joined by "and" to the sentence's first predicate shares its subject.
_SECOND_PREDICATE = re.compile(
    r"\w\s(?:and|but)\s{1,3}(?:is|are|was|were|has\sbeen|have\sbeen)\s*$"
)


# "known as JPA or juvenile pilocytic astrocytoma": the second name after "or".
_OR_NAME = re.compile(r"^[^,;:.()]{2,60}?\s(?:or|and)\s(?:as\s)?(?P<name>[^,;:.()]{2,60})$", re.I)


_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s", re.I)


def names_article(name: str, article: Article) -> bool:
    name = _LEADING_ARTICLE.sub("", name.strip())
    return any(same_name(name, own) for own in (article.title, *article.synonyms))


def _named_subject(clause: Clause, article: Article) -> str:
    """Whose name a sentence without a subject of its own gives ("Another name for this
    tumour is X", "Synonyms include X"): what the paragraph is about, not the sentence's
    own opening words."""
    if clause.own and not clause.anaphor and names_article(clause.own, article):
        return article.title
    # "Juvenile idiopathic arthritis (JIA)": the title with its abbreviation is the title
    if clause.topic and names_article(re.sub(r"\s?\([^()]{1,12}\)", "", clause.topic), article):
        return article.title
    return clause.topic or article.title


def _abbreviations(text: str, article: Article) -> Iterator[tuple[str, str]]:
    """(title, abbreviation) for "Pilocytic astrocytomas (PA)": the words before the bracket
    name the article's subject and the abbreviation spells their initials. Other phrases'
    abbreviations ("computed tomography (CT)", "RANK ligand (RANKL)") are no fact about
    the subject."""
    for match in _ABBREVIATION.finditer(text):
        abbreviation = match.group("abbr")
        if sum(c.isupper() for c in abbreviation) < 2:
            continue  # "(Ia)", "(Type)": no abbreviation
        words = re.sub(r"[*_`]", "", text[: match.start()]).split()[-8:]
        for start in range(len(words)):
            phrase = " ".join(words[start:]).strip(" ,;:")
            if names_article(phrase, article) and initials_match(abbreviation, phrase):
                yield article.title, abbreviation
                break


def _opening(before: str) -> str:
    """The words before the verb of "It was formerly known as": the sentence's subject."""
    words = re.sub(r"[*_`]", "", before).split()
    return " ".join(
        w for w in words if w.lower() not in {"is", "are", "was", "were", "has", "have", "been"}
    )


def extract_prose_synonyms(article: Article) -> Iterator[Fact]:
    """One synonym fact per other name stated in a sentence, about what the name is of."""
    for clause in iter_clauses(article):
        text = clause.sentence.text
        lowered = text.lower()
        if "(" not in text and not any(
            w in lowered
            for w in (
                "known",
                "called",
                "termed",
                "named",
                "referred",
                "designated",
                "name",
                "term",
                "synonym",
                "eponym",
                ", or ",
                "label",
                "spelling",
                "described",
            )
        ):
            continue
        for subject, name in _names(clause, article):
            own = same_name(name, article.title) and subject == article.title
            if own or same_name(subject, name):
                continue
            yield make_fact(
                FactKind.SYNONYM,
                article,
                clause.sentence.section,
                text,
                key=("prose", subject, name),
                subject=subject,
                value=name,
                statement=text,
            )
