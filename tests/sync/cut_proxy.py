"""A fault-injecting TCP relay on loopback: cut the link, heal it, or answer with garbage.

Put it between two terminals (the puller talks to the proxy, the proxy to the peer) to make
a network partition without touching either terminal.
"""

from __future__ import annotations

import contextlib
import socket
import threading

GARBAGE = b"\x00\xffthis is not HTTP\r\n\r\n"


class CutProxy:
    """Relays loopback TCP connections to ``target`` port until told otherwise.

    Modes: ``relay`` (pass bytes both ways), ``refuse`` (accept, then close at once),
    ``blackhole`` (accept and never answer), ``garbage`` (answer with junk bytes, then close).
    """

    def __init__(self, target: int | None = None) -> None:
        self.target = target
        self.mode = "relay"
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._closed = False
        self._accepting = threading.Thread(target=self._accept_loop, daemon=True)
        self._accepting.start()

    @property
    def port(self) -> int:
        """The port to give the puller instead of the peer's."""
        return int(self._listener.getsockname()[1])

    @property
    def url(self) -> str:
        """The proxy as a peer URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def open_connections(self) -> int:
        """How many connections (either side) the proxy holds open now."""
        with self._lock:
            return len(self._open)

    def cut(self, mode: str = "refuse") -> None:
        """Drop every open connection, and treat new ones according to ``mode``."""
        with self._lock:
            self.mode = mode
            doomed = list(self._open)
            self._open.clear()
        for sock in doomed:
            _hang_up(sock)

    def heal(self) -> None:
        """Relay new connections again."""
        with self._lock:
            self.mode = "relay"

    def close(self) -> None:
        """Stop accepting and drop everything."""
        self._closed = True
        self.cut()
        _hang_up(self._listener)
        self._accepting.join(timeout=5)

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                mode = self.mode if not self._closed else "refuse"
                self._open.add(client)
            if mode == "relay" and self.target is not None:
                threading.Thread(target=self._relay, args=(client,), daemon=True).start()
            elif mode == "blackhole":
                threading.Thread(target=self._swallow, args=(client,), daemon=True).start()
            else:
                if mode == "garbage":
                    try:
                        client.recv(65536)
                        client.sendall(GARBAGE)
                    except OSError:
                        pass
                self._forget(client)

    def _relay(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target or 0), timeout=5)
        except OSError:
            self._forget(client)
            return
        upstream.settimeout(None)
        with self._lock:
            if client not in self._open:  # cut while connecting
                _hang_up(upstream)
                return
            self._open.add(upstream)
        back = threading.Thread(target=self._pump, args=(upstream, client), daemon=True)
        back.start()
        self._pump(client, upstream)
        back.join()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        self._forget(source)
        self._forget(sink)

    def _swallow(self, client: socket.socket) -> None:
        try:
            while client.recv(65536):
                pass
        except OSError:
            pass
        self._forget(client)

    def _forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.discard(sock)
        _hang_up(sock)


def _hang_up(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
