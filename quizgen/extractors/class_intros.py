"""An intro that sorts the subject's cases by one criterion and lists the classes after its
colon: "Cysts are described according to their location:", "Fractures are grouped by their
age, because …:", "The society stratifies the disease by early mortality risk:". Read by the
list extractor (a bulleted list of classes) and the classification extractor (the same list
as "label: detail" lines on a plain-text page). Grammar only, no word of one disease."""

from __future__ import annotations

import re

__all__ = ["classing_criterion"]

# A verb of sorting, a few words (its object, an adverb), then the criterion after "by" or
# "according to". "described" sorts only "according to" a criterion or "by its/their"
# one ("described by Balthazar" names who described it); "by" is never followed by a
# capital ("graded by the WHO" is kept by its article, "classified by Mitchell" is not).
_CLASSED_BY = re.compile(
    r"\b(?:(?:classif(?:y|ies|ied)|categori[sz](?:e|es|ed)|group(?:s|ed)?|(?:sub)?divide[sd]?|"
    r"stratif(?:y|ies|ied)|sort(?:s|ed)?|separated|grad(?:e|es|ed)|stag(?:e|es|ed))"
    r"(?:\s[\w'’-]{1,30}){0,3}?\s(?:according\sto|on\sthe\sbasis\sof|based\son|by)"
    r"|described(?:\s[\w'’-]{1,30}){0,2}?\s(?:according\sto|by(?=\sits\s|\stheir\s)))"
    r"\s(?:(?:their|its|the)\s)?(?P<criterion>[a-z][\w'’ -]{1,40}?)\s?\d{0,2}"
    # a comment may follow the criterion before the colon ("…, because … evolves:")
    r"(?:,[^:]{0,160})?:\s*$"
)
# "Depending on the tissue that bridges the bones, a coalition may be:": what the cases vary
# with, then a modal "be" before the colon (the entries are what each case may be).
_DEPENDING_ON = re.compile(
    r"\b[Dd]epend(?:s|ing)?\son\s(?:(?:their|its|the)\s)?(?P<criterion>[a-z][\w'’ -]{1,60}?),\s"
    r"[^:,]{1,60}?\s(?:may|can|will)\sbe:\s*$"
)
# A criterion or an intro that sorts findings, not cases: "Findings are described by
# modality:", "Clinical features are grouped by system:", "Causes are grouped by mechanism:".
_NOT_CASES = re.compile(
    r"\b(?:modalit\w*|sequences?|techniques?|imaging|findings?|features?|signs?|symptoms?|"
    r"appearances?|manifestations?|presentations?|treatments?|management|options?|causes?|"
    r"complications?|risk\sfactors?|differentials?|mimics?)\b",
    re.I,
)


def classing_criterion(intro: str) -> str:
    """What an intro sorts the subject's cases by ("location"), or "" when it sorts none."""
    match = _CLASSED_BY.search(intro)
    if match is None:
        match = _DEPENDING_ON.search(intro)
        if match is not None and _NOT_CASES.search(intro):
            return ""  # "Depending on the size, management may be:": options, not cases
    if match is None:
        return ""
    criterion = match.group("criterion").strip()
    if _NOT_CASES.search(intro[: match.start()]) or _NOT_CASES.search(criterion):
        return ""
    if criterion.split()[-1] in {"system", "systems"}:
        # "grouped by organ system": the entries are parts of the body, not classes
        return ""
    return criterion
