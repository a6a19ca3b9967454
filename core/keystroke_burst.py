"""Telling a keyboard-wedge barcode scanner from a person by the timing of their keystrokes.

A wedge scanner "types" a whole code in a few milliseconds per key and ends it with Enter.
A person leaves 80 ms or more between keys. The detector is pure: the caller passes each
key's timestamp (milliseconds, from the key event), so tests need no clock and no sleeps.

Usage::

    detector = WedgeDetector()
    ended = detector.key("C", at_ms)      # a Burst if this key's gap ended an earlier burst
    burst = detector.enter(at_ms)         # the verdict on the keys since the burst began
    burst = detector.gap_elapsed()        # no key came within max_gap_ms: the verdict so far
"""

from __future__ import annotations

import dataclasses
import enum

from core.code_reader import MAX_CODE_CHARS


class Verdict(enum.Enum):
    """What a burst of keys turned out to be."""

    SCANNED = "scanned"  # a scanner typed a code: ``text`` is the code
    HUMAN = "human"  # a person typed: give the keys back to the focused field
    TOO_LONG = "too_long"  # a machine typed more than any code of ours: refuse it


@dataclasses.dataclass(frozen=True)
class Burst:
    """A finished burst: its verdict, its text (empty when too long) and how many keys it had."""

    verdict: Verdict
    text: str
    length: int


class WedgeDetector:
    """Decides, burst by burst, whether keys came from a scanner or a person.

    A burst is a scan when every gap between its keys is at most ``max_gap_ms``, it has at
    least ``min_length`` characters, and Enter ends it within ``max_gap_ms`` of the last key.
    More than ``max_length`` characters make it TOO_LONG; the text is then no longer kept.
    """

    def __init__(
        self, max_gap_ms: int = 40, min_length: int = 6, max_length: int = MAX_CODE_CHARS
    ) -> None:
        if max_gap_ms <= 0 or min_length < 1 or max_length < min_length:
            raise ValueError("need max_gap_ms > 0 and 1 <= min_length <= max_length")
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.max_length = max_length
        self._chars: list[str] = []
        self._length = 0
        self._last_ms: int | None = None

    @property
    def length(self) -> int:
        """Characters in the burst so far (it may exceed ``max_length``)."""
        return self._length

    @property
    def in_progress(self) -> bool:
        """True while a burst has begun and no verdict has been given on it."""
        return self._last_ms is not None

    def key(self, char: str, at_ms: int) -> Burst | None:
        """Feed one typed character. Returns the verdict on the previous burst if the gap
        before this key ended it; this key then begins a new burst."""
        ended = None
        if self._last_ms is not None and self._gap_too_long(at_ms):
            ended = self._finish(scanned=False)
        self._length += len(char)
        if self._length <= self.max_length:
            self._chars.append(char)
        else:
            self._chars.clear()  # refused anyway: keep nothing of a hostile payload
        self._last_ms = at_ms
        return ended

    def enter(self, at_ms: int) -> Burst:
        """Enter was pressed: the verdict on the burst it ends (HUMAN with no text if none)."""
        if self._last_ms is None:
            return Burst(Verdict.HUMAN, "", 0)
        return self._finish(scanned=not self._gap_too_long(at_ms))

    def gap_elapsed(self) -> Burst | None:
        """No key came within ``max_gap_ms``: the verdict on the burst so far, if one began."""
        if self._last_ms is None:
            return None
        return self._finish(scanned=False)

    def reset(self) -> None:
        """Forget any burst in progress."""
        self._chars.clear()
        self._length = 0
        self._last_ms = None

    def _gap_too_long(self, at_ms: int) -> bool:
        assert self._last_ms is not None
        gap = at_ms - self._last_ms
        # A clock that runs backwards proves nothing about speed: treat it as a pause.
        return gap < 0 or gap > self.max_gap_ms

    def _finish(self, *, scanned: bool) -> Burst:
        length, text = self._length, "".join(self._chars)
        self.reset()
        if length > self.max_length:
            return Burst(Verdict.TOO_LONG, "", length)
        if scanned and length >= self.min_length:
            return Burst(Verdict.SCANNED, text, length)
        return Burst(Verdict.HUMAN, text, length)
