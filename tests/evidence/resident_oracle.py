"""What the kiosk has told residents it did, and what its journal holds: they must agree.

A resident is "told" when a screen shows the outcome: a ticket or check-in number, a
visitor badge, a document receipt, a form's reference, "Thank you for your feedback" or
"Thank you for your comment". :func:`told` reads those from the screens' own state (the
object each screen filled its labels from); :func:`recorded` reads the journal. Each
outcome is keyed by what ties the two together (the event id, or the reference the event
carries), so an outcome shown but not recorded, recorded twice, or recorded but never shown
is a difference.
"""

from __future__ import annotations

from collections import Counter

from core.events import EventType
from kiosk.checkin_pages import CheckInPages
from kiosk.documents_pages import DocumentsPages
from kiosk.feedback_pages import FeedbackPages
from kiosk.forms_screen import FormsScreen
from kiosk.shell import KioskWindow
from kiosk.ticket_pages import TicketPages
from kiosk.visitor_pages import VisitorPages
from store.journal import SqliteJournal
from ui.feedback_faces import FeedbackFaces

Outcome = tuple[str, str]  # (event type, the id or reference that names it)
# A faces widget has given its rating once it has thanked the resident.
RATED = ("thanked", "commenting", "sending", "commented")


def told(window: KioskWindow) -> set[Outcome]:
    """Every outcome the kiosk's screens are showing (or holding for the page showing it)."""
    shown: set[Outcome] = set()
    for screen in window.screens.values():
        page = screen.current_page
        if isinstance(screen, TicketPages) and page == "ticket/done":
            issued = screen.confirmation.issued
            if issued is not None:
                shown.add((EventType.TICKET_ISSUED, issued.ticket))
        elif isinstance(screen, CheckInPages) and page == "checkin/done":
            issued = screen.confirmation.issued
            if issued is not None:
                shown.add((EventType.APPOINTMENT_CHECKED_IN, issued.ticket))
        elif isinstance(screen, VisitorPages) and screen.signed_in is not None:
            shown.add((EventType.VISITOR_SIGNED_IN, screen.signed_in.visitor))
        elif isinstance(screen, DocumentsPages) and screen.sent is not None:
            shown.add((EventType.DOCUMENT_CAPTURED, screen.sent.event_id))
        elif isinstance(screen, FormsScreen) and screen.journey is not None:
            finalised = screen.journey.finalised
            if finalised is not None and page.endswith("/done"):
                shown.add((EventType.SUBMISSION_FINALISED, finalised.reference))
        elif isinstance(screen, FeedbackPages) and page == "feedback/done":
            receipt = screen.journey.receipt
            if receipt is not None:
                shown.add((EventType.FEEDBACK_GIVEN, receipt.event_id))
    for faces in window.findChildren(FeedbackFaces):
        if faces.state in RATED and faces.receipt is not None:
            shown.add((EventType.FEEDBACK_GIVEN, faces.receipt.event_id))
            if faces.state == "commented":
                shown.add((EventType.FEEDBACK_GIVEN, f"comment on {faces.receipt.event_id}"))
    return shown


def recorded(journal: SqliteJournal, after_rowid: int) -> Counter[Outcome]:
    """The outcomes in the journal since ``after_rowid``, counted (each should be there once)."""
    events, _ = journal.changes(after_rowid, limit=10_000_000)
    found: Counter[Outcome] = Counter()
    for event in events:
        payload = event.payload
        if event.type in (EventType.TICKET_ISSUED, EventType.APPOINTMENT_CHECKED_IN):
            found[(event.type, event.id)] += 1
        elif event.type == EventType.VISITOR_SIGNED_IN:
            found[(event.type, str(payload["visitor"]))] += 1
        elif event.type == EventType.DOCUMENT_CAPTURED:
            found[(event.type, event.id)] += 1
        elif event.type == EventType.SUBMISSION_FINALISED:
            found[(event.type, str(payload["reference"]))] += 1
        elif event.type == EventType.FEEDBACK_GIVEN:
            adds_to = payload.get("adds_to")
            key = f"comment on {adds_to}" if adds_to else event.id
            found[(event.type, key)] += 1
    return found


def differences(shown: set[Outcome], kept: Counter[Outcome]) -> list[str]:
    """How what residents were told and what the journal holds disagree (empty: they agree)."""
    wrong = [f"told but not recorded: {o}" for o in sorted(shown - set(kept))]
    wrong += [f"recorded {n} times: {o}" for o, n in sorted(kept.items()) if n > 1]
    wrong += [f"recorded but never told: {o}" for o in sorted(set(kept) - shown)]
    return wrong
