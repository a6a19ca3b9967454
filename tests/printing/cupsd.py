"""A private CUPS scheduler for the printing tests, and a TCP port standing in for a printer.

``CupsServer.start()`` runs ``cupsd -f`` as root with every path of its own (ServerRoot,
RequestRoot, CacheDir, StateDir, logs, printcap) in a fresh folder, listening only on
127.0.0.1 at a free port. Nothing under /etc/cups is written, and a system cupsd, if one is
running, is not touched. What it takes to work (found by trying, CUPS 2.4 on Debian 12):

- ``FileDevice Yes`` in cups-files.conf, or file:// queues are refused.
- No authentication in the policy: admin operations from the tests then need no password.
- Filters (gziptoany) run as user ``lp`` and are started by paths inside the folder, so
  every folder above it must be open to lp: it is made directly under /tmp, not under
  pytest's 0700 tmp folders (there the job fails with "Filter failed", execv EACCES).
  Output through file:// is written by cupsd itself, as root, so any folder works for it.
- ``ServerBin`` is a private folder whose subfolders link to /usr/lib/cups, plus one test
  backend, ``kiosktest``, that plays a printer with a fault; cupsd runs only backends owned
  by root and not writable by others, which ours is.
- A file:// queue needs the pass-through PPD below: with a raw queue (no PPD) CUPS reports
  the job completed and writes nothing. PDFs are sent as application/pdf (gziptoany copies
  them). ESC/POS is sent as application/vnd.cups-raw, which skips filters; a raw job to a
  file:// queue is likewise "completed" with nothing written, so ESC/POS goes to socket://.
- ``socket://host:port/?snmp=false``: otherwise the socket backend asks the printer's
  address for SNMP supply levels after each job and the job takes 4 s longer to complete.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import queue
import shutil
import signal
import socket
import struct
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cups
from reportlab.pdfgen.canvas import Canvas

from tests.ports import unused_port

CUPSD = "/usr/sbin/cupsd"

# What the printers are sent, fixed so the tests do not depend on the renderers.
# ESC/POS: ESC @ (initialise), every byte value once (CR, LF and NUL must survive), a cut.
ESCPOS = b"\x1b@" + bytes(range(256)) + b"H-017\n\x1dV\x00"


def tiny_pdf(text: str = "H-017") -> bytes:
    """A one-page PDF, as the PDF renderer would hand over."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(227, 300))
    canvas.drawString(20, 250, text)
    canvas.save()
    return out.getvalue()


SYSTEM_SERVER_BIN = Path("/usr/lib/cups")

PASSTHRU_PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "PASSTHRU.PPD"
*Manufacturer: "civic-kiosk"
*Product: "(Pass-through)"
*ModelName: "civic-kiosk pass-through"
*ShortNickName: "civic-kiosk pass-through"
*NickName: "civic-kiosk pass-through"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: False
*DefaultColorSpace: Gray
*FileSystem: False
*Throughput: "1"
*cupsFilter2: "application/pdf application/vnd.cups-raw 0 gziptoany"
*cupsFilter2: "application/vnd.cups-raw application/vnd.cups-raw 0 gziptoany"
"""

# Stand-in printers with faults, chosen by the device URI. A real backend reports a printer's
# condition the same way: STATE lines set printer-state-reasons, ERROR lines the message.
# The message goes first so that whoever sees the reason also sees the words.
FAULTY_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then
  echo 'direct kiosktest "Unknown" "civic-kiosk test printer"'
  exit 0
fi
case "$DEVICE_URI" in
  kiosktest://paper-out)
    # Out of paper: say so, then hold the job as a printer waiting for paper does.
    echo "ERROR: Out of paper" >&2
    echo "STATE: +media-empty-error" >&2
    exec sleep 600
    ;;
  kiosktest://jam)
    echo "ERROR: Paper jam" >&2
    echo "STATE: +media-jam-error" >&2
    exit 1
    ;;
esac
exit 1
"""

