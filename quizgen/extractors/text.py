"""Shared text tools for extractors: walking an Article, sentences, numbers, fact building."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

from quizgen.model import (
    Article,
    Block,
    BlockKind,
    Fact,
    FactKind,
    InputFormat,
    ListItem,
    Section,
    SourceRef,
    make_fact_id,
)
from quizgen.normalize import word_stem
from quizgen.phrases import is_plural, same_name, singular_forms

__all__ = [
    "ADJECTIVE_ENDING",
    "PARENTHETICAL",
    "PERCENT",
    "QUANTIFIER_LEAD",
    "ListUnit",
    "Percent",
    "Sentence",
    "blocks_with_flat_lists",
    "cached_list",
    "definition_of",
    "find_percents",
    "initials",
    "is_plural",
    "iter_flat_lists",
    "iter_lists",
    "iter_sentences",
    "leading_subject",
    "make_fact",
    "mask_numbers",
    "names_people",
    "normalise_value",
    "resolve_pronoun",
    "same_name",
    "sentence_before",
    "sentences_before",
    "split_label",
    "split_sentences",
    "strip_citation",
    "without_abbreviation",
]

# The quantifier a noun phrase may open on ("Almost all", "the vast majority of", "a few
# of these"): it says how many of a thing, never which thing (a pattern to embed).
QUANTIFIER_LEAD = (
    r"(?:(?:almost|nearly|virtually|practically)\s)?(?:all|most|many|some|few|several|a\sfew|"
    r"(?:the\s|a\s)?(?:vast\s)?(?:majority|minority)\sof)\b\s?(?:of\s)?"
    r"(?:(?:the|these|those|such)\s)?"
)

# Every repetition below is bounded ({1,3} digits, {0,3} spaces) and a number never starts
# inside another (the look-behind), so a long run of digits or spaces is scanned in linear
# time: the unbounded "\d+(?:\.\d+)?\s*" that stood here was quadratic on a run of digits
# (issue 15: 16 KB of digits took 22 s).
_QUALIFIER = (
    r"(?:approximately|approx\.|about|around|roughly|nearly|almost|up to|close to|perhaps|possibly|"
    r"an estimated|(?:well |just )?(?:under|over)|"
    # "no more than 10%" is at most 10 %: without its "no" the figure says the opposite
    r"(?:no|not) (?:more|less|fewer|greater) than|"
    r"more than|less than|fewer than|greater than|at least|as many as|as few as|above|below|"
    r"exceeding|exceeds|in excess of|approaching|approaches|~|≈|<|>|≤|≥)"
)
# (three decimals for the rarest shares: "0.025-0.05%")
_FIGURE = r"(?<![\d.])\d{1,3}(?:\.\d{1,3})?(?![\d])"
# A percentage with its qualifier as written: "~90%", "approximately 90 %", "10-20%",
# "10% to 20%", "up to 5%", "15 percent".
PERCENT = re.compile(
    # "up to about 25%": a bound and an approximation, both kept
    rf"(?P<value>(?:{_QUALIFIER}\s{{0,3}}){{0,2}}{_FIGURE}"
    rf"(?:\s{{0,3}}%?\s{{0,3}}(?:-|–|—|to)\s{{0,3}}{_FIGURE})?"
    r"\s{0,3}(?:%|percent\b|per cent\b))",
    re.I,
)
_ABBREVIATIONS = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|approx|cf|fig|figs|no|ca|resp)\.)$", re.I)
# (a sentence may open on a name written in lower case: "p16 immunohistochemistry is …",
# "mRNA levels …", "c-KIT mutations …")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[\"']|[a-z]{1,2}\d|[a-z]{1,2}[A-Z]|[a-z]-[A-Z])")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with the section it is in and the paragraph it came from.

    ``referent`` is the noun phrase a leading pronoun ("They", "It", "These lesions") stands
    for, found by ``_referents``; "" when the sentence opens with none or when it is unsure
    (then the sentence keeps its own words, and C2 keeps its card off the deck).
    """

    text: str
    section: Section
    paragraph: str
    referent: str = ""
    # what a pronoun after a fronted phrase stands for ("In adults, it is …"), read only
    # where a reader asks for it (``resolved_fronted``): the others keep the words as written
    fronted_referent: str = ""

    @property
    def resolved(self) -> str:
        """The text with its leading pronoun replaced by its referent (else unchanged)."""
        if not self.referent:
            return self.text
        return _replace_pronoun(self.text, self.referent)

    @property
    def resolved_fronted(self) -> str:
        """``resolved``, and a pronoun after a fronted phrase replaced too ("In adults, it is
        the most common …" → "In adults, <title> is the most common …")."""
        if not self.fronted_referent:
            return self.resolved
        return _replace_fronted_pronoun(self.text, self.fronted_referent)


_P = ParamSpec("_P")
_T = TypeVar("_T")
# Extractors ask the same question of the same text many times (each sentence is split,
# labelled and searched by several rules): a pure function of its text remembers answers.
_REMEMBERED = 8192


def cached_list(function: Callable[_P, list[_T]]) -> Callable[_P, list[_T]]:
    """``function`` (pure: its list depends on its arguments alone) remembering its answers;
    each call gets a list of its own, so a caller may change it."""
    remembered: Callable[..., tuple[_T, ...]] = lru_cache(maxsize=_REMEMBERED)(
        lambda *a, **k: tuple(function(*a, **k))
    )

    @wraps(function)
    def fresh(*args: _P.args, **kwargs: _P.kwargs) -> list[_T]:
        return list(remembered(*args, **kwargs))

    return fresh


@dataclass(frozen=True, slots=True)
class Percent:
    """A share as a sentence states it: ``value`` as written ("~15%", "50-60%", ">90%",
    "two-thirds", "one in five"); ``start``/``end`` span the whole expression, including a
    word it stands behind ("the vast majority (>90%)"); ``low``/``high`` its bounds in
    percent, for arithmetic only (a whole adds up to about 100)."""

    value: str
    start: int
    end: int
    low: float
    high: float

    @property
    def middle(self) -> float:
        """The middle of the range (the value itself for a single figure)."""
        return (self.low + self.high) / 2


@dataclass(frozen=True, slots=True)
class ListUnit:
    """A list block with the sentence that introduces it (the paragraph just before)."""

    section: Section
    block: Block
    intro: str


@cached_list
def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph; abbreviations such as "e.g." do not end one."""
    parts = _SENTENCE_END.split(text)
    sentences: list[str] = []
    for part in parts:
        if sentences and _ABBREVIATIONS.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return [s.strip() for s in sentences if s.strip()]


def sentence_before(sentence: Sentence) -> str:
    """The sentence before this one in its paragraph, "" for the first."""
    earlier = sentences_before(sentence)
    return earlier[-1] if earlier else ""


def sentences_before(sentence: Sentence) -> list[str]:
    """The sentences before this one in its paragraph, in order."""
    at = sentence.paragraph.find(sentence.text)
    return [s.strip() for s in split_sentences(sentence.paragraph[:at])] if at > 0 else []


def iter_sentences(article: Article) -> Iterator[Sentence]:
    """Every sentence of every paragraph, in article order, with its pronoun's referent.

    The sentences of the last article asked for are kept, so the extractors that walk one
    article's prose split and resolve it once (the prose is parsed once, STYLE.md)."""
    yield from _sentences_of(article)


