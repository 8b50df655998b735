"""The scope a statement sentence fronts before its comma ("In children, trauma is the leading
cause"): what the sentence says holds only there, so the fact is about the title in that
scope ("Acute pancreatitis in children"), not about the title at large (``scoped_subject``)."""

from __future__ import annotations

import re

__all__ = ["scoped_subject"]

MAX_SCOPE_WORDS = 5  # a population, a form or a site is a short noun phrase
# "In children, …", "Among obese patients, …", "For suprasellar cysts, …"
_FRONTED = re.compile(r"^(?P<preposition>In|Among|For)\s(?P<scope>[^,;:()]{3,60}),\s")
# Fronted phrases that frame the sentence (a manner, a quantity of cases, a reference, a
# time) rather than narrow what it is about: "In practice,", "In most cases,", "For this
# reason,", "In utero,".
_FRAME = re.compile(
    r"^(?:practice|general|particular|addition|contrast|summary|short|brief|total|fact|"
    r"theory|principle|turn|part|utero|vivo|vitro|situ|retrospect|comparison|"
    # "In the absence of a callosum, …": a condition of what follows, no population
    r"(?:the\s)?(?:absence|presence|setting|context|case|event|face)\s+of\b|"
    r"(?:the\s)?(?:past|future|meantime|end|first|second|latter|former)\b|"
    r"(?:most|many|some|all|a\sfew|few|rare|such|these|this|those|that|its|their|our|"
    r"either|both|each|other|example|instance)\b|"
    r"(?:\w+\s)*(?:cases?|reason|purpose|years?|decades?|series|studies|study|reports?|"
    r"literature|experience|view|opinion|terms?|sense|way)$)",
    re.I,
)
# A scope that runs into its own clause ("In children the disc is still vascularised, …"):
# the comma closes a clause, not the fronted phrase.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|may|can|does|do)\b", re.I)


def scoped_subject(title: str, sentence: str) -> str:
    """``"<title> in <scope>"`` when the sentence opens on a scope that narrows what it says
    (a population, a form, a stage or a site); "" when it opens otherwise."""
    found = _FRONTED.match(sentence)
    if found is None:
        return ""
    scope = found.group("scope").strip()
    if (
        len(scope.split()) > MAX_SCOPE_WORDS
        or _FRAME.match(scope)
        or _FINITE.search(scope)
        or scope.lower() in title.lower()  # "In acute pancreatitis, …" is the title itself
    ):
        return ""
    return f"{title} in {scope}"
