"""Check in for an appointment on the real kiosk: reference, QR code, surname and birth date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from core.appointments import booking_code
from kiosk.checkin_pages import CheckInPages
from tests.full_journal import fill_up
from tests.kiosk.conftest import KioskUnderTest, save_screen
from tests.kiosk.test_ticket_journey import pdf_text, printouts, screen_text, text_of
from tests.site_terminal import Wall

pytestmark = pytest.mark.qt
SITE = "idea-store-whitechapel"


def checkin_screen(kiosk: KioskUnderTest) -> CheckInPages:
    """The check-in screen (it must be the one showing)."""
    screen = kiosk.window.current
    assert isinstance(screen, CheckInPages)
    return screen


def type_into(kiosk: KioskUnderTest, name: str, text: str) -> None:
    """Type into a text box by objectName, as the on-screen keyboard would."""
    box = kiosk.find(name)
    assert isinstance(box, QLineEdit)
    box.setFocus()
    box.setText(text)


def problems(kiosk: KioskUnderTest) -> list[str]:
    """The messages in the check-in error summary, as the resident reads them."""
    screen = checkin_screen(kiosk)
    return screen.summary.messages if screen.summary.isVisible() else []


def wait_for_page_or_problem(kiosk: KioskUnderTest, page: str) -> None:
    """Wait until the look-up finished: either the page is showing or a problem is."""
    kiosk.qtbot.waitUntil(
        lambda: kiosk.window.current.current_page == page or bool(problems(kiosk))
    )


def enter_reference(kiosk: KioskUnderTest, typed: str) -> None:
    """From home, type a booking reference and continue."""
    kiosk.tap("homeTile_checkin")
    kiosk.tap("checkinBy_reference")
    type_into(kiosk, "checkinReference", typed)
    kiosk.tap("checkin_referenceContinue")
    wait_for_page_or_problem(kiosk, "checkin/found")


def check_in(kiosk: KioskUnderTest) -> None:
    """Press Check in on the appointment found, and wait for the outcome."""
    kiosk.tap("checkinConfirm")
    wait_for_page_or_problem(kiosk, "checkin/done")


def test_checking_in_by_reference_queues_and_prints_a_slip(site_kiosk: KioskUnderTest) -> None:
    """A reference typed loosely finds the appointment; Check in records it and prints."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_checkin")
    assert kiosk.window.current.current_page == "checkin/how"
    save_screen(kiosk, "checkin-how-en")
    kiosk.tap("checkinBy_reference")
    type_into(kiosk, "checkinReference", " th 9qx4r ")
    kiosk.tap("checkin_referenceContinue")
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert problems(kiosk) == []
    assert text_of(kiosk, "checkinFoundService") == "Council Tax and Benefits"
    assert text_of(kiosk, "checkinFoundTime") == "Today at 10:00"
    assert kiosk.events_of("appointment.checked_in") == []  # nothing until Check in
    check_in(kiosk)
    kiosk.qtbot.waitUntil(lambda: checkin_screen(kiosk).confirmation.print_state == "printed")
    save_screen(kiosk, "checkin-confirmation-en")

    [event] = kiosk.events_of("appointment.checked_in")
    assert event["appointment"] == "TH-9QX4R"
    assert event["number"] == "B-001"
    assert event["service"] == "council-tax-benefits"
    assert text_of(kiosk, "checkinNumber") == "B-001"
    assert text_of(kiosk, "checkinPosition") == "You are next in the queue."
    [pdf] = printouts(kiosk)
    assert "B-001" in pdf_text(pdf)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter your booking reference"),
        ("hello", "A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2."),
        ("TH-22222", "We cannot find an appointment today with that reference."),
        ("x" * 10_000, "A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2."),
    ],
)
def test_a_wrong_reference_is_explained_and_nothing_recorded(
    site_kiosk: KioskUnderTest, typed: str, message: str
) -> None:
    """Each mistake gets its own plain message in the error summary, on the same page."""
    enter_reference(site_kiosk, typed)
    assert problems(site_kiosk) == [message]
    assert site_kiosk.window.current.current_page == "checkin/reference"
    assert site_kiosk.find("checkinError_checkinReference").isVisible()
    assert site_kiosk.events_of("appointment.checked_in") == []


@pytest.mark.parametrize("language", ["en", "bn", "ur"])
def test_the_reference_page_with_an_error_renders(
    site_kiosk: KioskUnderTest, language: str
) -> None:
    """The reference page with its error summary, in English, Bengali and Urdu."""
    kiosk = site_kiosk
    if language != "en":
        kiosk.tap("languageButton")
        kiosk.tap(f"language_{language}")
    enter_reference(kiosk, "TH-22222")
    assert len(problems(kiosk)) == 1
    assert kiosk.window.isRightToLeft() == (language == "ur")
    save_screen(kiosk, f"checkin-reference-error-{language}")


