"""Today's queue at a site: a deterministic fold over the site's merged events.

Every terminal folds the same set of events in the same order — (hlc, origin, seq) — so
kiosks, desks and the board agree on the queue whatever order events arrived in, and however
often they were delivered. Conflicts resolve by that order: the earliest call wins, and a
later action on the same ticket by another desk is recorded as a ``CallConflict`` for the
losing desk to be told.
"""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from core.appointments import Appointment, normalise_reference
from core.clock import wall_ms_of
from core.events import Event, EventType, JsonObject, Scope
from core.site_day import SiteCalendar

log = logging.getLogger(__name__)


class TicketState(StrEnum):
    """Where a ticket is in its day."""

    WAITING = "waiting"
    CALLED = "called"
    HELD = "held"
    NO_SHOW = "no_show"
    COMPLETED = "completed"


class Outcome(StrEnum):
    """How a conversation at the desk ended, in the council's own terms."""

    RESOLVED = "resolved_first_contact"
    SIGNPOSTED = "signposted"
    APPOINTMENT_BOOKED = "appointment_booked"
    REFERRED = "referred"
    CASE_OPENED = "case_opened"


CLOSED = (TicketState.NO_SHOW, TicketState.COMPLETED)


@dataclass(slots=True)
class Ticket:
    """One resident's place in the queue. ``priority`` is never shown on screens or tickets."""

    id: str
    number: str
    service: str
    issued_ms: int
    issued_hlc: str
    origin: str
    language: str
    priority: bool = False
    appointment: str | None = None
    slot_ms: int | None = None
    state: TicketState = TicketState.WAITING
    desk: str | None = None
    called_ms: int | None = None
    closed_ms: int | None = None
    outcome: str | None = None

    @property
    def is_appointment(self) -> bool:
        """Checked in for a booked appointment rather than a walk-in."""
        return self.appointment is not None


@dataclass(frozen=True, slots=True)
class Call:
    """One call shown on the display board: a number and a desk, nothing personal."""

    key: str
    ticket: str
    number: str
    desk: str
    desk_name: str
    wall_ms: int
    language: str
    recall: bool = False


@dataclass(frozen=True, slots=True)
class CallConflict:
    """Two desks acted on one ticket without seeing each other; ``loser`` must be told."""

    key: str
    ticket: str
    number: str
    winner: str
    loser: str
    wall_ms: int


@dataclass(slots=True)
class Desk:
    """A staffed desk, the services it is skilled for, and whether it is open."""

    id: str
    name: str
    services: tuple[str, ...]
    open: bool = True


@dataclass(slots=True)
class Visitor:
    """A business visitor signed in at reception. Their name is sealed, never held here."""

    id: str
    badge: str
    company: str
    host: str
    signed_in_ms: int
    signed_out_ms: int | None = None


@dataclass(slots=True)
class HelpRequest:
    """A resident at a kiosk asked for a floorwalker."""

    id: str
    kiosk: str
    screen: str
    wall_ms: int
    answered_by: str | None = None


_Handler = Callable[["_State", Event, int], None]


def sort_key(event: Event) -> tuple[str, str, int]:
    """The one order every terminal folds in: hybrid time, then origin, then seq."""
    return (event.hlc, event.origin, event.seq)


def _arrival_order(item: tuple[Event, int]) -> tuple[str, str, int]:
    return sort_key(item[0])


@dataclass(slots=True)
class _State:
    tickets: dict[str, Ticket] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    conflicts: list[CallConflict] = field(default_factory=list)
    desks: dict[str, Desk] = field(default_factory=dict)
    visitors: dict[str, Visitor] = field(default_factory=dict)
    help: dict[str, HelpRequest] = field(default_factory=dict)
    bookings: dict[str, Appointment] = field(default_factory=dict)
    clashes: list[str] = field(default_factory=list)
    skipped: int = 0
    # Numbers issued and appointments checked in today, so a new ticket is checked against
    # them at once rather than against every ticket of the day (a busy month's fold is
    # thousands of tickets a day across a site).
    numbers: set[str] = field(default_factory=set)
    checked_in: set[str] = field(default_factory=set)


