"""Staff sign-in through a real pcscd, with a virtual staff card in vsmartcard's vpcd reader.

Every sign-in path runs here end to end: the PC/SC driver, pcscd, vpcd and a card that
counts PINs and signs with a real P-256 key. See tests/devices/pcsc_support.py for how
pcscd is run.
"""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from core.staff_cards import (
    STAFF_SIGN_IN_REFUSED,
    STAFF_SIGNED_IN,
    STAFF_SIGNED_OUT,
    CardTrouble,
    SignInOutcome,
    SignOutReason,
    StaffCardProblem,
    StaffSignIn,
    load_staff_roster,
)
from devices.pcsc_staff_card import EcdsaCardSignatureCheck, PcscCardSession, PcscStaffCardReader
from store.journal import SqliteJournal
from tests.devices.pcsc_support import (
    READER,
    SECOND_READER,
    SECOND_READER_PORT,
    CardSlot,
    Pcscd,
    card_slot,
    pcscd,
    wait_until_reader_empty,
)
from tests.devices.virtual_staff_card import VirtualStaffCard, new_card_key, write_key
from tests.staff_card_support import ManualClock, public_key_der, spki, write_roster

__all__ = ["card_slot", "pcscd"]  # fixtures, imported for pytest

AMINA = "s-amina-khatun"
PIN = "48153"
UID = bytes.fromhex("04A1B2C3D4E5F6")
CARD_WAIT_S = 5.0


@pytest.fixture
def amina_key() -> ec.EllipticCurvePrivateKey:
    """The key inside the card issued to Amina."""
    return new_card_key()


@pytest.fixture
def amina_card(amina_key: ec.EllipticCurvePrivateKey) -> VirtualStaffCard:
    """Amina's staff card: her staff id, her PIN, a UID and her key."""
    return VirtualStaffCard(amina_key, AMINA, PIN, UID)


@pytest.fixture
def roster_file(tmp_path: Path, amina_card: VirtualStaffCard) -> Path:
    """The site's roster on disk, with Amina's roles and her card's public key."""
    return write_roster(
        tmp_path / "staff.json",
        [
            {
                "id": AMINA,
                "name": "Amina Khatun",
                "team": "Housing Options",
                "desk": "demo-desk-1",
                "roles": ["floorwalker", "manager"],
                "card_public_key": spki(amina_card.private_key),
            },
            {"id": "s-tom-okoro", "name": "Tom Okoro", "team": "Revenues", "desk": "demo-desk-2"},
        ],
    )


@pytest.fixture
def clock() -> ManualClock:
    """The sign-in service's clock."""
    return ManualClock()


@pytest.fixture
def service(roster_file: Path, journal: SqliteJournal, clock: ManualClock) -> StaffSignIn:
    """Staff sign-in as the kiosk wires it, from the roster file on disk."""
    return StaffSignIn(load_staff_roster(roster_file), EcdsaCardSignatureCheck(), journal, clock)


@pytest.fixture
def reader(card_slot: CardSlot) -> PcscStaffCardReader:
    """The driver, on vpcd's first reader (chosen by part of its name)."""
    return PcscStaffCardReader("PCD 00 00")


@pytest.fixture
def open_session(reader: PcscStaffCardReader) -> Iterator[Callable[[], PcscCardSession]]:
    """Waits for the card in the reader and opens a session; every session is closed after."""
    opened: list[PcscCardSession] = []

    def open_one() -> PcscCardSession:
        session = reader.wait_for_card(CARD_WAIT_S)
        assert session is not None, "the card never showed up in the reader"
        opened.append(session)
        return session

    yield open_one
    for session in opened:
        session.close()


def events_of(journal: SqliteJournal, kind: str) -> list[dict[str, object]]:
    """The payloads of one type of event, oldest first."""
    return [event.payload for event in journal.events() if event.type == kind]