_LAST: list[tuple[Article, tuple[Sentence, ...], dict[tuple[str, str], str]]] = []


def _sentences_of(article: Article) -> tuple[Sentence, ...]:
    return _parsed(article)[0]


def _parsed(article: Article) -> tuple[tuple[Sentence, ...], dict[tuple[str, str], str]]:
    if _LAST and _LAST[0][0] is article:
        return _LAST[0][1], _LAST[0][2]
    sentences = tuple(_referents(article))
    lookup = {(s.section.path, s.text): s.referent for s in sentences}
    _LAST[:] = [(article, sentences, lookup)]
    return sentences, lookup


def iter_lists(article: Article) -> Iterator[ListUnit]:
    """Every list block with its introducing paragraph ("" when none directly precedes it)."""
    for section in article.sections:
        previous: Block | None = None
        for block in section.blocks:
            if block.kind is BlockKind.LIST:
                intro = previous.text if previous and previous.kind is BlockKind.PARAGRAPH else ""
                yield ListUnit(section, block, split_sentences(intro)[-1] if intro else "")
            previous = block


# A line of a plain-text page that was a list entry before its bullet was lost: no sentence
# end, not a long paragraph ("neuroblastoma: arises from the adrenal gland, crosses the midline").
_SENTENCE_FINAL = re.compile(r"[.!?][\"”’)]?$")
MAX_FLAT_ENTRY_WORDS = 40
# Endings of adjectives ("Renal", "Pleural", "Coeliac"): a capitalised word with one opens a
# title on a description, not on a person's name.
ADJECTIVE_ENDING = r"(?:al|ic|ac|ous|ar|ary|ory|ive|ed|ing|oid|ile|ant|ent|ular)"
# "Other causes of X include", "Typical features are": a list's intro whose colon was lost
# ends on the word that opens the list; it is no entry of it.
_OPEN_INTRO = re.compile(
    r"\s(?:includes?|including|are|comprises?|consists?\sof|such\sas|the\sfollowing|"
    r"as\sfollows|e\.g\.)$",
    re.I,
)


def _is_flat_entry(block: Block) -> bool:
    if block.kind is BlockKind.KEY_VALUE:
        return True
    text = block.text.strip()
    return (
        block.kind is BlockKind.PARAGRAPH
        and text[:1].isalnum()  # "(mostly solitary lesions, …)" is a comment, not an entry
        and not _SENTENCE_FINAL.search(text)
        and not text.endswith(":")
        and not _OPEN_INTRO.search(text)
        and len(text.split()) <= MAX_FLAT_ENTRY_WORDS
    )


def iter_flat_lists(article: Article) -> Iterator[ListUnit]:
    """Runs of plain-text lines that were one list ("name: detail" lines, short lines without
    a full stop), as list units: two lines or more, or one under an intro ending in ":". The
    reader leaves such runs as key/value and paragraph blocks when it cannot be sure of them
    (issue 11: the differential and association lists of a text extraction). Plain text only:
    HTML and markdown keep their lists."""
    if article.provenance.input_format is not InputFormat.TEXT:
        return
    for section in article.sections:
        for block, intro, joined in _with_flat_runs(section.blocks):
            if joined:  # (a list the reader kept is iter_lists')
                yield ListUnit(section, block, intro)


def blocks_with_flat_lists(
    section: Section,
    article: Article,
    regroup: Callable[[tuple[ListItem, ...]], tuple[ListItem, ...]] | None = None,
) -> tuple[Block, ...]:
    """A section's blocks with each run of plain-text lines that was one list (see
    ``iter_flat_lists``) as one list block, its items passed through ``regroup`` when
    given, for readers that walk blocks in order; the section's blocks as they are for
    HTML and markdown."""
    if article.provenance.input_format is not InputFormat.TEXT:
        return section.blocks
    return tuple(
        Block(BlockKind.LIST, items=regroup(block.items)) if joined and regroup else block
        for block, _intro, joined in _with_flat_runs(section.blocks)
    )


def _with_flat_runs(blocks: tuple[Block, ...]) -> Iterator[tuple[Block, str, bool]]:
    """(block, the intro before it, whether it is a flat run joined into a list block) in
    order."""
    run: list[Block] = []
    intro = ""
    for block in (*blocks, None):
        if block is not None and _is_flat_entry(block):
            run.append(block)
            continue
        if len(run) >= 2 or (run and intro.endswith(":")):
            items = tuple(ListItem(entry.text.strip()) for entry in run)
            yield Block(BlockKind.LIST, items=items), intro, True
        else:
            yield from ((entry, intro, False) for entry in run)
        run = []
        if block is None:
            return
        yield block, intro, False
        sentences = split_sentences(block.text) if block.kind is BlockKind.PARAGRAPH else []
        intro = sentences[-1].strip() if sentences else ""


_IMAGING_HEADING = re.compile(
    r"\b(?:radiograph\w*|x-ray|CT\w*|MRI?|ultraso\w+|sonograph\w*|scan\w*|scintigraph\w*|"
    r"angiograph\w*|PET|nuclear|imaging|echocardiograph\w*|fluoroscop\w*|mammograph\w*)\b",
    re.I,
)
_LEADING_PRONOUN = re.compile(
    r"^(?:They|It|These|This)\s+(?=(?:are|is|was|were|must|may|can|have|has|occur|typically|"
    r"usually|often|commonly)\b)"
)


def resolve_pronoun(sentence: str, subject: str, section: Section | None = None) -> str:
    """ "They are more frequent …" → "<subject> are more frequent …" (a card never opens on a
    bare pronoun, C2). Not under an imaging heading, where "It is normal in ~12%" means the
    radiograph, not the disease: there the pronoun stays, and C2 drops the card. The source
    text itself is kept exact elsewhere. Prefer ``Sentence.referent``, which is the noun
    phrase the pronoun stands for, not always the title."""
    if section is not None and _IMAGING_HEADING.search(section.path):
        return sentence
    return _LEADING_PRONOUN.sub(f"{subject} ", sentence, count=1)


# --- what a sentence is about ------------------------------------------------------------

