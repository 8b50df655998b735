"""Inline text clean-up shared by the readers: markup remnants, citation markers, spacing."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CHROME_HEADINGS",
    "TERMINAL_HEADINGS",
    "clean_inline",
    "is_banner",
    "is_byline",
    "is_chrome_heading",
    "is_site_line",
    "is_widget_text",
    "markdown_link_texts",
    "same_as_title",
]

# Page furniture around a Radiopaedia-style article: never article text. Sections with
# these headings are dropped whole; terminal ones end the article body in plain text.
TERMINAL_HEADINGS = frozenset(
    {
        "references",
        "incoming links",
        "promoted articles",
        "promoted articles (advertising)",
        "cases and figures",
        "imaging differential diagnosis",
        "article information",
        "share article",
        "related radiopaedia articles",
        "quiz questions",
        "multiple choice questions",
    }
)
CHROME_HEADINGS = TERMINAL_HEADINGS | frozenset(
    {
        "on this page",
        "on this page:",
        "see also",
        "citation, doi, disclosures and article data",
        "images",
        "articles",
        "cases",
        "courses",
        "by section",
        "by system",
        "by section:",
        "by system:",
    }
)

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
# Citation markers: "[3]", "[3,4]", "[3-5]", "^3" — never bare numbers, which may be data.
_CITATION = re.compile(r"\s?(?:\[\d+(?:\s*[,–-]\s*\d+)*\]|\^\d+(?:[,–-]\d+)*)")
# Bare citation markers, as plain-text and markdown dumps of a page leave them: a number run
# ("23", "6-8", "7,9") after a word at the end of a sentence ("… a presenting feature 6-8."),
# glued to a lower-case word ("patients23.") or glued after punctuation ("adults.4 The").
# Never four digits (years), never after a word that takes a number ("grade 2.", "type 1.",
# "trisomy 21.", "BI-RADS 4."), never before a unit ("1-2 cm").
_REF = r"\d{1,3}(?:\s?[,–-]\s?\d{1,3})*"
_SPACED_CITATION = re.compile(rf" (?P<word>\S+) (?P<ref>{_REF})(?=[.;]?$|[.;]\s)")
_GLUED_CITATION = re.compile(rf"\b(?P<word>[a-z]{{3,}})(?P<ref>{_REF})(?=[.,;:)]?(?:\s|$))")
_AFTER_PUNCT_CITATION = re.compile(rf"(?<=[A-Za-z)][.,;:]){_REF}(?=\s|$)")
# "… acute bilirubin encephalopathy. 1" at a paragraph's end, or before the next sentence:
# a number after a full stop that ends nothing else is a marker (a sentence is never "1").
_AFTER_FULL_STOP_CITATION = re.compile(rf"(?<=[a-z)]\.)\s{_REF}(?=\s*$|\s[A-Z])")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_NUMBER_TAKERS = frozenset(
    [
        "grade",
        "grades",
        "stage",
        "stages",
        "type",
        "types",
        # a designator of a kind takes its number too ("somatostatin receptor subtype 2;")
        "subtype",
        "subtypes",
        "serotype",
        "serotypes",
        "genotype",
        "genotypes",
        "class",
        "category",
        "categories",
        "level",
        "levels",
        "score",
        "scores",
        "phase",
        "phases",
        "segment",
        "segments",
        "zone",
        "zones",
        "group",
        "groups",
        "trisomy",
        "chromosome",
        "chromosomes",
        "exon",
        "exons",
        "codon",
        "factor",
        "lobe",
        "rib",
        "ribs",
        "week",
        "weeks",
        "day",
        "days",
        "month",
        "months",
        "year",
        "years",
        "age",
        "aged",
        "ages",
        "of",
        "to",
        "than",
        "and",
        "or",
        "between",
        "from",
        "about",
        "approximately",
        "around",
        "nearly",
        "almost",
        "under",
        "over",
        "up",
        "is",
        "was",
        "are",
        "were",
        "be",
        "by",
        "with",
        "at",
        "in",
        "on",
        "into",
        "within",
        "per",
        "times",
        "measures",
        "measuring",
        "measured",
        "reaching",
        "exceeding",
        "exceeds",
        "score:",
        "version",
        # a bound of an age or a size: "it is unusual before 40.", "rarely seen after 65."
        *("before", "after", "above", "below", "beyond", "until", "since", "least", "most"),
        *("roughly", "only", "exceed", "exceeded", "reaches", "equals"),
    ]
)
# Cross-references: "(see brain tumours)", "(see: X)", "(see also X)". One that names a sign or
# pattern keeps its name ("a missing pedicle (absent pedicle sign)"); the others go.
_CROSS_REFERENCE = re.compile(r"\s?\(\s*see(?:\s+also)?\s*:?\s+(?P<target>[^()]+?)\s*\)", re.I)
_NAMED_FINDING = re.compile(r"\b(?:signs?|syndromes?|patterns?|appearances?)$", re.I)
# "technical artefacts, as above", "abscess, see below": a pointer to the page's other text
_AS_ABOVE = re.compile(r",\s(?:as|see)\s(?:above|below)(?=\s?[.;:)]|$)", re.I)
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<!\s)\s+([,.;:)])")  # a run's start only: linear
_SPACE_AFTER_OPEN = re.compile(r"\(\s+")
_DIGIT = re.compile(r"\d")  # every citation pattern needs one (as ``_REF`` reads it)


def clean_inline(text: str) -> str:
    """Plain, single-spaced text: markdown links keep their words, emphasis and citation
    markers go, Unicode is NFC (≥, –, ±, µ and é survive)."""
    # Each pattern is tried only on a text holding the characters it needs (most prose has
    # no link, emphasis or bracket): the same result, a third of the reader's regex time.
    if "[" in text:
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if "[" in text or "^" in text:
        text = _CITATION.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _SPACES.sub(" ", text).strip()
    if _DIGIT.search(text):
        text = strip_citations(text)
    if "(" in text:
        text = _CROSS_REFERENCE.sub(_cross_reference, text)
    if "above" in text or "below" in text:
        text = _AS_ABOVE.sub("", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "(" in text:
        text = _SPACE_AFTER_OPEN.sub("(", text)
    return unicodedata.normalize("NFC", text)


_BARE_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,2})?")
_RATIO = re.compile(r"~?\d{1,3}(?:\.\d{1,2})?:\d{1,3}(?:\.\d{1,2})?")


def _is_citation(word: str, ref: str) -> bool:
    """Whether ``ref`` after ``word`` is a citation marker rather than data."""
    if _THOUSANDS.match(ref.replace(" ", "")):
        return False
    bare = word.strip("([{\"'").lower()
    if word[-1:] in "%)":  # "~90 % 9", "(94%) 3": a figure is already complete
        return True
    if _BARE_NUMBER.fullmatch(bare) or _RATIO.fullmatch(bare):
        return True  # "before the age of 40 3.", "a ratio of 1.6:1 3.": a figure is complete
    if not bare or not bare[-1].isalpha() or bare in _NUMBER_TAKERS:
        return False  # "< 2", "T2 3", "grade 2"
    # An acronym or code takes a number ("BI-RADS 4", "WHO 2"); a plain word does not.
    return not any(c.isupper() for c in word.strip("([{\"'")[1:])


def strip_citations(text: str) -> str:
    """Text without bare citation markers (see ``_SPACED_CITATION``); data numbers stay."""

    def spaced(match: re.Match[str]) -> str:
        if _is_citation(match.group("word"), match.group("ref")):
            return f" {match.group('word')}"
        return match.group(0)

    def glued(match: re.Match[str]) -> str:
        return match.group("word") if not _THOUSANDS.match(match.group("ref")) else match.group(0)

    text = _SPACED_CITATION.sub(spaced, f" {text}")[1:]
    text = _GLUED_CITATION.sub(glued, text)
    text = _AFTER_FULL_STOP_CITATION.sub("", text)
    return _AFTER_PUNCT_CITATION.sub("", text)


def _cross_reference(match: re.Match[str]) -> str:
    target = match.group("target").strip()
    return f" ({target})" if _NAMED_FINDING.search(target) else ""


_MD_LINK_TEXT = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)")


def markdown_link_texts(text: str) -> tuple[str, ...]:
    """The words of every markdown link in ``text`` ("[melanoma](/articles/…)" → "melanoma")."""
    found = (clean_inline(m.group(1)) for m in _MD_LINK_TEXT.finditer(text))
    return tuple(dict.fromkeys(t for t in found if t))


# Promotion lines a page may put before its title: "… FREE OFFER ENDS TODAY!",
# "2024 Update: …", "Subscribe now".
_PROMOTION = re.compile(
    r"^\s*(?:\d{4}\s+update|update|new|announcement|advertisement|sponsored|sale)\s*[:!–-]|"
    r"\b(?:free offer|offer ends|subscribe|sign up|discount|\d+\s*% off|limited time|buy now|"
    r"register now|advertisement|sponsored|gold supporter)\b",
    re.I,
)


def is_banner(line: str) -> bool:
    """A promotion or banner line, never an article's title or text: it shouts (ends in "!"
    or is in capitals) or sells."""
    text = line.strip()
    if not text:
        return False
    return text.endswith("!") or _shouts(text) or bool(_PROMOTION.search(text))


# A site's own lines before a saved page's title: its name or address, its menu, an advert.
_SITE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,})+/?", re.I)
_MENU_WORDS = frozenset(
    [
        "log",
        "in",
        "sign",
        "up",
        "out",
        "register",
        "login",
        "logout",
        "menu",
        "home",
        "search",
        "articles",
        "cases",
        "courses",
        "quiz",
        "quizzes",
        "about",
        "contact",
        "playlists",
        "my",
        "account",
    ]
)


# The authors' line under a page's title: "Dr Ana Ruiz and Dr Li Wei et al.", "By A. Smith".
_BYLINE = re.compile(
    r"(?:(?:by|authors?:)\s{1,3})?(?:(?:dr|prof|professor|a/prof)\.?\s{1,3})?"
    r"[A-Z][^.!?;:]{0,100}?\bet\s{1,3}al\.?"
    r"|(?:by|authors?:)\s{1,3}(?:(?:dr|prof)\.?\s{1,3})?[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){1,3}",
    re.IGNORECASE,
)
_BYLINE_WORDS = 16
# The page's revision line in any wording ("Last revised 3 Nov 2026 by A. Reader", "Updated
# on 2026-11-03"): it names a date or an editor, never a finding. Left in the body it joins
# the lead paragraph and hides the article's opening definition.
_REVISION = re.compile(
    r"(?:last\s+(?:revised|updated|edited|reviewed)|article\s+(?:created|updated)"
    r"|(?:updated|revised|published|edited)\s+(?:on|by))\b[^!?;]{0,100}",
    re.IGNORECASE,
)
_REVISION_DATE = re.compile(
    r"\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\sby\s"
)


def is_byline(line: str) -> bool:
    """The authors' line of a page ("Dr Ana Ruiz and Dr Li Wei et al.") or its revision line
    ("Last revised 3 Nov 2026 by A. Reader"): page furniture. A sentence that cites "Smith et
    al." goes on after the citation and is kept."""
    text = line.strip()
    if len(text.split()) > _BYLINE_WORDS:
        return False
    if _REVISION.fullmatch(text) is not None:
        return _REVISION_DATE.search(text) is not None
    return _BYLINE.fullmatch(text) is not None


