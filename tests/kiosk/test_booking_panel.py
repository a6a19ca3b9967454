"""The "Book an appointment" staff tool: over the real kiosk window, on its real journal.

The panel is driven as staff would drive it: tap a service, tap a free time, type the
resident's surname and date of birth, tap Book. The kiosk's clock is 10:00 on the demo day.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from core.appointments import normalise_reference, person_key
from core.site_bookings import AppointmentBooking, WithSiteBookings
from kiosk.booking_panel import BookingPanel
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import demo_private_key
from tests.kiosk.conftest import KioskUnderTest, save_screen
from tests.site_terminal import Wall
from ui.background import operations_running

pytestmark = pytest.mark.qt

STAFF = "s-amina-khatun"
SURNAME = "Oyelaran-Whitfield"


def booking_of(kiosk: KioskUnderTest) -> AppointmentBooking:
    """The kiosk's booking service: as main.py wires it, or wired the same way here."""
    site = kiosk.services.site
    assert site is not None
    if site.booking is not None:
        return site.booking
    diary = WithSiteBookings(site.appointments, site.feed)
    sealer = CouncilSealer(kiosk.services.config.council_public_key)
    return AppointmentBooking(kiosk.journal, diary, sealer, site.catalogue, site.closing_time)


@pytest.fixture
def panel(site_kiosk: KioskUnderTest) -> Iterator[BookingPanel]:
    """The panel over the kiosk window, opened for a floorwalker."""
    made = BookingPanel(site_kiosk.window, booking_of(site_kiosk), site_kiosk.services.catalogue)
    made.open_for(STAFF)
    yield made
    site_kiosk.qtbot.waitUntil(lambda: operations_running() == 0)


def find(panel: BookingPanel, name: str) -> QWidget:
    found = [w for w in panel.findChildren(QWidget, name) if w.objectName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name}"
    return found[0]


def tap(kiosk: KioskUnderTest, panel: BookingPanel, name: str) -> None:
    widget = find(panel, name)
    assert isinstance(widget, QAbstractButton), name
    assert widget.isVisible() and widget.isEnabled(), f"{name} cannot be tapped"
    kiosk.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(kiosk: KioskUnderTest, panel: BookingPanel, name: str, text: str) -> None:
    box = find(panel, name)
    assert isinstance(box, QLineEdit)
    box.setFocus()
    kiosk.qtbot.keyClicks(box, text)


def text_of(panel: BookingPanel, name: str) -> str:
    widget = find(panel, name)
    assert isinstance(widget, QLabel | QLineEdit | QAbstractButton)
    return widget.text()


def times_shown(panel: BookingPanel) -> list[str]:
    box = find(panel, "bookingSlots")
    return [b.text() for b in box.findChildren(QAbstractButton) if b.isVisible()]


def choose_service(kiosk: KioskUnderTest, panel: BookingPanel, service: str) -> list[str]:
    """Tap a service and wait for its free times; returns them as shown."""
    tap(kiosk, panel, f"bookingService_{service}")
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0 and bool(times_shown(panel)))
    return times_shown(panel)


def fill_resident(
    kiosk: KioskUnderTest, panel: BookingPanel, surname: str, day: str, month: str, year: str
) -> None:
    type_into(kiosk, panel, "bookingSurname", surname)
    type_into(kiosk, panel, "bookingBirthDay", day)
    type_into(kiosk, panel, "bookingBirthMonth", month)
    type_into(kiosk, panel, "bookingBirthYear", year)


def test_staff_book_a_free_time_later_today_and_the_resident_sees_the_reference(
    site_kiosk: KioskUnderTest, panel: BookingPanel
) -> None:
    kiosk = site_kiosk
    assert panel.geometry() == kiosk.window.rect()  # it covers the resident's page
    assert "later today" in text_of(panel, "bookingHeading")
    assert "only book a time later today" in text_of(panel, "bookingIntro")

    offered = choose_service(kiosk, panel, "housing")
    # 10:30 and 11:00 overlap the demo list's 10:40 housing appointment; 12:30 is free.
    assert "10:30" not in offered and "11:00" not in offered
    assert offered[0] == "12:30" and offered[-1] == "18:30"  # the last ends at closing (19:00)
    tap(kiosk, panel, "bookingSlot_1230")
    fill_resident(kiosk, panel, SURNAME, "25", "1", "1979")
    save_screen(kiosk, "booking-panel-en")

    with kiosk.qtbot.waitSignal(panel.booked, timeout=10_000) as booked:
        tap(kiosk, panel, "bookingBook")
    reference = booked.args[0]
    assert normalise_reference(reference) == reference and reference.startswith("TH-")
    kiosk.qtbot.waitUntil(lambda: find(panel, "bookingDoneReference").isVisible())
    assert text_of(panel, "bookingDoneReference") == reference
    assert text_of(panel, "bookingDoneTime") == "12:30"
    assert "Housing" in text_of(panel, "bookingDoneService")
    assert text_of(panel, "bookingDoneHint") == (
        "Check in at any kiosk with this reference, or your surname and date of birth."
    )
    save_screen(kiosk, "booking-panel-done-en")

    (event,) = kiosk.events_of("appointment.booked")
    assert event["reference"] == reference and event["booked_by"] == STAFF
    salt = booking_of(kiosk).diary.salt
    assert event["person"] == person_key(SURNAME, date(1979, 1, 25), salt)
    assert SURNAME not in json.dumps(event) and "1979" not in json.dumps(event)
    contact = event["contact"]
    assert isinstance(contact, dict)
    opened = json.loads(CouncilOpener(demo_private_key()).open(contact))
    assert opened == {"surname": SURNAME, "date_of_birth": "1979-01-25"}
    # The resident's details are gone from the panel once booked, and 12:30 is taken.
    assert text_of(panel, "bookingSurname") == "" and text_of(panel, "bookingBirthYear") == ""
    tap(kiosk, panel, "bookingAnother")
    assert "12:30" not in choose_service(kiosk, panel, "housing")