# A finite verb (or an adverb before one) that ends a sentence's subject; a closed list, so
# a noun phrase is only taken where the grammar is plain.
_VERB = (
    r"(?:is|are|was|were|arises?|occurs?|accounts?|represents?|affects?|involves?|presents?|"
    r"has|have|may|can|could|might|will|should|must|does|do|typically|usually|often|commonly|most|"
    r"frequently|generally|rarely|also|tends?|comprises?|constitutes?|makes?|develops?|"
    r"remains?|shows?|appears?|originates?|results?|demonstrates?|contains?|causes?|"
    r"manifests?|consists?|affect|predominantly|mostly|almost|characteristically|spreads?|"
    r"grows?|enlarges?|produces?|secretes?|invades?|mimics?|responds?|regress(?:es)?|recurs?|"
    r"metastasi[sz]e|metastasi[sz]es|extends?|lies|lie|forms?|carry|carries|predisposes?|"
    r"belongs?|behaves?|follows?|spares?|infiltrates?|compresses?|displaces?|obstructs?|"
    r"includes?|proves?)"
)
# "Lymphangitic spread accounts for …", "Malignant forms are rare": a word of the verb list
# that is also a noun, followed by a finite verb, is the subject's head, not its verb.
_NOUN_NOT_VERB = re.compile(
    r"\s(?P<noun>spread|forms?|results?|causes?)"
    r"(?=\s(?:is|are|was|were|accounts?|occurs?|represents?|has|have|may|can|remains?)\b)",
    re.I,
)
_TRAILING_ADVERB = re.compile(r"(?<=\w)\s[a-z]{2,20}(?:ally|ently|antly|ously|ively)$")
# "PAUs favour the segments of aorta most affected …": an article inside a noun phrase
# follows a preposition, a conjunction or a participle ("carcinoma of the breast", "tumours
# involving the cortex"); after any other word that word is a verb the closed list lacks, and
# the subject ends before it.
_VERB_BEFORE_ARTICLE = re.compile(
    r"\s(?!(?:of|in|on|at|to|from|with|within|by|for|into|onto|than|over|under|across|along|"
    r"around|between|beyond|through|throughout|via|and|or|nor|both|all|half|whose|"
    r"[a-z]+ing|[a-z]+ed)\s)[a-z][a-z-]*\s(?:the|an?)\s"
)
# Up to eight words before the verb; no digits, commas or sentence punctuation inside.
_LEADING_NP = re.compile(
    rf"^(?P<np>[A-Za-z][\w'’/()-]{{0,60}}(?:\s[\w'’/()-]{{1,60}}){{0,7}}?)\s{_VERB}\b"
)
# "In adults, …", "Among children under 5, …": a short fronted phrase before the subject.
_FRONTED = re.compile(
    r"^(?:(?:In|Among|For|After|Before|Within|Of|Unlike|Like)\s[^,]{1,60}"
    # an adverb set off by a comma: "Less often, rupture follows …", "Rarely, the tear …"
    r"|(?:(?:Less|More|Most|Much|Very|Far|Only)\s)?[A-Za-z]{2,20}ly"
    r"|(?:Less|More)\s(?:often|commonly|frequently|rarely|usually|typically))"
    r",\s"
)
# "Macroscopically the tumour is …": a sentence adverb before the subject, with no comma.
_FRONTED_ADVERB = re.compile(r"^[A-Z][a-z]{2,20}ally\s(?=(?:the|these|this|its|their)\s)")
_NOT_A_SUBJECT = re.compile(
    r"^(?:in|on|at|for|with|after|before|although|though|when|while|if|as|because|since|"
    # a fronted phrase with no comma: "Beyond the neonatal period it is …" names no subject
    r"beyond|during|within|outside|throughout|despite|besides|except|"
    r"there|here|this|that|these|those|it|they|such|both|however|thus|overall|rarely|"
    r"occasionally|typically|usually|often|most|some|many|few|approximately|about|up|one|"
    r"two|only|all|each|its|their|his|her|what|which|who|whereas|where|unlike|like|"
    r"patients?|cases?|people|individuals)\b",
    re.I,
)
_PRONOUN = re.compile(
    r"^(?P<pronoun>They|It|These|This|Those|Such)"
    # only a demonstrative takes a noun ("These lesions"): "They most commonly arise" is no
    # "They" of "most"s
    r"(?:(?<=ese|ose|his|uch)\s(?P<noun>(?!(?:is|are|was|were|may|can|have|has)\b)[a-z][a-z-]{2,30}))?"
    rf"(?=\s{_VERB}\b|(?<=It)\s[a-z]{{3,20}}(?<!ss)(?:es|s|ed)\b|(?<=They)\s[a-z]{{3,20}}ed\b)"
)
# ("It replaced the older terms …", "It spreads …", "They expanded …": "It" and "They"
# before a verb the closed list lacks, in the past or the third person, are subjects too;
# "This reflects …" may stand for a whole statement, so "This" keeps the closed list.)
# A pronoun before a verb of the closed list (see _referent: the others stay unguessed).
_LISTED_VERB_AFTER = re.compile(
    rf"^(?:They|It|These|This|Those|Such)(?:\s[a-z][a-z-]+)?\s{_VERB}\b"
)
# "Its annual incidence is …", "Their margins are …": a possessive before a noun phrase;
# read as the referent's ("Testicular torsion's annual incidence is …").
_POSSESSIVE = re.compile(r"^(?P<pronoun>Its|Their)\s(?=[a-z])")
_OWNER_OF = {"Its": "It", "Their": "They"}
_GENERIC_HEADING = re.compile(
    r"\b(?:epidemiology|pathology|clinical|presentation|diagnosis|treatment|prognosis|"
    r"management|imaging|features|differential|history|a?etiology|location|classification|"
    r"genetics|terminology|associations?|complications?|radiographic|staging|grading|"
    r"macroscopic|microscopic|markers|points|overview|introduction|background|summary|"
    r"pathophysiology|pathogenesis|subtypes|types|variants|findings|appearance|outcome|"
    r"demographics|incidence|discussion|case|report|see also|references)\b",
    re.I,
)


# Words of a title that name no particular thing: a sentence using them is not about it.
_GENERIC_TITLE_WORDS = frozenset(
    {
        "disease",
        "diseases",
        "syndrome",
        "tumour",
        "tumours",
        "tumor",
        "tumors",
        "lesion",
        "lesions",
        "disorder",
        "injury",
        "infection",
        "paediatric",
        "pediatric",
        "primary",
        "secondary",
        "benign",
        "malignant",
        "chronic",
        "acute",
        "congenital",
        "acquired",
    }
)


def _mentions(sentence: str, title: str) -> bool:
    """Whether a sentence names the title's subject by its head noun in either number
    ("… are considered to be metastases" in "Hepatic metastasis"; a generic last word such
    as "disease" gives way to the one before it; "adrenal" alone is not "adrenal adenoma")."""
    words_of_title = re.findall(r"[a-z][\w'-]{3,40}", PARENTHETICAL.sub("", title).lower())
    own = [w for w in words_of_title if w not in _GENERIC_TITLE_WORDS]
    if not own:
        return False
    forms = singular_forms(own[-1])
    words = re.findall(r"[a-z][\w'-]{4,40}", sentence.lower())
    if any(singular_forms(word) & forms for word in words):
        return True
    # by its initials, in either number: "Most SAAs are saccular" in "Splenic artery aneurysm"
    letters = initials(title)
    return len(letters) >= 2 and re.search(rf"\b{letters}s?\b", sentence) is not None


