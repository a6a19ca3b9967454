"""Staff sign-in with a smart card: the card's PIN, then proof the card holds the roster's key.

The kiosk trusts nothing a card merely *says*. A card's UID can be copied onto any blank
card, and its staff id is just data, so neither signs anyone in. What signs a member of
staff in is (1) the card accepting their PIN (the card itself counts wrong PINs and locks
after three), and then (2) the card signing a fresh random challenge with its private key,
checked against the public key the roster holds for that staff id. A copy of the card
without its private key fails (2).

On top of the card's own counter, the kiosk limits how many PINs any one card may be sent:
ten in five minutes. That slows guessing with cards whose counters misbehave, and stops a
loop of "put the card back, try again" from hammering the card.

Every attempt is an audit event (no PIN, challenge or signature is ever recorded); so is
signing out, whether the card was taken out, handed back or the kiosk went idle.

This module is the domain only (standard library). devices/pcsc_staff_card.py talks to
real readers through pcscd and checks signatures with ``cryptography``.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from core.events import EventDraft, EventType, Scope
from core.ports import Journal

# The audit events, by their names in core.events (kept here for the tests and screens).
STAFF_SIGNED_IN = EventType.STAFF_SIGNED_IN
STAFF_SIGN_IN_REFUSED = EventType.STAFF_SIGN_IN_REFUSED
STAFF_SIGNED_OUT = EventType.STAFF_SIGNED_OUT

MAX_PIN_GUESSES = 10  # PINs one card may be sent...
GUESS_WINDOW_S = 300.0  # ...in any five minutes
CHALLENGE_BYTES = 32
PIN_LENGTHS = range(4, 13)  # 4 to 12 digits


class StaffRole(StrEnum):
    """What a signed-in member of staff may do at a kiosk."""

    FLOORWALKER = "floorwalker"
    RECEPTION = "reception"
    MANAGER = "manager"


class CardTrouble(StrEnum):
    """Why the card or reader could not be used, whatever the reader hardware."""

    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    CARD_REMOVED = "card_removed"
    NOT_A_STAFF_CARD = "not_a_staff_card"
    CARD_FAULT = "card_fault"


_TROUBLE_MESSAGES = {
    CardTrouble.NO_SERVICE: "The card reader service is not running. Ask IT to restart the kiosk.",
    CardTrouble.NO_READER: "No card reader is connected. Check the card reader's cable.",
    CardTrouble.NO_CARD: "There is no card in the reader. Put your staff card in.",
    CardTrouble.CARD_REMOVED: (
        "The card was taken out before sign-in finished. Put it back in and try again."
    ),
    CardTrouble.NOT_A_STAFF_CARD: "This is not a council staff card.",
    CardTrouble.CARD_FAULT: (
        "The card did not answer as a staff card should. Take it out and try again, "
        "or ask IT if this keeps happening."
    ),
}


class StaffCardProblem(RuntimeError):
    """The card or reader could not be used. ``message`` is for the screen; ``detail`` for IT.

    ``detail`` holds the reader's own words (an error code, a status word) and never a PIN.
    """

    def __init__(self, trouble: CardTrouble, detail: str = "") -> None:
        self.trouble = trouble
        self.message = _TROUBLE_MESSAGES[trouble]
        self.detail = detail
        super().__init__(f"{self.message} ({detail})" if detail else self.message)


@dataclass(frozen=True, slots=True)
class PinResult:
    """The card's answer to a PIN.

    Attributes:
        ok: the card accepted the PIN.
        tries_left: wrong PINs the card will still take before it locks (None if not said).
        blocked: the card is locked and will not check PINs any more.
    """

    ok: bool
    tries_left: int | None = None
    blocked: bool = False


class CardSession(Protocol):
    """One card in a reader, selected and ready. Every method may raise StaffCardProblem."""

    def uid(self) -> str:
        """The card's UID in hex. For the audit trail only: anyone can copy a UID."""
        ...

    def staff_id(self) -> str:
        """The staff id written on the card. Only a claim, until the card signs a challenge."""
        ...

    def verify_pin(self, pin: str) -> PinResult:
        """Ask the card to check a PIN (it counts wrong ones and locks itself)."""
        ...

    def authenticate(self, challenge: bytes) -> bytes:
        """The card's DER ECDSA P-256 signature over SHA-256 of ``challenge`` (needs the PIN)."""
        ...

    def close(self) -> None:
        """Let go of the card (it stays in the reader)."""
        ...


