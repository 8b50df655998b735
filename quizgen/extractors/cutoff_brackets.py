"""A cut-off in brackets right after the noun phrase whose state it bounds: "a thickened
fallopian tube (more than 10 mm)", "a plethoric inferior vena cava (>2.1 cm)", "Very small
diverticula (less than 2 cm) may be treated …", and after a state said by a copula: "Septa
are thin (less than 3 mm)". The adjective names the dimension (thickened:
thickness, dilated: diameter, small: size); the noun phrase names what is measured."""

from __future__ import annotations

import re

from quizgen.extractors.cutoff_shapes import LENGTH, LESIONS, STOP, WHOLE, Names
from quizgen.normalize import singular

__all__ = ["bracketed_holder"]

# The adjectives of a state a length bounds, by the dimension each names.
_DIMENSION_OF_STATE = {
    **dict.fromkeys(("thickened", "thick", "thin", "thinned", "hypertrophied"), "thickness"),
    **dict.fromkeys(("dilated", "distended", "plethoric", "narrow", "narrowed"), "diameter"),
    **dict.fromkeys(("wide", "widened"), "width"),
    **dict.fromkeys(("small", "large", "big", "giant", "tiny", "enlarged"), "size"),
    **dict.fromkeys(("long", "short"), "length"),
    **dict.fromkeys(("deep", "shallow"), "depth"),
}
_STATE_WORD = "|".join(sorted(_DIMENSION_OF_STATE, key=len, reverse=True))
# "[a/the] [very] ADJ [other words] NOUN (" with at most a qualifier inside the bracket; the
# noun phrase is one to three words after the state adjective, none of them a verb or figure.
_BRACKETED = re.compile(
    r"(?:^|[\s,;:])(?:(?:an?|the)\s)?(?P<state>(?:(?:very|markedly|mildly|slightly)\s)?"
    rf"(?:{_STATE_WORD}))\s(?P<np>(?:[a-z][\w-]{{1,25}}\s){{0,2}}[a-z][\w-]{{1,25}})"
    r"\s\((?:(?:usually|typically|generally|often|mostly)\s)?$",
    re.I,
)


# "Septa are thin (less than 3 mm)", "The duct wall is markedly thickened (>2.5 mm)": the same
# bracket after the state said of its noun phrase by a copula.
_PREDICATED = re.compile(
    r"(?:^|[\s,;:])(?:(?:an?|the)\s)?(?P<np>(?:[a-z][\w-]{1,25}\s){0,2}[a-z][\w-]{1,25})"
    r"\s(?:is|are)\s(?:(?:usually|typically|often)\s)?"
    r"(?P<state>(?:(?:very|markedly|mildly|slightly)\s)?"
    rf"(?:{_STATE_WORD}))\s\((?:(?:usually|typically|generally|often|mostly)\s)?$",
    re.I,
)


def bracketed_holder(before: str, unit: str, names: Names) -> tuple[str, str]:
    """(measure, state) of a length in brackets after "<state adjective> <noun phrase>"
    ("a thickened fallopian tube (" → ("fallopian tube thickness", "thickened fallopian
    tube")); ("", "") for any other shape. The article's own lesion gives the bare
    dimension ("Small adenomas (under 5 cm)" in an article on the adenoma: "size")."""
    if not LENGTH.match(unit):
        return "", ""
    match = _BRACKETED.search(before[-120:]) or _PREDICATED.search(before[-120:])
    if match is None:
        return "", ""
    np = match.group("np")
    if match.re is _PREDICATED and np[1:2].islower():
        np = np[:1].lower() + np[1:]  # "Septa are thin (": the sentence's capital, no name
    words = np.split()
    if any(w.lower() in STOP for w in words):
        return "", ""  # "small and (" or "large in (": no noun phrase
    state = match.group("state").lower()
    dimension = _DIMENSION_OF_STATE[state.split()[-1]]
    words[-1] = singular(words[-1])
    own = {w.lower() for w in words} <= names.own | WHOLE | LESIONS
    measure = dimension if own else f"{' '.join(words)} {dimension}"
    return measure, f"{state} {np}"