def initials(name: str) -> str:
    """The capital initials of a name's words, without its brackets ("SAA" for "Splenic
    artery aneurysm"): the abbreviation a page may use for it."""
    return "".join(
        w[0] for w in re.findall(r"[A-Za-z][\w'-]*", PARENTHETICAL.sub("", name))
    ).upper()


# A figure opens no name ("30% of patients", "Over 50 cases"); a digit inside a name does
# not make it one ("BRAF V600E mutation", "NF1", "trisomy 7", "type 2 diabetes").
_DIGIT_OR_PERCENT = re.compile(r"%|(?<![\w.-])\d[\d.,]*(?![\w-])")
_NAME_WITH_NUMBER = re.compile(
    r"\b(?:type|trisomy|monosomy|grade|class|group|chromosome|factor|segment|zone|phase)\s"
    r"\d{1,2}[a-z]?\b",
    re.I,
)


def _names_a_figure(noun_phrase: str) -> bool:
    if "(" in noun_phrase and re.search(r"\d", noun_phrase):
        return True  # "CT (with 3D reconstructions …)": an aside, no name with a digit
    return _DIGIT_OR_PERCENT.search(_NAME_WITH_NUMBER.sub("name", noun_phrase)) is not None


def leading_subject(sentence: str) -> str:
    """The noun phrase a sentence opens with, when plain grammar shows it ends at a verb
    from a closed list: "Secondary glioblastomas arise from …" → "Secondary glioblastomas";
    "In adults, the tumour is …" → "the tumour"; "" for a pronoun, a figure, a clause or a
    generic noun such as "patients" (what they are about is not in the sentence)."""
    text = _FRONTED.sub("", sentence.strip(), count=1)
    text = _FRONTED_ADVERB.sub("", text, count=1)
    match = _LEADING_NP.match(text)
    if not match:
        return ""
    noun_phrase = match.group("np").strip()
    if noun := _NOUN_NOT_VERB.match(text, match.end("np")):
        noun_phrase = f"{noun_phrase} {noun.group('noun')}"  # "Lymphangitic spread accounts"
    # "The oedema classically involves …": an adverb before the verb is no part of the name
    noun_phrase = _TRAILING_ADVERB.sub("", noun_phrase)
    if verb := _VERB_BEFORE_ARTICLE.search(noun_phrase):
        noun_phrase = noun_phrase[: verb.start()]
    if _NOT_A_SUBJECT.match(noun_phrase) or _names_a_figure(noun_phrase):
        return ""
    if _PRONOUN_LAST.search(noun_phrase):
        return ""  # "Worldwide it is …": a fronted word, then a pronoun; no name
    return noun_phrase


_PRONOUN_LAST = re.compile(r"\s(?:it|they)$", re.I)


# "58% of hepatic neoplasms are (considered to be) metastases": what the share is of is
# the whole, but what the sentence is about, and what "They" next stands for, is the part.
_SHARE_PREDICATE = re.compile(
    rf"^(?:{_QUALIFIER}\s{{0,3}})?{_FIGURE}\s{{0,3}}%\sof\s[^,;]{{1,80}}?\s(?:are|is)\s"
    r"(?:(?:considered|thought|believed|found|known)\sto\sbe\s)?"
    r"(?P<np>[a-z][\w'’-]{0,40}(?:\s(?!(?:at|in|on|by|with|and|or)\b)[\w'’-]{1,40}){0,4}?)"
    r"(?=\s(?:at|in|on|by|with|and|or)\b|\s?[,;.]|$)",
    re.I,
)


def _topic(sentence: str) -> str:
    """What a sentence is about, for a pronoun in the next: its subject, or the part a
    share sentence names ("… neoplasms are considered to be metastases" → "metastases")."""
    subject = leading_subject(sentence)
    if subject:
        return subject
    match = _SHARE_PREDICATE.match(sentence)
    return match.group("np") if match else ""


def _replace_pronoun(text: str, referent: str) -> str:
    name = referent[:1].upper() + referent[1:]
    if possessive := _POSSESSIVE.match(text):
        owner = f"{name}'" if name.endswith("s") else f"{name}'s"
        return f"{owner} {text[possessive.end() :]}"
    match = _PRONOUN.match(text)
    if not match:
        return text
    noun = match.group("noun") or ""
    if _PEOPLE.fullmatch(noun):
        # "These patients typically present with …" are patients with the referent, not it
        return f"{noun.capitalize()} with {referent}{text[match.end() :]}"
    return f"{name}{text[match.end() :]}"


def _replace_fronted_pronoun(text: str, referent: str) -> str:
    fronted = _FRONTED_PRONOUN.match(text)
    if fronted is None:
        return text
    opening = text[: fronted.start("pronoun")]
    # "Worldwide it is …" → "Worldwide, X is …": the adverb set off, so it stays no word of
    # the name a reader takes as the subject
    opening = opening if opening.rstrip().endswith(",") else f"{opening.rstrip()}, "
    # ("Leiomyosarcoma of the IVC (IVC-LMS) is rare. Although rare, it is …": the name
    # stands in without the abbreviation it was introduced with)
    name = without_abbreviation(referent)
    return f"{opening}{name[:1].upper()}{name[1:]}{text[fronted.end('pronoun') :]}"


_INTRODUCED_ABBREVIATION = re.compile(r"\s\((?=[a-z]{0,3}[A-Z]{2})[A-Za-z0-9-]{2,12}\)$")


def without_abbreviation(name: str) -> str:
    """A name without the abbreviation it was introduced with ("Juvenile idiopathic arthritis
    (JIA)" → "Juvenile idiopathic arthritis")."""
    return _INTRODUCED_ABBREVIATION.sub("", name)


def _leading_pronoun(sentence: str) -> tuple[str, str] | None:
    """The sentence's leading pronoun as a subject ("It", "They") and its noun ("These
    lesions"), a possessive read as its owner ("Its" as "It"), or None."""
    if possessive := _POSSESSIVE.match(sentence):
        return _OWNER_OF[possessive.group("pronoun")], ""
    if match := _PRONOUN.match(sentence):
        if (match.group("noun") or "").lower() in _ACCOUNT_NOUNS:
            return None  # "These figures are approximations": the page's account, no thing
        return match.group("pronoun"), match.group("noun") or ""
    return None


def _agrees(pronoun: str, noun: str, antecedent: str) -> bool:
    """Number agreement: "They"/"These lesions" need a plural, "It"/"This tumour" a
    singular; "These tumours" also needs no other head noun than "tumours"-like ones."""
    plural = pronoun in {"They", "These", "Those"} or (pronoun == "Such" and is_plural(noun))
    if is_plural(antecedent) != plural:
        return False
    if _OBSERVATION_NOUN.fullmatch(noun):
        # "… producing the rim sign. This sign has …": a sign, a test or a finding is no
        # condition or organ, so it stands for a subject of its own kind only
        return (
            word_stem(antecedent.rsplit(maxsplit=1)[-1]) == word_stem(noun) if antecedent else False
        )
    return True


