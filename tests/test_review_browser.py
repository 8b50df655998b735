"""The review page in a real headless Chromium (Debian's package, driven by Playwright).

Keys and clicks must change the YAML exactly as the CLI's review functions would; a change
on disk must be noticed; a write without the token must be refused; article markup must stay
text. Skipped (with the reason) only when Chromium is not installed: `.ci/run` installs it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from review_helpers import HOSTILE_IMG, HOSTILE_SCRIPT, hostile_article, make_session, serving

from quizgen.model import FactStatus
from quizgen.review import ReviewServer, ReviewSession
from quizgen.store import update_fact

ROOT = Path(__file__).resolve().parent.parent


def _articles(session: ReviewSession) -> list[Any]:
    """The articles of the session's state (JSON-shaped)."""
    articles: Any = session.state()["articles"]
    return list(articles)


def _article(session: ReviewSession, slug: str) -> Any:
    return session.article(slug)


def _preview(session: ReviewSession, fact_id: str) -> Any:
    return session.preview(fact_id)


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.is_file(),
    reason=f"Chromium is not installed at {CHROMIUM}: `apt-get install chromium` "
    "(.ci/run installs it when it can)",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def session(tmp_path: Path, seeds_dir: Path, now: datetime) -> ReviewSession:
    return make_session([str(seeds_dir)], tmp_path / "facts", now)


def _open(browser: Browser, server: ReviewServer, errors: list[str] | None = None) -> Page:
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    if errors is not None:
        page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server.url)
    page.wait_for_selector('body[data-ready="yes"]')
    page.set_default_timeout(10_000)
    return page


def _settle(page: Page) -> None:
    """Wait until every queued request of the page has finished."""
    page.wait_for_selector('body[data-busy="0"]', state="attached")


def _ids(page: Page) -> list[str]:
    ids = page.eval_on_selector_all("li.fact", "items => items.map(i => i.dataset.id)")
    return [str(fact_id) for fact_id in ids]


def _current(page: Page) -> str:
    return str(page.get_attribute("li.fact.current", "data-id"))


def test_keys_and_clicks_change_the_yaml_as_the_cli_would(
    browser: Browser, session: ReviewSession, tmp_path: Path, now: datetime
) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(session.store_dir, twin)
    with serving(session) as server:
        errors: list[str] = []
        page = _open(browser, server, errors)
        ids = _ids(page)
        assert _current(page) == ids[0]
        page.keyboard.press("a")  # approve the first fact; the page moves on
        _settle(page)
        assert _current(page) == ids[1]
        page.keyboard.press("j")
        _settle(page)
        page.keyboard.press("r")  # reject the third
        _settle(page)
        assert _current(page) == ids[3]
        page.keyboard.press("e")  # correct the fourth's value
        page.fill("#edit-value", "6%")
        page.keyboard.press("Enter")
        _settle(page)
        assert page.inner_text(f'li.fact[data-id="{ids[3]}"] .value') == "6%"
        page.keyboard.press("k")
        _settle(page)
        page.keyboard.press("a")  # approve the third (was rejected) ...
        _settle(page)
        page.keyboard.press("u")  # ... and undo that
        _settle(page)
        page.click(f'li.fact[data-id="{ids[5]}"]')  # the mouse: select and reject
        _settle(page)
        page.click("#reject")
        _settle(page)
        assert errors == []
        page.close()
    update_fact(twin, ids[0], now=now, status=FactStatus.APPROVED)
    update_fact(twin, ids[2], now=now, status=FactStatus.REJECTED)
    update_fact(twin, ids[3], now=now, correction={"value": "6%"})
    update_fact(twin, ids[5], now=now, status=FactStatus.REJECTED)
    for name in ("spinal-metastasis.yaml", "vertebral-metastases.yaml"):
        ours = (session.store_dir / name).read_text(encoding="utf-8")
        assert ours == (twin / name).read_text(encoding="utf-8"), name


