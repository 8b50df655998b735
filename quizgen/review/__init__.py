"""Review facts in a browser: a local page beside each article's text (``quizgen review``).

``ReviewSession`` holds what the page reads and the decisions it saves (through the store's
own functions); ``make_server`` serves it on 127.0.0.1 with a per-session token.
"""

from __future__ import annotations

from quizgen.review.server import ReviewServer, make_server
from quizgen.review.session import Conflict, DeckSettings, ReviewSession

__all__ = ["Conflict", "DeckSettings", "ReviewServer", "ReviewSession", "make_server"]