# Nouns of what is seen or done, not of what has it: "This sign", "These findings".
_OBSERVATION_NOUN = re.compile(
    r"signs?|patterns?|appearances?|findings?|features?|tests?|techniques?|methods?|"
    r"sequences?|examinations?|scans?|studies|study",
    re.I,
)


# Nouns of the page's own account (its figures, terms, criteria): "These figures", "These
# terms" point back to words or numbers, never to the thing a sentence before named.
_ACCOUNT_NOUNS = frozenset(
    (
        *("figures", "numbers", "data", "estimates", "results", "values", "statistics"),
        *("rates", "terms", "names", "criteria", "studies", "reports", "series", "definitions"),
        *("observations", "descriptions", "classifications", "systems", "schemes"),
    )
)


def _referent(  # noqa: PLR0911 (one rule per return: each says why)
    sentence: str,
    section: Section,
    *,
    previous: str,
    title: str,
    first_in_section: bool,
    previous_text: str = "",
) -> str:
    """What a leading pronoun stands for, or "" (no pronoun, or not sure)."""
    leading = _leading_pronoun(sentence)
    if leading is None:
        return ""
    pronoun, noun = leading
    if _IMAGING_HEADING.search(section.path):
        # "It is normal in ~12%" under "Radiograph" is the radiograph; after a sentence that
        # opened on a test ("Conventional sialography outlines the ducts. It is
        # contraindicated in acute infection"), "It" is that test
        named_test = pronoun == "It" and not noun and _TEST_NAME.fullmatch(previous.strip())
        if named_test:
            return previous
        # "The cysts follow CSF signal … They most commonly arise at S2": a plural pronoun
        # after the title's own head noun is the title (a test is named in the singular)
        plural_own = (
            pronoun in {"They", "These"} and not noun and _names_title_head(previous, title)
        )
        return _in_number(title, pronoun) if plural_own else ""
    if pronoun == "It" and not noun and _PEOPLE.match(previous_text) and not is_plural(title):
        # "Most patients present in their fifties. It is also the most common … in
        # children": "It" cannot be the people the sentence before was about; the topic is
        return title
    if (
        pronoun == "It"
        and not noun
        and _EPIDEMIOLOGY_SUBJECT.search(previous)
        and _CONDITION_VERB.match(sentence)
    ):
        # "A slight male predilection is quoted. It occurs in 1 in 5000 births": a figure of
        # the disease's cannot occur; the disease the paragraph is about does
        return title
    if previous:
        if same_name(previous, title):
            return _in_number(previous, pronoun)
        named_method = _TEST_NAME.fullmatch(previous.strip()) or _METHOD.fullmatch(previous.strip())
        if _CONDITION_PREDICATE.match(sentence) and named_method:
            # "Histology shows inflammation. It is a diagnosis of exclusion": a test is no
            # diagnosis or disease; the pronoun is the article's own condition
            return _in_number(title, pronoun)
        if _agrees(pronoun, noun, previous):
            return previous
        return ""
    if _PRONOUN.match(sentence) and not _LISTED_VERB_AFTER.match(sentence):
        # "It focuses on the sphincter" opening a "Treatment" section: a verb the closed list
        # lacks reads its pronoun only as the subject just before, never as a section's topic
        return ""
    if not first_in_section:
        # No readable subject before: only the article's own subject, if that sentence
        # names it ("58% of hepatic neoplasms are metastases. They are …"); else not sure.
        return _in_number(title, pronoun) if _mentions(previous_text, title) else ""
    heading = section.heading
    if heading and not _GENERIC_HEADING.search(heading) and len(heading.split()) <= 6:
        return _in_number(heading, pronoun)  # a section on one subtype ("Secondary glioblastoma")
    return _in_number(title, pronoun)


# A subject that is a figure of a disease's epidemiology ("A slight male predilection", "The
# peak incidence"), and a predicate only a disease has ("It occurs in", "It affects").
_EPIDEMIOLOGY_SUBJECT = re.compile(
    r"\b(?:predilection|predominance|preponderance|ratio|incidence|prevalence|peak|age)$",
    re.I,
)
_CONDITION_VERB = re.compile(
    r"^It\s(?:(?:usually|typically|mostly|most\soften|commonly|also)\s)?(?:occurs|affects|arises|"
    r"presents|develops|is\s(?:(?:more|most|less|very)\s)?(?:common|rare|seen|found|diagnosed))\b"
)


# "It is a diagnosis of exclusion", "It is a rare disorder": a predicate that only a
# condition can have.
_CONDITION_PREDICATE = re.compile(
    r"^(?:it|this)\s(?:is|was|remains)\s(?:(?:a|an|the)\s)?(?:[\w-]{1,20}\s){0,3}?"
    r"(?:diagnosis|disease|disorder|condition|entity|syndrome|tumou?r|neoplasm|malformation|"
    r"infection)\b",
    re.I,
)
# A test other than imaging (``_TEST_NAME``), or a treatment, named as a sentence's subject.
_METHOD = re.compile(
    r"(?:[\w-]+\s){0,2}(?:histology|histopathology|biopsy|cytology|cultures?|serology|"
    r"examination|imaging|treatment|therapy|surgery|resection|excision)",
    re.I,
)


def _names_title_head(phrase: str, title: str) -> bool:
    """Whether ``phrase`` is the title or "the" and the title's head noun in the plural
    ("The cysts" for "Tarlov cyst")."""
    if same_name(phrase, title):
        return True
    words = phrase.lower().split()
    return (
        len(words) == 2
        and words[0] == "the"
        and is_plural(words[1])
        and title.lower().split()[-1] in singular_forms(words[1])
    )


# The name of one test or imaging technique, a pronoun's referent in an imaging section.
_TEST_NAME = re.compile(
    r"(?:[\w-]+\s){0,3}(?:ultrasound|ultrasonography|sonography|echocardiography|CT|MRI|"
    r"PET(?:[-/]CT)?|radiograph|radiography|mammography|fluoroscopy|scintigraphy|"
    r"[a-z]+graphy|bone scan|tomosynthesis|elastography|enteroclysis|swallow|enema)",
    re.I,
)


# A sentence about people ("Most patients …", "Affected children …", "Women are …").
_PEOPLE = re.compile(
    r"^(?:(?:most|many|some|all|few|affected|these|the|older|younger|adult|elderly)\s){0,2}"
    r"(?:patients|people|persons|individuals|women|men|children|adults|infants|neonates|"
    r"boys|girls|males|females|adolescents)\b",
    re.I,
)


def names_people(phrase: str) -> bool:
    """Whether ``phrase`` names people ("Most patients", "affected children", "women")."""
    return _PEOPLE.match(phrase) is not None


