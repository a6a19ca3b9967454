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
from PySide6.QtWidgets import QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.devices.pcsc_support import CardSlot, card_slot, pcscd
from tests.devices.virtual_staff_card import VirtualStaffCard, new_card_key
from tests.kiosk.conftest import KioskUnderTest, make_kiosk, save_screen
from tests.kiosk.test_ticket_journey import take_ticket
from tests.staff_card_support import spki, write_roster

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
) -> Iterator[KioskUnderTest]:
    """The demo kiosk with vpcd's first reader as its staff card reader."""
    roster = write_roster(
        tmp_path / "staff.json",
        [
            {
                "id": AMINA,
                "name": "Amina Khatun",
                "team": "Housing Options",
                "desk": "demo-desk-1",
                "roles": ["floorwalker"],
                "card_public_key": spki(amina_card.private_key),
            },
            {
                "id": TOM,
                "name": "Tom Okoro",
                "team": "Revenues and Benefits",
                "desk": "demo-desk-2",
                "roles": ["reception"],
                "card_public_key": spki(tom_card.private_key),
            },
        ],
    )
    config = dataclasses.replace(demo_config, card_reader="PCD 00 00", staff_path=roster)
    yield from make_kiosk(qtbot, config, data_dir)


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
    return inserted


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