class SiteQueue:
    """The site's queue for one local day, folded from site-scope events.

    Events from other days are ignored (history stays in the journal; numbering restarts).
    ``add`` is incremental when events arrive in order and refolds when one arrives late.
    """

    def __init__(self, day: str, calendar: SiteCalendar) -> None:
        self.day = day
        self.calendar = calendar
        # Each event with its wall time, read once when it arrives (a refold reuses it).
        self._events: dict[tuple[str, int], tuple[Event, int]] = {}
        self._last: tuple[str, str, int] | None = None
        self._s = _State()

    @classmethod
    def fold(cls, events: Iterable[Event], day: str, calendar: SiteCalendar) -> SiteQueue:
        """A queue built from scratch from any collection of events."""
        queue = cls(day, calendar)
        queue.add_all(events)
        return queue

    # -- reading -----------------------------------------------------------------------

    @property
    def tickets(self) -> dict[str, Ticket]:
        """Every ticket today, by id."""
        return self._s.tickets

    @property
    def calls(self) -> list[Call]:
        """Calls and recalls in order, for the board."""
        return self._s.calls

    @property
    def conflicts(self) -> list[CallConflict]:
        """Actions that lost to another desk's earlier one."""
        return self._s.conflicts

    @property
    def desks(self) -> dict[str, Desk]:
        """Desks that opened today, by terminal id."""
        return self._s.desks

    @property
    def visitors(self) -> dict[str, Visitor]:
        """Business visitors signed in today, by id."""
        return self._s.visitors

    @property
    def help_requests(self) -> dict[str, HelpRequest]:
        """Kiosk help requests today, by id."""
        return self._s.help

    @property
    def bookings(self) -> dict[str, Appointment]:
        """Appointments booked at this site's terminals today, by reference."""
        return self._s.bookings

    @property
    def number_clashes(self) -> list[str]:
        """Numbers issued twice today: two terminals share a ticket block (a config fault)."""
        return self._s.clashes

    @property
    def skipped(self) -> int:
        """Events that could not be read (from a newer or broken peer) and were left out."""
        return self._s.skipped

    @property
    def event_count(self) -> int:
        """How many distinct events today's queue is folded from."""
        return len(self._events)

    def waiting(self, service: str | None = None) -> list[Ticket]:
        """Tickets waiting (not held), in issue order; optionally for one service."""
        return sorted(
            (
                t
                for t in self._s.tickets.values()
                if t.state is TicketState.WAITING and (service is None or t.service == service)
            ),
            key=lambda t: (t.issued_hlc, t.id),
        )

    def ticket_by_number(self, number: str) -> Ticket | None:
        """The ticket with a number such as ``H-017``, if issued today."""
        wanted = number.strip().upper()
        for ticket in self._s.tickets.values():
            if ticket.number == wanted:
                return ticket
        return None

    def signature(self) -> tuple[object, ...]:
        """A value equal on two terminals exactly when their queues agree (for tests)."""
        s = self._s
        return (
            tuple(sorted((t.id, t.number, t.state, t.desk, t.service) for t in s.tickets.values())),
            tuple((c.key, c.number, c.desk) for c in s.calls),
            tuple(c.key for c in s.conflicts),
            tuple(sorted((v.id, v.signed_out_ms is None) for v in s.visitors.values())),
            tuple(sorted((b.reference, b.service, b.slot_ms) for b in s.bookings.values())),
        )

    def summary(self) -> dict[str, object]:
        """A JSON-able digest of the queue: tickets, calls and conflicts (for status and tests)."""
        digest = hashlib.sha256(repr(self.signature()).encode()).hexdigest()[:16]
        return {
            "day": self.day,
            "digest": digest,
            "tickets": sorted(
                [t.number, str(t.state), t.desk or ""] for t in self._s.tickets.values()
            ),
            "calls": [[c.number, c.desk] for c in self._s.calls],
            "conflicts": [[c.number, c.winner, c.loser] for c in self._s.conflicts],
            "events": len(self._events),
        }

    def copy(self) -> SiteQueue:
        """An independent copy: folding into it never changes this queue (copy on write)."""
        twin = SiteQueue(self.day, self.calendar)
        twin._events = dict(self._events)
        twin._last = self._last
        s = self._s
        twin._s = _State(
            tickets={k: copy.copy(v) for k, v in s.tickets.items()},
            calls=list(s.calls),
            conflicts=list(s.conflicts),
            desks={k: copy.copy(v) for k, v in s.desks.items()},
            visitors={k: copy.copy(v) for k, v in s.visitors.items()},
            help={k: copy.copy(v) for k, v in s.help.items()},
            bookings=dict(s.bookings),  # Appointments are frozen: sharing them is safe
            clashes=list(s.clashes),
            skipped=s.skipped,
            numbers=set(s.numbers),
            checked_in=set(s.checked_in),
        )
        return twin

    # -- folding -----------------------------------------------------------------------

    def add(self, event: Event) -> bool:
        """Fold in one event; returns True if it changed anything."""
        return self.add_all((event,))

    def add_all(self, events: Iterable[Event]) -> bool:
        """Fold in events from any source, in any order, with duplicates; True if any were new."""
        fresh: list[tuple[Event, int]] = []
        for event in events:
            key = (event.origin, event.seq)
            if key in self._events:
                continue
            wall = self._wall_if_today(event)
            if wall is None:
                continue
            self._events[key] = (event, wall)
            fresh.append((event, wall))
        if not fresh:
            return False
        fresh.sort(key=_arrival_order)
        if self._last is not None and sort_key(fresh[0][0]) < self._last:
            self._refold()
        else:
            for event, wall in fresh:
                self._apply(event, wall)
        return True

    def _wall_if_today(self, event: Event) -> int | None:
        """The event's wall time when it is a site event of this queue's day, else None."""
        if event.scope is not Scope.SITE:
            return None
        try:
            wall = wall_ms_of(event.hlc)
        except ValueError:
            return None
        return wall if self.calendar.day_of_ms(wall) == self.day else None

    def _refold(self) -> None:
        self._s = _State()
        self._last = None
        for event, wall in sorted(self._events.values(), key=_arrival_order):
            self._apply(event, wall)

    def _apply(self, event: Event, wall: int) -> None:
        self._last = sort_key(event)
        handler = _HANDLERS.get(event.type)
        if handler is None:
            return
        try:
            handler(self._s, event, wall)
        except (KeyError, TypeError, ValueError) as exc:
            self._s.skipped += 1
            log.warning("left out event %s/%s (%s): %s", event.origin, event.seq, event.type, exc)