def _in_number(name: str, pronoun: str) -> str:
    """A singular name made plural for "They" ("angiomyolipoma" → "angiomyolipomas",
    "metastasis" → "metastases"), so the sentence stays grammatical; names it cannot
    pluralise plainly (or with a parenthesis) stay as they are."""
    if pronoun not in {"They", "These", "Those"} or is_plural(name) or "(" in name:
        return name
    if name.endswith("sis"):
        return f"{name[:-3]}ses"
    if name.endswith(("a", "oma", "cyst", "tumour", "tumor", "lesion", "nodule", "mass")):
        return f"{name}es" if name.endswith("ss") else f"{name}s"
    return name


# A pronoun subject after a fronted phrase, with or without its comma; after one to three
# words set off by a comma ("Untreated, it leads to …", "If left untreated, they …"); or after
# a sentence adverb ("Worldwide it is …", "Histologically they are …").
_FRONTED_PRONOUN = re.compile(
    r"^(?:(?:In|Among|For|After|Before|Within|Beyond|During|Outside|Throughout|Despite|Unlike|"
    r"Like|Once|Apart\sfrom)\s[^,;:.]{1,60}?,?"
    r"|[A-Z][a-z-]{1,20}(?:\s[a-z-]{2,20}){0,2},"
    r"|[A-Z][a-z]{2,20}ly|Worldwide|Overall|Currently|Today)\s(?P<pronoun>it|they)\s",
)


# "calcific tendinitis: smaller, … supraspinatus tophaceous pseudogout (tumoral CPPD): older
# patients, … gout: tophi are less dense …": a plain-text list whose entries ran together into
# one line, no sentence end between them. Which words belong to which label is lost, so no
# sentence of it is read: a figure or sign of one entry would be filed under the page.
_ENTRY_LABEL = re.compile(r"[A-Za-z)]:\s")
_MIN_GLUED_LABELS = 3


def is_glued_list(text: str) -> bool:
    """Whether a sentence is several list entries run together (see ``_ENTRY_LABEL``): a
    run of labels with no semicolon between them ("T1: low; T2: high; DWI: …" is a written
    line of its own)."""
    if text.count(": ") < _MIN_GLUED_LABELS or ";" in text:
        return False
    return len(_ENTRY_LABEL.findall(text)) >= _MIN_GLUED_LABELS and not _SENTENCE_FINAL.search(
        text.strip()
    )


def _referents(article: Article) -> Iterator[Sentence]:
    """Every sentence of every paragraph with its pronoun's referent: the subject of the
    sentence before it in the same section (when it agrees in number), else, for the first
    sentence of a section, the section's own subject (a specific heading, or the title)."""
    for section in article.sections:
        previous = ""
        last_text = ""
        first = True
        for block in section.blocks:
            if block.kind is not BlockKind.PARAGRAPH:
                continue
            for text in split_sentences(block.text):
                if is_glued_list(text):
                    continue
                fronted = _FRONTED_PRONOUN.match(text)
                # "In adults, it is …": the pronoun after the fronted phrase is read as a
                # leading one would be ("It is …")
                inner = text[fronted.start("pronoun") :] if fronted else text
                referent = _referent(
                    inner[:1].upper() + inner[1:],
                    section,
                    previous=previous,
                    title=article.title,
                    first_in_section=first,
                    previous_text=last_text,
                )
                if _POSSESSIVE.match(text) and not same_name(referent, article.title):
                    # "The operation is difficult. Its prognosis is excellent": a possessive
                    # often skips the last subject for the topic; read only as the title's
                    referent = ""
                # (a fronted pronoun's referent is kept apart: only the rank reader reads it)
                yield Sentence(
                    text,
                    section,
                    block.text,
                    "" if fronted else referent,
                    fronted_referent=referent if fronted else "",
                )
                first = False
                if fronted:
                    # "Beyond infancy it …", "In adults, they …": the pronoun after a fronted
                    # phrase goes on about the same subject, which stays the topic
                    previous = referent or previous
                    continue
                last_text = text
                # A pronoun sentence carries its referent on ("… They are rare. They occur …").
                previous = referent if _leading_pronoun(text) else _topic(text)


# --- shares and citations ----------------------------------------------------------------

_WORD_NUMBERS = {
    "one": 1,
    "a": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "thousand": 1000,
    "a thousand": 1000,
}
_FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
_NUMBER_WORD = (  # longest first: "a hundred" before "a"
    r"(?:(?:a\s)?hundred|(?:a\s)?thousand|one|a|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|fifteen|twenty|thirty|forty|fifty)"
)
# "one in five", "nine in ten": the counted few of a share in words.
_IN_NUMERATOR = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# "two-thirds", "up to a third", "half", "one in five", "1 in 10".
_WORD_SHARE = re.compile(
    rf"(?<![\w-])(?P<value>(?:{_QUALIFIER}\s{{1,3}})?"
    rf"(?:(?:(?P<num>{_NUMBER_WORD})[\s-](?P<frac>half|third|quarter|fourth|fifth|tenth)s?|"
    # not "a third ventricle"; "half are bilateral", "a third have …" are shares
    r"(?P<half>half))(?=\s{0,3}(?:of\b|the\b|[,;.)]|$|(?:are|were|have|had|show|develop|"
    # "half to two-thirds": a range whose ends are joined below (_join_ranges)
    r"occur|arise|present|progress|recur|die|survive|require|to)\b))|"
    # "two to five per cent": a figure in words with "per cent"
    rf"(?P<wlow>{_NUMBER_WORD})(?:\s(?:to|or)\s(?P<whigh>{_NUMBER_WORD}))?\sper\s?cent\b|"
    r"(?<!grade\s)(?<!type\s)(?<!stage\s)(?<!class\s)(?<!level\s)"
    # "1 in 500 to 1 in 1000" is one range: neither end alone is the share
    r"(?<!\d\sto\s)(?<!\d\s[-–]\s)(?<!\d[-–])"
    rf"(?P<one>{_IN_NUMERATOR}|\d{{1,2}})\sin\s(?P<many>{_NUMBER_WORD}|\d{{1,4}})(?![\d,])"
    r"(?!\s{0,2}(?:-|–|to)\s{0,2}(?:1|one)\sin\s))"
    r")(?![\w-])",
    re.I,
)
_WORD_HINT = re.compile(
    rf"half|third|quarter|fourth|fifth|tenth|\d\sin\s|{_IN_NUMERATOR}\sin\s|per\s?cent"
)
# A word that a figure in parentheses makes exact: "the vast majority (>90%)", "rare (<1%)".
_WORDED_FIGURE = re.compile(
    r"(?:the\s)?(?:(?:vast|great|overwhelming)\s)?(?:majority|minority|most|rare|rarely|"
    r"uncommon|uncommonly|common|commonly|frequent|frequently|infrequent|occasional|"
    r"occasionally|unusual)\s{0,3}\(\s{0,3}$",
    re.I,
)

