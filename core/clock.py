"""The hybrid logical clock: wall time plus a counter, so order survives clock skew."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Self


def wall_clock_ms() -> int:
    """Milliseconds since the Unix epoch from the system clock."""
    return time.time_ns() // 1_000_000


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
        """Read the text form written by ``str()``."""
        wall, _, counter = text.partition("-")
        if not wall.isdigit() or not counter.isdigit():
            raise ValueError(f"not a hybrid logical timestamp: {text!r}")
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
                self._last = Hlc(self._last.wall_ms, self._last.counter + 1)
            return self._last

    def observe(self, remote: Hlc) -> Hlc:
        """Fold in a timestamp received from another terminal; returns the new local time."""
        with self._lock:
            wall = self.wall()
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter) + 1
            elif top == self._last.wall_ms:
                counter = self._last.counter + 1
            elif top == remote.wall_ms:
                counter = remote.counter + 1
            else:
                counter = 0
            self._last = Hlc(top, counter)
            return self._last
