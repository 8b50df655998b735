"""Questions on list facts: shares of a whole (``shares``), differentials
(``differentials``), imaging findings (``findings``) and relations (``relations``).

Every distractor is checked against what the selection says is right for the same subject
and setting (M3), with name variants (``normalize.same_entity``, synonyms); catch-alls
("others") are never asked nor offered. A fact that gives no question here says why in
``Candidate.problem`` (a finding) or is asked as a cloze only (documented per function).
"""

from __future__ import annotations

from collections.abc import Iterator

from quizgen.generators.differentials import differential_candidates
from quizgen.generators.findings import appearance_candidates, enhancement_stated
from quizgen.generators.mcq import Candidate, Pools
from quizgen.generators.relations import association_candidates, is_bare_label
from quizgen.generators.shares import frequency_candidates
from quizgen.generators.wording import is_plural
from quizgen.model import ArticleFacts, Fact, FactKind

# ``enhancement_stated``, ``is_bare_label`` and ``is_plural`` live with their concern now;
# named here too for code that imported them from this module.
__all__ = ["enhancement_stated", "is_bare_label", "is_plural", "list_candidates"]


def list_candidates(entry: ArticleFacts, members: list[Fact], pools: Pools) -> Iterator[Candidate]:
    """Every question one list (facts of one ``list_key``) could give, before rule checks."""
    kind = members[0].kind
    if kind is FactKind.FREQUENCY:
        yield from frequency_candidates(entry, members)
    elif kind is FactKind.DIFFERENTIAL:
        yield from differential_candidates(entry, members, pools)
    elif kind is FactKind.APPEARANCE:
        yield from appearance_candidates(entry, members, pools)
    elif kind is FactKind.ASSOCIATION:
        yield from association_candidates(entry, members, pools)
