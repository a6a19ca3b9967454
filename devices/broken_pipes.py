"""Keep a broken pipe harmless after libsane's page readers have had their say.

Python starts every process with SIGPIPE ignored, so writing to a socket whose other end
has gone raises BrokenPipeError, which the sync engine and the site's queue handle. The
page reader thread of libsane's test backend (Debian's sane-backends 1.1, via sanei_thread)
sets SIGPIPE back to the default action while it reads a page, and leaves it so. In a
process that scans in-process, the next write to a closed socket would then end the whole
process silently, with exit status 141.

The kiosk scans in a worker process of its own (``devices/sane_worker.py``), so this is a
guard for every other caller: after a scan the disposition is put back to "ignore" if it
was "ignore" before. The C ``signal()`` is called directly because Python's
``signal.signal`` may only be called from the main thread, and scans run on workers.
"""

from __future__ import annotations

import ctypes
import signal
from pathlib import Path
from typing import Final

_SIG_IGN: Final = 1  # <signal.h>
_libc = ctypes.CDLL(None, use_errno=True)
_libc.signal.restype = ctypes.c_void_p
_libc.signal.argtypes = (ctypes.c_int, ctypes.c_void_p)


def ignored_by_python() -> bool:
    """Whether this process asked for SIGPIPE to be ignored (Python's default)."""
    return signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN


def ignore_again() -> None:
    """Ignore SIGPIPE again, whatever a C library set it to meanwhile (any thread)."""
    _libc.signal(int(signal.SIGPIPE), _SIG_IGN)


def ignored_now() -> bool:
    """What the kernel holds for this process: is SIGPIPE ignored? (from /proc)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (int(signal.SIGPIPE) - 1)))
    return False