# "It is bilateral in the majority of patients (about 80-90%)": the bracket makes the whole
# phrase exact, so the share spans it and the words before it ("bilateral in") say what is
# counted, as in "bilateral in about 80-90% of patients".
_WORDED_PEOPLE = re.compile(
    r"(?<=\bin\s)(?:(?:the\s)?(?:(?:vast|great|overwhelming)\s)?(?:majority|minority)\sof\s"
    r"(?:the\s)?|most\s|many\s)(?:affected\s)?(?:patients|cases|people|individuals|children|"
    r"adults|infants|women|men)\s{0,3}\(\s{0,3}$",
    re.I,
)


_SHARE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})?")


def _bounds(value: str) -> tuple[float, float]:
    numbers = [float(n) for n in _SHARE_NUMBER.findall(value)[:2]]
    if not numbers:
        return 0.0, 0.0
    return numbers[0], numbers[-1]


def _word_bounds(match: re.Match[str]) -> tuple[float, float] | None:
    if match.group("wlow"):
        low = _WORD_NUMBERS.get(match.group("wlow").lower(), 0)
        high = _WORD_NUMBERS.get((match.group("whigh") or match.group("wlow")).lower(), 0)
        return (float(low), float(high)) if 0 < low <= high <= 100 else None
    if match.group("half"):
        share = 50.0
    elif match.group("frac"):
        count = _WORD_NUMBERS.get(match.group("num").lower(), 1)
        share = 100.0 * count / _FRACTIONS[match.group("frac").lower()]
    else:
        one, many = match.group("one").lower(), re.sub(r"\s+", " ", match.group("many").lower())
        top = float(_WORD_NUMBERS.get(one, 0) or one)
        bottom = float(_WORD_NUMBERS.get(many, 0) or many)
        if not bottom or top >= bottom:
            return None
        share = 100.0 * top / bottom
    return round(share, 1), round(share, 1)


@cached_list
def find_percents(text: str) -> list[Percent]:
    """Every share a sentence states, in order: figures ("~15 %", "50–60%", "10% to 20%")
    with their qualifier, figures that make a word exact ("the vast majority (>90%)" is
    ">90%", spanning the words) and shares in words ("two-thirds", "up to a third",
    "one in five"). A citation number after a figure ("~90 % 9") is never part of it."""
    found: list[Percent] = []
    lower = text.lower()
    # Cheap tests first: most sentences state no share, and a scan costs more than a look.
    figures = PERCENT.finditer(text) if "%" in text or "per" in lower else ()
    for match in figures:
        start, end = match.start(), match.end()
        worded = _WORDED_FIGURE.search(text, max(0, start - 40), start) or _WORDED_PEOPLE.search(
            text, max(0, start - 60), start
        )
        if worded and (close := re.match(r"\s{0,3}\)", text[end:])):
            start, end = worded.start(), end + close.end()
        value = normalise_value(match.group("value"))
        found.append(Percent(value, start, end, *_bounds(value)))
    words = _WORD_SHARE.finditer(text) if _WORD_HINT.search(lower) else ()
    for match in words:
        if any(p.start <= match.start() < p.end for p in found):
            continue
        if _PART_OF_A_THING.search(text, max(0, match.start() - 14), match.start()):
            continue  # "the medial half of the clavicle": a part of a thing, no share
        bounds = _word_bounds(match)
        if bounds is not None:
            value = re.sub(r"\s+", " ", match.group("value"))
            found.append(Percent(value, match.start(), match.end(), *bounds))
    return _join_ranges(text, sorted(found, key=lambda p: p.start))


# A side or an order before a fraction makes it a part of a thing or of a time ("the medial
# half of the clavicle", "the first third of pregnancy"), no share of cases.
_PART_OF_A_THING = re.compile(
    r"\b(?:medial|lateral|upper|lower|proximal|distal|anterior|posterior|inner|outer|left|"
    r"right|superior|inferior|first|second|last|other|front|back|top|bottom|middle)\s+$",
    re.I,
)


# "half to two-thirds", "between one in ten and one in three": two shares that are the ends
# of one range are one share.
_RANGE_JOIN = re.compile(r"\s{1,3}(?:to|and|-|–)\s{1,3}")
_BETWEEN = re.compile(r"\bbetween\s{1,3}$", re.I)


def _join_ranges(text: str, found: list[Percent]) -> list[Percent]:
    joined: list[Percent] = []
    for percent in found:
        last = joined[-1] if joined else None
        gap = text[last.end : percent.start] if last else ""
        # ("1 in 400 and 1 in 1000": a range of rates may fall from its first end)
        apart = last is not None and (last.high < percent.low or percent.high < last.low)
        if last and _RANGE_JOIN.fullmatch(gap) and apart:
            # "and" joins a range only after "between" ("in 10% and 20% of cases" is two)
            between = _BETWEEN.search(text, max(0, last.start - 12), last.start)
            if between or "and" not in gap:
                start = between.start() if between else last.start
                value = re.sub(r"\s+", " ", text[start : percent.end])
                low, high = min(last.low, percent.low), max(last.high, percent.high)
                joined[-1] = Percent(value, start, percent.end, low, high)
                continue
        joined.append(percent)
    return joined


# Words a number is part of a name after ("type 2", "grade 4", "stage 3", "T2"), never a
# citation.
_NUMBERED_NAME = re.compile(
    r"(?:type|types|genotype|genotypes|subtype|subtypes|grade|grades|stage|stages|class|level|"
    r"levels|group|phase|zone|factor|"
    r"chromosome|trisomy|segment|segments|rib|ribs|day|days|week|weeks|year|years|decade|"
    r"CN|[TCLS])",
    re.I,
)
_CITATION = re.compile(
    r"(?<=[A-Za-z%)\].,;:])(?P<prefix>[.,;:]?)\s{0,2}\d{1,3}(?:\s{0,2}[,–-]\s{0,2}\d{1,3}){0,8}"
    r"\s{0,2}(?P<end>[.;]?)\s{0,2}$"
)


@lru_cache(maxsize=_REMEMBERED)
def strip_citation(text: str) -> str:
    """A phrase without the citation markers the page's superscripts left at its end:
    "adamantinomatous (children): ~90 % 9" → "… ~90 %"; "in 20% of patients 23." →
    "… patients."; "neurofibromatosis type 2" and "grade 4" are kept."""
    match = _CITATION.search(text)
    if not match:
        return text
    before = text[: match.start()].rstrip()
    last_word = before.rsplit(maxsplit=1)[-1] if before.split() else ""
    if not match.group("prefix") and _NUMBERED_NAME.fullmatch(last_word):
        return text
    if match.group(0)[:1].isdigit() and _glued_to_a_symbol(last_word, match.group(0)):
        return text
    return f"{before}{match.group('prefix') or match.group('end')}"


