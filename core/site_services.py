"""The queue services one terminal is given by main.py: the same for kiosk, desk and board."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from core.appointments import CheckInWindow, Diary
from core.catalogue import Catalogue
from core.central_status import CentralSyncStatus
from core.check_in import CheckInDesk
from core.code_reader import CodeReader
from core.printing import PrintDesk
from core.queue_feed import SiteQueueFeed
from core.site_bookings import AppointmentBooking
from core.site_day import SiteCalendar
from core.slips import Slips
from core.ticket_machine import TicketMachine
from core.visitors import VisitorBook
from core.wait_estimate import WaitEstimator


@dataclass(frozen=True, slots=True)
class PeerLink:
    """How this terminal's link to one site peer is doing, for staff."""

    url: str
    state: str
    last_ok: str
    last_error: str


@dataclass(frozen=True, slots=True)
class SiteServices:
    """Everything a queue screen needs, already wired to the journal.

    Attributes:
        catalogue: services, their names and ticket letters.
        calendar: the site's days and local times.
        feed: today's site queue, kept current.
        tickets: issues tickets from this terminal's block.
        check_in: finds and checks in appointments.
        appointments: today's appointments (for the desk's list).
        window: how early and late check-in is allowed.
        visitors: business visitor sign-in and sign-out.
        estimator: wait estimates.
        slips: makes ticket, slip and badge printouts.
        print_desk: prints them (None where the terminal has no printer).
        code_reader: decodes camera frames (None where the decoder is not installed).
        peer_links: replication status for staff (empty when not replicating).
        unreachable: why site peers cannot reach this terminal, in plain words (None while
            they can, or when it does not serve them).
        central: how sending to the case service is going (None without a case service).
        closing_time: local time visitors still in are signed out.
        booking: books slots later today, for staff at a kiosk (None where not offered).
    """

    catalogue: Catalogue
    calendar: SiteCalendar
    feed: SiteQueueFeed
    tickets: TicketMachine
    check_in: CheckInDesk
    appointments: Diary
    window: CheckInWindow
    visitors: VisitorBook
    estimator: WaitEstimator
    slips: Slips
    print_desk: PrintDesk | None = None
    code_reader: CodeReader | None = None
    peer_links: Callable[[], list[PeerLink]] = field(default=lambda: [])
    unreachable: Callable[[], str | None] = field(default=lambda: None)
    central: Callable[[], CentralSyncStatus | None] = field(default=lambda: None)
    closing_time: str = "19:00"
    booking: AppointmentBooking | None = None

    def letters(self) -> tuple[tuple[str, str], ...]:
        """(service code, ticket letter) pairs in catalogue order, for the board."""
        return tuple((s.code, s.ticket_letter) for s in self.catalogue.services)