CUPSD_CONF = """LogLevel info
Listen 127.0.0.1:{port}
Browsing No
WebInterface No
DefaultShared No
DefaultAuthType None
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  SubscriptionPrivateAccess all
  SubscriptionPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """FileDevice Yes
ServerRoot {root}
ServerBin {root}/serverbin
DataDir /usr/share/cups
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
Printcap {root}/printcap
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
"""


class CupsUnavailable(RuntimeError):
    """The private cupsd could not be started; the message says what to do."""


class CupsServer:
    """A running private cupsd.

    Attributes:
        root: its folder (config, spool, logs, outputs).
        port: the loopback port it listens on.
        address: ``127.0.0.1:<port>``, as CupsQueue's ``server`` and lpadmin's ``-h``.
    """

    def __init__(self, root: Path, port: int, process: subprocess.Popen[bytes]) -> None:
        self.root = root
        self.port = port
        self.address = f"127.0.0.1:{port}"
        self._process = process
        self._names = itertools.count(1)

    @classmethod
    def start(cls, deadline_s: float = 15.0) -> CupsServer:
        """Write a private configuration, start cupsd and wait until it accepts connections."""
        if os.geteuid() != 0:
            raise CupsUnavailable(
                "the CUPS tests start a private cupsd, which must run as root; run pytest as "
                "root (CI does)"
            )
        if not Path(CUPSD).exists() or shutil.which("lpadmin", path="/usr/sbin:/usr/bin") is None:
            raise CupsUnavailable(
                "cupsd or lpadmin is missing: scripts/system-packages.sh installs cups"
            )
        root = Path(tempfile.mkdtemp(prefix="civic-kiosk-cupsd-"))
        root.chmod(0o755)  # filters run as lp and must reach the spool
        port = unused_port()
        _write_config(root, port)
        with (root / "log" / "cupsd.out").open("wb") as out:
            process = subprocess.Popen(
                [CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        server = cls(root, port, process)
        try:
            server._wait_until_listening(deadline_s)
        except CupsUnavailable:
            server.stop()
            raise
        return server

    def _wait_until_listening(self, deadline_s: float) -> None:
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                pass
            # Waiting on the process both paces the loop and notices cupsd giving up.
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=0.02)
                raise CupsUnavailable(f"cupsd exited at start-up:\n{self.log_tail()}")
        raise CupsUnavailable(f"cupsd did not listen within {deadline_s:g} s:\n{self.log_tail()}")

    @property
    def running(self) -> bool:
        """Whether the cupsd process is still alive."""
        return self._process.poll() is None

    def stop(self) -> None:
        """Stop cupsd by its pid (SIGTERM, then SIGKILL if it lingers) and remove its folder."""
        if self.running:
            self._process.send_signal(signal.SIGTERM)
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        """The end of cupsd's error log and output, for failure messages."""
        text = ""
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    def unique(self, stem: str) -> str:
        """A queue name not used before on this server."""
        return f"{stem}_{next(self._names)}"

    def lpadmin(self, *args: str) -> None:
        """Run lpadmin against this server."""
        done = subprocess.run(
            ["lpadmin", "-h", self.address, *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise AssertionError(f"lpadmin {' '.join(args)} failed: {done.stderr.strip()}")

    def add_queue(self, name: str, device_uri: str, *options: str) -> str:
        """An enabled queue with the pass-through PPD; ``options`` are ``-o`` values."""
        ppd = self.root / "passthru.ppd"
        extra = [arg for option in options for arg in ("-o", option)]
        self.lpadmin("-p", name, "-E", "-v", device_uri, "-P", str(ppd), *extra)
        return name

    def add_file_queue(self, stem: str = "kiosk_file") -> tuple[str, Path]:
        """A queue printing to a file; returns its name and the file it writes."""
        name = self.unique(stem)
        output = self.root / "out" / f"{name}.out"
        self.add_queue(name, f"file://{output}")
        return name, output

    def add_socket_queue(self, port: int, stem: str = "kiosk_thermal") -> str:
        """A queue sending raw to a TCP port, as to a thermal printer's port 9100."""
        return self.add_queue(self.unique(stem), f"socket://127.0.0.1:{port}/?snmp=false")

    @contextlib.contextmanager
    def connection(self) -> Iterator[Any]:
        """A pycups connection to this server; the thread's libcups defaults are put back."""
        server, port = cups.getServer(), cups.getPort()
        cups.setServer(self.address)
        try:
            yield cups.Connection()
        finally:
            cups.setServer(server)
            cups.setPort(port)

    def disable(self, name: str) -> None:
        """Stop a queue, as ``cupsdisable`` does."""
        with self.connection() as conn:
            conn.disablePrinter(name)

    def reject(self, name: str) -> None:
        """Make a queue refuse new jobs, as ``cupsreject`` does."""
        with self.connection() as conn:
            conn.rejectJobs(name)

    def unfinished_jobs(self, name: str) -> list[int]:
        """Job ids on a queue that are neither completed, cancelled nor aborted."""
        with self.connection() as conn:
            jobs = conn.getJobs(
                which_jobs="not-completed", requested_attributes=["job-printer-uri"]
            )
        return [job for job, attrs in jobs.items() if attrs["job-printer-uri"].endswith(f"/{name}")]

    def job(self, job_id: int) -> dict[str, Any]:
        """A job's name and state."""
        with self.connection() as conn:
            attributes: dict[str, Any] = conn.getJobAttributes(
                job_id, requested_attributes=["job-name", "job-state"]
            )
        return attributes


def _write_config(root: Path, port: int) -> None:
    for folder in ("log", "out", "serverbin/backend"):
        (root / folder).mkdir(parents=True)
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(port=port))
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    (root / "passthru.ppd").write_text(PASSTHRU_PPD)
    server_bin = root / "serverbin"
    for sub in ("cgi-bin", "daemon", "driver", "filter", "monitor", "notifier"):
        (server_bin / sub).symlink_to(SYSTEM_SERVER_BIN / sub)
    (server_bin / "backend" / "socket").symlink_to(SYSTEM_SERVER_BIN / "backend" / "socket")
    backend = server_bin / "backend" / "kiosktest"
    backend.write_text(FAULTY_BACKEND)
    backend.chmod(0o755)


class PrinterPort:
    """A TCP listener playing a thermal printer's raw port: it keeps each connection's bytes.

    Args:
        status_reply: sent back when a paper status query (DLE EOT 4) arrives, as a printer's
            paper sensor answers; empty means the printer stays silent.
        hold: accept connections but never read from them, as a printer that has hung.
    """

    def __init__(self, status_reply: bytes = b"", *, hold: bool = False) -> None:
        self._status_reply = status_reply
        self._hold = hold
        self._jobs: queue.Queue[bytes] = queue.Queue()
        self._held: list[socket.socket] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, name="printer-port", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return  # closed
            if self._hold:
                self._held.append(conn)
                continue
            with conn:
                received = bytearray()
                while chunk := conn.recv(65536):
                    received += chunk
                    if self._status_reply and received.endswith(b"\x10\x04\x04"):
                        conn.sendall(self._status_reply)
                self._jobs.put(bytes(received))

    def next_job(self, timeout: float = 10.0) -> bytes:
        """The bytes of the next whole connection, waiting up to ``timeout`` seconds for it."""
        return self._jobs.get(timeout=timeout)

    def nothing_more(self) -> bool:
        """True when no further connection has delivered bytes."""
        return self._jobs.empty()

    def close(self) -> None:
        """Stop listening and drop any held connections (with a reset, as a dead printer)."""
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._listener.close()
        for conn in self._held:
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()
        self._thread.join(timeout=5)