def test_too_early_says_when_check_in_opens_then_works(
    site_kiosk: KioskUnderTest, wall: Wall
) -> None:
    """At 10:00 a 10:40 appointment is too early; at 10:10 it checks in (as a priority visit)."""
    kiosk = site_kiosk
    enter_reference(kiosk, "TH-5WD2K")
    check_in(kiosk)
    assert problems(kiosk) == ["You are early. You can check in from 10:10."]
    assert kiosk.events_of("appointment.checked_in") == []
    wall.advance(minutes=10)
    check_in(kiosk)
    assert kiosk.window.current.current_page == "checkin/done"
    [event] = kiosk.events_of("appointment.checked_in")
    assert event["priority"] is True
    assert "priority" not in (screen_text(kiosk) + kiosk.window.current.spoken_text()).lower()


def test_too_late_offers_a_ticket_instead(site_kiosk: KioskUnderTest) -> None:
    """A 09:30 appointment at 10:00 has passed; the resident can take a ticket instead."""
    kiosk = site_kiosk
    enter_reference(kiosk, "TH-4K7Q2")
    check_in(kiosk)
    assert problems(kiosk) == [
        "Your appointment time has passed. Please take a ticket or ask a member of staff."
    ]
    kiosk.tap("checkinTakeTicket")
    assert kiosk.window.current.current_page == "ticket/service"
    assert kiosk.events_of("appointment.checked_in") == []


def test_checking_in_twice_gives_the_number_already_issued(site_kiosk: KioskUnderTest) -> None:
    """The second check-in says it is already done, with the number, and records nothing."""
    kiosk = site_kiosk
    enter_reference(kiosk, "TH-9QX4R")
    check_in(kiosk)
    kiosk.tap("checkinDoneButton")
    enter_reference(kiosk, "TH-9QX4R")
    check_in(kiosk)
    assert problems(kiosk) == ["You have already checked in. Your number is B-001."]
    assert len(kiosk.events_of("appointment.checked_in")) == 1


def test_checking_in_by_surname_and_date_of_birth(site_kiosk: KioskUnderTest) -> None:
    """Surname on one page, date of birth on the next, then the appointment."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_checkin")
    kiosk.tap("checkinBy_surname")
    kiosk.tap("checkin_surnameContinue")
    assert problems(kiosk) == ["Enter your surname"]
    type_into(kiosk, "checkinSurname", "suksawat")
    kiosk.tap("checkin_surnameContinue")
    assert kiosk.window.current.current_page == "checkin/birth"
    type_into(kiosk, "checkinBirthDay", "25")
    type_into(kiosk, "checkinBirthMonth", "1")
    type_into(kiosk, "checkinBirthYear", "1979")
    save_screen(kiosk, "checkin-birth-en")
    kiosk.tap("checkin_birthContinue")
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert text_of(kiosk, "checkinFoundService") == "Council Tax and Benefits"
    assert "Suksawat" not in screen_text(kiosk) and "suksawat" not in screen_text(kiosk)


@pytest.mark.parametrize(
    ("surname", "day", "month", "year", "message"),
    [
        ("Suksawat", "31", "2", "1990", "Enter a real date of birth, for example 27 3 1985."),
        ("Suksawat", "ab", "cd", "efgh", "Enter a real date of birth, for example 27 3 1985."),
        ("Suksawat", "", "", "", "Enter a real date of birth, for example 27 3 1985."),
        ("Suksawat", "1", "1", "1850", "Enter a real date of birth, for example 27 3 1985."),
        (
            "Smith",
            "25",
            "1",
            "1979",
            "We cannot find an appointment today for that surname and date of birth.",
        ),
    ],
)
def test_a_wrong_date_of_birth_or_surname_is_explained(
    site_kiosk: KioskUnderTest, surname: str, day: str, month: str, year: str, message: str
) -> None:
    """Impossible dates, letters, blanks and no match each get a plain message."""
    kiosk = site_kiosk
    kiosk.tap("homeTile_checkin")
    kiosk.tap("checkinBy_surname")
    type_into(kiosk, "checkinSurname", surname)
    kiosk.tap("checkin_surnameContinue")
    for part, value in (("Day", day), ("Month", month), ("Year", year)):
        type_into(kiosk, f"checkinBirth{part}", value)
    kiosk.tap("checkin_birthContinue")
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert problems(kiosk) == [message]
    assert kiosk.window.current.current_page == "checkin/birth"


# -- scanning -----------------------------------------------------------------------------


def scan(target: QWidget, text: str, gap_ms: int = 5) -> None:
    """A keyboard-wedge scanner typing ``text`` then Enter, keys ``gap_ms`` apart."""
    at = 50_000
    for char in text:
        at += gap_ms
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = ord(char.upper()) if char.isascii() else Qt.Key.Key_unknown
            mods = (
                Qt.KeyboardModifier.ShiftModifier
                if char.isupper()
                else Qt.KeyboardModifier.NoModifier
            )
            event = QKeyEvent(kind, key, mods, char)
            event.setTimestamp(at)
            QApplication.sendEvent(target, event)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        enter = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        enter.setTimestamp(at + gap_ms)
        QApplication.sendEvent(target, enter)


def open_scan_page(kiosk: KioskUnderTest) -> CheckInPages:
    """From home, choose to scan the letter's QR code."""
    kiosk.tap("homeTile_checkin")
    kiosk.tap("checkinBy_scan")
    screen = checkin_screen(kiosk)
    assert screen.current_page == "checkin/scan"
    assert screen.wedge.enabled
    return screen


