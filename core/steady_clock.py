"""Time a stepped system clock cannot carry off: the terminal's "now" for its journal and queue.

The queue numbers from 001 each local day, and today's queue holds the tickets stamped
today. If the system clock were stepped a day ahead mid-morning (a wrong manual setting, a
bad time server), a terminal following it would open tomorrow's queue: the next resident
would get a number already handed out, and every resident waiting would drop out of the
desks' queue. Clocks stepped *back* are already harmless: the journal never stamps before
its own last event (``core.clock``), and today is judged by that stamp.

So a terminal keeps its time by the boot clock (``CLOCK_BOOTTIME``: steady, never stepped,
counting suspend) from the last wall-clock reading it trusted, and follows the system clock
only while the two agree within ``STEP_MS``:

- a step of more than ``STEP_MS``, ahead or back, is held off: the terminal goes on at its
  own steady time, logs the step once, and keeps how far off the system clock is
  (``held_off_ms``); once the system clock is put right it is followed again;
- a steady time before ``EARLIEST_MS`` (the year this release was written) cannot be right
  (a flat clock battery, before time sync at boot), so any step out of it is followed;
- a restart trusts the system clock again. The installed units start after
  ``time-sync.target``, so the usual correction at boot comes before the terminal starts.

Steps back were harmless before (the journal never stamps before its own last event), but
following one and then the correction forward would have held the correction off.

NTP's gentle slewing moves both clocks together, so it is followed as it happens.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Final

from core.clock import wall_clock_ms

log = logging.getLogger(__name__)

STEP_MS: Final = 10 * 60 * 1000  # a system clock this far ahead of ours was stepped
EARLIEST_MS: Final = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)


def boot_clock_ms() -> int:
    """Milliseconds since boot, suspend included; never stepped."""
    return time.clock_gettime_ns(time.CLOCK_BOOTTIME) // 1_000_000


class SteadyWall:
    """Wall time in Unix milliseconds that follows the system clock except when it is stepped.

    Callable, like ``wall_clock_ms``; safe from any thread.
    """

    def __init__(
        self, wall: Callable[[], int] = wall_clock_ms, steady: Callable[[], int] = boot_clock_ms
    ) -> None:
        self._wall = wall
        self._steady = steady
        self._lock = threading.Lock()
        self._anchor = (wall(), steady())  # (a trusted wall reading, the steady clock then)
        self.held_off_ms = 0  # system clock minus the time kept, while a step is held off

    def __call__(self) -> int:
        with self._lock:
            wall, steady = self._wall(), self._steady()
            kept = self._anchor[0] + (steady - self._anchor[1])
            if abs(wall - kept) > STEP_MS and kept >= EARLIEST_MS:
                if not self.held_off_ms:
                    log.warning(
                        "the system clock was stepped %d s %s; keeping the terminal's own "
                        "steady time until it is put right or the terminal restarts",
                        abs(wall - kept) // 1000,
                        "ahead" if wall > kept else "back",
                    )
                self.held_off_ms = wall - kept
                return kept
            if self.held_off_ms:
                log.warning("the system clock agrees with the terminal's time again")
            self.held_off_ms = 0
            self._anchor = (wall, steady)
            return wall
