"""A wall clock that tests jump about: a day ahead, a day back, back to 1970.

It is the same settable clock the site tests use (tests/site_terminal.py), given to the
parts of the kiosk that take wall time as a callable: the journal's hybrid logical clock,
the site queue, the case-service client. Qt's timers and Python's waits run on the
monotonic clock and cannot be reached this way (test_clock_jumps.py says how each is shown).
"""

from __future__ import annotations

from collections.abc import Callable

from core.clock import wall_clock_ms
from tests.site_terminal import MONDAY_10AM_MS, Wall

DAY_MS = 24 * 60 * 60 * 1000
# 00:00:05 on 1 January 1970 UTC: what a kiosk with a flat clock battery wakes up to.
EPOCH_MS = 5_000


def _ahead(ms: int) -> int:
    return ms + DAY_MS


def _behind(ms: int) -> int:
    return ms - DAY_MS


def _epoch(_ms: int) -> int:
    return EPOCH_MS


# Each jump as the new wall time, given the time it jumps from.
JUMPS: dict[str, Callable[[int], int]] = {
    "forward a day": _ahead,
    "back a day": _behind,
    "back to 1970": _epoch,
}


class JumpingWall(Wall):
    """A settable wall clock with named jumps; remembers where real time "should" be.

    Attributes:
        true_ms: the time it would be with no jump, so a test can put the clock right again.
    """

    def __init__(self, ms: int = MONDAY_10AM_MS) -> None:
        super().__init__(ms)
        self.true_ms = ms

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        """Time passes (for the wrong clock and the true time alike)."""
        step = int(minutes * 60_000 + seconds * 1000)
        self.ms += step
        self.true_ms += step

    def jump(self, name: str) -> None:
        """Jump the clock as ``JUMPS[name]`` says; true time does not move."""
        self.ms = JUMPS[name](self.ms)

    def put_right(self) -> None:
        """Set the clock to the true time again (NTP, or staff fixing it)."""
        self.ms = self.true_ms


class SkewedClock:
    """The real wall clock plus a skew that jumps: for talking to a real service's clock.

    The case service checks each request's time against its own (real) clock, so the
    terminal's clock must move with real time and be wrong by the jump, not stand still.
    """

    def __init__(self) -> None:
        self.skew_ms = 0

    def __call__(self) -> int:
        return wall_clock_ms() + self.skew_ms

    def jump(self, name: str) -> None:
        """Be wrong as ``JUMPS[name]`` says, from the true time now."""
        now = wall_clock_ms()
        self.skew_ms = JUMPS[name](now) - now
