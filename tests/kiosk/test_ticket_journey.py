"""Take a ticket, driven by taps on the real kiosk with a real journal and a file printer."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

import main
from core.config import TerminalConfig
from kiosk.app import build_kiosk
from kiosk.ticket_pages import TicketPages
from tests.full_journal import fill_up
from tests.kiosk.conftest import KioskUnderTest, save_screen

pytestmark = pytest.mark.qt


def printouts(kiosk: KioskUnderTest) -> list[Path]:
    """The PDFs the kiosk's file printer has written."""
    folder = kiosk.journal.data_dir / "printouts"
    return sorted(folder.glob("*.pdf")) if folder.exists() else []


def pdf_text(path: Path) -> str:
    """The text of a printed PDF, as pdftotext reads it."""
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def screen_text(kiosk: KioskUnderTest) -> str:
    """Every piece of text visible on the kiosk now."""
    return " ".join(
        w.text() for w in kiosk.window.findChildren(QLabel) if w.isVisible() and w.text()
    )


def text_of(kiosk: KioskUnderTest, name: str) -> str:
    """The text of a label by objectName."""
    widget = kiosk.find(name)
    assert isinstance(widget, QLabel)
    return widget.text()


def take_ticket(kiosk: KioskUnderTest, service: str = "housing", priority: bool = False) -> None:
    """From home, take a walk-in ticket and wait for the confirmation and the printout."""
    kiosk.tap("homeTile_ticket")
    kiosk.tap(f"ticketService_{service}")
    if kiosk.window.current.current_page == "ticket/appointment":
        kiosk.tap("ticketAppointment_no")
    assert kiosk.window.current.current_page == "ticket/priority"
    kiosk.tap("ticketPriority_yes" if priority else "ticketPriority_no")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "ticket/done")
    kiosk.qtbot.waitUntil(lambda: "take your ticket" in text_of(kiosk, "ticketPrintStatus"))


def test_a_priority_walk_in_gets_a_number_that_never_says_priority(
    site_kiosk: KioskUnderTest,
) -> None:
    """The ticket is issued with priority recorded, shown and printed without a word of it."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_ticket")
    assert kiosk.window.current.current_page == "ticket/service"
    save_screen(kiosk, "ticket-service-en")
    kiosk.tap("ticketService_housing")
    assert kiosk.window.current.current_page == "ticket/appointment"
    kiosk.tap("ticketAppointment_no")
    save_screen(kiosk, "ticket-priority-en")
    kiosk.tap("ticketPriority_yes")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "ticket/done")
    kiosk.qtbot.waitUntil(lambda: "take your ticket" in text_of(kiosk, "ticketPrintStatus"))
    save_screen(kiosk, "ticket-confirmation-en")

    issued = kiosk.events_of("ticket.issued")
    assert len(issued) == 1
    assert issued[0]["number"] == "H-001"
    assert issued[0]["service"] == "housing"
    assert issued[0]["priority"] is True
    assert issued[0]["language"] == "en"
    assert text_of(kiosk, "ticketNumber") == "H-001"
    assert text_of(kiosk, "ticketService") == "Housing"
    assert text_of(kiosk, "ticketPosition") == "You are next in the queue."
    assert text_of(kiosk, "ticketWait")  # never blank
    assert text_of(kiosk, "ticketWatchScreen") == "Watch the screen for your number."
    shown = screen_text(kiosk) + kiosk.window.current.spoken_text()
    assert "priority" not in shown.lower() and "extra help" not in shown.lower()

    [pdf] = printouts(kiosk)
    printed = pdf_text(pdf)
    assert "H-001" in printed
    assert "priority" not in printed.lower()


def test_the_third_in_the_queue_is_told_their_place_and_wait(site_kiosk: KioskUnderTest) -> None:
    """Two before you: your place is 3 and the wait is in minutes (no desk has finished yet)."""
    kiosk = site_kiosk
    for _ in range(2):
        take_ticket(kiosk, "parking")
        kiosk.tap("ticketDoneButton")
        assert kiosk.window.current.current_page == "home"
    take_ticket(kiosk, "parking")
    assert (
        text_of(kiosk, "ticketNumber") == "P-021"
    )  # this kiosk issues every tenth number: 001, 011, 021
    assert text_of(kiosk, "ticketPosition") == "Your place in the queue: 3"
    assert text_of(kiosk, "ticketWait").startswith("Estimated wait: about ")
    assert [e["priority"] for e in kiosk.events_of("ticket.issued")] == [False] * 3
    assert len(printouts(kiosk)) == 3


def test_services_without_appointments_skip_the_appointment_question(
    site_kiosk: KioskUnderTest,
) -> None:
    """Parking does not ask about appointments; Back goes to the service list."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_parking")
    assert kiosk.window.current.current_page == "ticket/priority"
    kiosk.tap("backButton")
    assert kiosk.window.current.current_page == "ticket/service"
    kiosk.tap("backButton")
    assert kiosk.window.current.screen_name == "home"
    assert kiosk.events_of("ticket.issued") == []


