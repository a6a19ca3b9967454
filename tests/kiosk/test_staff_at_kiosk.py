"""A floorwalker at the kiosk: card and PIN over the resident's page, the tools, hand back.

Real all the way down: the kiosk window as main.py composes it, its staff door on the real
PC/SC driver, a real pcscd, and a virtual staff card in vpcd's reader that checks its PIN
and signs challenges with a P-256 key whose public half is in the site's roster file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.appointments import booking_code
from core.config import TerminalConfig
from core.form_flow import StepKind
from core.form_walk import walk
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.devices.pcsc_support import CardSlot, card_slot, pcscd
from tests.devices.virtual_staff_card import VirtualStaffCard, new_card_key
from tests.kiosk.conftest import KioskUnderTest, make_kiosk, save_screen
from tests.kiosk.form_driver import FormDriver
from tests.kiosk.test_form_screenshots import TODAY
from tests.kiosk.test_ticket_journey import pdf_text, printouts, take_ticket
from tests.site_terminal import Wall
from tests.staff_card_support import demo_roster_with_cards

__all__ = ["card_slot", "pcscd"]  # fixtures, imported for pytest

pytestmark = pytest.mark.qt

AMINA, TOM = "s-amina-khatun", "s-tom-okoro"
PIN = "48153"
WAIT_MS = 10_000  # a ceiling for the card's round trips; speed is in benchmarks/


@pytest.fixture
def amina_card() -> VirtualStaffCard:
    """Amina is a floorwalker."""
    return VirtualStaffCard(new_card_key(), AMINA, PIN, bytes.fromhex("04A1B2C3D4E5F6"))


@pytest.fixture
def tom_card() -> VirtualStaffCard:
    """Tom is on reception: he may assist, but not close the kiosk."""
    return VirtualStaffCard(new_card_key(), TOM, "2580", bytes.fromhex("04C0FFEE000001"))


@pytest.fixture
def staff_kiosk(
    qtbot: QtBot,
    demo_config: TerminalConfig,
    data_dir: Path,
    tmp_path: Path,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    tom_card: VirtualStaffCard,
    wall: Wall,
) -> Iterator[KioskUnderTest]:
    """The demo kiosk at 10:00 on the demo day, with vpcd's first reader for staff cards."""
    keys = {AMINA: amina_card.private_key, TOM: tom_card.private_key}
    roster = demo_roster_with_cards(tmp_path / "staff.json", keys)
    config = dataclasses.replace(demo_config, card_reader="PCD 00 00", staff_path=roster)
    yield from make_kiosk(qtbot, config, data_dir, wall=wall)


def type_pin(kiosk: KioskUnderTest, pin: str) -> None:
    for digit in pin:
        kiosk.tap(f"pinKey_{digit}")
    kiosk.tap("pinKey_enter")


def sign_in(kiosk: KioskUnderTest, slot: CardSlot, card: VirtualStaffCard, pin: str) -> object:
    """Put the card in, wait for the PIN pad, type the PIN, wait for the staff tools."""
    inserted = slot.insert(card)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("pinKey_enter").isVisible(), timeout=WAIT_MS)
    type_pin(kiosk, pin)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("assistedBar").isVisible(), timeout=WAIT_MS)
    # The tools open once the session is recorded (a journal write on a worker thread).
    kiosk.qtbot.waitUntil(lambda: kiosk.find("staffTools").isEnabled(), timeout=WAIT_MS)
    return inserted


def two_lots_of_six(form: FormDriver) -> None:
    """Bulky waste: two kinds of item, six of each (12 in all), up to "where will they be"."""
    definition = form.screen.services.catalogue.form("book-bulky-waste")
    path = walk(definition, TODAY, add_entries=1)
    form.kiosk.tap("homeTile_forms")
    form.kiosk.tap("formTile_book-bulky-waste")
    journey = form.journey
    added = False
    while journey.session.step.key != "where_left":
        step = journey.session.step
        if step.kind is StepKind.ENTRIES:
            journey.session.choose_add_another("no" if added else "yes")
            added = True
        elif step.kind is StepKind.QUESTION and journey.answer is not None:
            raw = "6" if step.key.endswith("how_many") else path.choices.get(step.key)
            journey.answer.set_raw(raw)
            journey.answer.edited.emit()
        journey.go_on()
        assert not form.problems(), (step.key, form.problems())


def banner(kiosk: KioskUnderTest) -> str:
    widget = kiosk.find("assistedBanner")
    assert isinstance(widget, QLabel)
    return widget.text()


