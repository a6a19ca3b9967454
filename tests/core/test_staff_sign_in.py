"""Staff sign-in's decisions: PIN, challenge, roster, throttle and audit, with a card in memory.

The card here is a small fake that behaves like a staff card (a tries counter and a real
P-256 key) and counts what it is asked; the same paths run through pcscd and a virtual
card in tests/devices/test_pcsc_staff_card.py.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from core.staff_cards import (
    STAFF_SIGN_IN_REFUSED,
    STAFF_SIGNED_IN,
    STAFF_SIGNED_OUT,
    CardTrouble,
    PinResult,
    SignInOutcome,
    SignOutReason,
    StaffCardProblem,
    StaffRole,
    StaffRosterError,
    StaffSignIn,
    load_staff_roster,
)
from devices.pcsc_staff_card import EcdsaCardSignatureCheck
from store.journal import SqliteJournal
from tests.staff_card_support import ManualClock, spki, write_roster

ROOT = Path(__file__).resolve().parents[2]
PIN = "260471"


class FakeCard:
    """A staff card in memory: three PIN tries, then locked; signs only after the PIN."""

    def __init__(self, staff_id: str, key: ec.EllipticCurvePrivateKey, pin: str = PIN) -> None:
        self.id = staff_id
        self.key = key
        self.pin = pin
        self.tries_left = 3
        self.verified = False
        self.pins_sent = 0
        self.challenges: list[bytes] = []
        self.fail_with: StaffCardProblem | None = None

    def uid(self) -> str:
        return "04AABBCCDDEEFF"

    def staff_id(self) -> str:
        if self.fail_with is not None:
            raise self.fail_with
        return self.id

    def verify_pin(self, pin: str) -> PinResult:
        self.pins_sent += 1
        if self.tries_left == 0:
            return PinResult(ok=False, tries_left=0, blocked=True)
        if pin == self.pin:
            self.tries_left, self.verified = 3, True
            return PinResult(ok=True)
        self.tries_left -= 1
        return PinResult(ok=False, tries_left=self.tries_left)

    def authenticate(self, challenge: bytes) -> bytes:
        assert self.verified, "a staff card signs only after its PIN"
        self.challenges.append(challenge)
        return self.key.sign(challenge, ec.ECDSA(hashes.SHA256()))

    def close(self) -> None:
        pass


@pytest.fixture
def amina_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture
def roster_file(tmp_path: Path, amina_key: ec.EllipticCurvePrivateKey) -> Path:
    return write_roster(
        tmp_path / "staff.json",
        [
            {
                "id": "s-amina",
                "name": "Amina Khatun",
                "team": "Housing",
                "desk": "d1",
                "roles": ["reception"],
                "card_public_key": spki(amina_key),
            },
            {
                "id": "s-tom",
                "name": "Tom Okoro",
                "team": "Revenues",
                "desk": "d2",
                "roles": ["floorwalker"],
            },
            {
                "id": "s-priya",
                "name": "Priya Shah",
                "team": "Registrars",
                "desk": "d3",
                "card_public_key": spki(amina_key),
            },
        ],
    )


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(5000.0)


@pytest.fixture
def service(roster_file: Path, journal: SqliteJournal, clock: ManualClock) -> StaffSignIn:
    return StaffSignIn(load_staff_roster(roster_file), EcdsaCardSignatureCheck(), journal, clock)


@pytest.fixture
def card(amina_key: ec.EllipticCurvePrivateKey) -> FakeCard:
    return FakeCard("s-amina", amina_key)


def refused(journal: SqliteJournal) -> list[dict[str, object]]:
    return [e.payload for e in journal.events() if e.type == STAFF_SIGN_IN_REFUSED]


def test_the_roster_adds_roles_and_card_keys_to_the_staff_list(
    roster_file: Path, amina_key: ec.EllipticCurvePrivateKey
) -> None:
    roster = load_staff_roster(roster_file)

    amina, tom = roster.get("s-amina"), roster.get("s-tom")
    assert amina is not None and tom is not None
    assert amina.name == "Amina Khatun"
    assert amina.roles == (StaffRole.RECEPTION,)
    assert amina.card_public_key == base64.b64decode(spki(amina_key))
    assert tom.card_public_key is None
    assert roster.get("s-nobody") is None


def test_the_demo_staff_list_has_roles_but_no_cards_issued() -> None:
    """The demo site has a floorwalker and a manager; no card is registered to anyone."""
    roster = load_staff_roster(ROOT / "assets" / "demo" / "staff.json")

    amina, sultana = roster.get("s-amina-khatun"), roster.get("s-sultana-ali")
    assert amina is not None and sultana is not None
    assert amina.roles == (StaffRole.FLOORWALKER,)
    assert sultana.roles == (StaffRole.MANAGER,)
    assert amina.card_public_key is None


@pytest.mark.parametrize(
    ("person", "problem"),
    [
        ({"id": "s-x", "name": "X", "roles": ["janitor"]}, "unknown role 'janitor'"),
        ({"id": "s-x", "name": "X", "roles": "manager"}, '"roles" must be a list'),
        ({"id": "s-x", "name": "X", "card_public_key": "not base64!"}, "is not base64"),
        ({"name": "X"}, 'needs an "id" and a "name"'),
    ],
)
def test_a_broken_roster_names_the_person_and_the_problem(
    tmp_path: Path, person: dict[str, object], problem: str
) -> None:
    path = write_roster(tmp_path / "staff.json", [person])

    with pytest.raises(StaffRosterError, match=problem) as caught:
        load_staff_roster(path)

    assert "staff entry 1" in str(caught.value)


def test_an_unreadable_roster_says_so(tmp_path: Path) -> None:
    (tmp_path / "staff.json").write_text("{", encoding="utf-8")

    with pytest.raises(StaffRosterError, match="cannot be read"):
        load_staff_roster(tmp_path / "staff.json")


def test_right_pin_and_genuine_card_sign_in(
    service: StaffSignIn, card: FakeCard, journal: SqliteJournal
) -> None:
    result = service.sign_in(card, PIN)

    assert result.signed_in
    assert result.message == ""
    assert result.staff is not None and result.staff.roles == (StaffRole.RECEPTION,)
    (event,) = journal.events()
    assert event.type == STAFF_SIGNED_IN
    assert event.payload == {
        "staff_id": "s-amina",
        "outcome": "signed_in",
        "roles": ["reception"],
        "card_uid": "04AABBCCDDEEFF",
    }


def test_the_challenge_is_fresh_random_bytes_each_time(
    service: StaffSignIn, card: FakeCard
) -> None:
    service.sign_in(card, PIN)
    service.sign_in(card, PIN)

    assert [len(c) for c in card.challenges] == [32, 32]
    assert card.challenges[0] != card.challenges[1]


def test_the_challenge_source_can_be_injected(
    roster_file: Path, journal: SqliteJournal, card: FakeCard
) -> None:
    service = StaffSignIn(
        load_staff_roster(roster_file),
        EcdsaCardSignatureCheck(),
        journal,
        random_bytes=lambda count: b"\x07" * count,
    )

    assert service.sign_in(card, PIN).signed_in
    assert card.challenges == [b"\x07" * 32]


@pytest.mark.parametrize(
    ("wrong_pins", "message"),
    [
        (1, "That PIN is not right. 2 tries left before the card locks."),
        (2, "That PIN is not right. 1 try left before the card locks."),
        (3, "That PIN is not right. The card is now locked: ask a manager to unlock it."),
    ],
)
def test_a_wrong_pin_says_how_many_tries_are_left(
    service: StaffSignIn, card: FakeCard, wrong_pins: int, message: str
) -> None:
    results = [service.sign_in(card, "1111") for _ in range(wrong_pins)]

    assert results[-1].outcome is SignInOutcome.WRONG_PIN
    assert results[-1].message == message
    assert results[-1].tries_left == 3 - wrong_pins
    assert service.signed_in is None


def test_a_locked_card_is_refused_even_with_the_right_pin(
    service: StaffSignIn, card: FakeCard
) -> None:
    card.tries_left = 0

    result = service.sign_in(card, PIN)

    assert result.outcome is SignInOutcome.CARD_BLOCKED
    assert result.message == (
        "This card is locked after too many wrong PINs. Ask a manager to unlock it."
    )
    assert card.challenges == []


def test_a_card_with_someone_elses_key_is_not_genuine(
    service: StaffSignIn, journal: SqliteJournal
) -> None:
    clone = FakeCard("s-amina", ec.generate_private_key(ec.SECP256R1()))

    result = service.sign_in(clone, PIN)

    assert result.outcome is SignInOutcome.NOT_GENUINE
    assert service.signed_in is None
    assert refused(journal)[0]["outcome"] == "not_genuine"


def test_an_unknown_staff_id_is_refused_without_sending_the_pin(
    service: StaffSignIn, amina_key: ec.EllipticCurvePrivateKey
) -> None:
    stranger = FakeCard("s-stranger", amina_key)

    result = service.sign_in(stranger, PIN)

    assert result.outcome is SignInOutcome.UNKNOWN_STAFF
    assert stranger.pins_sent == 0


def test_someone_without_a_registered_card_is_refused(
    service: StaffSignIn, amina_key: ec.EllipticCurvePrivateKey
) -> None:
    tom = FakeCard("s-tom", amina_key)

    result = service.sign_in(tom, PIN)

    assert result.outcome is SignInOutcome.NO_CARD_KEY
    assert "No card has been registered for you" in result.message


def test_someone_with_no_kiosk_role_is_refused_after_proving_the_card(
    service: StaffSignIn, amina_key: ec.EllipticCurvePrivateKey
) -> None:
    priya = FakeCard("s-priya", amina_key)

    result = service.sign_in(priya, PIN)

    assert result.outcome is SignInOutcome.NO_ROLE
    assert len(priya.challenges) == 1


@pytest.mark.parametrize("pin", ["", "123", "1234567890123", "12a4", "١٢٣٤"])
def test_a_pin_that_cannot_be_right_is_not_sent_to_the_card(
    service: StaffSignIn, card: FakeCard, pin: str
) -> None:
    result = service.sign_in(card, pin)

    assert result.outcome is SignInOutcome.PIN_NOT_VALID
    assert result.message == "Enter your card PIN: 4 to 12 digits."
    assert card.pins_sent == 0


def test_a_card_problem_is_explained_and_audited(
    service: StaffSignIn, card: FakeCard, journal: SqliteJournal
) -> None:
    card.fail_with = StaffCardProblem(CardTrouble.CARD_REMOVED, "SCARD_W_REMOVED_CARD")

    result = service.sign_in(card, PIN)

    assert result.outcome is SignInOutcome.CARD_PROBLEM
    assert result.message.startswith("The card was taken out before sign-in finished.")
    assert refused(journal) == [
        {
            "staff_id": "",
            "outcome": "card_problem",
            "roles": [],
            "card_uid": "",
            "trouble": "card_removed",
        }
    ]


def test_the_eleventh_pin_in_five_minutes_waits_for_the_window(
    service: StaffSignIn, card: FakeCard, clock: ManualClock, journal: SqliteJournal
) -> None:
    card.tries_left = 99  # a card whose own counter is far too lax: the kiosk still limits
    for _ in range(10):
        service.sign_in(card, "1111")
        clock.now += 10  # ten guesses at 10 s intervals: the first at 5000

    eleventh = service.sign_in(card, PIN)

    assert eleventh.outcome is SignInOutcome.TOO_MANY_GUESSES
    assert eleventh.retry_in_s == 200  # the first guess leaves the window at 5300
    assert eleventh.message == "Too many PIN attempts with this card. Try again in 4 minutes."
    assert card.pins_sent == 10
    assert refused(journal)[-1]["retry_in_s"] == 200
    clock.now = 5299.0
    assert service.sign_in(card, PIN).outcome is SignInOutcome.TOO_MANY_GUESSES
    clock.now = 5300.0
    assert service.sign_in(card, PIN).signed_in
    assert card.pins_sent == 11


def test_the_guess_limit_is_per_card(
    service: StaffSignIn, card: FakeCard, amina_key: ec.EllipticCurvePrivateKey
) -> None:
    card.tries_left = 99
    for _ in range(10):
        service.sign_in(card, "1111")
    tom = FakeCard("s-tom", amina_key)

    assert service.sign_in(card, PIN).outcome is SignInOutcome.TOO_MANY_GUESSES
    assert service.sign_in(tom, PIN).outcome is SignInOutcome.NO_CARD_KEY
    assert tom.pins_sent == 1


def test_right_pins_do_not_count_towards_the_limit(service: StaffSignIn, card: FakeCard) -> None:
    """A floorwalker signing in and out all morning is never locked out by it."""
    service.sign_in(card, "1111")
    for _ in range(12):
        assert service.sign_in(card, PIN).signed_in
        service.sign_out(SignOutReason.HANDED_BACK)


@pytest.mark.parametrize("reason", list(SignOutReason))
def test_signing_out_is_audited_with_the_reason(
    service: StaffSignIn, card: FakeCard, journal: SqliteJournal, reason: SignOutReason
) -> None:
    service.sign_in(card, PIN)

    assert service.sign_out(reason)

    assert service.signed_in is None
    (event,) = [e for e in journal.events() if e.type == STAFF_SIGNED_OUT]
    assert event.payload["staff_id"] == "s-amina"
    assert event.payload["reason"] == reason.value
    assert not service.sign_out(reason)  # nobody is signed in any more
    assert len([e for e in journal.events() if e.type == STAFF_SIGNED_OUT]) == 1


def test_the_pin_never_reaches_the_journal_file(
    service: StaffSignIn, card: FakeCard, journal: SqliteJournal, data_dir: Path
) -> None:
    service.sign_in(card, "908172")
    service.sign_in(card, PIN)
    service.sign_out(SignOutReason.IDLE)
    payloads = " ".join(e.payload_json() for e in journal.events())
    journal.close()

    assert PIN not in payloads and "908172" not in payloads
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        assert PIN.encode() not in path.read_bytes(), path
        assert b"908172" not in path.read_bytes(), path
