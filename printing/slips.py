"""Queue printouts from the journey's results: tickets, check-in and booking slips, badges."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core.appointments import Appointment, booking_code
from core.printout import Printout
from core.ticket_machine import IssuedTicket
from core.visitors import SignedIn
from printing.layouts import BookingSlip, CheckInSlip, QueueTicket, VisitorBadge


class LayoutSlips:
    """The ``core.slips.Slips`` port, laid out with this package's layouts."""

    def __init__(self, site: str, site_name: str, timezone: str) -> None:
        self.site = site
        self.site_name = site_name
        self.zone = ZoneInfo(timezone)

    def _now(self) -> datetime:
        return datetime.now(self.zone)

    def queue_ticket(self, issued: IssuedTicket, service_name: str, language: str) -> Printout:
        """The ticket; its QR code holds the site and number, for a desk's scanner."""
        return QueueTicket(
            number=issued.number,
            service=service_name,
            position=issued.wait.position,
            estimated_wait_min=issued.wait.minutes,
            issued_at=self._now(),
            reference=f"CK1:TICKET:{self.site}:{issued.number}",
            site_name=self.site_name,
            language=language,
        ).printout()

    def check_in_slip(
        self, issued: IssuedTicket, appointment: Appointment, service_name: str, language: str
    ) -> Printout:
        """The check-in slip, with the queue number to watch for."""
        return CheckInSlip(
            booking_reference=appointment.reference,
            service=service_name,
            appointment_at=datetime.fromtimestamp(appointment.slot_ms / 1000, self.zone),
            checked_in_at=self._now(),
            site_name=self.site_name,
            queue_number=issued.number,
            language=language,
        ).printout()

    def booking_slip(self, appointment: Appointment, service_name: str, language: str) -> Printout:
        """An appointment booked at a kiosk, with the booking letter's QR code to check in."""
        return BookingSlip(
            booking_reference=appointment.reference,
            service=service_name,
            appointment_at=datetime.fromtimestamp(appointment.slot_ms / 1000, self.zone),
            site_name=self.site_name,
            code=booking_code(self.site, appointment.reference),
            language=language,
        ).printout()

    def visitor_badge(self, signed_in: SignedIn) -> Printout:
        """The badge, naming the visitor, their company and host."""
        return VisitorBadge(
            visitor_name=signed_in.name,
            company=signed_in.company,
            host=signed_in.host.name,
            visit_date=self._now().date(),
            site_name=self.site_name,
            badge_number=signed_in.badge,
        ).printout()
