"""The staff card reader at a terminal, watched by one thread that does all the card work.

A member of staff puts their card in the reader (or rests it on the pad) and keeps it there
while signed in; taking it out signs them out. The door:

- waits for a card, and tells the screen one has come, so it can ask for the PIN;
- takes the PIN from the screen and signs in through ``StaffSignIn`` (PIN on the card, then
  the card signing a fresh challenge); every ``StaffSignIn`` call is made on the door's own
  thread, as that class asks;
- hears the reader's removal watcher (its own thread) and signs out at once;
- after staff hand back or the kiosk goes idle, ignores the card until it is taken out, so
  a card left in the reader cannot sign anyone in again by itself.

The screen hears about all this through a ``StaffDoorListener``, called on the door's thread
(a Qt adapter re-emits each call as a signal on the UI thread).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from core.ports import StorageUnavailable
from core.staff_cards import (
    CardSession,
    SignedInStaff,
    SignInOutcome,
    SignInResult,
    SignOutReason,
    StaffCardProblem,
    StaffCardReader,
    StaffSignIn,
)

log = logging.getLogger(__name__)

POLL_S = 0.2  # how long one wait for a card lasts, so stop() and jobs are seen quickly
RETRY_S = 2.0  # how long to wait before looking for a missing reader again
NOT_RECORDED = (
    "Signing in could not be recorded on this terminal, so you are not signed in. "
    "Tell IT support: the terminal's storage is failing."
)


class StaffDoorListener(Protocol):
    """What the screen is told, from the door's thread."""

    def card_inserted(self) -> None:
        """A staff card is in the reader: ask for its PIN."""

    def card_removed(self) -> None:
        """The card left the reader (after any sign-out it caused)."""

    def pin_checked(self, result: SignInResult) -> None:
        """The answer to a PIN: signed in, or why not."""

    def signed_out(self, staff: SignedInStaff, reason: SignOutReason) -> None:
        """The member of staff is signed out."""

    def reader_trouble(self, message: str) -> None:
        """The reader cannot be used (``message``), or can again (empty ``message``)."""


@dataclass(frozen=True, slots=True)
class _Pin:
    pin: str


@dataclass(frozen=True, slots=True)
class _SignOut:
    reason: SignOutReason


@dataclass(frozen=True, slots=True)
class _Removed:
    pass


@dataclass(frozen=True, slots=True)
class _Stop:
    pass


_Job = _Pin | _SignOut | _Removed | _Stop


class StaffDoor:
    """Owns the reader and the sign-in; see the module docstring."""

    def __init__(
        self,
        reader: StaffCardReader,
        sign_in: StaffSignIn,
        listener: StaffDoorListener,
        poll_s: float = POLL_S,
        retry_s: float = RETRY_S,
    ) -> None:
        self._reader = reader
        self._sign_in = sign_in
        self._listener = listener
        self._poll_s = poll_s
        self._retry_s = retry_s
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._session: CardSession | None = None
        self._stop_watching: Callable[[], None] | None = None
        self._ignoring_card = False  # handed back with the card still in
        self._trouble = ""
        self._thread: threading.Thread | None = None

    @property
    def signed_in(self) -> SignedInStaff | None:
        """Who is signed in now (read from any thread)."""
        return self._sign_in.signed_in

    def start(self) -> None:
        """Start watching the reader."""
        self._thread = threading.Thread(target=self._run, name="staff-door", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Stop watching; whoever is signed in is signed out (as idle) first."""
        self._jobs.put(_SignOut(SignOutReason.IDLE))
        self._jobs.put(_Stop())
        if self._thread is not None:
            self._thread.join(timeout_s)

    def enter_pin(self, pin: str) -> None:
        """Try this PIN with the card in the reader; the answer comes to ``pin_checked``."""
        self._jobs.put(_Pin(pin))

    def sign_out(self, reason: SignOutReason) -> None:
        """Sign out (handed back, or the kiosk went idle) and ignore the card until it is out."""
        self._jobs.put(_SignOut(reason))

    # -- the door's thread ---------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            try:
                job = self._next_job()
            except StaffCardProblem as problem:
                self._report_trouble(problem.message)
                job = self._wait_for_job(self._retry_s)
            if isinstance(job, _Stop):
                break
            if job is not None:
                self._handle(job)
        self._forget_card()

    def _next_job(self) -> _Job | None:
        """The next job; while no card is in, look for one meanwhile."""
        if self._session is not None or self._ignoring_card:
            return self._wait_for_job(self._poll_s)
        pending = self._wait_for_job(0)
        if pending is not None:
            return pending
        session = self._reader.wait_for_card(self._poll_s)
        self._report_trouble("")
        if session is not None:
            try:
                self._stop_watching = self._reader.watch_removal(lambda: self._jobs.put(_Removed()))
            except StaffCardProblem:
                session.close()  # unwatched, taking the card out would not sign anyone out
                raise
            self._session = session
            self._listener.card_inserted()
        return None

    def _wait_for_job(self, timeout_s: float) -> _Job | None:
        try:
            return self._jobs.get(timeout=timeout_s) if timeout_s else self._jobs.get_nowait()
        except queue.Empty:
            return None

    def _handle(self, job: _Job) -> None:
        if isinstance(job, _Pin):
            self._check_pin(job.pin)
        elif isinstance(job, _SignOut):
            self._sign_out(job.reason)
            if self._session is not None:
                self._session.close()
                self._session = None
                self._ignoring_card = self._stop_watching is not None
        elif isinstance(job, _Removed):
            self._sign_out(SignOutReason.CARD_REMOVED)
            self._forget_card()
            self._listener.card_removed()

    def _check_pin(self, pin: str) -> None:
        if self._session is None:
            result = SignInResult(SignInOutcome.CARD_PROBLEM, "Put your staff card in the reader.")
        else:
            try:
                result = self._sign_in.sign_in(self._session, pin)
            except StorageUnavailable as exc:
                log.error("staff sign-in not recorded: %s", exc.detail)
                result = SignInResult(SignInOutcome.CARD_PROBLEM, NOT_RECORDED)
        self._listener.pin_checked(result)

    def _sign_out(self, reason: SignOutReason) -> None:
        staff = self._sign_in.signed_in
        if staff is None:
            return
        try:
            self._sign_in.sign_out(reason)
        except StorageUnavailable as exc:
            # Signed out all the same: the safe way round. The gap is in the log.
            log.error("staff sign-out of %s not recorded: %s", staff.staff_id, exc.detail)
        self._listener.signed_out(staff, reason)

    def _forget_card(self) -> None:
        if self._stop_watching is not None:
            self._stop_watching()
            self._stop_watching = None
        if self._session is not None:
            self._session.close()
            self._session = None
        self._ignoring_card = False

    def _report_trouble(self, message: str) -> None:
        if message != self._trouble:
            self._trouble = message
            if message:
                log.warning("staff card reader: %s", message)
            self._listener.reader_trouble(message)
