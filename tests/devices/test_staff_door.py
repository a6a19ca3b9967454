"""The staff card door (core/staff_door.py) with the real driver, pcscd and a virtual card.

The door is what the kiosk and the desk run: one thread that notices a card, takes the PIN
from the screen, signs in, and signs out the moment the card leaves the reader.
"""

from __future__ import annotations

import dataclasses
import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

import main
from core.config import TerminalConfig
from core.staff_cards import (
    STAFF_SIGNED_OUT,
    SignedInStaff,
    SignInOutcome,
    SignInResult,
    SignOutReason,
    StaffSignIn,
    load_staff_roster,
)
from core.staff_door import StaffDoor
from devices.pcsc_staff_card import EcdsaCardSignatureCheck, PcscStaffCardReader
from store.journal import SqliteJournal
from tests.devices.pcsc_support import CardSlot, card_slot, pcscd
from tests.devices.virtual_staff_card import VirtualStaffCard, new_card_key
from tests.staff_card_support import spki, write_roster

__all__ = ["card_slot", "pcscd"]  # fixtures, imported for pytest

AMINA = "s-amina-khatun"
PIN = "48153"
UID = bytes.fromhex("04A1B2C3D4E5F6")
WAIT_S = 10.0  # a generous ceiling on waiting for the door; speed is in benchmarks/


class Heard:
    """What the door told the screen, in order, as (what, detail) pairs."""

    def __init__(self) -> None:
        self.calls: queue.Queue[tuple[str, object]] = queue.Queue()

    def card_inserted(self) -> None:
        self.calls.put(("inserted", None))

    def card_removed(self) -> None:
        self.calls.put(("removed", None))

    def pin_checked(self, result: SignInResult) -> None:
        self.calls.put(("pin", result))

    def signed_out(self, staff: SignedInStaff, reason: SignOutReason) -> None:
        self.calls.put(("signed_out", (staff.staff_id, reason)))

    def reader_trouble(self, message: str) -> None:
        self.calls.put(("trouble", message))

    def next(self, what: str) -> object:
        """The next call of this kind, skipping reader-trouble clear messages."""
        while True:
            kind, detail = self.calls.get(timeout=WAIT_S)
            if kind == "trouble" and detail == "" and what != "trouble":
                continue
            assert kind == what, f"expected {what}, heard {kind} ({detail!r})"
            return detail

    def nothing_more(self) -> bool:
        """True if nothing but reader-clear messages is waiting."""
        while not self.calls.empty():
            kind, detail = self.calls.get_nowait()
            if not (kind == "trouble" and detail == ""):
                return False
        return True


@pytest.fixture
def amina_card() -> VirtualStaffCard:
    """Amina's staff card."""
    return VirtualStaffCard(new_card_key(), AMINA, PIN, UID)


@pytest.fixture
def sign_in(tmp_path: Path, amina_card: VirtualStaffCard, journal: SqliteJournal) -> StaffSignIn:
    """Sign-in from a roster on disk that holds Amina's card key."""
    roster = write_roster(
        tmp_path / "staff.json",
        [
            {
                "id": AMINA,
                "name": "Amina Khatun",
                "roles": ["floorwalker"],
                "card_public_key": spki(amina_card.private_key),
            }
        ],
    )
    return StaffSignIn(load_staff_roster(roster), EcdsaCardSignatureCheck(), journal)


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def door(card_slot: CardSlot, sign_in: StaffSignIn, heard: Heard) -> Iterator[StaffDoor]:
    """The door on vpcd's first reader, stopped after the test."""
    made = StaffDoor(PcscStaffCardReader("PCD 00 00"), sign_in, heard, poll_s=0.05)
    made.start()
    yield made
    made.stop()


def test_a_card_asks_for_the_pin_and_taking_it_out_signs_out(
    door: StaffDoor,
    heard: Heard,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    journal: SqliteJournal,
) -> None:
    inserted = card_slot.insert(amina_card)
    heard.next("inserted")

    door.enter_pin(PIN)
    result = heard.next("pin")
    assert isinstance(result, SignInResult) and result.signed_in, result
    assert door.signed_in is not None and door.signed_in.name == "Amina Khatun"

    card_slot.remove(inserted)
    assert heard.next("signed_out") == (AMINA, SignOutReason.CARD_REMOVED)
    heard.next("removed")
    assert door.signed_in is None
    [out] = [e.payload for e in journal.events() if e.type == STAFF_SIGNED_OUT]
    assert out["reason"] == "card_removed"


def test_a_wrong_pin_says_the_tries_left_and_signs_nobody_in(
    door: StaffDoor, heard: Heard, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    card_slot.insert(amina_card)
    heard.next("inserted")

    door.enter_pin("11111")
    result = heard.next("pin")

    assert isinstance(result, SignInResult)
    assert result.outcome is SignInOutcome.WRONG_PIN
    assert "2 tries left" in result.message
    assert door.signed_in is None


def test_handing_back_with_the_card_still_in_ignores_it_until_it_is_taken_out(
    door: StaffDoor, heard: Heard, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    inserted = card_slot.insert(amina_card)
    heard.next("inserted")
    door.enter_pin(PIN)
    assert isinstance(heard.next("pin"), SignInResult)

    door.sign_out(SignOutReason.HANDED_BACK)
    assert heard.next("signed_out") == (AMINA, SignOutReason.HANDED_BACK)
    # The card is still in: it must not ask for a PIN again by itself.
    door.enter_pin(PIN)
    refused = heard.next("pin")
    assert isinstance(refused, SignInResult) and not refused.signed_in
    assert door.signed_in is None

    card_slot.remove(inserted)
    heard.next("removed")
    card_slot.insert(amina_card)
    heard.next("inserted")  # a fresh insertion asks again
    assert heard.nothing_more()


def test_a_missing_reader_is_reported_in_plain_words(sign_in: StaffSignIn, heard: Heard) -> None:
    door = StaffDoor(PcscStaffCardReader("no such reader"), sign_in, heard, retry_s=0.05)
    door.start()
    try:
        message = heard.next("trouble")
    finally:
        door.stop()
    assert isinstance(message, str)
    assert message.startswith(("No card reader is connected", "The card reader service"))


def test_offline_the_door_signs_in_from_the_roster_the_case_service_sent_before(
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    heard: Heard,
    journal: SqliteJournal,
    demo_config: TerminalConfig,
) -> None:
    """The configured roster has no card keys; the copy central sent (and the terminal kept)
    does. The case service is not reachable: signing in needs nothing from it."""
    kept = journal.data_dir / "central" / "roster.json"
    kept.parent.mkdir()
    write_roster(
        kept,
        [
            {
                "id": AMINA,
                "name": "Amina Khatun",
                "roles": ["floorwalker"],
                "card_public_key": spki(amina_card.private_key),
            }
        ],
    )
    config = dataclasses.replace(
        demo_config, card_reader="PCD 00 00", case_service_url="https://cases.invalid"
    )
    make = main.compose_staff_door(config, journal, journal.data_dir)
    assert make is not None
    door = make(heard)
    door.start()
    try:
        card_slot.insert(amina_card)
        heard.next("inserted")
        door.enter_pin(PIN)
        result = heard.next("pin")
    finally:
        door.stop()
    assert isinstance(result, SignInResult) and result.signed_in, result
