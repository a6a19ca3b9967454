"""A council's Open311 GeoReport v2 endpoint on loopback, answering as the standard's examples do.

It checks what the standard says a server checks (api_key, jurisdiction_id, service_code,
a location) and answers with the documented shapes: ``[{"service_request_id", ...}]`` or
``[{"token"}]`` for POST /requests.json, token look-ups, the service list and definitions,
and ``[{"code", "description"}]`` errors with HTTP 400/403/404. ``mode`` makes it misbehave
(HTTP 500, a web page, garbage, silence) for the failure tests. Every request is recorded
with its form fields decoded, in the order they were sent.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

API_KEY = "xyz-council-key-5521"
JURISDICTION = "city.gov"
NOTICE = (
    "The City will inspect and require the responsible party to correct within 24 hours "
    "and/or issue a Correction Notice or Notice of Violation of the Public Works Code"
)
Answer = tuple[int, str, bytes, dict[str, str]]
SERVICES: list[dict[str, Any]] = [
    {
        "service_code": "001",
        "service_name": "Cans left out 24x7",
        "description": "Garbage or recycling cans that have been left out for more than 24 "
        "hours after collection. Violators will be cited.",
        "metadata": True,
        "type": "realtime",
        "keywords": "lorem, ipsum, dolor",
        "group": "sanitation",
    },
    {
        "service_code": "DMV66",
        "service_name": "Abandoned vehicle",
        "description": "A vehicle left on the street for more than a week.",
        "metadata": True,
        "type": "batch",
        "keywords": "car, van",
        "group": "street",
    },
    {
        "service_code": "GR01",
        "service_name": "Graffiti",
        "metadata": False,
        "type": "realtime",
        "keywords": "",
        "group": "street",
    },
]
DEFINITIONS: dict[str, dict[str, Any]] = {
    "DMV66": {
        "service_code": "DMV66",
        "attributes": [
            {
                "variable": True,
                "code": "WHISHETN",
                "datatype": "singlevaluelist",
                "required": True,
                "datatype_description": None,
                "order": 1,
                "description": "What is the ticket/tag/DL number?",
                "values": [{"key": 123, "name": "Ford"}, {"key": 124, "name": "Chrysler"}],
            }
        ],
    }
}


@dataclass
class Recorded:
    """One request the server got: form fields as (name, value) pairs in the order sent."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    fields: list[tuple[str, str]] = field(default_factory=list)

    def field(self, name: str) -> str | None:
        """The first value sent for ``name``."""
        return next((value for key, value in self.fields if key == name), None)

    def values(self, name: str) -> list[str]:
        """Every value sent for ``name``, in order."""
        return [value for key, value in self.fields if key == name]


