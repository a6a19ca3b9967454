"""Time-sortable identifiers (UUIDv7, RFC 9562)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0


def uuid7(now_ms: int | None = None) -> str:
    """Return a new UUIDv7 as a string; ids made in one process sort in creation order."""
    global _last_ms, _last_rand_a
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            # Same millisecond (or the wall clock stepped back): keep order with the 12-bit counter.
            ms = _last_ms
            rand_a = _last_rand_a + 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = 0
        else:
            rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms, _last_rand_a = ms, rand_a
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))
