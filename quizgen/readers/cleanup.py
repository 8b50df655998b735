"""Inline text clean-up shared by the readers: markup remnants, citation markers, spacing."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "CHROME_HEADINGS",
    "TERMINAL_HEADINGS",
    "clean_inline",
    "is_chrome_heading",
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
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:)])")
_SPACE_AFTER_OPEN = re.compile(r"\(\s+")


def clean_inline(text: str) -> str:
    """Plain, single-spaced text: markdown links keep their words, emphasis and citation
    markers go, Unicode is NFC (≥, –, ±, µ and é survive)."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = _CITATION.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub("(", text)
    return unicodedata.normalize("NFC", text)


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


def _word_set(text: str) -> frozenset[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", ascii_text)
    return frozenset(_singular(word) for word in words if word not in {"the", "of", "to"})


def same_as_title(synonym: str, title: str) -> bool:
    """A "synonym" that only repeats the title (case, order, plural, punctuation aside)."""
    return _word_set(synonym) == _word_set(title)
