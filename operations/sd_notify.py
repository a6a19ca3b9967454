"""Telling systemd how a terminal is doing: READY=1 once its screen is up, WATCHDOG=1 while alive.

A unit with ``Type=notify`` gives the process ``$NOTIFY_SOCKET``; one unix datagram per message
is the whole protocol (sd_notify(3)), so no library is needed. A name starting with ``@`` is in
Linux's abstract namespace (a leading NUL byte on the wire).

The watchdog's period comes from ``$WATCHDOG_USEC``. ``$WATCHDOG_PID`` says which process owes the
pings: systemd sets it to the process it started. Under cage or xinit that process is the
compositor and the terminal is its child, so the terminal also answers when ``WATCHDOG_PID`` is
its parent, and its READY=1 carries ``MAINPID=`` so that systemd watches the terminal itself from
then on. Sending never raises: a terminal must not stop because its supervisor went away.

Nothing here imports Qt; ui/watchdog.py drives these calls from the Qt event loop.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass

log = logging.getLogger(__name__)


def socket_address(name: str) -> str | bytes:
    """The address to send to: a path, or an abstract name (``@x`` is ``\\0x`` on the wire)."""
    if name.startswith("@"):
        return b"\0" + name[1:].encode()
    return name


def watchdog_interval_s(environ: Mapping[str, str], pid: int, parent: int) -> float | None:
    """The watchdog timeout systemd set for this process, in seconds, or None if it set none.

    Args:
        environ: the process environment (``WATCHDOG_USEC``, ``WATCHDOG_PID``).
        pid: this process's id.
        parent: its parent's id (cage or xinit when the unit starts a compositor first).
    """
    usec = environ.get("WATCHDOG_USEC", "")
    if not usec.isdigit() or int(usec) == 0:
        return None
    owner = environ.get("WATCHDOG_PID", "")
    if owner and (not owner.isdigit() or int(owner) not in (pid, parent)):
        return None  # another process in the unit owes the pings
    return int(usec) / 1_000_000


@dataclass(frozen=True)
class ServiceNotifier:
    """Sends sd_notify messages to the supervisor's socket.

    Attributes:
        address: ``$NOTIFY_SOCKET`` as given (a path, or ``@name``).
        watchdog_s: the watchdog timeout, or None when the unit has no watchdog for us.
    """

    address: str
    watchdog_s: float | None

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ServiceNotifier | None:
        """The notifier systemd asked for, or None when not started by a ``Type=notify`` unit."""
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        if not address:
            return None
        return cls(address, watchdog_interval_s(env, os.getpid(), os.getppid()))

    @property
    def ping_interval_s(self) -> float | None:
        """How often to send WATCHDOG=1: half the timeout, as sd_watchdog_enabled(3) advises."""
        return None if self.watchdog_s is None else self.watchdog_s / 2

    def send(self, message: str) -> bool:
        """Send one message (``KEY=value`` lines); False if the supervisor could not be told."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.sendto(message.encode(), socket_address(self.address))
        except OSError as exc:
            log.warning("could not notify the service manager: %s", exc.strerror or exc)
            return False
        return True

    def ready(self) -> bool:
        """The terminal's screen is up: startup is complete, and this process is the main one."""
        return self.send(f"READY=1\nMAINPID={os.getpid()}\nSTATUS=On screen")

    def alive(self) -> bool:
        """The UI loop is turning: reset the watchdog."""
        return self.send("WATCHDOG=1")

    def stopping(self) -> bool:
        """The terminal is closing on purpose."""
        return self.send("STOPPING=1")
