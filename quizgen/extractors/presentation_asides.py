"""Presentations said around an aside, opened by what the features come with, or caused
through a mass effect: "presents acutely, over days, with A and B"; "It is frequently
accompanied by A, B and C"; "Large cysts may compress the airway and cause A and B"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.clauses import Clause, split_noun_phrases
from quizgen.extractors.relation_common import (
    IMAGING,
    MAX_FEATURE_WORDS,
    NEW_CLAUSE,
    PRESENTATIONS,
    Relation,
    names_subject,
)
from quizgen.model import Article

__all__ = ["PRESENTING_ASIDE", "caused_by_mass_effect", "opening_accompanied"]

# ", over days,", ", as in this patient,": a short phrase set off by commas after a verb of
# presenting, which holds no clause of its own (no verb, no "and"/"or" joining members).
PRESENTING_ASIDE = (
    r",\s(?!(?:and|or|but|which|who|whereas|while)\b)"
    r"(?:(?!(?:is|are|was|were|has|have|and|or)\b)[\w'’-]{1,20}\s){0,4}[\w'’-]{2,20},"
)

# "It is frequently accompanied by …", "Symptoms may be accompanied by …", "They may be
# accompanied by …": a sentence that opens on the condition (a pronoun) or on its symptoms
# as a whole says what comes with them, which is how the condition presents.
_OPENING_ACCOMPANIED = re.compile(
    r"^(?:it|they|(?:the|its|these|such)?\s?(?:symptoms|complaints|attacks|episodes))\s"
    r"(?:(?:is|are)\s|(?:may|can|might)\s(?:also\s)?be\s)"
    r"(?:(?:often|usually|typically|commonly|frequently|sometimes|occasionally|variably|"
    r"classically|also)\s){0,2}accompanied\sby\s(?P<members>[^;:()]{3,200})",
    re.I,
)
_CLINICAL_HEADING = re.compile(r"\bclinical|\bpresentation|\bsymptom|\bsigns\b", re.I)


def opening_accompanied(article: Article, clause: Clause) -> Iterator[Relation]:
    """The features an opening "It is accompanied by" names, under a clinical heading, for
    the condition the clause is about."""
    sentence = clause.sentence
    if "accompanied" not in sentence.text or not _CLINICAL_HEADING.search(sentence.section.path):
        return
    match = _OPENING_ACCOMPANIED.match(sentence.text)
    if match is None or clause.unclear:
        return
    members = NEW_CLAUSE.split(match["members"], maxsplit=1)[0]
    items = split_noun_phrases(members)
    if not items or any(IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
        return
    for item in items:
        # (the clause's subject: the condition a pronoun stands for, or the paragraph's)
        yield Relation(PRESENTATIONS, clause.subject, item)


# "may compress the cord and cause A and B", "can obstruct the ventricle, producing A": a
# verb of mass effect on a structure, then what that pressing causes (the structure pressed
# is the verb's object, no symptom). "…, and compress the heart, causing B" starts another.
_MASS_VERB = (
    r"(?:compress|obstruct|block|occlude|narrow|encase|displace|stretch|distend|impinge\son|"
    r"press\son|kink|entrap)(?:es|s)?"
)
_MASS_EFFECT_CAUSES = re.compile(
    r"(?:^|,\s(?:and\s)?)(?:(?:may|can|could|often|typically|usually|commonly|occasionally|"
    rf"sometimes|also)\s){{0,2}}{_MASS_VERB}\s(?P<object>[^,;:()]{{2,80}}?)"
    r"(?:,\s|\s(?:and|thereby|so)\s(?:(?:may|can|thus|thereby|so|also|then)\s)?)"
    r"(?:cause|causes|causing|produce|produces|producing)\s(?P<members>[^;:]{3,200}?)"
    rf"(?=,\s(?:and\s)?(?:(?:may|can)\s)?{_MASS_VERB}\s|[;:]|$)",
    re.I,
)


def caused_by_mass_effect(article: Article, clause: Clause) -> Iterator[Relation]:
    """What the condition causes by pressing on a structure, under a clinical heading: how
    it presents (the clause must be about the condition, not another thing)."""
    if not _CLINICAL_HEADING.search(clause.sentence.section.path):
        return
    if clause.unclear or (clause.own and not names_subject(clause, article)):
        return
    for match in _MASS_EFFECT_CAUSES.finditer(clause.rest):
        if match.start() and not _MASS_EFFECT_CAUSES.match(clause.rest):
            return  # a later clause only when the first one is of this shape too
        members = NEW_CLAUSE.split(match["members"].rstrip(" ."), maxsplit=1)[0]
        items = split_noun_phrases(members)
        if not items or any(IMAGING.search(i) or len(i.split()) > MAX_FEATURE_WORDS for i in items):
            continue
        for item in items:
            yield Relation(PRESENTATIONS, clause.subject, item)
