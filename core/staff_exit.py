"""Leaving kiosk mode: a staff PIN, with a lockout after repeated wrong guesses."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from core.events import EventDraft, EventType, Scope
from core.ports import Journal, PinVerifier

MAX_WRONG = 5
LOCKOUT_S = 300


@dataclass(frozen=True, slots=True)
class ExitDecision:
    """Whether the kiosk may close, and what to tell the member of staff.

    Attributes:
        allowed: the PIN was right.
        message: plain English for the PIN screen; empty when allowed.
        locked_for_s: seconds until another try is accepted (0 when not locked).
    """

    allowed: bool
    message: str
    locked_for_s: int = 0


class StaffExit:
    """Checks exit PINs and throttles guessing. Every try is an audit event; no PIN is kept."""

    def __init__(
        self,
        verifier: PinVerifier,
        journal: Journal,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._verifier = verifier
        self._journal = journal
        self._monotonic = monotonic
        self._wrong = 0
        self._locked_until = 0.0

    def attempt(self, pin: str) -> ExitDecision:
        """Try a PIN. Wrong PINs count towards a 5-minute lockout after 5 in a row."""
        now = self._monotonic()
        if now < self._locked_until:
            wait = int(self._locked_until - now) + 1
            self._audit(EventType.KIOSK_EXIT_REFUSED, "locked")
            return ExitDecision(False, _locked_message(wait), wait)
        if self._verifier.verify(pin):
            self._wrong = 0
            self._audit(EventType.KIOSK_EXITED, "pin")
            return ExitDecision(True, "")
        self._wrong += 1
        self._audit(EventType.KIOSK_EXIT_REFUSED, "wrong_pin")
        if self._wrong >= MAX_WRONG:
            self._wrong = 0
            self._locked_until = now + LOCKOUT_S
            return ExitDecision(False, _locked_message(LOCKOUT_S), LOCKOUT_S)
        left = MAX_WRONG - self._wrong
        tries = "try" if left == 1 else "tries"
        return ExitDecision(False, f"That PIN is not right. {left} {tries} left before a lockout.")

    def _audit(self, kind: EventType, reason: str) -> None:
        self._journal.append(EventDraft(kind, {"reason": reason}, Scope.CENTRAL))


def _locked_message(seconds: int) -> str:
    minutes = max(1, (seconds + 59) // 60)
    return f"Too many wrong PINs. Try again in {minutes} minute{'s' if minutes > 1 else ''}."
