"""Exemplars a list entry names after an adverb of emphasis: "chromosomal anomalies,
particularly trisomy 21, trisomy 18 and trisomy 13" names the category and two or more of its
kinds, each a member of the list's owner (not a feature of the category: the trisomies are
the page's associations, as the anomalies are). The category stays the member it was, with
its comment."""

from __future__ import annotations

import re

from quizgen.extractors.clauses import is_condition_name, split_noun_phrases

__all__ = ["emphasised_after", "emphasised_examples"]

# "A, particularly B and C", "A, especially B or C", "A, notably B, C and D", "A, most
# notably B and C", "A, in particular B and C": a category, then two or more of its kinds.
_EMPHASISED = re.compile(
    r"^(?P<category>[A-Za-z][^,;:()]{2,60}),\s(?:(?:most\s)?(?:particularly|especially|"
    r"notably)|in\sparticular)\s(?P<examples>[^;:()]{3,200})$",
    re.I,
)
# A clause in the run ("…, which prolongs the syndrome", "… is common"), or an emphasis
# set between commas ("abnormal eye movements, particularly X, and nystagmus"): no plain list
# of the category's kinds, so the entry keeps its comment as it is.
_CLAUSE_IN_RUN = re.compile(
    r",\s(?:which|who|where|when|while|whereas|although|but|and|or)\s"
    r"|\s(?:is|are|was|were|has|have|may|can|causes?|leads?)\s",
    re.I,
)
# Where or in whom the category is emphasised, not a kind of it: "particularly in
# adolescents", "especially the sixth and seventh nerves", "especially for X".
_NOT_A_KIND = re.compile(
    r"^(?:in|on|at|of|for|after|before|during|with|when|if|where|among|from|below|above|"
    r"over|under|the|an?|those|people|patients|children|adults)\b",
    re.I,
)


# After a member in a sentence: ", particularly A and B" up to the clause's end.
_EMPHASIS_AFTER = re.compile(
    r"^,\s(?:(?:most\s)?(?:particularly|especially|notably)|in\sparticular)\s"
    r"(?P<examples>[^;:.()]{3,200})(?:[;:.]|$)",
    re.I,
)


def emphasised_after(text: str, member: str) -> list[str]:
    """The kinds a sentence names after ``member`` with an adverb of emphasis ("associated
    with autoimmune disease, particularly A and B, …"), by the rules of
    ``emphasised_examples``; [] when none follow it."""
    at = text.find(member)
    if at < 0 or not member:
        return []
    after = _EMPHASIS_AFTER.match(text[at + len(member) : at + len(member) + 400])
    if after is None:
        return []
    return emphasised_examples(f"{member}, particularly {after['examples'].strip()}")


def emphasised_examples(name: str) -> list[str]:
    """The kinds an entry "category, particularly A and B" names after its emphasis, each a
    member of the list's owner (the entry keeps them as its comment too); [] for any other
    entry, one kind alone (the entry's comment), or kinds that share a head noun left unsaid
    ("particularly hip or knee arthroplasty")."""
    match = _EMPHASISED.match(name.strip())
    if match is None or _CLAUSE_IN_RUN.search(match["examples"]):
        return []
    if _NOT_A_KIND.match(match["examples"]):
        return []
    examples = split_noun_phrases(match["examples"])
    if len(examples) < 2:
        return []  # one kind alone ("prematurity, particularly below 32 weeks") stays a comment
    # ("hip or knee arthroplasty": a lone common word before a longer last kind may share
    # its head; a condition's own name, "achondroplasia", does not)
    if len(examples[-1].split()) > 1 and any(
        len(example.split()) == 1 and example.islower() and not is_condition_name(example)
        for example in examples[:-1]
    ):
        return []
    return examples
