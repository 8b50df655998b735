"""The closed class of present-tense verbs whose object ``predicate_objects`` reads as a
statement's blank, only where the clause's subject is the page's own (C2). Kept apart so
that ``predicate_terms`` leaves these verbs to that rule."""

from __future__ import annotations

import re

__all__ = ["PRESENT_VERB"]

PRESENT_VERB = re.compile(
    r"^(?:cause|produce|demonstrate|enhance|consist|define|increase|decrease|"
    r"activate|derive|restore|reduce|reveal|represent|distinguish|receive|remodel|replace|"
    r"accumulate|permit|exclude|confirm|detect|prevent|protect|bind|secrete|express|exceed|"
    r"reach|outline|separate|divide|join|complicate|undergo|induce|trigger|elevate|alter|"
    r"determine|influence|improve|impair|damage|deform|straddle|abut|span|encircle|traverse|"
    r"resemble|occup(?:y|ie))(?:s|es)?$"
)
