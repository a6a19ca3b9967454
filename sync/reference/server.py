"""Running the reference case service: a threaded WSGI server on wsgiref, quiet, on one port.

Each connection carries one request (HTTP/1.0 answers). A request body is never read past
its Content-Length; whatever part of it the app left unread is drained after the answer (up
to a limit) so the client reads the answer rather than a reset connection.
"""

from __future__ import annotations

import json
import logging
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any, BinaryIO, cast
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer, make_server

from core.clock import wall_clock_ms
from core.form_catalogue import FormCatalogue, load_form_catalogue
from sync.open311_routes import Open311Settings
from sync.reference.app import CaseServiceApp
from sync.reference.auth import REPLAY_FILE, ReplayGuard, TerminalAuthenticator, check_public_key
from sync.reference.case_store import CaseStore, TerminalEntry
from sync.reference.content import CouncilContent
from sync.reference.faults import DropConnection, Faults
from sync.reference.heartbeats import SILENT_AFTER_S, TerminalHeartbeats
from sync.reference.open311_outbox import Open311Outbox
from sync.sealing import CouncilOpener

log = logging.getLogger(__name__)

MIN_ADMIN_TOKEN_CHARS = 16
# A client idle this long mid-request is treated as gone (a cut upload keeps its bytes).
SOCKET_TIMEOUT_S = 60.0
DRAIN_LIMIT = 32 * 1024 * 1024
DRAIN_TIMEOUT_S = 5.0
STOP_GRACE_S = 2.0
SERVER_NAME = "civic-kiosk-case-service/1"


@dataclass
class RunningService:
    """A started reference service.

    Attributes:
        url: e.g. ``http://127.0.0.1:8642`` (the API is under ``/case/v1``).
        port: the TCP port actually bound.
        store: its records (tests look inside; main.py need not).
        app: the WSGI application (its ``faults`` can also be set directly).
    """

    url: str
    port: int
    store: CaseStore
    app: CaseServiceApp
    _server: WSGIServer
    _thread: threading.Thread
    _replay: ReplayGuard
    outbox: Open311Outbox | None = None
    _stopped: bool = False

    def stop(self) -> None:
        """Stop accepting, let answers in progress finish briefly, then close the files."""
        if self._stopped:
            return
        self._stopped = True
        self.app.faults.stop()
        if self.outbox is not None:
            self.outbox.stop()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        if not self.app.wait_idle(STOP_GRACE_S):
            log.warning("stopping with %d requests still being answered", self.app.in_flight)
        self.store.close()
        self._replay.close()
        self.app.heartbeats.close()


def start_reference_service(
    data_dir: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    terminals: dict[str, TerminalEntry] | None = None,
    admin_token: str,
    private_key_b64: str,
    content_dir: Path,
    open311: Open311Settings | None = None,
    silent_after_s: float = SILENT_AFTER_S,
    clock_ms: Callable[[], int] = wall_clock_ms,
) -> RunningService:
    """Open the records in ``data_dir`` and serve the case-service API on ``host:port``.

    ``terminals``, when given, becomes the whole register (terminals left out are refused);
    None keeps the register already stored. Raises ValueError (with a plain message) for a
    short admin token, a bad key or a broken content folder. ``silent_after_s``: a terminal
    with no heartbeat for longer is listed silent; ``clock_ms`` is the heartbeats' clock.
    """
    if len(admin_token) < MIN_ADMIN_TOKEN_CHARS:
        raise ValueError(f"the admin token must be at least {MIN_ADMIN_TOKEN_CHARS} characters")
    opener = CouncilOpener(private_key_b64)
    content = CouncilContent(content_dir)
    content.check()
    for terminal_id, entry in (terminals or {}).items():
        try:
            check_public_key(entry.public_key)
        except ValueError as exc:
            raise ValueError(f"terminal {terminal_id!r}: {exc}") from None
    heartbeats = TerminalHeartbeats(data_dir, clock_ms=clock_ms, silent_after_s=silent_after_s)
    store = CaseStore(data_dir)
    if terminals is not None:
        store.replace_terminals(terminals)
    replay = ReplayGuard(data_dir / REPLAY_FILE)
    app = CaseServiceApp(
        store,
        TerminalAuthenticator(store.terminal, replay),
        opener,
        content,
        admin_token,
        Faults(),
        heartbeats,
    )
    try:
        server_class = _ThreadingServer6 if ":" in host else _ThreadingServer
        server = make_server(host, port, app, server_class, _RequestHandler)
    except OSError:
        store.close()
        replay.close()
        heartbeats.close()
        raise
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        daemon=True,
        name="case-service",
    )
    thread.start()
    bound = int(server.server_address[1])
    shown = f"[{host}]" if ":" in host else host
    log.info("reference case service listening on %s:%d", shown, bound)
    outbox = None
    if open311 is not None:
        outbox = Open311Outbox(data_dir, store, opener, open311, _forms(content_dir))
        outbox.start()
    return RunningService(
        f"http://{shown}:{bound}", bound, store, app, server, thread, replay, outbox
    )


def _forms(content_dir: Path) -> FormCatalogue | None:
    """The forms, for the wording of forwarded descriptions (None if they will not load)."""
    try:
        return load_form_catalogue(content_dir / "catalogue")
    except ValueError as exc:
        log.warning("open311: forms unreadable, descriptions use answer names: %s", exc)
        return None