def test_scanning_the_letter_finds_the_appointment(site_kiosk: KioskUnderTest) -> None:
    """The scanner's code opens the appointment; the scanner is off on every other page."""
    kiosk = site_kiosk
    screen = open_scan_page(kiosk)
    scan(screen, booking_code(SITE, "TH-9QX4R"))
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert text_of(kiosk, "checkinFoundService") == "Council Tax and Benefits"
    assert not screen.wedge.enabled
    kiosk.tap("homeButton")
    assert not screen.wedge.enabled


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (
            booking_code("idea-store-canary-wharf", "TH-9QX4R"),
            "That booking is for a different council building.",
        ),
        ("https://example.com/win-a-prize", "That code is not one of our booking codes."),
        (
            booking_code(SITE, "TH-22222"),
            "We cannot find an appointment today with that reference.",
        ),
        ("A" * 10_000, "That code is too long to be one of ours."),
    ],
)
def test_a_code_that_is_not_ours_is_explained(
    site_kiosk: KioskUnderTest, code: str, message: str
) -> None:
    """Other sites' codes, strangers' codes, and a 10 kB burst each get a plain message."""
    kiosk = site_kiosk
    screen = open_scan_page(kiosk)
    scan(screen, code)
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert problems(kiosk) == [message]
    assert screen.current_page == "checkin/scan"
    assert kiosk.events_of("appointment.checked_in") == []


def test_a_huge_code_from_the_camera_is_refused_plainly(site_kiosk: KioskUnderTest) -> None:
    """A 10 kB text handed straight to the look-up (as a camera might) is not one of ours."""
    kiosk = site_kiosk
    screen = open_scan_page(kiosk)
    screen.wedge.scanned.emit("CK1:APPT:" + "9" * 10_000)
    wait_for_page_or_problem(kiosk, "checkin/found")
    assert problems(kiosk) == ["That code is not one of our booking codes."]


# -- failures and wiping ------------------------------------------------------------------


def test_storage_failure_checks_nobody_in(
    site_kiosk: KioskUnderTest,
) -> None:
    """If the kiosk cannot save, the resident is told to ask staff and no number exists."""
    kiosk = site_kiosk
    enter_reference(kiosk, "TH-9QX4R")

    fill_up(kiosk.journal)
    check_in(kiosk)
    assert problems(kiosk) == [
        "Sorry, this kiosk cannot save right now. Please ask a member of staff."
    ]
    assert kiosk.events_of("appointment.checked_in") == []


def test_wipe_forgets_everything_typed_and_found(site_kiosk: KioskUnderTest) -> None:
    """After the visit ends no reference, surname, date or appointment is left anywhere."""
    kiosk = site_kiosk
    enter_reference(kiosk, "TH-9QX4R")
    kiosk.tap("backButton")
    kiosk.tap("backButton")
    kiosk.tap("checkinBy_surname")
    type_into(kiosk, "checkinSurname", "Suksawat")
    kiosk.tap("checkin_surnameContinue")
    type_into(kiosk, "checkinBirthYear", "1979")
    kiosk.window.end_visit()
    screen = kiosk.window.screens["checkin"]
    assert isinstance(screen, CheckInPages)
    assert screen.appointment is None
    for box in screen.findChildren(QLineEdit):
        assert box.text() == "", box.objectName()
    assert text_of(kiosk, "checkinFoundService") == ""
    kiosk.tap("homeTile_checkin")
    assert kiosk.window.current.current_page == "checkin/how"
