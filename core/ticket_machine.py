"""Issuing queue tickets: a number unique across the site, a place, and a wait estimate."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from core.appointments import Appointment
from core.catalogue import Catalogue
from core.events import EventDraft, EventType, Scope
from core.ports import Journal
from core.queue_feed import SiteQueueFeed
from core.ticket_numbers import next_number
from core.wait_estimate import WaitEstimate, WaitEstimator


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """What the resident is shown and handed: never whether it is a priority visit.

    Attributes:
        ticket: the ticket's id (its issuing event's id).
        number: such as ``H-017``.
        service: the catalogue service code.
        wait: place in the queue and estimated minutes.
        appointment: the booking reference if this was an appointment check-in.
    """

    ticket: str
    number: str
    service: str
    wait: WaitEstimate
    appointment: str | None = None


class TicketMachine:
    """Issues walk-in tickets and appointment check-ins from this terminal's number block."""

    def __init__(
        self,
        journal: Journal,
        feed: SiteQueueFeed,
        catalogue: Catalogue,
        block: int,
        estimator: WaitEstimator,
    ) -> None:
        self._journal = journal
        self.feed = feed
        self.catalogue = catalogue
        self.block = block
        self.estimator = estimator
        self._lock = threading.Lock()

    def take(self, service: str, language: str, priority: bool = False) -> IssuedTicket:
        """A walk-in ticket for a service. ``priority`` covers priority and assisted visits."""
        return self._issue(
            EventType.TICKET_ISSUED,
            service,
            {"language": language, "priority": priority, "kind": "walk_in"},
        )

    def check_in(self, appointment: Appointment, language: str) -> IssuedTicket:
        """A ticket for a booked appointment, queued with priority when its slot is due."""
        return self._issue(
            EventType.APPOINTMENT_CHECKED_IN,
            appointment.service,
            {
                "language": language,
                "priority": appointment.priority,
                "kind": "appointment",
                "appointment": appointment.reference,
                "slot_ms": appointment.slot_ms,
            },
        )

    def _issue(self, kind: EventType, service: str, extra: dict[str, object]) -> IssuedTicket:
        letter = self.catalogue.service(service).ticket_letter
        # One terminal issues one block, so only this terminal's own threads can race.
        with self._lock:
            self.feed.refresh()
            number = next_number(self.feed.queue, letter, self.block)
            event = self._journal.append(
                EventDraft(kind, {"number": number, "service": service, **extra}, Scope.SITE)
            )
            self.feed.refresh()
        queue = self.feed.queue
        ticket = queue.tickets.get(event.id)
        if ticket is None:  # the same appointment was checked in elsewhere first
            existing = next(
                t for t in queue.tickets.values() if t.appointment == extra.get("appointment")
            )
            ticket = existing
        wait = self.estimator.estimate(queue, ticket, self.feed.now_ms())
        return IssuedTicket(ticket.id, ticket.number, ticket.service, wait, ticket.appointment)
