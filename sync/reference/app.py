"""The reference case service as a WSGI application: routing, checks, and the common headers.

Every answer carries ``X-Request-Id`` (the client's, if it sent a sensible one) and
``X-Server-Time-Ms``. Every 200 answer to GET carries an ``ETag`` and honours
``If-None-Match`` with 304. Errors are JSON ``{"error", "message"}``; a refused signature
adds ``server_time_ms`` so the terminal can correct its clock.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, quote

from core.case_reference import read_reference
from core.clock import wall_clock_ms
from sync.reference.auth import AuthFailure, TerminalAuthenticator
from sync.reference.batch import BadBatch, ForeignOrigin, read_batch
from sync.reference.case_store import CASE_STATUSES, CaseRecord, CaseStore
from sync.reference.content import ContentProblem, CouncilContent
from sync.reference.faults import CAPTIVE_PORTAL_PAGE, DropConnection, Faults
from sync.reference.heartbeats import (
    MAX_HEARTBEAT_BYTES,
    TerminalHeartbeats,
    heartbeat_answer,
    terminals_answer,
)
from sync.reference.tus import TusEndpoints, TusProblem, chunk_sha256_hex
from sync.reference.web import Request, Response, empty_sha256, json_answer, problem
from sync.sealing import CouncilOpener, SealingError

log = logging.getLogger(__name__)

BASE = "/case/v1"
ADMIN_BASE = BASE + "/admin/"
ADMIN_HEADER = "X-Admin-Token"
MAX_BATCH_BYTES = 16 * 1024 * 1024
MAX_ADMIN_BYTES = 64 * 1024
MAX_NOTES_CHARS = 2000
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

Handler = Callable[[Request], Response]
StartResponse = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class Route:
    """One endpoint.

    Attributes:
        method: the HTTP method.
        template: the path, with ``{name}`` for a variable part (as in the OpenAPI document).
        access: ``terminal`` (signed), ``admin`` (admin token) or ``open``.
        body: ``none``, ``json`` (read whole, up to ``limit``) or ``stream`` (a tus chunk).
        limit: the largest JSON body accepted.
    """

    method: str
    template: str
    handler: Handler
    access: str
    body: str = "none"
    limit: int = 0

    def match(self, path: str) -> dict[str, str] | None:
        """The path's named parts if it fits this route's template."""
        found = _pattern(self.template).fullmatch(path)
        return None if found is None else found.groupdict()


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)))


class CaseServiceApp:
    """The WSGI application. Construct once; call for each request from any thread."""

    def __init__(
        self,
        store: CaseStore,
        authenticator: TerminalAuthenticator,
        opener: CouncilOpener,
        content: CouncilContent,
        admin_token: str,
        faults: Faults | None = None,
        heartbeats: TerminalHeartbeats | None = None,
    ) -> None:
        self.store = store
        self.faults = faults or Faults()
        # Terminals' latest health reports, and which have gone silent (heartbeats.py).
        self.heartbeats = heartbeats or TerminalHeartbeats(store.data_dir)
        self._auth = authenticator
        self._opener = opener
        self._content = content
        self._admin_token = admin_token.encode("utf-8")
        self._tus = TusEndpoints(store)
        self._busy = threading.Condition()
        self._in_flight = 0
        self.routes = self._routes()

    def _routes(self) -> list[Route]:
        tus = self._tus
        return [
            Route("POST", BASE + "/events", self._events, "terminal", "json", MAX_BATCH_BYTES),
            Route("OPTIONS", BASE + "/uploads", tus.options, "open"),
            Route("POST", BASE + "/uploads", tus.create, "terminal"),
            Route("HEAD", BASE + "/uploads/{upload_id}", tus.head, "terminal"),
            Route("PATCH", BASE + "/uploads/{upload_id}", self._patch, "terminal", "stream"),
            Route("HEAD", BASE + "/blobs/{sha256}", tus.head_blob, "terminal"),
            Route("GET", BASE + "/catalogue", self._catalogue, "terminal"),
            Route("GET", BASE + "/sites/{site}/appointments", self._appointments, "terminal"),
            Route("GET", BASE + "/sites/{site}/roster", self._roster, "terminal"),
            Route("GET", BASE + "/sites/{site}/settings", self._settings, "terminal"),
            Route("GET", BASE + "/cases/{reference}", self._case, "terminal"),
            Route(
                "POST",
                BASE + "/terminals/{terminal}/heartbeat",
                lambda request: heartbeat_answer(request, self.heartbeats),
                "terminal",
                "json",
                MAX_HEARTBEAT_BYTES,
            ),
            Route(
                "GET",
                ADMIN_BASE + "terminals",
                lambda request: terminals_answer(self.store.terminals(), self.heartbeats),
                "admin",
            ),
            Route("GET", ADMIN_BASE + "cases", self._admin_cases, "admin"),
            Route("GET", ADMIN_BASE + "cases/{reference}", self._admin_case, "admin"),
            Route(
                "POST",
                ADMIN_BASE + "cases/{reference}/status",
                self._admin_status,
                "admin",
                "json",
                MAX_ADMIN_BYTES,
            ),
            Route("GET", ADMIN_BASE + "faults", self._faults_state, "admin"),
            Route("POST", ADMIN_BASE + "faults", self._faults_change, "admin", "json", 4096),
        ]

    @property
    def in_flight(self) -> int:
        """Requests being answered right now."""
        with self._busy:
            return self._in_flight

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until no request is being answered; False if time ran out first."""
        with self._busy:
            return self._busy.wait_for(lambda: self._in_flight == 0, timeout_s)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        """Answer one request (WSGI)."""
        request = _request_from(environ)
        with self._busy:
            self._in_flight += 1
        try:
            try:
                answer = self._dispatch(request)
            except DropConnection:
                raise
            except Exception:
                log.exception(
                    "%s %s failed (request %s)", request.method, request.path, request.request_id
                )
                answer = problem(
                    500, "internal", "the case service hit an unexpected problem; try again later"
                )
            return _send(request, answer, start_response)
        finally:
            with self._busy:
                self._in_flight -= 1
                self._busy.notify_all()

    def _dispatch(self, request: Request) -> Response:
        fault_free = request.path.startswith(ADMIN_BASE)
        if not fault_free:
            staged = self._staged_fault()
            if staged is not None:
                return staged
        route, params = self._route(request)
        if route is None:
            return _no_route(request, params)
        request.params = route.match(request.path) or {}
        refused = self._admit(route, request)
        if refused is not None:
            return refused
        answer = route.handler(request)
        stores = request.method in ("POST", "PATCH")
        if not fault_free and stores and 200 <= answer.status < 300 and self.faults.take_drop():
            log.info("fault switch: dropping the connection of request %s", request.request_id)
            raise DropConnection("drop_after_commit")
        return answer

    def _staged_fault(self) -> Response | None:
        self.faults.delay()
        status = self.faults.take_failure()
        if status is not None:
            return problem(status, "unavailable", "the case service is unavailable (fault switch)")
        if self.faults.take_html():
            return Response(200, CAPTIVE_PORTAL_PAGE, "text/html; charset=utf-8")
        return None

    def _route(self, request: Request) -> tuple[Route | None, list[str]]:
        allowed: list[str] = []
        for route in self.routes:
            if route.match(request.path) is None:
                continue
            if route.method == request.method:
                return route, []
            allowed.append(route.method)
        return None, allowed

    def _admit(self, route: Route, request: Request) -> Response | None:
        """Check length, credentials and signature; read a JSON body. None when admitted."""
        sends_body = request.method in ("POST", "PATCH", "PUT")
        if sends_body and (request.content_length is None or request.header("Transfer-Encoding")):
            return problem(411, "length_required", "a Content-Length header is required")
        if route.body == "none" and request.content_length:
            return problem(400, "unexpected_body", "this request takes no body")
        if route.body == "json" and (request.content_length or 0) > route.limit:
            return problem(413, "too_large", f"the body may be at most {route.limit} bytes")
        if route.access == "admin":
            given = request.header(ADMIN_HEADER).encode("utf-8")
            if not hmac.compare_digest(given, self._admin_token):
                return problem(401, "bad_admin_token", "the admin token is missing or wrong")
        if route.access != "terminal":
            if route.body == "json":
                request.read_body()
            return None
        try:
            claim = self._auth.claim(request.headers)
            if route.body == "stream":
                body_hash = chunk_sha256_hex(request)
            elif route.body == "json":
                body_hash = hashlib.sha256(request.read_body()).hexdigest()
            else:
                body_hash = empty_sha256()
            request.signer = self._auth.confirm(claim, request.method, request.target, body_hash)
        except AuthFailure as exc:
            log.info("refused %s %s: %s", request.method, request.path, exc.code)
            return problem(
                401,
                exc.code,
                str(exc),
                [("WWW-Authenticate", 'Signature realm="case/v1"')],
                server_time_ms=self._auth.now_ms(),
            )
        except TusProblem as exc:
            return exc.answer()
        return None

    # Terminal endpoints.

    def _events(self, request: Request) -> Response:
        assert request.signer is not None
        try:
            events = read_batch(request.body, request.signer.terminal_id)
        except BadBatch as exc:
            return problem(400, "bad_batch", str(exc))
        except ForeignOrigin as exc:
            return problem(403, "foreign_origin", str(exc))
        stored = self.store.store_events(request.signer.terminal_id, events)
        return json_answer(200, {"results": stored.results, "acknowledged": stored.acknowledged})

    def _patch(self, request: Request) -> Response:
        try:
            return self._tus.patch(request, chunk_sha256_hex(request))
        except TusProblem as exc:
            return exc.answer()

    def _catalogue(self, request: Request) -> Response:
        return self._content_answer(self._content.catalogue)

    def _appointments(self, request: Request) -> Response:
        refused = _other_site(request)
        if refused is not None:
            return refused
        text = request.query.get("date", "")
        try:
            day = date.fromisoformat(text) if _DAY.fullmatch(text) else None
        except ValueError:
            day = None
        if day is None:
            return problem(400, "bad_date", "give the day as ?date=YYYY-MM-DD")
        site = request.params["site"]
        return self._content_answer(lambda: self._content.appointments(site, day))

    def _roster(self, request: Request) -> Response:
        refused = _other_site(request)
        if refused is not None:
            return refused
        site = request.params["site"]
        return self._content_answer(lambda: self._content.roster(site))

    def _settings(self, request: Request) -> Response:
        refused = _other_site(request)
        if refused is not None:
            return refused
        site = request.params["site"]
        return self._content_answer(lambda: self._content.settings(site))

    def _content_answer(self, read: Callable[[], dict[str, Any]]) -> Response:
        try:
            return json_answer(200, read())
        except ContentProblem as exc:
            log.error("content unavailable: %s", exc)
            return problem(503, "content_unavailable", "the council's content cannot be read now")

    def _case(self, request: Request) -> Response:
        case = self._find_case(request)
        if case is None:
            return problem(404, "not_found", "no request has that reference")
        return json_answer(200, case.public())

    def _find_case(self, request: Request) -> CaseRecord | None:
        reference = read_reference(request.params["reference"][:100])
        return None if reference is None else self.store.case(reference)

    # Back-office endpoints.

    def _admin_cases(self, request: Request) -> Response:
        return json_answer(200, {"cases": [self._summary(c) for c in self.store.cases()]})

    def _admin_case(self, request: Request) -> Response:
        case = self._find_case(request)
        if case is None:
            return problem(404, "not_found", "no request has that reference")
        detail = self._summary(case)
        try:
            detail["answers"] = json.loads(self._opener.open(case.answers).decode("utf-8"))
            detail["answers_problem"] = None
        except (SealingError, UnicodeDecodeError, ValueError) as exc:
            detail["answers"] = None
            detail["answers_problem"] = str(exc)
        return json_answer(200, detail)

    def _admin_status(self, request: Request) -> Response:
        try:
            change = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            change = None
        if (
            not isinstance(change, dict)
            or set(change) != {"status", "status_notes"}
            or change["status"] not in CASE_STATUSES
            or not isinstance(change["status_notes"], str)
            or len(change["status_notes"]) > MAX_NOTES_CHARS
        ):
            return problem(
                400,
                "bad_status",
                f'send {{"status": one of {", ".join(CASE_STATUSES)}, "status_notes": '
                f"text of at most {MAX_NOTES_CHARS} characters}}",
            )
        case = self._find_case(request)
        if case is not None:
            case = self.store.set_case_status(
                case.reference, change["status"], change["status_notes"]
            )
        if case is None:
            return problem(404, "not_found", "no request has that reference")
        return json_answer(200, self._summary(case))

    def _summary(self, case: CaseRecord) -> dict[str, Any]:
        return {
            **case.public(),
            "origin": case.origin,
            "seq": case.seq,
            "event_id": case.event_id,
            "kind": case.kind,
            "form_version": case.form_version,
            "language": case.language,
            "assisted": case.assisted,
            "submitted_at": case.submitted_at,
            "blobs": [
                {"sha256": b, "stored": self.store.blob_size(b) is not None} for b in case.blobs
            ],
        }

    def _faults_state(self, request: Request) -> Response:
        return json_answer(200, self.faults.state())

    def _faults_change(self, request: Request) -> Response:
        try:
            changes = json.loads(request.body.decode("utf-8"))
            return json_answer(200, self.faults.change(changes))
        except (UnicodeDecodeError, ValueError) as exc:
            return problem(400, "bad_faults", str(exc))


