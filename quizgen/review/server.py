"""The review page's HTTP server: the standard library's ``http.server`` on loopback only.

Security: the server binds 127.0.0.1; every request must name it (or localhost) with its port
in ``Host`` (a DNS-rebinding page names its own host); the page is served only with the
session token in its URL, and every API call carries the token in a header, so neither another
web page in the same browser nor another user of the machine can read or change the store.
A write must also be JSON and, when the browser says where it comes from (``Origin``,
``Sec-Fetch-Site``), come from the page itself. The page builds its DOM with ``textContent``
only, under a Content-Security-Policy that allows no inline script.
"""

from __future__ import annotations

import hmac
import html
import json
import secrets
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from quizgen.errors import QuizgenError
from quizgen.model import FactStatus
from quizgen.review.session import Conflict, ReviewSession
from quizgen.templating import load_template

__all__ = ["TOKEN_HEADER", "ReviewServer", "make_server"]

TOKEN_HEADER = "X-Quizgen-Token"
LOOPBACK = "127.0.0.1"
_STATIC = {
    "/static/review.js": ("review/review.js", "text/javascript; charset=utf-8"),
    "/static/review.css": ("review/review.css", "text/css; charset=utf-8"),
}
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
_STATUSES = {"approve": FactStatus.APPROVED, "reject": FactStatus.REJECTED}
_MAX_BODY = 1_000_000


class ReviewServer(ThreadingHTTPServer):
    """A threading HTTP server that holds the review session and its token."""

    daemon_threads = True

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        super().__init__((LOOPBACK, port), _Handler)
        self.session = session
        self.token = secrets.token_urlsafe(32)

    @property
    def port(self) -> int:
        """The port the server listens on (a free one when 0 was asked)."""
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        """The page's address, with the session token."""
        return f"http://{LOOPBACK}:{self.port}/?token={self.token}"

    def allowed_hosts(self) -> frozenset[str]:
        """``Host`` values a request may carry."""
        return frozenset({f"{LOOPBACK}:{self.port}", f"localhost:{self.port}"})

    def allowed_origins(self) -> frozenset[str]:
        """``Origin`` values a write may carry."""
        return frozenset(f"http://{host}" for host in self.allowed_hosts())


def make_server(session: ReviewSession, *, port: int = 0) -> ReviewServer:
    """A review server on 127.0.0.1 (port 0: a free port), not yet serving."""
    return ReviewServer(session, port)


class _Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "quizgen-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal shows the URL, not every request."""

    # --- plumbing ----------------------------------------------------------------------

    def _send(self, status: HTTPStatus, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")  # the URL holds the token
        self.send_header("X-Frame-Options", "DENY")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, data: object, status: HTTPStatus = HTTPStatus.OK) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json; charset=utf-8")

    def _check_host(self) -> None:
        if self.headers.get("Host", "") not in self.server.allowed_hosts():
            raise _Refused(HTTPStatus.FORBIDDEN, "wrong Host: use the address quizgen printed")

    def _check_token(self, given: str | None) -> None:
        if not given or not hmac.compare_digest(given, self.server.token):
            raise _Refused(HTTPStatus.FORBIDDEN, "missing or wrong session token")

    def _check_write(self) -> None:
        origin = self.headers.get("Origin")
        if origin is not None and origin not in self.server.allowed_origins():
            raise _Refused(HTTPStatus.FORBIDDEN, f"writes from {origin} are refused")
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in {"same-origin", "none"}:
            raise _Refused(HTTPStatus.FORBIDDEN, "cross-site writes are refused")
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            raise _Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON")

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request too large")
        try:
            data = json.loads(self.rfile.read(length) or b"{}")
        except (ValueError, UnicodeDecodeError):
            raise _Refused(HTTPStatus.BAD_REQUEST, "not valid JSON") from None
        if not isinstance(data, dict):
            raise _Refused(HTTPStatus.BAD_REQUEST, "send a JSON object")
        return data

    def _guarded(self, run: Any) -> None:
        try:
            self._check_host()
            run()
        except _Refused as refused:
            self._json({"error": refused.message}, refused.status)
        except Conflict as exc:
            self._json({"error": str(exc), "conflict": True}, HTTPStatus.CONFLICT)
        except QuizgenError as exc:
            self._json({"error": str(exc)}, HTTPStatus.BAD_REQUEST)

    # --- routes ------------------------------------------------------------------------

    def do_GET(self) -> None:
        """The page, its static files, and the read API."""
        self._guarded(self._get)

    def do_POST(self) -> None:
        """The write API: decisions and undo."""
        self._guarded(self._post)

    def _get(self) -> None:
        url = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        if url.path == "/":
            self._check_token(query.get("token"))
            page = load_template("review/index.html").replace(
                "{{token}}", html.escape(self.server.token)
            )
            self._send(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8")
            return
        if url.path == "/favicon.ico":
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            return
        if url.path in _STATIC:
            name, content_type = _STATIC[url.path]
            self._send(HTTPStatus.OK, load_template(name).encode("utf-8"), content_type)
            return
        self._check_token(self.headers.get(TOKEN_HEADER))
        session = self.server.session
        if url.path == "/api/state":
            self._json(session.state())
        elif url.path == "/api/versions":
            self._json({"versions": session.versions()})
        elif url.path == "/api/article":
            self._json(session.article(query.get("slug", "")))
        elif url.path == "/api/preview":
            self._json(session.preview(query.get("fact", "")))
        else:
            raise _Refused(HTTPStatus.NOT_FOUND, "no such page")

    def _post(self) -> None:
        self._check_token(self.headers.get(TOKEN_HEADER))
        self._check_write()
        url = urlsplit(self.path)
        body = self._body()
        session = self.server.session
        if url.path == "/api/undo":
            self._json({"undone": session.undo()})
            return
        if url.path != "/api/decide":
            raise _Refused(HTTPStatus.NOT_FOUND, "no such page")
        action = body.get("action")
        ids = body.get("ids")
        versions = body.get("versions")
        correction = body.get("correction") or {}
        if (
            not isinstance(ids, list)
            or not all(isinstance(i, str) for i in ids)
            or not isinstance(versions, dict)
            or not isinstance(correction, dict)
            or not all(isinstance(v, str) for v in (*versions.values(), *correction.values()))
        ):
            raise _Refused(HTTPStatus.BAD_REQUEST, "malformed decision")
        if action in _STATUSES:
            facts = session.decide(ids, versions=versions, status=_STATUSES[action])
        elif action == "correct" and correction:
            facts = session.decide(ids, versions=versions, correction=correction)
        else:
            raise _Refused(HTTPStatus.BAD_REQUEST, f"unknown action {action!r}")
        self._json({"facts": facts})
