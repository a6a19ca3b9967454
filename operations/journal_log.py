"""Logs for an unattended terminal: structured records in the systemd journal, or plain lines.

Under systemd (stderr is the journal, ``$JOURNAL_STREAM``) each record goes to journald over its
native protocol (systemd.journal-fields(7)) as fields an operator can filter on::

    journalctl -u civic-kiosk TERMINAL=kiosk-3 PRIORITY=3

Elsewhere (a shell, a test, a machine without journald) it is one plain line on stderr, as before.

No personal data. A record carries what the code wrote (its message with the arguments the code
passed) and where it was written (logger, file, line, function), plus the terminal and site.
Nothing is gathered behind the code's back: no environment, no command line, no local
variables, and for an exception only its type and the code's stack, never its message, since a
message can quote what a resident typed (``invalid literal for int(): 'Zephyrine'``).
"""

from __future__ import annotations

import logging
import os
import socket
import struct
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

JOURNAL_SOCKET = "/run/systemd/journal/socket"
IDENTIFIER = "civic-kiosk"
PLAIN_FORMAT = "%(levelname)s %(name)s: %(message)s"
# journald drops datagrams beyond its socket's buffer; a message this long is a bug anyway.
MESSAGE_LIMIT = 48_000
PRIORITIES = {
    logging.CRITICAL: 2,
    logging.ERROR: 3,
    logging.WARNING: 4,
    logging.INFO: 6,
    logging.DEBUG: 7,
}


def priority(level: int) -> int:
    """The syslog priority (0-7) for a Python logging level."""
    for threshold, value in sorted(PRIORITIES.items(), reverse=True):
        if level >= threshold:
            return value
    return 7


def exception_summary(record: logging.LogRecord) -> str:
    """An exception's type and the code's stack, without the exception's message."""
    if not record.exc_info or record.exc_info[0] is None:
        return ""
    kind, _value, tb = record.exc_info
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__}"


class PlainFormatter(logging.Formatter):
    """The terminal's plain line format; exceptions appear as type and stack only."""

    def __init__(self) -> None:
        super().__init__(PLAIN_FORMAT)

    def formatException(self, ei: object) -> str:  # noqa: N802 (logging's own name)
        """Not used: ``format`` writes the summary itself."""
        return ""

    def format(self, record: logging.LogRecord) -> str:
        """The message line, then the exception summary if there is one."""
        line = f"{record.levelname} {record.name}: {record.getMessage()}"
        summary = exception_summary(record)
        return f"{line}\n{summary}" if summary else line


def journal_fields(record: logging.LogRecord, tags: Mapping[str, str]) -> dict[str, str]:
    """The journal entry for one record: its message and where the code wrote it."""
    message = record.getMessage()[:MESSAGE_LIMIT]
    fields = {
        "MESSAGE": message,
        "PRIORITY": str(priority(record.levelno)),
        "LOGGER": record.name,
        "CODE_FILE": record.pathname,
        "CODE_LINE": str(record.lineno),
        "CODE_FUNC": record.funcName,
        "SYSLOG_IDENTIFIER": IDENTIFIER,
        **tags,
    }
    summary = exception_summary(record)
    if summary:
        fields["EXCEPTION"] = summary
    return fields


def encode_entry(fields: Mapping[str, str]) -> bytes:
    """journald's native wire format: ``KEY=value`` lines, or a length-prefixed value."""
    out = bytearray()
    for key, value in fields.items():
        data = value.encode("utf-8", "replace")
        if b"\n" in data:
            out += key.encode() + b"\n" + struct.pack("<Q", len(data)) + data + b"\n"
        else:
            out += key.encode() + b"=" + data + b"\n"
    return bytes(out)


class JournalHandler(logging.Handler):
    """Sends each record to journald as one datagram of fields.

    Attributes:
        socket_path: journald's socket (tests bind their own).
        tags: fields added to every entry: ``TERMINAL`` and ``SITE`` once known.
    """

    def __init__(self, socket_path: str = JOURNAL_SOCKET) -> None:
        super().__init__()
        self.socket_path = socket_path
        self.tags: dict[str, str] = {}
        self._plain = PlainFormatter()
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)

    def emit(self, record: logging.LogRecord) -> None:
        """Send one entry; a journal that cannot be reached is reported by logging itself.

        Never waits: a journald that falls behind fills the socket's queue (ten datagrams by
        default), and a blocking send would freeze the screen that logged. Such an entry goes
        to stderr as a plain line instead, which systemd also keeps in the journal.
        """
        entry = encode_entry(journal_fields(record, self.tags))
        try:
            self._socket.sendto(entry, socket.MSG_DONTWAIT, self.socket_path)
        except BlockingIOError:
            print(self._plain.format(record), file=sys.stderr, flush=True)
        except OSError:
            self.handleError(record)

    def close(self) -> None:
        """Close the socket with the handler."""
        self._socket.close()
        super().close()


def stderr_is_journal(environ: Mapping[str, str], stream: TextIO) -> bool:
    """True when systemd connected this stream to the journal (``$JOURNAL_STREAM`` names it)."""
    device, _, inode = environ.get("JOURNAL_STREAM", "").partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    try:
        stat = os.fstat(stream.fileno())
    except (OSError, ValueError):
        return False
    return (stat.st_dev, stat.st_ino) == (int(device), int(inode))


_installed: list[logging.Handler] = []


def start_logging(
    level: int = logging.INFO,
    environ: Mapping[str, str] | None = None,
    socket_path: str = JOURNAL_SOCKET,
    stream: TextIO | None = None,
) -> logging.Handler | None:
    """Send the root logger's records to the journal under systemd, else plain lines to stderr.

    Like ``logging.basicConfig``, does nothing when the root logger already has a handler.
    """
    root = logging.getLogger()
    if root.handlers:
        return None
    env = os.environ if environ is None else environ
    out = sys.stderr if stream is None else stream
    handler: logging.Handler
    if Path(socket_path).exists() and stderr_is_journal(env, out):
        handler = JournalHandler(socket_path)
    else:
        handler = logging.StreamHandler(out)
        handler.setFormatter(PlainFormatter())
    root.addHandler(handler)
    root.setLevel(level)
    _installed[:] = [handler]
    return handler


def name_terminal(terminal_id: str, site: str) -> None:
    """Tag every later journal entry with this terminal and its site."""
    for handler in _installed:
        if isinstance(handler, JournalHandler):
            handler.tags.update(TERMINAL=terminal_id, SITE=site)