def test_shift_a_approves_the_rest_of_a_section_and_u_undoes_it(
    browser: Browser, session: ReviewSession, tmp_path: Path, now: datetime
) -> None:
    twin = tmp_path / "twin"
    shutil.copytree(session.store_dir, twin)
    entry = _articles(session)[0]
    pathology = [f["id"] for f in entry["facts"] if f["section"] == "Pathology"]
    with serving(session) as server:
        page = _open(browser, server)
        page.click(f'li.fact[data-id="{pathology[1]}"]')
        _settle(page)
        page.keyboard.press("r")
        _settle(page)
        page.click(f'li.fact[data-id="{pathology[0]}"]')
        _settle(page)
        before = (session.store_dir / "spinal-metastasis.yaml").read_bytes()
        page.keyboard.press("Shift+A")
        _settle(page)
        assert "Approved" in page.inner_text("#banner")
        for fact_id in pathology:
            update_fact(twin, fact_id, now=now, status=FactStatus.REJECTED)
            if fact_id != pathology[1]:  # already decided: not "remaining"
                update_fact(twin, fact_id, now=now, status=FactStatus.APPROVED)
        ours = (session.store_dir / "spinal-metastasis.yaml").read_text(encoding="utf-8")
        assert ours == (twin / "spinal-metastasis.yaml").read_text(encoding="utf-8")
        page.keyboard.press("u")
        _settle(page)
        assert (session.store_dir / "spinal-metastasis.yaml").read_bytes() == before
        page.close()


def test_source_sentence_is_highlighted_and_scrolled_into_view(
    browser: Browser, session: ReviewSession
) -> None:
    facts = _articles(session)[0]["facts"]
    threshold = next(f for f in facts if f["kind"] == "percentage")
    with serving(session) as server:
        page = _open(browser, server)
        page.click(f'li.fact[data-id="{threshold["id"]}"]')
        _settle(page)
        assert page.inner_text("#source-mark") == threshold["source_text"]
        box = page.eval_on_selector(
            "#source-mark",
            "m => { const a = m.getBoundingClientRect(); const p = document.getElementById("
            "'article').getBoundingClientRect(); return [a.top, a.bottom, p.top, p.bottom]; }",
        )
        assert box[2] <= box[0]  # inside the article pane's view
        assert box[1] <= box[3]
        assert (
            page.inner_text("#detail").count("QUESTION") + page.inner_text("#detail").count("CLOZE")
            >= 1
        )
        page.close()


def test_a_change_on_disk_is_noticed_and_reloaded(
    browser: Browser, session: ReviewSession, now: datetime
) -> None:
    with serving(session) as server:
        page = _open(browser, server)
        ids = _ids(page)
        update_fact(session.store_dir, ids[4], now=now, status=FactStatus.REJECTED)  # elsewhere
        page.wait_for_selector(f'li.fact.status-rejected[data-id="{ids[4]}"]')
        assert "changed on disk" in page.inner_text("#banner").lower()
        page.close()


def test_a_write_after_a_change_on_disk_loses_nothing(
    browser: Browser, session: ReviewSession, now: datetime
) -> None:
    store = session.store_dir
    with serving(session) as server:
        page = _open(browser, server)
        page.route("**/api/versions", lambda route: route.fulfill(json={"versions": {}}))
        ids = _ids(page)
        # Another editor rejects the fifth fact; the page (not polling) approves the first.
        update_fact(store, ids[4], now=now, status=FactStatus.REJECTED)
        page.keyboard.press("a")
        _settle(page)
        assert "changed on disk" in page.inner_text("#banner")
        assert "applied to the new version" in page.inner_text("#banner")
        statuses = _statuses(session)
        assert statuses[ids[0]] == "approved"
        assert statuses[ids[4]] == "rejected"
        # The other editor rejects the fact the page is about to approve: theirs stays.
        page.click(f'li.fact[data-id="{ids[6]}"]')
        _settle(page)
        update_fact(store, ids[6], now=now, status=FactStatus.REJECTED)
        page.keyboard.press("a")
        _settle(page)
        assert "not applied" in page.inner_text("#banner")
        assert _statuses(session)[ids[6]] == "rejected"
        assert page.get_attribute(f'li.fact[data-id="{ids[6]}"]', "class") == (
            "fact status-rejected current"
        )
        page.close()


