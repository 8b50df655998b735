"""Members of a class of causes named by what they do: "In adults the organisms are more
varied and include A, B and C"; "Tumours that invade the hepatic veins include A and B";
"Drugs that cause pancreatitis include A and B" (in the pancreatitis article).

The class noun is a closed vocabulary (organisms; tumours, drugs, infections …), and what
the class does decides the relation: organisms cause an infection; a tumour that invades or
obstructs a structure is a setting the condition arises in (an association); a class that
"causes" something is a cause only when that something is the article's own condition
(drugs that cause hyperprolactinaemia, in an article on a prolactinoma, are a differential).
"""

from __future__ import annotations

import re

from quizgen.extractors.clauses import same_name, split_noun_phrases
from quizgen.model import Article

__all__ = ["class_members"]

_WHO = r"(?:adults|children|infants|neonates|adolescents|the\s+elderly|older\s+adults)"
_ORGANISMS = re.compile(
    rf"^(?:In\s+(?P<who>{_WHO}),?\s+)?(?:the\s+)?(?:(?:causative|responsible|common|usual)\s+)?"
    r"(?:organisms|pathogens|bacteria)\s+(?:(?:are|is)\s+[\w\s-]{1,30}?\s+and\s+)?"
    r"(?:include|are)\s+(?P<members>[^;:]{3,300})$",
    re.I,
)
_CLASS_NOUN = (
    r"(?:tumou?rs|neoplasms|masses|lesions|conditions|disorders|diseases|drugs|medications|"
    r"infections|processes)"
)
# What the class does to a structure: the condition arises with it.
_PHYSICAL_VERB = r"(?:invade|obstruct|compress|occlude|encase|infiltrate|narrow|thrombose|block)"
_CAUSAL_VERB = r"(?:cause|produce|induce|lead\s+to|predispose\s+to|give\s+rise\s+to)"
_CLASS_THAT = re.compile(
    rf"^(?:Other\s+)?(?P<noun>{_CLASS_NOUN})\s+that\s+(?:(?:may|can|commonly|often)\s+)?"
    rf"(?:(?P<physical>{_PHYSICAL_VERB})|(?P<causal>{_CAUSAL_VERB}))\s+"
    r"(?P<object>[^,;:]{3,80}?)\s+(?:include|are)\s+(?P<members>[^;:]{3,300})$",
    re.I,
)
_CLAUSE_AFTER = re.compile(
    # ", and blood cultures are often negative": a clause of its own, a few words on
    r",?\s+(?:and|but)\s+(?:[\w-]{1,20}\s+){0,3}?(?:is|are|was|were|has|have|may|can)\b"
    r"|,?\s+(?:and|but)\s+(?:its|it|they|their)\b"
    r"|,\s*(?:which|who|where|whereas|while|although)\b",
    re.I,
)


def class_members(article: Article, text: str) -> tuple[str, str, list[str]]:
    """(relation, subject, members) of a class-of-causes sentence; ("", "", []) otherwise.
    ``relation`` is "causes" or "associations"."""
    if " include " not in text and " are " not in text:
        return "", "", []
    organisms = _ORGANISMS.match(text.rstrip(" ."))
    if organisms:
        who = organisms.group("who")
        subject = f"{article.title} in {who.lower()}" if who else article.title
        return "causes", subject, _members(organisms.group("members"))
    match = _CLASS_THAT.match(text.rstrip(" ."))
    if match is None:
        return "", "", []
    if match.group("physical"):
        return "associations", article.title, _members(match.group("members"))
    the_object = re.sub(r"^(?:the|an?)\s+", "", match.group("object"), flags=re.I)
    if any(same_name(the_object, n) for n in (article.title, *article.synonyms)):
        return "causes", article.title, _members(match.group("members"))
    return "", "", []


def _members(text: str) -> list[str]:
    return split_noun_phrases(_CLAUSE_AFTER.split(text, maxsplit=1)[0])