def test_an_assisted_visit_flags_what_the_resident_does_and_ends_cleanly(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    kiosk = staff_kiosk
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_housing")
    page = kiosk.window.current.current_page

    sign_in(kiosk, card_slot, amina_card, PIN)

    assert banner(kiosk) == "Assisted by Amina Khatun"
    assert kiosk.window.current.current_page == page  # the resident's page is kept
    assert kiosk.find("markAssisted").isChecked()  # type: ignore[attr-defined]
    save_screen(kiosk, "assisted-banner-en")
    kiosk.tap("staffTools")
    kiosk.tap("raisePriority")
    kiosk.tap("addNote")
    note = kiosk.find("staffNote")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("Needs an interpreter (Sylheti) at the desk.")
    save_screen(kiosk, "assisted-tools-en")
    kiosk.tap("saveNote")
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.events_of("staff.note_added")))
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.events_of("visit.priority_raised")))
    kiosk.tap("handBack")
    assert not kiosk.find("assistedBar").isVisible()
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.events_of("assist.ended")))

    # The resident finishes alone; what they do still counts as assisted, and queues first.
    if kiosk.window.current.current_page == "ticket/appointment":
        kiosk.tap("ticketAppointment_no")
    kiosk.tap("ticketPriority_no")  # the resident says no; the floorwalker's priority stands
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "ticket/done")
    [ticket] = kiosk.events_of("ticket.issued")
    assert ticket["assisted"] is True and ticket["assisted_by"] == AMINA
    assert ticket["priority"] is True
    [started] = kiosk.events_of("assist.started")
    assert started == {"staff_id": AMINA, "screen": page}
    [sealed] = kiosk.events_of("staff.note_added")
    opened = CouncilOpener(demo_private_key()).open(sealed["note"])  # type: ignore[arg-type]
    assert opened.decode() == "Needs an interpreter (Sylheti) at the desk."
    [signed_out] = kiosk.events_of("staff.signed_out")
    assert signed_out["reason"] == "handed_back"

    # The next resident: no staff tools, nothing flagged.
    kiosk.window.end_visit()
    assert not kiosk.find("assistedBar").isVisible()
    take_ticket(kiosk)
    latest = kiosk.events_of("ticket.issued")[-1]
    assert "assisted" not in latest and latest["priority"] is False


def test_a_wrong_pin_shows_the_tries_left_and_taking_the_card_out_closes_the_panel(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    kiosk = staff_kiosk
    inserted = card_slot.insert(amina_card)
    kiosk.qtbot.waitUntil(lambda: kiosk.find("pinKey_enter").isVisible(), timeout=WAIT_MS)
    type_pin(kiosk, "0000")
    message = kiosk.find("staffSignInMessage")
    assert isinstance(message, QLabel)
    kiosk.qtbot.waitUntil(lambda: "2 tries left" in message.text(), timeout=WAIT_MS)
    assert not kiosk.find("assistedBar").isVisible()
    save_screen(kiosk, "staff-sign-in-wrong-pin-en")

    card_slot.remove(inserted)
    kiosk.qtbot.waitUntil(lambda: not kiosk.find("staffSignIn").isVisible(), timeout=WAIT_MS)
    [refused] = kiosk.events_of("staff.sign_in_refused")
    assert refused["outcome"] == "wrong_pin" and refused["tries_left"] == 2


def test_taking_the_card_out_ends_the_session_at_once(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    kiosk = staff_kiosk
    inserted = sign_in(kiosk, card_slot, amina_card, PIN)
    card_slot.remove(inserted)  # type: ignore[arg-type]
    kiosk.qtbot.waitUntil(lambda: not kiosk.find("assistedBar").isVisible(), timeout=WAIT_MS)
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.events_of("assist.ended")))
    [ended] = kiosk.events_of("assist.ended")
    assert ended == {"staff_id": AMINA, "reason": "card_removed"}


def test_only_staff_who_may_can_leave_kiosk_mode(
    staff_kiosk: KioskUnderTest,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    tom_card: VirtualStaffCard,
) -> None:
    kiosk = staff_kiosk
    inserted = sign_in(kiosk, card_slot, tom_card, "2580")
    assert banner(kiosk) == "Assisted by Tom Okoro"
    kiosk.tap("staffTools")
    assert kiosk.find("raisePriority").isVisible()
    assert not kiosk.find("leaveKioskMode").isVisible()
    card_slot.remove(inserted)  # type: ignore[arg-type]
    kiosk.qtbot.waitUntil(lambda: not kiosk.find("assistedBar").isVisible(), timeout=WAIT_MS)

    sign_in(kiosk, card_slot, amina_card, PIN)
    kiosk.tap("staffTools")
    kiosk.tap("leaveKioskMode")
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=WAIT_MS)
    assert kiosk.events_of("kiosk.exited") == [{"reason": "staff_card", "staff_id": AMINA}]


def test_the_staff_button_asks_for_a_card_first(staff_kiosk: KioskUnderTest) -> None:
    kiosk = staff_kiosk
    kiosk.tap("staffButton")
    prompt = kiosk.find("staffSignInPrompt")
    assert isinstance(prompt, QLabel)
    assert prompt.text().startswith("Put your staff card in the reader")
    assert not kiosk.find("pinKey_enter").isVisible()
    kiosk.tap("staffSignInCancel")
    assert not kiosk.find("staffSignIn").isVisible()


