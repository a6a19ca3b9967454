"""Journal events: the append-only facts that every terminal's state is folded from."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Scope(StrEnum):
    """Where an event travels: to site peers and central, or to central only."""

    SITE = "site"
    CENTRAL = "central"


class EventType(StrEnum):
    """The event types this terminal writes. Peers may send types this version does not know."""

    SESSION_STARTED = "session.started"
    SESSION_TIMED_OUT = "session.timed_out"
    HELP_REQUESTED = "help.requested"
    FEEDBACK_GIVEN = "feedback.given"
    KIOSK_EXIT_REFUSED = "kiosk.exit_refused"
    KIOSK_EXITED = "kiosk.exited"
    JOURNAL_QUARANTINED = "journal.quarantined"
    TICKET_ISSUED = "ticket.issued"
    APPOINTMENT_CHECKED_IN = "appointment.checked_in"
    APPOINTMENT_BOOKED = "appointment.booked"
    TICKET_CALLED = "ticket.called"
    TICKET_RECALLED = "ticket.recalled"
    TICKET_HELD = "ticket.held"
    TICKET_TRANSFERRED = "ticket.transferred"
    TICKET_NO_SHOW = "ticket.no_show"
    TICKET_COMPLETED = "ticket.completed"
    DESK_OPENED = "desk.opened"
    DESK_CLOSED = "desk.closed"
    VISITOR_SIGNED_IN = "visitor.signed_in"
    VISITOR_SIGNED_OUT = "visitor.signed_out"
    HELP_ANSWERED = "help.answered"
    SUBMISSION_FINALISED = "submission.finalised"
    DOCUMENT_CAPTURED = "document.captured"
    STAFF_SIGNED_IN = "staff.signed_in"
    STAFF_SIGN_IN_REFUSED = "staff.sign_in_refused"
    STAFF_SIGNED_OUT = "staff.signed_out"
    ASSIST_STARTED = "assist.started"
    ASSIST_ENDED = "assist.ended"
    VISIT_MARKED_ASSISTED = "visit.marked_assisted"
    VISIT_PRIORITY_RAISED = "visit.priority_raised"
    STAFF_NOTE_ADDED = "staff.note_added"
    FORM_CHECK_OVERRIDDEN = "form.check_overridden"
    DASHBOARD_OPENED = "dashboard.opened"
    DASHBOARD_EXPORTED = "dashboard.exported"
    SYNC_FAULT = "sync.fault"
    SYNC_RECOVERED = "sync.recovered"
    FORM_PAGE_ENTERED = "form.page_entered"
    FORM_PAGE_LEFT = "form.page_left"
    FORM_ABANDONED = "form.abandoned"
    FORM_COMPLETED = "form.completed"
    FORM_ROUTED = "form.routed"


JsonObject = dict[str, Any]


@dataclass(frozen=True, slots=True)
class EventDraft:
    """What a service asks the journal to record; the journal stamps the rest."""

    type: str
    payload: JsonObject = field(default_factory=dict)
    scope: Scope = Scope.CENTRAL


@dataclass(frozen=True, slots=True)
class Event:
    """One recorded fact. ``(origin, seq)`` identifies it on every terminal and centrally.

    Attributes:
        id: a UUIDv7, sortable by creation time.
        origin: the terminal that recorded it.
        seq: the origin's gap-free counter, from 1.
        hlc: hybrid logical timestamp, text form.
        site: the site the origin belongs to.
        type: for example ``ticket.issued``.
        scope: ``site`` or ``central``.
        payload: JSON; anything personal is a sealed envelope.
        recorded_at: UTC wall time, ISO 8601, for people to read.
    """

    id: str
    origin: str
    seq: int
    hlc: str
    site: str
    type: str
    scope: Scope
    payload: JsonObject
    recorded_at: str

    def payload_json(self) -> str:
        """The payload as canonical JSON (sorted keys, no spaces)."""
        return canonical_json(self.payload)


def canonical_json(value: object) -> str:
    """JSON with sorted keys and no whitespace, so equal values give equal bytes."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
