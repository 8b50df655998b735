"""`quizgen review`: review facts in a browser page served on 127.0.0.1."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from quizgen.cli.common import DEFAULT_STORE, app, fail, handle_errors
from quizgen.cli.selecting import report_selection

__all__ = ["review"]


@app.command()
@handle_errors
def review(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="A recipe or article paths; none: the seeds (or --store alone)."),
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option("--store", "-s", help="Fact store folder; alone, review every article in it."),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Print the address; do not open a browser.")
    ] = False,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0: a free one).")] = 0,
) -> None:
    """Review facts in your browser, beside each article's text; each decision is saved at once.

    Keys: j/k next/previous, a approve, r reject, e edit the value (a correction), u undo,
    A approve the rest of the section, ? all keys. Ctrl-C stops the server.

    Example: quizgen review seeds/ --no-browser
    """
    import webbrowser  # noqa: PLC0415

    from quizgen.review import DeckSettings, ReviewSession, make_server  # noqa: PLC0415
    from quizgen.selection import resolve_selection  # noqa: PLC0415

    store_dir = store or DEFAULT_STORE
    if sources or store is None:
        selection = resolve_selection(sources or [], store_dir=store_dir, now=datetime.now(UTC))
        report_selection(selection)
        if not selection.entries:
            if selection.failures:  # their own lines said why, as every command does
                raise typer.Exit(1)
            raise fail("no article could be read; nothing to review")
        session = ReviewSession(
            store_dir,
            slugs=tuple(entry.slug for entry in selection.entries),
            settings=DeckSettings.from_recipe(selection.recipe),
        )
    elif not store_dir.is_dir():
        raise fail(f"{store_dir}: no fact store here; run `quizgen extract PATH` first")
    else:
        session = ReviewSession(store_dir)
    articles = session.state()["articles"]
    assert isinstance(articles, list)
    facts = sum(len(article["facts"]) for article in articles)
    server = make_server(session, port=port)
    print(f"Reviewing {facts} facts of {len(articles)} article(s) in {store_dir}/")
    print(f"Open {server.url}")
    print("Press Ctrl-C to stop.", flush=True)
    if not no_browser:
        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped; every decision is saved in the store.")
    finally:
        server.server_close()
