"""`quizgen review` without a browser: the session's writes, the HTTP API's guards, the CLI.

The page itself is driven in a real browser in test_review_browser.py.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from review_helpers import HOSTILE_IMG, HOSTILE_SCRIPT, hostile_article, make_session, serving
from typer.testing import CliRunner

from quizgen.cli import app
from quizgen.model import FactStatus
from quizgen.review import Conflict, ReviewServer, ReviewSession
from quizgen.review.server import TOKEN_HEADER
from quizgen.store import load_store, update_fact

ROOT = Path(__file__).resolve().parent.parent


def _articles(session: ReviewSession) -> list[Any]:
    """The articles of the session's state (JSON-shaped)."""
    articles: Any = session.state()["articles"]
    return list(articles)


def _article(session: ReviewSession, slug: str) -> Any:
    return session.article(slug)


def _preview(session: ReviewSession, fact_id: str) -> Any:
    return session.preview(fact_id)


def _blanks(preview: Any) -> list[str]:
    """The answers a preview's cloze cards hide."""
    return [
        segment["text"]
        for card in preview["cards"]
        for line in card["lines"]
        for segment in line
        if segment["blank"]
    ]


def _request(
    server: ReviewServer,
    method: str,
    path: str,
    body: object = None,
    *,
    headers: dict[str, str] | None = None,
) -> tuple[int, dict[str, object]]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    data = None if body is None else json.dumps(body).encode()
    sent = {"Content-Type": "application/json"} if body is not None else {}
    sent |= headers or {}
    connection.request(method, path, body=data, headers=sent)
    response = connection.getresponse()
    raw = response.read()
    connection.close()
    try:
        return response.status, json.loads(raw or b"{}")
    except ValueError:
        return response.status, {"text": raw.decode()}


def _authorized(server: ReviewServer) -> dict[str, str]:
    return {TOKEN_HEADER: server.token}


@pytest.fixture
def session(tmp_path: Path, seeds_dir: Path, now: datetime) -> ReviewSession:
    return make_session([str(seeds_dir)], tmp_path / "facts", now)


def _first_fact(session: ReviewSession) -> tuple[str, str]:
    article = _articles(session)[0]
    return article["slug"], article["facts"][0]["id"]


def _decision(session: ReviewSession, fact_id: str, slug: str, action: str) -> dict[str, object]:
    return {"ids": [fact_id], "action": action, "versions": session.versions() | {}, "slug": slug}


# --- writes ------------------------------------------------------------------------------


def test_page_decisions_write_what_the_cli_writes(
    session: ReviewSession, tmp_path: Path, now: datetime
) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(session.store_dir, twin)
    slug, fact_id = _first_fact(session)
    other = _articles(session)[0]["facts"][3]["id"]
    with serving(session) as server:
        for wanted, action in ((fact_id, "approve"), (other, "reject")):
            body = {"ids": [wanted], "action": action, "versions": session.versions()}
            status, _ = _request(server, "POST", "/api/decide", body, headers=_authorized(server))
            assert status == 200
        body = {
            "ids": [other],
            "action": "correct",
            "correction": {"value": "23%"},
            "versions": session.versions(),
        }
        assert _request(server, "POST", "/api/decide", body, headers=_authorized(server))[0] == 200
    update_fact(twin, fact_id, now=now, status=FactStatus.APPROVED)
    update_fact(twin, other, now=now, status=FactStatus.REJECTED)
    update_fact(twin, other, now=now, correction={"value": "23%"})
    written = (session.store_dir / f"{slug}.yaml").read_text(encoding="utf-8")
    assert written == (twin / f"{slug}.yaml").read_text(encoding="utf-8")
    assert "  correction:\n    value: 23%\n" in written


def test_undo_restores_the_file_byte_for_byte(session: ReviewSession) -> None:
    slug, fact_id = _first_fact(session)
    path = session.store_file(slug)
    before = path.read_bytes()
    section_ids = [
        fact["id"] for fact in _articles(session)[0]["facts"] if fact["section"] == "Pathology"
    ]
    session.decide(section_ids, versions=session.versions(), status=FactStatus.APPROVED)
    session.decide([fact_id], versions=session.versions(), correction={"value": "x"})
    assert session.undo() == [fact_id]
    assert session.undo() == section_ids
    assert path.read_bytes() == before
    assert session.undo() == []


