"""Give a scanned page's memory back to the system as soon as it is freed.

A kiosk runs for weeks in one process, and each scanned A4 page passes through buffers of
tens of megabytes. glibc serves a buffer that big from ``mmap`` and returns it on ``free``,
but only until the first one is freed: it then raises its threshold to that size (up to
32 MB), and every later page comes from the heap. A page freed under a small allocation
made after it cannot be returned, so the process's resident size climbs by a page at a
time and stays there (the soak saw +26 MB steps on scanning visits, and 30 MB swings
between runs). Fixing the threshold at 1 MB turns the dynamic rule off: big buffers
always come from ``mmap`` and leave with the page, while everything small stays on the
fast heap.

Elsewhere than glibc (musl, macOS) this does nothing; they have no such rule to turn off.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # from glibc's <malloc.h>
BIG_BUFFER_BYTES = 1024 * 1024


def return_big_buffers_on_free(threshold: int = BIG_BUFFER_BYTES) -> bool:
    """Serve allocations of ``threshold`` bytes or more from ``mmap``; True if glibc took it."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False  # not glibc
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    taken = bool(mallopt(M_MMAP_THRESHOLD, threshold))
    if not taken:
        log.warning("the C library refused a fixed mmap threshold; big buffers may linger")
    return taken
