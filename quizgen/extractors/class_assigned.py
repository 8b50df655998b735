"""A class a sentence assigns to its subject by a coded label: "this combination is
classified as BI-RADS 2", "They are assigned CNS WHO grade 2", "in the X classification it
is designated type V", "involvement of the common iliac nodes is staged as N3", "a
combination that scores as O-RADS MRI 2". The label is coded (a scheme's code, or a class
word and a numeral), so the class is a scheme's, never a description ("classified as
benign"). What the clause's subject describes, when it is not the page's own condition
("a simple cyst of 3-10 cm in a premenopausal woman"), is what puts a case in that class.
Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["assigned_classes"]

# A coded class label: a reporting system's category ("BI-RADS 4", "O-RADS MRI 2"), a WHO
# grade, a class word and a numeral or capital ("type V", "group 4", "stage IIb"), or a TNM
# category ("N3").
_LABEL = (
    r"(?:(?:CNS\s)?WHO\sgrade\s[1-4]"
    r"|[A-Z][A-Za-z]{0,4}-RADS(?:\s(?:US|MRI|CT|CEUS|MR))?\s[0-6][A-Ca-c]?"
    r"|(?:type|grade|stage|class|group|category)\s(?:[0-9]{1,2}[a-c]?|[IVX]{1,4}[a-c]?|(?-i:[A-E]))"
    r"|[TNM](?:[0-4][a-d]?|is))(?![\w-])"
)
# A passive verb of classing before the label ("is classified as", "are assigned to", "is
# staged as"), a verb of scoring ("scores as"), or a bare copula before a WHO grade or a
# reporting category, whose own form says it is a class ("They are WHO grade 1 tumours").
_ASSIGNS = re.compile(
    r"\b(?P<copula>is|are|was|were|be|been)\s(?!not\b)(?:(?:usually|typically|generally|"
    r"therefore|thus|now|often|commonly|then|conventionally)\s)?"
    r"(?:(?:classified|categori[sz]ed|designated|assigned|assessed|reported|regarded|graded|"
    r"staged|scored|labelled|labeled)\s(?:as\s|to\s)?|(?=(?:an?\s)?(?:CNS\s)?WHO\sgrade\s|"
    r"[A-Z][A-Za-z]{0,4}-RADS\s)(?:an?\s)?)"
    rf"(?P<label>{_LABEL})"
    r"|\bscores?\sas\s(?P<scored>" + _LABEL + r")",
)
# A second label joined to the first: "CNS WHO grade 2 or grade 3".
_ALSO = re.compile(rf"^\s(?:or|and)\s(?P<label>{_LABEL})")
# An alternative or a condition after the label: the class holds only in some cases.
_HEDGED = re.compile(r"^,?\s(?:or|if|when|unless|only)\b", re.I)
# Where the clause that holds the verb begins: after a clause break or a fronted phrase.
# (", or showing …" goes on the same noun phrase: "a lesion of 2 cm, or showing X, is …")
_CLAUSE_START = re.compile(r"[;:]\s|,\s(?:while|whereas|and|but|although)\s|,\s(?!or\s)")
# A subject that is the page's own condition in other words: a pronoun or "the lesion".
_ANAPHOR = re.compile(
    r"^(?:it|they|these|this|most|many|some|all|(?:the|this|these|such)\s[a-z-]{3,30}"
    r"|most\s[a-z-]{3,30}|(?:most|many|some|all)\sof\sthem)$",
    re.I,
)
MAX_CASE_WORDS = 20
# A clause, not a noun phrase ("When all features are present the lesion"), or a phrase
# that ends on a pronoun ("In the 2021 classification they"): no case of its own.
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|do|does)\b", re.I)
_PRONOUN_END = re.compile(
    r"(?:^|\s)(?:it|they|these|this|them|(?:most|many|some|all)\s[\w-]+(?:\s[\w-]+)?)$", re.I
)
# "this combination", "the classic appearances": what a sentence says before; no case.
_VAGUE_CASE = re.compile(
    r"^(?:this|that|the|these|such|a|an)\s(?:\w+\s)?(?:combination|"
    r"appearances?|findings?|features?|pattern|configuration)$",
    re.I,
)


def _case(text: str, start: int) -> str:
    """The clause's subject before the verb at ``start`` when it names a case of its own
    ("a simple cyst measuring 3-10 cm"), "" when it is the page's condition or vague."""
    before = text[:start].rstrip()
    breaks = list(_CLAUSE_START.finditer(before))
    phrase = before[breaks[-1].end() :] if breaks else before
    phrase = re.sub(r"^(?:[A-Z][a-z]+ly|Because\s[^,]+|When\s[^,]+),\s", "", phrase).strip(" ,")
    # a relative pronoun opens no case: "a combination that scores as …"
    phrase = re.sub(r"\s(?:that|which)$", "", phrase)
    # "…, so the episode was classified as …": a conjunction opens no case
    phrase = re.sub(r"^(?:so|thus|hence|therefore|and|but|then)\s", "", phrase, flags=re.I)
    if (
        not phrase
        or _FINITE.search(phrase)
        or _PRONOUN_END.search(phrase)
        or _ANAPHOR.match(phrase)
        or _VAGUE_CASE.match(phrase)
        or len(phrase.split()) > MAX_CASE_WORDS
        or not phrase[0].isalpha()
    ):
        return ""
    return phrase[0].lower() + phrase[1:] if phrase[:2].istitle() else phrase


def assigned_classes(text: str) -> list[tuple[str, str]]:
    """Each (label, case) a sentence assigns: ("O-RADS 2", "a simple cyst measuring …"),
    ("CNS WHO grade 2", ""), ("CNS WHO grade 3", ""); [] when it assigns none."""
    found: list[tuple[str, str]] = []
    for match in _ASSIGNS.finditer(text):
        label = match["label"] or match["scored"]
        after = text[match.end() :]
        also = _ALSO.match(after)
        if also is None and _HEDGED.match(after):
            continue  # "classified as stage I, or stage II only if …": no class of its own
        case = _case(text, match.start())
        found.append((label, case))
        if also:
            found.append((_with_prefix(also["label"], label), case))
    return found


def _with_prefix(second: str, first: str) -> str:
    """ "grade 3" after "CNS WHO grade 2" is "CNS WHO grade 3": the first's scheme is its."""
    word, _, code = second.partition(" ")
    head, sep, _ = first.rpartition(f" {word} ")
    return f"{head} {second}" if sep and code and " " not in code else second