class StaffCardReader(Protocol):
    """A staff card reader (devices provides one for PC/SC readers)."""

    def wait_for_card(self, timeout_s: float) -> CardSession | None:
        """A session with the card in the reader, waiting up to ``timeout_s``; None if none came."""
        ...

    def watch_removal(self, on_removed: Callable[[], None]) -> Callable[[], None]:
        """Call ``on_removed`` once (from another thread), within a second of the card being
        taken out; returns a function that stops watching."""
        ...


class CardSignatureCheck(Protocol):
    """Checks a card's signature over a challenge (devices provides it with ``cryptography``)."""

    def verify(self, public_key: bytes, challenge: bytes, signature: bytes) -> bool:
        """True only if ``signature`` is the key's ECDSA P-256/SHA-256 signature of
        ``challenge``; ``public_key`` is SubjectPublicKeyInfo DER. Never raises."""
        ...


class StaffRosterError(ValueError):
    """The staff roster file is broken; names the file, the person and the problem."""


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """A member of staff as the roster knows them, with their card's public key if issued."""

    staff_id: str
    name: str
    roles: tuple[StaffRole, ...]
    card_public_key: bytes | None


class StaffRoster:
    """The site's staff who may sign in at its kiosks, by staff id."""

    def __init__(self, entries: tuple[RosterEntry, ...]) -> None:
        self._entries = {entry.staff_id: entry for entry in entries}

    def get(self, staff_id: str) -> RosterEntry | None:
        """A member of staff by id."""
        return self._entries.get(staff_id)