class GeoReportServer:
    """A GeoReport v2 endpoint at ``url`` (http://127.0.0.1:<port>/dev/v2).

    Modes: ``realtime`` (service_request_id), ``batch`` (a token), ``blackbox`` (neither),
    ``general_error`` (HTTP 400 "CRM is down", two errors), ``server_error`` (HTTP 500 with
    a GeoReport body), ``web_page`` (HTTP 200 HTML), ``silent`` (never answers until
    closed), ``redirect`` (HTTP 302), or ``raw`` (answers ``raw_answer`` as given).
    """

    def __init__(self, *, api_key: str = API_KEY, jurisdiction: str = JURISDICTION) -> None:
        self.api_key = api_key
        self.jurisdiction = jurisdiction
        self.mode = "realtime"
        self.raw_answer: tuple[int, str, bytes] = (200, "application/json", b"[]")
        self.services = [dict(s) for s in SERVICES]
        self.definitions = json.loads(json.dumps(DEFINITIONS))
        self.requests: list[Recorded] = []
        self.tokens: dict[str, int | None] = {}
        self._next_id = 293944
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        # A short poll so close() (which waits for serve_forever to notice) takes milliseconds.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The endpoint, as a council would publish it."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/dev/v2"

    def process_tokens(self) -> None:
        """The back office catches up: every waiting token gets a service_request_id."""
        with self._lock:
            for token, request_id in self.tokens.items():
                if request_id is None:
                    self.tokens[token] = self._take_id()

    def close(self) -> None:
        """Stop serving, releasing any request held by ``silent``."""
        self._released.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _take_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def answer(self, request: Recorded) -> Answer:
        """Status, content type, body and extra headers for one request."""
        with self._lock:
            self.requests.append(request)
        if self.mode == "silent":
            self._released.wait(timeout=30)
            return _json(503, [{"code": 503, "description": "closing"}])
        if self.mode == "redirect":
            return 302, "text/html", b"<a href='/v3'>moved</a>", {"Location": "/v3/requests.json"}
        if self.mode == "raw":
            status, kind, body = self.raw_answer
            return status, kind, body, {}
        route = request.path.removeprefix("/dev/v2")
        if request.method == "POST" and route == "/requests.json":
            return self._create(request)
        if request.method == "GET" and route == "/services.json":
            return self._checked(request, lambda: _json(200, self.services))
        if request.method == "GET" and route.startswith("/services/") and route.endswith(".json"):
            code = unquote(route.removeprefix("/services/").removesuffix(".json"))
            return self._checked(request, lambda: self._definition(code))
        if request.method == "GET" and route.startswith("/tokens/") and route.endswith(".json"):
            token = unquote(route.removeprefix("/tokens/").removesuffix(".json"))
            return self._checked(request, lambda: self._token(token))
        return _json(404, [{"code": 404, "description": f"No such resource: {route}"}])

    def _checked(self, request: Recorded, then: Any) -> Answer:
        given = next(iter(request.query.get("jurisdiction_id", [])), None)
        problem = self._jurisdiction_problem(given)
        return problem if problem is not None else then()

    def _jurisdiction_problem(self, given: str | None) -> Answer | None:
        if not given:
            return _json(400, [{"code": 400, "description": "jurisdiction_id was not provided"}])
        if given != self.jurisdiction:
            return _json(404, [{"code": 404, "description": f"jurisdiction_id {given} not found"}])
        return None

    def _create(self, request: Recorded) -> Answer:
        if request.field("api_key") != self.api_key:
            return _json(
                403,
                [
                    {
                        "code": 403,
                        "description": "Invalid api_key received -- can't proceed with "
                        "create_request.",
                    }
                ],
            )
        problem = self._jurisdiction_problem(request.field("jurisdiction_id"))
        if problem is not None:
            return problem
        code = request.field("service_code")
        if not code:
            return _json(400, [{"code": 400, "description": "service_code was not provided"}])
        if code not in {s["service_code"] for s in self.services}:
            return _json(404, [{"code": 404, "description": f"service_code {code} was not found"}])
        located = request.field("address_string") or (
            request.field("lat") and request.field("long")
        )
        if not located:
            return _json(
                400, [{"code": 400, "description": "A full location parameter must be submitted."}]
            )
        if self.mode == "general_error":
            return _json(
                400,
                [
                    {"code": 400, "description": "General Service Error: the CRM is down."},
                    {"code": "CRM-7", "description": "Please notify us."},
                ],
            )
        if self.mode == "server_error":
            return _json(500, [{"code": 500, "description": "Unexpected error."}])
        if self.mode == "web_page":
            page = b"<!DOCTYPE html><html><body><h1>Welcome to the council</h1></body></html>"
            return 200, "text/html; charset=utf-8", page, {}
        if self.mode == "batch":
            token = str(12345 + len(self.tokens))
            with self._lock:
                self.tokens[token] = None
            return _json(200, [{"token": token}])
        if self.mode == "blackbox":
            return _json(200, [{"service_notice": NOTICE, "account_id": None}])
        with self._lock:
            request_id = self._take_id()
        return _json(
            200, [{"service_request_id": request_id, "service_notice": NOTICE, "account_id": None}]
        )

    def _definition(self, code: str) -> Answer:
        if code not in self.definitions:
            return _json(404, [{"code": 404, "description": f"service_code {code} was not found"}])
        return _json(200, self.definitions[code])

    def _token(self, token: str) -> Answer:
        with self._lock:
            if token not in self.tokens:
                return _json(404, [{"code": 404, "description": f"token {token} not found"}])
            request_id = self.tokens[token]
        return _json(200, [{"service_request_id": request_id, "token": int(token)}])


def _json(status: int, value: object) -> Answer:
    return status, "application/json; charset=utf-8", json.dumps(value).encode("utf-8"), {}


def _handler(server: GeoReportServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            fields: list[tuple[str, str]] = []
            if method == "POST":
                fields = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
            request = Recorded(
                method,
                parts.path,
                parse_qs(parts.query, keep_blank_values=True),
                {k: v for k, v in self.headers.items()},
                body,
                fields,
            )
            status, kind, payload, extra = server.answer(request)
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client gave up waiting (the timeout tests)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
