"""A real pcscd with vsmartcard's virtual readers, for the staff card tests.

Import the fixtures into a test module (``from tests.devices.pcsc_support import ...``) and
use ``pcscd``: it gives the reader name ``READER``, whose cards connect to ``READER_PORT``
(see tests/devices/virtual_staff_card.py).

How it is run, and why (checked against pcsc-lite 1.9.9 and vsmartcard-vpcd 3.3):

- pcscd is started as ``pcscd --foreground --apdu --info --config DIR``, where DIR holds
  only vpcd's reader entry (Debian's own stock ports, 35963 and 35964), so no other reader
  configured on the machine joins in. It needs root (it creates /run/pcscd); CI runs as root.
- Readiness is waited for, not slept for. pcscd logs "daemon ready" *before* it creates
  its socket (a client connecting then gets "service not available"), so the log line is
  not the signal. The socket is: pcscd binds it, listens, then chmods it, so the fixture
  waits (inotify on /run/pcscd, and pcscd's pidfd in case it dies) for that chmod, then
  checks pyscard lists the readers. A thread keeps pcscd's log, for failure messages.
- Only one pcscd can serve a machine: it always listens on /run/pcscd/pcscd.comm (pcsc-lite
  1.9.9's daemon ignores PCSCLITE_CSOCK_NAME). So a pcscd already running is handled thus:
  - one these fixtures started (its config folder is named ``civic-kiosk-pcscd-*``), left
    behind by a test run that was killed, is stopped by its pid, then a fresh one started;
  - anyone else's pcscd is reused, never stopped, provided it offers vpcd's readers (as
    Debian's stock configuration does, on the same ports); otherwise the tests fail and say
    which pid to stop.
- The fixture stops its pcscd at the end of the session (SIGTERM, then waiting for it),
  and pcscd removes its socket and pid file as it exits: nothing is left running.
- Each card a test inserts is taken out again afterwards, and the fixture waits until pcscd
  has seen the reader empty, so the next test cannot be handed the previous test's card.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import select
import shutil
import signal
import struct
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from smartcard import scard

from tests.devices.virtual_staff_card import InsertedCard, VirtualStaffCard

VPCD_DRIVER = Path("/usr/lib/pcsc/drivers/serial/libifdvpcd.so")
PID_FILE = Path("/run/pcscd/pcscd.pid")
SOCKET = Path("/run/pcscd/pcscd.comm")
OUR_CONFIG_PREFIX = "civic-kiosk-pcscd-"
READER = "Virtual PCD 00 00"
READER_PORT = 35963
SECOND_READER = "Virtual PCD 00 01"
SECOND_READER_PORT = 35964
READY_WITHIN_S = 10.0
CHANNEL = 0x8C7B  # 35963: vpcd's first port; the second reader uses the next one

VPCD_CONFIG = f"""\
FRIENDLYNAME "Virtual PCD"
DEVICENAME   /dev/null:0x{CHANNEL:04X}
LIBPATH      {VPCD_DRIVER}
CHANNELID    0x{CHANNEL:04X}
"""


@dataclass
class PcscdLog:
    """pcscd's log (with --apdu, every APDU), read as it is written."""

    lines: list[str] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)

    def follow(self, stream: object) -> None:
        """Read lines until pcscd closes its output (run in a thread)."""
        for line in stream:  # type: ignore[attr-defined]
            with self.changed:
                self.lines.append(str(line).rstrip("\n"))
                self.changed.notify_all()

    def tail(self, count: int = 20) -> str:
        """The last lines, for a failure message."""
        with self.changed:
            return "\n".join(self.lines[-count:])


@dataclass
class Pcscd:
    """The pcscd the tests use: ours (with its log) or someone else's, reused."""

    pid: int
    ours: bool
    log: PcscdLog | None


def _live_pcscd() -> int | None:
    """The pid of the running pcscd, from its pid file; None if none is running."""
    try:
        pid = int(PID_FILE.read_text().strip("\0 \n"))
    except (OSError, ValueError):
        return None
    try:
        comm = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None
    return pid if comm == "pcscd" else None


