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

from quizgen.extractors.clauses import Clause, iter_clauses, same_name
from quizgen.extractors.text import make_fact
from quizgen.model import Article, Fact, FactKind

__all__ = ["extract_prose_synonyms"]

_ADVERB = (
    r"(?:also|sometimes|commonly|often|more commonly|previously|formerly|historically|"
    r"originally|once|otherwise|still|widely|frequently|colloquially|classically)"
)
_NAMING = r"(?:known\sas|called|termed|named|referred\sto\sas|designated(?:\sas)?|described\sas)"
# "…, also known as X", "(historically called X)", "It was formerly known as X"
_CUE = re.compile(
    rf"(?P<lead>,\s{{1,2}}|\(\s{{0,2}}|\b(?:is|are|was|were|has\sbeen|have\sbeen)\s)"
    rf"(?:(?:and|or)\s)?{_ADVERB}\s{_NAMING}\s(?P<name>[^,;:.()]{{2,60}})",
    re.I,
)
# "Also known as X." — a telegraphic sentence without a subject: the name is the subject's
# the sentences around it are about.
_OPENING_CUE = re.compile(rf"^{_ADVERB}\s{_NAMING}\s(?P<name>[^,;:.()]{{2,60}})", re.I)
# "An older name for the condition is X", "Another term for it is X"
_OLDER_NAME = re.compile(
    r"^(?:an?\s|another\s)(?:older|former|alternative|historical|obsolete|archaic|other)?\s?"
    r"(?:name|term|synonym)\sfor\s(?:the\s(?:condition|disease|entity|lesion|tumou?r|"
    r"syndrome|disorder)|it|this(?:\s\w{3,15})?)\s(?:is|was)\s(?P<name>[^,;:.()]{2,60})",
    re.I,
)
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
    )
)
_PRONOUN = re.compile(
    r"^(?:it|they|this|these|the\s(?:condition|disease|entity|lesions?|tumou?rs?))$", re.I
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A head noun that names no particular thing: "a syndrome (Gardner syndrome)" is not a name.
_VAGUE_HEAD = frozenset(
    (
        *("syndrome", "disease", "condition", "disorder", "tumour", "tumor", "lesion"),
        *("entity", "type", "form", "variant", "finding", "sign", "feature", "association"),
    )
)
_MAX_NAME_WORDS = 6


def _clean(name: str) -> str:
    """A name without markup, a leading article, a trailing abbreviation or verb clause."""
    name = re.sub(r"[*_`]", "", name).strip()
    name = _NAME_END.sub("", name).strip()
    name = re.sub(r"^(?:the|an?)\s", "", name, flags=re.I)
    name = name.strip(" '\"‘’“”")
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or re.search(r"\d{3,}|%", name):
        return ""
    return name


def _phrase_before(text: str) -> str:
    """The noun phrase written just before ``text``'s end ("… and facial angiofibromas")."""
    tail = re.sub(r"[*_`]", "", text[-120:])
    tail = re.sub(r"\s{0,2}\([^()]{0,40}\)\s{0,2}$", "", tail).rstrip(" ,(")
    segment = re.split(r"[,;:()\[\]]", tail)[-1]
    kept: list[str] = []
    for word in reversed(segment.split()):
        bare = word.strip(".'\"‘’“”")
        if not _WORD.fullmatch(bare) or bare.lower() in _FUNCTION or len(kept) == 5:
            break
        kept.insert(0, bare)
    return " ".join(kept)


def _subject(clause: Clause, before: str, article: Article) -> str:
    """Whose other name it is: the phrase the cue follows, or the sentence's subject."""
    phrase = _phrase_before(before)
    stripped = before.strip(" ,(*")
    if not phrase or _PRONOUN.match(stripped) or _PRONOUN.match(phrase):
        return clause.subject if not stripped or _PRONOUN.match(stripped) else ""
    if any(same_name(phrase, n) for n in (article.title, *article.synonyms)):
        return article.title
    return phrase


def _names(clause: Clause, article: Article) -> Iterator[tuple[str, str]]:
    """(subject, other name) pairs a sentence states."""
    text = clause.sentence.text
    older = _OLDER_NAME.match(text) or _OPENING_CUE.match(text)
    if older and (name := _clean(older.group("name"))):
        yield clause.subject, name
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
            subject = clause.subject if _PRONOUN.match(_opening(before)) else ""
        else:
            subject = _subject(clause, before, article)
        name = _clean(cue.group("name"))
        if not subject or not name:
            continue
        yield subject, name
        second = _SECOND.search(cue.group("name"))
        if second and (other := _clean(second.group("name"))):
            yield subject, other
    for eponym in _EPONYM.finditer(text):
        phrase = _phrase_before(text[: eponym.start()])
        words = phrase.lower().split()
        name = eponym.group("name")
        if len(words) < 2 or words[-1].rstrip("s") in _VAGUE_HEAD or name.lower() in phrase.lower():
            continue
        yield phrase, name


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
