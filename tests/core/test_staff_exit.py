"""Leaving kiosk mode with the staff PIN: lockout after guessing, audit without the PIN."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from core.config import TerminalConfig
from core.events import Scope
from core.help import HelpCall
from core.staff_exit import LOCKOUT_S, MAX_WRONG, StaffExit
from store.journal import SqliteJournal
from sync.staff_pin import Argon2PinVerifier, hash_pin

DEMO_PIN = "2468"
WRONG = "1357"
# Long and odd enough that it cannot turn up by chance in ids or timestamps in the db file.
DISTINCTIVE_PIN = "97531864"


class ManualClock:
    """A monotonic clock the test moves by hand, so a 5-minute lockout needs no sleeping."""

    def __init__(self) -> None:
        self.readings = [1_000.0]

    def __call__(self) -> float:
        return self.readings[-1]

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.readings.append(self.readings[-1] + seconds)


@pytest.fixture(scope="module")
def distinctive_hash() -> str:
    """An argon2id hash of the distinctive PIN (hashing is slow, so once per module)."""
    return hash_pin(DISTINCTIVE_PIN)


@pytest.fixture
def clock() -> ManualClock:
    """The injected monotonic clock."""
    return ManualClock()


@pytest.fixture(scope="module")
def quick_demo_hash() -> str:
    """A real argon2id hash of the demo PIN with light costs, so lockout tests stay quick."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(DEMO_PIN)


@pytest.fixture
def staff_exit(quick_demo_hash: str, journal: SqliteJournal, clock: ManualClock) -> StaffExit:
    """The exit check with the real argon2 verifier, the real journal and a hand-moved clock."""
    return StaffExit(Argon2PinVerifier(quick_demo_hash), journal, clock)


def audit_trail(journal: SqliteJournal) -> list[tuple[str, object]]:
    """(type, reason) of every exit event, in order."""
    return [
        (e.type, e.payload.get("reason")) for e in journal.events() if e.type.startswith("kiosk.")
    ]


def test_the_right_pin_lets_staff_out_and_is_audited(
    demo_config: TerminalConfig, journal: SqliteJournal, clock: ManualClock
) -> None:
    """The shipped demo hash accepts 2468, and the exit is recorded as kiosk.exited."""
    staff_exit = StaffExit(Argon2PinVerifier(demo_config.staff_exit_pin_hash), journal, clock)
    decision = staff_exit.attempt(DEMO_PIN)
    assert decision.allowed
    assert decision.message == ""
    assert decision.locked_for_s == 0
    assert audit_trail(journal) == [("kiosk.exited", "pin")]
    assert next(journal.events()).scope is Scope.CENTRAL


def test_a_wrong_pin_is_refused_with_tries_left(
    staff_exit: StaffExit, journal: SqliteJournal
) -> None:
    """The first wrong PIN says 4 tries are left, and the refusal is audited."""
    decision = staff_exit.attempt(WRONG)
    assert not decision.allowed
    assert "4 tries left" in decision.message
    assert decision.locked_for_s == 0
    assert audit_trail(journal) == [("kiosk.exit_refused", "wrong_pin")]


def test_tries_left_count_down(staff_exit: StaffExit) -> None:
    """Each wrong PIN in a row brings the lockout closer, and says so."""
    for left in (4, 3, 2):
        message = staff_exit.attempt(WRONG).message
        assert message == f"That PIN is not right. {left} tries left before a lockout."


def test_the_last_try_is_singular(staff_exit: StaffExit) -> None:
    """The fourth wrong PIN warns that one try is left, in plain English."""
    for _ in range(MAX_WRONG - 2):
        staff_exit.attempt(WRONG)
    assert "1 try left" in staff_exit.attempt(WRONG).message


def test_five_wrong_pins_lock_out_for_five_minutes_even_for_the_right_pin(
    staff_exit: StaffExit, journal: SqliteJournal, clock: ManualClock
) -> None:
    """After 5 wrong PINs nothing is accepted for 5 minutes; then the right PIN works again."""
    for _ in range(MAX_WRONG - 1):
        staff_exit.attempt(WRONG)
    locked = staff_exit.attempt(WRONG)
    assert not locked.allowed
    assert locked.locked_for_s == LOCKOUT_S == 300
    assert locked.message == "Too many wrong PINs. Try again in 5 minutes."
    clock.advance(1)
    refused = staff_exit.attempt(DEMO_PIN)
    assert not refused.allowed
    assert refused.locked_for_s == 300  # 299 s to go, rounded up
    assert "Try again in 5 minutes" in refused.message
    clock.advance(240)
    near_end = staff_exit.attempt(DEMO_PIN)
    assert not near_end.allowed
    assert near_end.message == "Too many wrong PINs. Try again in 1 minute."
    clock.advance(59)  # exactly 300 s after the lockout began
    assert staff_exit.attempt(DEMO_PIN).allowed
    assert audit_trail(journal) == [
        *[("kiosk.exit_refused", "wrong_pin")] * 5,
        ("kiosk.exit_refused", "locked"),
        ("kiosk.exit_refused", "locked"),
        ("kiosk.exited", "pin"),
    ]


def test_after_a_lockout_the_count_starts_again(staff_exit: StaffExit, clock: ManualClock) -> None:
    """Once a lockout ends, a wrong PIN again says 4 tries are left."""
    for _ in range(MAX_WRONG):
        staff_exit.attempt(WRONG)
    clock.advance(LOCKOUT_S)
    assert "4 tries left" in staff_exit.attempt(WRONG).message


def test_the_right_pin_resets_the_count(staff_exit: StaffExit) -> None:
    """Wrong tries separated by a successful exit do not add up to a lockout."""
    for _ in range(MAX_WRONG - 1):
        staff_exit.attempt(WRONG)
    assert staff_exit.attempt(DEMO_PIN).allowed
    assert "4 tries left" in staff_exit.attempt(WRONG).message


def test_the_journal_never_holds_the_pin(
    journal: SqliteJournal,
    data_dir: Path,
    clock: ManualClock,
    distinctive_hash: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Neither payloads, nor the database files on disk, nor the logs contain a typed PIN."""
    caplog.set_level(logging.DEBUG)
    staff_exit = StaffExit(Argon2PinVerifier(distinctive_hash), journal, clock)
    for _ in range(3):
        staff_exit.attempt(DEMO_PIN)  # wrong for this hash
    staff_exit.attempt(DISTINCTIVE_PIN + "0")
    assert staff_exit.attempt(DISTINCTIVE_PIN).allowed
    payloads = " ".join(e.payload_json() for e in journal.events())
    assert len(list(journal.events())) == 5
    assert DEMO_PIN not in payloads
    assert DISTINCTIVE_PIN not in payloads
    journal.close()
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert any(p.name == "journal.db" for p in files)
    for path in files:
        assert DISTINCTIVE_PIN.encode() not in path.read_bytes(), path
    assert DISTINCTIVE_PIN not in caplog.text
    assert DEMO_PIN not in caplog.text


def test_help_requests_go_to_the_site_with_only_kiosk_and_screen(
    journal: SqliteJournal, demo_config: TerminalConfig
) -> None:
    """help.requested reaches every desk at the site and carries nothing about the resident."""
    event_id = HelpCall(journal, demo_config.terminal_id).request("feedback/comment")
    (event,) = journal.events()
    assert event.id == event_id
    assert event.type == "help.requested"
    assert event.scope is Scope.SITE
    assert event.site == "idea-store-whitechapel"
    assert event.payload == {"kiosk": "demo-kiosk-1", "screen": "feedback/comment"}