def test_problems_are_named_and_nothing_typed_is_lost(
    site_kiosk: KioskUnderTest, panel: BookingPanel
) -> None:
    kiosk = site_kiosk
    tap(kiosk, panel, "bookingBook")
    assert find(panel, "bookingProblems").isVisible()
    shown = text_of(panel, "bookingProblemsList")
    assert "Choose a service." in shown
    assert "Enter the resident's surname" in shown
    assert "Enter a real date of birth" in shown

    choose_service(kiosk, panel, "council-tax-benefits")
    tap(kiosk, panel, "bookingBook")
    assert "Choose a time." in text_of(panel, "bookingProblemsList")
    first = next(iter(panel.slot_buttons.values()))
    kiosk.qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    fill_resident(kiosk, panel, SURNAME, "31", "2", "1990")
    tap(kiosk, panel, "bookingBook")
    assert text_of(panel, "bookingProblemsList") == (
        "Enter a real date of birth, for example 27 3 1985."
    )
    assert find(panel, "bookingBirth").property("invalid") is True
    assert find(panel, "bookingSurname").property("invalid") is False
    save_screen(kiosk, "booking-panel-error-en")
    # Everything typed and chosen is still there to correct.
    assert text_of(panel, "bookingSurname") == SURNAME
    assert text_of(panel, "bookingBirthDay") == "31"
    assert first.isChecked()
    assert kiosk.events_of("appointment.booked") == []


def test_a_time_someone_else_booked_meanwhile_is_refused_and_the_times_refresh(
    site_kiosk: KioskUnderTest, panel: BookingPanel
) -> None:
    kiosk = site_kiosk
    booking = booking_of(kiosk)
    choose_service(kiosk, panel, "housing")
    tap(kiosk, panel, "bookingSlot_1300")
    fill_resident(kiosk, panel, SURNAME, "25", "1", "1979")
    # A colleague at another terminal books 13:00 while this form is being filled in.
    slot = booking.calendar.at(booking.today(), "13:00")
    booking.book("housing", slot, "Begum", date(1990, 3, 1), "s-tom-okoro")

    tap(kiosk, panel, "bookingBook")
    kiosk.qtbot.waitUntil(lambda: find(panel, "bookingProblems").isVisible())
    assert "Someone has just booked that time" in text_of(panel, "bookingProblemsList")
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert "13:00" not in times_shown(panel) and "12:30" in times_shown(panel)
    assert text_of(panel, "bookingSurname") == SURNAME
    assert len(kiosk.events_of("appointment.booked")) == 1


def test_a_time_that_passes_while_the_panel_is_open_is_refused(
    site_kiosk: KioskUnderTest, panel: BookingPanel, wall: Wall
) -> None:
    kiosk = site_kiosk
    choose_service(kiosk, panel, "parking")
    tap(kiosk, panel, "bookingSlot_1030")
    fill_resident(kiosk, panel, SURNAME, "25", "1", "1979")
    wall.advance(minutes=25)  # 10:25: 10:30 is too soon now
    tap(kiosk, panel, "bookingBook")
    kiosk.qtbot.waitUntil(lambda: find(panel, "bookingProblems").isVisible())
    assert "That time has passed" in text_of(panel, "bookingProblemsList")
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    shown = times_shown(panel)
    assert shown and "10:30" not in shown
    assert kiosk.events_of("appointment.booked") == []


def test_closing_wipes_everything_typed_and_chosen(
    site_kiosk: KioskUnderTest, panel: BookingPanel
) -> None:
    kiosk = site_kiosk
    choose_service(kiosk, panel, "housing")
    tap(kiosk, panel, "bookingSlot_1230")
    fill_resident(kiosk, panel, SURNAME, "25", "1", "1979")
    tap(kiosk, panel, "bookingBook")  # then close before looking at the answer
    with kiosk.qtbot.waitSignal(panel.closed):
        panel.close_panel()  # the member of staff handed back, or took their card out
    assert panel.isHidden()
    panel.open_for(STAFF)
    assert [b.objectName() for b in panel.findChildren(QAbstractButton) if b.isChecked()] == []
    for name in ("bookingSurname", "bookingBirthDay", "bookingBirthMonth", "bookingBirthYear"):
        assert text_of(panel, name) == "", name
    assert times_shown(panel) == []
    assert not find(panel, "bookingProblems").isVisible()
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    assert find(panel, "bookingForm").isVisible()  # the late answer did not show over it
    assert text_of(panel, "bookingDoneReference") == ""
    with kiosk.qtbot.waitSignal(panel.closed):
        tap(kiosk, panel, "bookingClose")
    assert panel.isHidden()