def test_a_decision_parses_only_the_file_it_changes(
    session: ReviewSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page reads every article once; a decision re-reads the one file it rewrote
    (reloading the whole store per keystroke took seconds on a 1,000-article store)."""
    import quizgen.store as store_module  # noqa: PLC0415

    assert len(_articles(session)) == 2  # the seeds: both parsed, and cached from now on
    slug, fact_id = _first_fact(session)
    parsed: list[str] = []
    real_parse = store_module.parse_entry

    def counting_parse(text: str, path: Path, **kwargs: Any) -> Any:
        parsed.append(path.stem)
        return real_parse(text, path, **kwargs)

    monkeypatch.setattr(store_module, "parse_entry", counting_parse)
    session.decide([fact_id], versions=session.versions(), status=FactStatus.APPROVED)
    assert len(_articles(session)) == 2
    assert parsed == [slug, slug]  # update_fact's read, then the page's re-read of that file


def test_a_stale_version_is_refused_and_nothing_is_written(session: ReviewSession) -> None:
    slug, fact_id = _first_fact(session)
    seen = session.versions()
    path = session.store_file(slug)
    edited = path.read_text(encoding="utf-8") + "# a note by another editor\n"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(Conflict, match="changed on disk"):
        session.decide([fact_id], versions=seen, status=FactStatus.APPROVED)
    assert path.read_text(encoding="utf-8") == edited
    session.decide([fact_id], versions=session.versions(), status=FactStatus.APPROVED)
    assert "# a note by another editor" not in path.read_text(encoding="utf-8")  # rewritten
    assert load_store(session.store_dir)[slug].facts[0].status is FactStatus.APPROVED


def test_undo_refuses_when_the_fact_changed_on_disk(session: ReviewSession, now: datetime) -> None:
    _, fact_id = _first_fact(session)
    session.decide([fact_id], versions=session.versions(), status=FactStatus.APPROVED)
    update_fact(session.store_dir, fact_id, now=now, status=FactStatus.REJECTED)
    with pytest.raises(Conflict, match="not undone"):
        session.undo()
    assert session.state()["can_undo"] is True


def test_an_empty_correction_is_refused(session: ReviewSession) -> None:
    _, fact_id = _first_fact(session)
    with pytest.raises(Exception, match="cannot be empty"):
        session.decide([fact_id], versions=session.versions(), correction={"value": " "})


# --- what the page reads -----------------------------------------------------------------


def test_every_seed_fact_points_at_its_source_in_the_article(session: ReviewSession) -> None:
    for article in _articles(session):
        view = _article(session, article["slug"])
        nodes = {node["id"]: node["text"] for node in view["nodes"]}
        assert view["problem"] == ""
        for fact in article["facts"]:
            anchor = view["anchors"].get(fact["id"])
            if fact["kind"] == "synonym":  # read from the title or metadata, not the body
                assert anchor is None
                continue
            assert anchor is not None, fact["source_text"]
            text = nodes[anchor["node"]]
            if anchor["start"] >= 0:
                assert text[anchor["start"] : anchor["end"]] == fact["source_text"]
            else:  # a nested list item: its path ends with the item's text
                assert fact["source_text"].endswith(text)


def test_preview_follows_a_correction_and_names_dropping_rules(session: ReviewSession) -> None:
    facts = _articles(session)[0]["facts"]
    breast = next(f for f in facts if f["fields"]["item"] == "breast")
    before = _preview(session, breast["id"])
    assert before["questions"]
    assert any(
        seg["blank"] and seg["text"] == "22%"
        for card in before["cards"]
        for line in card["lines"]
        for seg in line
    )
    session.decide([breast["id"]], versions=session.versions(), correction={"value": "23%"})
    after = _preview(session, breast["id"])
    assert _blanks(after) == ["23%"]
    assert after["cards"][0]["corrected_from"] == "breast: 22%"
    lung = next(f for f in facts if f["fields"]["item"] == "lung")
    assert _preview(session, lung["id"])["cards"][0]["corrected_from"] == ""  # not its news
    dropped = [f for f in facts if _preview(session, f["id"])["findings"]]
    assert dropped, "the seeds have facts the card rules drop"
    finding = _preview(session, dropped[0]["id"])["findings"][0]
    assert re.fullmatch(r"[CM]\d+", finding["rule"])
    session.decide([breast["id"]], versions=session.versions(), status=FactStatus.REJECTED)
    rejected = _preview(session, breast["id"])
    assert rejected["cards"] == rejected["questions"] == []
    assert "rejected" in str(rejected["why_none"])


# --- the HTTP guards ---------------------------------------------------------------------


def test_requests_without_the_token_are_refused(session: ReviewSession) -> None:
    slug, fact_id = _first_fact(session)
    before = session.store_file(slug).read_bytes()
    body = {"ids": [fact_id], "action": "approve", "versions": session.versions()}
    with serving(session) as server:
        assert _request(server, "POST", "/api/decide", body)[0] == 403
        wrong = {TOKEN_HEADER: "x" * len(server.token)}
        assert _request(server, "POST", "/api/decide", body, headers=wrong)[0] == 403
        assert _request(server, "GET", "/api/state")[0] == 403
        assert _request(server, "GET", "/")[0] == 403
        assert _request(server, "GET", f"/?token={server.token}")[0] == 200
        assert _request(server, "POST", "/api/undo", {})[0] == 403
    assert session.store_file(slug).read_bytes() == before


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "http://evil.example"}, 403),
        ({"Origin": "null"}, 403),
        ({"Sec-Fetch-Site": "cross-site"}, 403),
        ({"Host": "evil.example:80"}, 403),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({}, 200),
    ],
)
def test_writes_from_elsewhere_are_refused(
    session: ReviewSession, headers: dict[str, str], status: int
) -> None:
    slug, fact_id = _first_fact(session)
    before = session.store_file(slug).read_bytes()
    body = {"ids": [fact_id], "action": "approve", "versions": session.versions()}
    with serving(session) as server:
        sent = _authorized(server) | headers
        assert _request(server, "POST", "/api/decide", body, headers=sent)[0] == status
    assert (session.store_file(slug).read_bytes() == before) is (status != 200)


def test_a_rebound_host_cannot_read_the_page(session: ReviewSession) -> None:
    with serving(session) as server:
        path = f"/?token={server.token}"
        assert _request(server, "GET", path, headers={"Host": "evil.example"})[0] == 403
        assert _request(server, "GET", path, headers={"Host": f"localhost:{server.port}"})[0] == 200


def test_the_page_forbids_inline_script(session: ReviewSession) -> None:
    with serving(session) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.request("GET", f"/?token={server.token}")
        response = connection.getresponse()
        page = response.read().decode()
        connection.close()
    policy = response.getheader("Content-Security-Policy") or ""
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response.getheader("Referrer-Policy") == "no-referrer"
    assert "<script>" not in page  # only <script src=...>


def test_hostile_article_text_reaches_the_page_as_data(tmp_path: Path, now: datetime) -> None:
    article = hostile_article(
        ROOT / "tests" / "data" / "articles" / "renal-angiomyolipoma.html", tmp_path / "evil.html"
    )
    session = make_session([str(article)], tmp_path / "facts", now)
    slug = _articles(session)[0]["slug"]
    texts = [node["text"] for node in _article(session, slug)["nodes"]]
    assert any(HOSTILE_SCRIPT in text for text in texts)
    assert any(HOSTILE_IMG in text for text in texts)


# --- the command -------------------------------------------------------------------------


def test_review_serves_until_ctrl_c(tmp_path: Path, seeds_dir: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "review", str(seeds_dir), "--no-browser"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        assert lines[0].startswith("Reviewing ")
        assert lines[0].endswith(" article(s) in facts/\n")
        match = re.fullmatch(r"Open http://127\.0\.0\.1:(\d+)/\?token=([\w-]+)\n", lines[1])
        assert match, lines
        connection = http.client.HTTPConnection("127.0.0.1", int(match.group(1)), timeout=10)
        connection.request("GET", "/api/state", headers={TOKEN_HEADER: match.group(2)})
        state = json.loads(connection.getresponse().read())
        connection.close()
        assert len(state["articles"]) == 2
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert out == "Stopped; every decision is saved in the store.\n"
    assert yaml.safe_load((tmp_path / "facts" / "spinal-metastasis.yaml").read_text())["facts"]


def test_review_of_a_missing_store_is_one_error_line(tmp_path: Path, runner: CliRunner) -> None:
    os.chdir(tmp_path)
    result = runner.invoke(app, ["review", "--store", "nowhere", "--no-browser"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: nowhere: no fact store here; run `quizgen extract PATH` first\n"
    )


def test_review_opens_the_browser_unless_told_not_to(tmp_path: Path, seeds_dir: Path) -> None:
    opened = tmp_path / "opened.txt"
    fake_browser = tmp_path / "browser.py"
    fake_browser.write_text(
        f"import sys, pathlib; pathlib.Path({str(opened)!r}).write_text(sys.argv[1])\n",
        encoding="utf-8",
    )
    environment = os.environ | {"BROWSER": f"{sys.executable} {fake_browser} %s"}
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "review", str(seeds_dir)],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stdout is not None
        process.stdout.readline()
        url = process.stdout.readline().removeprefix("Open ").strip()
        deadline = time.monotonic() + 10
        while not (opened.exists() and opened.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    assert opened.read_text() == url


def test_review_of_an_unreadable_article_says_so_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["review", str(empty), "--store", str(tmp_path / "facts"), "--no-browser"]
    )
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [f"Error: {empty}: the file is empty"]
    assert "Traceback" not in result.output
