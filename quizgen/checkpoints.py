"""Named points in a run's write sequence, where a test can end the process as kill -9 would.

Set ``QUIZGEN_FAULT_AT=<name>`` (or ``<name>:<n>`` for the n-th time the point is reached) and
the process exits at once there with status 137, skipping every cleanup, as after SIGKILL. The
variable is unset in normal use, and then a checkpoint only looks it up.
"""

from __future__ import annotations

import os
from collections import Counter

__all__ = ["FAULT_ENV", "checkpoint"]

FAULT_ENV = "QUIZGEN_FAULT_AT"
_reached: Counter[str] = Counter()


def checkpoint(name: str) -> None:
    """Mark that the run reached ``name``; end the process here if ``$QUIZGEN_FAULT_AT`` says so."""
    wanted = os.environ.get(FAULT_ENV)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] >= int(count or 1):
        os._exit(137)  # no atexit, no finally, no flush: what a kill leaves