def test_a_floorwalker_overrides_a_soft_check_with_a_reason(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    """Bulky waste takes 10 items; a floorwalker may let 11 through, saying why."""
    kiosk = staff_kiosk
    form = FormDriver(kiosk)
    kiosk.window.screen_named("forms")
    two_lots_of_six(form)
    journey = form.journey
    assert journey.answer is not None
    journey.answer.set_raw("By the front gate")
    journey.answer.edited.emit()
    kiosk.tap("formContinue")
    assert form.problems() and "up to 10 items" in form.problems()[0]

    sign_in(kiosk, card_slot, amina_card, PIN)
    kiosk.tap("staffTools")
    kiosk.tap("overrideCheck")
    heading = kiosk.find("staffNoteHeading")
    assert isinstance(heading, QLabel) and "up to 10 items" in heading.text()
    note = kiosk.find("staffNote")
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("Estate clearance agreed with the Waste team")
    save_screen(kiosk, "assisted-override-en")
    kiosk.tap("saveNote")

    assert form.page == "forms/book-bulky-waste/collection_date"
    kiosk.qtbot.waitUntil(lambda: bool(kiosk.events_of("form.check_overridden")))
    [overridden] = kiosk.events_of("form.check_overridden")
    assert (overridden["form"], overridden["question"]) == ("book-bulky-waste", "where_left")
    reason = CouncilOpener(demo_private_key()).open(overridden["reason"])  # type: ignore[arg-type]
    assert reason.decode() == "Estate clearance agreed with the Waste team"
    assert journey.session.overrides["where_left"].staff_id == AMINA


def test_override_says_so_when_the_page_has_no_soft_check(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    kiosk = staff_kiosk
    sign_in(kiosk, card_slot, amina_card, PIN)
    kiosk.tap("staffTools")
    kiosk.tap("overrideCheck")
    heading = kiosk.find("staffNoteHeading")
    assert isinstance(heading, QLabel)
    assert heading.text() == "There is no check on this page that staff can override."
    assert not kiosk.events_of("form.check_overridden")


def test_a_floorwalker_books_an_appointment_later_today_for_the_resident(
    staff_kiosk: KioskUnderTest, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    kiosk = staff_kiosk
    sign_in(kiosk, card_slot, amina_card, PIN)
    kiosk.tap("staffTools")
    kiosk.tap("bookAppointment")
    panel = kiosk.window.staff.booking
    assert panel is not None and panel.isVisible()
    kiosk.tap("bookingService_housing")
    kiosk.qtbot.waitUntil(lambda: kiosk.find("bookingSlot_1230").isVisible(), timeout=WAIT_MS)
    kiosk.tap("bookingSlot_1230")
    for name, text in (
        ("bookingSurname", "Oyelaran-Whitfield"),
        ("bookingBirthDay", "25"),
        ("bookingBirthMonth", "1"),
        ("bookingBirthYear", "1979"),
    ):
        box = kiosk.find(name)
        assert isinstance(box, QLineEdit)
        box.setFocus()
        kiosk.qtbot.keyClicks(box, text)
    with kiosk.qtbot.waitSignal(panel.booked, timeout=WAIT_MS) as booked:
        kiosk.tap("bookingBook")

    [made] = kiosk.events_of("appointment.booked")
    reference = booked.args[0]
    assert made["reference"] == reference and made["booked_by"] == AMINA
    assert "Oyelaran" not in str(made)
    site = kiosk.services.site
    assert site is not None and site.appointments.by_reference(reference) is not None

    # The slip prints, with the booking letter's code: scanning it later checks them in.
    status = kiosk.find("bookingPrintStatus")
    assert isinstance(status, QLabel)
    kiosk.qtbot.waitUntil(lambda: "from the printer" in status.text(), timeout=WAIT_MS)
    [slip] = [p for p in printouts(kiosk) if reference in pdf_text(p)]
    assert "Your appointment is booked" in pdf_text(slip)
    assert site.check_in.by_code(booking_code(kiosk.services.config.site, reference)).reference == (
        reference
    )
    kiosk.tap("handBack")
    assert not panel.isVisible()


@pytest.mark.parametrize("language", ["ur", "bn"])
def test_the_assisted_bar_in_a_right_to_left_and_a_bengali_kiosk(
    staff_kiosk: KioskUnderTest,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    language: str,
) -> None:
    """The bar follows the resident's language: mirrored for Urdu, with the name kept."""
    kiosk = staff_kiosk
    kiosk.window.set_language(language)
    sign_in(kiosk, card_slot, amina_card, PIN)
    kiosk.tap("staffTools")
    assert "Amina Khatun" in banner(kiosk)
    assert banner(kiosk) != "Assisted by Amina Khatun"  # translated
    bar, hand_back = kiosk.find("assistedBanner"), kiosk.find("handBack")
    banner_x = bar.mapTo(kiosk.window, bar.rect().center()).x()
    hand_back_x = hand_back.mapTo(kiosk.window, hand_back.rect().center()).x()
    assert (banner_x > hand_back_x) == (language == "ur")  # the banner leads the reading
    save_screen(kiosk, f"assisted-tools-{language}")
