"""What an article is: a file quizgen turns into study material, told apart from the other
text files a folder or a command line may name (a README, docs, a licence, notes).

A reference article is prose about medicine: a title and body paragraphs or lists that use
the words of clinical medicine and imaging ("patients", "lesion", "CT", "diagnosis"). Two
kinds of file are refused, by their form and by their words, never by one article's topic:

- documentation: a tenth or more of its non-blank lines are code blocks, table rows or
  shell commands, which reference articles never carry (the README, docs/extraction.md);
  but in a text that names ``MIN_ARTICLE_TABLE_WORDS`` or more distinct words of the clinical
  vocabulary below, a table without `code` in it is the article's own (a classification, a
  differential, a frequency table) and does not count: the articles of the corpora name 19
  or more outside their tables, the project's docs 10 at most in all;
- a text about something else: fewer distinct words of the closed clinical and imaging
  vocabulary below than one per 100 words, up to ``MIN_CLINICAL_WORDS`` (docs/quiz.md,
  431 words, names one; a licence none; articles of the corpora name 18 or more, and a
  test's two-sentence article one).
"""

from __future__ import annotations

import re

__all__ = ["MAX_CODE_SHARE", "MIN_CLINICAL_WORDS", "not_an_article_problem"]

MAX_CODE_SHARE = 0.1
MIN_CLINICAL_WORDS = 5
MIN_ARTICLE_TABLE_WORDS = 12
# Stems of words of clinical medicine, pathology and imaging common to articles on any
# organ, looked for at the start of a word ("patient" counts "patients"; "tumo" both
# spellings); a text counts each stem once.
_CLINICAL_STEMS = (
    *("patient", "disease", "disorder", "syndrome", "lesion", "tumo", "mass", "cancer"),
    *("carcinoma", "infection", "fracture", "injur", "inflammat", "clinical", "diagnos"),
    *("prognos", "treatment", "therap", "surg", "patholog", "epidemiolog", "incidence"),
    *("prevalence", "symptom", "imaging", "radiograph", "ultraso", "sonograph", "scintigra"),
    *("mammogra", "angiogra", "contrast", "enhanc", "attenuat", "hyperintens", "hypointens"),
    *("hyperecho", "hypoecho", "differential", "aetiolog", "etiolog", "benign", "malignan"),
    *("metasta", "acute", "chronic", "congenital", "anatom", "vascular", "arter", "vein"),
    *("bone", "tissue", "cells", "blood", "pain"),
)
_WORD_STARTS = (" ", "\n", "(", ">", '"', "-", "*")
_ACRONYMS = re.compile(r"\b(?:CT|MRI|PET|US)\b")
_CODE_MARKS = ("```", "~~~", "|", "$ ", ">>> ", "#! ")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_TABLE_ROW = re.compile(r"^\s{0,3}\|.{0,10000}\|\s{0,10}$")
_SHELL = re.compile(r"^\s{0,8}(?:\$|>>>|#!)\s")


def _code_lines(lines: list[str], *, article_tables: bool) -> int:
    """Lines inside code fences (fences included), table rows and shell prompts; with
    ``article_tables``, the rows of a table without `code` in it are an article's (its
    classification, differential or frequency table), not code."""
    count, fenced = 0, False
    table: list[str] = []
    for line in (*lines, ""):
        if not fenced and _TABLE_ROW.match(line):
            table.append(line)
            continue
        if table:
            count += 0 if article_tables and not any("`" in row for row in table) else len(table)
            table = []
        if _FENCE.match(line):
            fenced = not fenced
            count += 1
        elif fenced or _SHELL.match(line):
            count += 1
    return count


def _clinical_words(text: str, needed: int) -> int:
    """How many stems of the vocabulary start a word of ``text``, counting up to the minimum
    only: substring searches, as a regex of the vocabulary took a visible share of reading
    the benchmark's 1,000 articles."""
    lower = text.lower()
    found: set[str] = set()
    for stem in _CLINICAL_STEMS:
        if len(found) >= needed:
            return len(found)
        if any(f"{before}{stem}" in lower for before in _WORD_STARTS):
            found.add(stem)
    return len(found | set(_ACRONYMS.findall(text)))


def not_an_article_problem(text: str) -> str:
    """Why ``text`` is not a reference article ("" when it is one); see the module docstring.

    Returns:
        One clause for the error line, or "".
    """
    lines = [line for line in text.splitlines() if line.strip()]
    code = 0
    if any(mark in text for mark in _CODE_MARKS):
        code = _code_lines(lines, article_tables=False)
        if lines and code / len(lines) >= MAX_CODE_SHARE:
            # the words of an article (the vocabulary's stems, many) make its tables its
            # own; asked only when its tables would refuse it (counting words is the cost)
            words = _clinical_words(text, MIN_ARTICLE_TABLE_WORDS)
            code = _code_lines(lines, article_tables=words >= MIN_ARTICLE_TABLE_WORDS)
    if lines and code / len(lines) >= MAX_CODE_SHARE:
        return (
            f"not an article: {code} of its {len(lines)} lines are code, tables or commands "
            "(documentation?); quizgen reads reference articles"
        )
    # a short article (a note, a test's two sentences) names fewer; one per 100 words
    needed = min(MIN_CLINICAL_WORDS, 1 + len(text.split()) // 100)
    found = _clinical_words(text, needed)
    if found < needed:
        return (
            f"not an article: {found} distinct clinical or imaging words where an article "
            f"of its length uses at least {needed} (patients, lesion, CT, diagnosis, ...)"
        )
    return ""
