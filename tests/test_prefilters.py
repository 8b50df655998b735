"""Plain-text checks that let a sentence skip a costly pattern must never skip one the
pattern would have matched in."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.extractors import demographics

_WORDS = [
    "older", "younger", "than", "the", "age", "ages", "aged", "of", "over", "under", "above",
    "below", "between", "and", "to", "-", "–", "years", "yrs", "y", "sixth", "first", "fifth",
    "decade", "decades", "life", "<", ">", "≥", "(", ")", "40", "7", "65", "3rd", "٣", "mm",
    "patients", "Decade", "AGED", "children", "in", "present", "typically",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_age_prefilter_skips_no_sentence_with_an_age(words: list[str]) -> None:
    text = " ".join(words)
    if demographics._AGE.search(text):
        assert demographics._may_hold_age(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patients are typically older than 40.",
        "It peaks in the sixth decade of life.",
        "Most are aged 30-50 years.",
        "Seen in patients older than ٤٠.",  # Arabic-Indic digits are digits to \d too
    ],
)
def test_sentences_with_ages_still_give_them(text: str) -> None:
    assert list(demographics._ages(text))


# --- readers: clean_inline tries each pattern only on text with the characters it needs ---

_INLINE_PIECES = [
    "tumour", "patients", "grade", "23", "6-8", "7,9", "1,000", "2.5", "٣", "see", "see also",
    "(", ")", "( ", " )", "[", "]", "[3]", "[3,4]", "^2", "![img](a.png)", "[link](/x)", "**",
    "*", "_", "__", "bold", ".", ",", ";", ":", " ", "  ", "\t", "\n", "\u00a0", "\u200b",
    "sign", "e\u0301", "BI-RADS", "4", "%",
]  # fmt: skip


def _clean_inline_unguarded(text: str) -> str:
    """``clean_inline`` as it was before its character checks: every pattern on every text."""
    import unicodedata  # noqa: PLC0415

    from quizgen.readers import cleanup as c  # noqa: PLC0415

    text = c._MD_IMAGE.sub("", text)
    text = c._MD_LINK.sub(r"\1", text)
    text = c._EMPHASIS.sub("", text)
    text = c._CITATION.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    text = c._SPACES.sub(" ", text).strip()
    text = c.strip_citations(text)
    text = c._CROSS_REFERENCE.sub(c._cross_reference, text)
    text = c._SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = c._SPACE_AFTER_OPEN.sub("(", text)
    return unicodedata.normalize("NFC", text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_PIECES), max_size=16), st.sampled_from(["", " "]))
def test_clean_inline_checks_change_nothing(pieces: list[str], joiner: str) -> None:
    from quizgen.readers.cleanup import clean_inline  # noqa: PLC0415

    text = joiner.join(pieces)
    assert clean_inline(text) == _clean_inline_unguarded(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="  *:ciatonDOIrdsyemSf\t", max_size=30))
def test_label_lines_all_have_a_colon(text: str) -> None:
    from quizgen.readers.metadata import LABEL  # noqa: PLC0415

    for line in (text, f"  doi{text}", f"**Citation{text}", f"Synonyms {text}"):
        if LABEL.match(line):
            assert ":" in line


# --- extractors: pure text functions remember their answers ---


def test_a_remembered_list_is_the_callers_own() -> None:
    from quizgen.extractors.text import split_sentences  # noqa: PLC0415

    text = "Lesions are common. They enhance avidly."
    first = split_sentences(text)
    first.append("changed by a caller")
    first[0] = "changed too"
    assert split_sentences(text) == ["Lesions are common.", "They enhance avidly."]


_SENTENCE_PIECES = [
    "Lesions", "are", "common", ".", "e.g.", "i.e.", "etc.", "vs.", "Dr.", "They", "enhance",
    "(~15 %)", "50-60%", "one in five", "T2/FLAIR", "on T1", "CT", "a sign", ":", "; ", "23.",
    "\n", "?", "!", "the snowman sign", "Courvoisier sign",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=14))
def test_remembered_answers_are_the_functions_own(pieces: list[str]) -> None:
    from quizgen.extractors import imaging, terms, text  # noqa: PLC0415

    phrase = " ".join(pieces)
    functions: tuple[Any, ...] = (
        text.split_sentences,
        text.find_percents,
        text.split_label,
        text.strip_citation,
        imaging.sequences_in,
        imaging.has_finding_words,
        imaging.may_name_sequences,
        terms._sign_names,
    )
    for function in functions:
        for _ in range(2):  # the second answer is the remembered one
            assert function(phrase) == function.__wrapped__(phrase)


def _is_banner_before(line: str) -> bool:
    """``is_banner`` as it was before its capitals were counted in C first."""
    from quizgen.readers.cleanup import _PROMOTION  # noqa: PLC0415

    text = line.strip()
    letters = [c for c in text if c.isalpha()]
    shouting = (
        len(text.split()) >= 3
        and len(letters) >= 8
        and (sum(c.isupper() for c in letters) / len(letters) >= 0.8)
    )
    return bool(text) and (text.endswith("!") or shouting or bool(_PROMOTION.search(text)))


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ABCD", "EFG", "H", "IJKLMN", "aB", "x", "Ⅸ", "Ⓐ", "É", "é", "12", "!"]),
        max_size=12,
    )
)
def test_banner_check_changes_nothing(words: list[str]) -> None:
    from quizgen.readers.cleanup import is_banner  # noqa: PLC0415

    line = " ".join(words)
    assert is_banner(line) == _is_banner_before(line)


_SEX_WORDS = [
    "M:F", "F : M", "m:f", "2:1", "3 : 2", "male", "Female", "males", "men", "Men", "women",
    "WOMEN", "boys", "girls", "sex", "Sex", "gender", "sexes", "both", "predominance",
    "preponderance", "predilection", "no", "significant", "equal", "equally", "distribution",
    "affected", "affects", "are", "is", "twice", "thrice", "as", "more", "often", "common",
    "in", "among", "three", "for", "every", "two", "account", "two-thirds", "of", "cases",
    "ratio", "times", "predominantly", "predominates", "and", "to", "-", "about", "treatment",
    "segment", "who", ",", "a", "disease", "young", "ſex",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SEX_WORDS), max_size=12))
def test_sex_ratio_prefilter_skips_no_sentence_with_a_ratio(words: list[str]) -> None:
    """_ratios skips a sentence without a sex word: no pattern it tries may match there."""
    text = " ".join(words)
    patterns = [
        demographics._RATIO,
        demographics._RATIO_FIRST,
        *demographics._WORDS,
        demographics._FOR_EVERY,
        demographics._SHARE_OF_CASES,
        demographics._PREDOMINANCE,
        demographics._EQUAL,
    ]
    if any(pattern.search(text) for pattern in patterns):
        assert demographics._RATIO_NEEDS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "There is a slight male predominance (M:F 3:2).",
        "Women are affected twice as often as men.",
        "There is no sex predilection.",
        "Roughly three women for every two men are affected.",
    ],
)
def test_sentences_with_sex_ratios_still_give_them(text: str) -> None:
    assert list(demographics._ratios(text))
