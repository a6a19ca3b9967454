"""One model per printout. Each holds only what its reader needs, and lays itself out.

No model has a field for priority, vulnerability or assisted visits, so none can be printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.printout import Band, Block, Line, Printout, Qr, Rule, Size
from printing.labels import label


def _when(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y %H:%M")


def _header(site_name: str) -> tuple[Block, ...]:
    return (Line(site_name, Size.NORMAL, bold=True, centred=True), Rule())


@dataclass(frozen=True, slots=True)
class QueueTicket:
    """A queue ticket: number, service, position, estimated wait, time, QR of the reference."""

    number: str
    service: str
    position: int
    estimated_wait_min: int | None
    issued_at: datetime
    reference: str
    site_name: str
    language: str = "en"

    def printout(self) -> Printout:
        """Lay the ticket out."""
        lang = self.language
        if self.estimated_wait_min is None:
            wait = label("wait_unknown", lang)
        else:
            wait = label("wait_minutes", lang).replace("%1", str(self.estimated_wait_min))
        blocks: tuple[Block, ...] = (
            *_header(self.site_name),
            Line(label("your_number", lang), centred=True),
            Line(self.number, Size.HUGE, bold=True, centred=True),
            Line(self.service, Size.LARGE, centred=True),
            Line(label("position", lang).replace("%1", str(self.position)), centred=True),
            Line(wait, centred=True),
            Line(label("watch_screen", lang), Size.SMALL, centred=True),
            Qr(self.reference, self.reference),
            Line(f"{label('issued', lang)} {_when(self.issued_at)}", Size.SMALL, centred=True),
        )
        return Printout("ticket", lang, f"ticket {self.number}", blocks)


@dataclass(frozen=True, slots=True)
class CheckInSlip:
    """Proof of an appointment check-in: reference, service, time, and what to do now."""

    booking_reference: str
    service: str
    appointment_at: datetime
    checked_in_at: datetime
    site_name: str
    queue_number: str = ""
    language: str = "en"

    def printout(self) -> Printout:
        """Lay the slip out."""
        lang = self.language
        blocks: list[Block] = [
            *_header(self.site_name),
            Line(label("checked_in", lang), Size.LARGE, bold=True, centred=True),
            Line(self.service, centred=True),
            Line(f"{label('appointment', lang)} {_when(self.appointment_at)}", centred=True),
        ]
        if self.queue_number:
            blocks += [
                Line(label("your_number", lang), centred=True),
                Line(self.queue_number, Size.HUGE, bold=True, centred=True),
            ]
        blocks += [
            Line(label("take_a_seat", lang), Size.SMALL, centred=True),
            Qr(self.booking_reference, self.booking_reference),
            Line(f"{label('checked_in_at', lang)} {_when(self.checked_in_at)}", Size.SMALL),
        ]
        return Printout("check-in-slip", lang, f"check-in {self.booking_reference}", tuple(blocks))


@dataclass(frozen=True, slots=True)
class BookingSlip:
    """An appointment booked at a kiosk for later today: when, for what, and the code to
    check in with (the same QR code a booking letter carries)."""

    booking_reference: str
    service: str
    appointment_at: datetime
    site_name: str
    code: str
    language: str = "en"

    def printout(self) -> Printout:
        """Lay the slip out."""
        lang = self.language
        blocks: list[Block] = [
            *_header(self.site_name),
            Line(label("appointment_booked", lang), Size.LARGE, bold=True, centred=True),
            Line(self.service, centred=True),
            Line(f"{label('appointment', lang)} {_when(self.appointment_at)}", centred=True),
            Line(label("case_reference", lang), centred=True),
            Line(self.booking_reference, Size.HUGE, bold=True, centred=True),
            Qr(self.code),  # the reference is printed large just above
            Line(label("check_in_with_code", lang), Size.SMALL, centred=True),
        ]
        return Printout("booking-slip", lang, f"booking {self.booking_reference}", tuple(blocks))


@dataclass(frozen=True, slots=True)
class VisitorBadge:
    """A business visitor's badge: name, company, host, date, and a VISITOR band."""

    visitor_name: str
    company: str
    host: str
    visit_date: date
    site_name: str
    badge_number: str

    def printout(self) -> Printout:
        """Lay the badge out (badges are in English: reception staff read them)."""
        blocks: tuple[Block, ...] = (
            Band(label("visitor", "en")),
            Line(self.visitor_name, Size.HUGE, bold=True, centred=True),
            Line(self.company, Size.LARGE, centred=True),
            Rule(),
            Line(f"{label('host', 'en')} {self.host}", centred=True),
            Line(f"{self.site_name} · {self.visit_date.strftime('%d/%m/%Y')}", centred=True),
            Qr(self.badge_number, self.badge_number),
            Band(label("visitor", "en")),
        )
        return Printout("visitor-badge", "en", f"badge {self.badge_number}", blocks)


