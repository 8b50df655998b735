"""Noun-phrase comparisons shared by the extractors and the generators.

Here rather than in ``extractors.text`` so that generating cards (a build's main process,
``quizgen review``, ``quizgen cards``) does not import every extractor and compile its
patterns; ``extractors.text`` gives the same names.
"""

from __future__ import annotations

import re

__all__ = [
    "PART_NOUNS",
    "SCATTERED_PARTS",
    "initials_match",
    "is_modifier",
    "is_plural",
    "same_name",
    "share_head",
    "shares_a_word",
    "singular_forms",
]

# Parts of a lesion a finding may belong to ("a T2 hypointense rim", "hypointense central
# scar"): a regex alternation, for the imaging extractor and the appearance questions alike.
PART_NOUNS = (
    r"rim|wall|walls|capsule|septa|septum|septations?|components?|portions?|scar|nidus|"
    r"matrix|halo|periphery|centre|center|contents|cleft|band|bands|ring|tail|stalk|core"
)


# Small things scattered within a lesion ("hyperechoic islands", "T2 dark striations"): a level
# said of them is theirs, not the lesion's. Singular nouns; each user adds the plural.
SCATTERED_PARTS = (
    "island", "line", "striation", "spot", "dot", "fleck", "streak", "strand", "bud"
)  # fmt: skip


# One lower-case adjective of kind by its ending ("oral", "pulmonary", "hepatic"): in "oral
# or sublingual ranula" or "biliary and peptic disease" it names nothing until it takes the
# head noun of the coordinated name after it. Adjectives of quality ("irregular and
# heterogeneous plaque", "-ar", "-ous") describe one thing: not these.
_MODIFIER = re.compile(r"[a-z][a-z-]{1,30}(?:al|ary|ic|ian)")
# Nouns with those endings: "colic, abdominal distension" lists two things, not "colic
# distension".
_NOUNS_LIKE_MODIFIERS = frozenset(
    {
        *("colic", "clinic", "mimic", "topic", "antibiotic", "tic", "physician", "clinician"),
        *("trial", "signal", "canal", "interval", "hospital", "removal", "withdrawal"),
        *("arrival", "capillary", "summary", "boundary", "library", "musician"),
    }
)


def is_modifier(word: str) -> bool:
    """Whether ``word`` is one lower-case adjective of kind by its ending."""
    return _MODIFIER.fullmatch(word) is not None and word not in _NOUNS_LIKE_MODIFIERS


# Adjectives of place in "-ar" ("palmar", "plantar", "lumbar", "valvular"): like the
# adjectives of kind they name nothing alone, but the ending is shared with adjectives of
# quality ("irregular") and some nouns ("collar"), so those are set aside by name.
_PLACE_AR = re.compile(r"[a-z]{3,20}(?:mar|tar|bar|lar|nar|cular)")
_NOT_PLACES_IN_AR = frozenset(
    {
        *("collar", "pillar", "cellar", "nectar", "mortar", "guitar"),  # nouns
        # adjectives of quality: "irregular and lobular margins" is one outline
        *("irregular", "regular", "granular", "nodular", "lobular", "circular", "angular"),
        *("tubular", "singular", "similar", "familiar", "popular", "perpendicular"),
        # adjectives of a tissue's make-up: "myxoid, cellular and classic forms" are kinds
        *("cellular", "molecular", "modular"),
    }
)


def _is_place_ar(word: str) -> bool:
    return _PLACE_AR.fullmatch(word) is not None and word not in _NOT_PLACES_IN_AR


# Adjectives of action in "-ive" ("compressive", "invasive", "obstructive"): in "local
# compressive and invasive symptoms" the first names nothing until it takes the head noun.
# Nouns with the ending are set aside by name ("a first-degree relative").
_ACTION_IVE = re.compile(r"[a-z]{3,20}ive")
_NOUNS_IN_IVE = frozenset(
    {
        *("relative", "native", "olive", "motive", "laxative", "sedative", "derivative"),
        *("contraceptive", "adhesive", "alternative", "explosive", "preservative"),
        *("additive", "narrative", "perspective", "incentive", "initiative", "objective"),
        *("representative", "executive", "directive", "detective", "captive", "archive"),
    }
)


def names_nothing_alone(word: str) -> bool:
    """An adjective of kind, of place or of action: it needs a head noun to name anything."""
    return (
        is_modifier(word)
        or _is_place_ar(word)
        or (_ACTION_IVE.fullmatch(word) is not None and word not in _NOUNS_IN_IVE)
    )


