"""What a statement sentence is about when it is not the article's title (``subject_of``):
the other condition, syndrome or injury it names as its grammatical subject, so that the
fact's blank is what the sentence says of that thing, not the thing itself."""

from __future__ import annotations

import re
from collections.abc import Collection

from quizgen.extractors.clauses import Clause, same_name
from quizgen.extractors.statement_keys import _GENERIC_CONDITION, _NO_CONDITION, _singular
from quizgen.extractors.text import Sentence
from quizgen.model import Article

__all__ = ["span_of", "subject_of"]


def span_of(sentence: str, subject: str) -> tuple[int, int] | None:
    """Where the sentence writes its subject, or None when it does not."""
    found = sentence.lower().find(subject.lower())
    return None if found < 0 else (found, found + len(subject))


# A name the clause reader may hand a statement as its subject: a few words, no demonstrative
# or adverb ("Macroscopically these tumours"), no preposition but "of" ("Pain in a long-bone
# lesion without a fracture"), ending on the name of one condition ("angiomyolipomas",
# "necrosis", "cholecystitis"), not on a noun any lesion could take ("Symptomatic tumours").
_SUBJECT_NAME = re.compile(
    r"^(?!.*\b(?:these|this|those|such|its|their|in|within|without|with|on|at|from|after|"
    r"during|for|by|or|and)\b)(?![\w-]+ly\b)"
    r"(?:[\w'-]+\s){0,4}[a-z-]{3,40}(?:omas?|omata|itis|itides|osis|oses|opathy|opathies|"
    r"plasias?|iasis|ectasias?)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s[\w-]+)?)?$",
    re.I,
)
# The same shape of name ending on a noun that names a kind of condition or injury of its
# own ("Paget-Schroetter syndrome", "Greater arc injuries", "Jefferson fracture"), with at
# least one word before it that says which: "Associated injuries" or "The syndrome" alone
# name no other thing.
_NAMED_KIND = re.compile(
    r"^(?!.*\b(?:these|this|those|such|its|their|in|within|without|with|on|at|from|after|"
    r"during|for|by|or|and|other|associated|related|many|most|some|all|both|several|"
    r"multiple|further|additional|concomitant|coexisting|accompanying)\b)(?![\w-]+ly\b)"
    r"(?:[\w'-]+\s){1,4}(?:syndromes?|injur(?:y|ies)|fractures?|aneurysms?|dissections?|"
    r"infarcts?|infarctions?|ha?emorrhages?|abscess(?:es)?|hernias?|effusions?|thrombos[ie]s|"
    r"embolism|stenos[ie]s|ruptures?|tears?|dislocations?|palsy|palsies)$",
    re.I,
)
_CLASS_NOUNS = frozenset({"syndrome", "disease", "injury", "injurie", "fracture", "lesion"})


def _named_kind(found: str, abbreviations: Collection[str] = ()) -> bool:
    """Whether ``found`` names a syndrome or injury of its own, or a form of the title told
    by words before the title's abbreviation ("Arterial TOS", "Sporadic CJD")."""
    if _NAMED_KIND.match(found):
        return True
    subtype = _SUBTYPE.match(found)
    return subtype is not None and subtype.group("abbreviation") in abbreviations


# Words before an abbreviation that name a form ("Arterial", "SDH-deficient"), not a share
# or a determiner ("Most CJD", "These GISTs").
_SUBTYPE = re.compile(
    r"^(?!.*\b(?i:these|this|those|such|its|their|other|associated|related|many|most|some|"
    r"all|both|several|multiple|in|on|at|of|with|for|by|or|and)\b)(?![\w-]+ly\b)"
    r"(?:[\w'-]+\s){1,2}(?P<abbreviation>[A-Z][A-Z0-9]{1,6})s?$"
)


MAX_NAME_WORDS = 5
MIN_NAME_WORDS = 2
_MEANING_VERB = re.compile(
    r"(?:indicate|suggest|implie|signifie|reflect|predict|denote|mean|herald|mark)s", re.I
)
# A verb in the third person singular after a name: "requires", "narrows", "responds"; not
# a noun in "-sis", "-us", "-ss", "-ys" ("metastasis", "thrombus", "mass").
_SINGULAR_VERB = re.compile(r"[a-z]{2,}[^siuy\W]s")
_ADVERB = re.compile(r"[a-z]{3,}ly")
# What follows a verb, never a second verb: "Cauda equina syndrome symptoms are …" has its
# verb after a plural noun, not at "symptoms".
_FINITE_NEXT = frozenset({"is", "are", "was", "were", "may", "can", "has", "have", "will"})


def _opening_name(text: str, abbreviations: Collection[str] = ()) -> str:
    """The name a sentence opens on when the clause reader found no verb of its closed set
    after it ("Fibromuscular dysplasia responds well to …", "Cauda equina syndrome requires
    …"): the words before the first verb in the third person singular, perhaps after an
    adverb, when they have the shape of a name of one condition; "" otherwise."""
    words = text.split(maxsplit=MAX_NAME_WORDS + 3)[: MAX_NAME_WORDS + 3]
    for index in range(1, min(MAX_NAME_WORDS, len(words) - 1) + 1):
        at = index + 1 if _ADVERB.fullmatch(words[index]) else index
        if at + 1 >= len(words) or not _SINGULAR_VERB.fullmatch(words[at]):
            continue
        if words[at + 1].lower() in _FINITE_NEXT or words[index - 1][-1:] in ",;:":
            return ""
        if index < MIN_NAME_WORDS or _MEANING_VERB.match(words[at]):
            # "Proptosis indicates extraocular spread": a finding of the title, told by
            # what it means; one word in "-osis" names a sign as often as a disease
            return ""
        name = " ".join(words[:index])
        return name if _SUBJECT_NAME.match(name) or _named_kind(name, abbreviations) else ""
    return ""


