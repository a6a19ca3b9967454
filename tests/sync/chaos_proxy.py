"""A loopback HTTP relay that gives every connection its own fault, for the chaos test.

The reference service answers one request per connection, so a connection is a request.
For each one the proxy reads the request head, asks ``choose(method, path)`` for a
``Plan`` and carries it out:

- ``relay``: pass it on untouched;
- ``duplicate``: also deliver the whole request a second time, at once, over another
  connection; ``duplicate_late``: deliver it again after the answer has gone back;
- ``drip``: relay the answer ``piece`` bytes every ``drip_s`` (slow, or slower than the
  client waits);
- ``reset_request``: reset the link once ``fraction`` of the request has gone up (mid-body);
- ``reset_response``: relay the whole request, then reset part-way through the answer;
- ``drop_answer``: relay the whole request, let the service answer, reset with no answer;
- ``hold_answer``: the same, but keep the link open, silent, until the client gives up;
- ``bad_gateway`` and ``portal``: answer a 502 page or a 200 HTML sign-in page without
  reaching the service;
- ``service_fail``, ``service_html``, ``service_drop``: set the service's own fault switch
  (``switches``) through ``set_service_faults``, then relay.

A plan may also carry ``kill``: the proxy calls ``on_kill`` (the test SIGKILLs the engine's
process) at that point of the exchange: ``accept``, ``mid_request``, ``after_commit`` (the
service has answered; the answer is never passed on) or ``mid_response``.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.sync.cut_proxy import _hang_up
from tests.sync.fault_proxy import BAD_GATEWAY, CAPTIVE_PORTAL, _reset

KILL_POINTS = ("accept", "mid_request", "after_commit", "mid_response")
CANNED = {"bad_gateway": BAD_GATEWAY, "portal": CAPTIVE_PORTAL}
SERVICE_FAULTS = ("service_fail", "service_html", "service_drop")
FAULTS = (
    "relay",
    "duplicate",
    "duplicate_late",
    "drip",
    "reset_request",
    "reset_response",
    "drop_answer",
    "hold_answer",
    *CANNED,
    *SERVICE_FAULTS,
)
MAX_HEAD = 64 * 1024
HOLD_LIMIT_S = 30.0


@dataclass(frozen=True)
class Plan:
    """What to do to one connection.

    Attributes:
        fault: one of ``FAULTS``.
        fraction: where a reset lands, as a share of the request (or answer) bytes.
        drip_s: the pause between the pieces of a dripped answer.
        piece: the size of those pieces, in bytes.
        switches: the service fault switches for the ``service_*`` faults.
        kill: None, or where to call ``on_kill`` (one of ``KILL_POINTS``).
    """

    fault: str = "relay"
    fraction: float = 0.5
    drip_s: float = 0.0
    piece: int = 16
    switches: dict[str, Any] = field(default_factory=dict)
    kill: str | None = None


class ChaosProxy:
    """Relays to the service on ``target`` port, one planned fault per connection.

    Attributes:
        applied: how often each fault (and ``kill@<point>``) was carried out.
        requests: how many requests of each kind (``METHOD path``) came through.
        seconds: the time connections with each fault took, in all.
    """

    def __init__(
        self,
        target: int,
        choose: Callable[[str, str], Plan],
        on_kill: Callable[[], None],
        set_service_faults: Callable[[dict[str, Any]], None],
    ) -> None:
        self.target = target
        self.applied: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.seconds: dict[str, float] = {}
        self._choose = choose
        self._on_kill = on_kill
        self._set_service_faults = set_service_faults
        self._lock = threading.Lock()
        self._plan_lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepting.start()

    @property
    def url(self) -> str:
        """The proxy's address, to give the engine instead of the service's."""
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def close(self) -> None:
        """Stop accepting, hang up everything, and wait for the connection threads."""
        self._closed.set()
        with self._lock:
            doomed = list(self._open)
            self._open.clear()
        for sock in doomed:
            _hang_up(sock)
        _hang_up(self._listener)
        self._accepting.join(timeout=5)
        for thread in list(self._threads):
            thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._track(client)
            worker = threading.Thread(target=self._serve, args=(client,), daemon=True)
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(worker)
            worker.start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.add(sock)

    def _forget(self, sock: socket.socket, *, reset: bool = False) -> None:
        with self._lock:
            self._open.discard(sock)
        if reset:
            _reset(sock)
        _hang_up(sock)

    def _serve(self, client: socket.socket) -> None:
        started = time.monotonic()
        fault = "none"
        upstream: socket.socket | None = None
        try:
            head, rest, method, path, length = _read_head(client)
            # One plan at a time, in the order requests arrive (the engine sends one at a time).
            with self._plan_lock:
                plan = self._choose(method, path)
                if plan.fault in SERVICE_FAULTS:
                    self._set_service_faults(plan.switches)
            self._count(method, path, plan)
            fault = plan.fault
            if plan.kill == "accept":
                self._on_kill()
                self._forget(client, reset=True)
                return
            if plan.fault in CANNED:
                _read_exactly(client, length - len(rest))
                client.sendall(CANNED[plan.fault])
                self._forget(client)
                return
            upstream = socket.create_connection(("127.0.0.1", self.target), timeout=30)
            self._track(upstream)
            request_total = len(head) + length
            cut = None
            if plan.fault == "reset_request" or plan.kill == "mid_request":
                cut = max(1, min(request_total - 1, int(request_total * plan.fraction)))
            copy = self._copy() if plan.fault == "duplicate" else None
            kept: list[bytes] | None = [] if plan.fault == "duplicate_late" else None
            if not self._forward(client, upstream, copy, head + rest, request_total, cut, kept):
                if plan.kill == "mid_request":
                    self._on_kill()
                self._forget(client, reset=True)
                self._forget(upstream)
                return
            answer = _read_all(upstream)
            self._forget(upstream)
            self._answer(client, plan, answer)
            if kept is not None:
                self._deliver_again(b"".join(kept))
        except (OSError, ValueError):
            self._forget(client)
        finally:
            if upstream is not None:
                self._forget(upstream)
            with self._lock:
                self.seconds[fault] = self.seconds.get(fault, 0.0) + time.monotonic() - started

    def _count(self, method: str, path: str, plan: Plan) -> None:
        if path.startswith("/case/v1/uploads/"):
            path = "/case/v1/uploads/<id>"
        with self._lock:
            self.applied[plan.fault] += 1
            self.requests[f"{method} {path}"] += 1
            if plan.kill:
                self.applied[f"kill@{plan.kill}"] += 1

    def _copy(self) -> socket.socket | None:
        """A second connection to the service, its answer read and thrown away."""
        try:
            copy = socket.create_connection(("127.0.0.1", self.target), timeout=30)
        except OSError:
            return None
        self._track(copy)
        reader = threading.Thread(target=self._discard, args=(copy,), daemon=True)
        with self._lock:
            self._threads.append(reader)
        reader.start()
        return copy

    def _deliver_again(self, request: bytes) -> None:
        """The same request bytes once more, after the first delivery was answered."""
        copy = self._copy()
        if copy is not None:
            with contextlib.suppress(OSError):
                copy.sendall(request)

    def _discard(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            _read_all(sock)
        self._forget(sock)

    def _forward(
        self,
        client: socket.socket,
        upstream: socket.socket,
        copy: socket.socket | None,
        first: bytes,
        total: int,
        cut: int | None,
        kept: list[bytes] | None,
    ) -> bool:
        """Relay the request's ``total`` bytes (into ``kept`` too); False if cut at ``cut``."""
        sent = 0
        chunk = first
        while True:
            if cut is not None and sent + len(chunk) >= cut:
                upstream.sendall(chunk[: cut - sent])
                return False
            upstream.sendall(chunk)
            if kept is not None:
                kept.append(chunk)
            if copy is not None:
                try:
                    copy.sendall(chunk)
                except OSError:
                    copy = None
            sent += len(chunk)
            if sent >= total:
                return True
            chunk = client.recv(min(256 * 1024, total - sent))
            if not chunk:
                raise OSError("the client hung up mid-request")

    def _answer(self, client: socket.socket, plan: Plan, answer: bytes) -> None:
        """Pass the service's whole answer back, or not, as the plan says."""
        if plan.kill == "after_commit":
            self._on_kill()
            self._forget(client, reset=True)
            return
        if plan.kill == "mid_response":
            client.sendall(answer[: int(len(answer) * plan.fraction)])
            self._on_kill()
            self._forget(client, reset=True)
            return
        if plan.fault == "reset_response":
            client.sendall(answer[: int(len(answer) * plan.fraction)])
            self._forget(client, reset=True)
        elif plan.fault == "drop_answer":
            self._forget(client, reset=True)
        elif plan.fault == "hold_answer":
            client.settimeout(HOLD_LIMIT_S)
            with contextlib.suppress(OSError):
                while client.recv(65536):
                    pass
            self._forget(client)
        elif plan.fault == "drip":
            pause = threading.Event()
            for start in range(0, len(answer), plan.piece):
                client.sendall(answer[start : start + plan.piece])
                if self._closed.is_set():
                    break
                pause.wait(plan.drip_s)
            self._forget(client)
        else:
            client.sendall(answer)
            self._forget(client)


def _read_head(client: socket.socket) -> tuple[bytes, bytes, str, str, int]:
    """The request head, the body bytes read with it, the method, path and body length."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            raise OSError("the client hung up before its request head")
        data += chunk
        if len(data) > MAX_HEAD:
            raise ValueError("request head too long")
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    method, target, _ = lines[0].decode("latin-1").split(" ", 2)
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    return head + b"\r\n\r\n", rest, method, target.split("?")[0], length


def _read_exactly(sock: socket.socket, count: int) -> None:
    while count > 0:
        chunk = sock.recv(min(65536, count))
        if not chunk:
            return
        count -= len(chunk)


def _read_all(sock: socket.socket) -> bytes:
    """Everything until the other side closes (the service closes after each answer)."""
    parts = []
    while chunk := sock.recv(65536):
        parts.append(chunk)
    return b"".join(parts)