def test_having_an_appointment_leads_to_check_in(site_kiosk: KioskUnderTest) -> None:
    """Yes to "Do you have an appointment today?" opens the check-in journey, nothing issued."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_council-tax-benefits")
    kiosk.tap("ticketAppointment_yes")
    assert kiosk.window.current.current_page == "checkin/how"
    assert kiosk.events_of("ticket.issued") == []


def test_storage_failure_says_so_and_issues_nothing(site_kiosk: KioskUnderTest) -> None:
    """A full journal: the resident is told to ask staff, and no number exists."""
    kiosk = site_kiosk
    fill_up(kiosk.journal)
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_libraries")
    kiosk.tap("ticketPriority_no")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("ticketErrorSummary").isVisible())
    assert kiosk.find("ticketError_ticketPriority").text() == (  # type: ignore[attr-defined]
        "Sorry, this kiosk cannot save right now. Please ask a member of staff."
    )
    assert kiosk.window.current.current_page == "ticket/priority"
    assert kiosk.events_of("ticket.issued") == []
    assert printouts(kiosk) == []


def test_a_broken_printer_tells_the_resident_to_note_their_number(
    site_kiosk: KioskUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The ticket still counts; the screen says plainly to write the number down."""
    kiosk = site_kiosk
    site = kiosk.services.site
    assert site is not None and site.print_desk is not None

    def jammed(*_args: object) -> object:
        raise OSError("paper jam")

    monkeypatch.setattr(site.print_desk, "print", jammed)
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_libraries")
    kiosk.tap("ticketPriority_no")
    kiosk.qtbot.waitUntil(lambda: "note your number" in text_of(kiosk, "ticketPrintStatus"))
    assert text_of(kiosk, "ticketPrintStatus") == (
        "The printer is not working. Please note your number: L-001"
    )
    assert len(kiosk.events_of("ticket.issued")) == 1


def test_idle_wipe_forgets_the_ticket(site_kiosk: KioskUnderTest) -> None:
    """After the visit ends the next resident starts from the service list with nothing shown."""
    kiosk = site_kiosk
    take_ticket(kiosk, "registrars")
    kiosk.window.end_visit()
    assert text_of(kiosk, "ticketNumber") == ""
    kiosk.tap("homeTile_ticket")
    assert kiosk.window.current.current_page == "ticket/service"
    assert "R-001" not in screen_text(kiosk)


@pytest.mark.parametrize("language", ["bn", "ur"])
def test_the_confirmation_in_bengali_and_urdu(site_kiosk: KioskUnderTest, language: str) -> None:
    """The confirmation lays out in the resident's language (Urdu right to left)."""
    kiosk = site_kiosk
    kiosk.tap("languageButton")
    kiosk.tap(f"language_{language}")
    take_ticket_in_any_language(kiosk)
    assert text_of(kiosk, "ticketNumber") == "W-001"
    assert kiosk.events_of("ticket.issued")[0]["language"] == language
    assert kiosk.window.isRightToLeft() == (language == "ur")
    save_screen(kiosk, f"ticket-confirmation-{language}")


def take_ticket_in_any_language(kiosk: KioskUnderTest) -> None:
    """Take a waste ticket without reading any words."""
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_waste-environment")
    kiosk.tap("ticketPriority_no")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "ticket/done")
    screen = kiosk.window.current
    assert isinstance(screen, TicketPages)
    kiosk.qtbot.waitUntil(lambda: screen.confirmation.print_state == "printed")


def test_without_the_site_queue_there_are_no_queue_tiles(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path
) -> None:
    """A kiosk with no site services offers only the journeys that can work: no dead tiles."""
    services, journal = main.compose_kiosk(demo_config, data_dir)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = build_kiosk(dataclasses.replace(services, queue_site=None), app)
    qtbot.addWidget(window)
    try:
        assert list(window.home.tiles) == ["forms", "documents", "track", "services", "feedback"]
        assert "ticket" not in window.screens
    finally:
        window.leave_kiosk_mode()
        app.removeEventFilter(window.idle)
        journal.close()
