"""Tolerant answer checking: what a radiologist would accept, and near misses to confirm."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from rapidfuzz import fuzz

from quizgen.normalize import normalize_answer, numbers_in

__all__ = ["MAX_ANSWER_CHARS", "NEAR_MISS_SCORE", "Grade", "Verdict", "grade_choice", "grade_typed"]

NEAR_MISS_SCORE = 80  # rapidfuzz ratio (0–100) at which a wrong spelling is a near miss
# No answer is longer than a few words; a pasted page (50,000 characters took 82 s to
# compare) is wrong without being compared.
MAX_ANSWER_CHARS = 300
_LETTERS = "ABCDE"
# Prefixes that reverse a finding: "hyperintense" is never a misspelt "hypointense".
_CONTRASTS = (
    ("hypo", "hyper", "iso"),
    ("intra", "extra", "inter"),
    ("ante", "retro"),
    ("micro", "macro"),
    ("mono", "poly"),
    ("uni", "bi", "multi"),
    ("endo", "exo", "epi"),
    ("pre", "post"),
)


def _contrast(first: str, second: str) -> bool:
    """True when the two differ in a meaning-reversing prefix."""
    for group in _CONTRASTS:
        in_first = {p for p in group if p in first}
        in_second = {p for p in group if p in second}
        if in_first and in_second and in_first != in_second:
            return True
    return False


class Verdict(StrEnum):
    """How an answer compares with the expected one."""

    RIGHT = "right"
    NEAR = "near"  # the user decides
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class Grade:
    """The verdict and what the answer matched."""

    verdict: Verdict
    matched: str = ""
    score: float = 0.0


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Normalised name → its other written forms, from templates/quiz/abbreviations.yaml."""
    import yaml  # noqa: PLC0415

    from quizgen.templating import load_template  # noqa: PLC0415

    pairs = yaml.safe_load(load_template("quiz/abbreviations.yaml")) or {}
    table: dict[str, tuple[str, ...]] = {}
    for short, long in pairs.items():
        table[normalize_answer(str(short))] = (str(long),)
        table[normalize_answer(str(long))] = (str(short),)
    return table


def _variants(name: str) -> tuple[str, ...]:
    """Abbreviation or expansion of a name, and of each word or parenthesis in it."""
    found = list(_abbreviations().get(normalize_answer(name), ()))
    inner = re.search(r"\(([^()]+)\)", name)
    if inner:  # "medulloblastoma (PNET)": either part alone is the answer too
        found.append(name[: inner.start()].strip())
        found.append(inner.group(1))
    return tuple(found)


_WORD = re.compile(r"[A-Za-z]{4,}")


def _singular(match: re.Match[str]) -> str:
    word = match.group(0).lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    # "cysts"/"cyst", "metastases"/"metastasis", "lesions"/"lesion" share one form.
    for ending in ("es", "is", "s"):
        if word.endswith(ending) and not word.endswith(("ss", "us")):
            return word[: -len(ending)]
    return word


def _lenient(text: str) -> str:
    """The answer with harmless differences removed: plural or singular, a bare number
    for a percentage ("10" for "10%"), then the usual normalisation."""
    return normalize_answer(_WORD.sub(_singular, text)).replace("%", "")


def grade_typed(answer: str, expected: str, accepted: Iterable[str] = ()) -> Grade:
    """Compare a typed answer with the expected one and its accepted variants.

    Case, accents, hyphens, spaces, British/American spelling, range and percent formats do
    not matter ("hypo-intense" = "hypointense", "7 to 18" = "7–18"), nor do singular and
    plural ("extradural cyst") or a percentage written without its sign ("10" for "10%").
    Numbers must match exactly: "22%" is never a near miss for "23%".
    """
    # A very long answer is never compared (it took minutes to grade one of 50,000 chars).
    too_long = len(answer) > max(MAX_ANSWER_CHARS, 2 * len(expected))
    given = "" if too_long else normalize_answer(answer)
    if not given:
        return Grade(Verdict.WRONG)
    candidates = [expected, *accepted, *_variants(expected)]
    for candidate in candidates:
        if given == normalize_answer(candidate):
            return Grade(Verdict.RIGHT, candidate, 100.0)
    lenient = _lenient(answer)
    for candidate in candidates:
        if lenient and lenient == _lenient(candidate):
            return Grade(Verdict.RIGHT, candidate, 100.0)
    best, score = max(
        ((c, fuzz.ratio(given, normalize_answer(c))) for c in candidates), key=lambda pair: pair[1]
    )
    differs = numbers_in(answer) != numbers_in(best) or _contrast(given, normalize_answer(best))
    if not differs and score >= NEAR_MISS_SCORE:
        return Grade(Verdict.NEAR, best, score)
    return Grade(Verdict.WRONG, best, score)


def grade_choice(answer: str, option_count: int) -> int | None:
    """The option index for "1"–"5" or "A"–"E" (any case); None when it is neither."""
    text = answer.strip().upper()
    if len(text) != 1:
        return None
    if text.isdigit() and 1 <= int(text) <= option_count:
        return int(text) - 1
    if text in _LETTERS[:option_count]:
        return _LETTERS.index(text)
    return None