_GENERIC_NAME_HEAD = re.compile(
    r"\b(?:carcinomas?|sarcomas?|lymphomas?|adenomas?|neoplasms?|diagnosis|prognosis)$", re.I
)


def _own_or_referred(clause: Clause) -> bool:
    """Whether the clause reader's subject is the sentence's own or the one its pronoun or
    generic head ("The tumour") refers to. A sentence that opens on a phrase of its own that
    names no condition ("The lateral nodes are …") or whose opening the reader could not read
    gets the paragraph's topic only as a guess: a finding that opened the paragraph
    ("Cervical lymphadenopathy is present in …") is not what the next sentences are about."""
    if clause.unclear:
        return False
    return not clause.own or clause.anaphor or same_name(clause.own, clause.subject)


_ARTICLE_FIRST = re.compile(r"^(?:the|a|an)\s+", re.I)


_LONG_WORD = re.compile(r"[a-z]{4,}")


# A predicate that says what the subject is to the title (a complication, a cause, the
# presenting event) or that lists a category's members.
_RELATED_TO_TITLE = re.compile(
    r"\s(?:is|are|was|were|remains?)\s(?:(?:one|some)\sof\s)?(?:the|an?)\s(?:[\w-]+\s){0,4}"
    r"(?:complications?|causes?|features?|manifestations?|presentations?|findings?|sequelae?|"
    r"consequences?|events?|associations?|accompaniments?|precursors?|mimics?)\b"
    r"|\s(?:include|includes|comprise|comprises)\s",
    re.I,
)


_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,6}")


def _title_abbreviations(article: Article) -> frozenset[str]:
    """The title's abbreviations: a synonym in capitals ("TOS"), or the one the page gives
    in brackets after the title ("Hypertrophic cardiomyopathy (HCM)")."""
    if _ABBREVIATIONS_OF and _ABBREVIATIONS_OF[0][0] is article:
        return _ABBREVIATIONS_OF[0][1]
    found = {n for n in article.synonyms if _ABBREVIATION.fullmatch(n)}
    after_title = re.compile(
        rf"\b{re.escape(article.title)}\s\((?P<abbreviation>[A-Z][A-Z0-9]{{1,6}})\)", re.I
    )
    for section in article.sections:
        for block in section.blocks:
            found.update(m.group("abbreviation") for m in after_title.finditer(block.text))
    kept = frozenset(f for f in found if _ABBREVIATION.fullmatch(f))
    _ABBREVIATIONS_OF[:] = [(article, kept)]  # the last article's, as the clause reader keeps
    return kept


_ABBREVIATIONS_OF: list[tuple[Article, frozenset[str]]] = []


def subject_of(article: Article, sentence: Sentence, clause: Clause | None) -> str:
    """What a sentence is about, when the readers are sure it is not the title: the noun
    phrase its leading pronoun stands for, else the clause reader's subject; either only when
    it names one other condition (``_SUBJECT_NAME``) sharing no word with the title (then it
    is a form of the title, and the title is what the card asks about)."""
    abbreviations = _title_abbreviations(article)
    found = sentence.referent or (clause.subject if clause and _own_or_referred(clause) else "")
    if not sentence.referent and (clause is None or clause.unclear):
        found = _opening_name(sentence.text, abbreviations)
    written = clause.own if clause and not sentence.referent and found == clause.subject else found
    definite = bool(_ARTICLE_FIRST.match(written.strip()))
    found = _ARTICLE_FIRST.sub("", found.strip())
    head = found.split(" of ")[0]
    if definite and not _SUBJECT_NAME.match(found):
        # "The symptomatic syndrome is uncommon": a definite description of the title's kind
        # points back to it; a syndrome or injury of its own is named without "the"
        return article.title
    if _RELATED_TO_TITLE.search(sentence.text):
        # "Short bowel syndrome is the other major long-term complication", "… are uncommon
        # but include A and B": what it is to the title (or which members) is the fact
        return article.title
    if (
        not (_SUBJECT_NAME.match(found) or _named_kind(found, abbreviations))
        or _GENERIC_NAME_HEAD.search(head)
        # "The central stroma is …": a word with the ending that names no condition
        or _GENERIC_CONDITION.match(last := head.rsplit(" ", 1)[-1])
        or _NO_CONDITION.match(last)
    ):
        return article.title
    names = (article.title, *article.synonyms)
    # ("Paget-Schroetter syndrome" on "Thoracic outlet syndrome": a class noun names no form)
    titled = {_singular(w) for n in names for w in _LONG_WORD.findall(n.lower())} - _CLASS_NOUNS
    own = {_singular(w) for w in _LONG_WORD.findall(found.lower())}
    if own & titled or any(same_name(found, name) for name in names):
        return article.title
    return found