# -- the rules, one per event type -----------------------------------------------------


def _text(payload: JsonObject, key: str) -> str:
    value = payload[key]
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError(f"{key} must be short text")
    return value


def _opt_int(payload: JsonObject, key: str) -> int | None:
    value = payload.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} must be a whole number")
    return value


def _issue(s: _State, event: Event, wall_ms: int) -> None:
    p = event.payload
    appointment = p.get("appointment")
    if appointment is not None:
        appointment = _text(p, "appointment")
        if appointment in s.checked_in:
            return  # checked in twice (two kiosks during a partition): the first stands
    ticket = Ticket(
        id=event.id,
        number=_text(p, "number"),
        service=_text(p, "service"),
        issued_ms=wall_ms,
        issued_hlc=event.hlc,
        origin=event.origin,
        language=str(p.get("language") or "en"),
        priority=p.get("priority") is True,
        appointment=appointment,
        slot_ms=_opt_int(p, "slot_ms"),
    )
    if ticket.number in s.numbers:
        s.clashes.append(ticket.number)
    s.tickets[ticket.id] = ticket
    s.numbers.add(ticket.number)
    if appointment is not None:
        s.checked_in.add(appointment)


def _holder_action(s: _State, event: Event, wall_ms: int) -> tuple[Ticket, str] | None:
    """The ticket and acting desk, or None (recording a conflict) if another desk holds it."""
    ticket = s.tickets[_text(event.payload, "ticket")]
    desk = _text(event.payload, "desk")
    if ticket.desk is not None and ticket.desk != desk and ticket.state is not TicketState.WAITING:
        s.conflicts.append(
            CallConflict(event.id, ticket.id, ticket.number, ticket.desk, desk, wall_ms)
        )
        return None
    if ticket.state in CLOSED:
        return None
    return ticket, desk


def _desk_name(s: _State, desk: str) -> str:
    known = s.desks.get(desk)
    return known.name if known else desk


def _call(s: _State, event: Event, wall_ms: int) -> None:
    acted = _holder_action(s, event, wall_ms)
    if acted is None:
        return
    ticket, desk = acted
    recall = ticket.state is TicketState.CALLED and ticket.desk == desk
    ticket.state, ticket.desk = TicketState.CALLED, desk
    if ticket.called_ms is None:
        ticket.called_ms = wall_ms
    name = _desk_name(s, desk)
    s.calls.append(
        Call(event.id, ticket.id, ticket.number, desk, name, wall_ms, ticket.language, recall)
    )


def _recall(s: _State, event: Event, wall_ms: int) -> None:
    acted = _holder_action(s, event, wall_ms)
    if acted is not None and acted[0].state is TicketState.CALLED:
        ticket, desk = acted
        name = _desk_name(s, desk)
        s.calls.append(
            Call(event.id, ticket.id, ticket.number, desk, name, wall_ms, ticket.language, True)
        )