def _started_by_these_fixtures(pid: int) -> bool:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(OUR_CONFIG_PREFIX.encode() in part for part in command)


def _stop_leftover(pid: int) -> None:
    """Stop a pcscd a killed test run left behind, and wait for it to exit."""
    handle = os.pidfd_open(pid)
    try:
        os.kill(pid, signal.SIGTERM)
        ready, _, _ = select.select([handle], [], [], READY_WITHIN_S)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            select.select([handle], [], [], READY_WITHIN_S)
    finally:
        os.close(handle)


def _reader_names() -> list[str]:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return []
    try:
        hresult, names = scard.SCardListReaders(context, [])
        return list(names) if hresult == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


IN_ATTRIB = 0x00000004
_INOTIFY_EVENT = struct.Struct("iIII")  # wd, mask, cookie, length of the name that follows


class SocketWatch:
    """inotify on /run/pcscd: tells when pcscd chmods its socket, i.e. it is listening."""

    def __init__(self) -> None:
        SOCKET.parent.mkdir(mode=0o755, parents=True, exist_ok=True)  # pcscd accepts it there
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_CLOEXEC | os.O_NONBLOCK)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1 failed")
        watched = self._libc.inotify_add_watch(self.fd, bytes(SOCKET.parent), IN_ATTRIB)
        if watched < 0:
            os.close(self.fd)
            raise OSError(ctypes.get_errno(), f"cannot watch {SOCKET.parent}")

    def wait_for_listening(self, process: subprocess.Popen[str], timeout_s: float) -> bool:
        """True once pcscd chmods its socket; False if pcscd exits or time runs out first."""
        exited = os.pidfd_open(process.pid)
        deadline = time.monotonic() + timeout_s
        try:
            while (left := deadline - time.monotonic()) > 0:
                ready, _, _ = select.select([self.fd, exited], [], [], left)
                if exited in ready:
                    return False
                if self.fd in ready and SOCKET.name.encode() in self._names():
                    return True
            return False
        finally:
            os.close(exited)

    def _names(self) -> list[bytes]:
        data = os.read(self.fd, 4096)
        names = []
        offset = 0
        while offset < len(data):
            _wd, _mask, _cookie, length = _INOTIFY_EVENT.unpack_from(data, offset)
            start = offset + _INOTIFY_EVENT.size
            names.append(data[start : start + length].rstrip(b"\0"))
            offset = start + length
        return names

    def close(self) -> None:
        """Stop watching."""
        os.close(self.fd)


class PcscdFailed(RuntimeError):
    """pcscd would not start listening; the message holds the end of its log."""


