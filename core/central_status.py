"""How sending to the council's case service is going, for staff screens and ``status``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CentralSyncStatus:
    """How sending to the council's case service is going.

    Attributes:
        backlog: this terminal's events the case service does not have yet.
        oldest_unsent: when the oldest of them was recorded (UTC, ISO 8601).
        last_success: when the case service last answered properly.
        last_error: the latest problem in plain words, or None when all is well.
        state: not contacted yet, sending, up to date, waiting to retry, refused by the
            case service, or stopped.
    """

    backlog: int
    oldest_unsent: str | None
    last_success: str | None
    last_error: str | None
    state: str