def test_the_right_pin_signs_in_and_the_audit_trail_says_who(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    card_slot.insert(amina_card)

    result = service.sign_in(open_session(), PIN)

    assert result.signed_in, result.message
    assert result.staff is not None
    assert result.staff.name == "Amina Khatun"
    assert [role.value for role in result.staff.roles] == ["floorwalker", "manager"]
    assert service.signed_in == result.staff
    (audit,) = events_of(journal, STAFF_SIGNED_IN)
    assert audit == {
        "staff_id": AMINA,
        "outcome": "signed_in",
        "roles": ["floorwalker", "manager"],
        "card_uid": UID.hex().upper(),
    }


def test_each_sign_in_makes_the_card_sign_a_fresh_challenge(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
) -> None:
    card_slot.insert(amina_card)
    session = open_session()

    assert service.sign_in(session, PIN).signed_in
    assert service.sign_in(session, PIN).signed_in

    challenges = [apdu[5:37] for apdu in amina_card.commands if apdu[1] == 0x88]
    assert len(challenges) == 2
    assert all(len(challenge) == 32 for challenge in challenges)
    assert challenges[0] != challenges[1]


def test_a_wrong_pin_says_how_many_tries_are_left(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    card_slot.insert(amina_card)
    session = open_session()

    first = service.sign_in(session, "0000")
    second = service.sign_in(session, "1111")

    assert first.outcome is SignInOutcome.WRONG_PIN
    assert first.message == "That PIN is not right. 2 tries left before the card locks."
    assert second.message == "That PIN is not right. 1 try left before the card locks."
    assert service.signed_in is None
    assert [e["tries_left"] for e in events_of(journal, STAFF_SIGN_IN_REFUSED)] == [2, 1]
    # the right PIN resets the card's count
    assert service.sign_in(session, PIN).signed_in
    assert amina_card.tries_left == 3


def test_three_wrong_pins_lock_the_card_for_good(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    inserted = card_slot.insert(amina_card)
    session = open_session()
    for wrong in ("0000", "1111"):
        service.sign_in(session, wrong)

    third = service.sign_in(session, "2222")
    with_the_right_pin = service.sign_in(session, PIN)

    assert third.message == (
        "That PIN is not right. The card is now locked: ask a manager to unlock it."
    )
    assert with_the_right_pin.outcome is SignInOutcome.CARD_BLOCKED
    assert "locked" in with_the_right_pin.message
    # The card remembers: taking it out and putting it back does not unlock it.
    card_slot.remove(inserted)
    card_slot.insert(amina_card)
    assert service.sign_in(open_session(), PIN).outcome is SignInOutcome.CARD_BLOCKED
    assert service.signed_in is None
    outcomes = [e["outcome"] for e in events_of(journal, STAFF_SIGN_IN_REFUSED)]
    assert outcomes == ["wrong_pin"] * 3 + ["card_blocked"] * 2


def test_a_copy_of_the_card_without_its_key_is_refused(
    service: StaffSignIn,
    card_slot: CardSlot,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    """A clone with Amina's staff id, UID and even her PIN, but not her card's private key."""
    clone = VirtualStaffCard(new_card_key(), AMINA, PIN, UID)
    card_slot.insert(clone)

    result = service.sign_in(open_session(), PIN)

    assert result.outcome is SignInOutcome.NOT_GENUINE
    assert result.message.startswith("This card could not prove it is the card issued to you")
    assert service.signed_in is None
    (audit,) = events_of(journal, STAFF_SIGN_IN_REFUSED)
    assert audit["outcome"] == "not_genuine"
    assert audit["staff_id"] == AMINA
    assert audit["card_uid"] == UID.hex().upper()


def test_a_card_for_someone_not_on_the_roster_is_refused_before_any_pin(
    service: StaffSignIn,
    card_slot: CardSlot,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    stranger = VirtualStaffCard(new_card_key(), "s-somebody-else", PIN)
    card_slot.insert(stranger)

    result = service.sign_in(open_session(), PIN)

    assert result.outcome is SignInOutcome.UNKNOWN_STAFF
    assert result.message == "This card is not on this site's staff list. Ask a manager to add you."
    assert stranger.verify_commands() == 0
    (audit,) = events_of(journal, STAFF_SIGN_IN_REFUSED)
    assert audit["staff_id"] == "s-somebody-else"
    assert audit["outcome"] == "unknown_staff"


def test_taking_the_card_out_is_noticed_within_a_second_and_signs_out(
    service: StaffSignIn,
    reader: PcscStaffCardReader,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    inserted = card_slot.insert(amina_card)
    assert service.sign_in(open_session(), PIN).signed_in
    removed = threading.Event()
    stop_watching = reader.watch_removal(removed.set)
    try:
        assert not removed.is_set()

        inserted.remove()

        assert removed.wait(timeout=2.0), "the removal was not noticed"
    finally:
        stop_watching()
    assert service.sign_out(SignOutReason.CARD_REMOVED)
    assert service.signed_in is None
    (audit,) = events_of(journal, STAFF_SIGNED_OUT)
    assert audit["staff_id"] == AMINA
    assert audit["reason"] == "card_removed"


def test_watching_stops_at_once_and_calls_nobody_afterwards(
    reader: PcscStaffCardReader, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    inserted = card_slot.insert(amina_card)
    session = reader.wait_for_card(CARD_WAIT_S)
    assert session is not None
    session.close()
    calls: list[str] = []
    stop_watching = reader.watch_removal(lambda: calls.append("removed"))

    stop_watching()
    card_slot.remove(inserted)

    assert calls == []


def test_eleven_pins_in_five_minutes_the_eleventh_never_reaches_the_card(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    clock: ManualClock,
    journal: SqliteJournal,
) -> None:
    # A badly personalised card that takes 15 wrong PINs: the kiosk's own limit holds.
    lax = VirtualStaffCard(amina_card.private_key, AMINA, PIN, UID, max_tries=15)
    card_slot.insert(lax)
    session = open_session()
    for guess in range(10):  # ten wrong guesses in under five minutes
        service.sign_in(session, f"{guess:04d}")
        clock.now += 20
    assert lax.verify_commands() == 10

    eleventh = service.sign_in(session, PIN)

    assert eleventh.outcome is SignInOutcome.TOO_MANY_GUESSES
    assert eleventh.message == "Too many PIN attempts with this card. Try again in 2 minutes."
    assert lax.verify_commands() == 10
    assert events_of(journal, STAFF_SIGN_IN_REFUSED)[-1]["outcome"] == "too_many_guesses"
    # Five minutes after the first guess, the card may be tried again.
    clock.now += eleventh.retry_in_s
    assert service.sign_in(session, PIN).signed_in
    assert lax.verify_commands() == 11


def test_sign_in_works_offline_from_the_roster_file_on_disk(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With every network connection refused (only the card's loopback link to vpcd and
    pcscd's local socket remain), sign-in still works: it needs only the roster file."""
    card_slot.insert(amina_card)
    session = open_session()
    real_connect = socket.socket.connect

    def loopback_only(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            assert isinstance(address, tuple)
            if address[0] not in ("127.0.0.1", "::1"):
                raise OSError(f"the network is off in this test ({address})")
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    with pytest.raises(OSError, match="network is off"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)

    assert service.sign_in(session, PIN).signed_in


def test_no_pin_challenge_or_signature_reaches_the_journal_file(
    roster_file: Path,
    journal: SqliteJournal,
    data_dir: Path,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
) -> None:
    challenge = bytes(range(100, 132))
    service = StaffSignIn(
        load_staff_roster(roster_file),
        EcdsaCardSignatureCheck(),
        journal,
        random_bytes=lambda count: challenge[:count],
    )
    card_slot.insert(amina_card)
    session = open_session()
    service.sign_in(session, "97531")  # a wrong PIN
    assert service.sign_in(session, PIN).signed_in
    service.sign_out(SignOutReason.HANDED_BACK)
    (authenticate,) = [apdu for apdu in amina_card.commands if apdu[1] == 0x88]
    assert challenge in authenticate  # the card was sent it; the journal must not have it
    journal.close()

    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.name == "journal.db" for path in files)
    for path in files:
        stored = path.read_bytes()
        assert PIN.encode() not in stored, path
        assert b"97531" not in stored, path
        assert challenge not in stored and challenge.hex().encode() not in stored, path


def test_a_card_taken_out_during_sign_in_gets_a_plain_answer(
    service: StaffSignIn,
    card_slot: CardSlot,
    amina_card: VirtualStaffCard,
    open_session: Callable[[], PcscCardSession],
    journal: SqliteJournal,
) -> None:
    inserted = card_slot.insert(amina_card)
    session = open_session()
    card_slot.remove(inserted)

    result = service.sign_in(session, PIN)

    assert result.outcome is SignInOutcome.CARD_PROBLEM
    assert result.message == (
        "The card was taken out before sign-in finished. Put it back in and try again."
    )
    (audit,) = events_of(journal, STAFF_SIGN_IN_REFUSED)
    assert audit["trouble"] == "card_removed"
    assert amina_card.verify_commands() == 0


def test_a_card_without_the_staff_application_is_not_a_staff_card(
    reader: PcscStaffCardReader, card_slot: CardSlot
) -> None:
    bank_card = VirtualStaffCard(new_card_key(), AMINA, PIN, aid=bytes.fromhex("A0000000031010"))
    card_slot.insert(bank_card)

    with pytest.raises(StaffCardProblem) as caught:
        reader.wait_for_card(CARD_WAIT_S)

    assert caught.value.trouble is CardTrouble.NOT_A_STAFF_CARD
    assert caught.value.message == "This is not a council staff card."


def test_no_card_in_time_is_not_an_error(reader: PcscStaffCardReader) -> None:
    assert reader.wait_for_card(0.3) is None


def test_a_reader_that_is_not_there_is_named_as_the_problem(card_slot: CardSlot) -> None:
    with pytest.raises(StaffCardProblem) as caught:
        PcscStaffCardReader("Gemalto PC Twin").wait_for_card(0.1)

    assert caught.value.trouble is CardTrouble.NO_READER
    assert caught.value.message == "No card reader is connected. Check the card reader's cable."
    assert "Gemalto PC Twin" in caught.value.detail


def test_the_reader_is_chosen_by_name(
    pcscd: Pcscd, card_slot: CardSlot, amina_card: VirtualStaffCard
) -> None:
    second = CardSlot(SECOND_READER, SECOND_READER_PORT)
    assert wait_until_reader_empty(SECOND_READER)
    second.insert(amina_card)
    try:
        assert PcscStaffCardReader().reader_name() == READER  # the first, when none is named
        assert PcscStaffCardReader("pcd 00 01").reader_name() == SECOND_READER
        assert PcscStaffCardReader("PCD 00 00").wait_for_card(0.3) is None
        session = PcscStaffCardReader("pcd 00 01").wait_for_card(CARD_WAIT_S)
        assert session is not None
        try:
            assert session.staff_id() == AMINA
        finally:
            session.close()
    finally:
        second.empty()


def test_pcscd_not_running_is_explained() -> None:
    """A process whose PC/SC library finds no pcscd (its socket points nowhere)."""
    code = (
        "from core.staff_cards import StaffCardProblem\n"
        "from devices.pcsc_staff_card import PcscStaffCardReader\n"
        "try:\n"
        "    PcscStaffCardReader().wait_for_card(0.1)\n"
        "except StaffCardProblem as problem:\n"
        "    print(problem.trouble.value)\n"
        "    print(problem.message)\n"
    )
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": "/nonexistent/pcscd.comm"}
    finished = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30
    )

    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.splitlines() == [
        "no_service",
        "The card reader service is not running. Ask IT to restart the kiosk.",
    ]


def test_the_virtual_card_runs_from_the_command_line(
    service: StaffSignIn, card_slot: CardSlot, tmp_path: Path, roster_file: Path
) -> None:
    """``python -m tests.devices.virtual_staff_card`` inserts a card until it is stopped."""
    key_file = tmp_path / "card.pem"
    key = new_card_key()
    write_key(key, key_file)
    card = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.devices.virtual_staff_card",
            "--port",
            "35963",
            "--key-file",
            str(key_file),
            "--staff-id",
            AMINA,
            "--pin",
            PIN,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert card.stdout is not None
        printed = card.stdout.readline()
        public = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        assert printed.split() == ["card_public_key:", base64.b64encode(public).decode()]
        assert "card inserted" in card.stdout.readline()
        session = PcscStaffCardReader(READER).wait_for_card(CARD_WAIT_S)
        assert session is not None
        try:
            # this card has its own key, not the one the roster holds for Amina
            assert service.sign_in(session, PIN).outcome is SignInOutcome.NOT_GENUINE
        finally:
            session.close()
    finally:
        card.terminate()
        card.wait(timeout=10)
        if card.stdout is not None:
            card.stdout.close()
    assert wait_until_reader_empty(READER)


def test_the_signature_check_accepts_only_the_right_key_and_never_raises() -> None:
    check = EcdsaCardSignatureCheck()
    key = new_card_key()
    challenge = os.urandom(32)
    signature = key.sign(challenge, ec.ECDSA(hashes.SHA256()))
    p384 = ec.generate_private_key(ec.SECP384R1())
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    assert check.verify(public_key_der(key), challenge, signature)
    assert not check.verify(public_key_der(new_card_key()), challenge, signature)
    assert not check.verify(public_key_der(key), os.urandom(32), signature)
    assert not check.verify(public_key_der(key), challenge, signature[:-3])
    assert not check.verify(public_key_der(key), challenge, b"")
    assert not check.verify(b"not a key", challenge, signature)
    assert not check.verify(b"", challenge, signature)
    assert not check.verify(public_key_der(key)[:-5], challenge, signature)
    p384_signature = p384.sign(challenge, ec.ECDSA(hashes.SHA256()))
    assert not check.verify(public_key_der(p384), challenge, p384_signature)
    assert not check.verify(public_key_der(rsa_key), challenge, signature)
