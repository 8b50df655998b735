"""Subjects a relation must not be filed under, and the subgroup a paragraph's "Patients
present with …" speaks of: a phrase led by a preposition ("Under the X classification"), a
possessive ("Its link with X"), a clause ("No treatment exists and the disease") names no
condition; "Between 10% and 30% of survivors develop delayed sequelae. Patients present with
A and B" gives A and B to the sequelae, not to the page's condition."""

from __future__ import annotations

import re

from quizgen.extractors.imaging_open import names_only_anatomy
from quizgen.extractors.text import Sentence, same_name

__all__ = [
    "developed_subgroup",
    "qualified_title",
    "refiled_subject",
    "subject_names_nothing",
    "without_emphasis",
]

# A subject that opens on a preposition, a possessive or a demonstrative of no condition, or
# holds a finite verb joined to another clause: no name of a condition.
_NO_NAME = re.compile(
    r"^(?:under|according\sto|in|on|at|by|using|with|without|after|before|during|for|from|"
    r"its|their|his|her)\s"
    r"|\s(?:exists?|is|are|was|were|has|have|remains?)\s(?:and|but)\s",
    re.I,
)


def subject_names_nothing(subject: str) -> bool:
    """Whether ``subject`` is a prepositional, possessive or clausal phrase, which no card
    can name as the owner of a relation."""
    return bool(_NO_NAME.search(subject.strip()))


# "Type II lesions in particular": the emphasis is no part of the name.
_EMPHASIS = re.compile(r",?\s(?:in\sparticular|especially|particularly)$", re.I)


def without_emphasis(subject: str) -> str:
    """``subject`` without a trailing "in particular"."""
    return _EMPHASIS.sub("", subject.strip())


# "Between 10% and 30% of survivors develop delayed neuropsychiatric sequelae, following …":
# a share of the patients develops a named later condition.
_DEVELOP = re.compile(
    r"\b(?:patients|survivors|children|adults|cases|infants|women|men|of\sthem)\s"
    r"(?:(?:later|subsequently|eventually|then|go\son\sto)\s)?develop\s"
    r"(?P<np>[a-z][\w'-]{2,30}(?:\s[a-z][\w'-]{1,30}){1,4}?)(?=\s?[,.;(]|\s(?:after|following)\s)",
    re.I,
)
# "Patients present with …", "Affected patients complain of …": the paragraph's patients.
_PATIENTS_PRESENT = re.compile(
    r"^(?:(?:these|such|affected|the)\s)?patients\s(?:(?:typically|usually|classically|"
    r"often|then|may)\s)?(?:present|complain|develop|show|have|experience)",
    re.I,
)
_PLAIN = re.compile(r"[*_`]")


def developed_subgroup(text: str, paragraph: str) -> str:
    """The condition the sentence before ``text`` in its paragraph says patients develop,
    when ``text`` opens on "Patients present with …"; else ""."""
    if not _PATIENTS_PRESENT.match(text):
        return ""
    at = paragraph.find(text)
    if at <= 0:
        return ""
    before = _PLAIN.sub("", paragraph[:at]).rstrip()
    # only the sentence right before: a subgroup two sentences back may have been left
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", before)[-1]
    found = _DEVELOP.search(last)
    return found["np"] if found else ""


def refiled_subject(
    subject: str,
    *,
    presenting: bool,
    sentence: Sentence,
    classing: bool = False,
    own: tuple[str, str],
    synonyms: tuple[str, ...] = (),
) -> str:
    """The subject a prose relation is filed under: ``subject`` without a trailing emphasis;
    for a presentation of the page's own condition (``own``: title and paragraph topic), the
    subgroup the sentence before says patients develop; the title for an organ that is only
    the paragraph's running topic (unless ``classing``: the parts an organ is divided into);
    "" for a subject that names no condition."""
    subject = without_emphasis(subject)
    title, topic = own
    if subject not in own and subject_names_nothing(subject):
        return ""
    if (
        not classing
        and subject != title
        and names_only_anatomy(subject)
        and not names_only_anatomy(title)
    ):
        # "The kidneys are the most commonly involved organ … Risk is increased in the
        # immunocompromised": an organ has no risk factors; the paragraph's condition does,
        # when the organ is only the running topic (one the sentence names is dropped)
        return title if subject == topic else ""
    if presenting and subject in own:
        return developed_subgroup(sentence.text, sentence.paragraph) or subject
    return qualified_title(subject, (title, *synonyms))


# "The (rare) sclerotic form", "this cavitary variant": a form of the page's condition named
# only by what sets it apart.
_BARE_FORM = re.compile(
    r"^(?:(?:the|this|a)\s)?(?:(?:rare|uncommon|less\scommon|common|classic|classical|"
    r"typical|so-called)\s)?(?P<form>(?!(?:the|this|that|an?|other|same|most|each|either|both|one|second)\b)[a-z][a-z-]{2,20}(?:\s[a-z][a-z-]{2,20})?)"
    # ("The WNT group", "the SHH subgroup": a molecular group is a form too)
    r"\s(?P<noun>form|variant|subtype|subgroup|group)$",
    re.I,
)


def form_of_title(subject: str, title: str) -> str:
    """ "Multiple myeloma (sclerotic form)" for "The rare sclerotic form" on the multiple
    myeloma page: a relation of one form is no relation of the whole condition; "" when
    ``subject`` is no bare form."""
    found = _BARE_FORM.match(subject.strip())
    if found is None or not title:
        return ""
    form = found["form"]
    # (an acronym keeps its capitals: "(WNT group)", not "(wnt group)")
    form = form if re.search(r"[A-Z]{2}", form) else form.lower()
    return f"{title} ({form} {found['noun'].lower()})"


# "Acute", "chronic", "bilateral": one or two words that name a form of what follows them.
_FORM_WORDS = re.compile(r"^(?:[a-z][a-z-]{2,20}\s){1,2}$", re.I)
_NOT_FORM = re.compile(r"\b(?:the|a|an|this|these|its|other|some|most|many|all|no)\s", re.I)


def qualified_title(subject: str, names: tuple[str, ...]) -> str:
    """ "Acute PVT" on the portal vein thrombosis page → "Portal vein thrombosis (acute)":
    a form of the page's condition named by its abbreviation or other name, which alone
    names nothing on a card; any other subject as it is."""
    words = subject.split()
    for cut in (1, 2):
        form, rest = " ".join(words[:cut]) + " ", " ".join(words[cut:])
        if (
            rest
            and _FORM_WORDS.match(form)
            and not _NOT_FORM.match(form)
            and any(same_name(rest, name) or rest == name for name in names[1:])
            and not any(same_name(subject, name) for name in names)
        ):
            return f"{names[0]} ({form.strip().lower()})"
    return subject
