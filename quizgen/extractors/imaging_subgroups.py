"""Which stage, form or state of the article's subject a finding is stated for: "In chronic
disease the liver shows …", "If infected, the wall becomes thick", "a filling defect in the
artery in embolic disease". A finding of a subgroup must name it: the card's subject is
"<title> (chronic disease)", never the title alone. Grammar and closed word lists only."""

from __future__ import annotations

import re

__all__ = ["subgroup_opening", "subgroup_subject", "subgroup_trailing"]

# A contrast or scan phase is how the image was made, not a stage of the disease.
_SCAN_PHASE = (
    r"(?:late\s+arterial|arterial|portal(?:\s+venous)?|venous|delayed|equilibrium|"
    r"hepatobiliary|excretory|nephrographic|corticomedullary|pyelographic|transitional|"
    r"blood[- ]pool|dynamic|angiographic|pre-?contrast|post-?contrast|contrast|washout|flow|"
    r"unenhanced|non-?contrast)\s+phase"
)
# Words that count cases ("in most cases") or point back ("in these cases"): no subgroup.
_NOT_A_GROUP_WORD = (
    r"(?:most|some|many|all|few|rare|these|those|such|other|both|either|such|the|a|an|"
    r"this|that|its|their|our)\b"
)
# The noun that makes a phrase a stage, form or kind of disease.
_GROUP_HEAD = (
    r"(?:phase|stage|disease|form|type|variant|cases|occlusion|thrombosis|embolism|"
    r"obstruction|infection|inflammation)"
)
# "In chronic disease the liver …", "During the acute phase, …", "In stage IV disease, …".
_OPENING = re.compile(
    rf"^(?:in|during)\s+(?:the\s+)?(?!{_SCAN_PHASE}\b)(?!{_NOT_A_GROUP_WORD})"
    rf"(?P<group>[a-z][\w-]{{1,25}}(?:\s+(?!{_NOT_A_GROUP_WORD})[\w-]{{1,25}})?\s+{_GROUP_HEAD})"
    r"\b\s*,?\s+(?=[A-Za-z])",
    re.I,
)
# "In children the cap is thick": a group of patients, a closed list.
_PEOPLE_OPENING = re.compile(
    r"^(?:in|among)\s+(?P<group>(?:young\s+|older\s+)?(?:children|adults|infants|neonates|"
    r"adolescents)|the\s+elderly)\s*,?\s+(?=[A-Za-z])",
    re.I,
)
# "If infected, the wall becomes thick": a state of the lesion, a closed list.
_STATE_OPENING = re.compile(
    r"^(?:if|when|once)\s+(?P<group>infected|inflamed|ruptured|complicated|thrombosed|"
    r"haemorrhagic|hemorrhagic|torsed)\s*,\s+(?=[A-Za-z])",
    re.I,
)
# "… in the SMA in embolic disease", "…, in thrombosis": the subgroup closes a listed finding.
_TRAILING = re.compile(
    rf",?\s+in\s+(?!{_SCAN_PHASE}\b)(?!{_NOT_A_GROUP_WORD})"
    rf"(?P<group>(?:[a-z][\w-]{{1,25}}\s+){{0,2}}{_GROUP_HEAD})\s*\.?$",
)


def subgroup_opening(sentence: str) -> tuple[str, str]:
    """(the subgroup a sentence opens on, the sentence after it); ("", sentence) when it
    opens on none. Another condition by name ("In Caroli disease, …") is no subgroup."""
    match = (
        _OPENING.match(sentence)
        or _STATE_OPENING.match(sentence)
        or _PEOPLE_OPENING.match(sentence)
    )
    if not match or not match.group("group")[:1].islower():
        return "", sentence
    return " ".join(match.group("group").split()), sentence[match.end() :]


def subgroup_trailing(text: str) -> tuple[str, str]:
    """(the subgroup a listed finding closes on, the finding without it); ("", text)."""
    match = _TRAILING.search(text)
    if not match or match.start() == 0:
        return "", text
    return " ".join(match.group("group").split()), text[: match.start()].rstrip(" ,")


def subgroup_subject(title: str, group: str) -> str:
    """ "Budd-Chiari syndrome (chronic disease)"; the title alone when no group."""
    return f"{title} ({group})" if group else title
