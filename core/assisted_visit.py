"""An assisted session at a kiosk: a floorwalker signed in beside a resident, and their tools.

While a floorwalker is signed in at a kiosk, the resident's visit can be:

- marked assisted (on by default when the session starts; staff may untick it if they only
  came to fix the printer). Everything the visit records from then until it ends carries
  ``"assisted": true`` and ``"assisted_by"``: the figures for assisted digital come from that.
  The mark outlives the hand-back, so a form the resident finishes alone still counts;
- given priority, so the ticket or check-in this visit makes is queued as a priority visit
  (``"priority": true``, which the desks' next-ticket rule serves first and never shows);
- given a staff note, sealed to the council at once, like every resident's words.

The flags are added by ``AssistedJournal``, a Journal that every kiosk service writes
through, so no journey needs to know about assisted sessions. Every staff action is itself
an audit event. The visit's flags are cleared when the visit ends.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from core.events import Event, EventDraft, EventType, Scope
from core.ports import Journal, Sealer
from core.staff_cards import SignedInStaff
from core.text import InputTooLong, clean_text

NOTE_LIMIT = 2000
# Audit events are about staff, not the visit, and feedback names no one: never flagged.
_NOT_FLAGGED = frozenset(
    {
        EventType.STAFF_SIGNED_IN,
        EventType.STAFF_SIGN_IN_REFUSED,
        EventType.STAFF_SIGNED_OUT,
        EventType.ASSIST_STARTED,
        EventType.ASSIST_ENDED,
        EventType.VISIT_MARKED_ASSISTED,
        EventType.VISIT_PRIORITY_RAISED,
        EventType.STAFF_NOTE_ADDED,
        EventType.KIOSK_EXITED,
        EventType.FORM_CHECK_OVERRIDDEN,
        # Feedback names no one: not even the floorwalker whose help it may be about.
        EventType.FEEDBACK_GIVEN,
    }
)
# The events that put a resident in the queue: a raised priority goes on these.
_QUEUEING = frozenset({EventType.TICKET_ISSUED, EventType.APPOINTMENT_CHECKED_IN})


class NoteProblem(ValueError):
    """A staff note that cannot be kept as written, with what to change."""


@dataclass(frozen=True, slots=True)
class VisitFlags:
    """What the visit's events carry now."""

    assisted_by: str | None = None  # a staff id while the visit is marked assisted
    priority: bool = False


