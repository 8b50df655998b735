"""Classes a sentence lists by their bare codes, one to each part between semicolons, each
code followed by a colon and what defines it: "Grauer subdivided type II injuries (IIA:
non-displaced; IIB: displaced, with an oblique line; IIC: comminuted)", "Lesions are graded
as follows: 1: intact; 2: fissured; 3: detached". A code alone (a Roman numeral, a number or a
capital, perhaps with a letter) is what makes the part a class; a word before a colon ("T1:
hyperintense; T2: …") is not a code. Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["coded_classes"]

# "IIA", "III", "2b", "A", "A1": a class's code; "T1", "T2" (sequences) are no codes.
_CODE = r"(?:[IVX]{1,4}[A-Da-d]?|\d{1,2}[A-Da-d]?|[A-E]\d?)"
_PART = re.compile(rf"^(?P<code>{_CODE}):\s(?P<gloss>[^:;]{{2,160}})$")
# The run: two or more coded parts between semicolons, in brackets or after a colon.
_RUN = re.compile(
    rf"(?:\(|:\s)(?P<run>{_CODE}:\s[^:;()]{{2,160}}(?:;\s(?:and\s)?{_CODE}:\s[^:;()]{{2,160}})+)"
    r"(?:\)|\.?$)"
)
# The sentence says its parts divide something: a verb of classing before the run.
_CLASSING = re.compile(
    r"\b(?:(?:sub)?divided|(?:sub)?classified|graded|staged|categori[sz]ed|grouped|"
    r"subtyped|classes|types|grades|stages|subtypes|categories|classification|grading|"
    r"staging)\b",
    re.I,
)


_SCHEME_WORD = {
    "graded": "grade", "grading": "grade", "grades": "grade",
    "staged": "stage", "staging": "stage", "stages": "stage",
    "types": "type", "subtypes": "type", "subtyped": "type",
    "classes": "class", "categories": "category", "categorized": "category",
    "categorised": "category",
}  # fmt: skip


def _scheme_word(before: str) -> str:
    """The word a bare code is read with: "grade" after "graded", "" when none says."""
    words = [_SCHEME_WORD.get(m.group(0).lower(), "") for m in _CLASSING.finditer(before)]
    return next((w for w in reversed(words) if w), "")


def coded_classes(text: str) -> list[tuple[str, str]]:
    """Each (code, definition) of a sentence's run of coded parts, or []."""
    run = _RUN.search(text)
    if run is None or not _CLASSING.search(text[: run.start()]):
        return []
    word = _scheme_word(text[: run.start()])
    found: list[tuple[str, str]] = []
    for part in re.split(r";\s(?:and\s)?", run.group("run")):
        coded = _PART.match(part.strip())
        if coded is None:
            return []
        code = coded.group("code")
        if code.isdigit() or len(code) == 1:
            # "1: intact" names "grade 1" under "graded"; a bare "2" alone says nothing
            if not word:
                return []
            code = f"{word} {code}"
        found.append((code, coded.group("gloss").strip(" ,.")))
    codes = [code for code, _ in found]
    return found if len(set(codes)) == len(codes) else []