def _no_route(request: Request, allowed: list[str]) -> Response:
    """404 for an unknown path, 405 (with Allow) for a known path and another method."""
    if allowed:
        return problem(
            405,
            "method_not_allowed",
            f"{request.method} is not allowed here",
            [("Allow", ", ".join(sorted(set(allowed))))],
        )
    return problem(404, "not_found", f"there is no endpoint at {request.path[:200]}")


def _other_site(request: Request) -> Response | None:
    assert request.signer is not None
    if request.params["site"] != request.signer.site:
        return problem(403, "other_site", "a terminal may read only its own site's lists")
    return None


def _request_from(environ: dict[str, Any]) -> Request:
    # PEP 3333 hands the path over as latin-1; the bytes are really UTF-8.
    raw_path = str(environ.get("PATH_INFO", ""))
    path = raw_path.encode("latin-1").decode("utf-8", errors="replace")
    query_text = str(environ.get("QUERY_STRING", ""))
    target = str(environ.get("REQUEST_URI") or environ.get("RAW_URI") or "")
    if not target:
        target = quote(raw_path.encode("latin-1"), safe="/:@!$&'()*+,;=-._~")
        target += f"?{query_text}" if query_text else ""
    headers = {
        key[5:].replace("_", "-").lower(): str(value)
        for key, value in environ.items()
        if key.startswith("HTTP_")
    }
    for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
        if environ.get(key):
            headers[key.replace("_", "-").lower()] = str(environ[key])
    length_text = headers.get("content-length", "")
    content_length = (
        int(length_text)
        if length_text.isascii() and length_text.isdigit() and len(length_text) < 19
        else None
    )
    given_id = headers.get("x-request-id", "")
    return Request(
        method=str(environ.get("REQUEST_METHOD", "GET")).upper(),
        path=path,
        target=target,
        query=dict(parse_qsl(query_text, keep_blank_values=True)),
        headers=headers,
        content_length=content_length,
        stream=environ["wsgi.input"],
        request_id=given_id if _REQUEST_ID.fullmatch(given_id) else uuid.uuid4().hex,
    )


def _send(request: Request, answer: Response, start_response: StartResponse) -> list[bytes]:
    headers = list(answer.headers)
    headers.append(("X-Request-Id", request.request_id))
    headers.append(("X-Server-Time-Ms", str(wall_clock_ms())))
    status, body = answer.status, answer.body
    if request.method == "GET" and status == 200:
        tag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers.append(("ETag", tag))
        if answer.header("Cache-Control") is None:
            headers.append(("Cache-Control", "no-cache"))
        if _matches(request.header("If-None-Match"), tag):
            status, body = 304, b""
    if answer.content_type and status != 304:
        headers.append(("Content-Type", answer.content_type))
    if request.method == "HEAD" or status in (204, 304):
        body = b""
    if status not in (204, 304):
        headers.append(("Content-Length", str(len(body))))
    start_response(f"{status} {_REASONS.get(status, 'Status')}", headers)
    return [body]


def _matches(if_none_match: str, tag: str) -> bool:
    if not if_none_match:
        return False
    wanted = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
    return "*" in wanted or tag in wanted


_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    304: "Not Modified",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    410: "Gone",
    411: "Length Required",
    412: "Precondition Failed",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    423: "Locked",
    460: "Checksum Mismatch",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
