"""Who a condition is named after or was first described by, told with who the person was.

``statement_terms`` reads the bare shapes ("first described by Wallmann in 1858", "named
after Burrill Bernard Crohn"). Pages often say who the person was before the name ("first
described by the Italian anatomist Giovanni Battista Morgagni in 1761", "named after the
Argentine surgeon Pablo Luis Mirizzi"), write the name with a capital outside ASCII
("Étienne-Louis Arthur Fallot"), open the sentence on the verb ("Named after …"), or name the
person with another verb ("The eponym honours Henry Pancoast", "The term is credited to Sir
Samuel Wilks"). The person's name is the blank, and the year after it when the sentence gives
one ("…, who described it in 1888").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.extractors.statement_terms import GeneralTerm

__all__ = ["person_terms"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"[{_UPPER}][a-zß-ÿ'’][\w'’-]{{0,29}}"
_PARTICLE = r"(?:von|van|de|di|du|da|del|der|la|le)"
# A person's name: up to four capitalised words (a particle between them), perhaps after a
# title, perhaps two people joined by "and".
_NAME = (
    rf"(?:(?:Sir|Dr\.?|Professor)\s)?{_NAME_WORD}(?:\s(?:{_NAME_WORD}|{_PARTICLE}(?=\s[{_UPPER}]))){{0,3}}"
    rf"(?:\s(?:and|&)\s{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}})?"
)
# Who the person was, before the name: "the Italian anatomist", "the Cuban-French
# urologist", "the Finnish pathologists", "the English physician".
_CALLING = (
    rf"the\s(?:[{_UPPER}][a-zß-ÿ]{{2,20}}(?:-[{_UPPER}][a-zß-ÿ]{{2,20}})?\s){{1,2}}[a-z]{{4,20}}\s"
)
_YEAR = r"(?:1[5-9]\d\d|20[0-4]\d)"
_DESCRIBED = (
    r"(?:described|reported|introduced|named|coined|recogni[sz]ed|characteri[sz]ed|proposed|"
    r"populari[sz]ed)"
)
# "described by the Italian anatomist Giovanni Battista Morgagni (in 1761)": the calling
# says the name is a person's, so the year may be missing.
_DESCRIBED_BY = re.compile(
    rf"\b{_DESCRIBED}\s(?:(?:first|originally|[a-z]{{3,20}}ly)\s)?by\s{_CALLING}"
    rf"(?P<name>{_NAME})(?![\w'’-])(?:,?\s(?:in|during)\s(?P<year>{_YEAR})\b)?"
)
# "Named after the Argentine surgeon Pablo Luis Mirizzi", "named after Étienne-Louis Arthur
# Fallot", "named in honour of …"; "The eponym honours Henry Pancoast"; "The term is credited
# to the English physician Sir Samuel Wilks".
_NAMED_FOR = re.compile(
    rf"(?:\b[Nn]amed\s(?:in\shonou?r\sof|after)|\b(?:honou?rs|commemorates)|\bcredited\sto)\s"
    rf"(?:{_CALLING})?(?P<name>{_NAME})(?![\w'’-])"
)
# The year the person described it, after the name: "…, who described it in 1888", "…, an
# American radiologist, who described the entity in 1932".
_WHO_DESCRIBED = re.compile(
    rf",\s(?:an?\s[a-zA-Z][\w -]{{2,50}},\s)?who\s(?:first\s)?{_DESCRIBED}\s"
    rf"(?:it|them|the\s[a-z]{{3,20}})\s(?:in|during)\s(?P<year>{_YEAR})\b"
)


def person_terms(sentence: str) -> Iterator[GeneralTerm]:
    """The person (and the year) a sentence names as its subject's describer or namesake."""
    low = sentence.lower()
    if "by the " in low:
        for match in _DESCRIBED_BY.finditer(sentence):
            yield GeneralTerm(match.group("name"), match.start("name"), "eponym")
            if match.group("year"):
                yield GeneralTerm(match.group("year"), match.start("year"), "number")
    if "named" in low or "honour" in low or "commemorates" in low or "credited" in low:
        for match in _NAMED_FOR.finditer(sentence):
            yield GeneralTerm(match.group("name"), match.start("name"), "eponym")
            year = _WHO_DESCRIBED.match(sentence, match.end())
            if year is not None:
                yield GeneralTerm(year.group("year"), year.start("year"), "number")
