"""Signed requests to the council's case service (contract v1), with strict answer checking.

Every request carries ``X-Terminal``, ``X-Timestamp`` and an Ed25519 ``X-Signature`` over the
method, path, timestamp and the body's sha256. Only a correct answer counts as success: the
expected status, ``application/json`` where JSON is due, a body that parses and has the shape
that endpoint promises. Anything else (a network sign-in page on a 200, a proxy's error page,
a truncated body) is a ``CentralProblem`` with a plain reason, and the caller tries again later.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from core.clock import wall_clock_ms
from core.events import Event
from sync import site_wire as wire
from sync.terminal_identity import TerminalIdentity

log = logging.getLogger(__name__)

BASE_PATH = "/case/v1"
EVENTS_PATH = BASE_PATH + "/events"
UPLOADS_PATH = BASE_PATH + "/uploads"
MAX_EVENTS = 500
MAX_ANSWER_BYTES = 16 * 1024 * 1024
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# What went wrong, for the engine's status; the reason says it in words.
UNREACHABLE = "unreachable"
REFUSED = "refused"
BAD_ANSWER = "bad answer"
SERVER_ERROR = "server error"
REJECTED = "rejected"

_REFUSALS = {
    "unknown_terminal": "the case service does not know this terminal ({tid}); ask IT to "
    "register its public key",
    "revoked_terminal": "the case service has revoked this terminal ({tid}); ask IT why",
    "bad_signature": "the case service did not accept this terminal's signature; its "
    "registered public key may not be this terminal's ({tid})",
    "replayed": "the case service saw the same signed request twice and refused the second",
    "stale_timestamp": "the case service refused our clock even after correcting it",
}
_TOO_SLOW = "the case service took too long to answer"
_STATUSES = frozenset(("stored", "duplicate", "conflict"))
SEND_BLOCK_BYTES = 1024 * 1024


class CentralProblem(Exception):
    """A request that did not succeed: ``kind`` for the status, the message for people.

    Attributes:
        kind: unreachable, refused, bad answer, server error or rejected.
        status: the HTTP status, when an answer came at all.
        code: the service's error code (``unknown_terminal``...), when it gave one.
    """

    def __init__(self, kind: str, reason: str, status: int | None = None, code: str = "") -> None:
        super().__init__(reason)
        self.kind = kind
        self.status = status
        self.code = code


class Readable(Protocol):
    """A request body stream with a known length, so it goes with Content-Length."""

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` more bytes; empty at the end."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...

    def __len__(self) -> int:
        """The bytes still to read."""
        ...


class BodySource(Protocol):
    """A request body read from a file: opened afresh for each attempt."""

    @property
    def length(self) -> int:
        """How many bytes the body is."""
        ...

    @property
    def sha256_hex(self) -> str:
        """The body's sha256, hex, which the signature covers."""
        ...

    def open(self) -> Readable:
        """The body, from its first byte."""
        ...


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer, read whole (answers are small; uploads go the other way)."""

    status: int
    headers: requests.structures.CaseInsensitiveDict[str]
    content: bytes

    @property
    def request_id(self) -> str:
        """The service's id for the request, for IT support to find it in its logs."""
        return self.headers.get("X-Request-Id", "")


@dataclass(frozen=True, slots=True)
class BatchAnswer:
    """What ``POST /events`` said: each event's fate and the acknowledged cursors."""

    results: dict[tuple[str, int], str]
    acknowledged: dict[str, int]


@dataclass(frozen=True, slots=True)
class JsonAnswer:
    """A checked GET: ``status`` 200 (``value`` parsed and shape-checked), 304 or 404."""

    status: int
    value: Any
    content: bytes
    etag: str | None


ShapeCheck = Callable[[Any], None]


