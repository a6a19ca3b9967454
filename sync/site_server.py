"""Serves this terminal's site-scope events to the other terminals of its site, over HTTP.

A pull with nothing new is held open (a long-poll) until an event arrives or the peer's
``wait_s`` passes, so a ticket shows on every terminal within a moment of being issued.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from core.events import Event
from store.journal import SqliteJournal
from sync import site_wire as wire

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 1024 * 1024
# An answer stops growing past this, so a big backlog goes in several round trips.
MAX_ANSWER_BYTES = 4 * 1024 * 1024
PULL_LIMIT = 500
# A long-poll re-checks for shutdown this often, so stopping never waits on a peer.
STOP_CHECK_S = 0.25


class SiteServer:
    """The site endpoints of one terminal.

    Attributes:
        journal: the journal whose site-scope events are served.
    """

    def __init__(self, journal: SqliteJournal, host: str, port: int, peer_key: str) -> None:
        self.journal = journal
        self._key = peer_key
        self._stopping = threading.Event()
        self._busy = threading.Condition()
        self._in_flight = 0
        self._http = _QuietServer((host, port), _Handler)
        self._http.site_server = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )

    @property
    def port(self) -> int:
        """The TCP port actually bound (useful when 0 was asked for)."""
        return int(self._http.server_address[1])

    @property
    def in_flight(self) -> int:
        """How many peer requests are being answered (long-polls included) right now."""
        with self._busy:
            return self._in_flight

    def start(self) -> None:
        """Accept requests on a background thread."""
        self._thread.start()

    def stop(self, grace_s: float = 1.0) -> None:
        """Stop accepting, end long-polls early, and wait briefly for answers in progress."""
        self._stopping.set()
        if self._thread.is_alive():
            self._http.shutdown()
        self._http.server_close()
        deadline = time.monotonic() + grace_s
        with self._busy:
            while self._in_flight and (left := deadline - time.monotonic()) > 0:
                self._busy.wait(left)

    def enter(self) -> bool:
        """Count a request in; False once stopping (the request is then refused)."""
        with self._busy:
            if self._stopping.is_set():
                return False
            self._in_flight += 1
            return True

    def leave(self) -> None:
        """Count a request out."""
        with self._busy:
            self._in_flight -= 1
            self._busy.notify_all()

    def authentic(self, method: str, path: str, body: bytes, given: str | None) -> bool:
        """True when the request was signed with our site key."""
        return wire.signature_ok(self._key, method, path, body, given)

    def sign_answer(self, path: str, body: bytes) -> str:
        """The signature a peer checks on our answer."""
        return wire.sign(self._key, wire.RESPONSE, path, body)

    def status(self) -> dict[str, Any]:
        """What ``GET /site/v1/status`` answers."""
        return {
            "origin": self.journal.origin,
            "site": self.journal.site,
            "cursors": self.journal.site_cursors(),
            "last_rowid": self.journal.last_rowid(),
        }

    def pull(self, request: object) -> tuple[HTTPStatus, dict[str, Any]]:
        """Answer a pull: the events the peer lacks, waiting for some if there are none yet."""
        if not isinstance(request, dict):
            return HTTPStatus.BAD_REQUEST, {"error": "the pull was not a JSON object"}
        site = request.get("site")
        if site != self.journal.site:
            return HTTPStatus.CONFLICT, {
                "error": f"this terminal belongs to site {self.journal.site!r}, not {site!r}",
                "site": self.journal.site,
            }
        try:
            cursors = wire.cursors_from_wire(request.get("cursors"))
        except wire.BadSiteData as exc:
            return HTTPStatus.BAD_REQUEST, {"error": str(exc)}
        wait_s = request.get("wait_s", 0)
        if type(wait_s) not in (int, float) or not 0 <= wait_s < float("inf"):
            return HTTPStatus.BAD_REQUEST, {"error": "wait_s must be a number of seconds"}
        events = self._wait_for_events(cursors, min(float(wait_s), wire.MAX_WAIT_S))
        batch: list[dict[str, Any]] = []
        size = 0
        for event in events[:PULL_LIMIT]:
            item = wire.event_to_wire(event)
            size += len(wire.encode(item))
            if batch and size > MAX_ANSWER_BYTES:
                break
            batch.append(item)
        return HTTPStatus.OK, {"events": batch, "more": len(batch) < len(events)}

    def _wait_for_events(self, cursors: dict[str, int], wait_s: float) -> list[Event]:
        deadline = time.monotonic() + wait_s
        while True:
            seen = self.journal.last_rowid()
            events = self.journal.site_events_after(cursors, limit=PULL_LIMIT + 1)
            left = deadline - time.monotonic()
            if events or left <= 0 or self._stopping.is_set():
                return events
            self.journal.wait_for_change(seen, min(left, STOP_CHECK_S))


class _QuietServer(ThreadingHTTPServer):
    """The HTTP server, logging connection failures instead of printing them."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A peer that drops its connection is routine; note it at debug level."""
        log.debug("site connection from %s ended abruptly", client_address[0], exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    """One request to the site endpoints."""

    server_version = "civic-kiosk-site/1"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle's algorithm and the peer's
    # delayed ACK that adds ~40 ms to every long-poll answer, i.e. to every call on the board.
    disable_nagle_algorithm = True
    # An idle kept-alive connection is dropped after this; a long-poll lasts at most 25 s.
    timeout = 60

    def do_GET(self) -> None:
        """Route a GET."""
        self._handle("GET")

    def do_POST(self) -> None:
        """Route a POST."""
        self._handle("POST")

    def _handle(self, method: str) -> None:
        site: SiteServer = self.server.site_server  # type: ignore[attr-defined]
        if not site.enter():
            self._answer(HTTPStatus.SERVICE_UNAVAILABLE, {"error": "this terminal is stopping"})
            return
        try:
            self._route(site, method)
        except ConnectionError:
            # The peer hung up (it stopped, or its long-poll was cut); nothing to answer.
            self.close_connection = True
        except Exception:
            log.exception("site request %s %s failed", method, urlsplit(self.path).path)
            self.close_connection = True
            with contextlib.suppress(OSError):
                self._answer(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error"})
        finally:
            site.leave()

    def _route(self, site: SiteServer, method: str) -> None:
        path = urlsplit(self.path).path
        if (method, path) not in (("POST", wire.PULL_PATH), ("GET", wire.STATUS_PATH)):
            self._answer(HTTPStatus.NOT_FOUND, {"error": f"no such endpoint: {method} {path}"})
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_REQUEST_BYTES:
            self.close_connection = True
            self._answer(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "request too large"})
            return
        body = self.rfile.read(length)
        if not site.authentic(method, path, body, self.headers.get(wire.AUTH_HEADER)):
            self._answer(HTTPStatus.UNAUTHORIZED, {"error": "missing or wrong site key"})
            return
        if path == wire.STATUS_PATH:
            self._answer(HTTPStatus.OK, site.status(), site, path)
            return
        try:
            request = wire.parse_json(body)
        except wire.BadSiteData as exc:
            self._answer(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
            return
        status, answer = site.pull(request)
        self._answer(status, answer, site if status == HTTPStatus.OK else None, path)

    def _answer(
        self,
        status: HTTPStatus,
        answer: dict[str, Any],
        signer: SiteServer | None = None,
        path: str = "",
    ) -> None:
        body = wire.encode(answer)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if signer is not None:
            self.send_header(wire.AUTH_HEADER, signer.sign_answer(path, body))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Log the request line and status only; bodies (and so payloads) are never logged."""
        log.debug("site peer %s: " + format, self.client_address[0], *args)
