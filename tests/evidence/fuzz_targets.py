"""Fuzz targets for the "Bad input" evidence: the kiosk's own readers fed anything at all.

Each target hands bytes to the real code that reads that kind of input from outside: a QR
code's text (or a camera frame), a catalogue or form file, a form skeleton from a council's
Open311 server, the case service's answers and a site peer's messages as raw HTTP over
loopback, a scanner's page or a picture file, a terminal's TOML file. The contract is the
one residents and staff rely on: input that is fine works; input that is not is refused
with the module's own documented error, whose message says what is wrong in plain words.
Anything else (KeyError, TypeError, RecursionError, a hang...) escapes the target, and
atheris reports it as a crash with the input that caused it.

A target returns ``"accepted ..."`` or ``"refused: <the plain message>"``, so the committed
seeds (``fuzz_seeds/<target>/valid-*`` and ``bad-*``) are checked in-process as well.

Run one (atheris.Fuzz ends the process, so tests run each in a subprocess)::

    python -m tests.evidence.fuzz_targets NAME [libFuzzer flags] [corpus folders]
    python -m tests.evidence.fuzz_targets NAME crash-<sha1>      # replay one input

``FUZZ_SCRATCH`` names the folder for the target's journals and files (else a temp folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import random
import re
import socket
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from operations.process_memory import return_big_buffers_on_free

OneInput = Callable[[bytes], str]
Factory = Callable[[Path, contextlib.ExitStack], OneInput]
# What atheris instruments for coverage: our own packages (plus Pillow's Python decoders
# for pictures); the standard library and requests are exercised but not steered.
OURS = ["core", "store", "sync", "devices", "authoring", "printing", "main"]
SITE = "idea-store-whitechapel"
PEER_KEY = "fuzz-site-key"
SIGNATURE = b"{signature}"  # in a seed, stands for the right X-Site-Auth of that message
SPLIT = re.compile(rb"\r?\n=====\r?\n")  # between the raw HTTP answers of one input


def refused(exc: BaseException) -> str:
    """The outcome of a documented refusal: its message must say something."""
    message = str(exc).strip()
    if not message:
        raise AssertionError(f"{type(exc).__name__} was raised with no message")
    return f"refused: {message}"


def _first_line(data: bytes) -> tuple[str, bytes]:
    head, _, rest = data.partition(b"\n")
    return head.strip().decode("ascii", "replace"), rest


def _pick(name: str, options: tuple[str, ...]) -> str:
    """The named operation, or one chosen by the name's bytes, so every input does something."""
    return name if name in options else options[sum(name.encode()) % len(options)]


# -- QR codes --------------------------------------------------------------------------------