def load_terminals_file(path: Path) -> dict[str, TerminalEntry]:
    """Read a register file: ``{"terminals": {"<id>": {"public_key", "site", "revoked"}}}``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("terminals"), dict):
        raise ValueError(f'{path}: should hold {{"terminals": {{"<terminal id>": {{...}}}}}}')
    register: dict[str, TerminalEntry] = {}
    for terminal_id, item in data["terminals"].items():
        where = f"{path}: terminal {terminal_id!r}"
        if not isinstance(item, dict) or not set(item) <= {"public_key", "site", "revoked"}:
            raise ValueError(f"{where}: needs only public_key, site and revoked")
        key, site, revoked = item.get("public_key"), item.get("site"), item.get("revoked", False)
        if not isinstance(key, str) or not isinstance(site, str) or not site:
            raise ValueError(f"{where}: public_key and site must be text")
        if not isinstance(revoked, bool):
            raise ValueError(f"{where}: revoked must be true or false")
        try:
            check_public_key(key)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        register[terminal_id] = TerminalEntry(key, site, revoked)
    return register


def read_key_file(path: Path) -> str:
    """The first line of a key file that is not blank or a ``#`` comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return line.strip()
    raise ValueError(f"{path}: holds no key")


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    """One thread per connection; threads never hold up the process at exit."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-request is normal on a bad link: log it, quietly."""
        kind = sys.exc_info()[0]
        if kind is not None and issubclass(kind, OSError):
            log.debug("client %s went away: %s", client_address, kind.__name__)
            return
        log.exception("error answering %s", client_address)


class _ThreadingServer6(_ThreadingServer):
    """The same, listening on an IPv6 address."""

    address_family = socket.AF_INET6


class _BodyReader:
    """The request body as the app sees it: ends at Content-Length, counts what was read."""

    def __init__(self, raw: BinaryIO, length: int) -> None:
        self._raw = raw
        self.left = length

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left for -1); blocks until they arrive or EOF."""
        wanted = self.left if size < 0 else min(size, self.left)
        data = self._raw.read(wanted) if wanted > 0 else b""
        self.left -= len(data)
        return data

    def read1(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes, returning as soon as any have arrived."""
        wanted = self.left if size < 0 else min(size, self.left)
        read1 = getattr(self._raw, "read1", self._raw.read)
        data = bytes(read1(wanted)) if wanted > 0 else b""
        self.left -= len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        """One line, not past the end of the body."""
        wanted = self.left if size < 0 else min(size, self.left)
        data = self._raw.readline(wanted) if wanted > 0 else b""
        self.left -= len(data)
        return data

    def readlines(self, hint: int = -1) -> list[bytes]:
        """The rest of the body as lines."""
        return list(iter(self.readline, b""))

    def __iter__(self) -> Iterator[bytes]:
        """Line by line."""
        return iter(self.readline, b"")

    def drain(self) -> None:
        """Read and drop what the app left unread (within limits), then stop."""
        if self.left > DRAIN_LIMIT:
            return
        while self.left > 0:
            try:
                if not self.read1(64 * 1024):
                    return
            except OSError:
                return


class _ServerHandler(ServerHandler):
    """Sends nothing for DropConnection; logs errors instead of printing them."""

    server_software = SERVER_NAME

    def handle_error(self) -> None:
        """Close without answering when the app said so; otherwise a JSON 500."""
        if isinstance(sys.exc_info()[1], DropConnection):
            return
        super().handle_error()

    def log_exception(self, exc_info: Any) -> None:
        """Into the log, not onto stderr."""
        log.error("request failed in the server", exc_info=exc_info)

    def error_output(self, environ: Any, start_response: Any) -> list[bytes]:
        """A JSON 500."""
        body = b'{"error":"internal","message":"the case service hit an unexpected problem"}'
        start_response(
            "500 Internal Server Error",
            [("Content-Type", "application/json"), ("Content-Length", str(len(body)))],
            sys.exc_info(),
        )
        return [body]


class _RequestHandler(WSGIRequestHandler):
    """One connection: one request, with the raw request target kept for signatures."""

    timeout = SOCKET_TIMEOUT_S
    server_version = SERVER_NAME
    disable_nagle_algorithm = True

    def get_environ(self) -> dict[str, Any]:
        """The WSGI environ, plus ``REQUEST_URI``: the target exactly as sent."""
        environ: dict[str, Any] = super().get_environ()
        environ["REQUEST_URI"] = self.path
        return environ

    def handle(self) -> None:
        """Read one request, run the app, then drain any body it left unread."""
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ""
            self.send_error(414)
            return
        if not self.parse_request():
            return
        environ = self.get_environ()
        length_text = str(environ.get("CONTENT_LENGTH", ""))
        length = (
            int(length_text)
            if length_text.isascii() and length_text.isdigit() and len(length_text) < 19
            else 0
        )
        body = _BodyReader(self.rfile, length)  # type: ignore[arg-type]
        handler = _ServerHandler(
            body, cast(BinaryIO, self.wfile), sys.stderr, environ, multithread=True
        )
        handler.request_handler = self  # type: ignore[attr-defined]
        handler.run(self.server.get_app())  # type: ignore[attr-defined]
        try:
            self.connection.settimeout(DRAIN_TIMEOUT_S)
            body.drain()
        except OSError:
            pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed HTTP gets a JSON error too."""
        text = message or self.responses.get(code, ("Error",))[0]
        # Nobody speaks HTTP/0.9 any more: answer a garbled request line with a status line.
        self.request_version = "HTTP/1.0"
        body = json.dumps({"error": "bad_http", "message": text}).encode("utf-8")
        self.send_response(code, message)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(body)
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Request lines and statuses go to the debug log; bodies are never logged."""
        log.debug("%s " + format, self.client_address[0], *args)