class AssistedVisit:
    """The staff side of the current visit. Called from the UI thread; read from any."""

    def __init__(self, journal: Journal, sealer: Sealer) -> None:
        self._journal = journal
        self._sealer = sealer
        self._lock = threading.Lock()
        self._staff: SignedInStaff | None = None
        self._flags = VisitFlags()

    @property
    def staff(self) -> SignedInStaff | None:
        """Who is assisting now (None between sessions)."""
        return self._staff

    @property
    def flags(self) -> VisitFlags:
        """The flags the visit's events get now."""
        with self._lock:
            return self._flags

    def begin(self, staff: SignedInStaff, screen: str) -> None:
        """A member of staff signed in at this kiosk, on this screen: the visit is assisted."""
        self._journal.append(
            EventDraft(
                EventType.ASSIST_STARTED,
                {"staff_id": staff.staff_id, "screen": screen},
                Scope.CENTRAL,
            )
        )
        self._staff = staff
        self.mark_assisted(True)

    def mark_assisted(self, assisted: bool) -> None:
        """Mark (or unmark) the visit as assisted by the member of staff signed in."""
        staff = self._require_staff()
        self._journal.append(
            EventDraft(
                EventType.VISIT_MARKED_ASSISTED,
                {"staff_id": staff.staff_id, "assisted": assisted},
                Scope.CENTRAL,
            )
        )
        with self._lock:
            by = staff.staff_id if assisted else None
            self._flags = VisitFlags(by, self._flags.priority)

    def raise_priority(self, priority: bool = True) -> None:
        """Queue this visit's ticket or check-in as a priority visit (or not)."""
        staff = self._require_staff()
        self._journal.append(
            EventDraft(
                EventType.VISIT_PRIORITY_RAISED,
                {"staff_id": staff.staff_id, "priority": priority},
                Scope.CENTRAL,
            )
        )
        with self._lock:
            self._flags = VisitFlags(self._flags.assisted_by, priority)

    def check_note(self, text: str) -> str:
        """The note as it will be kept, or NoteProblem saying what to change."""
        try:
            kept = clean_text(text, NOTE_LIMIT)
        except InputTooLong as exc:
            raise NoteProblem(
                f"The note is {exc.length} characters long. "
                f"Shorten it to {NOTE_LIMIT} characters or fewer."
            ) from None
        if not kept:
            raise NoteProblem("Write the note first.")
        return kept

    def add_note(self, text: str, screen: str) -> str:
        """Seal and record a staff note about this visit; returns the event id."""
        staff = self._require_staff()
        kept = self.check_note(text)
        event = self._journal.append(
            EventDraft(
                EventType.STAFF_NOTE_ADDED,
                {
                    "staff_id": staff.staff_id,
                    "screen": screen,
                    "note": self._sealer.seal(kept.encode("utf-8")),
                },
                Scope.CENTRAL,
            )
        )
        return event.id

    def record_override(self, form: str, question: str, reason: str) -> str:
        """Record that the member of staff overrode a form's soft check; the reason is sealed
        (it may say something about the resident). Returns the event id."""
        staff = self._require_staff()
        event = self._journal.append(
            EventDraft(
                EventType.FORM_CHECK_OVERRIDDEN,
                {
                    "staff_id": staff.staff_id,
                    "form": form,
                    "question": question,
                    "reason": self._sealer.seal(reason.encode("utf-8")),
                },
                Scope.CENTRAL,
            )
        )
        return event.id

    def hand_back(self, reason: str) -> None:
        """The staff tools close (handed back, card out or idle); the visit's flags stay."""
        with self._lock:
            staff, self._staff = self._staff, None
        if staff is None:
            return
        self._journal.append(
            EventDraft(
                EventType.ASSIST_ENDED,
                {"staff_id": staff.staff_id, "reason": reason},
                Scope.CENTRAL,
            )
        )

    def leave_kiosk(self) -> None:
        """Record that the member of staff signed in is closing the kiosk app."""
        staff = self._require_staff()
        self._journal.append(
            EventDraft(
                EventType.KIOSK_EXITED,
                {"reason": "staff_card", "staff_id": staff.staff_id},
                Scope.CENTRAL,
            )
        )

    def end_visit(self) -> None:
        """The visit is over: the next resident's events carry no flags."""
        with self._lock:
            self._flags = VisitFlags()

    def _require_staff(self) -> SignedInStaff:
        staff = self._staff
        if staff is None:
            raise PermissionError("no member of staff is signed in at this kiosk")
        return staff


class AssistedJournal:
    """A Journal that adds the visit's flags to what the kiosk's services record."""

    def __init__(self, journal: Journal, visit: AssistedVisit) -> None:
        self._journal = journal
        self._visit = visit

    def append(self, draft: EventDraft, blobs: Sequence[bytes] = ()) -> Event:
        """Record the event, with ``assisted``/``priority`` added while the visit has them."""
        flags = self._visit.flags
        if draft.type in _NOT_FLAGGED or (flags.assisted_by is None and not flags.priority):
            return self._journal.append(draft, blobs)
        payload = dict(draft.payload)
        if flags.assisted_by is not None:
            payload["assisted"] = True
            payload["assisted_by"] = flags.assisted_by
        if flags.priority and draft.type in _QUEUEING:
            payload["priority"] = True
        return self._journal.append(EventDraft(draft.type, payload, draft.scope), blobs)
