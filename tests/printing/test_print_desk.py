"""PrintDesk with real printers that fail, and a real journal: the resident keeps their number.

The transaction (here a ``ticket.issued`` event) is committed before printing, as the kiosk
does; a printer fault adds a ``printer.fault`` event and never removes or undoes anything.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from core.events import EventDraft, Scope
from core.printing import PRINTER_FAULT, PrintDesk, Printer
from core.printout import Printout
from printing.layouts import QueueTicket
from printing.printers import build_printer
from store.journal import SqliteJournal
from tests.ports import unused_port
from tests.printing.cupsd import ESCPOS, CupsServer, PrinterPort, tiny_pdf

NOTE_YOUR_NUMBER = "The printer is not working. Please note your number: H-017"


@pytest.fixture
def journal(data_dir: Path) -> Iterator[SqliteJournal]:
    """The terminal's real journal, on a real SQLite file."""
    journal = SqliteJournal(data_dir, "kiosk-1", "idea-store-whitechapel")
    yield journal
    journal.close()


def h017() -> Printout:
    """Ticket H-017 as the kiosk lays it out."""
    return QueueTicket(
        number="H-017",
        service="Housing advice",
        position=4,
        estimated_wait_min=25,
        issued_at=datetime(2026, 3, 2, 10, 15),
        reference="T-7Q2K-9XRD",
        site_name="Idea Store Whitechapel",
    ).printout()


def escpos_bytes(printout: Printout) -> bytes:
    """Stands in for the ESC/POS renderer, so these tests need only the printer to fail."""
    return ESCPOS


def issue_ticket(journal: SqliteJournal) -> None:
    """The transaction the printout belongs to, committed before printing."""
    journal.append(EventDraft("ticket.issued", {"number": "H-017"}, Scope.SITE))


def fault_events(journal: SqliteJournal) -> list[dict[str, object]]:
    """The payloads of every printer.fault event."""
    return [e.payload for e in journal.events() if e.type == PRINTER_FAULT]


def test_a_thermal_printer_that_is_off_costs_the_resident_nothing(
    journal: SqliteJournal, data_dir: Path
) -> None:
    """ESC/POS to a closed port: the resident is told to note H-017; the fault is recorded."""
    printer: Printer = build_printer(
        {
            "name": "kiosk-thermal",
            "kind": "escpos-network",
            "host": "127.0.0.1",
            "port": unused_port(),
            "timeout_s": 2,
        },
        render=escpos_bytes,
    )
    issue_ticket(journal)

    outcome = PrintDesk(printer, journal).print(h017(), keep_this="H-017")

    assert not outcome.printed
    assert outcome.message == NOTE_YOUR_NUMBER
    [fault] = fault_events(journal)
    assert fault["printer"] == "kiosk-thermal"
    assert fault["fault"] == "offline"
    assert fault["kind"] == "ticket"
    assert "refused" in str(fault["detail"])
    journal.close()
    reopened = SqliteJournal(data_dir, "kiosk-1", "idea-store-whitechapel")
    try:
        assert [e.type for e in reopened.events()] == ["ticket.issued", PRINTER_FAULT]
    finally:
        reopened.close()


def test_a_stopped_cups_queue_records_offline_and_keeps_the_ticket(
    journal: SqliteJournal, cups_server: CupsServer
) -> None:
    """A ticket for a stopped CUPS queue is not printed, later or now; the ticket stands."""
    name, output = cups_server.add_file_queue("desk_roll")
    cups_server.disable(name)
    printer = build_printer(
        {
            "name": "desk-roll",
            "kind": "cups",
            "queue": name,
            "server": cups_server.address,
            "paper": "roll80",
            "job_deadline_s": 2,
        },
        render=lambda printout: tiny_pdf(printout.job_name),
    )
    issue_ticket(journal)

    outcome = PrintDesk(printer, journal).print(h017(), keep_this="H-017")

    assert outcome.message == NOTE_YOUR_NUMBER
    [fault] = fault_events(journal)
    assert (fault["printer"], fault["fault"], fault["kind"]) == ("desk-roll", "offline", "ticket")
    assert journal.counts_by_type() == {"ticket.issued": 1, PRINTER_FAULT: 1}
    assert cups_server.unfinished_jobs(name) == []
    assert not output.exists()


def test_a_printer_that_works_records_nothing_extra(
    journal: SqliteJournal, printer_port: PrinterPort
) -> None:
    """When the ticket prints, the resident gets it and the journal holds only the ticket."""
    printer = build_printer(
        {
            "name": "kiosk-thermal",
            "kind": "escpos-network",
            "host": "127.0.0.1",
            "port": printer_port.port,
        },
        render=escpos_bytes,
    )
    issue_ticket(journal)

    outcome = PrintDesk(printer, journal).print(h017(), keep_this="H-017")

    assert outcome.printed
    assert outcome.message == ""
    assert printer_port.next_job() == ESCPOS
    assert journal.counts_by_type() == {"ticket.issued": 1}