def load_staff_roster(path: Path) -> StaffRoster:
    """Read a site's staff roster from disk (no network: sign-in works offline).

    The file is the shape of assets/demo/staff.json, where each person may also have
    ``"roles": ["floorwalker" | "reception" | "manager", ...]`` and
    ``"card_public_key": "<base64 of the card's SubjectPublicKeyInfo DER>"``.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StaffRosterError(f"{path}: cannot be read: {exc}") from None
    people = raw.get("staff") if isinstance(raw, dict) else None
    if not isinstance(people, list):
        raise StaffRosterError(f'{path}: has no "staff" list')
    return StaffRoster(
        tuple(_roster_entry(path, number, person) for number, person in enumerate(people, start=1))
    )


def _roster_entry(path: Path, number: int, person: object) -> RosterEntry:
    where = f"{path}: staff entry {number}"
    if not isinstance(person, dict):
        raise StaffRosterError(f"{where} is not an object")
    staff_id, name = person.get("id"), person.get("name")
    if not isinstance(staff_id, str) or not staff_id or not isinstance(name, str):
        raise StaffRosterError(f'{where} needs an "id" and a "name"')
    roles = person.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
        raise StaffRosterError(f'{where} ({staff_id}): "roles" must be a list of names')
    unknown = [role for role in roles if role not in set(StaffRole)]
    if unknown:
        allowed = ", ".join(StaffRole)
        raise StaffRosterError(f"{where} ({staff_id}): unknown role {unknown[0]!r} ({allowed})")
    key_text = person.get("card_public_key")
    key: bytes | None = None
    if key_text is not None:
        try:
            key = base64.b64decode(str(key_text), validate=True)
        except binascii.Error:
            raise StaffRosterError(
                f'{where} ({staff_id}): "card_public_key" is not base64'
            ) from None
    return RosterEntry(staff_id, name, tuple(StaffRole(role) for role in roles), key)


class SignInOutcome(StrEnum):
    """How a sign-in attempt ended (the value goes into the audit event)."""

    SIGNED_IN = "signed_in"
    PIN_NOT_VALID = "pin_not_valid"
    TOO_MANY_GUESSES = "too_many_guesses"
    UNKNOWN_STAFF = "unknown_staff"
    WRONG_PIN = "wrong_pin"
    CARD_BLOCKED = "card_blocked"
    NO_CARD_KEY = "no_card_key"
    NOT_GENUINE = "not_genuine"
    NO_ROLE = "no_role"
    CARD_PROBLEM = "card_problem"


_OUTCOME_MESSAGES = {
    SignInOutcome.SIGNED_IN: "",
    SignInOutcome.PIN_NOT_VALID: "Enter your card PIN: 4 to 12 digits.",
    SignInOutcome.UNKNOWN_STAFF: (
        "This card is not on this site's staff list. Ask a manager to add you."
    ),
    SignInOutcome.CARD_BLOCKED: (
        "This card is locked after too many wrong PINs. Ask a manager to unlock it."
    ),
    SignInOutcome.NO_CARD_KEY: (
        "No card has been registered for you on this site's staff list. Ask a manager."
    ),
    SignInOutcome.NOT_GENUINE: (
        "This card could not prove it is the card issued to you. Keep it and ask a manager."
    ),
    SignInOutcome.NO_ROLE: "You have no kiosk role on this site's staff list. Ask a manager.",
}


@dataclass(frozen=True, slots=True)
class SignedInStaff:
    """Who is signed in, and what they may do."""

    staff_id: str
    name: str
    roles: tuple[StaffRole, ...]
    card_uid: str


@dataclass(frozen=True, slots=True)
class SignInResult:
    """What happened, in plain English for the PIN screen.

    Attributes:
        outcome: how the attempt ended.
        message: what to tell the member of staff; empty when signed in.
        staff: who is now signed in (only when signed in).
        tries_left: wrong PINs the card will still take (after a wrong PIN).
        retry_in_s: seconds until this card may be tried again (when too many guesses).
    """

    outcome: SignInOutcome
    message: str
    staff: SignedInStaff | None = None
    tries_left: int | None = None
    retry_in_s: int = 0

    @property
    def signed_in(self) -> bool:
        """Whether the member of staff is now signed in."""
        return self.outcome is SignInOutcome.SIGNED_IN


class SignOutReason(StrEnum):
    """Why a member of staff was signed out."""

    CARD_REMOVED = "card_removed"
    HANDED_BACK = "handed_back"
    IDLE = "idle"


class StaffSignIn:
    """Signs staff in with card, PIN and challenge; throttles guessing; audits everything.

    Call it from one thread (the one that owns the journal); a removal callback from the
    reader's thread should be passed over to that thread before calling ``sign_out``.
    """

    def __init__(
        self,
        roster: StaffRoster,
        signatures: CardSignatureCheck,
        journal: Journal,
        now: Callable[[], float] = time.monotonic,
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._roster = roster
        self._signatures = signatures
        self._journal = journal
        self._now = now
        self._random_bytes = random_bytes
        self._guesses: dict[str, deque[float]] = {}
        self.signed_in: SignedInStaff | None = None

    def sign_in(self, session: CardSession, pin: str) -> SignInResult:
        """Try to sign in the holder of the card in ``session`` with ``pin``."""
        staff_id = ""
        uid = ""
        try:
            staff_id = session.staff_id()
            uid = _uid_or_blank(session)
            result = self._attempt(session, staff_id, uid, pin)
        except StaffCardProblem as problem:
            result = SignInResult(SignInOutcome.CARD_PROBLEM, problem.message)
            self._refused(staff_id, uid, result, trouble=problem.trouble)
            return result
        if result.staff is not None:
            if self.signed_in is not None and self.signed_in.staff_id != staff_id:
                self.sign_out(SignOutReason.HANDED_BACK)
            # Recorded first: nobody is signed in whose sign-in the audit trail lacks.
            self._journal.append(
                EventDraft(STAFF_SIGNED_IN, _payload(staff_id, uid, result), Scope.CENTRAL)
            )
            self.signed_in = result.staff
        else:
            self._refused(staff_id, uid, result)
        return result

    def sign_out(self, reason: SignOutReason) -> bool:
        """Sign the current member of staff out; False if nobody was signed in."""
        staff = self.signed_in
        if staff is None:
            return False
        self.signed_in = None
        payload = {
            "staff_id": staff.staff_id,
            "reason": reason.value,
            "roles": [role.value for role in staff.roles],
            "card_uid": staff.card_uid,
        }
        self._journal.append(EventDraft(STAFF_SIGNED_OUT, payload, Scope.CENTRAL))
        return True

    def _attempt(self, session: CardSession, staff_id: str, uid: str, pin: str) -> SignInResult:
        if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
            return _result(SignInOutcome.PIN_NOT_VALID)
        waited = self._wait_before_guess(staff_id)
        if waited:
            minutes = max(1, (waited + 59) // 60)
            message = (
                f"Too many PIN attempts with this card. "
                f"Try again in {minutes} minute{'s' if minutes > 1 else ''}."
            )
            return SignInResult(SignInOutcome.TOO_MANY_GUESSES, message, retry_in_s=waited)
        person = self._roster.get(staff_id)
        if person is None:
            return _result(SignInOutcome.UNKNOWN_STAFF)
        self._guesses.setdefault(staff_id, deque()).append(self._now())
        answer = session.verify_pin(pin)
        if answer.blocked:
            return _result(SignInOutcome.CARD_BLOCKED)
        if not answer.ok:
            return _wrong_pin(answer.tries_left)
        if person.card_public_key is None:
            return _result(SignInOutcome.NO_CARD_KEY)
        challenge = self._random_bytes(CHALLENGE_BYTES)
        signature = session.authenticate(challenge)
        if not self._signatures.verify(person.card_public_key, challenge, signature):
            return _result(SignInOutcome.NOT_GENUINE)
        if not person.roles:
            return _result(SignInOutcome.NO_ROLE)
        staff = SignedInStaff(person.staff_id, person.name, person.roles, uid)
        # The throttle is for guessing: a right PIN clears the card's count, so a floorwalker
        # signing in and out all morning is never locked out by their own successes.
        self._guesses.pop(staff_id, None)
        return SignInResult(SignInOutcome.SIGNED_IN, "", staff)

    def _wait_before_guess(self, staff_id: str) -> int:
        """Seconds until this card may be sent another PIN (0: now), forgetting old guesses."""
        now = self._now()
        for key in list(self._guesses):
            times = self._guesses[key]
            while times and now - times[0] >= GUESS_WINDOW_S:
                times.popleft()
            if not times:
                del self._guesses[key]
        times = self._guesses.get(staff_id, deque())
        if len(times) < MAX_PIN_GUESSES:
            return 0
        return max(1, int(times[0] + GUESS_WINDOW_S - now + 0.999))

    def _refused(
        self, staff_id: str, uid: str, result: SignInResult, trouble: CardTrouble | None = None
    ) -> None:
        payload = _payload(staff_id, uid, result)
        person = self._roster.get(staff_id) if staff_id else None
        payload["roles"] = [role.value for role in person.roles] if person else []
        if trouble is not None:
            payload["trouble"] = trouble.value
        self._journal.append(EventDraft(STAFF_SIGN_IN_REFUSED, payload, Scope.CENTRAL))


def _uid_or_blank(session: CardSession) -> str:
    """The card's UID for the audit trail, or blank: a card need not tell it."""
    try:
        return session.uid()
    except StaffCardProblem as problem:
        if problem.trouble in (CardTrouble.CARD_REMOVED, CardTrouble.NO_SERVICE):
            raise
        return ""


def _result(outcome: SignInOutcome) -> SignInResult:
    return SignInResult(outcome, _OUTCOME_MESSAGES[outcome])


def _wrong_pin(tries_left: int | None) -> SignInResult:
    if tries_left is None:
        message = "That PIN is not right."
    elif tries_left == 0:
        message = "That PIN is not right. The card is now locked: ask a manager to unlock it."
    else:
        tries = "try" if tries_left == 1 else "tries"
        message = f"That PIN is not right. {tries_left} {tries} left before the card locks."
    return SignInResult(SignInOutcome.WRONG_PIN, message, tries_left=tries_left)


def _payload(staff_id: str, uid: str, result: SignInResult) -> dict[str, object]:
    """What the audit trail keeps: who, how it ended, what they may do. Never the PIN."""
    payload: dict[str, object] = {
        "staff_id": staff_id,
        "outcome": result.outcome.value,
        "roles": [role.value for role in result.staff.roles] if result.staff else [],
        "card_uid": uid,
    }
    if result.tries_left is not None:
        payload["tries_left"] = result.tries_left
    if result.retry_in_s:
        payload["retry_in_s"] = result.retry_in_s
    return payload
