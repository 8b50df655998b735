"""Readings of a predicate of care for ``predicate_terms``: whom a treatment is kept for, and
which patients a treatment sentence is about.

"Surgery is reserved for [refractory cases]", "Embolisation is indicated for [large
tumours]": after a passive of setting aside, "for" names the cases the treatment is kept for,
the fact a resident is asked, not a time or a purpose. "Less active patients may be managed
with [rehabilitation]", "Uncomplicated cases are treated with [X]": a subgroup of patients or
cases as the subject of a passive of treating is the page's own patients, so what they are
treated with is the fact (a subgroup of lesions, "Cerebellar tumours", stays a class at
large). Both read closed classes of English words only.
"""

from __future__ import annotations

__all__ = ["indication_start", "treated_subgroup", "whole_indication"]

# Participles that set a treatment or test aside for some cases.
_SET_ASIDE = frozenset({"reserved", "indicated"})
# Participles of treating whose subject is who is treated.
_TREATED = frozenset({"treated", "managed"})
# Heads that name the page's own patients whatever the words before them.
_PATIENT_HEADS = frozenset({"patients", "cases"})
# Words that leave the subgroup unnamed or point back ("These patients", "Other cases").
_POINTING = frozenset(
    {"it", "they", "this", "these", "that", "those", "such", "other", "others", "some", "no"}
)
MAX_SUBGROUP_WORDS = 4


# Subjects that are a word or a label, not a treatment or test: "The term should be reserved
# for …", "a grade 6 is reserved for …" say how a name is used, and the card would not say
# which name (C2).
_LABEL_HEADS = frozenset(
    {"term", "name", "label", "designation", "grade", "stage", "category", "type", "class", "score"}
)
# Heads of a test: "Retrograde studies are reserved for …" says only in whom a test is used,
# which ``statement_usage`` already takes for no fact of a test (C3).
_TEST_HEADS = frozenset(
    {"study", "studies", "imaging", "test", "tests", "examination", "examinations", "scan", "scans"}
)
# What may follow an indication that is whole: the sentence's end, an aside, a second member
# ("for [persistent pain] or progressive slip") or a clause of its own.
_AFTER_WHOLE = frozenset({",", "(", "or", "and", "when", "if", "where", "because", "until"})


def indication_start(
    participle: str, following: list[str], subject: list[str], *, test: bool = False
) -> int:
    """Where the indication begins in ``following`` (the words after the verb group, lower
    case) when ``participle`` sets aside ("reserved for X") and ``subject`` names no label
    and no test (``test``: the subject is a modality): 1, after "for"; else 0."""
    if participle not in _SET_ASIDE or len(following) < 2 or following[0] != "for":
        return 0
    if any(w in _LABEL_HEADS or any(c.isdigit() for c in w) for w in subject):
        return 0
    return 0 if test or (subject and subject[-1] in _TEST_HEADS) else 1


def whole_indication(blank: list[str], following: list[str]) -> bool:
    """Whether an indication's blank (its words) is whole: nothing after it continues its noun
    phrase ("for [patients unfit] for surgery"), and a lone word before "or"/"and" is no
    shared modifier ("for [unstable] or severe deformities")."""
    if not following:
        return True
    if following[0] not in _AFTER_WHOLE:
        return False
    return len(blank) > 1 or following[0] not in {"or", "and"}


def treated_subgroup(subject: list[str], participle: str) -> bool:
    """Whether ``subject`` (lower case words) is a named subgroup of the page's patients and
    ``participle`` says how they are treated ("Less active patients may be managed …")."""
    return (
        participle in _TREATED
        and 2 <= len(subject) <= MAX_SUBGROUP_WORDS
        and subject[-1] in _PATIENT_HEADS
        and not any(w in _POINTING for w in subject)
        and all(w.replace("-", "").isalpha() for w in subject)
    )
