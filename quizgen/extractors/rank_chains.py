"""Ranked runs: "typically involves the knee, followed by the wrist" (the knee first, the wrist
second), "A is by far the most frequently involved, followed by B, and then C" (first, second,
third), and a superlative of a set named before it ("segmental arteries, the largest of which
is X")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.normalize import singular

__all__ = ["chained_sites", "of_which_ranks", "ordinal_rank", "ranked_run"]

_ORDINALS = ("second", "third", "fourth", "fifth")

# A name in a ranked run: up to four words, and an "of" phrase after them ("segmental bronchi
# of the right upper lobe"); "and", "or" and a preposition of place end it.
_RUN_WORDS = (
    r"[A-Za-z0-9][\w'’/-]{0,40}(?:\s(?!(?:and|or|in|at|with|which|that|of|then)\b)"
    r"[\w'’/-]{1,40}){0,3}?"
)
_RUN_NAME = rf"{_RUN_WORDS}(?:\sof\s(?:the\s)?{_RUN_WORDS})?"
_END = r"(?=\s?[,;.)(]|$)"
_FOLLOWED = re.compile(
    rf"^\s?,?\s(?:and\s)?followed\sby\s(?:the\s)?(?P<item>{_RUN_NAME}){_END}", re.I
)
# "…, and then the right middle lobe and lower lobes": the last of a run may be two names
# ranked together
_THEN = re.compile(
    rf"^\s?,?\s(?:and\s)?then\s(?:by\s)?(?:the\s)?(?P<item>{_RUN_NAME}"
    rf"(?:\s(?:and|or)\s(?:the\s)?{_RUN_NAME})?){_END}",
    re.I,
)
_LEADING_ASIDE = re.compile(r"^\s?\([^()]{0,120}\)")


def ranked_run(rest: str) -> list[str]:
    """The names ranked after a first one, in order, from the words after it: ", followed by
    the wrist" → ["wrist"]; ", followed by B, and then C" → ["B", "C"]. "followed by A and B"
    says neither is next on its own: nothing."""
    rest = _LEADING_ASIDE.sub("", rest, count=1)  # "(about 75%), followed by …"
    followed = _FOLLOWED.match(rest)
    if followed is None:
        return []
    names = [followed.group("item")]
    then = _THEN.match(rest[followed.end() :])
    if then is not None:
        names.append(then.group("item"))
    return [n for n in names if not re.search(r"\d", n)]


def ordinal_rank(place: int, value: str) -> str:
    """The rank of the name ``place`` steps after the first of a run ranked ``value``
    ("second most common" one step after "most common")."""
    return f"{_ORDINALS[place - 1]} {value}" if 0 < place <= len(_ORDINALS) else ""


# "Acute gout typically involves the first toe, followed by the ankle": an adverb of habit
# and a verb of place rank nothing alone ("typically involves the knee"); the run after the
# place ("followed by …") ranks it first.
_HABIT_ADVERB = (
    r"(?:typically|usually|classically|characteristically|predominantly|mainly|chiefly|"
    r"most\s(?:commonly|frequently|often))"
)
_CHAINED_SITE = re.compile(
    r"^(?:the\s)?(?P<np>[A-Za-z][\w'’/-]{0,40}(?:\s(?!(?:is|are|was|were|most|typically|"
    r"usually|classically|characteristically|predominantly|mainly|chiefly)\b)[\w'’/-]{1,40})"
    rf"{{0,5}}?)\s{_HABIT_ADVERB}\s"
    r"(?:affects?|involves?|(?:occurs?|arises?|develops?)\s(?:in|at|within))\s"
    rf"(?:the\s)?(?P<item>{_RUN_NAME})(?=,\s(?:and\s)?followed\sby\s)",
    re.I,
)


def chained_sites(text: str) -> Iterator[tuple[str, str, str, str]]:
    """(owner, place, rank, "site") for each place of "X typically involves A, followed by
    B": A the most common site of X, B the second."""
    match = _CHAINED_SITE.match(text)
    if match is None:
        return
    owner = match.group("np")
    yield owner, match.group("item"), "most common", "site"
    for place, name in enumerate(ranked_run(text[match.end() :]), 1):
        yield owner, name, ordinal_rank(place, "most common"), "site"


# "… segmental arteries, the largest of which is the artery of Adamkiewicz": a superlative of
# the set named just before. How common a member is ranks it for the sentence's subject
# ("… coexists with other anomalies, the most common of which is X"); any other quality
# ranks it in the set itself.
# Words a set's name holds none of: a verb or a preposition before it ("reinforced by …")
_NOT_A_SET_WORD = (
    r"(?:by|with|of|in|on|at|to|from|for|and|or|is|are|was|were|be|been|has|have|the|an?|"
    r"its|their|which|that|these|those|other|associated|several|many|multiple)"
)
_OF_WHICH = re.compile(
    r"(?:^|\s)(?:the\s|its\s|their\s)?(?:other\s|associated\s|several\s|many\s|multiple\s)?"
    rf"(?P<set>(?!{_NOT_A_SET_WORD}\b)[a-z][\w'’/-]{{1,40}}"
    rf"(?:\s(?!{_NOT_A_SET_WORD}\b)[a-z][\w'’/-]{{1,40}}){{0,3}}),\s"
    r"the\s(?P<rank>most\s(?:common|frequent|important)|commonest|largest|smallest|longest|"
    r"shortest|biggest|widest)\sof\swhich\s(?:is|are)\s(?:the\s|an?\s)?"
    rf"(?P<item>{_RUN_NAME}){_END}",
    re.I,
)
_FREQUENCY_RANK = frozenset({"most common", "commonest", "most frequent", "most important"})


def of_which_ranks(text: str) -> Iterator[tuple[str, str, str, bool]]:
    """(item, rank, set, whether the rank is of frequency) for "A, the largest of which is
    X"; the set is singular ("arteries" → "artery") as the category of one member."""
    for match in _OF_WHICH.finditer(text):
        rank = re.sub(r"\s+", " ", match.group("rank").lower())
        frequency = rank in _FREQUENCY_RANK
        rank = "most common" if rank == "commonest" else rank
        yield match.group("item"), rank, _singular(match.group("set")), frequency


def _singular(phrase: str) -> str:
    """The phrase with its head noun singular ("segmental arteries" → "segmental artery")."""
    *words, head = phrase.split(" ")
    return " ".join([*words, head if head.lower() in _SAME_IN_PLURAL else singular(head)])


_SAME_IN_PLURAL = frozenset({"series", "species"})