@dataclass(frozen=True, slots=True)
class SubmissionReceipt:
    """After a form: the case reference, what happens next, and the service standard."""

    case_reference: str
    service: str
    what_happens_next: str
    service_standard: str
    submitted_at: datetime
    site_name: str
    language: str = "en"

    def printout(self) -> Printout:
        """Lay the receipt out."""
        lang = self.language
        blocks: tuple[Block, ...] = (
            *_header(self.site_name),
            Line(label("received", lang), Size.LARGE, bold=True, centred=True),
            Line(self.service, centred=True),
            Line(label("case_reference", lang), centred=True),
            Line(self.case_reference, Size.HUGE, bold=True, centred=True),
            Rule(),
            Line(label("what_happens_next", lang), bold=True),
            Line(self.what_happens_next),
            Line(self.service_standard, bold=True),
            Qr(self.case_reference, self.case_reference),
            Line(f"{label('submitted', lang)} {_when(self.submitted_at)}", Size.SMALL),
        )
        return Printout("submission-receipt", lang, f"receipt {self.case_reference}", blocks)


@dataclass(frozen=True, slots=True)
class DroppedDocument:
    """One document handed in: its type (in the resident's language) and its page count."""

    document_type: str
    pages: int


@dataclass(frozen=True, slots=True)
class DropOffReceipt:
    """After scanning documents for a case: the reference, each document and its pages."""

    case_reference: str
    documents: tuple[DroppedDocument, ...]
    received_at: datetime
    site_name: str
    language: str = "en"

    def printout(self) -> Printout:
        """Lay the receipt out."""
        lang = self.language
        pages = label("pages", lang)
        rows = tuple(
            Line(f"{d.document_type}: {pages.replace('%1', str(d.pages))}") for d in self.documents
        )
        blocks: tuple[Block, ...] = (
            *_header(self.site_name),
            Line(label("documents_received", lang), Size.LARGE, bold=True, centred=True),
            Line(label("case_reference", lang), centred=True),
            Line(self.case_reference, Size.HUGE, bold=True, centred=True),
            Rule(),
            *rows,
            Line(label("documents_kept", lang), Size.SMALL),
            Qr(self.case_reference, self.case_reference),
            Line(f"{label('received_at', lang)} {_when(self.received_at)}", Size.SMALL),
        )
        return Printout("drop-off-receipt", lang, f"documents {self.case_reference}", blocks)


@dataclass(frozen=True, slots=True)
class PrinterTestPage:
    """For ``main.py selftest``: proves a printer, its fonts and its QR codes, in each language."""

    printer_name: str
    site_name: str
    printed_at: datetime
    languages: tuple[str, ...]

    def printout(self) -> Printout:
        """Lay the test page out: the same sentence in each language, then a QR code."""
        stamp = self.printed_at.strftime("%Y%m%dT%H%M%S")
        blocks: tuple[Block, ...] = (
            *_header(self.site_name),
            Line(label("test_page", "en"), Size.LARGE, bold=True, centred=True),
            Line(self.printer_name, centred=True),
            Rule(),
            *(Line(label("test_page", code), centred=True) for code in self.languages),
            Rule(),
            Qr(f"selftest-{self.printer_name}-{stamp}", _when(self.printed_at)),
        )
        # A test page is in English overall; the lines in other scripts are what it tests.
        return Printout("test-page", "en", f"selftest {self.printer_name}", blocks)
