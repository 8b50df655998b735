"""Statements asked as "which of these statements does the article make?" (card rules M3, M7).

The key is a statement fact's sentence as the article writes it (cleaned, as its cloze shows
it). Each distractor is ANOTHER sentence of the same article with exactly one word replaced
by its contrary from a closed vocabulary ("frequently" → "rarely", "posterior" →
"anterior", "hyperintense" → "hypointense"), so each one contradicts a sentence the article
states. A swap is made only where the contrary is false, not merely weaker:

- never in a hedged clause ("may", "can", "occasionally", "has been described": "lesions may
  be symptomatic" and "may be asymptomatic" are both true), nor after a negation;
- never when the sentence already holds the contrary ("men and women") or the word is part
  of a name ("posterior reversible encephalopathy syndrome");
- never when any sentence of the article states the contrary beside the same word
  (``stated_contrary``): "rarely" is not put before "asymptomatic" where the article says
  "rarely asymptomatic" anywhere.

The key must hold a word that could be swapped too, so every option is the same kind of
claim (a graded or polar word); options are close in length to the key (M7). Distractors
from the key's own sentence are never used: a key beside its one-word variants is the option
that agrees with the majority at each swapped word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from quizgen.generators.mcq import Candidate
from quizgen.generators.wording import stem
from quizgen.model import ArticleFacts, Fact

__all__ = [
    "CONTRARIES",
    "Swap",
    "article_sentences",
    "is_option_sentence",
    "said_checker",
    "said_question",
    "said_right",
    "stated_contrary",
    "swaps",
]

# Frequency: a high word's contrary is "rarely"/"rare", a low word's "often"/"common".
_FREQUENCY = {
    "often": "rarely",
    "frequently": "rarely",
    "commonly": "rarely",
    "usually": "rarely",
    "typically": "rarely",
    "rarely": "often",
    "seldom": "often",
    "common": "rare",
    "frequent": "rare",
    "rare": "common",
    "uncommon": "common",
    "infrequent": "frequent",
}
# Polar pairs: each is the other's contrary.
_POLAR = (
    ("benign", "malignant"),
    ("unilateral", "bilateral"),
    ("symptomatic", "asymptomatic"),
    ("sensitive", "insensitive"),
    ("specific", "nonspecific"),
    ("increased", "decreased"),
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("higher", "lower"),
    ("high", "low"),
    ("earlier", "later"),
    ("early", "late"),
    ("younger", "older"),
    ("men", "women"),
    ("male", "female"),
    ("males", "females"),
    ("more", "less"),
    ("hyperintense", "hypointense"),
    ("hyperdense", "hypodense"),
    ("hyperechoic", "hypoechoic"),
    ("hypervascular", "hypovascular"),
    ("hyperattenuating", "hypoattenuating"),
)
CONTRARIES: dict[str, str] = {
    **_FREQUENCY,
    **dict(_POLAR),
    **{b: a for a, b in _POLAR},
}
# Words that make a clause say "possibly": its contrary may be true as well.
_HEDGES = frozenset(
    {
        "may", "might", "can", "could", "occasionally", "sometimes", "possibly", "potentially",
        "reportedly", "variable", "variably", "either", "described", "reported", "able",
        "suggested", "thought", "believed", "debated", "controversial",
    }
)  # fmt: skip
_COMPARATIVES = frozenset({"more", "less", "greater", "higher", "lower", "than"})
_NEGATIONS = frozenset({"not", "no", "never", "without", "nor", "neither", "non", "cannot"})
# A word followed by one of these (in its clause) is part of a name: "posterior ... syndrome".
# So is an anatomical part: "the left lower lobe" has no "left higher lobe" (a nonsense option).
_NAME_HEADS = re.compile(
    r"\b(?:syndrome|sign|disease|score|scale|classification|criteria|system|law|rule|"
    r"reflex|test|phenomenon|lobes?|poles?|limbs?|lips?|zones?|quadrants?|extremit(?:y|ies)|"
    r"tracts?|segments?|thirds?|back|(?:o?e)sophag\w*|motor\s+neurone?s?|"
    r"ducts?|arter(?:y|ies)|veins?|nerves?)\b|\(\s*[A-Z]{2,}",
)
# A word that dates or ranks the writing, not the disease: "more recently, X was used",
# "the older name Y", "more recent series" have no false contrary ("less recently", "the
# younger name"), only nonsense that gives itself away.
_DISCOURSE = frozenset(
    {
        "recently", "recent", "name", "names", "term", "terms", "terminology",
        "nomenclature", "literature", "series", "studies", "reports", "editions", "edition",
    }
)  # fmt: skip
# A concession ("uncommon but include …", "rare, but may be fatal") turns on the word's
# polarity: its contrary leaves a "but" that contradicts nothing and gives itself away.
_CONCESSION = re.compile(r"^\s*,?\s*but\b")
# Words skipped when finding the word a swapped term qualifies ("very frequently asymptomatic").
_FUNCTION = frozenset(
    {
        "a", "an", "the", "is", "are", "be", "been", "was", "were", "very", "much", "more",
        "less", "most", "least", "relatively", "quite", "fairly", "also", "and", "or", "of",
        "in", "on", "to", "with", "as", "by", "for", "than", "thus", "therefore", "often",
        "usually", "frequently", "commonly", "typically", "rarely", "seldom",
    }
)  # fmt: skip
# Words of a scale that a figure in the clause pins ("higher age groups (>50 years)").
_SCALES = frozenset({"higher", "lower", "older", "younger", "high", "low", "early", "late"})
_ARTICLE_BEFORE = re.compile(r"\b(an?|An?)\s+$")
# An option is a whole sentence that names its topic: a capital first, a full stop last, no
# "label: …" line (a list item, not a sentence) and no bare pronoun first (C2).
_SENTENCE = re.compile(r"^[A-Z][^:]*[.!?]$")
_PRONOUN_FIRST = re.compile(r"^(?:They|It|This|These|Those|Their|Its|Such|He|She)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_CLAUSE_END = re.compile(r"[,;:()\[\]]|\b(?:but|whereas|while|although|which|that)\b")
_ANCHOR_WINDOW = 4  # words between a contrary and its anchor for "the article states it"
_NEIGHBOURS = 3  # content words each side of a swapped word that it may qualify
MIN_RATIO = 0.35  # an option at least this share of the key's length, at most its inverse
MAX_OPTION_WORDS = 40  # a longer sentence is no option (C1: the stem and options stay short)


@dataclass(frozen=True, slots=True)
class Swap:
    """One word of a sentence replaced by its contrary."""

    start: int
    end: int
    word: str  # as written
    contrary: str  # as it replaces the word (its case kept)
    anchors: tuple[str, ...]  # the content words it may qualify, lower case

    def apply(self, sentence: str) -> str:
        """The sentence with the word replaced (and "a"/"an" before it agreeing: "an
        increased risk" → "a decreased risk", never "an decreased")."""
        before = sentence[: self.start]
        article = _ARTICLE_BEFORE.search(before)
        if article is not None:
            vowel = self.contrary[:1].lower() in "aeiou"
            word = (
                ("an" if vowel else "a") if article.group(1).islower() else ("An" if vowel else "A")
            )
            before = before[: article.start(1)] + word + before[article.end(1) :]
        return before + self.contrary + sentence[self.end :]


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _clause_before(sentence: str, start: int) -> str:
    before = sentence[:start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


_PHRASE_END = re.compile(r"[,;:()\[\]]|\b(?:and|but|whereas|while|although)\b")


def _scope_after(after: str) -> str:
    """The rest of a word's clause, up to a conjunction that starts another claim ("MRI is
    sensitive … and is able to assess"): where a hedge would qualify the word's claim."""
    match = _PHRASE_END.search(after)
    return after[: match.start()] if match else after


def _clause_after(sentence: str, end: int) -> str:
    after = sentence[end:]
    match = _CLAUSE_END.search(after)
    return after[: match.start()] if match else after


def _anchors(sentence: str, start: int, end: int) -> tuple[str, ...]:
    """The content words around the word at ``start:end`` in its clause (up to
    ``_NEIGHBOURS`` on each side): what it may qualify ("frequently asymptomatic",
    "lesions are … asymptomatic")."""
    after = [w.lower() for w in _WORD.findall(_clause_after(sentence, end))]
    before = [w.lower() for w in _WORD.findall(_clause_before(sentence, start))][::-1]
    sides = [[w for w in side if w not in _FUNCTION and len(w) > 2] for side in (after, before)]
    return tuple(dict.fromkeys(word for side in sides for word in side[:_NEIGHBOURS]))


def _names_part(after: str) -> bool:
    """Whether the words right after a word (up to the first function word) end in a name's
    head: "posterior reversible encephalopathy syndrome", "high (ASA) grade"."""
    words: list[str] = []
    for word in after.split()[:4]:
        if word.lower().strip(".,") in _FUNCTION:
            break
        words.append(word)
    return bool(words) and bool(_NAME_HEADS.search(" ".join(words)))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    # asked of every sentence of an article for every option checked (M3): made once each
    return tuple(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=65536)
def _wording(text: str) -> str:
    """What two texts share when they say the same in the same words."""
    return " ".join(_words(text))


def _holds(text: str, word: str) -> bool:
    """Whether ``text`` holds ``word`` as a word, or its prefix form ("hypo-" for
    "hypointense")."""
    words = _words(text)
    prefix = next((p for p in ("hyper", "hypo") if word.startswith(p)), "")
    return word in words or bool(prefix and f"{prefix}-" in words)


# Words of one sex: a sentence that names it twice ("a female predominance, with women
# accounting for 70%") contradicts itself when only one of them is swapped, and such a
# distractor gives itself away.
# An organ only one sex has names that sex too ("male infertility due to absence of the vas
# deferens" made "female" contradicts itself).
_SEXES = (
    frozenset(
        {
            "female", "females", "women", "woman", "girls", "girl", "ovary", "ovaries",
            "ovarian", "uterus", "uterine", "endometrium", "endometrial", "vagina", "vaginal",
            "fallopian", "pregnancy", "pregnant", "menstrual", "menstruation",
            # a state only women are in: "breastfeeding men" gives itself away
            "breastfeeding", "breast-feeding", "lactating", "lactation", "lactational",
            "postpartum", "puerperal", "menopause", "menopausal", "postmenopausal",
            "premenopausal", "perimenopausal",
        }
    ),
    frozenset(
        {
            "male", "males", "men", "man", "boys", "boy", "prostate", "prostatic", "testis",
            "testes", "testicle", "testicles", "testicular", "scrotum", "scrotal", "penis",
            "penile", "epididymis", "epididymal", "deferens", "seminal",
        }
    ),
)  # fmt: skip


def _sex_told_twice(sentence: str, word: str) -> bool:
    words = _words(sentence)
    return any(word.lower() in sex and sum(w in sex for w in words) > 1 for sex in _SEXES)


@lru_cache(maxsize=16384)  # asked of each sentence for every option checked (M3)
def swaps(sentence: str) -> tuple[Swap, ...]:
    """Every word of ``sentence`` whose contrary makes it false (see the module's rules)."""
    return tuple(_find_swaps(sentence))


_DIGIT = re.compile(r"\d")
# A stated share ("<5%", "10 per cent", "1 in 20"): the frequency it gives is the sentence's
# own measure of how often, which a swapped frequency word would contradict inside the option.
_SHARE = re.compile(
    r"\d\s{0,2}(?:%|per\s?cent\b)|\b\d{1,4}\s(?:in|of)\s(?:every\s)?\d{1,6}\b", re.I
)
_THAN = re.compile(r"\s+than\b")
_AS = re.compile(r"\s+as\b")
# A sentence's opening condition ("When symptomatic, patients present with …", "If untreated,
# …"): it says where the claim holds, so its contrary ("When asymptomatic, patients present
# with pain") gives a self-contradiction or a claim about a group the article never judged.
_LEADING_CONDITION = re.compile(
    r"^\s*(?:when|whenever|if|once|unless|until|where)\b[^,.;:]{0,120},", re.I
)


def _figure_contradicts(word: str, sentence: str) -> bool:
    """A figure in the sentence that the swapped word would contradict inside the option."""
    if word in _SCALES and _DIGIT.search(sentence):
        return True  # "higher age groups (>50 years)": "lower age groups (>50 years)"
    # "recurrence is rare (<5%)": "common (<5%)" gives itself away (M7)
    return word in _FREQUENCY and _SHARE.search(sentence) is not None


def _find_swaps(sentence: str) -> Iterator[Swap]:
    condition = _LEADING_CONDITION.match(sentence)
    for match in _WORD.finditer(sentence):
        word = match.group(0)
        if condition and match.end() <= condition.end():
            continue  # the claim's condition, not the claim (see _LEADING_CONDITION)
        contrary = CONTRARIES.get(word.lower())
        if contrary is None or (word[:1].isupper() and match.start() > 0):
            continue  # no contrary, or part of a capitalised name mid-sentence
        before = _words(_clause_before(sentence, match.start()))
        after = _clause_after(sentence, match.end())
        if _THAN.match(after):
            continue  # "older than 40" names a group: "younger than 40" may be right too
        if before and before[-1] == "as" and _AS.match(after):
            continue  # "twice as often as women": a measure; "twice as rarely" says nothing
        if _figure_contradicts(word.lower(), sentence):
            continue
        if before and before[-1] in {"more", "less", "most", "least"}:
            continue  # "most common": a rank; "more common": swap the comparative instead
        if _HEDGES & (set(before) | set(_words(_scope_after(after)))) or _NEGATIONS & set(before):
            continue  # "large, hypervascular tumours can reduce blood loss": hedged
        if word.lower() not in _FREQUENCY and _COMPARATIVES & set(before):
            continue  # "a less pronounced female predominance": relative, not polar
        if word.lower() in {"more", "less"} and before and before[-1] in {"or", "and", "no"}:
            continue  # "three or more nodules": a bound on a count, not a comparison
        if _holds(sentence, contrary) or _names_part(after) or _sex_told_twice(sentence, word):
            continue
        if (
            _dates_the_writing(after)
            or _CONCESSION.match(sentence[match.end() :])
            or _another_sense(word.lower(), before, after)
        ):
            continue
        yield Swap(
            match.start(),
            match.end(),
            word,
            _cased(contrary, word),
            _anchors(sentence, match.start(), match.end()),
        )


# Where a word has another sense, its contrary says nothing false, only nonsense: treatment
# is "symptomatic" (of symptoms), never "asymptomatic"; "malignant transformation" has no
# "benign transformation".
_CARE_WORDS = frozenset({"treatment", "therapy", "management", "relief", "care", "measures"})
_CHANGE_AFTER = re.compile(
    r"^\s(?:transformation|degeneration|change|conversion|potential)\b", re.I
)


def _another_sense(word: str, before: tuple[str, ...], after: str) -> bool:
    if word in {"symptomatic", "asymptomatic"}:
        return bool(_CARE_WORDS & set(before) or _CARE_WORDS & set(_words(after)[:2]))
    if word in {"benign", "malignant"}:
        return _CHANGE_AFTER.match(after) is not None
    return False


def _dates_the_writing(after: str) -> bool:
    """Whether the word right after a swapped one dates or names the writing ("more
    recently", "the older name"): see ``_DISCOURSE``."""
    following = _WORD.match(after.lstrip())
    return following is not None and following.group(0).lower() in _DISCOURSE


def stated_contrary(swap: Swap, sentences: Iterable[str]) -> bool:
    """Whether any of the article's ``sentences`` holds the contrary within a few words of
    a word the swapped one may qualify (then the distractor may be what the article says:
    M3). A swap with no such word counts as stated."""
    if not swap.anchors:
        return True
    contrary = swap.contrary.lower()
    for sentence in sentences:
        words = _words(sentence)
        if contrary not in words:
            continue
        at = [i for i, w in enumerate(words) if w == contrary]
        near = [i for i, w in enumerate(words) if w in swap.anchors]
        if any(abs(i - j) <= _ANCHOR_WINDOW for i in at for j in near):
            return True
    return False


def _same(first: str, second: str) -> bool:
    return _wording(first) == _wording(second)


def said_right(option: str, sentences: Sequence[str]) -> bool:
    """Whether ``option`` may be what the article says (M3): unless a sentence of the
    article turns into it by one contrary that the article nowhere states, it counts as
    right (one of its own sentences, or a text nothing explains)."""
    wording = _wording(option)
    for sentence in sentences:
        for swap in swaps(sentence):
            if _wording(swap.apply(sentence)) == wording and not stated_contrary(swap, sentences):
                return False
    return True


def said_checker(sentences: Sequence[str]) -> Callable[[str], bool]:
    """``said_right`` against fixed ``sentences``, for many options: every swapped sentence
    is worded once, by its wording (an article's said questions check their options
    against the same sentences)."""
    swapped: dict[str, list[Swap]] = {}
    for sentence in sentences:
        for swap in swaps(sentence):
            swapped.setdefault(_wording(swap.apply(sentence)), []).append(swap)

    def right(option: str) -> bool:
        made = swapped.get(_wording(option), ())
        return all(stated_contrary(swap, sentences) for swap in made)

    return right


def article_sentences(facts: Iterable[Fact], *, sources: bool = True) -> list[str]:
    """The sentences ``facts`` were read from, in order, once each: each one's cleaned
    statement and (with ``sources``) the article's own text."""
    seen: dict[str, str] = {}  # wording → the first text with it
    for fact in facts:
        for text in (fact.statement, fact.source.text if sources else ""):
            if text:
                seen.setdefault(_wording(text), text)
    return list(seen.values())


def is_option_sentence(sentence: str) -> bool:
    """Whether a sentence can stand as an option: a whole sentence that names its topic,
    not longer than ``MAX_OPTION_WORDS``."""
    text = sentence.strip()
    return (
        bool(_SENTENCE.match(text))
        and not _PRONOUN_FIRST.match(text)
        and len(text.split()) <= MAX_OPTION_WORDS
    )


def _distractors(key: str, sources: Sequence[str], sentences: Sequence[str]) -> list[str]:
    """One swapped version of each other sentence of ``sources``, nearest the key's length
    first; ``sentences`` are all the article states."""
    made: list[str] = []
    for sentence in sources:
        if _same(sentence, key) or not is_option_sentence(sentence):
            continue
        ratio = len(sentence) / max(len(key), 1)
        if not MIN_RATIO <= ratio <= 1 / MIN_RATIO:
            continue  # far shorter or longer than the key: the odd one out (M7)
        swap = next((s for s in swaps(sentence) if not stated_contrary(s, sentences)), None)
        if swap is not None:
            made.append(swap.apply(sentence))
    made = [d for i, d in enumerate(made) if not any(_same(d, e) for e in made[:i])]
    return sorted(made, key=lambda d: (abs(len(d) - len(key)), d))


def said_question(
    entry: ArticleFacts, fact: Fact, sources: Sequence[str], sentences: Sequence[str]
) -> Candidate | None:
    """ "Which of these statements does the article make?" keyed by the statement's own
    sentence, the distractors made from ``sources`` (the usable facts' cleaned sentences);
    ``sentences``: all the article states. None when the key has no word whose contrary
    makes it false (then its options would not be of one form) or is too long."""
    key = fact.statement
    if not is_option_sentence(key):
        return None
    if not any(not stated_contrary(s, sentences) for s in swaps(key)):
        return None
    pool = tuple(_distractors(key, sources, sentences))
    question = stem("mcq", "statement_said", title=entry.title)
    return Candidate(entry, fact, question, key, pool, False, "said")