def start_pcscd(config_root: Path) -> tuple[subprocess.Popen[str], PcscdLog, threading.Thread]:
    """Start pcscd with vpcd's readers only; return once its socket is listening.

    Also used by benchmarks/staff_cards.py. Raises PcscdFailed if it never listens.
    """
    config = config_root / "reader.conf.d"
    config.mkdir()
    (config / "vpcd").write_text(VPCD_CONFIG, encoding="utf-8")
    pcscd = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if SOCKET.exists() and not PID_FILE.exists():
        SOCKET.unlink()  # stale: pcscd refuses to start over a socket with no pid file
    watch = SocketWatch()
    try:
        process = subprocess.Popen(
            [pcscd, "--foreground", "--apdu", "--info", "--config", str(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        log = PcscdLog()
        reading = threading.Thread(target=log.follow, args=(process.stdout,), daemon=True)
        reading.start()
        if not watch.wait_for_listening(process, READY_WITHIN_S):
            stop_pcscd(process, reading)
            raise PcscdFailed(
                f"pcscd did not start listening within {READY_WITHIN_S} s:\n{log.tail()}"
            )
    finally:
        watch.close()
    return process, log, reading


def stop_pcscd(process: subprocess.Popen[str], reading: threading.Thread) -> None:
    """Stop a pcscd started by ``start_pcscd`` and wait for it."""
    process.terminate()
    try:
        process.wait(timeout=READY_WITHIN_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    reading.join(timeout=READY_WITHIN_S)
    if process.stdout is not None:
        process.stdout.close()


@contextlib.contextmanager
def vpcd_pcscd(root: Path) -> Iterator[Pcscd]:
    """A pcscd offering vpcd's two readers, for as long as the block runs.

    A pcscd these helpers left behind is replaced; anyone else's is reused if it offers
    vpcd's readers. Raises PcscdFailed (with why) when no such pcscd can be had.
    """
    running = _live_pcscd()
    if running is not None and _started_by_these_fixtures(running):
        _stop_leftover(running)
        running = None
    if running is not None:
        if READER not in _reader_names():
            raise PcscdFailed(
                f"a pcscd not started by these tests (pid {running}) is running without "
                f"vsmartcard's {READER!r} reader; stop it (kill {running}) and run again"
            )
        yield Pcscd(running, ours=False, log=None)
        return
    if os.geteuid() != 0:
        raise PcscdFailed("pcscd needs root to create /run/pcscd: run as root, as CI does")
    process, log, reading = start_pcscd(root)
    try:
        listed = _reader_names()
        if READER not in listed or SECOND_READER not in listed:
            raise PcscdFailed(f"pcscd lists {listed}, not vpcd's readers:\n{log.tail()}")
        yield Pcscd(process.pid, ours=True, log=log)
    finally:
        stop_pcscd(process, reading)


@pytest.fixture(scope="session")
def pcscd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pcscd]:
    """A pcscd offering vpcd's two readers for the whole session (see the module notes)."""
    if not (shutil.which("pcscd") or Path("/usr/sbin/pcscd").exists()):
        pytest.skip("pcscd is not installed (scripts/system-packages.sh installs it)")
    if not VPCD_DRIVER.exists():
        pytest.skip(f"vsmartcard-vpcd is not installed ({VPCD_DRIVER} is missing)")
    root = Path(tmp_path_factory.mktemp(OUR_CONFIG_PREFIX, numbered=True))
    try:
        with vpcd_pcscd(root) as running:
            yield running
    except PcscdFailed as exc:
        pytest.fail(str(exc))


def wait_until_reader_empty(reader: str, timeout_s: float = 5.0) -> bool:
    """Wait (in SCardGetStatusChange, no polling) until pcscd sees no card in ``reader``."""
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS, scard.SCardGetErrorMessage(hresult)
    try:
        state = scard.SCARD_STATE_UNAWARE
        deadline_ms = int(timeout_s * 1000)
        while True:
            hresult, states = scard.SCardGetStatusChange(context, deadline_ms, [(reader, state)])
            if hresult != scard.SCARD_S_SUCCESS:
                return False
            _name, event_state, _atr = states[0]
            if event_state & scard.SCARD_STATE_EMPTY:
                return True
            state = event_state & ~scard.SCARD_STATE_CHANGED
    finally:
        scard.SCardReleaseContext(context)


class CardSlot:
    """Puts virtual cards into one vpcd reader and makes sure each is out again afterwards."""

    def __init__(self, reader: str, port: int) -> None:
        self.reader = reader
        self.port = port
        self._inserted: list[InsertedCard] = []

    def insert(self, card: VirtualStaffCard) -> InsertedCard:
        """Insert ``card`` (a VirtualStaffCard) into this reader."""
        inserted = card.insert(self.port)
        self._inserted.append(inserted)
        return inserted

    def remove(self, inserted: InsertedCard) -> None:
        """Take the card out and wait until pcscd has noticed."""
        inserted.remove()
        if inserted in self._inserted:
            self._inserted.remove(inserted)
        assert wait_until_reader_empty(self.reader), f"pcscd still sees a card in {self.reader}"

    def empty(self) -> None:
        """Take out every card still in the reader."""
        for inserted in list(self._inserted):
            self.remove(inserted)


@pytest.fixture
def card_slot(pcscd: Pcscd) -> Iterator[CardSlot]:
    """vpcd's first reader, emptied after the test."""
    slot = CardSlot(READER, READER_PORT)
    assert wait_until_reader_empty(READER), "a card was left in the reader by an earlier test"
    yield slot
    slot.empty()
