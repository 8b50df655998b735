"""A list line that names a finding and then, after a comma, where it is seen and its share
("a central scar, seen in about a third of cases", "gallstones, which are found in up to
20% of patients"): the finding is what the share counts (read by ``frequency``'s lines)."""

from __future__ import annotations

import re

from quizgen.extractors.text import find_percents

__all__ = ["participle_share"]

# The finding, a comma and the words that lead to its share: "a central scar, seen in".
_FINDING_LEAD = re.compile(
    r"^(?P<item>[A-Za-z][^,;:()]{1,80}?),\s(?:which\s(?:is|are)\s|(?:which\s)?(?:develops|occurs)\s)?"
    r"(?:(?:seen|present|found|noted|detected|identified|reported|observed)\s)?in\s$",
    re.I,
)
# What may follow the share: the whole it is a share of ("of cases", "of patients with X").
_WHOLE_END = re.compile(
    r"^(?:\s(?:of|among)\s(?:the\s)?[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,6})?\s?\.?$"
)
_RANKED = re.compile(r"^(?:most|least|commonest|second|third|main|usual|typical)\b", re.I)
_WORDS_MAX = 8  # a finding is a noun phrase, not a clause


def participle_share(line: str) -> tuple[str, str] | None:
    """(finding, share) of such a line, else None."""
    text = line.strip()
    percents = find_percents(text)
    if len(percents) != 1:
        return None
    share = percents[0]
    lead = _FINDING_LEAD.match(text[: share.start])
    if lead is None or not _WHOLE_END.match(text[share.end :]):
        return None
    item = re.sub(r"^(?:a|an|the)\s", "", lead.group("item").strip(), flags=re.I)
    if len(item.split()) > _WORDS_MAX or _RANKED.match(item):
        return None  # "the most common finding, seen in 60%" names a rank, not the finding
    return item, share.value
