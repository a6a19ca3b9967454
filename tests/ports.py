"""Loopback ports for servers a test starts on a port of its own choosing.

A port from ``bind(("127.0.0.1", 0))`` comes out of the kernel's ephemeral range, the same
range every outgoing connection takes its local end from. Between a test learning that such
a port is free and its server binding it, any connection made in that gap (a terminal
calling its peers, a proxy calling a terminal) can be given that port, and the server then
dies with "Address already in use" (CI saw this once: a board terminal of a four-terminal
site). A connection to an ephemeral port nobody listens on can even connect to itself.

A port below the ephemeral range is never handed out implicitly, so once it is checked free
it stays free until something binds it by number. This module hands each such port out at
most once per process, and starts at a random place so that two test processes side by side
rarely try the same one.
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

_LOWEST = 10_000
_handed_out: set[int] = set()
_pick = random.SystemRandom()


def unused_port() -> int:
    """A loopback TCP port nothing listens on, outside the kernel's ephemeral range."""
    ceiling = _ephemeral_start()
    for _ in range(200):
        port = _pick.randrange(_LOWEST, ceiling)
        if port not in _handed_out and _bindable(port):
            _handed_out.add(port)
            return port
    raise RuntimeError(f"no free loopback port between {_LOWEST} and {ceiling}")


def _ephemeral_start() -> int:
    """The lowest port the kernel hands out by itself (32768 unless IT changed it)."""
    try:
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text(encoding="ascii")
        low = int(text.split()[0])
    except (OSError, ValueError, IndexError):
        low = 32_768
    return max(low, _LOWEST + 1_000)


def _bindable(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