def _hold(s: _State, event: Event, wall_ms: int) -> None:
    acted = _holder_action(s, event, wall_ms)
    if acted is not None:
        acted[0].state, acted[0].desk = TicketState.HELD, None


def _transfer(s: _State, event: Event, wall_ms: int) -> None:
    acted = _holder_action(s, event, wall_ms)
    if acted is None:
        return
    ticket = acted[0]
    ticket.service = _text(event.payload, "to_service")
    to_desk = event.payload.get("to_desk")
    ticket.state = TicketState.WAITING
    ticket.desk = _text(event.payload, "to_desk") if to_desk is not None else None


def _close(state: TicketState) -> _Handler:
    def close(s: _State, event: Event, wall_ms: int) -> None:
        acted = _holder_action(s, event, wall_ms)
        if acted is None:
            return
        ticket = acted[0]
        ticket.state, ticket.closed_ms = state, wall_ms
        ticket.desk = acted[1]
        if state is TicketState.COMPLETED:
            ticket.outcome = Outcome(_text(event.payload, "outcome")).value

    return close


def _desk_opened(s: _State, event: Event, wall_ms: int) -> None:
    p = event.payload
    services = p["services"]
    if not isinstance(services, list) or not all(isinstance(x, str) for x in services):
        raise ValueError("services must be a list of service codes")
    desk = _text(p, "desk")
    s.desks[desk] = Desk(desk, _text(p, "name"), tuple(services), True)


def _desk_closed(s: _State, event: Event, wall_ms: int) -> None:
    desk = s.desks.get(_text(event.payload, "desk"))
    if desk is not None:
        desk.open = False


def _visitor_in(s: _State, event: Event, wall_ms: int) -> None:
    p = event.payload
    visitor = Visitor(
        _text(p, "visitor"), _text(p, "badge"), _text(p, "company"), _text(p, "host"), wall_ms
    )
    s.visitors.setdefault(visitor.id, visitor)


def _visitor_out(s: _State, event: Event, wall_ms: int) -> None:
    visitor = s.visitors.get(_text(event.payload, "visitor"))
    if visitor is not None and visitor.signed_out_ms is None:
        visitor.signed_out_ms = wall_ms


def _help(s: _State, event: Event, wall_ms: int) -> None:
    p = event.payload
    kiosk = str(p.get("kiosk") or event.origin)
    s.help[event.id] = HelpRequest(event.id, kiosk, str(p.get("screen", "")), wall_ms)


def _help_answered(s: _State, event: Event, wall_ms: int) -> None:
    request = s.help.get(_text(event.payload, "request"))
    if request is not None and request.answered_by is None:
        request.answered_by = _text(event.payload, "desk")


def _booked(s: _State, event: Event, wall_ms: int) -> None:
    p = event.payload
    reference = _text(p, "reference")
    if normalise_reference(reference) != reference:
        raise ValueError("reference is not a booking reference")
    slot_ms, minutes = _opt_int(p, "slot_ms"), _opt_int(p, "minutes")
    if slot_ms is None or minutes is None or not 0 < minutes <= 480:
        raise ValueError("a booking needs its slot and a length in minutes")
    person = _text(p, "person")
    if person.strip("0123456789abcdef"):
        raise ValueError("person must be a hash in hex, never a name")
    if reference in s.bookings:
        log.warning("booking reference %s made twice; the first stands", reference)
        return
    s.bookings[reference] = Appointment(
        reference, _text(p, "service"), slot_ms, minutes, person, p.get("priority") is True
    )


_HANDLERS: dict[str, _Handler] = {
    EventType.TICKET_ISSUED: _issue,
    EventType.APPOINTMENT_CHECKED_IN: _issue,
    EventType.TICKET_CALLED: _call,
    EventType.TICKET_RECALLED: _recall,
    EventType.TICKET_HELD: _hold,
    EventType.TICKET_TRANSFERRED: _transfer,
    EventType.TICKET_NO_SHOW: _close(TicketState.NO_SHOW),
    EventType.TICKET_COMPLETED: _close(TicketState.COMPLETED),
    EventType.DESK_OPENED: _desk_opened,
    EventType.DESK_CLOSED: _desk_closed,
    EventType.VISITOR_SIGNED_IN: _visitor_in,
    EventType.VISITOR_SIGNED_OUT: _visitor_out,
    EventType.HELP_REQUESTED: _help,
    EventType.HELP_ANSWERED: _help_answered,
    EventType.APPOINTMENT_BOOKED: _booked,
}
