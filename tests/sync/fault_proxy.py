"""A loopback HTTP relay with faults the case-service tests need beyond cut_proxy's.

- ``cut_after(n)``: relay, then reset the link once ``n`` more request bytes have passed
  (mid-body, for a resumable upload);
- ``answer_with(raw)``: answer every request with canned bytes (a captive portal's HTML page
  on a 200, a proxy's 502) without ever reaching the service;
- ``drip(delay_s)``: relay answers one small piece at a time (a link that nearly stalls);
- ``duplicate(True)``: deliver every request to the service twice, over two connections.

``upstream_bytes`` counts request bytes relayed to the service, so a test can see how much
of an upload was sent again after a cut.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading

from tests.sync.cut_proxy import _hang_up


def canned(status: str, content_type: str, body: bytes) -> bytes:
    """A whole HTTP/1.1 answer that closes the connection."""
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nConnection: close\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


CAPTIVE_PORTAL = canned(
    "200 OK",
    "text/html; charset=utf-8",
    b"<!DOCTYPE html><html><head><title>Library Wi-Fi</title></head><body>"
    b"<a href='/accept'>Accept the terms to go online</a></body></html>",
)
BAD_GATEWAY = canned("502 Bad Gateway", "text/html", b"<html><h1>Bad Gateway</h1></html>")


class FaultProxy:
    """Relays loopback connections to ``target``, with faults switched on and off by tests."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.upstream_bytes = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._canned: bytes | None = None
        self._cut_budget: int | None = None
        self._drip_s = 0.0
        self._duplicate = False
        self._open: set[socket.socket] = set()
        self._closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepting.start()

    @property
    def url(self) -> str:
        """The proxy's address, to give the terminal instead of the service's."""
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}"

    def cut_after(self, n: int) -> None:
        """Reset the connection carrying the request byte that makes ``n`` more relayed."""
        with self._lock:
            self._cut_budget = n

    @property
    def cut_pending(self) -> bool:
        """True until an armed cut has happened."""
        with self._lock:
            return self._cut_budget is not None

    def answer_with(self, raw: bytes | None) -> None:
        """Answer each new request with ``raw`` (None: relay again)."""
        with self._lock:
            self._canned = raw
        if raw is not None:
            self.drop_all()

    def drip(self, delay_s: float) -> None:
        """Relay answers 16 bytes every ``delay_s`` (0: at full speed)."""
        with self._lock:
            self._drip_s = delay_s

    def duplicate(self, on: bool) -> None:
        """Send every request to the service a second time, over another connection."""
        with self._lock:
            self._duplicate = on

    def heal(self) -> None:
        """No faults."""
        with self._lock:
            self._canned, self._cut_budget, self._drip_s, self._duplicate = None, None, 0.0, False

    def drop_all(self) -> None:
        """Hang up every open connection (kept-alive ones too)."""
        with self._lock:
            doomed = list(self._open)
            self._open.clear()
        for sock in doomed:
            _hang_up(sock)

    def close(self) -> None:
        """Stop accepting and hang up everything."""
        self._closed.set()
        self.drop_all()
        _hang_up(self._listener)
        self._accepting.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._open.add(client)
                self.connections += 1
                canned = self._canned
            work = self._answer_canned if canned is not None else self._relay
            threading.Thread(target=work, args=(client,), daemon=True).start()

    def _answer_canned(self, client: socket.socket) -> None:
        """Read one request (headers and declared body), answer with the canned bytes."""
        try:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    raise OSError("closed")
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            left = length - len(body)
            while left > 0:
                chunk = client.recv(min(65536, left))
                if not chunk:
                    break
                left -= len(chunk)
            with self._lock:
                canned = self._canned or CAPTIVE_PORTAL
            client.sendall(canned)
        except (OSError, ValueError):
            pass
        self._forget(client)

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target), timeout=5)
        except OSError:
            self._forget(client)
            return
        upstream.settimeout(None)
        copy: socket.socket | None = None
        with self._lock:
            if client not in self._open:
                _hang_up(upstream)
                return
            self._open.add(upstream)
            if self._duplicate:
                with contextlib.suppress(OSError):
                    copy = socket.create_connection(("127.0.0.1", self.target), timeout=5)
                    copy.settimeout(None)
                    self._open.add(copy)
                    threading.Thread(target=self._discard, args=(copy,), daemon=True).start()
        back = threading.Thread(target=self._pump_back, args=(upstream, client), daemon=True)
        back.start()
        self._pump_forward(client, upstream, copy)
        back.join()

    def _pump_forward(
        self, source: socket.socket, sink: socket.socket, copy: socket.socket | None
    ) -> None:
        try:
            while chunk := source.recv(65536):
                with self._lock:
                    budget = self._cut_budget
                    if budget is not None and len(chunk) >= budget:
                        self._cut_budget = None
                        chunk = chunk[:budget]
                        cut = True
                    else:
                        if budget is not None:
                            self._cut_budget = budget - len(chunk)
                        cut = False
                    self.upstream_bytes += len(chunk)
                sink.sendall(chunk)
                if copy is not None:
                    with contextlib.suppress(OSError):
                        copy.sendall(chunk)
                if cut:
                    _reset(source)
                    break
        except OSError:
            pass
        self._forget(source)
        self._forget(sink)
        if copy is not None:
            self._forget(copy)

    def _pump_back(self, source: socket.socket, sink: socket.socket) -> None:
        pause = threading.Event()
        try:
            while chunk := source.recv(65536):
                with self._lock:
                    drip = self._drip_s
                if drip <= 0:
                    sink.sendall(chunk)
                    continue
                for start in range(0, len(chunk), 16):
                    sink.sendall(chunk[start : start + 16])
                    pause.wait(drip)
        except OSError:
            pass
        self._forget(source)
        self._forget(sink)

    def _discard(self, sock: socket.socket) -> None:
        try:
            while sock.recv(65536):
                pass
        except OSError:
            pass
        self._forget(sock)

    def _forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        _hang_up(sock)


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a dropped mobile link or a failing router does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
