"""The reception desk's actions: call, recall, hold, transfer, no-show and complete."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.catalogue import Catalogue
from core.events import EventDraft, EventType, Scope
from core.next_ticket import next_ticket
from core.ports import Journal
from core.site_queue import CallConflict, Outcome, Ticket, TicketState
from core.ticket_machine import IssuedTicket, TicketMachine


class DeskProblem(ValueError):
    """An action the desk cannot take now, with a plain-English reason for staff."""


class DeskAction(StrEnum):
    """The desk's actions on the ticket it is serving."""

    RECALL = "recall"
    HOLD = "hold"
    NO_SHOW = "no_show"


@dataclass(frozen=True, slots=True)
class DeskIdentity:
    """Who this desk is on the board and what it is skilled for."""

    id: str
    name: str
    services: tuple[str, ...]


class DeskService:
    """One desk's view of the site queue and the events its staff record."""

    def __init__(self, journal: Journal, machine: TicketMachine, desk: DeskIdentity) -> None:
        self._journal = journal
        self.machine = machine
        self.feed = machine.feed
        self.desk = desk
        self._seen_conflicts: set[str] = set()

    @property
    def catalogue(self) -> Catalogue:
        """The council's services, for names and transfer choices."""
        return self.machine.catalogue

    def _record(self, kind: EventType, payload: dict[str, object]) -> None:
        self._journal.append(EventDraft(kind, {"desk": self.desk.id, **payload}, Scope.SITE))
        self.feed.refresh()

    def open(self) -> None:
        """Tell the site this desk is open today and what it serves (once a day)."""
        self.feed.refresh()
        known = self.feed.queue.desks.get(self.desk.id)
        if known is None or not known.open or known.services != self.desk.services:
            self._record(
                EventType.DESK_OPENED,
                {"name": self.desk.name, "services": list(self.desk.services)},
            )

    def close(self) -> None:
        """Tell the site this desk has closed (its waits no longer count this desk)."""
        self._record(EventType.DESK_CLOSED, {})

    def serving(self) -> Ticket | None:
        """The ticket this desk has called and not yet finished."""
        mine = [
            t
            for t in self.feed.queue.tickets.values()
            if t.state is TicketState.CALLED and t.desk == self.desk.id
        ]
        return max(mine, key=lambda t: t.called_ms or 0) if mine else None

    def _must_be_free(self) -> None:
        current = self.serving()
        if current is not None:
            raise DeskProblem(
                f"Finish {current.number} first: complete it, hold it, transfer it "
                "or mark it as a no-show."
            )

    def call_next(self) -> Ticket:
        """Call the ticket the policy puts first for this desk's services."""
        self.feed.refresh()
        self._must_be_free()
        ticket = next_ticket(self.feed.queue, self.desk.services, self.desk.id, self.feed.now_ms())
        if ticket is None:
            raise DeskProblem("No one is waiting for the services this desk offers.")
        return self._call(ticket)

    def call(self, number: str) -> Ticket:
        """Call a particular ticket by number, such as one that was held."""
        self.feed.refresh()
        self._must_be_free()
        ticket = self.feed.queue.ticket_by_number(number)
        if ticket is None:
            raise DeskProblem(f"There is no ticket {number.strip()[:12]} today.")
        if ticket.state not in (TicketState.WAITING, TicketState.HELD):
            raise DeskProblem(f"{ticket.number} is not waiting.")
        if ticket.service not in self.desk.services:
            name = self.catalogue.service(ticket.service).title("en")
            raise DeskProblem(
                f"This desk does not serve {name}. Transfer {ticket.number} to a desk that does."
            )
        return self._call(ticket)

    def _call(self, ticket: Ticket) -> Ticket:
        self._record(EventType.TICKET_CALLED, {"ticket": ticket.id})
        return self.feed.queue.tickets[ticket.id]

    def _current(self) -> Ticket:
        current = self.serving()
        if current is None:
            raise DeskProblem("This desk is not serving anyone. Call a ticket first.")
        return current

    def act(self, action: DeskAction) -> Ticket:
        """Recall, hold or mark as no-show the ticket this desk is serving."""
        current = self._current()
        kinds = {
            DeskAction.RECALL: EventType.TICKET_RECALLED,
            DeskAction.HOLD: EventType.TICKET_HELD,
            DeskAction.NO_SHOW: EventType.TICKET_NO_SHOW,
        }
        self._record(kinds[action], {"ticket": current.id})
        return self.feed.queue.tickets[current.id]

    def transfer(self, to_service: str, to_desk: str | None = None) -> Ticket:
        """Send the ticket being served to another service's queue, or to a named desk."""
        current = self._current()
        self.catalogue.service(to_service)  # KeyError for a service that does not exist
        if to_desk is not None:
            desk = self.feed.queue.desks.get(to_desk)
            if desk is None or not desk.open:
                raise DeskProblem("That desk is not open.")
            if to_service not in desk.services:
                raise DeskProblem(f"{desk.name} does not serve that service.")
        self._record(
            EventType.TICKET_TRANSFERRED,
            {"ticket": current.id, "to_service": to_service, "to_desk": to_desk},
        )
        return self.feed.queue.tickets[current.id]

    def complete(self, outcome: Outcome) -> Ticket:
        """Finish the conversation with its outcome."""
        current = self._current()
        self._record(EventType.TICKET_COMPLETED, {"ticket": current.id, "outcome": outcome.value})
        return self.feed.queue.tickets[current.id]

    def raise_walk_in(self, service: str, priority: bool = False) -> IssuedTicket:
        """A ticket taken at the desk on a resident's behalf."""
        return self.machine.take(service, "en", priority)

    def answer_help(self, request: str, staff_id: str | None = None) -> None:
        """Record that this desk (and the member of staff signed in, if any) is going to a
        kiosk that asked for help."""
        payload: dict[str, object] = {"request": request}
        if staff_id is not None:
            payload["staff_id"] = staff_id
        self._record(EventType.HELP_ANSWERED, payload)

    def audit(self, kind: EventType, staff_id: str, details: dict[str, object]) -> None:
        """Record what a signed-in member of staff did here (central scope: the audit trail,
        not the site's queue)."""
        payload = {"desk": self.desk.id, "staff_id": staff_id, **details}
        self._journal.append(EventDraft(kind, payload, Scope.CENTRAL))

    def lost_calls(self) -> list[CallConflict]:
        """Calls this desk lost to another desk and has not yet been told about."""
        return [
            c
            for c in self.feed.queue.conflicts
            if c.loser == self.desk.id and c.key not in self._seen_conflicts
        ]

    def acknowledge(self, conflict: CallConflict) -> None:
        """Staff have seen a lost call."""
        self._seen_conflicts.add(conflict.key)
