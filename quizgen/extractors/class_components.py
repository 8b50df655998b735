"""The counted components of a named scheme, listed after a colon in the sentence that
opens on the scheme: "The Harlow criteria combine four major features: A, B, C and D". One
fact per component, the scheme its subject and attribute, the counted noun its group; the
count must match the components read, or the run is left alone (its end is then unsure).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.class_facts import class_fact
from quizgen.extractors.text import iter_sentences
from quizgen.model import Article, Fact

__all__ = ["scheme_components"]

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_SCHEME_OPENS = re.compile(
    # a capitalised name of at most six words ending in a scheme's noun, perhaps with its
    # abbreviation in brackets: "The Harlow score (HS)", "The revised Tokyo criteria"
    r"^(?:The\s)?(?P<scheme>(?:(?:modified|revised)\s)?[A-Z][\w'’-]*(?:\s[\w'’-]+){0,5}?\s"
    r"(?i:criteria|score|system|classification|index|scale|rule))(?:\s\([A-Z][\w-]{1,10}\))?\s"
    r"(?:combines?|comprises?|includes?|uses?|assess(?:es)?|incorporates?|considers?|"
    r"consists?\sof|(?:is|are)\sbased\son)\s"
    r"(?P<count>two|three|four|five|six|seven|eight|[2-8])\s"
    # "five cardinal features", "four imaging criteria"
    r"(?P<noun>(?:[a-z-]+\s){0,2}?(?:features|criteria|components|elements|parameters|"
    # (no class noun: "five categories: …" is the classes' own reader's, in classification)
    r"variables|domains|items))\s?:\s(?P<run>.+)$"
)
# Between two members: a comma, "and" or "or" ("A, B, C and D"). A member holding its own
# "and" ("nausea and vomiting") then breaks the count, and the run is left alone.
_SEPARATOR = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or)\s")
_MAX_MEMBER_WORDS = 5
# ", together with the response to steroids": what follows the counted run is no member.
_RUN_TAIL = re.compile(
    r",\s(?:together\swith|along\swith|as\swell\sas|plus|with|which|and\sthe\s\w+\sof)\b|;\s"
)


def scheme_components(article: Article) -> Iterator[Fact]:
    """One fact per counted component of a scheme the sentence opens on."""
    for sentence in iter_sentences(article):
        text = sentence.text.strip()
        match = _SCHEME_OPENS.match(text.rstrip("."))
        if match is None:
            continue
        count = match["count"]
        expected = int(count) if count.isdigit() else _COUNTS[count]
        members = _members(_RUN_TAIL.split(match["run"])[0])
        if len(members) != expected:
            continue  # the count is the check that the run was read whole
        for member in members:
            yield class_fact(
                article,
                sentence.section,
                sentence.text,
                item=member,
                value="",
                name=match["scheme"],
                statement=sentence.text,
                subject=match["scheme"],
                group=match["noun"],
            )


def _members(run: str) -> list[str]:
    """The members of a run of short names ("other organ involvement" among them, which a
    general list reader takes for the list's catch-all), [] when one is no short name."""
    members = [piece.strip() for piece in _SEPARATOR.split(run)]
    if any(not 1 <= len(m.split()) <= _MAX_MEMBER_WORDS or "(" in m for m in members):
        return []
    return members
