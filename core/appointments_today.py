"""Today's appointments as the desk sees them: due, arrived, late, no-show or seen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from core.appointments import Appointment, CheckInWindow, Diary
from core.site_queue import SiteQueue, Ticket, TicketState


class Arrival(StrEnum):
    """Where an appointment stands."""

    DUE = "due"
    ARRIVED = "arrived"
    LATE = "late"
    NO_SHOW = "no_show"
    SEEN = "seen"


@dataclass(frozen=True, slots=True)
class AppointmentStatus:
    """One row of the desk's appointment list."""

    appointment: Appointment
    arrival: Arrival
    ticket: Ticket | None


def appointment_statuses(
    book: Diary, queue: SiteQueue, window: CheckInWindow, now_ms: int
) -> list[AppointmentStatus]:
    """Every appointment today with its arrival state, by slot time."""
    tickets = {t.appointment: t for t in queue.tickets.values() if t.appointment is not None}
    rows = []
    for appointment in sorted(book.appointments, key=lambda a: (a.slot_ms, a.reference)):
        ticket = tickets.get(appointment.reference)
        if ticket is not None:
            if ticket.state is TicketState.COMPLETED:
                arrival = Arrival.SEEN
            elif ticket.state is TicketState.NO_SHOW:
                arrival = Arrival.NO_SHOW
            else:
                arrival = Arrival.ARRIVED
        elif now_ms > appointment.slot_ms + window.late_minutes * 60_000:
            arrival = Arrival.NO_SHOW
        elif now_ms > appointment.slot_ms:
            arrival = Arrival.LATE
        else:
            arrival = Arrival.DUE
        rows.append(AppointmentStatus(appointment, arrival, ticket))
    return rows
