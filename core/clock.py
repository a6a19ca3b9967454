"""The hybrid logical clock: wall time plus a counter, so order survives clock skew."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self

log = logging.getLogger(__name__)

_CANONICAL = re.compile(r"[0-9]{15}-[0-9]{6}")
MAX_COUNTER = 999_999
# A peer whose clock is further ahead than this is not allowed to drag ours with it.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000


def wall_clock_ms() -> int:
    """Milliseconds since the Unix epoch from the system clock."""
    return time.time_ns() // 1_000_000


def wall_ms_of(text: str) -> int:
    """``Hlc.parse(text).wall_ms``, refusing the same texts, without a regex or an object.

    The queue and dashboard folds read one per event: a busy site's month is 36,000 events,
    where the regex and the dataclass were a fifth of the dashboard's fold.
    """
    if (
        not isinstance(text, str)
        or len(text) != 22
        or text[15] != "-"
        or not text.isascii()
        or not text[:15].isdigit()
        or not text[16:].isdigit()
    ):
        raise ValueError(f"not a hybrid logical timestamp: {text!r}")
    return int(text[:15])


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """A hybrid logical timestamp. Orders by wall time, then counter."""

    wall_ms: int
    counter: int

    def __str__(self) -> str:
        # Fixed width so the text form sorts the same way as the value.
        return f"{self.wall_ms:015d}-{self.counter:06d}"

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read the canonical text form written by ``str()``; anything else is refused."""
        if not isinstance(text, str) or not _CANONICAL.fullmatch(text):
            raise ValueError(f"not a hybrid logical timestamp: {text!r}")
        wall, _, counter = text.partition("-")
        return cls(int(wall), int(counter))


class HybridLogicalClock:
    """Issues monotonic timestamps on one terminal and folds in timestamps seen from peers.

    Attributes:
        wall: the source of wall time in milliseconds; injectable for clock-jump tests.
    """

    def __init__(self, wall: Callable[[], int] = wall_clock_ms, last: Hlc | None = None) -> None:
        self.wall = wall
        self._last = last or Hlc(0, 0)
        self._lock = threading.Lock()

    @property
    def last(self) -> Hlc:
        """The most recent timestamp issued or observed."""
        return self._last

    def now(self) -> Hlc:
        """A timestamp later than every one issued or observed before."""
        with self._lock:
            wall = self.wall()
            if wall > self._last.wall_ms:
                self._last = Hlc(wall, 0)
            else:
                self._last = _next_after(self._last)
            return self._last

    def restore(self, own_last: Hlc) -> None:
        """Resume after a restart from this terminal's own last timestamp, however far ahead.

        Unlike ``observe``, no drift limit applies: our own history must never be undercut,
        even when the wall clock comes back days behind (a flat clock battery, say).
        """
        with self._lock:
            self._last = max(self._last, own_last)

    def observe(self, remote: Hlc) -> Hlc:
        """Fold in a timestamp received from another terminal; returns the new local time.

        A remote clock more than a day ahead of ours is not followed (it is logged instead),
        so one terminal with a wrong clock cannot drag a whole site into the future.
        """
        with self._lock:
            wall = self.wall()
            if remote.wall_ms - wall > MAX_DRIFT_MS:
                log.warning("ignoring a peer clock %d ms ahead of ours", remote.wall_ms - wall)
                return self._last
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Hlc(top, counter) if counter <= MAX_COUNTER else Hlc(top + 1, 0)
            return self._last


def _next_after(last: Hlc) -> Hlc:
    """The smallest timestamp after ``last`` that keeps the fixed-width text form."""
    if last.counter >= MAX_COUNTER:
        return Hlc(last.wall_ms + 1, 0)
    return Hlc(last.wall_ms, last.counter + 1)
