"""Helpers shared by the review tests: a served review session over a store (not fixtures)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from quizgen.review import DeckSettings, ReviewServer, ReviewSession, make_server
from quizgen.selection import resolve_selection

HOSTILE_SCRIPT = "<script>window.pwned = 'script'</script>"
HOSTILE_IMG = "<img src=x onerror=\"window.pwned = 'img'\">"


def hostile_article(template: Path, target: Path) -> Path:
    """The renal angiomyolipoma test page with markup in its text (as entities, so the
    article's text holds literal tags), in a paragraph and in a differential list."""
    page = template.read_text(encoding="utf-8")
    escaped_script = HOSTILE_SCRIPT.replace("<", "&lt;").replace(">", "&gt;")
    escaped_img = HOSTILE_IMG.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    page = page.replace("<li>oncocytoma</li>", f"<li>oncocytoma {escaped_img}</li>")
    page = page.replace(
        "<p>They account for",
        f"<p>Markup in the text {escaped_script} stays text.</p><p>They account for",
    )
    target.write_text(page, encoding="utf-8")
    return target


def make_session(sources: list[str], store: Path, now: datetime) -> ReviewSession:
    """Extract ``sources`` into ``store`` (as `quizgen review PATH` does) and open a session."""
    selection = resolve_selection(sources, store_dir=store, now=now)
    return ReviewSession(
        store,
        slugs=tuple(entry.slug for entry in selection.entries),
        settings=DeckSettings.from_recipe(selection.recipe),
        clock=lambda: now,
    )


@contextmanager
def serving(session: ReviewSession) -> Iterator[ReviewServer]:
    """Serve ``session`` on a free loopback port in a thread for the duration."""
    server = make_server(session)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