class CentralClient:
    """Talks to one case service as one terminal. Use from one thread at a time.

    Attributes:
        identity: the terminal and its signing key.
        offset_ms: added to this terminal's clock for ``X-Timestamp``; learned from the
            service when it says our clock is out.
    """

    def __init__(
        self,
        url: str,
        identity: TerminalIdentity,
        *,
        offset_ms: int = 0,
        connect_timeout_s: float = 5.0,
        read_timeout_s: float = 30.0,
        deadline_s: float = 120.0,
        clock_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        root = url.rstrip("/")
        if root.endswith(BASE_PATH):
            root = root[: -len(BASE_PATH)]
        split = urlsplit(root)
        if split.scheme not in ("http", "https") or not split.netloc:
            raise ValueError(f"the case service address must be http(s)://host, got {url!r}")
        self.root = root
        self.identity = identity
        self.offset_ms = offset_ms
        self._prefix = split.path
        self._timeouts = (connect_timeout_s, read_timeout_s)
        self._deadline_s = deadline_s
        self._clock_ms = clock_ms
        self._last_ts = 0
        self._ts_lock = threading.Lock()
        self._live: weakref.WeakSet[object] = weakref.WeakSet()
        self._session = _tracked_session(self._live, root)
        self._closed = False

    def close(self) -> None:
        """Cut any request in flight and close the session's connections."""
        self._closed = True
        self.cut()
        self._session.close()

    def cut(self) -> None:
        """Shut every open connection; a request blocked on one fails at once."""
        for conn in list(self._live):
            sock = getattr(conn, "sock", None)
            if isinstance(sock, socket.socket):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def join_cutting(self, thread: threading.Thread | None, timeout_s: float) -> bool:
        """Wait for ``thread`` to end, cutting whatever request it is blocked on meanwhile.

        The owner has already told the thread to stop; a request in flight may still hold it
        for its whole deadline, so it is cut, and cut again should the thread start another.
        Returns False if the thread is still running after ``timeout_s``.
        """
        deadline = time.monotonic() + timeout_s
        while thread is not None and thread.is_alive():
            self.cut()
            thread.join(0.05)
            if time.monotonic() > deadline:
                return False
        return True

    def url_for(self, path: str) -> str:
        """The full address of a contract path such as ``/case/v1/events``."""
        return self.root + path

    def path_from_location(self, location: str) -> str:
        """A ``Location`` header as a contract path, refusing one that points elsewhere."""
        strange = f"the case service gave a strange upload address {location!r}"
        try:
            full = urlsplit(urljoin(self.root + "/", location))
        except ValueError:  # urlsplit's own refusal, e.g. "https://[evil/..." (bad IPv6)
            raise CentralProblem(BAD_ANSWER, strange) from None
        ours = urlsplit(self.root)
        if (full.scheme, full.netloc) != (ours.scheme, ours.netloc):
            raise CentralProblem(BAD_ANSWER, "the case service pointed an upload at another host")
        path = full.path[len(self._prefix) :] if full.path.startswith(self._prefix) else ""
        if not path.startswith(UPLOADS_PATH + "/") or len(path) <= len(UPLOADS_PATH) + 1:
            raise CentralProblem(BAD_ANSWER, strange)
        return path + (f"?{full.query}" if full.query else "")

    # -- the endpoints ---------------------------------------------------------------------

    def post_events(self, events: Sequence[Event]) -> BatchAnswer:
        """Send 1..500 of this terminal's events; what the service stored and acknowledged."""
        if not 1 <= len(events) <= MAX_EVENTS:
            raise ValueError(f"a batch holds 1 to {MAX_EVENTS} events, not {len(events)}")
        body = wire.encode(
            {"terminal": self.identity.terminal_id, "events": wire.wire_batch(events)}
        )
        answer = self.request("POST", EVENTS_PATH, body, {"Content-Type": "application/json"})
        if answer.status == 400:
            error = _error_of(answer)
            raise CentralProblem(
                REJECTED, f"the case service refused a batch of events: {error[1]}", 400, error[0]
            )
        if answer.status == 413:
            raise CentralProblem(REJECTED, "the case service said the batch was too large", 413)
        self._expect(answer, 200, "sending events")
        value = _json_of(answer, "sending events")
        return _batch_answer(value, [(e.origin, e.seq) for e in events])

    def get_json(self, path: str, shape: ShapeCheck, *, etag: str | None = None) -> JsonAnswer:
        """A GET that must answer 200 with JSON of the right shape, 304, or a JSON 404."""
        headers = {"Accept": "application/json"}
        if etag:
            headers["If-None-Match"] = etag
        answer = self.request("GET", path, b"", headers)
        what = f"fetching {path.split('?')[0]}"
        if answer.status == 304:
            if not etag:
                raise CentralProblem(BAD_ANSWER, f"{what}: 'not modified' to a plain request", 304)
            return JsonAnswer(304, None, b"", answer.headers.get("ETag") or etag)
        if answer.status == 404:
            code, message = _error_of(answer)
            if not code:  # a proxy's or portal's "not found" page says nothing about our data
                raise CentralProblem(
                    BAD_ANSWER, f"{what}: something other than the case service said 404", 404
                )
            return JsonAnswer(404, {"error": code, "message": message}, answer.content, None)
        self._expect(answer, 200, what)
        value = _json_of(answer, what)
        try:
            shape(value)
        except (ValueError, TypeError, KeyError) as exc:
            raise CentralProblem(
                BAD_ANSWER, f"{what}: the answer has the wrong shape ({exc})", 200
            ) from None
        return JsonAnswer(200, value, answer.content, answer.headers.get("ETag"))

    # -- the signed request ------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        body: bytes | BodySource = b"",
        headers: dict[str, str] | None = None,
    ) -> Answer:
        """One signed request; a ``stale_timestamp`` refusal corrects our clock and retries once.

        Raises CentralProblem for no answer, a 5xx, or a 401 (naming the refusal plainly).
        """
        for attempt in (1, 2):
            answer = self._send(method, path, body, headers or {})
            if answer.status >= 500:
                raise CentralProblem(
                    SERVER_ERROR,
                    f"the case service had a problem (HTTP {answer.status}"
                    f"{', a web page' if not _is_json(answer) else ''})",
                    answer.status,
                )
            if answer.status != 401:
                return answer
            code, message, server_ms = _refusal_of(answer)
            if code == "stale_timestamp" and server_ms is not None and attempt == 1:
                offset = server_ms - self._clock_ms()
                log.warning(
                    "case service clock differs from ours by %+d ms; adopting its time", offset
                )
                with self._ts_lock:
                    self.offset_ms = offset
                    self._last_ts = 0  # refused stamps were never recorded: going back is safe
                continue
            if code == "replayed" and attempt == 1:
                continue  # a fresh timestamp makes a fresh signature
            text = _REFUSALS.get(code)
            reason = text.format(tid=self.identity.terminal_id) if text else message
            log.warning(
                "case service refused %s %s: %s (%s)", method, path, code, answer.request_id
            )
            raise CentralProblem(REFUSED, reason, 401, code)
        raise AssertionError("unreachable")  # pragma: no cover

    def _send(
        self, method: str, path: str, body: bytes | BodySource, headers: dict[str, str]
    ) -> Answer:
        if self._closed:
            raise CentralProblem(UNREACHABLE, "the connection to the case service was closed")
        data: bytes | Readable = body if isinstance(body, bytes) else b""
        stream: Readable | None = None
        if isinstance(body, bytes):
            digest, length = hashlib.sha256(body).hexdigest(), len(body)
        else:
            digest, length = body.sha256_hex, body.length
            stream = data = body.open()
        stamp = self._timestamp()
        message = f"{method}\n{path}\n{stamp}\n{digest}".encode()
        signed = {
            **headers,
            "X-Terminal": self.identity.terminal_id,
            "X-Timestamp": str(stamp),
            "X-Signature": self.identity.sign(message),
        }
        if method in ("POST", "PATCH", "PUT"):
            signed["Content-Length"] = str(length)
        cut_short = threading.Event()  # set by the watchdog itself: no clock race with it

        def cut() -> None:
            cut_short.set()
            self.cut()

        watchdog = threading.Timer(self._deadline_s, cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            with self._session.request(
                method,
                self.url_for(path),
                data=data if length else None,
                headers=signed,
                timeout=self._timeouts,
                stream=True,
                allow_redirects=False,
            ) as raw:
                content = _read_capped(raw.iter_content(64 * 1024))
                answer = Answer(raw.status_code, raw.headers, content)
        except requests.Timeout:
            raise CentralProblem(UNREACHABLE, "the case service did not answer in time") from None
        except (requests.RequestException, OSError) as exc:
            if cut_short.is_set():
                raise CentralProblem(UNREACHABLE, _TOO_SLOW) from None
            raise CentralProblem(
                UNREACHABLE, f"cannot reach the case service ({_short(exc)})"
            ) from None
        finally:
            watchdog.cancel()
            if stream is not None:
                stream.close()
        if cut_short.is_set():
            # The watchdog cut the link: whatever was read (even a whole-looking head) is partial.
            # (Timing it instead raced the watchdog: under load the cut came a hair before the
            # deadline as measured here, and a head cut mid-header passed for a web page.)
            raise CentralProblem(UNREACHABLE, _TOO_SLOW)
        return answer

    def now_ms(self) -> int:
        """The time as the case service keeps it, as far as we know: our clock plus the offset.

        Retention judges ages by this, so a terminal clock that jumped (a day ahead, or back
        to 1970) neither deletes fresh files early nor keeps old ones while it is wrong.
        """
        return self._clock_ms() + self.offset_ms

    def _timestamp(self) -> int:
        """Our clock plus the learned offset, never repeating (a repeat would look replayed)."""
        with self._ts_lock:
            self._last_ts = max(self._clock_ms() + self.offset_ms, self._last_ts + 1)
            return self._last_ts

    def _expect(self, answer: Answer, status: int, what: str) -> None:
        if answer.status == status:
            return
        if 300 <= answer.status < 400:
            raise CentralProblem(
                BAD_ANSWER,
                f"{what}: the network redirected us (HTTP {answer.status}); a sign-in page may "
                "be in the way",
                answer.status,
            )
        if answer.status == 200 and not _is_json(answer):
            raise CentralProblem(BAD_ANSWER, _web_page(what), 200)
        code, message = _error_of(answer)
        raise CentralProblem(
            BAD_ANSWER,
            f"{what}: the case service answered HTTP {answer.status} ({message})",
            answer.status,
            code,
        )


class _LargeBlocks(HTTPAdapter):
    """Streams request bodies in 1 MiB blocks rather than http.client's 8 KiB: a 50 MB
    sealed scan goes in 50 writes, not 6,400."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("blocksize", SEND_BLOCK_BYTES)
        super().init_poolmanager(*args, **kwargs)


def _tracked_session(live: weakref.WeakSet[object], root: str) -> requests.Session:
    """A session whose connections ``CentralClient.cut`` can reach; TLS is always verified.

    The environment's proxy and CA-bundle settings are read once here rather than on every
    request (requests' per-request look-ups, netrc included, cost ~2 ms each).
    """

    def track(pool_class: type[HTTPConnectionPool]) -> type[HTTPConnectionPool]:
        class _Tracked(pool_class):  # type: ignore[valid-type,misc]
            def _new_conn(self) -> Any:
                conn = super()._new_conn()
                live.add(conn)
                return conn

        return _Tracked

    adapter = _LargeBlocks(max_retries=0)
    adapter.poolmanager.pool_classes_by_scheme = {
        "http": track(HTTPConnectionPool),
        "https": track(HTTPSConnectionPool),
    }
    session = requests.Session()
    session.trust_env = False
    session.proxies = dict(requests.utils.get_environ_proxies(root))
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    session.verify = bundle or True
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _read_capped(chunks: Iterable[bytes]) -> bytes:
    parts, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            raise CentralProblem(BAD_ANSWER, "the case service's answer was far too large")
        parts.append(chunk)
    return b"".join(parts)


def _is_json(answer: Answer) -> bool:
    kind = answer.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return kind == "application/json"


def _web_page(what: str) -> str:
    return (
        f"{what}: a web page came back instead of the case service's answer (a network "
        "sign-in page or proxy may be in the way)"
    )


def _json_of(answer: Answer, what: str) -> Any:
    if not _is_json(answer):
        raise CentralProblem(BAD_ANSWER, _web_page(what), answer.status)
    try:
        return wire.parse_json(answer.content)
    except wire.BadSiteData as exc:
        raise CentralProblem(BAD_ANSWER, f"{what}: the answer was not valid JSON ({exc})") from None


def _error_of(answer: Answer) -> tuple[str, str]:
    """The service's error code and message, or a description of whatever came instead.

    An answer to HEAD has no body: the service names its code in ``X-Error`` instead.
    """
    if not answer.content and answer.headers.get("X-Error"):
        code = answer.headers["X-Error"]
        return code, code.replace("_", " ")
    if not _is_json(answer):
        return "", "not the case service's answer: a web page or something else came back"
    try:
        value = wire.parse_json(answer.content)
    except wire.BadSiteData:
        return "", "its error answer was not valid JSON"
    if not isinstance(value, dict):
        return "", "its error answer was not a JSON object"
    return str(value.get("error", "")), str(value.get("message") or value.get("error") or "")


def _refusal_of(answer: Answer) -> tuple[str, str, int | None]:
    """A 401's code, message and the service's clock (body, else X-Server-Time-Ms, else Date)."""
    code, message = _error_of(answer)
    if code not in _REFUSALS:
        if not _is_json(answer) and not answer.headers.get("X-Error"):
            raise CentralProblem(
                BAD_ANSWER,
                "something refused us (HTTP 401) with a web page, not the case service's "
                "answer; a network sign-in page may be in the way",
                401,
            )
        raise CentralProblem(BAD_ANSWER, f"the case service refused us strangely ({message})", 401)
    server_ms: object = None
    with contextlib.suppress(wire.BadSiteData):
        value = wire.parse_json(answer.content) if answer.content else None
        server_ms = value.get("server_time_ms") if isinstance(value, dict) else None
    stated = answer.headers.get("X-Server-Time-Ms", "")
    if type(server_ms) is not int and stated.isascii() and stated.isdigit():  # not "²"
        server_ms = int(answer.headers["X-Server-Time-Ms"])
    if type(server_ms) is not int:
        server_ms = None
        with contextlib.suppress(TypeError, ValueError, IndexError):
            server_ms = int(
                parsedate_to_datetime(answer.headers.get("Date", "")).timestamp() * 1000
            )
    return code, message, server_ms


def _batch_answer(value: Any, sent: list[tuple[str, int]]) -> BatchAnswer:
    what = "sending events: the answer"
    if not isinstance(value, dict):
        raise CentralProblem(BAD_ANSWER, f"{what} was not a JSON object")
    results, acknowledged = value.get("results"), value.get("acknowledged")
    if not isinstance(results, list) or len(results) != len(sent):
        raise CentralProblem(BAD_ANSWER, f"{what} did not give one result per event")
    fates: dict[tuple[str, int], str] = {}
    for item in results:
        if not isinstance(item, dict):
            raise CentralProblem(BAD_ANSWER, f"{what} held a result that is not an object")
        origin, seq, status = item.get("origin"), item.get("seq"), item.get("status")
        if not isinstance(origin, str) or type(seq) is not int or status not in _STATUSES:
            raise CentralProblem(BAD_ANSWER, f"{what} held a malformed result {item!r}"[:200])
        fates[(origin, seq)] = str(status)
    if set(fates) != set(sent):
        raise CentralProblem(BAD_ANSWER, f"{what} gave results for other events than we sent")
    if not isinstance(acknowledged, dict) or not all(
        isinstance(k, str) and type(v) is int and v >= 0 for k, v in acknowledged.items()
    ):
        raise CentralProblem(BAD_ANSWER, f"{what} had no proper 'acknowledged' cursors")
    missing = {origin for origin, _ in sent} - set(acknowledged)
    if missing:
        raise CentralProblem(BAD_ANSWER, f"{what} did not acknowledge {sorted(missing)}")
    return BatchAnswer(fates, dict(acknowledged))


def _short(exc: BaseException) -> str:
    text = str(exc).lower()
    for plain in (
        "connection refused",
        "timed out",
        "connection reset",
        "name or service not known",
        "certificate verify failed",
        "connection aborted",
        "broken pipe",
    ):
        if plain in text:
            return plain
    return type(exc).__name__