def _statuses(session: ReviewSession) -> dict[str, str]:
    articles = _articles(session)
    return {f["id"]: f["status"] for a in articles for f in a["facts"]}


def test_a_write_without_the_token_is_refused(browser: Browser, session: ReviewSession) -> None:
    store_text = {p.name: p.read_bytes() for p in session.store_dir.glob("*.yaml")}
    with serving(session) as server:
        page = _open(browser, server)
        ids = _ids(page)
        script = """async ([id, token]) => {
            const body = JSON.stringify({ids: [id], action: "approve", versions: {}});
            const headers = {"Content-Type": "application/json"};
            if (token) headers["X-Quizgen-Token"] = token;
            const response = await fetch("/api/decide", {method: "POST", headers, body});
            return response.status;
        }"""
        assert page.evaluate(script, [ids[0], ""]) == 403
        # Another origin (here a data: page) with a stolen token is refused too.
        other = browser.new_page()
        other.goto("data:text/html,<p>elsewhere</p>")
        status = other.evaluate(
            """async ([url, id, token]) => {
                try {
                    const r = await fetch(url, {method: "POST", mode: "cors",
                        headers: {"Content-Type": "application/json", "X-Quizgen-Token": token},
                        body: JSON.stringify({ids: [id], action: "approve", versions: {}})});
                    return r.status;
                } catch (e) { return "blocked"; }
            }""",
            [f"http://127.0.0.1:{server.port}/api/decide", ids[0], server.token],
        )
        assert status in (403, "blocked")
        other.close()
        page.close()
    assert {p.name: p.read_bytes() for p in session.store_dir.glob("*.yaml")} == store_text


def test_hostile_article_text_stays_text(browser: Browser, tmp_path: Path, now: datetime) -> None:
    article = hostile_article(
        ROOT / "tests" / "data" / "articles" / "renal-angiomyolipoma.html", tmp_path / "evil.html"
    )
    session = make_session([str(article)], tmp_path / "facts", now)
    facts = _articles(session)[0]["facts"]
    evil = next(f for f in facts if "onerror" in f["source_text"])
    with serving(session) as server:
        page = _open(browser, server)
        page.click(f'li.fact[data-id="{evil["id"]}"]')
        _settle(page)
        text = page.inner_text("#article")
        assert HOSTILE_SCRIPT in text
        assert HOSTILE_IMG in text
        assert HOSTILE_IMG in page.inner_text("#source-mark")
        assert HOSTILE_IMG in page.inner_text("#facts")
        assert page.evaluate("window.pwned") is None
        assert page.eval_on_selector_all("main img, main script", "nodes => nodes.length") == 0
        page.close()


def test_filters_and_the_changed_since_review_key(
    browser: Browser, session: ReviewSession, now: datetime
) -> None:
    store_file = session.store_file("spinal-metastasis")
    flagged = _articles(session)[0]["facts"][2]["id"]
    update_fact(session.store_dir, flagged, now=now, status=FactStatus.APPROVED)
    text = store_file.read_text(encoding="utf-8")
    position = text.index(f"id: {flagged}\n")
    status_line = text.index("  status: approved\n", position)
    flag = "  source_changed: true\n"
    end = status_line + len("  status: approved\n")
    store_file.write_text(text[:end] + flag + text[end:], encoding="utf-8")  # as a merge flags
    with serving(session) as server:
        page = _open(browser, server)
        page.select_option("#f-kind", "differential")
        _settle(page)
        kinds = page.eval_on_selector_all("li.fact .badge.kind", "b => b.map(x => x.textContent)")
        assert kinds
        assert set(kinds) == {"differential"}
        page.select_option("#f-kind", "")
        page.select_option("#f-status", "approved")
        _settle(page)
        assert _ids(page) == [flagged]
        page.select_option("#f-status", "")
        page.keyboard.press("c")
        _settle(page)
        assert _ids(page) == [flagged]
        assert page.inner_text(f'li.fact[data-id="{flagged}"] .badge.changed') == "changed"
        page.keyboard.press("a")  # approving again answers the flag
        _settle(page)
        assert page.inner_text("#facts") == "No fact matches these filters."
        page.close()
    assert flag not in store_file.read_text(encoding="utf-8")