# A marker or gene symbol ends in its number ("CD34", "HER2", "BRCA2", "Ki67"); a citation
# glued to an imaging acronym ("on MRI2") is still a citation.
# ("HLA-B27", "IgG4", "SLC20A2": a hyphenated symbol, one with a small letter inside or a
# gene family's number before its member's letter ends so too)
_SYMBOL_LETTERS = re.compile(
    r"(?:[A-Z]{1,5}|[A-Z][a-z][A-Z]?|[A-Z]{2,5}\d{1,3}[A-Z])(?:-[A-Z]{1,3})?"
)
_IMAGING_ACRONYMS = frozenset({"CT", "MR", "MRI", "PET", "US", "DWI", "ADC", "SWI", "FLAIR"})


def _glued_to_a_symbol(letters: str, number: str) -> bool:
    """True when ``number`` (written right after ``letters``, no space) is part of a name."""
    digits = number.strip(" .;")
    return (
        digits.isdigit()
        and bool(_SYMBOL_LETTERS.fullmatch(letters))
        and letters not in _IMAGING_ACRONYMS
    )


# A bracketed aside with no bracket inside it.
PARENTHETICAL = re.compile(r"\([^()]*\)")
LABEL_WORDS = 6  # a list entry's name before ": detail" is short (parentheses not counted)


_NAME_WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=_REMEMBERED)
def split_label(text: str) -> tuple[str, str]:
    """ "name: detail" → ("name", "detail") when the name is a short label;
    "solitary fibrous tumour (previously haemangiopericytoma): lobulated" splits too, as
    words in parentheses do not count; prose with a colon stays whole: (text, "")."""
    name, sep, detail = text.partition(": ")
    words = _NAME_WORD.findall(PARENTHETICAL.sub("", name))
    if sep and detail.strip() and len(words) <= LABEL_WORDS:
        inner, inner_sep, rest = detail.partition(": ")
        inner_words = _NAME_WORD.findall(PARENTHETICAL.sub("", inner))
        if _MARKER.match(name.strip()) and inner_sep and rest.strip() and len(inner_words) <= 4:
            # "B: cholestasis: jaundice …": the letter only numbers the entry, whose name
            # follows it ("B: cholestasis")
            return f"{name.strip()}: {inner.strip()}", rest.strip()
        if is_glued_list(text):
            # "calcific tendinitis: smaller, … supraspinatus tophaceous pseudogout (tumoral
            # CPPD): older patients, …": a plain-text list whose entries ran together; what
            # follows the first label is not all its own
            return text.strip(), ""
        return name.strip(), detail.strip()
    return text.strip().rstrip(":").strip(), ""


# "hibernoma, which is less fatty on T1 and shows prominent vessels", "cerebral abscess,
# with a smooth complete rim": a listed differential described by a relative clause or a
# "with" phrase instead of a colon. A hedged clause ("which can mimic …") is left whole for
# the readers, which stop at the hedge.
_RELATIVE_ENTRY = re.compile(
    r"^(?P<name>[^,:;.()]+(?:\([^()]*\))?[^,:;.()]*),\s+(?:(?:which|that)\s+"
    r"(?:(?:is|are)\s+|(?:has|have|shows?|contains?|demonstrates?|displays?)\s+)?|with\s+)"
    r"(?P<detail>[^.]+)\.?$",
    re.I,
)
# "… and shows prominent vessels": a second predicate of the clause, read as another piece.
_NEXT_PREDICATE = re.compile(
    r"\s+and\s+(?:is|are|shows?|has|have|contains?|demonstrates?|displays?)\s+", re.I
)
_NAME_VERB = re.compile(r"\b(?:is|are|was|were|has|have|may|can|shows?|should|will)\b", re.I)


def split_relative_entry(text: str) -> tuple[str, str]:
    """ "name, which is/has/shows detail" or "name, with detail" → ("name", "detail"), a
    second predicate joined by "and" made a piece of its own ("; "); ("", "") for anything
    else, such as prose (a name of more than a label's words, or with a verb)."""
    entry = _RELATIVE_ENTRY.match(text.strip())
    if not entry:
        return "", ""
    name = entry.group("name").strip()
    words = _NAME_WORD.findall(PARENTHETICAL.sub("", name))
    if not words or len(words) > LABEL_WORDS or _NAME_VERB.search(name):
        return "", ""
    return name, _NEXT_PREDICATE.sub("; ", entry.group("detail").strip())


def split_differential_entry(text: str) -> tuple[str, str]:
    """A listed differential's (name, description): "name: description" (``split_label``),
    else "name, which …" / "name, with …" (``split_relative_entry``); the description is ""
    when the entry has none."""
    name, description = split_label(text)
    return (name, description) if description else split_relative_entry(text)


# A label that only numbers or letters a list entry: "A", "B", "2", "iv)".
_MARKER = re.compile(r"^(?:[A-Z]|\d{1,2}|[ivx]{1,4})[.)]?$")


def mask_numbers(text: str) -> str:
    """The text with every number replaced by "#": a key that survives corrected values."""
    return _NUMBER.sub("#", text)


_SPACED_PERCENT = re.compile(r"(\d)\s+%")
_SPACED_RANGE = re.compile(r"(\d)\s*[-–]\s*(\d)")
_SPACES = re.compile(r"\s+")


def normalise_value(value: str) -> str:
    """Tidy a figure for display: "22 %" → "22%", "10 - 20%" → "10-20%"; words kept."""
    value = _SPACED_PERCENT.sub(r"\1%", value.strip())
    value = _SPACED_RANGE.sub(r"\1-\2", value)
    return _SPACES.sub(" ", value)


def _resolved(article: Article, section: Section, statement: str) -> str:
    """The statement with its leading pronoun replaced by what it stands for: a sentence of
    the article by its referent (kept as written when unsure), any other line by the
    title as before (list lines seldom open with a pronoun)."""
    if not statement:
        return statement
    referent = _parsed(article)[1].get((section.path, statement))
    if referent is None:
        return resolve_pronoun(statement, article.title, section)
    return _replace_pronoun(statement, referent) if referent else statement


def make_fact(
    kind: FactKind,
    article: Article,
    section: Section,
    source_text: str,
    *,
    key: tuple[str, ...],
    subject: str,
    value: str,
    item: str = "",
    attribute: str = "",
    group: str = "",
    statement: str = "",
) -> Fact:
    """A Fact with its id made from ``key`` (which names the fact, never its value)."""
    return Fact(
        id=make_fact_id(kind, article.slug, *key),
        kind=kind,
        subject=subject,
        value=value,
        item=item,
        attribute=attribute,
        group=group,
        statement=_resolved(article, section, statement),
        source=SourceRef(
            article=article.slug, title=article.title, section=section.path, text=source_text
        ),
    )


def definition_of(article: Article, section: Section, text: str, name: str, phrase: str) -> Fact:
    """The definition fact of a named thing: ``name`` is what ``phrase`` defines, stated in
    the sentence ``text`` (one id per name: a name is defined once)."""
    return make_fact(
        FactKind.DEFINITION,
        article,
        section,
        text,
        key=("definition", name),
        subject=name,
        value=phrase,
        item=name,
        statement=text,
    )