def qr_payload(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A scanned code's text through check-in, case tracking and the wedge scanner; the same
    bytes as a camera frame through zxing, and whatever it reads through check-in."""
    from core.case_documents import read_case_number
    from core.case_status import CaseTracker
    from core.check_in import CheckInProblem
    from core.keystroke_burst import Verdict, WedgeDetector
    from devices.qr import CodeTooLong, ZxingCodeReader
    from tests.site_terminal import open_terminal

    terminal = open_terminal(scratch / "kiosk", "fuzz-kiosk-1")
    stack.callback(terminal.journal.close)
    desk = terminal.site.check_in
    tracker = CaseTracker(None, terminal.journal.sent_from_here)
    reader = ZxingCodeReader()

    def check_in(text: str) -> str:
        try:
            found = desk.by_code(text)
        except CheckInProblem as exc:
            return refused(exc)
        assert desk.book.by_reference(found.reference) == found, (found, text)
        return f"accepted {found.reference}"

    def one(data: bytes) -> str:
        text = data.decode("utf-8", "replace")
        tracker.track(text)
        read_case_number(text)
        with contextlib.suppress(CheckInProblem):
            desk.by_reference(text)
        wedge = WedgeDetector()  # a barcode scanner typing it, 5 ms a key, then Enter
        typed = text[:600]
        for n, char in enumerate(typed):
            wedge.key(char, n * 5)
        burst = wedge.enter(len(typed) * 5)
        if burst.verdict is Verdict.SCANNED:
            check_in(burst.text)
        width = 8 + data[0] % 57 if data else 8
        if len(data) > width * 8:
            try:
                for code in reader.decode_luminance(data, width, len(data) // width, width):
                    check_in(code)
            except CodeTooLong:
                pass
        return check_in(text)

    return one


# -- catalogue, forms and Open311 form skeletons ---------------------------------------------


def catalogue(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A service catalogue file through the catalogue loader."""
    from core.catalogue import CatalogueError, load_catalogue

    path = scratch / "catalogue.json"

    def one(data: bytes) -> str:
        path.write_bytes(data)
        try:
            loaded = load_catalogue(path)
        except CatalogueError as exc:
            return refused(exc)
        for service in loaded.services:
            service.title("bn")
        return f"accepted {len(loaded.services)} services"

    return one


def form_definition(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A form file through the schema and the form checks; a form they pass is then walked
    from start to end with ordinary answers, as ``main.py catalogue check`` does."""
    from datetime import date

    from core.catalogue import CatalogueError, read_json_file
    from core.form_catalogue import parse_form
    from core.form_walk import walk

    catalogue_dir = Path(__file__).resolve().parents[2] / "assets" / "catalogue"
    path = scratch / "form.json"

    def one(data: bytes) -> str:
        path.write_bytes(data)
        try:
            form = parse_form(read_json_file(path), catalogue_dir, str(path))
        except CatalogueError as exc:
            return refused(exc)
        walked = walk(form, date(2026, 11, 23))
        return f"accepted {form.id}, walked {len(walked.pages)} pages"

    return one


def open311_service(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A council's Open311 answers (GET /services.json, then the service's definition) as
    raw HTTP through the authoring importer that makes a form skeleton from them."""
    import requests

    from authoring.open311_services import Open311ImportError, import_service_definition

    server = _replay_server(stack)
    session = stack.enter_context(requests.Session())
    session.trust_env = False

    def one(data: bytes) -> str:
        code, rest = _first_line(data)
        session.close()  # each case on fresh connections, so cases do not depend on each other
        server.script(SPLIT.split(rest))
        try:
            made = import_service_definition(server.url, code or "MB01", session, timeout=5.0)
        except Open311ImportError as exc:
            return refused(exc)
        return f"accepted {made.definition['id']} with {len(made.definition['items'])} items"

    return one


# -- the case service's answers --------------------------------------------------------------

CENTRAL_OPS = (
    "events",
    "catalogue",
    "appointments",
    "roster",
    "appointments-etag",
    "upload",
    "resume",
)


def central_answers(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """The case service's answers, raw HTTP bytes over loopback, read by the central sync
    engine's signed client: sending events, pulling the three documents (and reading what
    the kiosk reads of them), uploading a sealed file. The first line names the operation."""
    from core.appointments import AppointmentDataError, load_appointments
    from core.events import Event, Scope
    from core.site_day import SiteCalendar
    from core.staff_cards import StaffRosterError, load_staff_roster
    from core.visitors import StaffDirectoryError, load_staff
    from store.files import write_atomically
    from store.sync_state import SyncState, blob_path
    from sync import central_sync as engine
    from sync.central_blobs import BlobUploader, LocalBlobProblem
    from sync.central_client import CentralClient, CentralProblem
    from sync.terminal_identity import TerminalIdentity

    server = _replay_server(stack)
    data_dir = scratch / "central-terminal"
    identity = TerminalIdentity.load_or_create(data_dir, "fuzz-kiosk-1")
    client = CentralClient(
        server.url, identity, connect_timeout_s=2, read_timeout_s=5, deadline_s=10
    )
    stack.callback(client.close)
    state = SyncState(data_dir)
    stack.callback(state.close)
    blob = b"sealed evidence " * 64
    digest = hashlib.sha256(blob).hexdigest()
    blob_path(data_dir, digest).parent.mkdir(parents=True, exist_ok=True)
    blob_path(data_dir, digest).write_bytes(blob)
    events = [
        Event(f"0190000{n}-0000-7000-8000-000000000000", "fuzz-kiosk-1", n,
              f"{1795428000000 + n:015d}-000000", SITE, "ticket.issued", Scope.SITE,
              {"number": f"H-00{n}"}, "2026-11-23T10:00:00.000Z")
        for n in (1, 2)
    ]  # fmt: skip
    calendar = SiteCalendar("Europe/London")
    pulled = data_dir / "central"
    pulled.mkdir(parents=True, exist_ok=True)
    todays = "/case/v1/sites/x/appointments?date=2026-11-23"
    shapes = {
        "catalogue": ("/case/v1/catalogue", engine.catalogue_shape),
        "appointments": (todays, engine.appointments_shape),
        "roster": ("/case/v1/sites/x/roster", engine.roster_shape),
    }

    def pull(name: str, etag: str | None) -> str:
        path, shape = shapes[name]
        answer = client.get_json(path, shape, etag=etag)
        if answer.status == 404:  # the engine's own word for it
            return f"refused: the case service has no {name} for us"
        if answer.status != 200:
            return f"accepted {answer.status}"
        target = pulled / f"{name}.json"
        write_atomically(target, answer.content)
        # What the kiosk then reads of it: each reader refuses a bad list in its own words.
        if name == "appointments":
            with contextlib.suppress(AppointmentDataError):
                load_appointments(target, "2026-11-23", calendar)
        if name == "roster":
            with contextlib.suppress(StaffRosterError):
                load_staff_roster(target)
            with contextlib.suppress(StaffDirectoryError):
                load_staff(target)
        return "accepted 200"

    def one(data: bytes) -> str:
        name, rest = _first_line(data)
        op = _pick(name, CENTRAL_OPS)
        client.cut()  # each case on fresh connections, so cases do not depend on each other
        server.script(SPLIT.split(rest))
        if op in ("upload", "resume"):  # a new upload, or one this terminal began before
            state.forget_uploads([digest])
            if op == "resume":
                state.set_upload(digest, "/case/v1/uploads/0123456789abcdef")
        try:
            if op == "events":
                answer = client.post_events(events)
                # How the engine moves its cursors on the answer (its own private step).
                engine._advance({}, events, answer.results, answer.acknowledged)
                return f"accepted {sorted(answer.results.values())}"
            if op in ("upload", "resume"):
                BlobUploader(client, state, data_dir, chunk_bytes=256).ensure(digest)
                return "accepted upload"
            return pull(op.removesuffix("-etag"), '"v1"' if op.endswith("-etag") else None)
        except (CentralProblem, LocalBlobProblem) as exc:
            return refused(exc)

    return one


# -- the site peers' wire --------------------------------------------------------------------

SITE_OPS = ("pull", "serve")


def site_wire(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A site peer's messages, raw HTTP over loopback. ``pull``: the peer's answer to our
    puller, which stores what it accepts in a real journal. ``serve``: a peer's request to
    our real site server, which must answer it (a 4xx for nonsense), never fail with a 500.
    ``{signature}`` in the bytes is replaced by the right X-Site-Auth, so signed nonsense
    gets past the key check; long-polls are cut to 0 s so each case takes milliseconds."""
    from core.clock import HybridLogicalClock
    from core.events import EventDraft, Scope
    from store.journal import SqliteJournal
    from sync import site_wire as wire
    from sync.site_link import PeerLink
    from sync.site_puller import PeerProblem, SitePuller
    from sync.site_server import SiteServer

    stack.callback(setattr, wire, "MAX_WAIT_S", wire.MAX_WAIT_S)
    wire.MAX_WAIT_S = 0.0
    ours = SqliteJournal(scratch / "puller", "fuzz-kiosk-1", SITE, HybridLogicalClock())
    stack.callback(ours.close)
    theirs = SqliteJournal(scratch / "server", "fuzz-kiosk-2", SITE, HybridLogicalClock())
    stack.callback(theirs.close)
    for n in range(3):
        theirs.append(EventDraft("ticket.issued", {"number": f"H-00{n}"}, Scope.SITE))
    site_server = SiteServer(theirs, "127.0.0.1", 0, PEER_KEY)
    site_server.start()
    stack.callback(site_server.stop)
    failures = _Failures("sync.site_server", stack)
    server = _replay_server(stack)
    puller = SitePuller(ours, server.url, PEER_KEY, wait_s=0)
    link = PeerLink()
    session = stack.enter_context(link.session())

    def pull(answer: bytes) -> str:
        parts = re.split(rb"\r?\n\r?\n", answer, maxsplit=1)
        body = parts[1] if len(parts) == 2 else b""
        signature = wire.sign(PEER_KEY, wire.RESPONSE, wire.PULL_PATH, body).encode()
        link.cut()  # each case on fresh connections, so cases do not depend on each other
        server.script([answer.replace(SIGNATURE, signature)])
        try:
            more = puller._pull_once(session, 0.0)
        except PeerProblem as exc:
            return refused(exc)
        return f"accepted more={more}"

    def serve(request: bytes) -> str:
        parts = re.split(rb"\r?\n\r?\n", request, maxsplit=1)
        body = parts[1] if len(parts) == 2 else b""
        words = request.split(b"\n", 1)[0].split()
        method = words[0].decode("ascii", "replace") if words else ""
        with contextlib.suppress(ValueError):  # UnicodeEncodeError, or no path to split
            path = urlsplit(words[1].decode("latin-1")).path if len(words) > 1 else ""
            signature = wire.sign(PEER_KEY, method, path, body).encode()
            request = request.replace(SIGNATURE, signature)
        answer = _exchange(site_server.port, request)
        failures.raise_any()
        status = answer.split(b"\r\n", 1)[0].decode("latin-1")
        if " 500 " in status:
            raise AssertionError(f"the site server failed: {status!r}")
        if re.match(r"HTTP/1\.[01] 4\d\d ", status):
            return f"refused: {status}"
        return f"accepted {status}"

    def one(data: bytes) -> str:
        name, rest = _first_line(data)
        return pull(rest) if _pick(name, SITE_OPS) == "pull" else serve(rest)

    return one


class _Failures(logging.Handler):
    """Collects exceptions a logger reports (a server thread's failure), to raise them here."""

    def __init__(self, logger: str, stack: contextlib.ExitStack) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[str] = []
        watched = logging.getLogger(logger)
        stack.callback(watched.setLevel, watched.level)
        stack.callback(watched.removeHandler, self)
        watched.setLevel(logging.DEBUG)
        watched.addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:  # at any level: the server notes a dropped connection at debug
            self.seen.append(logging.Formatter().format(record))

    def raise_any(self) -> None:
        if self.seen:
            found, self.seen = self.seen, []
            raise AssertionError("\n".join(found))


def _exchange(port: int, request: bytes) -> bytes:
    """Send raw bytes, end our side, and read the whole answer (a hang is a failure)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        with contextlib.suppress(OSError):
            conn.sendall(request)
            conn.shutdown(socket.SHUT_WR)
        chunks = []
        with contextlib.suppress(ConnectionResetError):
            while chunk := conn.recv(65536):
                chunks.append(chunk)
    return b"".join(chunks)


class ReplayServer:
    """A loopback HTTP server that answers each request with the next scripted bytes, exactly
    as given (framing and all). A connection is kept alive after an answer whose length is
    plain (Content-Length matching its body), as a real server's is; otherwise it is closed,
    which ends an answer without a length. With no answer left, the connection is closed."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._answers: deque[bytes] = deque()
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, name="fuzz-replay", daemon=True).start()

    def script(self, answers: list[bytes]) -> None:
        """The answers for the next requests, in order (any left from before are dropped)."""
        with self._lock:
            self._answers = deque(answers)

    def close(self) -> None:
        """Stop accepting."""
        self._sock.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.settimeout(10)
            while _read_request(conn):
                with self._lock:
                    answer = self._answers.popleft() if self._answers else b""
                conn.sendall(answer)
                if not _plainly_framed(answer):
                    conn.shutdown(socket.SHUT_RDWR)
                    return


def _replay_server(stack: contextlib.ExitStack) -> ReplayServer:
    server = ReplayServer()
    stack.callback(server.close)
    return server


def _content_length(head: bytes) -> int | None:
    found = re.search(rb"(?im)^content-length:[ \t]*(\d{1,12})\r?$", head)
    return int(found.group(1)) if found else None


_STATUS_LINE = re.compile(rb"HTTP/1\.[01] [2-5]\d\d( [^\r\n]*)?\r?")
_HEADER_LINE = re.compile(rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*[ -~\t]*\r?")


def _plainly_framed(answer: bytes) -> bool:
    """An answer a client reads to its end by its Content-Length alone, so the connection can
    be kept alive. Anything stranger is followed by closing the connection, which is how a
    real server ends an answer whose length the client cannot tell (else it would wait)."""
    parts = re.split(rb"\r?\n\r?\n", answer, maxsplit=1)
    if len(parts) != 2:
        return False
    status, *headers = parts[0].split(b"\n")
    if not _STATUS_LINE.fullmatch(status) or not all(map(_HEADER_LINE.fullmatch, headers)):
        return False
    if re.search(rb"(?im)^(connection: *close|transfer-encoding)", parts[0]):
        return False
    return _content_length(parts[0]) == len(parts[1])


def _read_request(conn: socket.socket) -> bool:
    """Read one HTTP request whole (head, then Content-Length bytes); False at the end."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return False
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    left = (_content_length(head) or 0) - len(body)
    while left > 0:
        chunk = conn.recv(min(left, 65536))
        if not chunk:
            return False
        left -= len(chunk)
    return True


# -- scanner pages and pictures --------------------------------------------------------------

PICTURE_MAGIC = (b"\x89PNG", b"\xff\xd8", b"GIF8", b"BM", b"II*\x00", b"MM\x00*", b"RIFF")
HEADER = re.compile(rb"(\d{1,9}) (\d{1,9}) (gray|colour) (\d{1,9})( keep-gray)?\n")


def scanner_images(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A scanner's page (``W H gray|colour DPI`` then the pixels) through the scan pipeline
    (straighten, check, compress, bind to PDF); a picture file (PNG, JPEG...) through the
    picture reader, whose decompression-bomb limit is ours."""
    from core.scanning import RawPage, ScanFailed
    from devices.qr import CodeTooLong, UnreadableImage, ZxingCodeReader, decode_image_bytes
    from devices.scan_pipeline import ScanPipeline

    pipeline = ScanPipeline()
    reader = ZxingCodeReader()

    def picture(data: bytes) -> str:
        try:
            codes = decode_image_bytes(data, reader)
        except (UnreadableImage, CodeTooLong) as exc:
            return refused(exc)
        return f"accepted picture with {len(codes)} codes"

    def page(data: bytes) -> str:
        found = HEADER.match(data)
        if found is None:
            raw = RawPage(32, len(data) // 32, False, 200, data[: len(data) // 32 * 32])
            keep_colour = False
        else:
            width, height, dpi = int(found[1]), int(found[2]), int(found[4])
            colour, keep_colour = found[3] == b"colour", found[5] is None
            pixels = data[found.end() :]
            wanted = width * height * (3 if colour else 1)
            if 0 < wanted <= 4_000_000:  # the fuzzer's bytes, repeated to fill the page
                pixels = (pixels or b"\xff") * (wanted // max(1, len(pixels)) + 1)
                pixels = pixels[:wanted]
            raw = RawPage(width, height, colour, dpi, pixels)
        try:
            captured = pipeline.develop(raw, keep_colour)
        except ScanFailed as exc:
            return refused(exc)
        pdf = pipeline.bind([captured])
        assert pdf.startswith(b"%PDF"), pdf[:20]
        return f"accepted {captured.width}x{captured.height} {captured.problems}"

    def one(data: bytes) -> str:
        return picture(data) if data.startswith(PICTURE_MAGIC) else page(data)

    return one


# -- terminal configuration ------------------------------------------------------------------


def config_file(scratch: Path, stack: contextlib.ExitStack) -> OneInput:
    """A terminal's TOML file through the configuration loader."""
    from core.config import ConfigError, load_config

    path = scratch / "terminal.toml"

    def one(data: bytes) -> str:
        path.write_bytes(data)
        try:
            config = load_config(path)
        except ConfigError as exc:
            return refused(exc)
        return f"accepted {config.terminal_id} ({config.role})"

    return one


# -- a mutator that knows JSON ---------------------------------------------------------------

# Values that break careless readers: empty, blank, huge, negative, out of range, wrong type,
# right-to-left text, an expression where text is due.
ODD_VALUES: tuple[object, ...] = (
    "", " ", "x" * 5000, "\u202eevil", "${nobody}", "today()", "0", -1, 0, 1, 2**63, 1e308,
    0.5, True, False, None, [], {}, [[]], {"en": ""},
)  # fmt: skip


def json_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    """A mutation of a JSON document that is still JSON (a value replaced by an odd one or
    by another of the document's own values, a key dropped, a list item repeated), so the
    fuzzer gets past the parser to the checks behind it; otherwise libFuzzer's own."""
    import atheris  # type: ignore[import-untyped]

    chance = random.Random(seed)
    try:
        document = json.loads(data)
        places = list(_places(document))
    except (ValueError, RecursionError):  # not JSON, or too deep to walk: plain mutation
        places = []
    if not places or chance.random() < 0.2:
        return bytes(atheris.Mutate(data, max_size))
    try:
        out = _mutate_json(document, places, chance)
    except RecursionError:
        return bytes(atheris.Mutate(data, max_size))
    return out if len(out) <= max_size else bytes(atheris.Mutate(data, max_size))


def _mutate_json(document: object, places: list[tuple[Any, Any]], chance: random.Random) -> bytes:
    for _ in range(chance.randint(1, 3)):
        parent, key = chance.choice(places)
        donor_parent, donor_key = chance.choice(places)
        roll = chance.random()
        if roll < 0.4:
            parent[key] = chance.choice(ODD_VALUES)
        elif roll < 0.7:
            parent[key] = json.loads(json.dumps(donor_parent[donor_key]))
        elif isinstance(parent, dict):
            del parent[key]
        else:
            parent.insert(key, json.loads(json.dumps(parent[key])))
        places = list(_places(document))
        if not places:
            break
    return json.dumps(document, ensure_ascii=chance.random() < 0.5).encode("utf-8", "surrogatepass")


def _places(node: object) -> Iterator[tuple[Any, Any]]:
    """Every (container, key or index) in a JSON value, outermost first."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _places(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _places(value)


TARGETS: dict[str, Factory] = {
    "qr_payload": qr_payload,
    "catalogue": catalogue,
    "form_definition": form_definition,
    "open311_service": open311_service,
    "central_answers": central_answers,
    "site_wire": site_wire,
    "scanner_images": scanner_images,
    "config_file": config_file,
}
INSTRUMENTED = {name: OURS for name in TARGETS} | {"scanner_images": [*OURS, "PIL"]}
# Atheris 3.0 keeps a reference to the result of every comparison it traces that is not a
# plain value: ``pixels <= cut`` on a numpy page leaks the whole boolean page. The scanner
# target grew to libFuzzer's 2 GB limit from that alone (the pipeline, run uninstrumented on
# the same inputs, stays flat), so the modules that compare numpy arrays run uninstrumented
# in every target: still fuzzed, just not coverage-guided inside.
NOT_INSTRUMENTED = ["devices.scan_quality", "devices.scan_straighten"]
MUTATORS = {"catalogue": json_mutator, "form_definition": json_mutator}


def main(argv: list[str]) -> None:
    """Fuzz one target: ``NAME`` then libFuzzer's own arguments."""
    import atheris

    if len(argv) < 2 or argv[1] not in TARGETS:
        sys.exit(f"usage: {argv[0]} {{{','.join(TARGETS)}}} [libFuzzer arguments]")
    name = argv[1]
    scratch = Path(os.environ.get("FUZZ_SCRATCH") or tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
    scratch.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.CRITICAL)  # expected refusals are logged as warnings
    # As in every kiosk process (main.py), so the fuzzed code runs on the kiosk's allocator
    # settings: big buffers come from mmap and leave when freed. (The scanner target's
    # out-of-memory was atheris, not the heap: see NOT_INSTRUMENTED.)
    return_big_buffers_on_free()
    stack = contextlib.ExitStack()
    with atheris.instrument_imports(include=INSTRUMENTED[name], exclude=NOT_INSTRUMENTED):
        one = TARGETS[name](scratch, stack)
    atheris.Setup([argv[0], *argv[2:]], one, custom_mutator=MUTATORS.get(name))
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
