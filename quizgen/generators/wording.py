"""Card and question wording from templates/cards/stems.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from quizgen.errors import TemplateError
from quizgen.model import ArticleFacts
from quizgen.normalize import singular
from quizgen.phrases import is_plural
from quizgen.templating import load_template, template_path
from quizgen.yamlsafe import load_yaml

__all__ = [
    "BLANK",
    "find_whole",
    "is_plural",
    "mid_sentence",
    "ranked_as",
    "stem",
    "written",
]

BLANK = "___"  # where a left-out answer stood in its sentence


@cache
def _stems() -> dict[str, dict[str, str]]:
    data = load_yaml(load_template("cards/stems.yaml"))  # libyaml, as the store is read
    if not isinstance(data, dict) or not {"cloze", "mcq"} <= set(data):
        raise TemplateError(
            "needs `cloze` and `mcq` sections", path=template_path("cards/stems.yaml")
        )
    return data


def ranked_as(value: str, group: str) -> str:
    """What a rank ranks its item as: "second most common" with "primary bone tumour", or the
    value alone where it already names the group ("investigation of choice" with
    "investigation"), so that no card reads "the investigation of choice investigation"."""
    group_words = set(re.findall(r"[a-z]+", group.lower()))
    if group_words and group_words <= set(re.findall(r"[a-z]+", value.lower())):
        return value
    return f"{value} {_one_of(group)}".strip()


# Where a group's head noun ends: before its first preposition ("lesions of the skeleton").
_AFTER_HEAD = re.compile(r"\s(?:of|in|among|for|at|on|within|after|before)\s")
_PLURAL_ONLY = frozenset({"series", "species", "diabetes", "herpes", "measles", "mumps"})


def _one_of(group: str) -> str:
    """The group with its head noun singular: a rank names one member ("the most common
    fibrous lesion of the skeleton", not "… lesions …")."""
    if group.startswith("of "):
        return group  # "the most common of the acute aortic syndromes": one of several
    cut = _AFTER_HEAD.search(group)
    head_end = cut.start() if cut else len(group)
    words = group[:head_end].split(" ")
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _PLURAL_ONLY:
        return group
    words[-1] = singular(head)
    return " ".join(words) + group[head_end:]


def stem(section: str, name: str, **values: str) -> str:
    """Fill the named wording template with ``values``."""
    try:
        return _stems()[section][name].format(**values)
    except KeyError as exc:
        raise TemplateError(
            f"missing wording {section}.{name} or field {exc}",
            path=template_path("cards/stems.yaml"),
        ) from None


def find_whole(text: str, part: str) -> int:
    """Where ``part`` first stands in ``text`` as a whole (case ignored), or -1.

    A part that starts or ends with a letter or digit is not found inside a longer word or
    number: "9%" is not the end of "19%" nor of "0.9%", "male" is not the end of "female".
    """
    if not part:
        return -1
    if text.isascii() and part.isascii():  # a plain search; Unicode case folding needs the regex
        return _find_whole_ascii(text.lower(), part.lower())
    match = _whole(part).search(text)
    return match.start() if match else -1


def _find_whole_ascii(text: str, part: str) -> int:
    """``find_whole`` on lower-case ASCII text, as ``_whole``'s pattern matches it."""
    check_before, check_after = part[0].isalnum(), part[-1].isalnum()
    start = text.find(part)
    while start >= 0:
        end = start + len(part)
        before_ok = not check_before or not (
            (start >= 1 and _is_word(text[start - 1]))
            or (start >= 2 and text[start - 1] in ".," and text[start - 2].isdigit())
        )
        after_ok = not check_after or not (
            (end < len(text) and _is_word(text[end]))
            or (end + 1 < len(text) and text[end] in ".," and text[end + 1].isdigit())
        )
        if before_ok and after_ok:
            return start
        start = text.find(part, start + 1)
    return -1


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches


@lru_cache(maxsize=16384)
def _whole(part: str) -> re.Pattern[str]:
    """``part`` as a whole-word pattern, compiled once per part (re's own cache holds only
    512 and the generators ask for thousands of answers)."""
    before = r"(?<!\w)(?<!\d[.,])" if part[0].isalnum() else ""
    after = r"(?!\w)(?![.,]\d)" if part[-1].isalnum() else ""
    return re.compile(before + re.escape(part) + after, re.IGNORECASE)


def written(entry: ArticleFacts) -> list[str]:
    """The article's sentences as its facts quote them (how it capitalises a name)."""
    return [fact.source.text for fact in entry.facts if fact.source.text]


def as_title(name: str) -> str:
    """A name written as a title ("bronchogenic cyst" → "Bronchogenic cyst"): options of one
    question are written alike, so a capital alone marks no key (M7)."""
    return name[:1].upper() + name[1:]


def mid_sentence(name: str, written: Iterable[str] = ()) -> str:
    """ "Osteoblastic metastases" → "osteoblastic metastases" (names like "Ewing" stay, and
    so does a first word that ``written``, the article's sentences, capitalises after a
    lower-case word or an opening bracket: "a Morton neuroma" keeps "Morton", and so does
    "(Pott disease)")."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    if first[:1].isupper() and first[1:] == first[1:].lower() and len(name.split()) > 1:
        proper = re.compile(rf"(?:[a-z,;]\s+|\(\s*){re.escape(first)}\b")
        if any(first in text and proper.search(text) for text in written):  # `in`: cheap
            return name
        return name[:1].lower() + name[1:]
    if first[:1].isupper() and first[1:].islower() and len(name.split()) == 1:
        # One word ("Ureterocele") may be a name ("Ewing"): lowered only when the article
        # writes it in lower case too ("a simple ureterocele").
        lowered = first.lower()
        common = re.compile(rf"\b{re.escape(lowered)}\b")
        if any(lowered in text and common.search(text) for text in written):
            return lowered
    return name
