"""What a terminal tells systemd and the journal, read off real unix datagram sockets.

Qt-free: operations/sd_notify.py and operations/journal_log.py never import Qt.
"""

from __future__ import annotations

import io
import logging
import os
import socket
import struct
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from operations.journal_log import JournalHandler, PlainFormatter, start_logging
from operations.sd_notify import ServiceNotifier, watchdog_interval_s


@pytest.fixture
def listener(tmp_path: Path) -> Iterator[socket.socket]:
    """A datagram socket standing where systemd's would be."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(tmp_path / "notify.sock"))
    sock.settimeout(5)
    yield sock
    sock.close()


def decode_entry(data: bytes) -> dict[str, str]:
    """journald's native format back into fields (both the plain and the binary-safe forms)."""
    fields: dict[str, str] = {}
    while data:
        line, _, rest = data.partition(b"\n")
        if b"=" in line:
            key, _, value = line.partition(b"=")
            fields[key.decode()] = value.decode()
            data = rest
        else:
            (size,) = struct.unpack("<Q", rest[:8])
            fields[line.decode()] = rest[8 : 8 + size].decode()
            assert rest[8 + size : 9 + size] == b"\n"
            data = rest[9 + size :]
    return fields


def test_ready_and_watchdog_reach_the_notify_socket(listener: socket.socket) -> None:
    path = listener.getsockname()
    env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "30000000", "WATCHDOG_PID": str(os.getpid())}
    notifier = ServiceNotifier.from_environment(env)
    assert notifier is not None and notifier.ping_interval_s == 15.0

    assert notifier.ready() and notifier.alive()
    ready = listener.recv(4096).decode().splitlines()
    assert "READY=1" in ready and f"MAINPID={os.getpid()}" in ready
    assert listener.recv(4096) == b"WATCHDOG=1"


def test_an_abstract_socket_name_is_reached_too() -> None:
    name = f"civic-kiosk-test-{uuid.uuid4().hex}"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(b"\0" + name.encode())
        sock.settimeout(5)
        notifier = ServiceNotifier.from_environment({"NOTIFY_SOCKET": f"@{name}"})
        assert notifier is not None and notifier.alive()
        assert sock.recv(4096) == b"WATCHDOG=1"


def test_outside_systemd_nothing_is_sent_and_a_vanished_socket_is_no_crash(
    tmp_path: Path,
) -> None:
    assert ServiceNotifier.from_environment({}) is None
    gone = ServiceNotifier(str(tmp_path / "no-such.sock"), None)
    assert gone.ready() is False  # said in the log, never raised


def test_the_watchdog_is_this_process_s_when_it_or_its_compositor_was_started() -> None:
    env = {"WATCHDOG_USEC": "3000000", "WATCHDOG_PID": "100"}
    assert watchdog_interval_s(env, pid=100, parent=1) == 3.0  # started directly
    assert watchdog_interval_s(env, pid=200, parent=100) == 3.0  # cage's child
    assert watchdog_interval_s(env, pid=300, parent=200) is None  # someone else's
    assert watchdog_interval_s({"WATCHDOG_USEC": "0"}, pid=1, parent=1) is None


def test_a_journal_entry_carries_message_priority_place_and_terminal(
    listener: socket.socket,
) -> None:
    handler = JournalHandler(listener.getsockname())
    handler.tags.update(TERMINAL="ws-kiosk-2", SITE="idea-store-whitechapel")
    logger = logging.getLogger("civic_kiosk.test_journal")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("printer %s is out of paper", "roll")
        answer = "Zephyrine"  # what a resident typed where a number was wanted
        try:
            int(answer)
        except ValueError:
            logger.exception("could not read the form's answer")
    finally:
        logger.removeHandler(handler)
        handler.close()

    warning = decode_entry(listener.recv(65536))
    assert warning["MESSAGE"] == "printer roll is out of paper"
    assert warning["PRIORITY"] == "4"
    assert warning["LOGGER"] == "civic_kiosk.test_journal"
    assert warning["CODE_FUNC"].startswith("test_a_journal_entry_carries")
    assert warning["CODE_FILE"] == __file__
    assert (warning["TERMINAL"], warning["SITE"]) == ("ws-kiosk-2", "idea-store-whitechapel")
    assert warning["SYSLOG_IDENTIFIER"] == "civic-kiosk"

    error = decode_entry(listener.recv(65536))
    assert error["PRIORITY"] == "3"
    assert "builtins.ValueError" in error["EXCEPTION"] and "int(answer)" in error["EXCEPTION"]
    assert "Zephyrine" not in error["EXCEPTION"]  # the exception's message quotes it: not kept


def test_journal_only_when_systemd_made_stderr_the_journal(
    listener: socket.socket, tmp_path: Path
) -> None:
    root = logging.getLogger()
    saved = root.handlers[:]
    stream = (tmp_path / "stderr").open("w")
    stat = os.fstat(stream.fileno())
    try:
        root.handlers.clear()
        journal_env = {"JOURNAL_STREAM": f"{stat.st_dev}:{stat.st_ino}"}
        chosen = start_logging(logging.INFO, journal_env, listener.getsockname(), stream)
        assert isinstance(chosen, JournalHandler)
        root.removeHandler(chosen)
        chosen.close()

        plain = start_logging(logging.INFO, {"JOURNAL_STREAM": "1:2"}, "/nonexistent", stream)
        assert isinstance(plain, logging.StreamHandler) and not isinstance(plain, JournalHandler)
        root.removeHandler(plain)
        assert start_logging(logging.INFO, {}, listener.getsockname(), sys.stderr) is not None
    finally:
        root.handlers[:] = saved
        stream.close()


def test_plain_lines_keep_their_format_and_drop_exception_messages() -> None:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(PlainFormatter())
    logger = logging.getLogger("civic_kiosk.test_plain")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        surname = "Quillfeather-Obuya"
        try:
            raise KeyError(surname)
        except KeyError:
            logger.exception("no booking matched")
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert text.startswith("ERROR civic_kiosk.test_plain: no booking matched\nTraceback")
    assert "builtins.KeyError" in text and "Quillfeather" not in text


def test_a_journal_that_falls_behind_never_blocks_the_logging_screen(
    listener: socket.socket, capsys: pytest.CaptureFixture[str]
) -> None:
    handler = JournalHandler(listener.getsockname())
    logger = logging.getLogger("civic_kiosk.test_full_journal")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(40):  # nobody reads the socket meanwhile: its queue fills
            logger.info("entry %d", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
    listener.setblocking(False)
    delivered = []
    while True:
        try:
            delivered.append(decode_entry(listener.recv(65536))["MESSAGE"])
        except BlockingIOError:
            break
    on_stderr = [line.split(": ", 1)[1] for line in capsys.readouterr().err.splitlines()]
    assert 0 < len(delivered) < 40
    assert delivered + on_stderr == [f"entry {n}" for n in range(40)]  # none lost, in order
