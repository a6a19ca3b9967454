"""The printouts a queue journey hands over; printing/ lays them out, main.py connects them."""

from __future__ import annotations

from typing import Protocol

from core.appointments import Appointment
from core.printout import Printout
from core.ticket_machine import IssuedTicket
from core.visitors import SignedIn


class Slips(Protocol):
    """Makes the printout for each queue journey, in the resident's language."""

    def queue_ticket(self, issued: IssuedTicket, service_name: str, language: str) -> Printout:
        """The ticket: number, service, place, estimated wait."""
        ...

    def check_in_slip(
        self, issued: IssuedTicket, appointment: Appointment, service_name: str, language: str
    ) -> Printout:
        """Proof of check-in with the queue number."""
        ...

    def booking_slip(self, appointment: Appointment, service_name: str, language: str) -> Printout:
        """An appointment booked at a kiosk: when, what, and the code to check in with."""
        ...

    def visitor_badge(self, signed_in: SignedIn) -> Printout:
        """A business visitor's badge."""
        ...
