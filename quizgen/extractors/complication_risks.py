"""Complications stated as a risk the condition carries: "Large cysts carry an increased
risk of subdural haematoma and haemorrhage", "The disease confers a lifelong risk of A"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import (
    Clause,
    is_condition_name,
    refers_back,
    split_noun_phrases,
)
from quizgen.extractors.relation_common import (
    COMPLICATIONS,
    MAX_FEATURE_WORDS,
    NEW_CLAUSE,
    Relation,
    names_subject,
    names_subject_phrase,
    placed_form,
)
from quizgen.model import Article

__all__ = ["carried_risks"]

# The clause's verb phrase: "carry an increased risk of", "also confers a lifelong risk of".
# A raised risk only: "the highest risk" ranks subgroups, "a low risk" is reassurance, and a
# bare "a risk of" is said of procedures as often as of conditions.
_CARRIES_RISK = re.compile(
    r"^(?:(?:also|may|can|often|still)\s){0,2}(?:carry|carries|confer|confers|bear|bears)\s"
    r"(?:an?\s)?(?:(?:much|far|significantly|substantially|markedly|slightly)\s)?"
    r"(?:increased|higher|greater|high|elevated|lifelong|lifetime|life-long|significant|"
    r"substantial|considerable|recogni[sz]ed|well-recogni[sz]ed)\s"
    r"(?:(?:lifelong|lifetime|long-term)\s)?risk\sof\s(?:developing\s)?(?P<members>[^;:()]{3,200})",
    re.I,
)

_SET_IN_CONDITION = re.compile(r"\s(?:in|of|with)\s(?:the\s)?(?P<condition>[^,;]{2,80})$", re.I)


def _risk_owner(clause: Clause, article: Article) -> str:
    """Whose complications the clause's risk names: the condition, or the form of it the
    clause opens on; "" for anything else."""
    own = clause.own
    if clause.unclear:
        return ""
    if not own:
        # "It carries …", "Large cysts carry …": the clause reader took the condition as
        # its subject, unless the pronoun stands for no condition ("Drainage …. It carries")
        referent = clause.sentence.referent
        return "" if referent and not is_condition_name(referent) else clause.subject
    if refers_back(own, article.title) or names_subject_phrase(own, clause, article):
        return clause.subject
    # ("Polyps in PSC carry a high risk of malignancy": a lesion set in the condition is a
    # finding of it, and the risk is the finding's, no complication of the condition)
    setting = _SET_IN_CONDITION.search(own)
    if setting and names_subject_phrase(setting["condition"], clause, article):
        return ""
    if names_subject(clause, article):
        return clause.subject
    return placed_form(own, article)


def carried_risks(article: Article, clause: Clause) -> Iterator[Relation]:
    """The complications a raised risk the condition carries names."""
    if "risk" not in clause.rest:
        return  # fail fast
    match = _CARRIES_RISK.match(clause.rest)
    if match is None:
        return
    owner = _risk_owner(clause, article)
    if not owner:
        return
    members = NEW_CLAUSE.split(match["members"].rstrip(" ."), maxsplit=1)[0]
    items = split_noun_phrases(members)
    if not items or any(len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return
    for item in items:
        yield Relation(COMPLICATIONS, owner, item)