def share_head(modifier: str, name: str) -> str:
    """``modifier`` with the head noun of the adjective-led ``name`` coordinated after it
    ("oral" and "sublingual ranula" → "oral ranula", "palmar" and "plantar pits" → "palmar
    pits", "local compressive" and "invasive symptoms" → "local compressive symptoms"), or ""
    when it names a thing itself."""
    words = name.split()
    head = words[1:]
    if not head or not all(map(str.isalpha, head)):
        return ""
    # (a sentence's capital is no name: "Local compressive and invasive symptoms")
    opening = modifier[:1].lower() + modifier[1:]
    if all(map(names_nothing_alone, opening.split())) and names_nothing_alone(words[0]):
        return " ".join((modifier, *head))
    return ""


_LONG_WORD = re.compile(r"[a-z]{4,}")


def shares_a_word(phrase: str, names: tuple[str, ...]) -> bool:
    """Whether ``phrase`` shares a word of four letters or more with any of ``names``, case
    aside ("Findings of malrotation" with "Midgut malrotation"): it speaks of one of them."""
    own = {word for name in names for word in _LONG_WORD.findall(name.lower())}
    return bool(own & set(_LONG_WORD.findall(phrase.lower())))


_IN_BRACKETS = re.compile(r"\([^()]*\)")
_AFTER_HEAD = re.compile(r"\s(?:of|in|with|from|to|on|at|for|after)\s")


def is_plural(name: str) -> bool:
    """Whether a noun phrase's head is a plural noun ("secondary glioblastomas", "metastases",
    "lymphomas of the breast", "haemosiderin deposits in thickened synovium"); a parenthesis
    does not count ("hepatocellular carcinoma (HCC)" is singular)."""
    words = _AFTER_HEAD.split(_IN_BRACKETS.sub("", name))[0].split()
    last = words[-1].lower().strip(".,;:") if words else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis", "xis"))


_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_OPENING_ARTICLE = re.compile(r"^(?:the|a|an)\s", re.I)


def without_article(phrase: str) -> str:
    """The noun phrase without a leading article ("The upper pole" → "upper pole")."""
    return _OPENING_ARTICLE.sub("", phrase)


# "Leiomyosarcoma of the inferior vena cava (IVC)": the name "inferior vena cava
# leiomyosarcoma" with its owner after "of" (one "of", a short head) and its abbreviation.
_OF_OWNER = re.compile(
    r"^(?P<head>[\w-]+(?:\s[\w-]+)?)\s+of\s+(?:the\s+)?(?P<owner>[\w-]+(?:\s[\w-]+){0,3})$"
)
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,30}\)$")


def owner_first(name: str) -> str:
    """A name with its owner before its head ("leiomyosarcoma of the inferior vena cava" →
    "inferior vena cava leiomyosarcoma") and no bracketed abbreviation after it, so that both
    word orders of one name compare equal."""
    name = _TRAILING_BRACKET.sub("", name)
    inverted = _OF_OWNER.match(name)
    return f"{inverted['owner']} {inverted['head']}" if inverted else name


def same_name(first: str, second: str) -> bool:
    """Whether two noun phrases name the same thing, in either number and with or without an
    article: "Osteosarcomas" and "osteosarcoma", "the tumour" and "tumours"."""

    def parts(name: str) -> tuple[str, frozenset[str]]:
        words = owner_first(_LEADING_ARTICLE.sub("", name.strip().lower())).split()
        return " ".join(words[:-1]), singular_forms(words[-1]) if words else frozenset()

    (head_a, last_a), (head_b, last_b) = parts(first), parts(second)
    return bool(first.strip()) and head_a == head_b and bool(last_a & last_b)


def singular_forms(word: str) -> frozenset[str]:
    """The forms a word may have in the singular: "metastases" → {…, "metastasis"},
    "tumours" → {…, "tumour"}, "boxes" → {…, "box"}; the word itself is one."""
    forms = {word}
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.update((word[:-2], f"{word[:-2]}is"))  # "boxes" → "box"; "metastases" → "…sis"
    return frozenset(forms)


_LETTERS = re.compile(r"[A-Za-z]+")


def initials_match(abbreviation: str, phrase: str) -> bool:
    """Whether an abbreviation's letters are the phrase's: its first letter opens the phrase,
    every word's initial is in it, in order, and its other letters follow in order
    ("ABPA": Allergic BronchoPulmonary Aspergillosis)."""
    letters = [c.lower() for c in abbreviation if c.isalpha()]
    words = [w for w in _LETTERS.findall(phrase) if w.lower() not in _MINOR]
    if len(letters) < 2 or not words or letters[0] != words[0][0].lower():
        return False
    text = " ".join(w.lower() for w in words)
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    initials = [w[0].lower() for w in words]
    return all(i in letters for i in initials) and len(words) <= len(letters) + 1


_MINOR = frozenset({"of", "the", "and", "in", "with", "a", "an", "to", "for", "on"})
