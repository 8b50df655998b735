"""What opens the definition after a class label in running prose, besides a copula:
a verb that says what the class shows or reaches ("type 1 shows subtle dilatation; type 2
shows diverticula"), the label's own noun before it ("grade 2 lesions are …"), or a phrase of
place or extent with no verb at all ("stage 1 at the insertion, stage 2 at the level of the
head"). Read by the inline-label maker of the classification extractor, which still wants
two or more labels of one scheme. Grammar only, no word of one disease.
"""

from __future__ import annotations

import re

__all__ = ["definition_start"]

# The label's noun, plural, between the label and a copula: "grade 2 lesions are".
_HOLDER = r"(?:[a-z]{3,20}s\s)?"
# A copula or a verb of showing, dropped from the definition ("shows subtle dilatation").
_DROPPED = r"(?:is|are|=|means|denotes|indicates|shows?|has|have|consists?\sof)\s"
# A verb of reaching or involving, kept in the definition ("extends into the canal").
_KEPT_VERB = (
    r"(?:involves?|extends?|invades?|affects?|reach(?:es)?|cross(?:es)?|encases?|spans?|"
    r"breach(?:es)?|infiltrates?)\s"
)
# A phrase of place or extent, kept: "at the level of the glenoid", "beyond the tangent".
_PLACE = (
    r"(?:at|within|beyond|above|below|between|into|under|over|along|up\sto|less\sthan|"
    r"more\sthan|greater\sthan|confined\sto|limited\sto)\s"
)
# "grade 1 tears involve …": the holder noun may stand before a kept verb too.
_LEAD = re.compile(
    rf"^\s(?:{_HOLDER}(?P<dropped>{_DROPPED})|{_HOLDER}(?={_KEPT_VERB})|(?={_PLACE}))"
)
# A share or a count is how common the class is, not what it is: "grade 2 in 30% of cases".
_SHARE = re.compile(r"%|^in\s(?:about\s|around\s|up\sto\s)?\d")


def definition_start(segment: str) -> int:
    """Where the definition begins in the text after a class label (" shows X, "), or -1
    when the text opens on nothing that defines the class."""
    match = _LEAD.match(segment)
    if match is None:
        return -1
    if _SHARE.search(segment[match.end() :].split(",", maxsplit=1)[0]):
        return -1
    return match.end()