# The words of a page's widgets left in a text dump ("Drag", "Drag here to reorder.",
# "Updating… Please wait.", "Alert accept", "Error Unable to process the form."): controls,
# not content, wherever they stand (a case carousel after the differential list).
_WIDGET_TEXT = re.compile(
    r"drag(?:\shere\sto\sreorder)?|(?:updating|loading|saving)(?:…|\.{3})?(?:\splease\swait)?"
    r"|please\swait|alert\saccept|error\sunable\sto\sprocess\sthe\sform\b[^\n]{0,80}"
    r"|thank\syou\sfor\supdating\syour\sdetails",
    re.I,
)


def is_widget_text(text: str) -> bool:
    """A widget's control text ("Drag", "Updating… Please wait."), never an article's."""
    return _WIDGET_TEXT.fullmatch(text.strip().rstrip(".!").strip()) is not None


def is_site_line(line: str) -> bool:
    """A line of the site around a saved page ("Radiopaedia.org", "Log In  Sign Up",
    "Articles  Cases  Courses  Quiz  About", "ADVERTISEMENT: …"), never its title."""
    text = line.strip()
    if not text:
        return False
    if _SITE_ADDRESS.fullmatch(text) or text.lower().startswith("advertisement"):
        return True
    if _SKIP_LINK.fullmatch(text) or is_widget_text(text):
        return True
    # "Radiopaedia.org | Articles | Cases": a menu with separators, each part the site's
    parts = [p.strip() for p in _MENU_SEPARATOR.split(text) if p.strip()]
    if len(parts) > 1:
        return all(_SITE_ADDRESS.fullmatch(p) or _menu_words(p) for p in parts)
    # One menu word alone ("Search", "Menu") is the site's too: no article is titled so.
    return _menu_words(text)


_MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
# An accessibility link at the top of a page ("Skip to main content", "Jump to navigation").
_SKIP_LINK = re.compile(
    r"(?:skip|jump)\s(?:to\s)?(?:the\s)?(?:main\s)?(?:content|navigation|search|menu|main)",
    re.I,
)


def _menu_words(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and all(word in _MENU_WORDS for word in words)


def _shouts(text: str) -> bool:
    """Three words or more, eight letters or more, four in five of them capitals."""
    if len(text.split()) < 3:
        return False
    letters = sum(map(str.isalpha, text))
    # Counted in C first: capitals among all characters are at least those among letters,
    # so a text that is not shouting by this count is not shouting by the exact one.
    if letters < 8 or sum(map(str.isupper, text)) / letters < 0.8:
        return False
    return sum(c.isupper() for c in text if c.isalpha()) / letters >= 0.8


def is_chrome_heading(heading: str) -> bool:
    """True for page-furniture headings ("References", "On this page", …)."""
    return heading.strip().lower().rstrip(":") in CHROME_HEADINGS or heading.strip().lower() in (
        CHROME_HEADINGS
    )


def _singular(word: str) -> str:
    if word.endswith("ses") and len(word) > 4:
        return word[:-2] + "is"  # metastases → metastasis
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "is", "us")) and len(word) > 3:
        return word[:-1]
    return word


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _word_set(text: str) -> frozenset[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _ASCII_WORD.findall(ascii_text)
    return frozenset(_singular(word) for word in words if word not in {"the", "of", "to"})


def same_as_title(synonym: str, title: str) -> bool:
    """A "synonym" that only repeats the title (case, order, plural, punctuation aside)."""
    return _word_set(synonym) == _word_set(title)
