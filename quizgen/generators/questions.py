"""Every question one article's facts could give: list facts and stand-alone facts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from quizgen.generators.lists import list_candidates
from quizgen.generators.mcq import Candidate, Pools
from quizgen.generators.single import single_candidates
from quizgen.generators.statements import statement_candidates
from quizgen.model import LIST_KINDS, ArticleFacts, Fact, list_key

__all__ = ["candidates"]


def candidates(entry: ArticleFacts, facts: Sequence[Fact], pools: Pools) -> Iterator[Candidate]:
    """Every question one article's facts could give, before rule checks: lists first (in
    article order), then stand-alone facts, then statements."""
    lists: dict[str, list[Fact]] = defaultdict(list)
    singles: list[Fact] = []
    for fact in facts:
        if fact.kind in LIST_KINDS:
            lists[list_key(fact)].append(fact)
        else:
            singles.append(fact)
    for members in lists.values():
        yield from list_candidates(entry, members, pools)
    yield from single_candidates(entry, singles, pools)
    yield from statement_candidates(entry, singles, pools)
