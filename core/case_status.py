"""Track a request: a resident types a case reference and sees where their request has got to.

The status comes from the council's case service. When it cannot be reached, the kiosk
says so plainly; a request sent from this kiosk that has not reached the council yet is
recognised from the kiosk's own journal, so the resident is not told "not found".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from core.case_reference import read_reference


class CaseState(StrEnum):
    """Where a request has got to, in the case service's words (Open311's open/closed)."""

    RECEIVED = "received"
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class CaseStatus:
    """What the case service says about one request. Nothing personal is in it."""

    reference: str
    service: str
    state: CaseState
    status_notes: str
    received_at: str
    updated_at: str


class CaseNotFound(LookupError):
    """The case service has no request with that reference."""


class CaseServiceUnreachable(RuntimeError):
    """The case service could not be asked (offline, refused, or answered nonsense)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CaseStatusLookup(Protocol):
    """Asks the council's case service about one reference."""

    def lookup(self, reference: str) -> CaseStatus:
        """The status; raises CaseNotFound or CaseServiceUnreachable."""
        ...


class TrackOutcome(StrEnum):
    """What the resident is told."""

    FOUND = "found"
    NOT_A_REFERENCE = "not_a_reference"
    NOT_FOUND = "not_found"
    WAITING_TO_SEND = "waiting_to_send"
    OFFLINE = "offline"
    NO_SERVICE = "no_service"


@dataclass(frozen=True, slots=True)
class TrackResult:
    """The answer to "where is my request?"."""

    outcome: TrackOutcome
    reference: str = ""
    status: CaseStatus | None = None
    reason: str = ""


class CaseTracker:
    """Looks a typed reference up, locally first for what has not been sent yet."""

    def __init__(
        self,
        lookup: CaseStatusLookup | None,
        sent_from_here: Callable[[str], bool],
    ) -> None:
        self._lookup = lookup
        self._sent_from_here = sent_from_here

    def track(self, typed: str) -> TrackResult:
        """Read the reference, then ask the case service."""
        reference = read_reference(typed[:100])
        if reference is None:
            return TrackResult(TrackOutcome.NOT_A_REFERENCE)
        if self._lookup is None:
            if self._sent_from_here(reference):
                return TrackResult(TrackOutcome.WAITING_TO_SEND, reference)
            return TrackResult(TrackOutcome.NO_SERVICE, reference)
        try:
            return TrackResult(TrackOutcome.FOUND, reference, self._lookup.lookup(reference))
        except CaseNotFound:
            if self._sent_from_here(reference):
                return TrackResult(TrackOutcome.WAITING_TO_SEND, reference)
            return TrackResult(TrackOutcome.NOT_FOUND, reference)
        except CaseServiceUnreachable as exc:
            if self._sent_from_here(reference):
                return TrackResult(TrackOutcome.WAITING_TO_SEND, reference, reason=exc.reason)
            return TrackResult(TrackOutcome.OFFLINE, reference, reason=exc.reason)
